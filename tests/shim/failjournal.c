/*
 * failjournal.c - an LD_PRELOAD shim for t_frontd_diskfail: while the file
 * named by $GF_FAILJ_TRIGGER exists, the journal's disk is full.  The first
 * write() to a journal file (…/journal-YYYYMMDD.gfj) after that writes all
 * but the last byte of its buffer - a batch cut short, leaving a torn
 * record at the file's end, as a filling disk does - and every later one
 * fails with ENOSPC.  Other descriptors (sockets, the log file) and every
 * write before the trigger are the real call.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

ssize_t	write(int, const void *, size_t);

static int
failing(void)
{
	const char	*t = getenv("GF_FAILJ_TRIGGER");

	return t != NULL && access(t, F_OK) == 0;
}

static int
is_journal(int fd)
{
	char	link[64], path[4096];
	ssize_t	n;
	size_t	len;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	if ((n = readlink(link, path, sizeof(path) - 1)) <= 0)
		return 0;
	path[n] = '\0';
	len = (size_t)n;
	return strstr(path, "/journal-") != NULL && len > 4 &&
	    strcmp(path + len - 4, ".gfj") == 0;
}

ssize_t
write(int fd, const void *buf, size_t n)
{
	static ssize_t	(*real)(int, const void *, size_t);
	static int	cut;	/* the short write was done */

	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "write");
	if (failing() && is_journal(fd)) {
		if (!cut && n > 1) {
			cut = 1;
			return real(fd, buf, n - 1);
		}
		errno = ENOSPC;
		return -1;
	}
	return real(fd, buf, n);
}
