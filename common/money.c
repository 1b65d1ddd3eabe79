/*
 * money.c - the money rules (money.h, docs/MONEY.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mi1.h"
#include "money.h"
#include "tp1.h"

int
money_trcode(int trcode)
{
	return trcode >= 1002 && trcode <= 1005;
}

enum money_result
money_answered(int trcode, const char *rspcode)
{
	if (rspcode == NULL)
		return MONEY_UNKNOWN;
	if (strcmp(rspcode, "0000") == 0 || strcmp(rspcode, "2001") == 0)
		return MONEY_DONE;
	if (money_trcode(trcode) && strcmp(rspcode, "9999") == 0)
		return MONEY_UNKNOWN;
	return MONEY_REFUSED;
}

uint16_t
money_rspcode_status(const char *rspcode)
{
	static const struct { const char *code; uint16_t st; } map[] = {
		{ "0000", TP1_ST_OK },
		{ "2001", TP1_ST_OK },
		{ "1001", TP1_ST_NO_SUCH_CUSTOMER },
		{ "1002", TP1_ST_NO_ARREARS },
		{ "1003", TP1_ST_AMOUNT_INVALID },
		{ "2002", TP1_ST_ORIGINAL_NOT_FOUND },
		{ "2003", TP1_ST_REVERSAL_NOT_ALLOWED },
		{ "3001", TP1_ST_NO_SUCH_METER },
	};
	size_t	i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (rspcode != NULL && strcmp(rspcode, map[i].code) == 0)
			return map[i].st;
	return TP1_ST_HOST_DECLINED;
}

const char *
money_bk1_code(const char *rspcode)
{
	static const struct { const char *mi, *bk; } map[] = {
		{ "0000", "0000" },
		{ "2001", "0000" },	/* duplicate stserial: it was posted */
		{ "1001", "1001" },	/* no such customer */
		{ "1002", "1002" },	/* no arrears */
		{ "1003", "1003" },	/* amount invalid */
		{ "2002", "2002" },	/* original not found */
		{ "2003", "2001" },	/* reversal not allowed */
		{ "3001", "1001" },	/* no such book or meter */
	};
	size_t	i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (rspcode != NULL && strcmp(rspcode, map[i].mi) == 0)
			return map[i].bk;
	return "9999";
}

const char *
money_bk1_unknown_code(int reversal)
{
	return reversal ? "9003" : "9002";
}

uint16_t
money_unknown_status(uint16_t func)
{
	return func == TP1_FN_REVERSAL ? TP1_ST_IN_DOUBT : TP1_ST_HOST_TIMEOUT;
}

uint16_t
money_state_status(uint16_t func, const char *state, int has_tp_status,
    uint16_t tp_status)
{
	if (strcmp(state, "PENDING") == 0)
		return TP1_ST_BUSY;
	if (strcmp(state, "UNKNOWN") == 0)
		return money_unknown_status(func);
	if (strcmp(state, "SUCCESS") == 0 && func == TP1_FN_REVERSAL)
		return TP1_ST_OK;
	return has_tp_status ? tp_status : TP1_ST_HOST_TIMEOUT;
}

int
money_state_final(const char *state)
{
	return strcmp(state, "PENDING") != 0 && strcmp(state, "UNKNOWN") != 0;
}

int
money_transition_ok(const char *func, const char *from, const char *to)
{
	int	rev = strcmp(func, "REVERSAL") == 0;

	if (strcmp(from, to) == 0)
		return 1;
	if (strcmp(from, "PENDING") == 0)
		return strcmp(to, "SUCCESS") == 0 || strcmp(to, "FAILED") == 0 ||
		    strcmp(to, "UNKNOWN") == 0;
	if (strcmp(from, "UNKNOWN") == 0)
		return strcmp(to, "FAILED") == 0 ||
		    strcmp(to, rev ? "SUCCESS" : "REVERSED") == 0;
	if (strcmp(from, "SUCCESS") == 0)
		return !rev && strcmp(to, "REVERSED") == 0;
	return 0;
}

