/*
 * debit.c - the station's side of BK/1 debits (BK1 §4, docs/BK1.md
 * "Debits"): 3001 account debit and 3006 debit status, sent to the bank's
 * debit address (banks.debit_addr) framed under the bank's MAC key, read
 * from the bank key file (frontd.bank_keys_file) when a batch goes out.
 *
 * The duty is in the database (table debits, schema/fn/debit.sql): every
 * DEBIT_POLL seconds the due debits are taken under a lease
 * (gf_debit_claim).  A NEW one is sent as a 3001 with its own serial; an
 * answer 0000 is DEBITED, a refusal (1xxx, 3xxx) REFUSED; no answer by the
 * deadline, a dropped connection after the request went out, an answer
 * that does not check (MAC, serial) or 9999: UNKNOWN.  An UNKNOWN one is
 * asked about with a 3006 (a serial of its own) until the bank says
 * DEBITED, REFUSED or NOTFOUND; NOTFOUND makes it NEW again and the same
 * serial goes out (the bank is idempotent on it).  A connection that
 * could not be made sent nothing: NEW again, later.  8xxx means the bank
 * did nothing (our keys or registration): NEW again, later, and logged.
 *
 * One connection per exchange, each with the deadline ifsvc.deadline and
 * a cap on what it reads; at most DEBIT_MAX out at once.  The raw request
 * and answer of a 3001 are kept with the debit.
 */
#include <sys/socket.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/util.h>

#include "bk1.h"
#include "ifsvc.h"
#include "keyfile.h"
#include "log.h"
#include "util.h"

#define DEBIT_POLL	1	/* s */
#define DEBIT_MAX	8	/* exchanges out at once */
#define DEBIT_RETRY	2	/* s before a NEW or UNKNOWN one is tried again */

struct debit_x {
	struct debits	*dn;
	struct bufferevent *bev;
	char		 serial[BK1_SERIAL_LEN + 1];	/* the debit's */
	char		 qserial[BK1_SERIAL_LEN + 1];	/* a 3006's, or "" */
	char		 bank[5];
	char		 trcode[5];
	uint8_t		 suite;
	uint8_t		 key[16];
	uint8_t		 req[1024];
	size_t		 reqlen;
	int		 connected;
	int		 done;
};

struct debits {
	struct ifsvc	*ctx;
	struct event	*ev;
	char		 owner[96];
	int		 claiming;
	int		 out;
};

static void	debit_tick(struct debits *);

static void
answer_cb(PGresult *res, void *arg)
{
	struct debits	*dn = arg;

	if (!ifdb_ok(res))
		log_warnx("debit: recording an answer failed: %s",
		    res ? PQresultErrorMessage(res) : "connection lost");
	(void)dn;
}

static char *
hex_of(const uint8_t *p, size_t n)
{
	char	*h = xmalloc(n * 2 + 1);

	hex_encode(p, n, h);
	return h;
}

/* Record what came of an exchange and free it. */
static void
x_end(struct debit_x *x, const char *outcome, const char *bankserial,
    const char *rspcode, const uint8_t *ans, size_t anslen)
{
	struct debits	*dn = x->dn;
	char		 retry[16], *rq = NULL, *an = NULL;
	const char	*p[8];

	if (x->done)
		return;
	x->done = 1;
	snprintf(retry, sizeof(retry), "%d", DEBIT_RETRY);
	if (x->qserial[0] == '\0') {
		rq = hex_of(x->req, x->reqlen);
		if (ans != NULL)
			an = hex_of(ans, anslen);
	}
	log_info("debit: serial=%s trcode=%s outcome=%s rspcode=%s "
	    "bankserial=%s", x->serial, x->trcode, outcome,
	    rspcode ? rspcode : "-", bankserial ? bankserial : "-");
	p[0] = x->serial;
	p[1] = dn->owner;
	p[2] = outcome;
	p[3] = bankserial;
	p[4] = rspcode;
	p[5] = rq;
	p[6] = an;
	p[7] = retry;
	ifdb_query(dn->ctx->db, "SELECT gf_debit_answer($1, $2, $3, $4, $5, "
	    "decode($6, 'hex'), decode($7, 'hex'), $8::integer)", 8, p,
	    answer_cb, dn);
	free(rq);
	free(an);
	if (x->bev != NULL)
		bufferevent_free(x->bev);
	secure_zero(x->key, sizeof(x->key));
	free(x);
	dn->out--;
}

