/* Unit tests of common/conf.c: defaults, the shipped example, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "conf.h"

static char *
write_tmp(const char *text)
{
	static char	path[64];
	FILE		*fp;
	int		 fd;

	snprintf(path, sizeof(path), "/tmp/gfconfXXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	fputs(text, fp);
	fclose(fp);
	return path;
}

static void
test_defaults(void **state)
{
	struct gf_conf	c;
	char		err[256];

	(void)state;
	assert_int_equal(conf_load(NULL, &c, err, sizeof(err)), 0);
	assert_string_equal(c.global.org, "SC01");
	assert_int_equal(c.frontd.nlisten, 1);
	assert_string_equal(c.frontd.listen[0], "0.0.0.0:7001");
	assert_int_equal(c.frontd.read_deadline, 15);
	assert_int_equal(c.frontd.idle_timeout, 30);
	assert_int_equal(c.frontd.max_frame, 16384);
	assert_int_equal(c.frontd.max_conns, 20000);
	assert_int_equal(c.frontd.per_ip, 16);
	assert_int_equal(c.ifsvc.pool, 4);
	assert_int_equal(c.ifsvc.deadline, 10);
	conf_free(&c);
}

static void
test_example_parses(void **state)
{
	struct gf_conf	c;
	char		err[256];

	(void)state;
	assert_int_equal(conf_load(GF_SOURCE_DIR "/etc/gridfront.conf.example",
	    &c, err, sizeof(err)), 0);
	assert_string_equal(c.db.dsn, "");
	assert_int_equal(c.mktsim.error_pct, 0);
	conf_free(&c);
}

static void
test_values_and_override(void **state)
{
	struct gf_conf	c;
	char		err[256], *dsn;
	const char	*p;

	(void)state;
	p = write_tmp("global {\n org = \"GZ02\"\n run_dir = \"/x/run\"\n}\n"
	    "frontd {\n listen = {\"127.0.0.1:1\", \"[::1]:2\"}\n per_ip = 3\n"
	    " per_ip = 4\n}\nifsvc {\n recon_time = \"02:00:30\"\n}\n");
	assert_int_equal(conf_load(p, &c, err, sizeof(err)), 0);
	assert_string_equal(c.global.org, "GZ02");
	assert_int_equal(c.frontd.nlisten, 2);
	assert_string_equal(c.frontd.listen[1], "[::1]:2");
	assert_int_equal(c.frontd.per_ip, 4);	/* the later value wins */
	assert_string_equal(c.ifsvc.recon_time, "02:00:30");	/* seconds */
	dsn = conf_db_dsn(&c, NULL);
	assert_string_equal(dsn, "host=/x/run/pg dbname=gridfront user=gridfront");
	free(dsn);
	dsn = conf_db_dsn(&c, "mktsim");
	assert_string_equal(dsn, "host=/x/run/pg dbname=mktsim user=gridfront");
	free(dsn);
	conf_free(&c);
	unlink(p);
}

static void
expect_error(const char *text, const char *needle)
{
	struct gf_conf	c;
	char		err[256], want[300];
	const char	*p = write_tmp(text);

	assert_int_equal(conf_load(p, &c, err, sizeof(err)), -1);
	snprintf(want, sizeof(want), "%s:%s", p, needle);
	if (strstr(err, want) == NULL)
		fail_msg("error \"%s\" does not contain \"%s\"", err, want);
	unlink(p);
}

static void
test_errors_name_file_and_line(void **state)
{
	(void)state;
	expect_error("frontd {\n\n  bogus_key = 1\n}\n", "3:");
	expect_error("frontd {\n  per_ip = 0\n}\n", "2:");
	expect_error("frontd {\n  max_frame = \"big\"\n}\n", "2:");
	expect_error("global {\n  org = \"sc 01\"\n}\n", "2:");
	expect_error("nosuchsection {\n}\n", "1:");
	expect_error("ifsvc {\n recon_time = \"25:00\"\n}\n", "2:");
	expect_error("ifsvc {\n recon_time = \"02:00:60\"\n}\n", "2:");
	expect_error("ifsvc {\n recon_time = \"02:00:3x\"\n}\n", "2:");
	expect_error("ifsvc {\n recon_time = \"02:00x30\"\n}\n", "2:");
	expect_error("global {\n  node = \"n 1\"\n}\n", "2:");
	expect_error("global {\n  node = \"n:1\"\n}\n", "2:");
	expect_error("ifsvc {\n settle_lease = -1\n}\n", "2:");
}

/* A node's name: given, or the host's; the settle lease: given, or
 * derived from the MI/1 deadline. */
static void
test_node_and_lease(void **state)
{
	struct gf_conf	c;
	char		err[256], host[64];
	const char	*p;

	(void)state;
	p = write_tmp("global {\n node = \"n2.site-a_1\"\n}\n"
	    "ifsvc {\n deadline = 4\n}\n");
	assert_int_equal(conf_load(p, &c, err, sizeof(err)), 0);
	assert_string_equal(c.global.node, "n2.site-a_1");
	assert_int_equal(c.ifsvc.settle_lease, 3 * 4 + 30);
	conf_free(&c);
	unlink(p);
	p = write_tmp("ifsvc {\n settle_lease = 7\n}\n");
	assert_int_equal(conf_load(p, &c, err, sizeof(err)), 0);
	assert_int_equal(gethostname(host, sizeof(host)), 0);
	host[sizeof(host) - 1] = '\0';
	assert_string_equal(c.global.node, host);
	assert_int_equal(c.ifsvc.settle_lease, 7);
	conf_free(&c);
	unlink(p);
}

static void
test_missing_file(void **state)
{
	struct gf_conf	c;
	char		err[256];

	(void)state;
	assert_int_equal(conf_load("/nonexistent/gf.conf", &c, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, "/nonexistent/gf.conf"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_example_parses),
		cmocka_unit_test(test_values_and_override),
		cmocka_unit_test(test_errors_name_file_and_line),
		cmocka_unit_test(test_node_and_lease),
		cmocka_unit_test(test_missing_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
