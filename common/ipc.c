/*
 * ipc.c - typed messages between GridFront processes (see ipc.h).
 *
 * A link is a bufferevent on a Unix stream socket.  Every complete message
 * in the input is consumed per read callback; a malformed one closes the
 * link and only the link.
 */
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>

#include "ipc.h"
#include "log.h"
#include "util.h"

#define IPC_NAME_MAX	32

struct ipc_link {
	struct bufferevent	*bev;
	char			 myname[IPC_NAME_MAX];
	char			 peer[IPC_NAME_MAX];
	int			 hello;		/* peer's HELLO seen */
	int			 in_cb;		/* inside a user callback */
	int			 dead;		/* freed while in_cb */
	ipc_msg_cb		 msg_cb;
	ipc_close_cb		 close_cb;
	ipc_close_cb		 hello_cb;	/* peer's HELLO arrived */
	void			*arg;
};

/* ---- payload readers ---- */

static int
need(struct ipc_msg *m, size_t n)
{
	return m->len - m->off >= n ? 0 : -1;
}

int
ipc_get_u8(struct ipc_msg *m, uint8_t *v)
{
	if (need(m, 1) == -1)
		return -1;
	*v = m->data[m->off++];
	return 0;
}

int
ipc_get_u16(struct ipc_msg *m, uint16_t *v)
{
	if (need(m, 2) == -1)
		return -1;
	*v = get_be16(m->data + m->off);
	m->off += 2;
	return 0;
}

int
ipc_get_u32(struct ipc_msg *m, uint32_t *v)
{
	if (need(m, 4) == -1)
		return -1;
	*v = get_be32(m->data + m->off);
	m->off += 4;
	return 0;
}

int
ipc_get_u64(struct ipc_msg *m, uint64_t *v)
{
	if (need(m, 8) == -1)
		return -1;
	*v = get_be64(m->data + m->off);
	m->off += 8;
	return 0;
}

int
ipc_get_i64(struct ipc_msg *m, int64_t *v)
{
	uint64_t	u;

	if (ipc_get_u64(m, &u) == -1)
		return -1;
	*v = (int64_t)u;
	return 0;
}

int
ipc_get_bytes(struct ipc_msg *m, const uint8_t **p, size_t *n)
{
	uint32_t	len;
	size_t		save = m->off;

	if (ipc_get_u32(m, &len) == -1 || need(m, len) == -1) {
		m->off = save;
		return -1;
	}
	*p = m->data + m->off;
	*n = len;
	m->off += len;
	return 0;
}

int
ipc_get_str(struct ipc_msg *m, const char **s)
{
	const uint8_t	*p;
	size_t		 n, save = m->off;

	if (ipc_get_bytes(m, &p, &n) == -1)
		return -1;
	/* Exactly one NUL, at the end: unterminated or embedded NULs fail. */
	if (n == 0 || p[n - 1] != '\0' || memchr(p, '\0', n - 1) != NULL) {
		m->off = save;
		return -1;
	}
	*s = (const char *)p;
	return 0;
}

int
ipc_get_end(struct ipc_msg *m)
{
	return m->off == m->len ? 0 : -1;
}

/* ---- payload writers ---- */

void
ipc_put_u8(struct gbuf *b, uint8_t v)
{
	gbuf_add_u8(b, v);
}

void
ipc_put_u16(struct gbuf *b, uint16_t v)
{
	gbuf_add_be16(b, v);
}

void
ipc_put_u32(struct gbuf *b, uint32_t v)
{
	gbuf_add_be32(b, v);
}

void
ipc_put_u64(struct gbuf *b, uint64_t v)
{
	gbuf_add_be64(b, v);
}

void
ipc_put_i64(struct gbuf *b, int64_t v)
{
	gbuf_add_be64(b, (uint64_t)v);
}

void
ipc_put_bytes(struct gbuf *b, const void *p, size_t n)
{
	if (n > IPC_MAX_PAYLOAD)
		fatalx("ipc_put_bytes: %zu bytes exceed the message cap", n);
	gbuf_add_be32(b, (uint32_t)n);
	gbuf_add(b, p, n);
}

void
ipc_put_str(struct gbuf *b, const char *s)
{
	ipc_put_bytes(b, s, strlen(s) + 1);
}

/* ---- framing ---- */

