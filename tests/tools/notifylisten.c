/*
 * notifylisten - stand in for the service manager's notification socket
 * (sd_notify(3)), for tests on a machine without systemd.
 *
 *   notifylisten SOCK [tcp:PORT | unix:PATH]
 *	Binds the Unix datagram socket SOCK (what NOTIFY_SOCKET names) and
 *	prints every datagram as one line, "ms=<monotonic ms> <fields>",
 *	its newlines turned into spaces, until killed.  With a probe, a
 *	datagram holding READY=1 is followed at once by a connect to
 *	127.0.0.1:PORT or to the Unix stream socket PATH, and the line ends
 *	in " probe=ok" or " probe=fail": the daemon said "ready" and was (or
 *	was not) serving at that moment.
 */
#include <sys/socket.h>
#include <sys/un.h>

#include <netinet/in.h>
#include <arpa/inet.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long long
mono_ms_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int
probe(const char *target)
{
	struct sockaddr_in	sin;
	struct sockaddr_un	sun;
	int			fd, rv;

	if (strncmp(target, "tcp:", 4) == 0) {
		memset(&sin, 0, sizeof(sin));
		sin.sin_family = AF_INET;
		sin.sin_port = htons((unsigned short)atoi(target + 4));
		sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		if ((fd = socket(AF_INET, SOCK_STREAM, 0)) == -1)
			return -1;
		rv = connect(fd, (struct sockaddr *)&sin, sizeof(sin));
	} else if (strncmp(target, "unix:", 5) == 0) {
		memset(&sun, 0, sizeof(sun));
		sun.sun_family = AF_UNIX;
		if (strlen(target + 5) >= sizeof(sun.sun_path))
			return -1;
		strcpy(sun.sun_path, target + 5);
		if ((fd = socket(AF_UNIX, SOCK_STREAM, 0)) == -1)
			return -1;
		rv = connect(fd, (struct sockaddr *)&sun, sizeof(sun));
	} else
		return -1;
	close(fd);
	return rv;
}

int
main(int argc, char *argv[])
{
	struct sockaddr_un	sun;
	char			buf[4096];
	ssize_t			n, i;
	int			fd;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: notifylisten SOCK [tcp:PORT|unix:PATH]\n");
		return 2;
	}
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	if (strlen(argv[1]) >= sizeof(sun.sun_path)) {
		fprintf(stderr, "notifylisten: path too long\n");
		return 1;
	}
	strcpy(sun.sun_path, argv[1]);
	(void)unlink(argv[1]);
	if ((fd = socket(AF_UNIX, SOCK_DGRAM, 0)) == -1 ||
	    bind(fd, (struct sockaddr *)&sun, sizeof(sun)) == -1) {
		fprintf(stderr, "notifylisten: %s: %s\n", argv[1],
		    strerror(errno));
		return 1;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		if ((n = recv(fd, buf, sizeof(buf) - 1, 0)) == -1) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "notifylisten: recv: %s\n",
			    strerror(errno));
			return 1;
		}
		buf[n] = '\0';
		for (i = 0; i < n; i++)
			if (buf[i] == '\n' || buf[i] == '\0')
				buf[i] = ' ';
		while (n > 0 && buf[n - 1] == ' ')
			buf[--n] = '\0';
		if (argc == 3 && strstr(buf, "READY=1") != NULL)
			printf("ms=%lld %s probe=%s\n", mono_ms_now(), buf,
			    probe(argv[2]) == 0 ? "ok" : "fail");
		else
			printf("ms=%lld %s\n", mono_ms_now(), buf);
	}
}
