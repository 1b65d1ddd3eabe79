/*
 * Unit tests of common/ipc_client.c: the pending table, deadlines expiring
 * in order, failing on disconnect, late answers, the drain before a
 * deadline is judged, backoff growth, jitter and reset.  The server side is
 * a raw socket driven by the test, so that every step is deterministic.
 */
#include <sys/socket.h>

#include <poll.h>
#include <signal.h>
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
#include "ipc_client.h"
#include "util.h"

#define MAXCALLS	2048

struct rec {
	struct event_base	*base;
	int			 n;		/* callbacks run */
	int			 nnull;		/* ... with NULL */
	int			 order[MAXCALLS];	/* tag per callback */
	uint32_t		 got[MAXCALLS];	/* answer value per callback */
	int			 ups;
	int			 stop_at;	/* loopbreak at this n */
};

struct tag {
	struct rec	*r;
	int		 tag;
	int		 calls;		/* times its callback ran */
};

static void
reply_cb(void *arg, struct ipc_msg *m)
{
	struct tag	*t = arg;
	struct rec	*r = t->r;
	uint32_t	 v = 0;

	t->calls++;
	if (m == NULL)
		r->nnull++;
	else
		assert_int_equal(ipc_get_u32(m, &v), 0);
	r->order[r->n] = t->tag;
	r->got[r->n] = v;
	r->n++;
	if (r->stop_at && r->n == r->stop_at)
		event_base_loopbreak(r->base);
}

static void
up_cb(void *arg)
{
	struct rec	*r = arg;

	r->ups++;
	event_base_loopbreak(r->base);
}

static void
sockpath(char *buf, size_t len, const char *what)
{
	snprintf(buf, len, "/tmp/gf-ipcc-%s-%d.sock", what, (int)getpid());
}

/* Run the loop until it is broken or ms pass. */
static void
run(struct event_base *base, int ms)
{
	struct timeval	tv = { ms / 1000, (ms % 1000) * 1000 };

	event_base_loopexit(base, &tv);
	event_base_dispatch(base);
}

/* Blocking read of one whole message from a raw fd into buf; m points in. */
static void
raw_read(int fd, struct gbuf *buf, struct ipc_msg *m)
{
	struct pollfd	pfd = { .fd = fd, .events = POLLIN };
	uint8_t		tmp[4096];
	ssize_t		n;
	long		used;

	for (;;) {
		used = ipc_parse(buf->data, buf->len, m);
		assert_true(used >= 0);
		if (used > 0)
			return;
		assert_int_equal(poll(&pfd, 1, 3000), 1);
		n = read(fd, tmp, sizeof(tmp));
		assert_true(n > 0);
		gbuf_add(buf, tmp, (size_t)n);
	}
}

/* Drop the first message (after raw_read) from buf. */
static void
raw_consume(struct gbuf *buf)
{
	size_t	n = IPC_HDR_LEN + get_be32(buf->data);

	memmove(buf->data, buf->data + n, buf->len - n);
	buf->len -= n;
}

static void
raw_send(int fd, uint16_t type, uint64_t reqid, const struct gbuf *pl)
{
	struct gbuf	f;

	gbuf_init(&f);
	ipc_frame(&f, type, reqid, pl ? pl->data : NULL, pl ? pl->len : 0);
	assert_int_equal(write(fd, f.data, f.len), (ssize_t)f.len);
	gbuf_free(&f);
}

static void
raw_hello(int fd)
{
	struct gbuf	pl;

	gbuf_init(&pl);
	ipc_put_str(&pl, "testsrv");
	ipc_put_u32(&pl, 1);
	raw_send(fd, IPC_HELLO, 0, &pl);
	gbuf_free(&pl);
}

static void
raw_answer(int fd, uint64_t reqid, uint32_t v)
{
	struct gbuf	pl;

	gbuf_init(&pl);
	ipc_put_u32(&pl, v);
	raw_send(fd, IPC_TERM_INFO, reqid, &pl);
	gbuf_free(&pl);
}

struct fixture {
	char			 path[80];
	int			 lfd, sfd;	/* listener, accepted peer */
	struct event_base	*base;
	struct ipc_client	*cl;
	struct rec		 r;
	struct gbuf		 in;		/* what the client sent */
};

