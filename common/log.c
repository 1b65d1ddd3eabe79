/*
 * log.c - the one logging module, over log4c.
 *
 * Each program logs to the category "gridfront.<progname>".  log4c reads
 * its log4crc from $LOG4C_RCPATH (./gf points it at etc/, whose log4crc
 * uses a rolling-file appender).  With to_stderr, or when log4c has no
 * configuration, lines go to stderr with a timestamp.
 *
 * The daemons use log_open() instead: their rolling files are set up here
 * from gridfront.conf (log_dir, log_max_size, log_max_files), so that the
 * size and count are the station's configuration and every line has the
 * same "TIME NAME[PID] level=... key=value" form on stderr and in files.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <log4c.h>
#include <log4c/appender_type_rollingfile.h>
#include <log4c/rollingpolicy.h>
#include <log4c/rollingpolicy_type_sizewin.h>

#include "log.h"

static log4c_category_t	*category;
static const char	*progname = "gridfront";
static int		 verbose;
static int		 use_stderr = 1;
static int		 own_files;	/* log_open's appender: whole lines */
static rollingpolicy_sizewin_udata_t *sizewin;
static long		 rolling_files;

static void	logit(int, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

void
log_init(const char *name, int debug, int to_stderr)
{
	char	catname[128];

	progname = name;
	verbose = debug;
	use_stderr = to_stderr;
	own_files = 0;
	if (to_stderr)
		return;
	if (log4c_init() != 0) {
		use_stderr = 1;
		return;
	}
	snprintf(catname, sizeof(catname), "gridfront.%s", name);
	category = log4c_category_get(catname);
	/* A category with no appender configured would swallow every line. */
	if (category == NULL || log4c_category_get_appender(category) == NULL)
		use_stderr = 1;
}

/* The line is complete (vlog): the layout adds nothing. */
static const char *
line_format(const log4c_layout_t *layout, const log4c_logging_event_t *ev)
{
	(void)layout;
	return ev->evt_msg;
}

static const log4c_layout_type_t line_layout = { "gridfront_line", line_format };

static int
check_dir(const char *dir, char *err, size_t errlen)
{
	struct stat	st;

	if (mkdir(dir, 0755) == -1 && errno != EEXIST) {
		snprintf(err, errlen, "log_dir %s: %s", dir, strerror(errno));
		return -1;
	}
	if (stat(dir, &st) == -1 || !S_ISDIR(st.st_mode) ||
	    access(dir, W_OK | X_OK) == -1) {
		snprintf(err, errlen, "log_dir %s: %s", dir,
		    errno ? strerror(errno) : "not a directory");
		return -1;
	}
	return 0;
}

int
log_open(const char *name, int debug, int sinks, const struct log_files *lf,
    char *err, size_t errlen)
{
	log4c_appender_t	*app;
	log4c_rollingpolicy_t	*pol;
	log4c_layout_t		*lay;
	rollingfile_udata_t	*rf;
	char			 cat[128], appname[128], prefix[128];

	progname = name;
	verbose = debug;
	use_stderr = (sinks & LOG_STDERR) != 0;
	own_files = 0;
	if (!(sinks & LOG_FILES))
		return 0;
	errno = 0;
	if (check_dir(lf->dir, err, errlen) == -1)
		return -1;
	/* A log4crc, when there is one, may still add categories of its own;
	 * ours are configured below whatever it says. */
	(void)log4c_init();
	snprintf(cat, sizeof(cat), "gridfront.%s", name);
	snprintf(appname, sizeof(appname), "gridfront.%s.files", name);
	snprintf(prefix, sizeof(prefix), "%s.log", name);
	if ((category = log4c_category_get(cat)) == NULL ||
	    (app = log4c_appender_get(appname)) == NULL ||
	    (pol = log4c_rollingpolicy_get(appname)) == NULL ||
	    (lay = log4c_layout_get(appname)) == NULL ||
	    (rf = rollingfile_make_udata()) == NULL ||
	    (sizewin = sizewin_make_udata()) == NULL) {
		snprintf(err, errlen, "log4c: cannot set up %s", appname);
		return -1;
	}
	log4c_layout_set_type(lay, &line_layout);
	log4c_appender_set_type(app, &log4c_appender_type_rollingfile);
	rollingfile_udata_set_logdir(rf, (char *)lf->dir);
	rollingfile_udata_set_files_prefix(rf, prefix);
	log4c_rollingpolicy_set_type(pol, &log4c_rollingpolicy_type_sizewin);
	sizewin_udata_set_file_maxsize(sizewin, lf->max_size);
	sizewin_udata_set_max_num_files(sizewin, lf->max_files);
	rolling_files = lf->max_files;
	log4c_rollingpolicy_set_udata(pol, sizewin);
	rollingfile_udata_set_policy(rf, pol);
	log4c_appender_set_udata(app, rf);
	log4c_rollingpolicy_init(pol, rf);
	log4c_appender_set_layout(app, lay);
	log4c_category_set_appender(category, app);
	/* -v decides about debug lines (vlog), not the category's level. */
	log4c_category_set_priority(category, LOG4C_PRIORITY_DEBUG);
	log4c_category_set_additivity(category, 0);
	own_files = 1;
	return 0;
}

int
log_set_rolling(long max_size, int max_files)
{
	if (sizewin == NULL)
		return -1;
	sizewin_udata_set_file_maxsize(sizewin, max_size);
	/* log4c sized its table of file names at start: the count is kept. */
	if (max_files != rolling_files)
		log_warnx("log_max_files=%d kept=%ld reason=\"takes effect at "
		    "restart\"", max_files, rolling_files);
	return 0;
}

void
log_setverbose(int debug)
{
	verbose = debug;
}

void
log_shutdown(void)
{
	if (category != NULL) {
		log4c_fini();
		category = NULL;
		sizewin = NULL;
		own_files = 0;
	}
}

static const char *
prio_name(int prio)
{
	switch (prio) {
	case LOG4C_PRIORITY_FATAL:
		return "fatal";
	case LOG4C_PRIORITY_WARN:
		return "warn";
	case LOG4C_PRIORITY_INFO:
		return "info";
	case LOG4C_PRIORITY_DEBUG:
		return "debug";
	default:
		return "error";
	}
}

/*
 * Every line is one line: a control character in any value (a newline in
 * a terminal's note, an escape sequence) is written as \n, \r, \t or \xNN,
 * so that no value can start a forged line or rewrite a terminal.  The
 * formats themselves carry none, so escaping the formatted text is
 * escaping every value, once, in every daemon.
 */
size_t
log_escape(char *dst, size_t cap, const char *src)
{
	static const char	hex[] = "0123456789abcdef";
	size_t			o = 0;
	unsigned char		c;
	const char		*rep;

	if (cap == 0)
		return 0;
	for (; (c = (unsigned char)*src) != '\0'; src++) {
		rep = NULL;
		if (c == '\n')
			rep = "\\n";
		else if (c == '\r')
			rep = "\\r";
		else if (c == '\t')
			rep = "\\t";
		if (rep == NULL && c >= 0x20 && c != 0x7f) {
			if (o + 1 >= cap)
				break;
			dst[o++] = (char)c;
			continue;
		}
		if (o + 4 >= cap)
			break;
		if (rep != NULL) {
			dst[o++] = rep[0];
			dst[o++] = rep[1];
		} else {
			dst[o++] = '\\';
			dst[o++] = 'x';
			dst[o++] = hex[c >> 4];
			dst[o++] = hex[c & 15];
		}
	}
	dst[o] = '\0';
	return o;
}

static void
vlog(int prio, const char *fmt, va_list ap)
{
	char		raw[2048], buf[4096], ts[32];
	struct timespec	tspec;
	struct tm	tm;
	int		saved = errno;

	if (prio == LOG4C_PRIORITY_DEBUG && !verbose)
		return;
	vsnprintf(raw, sizeof(raw), fmt, ap);
	log_escape(buf, sizeof(buf), raw);
	if (category != NULL && !own_files && !use_stderr) {
		/* A log4crc's appender and layout (log_init). */
		log4c_category_log(category, prio, "%s", buf);
		errno = saved;
		return;
	}
	clock_gettime(CLOCK_REALTIME, &tspec);
	localtime_r(&tspec.tv_sec, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%S", &tm);
	if (category != NULL && own_files)
		log4c_category_log(category, prio, "%s.%03ld %s[%d] level=%s %s\n",
		    ts, tspec.tv_nsec / 1000000, progname, (int)getpid(),
		    prio_name(prio), buf);
	/* A fatal line also goes to stderr: under a supervisor that keeps
	 * stderr (-D), why a daemon exited is next to its restart. */
	if (use_stderr || (own_files && prio == LOG4C_PRIORITY_FATAL))
		fprintf(stderr, "%s.%03ld %s[%d] level=%s %s\n", ts,
		    tspec.tv_nsec / 1000000, progname, (int)getpid(),
		    prio_name(prio), buf);
	errno = saved;
}

/* Format fmt, then append the errno text as a field. */
static void
vlog_errno(int prio, const char *fmt, va_list ap)
{
	char	buf[1900];
	int	saved = errno;

	vsnprintf(buf, sizeof(buf), fmt, ap);
	logit(prio, "%s error=\"%s\"", buf, strerror(saved));
	errno = saved;
}

static void
logit(int prio, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vlog(prio, fmt, ap);
	va_end(ap);
}

void
log_warn(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vlog_errno(LOG4C_PRIORITY_WARN, fmt, ap);
	va_end(ap);
}

void
log_warnx(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vlog(LOG4C_PRIORITY_WARN, fmt, ap);
	va_end(ap);
}

void
log_info(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vlog(LOG4C_PRIORITY_INFO, fmt, ap);
	va_end(ap);
}

void
log_debug(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vlog(LOG4C_PRIORITY_DEBUG, fmt, ap);
	va_end(ap);
}

/* An internal invariant is broken: say so loudly and exit. */
void
fatal(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vlog_errno(LOG4C_PRIORITY_FATAL, fmt, ap);
	va_end(ap);
	log_shutdown();
	exit(1);
}

void
fatalx(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vlog(LOG4C_PRIORITY_FATAL, fmt, ap);
	va_end(ap);
	log_shutdown();
	exit(1);
}
