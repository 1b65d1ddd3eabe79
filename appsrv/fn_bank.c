/*
 * fn_bank.c - a bank's requests (BK1 §3, docs/BK1.md "Bank business"),
 * forwarded by frontd once the frame passed the link's checks
 * (IPC_BK_REQUEST) and answered with a BK/1 code and fields
 * (IPC_BK_ANSWER).
 *
 *   1001 sign in        the station's business date (gf_bank_settledate)
 *   2001 arrears query  window (2005), then MI/1 1001
 *   2002 payment        claim (bank, serial) and record PENDING
 *                       (gf_bank_claim: window 2005, repeat, 1004), MI/1
 *                       1002 paymode 4, record outcome + answer
 *                       (gf_bank_finish)
 *   2003 reversal       claim (the rules: same bank, branch, settle date,
 *                       SUCCESS, not reversed, before the bank's 9101), MI/1
 *                       1003, record
 *   2006 status query   gf_bank_status
 *   9101 day-end        gf_bank_dayend (MATCH/MISMATCH, closes the day)
 *
 * The money flow is the terminals' (fn_collect.c, docs/MONEY.md) on the
 * same state machine: a lost MI/1 outcome leaves the row UNKNOWN for
 * ifsvc's settler, the bank is told 9002 (payment: rolled back) or 9003
 * (reversal: rolled forward), and a repeat or a 2006 then gives the final
 * outcome.  The MI/1 codes map to BK/1 codes in common/money.c.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#include "appsrv.h"
#include "bk1.h"
#include "ipc.h"
#include "log.h"
#include "money.h"

struct bk {
	struct appsrv	*as;
	struct ipc_peer	*peer;
	uint64_t	 reqid;
	int64_t		 t0;		/* mono_ms at arrival */
	char		 bankno[5];
	char		 trcode[5];
	char		 serial[BK1_SERIAL_LEN + 1];
	char		 txdate[9];
	char		*body;		/* the request's fields */
	/* fields */
	char		 custno[33];
	char		 amount_s[24];
	int64_t		 amount;
	char		 medium[2];
	char		 branch[33];
	char		 teller[33];
	char		 origserial[BK1_SERIAL_LEN + 1];
	char		 request[160];
	/* the claim */
	char		 stserial[48];
	char		 stdate[9];	/* its settle date, YYYYMMDD */
	const char	*outcome;
	char		 rspcode[8];
	char		 mkserial[64];
	char		 custname[128];
	char		 code[5];	/* the answer */
	struct gbuf	 ans;		/* its fields, "a=b|c=d" */
	/* the database out of reach while the outcome is recorded */
	struct event	*wait_ev;
	int64_t		 wait_until;	/* mono ms; 0: not waiting yet */
};

static void
bk_free(struct bk *q)
{
	if (q->wait_ev != NULL)
		event_free(q->wait_ev);
	ipc_peer_unref(q->peer);
	gbuf_free(&q->ans);
	free(q->body);
	free(q);
}

/* Answer code with q->ans as the fields, then free the request. */
static void
bk_send(struct bk *q, const char *code)
{
	struct gbuf	b;

	gbuf_init(&b);
	ipc_put_str(&b, code);
	gbuf_add_u8(&q->ans, 0);
	ipc_put_str(&b, (const char *)q->ans.data);
	ipc_peer_send(q->peer, IPC_BK_ANSWER, q->reqid, &b);
	gbuf_free(&b);
	log_info("bank=%s trcode=%s serial=%s rspcode=%s ms=%lld", q->bankno,
	    q->trcode, q->serial, code, (long long)(mono_ms() - q->t0));
	bk_free(q);
}

static void
bk_fail(struct bk *q, const char *code)
{
	gbuf_reset(&q->ans);
	bk_send(q, code);
}

/* A field of the answer; a value BK/1 cannot carry has its forbidden
 * characters made spaces (names and addresses from the marketing system). */
