/*
 * test_tp1_tlv.c - TP1 §5: the payload builder and parser, typed reads,
 * pin masking, and the name tables of §5.1, §5.2 and §6.
 */
#include "test_tp1_util.h"

static void
test_build_parse_roundtrip(void **state)
{
	struct tp1_builder	 b;
	struct tp1_payload	 pl;
	const struct tp1_item	*it, *rec;
	struct gbuf		 g;
	uint8_t			 tok[16], u8;
	int64_t			 i64;
	uint32_t		 u32;
	uint16_t		 u16;
	char			 s[64];

	(void)state;
	memset(tok, 0x3C, sizeof(tok));
	gbuf_init(&g);
	tp1_build_start(&b, &g, TP1_FN_ARREARS_QUERY, TP1_ST_OK);
	tp1_put_str(&b, TP1_T_CUSTOMER_NAME, "张三");
	tp1_put_bytes(&b, TP1_T_TOKEN, tok, 16);
	tp1_put_i64(&b, TP1_T_BALANCE, -12345678901LL);
	tp1_put_u32(&b, TP1_T_COUNT, 4000000000u);
	tp1_put_u16(&b, TP1_T_PAGE, 7);
	tp1_put_u8(&b, TP1_T_PAY_MODE, 2);
	tp1_record_begin(&b);
	tp1_put_str(&b, TP1_T_BILL_MONTH, "202609");
	tp1_record_begin(&b);
	tp1_put_i64(&b, TP1_T_PRINCIPAL, 6200);
	tp1_record_end(&b);
	tp1_record_end(&b);
	tp1_put_str(&b, TP1_T_NOTE, "");
	assert_int_equal(b.depth, 0);

	assert_int_equal(tp1_payload_parse(g.data, g.len, &pl), TP1_OK);
	assert_int_equal(pl.func, TP1_FN_ARREARS_QUERY);
	assert_int_equal(pl.status, TP1_ST_OK);
	assert_int_equal(pl.npool, 11);
	it = tp1_find(pl.items, TP1_T_CUSTOMER_NAME);
	assert_int_equal(tp1_item_str(it, s, sizeof(s)), 0);
	assert_string_equal(s, "张三");
	assert_int_equal(tp1_item_str(it, s, 6), -1);	/* 6 bytes + NUL */
	assert_int_equal(tp1_item_str(it, s, 7), 0);
	it = tp1_find(pl.items, TP1_T_TOKEN);
	assert_int_equal(it->len, 16);
	assert_memory_equal(it->val, tok, 16);
	assert_int_equal(tp1_item_i64(tp1_find(pl.items, TP1_T_BALANCE), &i64),
	    0);
	assert_true(i64 == -12345678901LL);
	assert_int_equal(tp1_item_u32(tp1_find(pl.items, TP1_T_COUNT), &u32), 0);
	assert_int_equal(u32, 4000000000u);
	assert_int_equal(tp1_item_u16(tp1_find(pl.items, TP1_T_PAGE), &u16), 0);
	assert_int_equal(u16, 7);
	assert_int_equal(tp1_item_u8(tp1_find(pl.items, TP1_T_PAY_MODE), &u8),
	    0);
	assert_int_equal(u8, 2);
	/* Wrong widths and absent items are refused. */
	assert_int_equal(tp1_item_u16(tp1_find(pl.items, TP1_T_COUNT), &u16),
	    -1);
	assert_int_equal(tp1_item_i64(tp1_find(pl.items, TP1_T_AMOUNT), &i64),
	    -1);
	rec = tp1_find(pl.items, TP1_T_RECORD);
	assert_non_null(rec);
	assert_int_equal(tp1_item_str(tp1_find(rec->child, TP1_T_BILL_MONTH),
	    s, sizeof(s)), 0);
	assert_string_equal(s, "202609");
	rec = tp1_find(rec->child, TP1_T_RECORD);
	assert_non_null(rec);
	assert_int_equal(tp1_item_i64(rec->child, &i64), 0);
	assert_int_equal(i64, 6200);
	assert_null(rec->child->next);
	/* Records are not searched by tp1_find: only siblings. */
	assert_null(tp1_find(pl.items, TP1_T_PRINCIPAL));
	it = tp1_find(pl.items, TP1_T_NOTE);
	assert_int_equal(tp1_item_str(it, s, sizeof(s)), 0);
	assert_string_equal(s, "");
	assert_null(it->next);
	tp1_payload_free(&pl);
	assert_null(pl.pool);
	gbuf_free(&g);
}

