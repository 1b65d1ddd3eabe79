/*
 * fn_collect.c - the money-moving functions (PAYMENT, PREPAY,
 * CARD_RECHARGE, REVERSAL) and the local RECEIPT and STATS.
 *
 * The flow is DESIGN.md's: validate; claim (terminal, term_serial) and
 * record PENDING in one transaction (gf_tx_claim); call ifsvc; record the
 * outcome (gf_tx_finish); answer.  A repeat never reaches ifsvc: it gets
 * the stored answer with replayed = 1, or BUSY while the first attempt is
 * still in flight.  The reversal rules are checked inside gf_tx_claim,
 * before the marketing system is asked.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#include "appsrv.h"
#include "ipc.h"
#include "log.h"
#include "money.h"

struct money {
	struct money_req q;		/* the request (common/money.h) */
	uint16_t	 fail_status;	/* its own checks: 0 = passed */
	const char	*fail_msg;
	char		 amount_s[24], trcode_s[8], paymode_s[4];
	/* from the claim */
	char		 stserial[48];
	char		 tx_date[9];
	char		 orig_stserial[48];
	/* the outcome */
	const char	*outcome;	/* gf_tx_finish p_outcome */
	int		 rereads;	/* of a lost outcome record */
	uint16_t	 status;
	char		 rspcode[8];
	char		 mkt_serial[64];
	struct gbuf	 items;		/* settled bills, TLV records */
	/* the database out of reach while the outcome is recorded */
	struct event	*wait_ev;
	int64_t		 wait_until;	/* mono ms; 0: not waiting yet */
};

/* (the wait for the database: common/money.h, MONEY_RECORD_WAIT_MS) */

static void
money_free(void *p)
{
	struct money	*mo = p;

	if (mo->wait_ev != NULL)
		event_free(mo->wait_ev);
	gbuf_free(&mo->items);
	free(mo);
}

/* ---- answers ---- */

static void	record_outcome(struct req *);

/*
 * The answer for a stored state (common/money.h): the stored TP/1 answer
 * once final, else what the state says (BUSY, HOST_TIMEOUT, IN_DOUBT).  A
 * repeat's answer carries replayed = 1 (TP1 §4, MONEY.md), BUSY aside.
 */
static void
answer_stored(struct req *r, const char *state, int has_st, uint16_t tp_st,
    const char *resp_esc, int replayed)
{
	struct tp1_builder	 tb;
	unsigned char		*resp = NULL;
	size_t			 n = 0;
	uint16_t		 st;

	if (resp_esc != NULL && money_state_final(state))
		resp = PQunescapeBytea((const unsigned char *)resp_esc, &n);
	if (resp == NULL || n < 4) {
		if (resp != NULL)
			PQfreemem(resp);
		st = money_state_status(r->func, state, has_st, tp_st);
		if (!replayed || st == TP1_ST_BUSY) {
			req_fail(r, st, NULL);
			return;
		}
		gbuf_reset(&r->out);
		tp1_build_start(&tb, &r->out, r->func, st);
		tp1_put_u8(&tb, TP1_T_REPLAYED, 1);
		req_send(r);
		return;
	}
	gbuf_reset(&r->out);
	gbuf_add(&r->out, resp, n);
	PQfreemem(resp);
	put_be16(r->out.data, r->func);
	if (replayed) {
		gbuf_add_u8(&r->out, TP1_T_REPLAYED);
		gbuf_add_be16(&r->out, 1);
		gbuf_add_u8(&r->out, 1);
	}
	req_send(r);
}

static void	reread(struct req *);

static void
reread_due(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	reread(arg);
}

/* The database was out of reach: 0 if the state is read again later,
 * -1 if the time for that is over. */
static int
reread_later(struct req *r)
{
	struct money	*mo = r->fstate;

	if (mo->wait_until == 0)
		log_warnx("terminal=%s stserial=%s outcome=%s record=waiting "
		    "reason=\"database out of reach\"", r->terminal,
		    mo->stserial, mo->outcome);
	return db_wait_retry(r->as, &mo->wait_ev, &mo->wait_until,
	    reread_due, r);
}

