/*
 * console_db.c - the console's own PostgreSQL connections.
 *
 * The console's statements are ad hoc (a page's filters, a list's paging)
 * and some are long (a month's statistics): they run on a few connections
 * of their own, never in the terminals' pool (db.c), so that a busy
 * console cannot hold a collector's payment back.  Each connection runs
 * one statement at a time (PQsendQueryParams, each its own transaction)
 * with a statement_timeout; a bounded queue waits in front of them and a
 * query beyond it, or while no connection is up, is refused at once (the
 * page answers 503).  A broken connection fails the statement it carried
 * and reconnects every second.  Nothing here blocks.
 */
#include <sys/queue.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#include "appsrv.h"
#include "console_priv.h"
#include "log.h"

#define CONDB_STMT_TIMEOUT	"-c statement_timeout=20000"

struct cjob {
	TAILQ_ENTRY(cjob) entry;
	char		*sql;
	int		 n;
	char		*vals[CON_MAX_PARAMS * 2 + 4];
	condb_cb	*cb;
	void		*arg;
};
TAILQ_HEAD(cjobq, cjob);

enum cstate { CD_DOWN, CD_CONNECTING, CD_IDLE, CD_BUSY };

struct cconn {
	struct condb	*db;
	int		 id;
	PGconn		*pg;
	enum cstate	 state;
	struct event	*ev, *wev, *retry;
	struct cjob	*job;
	PGresult	*res;
};

struct condb {
	struct appsrv	*as;
	char		*dsn;
	struct cconn	*conns;
	int		 nconns;
	struct cjobq	 queue;
	int		 nqueue, maxq;
};

static void	cc_start(struct cconn *);
static void	cc_io_cb(evutil_socket_t, short, void *);
static void	cc_kick(struct cconn *);

static void
cjob_free(struct cjob *j)
{
	int	i;

	for (i = 0; i < j->n; i++) {
		if (j->vals[i] != NULL)
			secure_zero(j->vals[i], strlen(j->vals[i]));
		free(j->vals[i]);
	}
	free(j->sql);
	free(j);
}

static void
cc_clear(struct cconn *c)
{
	if (c->ev) {
		event_free(c->ev);
		c->ev = NULL;
	}
	if (c->wev) {
		event_free(c->wev);
		c->wev = NULL;
	}
}

static void
retry_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd;
	(void)ev;
	cc_start(arg);
}

static void
cc_down(struct cconn *c, const char *why)
{
	struct timeval	 one = { 1, 0 };
	struct cjob	*j = c->job;

	if (c->state != CD_DOWN && c->state != CD_CONNECTING)
		log_warnx("console db=%d down: %s", c->id, why);
	cc_clear(c);
	if (c->pg) {
		PQfinish(c->pg);
		c->pg = NULL;
	}
	if (c->res) {
		PQclear(c->res);
		c->res = NULL;
	}
	c->state = CD_DOWN;
	c->job = NULL;
	evtimer_add(c->retry, &one);
	if (j != NULL) {
		j->cb(NULL, j->arg);
		cjob_free(j);
	}
	/* Nobody left to run what waits: it fails now, not in a minute. */
	while (condb_up(c->db) == 0 &&
	    (j = TAILQ_FIRST(&c->db->queue)) != NULL) {
		TAILQ_REMOVE(&c->db->queue, j, entry);
		c->db->nqueue--;
		j->cb(NULL, j->arg);
		cjob_free(j);
	}
}

static void
cc_arm(struct cconn *c, short what)
{
	int	fd = PQsocket(c->pg);

	cc_clear(c);
	c->ev = event_new(c->db->as->base, fd, EV_READ | EV_PERSIST, cc_io_cb,
	    c);
	event_add(c->ev, NULL);
	if (what & EV_WRITE) {
		c->wev = event_new(c->db->as->base, fd, EV_WRITE, cc_io_cb, c);
		event_add(c->wev, NULL);
	}
}

static void
cc_connecting(struct cconn *c)
{
	switch (PQconnectPoll(c->pg)) {
	case PGRES_POLLING_READING:
		cc_arm(c, EV_READ);
		return;
	case PGRES_POLLING_WRITING:
		cc_arm(c, EV_READ | EV_WRITE);
		return;
	case PGRES_POLLING_OK:
		if (PQsetnonblocking(c->pg, 1) == -1) {
			cc_down(c, "nonblocking");
			return;
		}
		cc_arm(c, EV_READ);
		c->state = CD_IDLE;
		log_info("console db=%d up", c->id);
		cc_kick(c);
		return;
	default:
		cc_down(c, PQerrorMessage(c->pg));
		return;
	}
}

static void
cc_start(struct cconn *c)
{
	const char	*kw[] = { "dbname", "application_name", "options", NULL };
	const char	*vals[] = { c->db->dsn, "appsrv-console",
			    CONDB_STMT_TIMEOUT, NULL };

	c->pg = PQconnectStartParams(kw, vals, 1);
	if (c->pg == NULL || PQstatus(c->pg) == CONNECTION_BAD) {
		c->state = CD_CONNECTING;
		cc_down(c, c->pg ? PQerrorMessage(c->pg) : "out of memory");
		return;
	}
	c->state = CD_CONNECTING;
	cc_connecting(c);
}

