/*
 * debit.c - `banksim debit-server`: the bank's server for the debits the
 * station sends (BK1 §4): 3001 account debit, 3006 debit status, 8001
 * heartbeat, over the station's connections to the bank.
 *
 *   banksim debit-server --listen ADDR:PORT --bank B --keys F
 *       [--state FILE] [--seed S] [--refuse-rate P] [--refuse-code C]
 *       [--refuse CUSTNO:CODE]... [--drop-before P] [--drop-after P]
 *       [--late-ms N [--late P]] [--code9999 P] [--max-conns N]
 *
 * Rates P are percentages (0-100, one decimal).  Checks in BK1 §2's order:
 * length and header (unreadable: the connection is closed), our bank
 * number (else closed, as an unregistered peer), key version (8004), MAC
 * (8001), kind and required fields (8002).  Then the faults, in this
 * order: drop-before closes without processing; code9999 answers 9999
 * without processing; the request is processed (and persisted); drop-after
 * closes without answering; late holds the answer --late-ms.
 *
 * A 3001 is idempotent on the station's serial: a repeat with the same
 * customer, account and amount gets the first answer again (counted as a
 * repeat), one with different ones gets 1004.  Refusals: --refuse
 * CUSTNO:CODE (customer or account) always, else --refuse-rate of the
 * others with --refuse-code (3001 default).  --state keeps the answers
 * across a restart.  SIGTERM or SIGINT prints the summary and exits.
 */
#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/socket.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/listener.h>
#include <event2/util.h>

#include "banksim.h"
#include "log.h"
#include "util.h"

#define DS_IDLE_SECS	300
#define DS_MAX_REFUSE	64

struct ds_conn;

struct ds_refuse {
	char	who[40];
	char	code[5];
};

struct ds_ctx {
	struct event_base	*base;
	struct evconnlistener	*lis;
	struct event		*ev_term, *ev_int;
	struct bs_keys		 keys;
	struct bs_dstate	 st;
	char			 bank[5];
	uint64_t		 rng;
	int			 max_conns, nconns;
	/* faults, per mille */
	int			 refuse_rate, drop_before, drop_after, late,
				 code9999, late_ms;
	char			 refuse_code[5];
	struct ds_refuse	 refuse[DS_MAX_REFUSE];
	int			 nrefuse;
	uint64_t		 next_id;
	TAILQ_HEAD(, ds_conn)	 conns;
	struct {
		uint64_t conns, requests, debited, refused, repeats,
			 reused, status, heartbeats, badmac, badkeyver,
			 format, dropped_before, dropped_after, late, e9999;
		int64_t	 debited_total;
	} n;
};

struct ds_conn {
	TAILQ_ENTRY(ds_conn)	 entry;
	struct ds_ctx		*ctx;
	struct bufferevent	*bev;
	uint64_t		 id;
	struct event		*late;
	struct bs_wire		 in;
	uint8_t			 out[4096];
	size_t			 outlen;
	int			 held;	/* an answer waits on the late timer */
};

static void	ds_read_cb(struct bufferevent *, void *);

static void
ds_conn_free(struct ds_conn *c)
{
	TAILQ_REMOVE(&c->ctx->conns, c, entry);
	c->ctx->nconns--;
	if (c->late != NULL)
		event_free(c->late);
	bufferevent_free(c->bev);
	free(c);
}

/* Build the answer in c->out; -1 if it would not build (a bug). */
static void
ds_answer(struct ds_conn *c, const struct bk1_hdr *req,
    const struct keyset *ks, const char *rspcode, struct bk1_out *o,
    const char *const *kv)
{
	struct bk1_hdr	h;
	size_t		len;

	bs_answer_hdr(req, rspcode, &h);
	bk1_begin(o, c->out, sizeof(c->out), &h);
	for (; kv != NULL && kv[0] != NULL; kv += 2)
		bk1_put(o, kv[0], kv[1]);
	if (bk1_end(o, ks->suite, ks->mk_mac, &len) != BK1_E_OK)
		fatalx("debit: answer to serial %s does not build",
		    req->serial);
	c->outlen = len;
}

