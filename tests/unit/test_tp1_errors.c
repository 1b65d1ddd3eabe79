/*
 * test_tp1_errors.c - every reachable error of enum tp1_err, each by name,
 * made from a vector frame (TP1 §2, §4 steps 1-5, §5).  TP1_E_CRYPTO (an
 * OpenSSL failure) cannot be provoked from outside and is not tested here.
 */
#include "test_tp1_util.h"
#include "tp1_priv.h"

struct fx {
	json_t		*v;
	struct tp1_keys	 k1, k2;
	uint8_t		*f1, *f2, *alert;	/* payment request, both suites */
	size_t		 n1, n2, nalert;
};

static int
setup(void **state)
{
	struct fx	*x = calloc(1, sizeof(*x));
	json_t		*frames;

	x->v = vec_load();
	frames = json_object_get(x->v, "frames");
	vec_terminal_keys(x->v, 1, &x->k1);
	vec_terminal_keys(x->v, 2, &x->k2);
	x->f1 = vec_hex(json_array_get(frames, 2), "frame", &x->n1);
	x->f2 = vec_hex(json_array_get(frames, 6), "frame", &x->n2);
	x->alert = vec_hex(json_array_get(frames, 8), "frame", &x->nalert);
	assert_int_equal(vec_int(json_array_get(frames, 2), "suite"), 1);
	assert_int_equal(vec_int(json_array_get(frames, 6), "suite"), 2);
	assert_int_equal(vec_int(json_array_get(frames, 8), "kind"), 0x7f);
	*state = x;
	return 0;
}

static int
teardown(void **state)
{
	struct fx	*x = *state;

	free(x->f1);
	free(x->f2);
	free(x->alert);
	json_decref(x->v);
	free(x);
	return 0;
}

/* Open a copy of exactly n bytes, so ASan sees any read past the end. */
static enum tp1_err
open_copy(const struct tp1_keys *k, const uint8_t *f, size_t n,
    size_t max_frame, size_t cap)
{
	struct tp1_header	 h;
	uint8_t			*c = malloc(n ? n : 1), *plain = malloc(cap + 1);
	size_t			 pn;
	enum tp1_err		 e;

	memcpy(c, f, n);
	e = tp1_open(k, c, n, max_frame, &h, plain, cap, &pn);
	free(c);
	free(plain);
	return e;
}

/* The frame with byte i set to val (both suites). */
static void
expect_byte(struct fx *x, size_t i, uint8_t val, enum tp1_err want)
{
	uint8_t	c1[512], c2[512];

	memcpy(c1, x->f1, x->n1);
	memcpy(c2, x->f2, x->n2);
	c1[i] = val;
	c2[i] = val;
	assert_int_equal(open_copy(&x->k1, c1, x->n1, 16384, 512), want);
	assert_int_equal(open_copy(&x->k2, c2, x->n2, 16384, 512), want);
}

static void
test_ok_baseline(void **state)
{
	struct fx	*x = *state;

	assert_int_equal(open_copy(&x->k1, x->f1, x->n1, 16384, 512), TP1_OK);
	assert_int_equal(open_copy(&x->k2, x->f2, x->n2, 16384, 512), TP1_OK);
}

static void
test_need_more(void **state)
{
	struct fx		*x = *state;
	struct tp1_header	 h;
	size_t			 flen;

	assert_int_equal(tp1_header_parse(x->f1, 0, 16384, &h, &flen),
	    TP1_E_NEED_MORE);
	assert_int_equal(tp1_header_parse(x->f1, 25, 16384, &h, &flen),
	    TP1_E_NEED_MORE);
	assert_int_equal(flen, 0);
}

static void
test_truncated(void **state)
{
	struct fx	*x = *state;

	/* Truncated header. */
	assert_int_equal(open_copy(&x->k1, x->f1, 25, 16384, 512),
	    TP1_E_TRUNCATED);
	assert_int_equal(open_copy(&x->k1, x->f1, 0, 16384, 512),
	    TP1_E_TRUNCATED);
	/* Truncated body or MAC. */
	assert_int_equal(open_copy(&x->k1, x->f1, x->n1 - 1, 16384, 512),
	    TP1_E_TRUNCATED);
	assert_int_equal(open_copy(&x->k2, x->f2, TP1_HDR_LEN + 1, 16384, 512),
	    TP1_E_TRUNCATED);
}