/* Nothing usable came back: what that means depends on what was asked. */
static void
x_lost(struct debit_x *x, const char *why)
{
	log_warnx("debit: serial=%s trcode=%s no answer: %s", x->serial,
	    x->trcode, why);
	if (!x->connected && x->qserial[0] == '\0')
		x_end(x, "NOTSENT", NULL, NULL, NULL, 0);
	else
		x_end(x, "UNKNOWN", NULL, NULL, NULL, 0);
}

static void
x_answer(struct debit_x *x, struct bk1_frame *f, const uint8_t *raw,
    size_t rawlen)
{
	char	 bankserial[64], status[16], rsp[8];

	if (bk1_open(f, x->suite, x->key) != BK1_E_OK) {
		x_lost(x, "the answer does not check (MAC or format)");
		return;
	}
	if (f->hdr.kind != 'A' || strcmp(f->hdr.trcode, x->trcode) != 0 ||
	    strcmp(f->hdr.bankno, x->bank) != 0 ||
	    strcmp(f->hdr.serial, x->qserial[0] ? x->qserial : x->serial) != 0) {
		x_lost(x, "the answer is not to our request");
		return;
	}
	if (bk1_get(f, "bankserial", bankserial, sizeof(bankserial)) == -1)
		bankserial[0] = '\0';
	if (x->qserial[0] != '\0') {
		/* 3006 */
		if (strcmp(f->hdr.rspcode, BK1_OK) != 0 ||
		    bk1_get(f, "status", status, sizeof(status)) == -1) {
			x_end(x, "UNKNOWN", NULL, f->hdr.rspcode, NULL, 0);
			return;
		}
		if (strcmp(status, "DEBITED") == 0 && bankserial[0] != '\0')
			x_end(x, "DEBITED", bankserial, BK1_OK, NULL, 0);
		else if (strcmp(status, "REFUSED") == 0 &&
		    bk1_get(f, "rspcode", rsp, sizeof(rsp)) == 0 && rsp[0])
			x_end(x, "REFUSED", NULL, rsp, NULL, 0);
		else if (strcmp(status, "NOTFOUND") == 0)
			x_end(x, "NOTFOUND", NULL, NULL, NULL, 0);
		else
			x_end(x, "UNKNOWN", NULL, NULL, NULL, 0);
		return;
	}
	/* 3001 */
	if (strcmp(f->hdr.rspcode, BK1_OK) == 0) {
		if (bankserial[0] == '\0')
			x_end(x, "UNKNOWN", NULL, f->hdr.rspcode, raw, rawlen);
		else
			x_end(x, "DEBITED", bankserial, BK1_OK, raw, rawlen);
	} else if (f->hdr.rspcode[0] == '1' || f->hdr.rspcode[0] == '3') {
		x_end(x, "REFUSED", NULL, f->hdr.rspcode, raw, rawlen);
	} else if (f->hdr.rspcode[0] == '8') {
		/* Refused by the link's checks: nothing done.  Ours to fix. */
		log_warnx("debit: bank=%s refuses our frames rspcode=%s",
		    x->bank, f->hdr.rspcode);
		x_end(x, "NOTSENT", NULL, f->hdr.rspcode, raw, rawlen);
	} else {
		/* 9999 (or another 9xxx): it may have been done. */
		x_end(x, "UNKNOWN", NULL, f->hdr.rspcode, raw, rawlen);
	}
}

static void
x_read_cb(struct bufferevent *bev, void *arg)
{
	struct debit_x	*x = arg;
	struct evbuffer	*in = bufferevent_get_input(bev);
	struct bk1_frame f;
	size_t		 n = evbuffer_get_length(in), flen = 0, need = 0;
	uint8_t		*buf;

	if (n > BK1_LEN_DIGITS + BK1_MAX_LEN) {
		x_lost(x, "answer too long");
		return;
	}
	buf = evbuffer_pullup(in, (ssize_t)n);
	switch (bk1_split(buf, n, &f, &flen, &need)) {
	case BK1_E_MORE:
		return;
	case BK1_E_OK:
		x_answer(x, &f, buf, flen);
		return;
	default:
		x_lost(x, "unreadable answer");
		return;
	}
}

