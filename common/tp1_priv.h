/*
 * tp1_priv.h - what the tp1*.c files share and nobody else needs.
 */
#ifndef GF_TP1_PRIV_H
#define GF_TP1_PRIV_H

#include "tp1.h"

/*
 * CBC over n bytes (a multiple of the suite's block size), no padding:
 * 3DES (K1,K2,K1) for suite 1, SM4 for suite 2.  in and out may be the
 * same buffer.
 */
enum tp1_err	tp1_cbc(uint8_t suite, const uint8_t key[16], const uint8_t *iv,
		    const uint8_t *in, size_t n, uint8_t *out, int encrypt);

/* n random bytes for a frame's IV, from this thread's pool (tp1_crypto.c). */
enum tp1_err	tp1_random_iv(uint8_t *, size_t);

#endif
