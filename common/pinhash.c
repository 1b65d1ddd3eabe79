/*
 * pinhash.c - PBKDF2-HMAC-SHA256 hashes of PINs and passwords (pinhash.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "pinhash.h"
#include "util.h"

/* Hash pin with a fresh salt into out; 0 or -1. */
int
pin_hash_make(const char *pin, int iter, char *out, size_t cap)
{
	uint8_t	salt[PIN_SALT_LEN], hash[PIN_HASH_LEN];
	char	salthex[2 * PIN_SALT_LEN + 1], hashhex[2 * PIN_HASH_LEN + 1];
	int	n;

	if (iter < 1 || RAND_bytes(salt, sizeof(salt)) != 1)
		return -1;
	if (PKCS5_PBKDF2_HMAC(pin, (int)strlen(pin), salt, sizeof(salt), iter,
	    EVP_sha256(), sizeof(hash), hash) != 1)
		return -1;
	hex_encode(salt, sizeof(salt), salthex);
	hex_encode(hash, sizeof(hash), hashhex);
	secure_zero(hash, sizeof(hash));
	n = snprintf(out, cap, "pbkdf2-sha256$%d$%s$%s", iter, salthex, hashhex);
	return n > 0 && (size_t)n < cap ? 0 : -1;
}

/* 1 when pin matches stored, 0 when not, -1 when stored is malformed. */
int
pin_hash_verify(const char *pin, const char *stored)
{
	static const char	 prefix[] = "pbkdf2-sha256$";
	uint8_t			 salt[64], want[64], got[64];
	char			 buf[PIN_HASH_MAX];
	char			*iterp, *saltp, *hashp, *end;
	size_t			 saltlen, hashlen;
	long			 iter;
	int			 rv;

	if (strncmp(stored, prefix, sizeof(prefix) - 1) != 0 ||
	    strlen(stored) >= sizeof(buf))
		return -1;
	memcpy(buf, stored, strlen(stored) + 1);
	iterp = buf + sizeof(prefix) - 1;
	if ((saltp = strchr(iterp, '$')) == NULL)
		return -1;
	*saltp++ = '\0';
	if ((hashp = strchr(saltp, '$')) == NULL)
		return -1;
	*hashp++ = '\0';
	errno = 0;
	iter = strtol(iterp, &end, 10);
	if (errno || *end != '\0' || iter < 1 || iter > 10000000)
		return -1;
	if (hex_decode(saltp, salt, sizeof(salt), &saltlen) == -1 ||
	    hex_decode(hashp, want, sizeof(want), &hashlen) == -1 ||
	    saltlen == 0 || hashlen < 16)
		return -1;
	if (PKCS5_PBKDF2_HMAC(pin, (int)strlen(pin), salt, (int)saltlen,
	    (int)iter, EVP_sha256(), (int)hashlen, got) != 1)
		return -1;
	rv = CRYPTO_memcmp(got, want, hashlen) == 0;
	secure_zero(got, sizeof(got));
	return rv;
}


int
pw_rule_check(const char *pw, const char *user, const char **why_zh,
    const char **why_en)
{
	size_t		 n = strlen(pw), i, ul = user ? strlen(user) : 0;
	int		 lo = 0, up = 0, dig = 0, oth = 0, same = 1;
	const char	*zh = NULL, *en = NULL;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)pw[i];

		if (c >= 'a' && c <= 'z')
			lo = 1;
		else if (c >= 'A' && c <= 'Z')
			up = 1;
		else if (c >= '0' && c <= '9')
			dig = 1;
		else
			oth = 1;
		if (pw[i] != pw[0])
			same = 0;
	}
	if (n < PW_MIN_LEN || n > PW_MAX_LEN) {
		zh = "密码长度须为 10 至 63 个字符";
		en = "the password must be 10 to 63 characters";
	} else if (same) {
		zh = "密码不能由同一个字符重复组成";
		en = "the password may not repeat one character";
	} else if (n < 16 && lo + up + dig + oth < 3) {
		zh = "密码须包含大写字母、小写字母、数字、符号中的至少三类，或长度不少于 16 个字符";
		en = "the password needs three of: lower case, upper case, "
		    "digits, symbols (or 16 characters or more)";
	} else if (ul >= 4) {
		for (i = 0; i + ul <= n; i++)
			if (strncasecmp(pw + i, user, ul) == 0) {
				zh = "密码不能包含用户名";
				en = "the password may not contain the user id";
				break;
			}
	}
	if (why_zh)
		*why_zh = zh;
	if (why_en)
		*why_en = en;
	return zh == NULL ? 0 : -1;
}
