/*
 * db.c - an asynchronous libpq pool on the libevent loop.
 *
 * conf.db.pool connections, each connected with PQconnectStart/Poll, then
 * given every statement of sql.c with PQsendPrepare, then put in libpq
 * pipeline mode and fed queued queries with PQsendQueryPrepared, up to
 * DB_PIPE_DEPTH in flight per connection.  Each query is followed by its
 * own sync point, so each is still its own implicit transaction (an error
 * aborts only that one), and a query's callback runs only once its sync
 * result arrived, i.e. after its commit: "recorded before answered" holds.
 * Pipelining pays when requests outnumber connections (a load of
 * terminals): the next queries are already at the server when one
 * finishes, instead of waiting a round trip each, and a backend works
 * through them without sleeping in between.  Queries go to the least
 * loaded connection.
 *
 * A statement with a batch form (sql.c: PAYMENT's claim) is batched: the
 * pool has at most DB_BATCH_LANES of them in flight, one per connection,
 * and what queued meanwhile
 * goes as one call of the batch form (arrays of the parameters, one row per
 * request, one transaction), up to DB_BATCH_MAX requests with distinct
 * first parameters (the terminal).  Each request's callback gets a result
 * of its own row, as if it had run alone.  If the batch fails, nothing of
 * it was committed, and each request runs again alone.  The claim's work
 * per payment (seq check, session, key, PENDING row) then shares one
 * statement's and one commit's overhead: bench/appsrv.
 *
 * A statement marked group (sql.c: the outcomes tx_ok and tx_failed) is
 * grouped the same way, one group per statement in flight over the pool:
 * what queued meanwhile (same statement, same date) goes as that many
 * executions of the statement followed by one sync point, i.e. one
 * implicit transaction and one commit for all of them.  Each request's
 * callback gets its own result, after the commit.  An error in one rolls
 * back all of them (PostgreSQL aborts the rest of the pipeline up to the
 * sync): each then runs again alone.
 *
 * A dated statement (sql.c) is prepared on a connection when it is first
 * run there for a settle date, as "name_YYYYMMDD" with the date written in
 * as a constant, and the previous date's is deallocated: two more queries
 * in the pipeline, each with its own sync, so that neither can abort the
 * query they serve.
 *
 * Nothing here blocks: sockets are non-blocking, output is flushed on
 * write events and results are read on read events.  A broken connection
 * fails every query it carried (the caller decides what an unknown
 * outcome means) and is re-established every second until PostgreSQL is
 * back.  One more connection LISTENs on gf_terminal for the registry.
 */
#include <sys/queue.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#include "appsrv.h"
#include "log.h"

#define DB_MAX_PARAMS	16
#define DB_MAX_QUEUE	20000	/* queued queries before new ones fail */
#define DB_PIPE_DEPTH	8	/* queries in flight per connection */
#define DB_BATCH_MAX	16	/* requests in one batch */
#define DB_BATCH_SCAN	256	/* queued jobs looked at for one */
/* Batches (or groups) of one statement in flight at once, over the pool.
 * One: under a closed load of
 * 24 terminals claims then went 3.4 to a batch instead of 1.4 (with one per
 * connection), and appsrv's database CPU per payment fell by a sixth
 * (bench/appsrv).  A claim waits for at most one batch before it. */
#define DB_BATCH_LANES	1

/* C_IDLE: ready for queries (some may be in flight, see njobs). */
enum conn_state { C_DOWN, C_CONNECTING, C_PREPARING, C_IDLE, C_BUSY };

/* What a job sends: a prepared statement of sql.c, or a dated statement's
 * PREPARE or DEALLOCATE (internal: no caller waits for them). */
enum job_kind { J_QUERY, J_BATCH, J_GROUP, J_PREPARE, J_DEALLOCATE };

struct job {
	TAILQ_ENTRY(job) entry;
	enum job_kind	 kind;
	struct dbconn	*conn;		/* J_PREPARE: where it was sent */
	int		 stmt;
	char		 date[9];	/* a dated statement's YYYYMMDD */
	int		 single;	/* never in a batch (one failed) */
	struct job	**items;	/* J_BATCH, J_GROUP: the requests, in order */
	int		 nitems;
	PGresult	**gres;		/* J_GROUP: each request's first result */
	int		 n;
	char		*vals[DB_MAX_PARAMS];
	int		 lens[DB_MAX_PARAMS];
	int		 fmts[DB_MAX_PARAMS];
	db_cb		 cb;
	void		*arg;
};
TAILQ_HEAD(jobq, job);

