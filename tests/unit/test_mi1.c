/* test_mi1.c - MI/1 framing and XML codec (common/mi1.c, MI1 §1–§2). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#if !__has_include(<libxml/parser.h>)
/*
 * gfcommon is built without libxml2 (common/CMakeLists.txt must link
 * PkgConfig::LIBXML2), so the codec is missing: fail loudly, do not skip.
 */
int
main(void)
{
	fprintf(stderr, "test_mi1: gfcommon is built without libxml2; "
	    "the MI/1 codec is not in the library\n");
	return 1;
}
#else

#include "mi1.h"
#include "util.h"

static const char spec_sample[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<msg>\n"
    "  <head>\n"
    "    <trcode>1002</trcode>\n"
    "    <serial>SC0120261122000000123</serial>\n"
    "    <orgno>SC01</orgno>\n"
    "    <txdate>20261122</txdate><txtime>101502</txtime>\n"
    "    <rspcode>0000</rspcode><rspmsg>成功</rspmsg>\n"
    "  </head>\n"
    "  <body>\n"
    "    <mkserial>MK000001</mkserial><balance>0</balance>\n"
    "    <totaldue>12345</totaldue>\n"
    "    <settled><item><month>202610</month><principal>10000</principal>"
    "<latefee>12</latefee></item>\n"
    "      <item><month>202611</month><principal>2333</principal>"
    "<latefee>0</latefee></item></settled>\n"
    "  </body>\n"
    "</msg>\n";

static int
decode_str(const char *xml, struct mi1_msg *m, char *err, size_t errlen)
{
	return mi1_decode((const uint8_t *)xml, strlen(xml), m, err, errlen);
}

static void
test_frame_parse(void **state)
{
	const uint8_t	*body = NULL;
	size_t		 blen = 0;

	(void)state;
	assert_int_equal(mi1_frame_parse((const uint8_t *)"0000", 4, &body,
	    &blen), 0);
	assert_int_equal(mi1_frame_parse((const uint8_t *)"00x0", 4, &body,
	    &blen), -1);
	assert_int_equal(mi1_frame_parse((const uint8_t *)"0000000Aabc", 11,
	    &body, &blen), -1);
	assert_int_equal(mi1_frame_parse((const uint8_t *)" 0000003abc", 11,
	    &body, &blen), -1);
	/* Need the whole body before a message is returned. */
	assert_int_equal(mi1_frame_parse((const uint8_t *)"00000005abc", 11,
	    &body, &blen), 0);
	assert_int_equal(mi1_frame_parse((const uint8_t *)"00000003abcNEXT",
	    15, &body, &blen), 11);
	assert_int_equal(blen, 3);
	assert_memory_equal(body, "abc", 3);
	/* 4 MiB is the limit; one byte more is refused from the prefix. */
	assert_int_equal(mi1_frame_parse((const uint8_t *)"04194304", 8,
	    &body, &blen), 0);
	assert_int_equal(mi1_frame_parse((const uint8_t *)"04194305", 8,
	    &body, &blen), -1);
	assert_int_equal(mi1_frame_parse((const uint8_t *)"99999999", 8,
	    &body, &blen), -1);
}

static void
test_decode_spec_sample(void **state)
{
	struct mi1_msg	 m;
	char		 err[256];
	json_t		*settled, *it;
	int64_t		 v;

	(void)state;
	assert_int_equal(decode_str(spec_sample, &m, err, sizeof(err)), 0);
	assert_string_equal(m.trcode, "1002");
	assert_string_equal(m.serial, "SC0120261122000000123");
	assert_string_equal(m.orgno, "SC01");
	assert_string_equal(m.txdate, "20261122");
	assert_string_equal(m.txtime, "101502");
	assert_int_equal(m.is_response, 1);
	assert_string_equal(m.rspcode, "0000");
	assert_string_equal(m.rspmsg, "成功");
	assert_string_equal(mi1_get_str(m.body, "mkserial"), "MK000001");
	/* Every leaf is a string. */
	assert_true(json_is_string(json_object_get(m.body, "totaldue")));
	assert_int_equal(mi1_get_i64(m.body, "totaldue", &v), 0);
	assert_int_equal(v, 12345);
	settled = json_object_get(m.body, "settled");
	assert_true(json_is_array(settled));
	assert_int_equal(json_array_size(settled), 2);
	it = json_array_get(settled, 1);
	assert_string_equal(mi1_get_str(it, "month"), "202611");
	assert_int_equal(mi1_get_i64(it, "principal", &v), 0);
	assert_int_equal(v, 2333);
	mi1_msg_clear(&m);
	assert_null(m.body);
}

static void
test_roundtrip(void **state)
{
	struct mi1_msg	 m, d;
	struct gbuf	 out;
	const uint8_t	*body;
	size_t		 blen;
	long		 used;
	char		 err[256];
	json_error_t	 jerr;
	int64_t		 v;

	(void)state;
	memset(&m, 0, sizeof(m));
	mi1_head_init(&m, "1001", "SC0120260101000000001", "SC01", 0);
	assert_int_equal(strlen(m.txdate), 8);
	assert_int_equal(strlen(m.txtime), 6);
	m.body = json_loads("{\"custno\":\"0012345678\",\"amount\":-42,"
	    "\"addr\":\"成都市 <A&B> \\\"x\\\"\",\"flag\":true,"
	    "\"bills\":[{\"month\":\"202601\",\"principal\":100},"
	    "{\"month\":\"202602\",\"principal\":\"200\"}],"
	    "\"items\":[],\"empty\":\"\"}", 0, &jerr);
	assert_non_null(m.body);
	gbuf_init(&out);
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), 0);
	/* The frame prefix counts exactly the body bytes. */
	used = mi1_frame_parse(out.data, out.len, &body, &blen);
	assert_int_equal(used, (long)out.len);
	assert_int_equal(blen + 8, out.len);
	assert_non_null(memmem(body, blen, "encoding=\"UTF-8\"", 16));
	assert_non_null(memmem(body, blen, "&lt;A&amp;B&gt;", 15));

	assert_int_equal(mi1_decode(body, blen, &d, err, sizeof(err)), 0);
	assert_string_equal(d.trcode, "1001");
	assert_string_equal(d.serial, "SC0120260101000000001");
	assert_int_equal(d.is_response, 0);
	assert_string_equal(mi1_get_str(d.body, "custno"), "0012345678");
	assert_string_equal(mi1_get_str(d.body, "addr"),
	    "成都市 <A&B> \"x\"");
	assert_string_equal(mi1_get_str(d.body, "flag"), "1");
	assert_string_equal(mi1_get_str(d.body, "empty"), "");
	assert_int_equal(mi1_get_i64(d.body, "amount", &v), 0);
	assert_int_equal(v, -42);
	assert_int_equal(json_array_size(json_object_get(d.body, "bills")), 2);
	assert_string_equal(mi1_get_str(json_array_get(
	    json_object_get(d.body, "bills"), 0), "principal"), "100");
	/* A known list container that is empty stays a list. */
	assert_true(json_is_array(json_object_get(d.body, "items")));
	assert_int_equal(json_array_size(json_object_get(d.body, "items")), 0);
	mi1_msg_clear(&d);

	/* Response head fields survive the trip too. */
	gbuf_reset(&out);
	m.is_response = 1;
	strcpy(m.rspcode, "2001");
	strcpy(m.rspmsg, "重复流水");
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), 0);
	assert_int_equal(mi1_decode(out.data + 8, out.len - 8, &d, err,
	    sizeof(err)), 0);
	assert_int_equal(d.is_response, 1);
	assert_string_equal(d.rspcode, "2001");
	assert_string_equal(d.rspmsg, "重复流水");
	mi1_msg_clear(&d);
	mi1_msg_clear(&m);
	gbuf_free(&out);
}

