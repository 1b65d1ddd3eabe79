/*
 * pgconn.c - the daemons' asynchronous libpq pool on the libevent loop.
 *
 * conf.nconns connections, each connected with PQconnectStart/Poll (its
 * socket watched by the loop, so a server that does not answer stalls
 * nothing but that connection, until connect_ms), then given every
 * statement of the daemon's table with PQsendPrepare, then put in libpq
 * pipeline mode and fed queued queries with PQsendQueryPrepared, up to
 * conf.depth in flight per connection.  Each query is followed by its own
 * sync point, so each is still its own implicit transaction (an error
 * aborts only that one), and a query's callback runs only once its sync
 * result arrived, i.e. after its commit: "recorded before answered" holds.
 * Pipelining pays when requests outnumber connections: the next queries
 * are already at the server when one finishes, instead of waiting a round
 * trip each.  Queries go to the least loaded connection, and not behind a
 * query held at the server while another connection has room.
 *
 * A statement with a batch form (pg_stmt.batch) is batched: the pool has
 * at most PG_BATCH_LANES of them in flight, and what queued meanwhile goes
 * as one call of the batch form (arrays of the parameters, one row per
 * request, one transaction), up to PG_BATCH_MAX requests with distinct
 * first parameters.  Each request's callback gets a result of its own row,
 * as if it had run alone.  If the batch fails, nothing of it was
 * committed, and each request runs again alone.
 *
 * A statement marked group is grouped the same way, one group per
 * statement in flight over the pool: what queued meanwhile (same
 * statement, same date) goes as that many executions followed by one sync
 * point, i.e. one implicit transaction and one commit for all of them.
 * Each request's callback gets its own result, after the commit.  An error
 * in one rolls back all of them: each then runs again alone.
 *
 * A dated statement is prepared on a connection when it is first run there
 * for a date, as "name_YYYYMMDD" with the date written in as a constant,
 * and the previous date's is deallocated; a statement outside the table
 * (pgpool_query_sql) is prepared the first time it runs on a connection.
 * Each such PREPARE or DEALLOCATE is a query of its own in the pipeline,
 * with its own sync, so that none can abort the query it serves.
 *
 * Nothing here blocks: sockets are non-blocking, output is flushed on
 * write events and results are read on read events.  A broken connection
 * fails every query it carried (the caller decides what an unknown outcome
 * means) and is made again after a delay that doubles from PG_RETRY_MIN to
 * PG_RETRY_MAX.  A query whose deadline passes while queued fails; one
 * whose deadline passes at the server breaks its connection (a query in a
 * pipeline cannot be taken back alone).  With every connection down,
 * queries fail at once unless conf.hold (then they wait, up to their
 * deadline).
 */
#include <sys/queue.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "pgconn.h"
#include "util.h"

#define PG_BATCH_MAX	16	/* requests in one batch */
#define PG_BATCH_SCAN	256	/* queued jobs looked at for one */
/* Batches (or groups) of one statement in flight at once, over the pool.
 * One: under a closed load of 24 terminals appsrv's claims then went 3.4
 * to a batch instead of 1.4 (with one per connection), and its database
 * CPU per payment fell by a sixth (bench/appsrv). */
#define PG_BATCH_LANES	1
#define PG_RETRY_MIN	250	/* ms before a reconnect, doubling */
/* At most a second between attempts: after a failover the new primary is
 * found within a second of its promotion (at 5 s, t_db_failover's requests
 * waited up to 5 s past it), and an attempt at a server that is down costs
 * a refused connection. */
#define PG_RETRY_MAX	1000
#define PG_SWEEP_MS	250	/* how often deadlines are looked at */
/* A connection whose oldest query has been at the server this long gets
 * new queries only when no other has room (t_bank_group: a sign-in sent
 * behind an outcome held by a lock waited as long as the lock). */
#define PG_STALL_MS	200

/* C_IDLE: ready for queries (some may be in flight, see njobs). */
enum conn_state { C_DOWN, C_CONNECTING, C_PREPARING, C_LISTENING, C_IDLE };

/* What a job sends: a statement of the table or a text, or an internal
 * PREPARE or DEALLOCATE (no caller waits for them). */
enum job_kind { J_QUERY, J_BATCH, J_GROUP, J_PREPARE, J_DEALLOCATE };

struct job {
	TAILQ_ENTRY(job) entry;
	enum job_kind	 kind;
	struct pgconn	*conn;		/* J_PREPARE: where it was sent */
	int		 stmt;		/* -1: sql */
	char		*sql;		/* a text outside the table */
	int		 slot;		/* J_PREPARE of a text: its slot */
	char		 date[9];	/* a dated statement's YYYYMMDD */
	int		 single;	/* never in a batch (one failed) */
	int64_t		 deadline;	/* mono ms, 0: none */
	int64_t		 sent;		/* mono ms it went to its connection */
	struct job	**items;	/* J_BATCH, J_GROUP: the requests */
	int		 nitems;
	PGresult	**gres;		/* J_GROUP: each request's result */
	int		 n;
	char		*vals[PG_MAX_PARAMS];
	int		 lens[PG_MAX_PARAMS];
	int		 fmts[PG_MAX_PARAMS];
	pg_cb		 cb;
	void		*arg;
};
TAILQ_HEAD(jobq, job);

struct pgconn {
	struct pgpool	*pool;
	int		 id;
	int		 listen;	/* the LISTEN connection */
	PGconn		*pg;
	enum conn_state	 state;
	int64_t		 since;		/* mono ms the connect began */
	int		 retry_ms;	/* next reconnect delay */
	struct event	*ev;		/* read (persistent once connected) */
	struct event	*wev;		/* write, while output is pending */
	struct event	*retry;
	int		 prep;		/* statements prepared so far */
	int		*nbatch;	/* per statement: batchable in flight */
	int		 gi;		/* J_GROUP: whose results are arriving */
	int		 gotres;	/* a query's result came, its NULL not */
	char		(*dated)[9];	/* per statement: date prepared for */
	char		*texts[PG_MAX_TEXTS];	/* prepared as "pgq_<i>" */
	struct jobq	 jobs;		/* in flight, in the order sent */
	int		 njobs;
	PGresult	*res;		/* first result of the oldest job */
};