/* The stored outcome, read back after the record's result was lost. */
static void
reread_cb(PGresult *res, void *arg)
{
	struct req	*r = arg;
	struct money	*mo = r->fstate;
	const char	*state;

	if (res == NULL && reread_later(r) == 0)
		return;
	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		/* Still cannot tell: the repeat gets the stored answer. */
		req_fail(r, TP1_ST_BUSY, "outcome being recorded");
		return;
	}
	state = PQgetvalue(res, 0, 0);
	if (strcmp(state, "PENDING") == 0 && mo->rereads < 3) {
		/* Not committed: record it again. */
		record_outcome(r);
		return;
	}
	if (strcmp(state, mo->outcome) == 0) {
		req_send(r);		/* committed: the answer built */
		return;
	}
	answer_stored(r, state, !PQgetisnull(res, 0, 1),
	    (uint16_t)strtoul(PQgetvalue(res, 0, 1), NULL, 10),
	    PQgetisnull(res, 0, 2) ? NULL : PQgetvalue(res, 0, 2), 0);
}

static void
reread(struct req *r)
{
	struct money	*mo = r->fstate;
	const char	*vals[2] = { mo->stserial, mo->tx_date };

	db_query(r->as, SQL_TX_STATE, 2, vals, NULL, NULL, reread_cb, r);
}

static void
finished_cb(PGresult *res, void *arg)
{
	struct req	*r = arg;
	struct money	*mo = r->fstate;
	const char	*state;
	uint16_t	 st;

	if (res == NULL) {
		/*
		 * The connection died with the record in flight: committed
		 * or not, we cannot tell.  Read the state back (MONEY.md
		 * transition 6) before answering anything.
		 */
		log_warnx("terminal=%s stserial=%s finish=lost reread=1",
		    r->terminal, mo->stserial);
		mo->rereads++;
		reread(r);
		return;
	}
	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		/* Not recorded: the row stays PENDING and ifsvc's settler
		 * adopts it and undoes (payment) or completes (reversal)
		 * whatever the marketing system did. */
		log_warnx("terminal=%s stserial=%s finish=\"%s\"", r->terminal,
		    mo->stserial, PQresultErrorMessage(res));
		req_fail(r, money_unknown_status(r->func), NULL);
		return;
	}
	state = PQgetvalue(res, 0, 0);
	if (strcmp(state, mo->outcome) != 0 &&
	    !(strcmp(mo->outcome, "LOST") == 0 &&
	    strcmp(state, "UNKNOWN") == 0)) {
		/* The settler decided first: one answer per term_serial,
		 * the one its stored state gives. */
		log_info("terminal=%s stserial=%s outcome=%s state=%s",
		    r->terminal, mo->stserial, mo->outcome, state);
		st = money_state_status(r->func, state, 0, 0);
		/* (a reversal the settler completed: its repeat gets the
		 * stored receipt) */
		req_fail(r, st == TP1_ST_OK ? money_unknown_status(r->func) :
		    st, NULL);
		return;
	}
	req_send(r);
}

/* Columns of gf_tx_finish's parameters that sql.c's tx_ok and tx_failed
 * take, in their order. */
static const int tx_ok_cols[] = { 0, 3, 4, 5, 6, 7, 8 };
static const int tx_failed_cols[] = { 0, 3, 4, 6 };

static void
record_outcome(struct req *r)
{
	struct money	*mo = r->fstate;
	char		 st[16];
	const char	*vals[9], *dv[9];
	int		 lens[9] = { 0 }, fmts[9] = { 0 }, dl[9], df[9];
	const int	*cols = NULL;
	int		 i, n = 0, stmt = 0;

	snprintf(st, sizeof(st), "%u", mo->status);
	vals[0] = mo->stserial;
	vals[1] = mo->tx_date;
	vals[2] = mo->outcome;
	vals[3] = st;
	vals[4] = mo->rspcode[0] ? mo->rspcode : NULL;
	vals[5] = mo->mkt_serial[0] ? mo->mkt_serial : NULL;
	vals[6] = (const char *)r->out.data;
	lens[6] = (int)r->out.len;
	fmts[6] = 1;
	vals[7] = "";
	vals[8] = mo->items.len > 4 ? (const char *)mo->items.data + 4 : NULL;
	lens[8] = mo->items.len > 4 ? (int)mo->items.len - 4 : 0;
	fmts[8] = 1;
	/* What the marketing system answered, for all but a reversal: one
	 * statement on the settle date's partition (sql.c). */
	if (r->func != TP1_FN_REVERSAL && strcmp(mo->outcome, "SUCCESS") == 0) {
		stmt = SQL_TX_OK;
		cols = tx_ok_cols;
		n = (int)(sizeof(tx_ok_cols) / sizeof(tx_ok_cols[0]));
	} else if (r->func != TP1_FN_REVERSAL &&
	    strcmp(mo->outcome, "FAILED") == 0) {
		stmt = SQL_TX_FAILED;
		cols = tx_failed_cols;
		n = (int)(sizeof(tx_failed_cols) / sizeof(tx_failed_cols[0]));
	}
	if (cols == NULL) {
		db_query(r->as, SQL_TX_FINISH, 9, vals, lens, fmts,
		    finished_cb, r);
		return;
	}
	for (i = 0; i < n; i++) {
		dv[i] = vals[cols[i]];
		dl[i] = lens[cols[i]];
		df[i] = fmts[cols[i]];
	}
	db_query_dated(r->as, stmt, mo->tx_date, n, dv, dl, df, finished_cb,
	    r);
}

