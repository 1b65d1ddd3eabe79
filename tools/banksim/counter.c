/*
 * counter.c - one connection of the counter load: a bank's front-end link
 * to the station (BK1 §1, §3).  It connects from its bank's address, signs
 * in (1001), then, paced by the run's rate, queries (2001), pays (2002,
 * channels C/A/E/M) and sometimes reverses (2003) one of its own payments
 * of the day; a heartbeat (8001) goes when it has been idle.
 *
 * One request is outstanding at a time.  A money request whose answer is
 * lost (no answer by the deadline, the connection closed, 9003, 9999) is
 * resolved before anything new: the same request under the same serial,
 * or (a payment) a 2006 status query, alternately, until an answer says
 * what became of it.  Each later answer about it must agree (load.h);
 * --repeat-rate sends a payment already answered again, to see that.
 *
 * Faults (the run's --faults): drop-before closes the connection instead
 * of sending a new request; drop-after closes it as soon as the request
 * is out (the answer is lost); late sends the request in two halves
 * --late-ms apart; badmac sends it with a spoiled MAC first (8001 must
 * come back and nothing be done; then it is sent properly); wrongaddr
 * opens a connection from an address the bank does not have (the station
 * must close it or answer 8003).
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>

#include "load.h"
#include "log.h"
#include "util.h"

#define RESOLVE_MS	100	/* between two attempts at a lost answer */
#define RECONNECT_MS	200

static void	conn_step(struct ld_conn *);
static void	conn_read_cb(struct bufferevent *, void *);
static void	conn_write_cb(struct bufferevent *, void *);
static void	conn_event_cb(struct bufferevent *, short, void *);

static struct ld_op *
op_at(struct ld_ctx *ctx, size_t i)
{
	return &ctx->ops[i];
}

static size_t
op_new(struct ld_ctx *ctx)
{
	if (ctx->nops == ctx->capops) {
		ctx->capops = ctx->capops ? ctx->capops * 2 : 1024;
		ctx->ops = xrealloc(ctx->ops, ctx->capops * sizeof(*ctx->ops));
	}
	memset(&ctx->ops[ctx->nops], 0, sizeof(ctx->ops[0]));
	return ctx->nops++;
}

static void
push(size_t **v, size_t *n, size_t *cap, size_t x)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = xrealloc(*v, *cap * sizeof(**v));
	}
	(*v)[(*n)++] = x;
}

static void
unknown_add(struct ld_conn *c, size_t op)
{
	size_t	i;

	for (i = 0; i < c->nunknown; i++)
		if (c->unknown[i] == op)
			return;
	push(&c->unknown, &c->nunknown, &c->capunknown, op);
}

static void
unknown_del(struct ld_conn *c, size_t op)
{
	size_t	i;

	for (i = 0; i < c->nunknown; i++)
		if (c->unknown[i] == op) {
			memmove(&c->unknown[i], &c->unknown[i + 1],
			    (c->nunknown - i - 1) * sizeof(*c->unknown));
			c->nunknown--;
			return;
		}
}

static void
next_serial(struct ld_ctx *ctx, int bank, char out[BK1_SERIAL_LEN + 1])
{
	struct ld_bank	*b = &ctx->banks[bank];

	snprintf(out, BK1_SERIAL_LEN + 1, "%s%016" PRIu64, b->no,
	    (uint64_t)(b->next_serial++ % 10000000000000000ULL));
}

static void
schedule(struct ld_conn *c, int ms)
{
	struct timeval	tv = { ms / 1000, (ms % 1000) * 1000 };

	evtimer_add(c->ev_next, &tv);
}

/* The pause before the next new request: the rate spread over the
 * connections, with +-50% jitter so they do not go in step. */
static int
pace_ms(struct ld_conn *c)
{
	struct ld_ctx	*ctx = c->ctx;
	double		 ms;

	if (ctx->rate <= 0)
		return 0;
	ms = 1000.0 * ctx->nconns / ctx->rate;
	ms *= 0.5 + (double)(bs_rng(&ctx->rng) % 1000) / 1000.0;
	return (int)ms;
}

