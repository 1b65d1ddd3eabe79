/*
 * Unit tests of common/ipc_server.c: the connection cap, an oversized
 * message or a missing HELLO closes only that peer, a peer that does not
 * read is closed at its output cap, a peer outlives its link while work
 * for it holds a reference.  Good peers are common/ipc_client links on the
 * same loop; bad ones are raw sockets driven by the test.
 */
#include <sys/socket.h>

#include <setjmp.h>
#include <signal.h>
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
#include "ipc_client.h"
#include "ipc_server.h"
#include "util.h"

struct srvstate {
	int		 accepted;
	int		 closed;
	int		 msgs;
	struct ipc_peer	*held;		/* a reference kept by the test */
};

static void
s_accept(struct ipc_peer *p, void *arg)
{
	struct srvstate	*st = arg;

	st->accepted++;
	ipc_peer_set_data(p, st);
}

/* Echo: TERM_LOOKUP -> TERM_INFO with the same payload. */
static void
s_msg(struct ipc_peer *p, struct ipc_msg *m, void *arg)
{
	struct srvstate	*st = arg;
	struct gbuf	 out;

	st->msgs++;
	assert_ptr_equal(ipc_peer_data(p), st);
	if (m->type != IPC_TERM_LOOKUP)
		return;
	if (st->held == NULL) {
		st->held = p;
		ipc_peer_ref(p);
	}
	gbuf_init(&out);
	gbuf_add(&out, m->data, m->len);
	ipc_peer_send(p, IPC_TERM_INFO, m->reqid, &out);
	gbuf_free(&out);
}

static void
s_close(struct ipc_peer *p, void *arg)
{
	struct srvstate	*st = arg;

	(void)p;
	st->closed++;
}

struct answers {
	struct event_base	*base;
	int			 ok, failed;
};

static void
a_cb(void *arg, struct ipc_msg *m)
{
	struct answers	*a = arg;

	if (m != NULL)
		a->ok++;
	else
		a->failed++;
	event_base_loopbreak(a->base);
}

static void
run(struct event_base *base, int ms)
{
	struct timeval	tv = { ms / 1000, (ms % 1000) * 1000 };

	event_base_loopexit(base, &tv);
	event_base_dispatch(base);
}

/* Run until cond holds or ~2 s pass. */
#define RUN_UNTIL(base, cond) do {					\
	for (int _i = 0; _i < 200 && !(cond); _i++)			\
		run((base), 10);					\
} while (0)

static struct ipc_server *
srv_new(struct event_base *base, const char *path, struct srvstate *st,
    int max_peers, size_t max_outbuf)
{
	struct ipc_server_conf	conf = {
		.path = path,
		.myname = "testsrv",
		.max_peers = max_peers,
		.max_outbuf = max_outbuf,
		.accept_cb = s_accept,
		.msg_cb = s_msg,
		.close_cb = s_close,
		.arg = st,
	};

	return ipc_server_new(base, &conf);
}

static int	pushes;		/* broadcasts a client received */

static void
push_cb(struct ipc_msg *m, void *arg)
{
	(void)arg;
	assert_int_equal(m->type, IPC_TERM_CHANGED);
	pushes++;
}

static struct ipc_client *
cli_new(struct event_base *base, const char *path)
{
	struct ipc_client_conf	conf = {
		.path = path,
		.myname = "testcli",
		.peername = "testsrv",
		.backoff_min_ms = 2000,	/* no reconnection inside a test */
		.backoff_max_ms = 2000,
		.push_cb = push_cb,
	};

	return ipc_client_new(base, &conf);
}

/* One call from cl, answered (1) or not (0). */
static int
echo_ok(struct event_base *base, struct ipc_client *cl)
{
	struct answers	a = { .base = base };
	struct gbuf	p;

	gbuf_init(&p);
	ipc_put_str(&p, "ping");
	if (ipc_client_call(cl, IPC_TERM_LOOKUP, &p, IPC_TERM_INFO, 1000,
	    a_cb, &a) == -1) {
		gbuf_free(&p);
		return 0;
	}
	gbuf_free(&p);
	RUN_UNTIL(base, a.ok + a.failed > 0);
	return a.ok == 1;
}

static void
hello_frame(struct gbuf *f)
{
	struct gbuf	pl;

	gbuf_init(&pl);
	ipc_put_str(&pl, "raw");
	ipc_put_u32(&pl, 1);
	ipc_frame(f, IPC_HELLO, 0, pl.data, pl.len);
	gbuf_free(&pl);
}

static void
test_peer_cap(void **state)
{
	struct event_base	*base = event_base_new();
	struct srvstate		 st = { 0 };
	struct ipc_server	*s;
	struct ipc_client	*c[3];
	char			 path[80];
	int			 i;

	(void)state;
	snprintf(path, sizeof(path), "/tmp/gf-ipcs-cap-%d.sock", (int)getpid());
	assert_non_null(s = srv_new(base, path, &st, 2, 0));
	for (i = 0; i < 3; i++) {
		c[i] = cli_new(base, path);
		RUN_UNTIL(base, st.accepted + st.closed > i ||
		    !ipc_client_up(c[i]));
	}
	/* The third was accepted and closed at once: its client is down. */
	RUN_UNTIL(base, !ipc_client_up(c[2]));
	assert_int_equal(st.accepted, 2);
	assert_int_equal(ipc_server_npeers(s), 2);
	assert_false(ipc_client_up(c[2]));
	assert_true(echo_ok(base, c[0]));
	assert_true(echo_ok(base, c[1]));
	/* One goes: room for another. */
	ipc_client_free(c[0]);
	RUN_UNTIL(base, st.closed == 1);
	assert_int_equal(ipc_server_npeers(s), 1);
	ipc_client_free(c[2]);
	c[2] = cli_new(base, path);
	RUN_UNTIL(base, st.accepted == 3);
	assert_true(echo_ok(base, c[2]));
	assert_int_equal(ipc_server_npeers(s), 2);
	ipc_peer_unref(st.held);
	ipc_client_free(c[1]);
	ipc_client_free(c[2]);
	ipc_server_free(s);
	assert_int_equal(st.closed, 3);
	event_base_free(base);
}

