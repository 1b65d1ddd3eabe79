/*
 * test_proxy2.c - the PROXY protocol v2 header parser (common/proxy2.h)
 * on byte vectors: TCP over IPv4 and IPv6, LOCAL, TLVs, every way a header
 * can be truncated, a bad signature, version, command or family, a length
 * too short for the addresses, TLVs that overrun or exceed the cap.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "proxy2.h"

/* TCP over IPv4: 192.0.2.7:40001 -> 10.0.0.1:7001, no TLV. */
static const uint8_t v4[] = {
	0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d, 0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a,
	0x21, 0x11, 0x00, 0x0c,
	192, 0, 2, 7,  10, 0, 0, 1,  0x9c, 0x41,  0x1b, 0x59,
};

/* TCP over IPv6: 2001:db8::7:40001 -> 2001:db8::1:7001, a NOOP TLV of 3. */
static const uint8_t v6[] = {
	0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d, 0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a,
	0x21, 0x21, 0x00, 0x2a,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x07,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01,
	0x9c, 0x41,  0x1b, 0x59,
	0x04, 0x00, 0x03, 0xaa, 0xbb, 0xcc,
};

/* LOCAL (a balancer's health check), family UNSPEC, no body. */
static const uint8_t local[] = {
	0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d, 0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a,
	0x20, 0x00, 0x00, 0x00,
};

static enum proxy2_res
parse(const uint8_t *b, size_t n, struct proxy2 *p, size_t *need)
{
	return proxy2_parse(b, n, p, need);
}

static void
test_v4(void **state)
{
	struct proxy2	p;
	size_t		need;
	uint8_t		buf[sizeof(v4) + 5];

	(void)state;
	assert_int_equal(parse(v4, sizeof(v4), &p, &need), PROXY2_OK);
	assert_int_equal(p.len, sizeof(v4));
	assert_int_equal(p.local, 0);
	assert_string_equal(p.src, "192.0.2.7");
	assert_int_equal(p.sport, 40001);
	assert_string_equal(p.dst, "10.0.0.1");
	assert_int_equal(p.dport, 7001);
	/* The terminal's own bytes after it are not the header's. */
	memcpy(buf, v4, sizeof(v4));
	memcpy(buf + sizeof(v4), "GF\x01\x02\x03", 5);
	assert_int_equal(parse(buf, sizeof(buf), &p, &need), PROXY2_OK);
	assert_int_equal(p.len, sizeof(v4));
}

static void
test_v6(void **state)
{
	struct proxy2	p;
	size_t		need;
	uint8_t		m[sizeof(v6)];

	(void)state;
	assert_int_equal(parse(v6, sizeof(v6), &p, &need), PROXY2_OK);
	assert_int_equal(p.len, sizeof(v6));
	assert_string_equal(p.src, "2001:db8::7");
	assert_string_equal(p.dst, "2001:db8::1");
	assert_int_equal(p.sport, 40001);
	assert_int_equal(p.ntlv, 1);
	/* A v4-mapped source is written as IPv4, as frontd writes peers. */
	memcpy(m, v6, sizeof(m));
	memset(m + 16, 0, 16);
	m[16 + 10] = 0xff;
	m[16 + 11] = 0xff;
	m[16 + 12] = 127;
	m[16 + 13] = 0;
	m[16 + 14] = 1;
	m[16 + 15] = 9;
	assert_int_equal(parse(m, sizeof(m), &p, &need), PROXY2_OK);
	assert_string_equal(p.src, "127.0.1.9");
}

static void
test_local(void **state)
{
	struct proxy2	p;
	size_t		need;
	uint8_t		l[sizeof(local) + 12];

	(void)state;
	assert_int_equal(parse(local, sizeof(local), &p, &need), PROXY2_OK);
	assert_int_equal(p.local, 1);
	assert_int_equal(p.len, 16);
	/* LOCAL with an address block (HAProxy's checks send one): it is
	 * skipped, never used. */
	memcpy(l, v4, sizeof(l));
	l[12] = 0x20;
	assert_int_equal(parse(l, sizeof(l), &p, &need), PROXY2_OK);
	assert_int_equal(p.local, 1);
	assert_int_equal(p.len, sizeof(v4));
	assert_string_equal(p.src, "");
}

/* Every proper prefix asks for more, and says how much in all. */
static void
test_truncated(void **state)
{
	struct proxy2	p;
	size_t		need, i;

	(void)state;
	for (i = 0; i < sizeof(v4); i++) {
		assert_int_equal(parse(v4, i, &p, &need), PROXY2_NEED);
		assert_int_equal(need, i < 16 ? 16 : sizeof(v4));
	}
	for (i = 0; i < sizeof(v6); i++)
		assert_int_equal(parse(v6, i, &p, &need), PROXY2_NEED);
}

