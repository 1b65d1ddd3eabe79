/*
 * test_tp1_mutate.c - the vectors mutated 120,000 times (bit flips, byte
 * changes, truncations, extensions, lying length fields in the header and
 * in TLV items), each input in a heap buffer of exactly its size so that
 * ASan reports any read past it.  Every outcome must be TP1_OK or one of
 * the named errors, and every parsed item must lie inside its buffer.
 * The seed is fixed, so a failure repeats.
 */
#include <stdio.h>

#include "test_tp1_util.h"
#include "tp1_json.h"

#define ITERATIONS	120000

static uint64_t	rng = 0x9E3779B97F4A7C15ull;

static uint32_t
rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return n ? (uint32_t)(rng % n) : 0;
}

struct vec {
	uint8_t	*frame, *plain;
	size_t	 nframe, nplain;
	uint8_t	 suite, kind;
};

static struct vec	vecs[16];
static size_t		nvecs;
static struct tp1_keys	keys[3];
static unsigned		seen[TP1_E_BUFFER + 1];

/* Items within [buf, buf + n), and as many as the pool holds. */
static size_t
walk(const struct tp1_item *it, const uint8_t *buf, size_t n, int depth)
{
	size_t	count = 0;

	assert_true(depth <= TP1_MAX_DEPTH + 1);
	for (; it != NULL; it = it->next) {
		assert_true(it->val >= buf && it->val + it->len <= buf + n);
		if (it->tag == TP1_T_RECORD)
			count += walk(it->child, it->val, it->len, depth + 1);
		else
			assert_null(it->child);
		count++;
	}
	return count;
}

static void
check_err(enum tp1_err e)
{
	assert_true(e >= TP1_OK && e <= TP1_E_BUFFER);
	assert_int_not_equal(e, TP1_E_CRYPTO);
	seen[e]++;
}

static void
parse_and_walk(const uint8_t *p, size_t n)
{
	struct tp1_payload	 pl;
	uint8_t			*c = malloc(n ? n : 1);
	enum tp1_err		 e;
	json_t			*j;

	memcpy(c, p, n);
	e = tp1_payload_parse(c, n, &pl);
	check_err(e);
	if (e == TP1_OK) {
		assert_int_equal(walk(pl.items, c, n, 0), pl.npool);
		j = tp1_json_items(pl.items, TP1_JSON_MASK_PIN);
		assert_non_null(j);
		json_decref(j);
	}
	tp1_payload_free(&pl);
	tp1_mask_secrets(c, n);
	free(c);
}

/* Flip, set, cut, extend or lie about a length: in place, up to cap. */
static size_t
mutate(uint8_t *p, size_t n, size_t cap, int tlv)
{
	size_t	i, k, rounds = 1 + rnd(3);

	for (k = 0; k < rounds; k++) {
		switch (rnd(7)) {
		case 0:
			if (n)
				p[rnd((uint32_t)n)] ^= (uint8_t)(1u << rnd(8));
			break;
		case 1:
			if (n)
				p[rnd((uint32_t)n)] = (uint8_t)rnd(256);
			break;
		case 2:
			n = rnd((uint32_t)n + 1);
			break;
		case 3:
			for (i = rnd(20); i > 0 && n < cap; i--)
				p[n++] = (uint8_t)rnd(256);
			break;
		case 4:	/* a lying length: header L, or a TLV length */
			if (!tlv && n >= 26)
				put_be16(p + 24, (uint16_t)(rnd(2) ?
				    rnd(65536) : get_be16(p + 24) +
				    rnd(33) - 16u));
			else if (n >= 3) {
				i = rnd((uint32_t)n - 2);
				put_be16(p + i, (uint16_t)(rnd(2) ? rnd(65536) :
				    (uint16_t)(get_be16(p + i) + rnd(5) - 2)));
			}
			break;
		case 5:		/* the items wrapped in 1..6 records */
			if (tlv && n >= 4 && n + 18 <= cap) {
				size_t	d = 1 + rnd(6), j;

				memmove(p + 4 + 3 * d, p + 4, n - 4);
				for (j = 0; j < d; j++) {
					p[4 + 3 * j] = TP1_T_RECORD;
					put_be16(p + 5 + 3 * j, (uint16_t)(n - 4 +
					    3 * (d - 1 - j)));
				}
				n += 3 * d;
			}
			break;
		default:	/* a record header where an item was */
			if (tlv && n >= 7) {
				i = 4 + rnd((uint32_t)n - 6);
				p[i] = TP1_T_RECORD;
				put_be16(p + i + 1, (uint16_t)rnd((uint32_t)
				    (n - i)));
			}
			break;
		}
	}
	return n;
}