static void
build_ok(struct req *r, json_t *body)
{
	struct money	*mo = r->fstate;
	const char	*s = mi1_get_str(body, "mkserial");

	snprintf(mo->mkt_serial, sizeof(mo->mkt_serial), "%s", s ? s : "");
	money_ok_answer(&r->out, &mo->q, mo->stserial, body, &mo->items);
}

static void
mi_done_cb(int outcome, const char *rspcode, const char *rspmsg,
    json_t *body, void *arg)
{
	struct req		*r = arg;
	struct money		*mo = r->fstate;
	struct tp1_builder	 tb;

	mo->status = outcome == IPC_MI_ANSWERED || outcome ==
	    IPC_MI_UNAVAILABLE ? mi_outcome_status(outcome, rspcode) :
	    money_unknown_status(r->func);
	if (outcome == IPC_MI_ANSWERED)
		snprintf(mo->rspcode, sizeof(mo->rspcode), "%s", rspcode);
	if (mo->status == TP1_ST_OK) {
		mo->outcome = "SUCCESS";
		build_ok(r, body);
	} else {
		if (outcome == IPC_MI_ANSWERED || outcome == IPC_MI_UNAVAILABLE)
			mo->outcome = "FAILED";
		else if (outcome == IPC_MI_UNKNOWN)
			mo->outcome = "UNKNOWN";
		else
			mo->outcome = "LOST";
		gbuf_reset(&r->out);
		tp1_build_start(&tb, &r->out, r->func, mo->status);
		if (mo->status == TP1_ST_HOST_DECLINED && rspmsg[0] != '\0')
			tp1_put_str(&tb, TP1_T_MESSAGE, rspmsg);
	}
	log_info("terminal=%s term_serial=%s stserial=%s func=%s outcome=%s "
	    "rspcode=%s", r->terminal, mo->q.term_serial, mo->stserial,
	    mo->q.fname, mo->outcome, mo->rspcode[0] ? mo->rspcode : "-");
	record_outcome(r);
}

static void
call_marketing(struct req *r)
{
	struct money	*mo = r->fstate;
	json_t		*b;
	int64_t		 left;

	b = money_mi_body(&mo->q, mo->stserial, mo->orig_stserial,
	    r->terminal, r->operator_id);
	/* MONEY.md transition 1: never sent once frontd has answered the
	 * terminal (BUSY) for want of us. */
	left = r->as->conf.frontd.appsrv_timeout - (mono_ms() - r->t0);
	if (left <= 0) {
		json_decref(b);
		log_warnx("terminal=%s stserial=%s expired=1 late_ms=%lld",
		    r->terminal, mo->stserial, (long long)-left);
		mi_done_cb(IPC_MI_UNAVAILABLE, "", "request expired", NULL, r);
		return;
	}
	ifsvc_link_call(r->as, mo->q.trcode, mo->stserial,
	    now_us() / 1000 + left, b, mi_done_cb, r);
}

/*
 * The result of a claim, decoded by column name: gf_tx_claim (sql.c's
 * tx_claim), gf_money_begin and its batch form name their columns alike.
 */
struct claim_row {
	const char	*kind;		/* NULL: not claimed (batch) */
	const char	*stserial;
	const char	*tx_date;
	const char	*state;
	int		 has_tp_status;
	uint16_t	 tp_status;
	const char	*response;	/* escaped bytea, NULL none */
	const char	*orig_stserial;
};