static void
test_signature(void **state)
{
	struct proxy2	p;
	size_t		need, i;
	uint8_t		b[sizeof(v4)];

	(void)state;
	/* A TP/1 frame ("GF...") is not a PROXY header at the first byte. */
	assert_int_equal(parse((const uint8_t *)"GF", 2, &p, &need), PROXY2_NOT);
	assert_int_equal(proxy2_maybe((const uint8_t *)"GF", 2), 0);
	assert_int_equal(proxy2_maybe(v4, 5), 1);
	/* The text form v1 is not accepted. */
	assert_int_equal(parse((const uint8_t *)"PROXY TCP4 1.2.3.4 ", 19, &p,
	    &need), PROXY2_NOT);
	for (i = 0; i < PROXY2_SIG_LEN; i++) {
		memcpy(b, v4, sizeof(b));
		b[i] ^= 0x20;
		assert_int_equal(parse(b, sizeof(b), &p, &need), PROXY2_NOT);
	}
}

static enum proxy2_res
mutate(size_t at, uint8_t val, struct proxy2 *p)
{
	uint8_t	b[sizeof(v4)];
	size_t	need;

	memcpy(b, v4, sizeof(b));
	b[at] = val;
	return parse(b, sizeof(b), p, &need);
}

static void
test_bad_fields(void **state)
{
	struct proxy2	p;

	(void)state;
	assert_int_equal(mutate(12, 0x11, &p), PROXY2_BAD);	/* version 1 */
	assert_string_equal(p.why, "version is not 2");
	assert_int_equal(mutate(12, 0x31, &p), PROXY2_BAD);	/* version 3 */
	assert_int_equal(mutate(12, 0x22, &p), PROXY2_BAD);	/* command 2 */
	assert_string_equal(p.why, "unknown command");
	assert_int_equal(mutate(13, 0x12, &p), PROXY2_BAD);	/* UDP */
	assert_string_equal(p.why, "not TCP over IPv4 or IPv6");
	assert_int_equal(mutate(13, 0x31, &p), PROXY2_BAD);	/* UNIX */
	assert_int_equal(mutate(13, 0x00, &p), PROXY2_BAD);	/* UNSPEC */
	assert_int_equal(mutate(15, 0x0b, &p), PROXY2_BAD);	/* < 12 */
	assert_string_equal(p.why, "length shorter than the addresses");
	assert_int_equal(mutate(24, 0, &p), PROXY2_OK);
	assert_int_equal(mutate(25, 0, &p), PROXY2_OK);
	{
		uint8_t	b[sizeof(v4)];
		size_t	need;

		memcpy(b, v4, sizeof(b));
		b[24] = b[25] = 0;			/* source port 0 */
		assert_int_equal(parse(b, sizeof(b), &p, &need), PROXY2_BAD);
	}
}

static void
test_tlvs(void **state)
{
	struct proxy2	p;
	size_t		need;
	uint8_t		b[16 + 12 + PROXY2_TLV_MAX + 8];
	size_t		body;

	(void)state;
	/* TLVs filling the cap exactly: accepted. */
	memcpy(b, v4, sizeof(v4));
	body = 12 + PROXY2_TLV_MAX;
	b[14] = (uint8_t)(body >> 8);
	b[15] = (uint8_t)body;
	b[28] = 0x04;
	b[29] = (uint8_t)((PROXY2_TLV_MAX - 3) >> 8);
	b[30] = (uint8_t)(PROXY2_TLV_MAX - 3);
	memset(b + 31, 0, PROXY2_TLV_MAX - 3);
	assert_int_equal(parse(b, 16 + body, &p, &need), PROXY2_OK);
	assert_int_equal(p.ntlv, 1);
	/* One byte more: refused from the fixed part alone, before it is
	 * read (oversized TLVs never make frontd wait or buffer). */
	body++;
	b[14] = (uint8_t)(body >> 8);
	b[15] = (uint8_t)body;
	assert_int_equal(parse(b, 16, &p, &need), PROXY2_BAD);
	assert_string_equal(p.why, "TLVs longer than accepted");
	/* The largest length a v2 header can state. */
	b[14] = b[15] = 0xff;
	assert_int_equal(parse(b, 16, &p, &need), PROXY2_BAD);
	assert_string_equal(p.why, "header longer than accepted");
	/* A TLV longer than what is left of the header. */
	memcpy(b, v6, sizeof(v6));
	b[sizeof(v6) - 4] = 0x04;		/* length 4, 3 bytes left */
	assert_int_equal(parse(b, sizeof(v6), &p, &need), PROXY2_BAD);
	assert_string_equal(p.why, "TLV runs past the header");
	/* A TLV header cut short (2 of its 3 bytes). */
	memcpy(b, v6, sizeof(v6));
	b[15] = 0x2a - 4;			/* body ends after 2 TLV bytes */
	assert_int_equal(parse(b, 16 + 0x2a - 4, &p, &need), PROXY2_BAD);
	assert_string_equal(p.why, "truncated TLV header");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_v4),
		cmocka_unit_test(test_v6),
		cmocka_unit_test(test_local),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_signature),
		cmocka_unit_test(test_bad_fields),
		cmocka_unit_test(test_tlvs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
