/*
 * test_tp1_json.c - the JSON form of frames (common/tp1_json.h): every
 * vector frame decodes to JSON and encodes back to the same bytes; JSON
 * encodes and decodes back to the same JSON; pins can be masked; bad JSON
 * is refused with a reason.
 */
#include "test_tp1_util.h"
#include "tp1_json.h"

static void
keys_for(const json_t *v, uint8_t suite, struct tp1_keys *k)
{
	vec_terminal_keys(v, suite, k);
}

/* Frame -> JSON -> frame (fixed IV from the frame) -> JSON, both equal. */
static void
test_vector_frames_roundtrip(void **state)
{
	json_t		*v = vec_load(), *f, *j, *j2;
	struct tp1_keys	 k;
	struct gbuf	 out;
	uint8_t		*frame;
	size_t		 i, n, count = 0;
	enum tp1_err	 e;
	char		 err[256];

	(void)state;
	json_array_foreach(json_object_get(v, "frames"), i, f) {
		keys_for(v, (uint8_t)vec_int(f, "suite"), &k);
		frame = vec_hex(f, "frame", &n);
		j = tp1_json_open(&k, frame, n, 0, &e);
		assert_int_equal(e, TP1_OK);
		assert_non_null(j);
		/* The fields of the vector are those of the JSON. */
		assert_int_equal(json_integer_value(json_object_get(j, "seq")),
		    vec_int(f, "seq"));
		assert_int_equal(json_integer_value(json_object_get(j, "time")),
		    vec_int(f, "time"));
		assert_int_equal(json_integer_value(json_object_get(j,
		    "flags")), vec_int(f, "flags"));
		if (json_object_get(f, "iv") != NULL)
			assert_string_equal(json_string_value(json_object_get(j,
			    "iv")), json_string_value(json_object_get(f, "iv")));
		gbuf_init(&out);
		assert_int_equal(tp1_json_seal(&k, j, &out, err, sizeof(err)),
		    0);
		assert_int_equal(out.len, n);
		assert_memory_equal(out.data, frame, n);
		j2 = tp1_json_open(&k, out.data, out.len, 0, &e);
		assert_non_null(j2);
		assert_true(json_equal(j, j2));
		json_decref(j);
		json_decref(j2);
		gbuf_free(&out);
		free(frame);
		count++;
	}
	assert_int_equal(count, 9);
	json_decref(v);
}

static json_t *
load(const char *text)
{
	json_error_t	 jerr;
	json_t		*j = json_loads(text, 0, &jerr);

	if (j == NULL)
		fail_msg("bad test JSON: %s", jerr.text);
	return j;
}

/* The example of the issue, with every item type, survives both ways. */
static void
test_json_roundtrip(void **state)
{
	static const char *text = "{\"suite\":2,\"kind\":\"response\","
	    "\"flags\":1,\"terminal\":\"8613900000000001\",\"seq\":3,"
	    "\"time\":1795338002,\"keyver\":1,"
	    "\"iv\":\"000102030405060708090A0B0C0D0E0F\","
	    "\"func\":\"CARD_RECHARGE\",\"status\":\"HOST_DECLINED\","
	    "\"items\":[{\"token\":\"000102030405060708090A0B0C0D0E0F\"},"
	    "{\"term_serial\":\"20261122000001\"},{\"amount\":-5},"
	    "{\"card_data\":\"DEADBEEF\"},{\"purchase_count\":4294967295},"
	    "{\"page\":65535},{\"replayed\":1},{\"message\":\"拒绝\"},"
	    "{\"record\":[{\"bill_month\":\"202609\"},{\"record\":[]}]},"
	    "{\"tag_0x7a\":\"00FF\"},{\"note\":\"\"}]}";
	json_t		*v = vec_load(), *j = load(text), *back;
	struct tp1_keys	 k;
	struct gbuf	 out;
	enum tp1_err	 e;
	char		 err[256];

	(void)state;
	keys_for(v, 2, &k);
	gbuf_init(&out);
	assert_int_equal(tp1_json_seal(&k, j, &out, err, sizeof(err)), 0);
	back = tp1_json_open(&k, out.data, out.len, 0, &e);
	assert_int_equal(e, TP1_OK);
	assert_true(json_equal(j, back));
	json_decref(back);
	gbuf_free(&out);
	json_decref(j);
	json_decref(v);
}

