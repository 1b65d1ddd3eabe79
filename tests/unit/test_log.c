/*
 * Unit tests of common/log.c: lines reach log4c's rolling-file appender
 * configured by a log4crc, with key=value fields and errno text; debug
 * lines only when verbose.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "log.h"

static char	dir[64];

static char *
slurp(const char *path)
{
	static char	buf[8192];
	FILE		*fp = fopen(path, "r");
	size_t		 n;

	if (fp == NULL)
		return NULL;
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

static void
test_rolling_file(void **state)
{
	char	path[128], *text;
	FILE	*fp;

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/gflogXXXXXX");
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/log4crc", dir);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<log4c version=\"1.2.4\"><config><bufsize>0</bufsize>"
	    "<debug level=\"0\"/><nocleanup>0</nocleanup></config>\n"
	    "<rollingpolicy name=\"r\" type=\"sizewin\" maxsize=\"1048576\" maxnum=\"3\"/>\n"
	    "<appender name=\"t\" type=\"rollingfile\" logdir=\"%s\" prefix=\"unit.log\" "
	    "layout=\"dated\" rollingpolicy=\"r\"/>\n"
	    "<category name=\"gridfront.unit\" priority=\"debug\" appender=\"t\"/>\n"
	    "</log4c>\n", dir);
	fclose(fp);
	setenv("LOG4C_RCPATH", dir, 1);

	log_init("unit", 0, 0);
	log_info("conn=%d terminal=%s func=%s", 7, "8613900000000001", "ECHO");
	log_debug("hidden=%d", 1);
	errno = ENOENT;
	log_warn("open file=%s", "x");
	log_setverbose(1);
	log_debug("shown=%d", 2);
	log_shutdown();

	snprintf(path, sizeof(path), "%s/unit.log.0", dir);
	text = slurp(path);
	assert_non_null(text);
	assert_non_null(strstr(text, "conn=7 terminal=8613900000000001 func=ECHO"));
	assert_non_null(strstr(text, "open file=x error=\"No such file or directory\""));
	assert_null(strstr(text, "hidden=1"));
	assert_non_null(strstr(text, "shown=2"));
	unlink(path);
	snprintf(path, sizeof(path), "%s/log4crc", dir);
	unlink(path);
	rmdir(dir);
}

/*
 * A value with a newline (a terminal's note) cannot start a line of its
 * own: one line per call, with the control characters written as escapes
 * (on stderr here; the rolling files get the same text).
 */
static void
test_control_chars_escaped(void **state)
{
	char	path[64], *text, *p;
	int	fd, saved, lines = 0;

	(void)state;
	snprintf(path, sizeof(path), "/tmp/gflogescXXXXXX");
	assert_true((fd = mkstemp(path)) != -1);
	fflush(stderr);
	saved = dup(2);
	assert_true(dup2(fd, 2) == 2);
	assert_int_equal(log_open("esc", 0, LOG_STDERR, NULL, NULL, 0), 0);
	log_info("terminal=%s note=\"%s\"", "8613900000000001",
	    "x\n2026-12-05T00:00:00.000 appsrv[1] level=error FORGED\r\t\033[2J\x7f");
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	close(fd);
	text = slurp(path);
	assert_non_null(text);
	for (p = text; *p; p++)
		if (*p == '\n')
			lines++;
	assert_int_equal(lines, 1);
	assert_non_null(strstr(text, "note=\"x\\n2026-12-05T00:00:00.000 appsrv[1] "
	    "level=error FORGED\\r\\t\\x1b[2J\\x7f\""));
	unlink(path);
}

static void
test_escape_cut(void **state)
{
	char	out[8];

	(void)state;
	assert_int_equal(log_escape(out, sizeof(out), "ab\ncd"), 6);
	assert_string_equal(out, "ab\\ncd");
	/* An escape that does not fit whole is left out. */
	assert_int_equal(log_escape(out, sizeof(out), "abcdef\001"), 6);
	assert_string_equal(out, "abcdef");
	assert_int_equal(log_escape(out, sizeof(out), "plain"), 5);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rolling_file),
		cmocka_unit_test(test_control_chars_escaped),
		cmocka_unit_test(test_escape_cut),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