static void
put(struct bk *q, const char *name, const char *value)
{
	size_t	i, n = strlen(value);
	char	*v = xstrdup(value);

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)v[i];
		if (c < 0x20 || c == 0x7f || c == '|' || c == '=')
			v[i] = ' ';
	}
	if (q->ans.len > 0)
		gbuf_add_u8(&q->ans, '|');
	gbuf_add(&q->ans, name, strlen(name));
	gbuf_add_u8(&q->ans, '=');
	gbuf_add(&q->ans, v, n);
	free(v);
}

static void
putf(struct bk *q, const char *name, long long v)
{
	char	b[32];

	snprintf(b, sizeof(b), "%lld", v);
	put(q, name, b);
}

/* ---- the request's fields ---- */

/* A field's value (frontd checked the body's syntax): 0, or -1 absent or
 * longer than cap - 1. */
static int
field(const char *body, const char *name, char *out, size_t cap)
{
	size_t		 nl = strlen(name), vl;
	const char	*p = body, *end, *eq;

	while (*p != '\0') {
		end = strchr(p, '|');
		if (end == NULL)
			end = p + strlen(p);
		eq = memchr(p, '=', (size_t)(end - p));
		if (eq != NULL && (size_t)(eq - p) == nl &&
		    memcmp(p, name, nl) == 0) {
			vl = (size_t)(end - eq - 1);
			if (vl >= cap)
				return -1;
			memcpy(out, eq + 1, vl);
			out[vl] = '\0';
			return 0;
		}
		p = *end ? end + 1 : end;
	}
	return -1;
}

static int
all(const char *s, size_t min, size_t max, int (*ok)(int))
{
	size_t	i, n = strlen(s);

	if (n < min || n > max)
		return 0;
	for (i = 0; i < n; i++)
		if (!ok((unsigned char)s[i]))
			return 0;
	return 1;
}

static int
is_text(int c)
{
	return c >= 0x20;
}

/* Required fields present and well-formed (BK1 §2, last check): 0, or -1
 * (8002). */
static int
bk_fields(struct bk *q)
{
	char	 n[32];

	if (strcmp(q->trcode, "1001") == 0)
		return field(q->body, "branch", q->branch, sizeof(q->branch)) ==
		    0 && all(q->branch, 1, 32, is_text) ? 0 : -1;
	if (strcmp(q->trcode, "2001") == 0)
		return field(q->body, "custno", q->custno, sizeof(q->custno)) ==
		    0 && all(q->custno, 1, 32, isalnum) ? 0 : -1;
	if (strcmp(q->trcode, "2002") == 0) {
		if (field(q->body, "custno", q->custno, sizeof(q->custno)) ||
		    !all(q->custno, 1, 32, isalnum) ||
		    field(q->body, "amount", q->amount_s,
		    sizeof(q->amount_s)) || !all(q->amount_s, 1, 15, isdigit) ||
		    field(q->body, "channel", q->medium, sizeof(q->medium)) ||
		    strchr("CAEM", q->medium[0]) == NULL || !q->medium[0] ||
		    field(q->body, "branch", q->branch, sizeof(q->branch)) ||
		    !all(q->branch, 1, 32, is_text) ||
		    field(q->body, "teller", q->teller, sizeof(q->teller)) ||
		    !all(q->teller, 1, 32, is_text))
			return -1;
		q->amount = strtoll(q->amount_s, NULL, 10);
		snprintf(q->amount_s, sizeof(q->amount_s), "%lld",
		    (long long)q->amount);
		snprintf(q->request, sizeof(q->request), "%s|%s|%s|%s|%s",
		    q->custno, q->amount_s, q->medium, q->branch, q->teller);
		return 0;
	}
	if (strcmp(q->trcode, "2003") == 0) {
		if (field(q->body, "origserial", q->origserial,
		    sizeof(q->origserial)) || !all(q->origserial, 1, 20,
		    isalnum) ||
		    field(q->body, "branch", q->branch, sizeof(q->branch)) ||
		    !all(q->branch, 1, 32, is_text) ||
		    field(q->body, "teller", q->teller, sizeof(q->teller)) ||
		    !all(q->teller, 1, 32, is_text))
			return -1;
		snprintf(q->request, sizeof(q->request), "%s|%s|%s",
		    q->origserial, q->branch, q->teller);
		return 0;
	}
	if (strcmp(q->trcode, "2006") == 0)
		return field(q->body, "origserial", q->origserial,
		    sizeof(q->origserial)) == 0 && all(q->origserial, 1, 20,
		    isalnum) ? 0 : -1;
	if (strcmp(q->trcode, "9101") == 0) {
		if (field(q->body, "txdate", q->txdate, sizeof(q->txdate)) ||
		    !all(q->txdate, 8, 8, isdigit) ||
		    field(q->body, "count", n, sizeof(n)) ||
		    !all(n, 1, 9, isdigit))
			return -1;
		snprintf(q->custno, sizeof(q->custno), "%s", n);   /* count */
		if (field(q->body, "total", q->amount_s, sizeof(q->amount_s)) ||
		    !all(q->amount_s, 1, 15, isdigit))
			return -1;
		return 0;
	}
	return -1;
}

