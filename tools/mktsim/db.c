/*
 * db.c - the simulator's database: `init` (create the database, bring it
 * up to the embedded schema with common/migrate.h), `seed`, `customers`,
 * and the asynchronous pool that runs one mk_handle() call per request.
 *
 * Pool: n connections, each with a read event on its socket.  A job goes
 * to a free connection with PQsendQueryPrepared (libpq stays in blocking
 * mode for the send, which for a one-line call on a local socket does not
 * wait in practice); the result is read without blocking through
 * PQconsumeInput/PQisBusy when the socket is readable.  Jobs wait in FIFO
 * order when every connection is busy.
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

	pg = PQconnectdb(dsn);
	if (PQstatus(pg) != CONNECTION_OK) {
		log_warnx("db=connect err=\"%s\"", PQerrorMessage(pg));
		PQfinish(pg);
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

struct mk_pgconn {
	struct mk_pool	*pool;
	PGconn		*pg;
	struct event	*ev;
	struct mk_job	*job;		/* in flight, or NULL */
	struct mk_job	*group[MK_GROUP_MAX];	/* or these (ngroup > 0) */
	int		 ngroup;
};

struct mk_pool {
	struct event_base	*base;
	char			*dsn;
	int			 n;
	struct mk_pgconn	*conns;
	TAILQ_HEAD(, mk_job)	 queue;
};

#define MK_HANDLE_STMT	"mk_handle"
#define MK_HANDLE_SQL	"SELECT mk_handle($1, $2::json, $3::date, $4, " \
			"$5::boolean)::text"
#define MK_GROUP_STMT	"mk_handle_group"
#define MK_GROUP_SQL	"SELECT ord, response::text FROM mk_handle_group($1::json)"

static void	mk_pool_read_cb(evutil_socket_t, short, void *);
static void	mk_pool_dispatch(struct mk_pool *);

static int
mk_pgconn_open(struct mk_pgconn *c)
{
	PGresult	*res;

	if ((c->pg = mk_db_open(c->pool->dsn)) == NULL)
		return -1;
	/* Prepared once per connection: a request is then bound and run,
	 * not parsed and planned again (measured under bench/appsrv). */
	res = PQprepare(c->pg, MK_HANDLE_STMT, MK_HANDLE_SQL, 5, NULL);
	if (PQresultStatus(res) == PGRES_COMMAND_OK) {
		PQclear(res);
		res = PQprepare(c->pg, MK_GROUP_STMT, MK_GROUP_SQL, 1, NULL);
	}
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		log_warnx("db=prepare err=\"%s\"", PQresultErrorMessage(res));
		PQclear(res);
		PQfinish(c->pg);
		c->pg = NULL;
		return -1;
	}
	PQclear(res);
	c->ev = event_new(c->pool->base, PQsocket(c->pg), EV_READ | EV_PERSIST,
	    mk_pool_read_cb, c);
	if (c->ev == NULL || event_add(c->ev, NULL) == -1)
		fatalx("db=pool event setup failed");
	return 0;
}

static void
mk_pgconn_close(struct mk_pgconn *c)
{
	if (c->ev != NULL)
		event_free(c->ev);
	c->ev = NULL;
	if (c->pg != NULL)
		PQfinish(c->pg);
	c->pg = NULL;
}

struct mk_pool *
mk_pool_new(struct event_base *base, const char *dsn, int n)
{
	struct mk_pool	*p;
	int		 i;

	p = xcalloc(1, sizeof(*p));
	p->base = base;
	p->dsn = xstrdup(dsn);
	p->n = n;
	p->conns = xcalloc((size_t)n, sizeof(*p->conns));
	TAILQ_INIT(&p->queue);
	for (i = 0; i < n; i++) {
		p->conns[i].pool = p;
		if (mk_pgconn_open(&p->conns[i]) == -1) {
			mk_pool_free(p);
			return NULL;
		}
	}
	return p;
}