static void
conn_close(struct ld_conn *c)
{
	if (c->bev != NULL) {
		bufferevent_free(c->bev);
		c->bev = NULL;
	}
	evtimer_del(c->ev_tmo);
	c->outsent = c->outlen;
	c->drop_after = 0;
}

static void
conn_done(struct ld_conn *c)
{
	struct ld_ctx	*ctx = c->ctx;
	int		 i;

	conn_close(c);
	evtimer_del(c->ev_next);
	evtimer_del(c->ev_hb);
	c->st = CS_DONE;
	for (i = 0; i < ctx->nconns; i++)
		if (ctx->conns[i].st != CS_DONE)
			return;
	ctx->finished = 1;
	event_base_loopbreak(ctx->base);
}

/* Down: reconnect after a pause (the step does it). */
static void
conn_down(struct ld_conn *c, int ms)
{
	conn_close(c);
	c->st = CS_DOWN;
	c->req = RQ_NONE;
	c->wrongaddr = 0;
	schedule(c, ms);
}

static int
conn_connect(struct ld_conn *c, const char *source)
{
	struct ld_ctx	*ctx = c->ctx;

	if (bs_connect_from(ctx->base, &c->bev,
	    (struct sockaddr *)&ctx->server, ctx->server_len, source) == -1) {
		log_warnx("conn=%d source=%s err=\"connect failed\"", c->idx,
		    source);
		return -1;
	}
	bufferevent_setcb(c->bev, conn_read_cb, conn_write_cb, conn_event_cb,
	    c);
	bufferevent_enable(c->bev, EV_READ | EV_WRITE);
	c->st = CS_CONNECTING;
	ctx->s.reconnects++;
	return 0;
}

/*
 * Send c->out[0..outlen) as request req.  A late fault sends half now and
 * the rest from the timer; drop_after closes once all is out.
 */
static void
conn_write(struct ld_conn *c, enum ld_req req, int may_fault)
{
	struct ld_ctx	*ctx = c->ctx;
	struct timeval	 tmo = { ctx->timeout_ms / 1000,
			    (ctx->timeout_ms % 1000) * 1000 };
	struct timeval	 hb = { ctx->hb_secs, 0 };

	c->req = req;
	c->st = CS_BUSY;
	c->sent_us = now_us();
	ctx->s.sent++;
	c->outsent = c->outlen;
	if (may_fault && bs_roll(&ctx->rng, ctx->f_late)) {
		ctx->s.late++;
		c->outsent = c->outlen / 2;
		schedule(c, ctx->late_ms);
	} else if (may_fault && bs_roll(&ctx->rng, ctx->f_drop_after)) {
		ctx->s.dropped_after++;
		c->drop_after = 1;
	}
	bufferevent_write(c->bev, c->out, c->outsent);
	evtimer_add(c->ev_tmo, &tmo);
	evtimer_add(c->ev_hb, &hb);
}

/* Build a request of this connection's bank; fields as name, value, ...,
 * NULL. */
static void
conn_build(struct ld_conn *c, const char *trcode, const char *serial, ...)
{
	struct ld_bank	*b = &c->ctx->banks[c->bank];
	struct bk1_hdr	 h;
	struct bk1_out	 o;
	const char	*n, *v;
	va_list		 ap;

	bs_request_hdr(b->no, trcode, b->ks->keyver, serial, &h);
	bk1_begin(&o, c->out, sizeof(c->out), &h);
	va_start(ap, serial);
	while ((n = va_arg(ap, const char *)) != NULL) {
		v = va_arg(ap, const char *);
		bk1_put(&o, n, v);
	}
	va_end(ap);
	if (bk1_end(&o, b->ks->suite, b->ks->mk_mac, &c->outlen) != BK1_E_OK)
		fatalx("load: request %s does not build", trcode);
	snprintf(c->serial, sizeof(c->serial), "%s", serial);
}

static void
send_signin(struct ld_conn *c)
{
	char	serial[BK1_SERIAL_LEN + 1];

	next_serial(c->ctx, c->bank, serial);
	conn_build(c, "1001", serial, "branch", c->branch, NULL);
	c->ctx->s.signins++;
	conn_write(c, c->wrongaddr ? RQ_WRONGADDR : RQ_SIGNIN, 0);
	if (!c->wrongaddr)
		c->st = CS_SIGNIN;
}