/* The builder matches the wire bytes of a vector plaintext. */
static void
test_build_matches_vector(void **state)
{
	json_t			*v = vec_load(), *f;
	struct tp1_builder	 b;
	struct gbuf		 g;
	uint8_t			*want, tok[16];
	size_t			 n, i;

	(void)state;
	f = json_array_get(json_object_get(v, "frames"), 2);	/* payment */
	want = vec_hex(f, "plaintext", &n);
	for (i = 0; i < 16; i++)
		tok[i] = (uint8_t)i;
	gbuf_init(&g);
	tp1_build_start(&b, &g, TP1_FN_PAYMENT, 0);
	tp1_put_bytes(&b, TP1_T_TOKEN, tok, 16);
	tp1_put_str(&b, TP1_T_TERM_SERIAL, "20261122000001");
	tp1_put_str(&b, TP1_T_CUSTOMER_NO, "5100012345");
	tp1_put_i64(&b, TP1_T_AMOUNT, 12850);
	tp1_put_u8(&b, TP1_T_PAY_MODE, 1);
	assert_int_equal(g.len, n);
	assert_memory_equal(g.data, want, n);
	gbuf_free(&g);
	free(want);
	json_decref(v);
}

static void
test_item_str_rejects(void **state)
{
	struct tp1_item	it;
	char		s[16];
	static const uint8_t nul[] = { 'a', 0, 'b' };
	static const uint8_t bad[] = { 0xC0, 0xAF };		/* overlong */
	static const uint8_t sur[] = { 0xED, 0xA0, 0x80 };	/* surrogate */
	static const uint8_t cut[] = { 'x', 0xE5, 0xBC };	/* cut short */

	(void)state;
	memset(&it, 0, sizeof(it));
	it.tag = TP1_T_NOTE;
	it.val = nul, it.len = sizeof(nul);
	assert_int_equal(tp1_item_str(&it, s, sizeof(s)), -1);
	it.val = bad, it.len = sizeof(bad);
	assert_int_equal(tp1_item_str(&it, s, sizeof(s)), -1);
	it.val = sur, it.len = sizeof(sur);
	assert_int_equal(tp1_item_str(&it, s, sizeof(s)), -1);
	it.val = cut, it.len = sizeof(cut);
	assert_int_equal(tp1_item_str(&it, s, sizeof(s)), -1);
	assert_int_equal(tp1_item_str(NULL, s, sizeof(s)), -1);
	assert_int_equal(tp1_utf8_valid((const uint8_t *)"\xF0\x9F\x98\x80", 4),
	    1);
	assert_int_equal(tp1_utf8_valid((const uint8_t *)"\xF4\x90\x80\x80", 4),
	    0);
}

/* TP/1 strings are text: no C0, DEL or C1 control character anywhere,
 * inside records too; Chinese text passes. */
