/*
 * seq.c - a forwarded request from intake to answer: TP1 §4 step 7 (the
 * durable seq check), step 8 (payload, function, required fields), the
 * session and the role, then the function's handler.
 *
 * The seq check and the session lookup are one round trip (gf_req_begin);
 * the payload is parsed before it but judged after it, so that a replayed
 * request is SEQ_REPLAY whatever its payload, as the order of §4 says.
 */
#include <stdlib.h>
#include <string.h>

#include "appsrv.h"
#include "ipc.h"
#include "log.h"

static void	fn_echo(struct req *);

#define C	ROLE_COLLECTOR
#define R	ROLE_READER
#define D	ROLE_DUNNING

static const uint8_t rq_sign_on[] = { TP1_T_OPERATOR_ID, TP1_T_PIN, 0 };
static const uint8_t rq_none[] = { 0 };
static const uint8_t rq_read_tasks[] = { TP1_T_BOOK_NO, TP1_T_PAGE, 0 };
static const uint8_t rq_upload[] = { TP1_T_RECORD, 0 };
static const uint8_t rq_exception[] = { TP1_T_METER_NO, TP1_T_EXCEPTION_CODE, 0 };
static const uint8_t rq_estimate[] = { TP1_T_METER_NO, TP1_T_READING, 0 };
static const uint8_t rq_customer[] = { TP1_T_CUSTOMER_NO, 0 };
static const uint8_t rq_payment[] = { TP1_T_TERM_SERIAL, TP1_T_CUSTOMER_NO,
	TP1_T_AMOUNT, TP1_T_PAY_MODE, 0 };
static const uint8_t rq_reversal[] = { TP1_T_TERM_SERIAL,
	TP1_T_ORIG_TERM_SERIAL, 0 };
static const uint8_t rq_prepay[] = { TP1_T_TERM_SERIAL, TP1_T_CUSTOMER_NO,
	TP1_T_AMOUNT, 0 };
static const uint8_t rq_receipt[] = { TP1_T_RECEIPT_NO, 0 };
static const uint8_t rq_stats[] = { TP1_T_DATE_FROM, TP1_T_DATE_TO, 0 };
static const uint8_t rq_card[] = { TP1_T_TERM_SERIAL, TP1_T_CUSTOMER_NO,
	TP1_T_METER_NO, TP1_T_CARD_SERIAL, TP1_T_PURCHASE_COUNT, TP1_T_AMOUNT, 0 };
static const uint8_t rq_page[] = { TP1_T_PAGE, 0 };
static const uint8_t rq_dunning_result[] = { TP1_T_CUSTOMER_NO,
	TP1_T_RESULT_CODE, 0 };

/* TP1 §5.2 and the roles of the issue; supervisors may do everything. */
static const struct fn_def fns[] = {
	{ TP1_FN_ECHO,		0, 0, rq_none, fn_echo },
	{ TP1_FN_SIGN_ON,	0, 0, rq_sign_on, session_sign_on },
	{ TP1_FN_SIGN_OFF,	1, ROLE_ANY, rq_none, session_sign_off },
	{ TP1_FN_READ_TASKS,	1, R, rq_read_tasks, fn_query },
	{ TP1_FN_READ_UPLOAD,	1, R, rq_upload, fn_query },
	{ TP1_FN_READ_EXCEPTION, 1, R, rq_exception, fn_query },
	{ TP1_FN_BILL_ESTIMATE,	1, R, rq_estimate, fn_query },
	{ TP1_FN_ARREARS_QUERY,	1, C, rq_customer, fn_query },
	{ TP1_FN_PAYMENT,	1, C, rq_payment, fn_money },
	{ TP1_FN_REVERSAL,	1, C, rq_reversal, fn_money },
	{ TP1_FN_PREPAY,	1, C, rq_prepay, fn_money },
	{ TP1_FN_RECEIPT,	1, C, rq_receipt, fn_receipt },
	{ TP1_FN_STATS,		1, C, rq_stats, fn_stats },
	{ TP1_FN_CARD_RECHARGE,	1, C, rq_card, fn_money },
	{ TP1_FN_DUNNING_TASKS,	1, D, rq_page, fn_query },
	{ TP1_FN_BOOK_ARREARS,	1, D, rq_read_tasks, fn_query },
	{ TP1_FN_DISCONNECT_CHECK, 1, D, rq_customer, fn_query },
	{ TP1_FN_DUNNING_RESULT, 1, D, rq_dunning_result, fn_query },
};