struct pgpool {
	struct event_base	*base;
	struct pgpool_conf	 conf;
	char			*dsn, *appname, *options, *listen;
	struct pgconn		*conns;
	int			 nconns;
	struct pgconn		 lconn;
	struct jobq		 queue;
	int			 queued;
	struct event		*failev;	/* fails jobs from the loop */
	struct jobq		 failq;
	struct event		*sweep;
};

static void	conn_start(struct pgconn *);
static void	conn_io_cb(evutil_socket_t, short, void *);
static void	pool_kick(struct pgpool *);

int
pg_ok(const PGresult *res, ExecStatusType want)
{
	return res != NULL && PQresultStatus(res) == want;
}

int
pg_ok_any(const PGresult *res)
{
	return pg_ok(res, PGRES_COMMAND_OK) || pg_ok(res, PGRES_TUPLES_OK);
}

static PGconn *
pg_start(const char *dsn, const char *appname, const char *options,
    int blocking)
{
	const char	*keys[5], *vals[5];
	int		 n = 0;

	/* dbname with expand_dbname takes a conninfo string or a URI; the
	 * keywords after it win. */
	keys[n] = "dbname";
	vals[n++] = dsn;
	if (appname != NULL) {
		keys[n] = "application_name";
		vals[n++] = appname;
	}
	if (options != NULL) {
		keys[n] = "options";
		vals[n++] = options;
	}
	if (blocking) {
		/* A server that takes the connection and never answers
		 * must not hold a tool for ever. */
		keys[n] = "connect_timeout";
		vals[n++] = "10";
	}
	keys[n] = NULL;
	vals[n] = NULL;
	if (blocking)
		return PQconnectdbParams(keys, vals, 1);
	return PQconnectStartParams(keys, vals, 1);
}

