/*
 * test_recon_file.c - the 9001 file's checks (ifsvc/recon_file.h): a good
 * file of several pages, the refusals, and the inputs fuzz_recon found.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "recon_file.h"

#define L(m, s, amt, st) m "|" s "|1002|5100000001|" amt "|" st "|20261205|120000\n"

static int
lines(const char *data, int64_t *count, int64_t *total, char *err,
    size_t errlen)
{
	struct gbuf	raw;
	int		rv;

	gbuf_init(&raw);
	*count = *total = 0;
	rv = recon_lines_add(data, &raw, count, total, err, errlen);
	gbuf_free(&raw);
	return rv;
}

static void
test_pages_ok(void **state)
{
	struct recon_page	 pg[3];
	struct gbuf		 raw;
	json_t			*b1, *b2;
	char			 err[256];
	int64_t			 count, total;

	(void)state;
	b1 = json_pack("{s:s,s:s,s:s,s:s}", "pagecount", "2", "count", "3",
	    "total", "300", "data", L("M1", "S1", "100", "OK")
	    L("M2", "S2", "200", "OK"));
	b2 = json_pack("{s:s,s:s,s:s,s:s}", "pagecount", "2", "count", "3",
	    "total", "300", "data", L("M3", "S3", "50", "REVERSED"));
	memset(pg, 0, sizeof(pg));
	assert_int_equal(recon_page_read(b1, 1, &pg[1], err, sizeof(err)), 0);
	assert_int_equal(recon_page_read(b2, 2, &pg[2], err, sizeof(err)), 0);
	assert_int_equal(recon_page_first_ok(&pg[1], err, sizeof(err)), 0);
	gbuf_init(&raw);
	assert_int_equal(recon_pages_check(pg, 2, &raw, &count, &total, err,
	    sizeof(err)), 0);
	assert_int_equal(count, 3);
	assert_int_equal(total, 300);
	assert_int_equal(raw.len, 3 * strlen(L("M1", "S1", "100", "OK")) + 5);
	gbuf_free(&raw);
	free(pg[1].data);
	free(pg[2].data);
	json_decref(b1);
	json_decref(b2);
}

static void
test_refusals(void **state)
{
	char	err[256];
	int64_t	c, t;

	(void)state;
	assert_int_equal(lines("a|b|c\n", &c, &t, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "fields"));
	assert_int_equal(lines(L("M", "S", "-1", "OK"), &c, &t, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, "bad amount"));
	assert_int_equal(lines(L("M", "S", "1", "MAYBE"), &c, &t, err,
	    sizeof(err)), -1);
	assert_int_equal(lines(L("M\\", "S", "1", "OK"), &c, &t, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, "backslash"));
}

/*
 * Seen while factoring the parser out for fuzz_recon (the input is
 * tests/fuzz/regress/recon/total_overflow): two OK lines whose amounts add
 * up past INT64_MAX overflowed the running total (undefined behaviour: UBSan
 * stopped the run; without it the sum wrapped).  Now the line that would
 * overflow is named.
 */
static void
test_total_overflow(void **state)
{
	char	err[256];
	int64_t	c, t;

	(void)state;
	assert_int_equal(lines(L("A", "S1", "9223372036854775807", "OK")
	    L("B", "S2", "9223372036854775807", "OK"), &c, &t, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, "line 2: the total overflows"));
	/* The largest total itself is fine. */
	assert_int_equal(lines(L("A", "S1", "9223372036854775806", "OK")
	    L("B", "S2", "1", "OK") L("C", "S3", "9223372036854775807",
	    "REVERSED"), &c, &t, err, sizeof(err)), 0);
	assert_int_equal(t, INT64_MAX);
	assert_int_equal(c, 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pages_ok),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_total_overflow),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
