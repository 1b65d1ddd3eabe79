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

struct db_q {
	TAILQ_ENTRY(db_q) entry;
	char		*sql;
	int		 n;
	char		**params;
	db_cb		 cb;
	void		*arg;
};

#define DB_NPREP	32	/* statements prepared per connection */

struct db {
	struct event_base	*base;
	char			*dsn;
	PGconn			*conn;
	struct event		*ev_read;
	struct event		*ev_write;
	struct event		*ev_retry;
	struct event		*ev_kick;
	TAILQ_HEAD(, db_q)	 queue;
	struct db_q		*cur;		/* sent, result pending */
	PGresult		*res;		/* last result of cur */
	char			*prepared[DB_NPREP];	/* texts, "ifsvc_<i>" */
	int			 nprepared;
	int			 preparing;	/* cur waits for its PREPARE */
};

static void	db_connect(struct db *);
static void	db_next(struct db *);
static int	db_send(struct db *);

static void
db_q_free(struct db_q *q)
{
	int	i;

	for (i = 0; i < q->n; i++)
		free(q->params[i]);
	free(q->params);
	free(q->sql);
	free(q);
}

int
db_ok(const PGresult *res)
{
	ExecStatusType	st;

	if (res == NULL)
		return 0;
	st = PQresultStatus(res);
	return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
}

/* Drop the connection; fail the current and queued queries. */
static void
db_reset(struct db *db)
{
	struct db_q	*q;
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
		db_q_free(q);
	}
	while ((q = TAILQ_FIRST(&db->queue)) != NULL) {
		TAILQ_REMOVE(&db->queue, q, entry);
		q->cb(NULL, q->arg);
		db_q_free(q);
	}
	evtimer_add(db->ev_retry, &tv);
}

static void
db_read_cb(evutil_socket_t fd, short what, void *arg)
{
	struct db	*db = arg;
	struct db_q	*q;
	PGresult	*r;

	(void)fd; (void)what;
	if (PQconsumeInput(db->conn) == 0) {
		log_warnx("db: connection lost: %s", PQerrorMessage(db->conn));
		db_reset(db);
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
			if (db_ok(r)) {
				PQclear(r);
				db->prepared[db->nprepared++] = xstrdup(q->sql);
				if (db_send(db) == -1)
					return;
				continue;
			}
		}
		db->cur = NULL;
		if (!db_ok(r))
			log_warnx("db: query failed: %s",
			    r ? PQresultErrorMessage(r) : "no result");
		q->cb(r, q->arg);
		PQclear(r);
		db_q_free(q);
		if (db->conn == NULL)
			return;		/* the callback reset us */
		db_next(db);
	}
	if (PQstatus(db->conn) == CONNECTION_BAD) {
		log_warnx("db: connection bad");
		db_reset(db);
	}
}

static void
db_write_cb(evutil_socket_t fd, short what, void *arg)
{
	struct db	*db = arg;
	int		 r;

	(void)fd; (void)what;
	if ((r = PQflush(db->conn)) == 1)
		event_add(db->ev_write, NULL);
	else if (r == -1)
		db_reset(db);
}

/* Send db->cur: prepared if its text is, else its PREPARE first (while
 * there is room), else as it is.  -1: the connection was reset. */
static int
db_send(struct db *db)
{
	struct db_q	*q = db->cur;
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
		db_reset(db);
		return -1;
	}
	if ((r = PQflush(db->conn)) == 1)
		event_add(db->ev_write, NULL);
	else if (r == -1) {
		db_reset(db);
		return -1;
	}
	return 0;
}

static void
db_next(struct db *db)
{
	struct db_q	*q;

	if (db->conn == NULL || db->cur != NULL ||
	    (q = TAILQ_FIRST(&db->queue)) == NULL)
		return;
	TAILQ_REMOVE(&db->queue, q, entry);
	db->cur = q;
	db_send(db);
}

static void
db_kick_cb(evutil_socket_t fd, short what, void *arg)
{
	(void)fd; (void)what;
	db_next(arg);
}

static void
db_retry_cb(evutil_socket_t fd, short what, void *arg)
{
	(void)fd; (void)what;
	db_connect(arg);
}

/*
 * Connect (blocking: a local socket, at start and after a loss, when no
 * query can run anyway), then switch the connection to non-blocking.
 */
static void
db_connect(struct db *db)
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
	    db_read_cb, db);
	db->ev_write = event_new(db->base, fd, EV_WRITE, db_write_cb, db);
	event_add(db->ev_read, NULL);
	log_info("db: connected");
	db_next(db);
}

struct db *
db_new(struct event_base *base, const char *dsn)
{
	struct db	*db = xcalloc(1, sizeof(*db));

	db->base = base;
	db->dsn = xstrdup(dsn);
	TAILQ_INIT(&db->queue);
	db->ev_retry = evtimer_new(base, db_retry_cb, db);
	db->ev_kick = evtimer_new(base, db_kick_cb, db);
	db_connect(db);
	return db;
}

void
db_free(struct db *db)
{
	struct db_q	*q;

	if (db == NULL)
		return;
	if (db->cur != NULL)
		db_q_free(db->cur);
	while ((q = TAILQ_FIRST(&db->queue)) != NULL) {
		TAILQ_REMOVE(&db->queue, q, entry);
		db_q_free(q);
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
db_query(struct db *db, const char *sql, int nparams,
    const char *const *params, db_cb cb, void *arg)
{
	struct db_q	*q = xcalloc(1, sizeof(*q));
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
	/* Start from the loop so that cb never runs inside db_query. */
	if (db->conn != NULL && db->cur == NULL)
		evtimer_add(db->ev_kick, &tv);
}

static void
db_alarm_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (!db_ok(res))
		log_warnx("db: alarm insert failed");
}

void
db_alarm(struct db *db, const char *kind, const char *terminal,
    const char *detail)
{
	const char	*p[3] = { kind, terminal, detail };

	log_warnx("alarm kind=%s terminal=%s detail=\"%s\"", kind,
	    terminal ? terminal : "-", detail);
	db_query(db, "INSERT INTO alarms (kind, source, terminal_id, detail) "
	    "VALUES ($1, 'ifsvc', $2, $3)", 3, p, db_alarm_cb, NULL);
}
