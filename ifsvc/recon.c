/*
 * recon.c - reconciliation of one business date with the marketing system.
 *
 * A run is a batch job, so it runs in a worker thread with its own blocking
 * database connections and its own MI/1 connections, and never stalls the
 * loop that serves appsrv.  Steps, each durable before the next:
 *  1. a recon_runs row RUNNING (the unique partial index is the lock),
 *     through gf_recon_run_begin: a day signed off in the back office is
 *     refused (and the refusal audited) until an admin reopens it;
 *  2. every page of 9001 (page 1, then the rest over several connections
 *     at once), checked: pagecount, count and total the same on every
 *     page, the lines adding up to count and total;
 *  3. the raw file stored in recon_runs and under recon_dir with SHA-256
 *     (on a second connection, while the file is COPYed into a temp table);
 *  4. once it is stored: set-based compare in SQL, differences with both
 *     sides' fields, stats per category, collector and both sides' states,
 *     one RECON_DIFF alarm per difference, state DONE.
 * recon_file() runs steps 1, 3 and 4 on a local file (bench/recon), and the
 * bench prints each step's time from the log lines below.
 *
 * Several nodes share the database: the RUNNING row names its node and
 * holds a lease its ifsvc's loop renews every RECON_RENEW seconds
 * (gf_recon_leases); every node marks a run whose lease ran out FAILED (its
 * node stopped), and a run only becomes DONE while it is still RUNNING.
 * The daily run of a date starts once: the check for a DONE or RUNNING run
 * is made under the date's exclusive lock, in the transaction that
 * records the new run.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <event2/event.h>
#include <openssl/evp.h>

#include "bank_recon.h"
#include "ifsvc.h"
#include "log.h"
#include "mi1_client.h"
#include "pgconn.h"
#include "recon_file.h"
#include "util.h"

struct recon_job {
	struct recon	*r;
	char		 date[9];	/* YYYYMMDD */
	int		 automatic;	/* skip if the date is already DONE */
	char		 actor[80];	/* who asked, for the audit of a refusal */
	char		 bankno[5];	/* a bank's day file (bank_recon.c), or "" */
	int		 scan;		/* look for new bank day files */
	recon_done_cb	 cb;
	void		*arg;
	/* results, written by the worker */
	int		 ok;
	int64_t		 run_id;
	char		 text[2048];
};

struct recon {
	struct ifsvc	*ctx;
	pthread_t	 thread;
	struct recon_job *job;		/* running, or NULL */
	int		 pipe[2];	/* worker -> loop: job finished */
	struct event	*ev_done;
	struct event	*ev_daily;
	struct event	*ev_lease;	/* renew ours, expire the dead's */
	struct event	*ev_bank;	/* look for bank day files */
	struct recon_job *pending;	/* asked for during a scan: next */
	volatile int	 stopping;	/* ends a scan early */
	volatile int	 wanted;	/* ... so does a pending request */
	int		 ready;		/* this node's dead runs are marked */
	int		 marking;	/* ... the query is on its way */
	char		 last_auto[9];	/* local date of the last daily start */
};

/* ---- small blocking helpers for the worker ---- */

static PGresult *
rx_query(PGconn *c, const char *sql, int n, const char *const *p, char *err,
    size_t errlen)
{
	PGresult	*res = PQexecParams(c, sql, n, NULL, p, NULL, NULL, 0);

	if (!ifdb_ok(res)) {
		snprintf(err, errlen, "database: %s", PQresultErrorMessage(res));
		err[strcspn(err, "\n")] = '\0';
		PQclear(res);
		return NULL;
	}
	return res;
}

static int
rx_exec(PGconn *c, const char *sql, int n, const char *const *p, char *err,
    size_t errlen)
{
	PGresult	*res = rx_query(c, sql, n, p, err, errlen);

	if (res == NULL)
		return -1;
	PQclear(res);
	return 0;
}

/* A connection to the marketing system for the fetch (MI1 §1). */
static struct mi1_conn *
mkt_open(const struct gf_conf *conf, char *err, size_t errlen)
{
	return mi1_conn_open(conf->ifsvc.mkt_host, conf->ifsvc.mkt_port,
	    mono_ms() + (int64_t)conf->ifsvc.deadline * 1000, err, errlen);
}

/*
 * Pages 2..n are fetched over several connections at once (conf pool
 * size), one thread each with its own blocking connection, taking the
 * next page from a shared counter: one page at a time on one connection
 * left both ends idle half of the time.  Every request has its serial
 * (gf_next_stserial, reserved in one query before the threads start).
 */
struct fetch {
	const struct gf_conf *conf;
	const char	*date;
	char		(*serial)[40];
	struct recon_page *pg;		/* [1..pages] */
	int64_t		 pages, next;
	pthread_mutex_t	 mu;
	int		 failed;
	char		 err[512];
};

/* Ask for page n on mc; keep the answer in f->pg[n]. */
static int
fetch_one(struct fetch *f, struct mi1_conn *mc, int64_t n, char *err,
    size_t errlen)
{
	struct mi1_msg	 req, rsp;
	char		 num[24];
	int		 rc = -1;

	memset(&req, 0, sizeof(req));
	mi1_head_init(&req, "9001", f->serial[n], f->conf->global.org,
	    now_us() / 1000000);
	snprintf(num, sizeof(num), "%lld", (long long)n);
	req.body = json_pack("{s:s,s:s}", "recondate", f->date, "page", num);
	if (mi1_call(mc, &req, &rsp, mono_ms() +
	    (int64_t)f->conf->ifsvc.deadline * 1000, err, errlen) == -1) {
		mi1_msg_clear(&req);
		return -1;
	}
	mi1_msg_clear(&req);
	if (strcmp(rsp.rspcode, "0000") != 0)
		snprintf(err, errlen, "9001 page %lld: rspcode %s %s",
		    (long long)n, rsp.rspcode, rsp.rspmsg);
	else
		rc = recon_page_read(rsp.body, n, &f->pg[n], err, errlen);
	mi1_msg_clear(&rsp);
	return rc;
}

static void *
fetch_thread(void *arg)
{
	struct fetch	*f = arg;
	char		 err[512];
	int64_t		 n;
	struct mi1_conn	*mc;

	if ((mc = mkt_open(f->conf, err, sizeof(err))) == NULL)
		goto fail;
	for (;;) {
		pthread_mutex_lock(&f->mu);
		n = f->failed ? f->pages + 1 : f->next++;
		pthread_mutex_unlock(&f->mu);
		if (n > f->pages)
			break;
		if (fetch_one(f, mc, n, err, sizeof(err)) == -1)
			goto fail;
	}
	mi1_conn_close(mc);
	return NULL;
fail:
	mi1_conn_close(mc);
	pthread_mutex_lock(&f->mu);
	if (!f->failed)
		snprintf(f->err, sizeof(f->err), "%s", err);
	f->failed = 1;
	pthread_mutex_unlock(&f->mu);
	return NULL;
}