static void
test_magic(void **state)
{
	struct fx		*x = *state;
	struct tp1_header	 h;
	size_t			 flen;

	expect_byte(x, 0, 'g', TP1_E_MAGIC);
	expect_byte(x, 1, 'X', TP1_E_MAGIC);
	/* Known from the first wrong byte: no need to wait for 26. */
	assert_int_equal(tp1_header_parse((const uint8_t *)"H", 1, 16384, &h,
	    &flen), TP1_E_MAGIC);
}

static void
test_version(void **state)
{
	expect_byte(*state, 2, 0x02, TP1_E_VERSION);
	expect_byte(*state, 2, 0x00, TP1_E_VERSION);
}

static void
test_suite(void **state)
{
	struct fx	*x = *state;

	expect_byte(x, 3, 0x00, TP1_E_SUITE);
	expect_byte(x, 3, 0x03, TP1_E_SUITE);
	/* Keys of the other suite. */
	assert_int_equal(open_copy(&x->k2, x->f1, x->n1, 16384, 512),
	    TP1_E_SUITE);
}

static void
test_kind(void **state)
{
	struct fx	*x = *state;

	expect_byte(x, 4, 0x03, TP1_E_KIND);
	expect_byte(x, 4, 0x00, TP1_E_KIND);
	/* tp1_open is for requests and responses, not alerts. */
	assert_int_equal(open_copy(&x->k1, x->alert, x->nalert, 16384, 512),
	    TP1_E_KIND);
}

static void
test_flags(void **state)
{
	expect_byte(*state, 5, 0x02, TP1_E_FLAGS);
	expect_byte(*state, 5, 0x81, TP1_E_FLAGS);
}

static void
test_terminal(void **state)
{
	expect_byte(*state, 6, 0xA6, TP1_E_TERMINAL);
	expect_byte(*state, 13, 0x0F, TP1_E_TERMINAL);
}

static void
test_length_align(void **state)
{
	struct fx	*x = *state;
	uint8_t		 c[512];

	memcpy(c, x->f1, x->n1);
	put_be16(c + 24, get_be16(c + 24) - 1);
	assert_int_equal(open_copy(&x->k1, c, x->n1, 16384, 512),
	    TP1_E_LENGTH_ALIGN);
	memcpy(c, x->f2, x->n2);
	put_be16(c + 24, get_be16(c + 24) + 8);	/* 8-aligned, not 16 */
	assert_int_equal(open_copy(&x->k2, c, x->n2, 16384, 512),
	    TP1_E_LENGTH_ALIGN);
}

static void
test_length_short(void **state)
{
	struct fx	*x = *state;
	uint8_t		 c[512];

	memcpy(c, x->f1, x->n1);
	put_be16(c + 24, 8);		/* an IV and no ciphertext */
	assert_int_equal(open_copy(&x->k1, c, x->n1, 16384, 512),
	    TP1_E_LENGTH_SHORT);
	put_be16(c + 24, 0);
	assert_int_equal(open_copy(&x->k1, c, x->n1, 16384, 512),
	    TP1_E_LENGTH_SHORT);
	memcpy(c, x->f2, x->n2);
	put_be16(c + 24, 16);
	assert_int_equal(open_copy(&x->k2, c, x->n2, 16384, 512),
	    TP1_E_LENGTH_SHORT);
	/* An alert whose L is not 2. */
	memcpy(c, x->alert, x->nalert);
	put_be16(c + 24, 3);
	assert_int_equal(tp1_alert_parse(c, x->nalert, NULL), -1);
	{
		struct tp1_header	h;
		size_t			flen;

		assert_int_equal(tp1_header_parse(c, x->nalert, 16384, &h,
		    &flen), TP1_E_LENGTH_SHORT);
	}
}

