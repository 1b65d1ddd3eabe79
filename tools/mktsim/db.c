/*
 * db.c - the simulator's database: `init` (create the database, bring it
 * up to the embedded schema with common/migrate.h), `seed`, `customers`,
 * and the asynchronous pool that runs one mk_handle() call per request.
 *
 * Pool: n connections of the common pool (common/pgconn.c: connected
 * without blocking, mk_handle and mk_handle_group prepared on connect), one
 * call in flight on each.  Jobs wait here, in FIFO order, while every
 * connection is busy, and go when the pool has room.
 *
 * Requests that name a customer (1001, 1002, 1004, 1005) and queued while
 * every connection was busy go to the next free one together, up to
 * MK_GROUP_MAX: one mk_handle_group() call, one transaction and one commit
 * (sql/fn/dispatch.sql); each is answered as it would be alone.  If the call
 * fails, nothing of it was committed and each runs again alone.
 *
 * The queue is strictly FIFO, groups included: a group is the run of
 * groupable requests at the head of the queue, so no request is ever
 * overtaken.  The requests of a failed group go back to the head, and run
 * one by one before any request that queued after them.  (A group used to
 * gather groupable requests from anywhere in the queue, so a steady supply
 * of new ones could hold the put-back requests, and any 1003 or 1006,
 * back without end; MI1 §5 clients settle those as unknown meanwhile.)
 *
 * A business refusal (mk_fail) is an error of SQLSTATE MK000 whose message
 * is the rspcode and whose detail the rspmsg: it ends the call and rolls
 * back its transaction.  A request alone is answered with that code; a
 * group is run again, each request alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "log.h"
#include "migrate.h"
#include "mktsim.h"
#include "pgconn.h"
#include "util.h"

#define MK_GROUP_MAX	16
/* Serialises concurrent inits (an arbitrary constant). */
#define MK_MIGRATE_LOCK	7101L

/* sql/ compiled in (embed_sql.cmake). */
extern const struct migrate_text mk_schema[];

PGconn *
mk_db_open(const char *dsn)
{
	PGconn	*pg;
	char	 err[256];

	if ((pg = pg_connect_blocking(dsn, "mktsim", err, sizeof(err))) ==
	    NULL) {
		log_warnx("db=connect err=\"%s\"", err);
		return NULL;
	}
	/* Business dates are passed in; keep the session quiet. */
	PQclear(PQexec(pg, "SET client_min_messages = warning"));
	return pg;
}

static int
mk_db_exec(PGconn *pg, const char *sql, int nparams, const char *const *p)
{
	PGresult	*res;
	int		 rv = 0;

	/* Without parameters: the simple protocol, several statements allowed. */
	res = nparams == 0 ? PQexec(pg, sql) :
	    PQexecParams(pg, sql, nparams, NULL, p, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK &&
	    PQresultStatus(res) != PGRES_TUPLES_OK) {
		log_warnx("db=exec err=\"%s\"", PQresultErrorMessage(res));
		fprintf(stderr, "mktsim: %s", PQresultErrorMessage(res));
		rv = -1;
	}
	PQclear(res);
	return rv;
}

/* Create conf.mktsim.dbname when missing, via the "postgres" database. */
static int
mk_db_create(struct mk_ctx *ctx)
{
	const char	*p[1] = { ctx->conf.mktsim.dbname };
	PGconn		*pg;
	PGresult	*res;
	char		*dsn, *ident = NULL, sql[512];
	int		 exists, rv = -1;

	dsn = conf_db_dsn(&ctx->conf, "postgres");
	pg = mk_db_open(dsn);
	free(dsn);
	if (pg == NULL) {
		fprintf(stderr, "mktsim: cannot connect to database postgres\n");
		return -1;
	}
	res = PQexecParams(pg, "SELECT 1 FROM pg_database WHERE datname = $1",
	    1, NULL, p, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		PQclear(res);
		goto fail;
	}
	exists = PQntuples(res) > 0;
	PQclear(res);
	if (!exists) {
		ident = PQescapeIdentifier(pg, p[0], strlen(p[0]));
		if (ident == NULL)
			goto fail;
		snprintf(sql, sizeof(sql), "CREATE DATABASE %s", ident);
		/* Two concurrent inits: the loser's "already exists" is fine. */
		res = PQexec(pg, sql);
		if (PQresultStatus(res) != PGRES_COMMAND_OK &&
		    strstr(PQresultErrorMessage(res), "already exists") == NULL) {
			fprintf(stderr, "mktsim: %s", PQresultErrorMessage(res));
			PQclear(res);
			goto fail;
		}
		PQclear(res);
		log_info("db=created name=%s", p[0]);
	}
	rv = 0;
fail:
	if (ident != NULL)
		PQfreemem(ident);
	PQfinish(pg);
	return rv;
}