static void
x_event_cb(struct bufferevent *bev, short what, void *arg)
{
	struct debit_x	*x = arg;

	(void)bev;
	if (what & BEV_EVENT_CONNECTED) {
		x->connected = 1;
		bufferevent_write(x->bev, x->req, x->reqlen);
		return;
	}
	x_lost(x, what & BEV_EVENT_TIMEOUT ? "deadline" : what & BEV_EVENT_EOF ?
	    "closed by the bank" : "connection error");
}

static const struct keyset *
bank_key(const struct keyfile *kf, const char *bank, int keyver)
{
	return keyfile_bank_find(kf, (uint16_t)atoi(bank), (uint8_t)keyver);
}

/* One claimed row: its frame built and sent on a new connection. */
static void
x_start(struct debits *dn, PGresult *res, int i, const struct keyfile *kf)
{
	struct debit_x		*x = xcalloc(1, sizeof(*x));
	const struct keyset	*ks;
	struct bk1_hdr		 h;
	struct bk1_out		 o;
	struct sockaddr_storage	 ss;
	struct timeval		 tv = { dn->ctx->conf.ifsvc.deadline, 0 };
	struct tm		 tm;
	time_t			 now = time(NULL);
	int			 sslen = sizeof(ss);
	const char		*addr = PQgetvalue(res, i, 9);

	x->dn = dn;
	dn->out++;
	snprintf(x->serial, sizeof(x->serial), "%s", PQgetvalue(res, i, 0));
	if (strcmp(PQgetvalue(res, i, 1), "UNKNOWN") == 0)
		snprintf(x->qserial, sizeof(x->qserial), "%s",
		    PQgetvalue(res, i, 2));
	snprintf(x->bank, sizeof(x->bank), "%s", PQgetvalue(res, i, 3));
	snprintf(x->trcode, sizeof(x->trcode), "%s",
	    x->qserial[0] ? "3006" : "3001");
	if (kf == NULL || (ks = bank_key(kf, x->bank,
	    atoi(PQgetvalue(res, i, 10)))) == NULL) {
		log_warnx("debit: bank=%s keyver=%s: no key in the bank key file",
		    x->bank, PQgetvalue(res, i, 10));
		x_end(x, x->qserial[0] ? "UNKNOWN" : "NOTSENT", NULL, NULL, NULL,
		    0);
		return;
	}
	x->suite = ks->suite;
	memcpy(x->key, ks->mk_mac, 16);
	memset(&h, 0, sizeof(h));
	memcpy(h.ver, "01", 3);
	snprintf(h.bankno, sizeof(h.bankno), "%s", x->bank);
	snprintf(h.trcode, sizeof(h.trcode), "%s", x->trcode);
	h.kind = 'Q';
	h.keyver = (uint8_t)atoi(PQgetvalue(res, i, 10));
	localtime_r(&now, &tm);
	strftime(h.txdate, sizeof(h.txdate), "%Y%m%d", &tm);
	strftime(h.txtime, sizeof(h.txtime), "%H%M%S", &tm);
	snprintf(h.serial, sizeof(h.serial), "%s",
	    x->qserial[0] ? x->qserial : x->serial);
	memcpy(h.rspcode, BK1_OK, 5);
	bk1_begin(&o, x->req, sizeof(x->req), &h);
	if (x->qserial[0] != '\0')
		bk1_put(&o, "origserial", x->serial);
	else {
		bk1_put(&o, "custno", PQgetvalue(res, i, 4));
		bk1_put(&o, "account", PQgetvalue(res, i, 5));
		bk1_put(&o, "amount", PQgetvalue(res, i, 6));
		bk1_put(&o, "reason", PQgetvalue(res, i, 7));
		bk1_put(&o, "ref", PQgetvalue(res, i, 8));
	}
	if (o.err || bk1_end(&o, x->suite, x->key, &x->reqlen) != BK1_E_OK) {
		/* A customer number or ref BK/1 cannot carry: broken data. */
		log_warnx("debit: serial=%s cannot be framed", x->serial);
		x_end(x, x->qserial[0] ? "UNKNOWN" : "NOTSENT", NULL, NULL,
		    NULL, 0);
		return;
	}
	if (addr[0] == '\0' || evutil_parse_sockaddr_port(addr,
	    (struct sockaddr *)&ss, &sslen) == -1) {
		log_warnx("debit: bank=%s debit address \"%s\" unusable",
		    x->bank, addr);
		x_end(x, x->qserial[0] ? "UNKNOWN" : "NOTSENT", NULL, NULL,
		    NULL, 0);
		return;
	}
	log_info("debit: send serial=%s trcode=%s bank=%s%s%s", x->serial,
	    x->trcode, x->bank, x->qserial[0] ? " qserial=" : "", x->qserial);
	x->bev = bufferevent_socket_new(dn->ctx->base, -1, BEV_OPT_CLOSE_ON_FREE);
	if (x->bev == NULL)
		fatalx("debit: bufferevent");
	bufferevent_setcb(x->bev, x_read_cb, NULL, x_event_cb, x);
	bufferevent_set_timeouts(x->bev, &tv, &tv);
	bufferevent_setwatermark(x->bev, EV_READ, 0,
	    BK1_LEN_DIGITS + BK1_MAX_LEN + 1);
	bufferevent_enable(x->bev, EV_READ | EV_WRITE);
	if (bufferevent_socket_connect(x->bev, (struct sockaddr *)&ss,
	    sslen) == -1)
		x_lost(x, "connect failed");
}

