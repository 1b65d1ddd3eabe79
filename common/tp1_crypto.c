/*
 * tp1_crypto.c - the cryptography of TP1 §3 over OpenSSL 3 EVP: key
 * diversification, the ANSI X9.19 MAC built from DES-EDE3 (single DES with
 * K is DES-EDE3 with K‖K‖K, so no legacy provider), CMAC-SM4, and CBC for
 * both suites.
 *
 * frontd opens and seals thousands of frames a second, so the algorithms
 * are fetched once per process (pthread_once) and every thread keeps its
 * own cipher and MAC contexts, which are re-keyed for each call instead of
 * being allocated again.  The contexts are freed when their thread exits.
 *
 * Each sealed frame needs a random IV.  RAND_bytes asks the kernel for the
 * process id on every call (OpenSSL's fork check), one system call per
 * frame; so each thread takes its IVs from a pool of IV_POOL random bytes,
 * refilled from RAND_bytes when empty.  A fork empties every pool (a child
 * must not send the IVs its parent or a sibling sends): the child handler
 * moves a generation on, and a pool of an older generation is refilled
 * before use.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "tp1.h"
#include "tp1_priv.h"

enum { C_DES_ECB, C_DES_CBC, C_SM4_ECB, C_SM4_CBC, C_COUNT };

static const char *const cipher_names[C_COUNT] = {
	"DES-EDE3-ECB", "DES-EDE3-CBC", "SM4-ECB", "SM4-CBC",
};

#define IV_POOL		4096

struct tp1_tls {
	EVP_CIPHER_CTX	*ctx[C_COUNT];
	EVP_MAC_CTX	*cmac;
	unsigned	 gen;		/* fork_gen when the pool was filled */
	size_t		 left;		/* unused bytes at the pool's end */
	uint8_t		 pool[IV_POOL];
};

static pthread_once_t		 init_once = PTHREAD_ONCE_INIT;
static int			 init_ok;
static EVP_CIPHER		*ciphers[C_COUNT];
static EVP_MAC			*cmac_alg;
static pthread_key_t		 tls_key;
static _Thread_local struct tp1_tls *tls;
static volatile unsigned	 fork_gen;

static void
forked(void)
{
	fork_gen++;
}

static void
tls_free(void *arg)
{
	struct tp1_tls	*t = arg;
	int		 i;

	if (t == NULL)
		return;
	for (i = 0; i < C_COUNT; i++)
		EVP_CIPHER_CTX_free(t->ctx[i]);
	EVP_MAC_CTX_free(t->cmac);
	OPENSSL_cleanse(t->pool, sizeof(t->pool));
	free(t);
}

static void
crypto_init(void)
{
	int	i;

	if (pthread_key_create(&tls_key, tls_free) != 0 ||
	    pthread_atfork(NULL, NULL, forked) != 0)
		return;
	for (i = 0; i < C_COUNT; i++)
		if ((ciphers[i] = EVP_CIPHER_fetch(NULL, cipher_names[i],
		    NULL)) == NULL)
			return;
	if ((cmac_alg = EVP_MAC_fetch(NULL, "CMAC", NULL)) == NULL)
		return;
	init_ok = 1;
}

/* This thread's contexts, made at first use; NULL if OpenSSL failed. */
static struct tp1_tls *
get_tls(void)
{
	OSSL_PARAM	 params[2];
	struct tp1_tls	*t;
	int		 i;

	if (tls != NULL)
		return tls;
	if (pthread_once(&init_once, crypto_init) != 0 || !init_ok)
		return NULL;
	if ((t = calloc(1, sizeof(*t))) == NULL)
		return NULL;
	for (i = 0; i < C_COUNT; i++)
		if ((t->ctx[i] = EVP_CIPHER_CTX_new()) == NULL)
			goto fail;
	if ((t->cmac = EVP_MAC_CTX_new(cmac_alg)) == NULL)
		goto fail;
	params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER,
	    (char *)"SM4-CBC", 0);
	params[1] = OSSL_PARAM_construct_end();
	if (!EVP_MAC_CTX_set_params(t->cmac, params))
		goto fail;
	if (pthread_setspecific(tls_key, t) != 0)
		goto fail;
	tls = t;
	return t;
fail:
	tls_free(t);
	return NULL;
}