/* Reserve n request serials in one round trip. */
static int
fetch_serials(PGconn *c, struct fetch *f, int64_t from, int64_t to,
    char *err, size_t errlen)
{
	PGresult	*res;
	char		 n[24];
	const char	*p[2] = { f->conf->global.org, n };
	int64_t		 i;

	snprintf(n, sizeof(n), "%lld", (long long)(to - from + 1));
	if ((res = rx_query(c, "SELECT gf_next_stserial($1) FROM "
	    "generate_series(1, $2::bigint)", 2, p, err, errlen)) == NULL)
		return -1;
	for (i = from; i <= to && i - from < PQntuples(res); i++)
		snprintf(f->serial[i], sizeof(f->serial[i]), "%s",
		    PQgetvalue(res, (int)(i - from), 0));
	PQclear(res);
	return 0;
}

/*
 * Every page of 9001 for date into raw.  count and total cover the whole
 * day, so they (and pagecount) must be the same on every page; the lines
 * must add up to them.  Page 1 first, alone: it gives pagecount.
 */
static int
recon_fetch(PGconn *c, const struct gf_conf *conf, const char *date,
    struct gbuf *raw, int64_t *rcount, int64_t *rtotal, char *err,
    size_t errlen)
{
	struct fetch	 f;
	pthread_t	 th[16];
	struct mi1_conn	*mc;
	int64_t		 n;
	int		 i, nth = 0, rc = -1;

	memset(&f, 0, sizeof(f));
	f.conf = conf;
	f.date = date;
	f.pages = 1;
	f.pg = xcalloc(2, sizeof(*f.pg));
	f.serial = xcalloc(2, sizeof(*f.serial));
	pthread_mutex_init(&f.mu, NULL);
	if (fetch_serials(c, &f, 1, 1, err, errlen) == -1)
		goto out;
	if ((mc = mkt_open(conf, err, errlen)) == NULL)
		goto out;
	i = fetch_one(&f, mc, 1, err, errlen);
	mi1_conn_close(mc);
	if (i == -1)
		goto out;
	if (recon_page_first_ok(&f.pg[1], err, errlen) == -1)
		goto out;
	if (f.pg[1].pagecount > 1) {
		f.pages = f.pg[1].pagecount;
		f.pg = xrealloc(f.pg, ((size_t)f.pages + 1) * sizeof(*f.pg));
		memset(f.pg + 2, 0, (size_t)(f.pages - 1) * sizeof(*f.pg));
		f.serial = xrealloc(f.serial, ((size_t)f.pages + 1) *
		    sizeof(*f.serial));
		if (fetch_serials(c, &f, 2, f.pages, err, errlen) == -1)
			goto out;
		f.next = 2;
		n = conf->ifsvc.pool < 1 ? 1 : conf->ifsvc.pool;
		if (n > 16)
			n = 16;
		if (n > f.pages - 1)
			n = f.pages - 1;
		for (nth = 0; nth < n; nth++)
			if (pthread_create(&th[nth], NULL, fetch_thread,
			    &f) != 0)
				break;
		if (nth == 0) {
			snprintf(err, errlen, "cannot start fetch threads");
			goto out;
		}
		for (i = 0; i < nth; i++)
			pthread_join(th[i], NULL);
		if (f.failed) {
			snprintf(err, errlen, "%s", f.err);
			goto out;
		}
	}
	if (recon_pages_check(f.pg, f.pages, raw, rcount, rtotal, err,
	    errlen) == -1)
		goto out;
	rc = 0;
out:
	for (n = 1; n <= f.pages; n++)
		free(f.pg[n].data);
	free(f.pg);
	free(f.serial);
	pthread_mutex_destroy(&f.mu);
	return rc;
}

/*
 * Storing the raw file: database and recon_dir, with its SHA-256.  The
 * UPDATE goes out first (store_send) as a binary text parameter (no copy;
 * the server still checks it is valid UTF-8) and the server compresses
 * (lz4, 045_recon.sql) and logs it while this side writes and fsyncs the
 * file (store_file) and, for a run, COPYs the file into the staging table
 * on the other connection.  store_wait collects the UPDATE's result: the
 * compare starts only after it, so the file is stored before comparing.
 */
struct store {
	char		 hex[2 * EVP_MAX_MD_SIZE + 1];
	char		 path[1024];
	int64_t		 run_id, lines, t0, t_sha, t_file;
};

static int
store_send(PGconn *s, const struct gf_conf *conf, int64_t run_id,
    const char *date, const struct gbuf *raw, int64_t rcount, int64_t rtotal,
    struct store *st, char *err, size_t errlen)
{
	uint8_t		 md[EVP_MAX_MD_SIZE];
	unsigned	 mdlen = 0;
	char		 id[24], cnt[24], tot[24];
	const char	*p[5];
	int		 len[5] = { 0, 0, 0, 0, 0 }, fmt[5] = { 0, 1, 0, 0, 0 };

	memset(st, 0, sizeof(*st));
	st->t0 = mono_ms();
	st->run_id = run_id;
	st->lines = rcount;
	EVP_Digest(raw->len ? raw->data : (const uint8_t *)"", raw->len, md,
	    &mdlen, EVP_sha256(), NULL);
	hex_encode(md, mdlen, st->hex);
	st->t_sha = mono_ms();
	snprintf(st->path, sizeof(st->path), "%s/recon_%s_run%lld.txt",
	    conf->ifsvc.recon_dir, date, (long long)run_id);
	snprintf(id, sizeof(id), "%lld", (long long)run_id);
	snprintf(cnt, sizeof(cnt), "%lld", (long long)rcount);
	snprintf(tot, sizeof(tot), "%lld", (long long)rtotal);
	p[0] = id; p[1] = raw->len ? (const char *)raw->data : "";
	p[2] = st->hex; p[3] = cnt; p[4] = tot;
	len[1] = (int)raw->len;
	if (!PQsendQueryParams(s, "UPDATE recon_runs SET raw_file = $2::text, "
	    "file_sha256 = $3, remote_count = $4, remote_total = $5 "
	    "WHERE id = $1", 5, NULL, p, len, fmt, 0)) {
		snprintf(err, errlen, "database: %s", PQerrorMessage(s));
		err[strcspn(err, "\n")] = '\0';
		return -1;
	}
	return 0;
}

