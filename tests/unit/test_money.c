/*
 * Unit tests of common/money.c: the money rules (docs/MONEY.md) -- what an
 * MI/1 answer means, what a terminal is told in each state, which
 * transitions are legal, and the stored answer of a settled reversal.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mi1.h"
#include "money.h"
#include "tp1.h"

static void
test_answered(void **state)
{
	(void)state;
	assert_int_equal(money_answered(1002, "0000"), MONEY_DONE);
	assert_int_equal(money_answered(1003, "2001"), MONEY_DONE);
	assert_int_equal(money_answered(1002, "1001"), MONEY_REFUSED);
	assert_int_equal(money_answered(1003, "2003"), MONEY_REFUSED);
	/* MI1 §5 rev. 2026-12: 9999 to 1002-1005 may follow a posting. */
	assert_int_equal(money_answered(1002, "9999"), MONEY_UNKNOWN);
	assert_int_equal(money_answered(1003, "9999"), MONEY_UNKNOWN);
	assert_int_equal(money_answered(1004, "9999"), MONEY_UNKNOWN);
	assert_int_equal(money_answered(1005, "9999"), MONEY_UNKNOWN);
	/* ... but a query's 9999 is a plain refusal. */
	assert_int_equal(money_answered(1001, "9999"), MONEY_REFUSED);
	assert_int_equal(money_answered(1006, "9999"), MONEY_REFUSED);
	assert_int_equal(money_answered(1002, NULL), MONEY_UNKNOWN);
	assert_true(money_trcode(1002) && money_trcode(1005));
	assert_false(money_trcode(1001) || money_trcode(1006));
}

static void
test_rspcode_status(void **state)
{
	(void)state;
	assert_int_equal(money_rspcode_status("0000"), TP1_ST_OK);
	assert_int_equal(money_rspcode_status("2001"), TP1_ST_OK);
	assert_int_equal(money_rspcode_status("1001"), TP1_ST_NO_SUCH_CUSTOMER);
	assert_int_equal(money_rspcode_status("1002"), TP1_ST_NO_ARREARS);
	assert_int_equal(money_rspcode_status("1003"), TP1_ST_AMOUNT_INVALID);
	assert_int_equal(money_rspcode_status("2002"), TP1_ST_ORIGINAL_NOT_FOUND);
	assert_int_equal(money_rspcode_status("2003"),
	    TP1_ST_REVERSAL_NOT_ALLOWED);
	assert_int_equal(money_rspcode_status("3001"), TP1_ST_NO_SUCH_METER);
	assert_int_equal(money_rspcode_status("9001"), TP1_ST_HOST_DECLINED);
	assert_int_equal(money_rspcode_status(NULL), TP1_ST_HOST_DECLINED);
}

/* The bank channel's table (BK1 §6). */
static void
test_bk1_code(void **state)
{
	(void)state;
	assert_string_equal(money_bk1_code("0000"), "0000");
	assert_string_equal(money_bk1_code("2001"), "0000");
	assert_string_equal(money_bk1_code("1001"), "1001");
	assert_string_equal(money_bk1_code("1002"), "1002");
	assert_string_equal(money_bk1_code("1003"), "1003");
	assert_string_equal(money_bk1_code("2002"), "2002");
	assert_string_equal(money_bk1_code("2003"), "2001");
	assert_string_equal(money_bk1_code("9001"), "9999");
	assert_string_equal(money_bk1_code("9999"), "9999");
	assert_string_equal(money_bk1_code(NULL), "9999");
	assert_string_equal(money_bk1_unknown_code(0), "9002");
	assert_string_equal(money_bk1_unknown_code(1), "9003");
}