/* The money request of op (first send, or a repeat of it). */
static void
send_money(struct ld_conn *c, size_t opi, enum ld_req req, int may_fault)
{
	struct ld_ctx	*ctx = c->ctx;
	struct ld_op	*op = op_at(ctx, opi);
	char		 amount[24], ch[2] = { op->channel, '\0' };

	c->op = opi;
	if (strcmp(op->trcode, "2002") == 0) {
		snprintf(amount, sizeof(amount), "%lld", (long long)op->amount);
		conn_build(c, "2002", op->serial, "custno", op->custno,
		    "amount", amount, "channel", ch, "branch", c->branch,
		    "teller", "T01", NULL);
	} else
		conn_build(c, "2003", op->serial, "origserial",
		    op_at(ctx, op->orig)->serial, "branch", c->branch,
		    "teller", "T01", NULL);
	if (may_fault && bs_roll(&ctx->rng, ctx->f_badmac)) {
		ctx->s.badmac++;
		bs_spoil_mac(c->out, c->outlen);
		conn_write(c, RQ_BADMAC, 0);
		return;
	}
	conn_write(c, req, may_fault);
}

static void
send_status(struct ld_conn *c, size_t opi, enum ld_req req)
{
	char	serial[BK1_SERIAL_LEN + 1];

	c->op = opi;
	next_serial(c->ctx, c->bank, serial);
	conn_build(c, "2006", serial, "origserial",
	    op_at(c->ctx, opi)->serial, NULL);
	c->ctx->s.statusq++;
	conn_write(c, req, 0);
}

static const char *
pick_customer(struct ld_ctx *ctx)
{
	return ctx->custs[bs_rng(&ctx->rng) % ctx->ncusts];
}

static size_t
new_payment(struct ld_conn *c, const char *custno)
{
	static const char channels[] = "CAEM";
	struct ld_ctx	*ctx = c->ctx;
	size_t		 i = op_new(ctx);
	struct ld_op	*op = op_at(ctx, i);

	next_serial(ctx, c->bank, op->serial);
	memcpy(op->trcode, "2002", 5);
	op->bank = c->bank;
	op->conn = c->idx;
	snprintf(op->custno, sizeof(op->custno), "%s", custno);
	op->amount = 100 + (int64_t)(bs_rng(&ctx->rng) % 4900);
	op->channel = channels[bs_rng(&ctx->rng) % 4];
	op->state = OP_INFLIGHT;
	memcpy(op->date, c->settledate, 9);
	return i;
}

/* A payment of this connection reversible now (BK1 §3), or (size_t)-1. */
static size_t
reversal_candidate(struct ld_conn *c)
{
	struct ld_op	*p;
	size_t		 i;

	for (i = c->npaid; i-- > 0;) {
		p = op_at(c->ctx, c->paid[i]);
		if (p->state == OP_OK && !p->reversed && !p->reversing &&
		    strcmp(p->date, c->settledate) == 0)
			return c->paid[i];
	}
	return (size_t)-1;
}

static void
new_reversal(struct ld_conn *c, size_t pay)
{
	struct ld_ctx	*ctx = c->ctx;
	size_t		 i = op_new(ctx);
	struct ld_op	*op = op_at(ctx, i), *p = op_at(ctx, pay);

	next_serial(ctx, c->bank, op->serial);
	memcpy(op->trcode, "2003", 5);
	op->bank = c->bank;
	op->conn = c->idx;
	op->orig = pay;
	snprintf(op->custno, sizeof(op->custno), "%s", p->custno);
	op->amount = p->amount;
	op->state = OP_INFLIGHT;
	memcpy(op->date, c->settledate, 9);
	p->reversing = 1;
	send_money(c, i, RQ_REV, 1);
}

