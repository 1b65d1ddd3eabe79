/*
 * test_bk1.c - BK/1 frames (common/bk1.h): the layout written by hand
 * against the builder, every header check, the MAC for both suites, the
 * body rules, and partial input.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "bk1.h"
#include "tp1.h"

static const uint8_t KEY[16] = {
	0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF,
	0xFE, 0xDC, 0xBA, 0x98, 0x76, 0x54, 0x32, 0x10 };

/* ver bankno trcode kind keyver txdate txtime serial(20) rspcode reserved(13) */
#define HDR_PAY "01" "0102" "2002" "Q" "03" "20261205" "093015" \
	"B0102000000000000001" "0000" "             "
#define BODY_PAY "custno=0100000001|amount=12345|channel=C|branch=0012|teller=T07"

/* The frame text for hdr + body under suite, MAC computed here. */
static size_t
by_hand(uint8_t suite, const char *hdr, const char *body, char *out, size_t cap)
{
	char	 signed_part[1024];
	uint8_t	 mac[16];
	size_t	 n, mlen = tp1_mac_len(suite), i;
	int	 k;

	n = (size_t)snprintf(signed_part, sizeof(signed_part), "%s%s", hdr, body);
	assert_int_equal(tp1_mac(suite, KEY, (const uint8_t *)signed_part, n, mac),
	    TP1_OK);
	k = snprintf(out, cap, "%06zu%s", n + 2 * mlen, signed_part);
	for (i = 0; i < mlen; i++)
		k += snprintf(out + k, cap - (size_t)k, "%02X", mac[i]);
	return (size_t)k;
}

static void
test_layout_both_suites(void **state)
{
	uint8_t		 suite;
	char		 want[1024];
	uint8_t		 buf[1024];
	size_t		 wlen, len;
	struct bk1_out	 o;
	struct bk1_hdr	 h;

	(void)state;
	memset(&h, 0, sizeof(h));
	snprintf(h.bankno, sizeof(h.bankno), "0102");
	snprintf(h.trcode, sizeof(h.trcode), "2002");
	h.kind = 'Q';
	h.keyver = 3;
	snprintf(h.txdate, sizeof(h.txdate), "20261205");
	snprintf(h.txtime, sizeof(h.txtime), "093015");
	snprintf(h.serial, sizeof(h.serial), "B0102000000000000001");
	for (suite = 1; suite <= 2; suite++) {
		wlen = by_hand(suite, HDR_PAY, BODY_PAY, want, sizeof(want));
		bk1_begin(&o, buf, sizeof(buf), &h);
		assert_int_equal(bk1_put(&o, "custno", "0100000001"), 0);
		assert_int_equal(bk1_putf(&o, "amount", "%d", 12345), 0);
		assert_int_equal(bk1_put(&o, "channel", "C"), 0);
		assert_int_equal(bk1_put(&o, "branch", "0012"), 0);
		assert_int_equal(bk1_put(&o, "teller", "T07"), 0);
		assert_int_equal(bk1_end(&o, suite, KEY, &len), BK1_E_OK);
		assert_int_equal(len, wlen);
		assert_memory_equal(buf, want, wlen);
		/* suite 1: 16 hex digits of MAC, suite 2: 32 */
		assert_int_equal(len, 6 + 64 + strlen(BODY_PAY) + (suite == 1 ? 16 : 32));
	}
}

static void
test_parse(void **state)
{
	char			 fr[1024];
	size_t			 n, flen, need;
	struct bk1_frame	 f;
	char			 v[64];

	(void)state;
	n = by_hand(2, HDR_PAY, BODY_PAY, fr, sizeof(fr));
	assert_int_equal(bk1_split((uint8_t *)fr, n, &f, &flen, &need), BK1_E_OK);
	assert_int_equal(flen, n);
	assert_string_equal(f.hdr.bankno, "0102");
	assert_string_equal(f.hdr.trcode, "2002");
	assert_int_equal(f.hdr.kind, 'Q');
	assert_int_equal(f.hdr.keyver, 3);
	assert_string_equal(f.hdr.txdate, "20261205");
	assert_string_equal(f.hdr.txtime, "093015");
	assert_string_equal(f.hdr.serial, "B0102000000000000001");
	assert_string_equal(f.hdr.rspcode, "0000");
	assert_int_equal(bk1_open(&f, 2, KEY), BK1_E_OK);
	assert_int_equal(f.nf, 5);
	assert_int_equal(bk1_get(&f, "amount", v, sizeof(v)), 0);
	assert_string_equal(v, "12345");
	assert_int_equal(bk1_get(&f, "teller", v, sizeof(v)), 0);
	assert_string_equal(v, "T07");
	assert_int_equal(bk1_get(&f, "nothere", v, sizeof(v)), -1);
	assert_int_equal(bk1_get(&f, "custno", v, 5), -1);	/* too long */
	/* The wrong suite: the MAC is read from the wrong place. */
	assert_int_not_equal(bk1_split((uint8_t *)fr, n, &f, &flen, &need), BK1_E_MORE);
	assert_int_not_equal(bk1_open(&f, 1, KEY), BK1_E_OK);
}