long
ipc_parse(const uint8_t *buf, size_t len, struct ipc_msg *m)
{
	uint32_t	plen;

	if (len < IPC_HDR_LEN)
		return 0;
	plen = get_be32(buf);
	if (plen > IPC_MAX_PAYLOAD || get_be16(buf + 6) != IPC_VERSION)
		return -1;
	if (len - IPC_HDR_LEN < plen)
		return 0;
	m->type = get_be16(buf + 4);
	m->reqid = get_be64(buf + 8);
	m->data = buf + IPC_HDR_LEN;
	m->len = plen;
	m->off = 0;
	return (long)(IPC_HDR_LEN + plen);
}

void
ipc_frame(struct gbuf *out, uint16_t type, uint64_t reqid, const void *payload,
    size_t len)
{
	if (len > IPC_MAX_PAYLOAD)
		fatalx("ipc_frame: type=%u payload %zu bytes exceeds the cap",
		    type, len);
	gbuf_add_be32(out, (uint32_t)len);
	gbuf_add_be16(out, type);
	gbuf_add_be16(out, IPC_VERSION);
	gbuf_add_be64(out, reqid);
	gbuf_add(out, payload, len);
}

static void
hello_payload(struct gbuf *b, const char *name)
{
	ipc_put_str(b, name);
	ipc_put_u32(b, (uint32_t)getpid());
}

/* Returns 0 and copies the peer name, or -1 on a bad HELLO. */
static int
hello_parse(struct ipc_msg *m, char peer[IPC_NAME_MAX])
{
	const char	*name;
	uint32_t	 pid;

	if (m->type != IPC_HELLO || ipc_get_str(m, &name) == -1 ||
	    ipc_get_u32(m, &pid) == -1 || ipc_get_end(m) == -1)
		return -1;
	snprintf(peer, IPC_NAME_MAX, "%s", name);
	return 0;
}

/* ---- sockets ---- */

static int
unix_addr(const char *path, struct sockaddr_un *sun)
{
	memset(sun, 0, sizeof(*sun));
	sun->sun_family = AF_UNIX;
	if (strlen(path) >= sizeof(sun->sun_path)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	strcpy(sun->sun_path, path);
	return 0;
}

int
ipc_listen(const char *path)
{
	struct sockaddr_un	sun;
	mode_t			old;
	int			fd, saved;

	if (unix_addr(path, &sun) == -1)
		return -1;
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd == -1)
		return -1;
	if (unlink(path) == -1 && errno != ENOENT)
		goto fail;
	old = umask(0117);
	if (bind(fd, (struct sockaddr *)&sun, sizeof(sun)) == -1) {
		umask(old);
		goto fail;
	}
	umask(old);
	if (chmod(path, 0660) == -1 || listen(fd, 128) == -1)
		goto fail;
	return fd;
fail:
	saved = errno;
	close(fd);
	errno = saved;
	return -1;
}

int
ipc_connect(const char *path)
{
	struct sockaddr_un	sun;
	int			fd, saved;

	if (unix_addr(path, &sun) == -1)
		return -1;
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd == -1)
		return -1;
	if (connect(fd, (struct sockaddr *)&sun, sizeof(sun)) == -1) {
		saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return fd;
}

int
ipc_peer_ok(int fd)
{
	struct ucred	cred;
	socklen_t	len = sizeof(cred);

	if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == -1)
		return -1;
	if (cred.uid != 0 && cred.uid != geteuid()) {
		errno = EPERM;
		return -1;
	}
	return 0;
}

/* ---- links on a libevent loop ---- */

static void
link_destroy(struct ipc_link *l)
{
	bufferevent_free(l->bev);
	free(l);
}

static void
link_close(struct ipc_link *l, const char *why)
{
	log_debug("ipc=close peer=%s reason=\"%s\"", l->peer[0] ? l->peer : "?",
	    why);
	bufferevent_disable(l->bev, EV_READ | EV_WRITE);
	l->in_cb = 1;
	if (l->close_cb)
		l->close_cb(l, l->arg);
	l->in_cb = 0;
	link_destroy(l);
}

/* Dispatch every complete message in the input: 0, or -1 if the link was
 * closed and freed meanwhile. */
