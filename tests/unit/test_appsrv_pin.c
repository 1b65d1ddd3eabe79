/*
 * test_appsrv_pin - operator PIN hashes (common/pinhash.h): the stored
 * format, verification against an independent PBKDF2-HMAC-SHA256 value
 * (Python hashlib), salting, and refusal of malformed stored hashes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "pinhash.h"

/* hashlib.pbkdf2_hmac('sha256', b'123456', bytes(range(16)), 1000) */
#define KNOWN "pbkdf2-sha256$1000$000102030405060708090A0B0C0D0E0F$" \
	"6E3849111BE8D3070634220666E93C55DBFD75E923F34D35716805464C0A7EAF"

static void
test_known_vector(void **state)
{
	(void)state;
	assert_int_equal(pin_hash_verify("123456", KNOWN), 1);
	assert_int_equal(pin_hash_verify("123457", KNOWN), 0);
	assert_int_equal(pin_hash_verify("", KNOWN), 0);
	assert_int_equal(pin_hash_verify("1234560", KNOWN), 0);
}

static void
test_make_and_verify(void **state)
{
	char	a[PIN_HASH_MAX], b[PIN_HASH_MAX];
	size_t	i;

	(void)state;
	assert_int_equal(pin_hash_make("246810", PIN_PBKDF2_ITER, a, sizeof(a)), 0);
	assert_int_equal(pin_hash_make("246810", PIN_PBKDF2_ITER, b, sizeof(b)), 0);
	/* pbkdf2-sha256$10000$<32 hex>$<64 hex> */
	assert_int_equal(strncmp(a, "pbkdf2-sha256$10000$", 20), 0);
	assert_int_equal(strlen(a), 20 + 32 + 1 + 64);
	for (i = 20; a[i] != '\0'; i++)
		assert_true((a[i] >= '0' && a[i] <= '9') ||
		    (a[i] >= 'A' && a[i] <= 'F') || (i == 52 && a[i] == '$'));
	assert_string_not_equal(a, b);		/* fresh salt each time */
	assert_int_equal(pin_hash_verify("246810", a), 1);
	assert_int_equal(pin_hash_verify("246810", b), 1);
	assert_int_equal(pin_hash_verify("246811", a), 0);
	assert_int_equal(pin_hash_make("1", 0, a, sizeof(a)), -1);
	assert_int_equal(pin_hash_make("1", 1, a, 20), -1);	/* too small */
}

static void
test_malformed(void **state)
{
	static const char *bad[] = {
		"",
		"123456",
		"sha1$1000$00$00",
		"pbkdf2-sha256$",
		"pbkdf2-sha256$1000$0001",
		"pbkdf2-sha256$abc$000102030405060708090A0B0C0D0E0F$6E38",
		"pbkdf2-sha256$0$000102030405060708090A0B0C0D0E0F$"
		    "6E3849111BE8D3070634220666E93C55DBFD75E923F34D35716805464C0A7EAF",
		"pbkdf2-sha256$1000$$"
		    "6E3849111BE8D3070634220666E93C55DBFD75E923F34D35716805464C0A7EAF",
		"pbkdf2-sha256$1000$000102030405060708090A0B0C0D0E0F$6E38",
		"pbkdf2-sha256$1000$XX0102030405060708090A0B0C0D0E0F$"
		    "6E3849111BE8D3070634220666E93C55DBFD75E923F34D35716805464C0A7EAF",
		"pbkdf2-sha256$99999999$000102030405060708090A0B0C0D0E0F$"
		    "6E3849111BE8D3070634220666E93C55DBFD75E923F34D35716805464C0A7EAF",
	};
	size_t	i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(pin_hash_verify("123456", bad[i]), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_vector),
		cmocka_unit_test(test_make_and_verify),
		cmocka_unit_test(test_malformed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