static void
test_state_status(void **state)
{
	(void)state;
	/* Unknown: payments are rolled back, reversals forward. */
	assert_int_equal(money_unknown_status(TP1_FN_PAYMENT),
	    TP1_ST_HOST_TIMEOUT);
	assert_int_equal(money_unknown_status(TP1_FN_CARD_RECHARGE),
	    TP1_ST_HOST_TIMEOUT);
	assert_int_equal(money_unknown_status(TP1_FN_REVERSAL),
	    TP1_ST_IN_DOUBT);
	assert_int_equal(money_state_status(TP1_FN_PAYMENT, "PENDING", 0, 0),
	    TP1_ST_BUSY);
	assert_int_equal(money_state_status(TP1_FN_REVERSAL, "PENDING", 0, 0),
	    TP1_ST_BUSY);
	assert_int_equal(money_state_status(TP1_FN_PAYMENT, "UNKNOWN", 1,
	    TP1_ST_HOST_TIMEOUT), TP1_ST_HOST_TIMEOUT);
	assert_int_equal(money_state_status(TP1_FN_REVERSAL, "UNKNOWN", 1,
	    TP1_ST_IN_DOUBT), TP1_ST_IN_DOUBT);
	/* A payment settled not done: HOST_TIMEOUT, stored or not. */
	assert_int_equal(money_state_status(TP1_FN_PAYMENT, "REVERSED", 0, 0),
	    TP1_ST_HOST_TIMEOUT);
	assert_int_equal(money_state_status(TP1_FN_PAYMENT, "FAILED", 1,
	    TP1_ST_NO_ARREARS), TP1_ST_NO_ARREARS);
	assert_int_equal(money_state_status(TP1_FN_REVERSAL, "SUCCESS", 0, 0),
	    TP1_ST_OK);
	assert_false(money_state_final("PENDING"));
	assert_false(money_state_final("UNKNOWN"));
	assert_true(money_state_final("SUCCESS"));
	assert_true(money_state_final("FAILED"));
	assert_true(money_state_final("REVERSED"));
}

static void
test_transitions(void **state)
{
	static const char *states[] = { "PENDING", "SUCCESS", "FAILED",
	    "UNKNOWN", "REVERSED" };
	size_t	i, j, legal = 0;

	(void)state;
	assert_true(money_transition_ok("PAYMENT", "PENDING", "SUCCESS"));
	assert_true(money_transition_ok("PAYMENT", "PENDING", "FAILED"));
	assert_true(money_transition_ok("PAYMENT", "PENDING", "UNKNOWN"));
	assert_true(money_transition_ok("PAYMENT", "UNKNOWN", "REVERSED"));
	assert_true(money_transition_ok("PAYMENT", "UNKNOWN", "FAILED"));
	assert_true(money_transition_ok("PAYMENT", "SUCCESS", "REVERSED"));
	assert_true(money_transition_ok("REVERSAL", "UNKNOWN", "SUCCESS"));
	assert_true(money_transition_ok("REVERSAL", "UNKNOWN", "FAILED"));
	/* No way back, no way out of a final state but a reversal. */
	assert_false(money_transition_ok("PAYMENT", "UNKNOWN", "SUCCESS"));
	assert_false(money_transition_ok("PAYMENT", "FAILED", "SUCCESS"));
	assert_false(money_transition_ok("PAYMENT", "SUCCESS", "FAILED"));
	assert_false(money_transition_ok("PAYMENT", "REVERSED", "SUCCESS"));
	assert_false(money_transition_ok("REVERSAL", "SUCCESS", "REVERSED"));
	assert_false(money_transition_ok("REVERSAL", "UNKNOWN", "REVERSED"));
	assert_false(money_transition_ok("PAYMENT", "SUCCESS", "PENDING"));
	for (i = 0; i < 5; i++)
		for (j = 0; j < 5; j++)
			if (i != j && money_transition_ok("PAYMENT", states[i],
			    states[j]))
				legal++;
	assert_int_equal(legal, 6);
	/* The same table as schema/fn/money.sql (t_money_truth checks it). */
	for (i = 0, legal = 0; i < 5; i++)
		for (j = 0; j < 5; j++)
			if (i != j && money_transition_ok("REVERSAL", states[i],
			    states[j]))
				legal++;
	assert_int_equal(legal, 5);
}

static void
test_reversal_answer(void **state)
{
	struct gbuf		 b;
	struct tp1_payload	 pl;
	char			 s[64];

	(void)state;
	gbuf_init(&b);
	money_reversal_answer(&b, TP1_ST_OK, "RSC0100000000000000000007",
	    "MK42");
	assert_int_equal(tp1_payload_parse(b.data, b.len, &pl), 0);
	assert_int_equal(pl.func, TP1_FN_REVERSAL);
	assert_int_equal(pl.status, TP1_ST_OK);
	assert_int_equal(tp1_item_str(tp1_find(pl.items, TP1_T_RECEIPT_NO), s,
	    sizeof(s)), 0);
	assert_string_equal(s, "RSC0100000000000000000007");
	assert_int_equal(tp1_item_str(tp1_find(pl.items, TP1_T_MKT_SERIAL), s,
	    sizeof(s)), 0);
	assert_string_equal(s, "MK42");
	tp1_payload_free(&pl);
	money_reversal_answer(&b, TP1_ST_REVERSAL_NOT_ALLOWED, "R1", "MK");
	assert_int_equal(b.len, 4);
	assert_int_equal(tp1_payload_parse(b.data, b.len, &pl), 0);
	assert_int_equal(pl.status, TP1_ST_REVERSAL_NOT_ALLOWED);
	assert_null(tp1_find(pl.items, TP1_T_RECEIPT_NO));
	tp1_payload_free(&pl);
	gbuf_free(&b);
}