int
mk_db_init(struct mk_ctx *ctx)
{
	struct migrate_set	 set;
	struct migrate_result	 r;
	PGconn			*pg;
	char			 err[256];
	int			 rv;

	if (migrate_set_from_texts(&set, mk_schema, err, sizeof(err)) == -1)
		fatalx("mktsim schema: %s", err);
	if (ctx->conf.mktsim.dsn[0] == '\0' && mk_db_create(ctx) == -1) {
		migrate_set_free(&set);
		return -1;
	}
	if ((pg = mk_db_open(ctx->dsn)) == NULL) {
		fprintf(stderr, "mktsim: cannot connect to %s\n",
		    ctx->conf.mktsim.dbname);
		migrate_set_free(&set);
		return -1;
	}
	rv = migrate_run(pg, &set, MK_MIGRATE_LOCK, "mktsim init", stdout, &r);
	PQfinish(pg);
	if (rv == 0)
		log_info("db=schema migrations=%zu applied=%d definitions=%zu "
		    "reapplied=%d", set.nmig, r.applied, set.nfn,
		    r.definitions);
	migrate_set_free(&set);
	return rv;
}

int
mk_db_seed(struct mk_ctx *ctx, int customers, int seed)
{
	char		 n[16], s[16], ymd[9], iso[11], hms[7];
	const char	*p[3] = { n, s, iso };
	PGconn		*pg;
	int		 rv;

	mk_today(ctx, ymd, iso, hms);
	snprintf(n, sizeof(n), "%d", customers);
	snprintf(s, sizeof(s), "%d", seed);
	if ((pg = mk_db_open(ctx->dsn)) == NULL)
		return -1;
	rv = mk_db_exec(pg, "SELECT mk_seed($1::int, $2::int, $3::date)", 3, p);
	PQfinish(pg);
	if (rv == 0)
		log_info("seed customers=%d seed=%d date=%s", customers, seed,
		    ymd);
	return rv;
}

int
mk_db_customers(struct mk_ctx *ctx, const char *kind, int limit)
{
	char		 l[16], ymd[9], iso[11], hms[7];
	const char	*p[3] = { kind, l, iso };
	PGconn		*pg;
	PGresult	*res;
	int		 i, rv = -1;

	mk_today(ctx, ymd, iso, hms);
	snprintf(l, sizeof(l), "%d", limit);
	if ((pg = mk_db_open(ctx->dsn)) == NULL)
		return -1;
	res = PQexecParams(pg, "SELECT line FROM mk_customer_list($1, $2::int, "
	    "$3::date)", 3, NULL, p, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "mktsim: %s", PQresultErrorMessage(res));
		goto fail;
	}
	for (i = 0; i < PQntuples(res); i++)
		printf("%s\n", PQgetvalue(res, i, 0));
	rv = 0;
fail:
	PQclear(res);
	PQfinish(pg);
	return rv;
}

/* ---- the asynchronous pool ---- */

#define MK_DEADLINE_MS	60000	/* a call queued or at the server */

enum { MK_HANDLE, MK_GROUP };

static const struct pg_stmt mk_stmts[] = {
	[MK_HANDLE] = { "mk_handle", "SELECT mk_handle($1, $2::json, $3::date, "
	    "$4, $5::boolean)::text", 5, 0, NULL, 0 },
	[MK_GROUP] = { "mk_handle_group", "SELECT ord, response::text FROM "
	    "mk_handle_group($1::json)", 1, 0, NULL, 0 },
};

/* One call at the database: a job, or a group of them. */
struct mk_call {
	TAILQ_ENTRY(mk_call) entry;
	struct mk_pool	*pool;
	struct mk_job	*job;
	struct mk_job	*group[MK_GROUP_MAX];
	int		 ngroup;
};

struct mk_pool {
	struct pgpool		*pg;
	TAILQ_HEAD(, mk_job)	 queue;
	TAILQ_HEAD(, mk_call)	 calls;		/* at the database */
};

static void	mk_pool_dispatch(struct mk_pool *);

/* A refusal's answer, as mk_handle() answers: {"rspcode", "rspmsg",
 * "body": null}.  NULL if res is not a refusal (or memory ran out). */
static char *
mk_refusal_json(const PGresult *res)
{
	const char	*state, *code, *msg;
	json_t		*o;
	char		*s;

	state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	code = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	msg = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
	if (state == NULL || strcmp(state, "MK000") != 0 || code == NULL)
		return NULL;
	o = json_pack("{s:s, s:s, s:n}", "rspcode", code, "rspmsg",
	    msg != NULL ? msg : "", "body");
	if (o == NULL)
		return NULL;
	s = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	return s;
}

