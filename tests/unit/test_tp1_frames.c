/*
 * test_tp1_frames.c - TP1 §2 and §7: every frame of the vector file sealed
 * byte for byte from its fields and fixed IV, and opened back to its fields.
 */
#include "test_tp1_util.h"

static void
check_header_equal(const struct tp1_header *a, const struct tp1_header *b)
{
	assert_int_equal(a->suite, b->suite);
	assert_int_equal(a->kind, b->kind);
	assert_int_equal(a->flags, b->flags);
	assert_memory_equal(a->tid, b->tid, 8);
	assert_int_equal(a->seq, b->seq);
	assert_int_equal(a->time, b->time);
	assert_int_equal(a->keyver, b->keyver);
}

static void
test_seal_vectors(void **state)
{
	json_t			*v = vec_load(), *f;
	struct tp1_header	 h;
	struct tp1_keys		 k;
	struct gbuf		 out;
	uint8_t			*iv, *plain, *want;
	size_t			 i, ivn, pn, wn, count = 0;

	(void)state;
	json_array_foreach(json_object_get(v, "frames"), i, f) {
		vec_header(v, f, &h);
		if (h.kind == TP1_KIND_ALERT)
			continue;
		vec_terminal_keys(v, h.suite, &k);
		iv = vec_hex(f, "iv", &ivn);
		assert_int_equal(ivn, tp1_block_len(h.suite));
		plain = vec_hex(f, "plaintext", &pn);
		want = vec_hex(f, "frame", &wn);
		gbuf_init(&out);
		gbuf_add(&out, "xy", 2);	/* seal appends */
		assert_int_equal(tp1_seal(&k, &h, iv, plain, pn, &out), TP1_OK);
		assert_int_equal(out.len, 2 + wn);
		assert_memory_equal(out.data, "xy", 2);
		assert_memory_equal(out.data + 2, want, wn);
		gbuf_free(&out);
		free(iv);
		free(plain);
		free(want);
		count++;
	}
	assert_int_equal(count, 8);
	json_decref(v);
}

static void
test_open_vectors(void **state)
{
	json_t			*v = vec_load(), *f;
	struct tp1_header	 h, got;
	struct tp1_payload	 pl;
	struct tp1_keys		 k;
	uint8_t			*frame, *plain, *buf;
	size_t			 i, fn, pn, n, count = 0;
	char			 term[17];

	(void)state;
	json_array_foreach(json_object_get(v, "frames"), i, f) {
		vec_header(v, f, &h);
		if (h.kind == TP1_KIND_ALERT)
			continue;
		vec_terminal_keys(v, h.suite, &k);
		frame = vec_hex(f, "frame", &fn);
		plain = vec_hex(f, "plaintext", &pn);
		buf = malloc(fn);
		assert_int_equal(tp1_open(&k, frame, fn, 16384, &got, buf, fn,
		    &n), TP1_OK);
		check_header_equal(&got, &h);
		assert_int_equal(got.version, TP1_VERSION);
		assert_int_equal(got.length, fn - TP1_HDR_LEN -
		    tp1_mac_len(h.suite));
		assert_int_equal(tp1_tid_unpack(h.tid, term), 0);
		assert_string_equal(got.terminal, term);
		assert_string_equal(got.terminal, json_string_value(
		    json_object_get(v, "terminal")));
		assert_int_equal(n, pn);
		assert_memory_equal(buf, plain, pn);
		/* And the plaintext is well-formed TLV with func and status. */
		assert_int_equal(tp1_payload_parse(buf, n, &pl), TP1_OK);
		assert_int_equal(pl.func, get_be16(plain));
		assert_int_equal(pl.status, get_be16(plain + 2));
		tp1_payload_free(&pl);
		free(buf);
		free(frame);
		free(plain);
		count++;
	}
	assert_int_equal(count, 8);
	json_decref(v);
}

static void
test_alert_vector(void **state)
{
	json_t			*v = vec_load(), *f;
	struct tp1_header	 h, got;
	uint8_t			 out[TP1_ALERT_LEN], *want;
	const char		*name;
	size_t			 i, wn, count = 0;
	int			 code;

	(void)state;
	json_array_foreach(json_object_get(v, "frames"), i, f) {
		vec_header(v, f, &h);
		if (h.kind != TP1_KIND_ALERT)
			continue;
		/* "alert BAD_MAC": the code is named by the vector. */
		name = json_string_value(json_object_get(f, "name"));
		assert_non_null(name);
		assert_true(strncmp(name, "alert ", 6) == 0);
		code = tp1_alert_code(name + 6);
		assert_true(code > 0);
		want = vec_hex(f, "frame", &wn);
		assert_int_equal(wn, TP1_ALERT_LEN);
		tp1_alert_frame(&h, h.suite, (uint16_t)code, out);
		assert_memory_equal(out, want, wn);
		assert_int_equal(tp1_alert_parse(want, wn, &got), code);
		check_header_equal(&got, &h);
		/* An alert is not a frame that opens. */
		assert_int_equal(tp1_alert_parse(want, wn - 1, NULL), -1);
		free(want);
		count++;
	}
	assert_int_equal(count, 1);
	json_decref(v);
}