static void
test_too_large(void **state)
{
	struct fx	*x = *state;
	uint8_t		 c[512];

	/* The frame as it is, against a smaller limit. */
	assert_int_equal(open_copy(&x->k1, x->f1, x->n1, x->n1 - 1, 512),
	    TP1_E_TOO_LARGE);
	assert_int_equal(open_copy(&x->k1, x->f1, x->n1, x->n1, 512), TP1_OK);
	/* A lying length field, found before any body byte is read. */
	memcpy(c, x->f2, x->n2);
	put_be16(c + 24, 0xFFF0);
	assert_int_equal(open_copy(&x->k2, c, x->n2, 16384, 512),
	    TP1_E_TOO_LARGE);
}

static void
test_trailing(void **state)
{
	struct fx	*x = *state;
	uint8_t		 c[512];

	memcpy(c, x->f1, x->n1);
	c[x->n1] = 0;
	assert_int_equal(open_copy(&x->k1, c, x->n1 + 1, 16384, 512),
	    TP1_E_TRAILING);
}

static void
test_bad_mac(void **state)
{
	struct fx	*x = *state;
	uint8_t		 c[512];
	size_t		 i;

	/* Any bit of the header, IV, ciphertext or MAC. */
	for (i = 14; i < x->n1; i++) {
		if (i == 24 || i == 25)		/* L: caught before the MAC */
			continue;
		memcpy(c, x->f1, x->n1);
		c[i] ^= 0x10;
		assert_int_equal(open_copy(&x->k1, c, x->n1, 16384, 512),
		    TP1_E_BAD_MAC);
	}
	for (i = 14; i < x->n2; i++) {
		memcpy(c, x->f2, x->n2);
		c[i] ^= 0x01;
		if (i == 24 || i == 25)		/* L: caught before the MAC */
			continue;
		assert_int_equal(open_copy(&x->k2, c, x->n2, 16384, 512),
		    TP1_E_BAD_MAC);
	}
	/* The wrong terminal's keys. */
	{
		struct tp1_keys	 k = x->k1;

		k.mac[0] ^= 0x02;	/* not bit 0: DES ignores parity bits */
		assert_int_equal(open_copy(&k, x->f1, x->n1, 16384, 512),
		    TP1_E_BAD_MAC);
	}
}

/* A frame with a valid MAC over ciphertext whose padding is wrong. */
static enum tp1_err
open_with_last_block(const struct tp1_keys *k, const uint8_t *last)
{
	struct tp1_header	h;
	uint8_t			f[128], pt[32];
	size_t			blk = tp1_block_len(k->suite), mlen;

	memset(&h, 0, sizeof(h));
	h.suite = k->suite;
	h.kind = TP1_KIND_REQUEST;
	h.keyver = 1;
	h.length = (uint16_t)(3 * blk);
	assert_int_equal(tp1_tid_pack("8613900000000001", h.tid), 0);
	tp1_header_write(&h, f);
	memset(f + TP1_HDR_LEN, 0x42, blk);			/* IV */
	memset(pt, 0x11, blk);
	memcpy(pt + blk, last, blk);
	assert_int_equal(tp1_cbc(k->suite, k->enc, f + TP1_HDR_LEN, pt, 2 * blk,
	    f + TP1_HDR_LEN + blk, 1), TP1_OK);
	assert_int_equal(tp1_mac(k->suite, k->mac, f, TP1_HDR_LEN + 3 * blk,
	    f + TP1_HDR_LEN + 3 * blk), TP1_OK);
	mlen = tp1_mac_len(k->suite);
	return open_copy(k, f, TP1_HDR_LEN + 3 * blk + mlen, 16384, 64);
}