struct dbconn {
	struct db	*db;
	int		 id;
	int		 listen;	/* the LISTEN connection */
	PGconn		*pg;
	enum conn_state	 state;
	struct event	*ev;		/* read (persistent once connected) */
	struct event	*wev;		/* write, while output is pending */
	struct event	*retry;
	int		 prep;		/* statements prepared so far */
	int		 nbatch[SQL__COUNT];	/* batchable jobs in flight */
	int		 gi;		/* J_GROUP: whose results are arriving */
	int		 gotres;	/* a query's result came, its NULL not yet */
	char		 dated[SQL__COUNT][9];	/* date each is prepared for */
	struct jobq	 jobs;		/* in flight, in the order sent */
	int		 njobs;
	PGresult	*res;		/* first result of the oldest job */
};

struct db {
	struct appsrv	*as;
	char		*dsn;
	struct dbconn	*conns;
	int		 nconns;
	struct dbconn	 lconn;
	struct jobq	 queue;
	int		 queued;
	int		 ready;		/* a connection was ready once */
	struct event	*failev;	/* fails queued jobs when all are down */
	struct jobq	 failq;
};

static void	conn_start(struct dbconn *);
static void	conn_io_cb(evutil_socket_t, short, void *);

int
db_ok(PGresult *res, ExecStatusType want)
{
	return res != NULL && PQresultStatus(res) == want;
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
	free(j);
}

static int
job_batchable(const struct job *j)
{
	return j->kind == J_QUERY && (sql_defs[j->stmt].batch != NULL ||
	    sql_defs[j->stmt].group) && !j->single;
}

/* Row i of a batch's result, as a result of its own. */
static PGresult *
row_result(PGresult *res, int i)
{
	PGresult	*r;
	int		 col;

	if ((r = PQcopyResult(res, PG_COPYRES_ATTRS)) == NULL)
		fatalx("db: out of memory");
	for (col = 0; col < PQnfields(res); col++)
		if (!PQsetvalue(r, 0, col, PQgetisnull(res, i, col) ? NULL :
		    PQgetvalue(res, i, col), PQgetisnull(res, i, col) ? -1 :
		    PQgetlength(res, i, col)))
			fatalx("db: out of memory");
	return r;
}

static void	db_kick(struct db *);

/* A batch or group was rolled back as a whole (kind names it in the log):
 * each of its requests runs again, alone, first. */
static void
retry_single(struct db *db, struct job *b, const char *kind, const char *msg)
{
	int	i;

	log_warnx("db=%s stmt=%s items=%d error=\"%s\" retry=single", kind,
	    sql_defs[b->stmt].name, b->nitems, msg ? msg : "?");
	for (i = b->nitems - 1; i >= 0; i--) {
		b->items[i]->single = 1;
		TAILQ_INSERT_HEAD(&db->queue, b->items[i], entry);
		db->queued++;
	}
	b->nitems = 0;
	db_kick(db);
}