static void
one_frame(const struct vec *v, int remac)
{
	struct tp1_header	 h;
	uint8_t			 buf[512], *c, *plain;
	size_t			 n, pn, flen, blk = tp1_block_len(v->suite);
	enum tp1_err		 e;

	memcpy(buf, v->frame, v->nframe);
	if (remac && v->kind != TP1_KIND_ALERT) {
		/* Change only the encrypted part and MAC it again, so that
		 * decryption and unpadding run on garbage. */
		size_t	l = v->nframe - TP1_HDR_LEN - tp1_mac_len(v->suite);
		size_t	k;

		for (k = 1 + rnd(4); k > 0; k--)
			buf[TP1_HDR_LEN + blk + rnd((uint32_t)(l - blk))] ^=
			    (uint8_t)(1 + rnd(255));
		assert_int_equal(tp1_mac(v->suite, keys[v->suite].mac, buf,
		    TP1_HDR_LEN + l, buf + TP1_HDR_LEN + l), TP1_OK);
		n = v->nframe;
	} else
		n = mutate(buf, v->nframe, sizeof(buf), 0);

	c = malloc(n ? n : 1);
	memcpy(c, buf, n);
	check_err(tp1_header_parse(c, n, 16384, &h, &flen));
	(void)tp1_alert_parse(c, n, &h);
	pn = n >= TP1_HDR_LEN + 2 * blk ? n - TP1_HDR_LEN - blk : 1;
	plain = malloc(pn);
	e = tp1_open(&keys[v->suite], c, n, 16384, &h, plain, pn, &pn);
	check_err(e);
	assert_int_not_equal(e, TP1_E_NEED_MORE);
	if (e == TP1_OK)
		parse_and_walk(plain, pn);
	free(plain);
	free(c);
}

static void
one_plain(const struct vec *v)
{
	uint8_t	buf[512];
	size_t	n;

	memcpy(buf, v->plain, v->nplain);
	n = mutate(buf, v->nplain, sizeof(buf), 1);
	parse_and_walk(buf, n);
}

static void
test_mutations(void **state)
{
	json_t	*v = vec_load(), *f;
	size_t	 i;
	long	 it;

	(void)state;
	vec_terminal_keys(v, 1, &keys[1]);
	vec_terminal_keys(v, 2, &keys[2]);
	json_array_foreach(json_object_get(v, "frames"), i, f) {
		struct vec *x = &vecs[nvecs++];

		x->suite = (uint8_t)vec_int(f, "suite");
		x->kind = (uint8_t)vec_int(f, "kind");
		x->frame = vec_hex(f, "frame", &x->nframe);
		if (json_object_get(f, "plaintext") != NULL)
			x->plain = vec_hex(f, "plaintext", &x->nplain);
		assert_true(x->nframe <= 400);
	}
	assert_int_equal(nvecs, 9);

	for (it = 0; it < ITERATIONS; it++) {
		const struct vec *x = &vecs[rnd((uint32_t)nvecs)];

		switch (rnd(5)) {
		case 0:
		case 1:
			one_frame(x, 0);
			break;
		case 2:
			one_frame(x, 1);
			break;
		default:
			if (x->plain != NULL)
				one_plain(x);
			else
				one_frame(x, 0);
			break;
		}
	}
	for (i = 0; i <= TP1_E_BUFFER; i++)
		printf("# %-45s %u\n", tp1_strerror((enum tp1_err)i), seen[i]);
	/* The mutations reached every layer, not only the MAC check. */
	assert_true(seen[TP1_OK] > 0);
	assert_true(seen[TP1_E_TRUNCATED] > 0);
	assert_true(seen[TP1_E_MAGIC] > 0);
	assert_true(seen[TP1_E_LENGTH_ALIGN] > 0);
	assert_true(seen[TP1_E_TOO_LARGE] > 0);
	assert_true(seen[TP1_E_TRAILING] > 0);
	assert_true(seen[TP1_E_BAD_MAC] > 0);
	assert_true(seen[TP1_E_BAD_PADDING] > 0);
	assert_true(seen[TP1_E_PAYLOAD_SHORT] > 0);
	assert_true(seen[TP1_E_TRUNCATED_TLV] > 0);
	assert_true(seen[TP1_E_NESTING] > 0);
	assert_true(seen[TP1_E_ITEM_TYPE] > 0);
	for (i = 0; i < nvecs; i++) {
		free(vecs[i].frame);
		free(vecs[i].plain);
	}
	json_decref(v);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mutations),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