static int
link_dispatch(struct ipc_link *l)
{
	struct evbuffer	*in = bufferevent_get_input(l->bev);
	struct ipc_msg	 m;
	uint8_t		*p;
	size_t		 avail, want;
	long		 n;

	for (;;) {
		avail = evbuffer_get_length(in);
		if (avail < IPC_HDR_LEN)
			return 0;
		p = evbuffer_pullup(in, IPC_HDR_LEN);
		if (get_be32(p) > IPC_MAX_PAYLOAD) {
			link_close(l, "oversized message");
			return -1;
		}
		if (get_be16(p + 6) != IPC_VERSION) {
			link_close(l, "protocol version mismatch");
			return -1;
		}
		want = IPC_HDR_LEN + get_be32(p);
		if (avail < want)
			return 0;
		p = evbuffer_pullup(in, (ssize_t)want);
		n = ipc_parse(p, want, &m);
		if (n <= 0)
			fatalx("ipc: parse of a complete message failed");
		if (!l->hello) {
			if (hello_parse(&m, l->peer) == -1) {
				link_close(l, "first message is not a valid HELLO");
				return -1;
			}
			l->hello = 1;
			evbuffer_drain(in, want);
			if (l->hello_cb != NULL) {
				l->in_cb = 1;
				l->hello_cb(l, l->arg);
				l->in_cb = 0;
				if (l->dead) {
					link_destroy(l);
					return -1;
				}
			}
			continue;
		}
		if (m.type == IPC_HELLO) {
			link_close(l, "second HELLO");
			return -1;
		}
		l->in_cb = 1;
		l->msg_cb(l, &m, l->arg);
		l->in_cb = 0;
		if (l->dead) {
			link_destroy(l);
			return -1;
		}
		evbuffer_drain(in, want);
	}
}

static void
link_read_cb(struct bufferevent *bev, void *arg)
{
	(void)bev;
	link_dispatch(arg);
}

static void
link_event_cb(struct bufferevent *bev, short what, void *arg)
{
	struct ipc_link	*l = arg;

	(void)bev;
	if (what & BEV_EVENT_EOF)
		link_close(l, "peer closed");
	else if (what & BEV_EVENT_ERROR)
		link_close(l, strerror(EVUTIL_SOCKET_ERROR()));
}

struct ipc_link *
ipc_link_new(struct event_base *base, int fd, const char *myname,
    ipc_msg_cb msg_cb, ipc_close_cb close_cb, void *arg)
{
	struct ipc_link	*l;
	struct gbuf	 b;

	if (fd_nonblock_cloexec(fd) == -1)
		return NULL;
	l = xcalloc(1, sizeof(*l));
	l->bev = bufferevent_socket_new(base, fd, BEV_OPT_CLOSE_ON_FREE);
	if (l->bev == NULL) {
		free(l);
		return NULL;
	}
	snprintf(l->myname, sizeof(l->myname), "%s", myname);
	l->msg_cb = msg_cb;
	l->close_cb = close_cb;
	l->arg = arg;
	bufferevent_setcb(l->bev, link_read_cb, NULL, link_event_cb, l);
	bufferevent_setwatermark(l->bev, EV_READ, 0, 0);
	bufferevent_enable(l->bev, EV_READ | EV_WRITE);

	gbuf_init(&b);
	hello_payload(&b, myname);
	ipc_link_send(l, IPC_HELLO, 0, &b);
	gbuf_free(&b);
	return l;
}

int
ipc_link_send(struct ipc_link *l, uint16_t type, uint64_t reqid,
    const struct gbuf *payload)
{
	uint8_t	hdr[IPC_HDR_LEN];
	size_t	len = payload ? payload->len : 0;

	if (l == NULL || l->dead)
		return -1;
	if (len > IPC_MAX_PAYLOAD)
		fatalx("ipc_link_send: type=%u payload %zu bytes exceeds the cap",
		    type, len);
	put_be32(hdr, (uint32_t)len);
	put_be16(hdr + 4, type);
	put_be16(hdr + 6, IPC_VERSION);
	put_be64(hdr + 8, reqid);
	if (bufferevent_write(l->bev, hdr, sizeof(hdr)) == -1 ||
	    (len && bufferevent_write(l->bev, payload->data, len) == -1))
		return -1;
	return 0;
}

void
ipc_link_free(struct ipc_link *l)
{
	if (l == NULL)
		return;
	if (l->in_cb) {
		/* Freed from inside its own callback: finish after it. */
		l->dead = 1;
		bufferevent_disable(l->bev, EV_READ | EV_WRITE);
		return;
	}
	link_destroy(l);
}