void
money_reversal_answer(struct gbuf *out, uint16_t status,
    const char *receipt_no, const char *mkt_serial)
{
	struct tp1_builder	tb;

	gbuf_reset(out);
	tp1_build_start(&tb, out, TP1_FN_REVERSAL, status);
	if (status != TP1_ST_OK)
		return;
	tp1_put_str(&tb, TP1_T_RECEIPT_NO, receipt_no ? receipt_no : "");
	tp1_put_str(&tb, TP1_T_MKT_SERIAL, mkt_serial ? mkt_serial : "");
}

/* ---- the request: TP/1 in, MI/1 out, TP/1 back ---- */

static int
customer_ok(const char *s)
{
	size_t	n = strlen(s), i;

	if (n < 6 || n > 20)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int
item_str(const struct tp1_payload *pl, uint8_t tag, char *out, size_t cap)
{
	return tp1_item_str(tp1_find(pl->items, tag), out, cap);
}

#define REFUSE(st, m) do { *status = (st); *msg = (m); return -1; } while (0)

int
money_req_parse(const struct tp1_payload *pl, uint16_t func,
    int64_t amount_limit, struct money_req *q, uint16_t *status,
    const char **msg)
{
	const struct tp1_item	*it;

	memset(q, 0, sizeof(*q));
	q->func = func;
	switch (func) {
	case TP1_FN_PAYMENT:
		q->trcode = 1002;
		q->fname = "PAYMENT";
		break;
	case TP1_FN_REVERSAL:
		q->trcode = 1003;
		q->fname = "REVERSAL";
		break;
	case TP1_FN_PREPAY:
		q->trcode = 1004;
		q->fname = "PREPAY";
		break;
	case TP1_FN_CARD_RECHARGE:
		q->trcode = 1005;
		q->fname = "CARD_RECHARGE";
		break;
	default:
		REFUSE(TP1_ST_UNSUPPORTED_FUNCTION, NULL);
	}
	if (item_str(pl, TP1_T_TERM_SERIAL, q->term_serial,
	    sizeof(q->term_serial)) == -1 || q->term_serial[0] == '\0')
		REFUSE(TP1_ST_BAD_REQUEST, "bad term_serial");
	if (func == TP1_FN_REVERSAL) {
		if (item_str(pl, TP1_T_ORIG_TERM_SERIAL, q->orig_ts,
		    sizeof(q->orig_ts)) == -1 || q->orig_ts[0] == '\0')
			REFUSE(TP1_ST_BAD_REQUEST, "bad orig_term_serial");
		if ((it = tp1_find(pl->items, TP1_T_REASON)) != NULL &&
		    tp1_item_str(it, q->reason, sizeof(q->reason)) == -1)
			REFUSE(TP1_ST_BAD_REQUEST, "bad reason");
		return 0;
	}
	if (item_str(pl, TP1_T_CUSTOMER_NO, q->customer,
	    sizeof(q->customer)) == -1 || !customer_ok(q->customer))
		REFUSE(TP1_ST_BAD_REQUEST, "bad customer number");
	if (tp1_item_i64(tp1_find(pl->items, TP1_T_AMOUNT), &q->amount) == -1)
		REFUSE(TP1_ST_BAD_REQUEST, "bad amount");
	if (q->amount <= 0 || q->amount > amount_limit)
		REFUSE(TP1_ST_AMOUNT_INVALID, NULL);
	if (func == TP1_FN_PAYMENT &&
	    (tp1_item_u8(tp1_find(pl->items, TP1_T_PAY_MODE),
	    &q->pay_mode) == -1 || q->pay_mode < 1 || q->pay_mode > 3))
		REFUSE(TP1_ST_BAD_REQUEST, "bad pay_mode");
	if (func == TP1_FN_CARD_RECHARGE &&
	    (item_str(pl, TP1_T_METER_NO, q->meter, sizeof(q->meter)) == -1 ||
	    q->meter[0] == '\0' ||
	    item_str(pl, TP1_T_CARD_SERIAL, q->card_serial,
	    sizeof(q->card_serial)) == -1 ||
	    tp1_item_u32(tp1_find(pl->items, TP1_T_PURCHASE_COUNT),
	    &q->purchase_count) == -1))
		REFUSE(TP1_ST_BAD_REQUEST, "bad card recharge items");
	return 0;
}

json_t *
money_mi_body(const struct money_req *q, const char *stserial,
    const char *orig_stserial, const char *terminal, const char *operator_id)
{
	json_t	*b = json_object();

	json_object_set_new(b, "stserial", json_string(stserial));
	if (q->func == TP1_FN_REVERSAL) {
		json_object_set_new(b, "origstserial",
		    json_string(orig_stserial ? orig_stserial : ""));
		json_object_set_new(b, "reason", json_string(q->reason));
		return b;
	}
	json_object_set_new(b, "custno", json_string(q->customer));
	if (q->func == TP1_FN_CARD_RECHARGE) {
		json_object_set_new(b, "meterno", json_string(q->meter));
		json_object_set_new(b, "cardserial", json_string(q->card_serial));
		json_object_set_new(b, "purchasecount",
		    json_integer(q->purchase_count));
	}
	json_object_set_new(b, "amount", json_integer(q->amount));
	if (q->func == TP1_FN_PAYMENT)
		json_object_set_new(b, "paymode", json_integer(q->pay_mode));
	json_object_set_new(b, "termid", json_string(terminal));
	json_object_set_new(b, "operid", json_string(operator_id));
	return b;
}

static void
bills_records(const json_t *list, struct gbuf *out)
{
	struct tp1_builder	 tb;
	json_t			*it;
	size_t			 i;
	int64_t			 v;
	const char		*s;

	gbuf_reset(out);
	tp1_build_start(&tb, out, 0, 0);
	if (!json_is_array(list))
		return;
	json_array_foreach(list, i, it) {
		tp1_record_begin(&tb);
		if ((s = mi1_get_str(it, "month")) != NULL)
			tp1_put_str(&tb, TP1_T_BILL_MONTH, s);
		if (mi1_get_i64(it, "principal", &v) == 0)
			tp1_put_i64(&tb, TP1_T_PRINCIPAL, v);
		if (mi1_get_i64(it, "latefee", &v) == 0)
			tp1_put_i64(&tb, TP1_T_LATE_FEE, v);
		tp1_record_end(&tb);
	}
}

void
money_ok_answer(struct gbuf *out, const struct money_req *q,
    const char *stserial, const json_t *body, struct gbuf *items)
{
	struct tp1_builder	 tb;
	struct gbuf		 recs;
	const char		*s;
	char			 receipt[64];
	uint8_t			 card[4096];
	size_t			 cardlen;
	int64_t			 v;

	snprintf(receipt, sizeof(receipt), "R%s", stserial);
	s = mi1_get_str(body, "mkserial");
	gbuf_reset(out);
	tp1_build_start(&tb, out, q->func, TP1_ST_OK);
	tp1_put_str(&tb, TP1_T_RECEIPT_NO, receipt);
	tp1_put_str(&tb, TP1_T_MKT_SERIAL, s ? s : "");
	switch (q->func) {
	case TP1_FN_PAYMENT:
		if (mi1_get_i64(body, "balance", &v) == 0)
			tp1_put_i64(&tb, TP1_T_BALANCE, v);
		if (mi1_get_i64(body, "totaldue", &v) == 0)
			tp1_put_i64(&tb, TP1_T_TOTAL_DUE, v);
		gbuf_init(&recs);
		bills_records(json_object_get(body, "settled"), &recs);
		if (recs.len > 4)
			gbuf_add(out, recs.data + 4, recs.len - 4);
		if (items != NULL) {
			gbuf_reset(items);
			gbuf_add(items, recs.data, recs.len);
		}
		gbuf_free(&recs);
		break;
	case TP1_FN_PREPAY:
		if (mi1_get_i64(body, "balance", &v) == 0)
			tp1_put_i64(&tb, TP1_T_BALANCE, v);
		break;
	case TP1_FN_CARD_RECHARGE:
		s = mi1_get_str(body, "carddata");
		if (s != NULL && hex_decode(s, card, sizeof(card), &cardlen) == 0)
			tp1_put_bytes(&tb, TP1_T_CARD_DATA, card, cardlen);
		if (mi1_get_i64(body, "purchasecount", &v) == 0)
			tp1_put_u32(&tb, TP1_T_PURCHASE_COUNT, (uint32_t)v);
		break;
	}
}