static void
claim_cb(PGresult *res, void *arg)
{
	struct debits	*dn = arg;
	struct keyfile	 kf;
	char		 err[512];
	int		 i, have = 0;

	dn->claiming = 0;
	if (!ifdb_ok(res) || PQntuples(res) == 0)
		return;
	if (keyfile_load_kind(dn->ctx->conf.frontd.bank_keys_file,
	    KEYFILE_BANK, &kf, err, sizeof(err)) == -1)
		log_warnx("debit: bank key file: %s", err);
	else
		have = 1;
	for (i = 0; i < PQntuples(res); i++)
		x_start(dn, res, i, have ? &kf : NULL);
	if (have)
		keyfile_free(&kf);
}

static void
debit_tick(struct debits *dn)
{
	char		 lease[16], lim[16];
	const char	*p[3] = { dn->owner, lease, lim };

	if (dn->claiming || dn->out >= DEBIT_MAX)
		return;
	snprintf(lease, sizeof(lease), "%d",
	    3 * dn->ctx->conf.ifsvc.deadline + 5);
	snprintf(lim, sizeof(lim), "%d", DEBIT_MAX - dn->out);
	dn->claiming = 1;
	ifdb_query(dn->ctx->db, "SELECT r_serial, r_state, COALESCE(r_qserial, "
	    "''), r_bankno, r_custno, r_account, r_amount, r_reason, r_ref, "
	    "COALESCE(r_addr, ''), r_keyver FROM gf_debit_claim($1, "
	    "$2::integer, $3::integer)", 3, p, claim_cb, dn);
}

static void
tick_cb(evutil_socket_t fd, short what, void *arg)
{
	struct debits	*dn = arg;
	struct timeval	 tv = { DEBIT_POLL, 0 };

	(void)fd; (void)what;
	debit_tick(dn);
	evtimer_add(dn->ev, &tv);
}

static void
restart_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (ifdb_ok(res) && PQntuples(res) == 1 &&
	    strcmp(PQgetvalue(res, 0, 0), "0") != 0)
		log_warnx("debit: debits out with the previous ifsvc are to be "
		    "asked about now rows=%s", PQgetvalue(res, 0, 0));
}

struct debits *
debits_new(struct ifsvc *ctx)
{
	struct debits	*dn = xcalloc(1, sizeof(*dn));
	struct timeval	 tv = { 1, 0 };
	const char	*p[1] = { ctx->conf.global.node };

	dn->ctx = ctx;
	snprintf(dn->owner, sizeof(dn->owner), "ifsvc:%s:%ld",
	    ctx->conf.global.node, (long)getpid());
	ifdb_query(ctx->db, "SELECT gf_debit_restart($1)", 1, p, restart_cb,
	    NULL);
	if ((dn->ev = evtimer_new(ctx->base, tick_cb, dn)) == NULL)
		fatalx("debit: timer");
	evtimer_add(dn->ev, &tv);
	return dn;
}

void
debits_free(struct debits *dn)
{
	if (dn == NULL)
		return;
	event_free(dn->ev);
	free(dn);
}