/* What to do now: resolve, audit, or new business. */
static void
conn_step(struct ld_conn *c)
{
	struct ld_ctx	*ctx = c->ctx;
	struct ld_op	*op;
	size_t		 opi;

	if (c->st == CS_DOWN) {
		if (ctx->stopping && c->nunknown == 0 && !ctx->audit) {
			conn_done(c);
			return;
		}
		if (conn_connect(c, ctx->banks[c->bank].source) == -1)
			schedule(c, 1000);
		return;
	}
	if (c->st != CS_READY)
		return;
	if (c->nunknown > 0) {
		opi = c->unknown[0];
		op = op_at(ctx, opi);
		op->tries++;
		/* A payment: 2006 and the same request in turn; a reversal
		 * (whose status is its payment's, still moving): repeats. */
		if (strcmp(op->trcode, "2002") == 0 && op->tries % 2 == 1)
			send_status(c, opi, RQ_STATUS);
		else {
			ctx->s.repeats++;
			send_money(c, opi, RQ_REPEAT, 0);
		}
		return;
	}
	if (ctx->stopping) {
		while (ctx->audit && c->audit_next < c->npaid) {
			opi = c->paid[c->audit_next++];
			send_status(c, opi, RQ_AUDIT);
			return;
		}
		conn_done(c);
		return;
	}
	if (bs_roll(&ctx->rng, ctx->f_wrongaddr)) {
		ctx->s.wrongaddr++;
		conn_close(c);
		c->wrongaddr = 1;
		if (conn_connect(c, ctx->wrong_source) == -1) {
			c->wrongaddr = 0;
			conn_down(c, RECONNECT_MS);
		}
		return;
	}
	if (bs_roll(&ctx->rng, ctx->f_drop_before)) {
		ctx->s.dropped_before++;
		conn_down(c, 0);
		return;
	}
	if (c->npaid > 0 && bs_roll(&ctx->rng, ctx->repeat_rate)) {
		/* As a bank unsure of an answer does: the same request again,
		 * which must get the same answer. */
		ctx->s.repeats++;
		send_money(c, c->paid[bs_rng(&ctx->rng) % c->npaid], RQ_REPEAT,
		    0);
		return;
	}
	if (bs_roll(&ctx->rng, ctx->reverse_rate) &&
	    (opi = reversal_candidate(c)) != (size_t)-1) {
		new_reversal(c, opi);
		return;
	}
	if (c->after_query) {
		c->after_query = 0;
		send_money(c, new_payment(c, c->query_cust), RQ_PAY, 1);
		return;
	}
	if (bs_roll(&ctx->rng, ctx->query_rate)) {
		char	serial[BK1_SERIAL_LEN + 1];

		snprintf(c->query_cust, sizeof(c->query_cust), "%s",
		    pick_customer(ctx));
		next_serial(ctx, c->bank, serial);
		conn_build(c, "2001", serial, "custno", c->query_cust, NULL);
		conn_write(c, RQ_QUERY, 0);
		return;
	}
	send_money(c, new_payment(c, pick_customer(ctx)), RQ_PAY, 1);
}

static void
next_cb(evutil_socket_t fd, short what, void *arg)
{
	struct ld_conn	*c = arg;

	(void)fd;
	(void)what;
	if (c->st == CS_BUSY && c->bev != NULL && c->outsent < c->outlen) {
		/* The late fault's second half. */
		bufferevent_write(c->bev, c->out + c->outsent,
		    c->outlen - c->outsent);
		c->outsent = c->outlen;
		return;
	}
	conn_step(c);
}