#undef C
#undef R
#undef D

static const struct fn_def *
fn_find(uint16_t code)
{
	size_t	i;

	for (i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
		if (fns[i].code == code)
			return &fns[i];
	return NULL;
}

static void
req_free(struct req *r)
{
	if (r->ffree && r->fstate)
		r->ffree(r->fstate);
	if (r->parsed)
		tp1_payload_free(&r->pl);
	free(r->plain);
	gbuf_free(&r->out);
	ipc_peer_unref(r->peer);
	free(r);
}

const struct tp1_item *
req_item(struct req *r, uint8_t tag)
{
	return r->parsed ? tp1_find(r->pl.items, tag) : NULL;
}

int
req_str(struct req *r, uint8_t tag, char *out, size_t cap)
{
	return tp1_item_str(req_item(r, tag), out, cap);
}

void
req_send(struct req *r)
{
	struct gbuf	b;
	uint16_t	status = 0;

	if (r->out.len >= 4)
		status = get_be16(r->out.data + 2);
	gbuf_init(&b);
	ipc_put_bytes(&b, r->out.data, r->out.len);
	if (ipc_peer_send(r->peer, IPC_TP_RESPONSE, r->reqid, &b) == -1)
		log_warnx("terminal=%s seq=%u error=\"frontd gone, answer "
		    "dropped\"", r->terminal, r->seq);
	gbuf_free(&b);
	if (status == TP1_ST_OK)
		log_debug("terminal=%s seq=%u func=%s status=OK ms=%lld",
		    r->terminal, r->seq, tp1_func_name(r->func) ?
		    tp1_func_name(r->func) : "?", (long long)(mono_ms() - r->t0));
	else
		log_info("terminal=%s seq=%u func=%s status=%s ms=%lld",
		    r->terminal, r->seq, tp1_func_name(r->func) ?
		    tp1_func_name(r->func) : "?", tp1_status_name(status) ?
		    tp1_status_name(status) : "?",
		    (long long)(mono_ms() - r->t0));
	req_free(r);
}

void
req_fail(struct req *r, uint16_t status, const char *msg)
{
	struct tp1_builder	tb;

	gbuf_reset(&r->out);
	tp1_build_start(&tb, &r->out, r->func, status);
	if (msg != NULL && msg[0] != '\0')
		tp1_put_str(&tb, TP1_T_MESSAGE, msg);
	req_send(r);
}

void
req_ok_start(struct req *r, struct tp1_builder *tb)
{
	gbuf_reset(&r->out);
	tp1_build_start(tb, &r->out, r->func, TP1_ST_OK);
}

static void
fn_echo(struct req *r)
{
	struct tp1_builder	tb;
	char			now[15];

	fmt_localtime(now_us() / 1000000, now);
	req_ok_start(r, &tb);
	tp1_put_str(&tb, TP1_T_SERVER_TIME, now);
	req_send(r);
}

/* Step 8: required items present (a record list counts when non-empty). */
static int
req_has_required(struct req *r)
{
	const uint8_t	*t;

	for (t = r->fn->required; *t != 0; t++)
		if (req_item(r, *t) == NULL)
			return 0;
	return 1;
}

void
seq_begin_cb(PGresult *res, void *arg)
{
	struct req		*r = arg;
	struct tp1_builder	 tb;
	const char		*role;
	char			 msg[64];
	uint8_t			 badtag = 0;

	if (res == NULL) {
		req_fail(r, TP1_ST_BUSY, "database unavailable");
		return;
	}
	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		log_warnx("terminal=%s seq=%u db=\"%s\"", r->terminal, r->seq,
		    PQresultErrorMessage(res));
		req_fail(r, TP1_ST_INTERNAL, NULL);
		return;
	}
	if (PQgetisnull(res, 0, 0)) {
		log_warnx("terminal=%s error=\"not registered\"", r->terminal);
		req_fail(r, TP1_ST_INTERNAL, NULL);
		return;
	}
	if (PQgetvalue(res, 0, 0)[0] != 't') {
		gbuf_reset(&r->out);
		tp1_build_start(&tb, &r->out, r->func, TP1_ST_SEQ_REPLAY);
		tp1_put_u32(&tb, TP1_T_LAST_SEQ,
		    (uint32_t)strtoull(PQgetvalue(res, 0, 1), NULL, 10));
		req_send(r);
		return;
	}
	if (!r->parsed) {
		req_fail(r, TP1_ST_BAD_REQUEST, "malformed payload");
		return;
	}
	if (r->fn == NULL) {
		req_fail(r, TP1_ST_UNSUPPORTED_FUNCTION, NULL);
		return;
	}
	if (!req_has_required(r)) {
		req_fail(r, TP1_ST_BAD_REQUEST, "required item missing");
		return;
	}
	/* Strings are text (docs/TP1.md): a control character would reach
	 * the logs, the database and the marketing system's XML. */
	if (!tp1_payload_text_ok(&r->pl, &badtag)) {
		snprintf(msg, sizeof(msg), "control character in %s",
		    tp1_tag_name(badtag) ? tp1_tag_name(badtag) : "a string");
		req_fail(r, TP1_ST_BAD_REQUEST, msg);
		return;
	}
	if (r->fn->need_token) {
		if (PQgetisnull(res, 0, 2)) {
			req_fail(r, TP1_ST_NOT_SIGNED_ON, NULL);
			return;
		}
		if (PQgetvalue(res, 0, 6)[0] == 't') {
			req_fail(r, TP1_ST_OPERATOR_LOCKED, NULL);
			return;
		}
		snprintf(r->operator_id, sizeof(r->operator_id), "%s",
		    PQgetvalue(res, 0, 2));
		role = PQgetvalue(res, 0, 3);
		snprintf(r->op_name, sizeof(r->op_name), "%s",
		    PQgetvalue(res, 0, 4));
		snprintf(r->settle_date, sizeof(r->settle_date), "%s",
		    PQgetvalue(res, 0, 5));
		r->role = session_role_bit(role);
		if ((r->role & (r->fn->roles | ROLE_SUPERVISOR)) == 0) {
			req_fail(r, TP1_ST_FORBIDDEN, NULL);
			return;
		}
	}
	if (r->combined)
		fn_money_claimed(r, res);
	else
		r->fn->run(r);
}