/* A request payload built as a terminal would send it. */
static void
payload(struct gbuf *b, uint16_t func, const char *ts, const char *cust,
    int64_t amount, int pay_mode)
{
	struct tp1_builder	tb;

	gbuf_reset(b);
	tp1_build_start(&tb, b, func, 0);
	if (ts != NULL)
		tp1_put_str(&tb, TP1_T_TERM_SERIAL, ts);
	if (cust != NULL)
		tp1_put_str(&tb, TP1_T_CUSTOMER_NO, cust);
	if (amount != 0)
		tp1_put_i64(&tb, TP1_T_AMOUNT, amount);
	if (pay_mode >= 0)
		tp1_put_u8(&tb, TP1_T_PAY_MODE, (uint8_t)pay_mode);
}

static int
parse(struct gbuf *b, uint16_t func, struct money_req *q, uint16_t *st,
    const char **msg)
{
	struct tp1_payload	pl;
	int			rc;

	assert_int_equal(tp1_payload_parse(b->data, b->len, &pl), 0);
	rc = money_req_parse(&pl, func, 100000, q, st, msg);
	tp1_payload_free(&pl);
	return rc;
}

static void
test_req_parse(void **state)
{
	struct gbuf		 b;
	struct money_req	 q;
	uint16_t		 st = 0;
	const char		*msg = NULL;

	(void)state;
	gbuf_init(&b);
	payload(&b, TP1_FN_PAYMENT, "T1", "5100000001", 250, 2);
	assert_int_equal(parse(&b, TP1_FN_PAYMENT, &q, &st, &msg), 0);
	assert_string_equal(q.term_serial, "T1");
	assert_string_equal(q.customer, "5100000001");
	assert_int_equal(q.amount, 250);
	assert_int_equal(q.pay_mode, 2);
	assert_int_equal(q.trcode, 1002);
	assert_string_equal(q.fname, "PAYMENT");
	/* each refusal, with its status */
	payload(&b, TP1_FN_PAYMENT, NULL, "5100000001", 250, 1);
	assert_int_equal(parse(&b, TP1_FN_PAYMENT, &q, &st, &msg), -1);
	assert_int_equal(st, TP1_ST_BAD_REQUEST);
	assert_string_equal(msg, "bad term_serial");
	payload(&b, TP1_FN_PAYMENT, "T1", "51000", 250, 1);
	assert_int_equal(parse(&b, TP1_FN_PAYMENT, &q, &st, &msg), -1);
	assert_string_equal(msg, "bad customer number");
	payload(&b, TP1_FN_PAYMENT, "T1", "51000A0001", 250, 1);
	assert_int_equal(parse(&b, TP1_FN_PAYMENT, &q, &st, &msg), -1);
	payload(&b, TP1_FN_PAYMENT, "T1", "5100000001", -5, 1);
	assert_int_equal(parse(&b, TP1_FN_PAYMENT, &q, &st, &msg), -1);
	assert_int_equal(st, TP1_ST_AMOUNT_INVALID);
	payload(&b, TP1_FN_PAYMENT, "T1", "5100000001", 100001, 1);
	assert_int_equal(parse(&b, TP1_FN_PAYMENT, &q, &st, &msg), -1);
	assert_int_equal(st, TP1_ST_AMOUNT_INVALID);
	payload(&b, TP1_FN_PAYMENT, "T1", "5100000001", 100000, 4);
	assert_int_equal(parse(&b, TP1_FN_PAYMENT, &q, &st, &msg), -1);
	assert_string_equal(msg, "bad pay_mode");
	/* PREPAY needs no pay_mode; CARD_RECHARGE needs its items */
	payload(&b, TP1_FN_PREPAY, "T2", "5100000001", 500, -1);
	assert_int_equal(parse(&b, TP1_FN_PREPAY, &q, &st, &msg), 0);
	assert_int_equal(q.trcode, 1004);
	assert_int_equal(parse(&b, TP1_FN_CARD_RECHARGE, &q, &st, &msg), -1);
	assert_string_equal(msg, "bad card recharge items");
	assert_int_equal(parse(&b, TP1_FN_STATS, &q, &st, &msg), -1);
	assert_int_equal(st, TP1_ST_UNSUPPORTED_FUNCTION);
	gbuf_free(&b);
}

