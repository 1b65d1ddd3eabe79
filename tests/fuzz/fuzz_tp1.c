/*
 * fuzz_tp1.c - libFuzzer target for everything TP/1 reads from outside:
 * frame headers, whole frames, alerts, payload TLV, pin masking and the
 * JSON view.  The first input byte picks the path; a MAC cannot be guessed,
 * so one path seals the input with fixed keys first and then opens it,
 * which carries fuzzed plaintext through decryption and the TLV parser.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tp1.h"
#include "tp1_json.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct tp1_keys	keys[3];
static int		ready;

static void
init_keys(void)
{
	uint8_t	mk_enc[16], mk_mac[16], tid[8];
	int	s;

	memset(mk_enc, 0x11, sizeof(mk_enc));
	memset(mk_mac, 0x22, sizeof(mk_mac));
	if (tp1_tid_pack("8613900000000001", tid) == -1)
		abort();
	for (s = 1; s <= 2; s++)
		if (tp1_terminal_keys((uint8_t)s, mk_enc, mk_mac, tid,
		    &keys[s]) != TP1_OK)
			abort();
	ready = 1;
}

static void
payload(const uint8_t *p, size_t n)
{
	struct tp1_payload	 pl;
	uint8_t			*c = malloc(n ? n : 1);
	json_t			*j;

	memcpy(c, p, n);
	if (tp1_payload_parse(c, n, &pl) == TP1_OK) {
		j = tp1_json_items(pl.items, TP1_JSON_MASK_PIN);
		json_decref(j);
	}
	tp1_payload_free(&pl);
	tp1_mask_secrets(c, n);
	free(c);
}

static void
frame(const uint8_t *p, size_t n)
{
	struct tp1_header	 h;
	uint8_t			*plain = malloc(n ? n : 1);
	size_t			 flen, pn;
	enum tp1_err		 e;
	json_t			*j;
	int			 s;

	(void)tp1_header_parse(p, n, 16384, &h, &flen);
	(void)tp1_alert_parse(p, n, &h);
	for (s = 1; s <= 2; s++) {
		if (tp1_open(&keys[s], p, n, 16384, &h, plain, n, &pn) ==
		    TP1_OK)
			payload(plain, pn);
	}
	j = tp1_json_open(&keys[n > 3 ? (p[3] == 2 ? 2 : 1) : 1], p, n, 0, &e);
	json_decref(j);
	free(plain);
}

static void
seal_open(const uint8_t *p, size_t n)
{
	struct tp1_header	 h;
	struct gbuf		 out;
	uint8_t			*plain;
	uint8_t			 suite;
	size_t			 pn;

	if (n < 1)
		return;
	suite = (uint8_t)(1 + (p[0] & 1));
	memset(&h, 0, sizeof(h));
	h.suite = suite;
	h.kind = TP1_KIND_REQUEST;
	(void)tp1_tid_pack("8613900000000001", h.tid);
	gbuf_init(&out);
	if (tp1_seal(&keys[suite], &h, NULL, p + 1, n - 1, &out) != TP1_OK)
		abort();
	plain = malloc(out.len);
	if (tp1_open(&keys[suite], out.data, out.len, 0, &h, plain, out.len,
	    &pn) != TP1_OK || pn != n - 1 || memcmp(plain, p + 1, pn) != 0)
		abort();	/* seal then open must give the input back */
	payload(plain, pn);
	free(plain);
	gbuf_free(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!ready)
		init_keys();
	if (size < 1)
		return 0;
	switch (data[0] % 3) {
	case 0:
		frame(data + 1, size - 1);
		break;
	case 1:
		payload(data + 1, size - 1);
		break;
	default:
		seal_open(data + 1, size - 1);
		break;
	}
	return 0;
}
