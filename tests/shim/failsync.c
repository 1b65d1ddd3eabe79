/*
 * failsync.c - an LD_PRELOAD shim for the journal disk-failure test: while
 * the file named by $GF_FAILSYNC_TRIGGER exists, fdatasync() and fsync()
 * fail with EIO, as on a disk that has gone bad.  Without the variable, or
 * without the file, both are the real calls.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

int	fdatasync(int);
int	fsync(int);

static int
failing(void)
{
	const char	*t = getenv("GF_FAILSYNC_TRIGGER");

	return t != NULL && access(t, F_OK) == 0;
}

int
fdatasync(int fd)
{
	static int	(*real)(int);

	if (failing()) {
		errno = EIO;
		return -1;
	}
	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "fdatasync");
	return real(fd);
}

int
fsync(int fd)
{
	static int	(*real)(int);

	if (failing()) {
		errno = EIO;
		return -1;
	}
	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "fsync");
	return real(fd);
}