/* The answer to a money request (first send or repeat). */
static void
money_answer(struct ld_conn *c, struct ld_op *op, struct bk1_frame *f,
    int repeat)
{
	struct ld_ctx		*ctx = c->ctx;
	const char		*code = f->hdr.rspcode;
	char			 receipt[40] = "", mkserial[40] = "";
	struct bs_ledger_rec	 r;
	int			 ok = strcmp(code, BK1_OK) == 0;
	int			 unknown = strcmp(code, BK1_IN_DOUBT) == 0 ||
				    strcmp(code, BK1_SYSTEM_ERROR) == 0;

	bk1_get(f, "receipt", receipt, sizeof(receipt));
	bk1_get(f, "mkserial", mkserial, sizeof(mkserial));
	if (strcmp(code, BK1_SERIAL_REUSED) == 0)
		ld_violation(ctx, "serial=%s trcode=%s: 1004 to %s of its own "
		    "request", op->serial, op->trcode,
		    repeat ? "a repeat" : "the first send");
	if (op->state == OP_OK) {
		if (unknown)
			return;		/* no news; nothing contradicted */
		if (!ok || strcmp(receipt, op->receipt) != 0 ||
		    strcmp(mkserial, op->mkserial) != 0)
			ld_violation(ctx, "serial=%s: a repeat answered %s "
			    "receipt=%s after 0000 receipt=%s", op->serial,
			    code, receipt, op->receipt);
		return;
	}
	if (op->state == OP_NONE) {
		if (ok)
			ld_violation(ctx, "serial=%s: a repeat answered 0000 "
			    "after %s (nothing done)", op->serial, op->code);
		return;
	}
	if (unknown) {
		op->state = OP_UNKNOWN;
		unknown_add(c, (size_t)(op - ctx->ops));
		return;
	}
	unknown_del(c, (size_t)(op - ctx->ops));
	memcpy(op->code, code, 5);
	if (!ok) {
		op->state = OP_NONE;
		if (strcmp(op->trcode, "2003") == 0)
			op_at(ctx, op->orig)->reversing = 0;
		return;
	}
	op->state = OP_OK;
	snprintf(op->receipt, sizeof(op->receipt), "%s", receipt);
	snprintf(op->mkserial, sizeof(op->mkserial), "%s", mkserial);
	memset(&r, 0, sizeof(r));
	memcpy(r.bankno, ctx->banks[op->bank].no, 5);
	snprintf(r.serial, sizeof(r.serial), "%s", op->serial);
	snprintf(r.custno, sizeof(r.custno), "%s", op->custno);
	r.amount = op->amount;
	memcpy(r.date, op->date, 9);
	memcpy(r.time, f->hdr.txtime, 7);
	if (strcmp(op->trcode, "2002") == 0) {
		ctx->s.ok_pay++;
		ctx->s.ok_total += op->amount;
		push(&c->paid, &c->npaid, &c->cappaid, (size_t)(op - ctx->ops));
		r.kind = 'P';
	} else {
		struct ld_op *p = op_at(ctx, op->orig);

		ctx->s.ok_rev++;
		p->reversed = 1;
		p->reversing = 0;
		r.kind = 'R';
		snprintf(r.origserial, sizeof(r.origserial), "%s", p->serial);
	}
	if (ctx->ledger != NULL && bs_ledger_append(ctx->ledger, &r) == -1)
		fatal("ledger write");
}

/* 2006 about op: to resolve it (RQ_STATUS) or to audit it (RQ_AUDIT). */
static void
status_answer(struct ld_conn *c, struct ld_op *op, struct bk1_frame *f,
    int audit)
{
	struct ld_ctx	*ctx = c->ctx;
	char		 st[16] = "", amount[24] = "";
	const char	*want;

	if (strcmp(f->hdr.rspcode, BK1_ORIG_NOT_FOUND) == 0)
		memcpy(st, "NOTFOUND", 9);
	else if (strcmp(f->hdr.rspcode, BK1_OK) != 0)
		return;		/* 9xxx: no news */
	else
		bk1_get(f, "status", st, sizeof(st));
	bk1_get(f, "amount", amount, sizeof(amount));
	if (audit) {
		ctx->s.audited++;
		want = op->state == OP_OK ? (op->reversed ? "REVERSED" :
		    "SUCCESS") : op->state == OP_NONE ? "NOTFOUND" : NULL;
		if (want != NULL && strcmp(st, want) != 0 &&
		    !(op->state == OP_NONE && strcmp(st, "FAILED") == 0))
			ld_violation(ctx, "serial=%s: 2006 says %s, the answers "
			    "said %s%s", op->serial, st, op->state == OP_OK ?
			    "0000" : op->code, op->reversed ? " reversed" : "");
		else if (op->state == OP_OK && amount[0] != '\0' &&
		    atoll(amount) != op->amount)
			ld_violation(ctx, "serial=%s: 2006 amount %s, paid %lld",
			    op->serial, amount, (long long)op->amount);
		return;
	}
	if (op->state != OP_UNKNOWN)
		return;
	if (strcmp(st, "NOTFOUND") == 0) {
		/* Final: the serial is never sent again. */
		op->state = OP_NONE;
		memcpy(op->code, BK1_ORIG_NOT_FOUND, 5);
		unknown_del(c, (size_t)(op - ctx->ops));
	} else if (strcmp(st, "REVERSED") == 0 && !op->reversing)
		ld_violation(ctx, "serial=%s: 2006 says REVERSED, never "
		    "reversed", op->serial);
	/* SUCCESS: the next try is the repeat, which brings the receipt;
	 * PENDING: ask again. */
}

