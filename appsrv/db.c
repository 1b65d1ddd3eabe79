/*
 * db.c - appsrv's database: its statements (sql.c) on the common pool
 * (common/pgconn.c), conf.db.pool connections plus one that LISTENs on
 * gf_terminal and gf_bank for the registries.
 *
 * What is appsrv's own is in sql.c: which statements are batched (the
 * PAYMENT claim, over arrays: one call and one commit for the claims that
 * queued behind one another) and which are grouped (the outcomes tx_ok and
 * tx_failed: one commit for those that queued), and which are dated.  The
 * pool runs them; bench/appsrv measures what they save.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#include "appsrv.h"
#include "log.h"
#include "money.h"
#include "pgconn.h"

#define DB_DEADLINE_MS	60000	/* a query queued or at the server */

struct db {
	struct appsrv	*as;
	struct pgpool	*pool;
	struct pg_stmt	 stmts[SQL__COUNT];
	int		 ready;		/* a connection was ready once */
};

int
db_ok(PGresult *res, ExecStatusType want)
{
	return pg_ok(res, want);
}

static void
db_ready_cb(void *arg)
{
	struct db	*db = arg;

	if (db->ready)
		return;
	db->ready = 1;
	appsrv_db_ready(db->as);
}

/* gf_terminal: a terminal changed; gf_bank: a bank (NULL: LISTEN issued
 * again, anything may have changed meanwhile). */
static void
db_notify_cb(const char *channel, const char *extra, void *arg)
{
	struct db	*db = arg;

	if (channel == NULL || strcmp(channel, "gf_terminal") == 0)
		registry_changed(db->as, channel ? extra : "");
	if (channel == NULL || strcmp(channel, "gf_bank") == 0)
		bank_changed(db->as, channel ? extra : "");
}

void
db_query(struct appsrv *as, int stmt, int n, const char *const *vals,
    const int *lens, const int *fmts, db_cb cb, void *arg)
{
	pgpool_query(as->db->pool, stmt, n, vals, lens, fmts, cb, arg);
}

void
db_query_dated(struct appsrv *as, int stmt, const char *date, int n,
    const char *const *vals, const int *lens, const int *fmts, db_cb cb,
    void *arg)
{
	pgpool_query_dated(as->db->pool, stmt, date, n, vals, lens, fmts, cb,
	    arg);
}

int
db_init(struct appsrv *as)
{
	struct pgpool_conf	 pc;
	struct db		*db;
	char			*dsn;
	int			 i;

	db = xcalloc(1, sizeof(*db));
	db->as = as;
	as->db = db;
	for (i = 0; i < SQL__COUNT; i++) {
		db->stmts[i].name = sql_defs[i].name;
		db->stmts[i].text = sql_defs[i].text;
		db->stmts[i].nparams = sql_defs[i].nparams;
		db->stmts[i].dated = sql_defs[i].dated;
		db->stmts[i].batch = sql_defs[i].batch;
		db->stmts[i].group = sql_defs[i].group;
	}
	dsn = conf_db_dsn(&as->conf, NULL);
	memset(&pc, 0, sizeof(pc));
	pc.dsn = dsn;
	/* Named, so that pg_stat_activity (and the benchmark) can tell
	 * appsrv's backends from the others'. */
	pc.appname = "appsrv";
	pc.nconns = as->conf.db.pool > 0 ? as->conf.db.pool : 4;
	pc.depth = 8;
	pc.queue_max = 20000;
	pc.deadline_ms = DB_DEADLINE_MS;
	pc.stmts = db->stmts;
	pc.nstmts = SQL__COUNT;
	pc.listen = "gf_terminal";
	pc.listen2 = "gf_bank";
	pc.notify2 = db_notify_cb;
	pc.ready = db_ready_cb;
	pc.arg = db;
	db->pool = pgpool_new(as->base, &pc);
	free(dsn);
	return 0;
}

void
db_free(struct appsrv *as)
{
	struct db	*db = as->db;

	if (db == NULL)
		return;
	pgpool_free(db->pool);
	free(db);
	as->db = NULL;
}

/*
 * The database was out of reach while an outcome was to be recorded
 * (common/money.h, MONEY_RECORD_WAIT_MS): 0 if cb(arg) is to run again in
 * MONEY_RECORD_RETRY_MS (*ev made once, *until set on the first call), -1
 * once the wait is over.
 */
int
db_wait_retry(struct appsrv *as, struct event **ev, int64_t *until,
    event_callback_fn cb, void *arg)
{
	struct timeval	 tv = { MONEY_RECORD_RETRY_MS / 1000,
			    (MONEY_RECORD_RETRY_MS % 1000) * 1000 };

	if (*until == 0)
		*until = mono_ms() + MONEY_RECORD_WAIT_MS;
	if (mono_ms() >= *until)
		return -1;
	if (*ev == NULL && (*ev = evtimer_new(as->base, cb, arg)) == NULL)
		return -1;
	evtimer_add(*ev, &tv);
	return 0;
}