PGconn *
pg_connect_blocking(const char *dsn, const char *appname, char *err,
    size_t errlen)
{
	PGconn	*pg = pg_start(dsn, appname, NULL, 1);

	if (pg == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if (PQstatus(pg) != CONNECTION_OK) {
		snprintf(err, errlen, "%s", PQerrorMessage(pg));
		err[strcspn(err, "\n")] = '\0';
		PQfinish(pg);
		return NULL;
	}
	return pg;
}

static const struct pg_stmt *
job_def(const struct pgpool *p, const struct job *j)
{
	return &p->conf.stmts[j->stmt];
}

static void
job_free(struct job *j)
{
	int	i;

	for (i = 0; i < j->n; i++)
		free(j->vals[i]);
	for (i = 0; i < j->nitems; i++) {
		job_free(j->items[i]);
		if (j->gres != NULL)
			PQclear(j->gres[i]);
	}
	free(j->items);
	free(j->gres);
	free(j->sql);
	free(j);
}

static int
job_batchable(const struct pgpool *p, const struct job *j)
{
	return j->kind == J_QUERY && j->stmt >= 0 && !j->single &&
	    (job_def(p, j)->batch != NULL || job_def(p, j)->group);
}

/* Counted in nbatch while in flight. */
static int
job_lane(const struct pgpool *p, const struct job *j)
{
	return j->kind == J_BATCH || j->kind == J_GROUP || job_batchable(p, j);
}

/* Row i of a batch's result, as a result of its own. */
static PGresult *
row_result(PGresult *res, int i)
{
	PGresult	*r;
	int		 col;

	if ((r = PQcopyResult(res, PG_COPYRES_ATTRS)) == NULL)
		fatalx("pg: out of memory");
	for (col = 0; col < PQnfields(res); col++)
		if (!PQsetvalue(r, 0, col, PQgetisnull(res, i, col) ? NULL :
		    PQgetvalue(res, i, col), PQgetisnull(res, i, col) ? -1 :
		    PQgetlength(res, i, col)))
			fatalx("pg: out of memory");
	return r;
}

/* A batch or group was rolled back as a whole (kind names it in the log):
 * each of its requests runs again, alone, first. */
static void
retry_single(struct pgpool *p, struct job *b, const char *kind,
    const char *msg)
{
	int	i;

	log_warnx("db=%s stmt=%s items=%d error=\"%s\" retry=single", kind,
	    job_def(p, b)->name, b->nitems, msg ? msg : "?");
	for (i = b->nitems - 1; i >= 0; i--) {
		b->items[i]->single = 1;
		TAILQ_INSERT_HEAD(&p->queue, b->items[i], entry);
		p->queued++;
	}
	b->nitems = 0;
	pool_kick(p);
}

static void
batch_done(struct pgpool *p, struct job *b, PGresult *res)
{
	PGresult	*r;
	int		 i;

	if (res == NULL) {
		/* Committed or not, unknown: as for a single query. */
		for (i = 0; i < b->nitems; i++)
			b->items[i]->cb(NULL, b->items[i]->arg);
	} else if (PQresultStatus(res) == PGRES_TUPLES_OK) {
		if (PQntuples(res) != b->nitems)
			fatalx("pg: batch %s of %d gave %d rows",
			    job_def(p, b)->name, b->nitems, PQntuples(res));
		for (i = 0; i < b->nitems; i++) {
			r = row_result(res, i);
			b->items[i]->cb(r, b->items[i]->arg);
			PQclear(r);
		}
	} else {
		retry_single(p, b, "batch",
		    PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
		return;
	}
	for (i = 0; i < b->nitems; i++)
		job_free(b->items[i]);
	b->nitems = 0;
}

/* A group's sync arrived (synced), or its connection broke. */
static void
group_done(struct pgpool *p, struct job *g, int synced)
{
	const char	*msg = NULL;
	int		 i, n, ok = 1;

	for (i = 0; synced && i < g->nitems; i++)
		if (!pg_ok(g->gres[i], PGRES_TUPLES_OK)) {
			ok = 0;
			if (msg == NULL && g->gres[i] != NULL &&
			    PQresultStatus(g->gres[i]) == PGRES_FATAL_ERROR)
				msg = PQresultErrorField(g->gres[i],
				    PG_DIAG_MESSAGE_PRIMARY);
		}
	if (synced && !ok) {
		n = g->nitems;
		retry_single(p, g, "group", msg);	/* msg is in gres */
		for (i = 0; i < n; i++) {
			PQclear(g->gres[i]);
			g->gres[i] = NULL;
		}
		return;
	}
	/* Committed, or (the connection broke) unknown: as for one query. */
	for (i = 0; i < g->nitems; i++)
		g->items[i]->cb(synced ? g->gres[i] : NULL, g->items[i]->arg);
}

static void
job_done(struct pgpool *p, struct job *j, PGresult *res)
{
	struct pgconn	*c = j->conn;

	switch (j->kind) {
	case J_QUERY:
		j->cb(res, j->arg);
		break;
	case J_BATCH:
		batch_done(p, j, res);
		break;
	case J_GROUP:		/* here only when the connection broke */
		group_done(p, j, 0);
		break;
	case J_PREPARE:
		if (res != NULL && !pg_ok(res, PGRES_COMMAND_OK)) {
			/* The query it serves fails too ("does not exist");
			 * the next one tries again. */
			log_warnx("db=prepare stmt=%s error=\"%s\"", j->vals[0],
			    PQresultErrorMessage(res));
			if (c != NULL && j->stmt >= 0)
				c->dated[j->stmt][0] = '\0';
			else if (c != NULL && c->texts[j->slot] != NULL) {
				free(c->texts[j->slot]);
				c->texts[j->slot] = NULL;
			}
		}
		break;
	case J_DEALLOCATE:
		if (res != NULL && !pg_ok(res, PGRES_COMMAND_OK))
			log_warnx("db=deallocate error=\"%s\"",
			    PQresultErrorMessage(res));
		break;
	}
	job_free(j);
}

static void
conn_clear_events(struct pgconn *c)
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
	conn_start(arg);
}

static void
conn_forget_prepared(struct pgconn *c)
{
	int	i;

	memset(c->dated, 0, sizeof(*c->dated) *
	    (size_t)(c->pool->conf.nstmts > 0 ? c->pool->conf.nstmts : 1));
	for (i = 0; i < PG_MAX_TEXTS; i++) {
		free(c->texts[i]);
		c->texts[i] = NULL;
	}
}

/* The connection broke: fail its queries, schedule a reconnect. */
static void
conn_down(struct pgconn *c, const char *why)
{
	struct pgpool	*p = c->pool;
	struct timeval	 tv;
	char		 msg[256];

	snprintf(msg, sizeof(msg), "%s", why ? why : "?");
	msg[strcspn(msg, "\n")] = '\0';
	if (c->state == C_IDLE || c->state == C_LISTENING)
		log_warnx("db=down conn=%d reason=\"%s\"", c->id, msg);
	else
		log_debug("db=connect conn=%d reason=\"%s\" retry_ms=%d",
		    c->id, msg, c->retry_ms);
	conn_clear_events(c);
	if (c->pg) {
		PQfinish(c->pg);
		c->pg = NULL;
	}
	if (c->res) {
		PQclear(c->res);
		c->res = NULL;
	}
	c->state = C_DOWN;
	memset(c->nbatch, 0, sizeof(*c->nbatch) *
	    (size_t)(p->conf.nstmts > 0 ? p->conf.nstmts : 1));
	c->gi = c->gotres = 0;
	conn_forget_prepared(c);
	/* Their outcome is unknown to us: each caller decides, from the
	 * loop (never inside the call that found the connection broken). */
	if (!TAILQ_EMPTY(&c->jobs)) {
		TAILQ_CONCAT(&p->failq, &c->jobs, entry);
		event_active(p->failev, EV_TIMEOUT, 0);
	}
	c->njobs = 0;
	tv.tv_sec = c->retry_ms / 1000;
	tv.tv_usec = (c->retry_ms % 1000) * 1000;
	evtimer_add(c->retry, &tv);
	if (c->retry_ms < PG_RETRY_MAX)
		c->retry_ms = c->retry_ms * 2 > PG_RETRY_MAX ? PG_RETRY_MAX :
		    c->retry_ms * 2;
	pool_kick(p);
	if (p->conf.down != NULL && !c->listen)
		p->conf.down(p->conf.arg);
}

static void
conn_arm(struct pgconn *c, short what, int persist)
{
	conn_clear_events(c);
	if (PQsocket(c->pg) < 0) {
		/* libpq gave up on the socket (e.g. nobody listening). */
		conn_down(c, PQerrorMessage(c->pg));
		return;
	}
	c->ev = event_new(c->pool->base, PQsocket(c->pg),
	    what | (persist ? EV_PERSIST : 0), conn_io_cb, c);
	if (c->ev == NULL || event_add(c->ev, NULL) == -1)
		fatalx("pg: event setup failed");
}

static void
conn_want_write(struct pgconn *c)
{
	if (c->wev == NULL)
		c->wev = event_new(c->pool->base, PQsocket(c->pg), EV_WRITE,
		    conn_io_cb, c);
	event_add(c->wev, NULL);
}

static void
conn_flush(struct pgconn *c)
{
	int	r = PQflush(c->pg);

	if (r == 1)
		conn_want_write(c);
	else if (r == -1)
		conn_down(c, PQerrorMessage(c->pg));
}

/* Connect-time statement i: the statements of the table (but the dated
 * ones), then the batch forms.  0 when i is not one to prepare. */
static int
prep_stmt(struct pgpool *p, int i, char *name, size_t len, const char **text)
{
	const struct pg_stmt	*d;
	int			 n = p->conf.nstmts;

	if (i < n) {
		d = &p->conf.stmts[i];
		if (d->dated)
			return 0;
		snprintf(name, len, "%s", d->name);
		*text = d->text;
		return 1;
	}
	d = &p->conf.stmts[i - n];
	if (d->batch == NULL)
		return 0;
	snprintf(name, len, "%s_n", d->name);
	*text = d->batch;
	return 1;
}

/* Prepare the next connect-time statement, or (none left) enter pipeline
 * mode: the connection is ready. */
static void
conn_prepare_next(struct pgconn *c)
{
	struct pgpool	*p = c->pool;
	const char	*text = NULL;
	char		 name[128];

	while (c->prep < 2 * p->conf.nstmts &&
	    !prep_stmt(p, c->prep, name, sizeof(name), &text))
		c->prep++;
	if (c->prep < 2 * p->conf.nstmts) {
		if (!PQsendPrepare(c->pg, name, text,
		    p->conf.stmts[c->prep % p->conf.nstmts].nparams, NULL)) {
			conn_down(c, PQerrorMessage(c->pg));
			return;
		}
		conn_flush(c);
		return;
	}
	if (!PQenterPipelineMode(c->pg)) {
		conn_down(c, PQerrorMessage(c->pg));
		return;
	}
	c->state = C_IDLE;
	c->retry_ms = PG_RETRY_MIN;
	log_info("db=up conn=%d", c->id);
	if (p->conf.ready != NULL)
		p->conf.ready(p->conf.arg);
	pool_kick(p);
}

static void
conn_connected(struct pgconn *c)
{
	struct pgpool	*p = c->pool;
	char		*ident, sql[256];

	conn_arm(c, EV_READ, 1);
	if (c->pg == NULL)
		return;
	if (c->listen) {
		ident = PQescapeIdentifier(c->pg, p->listen, strlen(p->listen));
		if (ident == NULL) {
			conn_down(c, PQerrorMessage(c->pg));
			return;
		}
		snprintf(sql, sizeof(sql), "LISTEN %s", ident);
		PQfreemem(ident);
		/* A second channel in the same message: the first result is
		 * the one kept (and checked), the second is cleared. */
		if (p->conf.listen2 != NULL) {
			ident = PQescapeIdentifier(c->pg, p->conf.listen2,
			    strlen(p->conf.listen2));
			if (ident == NULL) {
				conn_down(c, PQerrorMessage(c->pg));
				return;
			}
			snprintf(sql + strlen(sql), sizeof(sql) - strlen(sql),
			    "; LISTEN %s", ident);
			PQfreemem(ident);
		}
		if (!PQsendQuery(c->pg, sql)) {
			conn_down(c, PQerrorMessage(c->pg));
			return;
		}
		c->state = C_LISTENING;
		conn_flush(c);
		return;
	}
	c->state = C_PREPARING;
	c->prep = 0;
	conn_prepare_next(c);
}

static void
conn_connecting(struct pgconn *c)
{
	switch (PQconnectPoll(c->pg)) {
	case PGRES_POLLING_READING:
		conn_arm(c, EV_READ, 0);
		break;
	case PGRES_POLLING_WRITING:
		conn_arm(c, EV_WRITE, 0);
		break;
	case PGRES_POLLING_OK:
		if (PQsetnonblocking(c->pg, 1) == -1) {
			conn_down(c, "PQsetnonblocking failed");
			return;
		}
		conn_connected(c);
		break;
	default:
		conn_down(c, PQerrorMessage(c->pg));
		break;
	}
}

static void
conn_start(struct pgconn *c)
{
	struct pgpool	*p = c->pool;

	c->pg = pg_start(p->dsn, p->appname, p->options, 0);
	c->since = mono_ms();
	if (c->pg == NULL || PQstatus(c->pg) == CONNECTION_BAD) {
		c->state = C_CONNECTING;
		conn_down(c, c->pg ? PQerrorMessage(c->pg) : "out of memory");
		return;
	}
	c->state = C_CONNECTING;
	conn_arm(c, EV_WRITE, 0);
}

static void
conn_notifies(struct pgconn *c)
{
	struct pgpool	*p = c->pool;
	PGnotify	*n;

	while ((n = PQnotifies(c->pg)) != NULL) {
		if (p->conf.notify2 != NULL)
			p->conf.notify2(n->relname, n->extra, p->conf.arg);
		else if (p->conf.notify != NULL)
			p->conf.notify(n->extra, p->conf.arg);
		PQfreemem(n);
	}
}

/* A whole result set arrived outside pipeline mode (a PREPARE or the
 * LISTEN; PQgetResult returned NULL). */
static void
conn_result_done(struct pgconn *c)
{
	struct pgpool	*p = c->pool;
	PGresult	*res = c->res;
	const char	*name;

	c->res = NULL;
	switch (c->state) {
	case C_PREPARING:
		if (!pg_ok(res, PGRES_COMMAND_OK)) {
			name = p->conf.stmts[c->prep % p->conf.nstmts].name;
			log_warnx("db=prepare stmt=%s error=\"%s\"", name,
			    res ? PQresultErrorMessage(res) : "no result");
			PQclear(res);
			fatalx("db: cannot prepare %s (is the schema migrated?)",
			    name);
		}
		PQclear(res);
		c->prep++;
		conn_prepare_next(c);
		return;
	case C_LISTENING:
		if (!pg_ok(res, PGRES_COMMAND_OK)) {
			PQclear(res);
			conn_down(c, "LISTEN failed");
			return;
		}
		PQclear(res);
		c->state = C_IDLE;
		c->retry_ms = PG_RETRY_MIN;
		log_info("db=up conn=%d listen=%s", c->id, p->listen);
		/* Notifications may have been missed while we were away. */
		if (p->conf.notify2 != NULL)
			p->conf.notify2(NULL, "", p->conf.arg);
		else if (p->conf.notify != NULL)
			p->conf.notify("", p->conf.arg);
		return;
	default:
		PQclear(res);
		return;
	}
}

/* SQLSTATE 25006 (read_only_sql_transaction) in a job's results. */
static int
job_read_only(const struct job *j, const PGresult *res)
{
	const char	*st;
	int		 i;

	if (res != NULL && (st = PQresultErrorField(res,
	    PG_DIAG_SQLSTATE)) != NULL && strcmp(st, "25006") == 0)
		return 1;
	if (j->kind != J_GROUP)
		return 0;
	for (i = 0; i < j->nitems; i++)
		if (j->gres[i] != NULL && (st = PQresultErrorField(j->gres[i],
		    PG_DIAG_SQLSTATE)) != NULL && strcmp(st, "25006") == 0)
			return 1;
	return 0;
}

/* The oldest query's sync point arrived: it is committed (or failed), its
 * callback may run. */
static void
conn_job_synced(struct pgconn *c)
{
	struct pgpool	*p = c->pool;
	struct job	*j = TAILQ_FIRST(&c->jobs);
	PGresult	*res = c->res;

	c->res = NULL;
	if (j == NULL) {
		PQclear(res);
		conn_down(c, "pipeline out of step");
		return;
	}
	TAILQ_REMOVE(&c->jobs, j, entry);
	c->njobs--;
	if (job_lane(p, j))
		c->nbatch[j->stmt]--;
	if (job_read_only(j, res)) {
		/*
		 * The server became a standby (a failover demoted it, or the
		 * connection string reached the wrong host): drop the
		 * connection, so that the next one finds the primary
		 * (target_session_attrs=read-write).  The refused statement
		 * did nothing and fails as itself; those queued behind it on
		 * this connection fail as after a break (outcome unknown:
		 * their callers read back what was recorded).
		 */
		conn_down(c, "server is read-only (25006): reconnecting");
	}
	if (j->kind == J_GROUP) {
		PQclear(res);
		c->gi = 0;
		group_done(p, j, 1);
		job_free(j);
		return;
	}
	job_done(p, j, res);
	PQclear(res);
}

/* A result of the oldest query in flight (or of a group's current one). */
static void
conn_keep_result(struct pgconn *c, PGresult *r)
{
	struct job	*j = TAILQ_FIRST(&c->jobs);

	if (j != NULL && j->kind == J_GROUP) {
		if (c->gi >= j->nitems)
			fatalx("pg: group of %d got a result for query %d",
			    j->nitems, c->gi + 1);
		if (j->gres[c->gi] == NULL) {
			j->gres[c->gi] = r;
			return;
		}
	} else if (c->res == NULL) {
		c->res = r;
		return;
	}
	PQclear(r);
}

/* Pipeline mode: per query, its results, a NULL, then PGRES_PIPELINE_SYNC;
 * a group's queries each give results and a NULL before its one sync. */
static void
conn_read_pipeline(struct pgconn *c)
{
	PGresult	*r;
	struct job	*j;

	while (c->pg && c->njobs > 0 && !PQisBusy(c->pg)) {
		r = PQgetResult(c->pg);
		if (r == NULL) {
			/* End of a query's results; without a result before
			 * it, nothing more has come. */
			if (!c->gotres)
				break;
			c->gotres = 0;
			j = TAILQ_FIRST(&c->jobs);
			if (j != NULL && j->kind == J_GROUP)
				c->gi++;
			continue;
		}
		if (PQresultStatus(r) == PGRES_PIPELINE_SYNC) {
			PQclear(r);
			c->gotres = 0;
			conn_job_synced(c);
			continue;
		}
		c->gotres = 1;
		conn_keep_result(c, r);
	}
	if (c->pg && c->state == C_IDLE)
		pool_kick(c->pool);
}

static void
conn_read(struct pgconn *c)
{
	PGresult	*r;

	if (!PQconsumeInput(c->pg)) {
		conn_down(c, PQerrorMessage(c->pg));
		return;
	}
	if (c->listen)
		conn_notifies(c);
	if (c->state == C_IDLE && !c->listen)
		conn_read_pipeline(c);
	else
		while (c->pg && !PQisBusy(c->pg)) {
			r = PQgetResult(c->pg);
			if (r == NULL) {
				if (c->state == C_PREPARING ||
				    c->state == C_LISTENING)
					conn_result_done(c);
				break;
			}
			if (c->res == NULL)
				c->res = r;
			else
				PQclear(r);
		}
	if (c->pg && PQstatus(c->pg) == CONNECTION_BAD)
		conn_down(c, "connection lost");
}

static void
conn_io_cb(evutil_socket_t fd, short what, void *arg)
{
	struct pgconn	*c = arg;

	(void)fd;
	if (c->state == C_CONNECTING) {
		conn_connecting(c);
		return;
	}
	if (c->pg == NULL)
		return;
	if (what & EV_WRITE)
		conn_flush(c);
	if (c->pg && (what & EV_READ))
		conn_read(c);
}

static void
dated_name(char *buf, size_t len, const char *stmt, const char *date)
{
	if ((size_t)snprintf(buf, len, "%s_%s", stmt, date) >= len)
		fatalx("pg: statement name too long");
}

/* Statement stmt's text with its date marks replaced by the constant. */
static char *
dated_text(const char *t, const char *date)
{
	const char	*m;
	struct gbuf	 b;
	char		 lit[32], *s;

	snprintf(lit, sizeof(lit), "DATE '%.4s-%.2s-%.2s'", date, date + 4,
	    date + 6);
	gbuf_init(&b);
	while ((m = strstr(t, PG_DATE_MARK)) != NULL) {
		gbuf_add(&b, t, (size_t)(m - t));
		gbuf_add(&b, lit, strlen(lit));
		t = m + strlen(PG_DATE_MARK);
	}
	gbuf_add(&b, t, strlen(t) + 1);
	s = xmalloc(b.len);
	memcpy(s, b.data, b.len);
	gbuf_free(&b);
	return s;
}

/* Queue an internal job on c (in flight at once, not from the queue). */
static struct job *
conn_internal_job(struct pgconn *c, enum job_kind kind, int stmt)
{
	struct job	*j = xcalloc(1, sizeof(*j));

	j->kind = kind;
	j->conn = c;
	j->stmt = stmt;
	j->sent = mono_ms();
	TAILQ_INSERT_TAIL(&c->jobs, j, entry);
	c->njobs++;
	return j;
}

/* Make sure dated statement stmt is prepared on c for date; its name. */
static int
conn_prepare_dated(struct pgconn *c, int stmt, const char *date,
    char *name, size_t len)
{
	const struct pg_stmt	*d = &c->pool->conf.stmts[stmt];
	struct job		*j;
	char			 old[128], sql[160];

	dated_name(name, len, d->name, date);
	if (strcmp(c->dated[stmt], date) == 0)
		return 0;
	if (c->dated[stmt][0] != '\0') {
		dated_name(old, sizeof(old), d->name, c->dated[stmt]);
		snprintf(sql, sizeof(sql), "DEALLOCATE %s", old);
		conn_internal_job(c, J_DEALLOCATE, stmt);
		if (!PQsendQueryParams(c->pg, sql, 0, NULL, NULL, NULL, NULL,
		    0) || !PQpipelineSync(c->pg))
			return -1;
	}
	j = conn_internal_job(c, J_PREPARE, stmt);
	j->n = 2;
	j->vals[0] = xstrdup(name);
	j->vals[1] = dated_text(d->text, date);
	if (!PQsendPrepare(c->pg, name, j->vals[1], d->nparams, NULL) ||
	    !PQpipelineSync(c->pg))
		return -1;
	memcpy(c->dated[stmt], date, sizeof(c->dated[stmt]));
	return 0;
}

/* The name text is prepared under on c (preparing it first), or "" when
 * there is no room left: then it goes unnamed. */
static int
conn_prepare_text(struct pgconn *c, const char *text, int nparams,
    char *name, size_t len)
{
	struct job	*j;
	int		 i, free_slot = -1;

	name[0] = '\0';
	for (i = 0; i < PG_MAX_TEXTS; i++) {
		if (c->texts[i] != NULL && strcmp(c->texts[i], text) == 0) {
			snprintf(name, len, "pgq_%d", i);
			return 0;
		}
		if (c->texts[i] == NULL && free_slot == -1)
			free_slot = i;
	}
	if (free_slot == -1)
		return 0;
	snprintf(name, len, "pgq_%d", free_slot);
	c->texts[free_slot] = xstrdup(text);
	j = conn_internal_job(c, J_PREPARE, -1);
	j->slot = free_slot;
	j->n = 1;
	j->vals[0] = xstrdup(name);
	if (!PQsendPrepare(c->pg, name, text, nparams, NULL) ||
	    !PQpipelineSync(c->pg))
		return -1;
	return 0;
}

static void
conn_send_job(struct pgconn *c, struct job *j)
{
	struct pgpool	*p = c->pool;
	char		 name[128];
	const char	*stname = NULL;
	struct job	*k;
	int		 i, rv = 0;

	j->conn = c;
	if (job_lane(p, j))
		c->nbatch[j->stmt]++;
	if (j->stmt < 0 && p->conf.adhoc_unprepared)
		name[0] = '\0';
	else if (j->stmt < 0)
		rv = conn_prepare_text(c, j->sql, j->n, name, sizeof(name));
	else if (j->kind == J_BATCH)
		snprintf(name, sizeof(name), "%s_n", job_def(p, j)->name);
	else if (job_def(p, j)->dated)
		rv = conn_prepare_dated(c, j->stmt, j->date, name,
		    sizeof(name));
	else
		snprintf(name, sizeof(name), "%s", job_def(p, j)->name);
	j->sent = mono_ms();
	TAILQ_INSERT_TAIL(&c->jobs, j, entry);
	c->njobs++;
	if (rv == -1) {
		conn_down(c, PQerrorMessage(c->pg));
		return;
	}
	stname = name;
	if (j->kind == J_GROUP) {
		/* One sync after all of them: one transaction. */
		for (i = 0; i < j->nitems; i++) {
			k = j->items[i];
			if (!PQsendQueryPrepared(c->pg, stname, k->n,
			    (const char *const *)k->vals, k->lens, k->fmts,
			    0)) {
				conn_down(c, PQerrorMessage(c->pg));
				return;
			}
		}
	} else if (stname[0] == '\0') {
		if (!PQsendQueryParams(c->pg, j->sql, j->n, NULL,
		    (const char *const *)j->vals, j->lens, j->fmts, 0)) {
			conn_down(c, PQerrorMessage(c->pg));
			return;
		}
	} else if (!PQsendQueryPrepared(c->pg, stname, j->n,
	    (const char *const *)j->vals, j->lens, j->fmts, 0)) {
		conn_down(c, PQerrorMessage(c->pg));
		return;
	}
	/* The sync ends the query's implicit transaction (commit). */
	if (!PQpipelineSync(c->pg)) {
		conn_down(c, PQerrorMessage(c->pg));
		return;
	}
	conn_flush(c);
}

int
pgpool_up(const struct pgpool *p)
{
	int	i;

	for (i = 0; i < p->nconns; i++)
		if (p->conns[i].state != C_DOWN)
			return 1;
	return 0;
}

int
pgpool_room(const struct pgpool *p)
{
	int	i;

	if (p->queued > 0)
		return 0;
	for (i = 0; i < p->nconns; i++)
		if (p->conns[i].state == C_IDLE &&
		    p->conns[i].njobs < p->conf.depth)
			return 1;
	return 0;
}

int
pgpool_busy(const struct pgpool *p)
{
	const struct job	*j;
	int			 i, n = p->queued;

	for (i = 0; i < p->nconns; i++)
		TAILQ_FOREACH(j, &p->conns[i].jobs, entry)
			if (j->kind == J_QUERY)
				n++;
			else if (j->kind == J_BATCH || j->kind == J_GROUP)
				n += j->nitems;
	TAILQ_FOREACH(j, &p->failq, entry)
		n++;
	return n;
}

static void
fail_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct pgpool	*p = arg;
	struct job	*j;

	(void)fd;
	(void)ev;
	while ((j = TAILQ_FIRST(&p->failq)) != NULL) {
		TAILQ_REMOVE(&p->failq, j, entry);
		job_done(p, j, NULL);
	}
}

