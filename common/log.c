/*
 * log.c - the one logging module, over log4c.
 *
 * Each program logs to the category "gridfront.<progname>".  log4c reads
 * its log4crc from $LOG4C_RCPATH (./gf points it at etc/, whose log4crc
 * uses a rolling-file appender).  With to_stderr, or when log4c has no
 * configuration, lines go to stderr with a timestamp.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <log4c.h>

#include "log.h"

static log4c_category_t	*category;
static const char	*progname = "gridfront";
static int		 verbose;
static int		 use_stderr = 1;

static void	logit(int, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

void
log_init(const char *name, int debug, int to_stderr)
{
	char	catname[128];

	progname = name;
	verbose = debug;
	use_stderr = to_stderr;
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

static void
vlog(int prio, const char *fmt, va_list ap)
{
	char		buf[2048], ts[32];
	struct timespec	tspec;
	struct tm	tm;
	int		saved = errno;

	if (prio == LOG4C_PRIORITY_DEBUG && !verbose)
		return;
	vsnprintf(buf, sizeof(buf), fmt, ap);
	if (!use_stderr && category != NULL) {
		log4c_category_log(category, prio, "%s", buf);
	} else {
		clock_gettime(CLOCK_REALTIME, &tspec);
		localtime_r(&tspec.tv_sec, &tm);
		strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%S", &tm);
		fprintf(stderr, "%s.%03ld %s[%d] level=%s %s\n", ts,
		    tspec.tv_nsec / 1000000, progname, (int)getpid(),
		    prio_name(prio), buf);
	}
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