/* A group's answer: res has a row per job, each answered from its row.  A
 * group whose call failed goes back to the head of the queue, in its
 * order, each to run alone before anything queued after it (refused: it
 * failed on a business refusal, logged at info); a group whose connection
 * broke fails: whether its commit happened is not known, so each is
 * answered 9999 (MI1 §5, an unknown outcome). */
static void
mk_group_done(struct mk_pool *p, struct mk_call *call, PGresult *res)
{
	struct mk_job	*j, **g = call->group;
	char		*refusal;
	int		 i, n = call->ngroup, ord;

	if (res == NULL) {
		for (i = 0; i < n; i++)
			g[i]->cb(g[i], NULL);
		return;
	}
	if (PQresultStatus(res) == PGRES_TUPLES_OK) {
		if (PQntuples(res) != n)
			fatalx("db=group jobs=%d rows=%d", n, PQntuples(res));
		for (i = 0; i < n; i++) {
			ord = atoi(PQgetvalue(res, i, 0));
			if (ord < 1 || ord > n || g[ord - 1] == NULL)
				fatalx("db=group jobs=%d row ord=%d", n, ord);
			j = g[ord - 1];
			g[ord - 1] = NULL;
			j->cb(j, PQgetvalue(res, i, 1));
		}
		return;
	}
	if ((refusal = mk_refusal_json(res)) != NULL)
		log_info("db=group jobs=%d retry=single cause=refusal", n);
	else {
		log_warnx("db=query err=\"%s\"", PQresultErrorMessage(res));
		log_warnx("db=group jobs=%d retry=single", n);
	}
	free(refusal);
	for (i = n - 1; i >= 0; i--) {
		g[i]->single = 1;
		TAILQ_INSERT_HEAD(&p->queue, g[i], entry);
	}
}

static void
mk_job_done(struct mk_call *call, PGresult *res)
{
	struct mk_job	*j = call->job;
	char		*refusal;

	if (res == NULL) {
		j->cb(j, NULL);
		return;
	}
	if (PQresultStatus(res) == PGRES_TUPLES_OK) {
		j->cb(j, PQntuples(res) == 1 ? PQgetvalue(res, 0, 0) : NULL);
		return;
	}
	if ((refusal = mk_refusal_json(res)) != NULL) {
		j->cb(j, refusal);
		free(refusal);
		return;
	}
	log_warnx("db=query err=\"%s\"", PQresultErrorMessage(res));
	j->cb(j, NULL);
}

static void
mk_call_cb(PGresult *res, void *arg)
{
	struct mk_call	*call = arg;
	struct mk_pool	*p = call->pool;

	TAILQ_REMOVE(&p->calls, call, entry);
	if (call->ngroup > 0)
		mk_group_done(p, call, res);
	else
		mk_job_done(call, res);
	free(call);
	mk_pool_dispatch(p);
}

static void
mk_pool_state_cb(void *arg)
{
	mk_pool_dispatch(arg);
}

struct mk_pool *
mk_pool_new(struct event_base *base, const char *dsn, int n)
{
	struct pgpool_conf	 pc;
	struct mk_pool		*p;
	PGconn			*pg;

	/* At start, before the loop runs: say at once when the database
	 * cannot be reached. */
	if ((pg = mk_db_open(dsn)) == NULL)
		return NULL;
	PQfinish(pg);
	p = xcalloc(1, sizeof(*p));
	TAILQ_INIT(&p->queue);
	TAILQ_INIT(&p->calls);
	memset(&pc, 0, sizeof(pc));
	pc.dsn = dsn;
	pc.appname = "mktsim";
	pc.options = "-c client_min_messages=warning";
	pc.nconns = n;
	pc.depth = 1;		/* MI/1 order: one call per connection */
	pc.queue_max = 20000;
	pc.deadline_ms = MK_DEADLINE_MS;
	pc.stmts = mk_stmts;
	pc.nstmts = (int)(sizeof(mk_stmts) / sizeof(mk_stmts[0]));
	pc.ready = mk_pool_state_cb;
	pc.down = mk_pool_state_cb;
	pc.arg = p;
	p->pg = pgpool_new(base, &pc);
	return p;
}