/* ---- 1001 sign in ---- */

static void
date_cb(PGresult *res, void *arg)
{
	struct bk	*q = arg;

	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		bk_fail(q, BK1_SYSTEM_ERROR);
		return;
	}
	put(q, "settledate", PQgetvalue(res, 0, 0));
	bk_send(q, BK1_OK);
}

/* ---- 2001 arrears query ---- */

static void
arrears_cb(int outcome, const char *rspcode, const char *rspmsg, json_t *body,
    void *arg)
{
	struct bk	*q = arg;
	struct gbuf	 bills;
	json_t		*it;
	size_t		 i;
	int64_t		 v, p, l;
	const char	*s, *m;
	char		 one[96];

	(void)rspmsg;
	if (outcome == IPC_MI_UNAVAILABLE) {
		bk_fail(q, BK1_HOST_UNAVAILABLE);
		return;
	}
	if (outcome != IPC_MI_ANSWERED) {
		bk_fail(q, BK1_SYSTEM_ERROR);
		return;
	}
	if (strcmp(money_bk1_code(rspcode), BK1_OK) != 0 || body == NULL) {
		bk_fail(q, money_bk1_code(rspcode));
		return;
	}
	put(q, "name", (s = mi1_get_str(body, "custname")) ? s : "");
	put(q, "addr", (s = mi1_get_str(body, "addr")) ? s : "");
	putf(q, "totaldue", mi1_get_i64(body, "totaldue", &v) == 0 ? v : 0);
	gbuf_init(&bills);
	json_array_foreach(json_object_get(body, "bills"), i, it) {
		m = mi1_get_str(it, "month");
		if (m == NULL || mi1_get_i64(it, "principal", &p) == -1)
			continue;
		if (mi1_get_i64(it, "latefee", &l) == -1)
			l = 0;
		snprintf(one, sizeof(one), "%s%s:%lld:%lld", bills.len ? ";" :
		    "", m, (long long)p, (long long)l);
		gbuf_add(&bills, one, strlen(one));
	}
	gbuf_add_u8(&bills, 0);
	put(q, "bills", (const char *)bills.data);
	gbuf_free(&bills);
	bk_send(q, BK1_OK);
}

static void
window_cb(PGresult *res, void *arg)
{
	struct bk	*q = arg;

	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		bk_fail(q, BK1_SYSTEM_ERROR);
		return;
	}
	if (PQgetvalue(res, 0, 0)[0] != 't') {
		bk_fail(q, BK1_OUT_OF_WINDOW);
		return;
	}
	ifsvc_link_call(q->as, 1001, NULL, 0, json_pack("{s:s}", "custno",
	    q->custno), arrears_cb, q);
}

/* ---- 2002 / 2003: the money flow ---- */

static int
is_reversal(const struct bk *q)
{
	return strcmp(q->trcode, "2003") == 0;
}

