/*
 * db.c - ifsvc's database on the common pool (common/pgconn.c): one
 * connection, one query at a time in the order queued, so each runs after
 * the one before it answered, as the settler expects.  The connect never
 * blocks the loop; while the connection is down queries wait (up to their
 * deadline) and go once it is back.  ifsvc's statements are texts in its
 * files, each prepared on the connection the first time it runs there:
 * the settler's scans, run every settle_interval over all the month
 * partitions of `transactions`, were planned again each time, about 4 % of
 * a core with the station idle.
 */
#include <sys/queue.h>

#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#include "ifsvc.h"
#include "log.h"
#include "pgconn.h"
#include "util.h"

#define IFDB_DEADLINE_MS	60000	/* a query queued or at the server */

/* A query's callback, and the log line of a failed one. */
struct ifdb_q {
	TAILQ_ENTRY(ifdb_q) entry;
	struct ifdb	*db;
	ifdb_cb		 cb;
	void		*arg;
};

struct ifdb {
	struct pgpool		*pool;
	TAILQ_HEAD(, ifdb_q)	 queries;	/* unanswered */
	int			 connected;	/* a connection was ready once */
};

int
ifdb_ok(const PGresult *res)
{
	return pg_ok_any(res);
}

static void
ifdb_ready_cb(void *arg)
{
	struct ifdb	*db = arg;

	db->connected = 1;
}

int
ifdb_connected(const struct ifdb *db)
{
	return db != NULL && db->connected;
}

struct ifdb *
ifdb_new(struct event_base *base, const char *dsn)
{
	struct pgpool_conf	 pc;
	struct ifdb		*db = xcalloc(1, sizeof(*db));

	TAILQ_INIT(&db->queries);
	memset(&pc, 0, sizeof(pc));
	pc.dsn = dsn;
	pc.appname = "ifsvc";
	pc.nconns = 1;
	pc.depth = 1;
	pc.queue_max = 20000;
	pc.deadline_ms = IFDB_DEADLINE_MS;
	pc.hold = 1;
	pc.ready = ifdb_ready_cb;
	pc.arg = db;
	db->pool = pgpool_new(base, &pc);
	return db;
}

/* What is unanswered is dropped: the loop has ended. */
void
ifdb_free(struct ifdb *db)
{
	struct ifdb_q	*q;

	if (db == NULL)
		return;
	pgpool_free(db->pool);
	while ((q = TAILQ_FIRST(&db->queries)) != NULL) {
		TAILQ_REMOVE(&db->queries, q, entry);
		free(q);
	}
	free(db);
}

static void
ifdb_done_cb(PGresult *res, void *arg)
{
	struct ifdb_q	*q = arg;

	TAILQ_REMOVE(&q->db->queries, q, entry);
	if (!ifdb_ok(res))
		log_warnx("db: query failed: %s",
		    res ? PQresultErrorMessage(res) : "no result");
	q->cb(res, q->arg);
	free(q);
}

void
ifdb_query(struct ifdb *db, const char *sql, int nparams,
    const char *const *params, ifdb_cb cb, void *arg)
{
	struct ifdb_q	*q = xcalloc(1, sizeof(*q));

	q->db = db;
	q->cb = cb;
	q->arg = arg;
	TAILQ_INSERT_TAIL(&db->queries, q, entry);
	pgpool_query_sql(db->pool, sql, nparams, params, ifdb_done_cb, q);
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
