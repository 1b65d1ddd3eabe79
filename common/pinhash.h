/*
 * pinhash.h - hashes of secrets people choose (operator PINs, console
 * passwords), shared by appsrv (checks), gfctl (operator add / passwd) and
 * the unit test.
 *
 * Format (operators.pin_hash, schema/000_baseline.sql): "pbkdf2-sha256$<iter>$<salt hex>$<hash hex>",
 * PBKDF2-HMAC-SHA256 (OpenSSL PKCS5_PBKDF2_HMAC), 16-byte random salt,
 * 32-byte hash, compared in constant time (CRYPTO_memcmp).
 *
 * PIN_PBKDF2_ITER = 10,000 costs about 3 ms per check on the 2-core
 * machine.  A PIN has few digits, so the count mainly slows an attacker who
 * holds the table; many more would make the sign-on burst of a load test
 * (thousands of terminals at once) queue for seconds on appsrv's worker.
 * The count is stored in each hash, so it can be raised later.
 */
#ifndef GF_PINHASH_H
#define GF_PINHASH_H

#include <stddef.h>

#define PIN_PBKDF2_ITER	10000
/* Console passwords (gfctl user, appsrv/console.c): people choose them and
 * they guard the whole station, so they cost far more (~60 ms a check). */
#define PW_PBKDF2_ITER	200000
#define PIN_HASH_MAX	160
#define PIN_SALT_LEN	16
#define PIN_HASH_LEN	32

/* Hash pin with a fresh salt into out (PIN_HASH_MAX bytes); 0 or -1. */
int	pin_hash_make(const char *pin, int iter, char *out, size_t cap);
/* 1 when pin matches stored, 0 when not, -1 when stored is malformed. */
int	pin_hash_verify(const char *pin, const char *stored);

/*
 * The console password rule (gfctl user and the console's API): 10 to 63
 * bytes; at least three of lower case, upper case, digits and other
 * characters (any non-ASCII counts as other), or at least 16 bytes; not
 * containing the user id (any case, ids of 4 or more); not one character
 * repeated.  0 when
 * it holds, else -1 with the reason in Chinese and English.
 */
#define PW_MIN_LEN	10
#define PW_MAX_LEN	63
int	pw_rule_check(const char *pw, const char *user, const char **why_zh,
	    const char **why_en);

#endif