void
ipc_link_on_hello(struct ipc_link *l, ipc_close_cb cb)
{
	l->hello_cb = cb;
	if (l->hello && cb != NULL)
		cb(l, l->arg);
}

const char *
ipc_link_peer(struct ipc_link *l)
{
	return l->peer;
}

int
ipc_link_drain(struct ipc_link *l)
{
	int	n;

	if (l->in_cb)
		return 0;
	n = bev_read_pending(l->bev);
	if (link_dispatch(l) == -1)
		return -1;
	if (n == -1) {
		link_close(l, "peer closed");
		return -1;
	}
	return 0;
}

size_t
ipc_link_pending(struct ipc_link *l)
{
	return evbuffer_get_length(bufferevent_get_output(l->bev));
}

/* ---- blocking call for command-line tools ---- */

static int
write_all(int fd, const uint8_t *p, size_t n, int64_t deadline)
{
	struct pollfd	pfd = { .fd = fd, .events = POLLOUT };
	ssize_t		w;

	while (n > 0) {
		w = write(fd, p, n);
		if (w > 0) {
			p += w;
			n -= (size_t)w;
			continue;
		}
		if (w == -1 && errno != EAGAIN && errno != EINTR)
			return -1;
		if (mono_ms() >= deadline ||
		    poll(&pfd, 1, (int)(deadline - mono_ms())) == 0) {
			errno = ETIMEDOUT;
			return -1;
		}
	}
	return 0;
}

int
ipc_call(const char *path, const char *myname, uint16_t type,
    const struct gbuf *payload, uint16_t *rtype, struct gbuf *reply,
    int timeout_ms, char *err, size_t errlen)
{
	struct pollfd	 pfd;
	struct gbuf	 out, in, hello;
	struct ipc_msg	 m;
	int64_t		 deadline = mono_ms() + timeout_ms;
	const uint64_t	 reqid = 1;
	char		 peer[IPC_NAME_MAX];
	uint8_t		 tmp[65536];
	ssize_t		 r;
	long		 n;
	int		 fd, hello_seen = 0, rv = -1;

	gbuf_init(&out);
	gbuf_init(&in);
	gbuf_init(&hello);
	if ((fd = ipc_connect(path)) == -1) {
		snprintf(err, errlen, "connect %s: %s", path, strerror(errno));
		return -1;
	}
	hello_payload(&hello, myname);
	ipc_frame(&out, IPC_HELLO, 0, hello.data, hello.len);
	ipc_frame(&out, type, reqid, payload ? payload->data : NULL,
	    payload ? payload->len : 0);
	if (write_all(fd, out.data, out.len, deadline) == -1) {
		snprintf(err, errlen, "write %s: %s", path, strerror(errno));
		goto done;
	}
	pfd.fd = fd;
	pfd.events = POLLIN;
	for (;;) {
		while ((n = ipc_parse(in.data, in.len, &m)) > 0) {
			if (!hello_seen) {
				if (hello_parse(&m, peer) == -1) {
					snprintf(err, errlen, "peer sent no HELLO");
					goto done;
				}
				hello_seen = 1;
			} else if (m.reqid == reqid) {
				*rtype = m.type;
				gbuf_reset(reply);
				gbuf_add(reply, m.data, m.len);
				rv = 0;
				goto done;
			}
			memmove(in.data, in.data + n, in.len - (size_t)n);
			in.len -= (size_t)n;
		}
		if (n == -1) {
			snprintf(err, errlen, "malformed message from %s", path);
			goto done;
		}
		if (mono_ms() >= deadline ||
		    poll(&pfd, 1, (int)(deadline - mono_ms())) == 0) {
			snprintf(err, errlen, "no answer from %s in %d ms", path,
			    timeout_ms);
			goto done;
		}
		r = read(fd, tmp, sizeof(tmp));
		if (r == 0) {
			snprintf(err, errlen, "%s closed the connection", path);
			goto done;
		}
		if (r < 0) {
			if (errno == EAGAIN || errno == EINTR)
				continue;
			snprintf(err, errlen, "read %s: %s", path, strerror(errno));
			goto done;
		}
		gbuf_add(&in, tmp, (size_t)r);
	}
done:
	close(fd);
	gbuf_free(&out);
	gbuf_free(&in);
	gbuf_free(&hello);
	return rv;
}