static int
store_file(const struct gf_conf *conf, const struct gbuf *raw,
    struct store *st, char *err, size_t errlen)
{
	int		 fd, rc = 0;

	mkdir(conf->ifsvc.recon_dir, 0750);
	fd = open(st->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
	if (fd == -1 || (raw->len > 0 && write(fd, raw->data, raw->len) !=
	    (ssize_t)raw->len) || fsync(fd) == -1) {
		snprintf(err, errlen, "cannot write %s: %s", st->path,
		    strerror(errno));
		rc = -1;
	}
	if (fd != -1)
		close(fd);
	st->t_file = mono_ms();
	return rc;
}

/* The UPDATE's result; rc is what the caller has so far (kept if -1). */
static int
store_wait(PGconn *s, struct store *st, int rc, char *err, size_t errlen)
{
	PGresult	*res;

	while ((res = PQgetResult(s)) != NULL) {
		if (!ifdb_ok(res) && rc == 0) {
			snprintf(err, errlen, "database: %s",
			    PQresultErrorMessage(res));
			err[strcspn(err, "\n")] = '\0';
			rc = -1;
		}
		PQclear(res);
	}
	log_info("recon: stored run=%lld file=%s sha256=%s lines=%lld "
	    "sha_ms=%lld file_done_ms=%lld db_done_ms=%lld",
	    (long long)st->run_id, st->path, st->hex, (long long)st->lines,
	    (long long)(st->t_sha - st->t0), (long long)(st->t_file - st->t_sha),
	    (long long)(mono_ms() - st->t_sha));
	return rc;
}

/* Store without comparing (what a failed fetch got, for the auditor). */
static int
recon_store(PGconn *c, const struct gf_conf *conf, int64_t run_id,
    const char *date, const struct gbuf *raw, int64_t rcount, int64_t rtotal,
    char *err, size_t errlen)
{
	struct store	 st;
	int		 rc;

	if (store_send(c, conf, run_id, date, raw, rcount, rtotal, &st, err,
	    errlen) == -1)
		return -1;
	rc = store_file(conf, raw, &st, err, errlen);
	return store_wait(c, &st, rc, err, errlen);
}

/*
 * The file into a temp table with COPY (inside the caller's transaction).
 * Unlogged by nature, no index, no ANALYZE: the compare is one hash join
 * whichever side the planner hashes (measured: ANALYZE only cost time).
 */
static int
recon_copy(PGconn *c, const struct gbuf *raw, char *err, size_t errlen)
{
	PGresult	*res;
	size_t		 off, n;

	if (rx_exec(c, "CREATE TEMP TABLE recon_remote (stserial text, "
	    "mkserial text, trcode text, custno text, amount bigint, "
	    "status text, txdate text, txtime text) ON COMMIT DROP", 0, NULL,
	    err, errlen) == -1)
		return -1;
	res = PQexec(c, "COPY recon_remote FROM STDIN (DELIMITER '|')");
	if (PQresultStatus(res) != PGRES_COPY_IN) {
		snprintf(err, errlen, "COPY: %s", PQresultErrorMessage(res));
		PQclear(res);
		return -1;
	}
	PQclear(res);
	for (off = 0; off < raw->len; off += n) {
		n = raw->len - off > 1 << 20 ? 1 << 20 : raw->len - off;
		if (PQputCopyData(c, (const char *)raw->data + off, (int)n) != 1)
			break;
	}
	PQputCopyEnd(c, off < raw->len ? "send failed" : NULL);
	res = PQgetResult(c);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		snprintf(err, errlen, "COPY: %s", PQresultErrorMessage(res));
		err[strcspn(err, "\n")] = '\0';
		PQclear(res);
		return -1;
	}
	PQclear(res);
	while ((res = PQgetResult(c)) != NULL)
		PQclear(res);
	return 0;
}

/*
 * The compare, set-based, in one pass over both sides: local lines are
 * the day's PAYMENT/PREPAY/CARD_RECHARGE rows of the date's partition
 * (SUCCESS expects OK, REVERSED expects REVERSED; FAILED expects no line;
 * PENDING/UNKNOWN left at this point are shown).  One hash full join feeds
 * one hash aggregate: counts and sums per collector, both sides' states
 * and whether the amounts agree - the category follows from those keys, so
 * it is worked out per group, not per line - and with each group the
 * stserials of its differences (none for MATCHED).  The grouped result
 * is tiny; a second statement looks up only the differences for both
 * sides' fields.  Measured on a
 * million lines: materialising the joined day row by row cost ~2x, a sort
 * aggregate (the planner's choice, it cannot know there are ~50 groups)
 * ~1 s more, JIT ~0.5 s more than it saved, the category per line
 * ~0.2 s more.
 */
static const char recon_group_sql[] =
    "CREATE TEMP TABLE recon_g ON COMMIT DROP AS "
    "SELECT CASE WHEN rs IS NULL THEN 'LOCAL_ONLY' "
    "    WHEN ls IS NULL OR ls NOT IN ('SUCCESS', 'REVERSED') "
    "      THEN 'REMOTE_ONLY' "
    "    WHEN NOT eq THEN 'AMOUNT_MISMATCH' "
    "    WHEN rs <> CASE ls WHEN 'SUCCESS' THEN 'OK' ELSE 'REVERSED' END "
    "      THEN 'STATUS_MISMATCH' "
    "    ELSE 'MATCHED' END AS category, COALESCE(op, '') AS op, "
    "  COALESCE(ls, '') AS ls, COALESCE(rs, '') AS rs, n, lsum, rsum, diffs "
    "FROM (SELECT l.operator_id AS op, l.state AS ls, r.status AS rs, "
    "  l.amount = r.amount AS eq, count(*) AS n, "
    "  COALESCE(sum(l.amount), 0) AS lsum, "
    "  COALESCE(sum(r.amount), 0) AS rsum, "
    "  array_agg(COALESCE(l.stserial, r.stserial)) FILTER (WHERE "
    "    r.stserial IS NULL OR l.stserial IS NULL OR l.amount <> r.amount "
    "    OR l.state NOT IN ('SUCCESS', 'REVERSED') OR r.status <> "
    "    CASE l.state WHEN 'SUCCESS' THEN 'OK' ELSE 'REVERSED' END) "
    "    AS diffs "
    "  FROM (SELECT stserial, state, amount, operator_id FROM transactions "
    "    WHERE settle_date = $1::date "
    "    AND func IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE')) l "
    "  FULL JOIN recon_remote r ON r.stserial = l.stserial "
    "  WHERE NOT (r.stserial IS NULL AND l.state = 'FAILED') "
    "  GROUP BY 1, 2, 3, 4) g";