static void
test_partial(void **state)
{
	char			 fr[1024];
	size_t			 n, i, flen, need;
	struct bk1_frame	 f;

	(void)state;
	n = by_hand(1, HDR_PAY, BODY_PAY, fr, sizeof(fr));
	for (i = 0; i < n; i++) {
		enum bk1_err e = bk1_split((uint8_t *)fr, i, &f, &flen, &need);
		assert_int_equal(e, BK1_E_MORE);
		if (i >= 6)
			assert_int_equal(need, n);
	}
	/* Two frames back to back: the first is split off alone. */
	memcpy(fr + n, fr, n);
	assert_int_equal(bk1_split((uint8_t *)fr, 2 * n, &f, &flen, &need), BK1_E_OK);
	assert_int_equal(flen, n);
}

static enum bk1_err
split_hdr(const char *hdr)
{
	char			 fr[1024];
	size_t			 n, flen, need;
	struct bk1_frame	 f;

	n = by_hand(1, hdr, "branch=1", fr, sizeof(fr));
	return bk1_split((uint8_t *)fr, n, &f, &flen, &need);
}

static void
test_header_checks(void **state)
{
	(void)state;
	assert_int_equal(split_hdr(HDR_PAY), BK1_E_OK);
	/* each field broken in turn */
	assert_int_equal(split_hdr("02" "0102" "2002" "Q" "03" "20261205" "093015"
	    "B0102000000000000001" "0000" "             "), BK1_E_FORMAT);
	assert_int_equal(split_hdr("01" "01A2" "2002" "Q" "03" "20261205" "093015"
	    "B0102000000000000001" "0000" "             "), BK1_E_FORMAT);
	assert_int_equal(split_hdr("01" "0102" "200 " "Q" "03" "20261205" "093015"
	    "B0102000000000000001" "0000" "             "), BK1_E_FORMAT);
	assert_int_equal(split_hdr("01" "0102" "2002" "X" "03" "20261205" "093015"
	    "B0102000000000000001" "0000" "             "), BK1_E_FORMAT);
	assert_int_equal(split_hdr("01" "0102" "2002" "Q" "3 " "20261205" "093015"
	    "B0102000000000000001" "0000" "             "), BK1_E_FORMAT);
	assert_int_equal(split_hdr("01" "0102" "2002" "Q" "03" "20261305" "093015"
	    "B0102000000000000001" "0000" "             "), BK1_E_FORMAT);
	assert_int_equal(split_hdr("01" "0102" "2002" "Q" "03" "20261205" "096015"
	    "B0102000000000000001" "0000" "             "), BK1_E_FORMAT);
	/* serial: left-aligned, space-padded, not empty, no inner space */
	assert_int_equal(split_hdr("01" "0102" "2002" "Q" "03" "20261205" "093015"
	    "B01                 " "0000" "             "), BK1_E_OK);
	assert_int_equal(split_hdr("01" "0102" "2002" "Q" "03" "20261205" "093015"
	    "   B0102000000000001" "0000" "             "), BK1_E_FORMAT);
	assert_int_equal(split_hdr("01" "0102" "2002" "Q" "03" "20261205" "093015"
	    "B01 02              " "0000" "             "), BK1_E_FORMAT);
	assert_int_equal(split_hdr("01" "0102" "2002" "Q" "03" "20261205" "093015"
	    "                    " "0000" "             "), BK1_E_FORMAT);
	assert_int_equal(split_hdr("01" "0102" "2002" "Q" "03" "20261205" "093015"
	    "B0102000000000000001" "00X0" "             "), BK1_E_FORMAT);
	/* a control byte in the reserved part */
	assert_int_equal(split_hdr("01" "0102" "2002" "Q" "03" "20261205" "093015"
	    "B0102000000000000001" "0000" "      \t      "), BK1_E_FORMAT);
}

static void
test_length_checks(void **state)
{
	struct bk1_frame	 f;
	size_t			 flen, need;

	(void)state;
	/* not digits: refused at once, before the rest arrives */
	assert_int_equal(bk1_split((const uint8_t *)"00a", 3, &f, &flen, &need),
	    BK1_E_FORMAT);
	assert_int_equal(bk1_split((const uint8_t *)"065537", 6, &f, &flen, &need),
	    BK1_E_FORMAT);
	assert_int_equal(bk1_split((const uint8_t *)"000063", 6, &f, &flen, &need),
	    BK1_E_FORMAT);
	assert_int_equal(bk1_split((const uint8_t *)"065536", 6, &f, &flen, &need),
	    BK1_E_MORE);
	assert_int_equal(need, 65542);
}

static enum bk1_err
open_body(const char *body)
{
	char			 fr[2048];
	size_t			 n, flen, need;
	struct bk1_frame	 f;

	n = by_hand(2, HDR_PAY, body, fr, sizeof(fr));
	assert_int_equal(bk1_split((uint8_t *)fr, n, &f, &flen, &need), BK1_E_OK);
	return bk1_open(&f, 2, KEY);
}