static void
batch_done(struct db *db, struct job *b, PGresult *res)
{
	PGresult	*r;
	int		 i;

	if (res == NULL) {
		/* Committed or not, unknown: as for a single query. */
		for (i = 0; i < b->nitems; i++)
			b->items[i]->cb(NULL, b->items[i]->arg);
	} else if (PQresultStatus(res) == PGRES_TUPLES_OK) {
		if (PQntuples(res) != b->nitems)
			fatalx("db: batch %s of %d gave %d rows",
			    sql_defs[b->stmt].name, b->nitems, PQntuples(res));
		for (i = 0; i < b->nitems; i++) {
			r = row_result(res, i);
			b->items[i]->cb(r, b->items[i]->arg);
			PQclear(r);
		}
	} else {
		retry_single(db, b, "batch",
		    PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
		return;
	}
	for (i = 0; i < b->nitems; i++)
		job_free(b->items[i]);
	b->nitems = 0;
}

/* A group's sync arrived (synced), or its connection broke. */
static void
group_done(struct db *db, struct job *g, int synced)
{
	const char	*msg = NULL;
	int		 i, n, ok = 1;

	for (i = 0; synced && i < g->nitems; i++)
		if (!db_ok(g->gres[i], PGRES_TUPLES_OK)) {
			ok = 0;
			if (msg == NULL && g->gres[i] != NULL &&
			    PQresultStatus(g->gres[i]) == PGRES_FATAL_ERROR)
				msg = PQresultErrorField(g->gres[i],
				    PG_DIAG_MESSAGE_PRIMARY);
		}
	if (synced && !ok) {
		n = g->nitems;
		retry_single(db, g, "group", msg);	/* msg is in gres */
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
job_done(struct job *j, PGresult *res)
{
	switch (j->kind) {
	case J_QUERY:
		j->cb(res, j->arg);
		break;
	case J_BATCH:
		batch_done(j->conn->db, j, res);
		break;
	case J_GROUP:		/* here only when the connection broke */
		group_done(j->conn->db, j, 0);
		break;
	case J_PREPARE:
		if (res != NULL && !db_ok(res, PGRES_COMMAND_OK)) {
			/* The query it serves fails too ("does not exist");
			 * the next one tries again. */
			log_warnx("db=prepare stmt=%s error=\"%s\"", j->vals[0],
			    PQresultErrorMessage(res));
			if (j->conn != NULL)
				j->conn->dated[j->stmt][0] = '\0';
		}
		break;
	case J_DEALLOCATE:
		if (res != NULL && !db_ok(res, PGRES_COMMAND_OK))
			log_warnx("db=deallocate error=\"%s\"",
			    PQresultErrorMessage(res));
		break;
	}
	job_free(j);
}

static void
conn_clear_events(struct dbconn *c)
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

/* The connection broke: fail its query, schedule a reconnect. */
static void
conn_down(struct dbconn *c, const char *why)
{
	struct timeval	 tv = { 1, 0 };
	struct job	*j;

	if (c->state != C_DOWN && c->state != C_CONNECTING)
		log_warnx("db=down conn=%d reason=\"%s\"", c->id, why);
	else
		log_debug("db=connect conn=%d reason=\"%s\"", c->id, why);
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
	memset(c->nbatch, 0, sizeof(c->nbatch));
	c->gi = c->gotres = 0;
	/* Their outcome is unknown to us: each caller decides. */
	while ((j = TAILQ_FIRST(&c->jobs)) != NULL) {
		TAILQ_REMOVE(&c->jobs, j, entry);
		c->njobs--;
		job_done(j, NULL);
	}
	evtimer_add(c->retry, &tv);
	db_kick(c->db);
}

static void
conn_arm(struct dbconn *c, short what, int persist)
{
	conn_clear_events(c);
	if (PQsocket(c->pg) < 0) {
		/* libpq gave up on the socket (e.g. nobody listening). */
		conn_down(c, PQerrorMessage(c->pg));
		return;
	}
	c->ev = event_new(c->db->as->base, PQsocket(c->pg),
	    what | (persist ? EV_PERSIST : 0), conn_io_cb, c);
	event_add(c->ev, NULL);
}

static void
conn_want_write(struct dbconn *c)
{
	if (c->wev == NULL)
		c->wev = event_new(c->db->as->base, PQsocket(c->pg), EV_WRITE,
		    conn_io_cb, c);
	event_add(c->wev, NULL);
}

static void
conn_flush(struct dbconn *c)
{
	int	r = PQflush(c->pg);

	if (r == 1)
		conn_want_write(c);
	else if (r == -1)
		conn_down(c, PQerrorMessage(c->pg));
}

/* The name statement stmt's batch form is prepared under. */
static void
batch_name(char *buf, size_t len, int stmt)
{
	snprintf(buf, len, "%s_n", sql_defs[stmt].name);
}

/* Connect-time statement i: the statements of sql.c (but the dated ones:
 * db_query_dated prepares them), then the batch forms.  0 when i is not
 * one to prepare. */
static int
prep_stmt(int i, const char **name, const char **text, int *nparams)
{
	static char		 bname[SQL__COUNT][64];
	const struct sql_def	*d;

	if (i < SQL__COUNT) {
		d = &sql_defs[i];
		if (d->dated)
			return 0;
		*name = d->name;
		*text = d->text;
	} else {
		d = &sql_defs[i - SQL__COUNT];
		if (d->batch == NULL)
			return 0;
		batch_name(bname[i - SQL__COUNT], sizeof(bname[0]),
		    i - SQL__COUNT);
		*name = bname[i - SQL__COUNT];
		*text = d->batch;
	}
	*nparams = d->nparams;
	return 1;
}

static int
conn_send_prepare(struct dbconn *c)
{
	const char	*name = NULL, *text = NULL;
	int		 nparams = 0;

	while (c->prep < 2 * SQL__COUNT &&
	    !prep_stmt(c->prep, &name, &text, &nparams))
		c->prep++;
	if (c->prep == 2 * SQL__COUNT)
		fatalx("db: no statement to prepare");
	if (!PQsendPrepare(c->pg, name, text, nparams, NULL)) {
		conn_down(c, PQerrorMessage(c->pg));
		return -1;
	}
	conn_flush(c);
	return 0;
}

static void
conn_ready(struct dbconn *c)
{
	conn_arm(c, EV_READ, 1);
	if (c->listen) {
		if (!PQsendQuery(c->pg, "LISTEN gf_terminal")) {
			conn_down(c, PQerrorMessage(c->pg));
			return;
		}
		c->state = C_BUSY;
		conn_flush(c);
		/* Notifications may have been missed while we were away. */
		registry_changed(c->db->as, "");
		return;
	}
	c->state = C_PREPARING;
	c->prep = 0;
	memset(c->dated, 0, sizeof(c->dated));
	conn_send_prepare(c);
}

static void
conn_connecting(struct dbconn *c)
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
		log_info("db=up conn=%d", c->id);
		conn_ready(c);
		break;
	default:
		conn_down(c, PQerrorMessage(c->pg));
		break;
	}
}

static void
conn_start(struct dbconn *c)
{
	c->pg = PQconnectStart(c->db->dsn);
	if (c->pg == NULL || PQstatus(c->pg) == CONNECTION_BAD) {
		conn_down(c, c->pg ? PQerrorMessage(c->pg) : "out of memory");
		return;
	}
	c->state = C_CONNECTING;
	conn_arm(c, EV_WRITE, 0);
}

static void
conn_notifies(struct dbconn *c)
{
	PGnotify	*n;

	while ((n = PQnotifies(c->pg)) != NULL) {
		registry_changed(c->db->as, n->extra);
		PQfreemem(n);
	}
}

/* A whole result set arrived outside pipeline mode (a PREPARE or the
 * LISTEN; PQgetResult returned NULL). */
static void
conn_result_done(struct dbconn *c)
{
	PGresult	*res = c->res;
	const char	*name = NULL, *text = NULL;
	int		 nparams = 0;

	c->res = NULL;
	switch (c->state) {
	case C_PREPARING:
		if (!db_ok(res, PGRES_COMMAND_OK)) {
			log_warnx("db=prepare stmt=%s error=\"%s\"",
			    sql_defs[c->prep % SQL__COUNT].name,
			    res ? PQresultErrorMessage(res) : "no result");
			PQclear(res);
			fatalx("db: cannot prepare %s (is the schema migrated?)",
			    sql_defs[c->prep % SQL__COUNT].name);
		}
		PQclear(res);
		while (++c->prep < 2 * SQL__COUNT &&
		    !prep_stmt(c->prep, &name, &text, &nparams))
			;
		if (c->prep < 2 * SQL__COUNT) {
			conn_send_prepare(c);
			return;
		}
		if (!PQenterPipelineMode(c->pg)) {
			conn_down(c, PQerrorMessage(c->pg));
			return;
		}
		c->state = C_IDLE;
		if (!c->db->ready) {
			c->db->ready = 1;
			appsrv_db_ready(c->db->as);
		}
		db_kick(c->db);
		return;
	case C_BUSY:		/* the LISTEN command */
		PQclear(res);
		c->state = C_IDLE;
		return;
	default:
		PQclear(res);
		return;
	}
}

/* The oldest query's sync point arrived: it is committed (or failed),
 * its callback may run. */
static void
conn_job_synced(struct dbconn *c)
{
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
	if (j->kind == J_BATCH || j->kind == J_GROUP || job_batchable(j))
		c->nbatch[j->stmt]--;
	if (j->kind == J_GROUP) {
		PQclear(res);
		c->gi = 0;
		group_done(c->db, j, 1);
		job_free(j);
		return;
	}
	job_done(j, res);
	PQclear(res);
}

/* A result of the oldest query in flight (or of a group's current one). */
static void
conn_keep_result(struct dbconn *c, PGresult *r)
{
	struct job	*j = TAILQ_FIRST(&c->jobs);

	if (j != NULL && j->kind == J_GROUP) {
		if (c->gi >= j->nitems)
			fatalx("db: group of %d got a result for query %d",
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
conn_read_pipeline(struct dbconn *c)
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
		db_kick(c->db);
}

static void
conn_read(struct dbconn *c)
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
				    c->state == C_BUSY)
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
	struct dbconn	*c = arg;

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
dated_name(char *buf, size_t len, int stmt, const char *date)
{
	if ((size_t)snprintf(buf, len, "%s_%s", sql_defs[stmt].name, date) >=
	    len)
		fatalx("db: statement name too long");
}

/* Statement stmt's text with its date marks replaced by the constant. */
static char *
dated_text(int stmt, const char *date)
{
	const char	*t = sql_defs[stmt].text, *m;
	struct gbuf	 b;
	char		 lit[32], *s;

	snprintf(lit, sizeof(lit), "DATE '%.4s-%.2s-%.2s'", date, date + 4,
	    date + 6);
	gbuf_init(&b);
	while ((m = strstr(t, SQL_DATE_MARK)) != NULL) {
		gbuf_add(&b, t, (size_t)(m - t));
		gbuf_add(&b, lit, strlen(lit));
		t = m + strlen(SQL_DATE_MARK);
	}
	gbuf_add(&b, t, strlen(t) + 1);
	s = xmalloc(b.len);
	memcpy(s, b.data, b.len);
	gbuf_free(&b);
	return s;
}

/* Queue an internal job on c (in flight at once, not from db->queue). */
static struct job *
conn_internal_job(struct dbconn *c, enum job_kind kind, int stmt)
{
	struct job	*j = xcalloc(1, sizeof(*j));

	j->kind = kind;
	j->conn = c;
	j->stmt = stmt;
	TAILQ_INSERT_TAIL(&c->jobs, j, entry);
	c->njobs++;
	return j;
}

/* Make sure dated statement stmt is prepared on c for date; its name. */
static int
conn_prepare_dated(struct dbconn *c, int stmt, const char *date,
    char *name, size_t len)
{
	struct job	*j;
	char		 old[64], sql[96];

	dated_name(name, len, stmt, date);
	if (strcmp(c->dated[stmt], date) == 0)
		return 0;
	if (c->dated[stmt][0] != '\0') {
		dated_name(old, sizeof(old), stmt, c->dated[stmt]);
		snprintf(sql, sizeof(sql), "DEALLOCATE %s", old);
		conn_internal_job(c, J_DEALLOCATE, stmt);
		if (!PQsendQueryParams(c->pg, sql, 0, NULL, NULL, NULL, NULL,
		    0) || !PQpipelineSync(c->pg))
			return -1;
	}
	j = conn_internal_job(c, J_PREPARE, stmt);
	j->n = 2;
	j->vals[0] = xstrdup(name);
	j->vals[1] = dated_text(stmt, date);
	if (!PQsendPrepare(c->pg, name, j->vals[1], sql_defs[stmt].nparams,
	    NULL) || !PQpipelineSync(c->pg))
		return -1;
	memcpy(c->dated[stmt], date, sizeof(c->dated[stmt]));
	return 0;
}

static void
conn_send_job(struct dbconn *c, struct job *j)
{
	const struct sql_def	*d = &sql_defs[j->stmt];
	char			 name[64];
	const char		*stname = d->name;
	struct job		*k;
	int			 i;

	if (j->kind == J_BATCH || j->kind == J_GROUP || job_batchable(j))
		c->nbatch[j->stmt]++;
	if (j->kind == J_BATCH) {
		batch_name(name, sizeof(name), j->stmt);
		stname = name;
	} else if (d->dated) {
		if (conn_prepare_dated(c, j->stmt, j->date, name,
		    sizeof(name)) == -1) {
			TAILQ_INSERT_TAIL(&c->jobs, j, entry);
			c->njobs++;
			conn_down(c, PQerrorMessage(c->pg));
			return;
		}
		stname = name;
	}
	TAILQ_INSERT_TAIL(&c->jobs, j, entry);
	c->njobs++;
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
		if (!PQpipelineSync(c->pg)) {
			conn_down(c, PQerrorMessage(c->pg));
			return;
		}
		conn_flush(c);
		return;
	}
	/* The sync ends the query's implicit transaction (commit). */
	if (!PQsendQueryPrepared(c->pg, stname, j->n,
	    (const char *const *)j->vals, j->lens, j->fmts, 0) ||
	    !PQpipelineSync(c->pg)) {
		conn_down(c, PQerrorMessage(c->pg));
		return;
	}
	conn_flush(c);
}

static int
db_any_up(struct db *db)
{
	int	i;

	for (i = 0; i < db->nconns; i++)
		if (db->conns[i].state != C_DOWN)
			return 1;
	return 0;
}

static void
fail_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct db	*db = arg;
	struct job	*j;

	(void)fd;
	(void)ev;
	while ((j = TAILQ_FIRST(&db->failq)) != NULL) {
		TAILQ_REMOVE(&db->failq, j, entry);
		job_done(j, NULL);
	}
}