/* Groups that differ only in eq fold into one category here. */
static const char recon_stats_sql[] =
    "INSERT INTO recon_stats (run_id, category, operator_id, l_state, "
    "  r_status, n, local_sum, remote_sum) SELECT $1::bigint, category, "
    "  op, ls, rs, sum(n), sum(lsum), sum(rsum) FROM recon_g "
    "  GROUP BY category, op, ls, rs";

/* Only the differences: an index probe each, one scan of the staging. */
static const char recon_diffs_sql[] =
    "INSERT INTO recon_diffs SELECT $1::bigint, g.category, k.dk, "
    "  t.state, CASE WHEN t.state IS NULL THEN NULL "
    "    WHEN t.state = 'SUCCESS' THEN 'OK' "
    "    WHEN t.state = 'REVERSED' THEN 'REVERSED' "
    "    WHEN t.state = 'FAILED' THEN 'ABSENT' ELSE 'UNKNOWN' END, "
    "  t.amount, t.trcode, t.customer_no, t.mkt_serial, t.terminal_id, "
    "  t.operator_id, t.term_serial, t.created_at, r.mkserial, r.trcode, "
    "  r.custno, r.amount, r.status, r.txdate, r.txtime "
    "  FROM recon_g g CROSS JOIN unnest(g.diffs) AS k(dk) "
    "  LEFT JOIN transactions t ON t.stserial = k.dk "
    "    AND t.settle_date = $2::date "
    "    AND t.func IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE') "
    "  LEFT JOIN recon_remote r ON r.stserial = k.dk "
    "  WHERE g.diffs IS NOT NULL";

/* Totals from the stats just written: no second pass over the day. */
const char recon_finish_sql[] =
    "WITH lt AS (SELECT COALESCE(sum(n) FILTER (WHERE l_state IN "
    "  ('SUCCESS', 'REVERSED')), 0) AS n, COALESCE(sum(local_sum) "
    "  FILTER (WHERE l_state = 'SUCCESS'), 0) AS s "
    "  FROM recon_stats WHERE run_id = $1::bigint), "
    "sm AS (SELECT jsonb_object_agg(category, jsonb_build_object('n', n, "
    "  'local_sum', ls, 'remote_sum', rs, 'local_net', ln, "
    "  'remote_net', rn)) AS j FROM (SELECT category, "
    "  sum(n) AS n, sum(local_sum) AS ls, sum(remote_sum) AS rs, "
    "  COALESCE(sum(local_sum) FILTER (WHERE l_state = 'SUCCESS'), 0) AS ln, "
    "  COALESCE(sum(remote_sum) FILTER (WHERE r_status = 'OK'), 0) AS rn "
    "  FROM recon_stats WHERE run_id = $1::bigint GROUP BY category) x) "
    "UPDATE recon_runs SET state = 'DONE', finished_at = clock_timestamp(), "
    "  local_count = lt.n, local_total = lt.s, lease_until = NULL, "
    "  summary = COALESCE(sm.j, '{}'::jsonb) FROM lt, sm "
    "  WHERE id = $1::bigint AND state = 'RUNNING'";

static const char recon_alarm_sql[] =
    "INSERT INTO alarms (kind, source, terminal_id, detail) "
    "SELECT 'RECON_DIFF', 'ifsvc', l_terminal_id, format('run=%s date=%s "
    "category=%s stserial=%s local_state=%s local_amount=%s "
    "remote_status=%s remote_amount=%s', run_id, $2::text, category, "
    "stserial, COALESCE(l_state, '-'), COALESCE(l_amount::text, '-'), "
    "COALESCE(r_status, '-'), COALESCE(r_amount::text, '-')) "
    "FROM recon_diffs WHERE run_id = $1::bigint";

/* Summary text for gfctl from the stored stats. */
static void
recon_text(PGconn *c, int64_t run_id, const char *date, char *text,
    size_t len)
{
	PGresult	*res;
	char		 id[24], err[256];
	const char	*p[1] = { id };
	size_t		 off;
	int		 i;

	snprintf(id, sizeof(id), "%lld", (long long)run_id);
	res = rx_query(c, "SELECT remote_count, remote_total, local_count, "
	    "local_total FROM recon_runs WHERE id = $1::bigint", 1, p, err,
	    sizeof(err));
	off = (size_t)snprintf(text, len, "run=%lld date=%s state=DONE",
	    (long long)run_id, date);
	if (res != NULL && PQntuples(res) == 1 && off < len)
		off += (size_t)snprintf(text + off, len - off,
		    " remote_count=%s remote_total=%s local_count=%s "
		    "local_total=%s", PQgetvalue(res, 0, 0),
		    PQgetvalue(res, 0, 1), PQgetvalue(res, 0, 2),
		    PQgetvalue(res, 0, 3));
	PQclear(res);
	res = rx_query(c, "SELECT c, COALESCE(sum(n), 0) FROM unnest(ARRAY["
	    "'MATCHED', 'LOCAL_ONLY', 'REMOTE_ONLY', 'AMOUNT_MISMATCH', "
	    "'STATUS_MISMATCH']) WITH ORDINALITY AS u(c, o) LEFT JOIN "
	    "recon_stats s ON s.category = u.c AND s.run_id = $1::bigint "
	    "GROUP BY c, o ORDER BY o", 1, p, err, sizeof(err));
	for (i = 0; res != NULL && i < PQntuples(res) && off < len; i++)
		off += (size_t)snprintf(text + off, len - off, " %s=%s",
		    PQgetvalue(res, i, 0), PQgetvalue(res, i, 1));
	PQclear(res);
}

/*
 * Steps 3 and 4: store the file (on connection s) while the staging table
 * is loaded (on c), then, once it is stored, compare, stats, diffs,
 * alarms, DONE in one transaction on c.  work_mem holds the hash of a
 * whole day (about 75 MB per million lines) so the join stays in one
 * batch.
 */