/* The connection is idle: send the next queued statement. */
static void
cc_kick(struct cconn *c)
{
	struct condb	*db = c->db;
	struct cjob	*j;
	int		 r;

	if (c->state != CD_IDLE || (j = TAILQ_FIRST(&db->queue)) == NULL)
		return;
	TAILQ_REMOVE(&db->queue, j, entry);
	db->nqueue--;
	c->job = j;
	c->state = CD_BUSY;
	if (PQsendQueryParams(c->pg, j->sql, j->n, NULL,
	    (const char *const *)j->vals, NULL, NULL, 0) == 0) {
		cc_down(c, PQerrorMessage(c->pg));
		return;
	}
	if ((r = PQflush(c->pg)) == -1)
		cc_down(c, PQerrorMessage(c->pg));
	else if (r == 1)
		cc_arm(c, EV_READ | EV_WRITE);
}

static void
cc_read(struct cconn *c)
{
	PGresult	*r;
	struct cjob	*j;

	if (PQconsumeInput(c->pg) == 0) {
		cc_down(c, PQerrorMessage(c->pg));
		return;
	}
	while (c->state == CD_BUSY && !PQisBusy(c->pg)) {
		if ((r = PQgetResult(c->pg)) != NULL) {
			if (c->res == NULL)
				c->res = r;
			else
				PQclear(r);
			continue;
		}
		/* The statement is over (committed or not). */
		j = c->job;
		r = c->res;
		c->job = NULL;
		c->res = NULL;
		c->state = CD_IDLE;
		j->cb(r, j->arg);
		if (r != NULL)
			PQclear(r);
		cjob_free(j);
		if (c->state == CD_IDLE)
			cc_kick(c);
	}
	if (c->state == CD_IDLE && PQstatus(c->pg) == CONNECTION_BAD)
		cc_down(c, "connection lost");
}

static void
cc_io_cb(evutil_socket_t fd, short what, void *arg)
{
	struct cconn	*c = arg;
	int		 r;

	(void)fd;
	if (c->state == CD_CONNECTING) {
		cc_connecting(c);
		return;
	}
	if (what & EV_WRITE) {
		if ((r = PQflush(c->pg)) == -1) {
			cc_down(c, PQerrorMessage(c->pg));
			return;
		}
		if (r == 0)
			cc_arm(c, EV_READ);
		else
			cc_arm(c, EV_READ | EV_WRITE);
	}
	if (what & EV_READ)
		cc_read(c);
}

struct condb *
condb_new(struct appsrv *as, int nconns, int maxq)
{
	struct condb	*db;
	int		 i;

	db = xcalloc(1, sizeof(*db));
	db->as = as;
	db->dsn = conf_db_dsn(&as->conf, NULL);
	db->nconns = nconns;
	db->maxq = maxq;
	TAILQ_INIT(&db->queue);
	db->conns = xcalloc((size_t)nconns, sizeof(*db->conns));
	for (i = 0; i < nconns; i++) {
		db->conns[i].db = db;
		db->conns[i].id = i;
		db->conns[i].retry = evtimer_new(as->base, retry_cb,
		    &db->conns[i]);
		cc_start(&db->conns[i]);
	}
	return db;
}

void
condb_free(struct condb *db)
{
	struct cjob	*j;
	int		 i;

	if (db == NULL)
		return;
	for (i = 0; i < db->nconns; i++) {
		struct cconn *c = &db->conns[i];

		cc_clear(c);
		event_free(c->retry);
		if (c->pg)
			PQfinish(c->pg);
		if (c->res)
			PQclear(c->res);
		if (c->job)
			cjob_free(c->job);
	}
	while ((j = TAILQ_FIRST(&db->queue)) != NULL) {
		TAILQ_REMOVE(&db->queue, j, entry);
		cjob_free(j);
	}
	free(db->conns);
	free(db->dsn);
	free(db);
}

int
condb_up(struct condb *db)
{
	int	i, n = 0;

	for (i = 0; i < db->nconns; i++)
		if (db->conns[i].state == CD_IDLE ||
		    db->conns[i].state == CD_BUSY)
			n++;
	return n;
}

int
condb_queued(struct condb *db)
{
	return db->nqueue;
}

int
condb_query(struct condb *db, const char *sql, int n,
    const char *const *vals, condb_cb *cb, void *arg)
{
	struct cjob	*j;
	int		 i;

	if (n < 0 || n > (int)(sizeof(j->vals) / sizeof(j->vals[0])))
		fatalx("console: %d parameters", n);
	if (condb_up(db) == 0 || db->nqueue >= db->maxq)
		return -1;
	j = xcalloc(1, sizeof(*j));
	j->sql = xstrdup(sql);
	j->n = n;
	for (i = 0; i < n; i++)
		j->vals[i] = vals[i] != NULL ? xstrdup(vals[i]) : NULL;
	j->cb = cb;
	j->arg = arg;
	TAILQ_INSERT_TAIL(&db->queue, j, entry);
	db->nqueue++;
	for (i = 0; i < db->nconns; i++)
		if (db->conns[i].state == CD_IDLE) {
			cc_kick(&db->conns[i]);
			break;
		}
	return 0;
}