/* A client connected to a raw server that has sent its HELLO. */
static void
fx_open(struct fixture *f, const char *name)
{
	struct ipc_client_conf	conf = {
		.myname = "testcli",
		.peername = "testsrv",
		.up_cb = up_cb,
	};
	struct ipc_msg		m;

	memset(f, 0, sizeof(*f));
	sockpath(f->path, sizeof(f->path), name);
	assert_true((f->lfd = ipc_listen(f->path)) >= 0);
	f->base = event_base_new();
	f->r.base = f->base;
	conf.path = f->path;
	conf.arg = &f->r;
	f->cl = ipc_client_new(f->base, &conf);
	assert_true(ipc_client_up(f->cl));
	f->sfd = -1;
	for (int i = 0; i < 300 && f->sfd == -1; i++) {
		f->sfd = accept(f->lfd, NULL, NULL);
		if (f->sfd == -1)
			usleep(10000);
	}
	assert_true(f->sfd >= 0);
	raw_hello(f->sfd);
	run(f->base, 2000);			/* until up_cb */
	assert_int_equal(f->r.ups, 1);
	gbuf_init(&f->in);
	raw_read(f->sfd, &f->in, &m);		/* the client's HELLO */
	assert_int_equal(m.type, IPC_HELLO);
	raw_consume(&f->in);
}

static void
fx_close(struct fixture *f)
{
	ipc_client_free(f->cl);
	if (f->sfd >= 0)
		close(f->sfd);
	close(f->lfd);
	unlink(f->path);
	gbuf_free(&f->in);
	event_base_free(f->base);
}

/* Flush what the client queued and read n requests' reqids. */
static void
fx_requests(struct fixture *f, uint64_t *reqids, int n)
{
	struct ipc_msg	m;
	int		i;

	event_base_loop(f->base, EVLOOP_NONBLOCK);
	for (i = 0; i < n; i++) {
		raw_read(f->sfd, &f->in, &m);
		assert_int_equal(m.type, IPC_TERM_LOOKUP);
		reqids[i] = m.reqid;
		raw_consume(&f->in);
	}
}

/* Many requests in flight, answered in reverse order: each callback runs
 * once, with its own answer. */
static void
test_pending_table(void **state)
{
	static struct tag	tags[1000];
	static uint64_t		reqids[1000];
	struct fixture		f;
	int			i, n = 1000;

	(void)state;
	fx_open(&f, "table");
	for (i = 0; i < n; i++) {
		tags[i].r = &f.r;
		tags[i].tag = i;
		tags[i].calls = 0;
		assert_int_equal(ipc_client_call(f.cl, IPC_TERM_LOOKUP, NULL,
		    IPC_TERM_INFO, 10000, reply_cb, &tags[i]), 0);
	}
	assert_int_equal(ipc_client_pending(f.cl), n);
	assert_int_equal(f.r.n, 0);		/* never from inside the call */
	fx_requests(&f, reqids, n);
	for (i = 0; i < n; i++)			/* ids are distinct */
		assert_true(i == 0 || reqids[i] != reqids[i - 1]);
	/* One write: the client does not read while the test writes. */
	{
		struct gbuf	all, pl;

		gbuf_init(&all);
		gbuf_init(&pl);
		for (i = n - 1; i >= 0; i--) {
			gbuf_reset(&pl);
			ipc_put_u32(&pl, (uint32_t)i + 7);
			ipc_frame(&all, IPC_TERM_INFO, reqids[i], pl.data,
			    pl.len);
		}
		assert_int_equal(write(f.sfd, all.data, all.len),
		    (ssize_t)all.len);
		gbuf_free(&all);
		gbuf_free(&pl);
	}
	f.r.stop_at = n;
	run(f.base, 5000);
	assert_int_equal(f.r.n, n);
	assert_int_equal(f.r.nnull, 0);
	for (i = 0; i < n; i++) {
		assert_int_equal(tags[i].calls, 1);
		/* the k-th callback was the answer to request order[k] */
		assert_int_equal(f.r.got[i], (uint32_t)f.r.order[i] + 7);
		assert_int_equal(f.r.order[i], n - 1 - i);
	}
	assert_int_equal(ipc_client_pending(f.cl), 0);
	fx_close(&f);
}

/* Deadlines expire in deadline order, not in the order of the calls; an
 * answer after the deadline is dropped (no second callback). */
