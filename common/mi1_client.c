/*
 * mi1_client.c - the blocking MI/1 client (MI1 §1): connect with a
 * deadline, then one request and its answer at a time, every wait bounded
 * by poll() against the caller's deadline.
 */
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "mi1_client.h"
#include "util.h"

struct mi1_conn {
	int		fd;
	int		broken;		/* a call failed: no more calls */
	struct gbuf	in;		/* the answer being read */
	struct gbuf	out;		/* the request being written */
};

/* Wait for ev on fd; 0 when ready, -1 when the deadline passed or error. */
static int
mi1_wait(int fd, short ev, int64_t deadline)
{
	struct pollfd	pfd = { fd, ev, 0 };
	int64_t		left;
	int		r;

	for (;;) {
		if ((left = deadline - mono_ms()) <= 0)
			return -1;
		r = poll(&pfd, 1, left > 60000 ? 60000 : (int)left);
		if (r > 0)
			return 0;
		if (r == -1 && errno != EINTR)
			return -1;
	}
}

struct mi1_conn *
mi1_conn_adopt(int fd)
{
	struct mi1_conn	*c = xcalloc(1, sizeof(*c));

	fd_nonblock_cloexec(fd);
	c->fd = fd;
	gbuf_init(&c->in);
	gbuf_init(&c->out);
	return c;
}

struct mi1_conn *
mi1_conn_open(const char *host, int port, int64_t deadline, char *err,
    size_t errlen)
{
	struct addrinfo	 hints, *res = NULL;
	char		 sport[16];
	int		 fd, rc, soerr = 0;
	socklen_t	 sl = sizeof(soerr);

	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICSERV;
	snprintf(sport, sizeof(sport), "%d", port);
	if ((rc = getaddrinfo(host, sport, &hints, &res)) != 0 ||
	    res == NULL) {
		snprintf(err, errlen, "cannot resolve marketing host %s: %s",
		    host, gai_strerror(rc));
		return NULL;
	}
	/* The first address only, as the asynchronous pool does. */
	fd = socket(res->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
	    0);
	if (fd == -1 || (connect(fd, res->ai_addr, res->ai_addrlen) == -1 &&
	    errno != EINPROGRESS)) {
		snprintf(err, errlen, "cannot connect to the marketing system "
		    "%s:%d: %s", host, port, strerror(errno));
		goto fail;
	}
	if (mi1_wait(fd, POLLOUT, deadline) == -1) {
		snprintf(err, errlen, "cannot connect to the marketing system "
		    "%s:%d: deadline passed", host, port);
		goto fail;
	}
	if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) == -1 ||
	    soerr != 0) {
		snprintf(err, errlen, "cannot connect to the marketing system "
		    "%s:%d: %s", host, port, strerror(soerr ? soerr : errno));
		goto fail;
	}
	freeaddrinfo(res);
	return mi1_conn_adopt(fd);
fail:
	if (fd != -1)
		close(fd);
	freeaddrinfo(res);
	return NULL;
}

void
mi1_conn_close(struct mi1_conn *c)
{
	if (c == NULL)
		return;
	close(c->fd);
	gbuf_free(&c->in);
	gbuf_free(&c->out);
	free(c);
}

static int
mi1_send(struct mi1_conn *c, int64_t deadline, char *err, size_t errlen)
{
	size_t	off = 0;
	ssize_t	n;

	while (off < c->out.len) {
		/* MSG_NOSIGNAL: a peer gone is an error here, not a signal. */
		n = send(c->fd, c->out.data + off, c->out.len - off,
		    MSG_NOSIGNAL);
		if (n > 0) {
			off += (size_t)n;
			continue;
		}
		if (n == -1 && errno != EAGAIN && errno != EWOULDBLOCK &&
		    errno != EINTR) {
			snprintf(err, errlen, "send failed: %s",
			    strerror(errno));
			return -1;
		}
		if (mi1_wait(c->fd, POLLOUT, deadline) == -1) {
			snprintf(err, errlen, "send failed: deadline passed");
			return -1;
		}
	}
	return 0;
}

/*
 * Read exactly one frame into c->in: the prefix first, then the body it
 * announces, never a byte more, so whatever follows stays in the socket.
 * 0 with *blen set, or -1.
 */
static int
mi1_recv_frame(struct mi1_conn *c, const struct mi1_msg *req, size_t *blen,
    int64_t deadline, char *err, size_t errlen)
{
	size_t	want = MI1_LEN_DIGITS;
	ssize_t	n;
	int	rc, one = 1;

	gbuf_reset(&c->in);
	for (;;) {
		if ((rc = mi1_frame_head(c->in.data, c->in.len, blen)) == -1) {
			snprintf(err, errlen, "bad frame from the marketing "
			    "system");
			return -1;
		}
		if (rc == 1) {
			want = MI1_LEN_DIGITS + *blen;
			if (c->in.len == want)
				return 0;
		}
		/*
		 * ACK at once: a page is tens of kB, and a server that leaves
		 * Nagle on holds its last segment until our delayed ACK
		 * (~40 ms a page, measured: 47 s for 1,000 pages).  Linux
		 * clears the flag again, so it is set before every read.
		 */
		setsockopt(c->fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof(one));
		gbuf_reserve(&c->in, want - c->in.len);
		n = read(c->fd, c->in.data + c->in.len, want - c->in.len);
		if (n > 0) {
			c->in.len += (size_t)n;
			continue;
		}
		if (n == 0) {
			snprintf(err, errlen, "no answer to %s serial %s: "
			    "connection closed", req->trcode, req->serial);
			return -1;
		}
		if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
			snprintf(err, errlen, "no answer to %s serial %s: %s",
			    req->trcode, req->serial, strerror(errno));
			return -1;
		}
		if (mi1_wait(c->fd, POLLIN, deadline) == -1) {
			snprintf(err, errlen, "no answer to %s serial %s "
			    "before the deadline", req->trcode, req->serial);
			return -1;
		}
	}
}

int
mi1_call(struct mi1_conn *c, const struct mi1_msg *req, struct mi1_msg *rsp,
    int64_t deadline, char *err, size_t errlen)
{
	size_t	blen = 0;

	memset(rsp, 0, sizeof(*rsp));
	if (c->broken) {
		snprintf(err, errlen, "connection unusable after a failed "
		    "call");
		return -1;
	}
	gbuf_reset(&c->out);
	if (mi1_encode(req, &c->out, err, errlen) == -1)
		return -1;	/* nothing was sent: the connection is fine */
	if (mi1_send(c, deadline, err, errlen) == -1 ||
	    mi1_recv_frame(c, req, &blen, deadline, err, errlen) == -1 ||
	    mi1_decode(c->in.data + MI1_LEN_DIGITS, blen, rsp, err,
	    errlen) == -1)
		goto fail;
	if (mi1_answer_match(req->trcode, req->serial, rsp, err,
	    errlen) == -1) {
		mi1_msg_clear(rsp);
		goto fail;
	}
	return 0;
fail:
	c->broken = 1;
	return -1;
}