static void
pool_fail(struct pgpool *p, struct job *j)
{
	TAILQ_INSERT_TAIL(&p->failq, j, entry);
	event_active(p->failev, EV_TIMEOUT, 0);
}

/* Deadlines: a queued query past its own fails; a connection whose
 * query at the server is past its own, or whose connect takes longer than
 * connect_ms, is dropped. */
static void
sweep_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct pgpool	*p = arg;
	struct pgconn	*c;
	struct job	*j, *next;
	int64_t		 now = mono_ms();
	int		 i;

	(void)fd;
	(void)ev;
	for (j = TAILQ_FIRST(&p->queue); j != NULL; j = next) {
		next = TAILQ_NEXT(j, entry);
		if (j->deadline != 0 && now >= j->deadline) {
			TAILQ_REMOVE(&p->queue, j, entry);
			p->queued--;
			log_warnx("db=deadline stmt=%s state=queued",
			    j->stmt >= 0 ? job_def(p, j)->name : "sql");
			pool_fail(p, j);
		}
	}
	for (i = 0; i <= p->nconns; i++) {
		c = i < p->nconns ? &p->conns[i] : &p->lconn;
		if (c->pool == NULL)
			continue;
		if ((c->state == C_CONNECTING || c->state == C_PREPARING ||
		    c->state == C_LISTENING) && p->conf.connect_ms > 0 &&
		    now - c->since >= p->conf.connect_ms) {
			conn_down(c, "connect timed out");
			continue;
		}
		if (c->state != C_IDLE)
			continue;
		TAILQ_FOREACH(j, &c->jobs, entry)
			if (j->deadline != 0 && now >= j->deadline)
				break;
		if (j != NULL) {
			log_warnx("db=deadline conn=%d stmt=%s state=sent",
			    c->id, j->stmt >= 0 ? job_def(p, j)->name : "sql");
			conn_down(c, "query deadline");
		}
	}
}