/* Without "iv" a random one is drawn; unknown codes show as 0x.... */
static void
test_random_iv_and_unknown_codes(void **state)
{
	json_t		*v = vec_load(), *j, *a, *b;
	struct tp1_keys	 k;
	struct gbuf	 o1, o2;
	enum tp1_err	 e;
	char		 err[256];

	(void)state;
	keys_for(v, 1, &k);
	j = load("{\"suite\":1,\"kind\":\"request\",\"terminal\":"
	    "\"8613900000000001\",\"seq\":9,\"time\":1,\"keyver\":1,"
	    "\"func\":\"0x0999\",\"status\":\"0x1234\"}");
	gbuf_init(&o1);
	gbuf_init(&o2);
	assert_int_equal(tp1_json_seal(&k, j, &o1, err, sizeof(err)), 0);
	assert_int_equal(tp1_json_seal(&k, j, &o2, err, sizeof(err)), 0);
	assert_memory_not_equal(o1.data + TP1_HDR_LEN, o2.data + TP1_HDR_LEN,
	    8);
	a = tp1_json_open(&k, o1.data, o1.len, 0, &e);
	b = tp1_json_open(&k, o2.data, o2.len, 0, &e);
	assert_string_equal(json_string_value(json_object_get(a, "func")),
	    "0x0999");
	assert_string_equal(json_string_value(json_object_get(a, "status")),
	    "0x1234");
	assert_int_equal(json_integer_value(json_object_get(a, "flags")), 0);
	assert_int_equal(json_array_size(json_object_get(a, "items")), 0);
	json_object_del(a, "iv");
	json_object_del(b, "iv");
	assert_true(json_equal(a, b));
	json_decref(a);
	json_decref(b);
	json_decref(j);
	gbuf_free(&o1);
	gbuf_free(&o2);
	json_decref(v);
}

static void
test_mask_pin(void **state)
{
	json_t		*v = vec_load(), *f, *j, *items;
	struct tp1_keys	 k;
	uint8_t		*frame;
	size_t		 n;
	enum tp1_err	 e;

	(void)state;
	f = json_array_get(json_object_get(v, "frames"), 1);	/* sign-on */
	keys_for(v, 1, &k);
	frame = vec_hex(f, "frame", &n);
	j = tp1_json_open(&k, frame, n, TP1_JSON_MASK_PIN, &e);
	assert_non_null(j);
	items = json_object_get(j, "items");
	assert_string_equal(json_string_value(json_object_get(
	    json_array_get(items, 1), "pin")), "****");
	assert_string_equal(json_string_value(json_object_get(
	    json_array_get(items, 0), "operator_id")), "op0001");
	json_decref(j);
	j = tp1_json_open(&k, frame, n, 0, &e);
	assert_string_not_equal(json_string_value(json_object_get(
	    json_array_get(json_object_get(j, "items"), 1), "pin")), "****");
	json_decref(j);
	free(frame);
	json_decref(v);
}

/* A string that is not UTF-8 keeps its bytes under tag_0xNN. */
static void
test_non_utf8_string(void **state)
{
	struct tp1_builder	 b;
	struct tp1_payload	 pl;
	struct gbuf		 g, g2;
	json_t			*items;
	char			 err[128];

	(void)state;
	gbuf_init(&g);
	gbuf_init(&g2);
	tp1_build_start(&b, &g, TP1_FN_ECHO, 0);
	tp1_put_bytes(&b, TP1_T_NOTE, "\xC0\xAF", 2);
	assert_int_equal(tp1_payload_parse(g.data, g.len, &pl), TP1_OK);
	items = tp1_json_items(pl.items, 0);
	assert_string_equal(json_string_value(json_object_get(
	    json_array_get(items, 0), "tag_0x0d")), "C0AF");
	tp1_build_start(&b, &g2, TP1_FN_ECHO, 0);
	assert_int_equal(tp1_json_put_items(&b, items, err, sizeof(err)), 0);
	assert_int_equal(g.len, g2.len);
	assert_memory_equal(g.data, g2.data, g.len);
	json_decref(items);
	tp1_payload_free(&pl);
	gbuf_free(&g);
	gbuf_free(&g2);
}

static void
expect_refused(const struct tp1_keys *k, const char *text, const char *what)
{
	json_t		*j = load(text);
	struct gbuf	 out;
	char		 err[256];

	gbuf_init(&out);
	err[0] = '\0';
	assert_int_equal(tp1_json_seal(k, j, &out, err, sizeof(err)), -1);
	if (strstr(err, what) == NULL)
		fail_msg("error \"%s\" does not mention \"%s\"", err, what);
	assert_int_equal(out.len, 0);
	gbuf_free(&out);
	json_decref(j);
}