/*
 * The answer of a request whose claim was found again (a repeat) or whose
 * record found another state than its outcome (the settler decided
 * first): the stored answer as it stands while it still describes the
 * row, else what the row's state says.
 */
static void
answer_state(struct bk *q, const char *state, const char *acode,
    const char *abody, const char *astate, const char *receipt,
    const char *rspcode)
{
	gbuf_reset(&q->ans);
	if (acode != NULL && (!is_reversal(q) || (astate != NULL &&
	    strcmp(astate, state) == 0))) {
		/* A payment's answer stands (0000 also once reversed, 9002
		 * also once settled); a reversal's while its state holds. */
		if (abody != NULL)
			gbuf_add(&q->ans, abody, strlen(abody));
		bk_send(q, acode);
		return;
	}
	if (strcmp(state, "PENDING") == 0) {
		bk_fail(q, BK1_IN_DOUBT);	/* still in flight: ask again */
		return;
	}
	if (!is_reversal(q)) {
		if (strcmp(state, "SUCCESS") == 0 && receipt != NULL) {
			put(q, "receipt", receipt);
			bk_send(q, BK1_OK);
			return;
		}
		/* UNKNOWN (being rolled back), or settled: nothing done. */
		bk_fail(q, money_bk1_unknown_code(0));
		return;
	}
	if (strcmp(state, "SUCCESS") == 0) {
		put(q, "receipt", receipt != NULL ? receipt : "");
		bk_send(q, BK1_OK);
	} else if (strcmp(state, "FAILED") == 0)
		bk_fail(q, rspcode != NULL && strcmp(money_bk1_code(rspcode),
		    BK1_OK) != 0 ? money_bk1_code(rspcode) : BK1_NO_REVERSAL);
	else
		bk_fail(q, money_bk1_unknown_code(1));
}

static void	record(struct bk *);

static void
record_due(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	record(arg);
}

/* The database was out of reach (common/money.h, MONEY_RECORD_WAIT_MS):
 * 0 if the outcome is recorded again later, -1 if the time is over.
 * gf_bank_finish is the same call again when the first one committed. */
static int
record_later(struct bk *q)
{
	if (q->wait_until == 0)
		log_warnx("bank=%s serial=%s stserial=%s outcome=%s "
		    "record=waiting reason=\"database out of reach\"",
		    q->bankno, q->serial, q->stserial, q->outcome);
	return db_wait_retry(q->as, &q->wait_ev, &q->wait_until, record_due,
	    q);
}

static void
finished_cb(PGresult *res, void *arg)
{
	struct bk	*q = arg;
	const char	*state;

	if (res == NULL && record_later(q) == 0)
		return;
	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		/* Recorded or not, we cannot tell: the row is PENDING or
		 * has its outcome; the settler adopts a PENDING one.  The
		 * bank asks again (a repeat or 2006 gives the outcome). */
		log_warnx("bank=%s serial=%s stserial=%s finish=\"%s\"",
		    q->bankno, q->serial, q->stserial, res ?
		    PQresultErrorMessage(res) : "connection lost");
		bk_fail(q, BK1_IN_DOUBT);
		return;
	}
	state = PQgetvalue(res, 0, 0);
	if (strcmp(state, strcmp(q->outcome, "LOST") == 0 ? "UNKNOWN" :
	    q->outcome) == 0) {
		bk_send(q, q->code);
		return;
	}
	log_info("bank=%s serial=%s stserial=%s outcome=%s state=%s",
	    q->bankno, q->serial, q->stserial, q->outcome, state);
	answer_state(q, state, NULL, NULL, NULL, PQgetisnull(res, 0, 1) ?
	    NULL : PQgetvalue(res, 0, 1), q->rspcode);
}

static void
record(struct bk *q)
{
	const char	*vals[8];