/* Whether c's oldest query in flight has been at the server PG_STALL_MS
 * or more: held there (a lock wait, a slow trigger), and what is sent
 * behind it in the pipeline waits with it. */
static int
conn_stalled(const struct pgconn *c, int64_t now)
{
	const struct job	*head = TAILQ_FIRST(&c->jobs);

	return head != NULL && now - head->sent >= PG_STALL_MS;
}

/* The ready connection with room for a query, if any: one whose oldest
 * query is not stalled before one whose is, then the fewest queries in
 * flight (for a batchable job: and none of its statement's in flight, and
 * a lane of its statement free). */
static struct pgconn *
pool_pick(struct pgpool *p, const struct job *j)
{
	struct pgconn	*best = NULL, *c;
	int		 i, n, st, best_st = 0;
	int		 batchable = job_batchable(p, j);
	int64_t		 now = mono_ms();

	if (batchable) {
		for (i = 0, n = 0; i < p->nconns; i++)
			n += p->conns[i].nbatch[j->stmt];
		if (n >= PG_BATCH_LANES)
			return NULL;
	}
	for (i = 0; i < p->nconns; i++) {
		c = &p->conns[i];
		if (c->state != C_IDLE || c->njobs >= p->conf.depth ||
		    (batchable && c->nbatch[j->stmt] > 0))
			continue;
		st = conn_stalled(c, now);
		if (best == NULL || st < best_st ||
		    (st == best_st && c->njobs < best->njobs)) {
			best = c;
			best_st = st;
		}
	}
	return best;
}

