/*
 * fuzz_bk1.c - libFuzzer target for BK/1 frames (common/bk1.c): the bank
 * link's bytes come from outside the station.  The first input byte picks
 * the bank's suite, the rest is what arrived on the connection.
 *
 * Checked: a split frame lies within the input and its header fields are
 * what the format allows; an opened frame's fields are each a name and a
 * value BK/1 can carry; building a frame again from them gives a frame
 * that splits and opens to the same fields.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bk1.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const uint8_t KEY[16] = {
	0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF,
	0xFE, 0xDC, 0xBA, 0x98, 0x76, 0x54, 0x32, 0x10 };

static void
check_hdr(const struct bk1_hdr *h)
{
	if (strcmp(h->ver, "01") != 0 || strlen(h->bankno) != 4 ||
	    strlen(h->trcode) != 4 || (h->kind != 'Q' && h->kind != 'A') ||
	    h->keyver > 99 || strlen(h->txdate) != 8 || strlen(h->txtime) != 6 ||
	    h->serial[0] == '\0' || strlen(h->rspcode) != 4)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t		 out[BK1_LEN_DIGITS + BK1_MAX_LEN];
	struct bk1_frame	 f, g;
	struct bk1_out		 o;
	char			 name[BK1_NAME_MAX + 1], *v;
	size_t			 flen, need, i, len, glen;
	uint8_t			 suite;

	if (size < 1)
		return 0;
	suite = (uint8_t)((data[0] & 1) + 1);
	data++;
	size--;
	switch (bk1_split(data, size, &f, &flen, &need)) {
	case BK1_E_MORE:
		if (need != 0 && need <= size)
			abort();
		return 0;
	case BK1_E_OK:
		break;
	default:
		return 0;
	}
	if (flen > size || flen != need)
		abort();
	check_hdr(&f.hdr);
	if (bk1_open(&f, suite, KEY) != BK1_E_OK)
		return 0;
	if (f.nf > BK1_MAX_FIELDS || f.signed_len + bk1_mac_hex_len(suite) +
	    BK1_LEN_DIGITS != flen)
		abort();
	/* The same fields built again make a frame that opens the same. */
	bk1_begin(&o, out, sizeof(out), &f.hdr);
	for (i = 0; i < f.nf; i++) {
		if (f.f[i].name_len > BK1_NAME_MAX ||
		    !bk1_value_ok(f.f[i].value, f.f[i].value_len))
			abort();
		memcpy(name, f.f[i].name, f.f[i].name_len);
		name[f.f[i].name_len] = '\0';
		v = malloc(f.f[i].value_len + 1);
		memcpy(v, f.f[i].value, f.f[i].value_len);
		v[f.f[i].value_len] = '\0';
		if (bk1_put(&o, name, v) == -1)
			abort();
		free(v);
	}
	if (bk1_end(&o, suite, KEY, &len) != BK1_E_OK ||
	    bk1_split(out, len, &g, &glen, &need) != BK1_E_OK || glen != len ||
	    bk1_open(&g, suite, KEY) != BK1_E_OK || g.nf != f.nf ||
	    g.body_len != f.body_len || memcmp(g.body, f.body, f.body_len) != 0)
		abort();
	return 0;
}