static int
recon_compare(PGconn *c, PGconn *s, const struct gf_conf *conf,
    int64_t run_id, const char *date, const char *iso,
    const struct gbuf *raw, int64_t rcount, int64_t rtotal, char *err,
    size_t errlen)
{
	struct store	 st;
	PGresult	*res;
	char		 id[24];
	const char	*p[2] = { id, iso };
	int64_t		 t0, t1, t2, t3, t4, tw;
	int		 rc, done;

	snprintf(id, sizeof(id), "%lld", (long long)run_id);
	if (store_send(s, conf, run_id, date, raw, rcount, rtotal, &st, err,
	    errlen) == -1)
		return -1;
	t0 = mono_ms();
	rc = rx_exec(c, "BEGIN", 0, NULL, err, errlen);
	if (rc == 0)
		rc = recon_copy(c, raw, err, errlen);
	tw = mono_ms();
	if (rc == 0)
		rc = store_file(conf, raw, &st, err, errlen);
	if (store_wait(s, &st, rc, err, errlen) == -1)
		goto fail;
	if (rx_exec(c, "SET LOCAL work_mem = '256MB'", 0, NULL, err,
	    errlen) == -1)
		goto fail;
	t1 = mono_ms();
	if (rx_exec(c, "SET LOCAL jit = off", 0, NULL, err, errlen) == -1 ||
	    rx_exec(c, "SET LOCAL enable_sort = off", 0, NULL, err,
	    errlen) == -1 ||
	    rx_exec(c, recon_group_sql, 1, p + 1, err, errlen) == -1 ||
	    rx_exec(c, "SET LOCAL enable_sort = on", 0, NULL, err,
	    errlen) == -1 ||
	    rx_exec(c, "ANALYZE recon_g", 0, NULL, err, errlen) == -1 ||
	    rx_exec(c, recon_stats_sql, 1, p, err, errlen) == -1 ||
	    rx_exec(c, recon_diffs_sql, 2, p, err, errlen) == -1)
		goto fail;
	t2 = mono_ms();
	if (rx_exec(c, recon_alarm_sql, 2, p, err, errlen) == -1)
		goto fail;
	t3 = mono_ms();
	if ((res = rx_query(c, recon_finish_sql, 1, p, err, errlen)) == NULL)
		goto fail;
	done = strcmp(PQcmdTuples(res), "1") == 0;
	PQclear(res);
	if (!done) {
		/* Our lease ran out and another node declared the run
		 * dead: what we found is not recorded. */
		snprintf(err, errlen, "run %s is no longer RUNNING (its lease "
		    "ran out)", id);
		goto fail;
	}
	if (rx_exec(c, "COMMIT", 0, NULL, err, errlen) == -1)
		goto fail;
	t4 = mono_ms();
	log_info("recon: run=%lld copy_ms=%lld store_wait_ms=%lld "
	    "compare_ms=%lld alarms_ms=%lld finish_ms=%lld", (long long)run_id,
	    (long long)(tw - t0), (long long)(t1 - tw), (long long)(t2 - t1),
	    (long long)(t3 - t2), (long long)(t4 - t3));
	return 0;
fail:
	PQclear(PQexec(c, "ROLLBACK"));
	return -1;
}

/*
 * Step 1.  node: who runs it; leased: the loop renews its lease (an offline
 * compare, which has no loop, holds none: it ends as FAILED only when its
 * node's ifsvc starts).
 */
static int64_t
recon_begin(PGconn *c, const char *date, int automatic, const char *actor,
    const char *node, int leased, const char *source, char *err,
    size_t errlen)
{
	PGresult	*res;
	const char	*p[3] = { date, actor, source };
	const char	*lp[3];
	char		 idv[24], lease[16];
	int64_t		 id;

	/*
	 * TP1 §5.2: a started reconciliation forbids reversals of its day.
	 * The date's lock waits for reversal claims in progress
	 * (gf_tx_claim takes it shared); once RUNNING is committed, no new
	 * one is claimed.  The same lock makes the daily run's check and
	 * its start one step for all nodes: a node that comes second finds
	 * the first one's run.
	 */
	if (rx_exec(c, "BEGIN", 0, NULL, err, errlen) == -1)
		return -1;
	if (rx_exec(c, "SELECT gf_recon_day_lock($1::date, true)", 1, p, err,
	    errlen) == -1)
		goto fail;
	if (automatic) {
		if ((res = rx_query(c, "SELECT 1 FROM recon_runs WHERE "
		    "recon_date = $1::date AND source = 'MI1' AND state IN "
		    "('DONE', 'RUNNING')", 1, p, err, errlen)) == NULL)
			goto fail;
		id = PQntuples(res);
		PQclear(res);
		if (id > 0) {
			PQclear(PQexec(c, "ROLLBACK"));
			snprintf(err, errlen, "date %s already reconciled",
			    date);
			return 0;
		}
	}
	if ((res = rx_query(c, "SELECT gf_recon_run_begin($1::date, $2, $3)", 3,
	    p, err, errlen)) == NULL)
		goto fail;
	/* NULL: the day is signed off; the refusal's audit row commits. */
	id = PQgetisnull(res, 0, 0) ? 0 : strtoll(PQgetvalue(res, 0, 0), NULL,
	    10);
	PQclear(res);
	if (id > 0) {
		snprintf(idv, sizeof(idv), "%lld", (long long)id);
		snprintf(lease, sizeof(lease), "%d", leased ? RECON_LEASE : 0);
		lp[0] = idv;
		lp[1] = node;
		lp[2] = lease;
		if (rx_exec(c, "UPDATE recon_runs SET node = $2, lease_until = "
		    "now() + make_interval(secs => NULLIF($3::integer, 0)) "
		    "WHERE id = $1::bigint", 3, lp, err, errlen) == -1)
			goto fail;
	}
	if (rx_exec(c, "COMMIT", 0, NULL, err, errlen) == -1)
		return -1;
	if (id == 0) {
		snprintf(err, errlen, "date %s is signed off: an admin must "
		    "reopen it before it is reconciled again", date);
		return -1;
	}
	return id;
fail:
	if (strstr(err, "recon_runs_one_running") != NULL)
		snprintf(err, errlen, "a run for %s is already running", date);
	PQclear(PQexec(c, "ROLLBACK"));
	return -1;
}

/*
 * Reversals of the day claimed before the run started may still be on
 * their way to the marketing system: wait (at most twice the MI/1
 * deadline) until none is PENDING, so that the 9001 file holds them.
 * IN_DOUBT ones are not rolled forward while the run lasts (settler.c);
 * the comparison shows them.
 */