/* SQL array literal of the items' parameter i (text values). */
static char *
array_literal(struct job **items, int n, int i)
{
	struct gbuf	 b;
	const char	*v;
	char		*s;
	int		 k;

	gbuf_init(&b);
	gbuf_add_u8(&b, '{');
	for (k = 0; k < n; k++) {
		if (k > 0)
			gbuf_add_u8(&b, ',');
		if (items[k]->fmts[i] != 0)
			fatalx("pg: binary parameter in a batch");
		if ((v = items[k]->vals[i]) == NULL) {
			gbuf_add(&b, "NULL", 4);
			continue;
		}
		gbuf_add_u8(&b, '"');
		for (; *v != '\0'; v++) {
			if (*v == '"' || *v == '\\')
				gbuf_add_u8(&b, '\\');
			gbuf_add_u8(&b, (uint8_t)*v);
		}
		gbuf_add_u8(&b, '"');
	}
	gbuf_add(&b, "}", 2);
	s = xmalloc(b.len);
	memcpy(s, b.data, b.len);
	gbuf_free(&b);
	return s;
}

/* Send first (taken off the queue) to c with the queued jobs of its
 * statement that can join it. */
static void
pool_send_batch(struct pgpool *p, struct pgconn *c, struct job *first)
{
	const struct pg_stmt	*d = job_def(p, first);
	struct job		*items[PG_BATCH_MAX], *k, *next, *b;
	int			 n = 1, i, scanned = 0;

	items[0] = first;
	for (k = TAILQ_FIRST(&p->queue); k != NULL && n < PG_BATCH_MAX &&
	    scanned < PG_BATCH_SCAN; k = next, scanned++) {
		next = TAILQ_NEXT(k, entry);
		if (k->stmt != first->stmt || !job_batchable(p, k) ||
		    strcmp(k->date, first->date) != 0)
			continue;
		for (i = 0; i < n; i++)
			if (d->batch != NULL && items[i]->vals[0] != NULL &&
			    k->vals[0] != NULL &&
			    strcmp(items[i]->vals[0], k->vals[0]) == 0)
				break;
		if (i < n)
			continue;	/* one first parameter once a batch */
		TAILQ_REMOVE(&p->queue, k, entry);
		p->queued--;
		items[n++] = k;
	}
	if (n == 1) {
		conn_send_job(c, first);
		return;
	}
	b = xcalloc(1, sizeof(*b));
	b->stmt = first->stmt;
	b->deadline = first->deadline;
	if (d->group) {
		b->kind = J_GROUP;
		memcpy(b->date, first->date, sizeof(b->date));
		b->gres = xcalloc((size_t)n, sizeof(*b->gres));
	} else {
		b->kind = J_BATCH;
		b->n = first->n;
		for (i = 0; i < b->n; i++)
			b->vals[i] = array_literal(items, n, i);
	}
	b->items = xcalloc((size_t)n, sizeof(*b->items));
	memcpy(b->items, items, (size_t)n * sizeof(*items));
	b->nitems = n;
	conn_send_job(c, b);
}