	gbuf_add_u8(&q->ans, 0);
	vals[0] = q->serial;	/* first: the group key (sql.c) */
	vals[1] = q->bankno;
	vals[2] = q->outcome;
	vals[3] = q->rspcode[0] ? q->rspcode : NULL;
	vals[4] = q->mkserial[0] ? q->mkserial : NULL;
	vals[5] = q->custname;
	vals[6] = q->code;
	vals[7] = (const char *)q->ans.data;
	q->ans.len--;		/* the NUL stays out of the answer */
	/* A payment the marketing system answered: one statement on the
	 * settle date's partition (sql.c's bank_ok, bank_failed). */
	if (!is_reversal(q) && strcmp(q->outcome, "SUCCESS") == 0) {
		const char *dv[8] = { q->stserial, vals[3], vals[4], vals[5],
		    vals[6], vals[7], q->bankno, q->serial };

		db_query_dated(q->as, SQL_BANK_OK, q->stdate, 8, dv, NULL, NULL,
		    finished_cb, q);
		return;
	}
	if (!is_reversal(q) && strcmp(q->outcome, "FAILED") == 0) {
		const char *dv[6] = { q->stserial, vals[3], vals[6], vals[7],
		    q->bankno, q->serial };

		db_query_dated(q->as, SQL_BANK_FAILED, q->stdate, 6, dv, NULL,
		    NULL, finished_cb, q);
		return;
	}
	db_query(q->as, SQL_BANK_FINISH, 8, vals, NULL, NULL, finished_cb, q);
}

static void
money_done_cb(int outcome, const char *rspcode, const char *rspmsg,
    json_t *body, void *arg)
{
	struct bk	*q = arg;
	const char	*s;
	int64_t		 v;
	char		 receipt[64];

	(void)rspmsg;
	gbuf_reset(&q->ans);
	if (outcome == IPC_MI_ANSWERED)
		snprintf(q->rspcode, sizeof(q->rspcode), "%s", rspcode);
	if (outcome == IPC_MI_ANSWERED &&
	    money_answered(is_reversal(q) ? 1003 : 1002, rspcode) ==
	    MONEY_DONE) {
		q->outcome = "SUCCESS";
		snprintf(q->code, sizeof(q->code), "%s", BK1_OK);
		s = body ? mi1_get_str(body, "mkserial") : NULL;
		snprintf(q->mkserial, sizeof(q->mkserial), "%s", s ? s : "");
		snprintf(receipt, sizeof(receipt), "R%s", q->stserial);
		put(q, "receipt", receipt);
		if (!is_reversal(q)) {
			put(q, "mkserial", q->mkserial);
			putf(q, "balance", body && mi1_get_i64(body, "balance",
			    &v) == 0 ? v : 0);
			putf(q, "totaldue", body && mi1_get_i64(body,
			    "totaldue", &v) == 0 ? v : 0);
		}
	} else if (outcome == IPC_MI_ANSWERED) {
		q->outcome = "FAILED";
		snprintf(q->code, sizeof(q->code), "%s",
		    money_bk1_code(rspcode));
	} else if (outcome == IPC_MI_UNAVAILABLE) {
		q->outcome = "FAILED";	/* never sent: nothing done */
		snprintf(q->code, sizeof(q->code), "%s", BK1_HOST_UNAVAILABLE);
	} else {
		q->outcome = outcome == IPC_MI_UNKNOWN ? "UNKNOWN" : "LOST";
		snprintf(q->code, sizeof(q->code), "%s",
		    money_bk1_unknown_code(is_reversal(q)));
	}
	log_info("bank=%s serial=%s stserial=%s trcode=%s outcome=%s "
	    "rspcode=%s", q->bankno, q->serial, q->stserial, q->trcode,
	    q->outcome, q->rspcode[0] ? q->rspcode : "-");
	record(q);
}

