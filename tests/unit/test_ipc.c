/* Unit tests of common/ipc.c: payload helpers, framing, links, ipc_call. */
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <event2/event.h>

#include "ipc.h"
#include "util.h"

static void
test_roundtrip_fields(void **state)
{
	struct gbuf	 b, f;
	struct ipc_msg	 m;
	const char	*s;
	const uint8_t	*p;
	size_t		 n;
	uint8_t		 u8;
	uint16_t	 u16;
	uint32_t	 u32;
	int64_t		 i64;

	(void)state;
	gbuf_init(&b);
	gbuf_init(&f);
	ipc_put_u8(&b, 7);
	ipc_put_u16(&b, 0xBEEF);
	ipc_put_u32(&b, 123456789);
	ipc_put_i64(&b, -12850);
	ipc_put_str(&b, "8613900000000001");
	ipc_put_bytes(&b, "\x00\x01\x02", 3);
	ipc_frame(&f, IPC_TP_REQUEST, 42, b.data, b.len);
	assert_int_equal(ipc_parse(f.data, f.len - 1, &m), 0);
	assert_int_equal(ipc_parse(f.data, f.len, &m), (long)f.len);
	assert_int_equal(m.type, IPC_TP_REQUEST);
	assert_int_equal(m.reqid, 42);
	assert_int_equal(ipc_get_u8(&m, &u8), 0);
	assert_int_equal(u8, 7);
	assert_int_equal(ipc_get_u16(&m, &u16), 0);
	assert_int_equal(u16, 0xBEEF);
	assert_int_equal(ipc_get_u32(&m, &u32), 0);
	assert_int_equal(u32, 123456789);
	assert_int_equal(ipc_get_i64(&m, &i64), 0);
	assert_int_equal(i64, -12850);
	assert_int_equal(ipc_get_end(&m), -1);		/* fields left */
	assert_int_equal(ipc_get_str(&m, &s), 0);
	assert_string_equal(s, "8613900000000001");
	assert_int_equal(ipc_get_bytes(&m, &p, &n), 0);
	assert_int_equal(n, 3);
	assert_memory_equal(p, "\x00\x01\x02", 3);
	assert_int_equal(ipc_get_end(&m), 0);
	assert_int_equal(ipc_get_u8(&m, &u8), -1);	/* short */
	gbuf_free(&b);
	gbuf_free(&f);
}

static void
test_rejects_bad_payloads(void **state)
{
	struct ipc_msg	 m;
	const char	*s;
	const uint8_t	*p;
	size_t		 n;
	/* str of length 3 without its NUL; one with an embedded NUL;
	 * bytes claiming more than there is. */
	static const uint8_t unterminated[] = { 0, 0, 0, 3, 'a', 'b', 'c' };
	static const uint8_t embedded[] = { 0, 0, 0, 4, 'a', 0, 'c', 0 };
	static const uint8_t empty[] = { 0, 0, 0, 0 };
	static const uint8_t lying[] = { 0, 0, 0, 9, 'a', 'b' };

	(void)state;
	memset(&m, 0, sizeof(m));
	m.data = unterminated; m.len = sizeof(unterminated); m.off = 0;
	assert_int_equal(ipc_get_str(&m, &s), -1);
	assert_int_equal(m.off, 0);
	m.data = embedded; m.len = sizeof(embedded); m.off = 0;
	assert_int_equal(ipc_get_str(&m, &s), -1);
	m.data = empty; m.len = sizeof(empty); m.off = 0;
	assert_int_equal(ipc_get_str(&m, &s), -1);
	m.data = lying; m.len = sizeof(lying); m.off = 0;
	assert_int_equal(ipc_get_bytes(&m, &p, &n), -1);
}

static void
test_rejects_bad_headers(void **state)
{
	struct gbuf	f;
	struct ipc_msg	m;

	(void)state;
	gbuf_init(&f);
	ipc_frame(&f, IPC_HELLO, 0, "x", 1);
	put_be16(f.data + 6, IPC_VERSION + 1);		/* other version */
	assert_int_equal(ipc_parse(f.data, f.len, &m), -1);
	put_be16(f.data + 6, IPC_VERSION);
	put_be32(f.data, IPC_MAX_PAYLOAD + 1);		/* oversize */
	assert_int_equal(ipc_parse(f.data, f.len, &m), -1);
	gbuf_free(&f);
}

/* A link pair over a socketpair: messages arrive in order with reqids. */
struct sink {
	int		 n;
	uint64_t	 reqids[4];
	int		 closed;
	struct event_base *base;
};

static void
sink_msg(struct ipc_link *l, struct ipc_msg *m, void *arg)
{
	struct sink	*s = arg;
	const char	*str;

	(void)l;
	assert_int_equal(m->type, IPC_TERM_LOOKUP);
	assert_int_equal(ipc_get_str(m, &str), 0);
	assert_string_equal(str, "8613900000000001");
	s->reqids[s->n++] = m->reqid;
	if (s->n == 3)
		event_base_loopexit(s->base, NULL);
}

static void
sink_close(struct ipc_link *l, void *arg)
{
	struct sink	*s = arg;

	(void)l;
	s->closed = 1;
	event_base_loopexit(s->base, NULL);
}