/* n random bytes for an IV (n <= IV_POOL), from this thread's pool. */
enum tp1_err
tp1_random_iv(uint8_t *iv, size_t n)
{
	struct tp1_tls	*t;

	if ((t = get_tls()) == NULL || n > IV_POOL)
		return TP1_E_CRYPTO;
	if (t->gen != fork_gen)
		t->left = 0;
	if (t->left < n) {
		if (RAND_bytes(t->pool, sizeof(t->pool)) != 1)
			return TP1_E_CRYPTO;
		t->left = sizeof(t->pool);
		t->gen = fork_gen;
	}
	t->left -= n;
	memcpy(iv, t->pool + t->left, n);
	/* Used bytes do not stay behind. */
	OPENSSL_cleanse(t->pool + t->left, n);
	return TP1_OK;
}

/* One unpadded pass of a cipher over n bytes (a multiple of its block). */
static enum tp1_err
cipher_run(int which, const uint8_t *key, const uint8_t *iv,
    const uint8_t *in, size_t n, uint8_t *out, int encrypt)
{
	struct tp1_tls	*t;
	EVP_CIPHER_CTX	*ctx;
	int		 outl;

	if ((t = get_tls()) == NULL || n > 1u << 30)
		return TP1_E_CRYPTO;
	ctx = t->ctx[which];
	if (!EVP_CipherInit_ex2(ctx, ciphers[which], key, iv, encrypt, NULL) ||
	    !EVP_CIPHER_CTX_set_padding(ctx, 0))
		return TP1_E_CRYPTO;
	if (n == 0)
		return TP1_OK;
	if (!EVP_CipherUpdate(ctx, out, &outl, in, (int)n) ||
	    (size_t)outl != n)
		return TP1_E_CRYPTO;
	return TP1_OK;
}

/* Double-length 3DES key K1‖K2 as the K1‖K2‖K1 that DES-EDE3 wants. */
static void
tdes_key24(const uint8_t k16[16], uint8_t k24[24])
{
	memcpy(k24, k16, 16);
	memcpy(k24 + 16, k16, 8);
}

enum tp1_err
tp1_cbc(uint8_t suite, const uint8_t key[16], const uint8_t *iv,
    const uint8_t *in, size_t n, uint8_t *out, int encrypt)
{
	uint8_t		k24[24];
	enum tp1_err	e;

	switch (suite) {
	case TP1_SUITE_TDES:
		tdes_key24(key, k24);
		e = cipher_run(C_DES_CBC, k24, iv, in, n, out, encrypt);
		OPENSSL_cleanse(k24, sizeof(k24));
		return e;
	case TP1_SUITE_SM4:
		return cipher_run(C_SM4_CBC, key, iv, in, n, out, encrypt);
	default:
		return TP1_E_SUITE;
	}
}

enum tp1_err
tp1_diversify(uint8_t suite, const uint8_t mk[16], const uint8_t tid[8],
    uint8_t out[16])
{
	uint8_t		d[16], k24[24];
	enum tp1_err	e;
	int		i;

	/* Both suites encrypt D‖¬D in ECB: two DES blocks or one SM4 block. */
	for (i = 0; i < 8; i++) {
		d[i] = tid[i];
		d[8 + i] = (uint8_t)~tid[i];
	}
	switch (suite) {
	case TP1_SUITE_TDES:
		tdes_key24(mk, k24);
		e = cipher_run(C_DES_ECB, k24, NULL, d, 16, out, 1);
		OPENSSL_cleanse(k24, sizeof(k24));
		return e;
	case TP1_SUITE_SM4:
		return cipher_run(C_SM4_ECB, mk, NULL, d, 16, out, 1);
	default:
		return TP1_E_SUITE;
	}
}

enum tp1_err
tp1_terminal_keys(uint8_t suite, const uint8_t mk_enc[16],
    const uint8_t mk_mac[16], const uint8_t tid[8], struct tp1_keys *out)
{
	enum tp1_err	e;

	memset(out, 0, sizeof(*out));
	out->suite = suite;
	if ((e = tp1_diversify(suite, mk_enc, tid, out->enc)) != TP1_OK ||
	    (e = tp1_diversify(suite, mk_mac, tid, out->mac)) != TP1_OK) {
		tp1_keys_clear(out);
		return e;
	}
	return TP1_OK;
}