static void
test_text_rejects_controls(void **state)
{
	struct tp1_item		 it;
	struct tp1_payload	 pl;
	struct tp1_builder	 tb;
	struct gbuf		 b;
	char			 s[32];
	uint8_t			 bad = 0;
	static const uint8_t nl[] = { 'a', '\n', 'b' };
	static const uint8_t del[] = { 'a', 0x7f };
	static const uint8_t c1[] = { 'a', 0xC2, 0x9B, '2', 'J' };	/* CSI */
	static const uint8_t zh[] = { 0xE5, 0xBC, 0xA0, 0xC2, 0xA0 };	/* "张", NBSP */

	(void)state;
	memset(&it, 0, sizeof(it));
	it.tag = TP1_T_TERM_SERIAL;
	it.val = nl, it.len = sizeof(nl);
	assert_int_equal(tp1_item_str(&it, s, sizeof(s)), -1);
	it.val = del, it.len = sizeof(del);
	assert_int_equal(tp1_item_str(&it, s, sizeof(s)), -1);
	it.val = c1, it.len = sizeof(c1);
	assert_int_equal(tp1_item_str(&it, s, sizeof(s)), -1);
	it.val = zh, it.len = sizeof(zh);
	assert_int_equal(tp1_item_str(&it, s, sizeof(s)), 0);

	gbuf_init(&b);
	tp1_build_start(&tb, &b, TP1_FN_READ_UPLOAD, 0);
	tp1_put_str(&tb, TP1_T_NOTE, "fine");
	tp1_record_begin(&tb);
	tp1_put_str(&tb, TP1_T_METER_NO, "M1");
	tp1_put_str(&tb, TP1_T_READ_TIME, "20261205\r120000");
	tp1_record_end(&tb);
	assert_int_equal(tp1_payload_parse(b.data, b.len, &pl), TP1_OK);
	assert_int_equal(tp1_payload_text_ok(&pl, &bad), 0);
	assert_int_equal(bad, TP1_T_READ_TIME);
	tp1_payload_free(&pl);
	gbuf_reset(&b);
	tp1_build_start(&tb, &b, TP1_FN_READ_UPLOAD, 0);
	tp1_put_str(&tb, TP1_T_NOTE, "\xE6\x8A\x84\xE8\xA1\xA8");
	tp1_put_bytes(&tb, TP1_T_CARD_DATA, "\x00\x01\n", 3);	/* bytes, not text */
	assert_int_equal(tp1_payload_parse(b.data, b.len, &pl), TP1_OK);
	assert_int_equal(tp1_payload_text_ok(&pl, &bad), 1);
	tp1_payload_free(&pl);
	gbuf_free(&b);
}

static void
test_mask_secrets(void **state)
{
	struct tp1_builder	 b;
	struct tp1_payload	 pl;
	struct gbuf		 g;
	char			 s[32];
	size_t			 cut;

	(void)state;
	gbuf_init(&g);
	tp1_build_start(&b, &g, TP1_FN_SIGN_ON, 0);
	tp1_put_str(&b, TP1_T_OPERATOR_ID, "op0001");
	tp1_put_str(&b, TP1_T_PIN, "123456");
	tp1_record_begin(&b);
	tp1_put_str(&b, TP1_T_PIN, "98");
	tp1_record_end(&b);
	tp1_put_str(&b, TP1_T_APP_VERSION, "hht-2.3.1");
	tp1_mask_secrets(g.data, g.len);
	assert_int_equal(tp1_payload_parse(g.data, g.len, &pl), TP1_OK);
	assert_int_equal(tp1_item_str(tp1_find(pl.items, TP1_T_PIN), s,
	    sizeof(s)), 0);
	assert_string_equal(s, "******");
	assert_int_equal(tp1_item_str(tp1_find(tp1_find(pl.items,
	    TP1_T_RECORD)->child, TP1_T_PIN), s, sizeof(s)), 0);
	assert_string_equal(s, "**");
	assert_int_equal(tp1_item_str(tp1_find(pl.items, TP1_T_OPERATOR_ID), s,
	    sizeof(s)), 0);
	assert_string_equal(s, "op0001");
	tp1_payload_free(&pl);
	/* The session token of any request is masked too. */
	gbuf_reset(&g);
	tp1_build_start(&b, &g, TP1_FN_ARREARS_QUERY, 0);
	tp1_put_bytes(&b, TP1_T_TOKEN, "\x01\x02\x03\x04\x05\x06\x07\x08"
	    "\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10", 16);
	tp1_put_str(&b, TP1_T_CUSTOMER_NO, "5100000001");
	tp1_mask_secrets(g.data, g.len);
	assert_int_equal(tp1_payload_parse(g.data, g.len, &pl), TP1_OK);
	assert_int_equal(tp1_find(pl.items, TP1_T_TOKEN)->len, 16);
	assert_memory_equal(tp1_find(pl.items, TP1_T_TOKEN)->val,
	    "****************", 16);
	assert_int_equal(tp1_item_str(tp1_find(pl.items, TP1_T_CUSTOMER_NO), s,
	    sizeof(s)), 0);
	assert_string_equal(s, "5100000001");
	tp1_payload_free(&pl);
	/* Malformed input: masks what it can, reads nothing past n. */
	gbuf_reset(&g);
	tp1_build_start(&b, &g, TP1_FN_SIGN_ON, 0);
	tp1_put_str(&b, TP1_T_PIN, "4321");
	for (cut = 0; cut <= g.len; cut++) {
		uint8_t	*c = malloc(cut + 1);

		memcpy(c, g.data, cut);
		tp1_mask_secrets(c, cut);
		if (cut == g.len)
			assert_memory_equal(c + cut - 4, "****", 4);
		else if (cut > 4)
			assert_memory_equal(c, g.data, cut);	/* untouched */
		free(c);
	}
	gbuf_free(&g);
}