static const char *
col_str(PGresult *res, const char *name)
{
	int	c = PQfnumber(res, name);

	if (c < 0)
		fatalx("claim result without column %s", name);
	return PQgetisnull(res, 0, c) ? NULL : PQgetvalue(res, 0, c);
}

static void
claim_decode(PGresult *res, struct claim_row *cr)
{
	const char	*tp;

	cr->kind = col_str(res, "r_kind");
	cr->stserial = col_str(res, "r_stserial");
	cr->tx_date = col_str(res, "r_tx_date");
	cr->state = col_str(res, "r_state");
	tp = col_str(res, "r_tp_status");
	cr->has_tp_status = tp != NULL;
	cr->tp_status = tp != NULL ? (uint16_t)strtoul(tp, NULL, 10) : 0;
	cr->response = col_str(res, "r_response");
	cr->orig_stserial = col_str(res, "r_orig_stserial");
}

void
fn_money_claimed(struct req *r, PGresult *res)
{
	struct money	*mo = r->fstate;
	struct claim_row cr;

	claim_decode(res, &cr);
	if (cr.kind == NULL) {
		if (r->combined) {
			/* Not claimed with the seq check (a repeat, a
			 * reversal, in a batch): claimed alone, now. */
			r->combined = 0;
			fn_money(r);
			return;
		}
		req_fail(r, TP1_ST_INTERNAL, NULL);
		return;
	}
	if (strcmp(cr.kind, "NOT_FOUND") == 0) {
		req_fail(r, TP1_ST_ORIGINAL_NOT_FOUND, NULL);
		return;
	}
	if (strcmp(cr.kind, "NOT_ALLOWED") == 0) {
		req_fail(r, TP1_ST_REVERSAL_NOT_ALLOWED, NULL);
		return;
	}
	if (strcmp(cr.kind, "REPEAT") == 0) {
		/* The stored answer, replayed; never a second call. */
		answer_stored(r, cr.state, cr.has_tp_status, cr.tp_status,
		    cr.response, 1);
		return;
	}
	if (strcmp(cr.kind, "REUSED") == 0) {
		log_warnx("terminal=%s term_serial=%s func=%s serial_reused=1",
		    r->terminal, mo->q.term_serial, mo->q.fname);
		req_fail(r, TP1_ST_SERIAL_REUSED, NULL);
		return;
	}
	if (strcmp(cr.kind, "NEW") != 0 || cr.stserial == NULL ||
	    cr.tx_date == NULL)
		fatalx("claim: unexpected kind=%s", cr.kind);
	snprintf(mo->stserial, sizeof(mo->stserial), "%s", cr.stserial);
	snprintf(mo->tx_date, sizeof(mo->tx_date), "%s", cr.tx_date);
	snprintf(mo->orig_stserial, sizeof(mo->orig_stserial), "%s",
	    cr.orig_stserial != NULL ? cr.orig_stserial : "");
	call_marketing(r);
}

static void
claimed_cb(PGresult *res, void *arg)
{
	struct req	*r = arg;
	struct money	*mo = r->fstate;

	if (res == NULL) {
		/* Committed or not, we cannot tell: a retry of the same
		 * term_serial finds out. */
		req_fail(r, TP1_ST_BUSY, "database unavailable");
		return;
	}
	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		log_warnx("terminal=%s term_serial=%s claim=\"%s\"", r->terminal,
		    mo->q.term_serial, PQresultErrorMessage(res));
		req_fail(r, TP1_ST_INTERNAL, NULL);
		return;
	}
	fn_money_claimed(r, res);
}

int
fn_money_prepare(struct req *r)
{
	struct money	*mo;

	mo = xcalloc(1, sizeof(*mo));
	gbuf_init(&mo->items);
	r->fstate = mo;
	r->ffree = money_free;
	if (money_req_parse(&r->pl, r->func, r->as->conf.appsrv.amount_limit,
	    &mo->q, &mo->fail_status, &mo->fail_msg) == -1)
		return -1;
	snprintf(mo->amount_s, sizeof(mo->amount_s), "%lld",
	    (long long)mo->q.amount);
	snprintf(mo->trcode_s, sizeof(mo->trcode_s), "%u", mo->q.trcode);
	snprintf(mo->paymode_s, sizeof(mo->paymode_s), "%u", mo->q.pay_mode);
	return 0;
}

/* gf_tx_claim's parameters after terminal: term_serial, org, [operator,]
 * customer, func, trcode, amount, pay_mode, meter, orig_term_serial. */