static void
test_encode_rejects(void **state)
{
	struct mi1_msg	 m;
	struct gbuf	 out;
	char		 err[256];

	(void)state;
	gbuf_init(&out);
	memset(&m, 0, sizeof(m));
	mi1_head_init(&m, "1002", "S1", "SC01", 0);
	m.body = json_pack("{s:f}", "amount", 1.5);	/* no doubles for money */
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), -1);
	assert_int_equal(out.len, 0);
	json_decref(m.body);
	m.body = json_pack("{s:s}", "bad name", "x");	/* not an XML name */
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), -1);
	json_decref(m.body);
	m.body = json_pack("[s]", "x");			/* body must be object */
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), -1);
	json_decref(m.body);
	m.body = NULL;
	m.trcode[0] = '\0';
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), -1);
	assert_int_equal(out.len, 0);
	/* An empty body is fine (heartbeat 9002). */
	strcpy(m.trcode, "9002");
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), 0);
	assert_true(out.len > 8);
	gbuf_free(&out);
}

/* What an XML 1.0 document cannot carry is refused before it is sent. */
static void
test_encode_rejects_control_chars(void **state)
{
	struct mi1_msg	 m;
	struct gbuf	 out;
	char		 err[256];

	(void)state;
	gbuf_init(&out);
	memset(&m, 0, sizeof(m));
	mi1_head_init(&m, "1002", "S1", "SC01", 0);
	m.body = json_pack("{s:s}", "note", "a\001b");
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "note"));
	json_decref(m.body);
	m.body = json_pack("{s:[s]}", "list", "x\033y");
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), -1);
	json_decref(m.body);
	m.body = json_pack("{s:s%}", "termserial", "ab\0cd", (size_t)5);
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), -1);
	json_decref(m.body);
	m.body = NULL;
	strcpy(m.serial, "S\0012");
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), -1);
	assert_int_equal(out.len, 0);
	/* Tab and newline are XML text: carried. */
	strcpy(m.serial, "S2");
	m.body = json_pack("{s:s}", "note", "a\tb\nc");
	assert_int_equal(mi1_encode(&m, &out, err, sizeof(err)), 0);
	json_decref(m.body);
	gbuf_free(&out);
}