void
mk_pool_free(struct mk_pool *p)
{
	struct mk_call	*call;
	struct mk_job	*j;
	int		 i;

	if (p == NULL)
		return;
	pgpool_free(p->pg);	/* no callback runs any more */
	while ((call = TAILQ_FIRST(&p->calls)) != NULL) {
		TAILQ_REMOVE(&p->calls, call, entry);
		if (call->job != NULL)
			call->job->cb(call->job, NULL);
		for (i = 0; i < call->ngroup; i++)
			call->group[i]->cb(call->group[i], NULL);
		free(call);
	}
	while ((j = TAILQ_FIRST(&p->queue)) != NULL) {
		TAILQ_REMOVE(&p->queue, j, entry);
		j->cb(j, NULL);
	}
	free(p);
}

/* A request mk_handle_group() may take: one that names a customer. */
static int
mk_groupable(const struct mk_job *j)
{
	return !j->single && (strcmp(j->trcode, "1001") == 0 ||
	    strcmp(j->trcode, "1002") == 0 || strcmp(j->trcode, "1004") == 0 ||
	    strcmp(j->trcode, "1005") == 0);
}

static struct mk_call *
mk_call_new(struct mk_pool *p)
{
	struct mk_call	*call = xcalloc(1, sizeof(*call));

	call->pool = p;
	TAILQ_INSERT_TAIL(&p->calls, call, entry);
	return call;
}

/* When the first two jobs of the queue are groupable, take the run of
 * groupable jobs at its head (up to MK_GROUP_MAX) and send them as one
 * mk_handle_group() call: 0.  -1 otherwise (nothing taken: the head goes
 * alone).  Only the head's run, so that the queue stays FIFO. */
static int
mk_send_group(struct mk_pool *p)
{
	struct mk_call	*call;
	struct mk_job	*j;
	struct gbuf	 b;
	const char	*param;
	char		 head[96];

	j = TAILQ_FIRST(&p->queue);
	if (j == NULL || !mk_groupable(j) || TAILQ_NEXT(j, entry) == NULL ||
	    !mk_groupable(TAILQ_NEXT(j, entry)))
		return -1;
	call = mk_call_new(p);
	gbuf_init(&b);
	gbuf_add_u8(&b, '[');
	while ((j = TAILQ_FIRST(&p->queue)) != NULL && mk_groupable(j) &&
	    call->ngroup < MK_GROUP_MAX) {
		TAILQ_REMOVE(&p->queue, j, entry);
		call->group[call->ngroup++] = j;
		/* trcode, today and time have fixed forms; the body is JSON
		 * made by json_dumps. */
		snprintf(head, sizeof(head), "%s{\"t\":\"%s\",\"d\":\"%s\","
		    "\"h\":\"%s\",\"o\":%s,\"b\":", call->ngroup > 1 ? "," : "",
		    j->trcode, j->today, j->time, j->omit ? "true" : "false");
		gbuf_add(&b, head, strlen(head));
		gbuf_add(&b, j->body_json, strlen(j->body_json));
		gbuf_add_u8(&b, '}');
	}
	gbuf_add(&b, "]", 2);
	param = (const char *)b.data;
	pgpool_query(p->pg, MK_GROUP, 1, &param, NULL, NULL, mk_call_cb, call);
	gbuf_free(&b);
	return 0;
}

static void
mk_pool_dispatch(struct mk_pool *p)
{
	struct mk_call	*call;
	struct mk_job	*j;
	const char	*params[5];

	while (!TAILQ_EMPTY(&p->queue) && pgpool_room(p->pg)) {
		if (mk_send_group(p) == 0)
			continue;
		j = TAILQ_FIRST(&p->queue);
		TAILQ_REMOVE(&p->queue, j, entry);
		call = mk_call_new(p);
		call->job = j;
		params[0] = j->trcode;
		params[1] = j->body_json;
		params[2] = j->today;
		params[3] = j->time;
		params[4] = j->omit ? "true" : "false";
		pgpool_query(p->pg, MK_HANDLE, 5, params, NULL, NULL,
		    mk_call_cb, call);
	}
	/* The database is gone: answer (9999) rather than queue forever. */
	if (!pgpool_up(p->pg))
		while ((j = TAILQ_FIRST(&p->queue)) != NULL) {
			TAILQ_REMOVE(&p->queue, j, entry);
			j->cb(j, NULL);
		}
}

void
mk_pool_submit(struct mk_pool *p, struct mk_job *j)
{
	TAILQ_INSERT_TAIL(&p->queue, j, entry);
	mk_pool_dispatch(p);
}

/* Jobs queued or running, orphans included: what a drain waits for. */
int
mk_pool_busy(const struct mk_pool *p)
{
	const struct mk_job	*j;
	const struct mk_call	*call;
	int			 n = 0;

	if (p == NULL)
		return 0;
	TAILQ_FOREACH(j, &p->queue, entry)
		n++;
	TAILQ_FOREACH(call, &p->calls, entry)
		n += call->job != NULL ? 1 : call->ngroup;
	return n;
}