void
seq_request(struct appsrv *as, struct ipc_peer *peer, uint64_t reqid,
    struct ipc_msg *m)
{
	struct req		*r;
	const struct tp1_item	*tok;
	const char		*terminal, *peer_ip;
	const uint8_t		*plain;
	size_t			 plen;
	uint64_t		 conn;
	uint32_t		 seq;
	uint8_t			 suite, keyver;
	char			 seqs[16], tokhash[67];
	const char		*vals[3];

	if (ipc_get_u64(m, &conn) == -1 || ipc_get_str(m, &terminal) == -1 ||
	    ipc_get_u32(m, &seq) == -1 || ipc_get_u8(m, &suite) == -1 ||
	    ipc_get_u8(m, &keyver) == -1 || ipc_get_str(m, &peer_ip) == -1 ||
	    ipc_get_bytes(m, &plain, &plen) == -1 || ipc_get_end(m) == -1 ||
	    strlen(terminal) != 16) {
		log_warnx("ipc=malformed type=TP_REQUEST reqid=%llu",
		    (unsigned long long)reqid);
		return;
	}
	r = xcalloc(1, sizeof(*r));
	r->as = as;
	r->peer = peer;
	ipc_peer_ref(peer);
	r->reqid = reqid;
	r->t0 = mono_ms();
	memcpy(r->terminal, terminal, 17);
	r->seq = seq;
	gbuf_init(&r->out);
	r->plain = xmalloc(plen ? plen : 1);
	memcpy(r->plain, plain, plen);
	r->plen = plen;
	if (plen >= 2)
		r->func = get_be16(r->plain);
	if (tp1_payload_parse(r->plain, r->plen, &r->pl) == TP1_OK) {
		r->parsed = 1;
		r->func = r->pl.func;
		r->fn = fn_find(r->func);
	}

	snprintf(seqs, sizeof(seqs), "%u", seq);
	vals[0] = r->terminal;
	vals[1] = seqs;
	vals[2] = NULL;
	tok = req_item(r, TP1_T_TOKEN);
	if (tok != NULL && tok->len == 16) {
		auth_token_hash(tok->val, tokhash);
		vals[2] = tokhash;
	}
	/* A money request that passes its own checks is claimed in the same
	 * round trip as the seq check (gf_money_begin); any other goes the
	 * ordinary way and is judged step by step. */
	if (r->fn != NULL && r->fn->run == fn_money && vals[2] != NULL &&
	    req_has_required(r) && fn_money_prepare(r) == 0) {
		fn_money_begin(r, seqs, tokhash);
		return;
	}
	db_query(as, SQL_REQ_BEGIN, 3, vals, NULL, NULL, seq_begin_cb, r);
}
