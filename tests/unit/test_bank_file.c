/*
 * test_bank_file.c - a bank's day file (ifsvc/bank_file.h): a good file and
 * what goes to COPY, then each fault that refuses the file whole.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bank_file.h"

static int
parse(const char *data, struct gbuf *copy, int64_t *count, int64_t *total,
    char *err, size_t errlen)
{
	return bank_file_parse(data, strlen(data), "0102", "20261205", copy,
	    count, total, err, errlen);
}

/* The file is refused and err mentions want. */
static void
refused(const char *data, const char *want)
{
	struct gbuf	copy;
	int64_t		count, total;
	char		err[256] = "";

	gbuf_init(&copy);
	assert_int_equal(parse(data, &copy, &count, &total, err, sizeof(err)),
	    -1);
	if (strstr(err, want) == NULL)
		fail_msg("refusal \"%s\" does not say \"%s\"", err, want);
	gbuf_free(&copy);
}

static void
test_good(void **state)
{
	struct gbuf	copy;
	int64_t		count, total;
	char		err[256] = "";

	(void)state;
	gbuf_init(&copy);
	assert_int_equal(parse("H|0102|20261205|2|1000\r\n"
	    "D|S1|5100000001|1000|OK|090000\r\n"
	    "D|S2|5100000002|500|REVERSED|235959", &copy, &count, &total, err,
	    sizeof(err)), 0);
	assert_int_equal(count, 2);
	assert_int_equal(total, 1000);	/* the OK lines only */
	assert_int_equal(copy.len, strlen("S1|5100000001|1000|OK|090000\n"
	    "S2|5100000002|500|REVERSED|235959\n"));
	assert_memory_equal(copy.data, "S1|5100000001|1000|OK|090000\n"
	    "S2|5100000002|500|REVERSED|235959\n", copy.len);
	gbuf_free(&copy);

	/* A day without collections: the header alone. */
	gbuf_init(&copy);
	assert_int_equal(parse("H|0102|20261205|0|0\n", &copy, &count, &total,
	    err, sizeof(err)), 0);
	assert_int_equal(count, 0);
	assert_int_equal(copy.len, 0);
	gbuf_free(&copy);
}

static void
test_refused(void **state)
{
	(void)state;
	refused("", "empty");
	refused("D|S1|5100000001|1000|OK|090000\n", "not a header");
	refused("H|0103|20261205|0|0\n", "not the file's");
	refused("H|0102|20261204|0|0\n", "not the file's");
	refused("H|0102|20261205|x|0\n", "digits");
	refused("H|0102|20261205|1|1000\n", "do not add up");
	refused("H|0102|20261205|1|999\nD|S1|5100000001|1000|OK|090000\n",
	    "do not add up");
	/* A REVERSED line's amount is not in the total. */
	refused("H|0102|20261205|2|1500\nD|S1|5100000001|1000|OK|090000\n"
	    "D|S2|5100000002|500|REVERSED|090000\n", "do not add up");
	refused("H|0102|20261205|2|2000\nD|S1|5100000001|1000|OK|090000\n"
	    "D|S1|5100000009|1000|OK|090001\n", "listed twice");
	refused("H|0102|20261205|1|1000\nD|S1|5100000001|1000|PAID|090000\n",
	    "line 2");
	refused("H|0102|20261205|1|0\nD|S1|5100000001|0|OK|090000\n",
	    "line 2");
	refused("H|0102|20261205|1|1000\nD|S1|5100000001|-1000|OK|090000\n",
	    "line 2");
	refused("H|0102|20261205|1|1000\nD|S1|5100000001|1000|OK|246000\n",
	    "line 2");
	refused("H|0102|20261205|1|1000\nD|S1|5100000001|1000|OK|0900\n",
	    "line 2");
	refused("H|0102|20261205|1|1000\nD|S\\1|5100000001|1000|OK|090000\n",
	    "line 2");
	refused("H|0102|20261205|1|1000\nD|S 1|5100000001|1000|OK|090000\n",
	    "line 2");
	refused("H|0102|20261205|1|1000\nD|S123456789012345678901|51|1000|OK|"
	    "090000\n", "line 2");
	refused("H|0102|20261205|1|1000\nD|S1|5100000001|1000|OK|090000|x\n",
	    "line 2");
	refused("H|0102|20261205|1|1000\n\nD|S1|5100000001|1000|OK|090000\n",
	    "empty line");
	refused("H|0102|20261205|1|1000\nX|S1|5100000001|1000|OK|090000\n",
	    "line 2");
}

static void
test_names(void **state)
{
	char	bank[5], date[9], hex[65], err[256];
	const char *h = "0123456789abcdef0123456789ABCDEF"
	    "0123456789abcdef0123456789abcdef";

	(void)state;
	assert_int_equal(bank_file_name("BD010220261205.txt", bank, date), 0);
	assert_string_equal(bank, "0102");
	assert_string_equal(date, "20261205");
	assert_int_equal(bank_file_name("BD010220261205.txt.sha256", bank,
	    date), -1);
	assert_int_equal(bank_file_name("WR010220261205.txt", bank, date), -1);
	assert_int_equal(bank_file_name("BD01022026120.txt", bank, date), -1);
	{
		char	line[160];

		snprintf(line, sizeof(line), "%s  BD010220261205.txt\n", h);
		assert_int_equal(bank_sha_line(line, strlen(line),
		    "BD010220261205.txt", hex, err, sizeof(err)), 0);
		assert_string_equal(hex, "0123456789abcdef0123456789abcdef"
		    "0123456789abcdef0123456789abcdef");
		snprintf(line, sizeof(line), "%s  BD010220261206.txt\n", h);
		assert_int_equal(bank_sha_line(line, strlen(line),
		    "BD010220261205.txt", hex, err, sizeof(err)), -1);
		snprintf(line, sizeof(line), "%.63sx  BD010220261205.txt\n", h);
		assert_int_equal(bank_sha_line(line, strlen(line),
		    "BD010220261205.txt", hex, err, sizeof(err)), -1);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