static void
test_deadline_order(void **state)
{
	struct fixture	f;
	struct tag	t[4];
	uint64_t	reqids[4];
	const int	tmo[4] = { 300, 100, 200, 5000 };
	int		i;

	(void)state;
	fx_open(&f, "order");
	for (i = 0; i < 4; i++) {
		t[i].r = &f.r;
		t[i].tag = i;
		t[i].calls = 0;
		assert_int_equal(ipc_client_call(f.cl, IPC_TERM_LOOKUP, NULL,
		    IPC_TERM_INFO, tmo[i], reply_cb, &t[i]), 0);
	}
	fx_requests(&f, reqids, 4);
	f.r.stop_at = 3;
	run(f.base, 3000);
	assert_int_equal(f.r.n, 3);
	assert_int_equal(f.r.nnull, 3);
	assert_int_equal(f.r.order[0], 1);
	assert_int_equal(f.r.order[1], 2);
	assert_int_equal(f.r.order[2], 0);
	assert_int_equal(ipc_client_pending(f.cl), 1);
	/* Late answer to the first: dropped.  The one still pending gets its
	 * own. */
	raw_answer(f.sfd, reqids[1], 11);
	raw_answer(f.sfd, reqids[3], 33);
	f.r.stop_at = 4;
	run(f.base, 2000);
	assert_int_equal(f.r.n, 4);
	assert_int_equal(f.r.order[3], 3);
	assert_int_equal(f.r.got[3], 33);
	for (i = 0; i < 4; i++)
		assert_int_equal(t[i].calls, 1);
	fx_close(&f);
}

/* The server goes: every pending request fails at once, the link is down,
 * calls are refused until it is back. */
static void
test_fail_on_disconnect(void **state)
{
	struct fixture	f;
	struct tag	t[3];
	uint64_t	reqids[3];
	int		i;

	(void)state;
	fx_open(&f, "down");
	for (i = 0; i < 3; i++) {
		t[i].r = &f.r;
		t[i].tag = i;
		t[i].calls = 0;
		assert_int_equal(ipc_client_call(f.cl, IPC_TERM_LOOKUP, NULL,
		    IPC_TERM_INFO, 10000, reply_cb, &t[i]), 0);
	}
	fx_requests(&f, reqids, 3);
	close(f.sfd);
	f.sfd = -1;
	f.r.stop_at = 3;
	run(f.base, 2000);
	assert_int_equal(f.r.n, 3);
	assert_int_equal(f.r.nnull, 3);
	assert_false(ipc_client_up(f.cl));
	assert_int_equal(ipc_client_pending(f.cl), 0);
	assert_int_equal(ipc_client_call(f.cl, IPC_TERM_LOOKUP, NULL,
	    IPC_TERM_INFO, 1000, reply_cb, &t[0]), -1);
	assert_int_equal(t[0].calls, 1);
	fx_close(&f);
}

/*
 * The drain: the answer reaches the socket after the loop polled it and
 * before the deadline is judged, in the same pass (a stall).  The timer
 * must read it rather than call the request lost.
 */
static struct fixture	*stall_f;
static uint64_t		 stall_reqid;

static void
stall_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd; (void)ev; (void)arg;
	usleep(1200 * 1000);	/* the loop is busy past both timers */
}

static void
answer_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd; (void)ev; (void)arg;
	raw_answer(stall_f->sfd, stall_reqid, 42);
}

static void
test_drain_before_deadline(void **state)
{
	struct fixture	 f;
	struct tag	 t = { .tag = 1 };
	struct event	*stall, *answer;
	struct timeval	 t1 = { 0, 1000 }, t10 = { 0, 10000 };
	struct ipc_msg	 m;

	(void)state;
	fx_open(&f, "drain");
	t.r = &f.r;
	stall_f = &f;
	stall = evtimer_new(f.base, stall_cb, NULL);
	answer = evtimer_new(f.base, answer_cb, NULL);
	/* The request is flushed and read before any timer exists, so the
	 * answer always carries its reqid (a late loop once ran the answer
	 * timer before the request had been read: reqid 0, "dropped"). */
	assert_int_equal(ipc_client_call(f.cl, IPC_TERM_LOOKUP, NULL,
	    IPC_TERM_INFO, 1000, reply_cb, &t), 0);
	event_base_loop(f.base, EVLOOP_NONBLOCK);
	raw_read(f.sfd, &f.in, &m);
	stall_reqid = m.reqid;
	raw_consume(&f.in);
	/* Order of the timers: stall (1 ms) runs alone and sleeps 1.2 s;
	 * then answer (10 ms) and the deadline (1 s after the call) are
	 * both due in one pass: the answer is written, then the deadline is
	 * judged.  However late the loop starts, the answer's timer is due
	 * before the deadline (unless 990 ms pass between the call and
	 * here), so the deadline always finds the answer on the socket. */
	evtimer_add(stall, &t1);
	evtimer_add(answer, &t10);
	f.r.stop_at = 1;
	run(f.base, 5000);
	assert_int_equal(t.calls, 1);
	assert_int_equal(f.r.nnull, 0);		/* the answer, not "lost" */
	assert_int_equal(f.r.got[0], 42);
	event_free(stall);
	event_free(answer);
	fx_close(&f);
}