/* Hand queued jobs to ready connections; with none up (and no hold), fail
 * them.  A batchable job waits for a connection without one in flight; the
 * jobs behind it go on meanwhile. */
static void
pool_kick(struct pgpool *p)
{
	struct pgconn	*c;
	struct job	*j;
	int		 scanned, batchable;

again:
	for (j = TAILQ_FIRST(&p->queue), scanned = 0; j != NULL &&
	    scanned < PG_BATCH_SCAN; j = TAILQ_NEXT(j, entry), scanned++) {
		batchable = job_batchable(p, j);
		if ((c = pool_pick(p, j)) == NULL) {
			if (batchable)
				continue;
			break;		/* no room anywhere */
		}
		TAILQ_REMOVE(&p->queue, j, entry);
		p->queued--;
		if (batchable)
			pool_send_batch(p, c, j);
		else
			conn_send_job(c, j);
		goto again;	/* the queue changed */
	}
	if (!TAILQ_EMPTY(&p->queue) && !p->conf.hold && !pgpool_up(p)) {
		TAILQ_CONCAT(&p->failq, &p->queue, entry);
		p->queued = 0;
		event_active(p->failev, EV_TIMEOUT, 0);
	}
}

static struct job *
job_new(struct pgpool *p, int stmt, int n, const char *const *vals,
    const int *lens, const int *fmts, pg_cb cb, void *arg)
{
	struct job	*j;
	int		 i;

	if (n < 0 || n > PG_MAX_PARAMS)
		fatalx("pg: query with %d parameters", n);
	j = xcalloc(1, sizeof(*j));
	j->kind = J_QUERY;
	j->stmt = stmt;
	j->n = n;
	j->cb = cb;
	j->arg = arg;
	if (p->conf.deadline_ms > 0)
		j->deadline = mono_ms() + p->conf.deadline_ms;
	for (i = 0; i < n; i++) {
		j->fmts[i] = fmts ? fmts[i] : 0;
		if (vals[i] == NULL)
			continue;
		j->lens[i] = j->fmts[i] ? lens[i] : (int)strlen(vals[i]);
		j->vals[i] = xmalloc((size_t)j->lens[i] + 1);
		memcpy(j->vals[i], vals[i], (size_t)j->lens[i]);
		j->vals[i][j->lens[i]] = '\0';
	}
	return j;
}