static void
conn_answer(struct ld_conn *c, struct bk1_frame *f)
{
	struct ld_ctx	*ctx = c->ctx;
	struct ld_bank	*b = &ctx->banks[c->bank];
	enum ld_req	 req = c->req;
	char		 d[16];

	evtimer_del(c->ev_tmo);
	if (bk1_open(f, b->ks->suite, b->ks->mk_mac) != BK1_E_OK) {
		ld_violation(ctx, "conn=%d serial=%s: the answer's MAC or body "
		    "is bad", c->idx, f->hdr.serial);
		conn_down(c, RECONNECT_MS);
		return;
	}
	if (f->hdr.kind != 'A' || strcmp(f->hdr.serial, c->serial) != 0) {
		ld_violation(ctx, "conn=%d: answer serial=%s kind=%c to "
		    "serial=%s", c->idx, f->hdr.serial, f->hdr.kind, c->serial);
		conn_down(c, RECONNECT_MS);
		return;
	}
	ctx->s.answered++;
	ld_code(ctx, f->hdr.trcode, f->hdr.rspcode);
	c->req = RQ_NONE;
	c->st = CS_READY;
	switch (req) {
	case RQ_SIGNIN:
		if (strcmp(f->hdr.rspcode, BK1_OK) != 0 ||
		    bk1_get(f, "settledate", d, sizeof(d)) == -1 ||
		    strlen(d) != 8) {
			log_warnx("conn=%d bank=%s rspcode=%s err=\"sign-in "
			    "refused\"", c->idx, b->no, f->hdr.rspcode);
			conn_down(c, 1000);
			return;
		}
		memcpy(c->settledate, d, 9);
		schedule(c, 0);
		return;
	case RQ_WRONGADDR:
		if (strcmp(f->hdr.rspcode, BK1_NOT_REGISTERED) != 0)
			ld_violation(ctx, "conn=%d: from %s (not the bank's) "
			    "the sign-in was answered %s", c->idx,
			    ctx->wrong_source, f->hdr.rspcode);
		c->wrongaddr = 0;
		conn_down(c, 0);
		return;
	case RQ_BADMAC:
		if (strcmp(f->hdr.rspcode, BK1_MAC_ERROR) != 0)
			ld_violation(ctx, "serial=%s: a bad MAC was answered %s",
			    c->serial, f->hdr.rspcode);
		if (strcmp(f->hdr.rspcode, BK1_OK) == 0) {
			/* It was done after all: take the answer. */
			money_answer(c, op_at(ctx, c->op), f, 0);
			break;
		}
		/* Nothing was done: now the request itself. */
		send_money(c, c->op, strcmp(op_at(ctx, c->op)->trcode,
		    "2002") == 0 ? RQ_PAY : RQ_REV, 0);
		return;
	case RQ_PAY:
	case RQ_REV:
	case RQ_REPEAT:
		ld_latency(ctx, now_us() - c->sent_us);
		money_answer(c, op_at(ctx, c->op), f, req == RQ_REPEAT);
		break;
	case RQ_STATUS:
	case RQ_AUDIT:
		status_answer(c, op_at(ctx, c->op), f, req == RQ_AUDIT);
		break;
	case RQ_QUERY:
		ld_latency(ctx, now_us() - c->sent_us);
		c->after_query = 1;
		schedule(c, 0);
		return;
	case RQ_HB:
		ctx->s.heartbeats++;
		break;
	default:
		break;
	}
	schedule(c, c->nunknown > 0 ? RESOLVE_MS : ctx->stopping ? 0 :
	    pace_ms(c));
}