static void
call_marketing(struct bk *q, const char *orig_stserial)
{
	json_t		*b;
	int64_t		 left;
	char		 termid[8];

	snprintf(termid, sizeof(termid), "BK%s", q->bankno);
	if (is_reversal(q))
		b = json_pack("{s:s, s:s, s:s}", "stserial", q->stserial,
		    "origstserial", orig_stserial ? orig_stserial : "",
		    "reason", "bank reversal");
	else
		b = json_pack("{s:s, s:s, s:I, s:i, s:s, s:s}", "stserial",
		    q->stserial, "custno", q->custno, "amount",
		    (json_int_t)q->amount, "paymode", 4, "termid", termid,
		    "operid", q->teller);
	/* Never sent once frontd has answered the bank for want of us. */
	left = q->as->conf.frontd.appsrv_timeout - (mono_ms() - q->t0);
	if (left <= 0) {
		json_decref(b);
		money_done_cb(IPC_MI_UNAVAILABLE, "", "request expired", NULL,
		    q);
		return;
	}
	ifsvc_link_call(q->as, is_reversal(q) ? 1003 : 1002, q->stserial,
	    now_us() / 1000 + left, b, money_done_cb, q);
}

static const char *
col(PGresult *res, int c)
{
	return PQgetisnull(res, 0, c) ? NULL : PQgetvalue(res, 0, c);
}

static void
claimed_cb(PGresult *res, void *arg)
{
	struct bk	*q = arg;
	const char	*kind;

	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		/* Claimed or not, we cannot tell: its repeat finds out.
		 * Nothing was sent to the marketing system. */
		log_warnx("bank=%s serial=%s claim=\"%s\"", q->bankno,
		    q->serial, res ? PQresultErrorMessage(res) :
		    "connection lost");
		bk_fail(q, res == NULL ? BK1_IN_DOUBT : BK1_SYSTEM_ERROR);
		return;
	}
	kind = PQgetvalue(res, 0, 0);
	if (strcmp(kind, "REUSED") == 0 || strcmp(kind, "REFUSED") == 0) {
		if (strcmp(kind, "REUSED") == 0)
			log_warnx("bank=%s serial=%s serial_reused=1",
			    q->bankno, q->serial);
		bk_fail(q, PQgetvalue(res, 0, 1));
		return;
	}
	if (strcmp(kind, "REPEAT") == 0) {
		answer_state(q, PQgetvalue(res, 0, 4), col(res, 5),
		    col(res, 6), col(res, 7), col(res, 8), col(res, 9));
		return;
	}
	if (strcmp(kind, "NEW") != 0)
		fatalx("bank claim: unexpected kind=%s", kind);
	snprintf(q->stserial, sizeof(q->stserial), "%s", PQgetvalue(res, 0, 2));
	snprintf(q->stdate, sizeof(q->stdate), "%s", PQgetvalue(res, 0, 3));
	call_marketing(q, col(res, 11));
}

static void
claim(struct bk *q)
{
	const char	*vals[11];
	char		 tr[8];
	int		 rev = is_reversal(q);

	snprintf(tr, sizeof(tr), "%s", q->trcode);
	vals[0] = q->serial;	/* first: the group key (sql.c) */
	vals[1] = q->bankno;
	vals[2] = q->as->conf.global.org;
	vals[3] = tr;
	vals[4] = q->request;
	vals[5] = rev ? NULL : q->custno;
	vals[6] = rev ? NULL : q->amount_s;
	vals[7] = q->branch;
	vals[8] = q->teller;
	vals[9] = rev ? NULL : q->medium;
	vals[10] = rev ? q->origserial : NULL;
	db_query(q->as, SQL_BANK_CLAIM, 11, vals, NULL, NULL, claimed_cb, q);
}

/* ---- 2006, 9101 ---- */

static void
status_cb(PGresult *res, void *arg)
{
	struct bk	*q = arg;

	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		bk_fail(q, BK1_SYSTEM_ERROR);
		return;
	}
	put(q, "status", PQgetvalue(res, 0, 0));
	put(q, "amount", PQgetvalue(res, 0, 1));
	bk_send(q, BK1_OK);
}