static int
claim_params(struct req *r, const char **vals, int with_operator)
{
	struct money	*mo = r->fstate;
	int		 i = 0;

	vals[i++] = mo->q.term_serial;
	vals[i++] = r->as->conf.global.org;
	if (with_operator)
		vals[i++] = r->operator_id;
	vals[i++] = r->func == TP1_FN_REVERSAL ? NULL : mo->q.customer;
	vals[i++] = mo->q.fname;
	vals[i++] = mo->trcode_s;
	vals[i++] = r->func == TP1_FN_REVERSAL ? NULL : mo->amount_s;
	vals[i++] = r->func == TP1_FN_PAYMENT ? mo->paymode_s : NULL;
	vals[i++] = r->func == TP1_FN_CARD_RECHARGE ? mo->q.meter : NULL;
	vals[i++] = r->func == TP1_FN_REVERSAL ? mo->q.orig_ts : NULL;
	return i;
}

void
fn_money_begin(struct req *r, const char *seq, const char *tokhash)
{
	const char	*vals[13];

	r->combined = 1;
	vals[0] = r->terminal;
	vals[1] = seq;
	vals[2] = tokhash;
	/* Those who may move money: collectors and supervisors (seq.c). */
	vals[3] = "{collector,supervisor}";
	claim_params(r, vals + 4, 0);
	db_query(r->as, SQL_MONEY_BEGIN, 13, vals, NULL, NULL, seq_begin_cb, r);
}

void
fn_money(struct req *r)
{
	struct money	*mo = r->fstate;
	const char	*vals[11];

	if (mo == NULL) {
		fn_money_prepare(r);
		mo = r->fstate;
	}
	if (mo->fail_status != 0) {
		req_fail(r, mo->fail_status, mo->fail_msg);
		return;
	}
	vals[0] = r->terminal;
	claim_params(r, vals + 1, 1);
	db_query(r->as, SQL_TX_CLAIM, 11, vals, NULL, NULL, claimed_cb, r);
}

/* ---- RECEIPT and STATS: from local records ---- */

static int
sql_bad_input(PGresult *res)
{
	const char	*state;

	if (res == NULL)
		return 0;
	state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	return state != NULL && strncmp(state, "22", 2) == 0;
}

/* A reprint waiting for the customer's name (the row is copied here). */
struct reprint {
	char		 receipt[64];
	char		 custno[64];
	char		 when[16];
	char		 opname[128];
	int64_t		 amount;
	unsigned char	*items;
	size_t		 nitems;
};

static void
reprint_free(void *arg)
{
	struct reprint	*rp = arg;

	if (rp->items != NULL)
		PQfreemem(rp->items);
	free(rp);
}

static void
reprint_send(struct req *r, const char *name)
{
	struct reprint		*rp = r->fstate;
	struct tp1_builder	 tb;

	req_ok_start(r, &tb);
	tp1_put_str(&tb, TP1_T_RECEIPT_NO, rp->receipt);
	tp1_put_str(&tb, TP1_T_CUSTOMER_NO, rp->custno);
	tp1_put_str(&tb, TP1_T_CUSTOMER_NAME, name);
	tp1_put_i64(&tb, TP1_T_AMOUNT, rp->amount);
	tp1_put_str(&tb, TP1_T_SERVER_TIME, rp->when);
	tp1_put_str(&tb, TP1_T_OPERATOR_NAME, rp->opname);
	if (rp->items != NULL)
		gbuf_add(&r->out, rp->items, rp->nitems);
	req_send(r);
}

/* The name from the marketing system's arrears query (1001); a reprint
 * without it is still a reprint. */
static void
reprint_name_cb(int outcome, const char *rspcode, const char *rspmsg,
    json_t *body, void *arg)
{
	struct req	*r = arg;
	const char	*name = NULL;

	(void)rspmsg;
	if (mi_outcome_status(outcome, rspcode) == TP1_ST_OK && body != NULL)
		name = mi1_get_str(body, "custname");
	if (name == NULL || !tp1_text_valid((const uint8_t *)name,
	    strlen(name)))
		name = "";
	reprint_send(r, name);
}