static void
recon_wait_reversals(PGconn *c, const char *iso, int deadline_s)
{
	PGresult	*res;
	const char	*p[1] = { iso };
	char		 err[256];
	int64_t		 until = mono_ms() + 2000LL * deadline_s;
	long		 n;

	for (;;) {
		if ((res = rx_query(c, "SELECT count(*) FROM transactions "
		    "WHERE settle_date = $1::date AND func = 'REVERSAL' AND "
		    "state = 'PENDING'", 1, p, err, sizeof(err))) == NULL)
			return;
		n = strtol(PQgetvalue(res, 0, 0), NULL, 10);
		PQclear(res);
		if (n == 0)
			return;
		if (mono_ms() > until) {
			log_warnx("recon: date=%s reversals_pending=%ld "
			    "continuing", iso, n);
			return;
		}
		usleep(100000);
	}
}

static void
recon_fail(PGconn *c, int64_t run_id, const char *why)
{
	char		 id[24], err[256];
	const char	*p[2] = { id, why };

	snprintf(id, sizeof(id), "%lld", (long long)run_id);
	rx_exec(c, "UPDATE recon_runs SET state = 'FAILED', finished_at = now(), "
	    "error = $2 WHERE id = $1::bigint", 2, p, err, sizeof(err));
	log_warnx("recon: run=%lld failed: %s", (long long)run_id, why);
}

static int
scan_stop(void *arg)
{
	return ((struct recon *)arg)->stopping || ((struct recon *)arg)->wanted;
}

/* A bank's day file, or a look for new ones (bank_recon.c). */
static void
bank_job(struct recon_job *job, PGconn *c)
{
	const struct gf_conf *conf = &job->r->ctx->conf;

	if (job->scan) {
		job->ok = 1;
		if (bank_recon_scan(c, conf, scan_stop, job->r, job->text,
		    sizeof(job->text)) > 0)
			log_info("bankrecon: scan %s", job->text);
		return;
	}
	job->ok = bank_recon_one(c, conf, job->bankno, job->date, job->actor,
	    1, &job->run_id, job->text, sizeof(job->text)) == 0;
}

static void *
recon_worker(void *arg)
{
	struct recon_job *job = arg;
	struct ifsvc	*ctx = job->r->ctx;
	PGconn		*c, *s2 = NULL;
	struct gbuf	 raw;
	int64_t		 rcount = 0, rtotal = 0, t0 = mono_ms(), t1;
	char		 err[1024] = "", iso[11];
	char		 detail[1200];
	uint8_t		 one = 1;

	gbuf_init(&raw);
	snprintf(iso, sizeof(iso), "%.4s-%.2s-%.2s", job->date, job->date + 4,
	    job->date + 6);
	if ((c = pg_connect_blocking(ctx->dsn, "ifsvc", err,
	    sizeof(err))) == NULL) {
		snprintf(job->text, sizeof(job->text), "database: %s", err);
		goto out;
	}
	if (job->scan || job->bankno[0] != '\0') {
		bank_job(job, c);
		goto out;
	}
	if ((job->run_id = recon_begin(c, iso, job->automatic, job->actor,
	    ctx->conf.global.node, 1, "MI1", err, sizeof(err))) <= 0) {
		snprintf(job->text, sizeof(job->text), "%s", err);
		goto out;
	}
	log_info("recon: run=%lld date=%s started", (long long)job->run_id,
	    job->date);
	recon_wait_reversals(c, iso, ctx->conf.ifsvc.deadline);
	t1 = mono_ms();
	if (recon_fetch(c, &ctx->conf, job->date, &raw, &rcount, &rtotal, err,
	    sizeof(err)) == -1) {
		/* Keep what was fetched for the auditor, then fail. */
		if (raw.len > 0)
			recon_store(c, &ctx->conf, job->run_id, job->date, &raw,
			    rcount, rtotal, detail, sizeof(detail));
		goto failed;
	}
	log_info("recon: run=%lld fetched lines=%lld fetch_ms=%lld",
	    (long long)job->run_id, (long long)rcount,
	    (long long)(mono_ms() - t1));
	/* A second connection stores the file while c loads it. */
	if ((s2 = pg_connect_blocking(ctx->dsn, "ifsvc", detail,
	    sizeof(err) - 16)) == NULL) {
		snprintf(err, sizeof(err), "database: %.1000s", detail);
		goto failed;
	}
	if (recon_compare(c, s2, &ctx->conf, job->run_id, job->date, iso, &raw,
	    rcount, rtotal, err, sizeof(err)) == -1)
		goto failed;
	recon_text(c, job->run_id, job->date, job->text, sizeof(job->text));
	job->ok = 1;
	log_info("recon: %s ms=%lld", job->text, (long long)(mono_ms() - t0));
	goto out;
failed:
	recon_fail(c, job->run_id, err);
	snprintf(detail, sizeof(detail), "run=%lld date=%s: %s",
	    (long long)job->run_id, job->date, err);
	{
		const char *p[1] = { detail };
		char	    e2[256];

		rx_exec(c, "INSERT INTO alarms (kind, source, detail) VALUES "
		    "('RECON_FAILED', 'ifsvc', $1)", 1, p, e2, sizeof(e2));
	}
	snprintf(job->text, sizeof(job->text), "run=%lld date=%s state=FAILED "
	    "error=%s", (long long)job->run_id, job->date, err);
out:
	PQfinish(c);
	PQfinish(s2);
	gbuf_free(&raw);
	if (write(job->r->pipe[1], &one, 1) != 1)
		log_warn("recon: notify");
	return NULL;
}

static int	recon_launch(struct recon *, struct recon_job *);

static void
done_cb(evutil_socket_t fd, short what, void *arg)
{
	struct recon	*r = arg;
	struct recon_job *job = r->job;
	uint8_t		 b;

	(void)what;
	if (read(fd, &b, 1) != 1 || job == NULL)
		return;
	pthread_join(r->thread, NULL);
	r->job = NULL;
	if (!job->scan || job->text[0] != '\0')
		log_info("recon: finished ok=%d %s", job->ok, job->text);
	if (job->cb != NULL)
		job->cb(job->ok, job->run_id, job->text, job->arg);
	free(job);
	/* A request made while a scan went on starts now. */
	if ((job = r->pending) != NULL) {
		r->pending = NULL;
		r->wanted = 0;
		if (recon_launch(r, job) == -1) {
			if (job->cb != NULL)
				job->cb(0, 0, "cannot start the run", job->arg);
			free(job);
		}
	}
}

static int
valid_date(const char *d)
{
	struct tm	tm;
	char		back[9];

	if (strlen(d) != 8 || strspn(d, "0123456789") != 8)
		return 0;
	memset(&tm, 0, sizeof(tm));
	if (strptime(d, "%Y%m%d", &tm) == NULL)
		return 0;
	/* Round-trip to reject 20260231 and friends. */
	tm.tm_isdst = -1;
	tm.tm_hour = 12;
	mktime(&tm);
	strftime(back, sizeof(back), "%Y%m%d", &tm);
	return strcmp(back, d) == 0;
}