static void
test_mi_body(void **state)
{
	struct money_req	 q;
	json_t			*b;

	(void)state;
	memset(&q, 0, sizeof(q));
	q.func = TP1_FN_PAYMENT;
	snprintf(q.customer, sizeof(q.customer), "5100000001");
	q.amount = 250;
	q.pay_mode = 1;
	b = money_mi_body(&q, "SC0100000000000000000001", NULL,
	    "8613900000000001", "op1");
	assert_string_equal(mi1_get_str(b, "stserial"),
	    "SC0100000000000000000001");
	assert_string_equal(mi1_get_str(b, "custno"), "5100000001");
	assert_int_equal(json_integer_value(json_object_get(b, "amount")), 250);
	assert_int_equal(json_integer_value(json_object_get(b, "paymode")), 1);
	assert_string_equal(mi1_get_str(b, "termid"), "8613900000000001");
	assert_string_equal(mi1_get_str(b, "operid"), "op1");
	json_decref(b);
	q.func = TP1_FN_REVERSAL;
	snprintf(q.reason, sizeof(q.reason), "wrong customer");
	b = money_mi_body(&q, "SC02", "SC01", "8613900000000001", "op1");
	assert_string_equal(mi1_get_str(b, "origstserial"), "SC01");
	assert_string_equal(mi1_get_str(b, "reason"), "wrong customer");
	assert_null(json_object_get(b, "custno"));
	assert_null(json_object_get(b, "amount"));
	json_decref(b);
}

static void
test_ok_answer(void **state)
{
	struct money_req	 q;
	struct gbuf		 out, items;
	struct tp1_payload	 pl;
	const struct tp1_item	*it;
	json_t			*body;
	int64_t			 v;
	int			 n = 0;
	char			 s[64];

	(void)state;
	memset(&q, 0, sizeof(q));
	q.func = TP1_FN_PAYMENT;
	body = json_pack("{s:s,s:s,s:s,s:[{s:s,s:s,s:s},{s:s,s:s,s:s}]}",
	    "mkserial", "MK7", "balance", "0", "totaldue", "1200", "settled",
	    "month", "202610", "principal", "100", "latefee", "3",
	    "month", "202611", "principal", "50", "latefee", "0");
	gbuf_init(&out);
	gbuf_init(&items);
	money_ok_answer(&out, &q, "SC01X", body, &items);
	assert_int_equal(tp1_payload_parse(out.data, out.len, &pl), 0);
	assert_int_equal(pl.status, TP1_ST_OK);
	assert_int_equal(tp1_item_str(tp1_find(pl.items, TP1_T_RECEIPT_NO), s,
	    sizeof(s)), 0);
	assert_string_equal(s, "RSC01X");
	assert_int_equal(tp1_item_str(tp1_find(pl.items, TP1_T_MKT_SERIAL), s,
	    sizeof(s)), 0);
	assert_string_equal(s, "MK7");
	assert_int_equal(tp1_item_i64(tp1_find(pl.items, TP1_T_TOTAL_DUE), &v), 0);
	assert_int_equal(v, 1200);
	for (it = pl.items; it != NULL; it = it->next)
		if (it->tag == TP1_T_RECORD)
			n++;
	assert_int_equal(n, 2);
	assert_true(items.len > 4);	/* the receipt's records */
	tp1_payload_free(&pl);
	json_decref(body);
	gbuf_free(&out);
	gbuf_free(&items);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_answered),
		cmocka_unit_test(test_rspcode_status),
		cmocka_unit_test(test_bk1_code),
		cmocka_unit_test(test_state_status),
		cmocka_unit_test(test_transitions),
		cmocka_unit_test(test_reversal_answer),
		cmocka_unit_test(test_req_parse),
		cmocka_unit_test(test_mi_body),
		cmocka_unit_test(test_ok_answer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
