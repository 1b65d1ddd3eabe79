/*
 * db.c - asynchronous libpq on the event loop.  One connection; queries are
 * queued FIFO and sent one at a time with PQsendQueryParams, so ifsvc never
 * blocks on the database while requests are in flight.  A lost connection
 * fails the query in flight and everything queued (cb gets NULL) and is
 * re-established after a second.
 *
 * Each statement text is prepared on the connection the first time it is
 * run there (a PREPARE, then the query): the settler's scans, run every
 * settle_interval over all the month partitions of `transactions`, were
 * planned again each time, about 4 % of a core with the station idle.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>

#include <event2/event.h>

#include "ifsvc.h"
#include "log.h"
#include "util.h"

struct ifdb_q {
	TAILQ_ENTRY(ifdb_q) entry;
	char		*sql;
	int		 n;
	char		**params;
	ifdb_cb		 cb;
	void		*arg;
};

#define DB_NPREP	32	/* statements prepared per connection */

struct ifdb {
	struct event_base	*base;
	char			*dsn;
	PGconn			*conn;
	struct event		*ev_read;
	struct event		*ev_write;
	struct event		*ev_retry;
	struct event		*ev_kick;
	TAILQ_HEAD(, ifdb_q)	 queue;
	struct ifdb_q		*cur;		/* sent, result pending */
	PGresult		*res;		/* last result of cur */
	char			*prepared[DB_NPREP];	/* texts, "ifsvc_<i>" */
	int			 nprepared;
	int			 preparing;	/* cur waits for its PREPARE */
};

static void	ifdb_connect(struct ifdb *);
static void	ifdb_next(struct ifdb *);
static int	ifdb_send(struct ifdb *);

static void
ifdb_q_free(struct ifdb_q *q)
{
	int	i;

	for (i = 0; i < q->n; i++)
		free(q->params[i]);
	free(q->params);
	free(q->sql);
	free(q);
}

int
ifdb_ok(const PGresult *res)
{
	ExecStatusType	st;

	if (res == NULL)
		return 0;
	st = PQresultStatus(res);
	return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
}

/* Drop the connection; fail the current and queued queries. */
static void
ifdb_reset(struct ifdb *db)
{
	struct ifdb_q	*q;
	struct timeval	 tv = { 1, 0 };

	if (db->ev_read != NULL)
		event_free(db->ev_read);
	if (db->ev_write != NULL)
		event_free(db->ev_write);
	db->ev_read = db->ev_write = NULL;
	if (db->conn != NULL)
		PQfinish(db->conn);
	db->conn = NULL;
	if (db->res != NULL)
		PQclear(db->res);
	db->res = NULL;
	while (db->nprepared > 0)
		free(db->prepared[--db->nprepared]);
	db->preparing = 0;
	if ((q = db->cur) != NULL) {
		db->cur = NULL;
		q->cb(NULL, q->arg);
		ifdb_q_free(q);
	}
	while ((q = TAILQ_FIRST(&db->queue)) != NULL) {
		TAILQ_REMOVE(&db->queue, q, entry);
		q->cb(NULL, q->arg);
		ifdb_q_free(q);
	}
	evtimer_add(db->ev_retry, &tv);
}

static void
ifdb_read_cb(evutil_socket_t fd, short what, void *arg)
{
	struct ifdb	*db = arg;
	struct ifdb_q	*q;
	PGresult	*r;

	(void)fd; (void)what;
	if (PQconsumeInput(db->conn) == 0) {
		log_warnx("db: connection lost: %s", PQerrorMessage(db->conn));
		ifdb_reset(db);
		return;
	}
	while (db->cur != NULL && !PQisBusy(db->conn)) {
		if ((r = PQgetResult(db->conn)) != NULL) {
			if (db->res != NULL)
				PQclear(db->res);
			db->res = r;
			continue;
		}
		q = db->cur;
		r = db->res;
		db->res = NULL;
		if (db->preparing) {
			db->preparing = 0;
			if (ifdb_ok(r)) {
				PQclear(r);
				db->prepared[db->nprepared++] = xstrdup(q->sql);
				if (ifdb_send(db) == -1)
					return;
				continue;
			}
		}
		db->cur = NULL;
		if (!ifdb_ok(r))
			log_warnx("db: query failed: %s",
			    r ? PQresultErrorMessage(r) : "no result");
		q->cb(r, q->arg);
		PQclear(r);
		ifdb_q_free(q);
		if (db->conn == NULL)
			return;		/* the callback reset us */
		ifdb_next(db);
	}
	if (PQstatus(db->conn) == CONNECTION_BAD) {
		log_warnx("db: connection bad");
		ifdb_reset(db);
	}
}

static void
ifdb_write_cb(evutil_socket_t fd, short what, void *arg)
{
	struct ifdb	*db = arg;
	int		 r;

	(void)fd; (void)what;
	if ((r = PQflush(db->conn)) == 1)
		event_add(db->ev_write, NULL);
	else if (r == -1)
		ifdb_reset(db);
}

/* Send db->cur: prepared if its text is, else its PREPARE first (while
 * there is room), else as it is.  -1: the connection was reset. */
