/*
 * log.h - the one logging module of GridFront, over log4c.
 *
 * Lines carry key=value fields: log_info("conn=%llu terminal=%s seq=%u func=%s", ...).
 * Never pass a key, PIN, password or token to these functions.
 */
#ifndef GF_LOG_H
#define GF_LOG_H

#include <stdarg.h>
#include <stddef.h>

/*
 * progname names the log4c category ("gridfront.<progname>").  If the
 * environment has LOG4C_RCPATH, log4c reads its log4crc from there (the
 * shipped etc/log4crc has a rolling-file appender); with to_stderr set, or
 * when log4c cannot be initialised, lines go to stderr.
 */
void	log_init(const char *progname, int debug, int to_stderr);
void	log_setverbose(int debug);
void	log_shutdown(void);

/*
 * The daemons' logging (common/daemon.c calls it): each line, in the same
 * "TIME NAME[PID] level=LEVEL key=value..." form, goes to the sinks asked
 * for.  LOG_FILES is log4c's rolling-file appender set up here, not by a
 * log4crc: DIR/NAME.log.0 is the current file, it rolls at max_size bytes
 * and max_files files are kept (NAME.log.0 .. NAME.log.<max_files-1>).
 * fatal and fatalx lines go to stderr as well.  Returns -1 with a reason
 * in err when DIR cannot be made or written.
 */
#define LOG_STDERR	0x01
#define LOG_FILES	0x02

struct log_files {
	const char	*dir;
	long		 max_size;	/* bytes */
	int		 max_files;
};

int	log_open(const char *progname, int debug, int sinks,
	    const struct log_files *, char *err, size_t errlen);
/* New size and count for the rolling files (a reload); 0 or -1. */
int	log_set_rolling(long max_size, int max_files);

/*
 * Copy src to dst (cap bytes with the NUL) with every control character
 * written as \n, \r, \t or \xNN; what does not fit is cut.  Every line
 * the functions below write has gone through it once.  Returns the length.
 */
size_t	log_escape(char *dst, size_t cap, const char *src);

void	log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_warnx(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_debug(const char *, ...) __attribute__((format(printf, 1, 2)));
void	fatal(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
void	fatalx(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));

#endif