static int
digits(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

static const char *
ds_refusal(struct ds_ctx *ctx, const char *custno, const char *account)
{
	int	i;

	for (i = 0; i < ctx->nrefuse; i++)
		if (strcmp(ctx->refuse[i].who, custno) == 0 ||
		    strcmp(ctx->refuse[i].who, account) == 0)
			return ctx->refuse[i].code;
	if (bs_roll(&ctx->rng, ctx->refuse_rate))
		return ctx->refuse_code;
	return NULL;
}

/* 3001: a debit, or the answer already given to this serial. */
static void
ds_debit(struct ds_conn *c, struct bk1_frame *f, const struct keyset *ks)
{
	struct ds_ctx	*ctx = c->ctx;
	struct bk1_out	 o;
	struct bs_debit	 d, *old;
	char		 amount[24], reason[8], ref[64];
	const char	*code, *kv[3];
	long		 amt;

	memset(&d, 0, sizeof(d));
	if (bk1_get(f, "custno", d.custno, sizeof(d.custno)) == -1 ||
	    bk1_get(f, "account", d.account, sizeof(d.account)) == -1 ||
	    bk1_get(f, "amount", amount, sizeof(amount)) == -1 ||
	    bk1_get(f, "reason", reason, sizeof(reason)) == -1 ||
	    bk1_get(f, "ref", ref, sizeof(ref)) == -1 ||
	    d.custno[0] == '\0' || d.account[0] == '\0' || !digits(amount) ||
	    bs_num(amount, 1, 999999999999L, &amt) == -1 ||
	    (strcmp(reason, "WH") != 0 && strcmp(reason, "SMS") != 0)) {
		ctx->n.format++;
		ds_answer(c, &f->hdr, ks, BK1_FORMAT_ERROR, &o, NULL);
		return;
	}
	d.amount = amt;
	if ((old = bs_dstate_find(&ctx->st, f->hdr.serial)) != NULL) {
		if (strcmp(old->custno, d.custno) != 0 ||
		    strcmp(old->account, d.account) != 0 ||
		    old->amount != d.amount) {
			ctx->n.reused++;
			log_warnx("debit serial=%s err=\"serial reused\"",
			    f->hdr.serial);
			ds_answer(c, &f->hdr, ks, BK1_SERIAL_REUSED, &o, NULL);
			return;
		}
		ctx->n.repeats++;
		log_info("debit serial=%s repeat=1 rspcode=%s", old->serial,
		    old->rspcode);
		kv[0] = "bankserial";
		kv[1] = old->bankserial;
		kv[2] = NULL;
		ds_answer(c, &f->hdr, ks, old->rspcode, &o,
		    old->status == 'D' ? kv : NULL);
		return;
	}
	snprintf(d.serial, sizeof(d.serial), "%s", f->hdr.serial);
	if ((code = ds_refusal(ctx, d.custno, d.account)) != NULL) {
		d.status = 'R';
		snprintf(d.rspcode, sizeof(d.rspcode), "%s", code);
	} else {
		d.status = 'D';
		memcpy(d.rspcode, BK1_OK, 5);
		snprintf(d.bankserial, sizeof(d.bankserial), "%s%012" PRIu64,
		    ctx->bank, ctx->st.next_bankserial);
	}
	if (bs_dstate_add(&ctx->st, &d) == -1)
		fatal("debit: state write");
	if (d.status == 'D') {
		ctx->n.debited++;
		ctx->n.debited_total += d.amount;
	} else
		ctx->n.refused++;
	log_info("debit serial=%s custno=%s amount=%lld rspcode=%s "
	    "bankserial=%s", d.serial, d.custno, (long long)d.amount,
	    d.rspcode, d.bankserial);
	kv[0] = "bankserial";
	kv[1] = d.bankserial;
	kv[2] = NULL;
	ds_answer(c, &f->hdr, ks, d.rspcode, &o, d.status == 'D' ? kv : NULL);
}

/* 3006: what became of a serial. */
static void
ds_status(struct ds_conn *c, struct bk1_frame *f, const struct keyset *ks)
{
	struct ds_ctx	*ctx = c->ctx;
	struct bk1_out	 o;
	struct bs_debit	*d;
	char		 orig[BK1_SERIAL_LEN + 8];
	const char	*kv[7];

	if (bk1_get(f, "origserial", orig, sizeof(orig)) == -1 ||
	    orig[0] == '\0' || strlen(orig) > BK1_SERIAL_LEN) {
		ctx->n.format++;
		ds_answer(c, &f->hdr, ks, BK1_FORMAT_ERROR, &o, NULL);
		return;
	}
	ctx->n.status++;
	d = bs_dstate_find(&ctx->st, orig);
	kv[0] = "status";
	kv[1] = d == NULL ? "NOTFOUND" : d->status == 'D' ? "DEBITED" :
	    "REFUSED";
	kv[2] = "bankserial";
	kv[3] = d == NULL ? "" : d->bankserial;
	kv[4] = "rspcode";
	kv[5] = d == NULL ? "" : d->rspcode;
	kv[6] = NULL;
	log_info("status origserial=%s status=%s", orig, kv[1]);
	ds_answer(c, &f->hdr, ks, BK1_OK, &o, kv);
}

static void
ds_late_cb(evutil_socket_t fd, short what, void *arg)
{
	struct ds_conn	*c = arg;

	(void)fd;
	(void)what;
	c->held = 0;
	bufferevent_write(c->bev, c->out, c->outlen);
	bufferevent_enable(c->bev, EV_READ);
	if (evbuffer_get_length(bufferevent_get_input(c->bev)) > 0)
		bufferevent_trigger(c->bev, EV_READ, BEV_TRIG_DEFER_CALLBACKS);
}

/* One request; 0 to go on, -1 when the connection was closed. */
static int
ds_serve(struct ds_conn *c, struct bk1_frame *f)
{
	struct ds_ctx		*ctx = c->ctx;
	const struct keyset	*ks;
	struct bk1_out		 o;
	enum bk1_err		 e;
	struct timeval		 tv;
	int			 process = 1;

	ctx->n.requests++;
	if (strcmp(f->hdr.bankno, ctx->bank) != 0) {
		log_warnx("conn=%llu bankno=%s err=\"not this bank\"",
		    (unsigned long long)c->id, f->hdr.bankno);
		ds_conn_free(c);
		return -1;
	}
	if ((ks = bs_key(&ctx->keys, ctx->bank, f->hdr.keyver)) == NULL) {
		ctx->n.badkeyver++;
		if ((ks = bs_key(&ctx->keys, ctx->bank, 0)) == NULL)
			fatalx("debit: bank %s has no live key", ctx->bank);
		ds_answer(c, &f->hdr, ks, BK1_UNKNOWN_KEYVER, &o, NULL);
		process = 0;
	} else if ((e = bk1_open(f, ks->suite, ks->mk_mac)) != BK1_E_OK) {
		if (e == BK1_E_MAC)
			ctx->n.badmac++;
		else
			ctx->n.format++;
		log_warnx("conn=%llu serial=%s err=\"%s\"",
		    (unsigned long long)c->id, f->hdr.serial,
		    e == BK1_E_MAC ? "bad MAC" : "bad body");
		ds_answer(c, &f->hdr, ks, e == BK1_E_MAC ? BK1_MAC_ERROR :
		    BK1_FORMAT_ERROR, &o, NULL);
		process = 0;
	} else if (f->hdr.kind != 'Q') {
		ctx->n.format++;
		ds_answer(c, &f->hdr, ks, BK1_FORMAT_ERROR, &o, NULL);
		process = 0;
	}
	if (process) {
		if (bs_roll(&ctx->rng, ctx->drop_before)) {
			ctx->n.dropped_before++;
			log_info("conn=%llu serial=%s fault=drop_before",
			    (unsigned long long)c->id, f->hdr.serial);
			ds_conn_free(c);
			return -1;
		}
		if (bs_roll(&ctx->rng, ctx->code9999)) {
			ctx->n.e9999++;
			ds_answer(c, &f->hdr, ks, BK1_SYSTEM_ERROR, &o, NULL);
		} else if (strcmp(f->hdr.trcode, "3001") == 0)
			ds_debit(c, f, ks);
		else if (strcmp(f->hdr.trcode, "3006") == 0)
			ds_status(c, f, ks);
		else if (strcmp(f->hdr.trcode, "8001") == 0) {
			ctx->n.heartbeats++;
			ds_answer(c, &f->hdr, ks, BK1_OK, &o, NULL);
		} else {
			ctx->n.format++;
			ds_answer(c, &f->hdr, ks, BK1_FORMAT_ERROR, &o, NULL);
		}
		if (bs_roll(&ctx->rng, ctx->drop_after)) {
			ctx->n.dropped_after++;
			log_info("conn=%llu serial=%s fault=drop_after",
			    (unsigned long long)c->id, f->hdr.serial);
			ds_conn_free(c);
			return -1;
		}
		if (ctx->late_ms > 0 && bs_roll(&ctx->rng, ctx->late)) {
			ctx->n.late++;
			c->held = 1;
			bufferevent_disable(c->bev, EV_READ);
			tv.tv_sec = ctx->late_ms / 1000;
			tv.tv_usec = (ctx->late_ms % 1000) * 1000;
			evtimer_add(c->late, &tv);
			return -1;	/* read again once the answer is out */
		}
	}
	bufferevent_write(c->bev, c->out, c->outlen);
	return 0;
}

static void
ds_read_cb(struct bufferevent *bev, void *arg)
{
	struct ds_conn		*c = arg;
	struct bk1_frame	 f;

	(void)bev;
	while (!c->held) {
		switch (bs_wire_read(c->bev, &c->in, &f)) {
		case BS_IN_MORE:
			return;
		case BS_IN_BAD:
			c->ctx->n.format++;
			log_warnx("conn=%llu err=\"unreadable frame\"",
			    (unsigned long long)c->id);
			ds_conn_free(c);
			return;
		case BS_IN_FRAME:
			if (ds_serve(c, &f) == -1)
				return;
			break;
		}
	}
}

static void
ds_event_cb(struct bufferevent *bev, short what, void *arg)
{
	struct ds_conn	*c = arg;

	(void)bev;
	log_debug("conn=%llu closed what=0x%x", (unsigned long long)c->id,
	    what);
	ds_conn_free(c);
}

static void
ds_accept_cb(struct evconnlistener *lis, evutil_socket_t fd,
    struct sockaddr *sa, int salen, void *arg)
{
	struct ds_ctx	*ctx = arg;
	struct ds_conn	*c;
	struct timeval	 idle = { DS_IDLE_SECS, 0 };

	(void)lis;
	(void)sa;
	(void)salen;
	if (ctx->nconns >= ctx->max_conns) {
		log_warnx("err=\"connection cap\" max=%d", ctx->max_conns);
		evutil_closesocket(fd);
		return;
	}
	c = xcalloc(1, sizeof(*c));
	c->ctx = ctx;
	c->id = ++ctx->next_id;
	c->bev = bufferevent_socket_new(ctx->base, fd, BEV_OPT_CLOSE_ON_FREE);
	if (c->bev == NULL)
		fatalx("bufferevent_socket_new");
	c->late = evtimer_new(ctx->base, ds_late_cb, c);
	bufferevent_setcb(c->bev, ds_read_cb, NULL, ds_event_cb, c);
	bufferevent_set_timeouts(c->bev, &idle, NULL);
	bufferevent_setwatermark(c->bev, EV_READ, 0, 2 * BS_FRAME_MAX);
	bufferevent_enable(c->bev, EV_READ | EV_WRITE);
	TAILQ_INSERT_TAIL(&ctx->conns, c, entry);
	ctx->nconns++;
	ctx->n.conns++;
	log_debug("conn=%llu accepted", (unsigned long long)c->id);
}

static void
ds_summary(struct ds_ctx *ctx)
{
	printf("banksim debit-server bank=%s\n", ctx->bank);
	printf("  requests %" PRIu64 " (connections %" PRIu64 ")\n",
	    ctx->n.requests, ctx->n.conns);
	printf("  debited %" PRIu64 " total %lld fen\n", ctx->n.debited,
	    (long long)ctx->n.debited_total);
	printf("  refused %" PRIu64 "\n", ctx->n.refused);
	printf("  repeats %" PRIu64 " (serial reused 1004: %" PRIu64 ")\n",
	    ctx->n.repeats, ctx->n.reused);
	printf("  status queries %" PRIu64 ", heartbeats %" PRIu64 "\n",
	    ctx->n.status, ctx->n.heartbeats);
	printf("  bad MAC %" PRIu64 ", unknown keyver %" PRIu64
	    ", format %" PRIu64 "\n", ctx->n.badmac, ctx->n.badkeyver,
	    ctx->n.format);
	printf("  faults: dropped before %" PRIu64 ", dropped after %" PRIu64
	    ", late %" PRIu64 ", 9999 %" PRIu64 "\n", ctx->n.dropped_before,
	    ctx->n.dropped_after, ctx->n.late, ctx->n.e9999);
	fflush(stdout);
}

static void
ds_signal_cb(evutil_socket_t sig, short what, void *arg)
{
	struct ds_ctx	*ctx = arg;

	(void)what;
	log_info("signal=%d stopping", (int)sig);
	event_base_loopbreak(ctx->base);
}

static int
ds_listen(struct ds_ctx *ctx, const char *addr)
{
	struct sockaddr_storage	ss;
	int			sslen = sizeof(ss);

	memset(&ss, 0, sizeof(ss));
	if (evutil_parse_sockaddr_port(addr, (struct sockaddr *)&ss,
	    &sslen) == -1) {
		fprintf(stderr, "banksim: bad --listen %s\n", addr);
		return -1;
	}
	ctx->lis = evconnlistener_new_bind(ctx->base, ds_accept_cb, ctx,
	    LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC,
	    64, (struct sockaddr *)&ss, sslen);
	if (ctx->lis == NULL) {
		fprintf(stderr, "banksim: listen %s: %s\n", addr,
		    strerror(errno));
		return -1;
	}
	return 0;
}

static int
ds_usage(void)
{
	fprintf(stderr, "usage: banksim debit-server --listen ADDR:PORT "
	    "--bank B --keys F [--state FILE] [--seed S]\n"
	    "\t[--refuse-rate P] [--refuse-code 3001|3002|3003] "
	    "[--refuse CUSTNO:CODE]...\n"
	    "\t[--drop-before P] [--drop-after P] [--late-ms N [--late P]] "
	    "[--code9999 P] [--max-conns N]\n");
	return 2;
}

static int
ds_code_ok(const char *s)
{
	return strcmp(s, BK1_FUNDS) == 0 || strcmp(s, BK1_ACCOUNT_CLOSED) == 0 ||
	    strcmp(s, BK1_NOT_BOUND) == 0;
}

int
bs_cmd_debit(int argc, char **argv)
{
	struct ds_ctx	 ctx;
	struct ds_conn	*c;
	const char	*listen = NULL, *keys = NULL, *state = NULL, *o, *v;
	char		*colon;
	long		 n;
	int		 i, late_set = 0, rc = 2;

	memset(&ctx, 0, sizeof(ctx));
	TAILQ_INIT(&ctx.conns);
	ctx.max_conns = 64;
	ctx.rng = 1;
	memcpy(ctx.refuse_code, BK1_FUNDS, 5);
	for (i = 1; i < argc; i++) {
		o = argv[i];
		if (i + 1 >= argc)
			return ds_usage();
		v = argv[++i];
		if (strcmp(o, "--listen") == 0)
			listen = v;
		else if (strcmp(o, "--bank") == 0 && bs_bankno_ok(v))
			memcpy(ctx.bank, v, 5);
		else if (strcmp(o, "--keys") == 0)
			keys = v;
		else if (strcmp(o, "--state") == 0)
			state = v;
		else if (strcmp(o, "--seed") == 0 &&
		    bs_num(v, 0, 0x7fffffffL, &n) == 0)
			ctx.rng = (uint64_t)n;
		else if (strcmp(o, "--refuse-rate") == 0 &&
		    bs_rate(v, &ctx.refuse_rate) == 0)
			;
		else if (strcmp(o, "--refuse-code") == 0 && ds_code_ok(v))
			memcpy(ctx.refuse_code, v, 5);
		else if (strcmp(o, "--refuse") == 0 &&
		    ctx.nrefuse < DS_MAX_REFUSE &&
		    (colon = strrchr(v, ':')) != NULL && ds_code_ok(colon + 1) &&
		    (size_t)(colon - v) < sizeof(ctx.refuse[0].who) &&
		    colon != v) {
			memcpy(ctx.refuse[ctx.nrefuse].who, v, (size_t)(colon - v));
			memcpy(ctx.refuse[ctx.nrefuse].code, colon + 1, 5);
			ctx.nrefuse++;
		} else if (strcmp(o, "--drop-before") == 0 &&
		    bs_rate(v, &ctx.drop_before) == 0)
			;
		else if (strcmp(o, "--drop-after") == 0 &&
		    bs_rate(v, &ctx.drop_after) == 0)
			;
		else if (strcmp(o, "--late") == 0 && bs_rate(v, &ctx.late) == 0)
			late_set = 1;
		else if (strcmp(o, "--late-ms") == 0 &&
		    bs_num(v, 0, 600000, &n) == 0)
			ctx.late_ms = (int)n;
		else if (strcmp(o, "--code9999") == 0 &&
		    bs_rate(v, &ctx.code9999) == 0)
			;
		else if (strcmp(o, "--max-conns") == 0 &&
		    bs_num(v, 1, 4096, &n) == 0)
			ctx.max_conns = (int)n;
		else
			return ds_usage();
	}
	if (listen == NULL || keys == NULL || ctx.bank[0] == '\0')
		return ds_usage();
	if (ctx.late_ms > 0 && !late_set)
		ctx.late = 1000;
	if (bs_keys_load(&ctx.keys, keys) == -1)
		return 2;
	if (bs_key(&ctx.keys, ctx.bank, 0) == NULL) {
		fprintf(stderr, "banksim: %s: no live key for bank %s\n", keys,
		    ctx.bank);
		goto out;
	}
	if (bs_dstate_open(&ctx.st, state) == -1)
		goto out;
	if ((ctx.base = event_base_new()) == NULL)
		fatalx("event_base_new");
	if (ds_listen(&ctx, listen) == -1)
		goto out;
	ctx.ev_term = evsignal_new(ctx.base, SIGTERM, ds_signal_cb, &ctx);
	ctx.ev_int = evsignal_new(ctx.base, SIGINT, ds_signal_cb, &ctx);
	evsignal_add(ctx.ev_term, NULL);
	evsignal_add(ctx.ev_int, NULL);
	log_info("debit-server listen=%s bank=%s answers=%zu", listen,
	    ctx.bank, ctx.st.n);
	event_base_dispatch(ctx.base);
	ds_summary(&ctx);
	rc = 0;
	while ((c = TAILQ_FIRST(&ctx.conns)) != NULL)
		ds_conn_free(c);
out:
	if (ctx.lis != NULL)
		evconnlistener_free(ctx.lis);
	if (ctx.ev_term != NULL)
		event_free(ctx.ev_term);
	if (ctx.ev_int != NULL)
		event_free(ctx.ev_int);
	if (ctx.base != NULL)
		event_base_free(ctx.base);
	bs_dstate_close(&ctx.st);
	bs_keys_free(&ctx.keys);
	return rc;
}
