/*
 * Unit tests of the daemons' logging (common/log.c log_open, used by
 * common/daemon.c): lines reach log4c's rolling files set up from the
 * configuration's log_dir, log_max_size and log_max_files, in the same
 * "TIME NAME[PID] level=... key=value" form as on stderr, the files roll at
 * the size and no more than the count are kept; a log_dir that cannot be
 * used is an error naming it; the conf keys have their defaults and ranges.
 *
 * log4c cannot be started again after log4c_fini() in one process (it
 * crashes in its type table), and a daemon starts it once: each case logs
 * in a child process and checks the files in the parent.
 */
#include <sys/stat.h>
#include <sys/wait.h>

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

#include "conf.h"
#include "daemon.h"
#include "log.h"

static char *
slurp(const char *path)
{
	static char	buf[16384];
	FILE		*fp = fopen(path, "r");
	size_t		 n;

	if (fp == NULL)
		return NULL;
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

static int
exists(const char *dir, const char *name)
{
	char		path[256];
	struct stat	st;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return stat(path, &st) == 0;
}

static long
size_of(const char *dir, const char *name)
{
	char		path[256];
	struct stat	st;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

static void
rm_dir(const char *dir)
{
	char	cmd[300];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/* Run fn(dir) in a child; 0 when it exited 0. */
static int
in_child(void (*fn)(const char *), const char *dir)
{
	pid_t	pid;
	int	status;

	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		fn(dir);
		_exit(0);
	}
	if (waitpid(pid, &status, 0) == -1)
		return -1;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static void
log_plain(const char *dir)
{
	struct log_files	 lf;
	char			 err[256];

	unsetenv("LOG4C_RCPATH");
	lf.dir = dir;
	lf.max_size = 1 << 20;
	lf.max_files = 3;
	if (log_open("unitd", 0, LOG_FILES, &lf, err, sizeof(err)) == -1)
		_exit(1);
	log_info("conn=%d terminal=%s func=%s", 7, "8613900000000001", "ECHO");
	log_debug("hidden=%d", 1);
	log_info("pct=%s", "100%s%d");
	errno = ENOENT;
	log_warn("open file=%s", "x");
	log_setverbose(1);
	log_debug("shown=%d", 2);
	log_shutdown();
}

/* No log4crc at all: the daemon's files come from its configuration. */
static void
test_files_without_log4crc(void **state)
{
	char	dir[64], path[160], *text;

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/gfdaemonXXXXXX");
	assert_non_null(mkdtemp(dir));
	assert_int_equal(in_child(log_plain, dir), 0);

	snprintf(path, sizeof(path), "%s/unitd.log.0", dir);
	text = slurp(path);
	assert_non_null(text);
	assert_non_null(strstr(text, "unitd["));
	assert_non_null(strstr(text,
	    "level=info conn=7 terminal=8613900000000001 func=ECHO\n"));
	assert_non_null(strstr(text,
	    "level=warn open file=x error=\"No such file or directory\"\n"));
	/* A '%' in a value is written as it is, not read as a conversion. */
	assert_non_null(strstr(text, "level=info pct=100%s%d\n"));
	assert_null(strstr(text, "hidden=1"));
	assert_non_null(strstr(text, "level=debug shown=2\n"));
	rm_dir(dir);
}

static void
log_many(const char *dir)
{
	struct log_files	 lf;
	char			 err[256];
	int			 i;

	lf.dir = dir;
	lf.max_size = 4096;
	lf.max_files = 3;
	if (log_open("rolld", 0, LOG_FILES, &lf, err, sizeof(err)) == -1)
		_exit(1);
	for (i = 0; i < 400; i++)
		log_info("line=%d filler=%s", i,
		    "0123456789012345678901234567890123456789");
	log_shutdown();
}

/* The files roll at max_size and max_files are kept, the rest deleted. */
static void
test_rolls_at_size_and_count(void **state)
{
	char	dir[64], err[256], name[32];
	int	i;

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/gfdaemonXXXXXX");
	assert_non_null(mkdtemp(dir));
	assert_int_equal(in_child(log_many, dir), 0);
	assert_true(exists(dir, "rolld.log.0"));
	assert_true(exists(dir, "rolld.log.1"));
	assert_true(exists(dir, "rolld.log.2"));
	assert_false(exists(dir, "rolld.log.3"));
	for (i = 0; i < 3; i++) {
		snprintf(name, sizeof(name), "rolld.log.%d", i);
		assert_true(size_of(dir, name) <= 4096);
	}
	/* The newest lines are in the current file. */
	assert_non_null(strstr(slurp(strcat(strcpy(err, dir), "/rolld.log.0")),
	    "line=399 "));
	rm_dir(dir);
}

static void
log_resized(const char *dir)
{
	struct log_files	 lf;
	char			 err[256], path[160];
	struct stat		 st;
	int			 i;

	lf.dir = dir;
	lf.max_size = 1 << 20;
	lf.max_files = 4;
	if (log_open("setd", 0, LOG_FILES, &lf, err, sizeof(err)) == -1)
		_exit(1);
	for (i = 0; i < 100; i++)
		log_info("before=%d filler=%s", i, "0123456789012345678901234567");
	snprintf(path, sizeof(path), "%s/setd.log.1", dir);
	if (stat(path, &st) == 0)	/* rolled too early */
		_exit(2);
	if (log_set_rolling(4096, 4) == -1)
		_exit(3);
	for (i = 0; i < 100; i++)
		log_info("after=%d filler=%s", i, "0123456789012345678901234567");
	log_shutdown();
}

/* A reload may change the size; the count stays until a restart. */
static void
test_set_rolling(void **state)
{
	char	dir[64];

	(void)state;
	assert_int_equal(log_set_rolling(4096, 2), -1);	/* no files open */
	snprintf(dir, sizeof(dir), "/tmp/gfdaemonXXXXXX");
	assert_non_null(mkdtemp(dir));
	assert_int_equal(in_child(log_resized, dir), 0);
	assert_true(exists(dir, "setd.log.1"));
	assert_true(size_of(dir, "setd.log.0") <= 4096);
	rm_dir(dir);
}

static void
log_fatal(const char *dir)
{
	struct log_files	 lf;
	char			 err[256], path[160];

	snprintf(path, sizeof(path), "%s/stderr", dir);
	if (freopen(path, "w", stderr) == NULL)
		_exit(9);
	setvbuf(stderr, NULL, _IONBF, 0);	/* as a daemon's stderr is */
	lf.dir = dir;
	lf.max_size = 1 << 20;
	lf.max_files = 2;
	if (log_open("fatald", 0, LOG_FILES, &lf, err, sizeof(err)) == -1)
		_exit(8);
	log_info("quiet=1");
	fatalx("boom=%d", 1);
}

/* Files only: other lines stay off stderr, a fatal one is on both. */
static void
test_fatal_on_stderr(void **state)
{
	char	 dir[64], path[160], *text;

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/gfdaemonXXXXXX");
	assert_non_null(mkdtemp(dir));
	assert_int_equal(in_child(log_fatal, dir), -1);	/* exit 1 */
	snprintf(path, sizeof(path), "%s/fatald.log.0", dir);
	assert_non_null(text = slurp(path));
	assert_non_null(strstr(text, "level=info quiet=1\n"));
	assert_non_null(strstr(text, "level=fatal boom=1\n"));
	snprintf(path, sizeof(path), "%s/stderr", dir);
	assert_non_null(text = slurp(path));
	assert_null(strstr(text, "quiet=1"));
	assert_non_null(strstr(text, "fatald["));
	assert_non_null(strstr(text, "level=fatal boom=1\n"));
	rm_dir(dir);
}

static void
test_bad_dir(void **state)
{
	struct log_files	 lf;
	char			 err[256];

	(void)state;
	lf.dir = "/proc/version/log";
	lf.max_size = 4096;
	lf.max_files = 2;
	assert_int_equal(log_open("badd", 0, LOG_FILES, &lf, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, "log_dir /proc/version/log: "));
	/* stderr only needs no directory. */
	assert_int_equal(log_open("badd", 0, LOG_STDERR, &lf, err,
	    sizeof(err)), 0);
	log_shutdown();
}

static void
test_conf_keys(void **state)
{
	struct gf_conf	 c;
	char		 path[] = "/tmp/gfdaemonconfXXXXXX", err[512];
	FILE		*fp;
	int		 fd;

	(void)state;
	assert_int_equal(conf_load(NULL, &c, err, sizeof(err)), 0);
	assert_int_equal(c.global.log_max_size, 16777216);
	assert_int_equal(c.global.log_max_files, 10);
	conf_free(&c);

	assert_true((fd = mkstemp(path)) >= 0);
	assert_non_null(fp = fdopen(fd, "w"));
	fprintf(fp, "global {\n  log_max_size = 65536\n  log_max_files = 4\n}\n");
	fclose(fp);
	assert_int_equal(conf_load(path, &c, err, sizeof(err)), 0);
	assert_int_equal(c.global.log_max_size, 65536);
	assert_int_equal(c.global.log_max_files, 4);
	conf_free(&c);

	assert_non_null(fp = fopen(path, "w"));
	fprintf(fp, "global {\n  log_max_files = 0\n}\n");
	fclose(fp);
	assert_int_equal(conf_load(path, &c, err, sizeof(err)), -1);
	assert_non_null(strstr(err, ":2: "));
	assert_non_null(strstr(err, "log_max_files"));
	unlink(path);
}

/* ---- daemon_start's options, -n and operands, in a child each ---- */

static int
serve_only(void *arg, int argc, char **argv)
{
	(void)arg;
	return argc == 1 && strcmp(argv[0], "serve") == 0 ? DAEMON_OPT_OK :
	    DAEMON_OPT_USAGE;
}

static int
check_fails(void *arg, const struct gf_conf *conf, char *err, size_t errlen)
{
	(void)arg; (void)conf;
	snprintf(err, errlen, "keys: no such file");
	return -1;
}

static const struct daemon_def plain_def = { .name = "plaind" };
static const struct daemon_def sub_def = { .name = "subd",
    .operands = serve_only };
static const struct daemon_def checked_def = { .name = "checkd",
    .check = check_fails };

/* daemon_start(def, argv) in a child with stderr in errfile: exit status. */
static int
start_status(const struct daemon_def *def, char **argv, const char *errfile)
{
	struct gf_conf	 conf;
	pid_t		 pid;
	int		 status, argc = 0;

	while (argv[argc] != NULL)
		argc++;
	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		if (freopen(errfile, "w", stderr) == NULL)
			_exit(99);
		optind = 1;
		(void)daemon_start(def, NULL, argc, argv, &conf);
		_exit(98);	/* -n never returns */
	}
	if (waitpid(pid, &status, 0) == -1 || !WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

static void
test_start_options(void **state)
{
	char	 conf[] = "/tmp/gfdaemonoptXXXXXX", errf[64], *text;
	char	*ok_n[] = { "plaind", "-n", "-f", conf, NULL };
	char	*extra[] = { "plaind", "-n", "-f", conf, "serve", NULL };
	char	*both[] = { "plaind", "-d", "-D", "-n", "-f", conf, NULL };
	char	*sub[] = { "subd", "-n", "-f", conf, "serve", NULL };
	char	*subbad[] = { "subd", "-n", "-f", conf, "other", NULL };
	char	*checked[] = { "checkd", "-n", "-f", conf, NULL };
	FILE	*fp;
	int	 fd;

	(void)state;
	assert_true((fd = mkstemp(conf)) >= 0);
	assert_non_null(fp = fdopen(fd, "w"));
	fprintf(fp, "global {\n  org = \"SC01\"\n}\n");
	fclose(fp);
	snprintf(errf, sizeof(errf), "%s.err", conf);

	assert_int_equal(start_status(&plain_def, ok_n, errf), 0);
	assert_string_equal(slurp(errf), "plaind: configuration OK\n");
	assert_int_equal(start_status(&plain_def, extra, errf), 2);
	assert_int_equal(start_status(&plain_def, both, errf), 2);
	assert_int_equal(start_status(&sub_def, sub, errf), 0);
	assert_int_equal(start_status(&sub_def, subbad, errf), 2);
	assert_int_equal(start_status(&checked_def, checked, errf), 1);
	text = slurp(errf);
	assert_string_equal(text, "checkd: keys: no such file\n");
	unlink(errf);
	unlink(conf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_files_without_log4crc),
		cmocka_unit_test(test_rolls_at_size_and_count),
		cmocka_unit_test(test_set_rolling),
		cmocka_unit_test(test_fatal_on_stderr),
		cmocka_unit_test(test_bad_dir),
		cmocka_unit_test(test_conf_keys),
		cmocka_unit_test(test_start_options),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
