/*
 * bench_tp1.c - single-core throughput of TP/1 seal and open, per suite.
 * Prints figures; asserts nothing about time.  Built by run.sh.
 *
 *   seal       : tp1_seal of a payment-sized plaintext (random IV)
 *   open       : tp1_open (MAC check, decrypt, unpad) + tp1_payload_parse
 *   derive+open: tp1_terminal_keys (two diversifications) then open, what
 *                frontd does per request when it does not cache keys
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tp1.h"

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
build_plain(struct gbuf *g)
{
	struct tp1_builder	b;
	uint8_t			tok[16];

	memset(tok, 0xA5, sizeof(tok));
	tp1_build_start(&b, g, TP1_FN_PAYMENT, 0);
	tp1_put_bytes(&b, TP1_T_TOKEN, tok, 16);
	tp1_put_str(&b, TP1_T_TERM_SERIAL, "20261122000001");
	tp1_put_str(&b, TP1_T_CUSTOMER_NO, "5100012345");
	tp1_put_i64(&b, TP1_T_AMOUNT, 12850);
	tp1_put_u8(&b, TP1_T_PAY_MODE, 1);
}

int
main(int argc, char *argv[])
{
	struct tp1_header	 h;
	struct tp1_keys		 k;
	struct tp1_payload	 pl;
	struct gbuf		 plain, out;
	uint8_t			 mk_enc[16], mk_mac[16], buf[1024];
	double			 t0, dt, secs = argc > 1 ? atof(argv[1]) : 1.0;
	size_t			 pn;
	long			 n;
	int			 suite;

	memset(mk_enc, 0x3C, 16);
	memset(mk_mac, 0xC3, 16);
	gbuf_init(&plain);
	build_plain(&plain);
	printf("plaintext %zu bytes, %.1f s per figure, one thread\n",
	    plain.len, secs);
	for (suite = 1; suite <= 2; suite++) {
		memset(&h, 0, sizeof(h));
		h.suite = (uint8_t)suite;
		h.kind = TP1_KIND_REQUEST;
		h.keyver = 1;
		if (tp1_tid_pack("8613900000000001", h.tid) == -1 ||
		    tp1_terminal_keys((uint8_t)suite, mk_enc, mk_mac, h.tid,
		    &k) != TP1_OK)
			return 1;
		gbuf_init(&out);

		t0 = now();
		for (n = 0; (dt = now() - t0) < secs; n++) {
			gbuf_reset(&out);
			if (tp1_seal(&k, &h, NULL, plain.data, plain.len,
			    &out) != TP1_OK)
				return 1;
		}
		printf("suite %d (%s): frame %zu bytes\n", suite,
		    suite == 1 ? "3DES + X9.19" : "SM4 + CMAC", out.len);
		printf("  seal         %9.0f frames/s\n", (double)n / dt);

		t0 = now();
		for (n = 0; (dt = now() - t0) < secs; n++) {
			if (tp1_open(&k, out.data, out.len, 16384, &h, buf,
			    sizeof(buf), &pn) != TP1_OK ||
			    tp1_payload_parse(buf, pn, &pl) != TP1_OK)
				return 1;
			tp1_payload_free(&pl);
		}
		printf("  open+parse   %9.0f frames/s\n", (double)n / dt);

		t0 = now();
		for (n = 0; (dt = now() - t0) < secs; n++) {
			struct tp1_keys	k2;

			if (tp1_terminal_keys((uint8_t)suite, mk_enc, mk_mac,
			    h.tid, &k2) != TP1_OK ||
			    tp1_open(&k2, out.data, out.len, 16384, &h, buf,
			    sizeof(buf), &pn) != TP1_OK)
				return 1;
			tp1_keys_clear(&k2);
		}
		printf("  derive+open  %9.0f frames/s\n", (double)n / dt);
		gbuf_free(&out);
		tp1_keys_clear(&k);
	}
	gbuf_free(&plain);
	return 0;
}