static void
test_names(void **state)
{
	const char	*n;
	unsigned	 c;
	int		 funcs = 0, statuses = 0, alerts = 0, tags = 0;

	(void)state;
	for (c = 0; c <= 0xFFFF; c++) {
		if ((n = tp1_func_name((uint16_t)c)) != NULL) {
			assert_int_equal(tp1_func_code(n), c);
			funcs++;
		}
		if ((n = tp1_status_name((uint16_t)c)) != NULL) {
			assert_int_equal(tp1_status_code(n), c);
			statuses++;
		}
		if ((n = tp1_alert_name((uint16_t)c)) != NULL) {
			assert_int_equal(tp1_alert_code(n), c);
			alerts++;
		}
	}
	for (c = 0; c <= 0xFF; c++) {
		if ((n = tp1_tag_name((uint8_t)c)) != NULL) {
			assert_int_equal(tp1_tag_code(n), c);
			assert_int_not_equal(tp1_tag_type((uint8_t)c),
			    TP1_TY_UNKNOWN);
			tags++;
		} else
			assert_int_equal(tp1_tag_type((uint8_t)c),
			    TP1_TY_UNKNOWN);
	}
	/* TP1 §5.2: 18 functions; §6 (rev. 2026-12): 22 statuses, 10 alerts; §5.1: 47 tags. */
	assert_int_equal(funcs, 18);
	assert_int_equal(statuses, 22);
	assert_int_equal(alerts, 10);
	assert_int_equal(tags, 47);
	assert_string_equal(tp1_func_name(0x0302), "PAYMENT");
	assert_string_equal(tp1_status_name(0x0402), "SEQ_REPLAY");
	assert_string_equal(tp1_status_name(0x0304), "IN_DOUBT");
	assert_string_equal(tp1_status_name(0x0406), "SERIAL_REUSED");
	assert_string_equal(tp1_alert_name(0x0006), "BAD_MAC");
	assert_string_equal(tp1_tag_name(0x2C), "pay_mode");
	assert_int_equal(tp1_tag_type(TP1_T_TOKEN), TP1_TY_TOKEN);
	assert_int_equal(tp1_tag_type(TP1_T_CARD_DATA), TP1_TY_BYTES);
	assert_int_equal(tp1_tag_type(TP1_T_AMOUNT), TP1_TY_I64);
	assert_int_equal(tp1_tag_type(TP1_T_LAST_SEQ), TP1_TY_U32);
	assert_int_equal(tp1_tag_type(TP1_T_ITEM_STATUS), TP1_TY_U16);
	assert_int_equal(tp1_tag_type(TP1_T_REPLAYED), TP1_TY_U8);
	assert_int_equal(tp1_func_code("NOPE"), -1);
	assert_int_equal(tp1_tag_code(NULL), -1);
	assert_null(tp1_func_name(0x0308));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_build_parse_roundtrip),
		cmocka_unit_test(test_build_matches_vector),
		cmocka_unit_test(test_item_str_rejects),
		cmocka_unit_test(test_text_rejects_controls),
		cmocka_unit_test(test_mask_secrets),
		cmocka_unit_test(test_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