static int
recon_start_job(struct recon *r, const char *date, int automatic,
    const char *actor, const char *bankno, int scan, recon_done_cb cb,
    void *arg)
{
	struct recon_job *job;
	int		  after_scan = 0;

	if (!r->ready || (!scan && !valid_date(date)))
		return -1;
	/* A look for bank files gives way: the request runs right after
	 * it (one waits at most; the scan stops at its next file). */
	if (r->job != NULL) {
		if (scan || !r->job->scan || r->pending != NULL)
			return -1;
		after_scan = 1;
	}
	if (bankno != NULL && (strlen(bankno) != 4 ||
	    strspn(bankno, "0123456789") != 4))
		return -1;
	job = xcalloc(1, sizeof(*job));
	job->r = r;
	job->scan = scan;
	if (bankno != NULL)
		memcpy(job->bankno, bankno, 5);
	snprintf(job->date, sizeof(job->date), "%s", date);
	job->automatic = automatic;
	snprintf(job->actor, sizeof(job->actor), "%s", actor);
	job->cb = cb;
	job->arg = arg;
	if (after_scan) {
		r->pending = job;
		r->wanted = 1;
		return 0;
	}
	if (recon_launch(r, job) == -1) {
		free(job);
		return -1;
	}
	return 0;
}

static int
recon_launch(struct recon *r, struct recon_job *job)
{
	r->job = job;
	if (pthread_create(&r->thread, NULL, recon_worker, job) != 0) {
		r->job = NULL;
		return -1;
	}
	return 0;
}

int
recon_start(struct recon *r, const char *date, recon_done_cb cb, void *arg)
{
	return recon_start_job(r, date, 0, "ifsvc:ipc", NULL, 0, cb, arg);
}

int
recon_start_as(struct recon *r, const char *date, const char *actor,
    recon_done_cb cb, void *arg)
{
	return recon_start_job(r, date, 0, actor, NULL, 0, cb, arg);
}

int
recon_start_bank(struct recon *r, const char *bankno, const char *date,
    const char *actor, recon_done_cb cb, void *arg)
{
	return recon_start_job(r, date, 0, actor, bankno, 0, cb, arg);
}

int
recon_busy(const struct recon *r)
{
	return !r->ready || (r->job != NULL && !r->job->scan) ||
	    r->pending != NULL;
}

/* recon_time ("HH:MM" or "HH:MM:SS", checked by conf.c) in seconds. */
static int
daily_at(const char *s)
{
	unsigned	h = 0, m = 0, sec = 0;

	if (sscanf(s, "%u:%u:%u", &h, &m, &sec) < 2)
		return -1;
	return (int)(h * 3600 + m * 60 + sec);
}

/*
 * Daily: at recon_time, reconcile the previous business date.  Once the
 * time has passed on a day (also when ifsvc starts later that day) one
 * automatic run starts; it does nothing if the date is already DONE or
 * RUNNING.  The timer sleeps until the configured second, never more than
 * a minute at a time so that a clock change is noticed.
 */
static void
daily_cb(evutil_socket_t fd, short what, void *arg)
{
	struct recon	*r = arg;
	struct timeval	 tv = { 0, 0 };
	time_t		 now = time(NULL);
	struct tm	 tm;
	char		 today[9], yday[9];
	int		 at = daily_at(r->ctx->conf.ifsvc.recon_time), cur;
	long		 wait;

	(void)fd; (void)what;
	localtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y%m%d", &tm);
	cur = tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
	if (at < 0)
		return;
	if (cur >= at && strcmp(today, r->last_auto) != 0) {
		fmt_localdate(now - 86400, yday);
		if (recon_start_job(r, yday, 1, "ifsvc:daily", NULL, 0, NULL,
		    NULL) == 0) {
			memcpy(r->last_auto, today, sizeof(r->last_auto));
			log_info("recon: daily run started date=%s", yday);
		}
	}
	if (strcmp(today, r->last_auto) != 0 && cur >= at)
		wait = 5;		/* a run is going on: try again soon */
	else
		wait = cur < at ? at - cur : 86400 - cur + at;
	tv.tv_sec = wait > 60 ? 60 : wait;
	evtimer_add(r->ev_daily, &tv);
}

static void	recon_mark_interrupted(struct recon *);

/*
 * This node's runs left RUNNING are marked FAILED before any run starts
 * here: the run's own connection could otherwise record its RUNNING row
 * first, and have it marked.
 */
static void
interrupted_cb(PGresult *res, void *arg)
{
	struct recon	*r = arg;
	struct timeval	 tv = { 1, 0 };

	r->marking = 0;
	if (!ifdb_ok(res))
		return;		/* logged by ifdb; the lease tick tries again */
	if (strcmp(PQcmdTuples(res), "0") != 0)
		log_warnx("recon: marked interrupted runs FAILED rows=%s",
		    PQcmdTuples(res));
	r->ready = 1;
	if (r->ev_daily != NULL)
		evtimer_add(r->ev_daily, &tv);
}

static void
recon_mark_interrupted(struct recon *r)
{
	const char	*p[1] = { r->ctx->conf.global.node };

	r->marking = 1;
	/* One ifsvc per node: a RUNNING row of this node is a dead run
	 * (other nodes' runs end by their leases, gf_recon_leases). */
	ifdb_query(r->ctx->db, "UPDATE recon_runs SET state = 'FAILED', "
	    "finished_at = now(), error = 'interrupted (ifsvc restarted)', "
	    "lease_until = NULL WHERE state = 'RUNNING' AND (node = $1 OR "
	    "node IS NULL)", 1, p, interrupted_cb, r);
}

static void
lease_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (ifdb_ok(res) && PQntuples(res) == 1 &&
	    strcmp(PQgetvalue(res, 0, 0), "0") != 0)
		log_warnx("recon: runs or requests of a stopped node marked "
		    "FAILED rows=%s", PQgetvalue(res, 0, 0));
}

/* Every RECON_RENEW s: renew the lease of our run (if one is going on)
 * and end the runs whose node stopped renewing theirs. */