/* Backoff: grows 100 -> 5000 by doubling, each wait jittered into
 * [step/2, step]; reset brings it back. */
static void
test_backoff(void **state)
{
	struct ipc_backoff	b;
	int			i, k, w, step, seen_low = 0, seen_high = 0;

	(void)state;
	ipc_backoff_init(&b, 0, 0);
	assert_int_equal(b.step_ms, IPC_BACKOFF_MIN_MS);
	step = 100;
	for (i = 0; i < 10; i++) {
		w = ipc_backoff_next(&b);
		assert_true(w >= step / 2 && w <= step);
		step = step * 2 > 5000 ? 5000 : step * 2;
		assert_int_equal(b.step_ms, step);
	}
	assert_int_equal(b.step_ms, IPC_BACKOFF_MAX_MS);
	/* At the cap, waits spread over [2500, 5000]. */
	for (k = 0; k < 200; k++) {
		w = ipc_backoff_next(&b);
		assert_true(w >= 2500 && w <= 5000);
		seen_low |= w < 3750;
		seen_high |= w >= 3750;
	}
	assert_true(seen_low && seen_high);
	ipc_backoff_reset(&b);
	assert_int_equal(b.step_ms, 100);
	w = ipc_backoff_next(&b);
	assert_true(w >= 50 && w <= 100);
}

/* A client with nobody to talk to backs off further on each attempt; the
 * server's HELLO resets the step. */
static void
test_backoff_reconnect(void **state)
{
	struct ipc_client_conf	 conf = {
		.myname = "testcli",
		.peername = "testsrv",
		.backoff_min_ms = 10,
		.backoff_max_ms = 80,
		.up_cb = up_cb,
	};
	struct rec		 r = { 0 };
	struct ipc_client	*cl;
	struct event_base	*base = event_base_new();
	char			 path[80];
	int			 lfd, sfd = -1, i;

	(void)state;
	sockpath(path, sizeof(path), "backoff");
	unlink(path);
	r.base = base;
	conf.path = path;
	conf.arg = &r;
	cl = ipc_client_new(base, &conf);
	assert_false(ipc_client_up(cl));
	assert_int_equal(ipc_client_backoff_ms(cl), 20);	/* one try */
	run(base, 300);			/* >= 10+20+40: at the cap */
	assert_false(ipc_client_up(cl));
	assert_int_equal(ipc_client_backoff_ms(cl), 80);
	/* The server appears: the next try connects, its HELLO resets. */
	assert_true((lfd = ipc_listen(path)) >= 0);
	for (i = 0; i < 100 && !ipc_client_up(cl); i++)
		run(base, 20);
	assert_true(ipc_client_up(cl));
	assert_int_equal(ipc_client_backoff_ms(cl), 80);	/* no HELLO yet */
	for (i = 0; i < 300 && sfd == -1; i++)
		if ((sfd = accept(lfd, NULL, NULL)) == -1)
			usleep(10000);
	assert_true(sfd >= 0);
	raw_hello(sfd);
	run(base, 2000);
	assert_int_equal(r.ups, 1);
	assert_int_equal(ipc_client_backoff_ms(cl), 10);
	ipc_client_free(cl);
	close(sfd);
	close(lfd);
	unlink(path);
	event_base_free(base);
}

int
main(void)
{
	signal(SIGPIPE, SIG_IGN);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pending_table),
		cmocka_unit_test(test_deadline_order),
		cmocka_unit_test(test_fail_on_disconnect),
		cmocka_unit_test(test_drain_before_deadline),
		cmocka_unit_test(test_backoff),
		cmocka_unit_test(test_backoff_reconnect),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