static void
test_bad_padding(void **state)
{
	struct fx	*x = *state;
	uint8_t		 last[16];
	const struct tp1_keys *ks[2] = { &x->k1, &x->k2 };
	int		 i;

	for (i = 0; i < 2; i++) {
		memset(last, 0, sizeof(last));		/* no 0x80 at all */
		assert_int_equal(open_with_last_block(ks[i], last),
		    TP1_E_BAD_PADDING);
		last[tp1_block_len(ks[i]->suite) - 1] = 0x01;
		assert_int_equal(open_with_last_block(ks[i], last),
		    TP1_E_BAD_PADDING);
		memset(last, 0x80, sizeof(last));	/* fine: 0x80 last */
		assert_int_equal(open_with_last_block(ks[i], last), TP1_OK);
		memset(last, 0, sizeof(last));
		last[0] = 0x80;				/* a whole pad block */
		assert_int_equal(open_with_last_block(ks[i], last), TP1_OK);
		last[2] = 0x33;				/* 0x80 then junk */
		assert_int_equal(open_with_last_block(ks[i], last),
		    TP1_E_BAD_PADDING);
	}
}

static void
test_buffer(void **state)
{
	struct fx	*x = *state;
	size_t		 ct = x->n1 - TP1_HDR_LEN - 8 - 8;

	assert_int_equal(open_copy(&x->k1, x->f1, x->n1, 16384, ct - 1),
	    TP1_E_BUFFER);
	assert_int_equal(open_copy(&x->k1, x->f1, x->n1, 16384, ct), TP1_OK);
}

/* Parse an exact-size heap copy of a payload given in hex. */
static enum tp1_err
parse_hex(const char *hex)
{
	struct tp1_payload	 pl;
	uint8_t			*b = malloc(strlen(hex) / 2 + 1);
	size_t			 n = 0;
	enum tp1_err		 e;

	if (*hex != '\0')
		assert_int_equal(hex_decode(hex, b, strlen(hex) / 2, &n), 0);
	e = tp1_payload_parse(b, n, &pl);
	tp1_payload_free(&pl);
	free(b);
	return e;
}

static void
test_payload_short(void **state)
{
	struct fx		*x = *state;
	struct tp1_header	 h;
	struct gbuf		 out;
	uint8_t			 plain[64];
	size_t			 n;

	assert_int_equal(parse_hex(""), TP1_E_PAYLOAD_SHORT);
	assert_int_equal(parse_hex("000100"), TP1_E_PAYLOAD_SHORT);
	assert_int_equal(parse_hex("00010000"), TP1_OK);
	/* Through a whole frame too. */
	memset(&h, 0, sizeof(h));
	h.suite = 2;
	h.kind = TP1_KIND_REQUEST;
	assert_int_equal(tp1_tid_pack("8613900000000001", h.tid), 0);
	gbuf_init(&out);
	assert_int_equal(tp1_seal(&x->k2, &h, NULL, (const uint8_t *)"\0\1",
	    2, &out), TP1_OK);
	assert_int_equal(tp1_open(&x->k2, out.data, out.len, 0, NULL, plain,
	    sizeof(plain), &n), TP1_OK);
	assert_int_equal(n, 2);
	{
		struct tp1_payload pl;

		assert_int_equal(tp1_payload_parse(plain, n, &pl),
		    TP1_E_PAYLOAD_SHORT);
	}
	gbuf_free(&out);
}

static void
test_truncated_tlv(void **state)
{
	(void)state;
	assert_int_equal(parse_hex("0001000005"), TP1_E_TRUNCATED_TLV);
	assert_int_equal(parse_hex("000100000500"), TP1_E_TRUNCATED_TLV);
	/* A length that lies by one. */
	assert_int_equal(parse_hex("00010000050003313233"), TP1_OK);
	assert_int_equal(parse_hex("00010000050004313233"),
	    TP1_E_TRUNCATED_TLV);
	/* A record whose content is cut inside. */
	assert_int_equal(parse_hex("00010000F000040500053132"),
	    TP1_E_TRUNCATED_TLV);
	/* A record longer than the payload. */
	assert_int_equal(parse_hex("00010000F000100500013132"),
	    TP1_E_TRUNCATED_TLV);
}