void
tp1_keys_clear(struct tp1_keys *k)
{
	if (k != NULL)
		OPENSSL_cleanse(k, sizeof(*k));
}

/*
 * ANSI X9.19 (ISO/IEC 9797-1 MAC algorithm 3, method-2 padding): single-DES
 * CBC-MAC with KL, then the last block is DES-decrypted with KR and
 * encrypted with KL.  The last CBC step E_KL followed by D_KR, E_KL is one
 * DES-EDE3 encryption under KL‖KR‖KL, so this needs two key setups: a
 * DES-CBC pass with KL‖KL‖KL over the whole blocks, then one EDE block.
 */
static enum tp1_err
mac_x919(const uint8_t key[16], const uint8_t *data, size_t n,
    uint8_t out[8])
{
	uint8_t		kl3[24], kede[24], h[8], x[8], scratch[512];
	size_t		full = n & ~(size_t)7, rem = n - full, off, chunk;
	enum tp1_err	e = TP1_OK;
	size_t		i;

	memset(h, 0, sizeof(h));
	if (full > 0) {
		struct tp1_tls	*t;
		EVP_CIPHER_CTX	*ctx;
		int		 outl;

		memcpy(kl3, key, 8);
		memcpy(kl3 + 8, key, 8);
		memcpy(kl3 + 16, key, 8);
		if ((e = cipher_run(C_DES_CBC, kl3, h, NULL, 0, NULL, 1)) !=
		    TP1_OK)
			goto done;
		t = get_tls();
		ctx = t->ctx[C_DES_CBC];
		/* The context carries the chaining value between chunks. */
		for (off = 0; off < full; off += chunk) {
			chunk = full - off < sizeof(scratch) ?
			    full - off : sizeof(scratch);
			if (!EVP_CipherUpdate(ctx, scratch, &outl, data + off,
			    (int)chunk) || (size_t)outl != chunk) {
				e = TP1_E_CRYPTO;
				goto done;
			}
		}
		memcpy(h, scratch + chunk - 8, 8);
	}
	memset(x, 0, sizeof(x));
	if (rem > 0)
		memcpy(x, data + full, rem);
	x[rem] = 0x80;
	for (i = 0; i < 8; i++)
		x[i] ^= h[i];
	memcpy(kede, key, 16);
	memcpy(kede + 16, key, 8);
	e = cipher_run(C_DES_ECB, kede, NULL, x, 8, out, 1);
done:
	OPENSSL_cleanse(kl3, sizeof(kl3));
	OPENSSL_cleanse(kede, sizeof(kede));
	OPENSSL_cleanse(scratch, sizeof(scratch));
	OPENSSL_cleanse(h, sizeof(h));
	OPENSSL_cleanse(x, sizeof(x));
	return e;
}

/* CMAC (SP 800-38B) over SM4: CMAC pads internally (TP1 §3). */
static enum tp1_err
mac_cmac_sm4(const uint8_t key[16], const uint8_t *data, size_t n,
    uint8_t out[16])
{
	struct tp1_tls	*t;
	size_t		 outl;

	if ((t = get_tls()) == NULL)
		return TP1_E_CRYPTO;
	if (!EVP_MAC_init(t->cmac, key, 16, NULL) ||
	    !EVP_MAC_update(t->cmac, data, n) ||
	    !EVP_MAC_final(t->cmac, out, &outl, 16) || outl != 16)
		return TP1_E_CRYPTO;
	return TP1_OK;
}

enum tp1_err
tp1_mac(uint8_t suite, const uint8_t key[16], const uint8_t *data, size_t n,
    uint8_t out[16])
{
	switch (suite) {
	case TP1_SUITE_TDES:
		return mac_x919(key, data, n, out);
	case TP1_SUITE_SM4:
		return mac_cmac_sm4(key, data, n, out);
	default:
		return TP1_E_SUITE;
	}
}

enum tp1_err
tp1_sm4_ecb(const uint8_t key[16], const uint8_t in[16], uint8_t out[16],
    int encrypt)
{
	return cipher_run(C_SM4_ECB, key, NULL, in, 16, out, encrypt);
}

int
tp1_ct_compare(const void *a, const void *b, size_t n)
{
	return CRYPTO_memcmp(a, b, n) != 0;
}