/* An oversized header, or garbage before HELLO, closes that peer only;
 * a reference held by the daemon keeps the peer, and sends to it fail. */
static void
test_bad_peer_closed_alone(void **state)
{
	struct event_base	*base = event_base_new();
	struct srvstate		 st = { 0 };
	struct ipc_server	*s;
	struct ipc_client	*good;
	struct gbuf		 f;
	uint8_t			 hdr[IPC_HDR_LEN];
	char			 path[80];
	int			 bad, nohello;

	(void)state;
	snprintf(path, sizeof(path), "/tmp/gf-ipcs-bad-%d.sock", (int)getpid());
	assert_non_null(s = srv_new(base, path, &st, 0, 0));
	good = cli_new(base, path);
	assert_true(echo_ok(base, good));
	assert_non_null(st.held);

	/* A raw peer: HELLO, then a header claiming 1 MiB + 1. */
	assert_true((bad = ipc_connect(path)) >= 0);
	gbuf_init(&f);
	hello_frame(&f);
	put_be32(hdr, IPC_MAX_PAYLOAD + 1);
	put_be16(hdr + 4, IPC_TERM_LOOKUP);
	put_be16(hdr + 6, IPC_VERSION);
	put_be64(hdr + 8, 1);
	gbuf_add(&f, hdr, sizeof(hdr));
	assert_int_equal(write(bad, f.data, f.len), (ssize_t)f.len);
	RUN_UNTIL(base, st.closed == 1);
	assert_int_equal(st.accepted, 2);
	assert_int_equal(st.closed, 1);
	assert_true(echo_ok(base, good));

	/* Another: a request with no HELLO first. */
	assert_true((nohello = ipc_connect(path)) >= 0);
	gbuf_reset(&f);
	ipc_frame(&f, IPC_TERM_LOOKUP, 1, NULL, 0);
	assert_int_equal(write(nohello, f.data, f.len), (ssize_t)f.len);
	RUN_UNTIL(base, st.closed == 2);
	assert_int_equal(st.closed, 2);
	assert_int_equal(st.msgs, 2);		/* only the good peer's */
	assert_true(echo_ok(base, good));
	assert_int_equal(ipc_server_npeers(s), 1);

	/* The good peer goes; the test's reference keeps its struct. */
	ipc_client_free(good);
	RUN_UNTIL(base, st.closed == 3);
	assert_false(ipc_peer_linked(st.held));
	assert_int_equal(ipc_peer_send(st.held, IPC_TERM_INFO, 1, NULL), -1);
	ipc_peer_unref(st.held);
	close(bad);
	close(nohello);
	gbuf_free(&f);
	ipc_server_free(s);
	event_base_free(base);
}

/* A peer that does not read is closed when its queued output passes the
 * cap; a peer that reads keeps getting everything. */
static void
test_output_cap(void **state)
{
	struct event_base	*base = event_base_new();
	struct srvstate		 st = { 0 };
	struct ipc_server	*s;
	struct ipc_client	*good;
	struct gbuf		 f, big;
	char			 path[80];
	int			 stuck, i;

	(void)state;
	snprintf(path, sizeof(path), "/tmp/gf-ipcs-out-%d.sock", (int)getpid());
	assert_non_null(s = srv_new(base, path, &st, 0, 64 * 1024));
	good = cli_new(base, path);
	assert_true(echo_ok(base, good));
	assert_true((stuck = ipc_connect(path)) >= 0);
	gbuf_init(&f);
	hello_frame(&f);
	assert_int_equal(write(stuck, f.data, f.len), (ssize_t)f.len);
	RUN_UNTIL(base, ipc_server_npeers(s) == 2);
	assert_int_equal(ipc_server_npeers(s), 2);

	gbuf_init(&big);
	for (i = 0; i < 4096; i++)
		gbuf_add_u8(&big, 'x');
	for (i = 0; i < 2000 && st.closed == 0; i++) {
		ipc_server_broadcast(s, IPC_TERM_CHANGED, &big);
		event_base_loop(base, EVLOOP_NONBLOCK);
	}
	RUN_UNTIL(base, st.closed == 1);
	assert_int_equal(st.closed, 1);		/* the stuck one only */
	assert_int_equal(ipc_server_npeers(s), 1);
	/* The reader goes on. */
	for (i = 0; i < 100; i++) {
		ipc_server_broadcast(s, IPC_TERM_CHANGED, &big);
		event_base_loop(base, EVLOOP_NONBLOCK);
	}
	assert_true(echo_ok(base, good));
	assert_int_equal(st.closed, 1);
	ipc_peer_unref(st.held);
	ipc_client_free(good);
	close(stuck);
	gbuf_free(&big);
	gbuf_free(&f);
	ipc_server_free(s);
	event_base_free(base);
	assert_true(pushes >= 100);
}

int
main(void)
{
	signal(SIGPIPE, SIG_IGN);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_peer_cap),
		cmocka_unit_test(test_bad_peer_closed_alone),
		cmocka_unit_test(test_output_cap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