/* The ready connection with the fewest queries in flight, if any has room
 * (for a batchable job: and none of its statement's in flight, and a lane
 * of its statement free). */
static struct dbconn *
db_pick(struct db *db, const struct job *j)
{
	struct dbconn	*best = NULL, *c;
	int		 i, n, batchable = job_batchable(j);

	if (batchable) {
		for (i = 0, n = 0; i < db->nconns; i++)
			n += db->conns[i].nbatch[j->stmt];
		if (n >= DB_BATCH_LANES)
			return NULL;
	}
	for (i = 0; i < db->nconns; i++) {
		c = &db->conns[i];
		if (c->state != C_IDLE || c->njobs >= DB_PIPE_DEPTH ||
		    (batchable && c->nbatch[j->stmt] > 0))
			continue;
		if (best == NULL || c->njobs < best->njobs)
			best = c;
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
			fatalx("db: binary parameter in a batch");
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
db_send_batch(struct db *db, struct dbconn *c, struct job *first)
{
	struct job	*items[DB_BATCH_MAX], *k, *next, *b;
	int		 n = 1, i, scanned = 0;

	items[0] = first;
	for (k = TAILQ_FIRST(&db->queue); k != NULL && n < DB_BATCH_MAX &&
	    scanned < DB_BATCH_SCAN; k = next, scanned++) {
		next = TAILQ_NEXT(k, entry);
		if (k->stmt != first->stmt || !job_batchable(k) ||
		    strcmp(k->date, first->date) != 0)
			continue;
		for (i = 0; i < n; i++)
			if (sql_defs[first->stmt].batch != NULL &&
			    strcmp(items[i]->vals[0], k->vals[0]) == 0)
				break;
		if (i < n)
			continue;	/* one terminal once per batch */
		TAILQ_REMOVE(&db->queue, k, entry);
		db->queued--;
		items[n++] = k;
	}
	if (n == 1) {
		conn_send_job(c, first);
		return;
	}
	b = xcalloc(1, sizeof(*b));
	b->conn = c;
	b->stmt = first->stmt;
	if (sql_defs[first->stmt].group) {
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

/* Hand queued jobs to ready connections; with none up, fail them.  A
 * batchable job waits for a connection without one in flight; the jobs
 * behind it go on meanwhile. */
static void
db_kick(struct db *db)
{
	struct dbconn	*c;
	struct job	*j;
	int		 scanned, batchable;

again:
	for (j = TAILQ_FIRST(&db->queue), scanned = 0; j != NULL &&
	    scanned < DB_BATCH_SCAN; j = TAILQ_NEXT(j, entry), scanned++) {
		batchable = job_batchable(j);
		if ((c = db_pick(db, j)) == NULL) {
			if (batchable)
				continue;
			break;		/* no room anywhere */
		}
		TAILQ_REMOVE(&db->queue, j, entry);
		db->queued--;
		if (batchable)
			db_send_batch(db, c, j);
		else
			conn_send_job(c, j);
		goto again;	/* the queue changed */
	}
	if (!TAILQ_EMPTY(&db->queue) && !db_any_up(db)) {
		TAILQ_CONCAT(&db->failq, &db->queue, entry);
		db->queued = 0;
		event_active(db->failev, EV_TIMEOUT, 0);
	}
}

static void
db_enqueue(struct appsrv *as, int stmt, const char *date, int n,
    const char *const *vals, const int *lens, const int *fmts, db_cb cb,
    void *arg)
{
	struct db	*db = as->db;
	struct job	*j;
	int		 i;

	if (n > DB_MAX_PARAMS || n != sql_defs[stmt].nparams)
		fatalx("db_query: %s with %d parameters", sql_defs[stmt].name, n);
	if ((date != NULL) != sql_defs[stmt].dated)
		fatalx("db_query: %s %s a date", sql_defs[stmt].name,
		    date ? "given" : "without");
	j = xcalloc(1, sizeof(*j));
	j->kind = J_QUERY;
	j->stmt = stmt;
	if (date != NULL) {
		if (strlen(date) != 8 || strspn(date, "0123456789") != 8)
			fatalx("db_query: %s with date \"%s\"",
			    sql_defs[stmt].name, date);
		memcpy(j->date, date, sizeof(j->date));
	}
	j->n = n;
	j->cb = cb;
	j->arg = arg;
	for (i = 0; i < n; i++) {
		j->fmts[i] = fmts ? fmts[i] : 0;
		if (vals[i] == NULL)
			continue;
		j->lens[i] = j->fmts[i] ? lens[i] : (int)strlen(vals[i]);
		j->vals[i] = xmalloc((size_t)j->lens[i] + 1);
		memcpy(j->vals[i], vals[i], (size_t)j->lens[i]);
		j->vals[i][j->lens[i]] = '\0';
	}
	if (db->queued >= DB_MAX_QUEUE) {
		TAILQ_INSERT_TAIL(&db->failq, j, entry);
		event_active(db->failev, EV_TIMEOUT, 0);
		return;
	}
	TAILQ_INSERT_TAIL(&db->queue, j, entry);
	db->queued++;
	db_kick(db);
}

void
db_query(struct appsrv *as, int stmt, int n, const char *const *vals,
    const int *lens, const int *fmts, db_cb cb, void *arg)
{
	db_enqueue(as, stmt, NULL, n, vals, lens, fmts, cb, arg);
}

void
db_query_dated(struct appsrv *as, int stmt, const char *date, int n,
    const char *const *vals, const int *lens, const int *fmts, db_cb cb,
    void *arg)
{
	db_enqueue(as, stmt, date, n, vals, lens, fmts, cb, arg);
}

static void
conn_init(struct db *db, struct dbconn *c, int id, int listen)
{
	c->db = db;
	c->id = id;
	c->listen = listen;
	c->state = C_DOWN;
	TAILQ_INIT(&c->jobs);
	c->retry = evtimer_new(db->as->base, retry_cb, c);
	conn_start(c);
}

int
db_init(struct appsrv *as)
{
	struct db	*db;
	char		*dsn;
	int		 i;

	db = xcalloc(1, sizeof(*db));
	db->as = as;
	as->db = db;
	dsn = conf_db_dsn(&as->conf, NULL);
	/* Named, so that pg_stat_activity (and the benchmark) can tell
	 * appsrv's backends from the others'. */
	if (asprintf(&db->dsn, "%s application_name=appsrv", dsn) == -1)
		fatalx("out of memory");
	free(dsn);
	TAILQ_INIT(&db->queue);
	TAILQ_INIT(&db->failq);
	db->failev = event_new(as->base, -1, 0, fail_cb, db);
	db->nconns = as->conf.db.pool > 0 ? as->conf.db.pool : 4;
	db->conns = xcalloc((size_t)db->nconns, sizeof(*db->conns));
	for (i = 0; i < db->nconns; i++)
		conn_init(db, &db->conns[i], i, 0);
	conn_init(db, &db->lconn, db->nconns, 1);
	return 0;
}

static void
conn_fini(struct dbconn *c)
{
	struct job	*j;

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
}

void
db_free(struct appsrv *as)
{
	struct db	*db = as->db;
	struct job	*j;
	int		 i;

	if (db == NULL)
		return;
	for (i = 0; i < db->nconns; i++)
		conn_fini(&db->conns[i]);
	conn_fini(&db->lconn);
	while ((j = TAILQ_FIRST(&db->queue)) != NULL) {
		TAILQ_REMOVE(&db->queue, j, entry);
		job_free(j);
	}
	while ((j = TAILQ_FIRST(&db->failq)) != NULL) {
		TAILQ_REMOVE(&db->failq, j, entry);
		job_free(j);
	}
	event_free(db->failev);
	free(db->conns);
	free(db->dsn);
	free(db);
	as->db = NULL;
}