static void
dayend_cb(PGresult *res, void *arg)
{
	struct bk	*q = arg;

	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		log_warnx("bank=%s dayend=\"%s\"", q->bankno, res ?
		    PQresultErrorMessage(res) : "connection lost");
		bk_fail(q, res != NULL && PQresultErrorField(res,
		    PG_DIAG_SQLSTATE) != NULL && strncmp(PQresultErrorField(res,
		    PG_DIAG_SQLSTATE), "22", 2) == 0 ? BK1_FORMAT_ERROR :
		    BK1_SYSTEM_ERROR);
		return;
	}
	put(q, "result", PQgetvalue(res, 0, 0));
	put(q, "count", PQgetvalue(res, 0, 1));
	put(q, "total", PQgetvalue(res, 0, 2));
	log_info("bank=%s dayend=%s result=%s", q->bankno, q->txdate,
	    PQgetvalue(res, 0, 0));
	bk_send(q, BK1_OK);
}

void
fn_bank(struct appsrv *as, struct ipc_peer *peer, uint64_t reqid,
    struct ipc_msg *m)
{
	struct bk	*q;
	uint64_t	 conn;
	const char	*bankno, *ip, *trcode, *serial, *txdate, *branch, *body;
	const char	*vals[4];

	if (ipc_get_u64(m, &conn) == -1 || ipc_get_str(m, &bankno) == -1 ||
	    ipc_get_str(m, &ip) == -1 || ipc_get_str(m, &trcode) == -1 ||
	    ipc_get_str(m, &serial) == -1 || ipc_get_str(m, &txdate) == -1 ||
	    ipc_get_str(m, &branch) == -1 || ipc_get_str(m, &body) == -1 ||
	    ipc_get_end(m) == -1 || strlen(bankno) != 4 ||
	    strlen(trcode) != 4 || strlen(serial) > BK1_SERIAL_LEN ||
	    strlen(txdate) > 8) {
		log_warnx("ipc=bad_message peer=%s type=BK_REQUEST",
		    ipc_peer_name(peer));
		return;
	}
	q = xcalloc(1, sizeof(*q));
	q->as = as;
	q->peer = peer;
	ipc_peer_ref(peer);
	q->reqid = reqid;
	q->t0 = mono_ms();
	memcpy(q->bankno, bankno, 5);
	memcpy(q->trcode, trcode, 5);
	snprintf(q->serial, sizeof(q->serial), "%s", serial);
	q->body = xstrdup(body);
	gbuf_init(&q->ans);
	if (bk_fields(q) == -1) {
		bk_fail(q, BK1_FORMAT_ERROR);
		return;
	}
	if (strcmp(trcode, "1001") == 0) {
		db_query(as, SQL_BANK_DATE, 0, NULL, NULL, NULL, date_cb, q);
		return;
	}
	if (strcmp(trcode, "2001") == 0) {
		vals[0] = as->conf.global.org;
		db_query(as, SQL_BANK_WINDOW, 1, vals, NULL, NULL, window_cb,
		    q);
		return;
	}
	if (strcmp(trcode, "2002") == 0 || strcmp(trcode, "2003") == 0) {
		/* The serial is the key: it must be a serial (BK1 §2). */
		if (!all(q->serial, 1, BK1_SERIAL_LEN, isalnum)) {
			bk_fail(q, BK1_FORMAT_ERROR);
			return;
		}
		if (strcmp(trcode, "2002") == 0 && (q->amount <= 0 ||
		    q->amount > as->conf.appsrv.amount_limit)) {
			bk_fail(q, BK1_BAD_AMOUNT);
			return;
		}
		claim(q);
		return;
	}
	if (strcmp(trcode, "2006") == 0) {
		vals[0] = q->bankno;
		vals[1] = q->origserial;
		db_query(as, SQL_BANK_STATUS, 2, vals, NULL, NULL, status_cb, q);
		return;
	}
	if (strcmp(trcode, "9101") == 0) {
		vals[0] = q->bankno;
		vals[1] = q->txdate;
		vals[2] = q->custno;	/* the count */
		vals[3] = q->amount_s;	/* the total */
		db_query(as, SQL_BANK_DAYEND, 4, vals, NULL, NULL, dayend_cb, q);
		return;
	}
	bk_fail(q, BK1_FORMAT_ERROR);
}