static void
pool_enqueue(struct pgpool *p, struct job *j)
{
	if (p->queued >= p->conf.queue_max) {
		log_warnx("db=queue_full queued=%d", p->queued);
		pool_fail(p, j);
		return;
	}
	TAILQ_INSERT_TAIL(&p->queue, j, entry);
	p->queued++;
	pool_kick(p);
}

static void
pool_query(struct pgpool *p, int stmt, const char *date, int n,
    const char *const *vals, const int *lens, const int *fmts, pg_cb cb,
    void *arg)
{
	const struct pg_stmt	*d;
	struct job		*j;

	if (stmt < 0 || stmt >= p->conf.nstmts)
		fatalx("pg: no statement %d", stmt);
	d = &p->conf.stmts[stmt];
	if (n != d->nparams)
		fatalx("pg: %s with %d parameters", d->name, n);
	if ((date != NULL) != (d->dated != 0))
		fatalx("pg: %s %s a date", d->name, date ? "given" : "without");
	j = job_new(p, stmt, n, vals, lens, fmts, cb, arg);
	if (date != NULL) {
		if (strlen(date) != 8 || strspn(date, "0123456789") != 8)
			fatalx("pg: %s with date \"%s\"", d->name, date);
		memcpy(j->date, date, sizeof(j->date));
	}
	pool_enqueue(p, j);
}

void
pgpool_query(struct pgpool *p, int stmt, int n, const char *const *vals,
    const int *lens, const int *fmts, pg_cb cb, void *arg)
{
	pool_query(p, stmt, NULL, n, vals, lens, fmts, cb, arg);
}

void
pgpool_query_dated(struct pgpool *p, int stmt, const char *date, int n,
    const char *const *vals, const int *lens, const int *fmts, pg_cb cb,
    void *arg)
{
	pool_query(p, stmt, date, n, vals, lens, fmts, cb, arg);
}

void
pgpool_query_sql(struct pgpool *p, const char *sql, int n,
    const char *const *vals, pg_cb cb, void *arg)
{
	struct job	*j = job_new(p, -1, n, vals, NULL, NULL, cb, arg);

	j->sql = xstrdup(sql);
	pool_enqueue(p, j);
}

static void
conn_init(struct pgpool *p, struct pgconn *c, int id, int listen)
{
	size_t	ns = (size_t)(p->conf.nstmts > 0 ? p->conf.nstmts : 1);

	c->pool = p;
	c->id = id;
	c->listen = listen;
	c->state = C_DOWN;
	c->retry_ms = PG_RETRY_MIN;
	c->nbatch = xcalloc(ns, sizeof(*c->nbatch));
	c->dated = xcalloc(ns, sizeof(*c->dated));
	TAILQ_INIT(&c->jobs);
	c->retry = evtimer_new(p->base, retry_cb, c);
	conn_start(c);
}

struct pgpool *
pgpool_new(struct event_base *base, const struct pgpool_conf *conf)
{
	struct pgpool	*p;
	struct timeval	 tv = { 0, PG_SWEEP_MS * 1000 };
	int		 i;

	p = xcalloc(1, sizeof(*p));
	p->base = base;
	p->conf = *conf;
	p->dsn = xstrdup(conf->dsn);
	p->appname = conf->appname ? xstrdup(conf->appname) : NULL;
	p->options = conf->options ? xstrdup(conf->options) : NULL;
	p->listen = conf->listen ? xstrdup(conf->listen) : NULL;
	if (p->conf.nconns <= 0)
		p->conf.nconns = 4;
	if (p->conf.depth <= 0)
		p->conf.depth = 8;
	if (p->conf.queue_max <= 0)
		p->conf.queue_max = 20000;
	if (p->conf.connect_ms <= 0)
		p->conf.connect_ms = 10000;
	TAILQ_INIT(&p->queue);
	TAILQ_INIT(&p->failq);
	p->failev = event_new(base, -1, 0, fail_cb, p);
	p->sweep = event_new(base, -1, EV_PERSIST, sweep_cb, p);
	if (p->failev == NULL || p->sweep == NULL ||
	    event_add(p->sweep, &tv) == -1)
		fatalx("pg: event setup failed");
	p->nconns = p->conf.nconns;
	p->conns = xcalloc((size_t)p->nconns, sizeof(*p->conns));
	for (i = 0; i < p->nconns; i++)
		conn_init(p, &p->conns[i], i, 0);
	if (p->listen != NULL)
		conn_init(p, &p->lconn, p->nconns, 1);
	return p;
}

static void
conn_fini(struct pgconn *c)
{
	struct job	*j;

	if (c->pool == NULL)
		return;
	conn_clear_events(c);
	if (c->retry)
		event_free(c->retry);
	if (c->pg)
		PQfinish(c->pg);
	if (c->res)
		PQclear(c->res);
	while ((j = TAILQ_FIRST(&c->jobs)) != NULL) {
		TAILQ_REMOVE(&c->jobs, j, entry);
		job_free(j);
	}
	conn_forget_prepared(c);
	free(c->nbatch);
	free(c->dated);
}

void
pgpool_free(struct pgpool *p)
{
	struct job	*j;
	int		 i;

	if (p == NULL)
		return;
	for (i = 0; i < p->nconns; i++)
		conn_fini(&p->conns[i]);
	conn_fini(&p->lconn);
	while ((j = TAILQ_FIRST(&p->queue)) != NULL) {
		TAILQ_REMOVE(&p->queue, j, entry);
		job_free(j);
	}
	while ((j = TAILQ_FIRST(&p->failq)) != NULL) {
		TAILQ_REMOVE(&p->failq, j, entry);
		job_free(j);
	}
	event_free(p->failev);
	event_free(p->sweep);
	free(p->conns);
	free(p->dsn);
	free(p->appname);
	free(p->options);
	free(p->listen);
	free(p);
}