static void
expect_reject(const char *xml)
{
	struct mi1_msg	m;
	char		err[256] = "";

	m.body = (json_t *)0x1;	/* decode must not trust the caller's msg */
	assert_int_equal(decode_str(xml, &m, err, sizeof(err)), -1);
	assert_true(err[0] != '\0');
	assert_null(m.body);
}

static void
test_decode_rejects(void **state)
{
	(void)state;
	expect_reject("not xml at all");
	expect_reject("<msg><head><trcode>1001</trcode>");	/* truncated */
	expect_reject("<other><head><trcode>1</trcode><serial>s</serial>"
	    "</head></other>");
	expect_reject("<msg><body/></msg>");			/* no head */
	expect_reject("<msg><head><serial>s</serial></head></msg>");
	expect_reject("<msg><head><trcode>1001</trcode></head></msg>");
	expect_reject("<msg><head><trcode>1001</trcode><serial>"
	    "0123456789012345678901234567890123</serial></head></msg>");
	expect_reject("<msg><head><trcode>1001</trcode><trcode>1002</trcode>"
	    "<serial>s</serial></head></msg>");
	expect_reject("<msg><head><trcode>1001</trcode><serial>s</serial>"
	    "</head><body><a>x<b>y</b></a></body></msg>");	/* mixed */
	expect_reject("<msg><head><trcode>1001</trcode><serial>s</serial>"
	    "</head><body><a>1</a><a>2</a></body></msg>");	/* duplicate */
	/* Entities / DTDs are refused (no billion laughs, no XXE). */
	expect_reject("<?xml version=\"1.0\"?><!DOCTYPE msg ["
	    "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
	    "<msg><head><trcode>1001</trcode><serial>&b;</serial></head>"
	    "</msg>");
	expect_reject("<?xml version=\"1.0\"?><!DOCTYPE msg SYSTEM "
	    "\"file:///etc/passwd\"><msg><head><trcode>1</trcode>"
	    "<serial>s</serial></head></msg>");
	/* Not UTF-8. */
	expect_reject("<msg><head><trcode>1001</trcode><serial>\xff\xfe"
	    "</serial></head></msg>");
}

static void
test_deep_nesting(void **state)
{
	struct gbuf	 x;
	int		 i;
	struct mi1_msg	 m;
	char		 err[256];

	(void)state;
	gbuf_init(&x);
	gbuf_add(&x, "<msg><head><trcode>1</trcode><serial>s</serial></head>"
	    "<body>", 61);
	for (i = 0; i < 50; i++)
		gbuf_add(&x, "<a>", 3);
	for (i = 0; i < 50; i++)
		gbuf_add(&x, "</a>", 4);
	gbuf_add(&x, "</body></msg>", 13);
	assert_int_equal(mi1_decode(x.data, x.len, &m, err, sizeof(err)), -1);
	assert_null(m.body);
	gbuf_free(&x);
}

static void
test_get_i64(void **state)
{
	json_t	*o;
	int64_t	 v = 7;

	(void)state;
	o = json_pack("{s:s,s:s,s:s,s:s,s:s,s:s,s:I,s:s,s:s}", "a", "123",
	    "b", "-9", "c", "12a", "d", "", "e", " 1",
	    "f", "99999999999999999999", "g", (json_int_t)5, "h", "+3",
	    "i", "-");
	assert_int_equal(mi1_get_i64(o, "a", &v), 0);
	assert_int_equal(v, 123);
	assert_int_equal(mi1_get_i64(o, "b", &v), 0);
	assert_int_equal(v, -9);
	assert_int_equal(mi1_get_i64(o, "c", &v), -1);
	assert_int_equal(mi1_get_i64(o, "d", &v), -1);
	assert_int_equal(mi1_get_i64(o, "e", &v), -1);
	assert_int_equal(mi1_get_i64(o, "f", &v), -1);
	assert_int_equal(mi1_get_i64(o, "g", &v), 0);
	assert_int_equal(v, 5);
	assert_int_equal(mi1_get_i64(o, "h", &v), -1);
	assert_int_equal(mi1_get_i64(o, "i", &v), -1);
	assert_int_equal(mi1_get_i64(o, "zz", &v), -1);
	assert_null(mi1_get_str(o, "g"));
	assert_null(mi1_get_str(o, "zz"));
	assert_string_equal(mi1_get_str(o, "a"), "123");
	assert_null(mi1_get_str(NULL, "a"));
	json_decref(o);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frame_parse),
		cmocka_unit_test(test_decode_spec_sample),
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_encode_rejects),
		cmocka_unit_test(test_encode_rejects_control_chars),
		cmocka_unit_test(test_decode_rejects),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_get_i64),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

#endif
