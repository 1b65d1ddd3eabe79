/*
 * log.h - the one logging module of GridFront, over log4c.
 *
 * Lines carry key=value fields: log_info("conn=%llu terminal=%s seq=%u func=%s", ...).
 * Never pass a key, PIN, password or token to these functions.
 */
#ifndef GF_LOG_H
#define GF_LOG_H

#include <stdarg.h>

/*
 * progname names the log4c category ("gridfront.<progname>").  If the
 * environment has LOG4C_RCPATH, log4c reads its log4crc from there (the
 * shipped etc/log4crc has a rolling-file appender); with to_stderr set, or
 * when log4c cannot be initialised, lines go to stderr.
 */
void	log_init(const char *progname, int debug, int to_stderr);
void	log_setverbose(int debug);
void	log_shutdown(void);

void	log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_warnx(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_debug(const char *, ...) __attribute__((format(printf, 1, 2)));
void	fatal(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
void	fatalx(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));

#endif