#define HDR	"\"suite\":1,\"kind\":\"request\",\"terminal\":" \
		"\"8613900000000001\",\"seq\":1,\"time\":1,\"keyver\":1"

static void
test_bad_json(void **state)
{
	json_t		*v = vec_load();
	struct tp1_keys	 k;

	(void)state;
	keys_for(v, 1, &k);
	expect_refused(&k, "[]", "object");
	expect_refused(&k, "{" HDR ",\"func\":\"NOPE\"}", "func");
	expect_refused(&k, "{" HDR ",\"func\":\"ECHO\",\"status\":\"MEH\"}",
	    "status");
	expect_refused(&k, "{\"suite\":1,\"kind\":\"query\"}", "kind");
	expect_refused(&k, "{\"suite\":1,\"kind\":\"request\",\"terminal\":"
	    "\"12\",\"seq\":1,\"time\":1,\"keyver\":1}", "terminal");
	expect_refused(&k, "{\"suite\":3,\"kind\":\"request\",\"terminal\":"
	    "\"8613900000000001\",\"seq\":1,\"time\":1,\"keyver\":1,"
	    "\"func\":\"ECHO\"}", "suite");
	expect_refused(&k, "{" HDR ",\"seq\":-1}", "seq");
	expect_refused(&k, "{" HDR ",\"func\":\"ECHO\",\"iv\":\"0001\"}", "iv");
	expect_refused(&k, "{" HDR ",\"func\":\"ECHO\",\"items\":"
	    "[{\"colour\":\"red\"}]}", "colour");
	expect_refused(&k, "{" HDR ",\"func\":\"ECHO\",\"items\":"
	    "[{\"amount\":\"12\"}]}", "amount");
	expect_refused(&k, "{" HDR ",\"func\":\"ECHO\",\"items\":"
	    "[{\"pay_mode\":256}]}", "pay_mode");
	expect_refused(&k, "{" HDR ",\"func\":\"ECHO\",\"items\":"
	    "[{\"token\":\"0001\"}]}", "token");
	expect_refused(&k, "{" HDR ",\"func\":\"ECHO\",\"items\":"
	    "[{\"card_data\":\"XYZ1\"}]}", "card_data");
	expect_refused(&k, "{" HDR ",\"func\":\"ECHO\",\"items\":"
	    "[{\"note\":\"a\",\"page\":1}]}", "one key");
	expect_refused(&k, "{" HDR ",\"func\":\"ECHO\",\"items\":"
	    "[{\"record\":[{\"record\":[{\"record\":[{\"record\":"
	    "[{\"record\":[]}]}]}]}]}]}", "nested");
	expect_refused(&k, "{" HDR ",\"kind\":\"alert\",\"alert\":\"OOPS\"}",
	    "alert");
	json_decref(v);
}

static void
test_alert_json(void **state)
{
	json_t		*j, *back;
	struct gbuf	 out;
	enum tp1_err	 e;
	char		 err[128];

	(void)state;
	j = load("{\"suite\":2,\"kind\":\"alert\",\"flags\":0,\"terminal\":"
	    "\"8613900000000001\",\"seq\":7,\"time\":5,\"keyver\":3,"
	    "\"alert\":\"OVERLOADED\"}");
	gbuf_init(&out);
	assert_int_equal(tp1_json_seal(NULL, j, &out, err, sizeof(err)), 0);
	assert_int_equal(out.len, TP1_ALERT_LEN);
	back = tp1_json_open(NULL, out.data, out.len, 0, &e);
	assert_non_null(back);
	assert_true(json_equal(j, back));
	/* A frame that is not an alert needs keys. */
	assert_null(tp1_json_open(NULL, (const uint8_t *)"GF", 2, 0, &e));
	assert_int_equal(e, TP1_E_TRUNCATED);
	json_decref(back);
	json_decref(j);
	gbuf_free(&out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vector_frames_roundtrip),
		cmocka_unit_test(test_json_roundtrip),
		cmocka_unit_test(test_random_iv_and_unknown_codes),
		cmocka_unit_test(test_mask_pin),
		cmocka_unit_test(test_non_utf8_string),
		cmocka_unit_test(test_bad_json),
		cmocka_unit_test(test_alert_json),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