/* The answer will not come: the request's fate is unknown. */
static void
conn_lost(struct ld_conn *c, const char *why)
{
	struct ld_ctx	*ctx = c->ctx;
	struct ld_op	*op;

	switch (c->req) {
	case RQ_PAY:
	case RQ_REV:
	case RQ_REPEAT:
	case RQ_BADMAC:
		op = op_at(ctx, c->op);
		if (op->state == OP_INFLIGHT || op->state == OP_UNKNOWN) {
			op->state = OP_UNKNOWN;
			unknown_add(c, c->op);
		}
		break;
	case RQ_AUDIT:
		c->audit_next--;	/* ask again */
		break;
	case RQ_WRONGADDR:
		/* Closed without an answer: what BK1 §1 says. */
		c->wrongaddr = 0;
		conn_down(c, 0);
		return;
	default:
		break;
	}
	log_debug("conn=%d serial=%s lost=%s", c->idx, c->serial, why);
	conn_down(c, RECONNECT_MS);
}

static void
conn_read_cb(struct bufferevent *bev, void *arg)
{
	struct ld_conn		*c = arg;
	struct bk1_frame	 f;

	while (c->bev == bev) {
		switch (bs_wire_read(bev, &c->in, &f)) {
		case BS_IN_MORE:
			return;
		case BS_IN_BAD:
			ld_violation(c->ctx, "conn=%d: an unreadable frame from "
			    "the station", c->idx);
			conn_lost(c, "bad frame");
			return;
		case BS_IN_FRAME:
			if (c->st != CS_BUSY && c->st != CS_SIGNIN) {
				ld_violation(c->ctx, "conn=%d: a frame nobody "
				    "asked for (serial=%s)", c->idx,
				    f.hdr.serial);
				conn_down(c, RECONNECT_MS);
				return;
			}
			conn_answer(c, &f);
			break;
		}
	}
}

static void
conn_write_cb(struct bufferevent *bev, void *arg)
{
	struct ld_conn	*c = arg;

	if (c->drop_after && c->outsent == c->outlen &&
	    evbuffer_get_length(bufferevent_get_output(bev)) == 0) {
		c->ctx->s.closed++;
		conn_lost(c, "drop-after");
	}
}

static void
conn_event_cb(struct bufferevent *bev, short what, void *arg)
{
	struct ld_conn	*c = arg;

	(void)bev;
	if (what & BEV_EVENT_CONNECTED) {
		send_signin(c);
		return;
	}
	c->ctx->s.closed++;
	conn_lost(c, "closed");
}

static void
tmo_cb(evutil_socket_t fd, short what, void *arg)
{
	struct ld_conn	*c = arg;

	(void)fd;
	(void)what;
	c->ctx->s.timeouts++;
	conn_lost(c, "timeout");
}

static void
hb_cb(evutil_socket_t fd, short what, void *arg)
{
	struct ld_conn	*c = arg;
	char		 serial[BK1_SERIAL_LEN + 1];

	(void)fd;
	(void)what;
	if (c->st != CS_READY)
		return;
	evtimer_del(c->ev_next);
	next_serial(c->ctx, c->bank, serial);
	conn_build(c, "8001", serial, NULL);
	conn_write(c, RQ_HB, 0);
}

void
ld_conn_start(struct ld_conn *c)
{
	struct ld_ctx	*ctx = c->ctx;

	c->ev_next = evtimer_new(ctx->base, next_cb, c);
	c->ev_tmo = evtimer_new(ctx->base, tmo_cb, c);
	c->ev_hb = evtimer_new(ctx->base, hb_cb, c);
	snprintf(c->branch, sizeof(c->branch), "%s%02d",
	    ctx->banks[c->bank].no, c->idx % 100);
	c->st = CS_DOWN;
	schedule(c, 0);
}

/* The end of the run: no new business; settle what is open. */
void
ld_conn_stop(struct ld_ctx *ctx)
{
	int	i;

	ctx->stopping = 1;
	for (i = 0; i < ctx->nconns; i++) {
		struct ld_conn *c = &ctx->conns[i];

		if (c->st == CS_READY) {
			evtimer_del(c->ev_next);
			schedule(c, 0);
		}
	}
}

void
ld_conn_free(struct ld_conn *c)
{
	conn_close(c);
	if (c->ev_next != NULL)
		event_free(c->ev_next);
	if (c->ev_tmo != NULL)
		event_free(c->ev_tmo);
	if (c->ev_hb != NULL)
		event_free(c->ev_hb);
	free(c->unknown);
	free(c->paid);
}