static void
receipt_cb(PGresult *res, void *arg)
{
	struct req		*r = arg;
	struct reprint		*rp;

	if (res == NULL) {
		req_fail(r, TP1_ST_BUSY, "database unavailable");
		return;
	}
	if (!db_ok(res, PGRES_TUPLES_OK)) {
		req_fail(r, TP1_ST_INTERNAL, NULL);
		return;
	}
	/* Another terminal's receipt (another org's, for a supervisor) is
	 * answered as one that does not exist. */
	if (PQntuples(res) != 1) {
		req_fail(r, TP1_ST_ORIGINAL_NOT_FOUND, "no such receipt");
		return;
	}
	rp = xcalloc(1, sizeof(*rp));
	r->fstate = rp;
	r->ffree = reprint_free;
	snprintf(rp->receipt, sizeof(rp->receipt), "%s", PQgetvalue(res, 0, 0));
	snprintf(rp->custno, sizeof(rp->custno), "%s", PQgetvalue(res, 0, 1));
	rp->amount = strtoll(PQgetvalue(res, 0, 3), NULL, 10);
	snprintf(rp->when, sizeof(rp->when), "%s", PQgetvalue(res, 0, 4));
	snprintf(rp->opname, sizeof(rp->opname), "%s", PQgetvalue(res, 0, 5));
	if (!PQgetisnull(res, 0, 6))
		rp->items = PQunescapeBytea(
		    (const unsigned char *)PQgetvalue(res, 0, 6), &rp->nitems);
	if (PQgetvalue(res, 0, 2)[0] != '\0') {
		reprint_send(r, PQgetvalue(res, 0, 2));
		return;
	}
	/* The payment's answer carries no name: ask for it. */
	ifsvc_link_call(r->as, 1001, NULL, 0,
	    json_pack("{s:s}", "custno", rp->custno), reprint_name_cb, r);
}

void
fn_receipt(struct req *r)
{
	char		 receipt[64];
	const char	*vals[3];

	if (req_str(r, TP1_T_RECEIPT_NO, receipt, sizeof(receipt)) == -1) {
		req_fail(r, TP1_ST_BAD_REQUEST, "bad receipt_no");
		return;
	}
	/* What this terminal issued; a supervisor, what the org's did. */
	vals[0] = receipt;
	vals[1] = r->terminal;
	vals[2] = (r->role & ROLE_SUPERVISOR) ? r->operator_id : NULL;
	db_query(r->as, SQL_RECEIPT, 3, vals, NULL, NULL, receipt_cb, r);
}

static void
stats_cb(PGresult *res, void *arg)
{
	struct req		*r = arg;
	struct tp1_builder	 tb;
	int			 i;

	if (res == NULL) {
		req_fail(r, TP1_ST_BUSY, "database unavailable");
		return;
	}
	if (!db_ok(res, PGRES_TUPLES_OK)) {
		req_fail(r, sql_bad_input(res) ? TP1_ST_BAD_REQUEST :
		    TP1_ST_INTERNAL, NULL);
		return;
	}
	req_ok_start(r, &tb);
	for (i = 0; i < PQntuples(res); i++) {
		tp1_record_begin(&tb);
		tp1_put_str(&tb, TP1_T_SETTLE_DATE, PQgetvalue(res, i, 0));
		tp1_put_u32(&tb, TP1_T_COUNT,
		    (uint32_t)strtoul(PQgetvalue(res, i, 1), NULL, 10));
		tp1_put_i64(&tb, TP1_T_AMOUNT,
		    strtoll(PQgetvalue(res, i, 2), NULL, 10));
		tp1_record_end(&tb);
	}
	req_send(r);
}

static int
date_ok(const char *s)
{
	size_t	i;

	if (strlen(s) != 8)
		return 0;
	for (i = 0; i < 8; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

void
fn_stats(struct req *r)
{
	char		 from[16], to[16];
	const char	*vals[3];

	if (req_str(r, TP1_T_DATE_FROM, from, sizeof(from)) == -1 ||
	    req_str(r, TP1_T_DATE_TO, to, sizeof(to)) == -1 ||
	    !date_ok(from) || !date_ok(to) || strcmp(from, to) > 0) {
		req_fail(r, TP1_ST_BAD_REQUEST, "bad date range");
		return;
	}
	vals[0] = from;
	vals[1] = to;
	/* Supervisors see the station's collection, others their own. */
	vals[2] = (r->role & ROLE_SUPERVISOR) ? NULL : r->operator_id;
	db_query(r->as, SQL_STATS, 3, vals, NULL, NULL, stats_cb, r);
}
