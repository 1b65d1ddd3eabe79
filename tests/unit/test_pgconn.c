/*
 * Unit tests of common/pgconn.c without a database: a "server" that takes
 * the TCP connection and never answers (a remote PostgreSQL that hangs).
 * The pool must connect without blocking the loop, give up on the connect
 * after connect_ms and try again, fail a query at its deadline, and refuse
 * queries over the queue's cap at once.
 */
#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>

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

#include "log.h"
#include "pgconn.h"
#include "util.h"

/* A listener whose backlog takes connections nobody ever reads from. */
static int
silent_listener(int *port)
{
	struct sockaddr_in	sin;
	socklen_t		len = sizeof(sin);
	int			fd;

	fd = socket(AF_INET, SOCK_STREAM, 0);
	assert_true(fd >= 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&sin, sizeof(sin)), 0);
	assert_int_equal(listen(fd, 16), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sin, &len), 0);
	*port = ntohs(sin.sin_port);
	return fd;
}

struct seen {
	int	ticks;		/* the loop's other work */
	int	ticks_at_answer;
	int	answered;	/* callbacks run */
	int	null_answers;
	int	inside;		/* a callback ran inside pgpool_query */
	int	querying;
};

static void
tick_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct seen	*s = arg;

	(void)fd;
	(void)ev;
	s->ticks++;
}

static void
answer_cb(PGresult *res, void *arg)
{
	struct seen	*s = arg;

	s->answered++;
	if (res == NULL)
		s->null_answers++;
	if (s->querying)
		s->inside = 1;
	if (s->ticks_at_answer == 0)
		s->ticks_at_answer = s->ticks;
}

static void
stop_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd;
	(void)ev;
	event_base_loopbreak(arg);
}

static const struct pg_stmt stmts[] = {
	{ "one", "SELECT $1::int", 1, 0, NULL, 0 },
};

static void
make_conf(struct pgpool_conf *pc, char *dsn, size_t len, int port)
{
	snprintf(dsn, len, "host=127.0.0.1 port=%d dbname=x user=x "
	    "sslmode=disable", port);
	memset(pc, 0, sizeof(*pc));
	pc->dsn = dsn;
	pc->appname = "test";
	pc->nconns = 2;
	pc->connect_ms = 300;
	pc->stmts = stmts;
	pc->nstmts = 1;
	pc->hold = 1;
}

/* The connect hangs at the server: the loop keeps running its other work
 * (a 10 ms timer), the query fails at its deadline, the connect is given
 * up and tried again. */
static void
test_silent_server_does_not_block(void **state)
{
	struct event_base	*base;
	struct event		*tick, *stop;
	struct pgpool_conf	 pc;
	struct pgpool		*p;
	struct seen		 s;
	struct timeval		 t10 = { 0, 10000 }, t1500 = { 1, 500000 };
	const char		*v[1] = { "1" };
	char			 dsn[128];
	int			 lfd, port;

	(void)state;
	memset(&s, 0, sizeof(s));
	lfd = silent_listener(&port);
	alarm(30);	/* a blocking connect would hang here for ever */
	base = event_base_new();
	tick = event_new(base, -1, EV_PERSIST, tick_cb, &s);
	stop = evtimer_new(base, stop_cb, base);
	event_add(tick, &t10);
	event_add(stop, &t1500);
	make_conf(&pc, dsn, sizeof(dsn), port);
	pc.deadline_ms = 500;
	p = pgpool_new(base, &pc);
	assert_int_equal(pgpool_up(p), 1);	/* connecting */
	assert_int_equal(pgpool_room(p), 0);
	s.querying = 1;
	pgpool_query(p, 0, 1, v, NULL, NULL, answer_cb, &s);
	s.querying = 0;
	assert_int_equal(pgpool_busy(p), 1);
	event_base_dispatch(base);
	/* The loop ran its timer all along, the query was answered "unknown"
	 * at its deadline (after the loop had run), never from inside. */
	assert_true(s.ticks >= 10);
	assert_int_equal(s.answered, 1);
	assert_int_equal(s.null_answers, 1);
	assert_int_equal(s.inside, 0);
	assert_true(s.ticks_at_answer >= 5);
	assert_int_equal(pgpool_busy(p), 0);
	pgpool_free(p);
	event_free(tick);
	event_free(stop);
	event_base_free(base);
	alarm(0);
	close(lfd);
}

/* Over the queue's cap a query fails at once (from the loop); those
 * under it wait for a connection. */
static void
test_queue_cap(void **state)
{
	struct event_base	*base;
	struct event		*stop;
	struct pgpool_conf	 pc;
	struct pgpool		*p;
	struct seen		 s;
	struct timeval		 t200 = { 0, 200000 };
	const char		*v[1] = { "1" };
	char			 dsn[128];
	int			 lfd, port, i;

	(void)state;
	memset(&s, 0, sizeof(s));
	lfd = silent_listener(&port);
	base = event_base_new();
	stop = evtimer_new(base, stop_cb, base);
	event_add(stop, &t200);
	make_conf(&pc, dsn, sizeof(dsn), port);
	pc.queue_max = 3;
	pc.connect_ms = 5000;
	p = pgpool_new(base, &pc);
	s.querying = 1;
	for (i = 0; i < 5; i++)
		pgpool_query(p, 0, 1, v, NULL, NULL, answer_cb, &s);
	s.querying = 0;
	assert_int_equal(s.answered, 0);
	event_base_dispatch(base);
	assert_int_equal(s.answered, 2);
	assert_int_equal(s.null_answers, 2);
	assert_int_equal(s.inside, 0);
	assert_int_equal(pgpool_busy(p), 3);
	pgpool_free(p);		/* the waiting ones are dropped */
	event_free(stop);
	event_base_free(base);
	close(lfd);
}

/* Nobody listening: the connect fails, the pool is down and (without
 * hold) fails queries at once, from the loop. */
static void
test_refused_fails_fast(void **state)
{
	struct event_base	*base;
	struct event		*stop;
	struct pgpool_conf	 pc;
	struct pgpool		*p;
	struct seen		 s;
	struct timeval		 t100 = { 0, 100000 };
	const char		*v[1] = { "1" };
	char			 dsn[128];
	int			 lfd, port;

	(void)state;
	memset(&s, 0, sizeof(s));
	lfd = silent_listener(&port);
	close(lfd);		/* the port is free now: refused */
	base = event_base_new();
	stop = evtimer_new(base, stop_cb, base);
	event_add(stop, &t100);
	make_conf(&pc, dsn, sizeof(dsn), port);
	pc.hold = 0;
	p = pgpool_new(base, &pc);
	event_base_dispatch(base);
	assert_int_equal(pgpool_up(p), 0);
	event_add(stop, &t100);
	s.querying = 1;
	pgpool_query(p, 0, 1, v, NULL, NULL, answer_cb, &s);
	s.querying = 0;
	event_base_dispatch(base);
	assert_int_equal(s.answered, 1);
	assert_int_equal(s.null_answers, 1);
	assert_int_equal(s.inside, 0);
	pgpool_free(p);
	event_free(stop);
	event_base_free(base);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_silent_server_does_not_block),
		cmocka_unit_test(test_queue_cap),
		cmocka_unit_test(test_refused_fails_fast),
	};

	log_init("test_pgconn", 0, 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