static void
test_nesting(void **state)
{
	(void)state;
	/* Four records deep is the limit (TP1_MAX_DEPTH), five is not. */
	assert_int_equal(parse_hex("00010000" "F0000F" "F0000C" "F00009"
	    "F00006" "05000131" "00"), TP1_E_TRUNCATED_TLV);
	assert_int_equal(parse_hex("00010000" "F00010" "F0000D" "F0000A"
	    "F00007" "0500043132333435"), TP1_E_TRUNCATED_TLV);
	assert_int_equal(parse_hex("00010000" "F0000D" "F0000A" "F00007"
	    "F00004" "05000131"), TP1_OK);
	assert_int_equal(parse_hex("00010000" "F00010" "F0000D" "F0000A"
	    "F00007" "F00004" "05000131"), TP1_E_NESTING);
	assert_int_equal(parse_hex("00010000" "F0000C" "F00009" "F00006"
	    "F00003" "F00000"), TP1_E_NESTING);
}

static void
test_item_type(void **state)
{
	(void)state;
	/* amount (i64) of 4 bytes; token of 15; pay_mode (u8) of 2. */
	assert_int_equal(parse_hex("0302000006000400000032"), TP1_E_ITEM_TYPE);
	assert_int_equal(parse_hex("03020000" "03000F"
	    "000102030405060708090A0B0C0D0E"), TP1_E_ITEM_TYPE);
	assert_int_equal(parse_hex("030200002C00020101"), TP1_E_ITEM_TYPE);
	/* Inside a record too; unknown tags take any size. */
	assert_int_equal(parse_hex("03010000F000051300020000"),
	    TP1_E_ITEM_TYPE);
	assert_int_equal(parse_hex("030100007A0003010203"), TP1_OK);
}

/* Each error has its own text and the alert a server sends for it. */
static void
test_strerror_and_alert(void **state)
{
	int	a, b;

	(void)state;
	for (a = TP1_OK; a <= TP1_E_BUFFER; a++)
		for (b = a + 1; b <= TP1_E_BUFFER; b++)
			assert_string_not_equal(tp1_strerror((enum tp1_err)a),
			    tp1_strerror((enum tp1_err)b));
	assert_int_equal(tp1_err_alert(TP1_E_BAD_MAC), TP1_ALERT_BAD_MAC);
	assert_int_equal(tp1_err_alert(TP1_E_VERSION), TP1_ALERT_UNSUPPORTED);
	assert_int_equal(tp1_err_alert(TP1_E_SUITE), TP1_ALERT_UNSUPPORTED);
	assert_int_equal(tp1_err_alert(TP1_E_TOO_LARGE),
	    TP1_ALERT_FRAME_TOO_LARGE);
	assert_int_equal(tp1_err_alert(TP1_E_BAD_PADDING),
	    TP1_ALERT_BAD_FRAME);
	assert_int_equal(tp1_err_alert(TP1_E_MAGIC), TP1_ALERT_BAD_FRAME);
	assert_int_equal(tp1_err_alert(TP1_E_TRUNCATED), TP1_ALERT_BAD_FRAME);
	assert_int_equal(tp1_err_alert(TP1_OK), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ok_baseline),
		cmocka_unit_test(test_need_more),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_magic),
		cmocka_unit_test(test_version),
		cmocka_unit_test(test_suite),
		cmocka_unit_test(test_kind),
		cmocka_unit_test(test_flags),
		cmocka_unit_test(test_terminal),
		cmocka_unit_test(test_length_align),
		cmocka_unit_test(test_length_short),
		cmocka_unit_test(test_too_large),
		cmocka_unit_test(test_trailing),
		cmocka_unit_test(test_bad_mac),
		cmocka_unit_test(test_bad_padding),
		cmocka_unit_test(test_buffer),
		cmocka_unit_test(test_payload_short),
		cmocka_unit_test(test_truncated_tlv),
		cmocka_unit_test(test_nesting),
		cmocka_unit_test(test_item_type),
		cmocka_unit_test(test_strerror_and_alert),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