static void
lease_tick_cb(evutil_socket_t fd, short what, void *arg)
{
	struct recon	*r = arg;
	struct timeval	 tv = { RECON_RENEW, 0 };
	char		 lease[16];
	const char	*p[3] = { r->ctx->conf.global.node, lease,
			    r->job != NULL ? "t" : "f" };

	(void)fd; (void)what;
	if (!r->ready && !r->marking)
		recon_mark_interrupted(r);
	snprintf(lease, sizeof(lease), "%d", RECON_LEASE);
	ifdb_query(r->ctx->db, "SELECT gf_recon_leases($1, $2::integer, "
	    "$3::boolean)", 3, p, lease_cb, NULL);
	evtimer_add(r->ev_lease, &tv);
}

/* Every bank_scan s: look for new bank day files when no run is going on. */
static void
bank_tick_cb(evutil_socket_t fd, short what, void *arg)
{
	struct recon	*r = arg;
	struct timeval	 tv = { r->ctx->conf.ifsvc.bank_scan, 0 };

	(void)fd; (void)what;
	if (r->ready && r->job == NULL)
		(void)recon_start_job(r, "", 0, "ifsvc:scan", NULL, 1, NULL,
		    NULL);
	else if (!r->ready || r->job != NULL)
		tv.tv_sec = 1;	/* busy: soon again */
	evtimer_add(r->ev_bank, &tv);
}

struct recon *
recon_new(struct ifsvc *ctx)
{
	struct recon	*r = xcalloc(1, sizeof(*r));
	struct timeval	 tv = { 1, 0 };

	r->ctx = ctx;
	if (pipe2(r->pipe, O_CLOEXEC | O_NONBLOCK) == -1)
		fatal("recon: pipe");
	r->ev_done = event_new(ctx->base, r->pipe[0], EV_READ | EV_PERSIST,
	    done_cb, r);
	event_add(r->ev_done, NULL);
	if ((r->ev_lease = evtimer_new(ctx->base, lease_tick_cb, r)) == NULL)
		fatalx("recon: timer");
	evtimer_add(r->ev_lease, &tv);
	/* The daily timer starts once the dead runs are marked. */
	if (ctx->conf.ifsvc.recon_time != NULL &&
	    ctx->conf.ifsvc.recon_time[0] != '\0')
		r->ev_daily = evtimer_new(ctx->base, daily_cb, r);
	if (ctx->conf.ifsvc.bank_scan > 0) {
		if ((r->ev_bank = evtimer_new(ctx->base, bank_tick_cb,
		    r)) == NULL)
			fatalx("recon: timer");
		evtimer_add(r->ev_bank, &tv);
	}
	recon_mark_interrupted(r);
	return r;
}

void
recon_free(struct recon *r)
{
	if (r == NULL)
		return;
	r->stopping = 1;
	if (r->job != NULL) {
		pthread_join(r->thread, NULL);
		free(r->job);
	}
	if (r->ev_bank != NULL)
		event_free(r->ev_bank);
	free(r->pending);	/* never started: its caller is going away */
	event_free(r->ev_done);
	event_free(r->ev_lease);
	if (r->ev_daily != NULL)
		event_free(r->ev_daily);
	close(r->pipe[0]);
	close(r->pipe[1]);
	free(r);
}

int
recon_file(const struct gf_conf *conf, const char *dsn, const char *date,
    const char *path, int64_t *run_id, char *text, size_t textlen)
{
	PGconn		*c, *s2 = NULL;
	struct gbuf	 raw;
	FILE		*f;
	char		 buf[65536], err[1024] = "", iso[11];
	size_t		 n;
	int64_t		 count = 0, total = 0, t0 = mono_ms();
	int		 rc = -1;

	*run_id = 0;
	if (!valid_date(date) || (f = fopen(path, "r")) == NULL) {
		snprintf(text, textlen, "bad date or cannot open %s", path);
		return -1;
	}
	gbuf_init(&raw);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		gbuf_add(&raw, buf, n);
	fclose(f);
	gbuf_add_u8(&raw, '\0');
	{
		struct gbuf	lines;

		gbuf_init(&lines);
		if (recon_lines_add((const char *)raw.data, &lines, &count, &total,
		    err, sizeof(err)) == -1) {
			snprintf(text, textlen, "%s", err);
			gbuf_free(&lines);
			gbuf_free(&raw);
			return -1;
		}
		gbuf_free(&raw);
		raw = lines;
	}
	snprintf(iso, sizeof(iso), "%.4s-%.2s-%.2s", date, date + 4, date + 6);
	if ((c = pg_connect_blocking(dsn, "ifsvc", err, sizeof(err))) ==
	    NULL) {
		snprintf(text, textlen, "database: %s", err);
		goto out;
	}
	if ((*run_id = recon_begin(c, iso, 0, "ifsvc:file", conf->global.node,
	    0, "MI1", err, sizeof(err))) <= 0)
		goto fail;
	log_info("recon: file read and checked ms=%lld", (long long)(mono_ms() -
	    t0));
	t0 = mono_ms();
	if ((s2 = pg_connect_blocking(dsn, "ifsvc", text, textlen)) ==
	    NULL) {
		snprintf(err, sizeof(err), "database: %s", text);
		recon_fail(c, *run_id, err);
		goto fail;
	}
	if (recon_compare(c, s2, conf, *run_id, date, iso, &raw, count, total,
	    err, sizeof(err)) == -1) {
		recon_fail(c, *run_id, err);
		goto fail;
	}
	recon_text(c, *run_id, date, text, textlen);
	rc = 0;
	goto out;
fail:
	snprintf(text, textlen, "run=%lld state=FAILED error=%s",
	    (long long)*run_id, err);
out:
	PQfinish(c);
	PQfinish(s2);
	gbuf_free(&raw);
	return rc;
}

/* ---- what bank_recon.c shares (bank_recon.h) ---- */

PGresult *
recon_rx_query(PGconn *c, const char *sql, int n, const char *const *p,
    char *err, size_t errlen)
{
	return rx_query(c, sql, n, p, err, errlen);
}

int
recon_rx_exec(PGconn *c, const char *sql, int n, const char *const *p,
    char *err, size_t errlen)
{
	return rx_exec(c, sql, n, p, err, errlen);
}

int64_t
recon_begin_src(PGconn *c, const char *iso, const char *actor,
    const char *node, int leased, const char *source, char *err,
    size_t errlen)
{
	return recon_begin(c, iso, 0, actor, node, leased, source, err,
	    errlen);
}

void
recon_fail_run(PGconn *c, int64_t run_id, const char *why)
{
	recon_fail(c, run_id, why);
}

void
recon_summary_text(PGconn *c, int64_t run_id, const char *date, char *text,
    size_t len)
{
	recon_text(c, run_id, date, text, len);
}

int
recon_valid_date(const char *d)
{
	return valid_date(d);
}
