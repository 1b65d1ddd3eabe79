/*
 * test_outbox_rule.c - the verdict on one delivery of a kept record
 * (common/outbox_rule.h): what is delivered, what is sent again, what is
 * refused for good.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "outbox_rule.h"

static void
test_delivered(void **state)
{
	(void)state;
	assert_int_equal(outbox_judge(1, "0000"), OUTBOX_DELIVERED);
	/* 2001: the marketing system has the ref already (a lost answer). */
	assert_int_equal(outbox_judge(1, "2001"), OUTBOX_DELIVERED);
}

static void
test_retry(void **state)
{
	(void)state;
	assert_int_equal(outbox_judge(0, ""), OUTBOX_RETRY);
	assert_int_equal(outbox_judge(0, NULL), OUTBOX_RETRY);
	assert_int_equal(outbox_judge(1, NULL), OUTBOX_RETRY);
	assert_int_equal(outbox_judge(1, "9999"), OUTBOX_RETRY);
	/* A code that came with no answer counts for nothing. */
	assert_int_equal(outbox_judge(0, "0000"), OUTBOX_RETRY);
}

static void
test_refused(void **state)
{
	static const char *codes[] = { "1001", "2002", "2003", "3001",
	    "9001", "1234", "" };
	size_t	i;

	(void)state;
	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		assert_int_equal(outbox_judge(1, codes[i]), OUTBOX_REFUSED);
}

static void
test_names(void **state)
{
	(void)state;
	assert_string_equal(outbox_verdict_name(OUTBOX_DELIVERED), "DELIVERED");
	assert_string_equal(outbox_verdict_name(OUTBOX_RETRY), "RETRY");
	assert_string_equal(outbox_verdict_name(OUTBOX_REFUSED), "REFUSED");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_delivered),
		cmocka_unit_test(test_retry),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