void
mk_pool_free(struct mk_pool *p)
{
	struct mk_job	*j;
	int		 i;

	if (p == NULL)
		return;
	for (i = 0; i < p->n; i++) {
		if (p->conns[i].job != NULL)
			p->conns[i].job->cb(p->conns[i].job, NULL);
		while (p->conns[i].ngroup > 0) {
			j = p->conns[i].group[--p->conns[i].ngroup];
			j->cb(j, NULL);
		}
		mk_pgconn_close(&p->conns[i]);
	}
	while ((j = TAILQ_FIRST(&p->queue)) != NULL) {
		TAILQ_REMOVE(&p->queue, j, entry);
		j->cb(j, NULL);
	}
	free(p->conns);
	free(p->dsn);
	free(p);
}

/* Finish c's job with result (NULL = failure) and take the next one.  A
 * group with a result (res) answers each of its jobs from its row; a group
 * whose call failed goes back to the head of the queue, in its order, each
 * to run alone before anything queued after it (refused: it failed on a
 * business refusal, logged at info); a group on a broken connection fails:
 * whether its commit happened is not known, so each is answered 9999
 * (MI1 §5, an unknown outcome). */
static void
mk_pgconn_done(struct mk_pgconn *c, const char *result, PGresult *res,
    int refused)
{
	struct mk_pool	*p = c->pool;
	struct mk_job	*j = c->job, *g[MK_GROUP_MAX];
	int		 i, n = c->ngroup, ord;

	c->job = NULL;
	c->ngroup = 0;
	memcpy(g, c->group, sizeof(g));
	if (j != NULL)
		j->cb(j, result);
	if (n > 0 && res != NULL && PQntuples(res) != n)
		fatalx("db=group jobs=%d rows=%d", n, PQntuples(res));
	if (n > 0 && res != NULL) {
		for (i = 0; i < n; i++) {
			ord = atoi(PQgetvalue(res, i, 0));
			if (ord < 1 || ord > n || g[ord - 1] == NULL)
				fatalx("db=group jobs=%d row ord=%d", n, ord);
			j = g[ord - 1];
			g[ord - 1] = NULL;
			j->cb(j, PQgetvalue(res, i, 1));
		}
	} else if (n > 0 && c->pg != NULL && PQstatus(c->pg) == CONNECTION_OK) {
		if (refused)
			log_info("db=group jobs=%d retry=single cause=refusal",
			    n);
		else
			log_warnx("db=group jobs=%d retry=single", n);
		for (i = n - 1; i >= 0; i--) {
			g[i]->single = 1;
			TAILQ_INSERT_HEAD(&p->queue, g[i], entry);
		}
	} else {
		for (i = 0; i < n; i++)
			g[i]->cb(g[i], NULL);
	}
	mk_pool_dispatch(p);
}

/* A broken connection: fail its job, reconnect (blocking; rare). */
static void
mk_pgconn_broken(struct mk_pgconn *c)
{
	log_warnx("db=pool conn=broken err=\"%s\"",
	    c->pg != NULL ? PQerrorMessage(c->pg) : "");
	mk_pgconn_close(c);
	mk_pgconn_done(c, NULL, NULL, 0);	/* fails a group: c->pg is NULL */
	if (c->pg == NULL && mk_pgconn_open(c) == -1)
		log_warnx("db=pool reconnect=failed");
}

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

static void
mk_pool_read_cb(evutil_socket_t fd, short what, void *arg)
{
	struct mk_pgconn	*c = arg;
	PGresult		*res, *keep = NULL;
	char			*refusal = NULL;
	int			 failed = 0;

	(void)fd;
	(void)what;
	if (PQconsumeInput(c->pg) == 0) {
		mk_pgconn_broken(c);
		return;
	}
	if (PQisBusy(c->pg))
		return;
	while ((res = PQgetResult(c->pg)) != NULL) {
		if (PQresultStatus(res) == PGRES_TUPLES_OK && keep == NULL) {
			keep = res;
			continue;
		}
		if (PQresultStatus(res) != PGRES_TUPLES_OK) {
			failed = 1;
			if (refusal == NULL)
				refusal = mk_refusal_json(res);
			if (refusal == NULL)
				log_warnx("db=query err=\"%s\"",
				    PQresultErrorMessage(res));
		}
		PQclear(res);
	}
	if (PQstatus(c->pg) == CONNECTION_BAD) {
		PQclear(keep);
		free(refusal);
		mk_pgconn_broken(c);
		return;
	}
	if (failed) {
		PQclear(keep);
		keep = NULL;
	}
	if (c->ngroup > 0)
		mk_pgconn_done(c, NULL, keep, refusal != NULL);
	else if (c->job != NULL && refusal != NULL)
		mk_pgconn_done(c, refusal, NULL, 1);
	else if (c->job != NULL)
		mk_pgconn_done(c, keep != NULL && PQntuples(keep) == 1 ?
		    PQgetvalue(keep, 0, 0) : NULL, NULL, 0);
	/* else a notice or stray input with nothing in flight */
	PQclear(keep);
	free(refusal);
}