static int
ifdb_send(struct ifdb *db)
{
	struct ifdb_q	*q = db->cur;
	char		 name[32];
	int		 i, r, ok;

	for (i = 0; i < db->nprepared; i++)
		if (strcmp(db->prepared[i], q->sql) == 0)
			break;
	snprintf(name, sizeof(name), "ifsvc_%d", i);
	if (i < db->nprepared)
		ok = PQsendQueryPrepared(db->conn, name, q->n,
		    (const char *const *)q->params, NULL, NULL, 0);
	else if (db->nprepared < DB_NPREP) {
		ok = PQsendPrepare(db->conn, name, q->sql, q->n, NULL);
		db->preparing = 1;
	} else
		ok = PQsendQueryParams(db->conn, q->sql, q->n, NULL,
		    (const char *const *)q->params, NULL, NULL, 0);
	if (!ok) {
		log_warnx("db: send failed: %s", PQerrorMessage(db->conn));
		ifdb_reset(db);
		return -1;
	}
	if ((r = PQflush(db->conn)) == 1)
		event_add(db->ev_write, NULL);
	else if (r == -1) {
		ifdb_reset(db);
		return -1;
	}
	return 0;
}

static void
ifdb_next(struct ifdb *db)
{
	struct ifdb_q	*q;

	if (db->conn == NULL || db->cur != NULL ||
	    (q = TAILQ_FIRST(&db->queue)) == NULL)
		return;
	TAILQ_REMOVE(&db->queue, q, entry);
	db->cur = q;
	ifdb_send(db);
}

static void
ifdb_kick_cb(evutil_socket_t fd, short what, void *arg)
{
	(void)fd; (void)what;
	ifdb_next(arg);
}

static void
ifdb_retry_cb(evutil_socket_t fd, short what, void *arg)
{
	(void)fd; (void)what;
	ifdb_connect(arg);
}

/*
 * Connect (blocking: a local socket, at start and after a loss, when no
 * query can run anyway), then switch the connection to non-blocking.
 */
static void
ifdb_connect(struct ifdb *db)
{
	struct timeval	tv = { 1, 0 };
	int		fd;

	db->conn = PQconnectdb(db->dsn);
	if (PQstatus(db->conn) != CONNECTION_OK) {
		log_warnx("db: connect failed: %s", PQerrorMessage(db->conn));
		PQfinish(db->conn);
		db->conn = NULL;
		evtimer_add(db->ev_retry, &tv);
		return;
	}
	PQsetnonblocking(db->conn, 1);
	fd = PQsocket(db->conn);
	db->ev_read = event_new(db->base, fd, EV_READ | EV_PERSIST,
	    ifdb_read_cb, db);
	db->ev_write = event_new(db->base, fd, EV_WRITE, ifdb_write_cb, db);
	event_add(db->ev_read, NULL);
	log_info("db: connected");
	ifdb_next(db);
}

struct ifdb *
ifdb_new(struct event_base *base, const char *dsn)
{
	struct ifdb	*db = xcalloc(1, sizeof(*db));

	db->base = base;
	db->dsn = xstrdup(dsn);
	TAILQ_INIT(&db->queue);
	db->ev_retry = evtimer_new(base, ifdb_retry_cb, db);
	db->ev_kick = evtimer_new(base, ifdb_kick_cb, db);
	ifdb_connect(db);
	return db;
}

void
ifdb_free(struct ifdb *db)
{
	struct ifdb_q	*q;

	if (db == NULL)
		return;
	if (db->cur != NULL)
		ifdb_q_free(db->cur);
	while ((q = TAILQ_FIRST(&db->queue)) != NULL) {
		TAILQ_REMOVE(&db->queue, q, entry);
		ifdb_q_free(q);
	}
	if (db->res != NULL)
		PQclear(db->res);
	while (db->nprepared > 0)
		free(db->prepared[--db->nprepared]);
	if (db->ev_read != NULL)
		event_free(db->ev_read);
	if (db->ev_write != NULL)
		event_free(db->ev_write);
	event_free(db->ev_retry);
	event_free(db->ev_kick);
	if (db->conn != NULL)
		PQfinish(db->conn);
	free(db->dsn);
	free(db);
}

void
ifdb_query(struct ifdb *db, const char *sql, int nparams,
    const char *const *params, ifdb_cb cb, void *arg)
{
	struct ifdb_q	*q = xcalloc(1, sizeof(*q));
	struct timeval	 tv = { 0, 0 };
	int		 i;

	q->sql = xstrdup(sql);
	q->n = nparams;
	q->params = xcalloc((size_t)(nparams > 0 ? nparams : 1),
	    sizeof(char *));
	for (i = 0; i < nparams; i++)
		q->params[i] = params[i] ? xstrdup(params[i]) : NULL;
	q->cb = cb;
	q->arg = arg;
	TAILQ_INSERT_TAIL(&db->queue, q, entry);
	/* Start from the loop so that cb never runs inside ifdb_query. */
	if (db->conn != NULL && db->cur == NULL)
		evtimer_add(db->ev_kick, &tv);
}

static void
ifdb_alarm_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (!ifdb_ok(res))
		log_warnx("db: alarm insert failed");
}

void
ifdb_alarm(struct ifdb *db, const char *kind, const char *terminal,
    const char *detail)
{
	const char	*p[3] = { kind, terminal, detail };

	log_warnx("alarm kind=%s terminal=%s detail=\"%s\"", kind,
	    terminal ? terminal : "-", detail);
	ifdb_query(db, "INSERT INTO alarms (kind, source, terminal_id, detail) "
	    "VALUES ($1, 'ifsvc', $2, $3)", 3, p, ifdb_alarm_cb, NULL);
}