static void
test_alert_without_header(void **state)
{
	uint8_t			out[TP1_ALERT_LEN];
	struct tp1_header	h;

	(void)state;
	tp1_alert_frame(NULL, TP1_SUITE_SM4, TP1_ALERT_BAD_FRAME, out);
	assert_int_equal(tp1_alert_parse(out, sizeof(out), &h),
	    TP1_ALERT_BAD_FRAME);
	assert_int_equal(h.suite, TP1_SUITE_SM4);
	assert_string_equal(h.terminal, "0000000000000000");
	assert_int_equal(h.seq, 0);
	assert_int_equal(h.keyver, 0);
	/* A garbage terminal id is not echoed (TP1 §2: zeros otherwise). */
	memset(&h, 0, sizeof(h));
	memset(h.tid, 0xAB, 8);
	h.seq = 9;
	tp1_alert_frame(&h, TP1_SUITE_TDES, TP1_ALERT_BAD_FRAME, out);
	assert_int_equal(tp1_alert_parse(out, sizeof(out), &h),
	    TP1_ALERT_BAD_FRAME);
	assert_string_equal(h.terminal, "0000000000000000");
	assert_int_equal(h.seq, 9);
}

/* A random IV: two seals differ, both open to the same plaintext. */
static void
test_random_iv_roundtrip(void **state)
{
	json_t			*v = vec_load();
	struct tp1_header	 h;
	struct tp1_keys		 k;
	struct gbuf		 a, b;
	uint8_t			 plain[300], buf[400];
	size_t			 n, len;
	int			 suite;

	(void)state;
	for (len = 0; len < sizeof(plain); len++)
		plain[len] = (uint8_t)len;
	for (suite = 1; suite <= 2; suite++) {
		vec_terminal_keys(v, (uint8_t)suite, &k);
		/* Every length around the block boundaries pads correctly. */
		for (len = 0; len <= 40; len++) {
			memset(&h, 0, sizeof(h));
			h.suite = (uint8_t)suite;
			h.kind = TP1_KIND_RESPONSE;
			h.seq = (uint32_t)len;
			h.keyver = 1;
			assert_int_equal(tp1_tid_pack("8613900000000002", h.tid),
			    0);
			gbuf_init(&a);
			gbuf_init(&b);
			assert_int_equal(tp1_seal(&k, &h, NULL, plain, len, &a),
			    TP1_OK);
			assert_int_equal(tp1_seal(&k, &h, NULL, plain, len, &b),
			    TP1_OK);
			assert_int_equal(a.len, b.len);
			assert_memory_not_equal(a.data + TP1_HDR_LEN,
			    b.data + TP1_HDR_LEN, tp1_block_len(h.suite));
			assert_int_equal(tp1_open(&k, a.data, a.len, 0, NULL,
			    buf, sizeof(buf), &n), TP1_OK);
			assert_int_equal(n, len);
			assert_memory_equal(buf, plain, len);
			assert_int_equal(tp1_open(&k, b.data, b.len, 0, NULL,
			    buf, sizeof(buf), &n), TP1_OK);
			assert_int_equal(n, len);
			gbuf_free(&a);
			gbuf_free(&b);
		}
	}
	json_decref(v);
}

/* The header is accepted byte by byte: NEED_MORE until 26, then OK. */
static void
test_header_incremental(void **state)
{
	json_t			*v = vec_load(), *f;
	struct tp1_header	 h;
	uint8_t			*frame;
	size_t			 fn, i, flen;

	(void)state;
	f = json_array_get(json_object_get(v, "frames"), 2);
	frame = vec_hex(f, "frame", &fn);
	for (i = 0; i < TP1_HDR_LEN; i++)
		assert_int_equal(tp1_header_parse(frame, i, 16384, &h, &flen),
		    TP1_E_NEED_MORE);
	assert_int_equal(tp1_header_parse(frame, TP1_HDR_LEN, 16384, &h, &flen),
	    TP1_OK);
	assert_int_equal(flen, fn);
	assert_int_equal(h.seq, vec_int(f, "seq"));
	free(frame);
	json_decref(v);
}

static void
test_tid(void **state)
{
	uint8_t	tid[8];
	char	s[17];

	(void)state;
	assert_int_equal(tp1_tid_pack("8613900000000001", tid), 0);
	assert_int_equal(tid[0], 0x86);
	assert_int_equal(tid[7], 0x01);
	assert_int_equal(tp1_tid_unpack(tid, s), 0);
	assert_string_equal(s, "8613900000000001");
	assert_int_equal(tp1_tid_pack("861390000000001", tid), -1);
	assert_int_equal(tp1_tid_pack("86139000000000011", tid), -1);
	assert_int_equal(tp1_tid_pack("86139000000000A1", tid), -1);
	tid[3] = 0x1A;
	assert_int_equal(tp1_tid_unpack(tid, s), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seal_vectors),
		cmocka_unit_test(test_open_vectors),
		cmocka_unit_test(test_alert_vector),
		cmocka_unit_test(test_alert_without_header),
		cmocka_unit_test(test_random_iv_roundtrip),
		cmocka_unit_test(test_header_incremental),
		cmocka_unit_test(test_tid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