/* A request mk_handle_group() may take: one that names a customer. */
static int
mk_groupable(const struct mk_job *j)
{
	return !j->single && (strcmp(j->trcode, "1001") == 0 ||
	    strcmp(j->trcode, "1002") == 0 || strcmp(j->trcode, "1004") == 0 ||
	    strcmp(j->trcode, "1005") == 0);
}

/* When the first two jobs of the queue are groupable, take the run of
 * groupable jobs at its head (up to MK_GROUP_MAX) into c->group and send
 * them as one mk_handle_group() call: 0.  -1 otherwise (nothing taken: the
 * head goes alone).  Only the head's run, so that the queue stays FIFO. */
static int
mk_send_group(struct mk_pgconn *c)
{
	struct mk_pool	*p = c->pool;
	struct mk_job	*j;
	struct gbuf	 b;
	const char	*param;
	char		 head[96];
	int		 sent;

	j = TAILQ_FIRST(&p->queue);
	if (j == NULL || !mk_groupable(j) || TAILQ_NEXT(j, entry) == NULL ||
	    !mk_groupable(TAILQ_NEXT(j, entry)))
		return -1;
	gbuf_init(&b);
	gbuf_add_u8(&b, '[');
	while ((j = TAILQ_FIRST(&p->queue)) != NULL && mk_groupable(j) &&
	    c->ngroup < MK_GROUP_MAX) {
		TAILQ_REMOVE(&p->queue, j, entry);
		c->group[c->ngroup++] = j;
		/* trcode, today and time have fixed forms; the body is JSON
		 * made by json_dumps. */
		snprintf(head, sizeof(head), "%s{\"t\":\"%s\",\"d\":\"%s\","
		    "\"h\":\"%s\",\"o\":%s,\"b\":", c->ngroup > 1 ? "," : "",
		    j->trcode, j->today, j->time, j->omit ? "true" : "false");
		gbuf_add(&b, head, strlen(head));
		gbuf_add(&b, j->body_json, strlen(j->body_json));
		gbuf_add_u8(&b, '}');
	}
	gbuf_add(&b, "]", 2);
	param = (const char *)b.data;
	sent = PQsendQueryPrepared(c->pg, MK_GROUP_STMT, 1, &param, NULL, NULL,
	    0);
	gbuf_free(&b);
	if (!sent)
		mk_pgconn_broken(c);
	return 0;
}

static void
mk_pool_dispatch(struct mk_pool *p)
{
	struct mk_pgconn	*c;
	struct mk_job		*j;
	const char		*params[5];
	int			 i, alive = 0;

	for (i = 0; i < p->n && !TAILQ_EMPTY(&p->queue); i++) {
		c = &p->conns[i];
		if (c->pg == NULL && mk_pgconn_open(c) == -1)
			continue;
		alive++;
		if (c->job != NULL || c->ngroup > 0)
			continue;
		if (mk_send_group(c) == 0)
			continue;
		j = TAILQ_FIRST(&p->queue);
		TAILQ_REMOVE(&p->queue, j, entry);
		params[0] = j->trcode;
		params[1] = j->body_json;
		params[2] = j->today;
		params[3] = j->time;
		params[4] = j->omit ? "true" : "false";
		c->job = j;
		if (PQsendQueryPrepared(c->pg, MK_HANDLE_STMT, 5, params, NULL,
		    NULL, 0) == 0) {
			mk_pgconn_broken(c);
			return;
		}
	}
	/* The database is gone: answer (9999) rather than queue forever. */
	if (alive == 0)
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
	int			 i, n = 0;

	if (p == NULL)
		return 0;
	TAILQ_FOREACH(j, &p->queue, entry)
		n++;
	for (i = 0; i < p->n; i++)
		n += (p->conns[i].job != NULL) + p->conns[i].ngroup;
	return n;
}