static void
test_link_pair(void **state)
{
	struct event_base	*base = event_base_new();
	struct ipc_link		*a, *b;
	struct sink		 sa = { .base = base }, sb = { .base = base };
	struct gbuf		 p;
	struct timeval		 tv = { 5, 0 };
	int			 sv[2], i;

	(void)state;
	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	a = ipc_link_new(base, sv[0], "frontd", sink_msg, sink_close, &sa);
	b = ipc_link_new(base, sv[1], "appsrv", sink_msg, sink_close, &sb);
	gbuf_init(&p);
	ipc_put_str(&p, "8613900000000001");
	for (i = 1; i <= 3; i++)
		assert_int_equal(ipc_link_send(a, IPC_TERM_LOOKUP, (uint64_t)i, &p), 0);
	event_base_loopexit(base, &tv);
	event_base_dispatch(base);
	assert_int_equal(sb.n, 3);
	assert_int_equal(sb.reqids[0], 1);
	assert_int_equal(sb.reqids[2], 3);
	assert_string_equal(ipc_link_peer(b), "frontd");

	/* Peer goes away: close_cb runs on the other side. */
	ipc_link_free(a);
	event_base_loopexit(base, &tv);
	event_base_dispatch(base);
	assert_int_equal(sb.closed, 1);
	gbuf_free(&p);
	event_base_free(base);
}

/* Garbage first (no HELLO) closes the link. */
static void
test_link_needs_hello(void **state)
{
	struct event_base	*base = event_base_new();
	struct sink		 s = { .base = base };
	struct gbuf		 f, p;
	struct timeval		 tv = { 5, 0 };
	int			 sv[2];

	(void)state;
	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	(void)ipc_link_new(base, sv[1], "appsrv", sink_msg, sink_close, &s);
	gbuf_init(&f);
	gbuf_init(&p);
	ipc_put_str(&p, "8613900000000001");
	ipc_frame(&f, IPC_TERM_LOOKUP, 1, p.data, p.len);
	assert_int_equal(write(sv[0], f.data, f.len), (ssize_t)f.len);
	event_base_loopexit(base, &tv);
	event_base_dispatch(base);
	assert_int_equal(s.closed, 1);
	assert_int_equal(s.n, 0);
	close(sv[0]);
	gbuf_free(&f);
	gbuf_free(&p);
	event_base_free(base);
}

/* ipc_call against a listening server in a child process. */
static void
echo_msg(struct ipc_link *l, struct ipc_msg *m, void *arg)
{
	struct gbuf	r;
	const char	*s;

	(void)arg;
	gbuf_init(&r);
	if (ipc_get_str(m, &s) == 0)
		ipc_put_str(&r, s);
	ipc_link_send(l, IPC_TERM_INFO, m->reqid, &r);
	gbuf_free(&r);
}

static void
accept_cb(evutil_socket_t fd, short ev, void *arg)
{
	int	c;

	(void)ev;
	if ((c = accept(fd, NULL, NULL)) >= 0) {
		assert_int_equal(ipc_peer_ok(c), 0);
		ipc_link_new(arg, c, "server", echo_msg, NULL, NULL);
	}
}

static void
test_call(void **state)
{
	char		 path[64], err[256];
	struct gbuf	 p, r;
	struct stat	 st;
	uint16_t	 rtype = 0;
	pid_t		 pid;
	int		 fd, status;

	(void)state;
	snprintf(path, sizeof(path), "/tmp/gf-ipc-test-%d.sock", (int)getpid());
	fd = ipc_listen(path);
	assert_true(fd >= 0);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0660);
	if ((pid = fork()) == 0) {
		struct event_base	*base = event_base_new();
		struct event		*ev;
		struct timeval		 tv = { 5, 0 };

		ev = event_new(base, fd, EV_READ | EV_PERSIST, accept_cb, base);
		event_add(ev, NULL);
		event_base_loopexit(base, &tv);
		event_base_dispatch(base);
		_exit(0);
	}
	gbuf_init(&p);
	gbuf_init(&r);
	ipc_put_str(&p, "hello there");
	assert_int_equal(ipc_call(path, "test", IPC_TERM_LOOKUP, &p, &rtype, &r,
	    3000, err, sizeof(err)), 0);
	assert_int_equal(rtype, IPC_TERM_INFO);
	assert_int_equal(r.len, 4 + 12);
	assert_memory_equal(r.data + 4, "hello there", 12);
	kill(pid, SIGTERM);
	waitpid(pid, &status, 0);
	close(fd);
	unlink(path);
	/* Nobody listening: a clear error. */
	assert_int_equal(ipc_call(path, "test", IPC_TERM_LOOKUP, &p, &rtype, &r,
	    300, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "connect"));
	gbuf_free(&p);
	gbuf_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roundtrip_fields),
		cmocka_unit_test(test_rejects_bad_payloads),
		cmocka_unit_test(test_rejects_bad_headers),
		cmocka_unit_test(test_link_pair),
		cmocka_unit_test(test_link_needs_hello),
		cmocka_unit_test(test_call),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
