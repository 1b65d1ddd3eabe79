/*
 * console_db.c - the console's own PostgreSQL connections, on the common
 * layer (common/pgconn.h).
 *
 * The console's statements are ad hoc (a page's filters, a list's paging)
 * and some are long (a month's statistics): they run on a small pool of
 * their own, never in the terminals' pool (db.c), so that a busy console
 * cannot hold a collector's payment back.  One statement at a time per
 * connection, each its own transaction, with a statement_timeout; a
 * bounded queue in front.  A query beyond the queue, or while no
 * connection is up, is refused at once (the page answers 503).  The texts
 * go unnamed, so that each is planned for its values (the optional
 * filters of a search plan badly as generic prepared statements).
 */
#include <stdlib.h>

#include "appsrv.h"
#include "console_priv.h"
#include "log.h"
#include "pgconn.h"

#define CONDB_OPTIONS		"-c statement_timeout=20000"
#define CONDB_DEADLINE_MS	25000

struct condb {
	struct pgpool	*pool;
	char		*dsn;
	int		 maxq;
};

struct condb *
condb_new(struct appsrv *as, int nconns, int maxq)
{
	struct condb		*db = xcalloc(1, sizeof(*db));
	struct pgpool_conf	 pc = { 0 };

	db->dsn = conf_db_dsn(&as->conf, NULL);
	db->maxq = maxq;
	pc.dsn = db->dsn;
	pc.appname = "appsrv-console";
	pc.options = CONDB_OPTIONS;
	pc.nconns = nconns;
	pc.depth = 1;
	pc.queue_max = maxq;
	pc.deadline_ms = CONDB_DEADLINE_MS;
	pc.connect_ms = 10000;
	pc.adhoc_unprepared = 1;
	db->pool = pgpool_new(as->base, &pc);
	return db;
}

void
condb_free(struct condb *db)
{
	if (db == NULL)
		return;
	pgpool_free(db->pool);
	free(db->dsn);
	free(db);
}

int
condb_up(struct condb *db)
{
	return pgpool_up(db->pool);
}

int
condb_queued(struct condb *db)
{
	return pgpool_busy(db->pool);
}

int
condb_query(struct condb *db, const char *sql, int n,
    const char *const *vals, condb_cb *cb, void *arg)
{
	if (!pgpool_up(db->pool) || pgpool_busy(db->pool) >= db->maxq)
		return -1;
	pgpool_query_sql(db->pool, sql, n, vals, cb, arg);
	return 0;
}