static void
test_body_rules(void **state)
{
	(void)state;
	assert_int_equal(open_body(""), BK1_E_OK);		/* heartbeat */
	assert_int_equal(open_body("a="), BK1_E_OK);		/* empty value */
	assert_int_equal(open_body("name=\xe5\xbc\xa0\xe4\xb8\x89|x=1"), BK1_E_OK);
	assert_int_equal(open_body("a=1|"), BK1_E_FORMAT);	/* trailing bar */
	assert_int_equal(open_body("a=1||b=2"), BK1_E_FORMAT);
	assert_int_equal(open_body("a"), BK1_E_FORMAT);		/* no '=' */
	assert_int_equal(open_body("=1"), BK1_E_FORMAT);	/* no name */
	assert_int_equal(open_body("a=1=2"), BK1_E_FORMAT);
	assert_int_equal(open_body("a=x\ny"), BK1_E_FORMAT);
	assert_int_equal(open_body("a=\xff"), BK1_E_FORMAT);	/* not UTF-8 */
	assert_int_equal(open_body("a=1|a=2"), BK1_E_FORMAT);	/* twice */
	assert_int_equal(open_body("a-b=1"), BK1_E_FORMAT);
}

static void
test_mac(void **state)
{
	char			 fr[1024];
	size_t			 n, flen, need;
	struct bk1_frame	 f;
	int			 lowered;

	(void)state;
	n = by_hand(1, HDR_PAY, BODY_PAY, fr, sizeof(fr));
	/* one body byte changed */
	fr[6 + 64 + 8] ^= 1;
	assert_int_equal(bk1_split((uint8_t *)fr, n, &f, &flen, &need), BK1_E_OK);
	assert_int_equal(bk1_open(&f, 1, KEY), BK1_E_MAC);
	fr[6 + 64 + 8] ^= 1;
	/* lowercase hex is not the MAC's form */
	n = by_hand(1, HDR_PAY, BODY_PAY, fr, sizeof(fr));
	lowered = 0;
	for (size_t i = n - 16; i < n; i++)
		if (fr[i] >= 'A' && fr[i] <= 'F') {
			fr[i] = (char)(fr[i] - 'A' + 'a');
			lowered++;
		}
	assert_true(lowered > 0);	/* this key's MAC has a letter */
	assert_int_equal(bk1_split((uint8_t *)fr, n, &f, &flen, &need), BK1_E_OK);
	assert_int_equal(bk1_open(&f, 1, KEY), BK1_E_FORMAT);
	/* too short to hold a MAC */
	n = (size_t)snprintf(fr, sizeof(fr), "%06d%s%s", 64 + 4, HDR_PAY, "ABCD");
	assert_int_equal(bk1_split((uint8_t *)fr, n, &f, &flen, &need), BK1_E_OK);
	assert_int_equal(bk1_open(&f, 1, KEY), BK1_E_FORMAT);
	/* unknown suite */
	assert_int_equal(bk1_open(&f, 7, KEY), BK1_E_FORMAT);
}

static void
test_builder_refuses(void **state)
{
	uint8_t		 buf[200];
	struct bk1_out	 o;
	struct bk1_hdr	 h;
	size_t		 len;

	(void)state;
	memset(&h, 0, sizeof(h));
	snprintf(h.bankno, sizeof(h.bankno), "0102");
	snprintf(h.trcode, sizeof(h.trcode), "8001");
	h.kind = 'A';
	snprintf(h.txdate, sizeof(h.txdate), "20261205");
	snprintf(h.txtime, sizeof(h.txtime), "093015");
	snprintf(h.serial, sizeof(h.serial), "S1");
	bk1_begin(&o, buf, sizeof(buf), &h);
	assert_int_equal(bk1_put(&o, "name", "a|b"), -1);
	assert_int_not_equal(bk1_end(&o, 1, KEY, &len), BK1_E_OK);
	bk1_begin(&o, buf, sizeof(buf), &h);
	assert_int_equal(bk1_put(&o, "name", "x\r"), -1);
	bk1_begin(&o, buf, sizeof(buf), &h);
	assert_int_equal(bk1_put(&o, "note", "0123456789012345678901234567890123456789"
	    "0123456789012345678901234567890123456789"
	    "0123456789012345678901234567890123456789"
	    "0123456789012345678901234567890123456789"), -1);	/* too big */
	bk1_begin(&o, buf, sizeof(buf), &h);
	assert_int_equal(bk1_end(&o, 2, KEY, &len), BK1_E_OK);	/* empty body */
	assert_int_equal(len, 6 + 64 + 32);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout_both_suites),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_partial),
		cmocka_unit_test(test_header_checks),
		cmocka_unit_test(test_length_checks),
		cmocka_unit_test(test_body_rules),
		cmocka_unit_test(test_mac),
		cmocka_unit_test(test_builder_refuses),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
