/*
 * recon.c - reconciliation of one business date with the marketing system.
 *
 * A run is a batch job, so it runs in a worker thread with its own blocking
 * database connection and its own MI/1 connection, and never stalls the
 * loop that serves appsrv.  Steps, each durable before the next:
 *  1. a recon_runs row RUNNING (the unique partial index is the lock);
 *  2. every page of 9001, checked: count and total against the lines;
 *  3. the raw file stored in recon_runs and under recon_dir with SHA-256;
 *  4. set-based compare in SQL after COPY of the file into a temp table,
 *     differences with both sides' fields, stats per category and per
 *     collector, one RECON_DIFF alarm per difference, state DONE.
 * The compare is in recon_sql.c-free SQL below; recon_file() runs steps 1,
 * 3 and 4 on a local file (bench/recon).
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <event2/event.h>
#include <openssl/evp.h>

#include "ifsvc.h"
#include "log.h"
#include "util.h"

struct recon_job {
	struct recon	*r;
	char		 date[9];	/* YYYYMMDD */
	int		 automatic;	/* skip if the date is already DONE */
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
	char		 last_auto[9];	/* local date of the last daily start */
};

/* ---- small blocking helpers for the worker ---- */

static PGresult *
rx_query(PGconn *c, const char *sql, int n, const char *const *p, char *err,
    size_t errlen)
{
	PGresult	*res = PQexecParams(c, sql, n, NULL, p, NULL, NULL, 0);

	if (!db_ok(res)) {
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

static int
io_wait(int fd, short ev, int64_t deadline_ms)
{
	struct pollfd	pfd = { fd, ev, 0 };
	int64_t		left;
	int		r;

	for (;;) {
		if ((left = deadline_ms - mono_ms()) <= 0)
			return -1;
		r = poll(&pfd, 1, (int)left);
		if (r > 0)
			return 0;
		if (r == -1 && errno != EINTR)
			return -1;
	}
}

static int
mkt_open(const struct gf_conf *conf, char *err, size_t errlen)
{
	struct addrinfo	 hints, *res = NULL;
	char		 port[16];
	int		 fd, soerr = 0;
	socklen_t	 sl = sizeof(soerr);

	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	snprintf(port, sizeof(port), "%d", conf->ifsvc.mkt_port);
	if (getaddrinfo(conf->ifsvc.mkt_host, port, &hints, &res) != 0) {
		snprintf(err, errlen, "cannot resolve marketing host");
		return -1;
	}
	fd = socket(res->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
	    0);
	if (fd == -1 || (connect(fd, res->ai_addr, res->ai_addrlen) == -1 &&
	    errno != EINPROGRESS) ||
	    io_wait(fd, POLLOUT, mono_ms() + conf->ifsvc.deadline * 1000) ==
	    -1 || getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) == -1 ||
	    soerr != 0) {
		snprintf(err, errlen, "cannot connect to the marketing system");
		if (fd != -1)
			close(fd);
		freeaddrinfo(res);
		return -1;
	}
	freeaddrinfo(res);
	return fd;
}

/* One request, one answer, within the deadline. */
static int
mkt_roundtrip(int fd, const struct mi1_msg *req, struct mi1_msg *rsp,
    int deadline_s, char *err, size_t errlen)
{
	struct gbuf	 out, in;
	int64_t		 dl = mono_ms() + (int64_t)deadline_s * 1000;
	size_t		 off = 0, blen;
	const uint8_t	*body;
	ssize_t		 n;
	long		 used = 0;
	uint8_t		 buf[65536];

	gbuf_init(&out);
	gbuf_init(&in);
	if (mi1_encode(req, &out, err, errlen) == -1)
		goto fail;
	while (off < out.len) {
		n = write(fd, out.data + off, out.len - off);
		if (n > 0)
			off += (size_t)n;
		else if ((n == -1 && errno != EAGAIN && errno != EINTR) ||
		    io_wait(fd, POLLOUT, dl) == -1) {
			snprintf(err, errlen, "send failed");
			goto fail;
		}
	}
	while ((used = mi1_frame_parse(in.data, in.len, &body, &blen)) == 0) {
		n = read(fd, buf, sizeof(buf));
		if (n > 0) {
			gbuf_add(&in, buf, (size_t)n);
			continue;
		}
		if (n == 0 || (errno != EAGAIN && errno != EINTR) ||
		    io_wait(fd, POLLIN, dl) == -1) {
			snprintf(err, errlen, "no answer to 9001 serial %s",
			    req->serial);
			goto fail;
		}
	}
	if (used < 0) {
		snprintf(err, errlen, "bad frame from the marketing system");
		goto fail;
	}
	if (mi1_decode(body, blen, rsp, err, errlen) == -1)
		goto fail;
	if (strcmp(rsp->serial, req->serial) != 0) {
		snprintf(err, errlen, "answer serial mismatch");
		mi1_msg_clear(rsp);
		goto fail;
	}
	gbuf_free(&out);
	gbuf_free(&in);
	return 0;
fail:
	gbuf_free(&out);
	gbuf_free(&in);
	return -1;
}

/*
 * Append the page's lines to raw, checking each has 8 fields and an
 * integer amount; count lines and sum OK amounts (MI1 §3).
 */
static int
add_lines(const char *data, struct gbuf *raw, int64_t *count, int64_t *total,
    char *err, size_t errlen)
{
	const char	*p = data, *nl, *f[9];
	char		 line[1024], *end;
	size_t		 len;
	int		 nf;
	long long	 amt;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		len = nl ? (size_t)(nl - p) : strlen(p);
		if (len > 0 && p[len - 1] == '\r')
			len--;
		if (len >= sizeof(line)) {
			snprintf(err, errlen, "reconciliation line too long");
			return -1;
		}
		memcpy(line, p, len);
		line[len] = '\0';
		p = nl ? nl + 1 : p + strlen(p);
		if (len == 0)
			continue;
		if (strchr(line, '\\') != NULL) {
			snprintf(err, errlen, "backslash in line %lld",
			    (long long)*count + 1);
			return -1;
		}
		f[0] = line;
		for (nf = 1, end = line; (end = strchr(end, '|')) != NULL;
		    end++)
			if (nf < 9)
				f[nf++] = end + 1;
		if (nf != 8) {
			snprintf(err, errlen, "line %lld has %d fields, not 8",
			    (long long)*count + 1, nf);
			return -1;
		}
		errno = 0;
		amt = strtoll(f[4], &end, 10);
		if (errno != 0 || end == f[4] || *end != '|' || amt < 0) {
			snprintf(err, errlen, "line %lld: bad amount",
			    (long long)*count + 1);
			return -1;
		}
		if (strncmp(f[5], "OK|", 3) == 0)
			*total += amt;
		else if (strncmp(f[5], "REVERSED|", 9) != 0) {
			snprintf(err, errlen, "line %lld: bad status",
			    (long long)*count + 1);
			return -1;
		}
		(*count)++;
		gbuf_add(raw, line, len);
		gbuf_add_u8(raw, '\n');
	}
	return 0;
}

/* Every page of 9001 for date into raw; checks count and total. */
static int
recon_fetch(PGconn *c, const struct gf_conf *conf, const char *date,
    struct gbuf *raw, int64_t *rcount, int64_t *rtotal, char *err,
    size_t errlen)
{
	struct mi1_msg	 req, rsp;
	PGresult	*res;
	const char	*p[1] = { conf->global.org }, *data;
	int64_t		 pages = 1, page, count = -1, total = -1, v;
	int64_t		 lines = 0, sum = 0;
	char		 pg[24];
	int		 fd, rc = -1;

	if ((fd = mkt_open(conf, err, errlen)) == -1)
		return -1;
	for (page = 1; page <= pages; page++) {
		if ((res = rx_query(c, "SELECT gf_next_stserial($1)", 1, p, err,
		    errlen)) == NULL)
			goto fail;
		memset(&req, 0, sizeof(req));
		mi1_head_init(&req, "9001", PQgetvalue(res, 0, 0),
		    conf->global.org, now_us() / 1000000);
		PQclear(res);
		snprintf(pg, sizeof(pg), "%lld", (long long)page);
		req.body = json_pack("{s:s,s:s}", "recondate", date, "page", pg);
		v = mkt_roundtrip(fd, &req, &rsp, conf->ifsvc.deadline, err,
		    errlen);
		mi1_msg_clear(&req);
		if (v == -1)
			goto fail;
		if (strcmp(rsp.rspcode, "0000") != 0) {
			snprintf(err, errlen, "9001 page %lld: rspcode %s %s",
			    (long long)page, rsp.rspcode, rsp.rspmsg);
			goto fail_rsp;
		}
		if (mi1_get_i64(rsp.body, "pagecount", &pages) == -1 ||
		    mi1_get_i64(rsp.body, "count", &v) == -1 ||
		    (count != -1 && v != count) ||
		    mi1_get_i64(rsp.body, "total", &total) == -1) {
			snprintf(err, errlen, "9001 page %lld: bad or changing "
			    "pagecount/count/total", (long long)page);
			goto fail_rsp;
		}
		count = v;
		data = mi1_get_str(rsp.body, "data");
		if (add_lines(data ? data : "", raw, &lines, &sum, err,
		    errlen) == -1)
			goto fail_rsp;
		mi1_msg_clear(&rsp);
	}
	*rcount = count < 0 ? 0 : count;
	*rtotal = total < 0 ? 0 : total;
	if (lines != *rcount || sum != *rtotal) {
		snprintf(err, errlen, "file check failed: count %lld lines "
		    "%lld, total %lld sum %lld", (long long)*rcount,
		    (long long)lines, (long long)*rtotal, (long long)sum);
		goto fail;
	}
	rc = 0;
	goto fail;
fail_rsp:
	mi1_msg_clear(&rsp);
fail:
	close(fd);
	return rc;
}

/* Store the raw file: database and recon_dir, with its SHA-256. */
static int
recon_store(PGconn *c, const struct gf_conf *conf, int64_t run_id,
    const char *date, const struct gbuf *raw, int64_t rcount, int64_t rtotal,
    char *err, size_t errlen)
{
	uint8_t		 md[EVP_MAX_MD_SIZE];
	unsigned	 mdlen = 0;
	char		 hex[2 * EVP_MAX_MD_SIZE + 1], path[1024], id[24];
	char		 cnt[24], tot[24], *text;
	const char	*p[5];
	int		 fd, rc;
	int64_t		 t0 = mono_ms();

	EVP_Digest(raw->len ? raw->data : (const uint8_t *)"", raw->len, md,
	    &mdlen, EVP_sha256(), NULL);
	hex_encode(md, mdlen, hex);
	snprintf(path, sizeof(path), "%s/recon_%s_run%lld.txt",
	    conf->ifsvc.recon_dir, date, (long long)run_id);
	mkdir(conf->ifsvc.recon_dir, 0750);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
	if (fd == -1 || (raw->len > 0 && write(fd, raw->data, raw->len) !=
	    (ssize_t)raw->len) || fsync(fd) == -1) {
		snprintf(err, errlen, "cannot write %s: %s", path,
		    strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	close(fd);
	text = xmalloc(raw->len + 1);
	memcpy(text, raw->data, raw->len);
	text[raw->len] = '\0';
	snprintf(id, sizeof(id), "%lld", (long long)run_id);
	snprintf(cnt, sizeof(cnt), "%lld", (long long)rcount);
	snprintf(tot, sizeof(tot), "%lld", (long long)rtotal);
	p[0] = id; p[1] = text; p[2] = hex; p[3] = cnt; p[4] = tot;
	rc = rx_exec(c, "UPDATE recon_runs SET raw_file = $2, file_sha256 = $3, "
	    "remote_count = $4, remote_total = $5 WHERE id = $1", 5, p, err,
	    errlen);
	free(text);
	log_info("recon: stored run=%lld file=%s sha256=%s lines=%lld ms=%lld",
	    (long long)run_id, path, hex, (long long)rcount,
	    (long long)(mono_ms() - t0));
	return rc;
}

/* The file into a temp table with COPY (inside the caller's transaction). */
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
	return rx_exec(c, "ANALYZE recon_remote", 0, NULL, err, errlen);
}

/*
 * The compare, set-based: local lines are the day's PAYMENT/PREPAY/
 * CARD_RECHARGE rows (SUCCESS expects OK, REVERSED expects REVERSED;
 * FAILED expects no line; PENDING/UNKNOWN left at this point are shown).
 */
static const char recon_compare_sql[] =
    "WITH l AS (SELECT stserial, state, amount, trcode, customer_no, "
    "  mkt_serial, terminal_id, operator_id, term_serial, created_at "
    "  FROM transactions WHERE settle_date = $2::date "
    "  AND func IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE')), "
    "j AS MATERIALIZED (SELECT COALESCE(l.stserial, r.stserial) AS stserial, "
    "  CASE WHEN r.stserial IS NULL THEN 'LOCAL_ONLY' "
    "    WHEN l.stserial IS NULL OR l.state NOT IN ('SUCCESS', 'REVERSED') "
    "      THEN 'REMOTE_ONLY' "
    "    WHEN l.amount <> r.amount THEN 'AMOUNT_MISMATCH' "
    "    WHEN r.status <> CASE l.state WHEN 'SUCCESS' THEN 'OK' "
    "      ELSE 'REVERSED' END THEN 'STATUS_MISMATCH' "
    "    ELSE 'MATCHED' END AS category, "
    "  l.state AS l_state, CASE l.state WHEN 'SUCCESS' THEN 'OK' "
    "    WHEN 'REVERSED' THEN 'REVERSED' WHEN 'FAILED' THEN 'ABSENT' "
    "    ELSE 'UNKNOWN' END AS l_expected, "
    "  l.amount AS l_amount, l.trcode AS l_trcode, "
    "  l.customer_no AS l_customer_no, l.mkt_serial AS l_mkt_serial, "
    "  l.terminal_id AS l_terminal_id, l.operator_id AS l_operator_id, "
    "  l.term_serial AS l_term_serial, l.created_at AS l_created_at, "
    "  r.mkserial, r.trcode AS r_trcode, r.custno, r.amount AS r_amount, "
    "  r.status, r.txdate, r.txtime "
    "  FROM l FULL JOIN recon_remote r ON r.stserial = l.stserial "
    "  WHERE NOT (r.stserial IS NULL AND l.state = 'FAILED')), "
    "d AS (INSERT INTO recon_diffs SELECT $1::bigint, category, stserial, "
    "  l_state, CASE WHEN l_state IS NULL THEN NULL ELSE l_expected END, "
    "  l_amount, l_trcode, l_customer_no, l_mkt_serial, l_terminal_id, "
    "  l_operator_id, l_term_serial, l_created_at, mkserial, r_trcode, "
    "  custno, r_amount, status, txdate, txtime "
    "  FROM j WHERE category <> 'MATCHED') "
    "INSERT INTO recon_stats SELECT $1::bigint, category, "
    "  COALESCE(l_operator_id, ''), count(*), COALESCE(sum(l_amount), 0), "
    "  COALESCE(sum(r_amount), 0) FROM j GROUP BY 2, 3";

static const char recon_finish_sql[] =
    "WITH lt AS (SELECT count(*) AS n, "
    "  COALESCE(sum(amount) FILTER (WHERE state = 'SUCCESS'), 0) AS s "
    "  FROM transactions WHERE settle_date = $2::date "
    "  AND func IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE') "
    "  AND state IN ('SUCCESS', 'REVERSED')), "
    "sm AS (SELECT jsonb_object_agg(category, jsonb_build_object('n', n, "
    "  'local_sum', ls, 'remote_sum', rs)) AS j FROM (SELECT category, "
    "  sum(n) AS n, sum(local_sum) AS ls, sum(remote_sum) AS rs "
    "  FROM recon_stats WHERE run_id = $1::bigint GROUP BY category) x) "
    "UPDATE recon_runs SET state = 'DONE', finished_at = now(), "
    "  local_count = lt.n, local_total = lt.s, "
    "  summary = COALESCE(sm.j, '{}'::jsonb) FROM lt, sm "
    "  WHERE id = $1::bigint";

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

/* Steps 4: COPY, compare, stats, diffs, alarms, DONE; one transaction. */
static int
recon_compare(PGconn *c, int64_t run_id, const char *date,
    const struct gbuf *raw, char *err, size_t errlen)
{
	char		 id[24];
	const char	*p[2] = { id, date };

	int64_t		 t0 = mono_ms(), t1, t2, t3;

	snprintf(id, sizeof(id), "%lld", (long long)run_id);
	if (rx_exec(c, "BEGIN", 0, NULL, err, errlen) == -1)
		return -1;
	if (recon_copy(c, raw, err, errlen) == -1 ||
	    rx_exec(c, "SET LOCAL work_mem = '256MB'", 0, NULL, err,
	    errlen) == -1)
		goto fail;
	t1 = mono_ms();
	if (rx_exec(c, recon_compare_sql, 2, p, err, errlen) == -1 ||
	    rx_exec(c, recon_alarm_sql, 2, p, err, errlen) == -1)
		goto fail;
	t2 = mono_ms();
	if (rx_exec(c, recon_finish_sql, 2, p, err, errlen) == -1 ||
	    rx_exec(c, "COMMIT", 0, NULL, err, errlen) == -1)
		goto fail;
	t3 = mono_ms();
	log_info("recon: run=%lld copy_ms=%lld compare_ms=%lld finish_ms=%lld",
	    (long long)run_id, (long long)(t1 - t0), (long long)(t2 - t1),
	    (long long)(t3 - t2));
	return 0;
fail:
	PQclear(PQexec(c, "ROLLBACK"));
	return -1;
}

static int64_t
recon_begin(PGconn *c, const char *date, int automatic, char *err,
    size_t errlen)
{
	PGresult	*res;
	const char	*p[1] = { date };
	int64_t		 id;

	if (automatic) {
		if ((res = rx_query(c, "SELECT 1 FROM recon_runs WHERE recon_date = "
		    "$1::date AND state IN ('DONE', 'RUNNING')", 1, p, err,
		    errlen)) == NULL)
			return -1;
		id = PQntuples(res);
		PQclear(res);
		if (id > 0) {
			snprintf(err, errlen, "date %s already reconciled",
			    date);
			return 0;
		}
	}
	if ((res = rx_query(c, "INSERT INTO recon_runs (recon_date) VALUES "
	    "($1::date) RETURNING id", 1, p, err, errlen)) == NULL) {
		if (strstr(err, "recon_runs_one_running") != NULL)
			snprintf(err, errlen, "a run for %s is already running",
			    date);
		return -1;
	}
	id = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
	PQclear(res);
	return id;
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

static void *
recon_worker(void *arg)
{
	struct recon_job *job = arg;
	struct ifsvc	*ctx = job->r->ctx;
	PGconn		*c;
	struct gbuf	 raw;
	int64_t		 rcount = 0, rtotal = 0, t0 = mono_ms();
	char		 err[1024] = "", iso[11];
	char		 detail[1200];
	uint8_t		 one = 1;

	gbuf_init(&raw);
	snprintf(iso, sizeof(iso), "%.4s-%.2s-%.2s", job->date, job->date + 4,
	    job->date + 6);
	c = PQconnectdb(ctx->dsn);
	if (PQstatus(c) != CONNECTION_OK) {
		snprintf(job->text, sizeof(job->text), "database: %s",
		    PQerrorMessage(c));
		goto out;
	}
	if ((job->run_id = recon_begin(c, iso, job->automatic, err,
	    sizeof(err))) <= 0) {
		snprintf(job->text, sizeof(job->text), "%s", err);
		goto out;
	}
	log_info("recon: run=%lld date=%s started", (long long)job->run_id,
	    job->date);
	if (recon_fetch(c, &ctx->conf, job->date, &raw, &rcount, &rtotal, err,
	    sizeof(err)) == -1) {
		/* Keep what was fetched for the auditor, then fail. */
		if (raw.len > 0)
			recon_store(c, &ctx->conf, job->run_id, job->date, &raw,
			    rcount, rtotal, detail, sizeof(detail));
		goto failed;
	}
	if (recon_store(c, &ctx->conf, job->run_id, job->date, &raw, rcount,
	    rtotal, err, sizeof(err)) == -1 ||
	    recon_compare(c, job->run_id, iso, &raw, err, sizeof(err)) == -1)
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
	gbuf_free(&raw);
	if (write(job->r->pipe[1], &one, 1) != 1)
		log_warn("recon: notify");
	return NULL;
}

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
	log_info("recon: finished ok=%d %s", job->ok, job->text);
	if (job->cb != NULL)
		job->cb(job->ok, job->run_id, job->text, job->arg);
	free(job);
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
    recon_done_cb cb, void *arg)
{
	struct recon_job *job;

	if (r->job != NULL || !valid_date(date))
		return -1;
	job = xcalloc(1, sizeof(*job));
	job->r = r;
	snprintf(job->date, sizeof(job->date), "%s", date);
	job->automatic = automatic;
	job->cb = cb;
	job->arg = arg;
	r->job = job;
	if (pthread_create(&r->thread, NULL, recon_worker, job) != 0) {
		r->job = NULL;
		free(job);
		return -1;
	}
	return 0;
}

int
recon_start(struct recon *r, const char *date, recon_done_cb cb, void *arg)
{
	return recon_start_job(r, date, 0, cb, arg);
}

/* Daily: at recon_time, reconcile the previous business date. */
static void
daily_cb(evutil_socket_t fd, short what, void *arg)
{
	struct recon	*r = arg;
	struct timeval	 tv = { 30, 0 };
	time_t		 now = time(NULL);
	struct tm	 tm;
	char		 today[9], yday[9], hm[6];

	(void)fd; (void)what;
	evtimer_add(r->ev_daily, &tv);
	localtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y%m%d", &tm);
	strftime(hm, sizeof(hm), "%H:%M", &tm);
	if (strcmp(hm, r->ctx->conf.ifsvc.recon_time) < 0 ||
	    strcmp(today, r->last_auto) == 0)
		return;
	fmt_localdate(now - 86400, yday);
	if (recon_start_job(r, yday, 1, NULL, NULL) == 0) {
		memcpy(r->last_auto, today, sizeof(r->last_auto));
		log_info("recon: daily run started date=%s", yday);
	}
}

static void
interrupted_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (db_ok(res) && strcmp(PQcmdTuples(res), "0") != 0)
		log_warnx("recon: marked interrupted runs FAILED rows=%s",
		    PQcmdTuples(res));
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
	/* Only ifsvc runs reconciliations: a RUNNING row is a dead run. */
	db_query(ctx->db, "UPDATE recon_runs SET state = 'FAILED', "
	    "finished_at = now(), error = 'interrupted (ifsvc restarted)' "
	    "WHERE state = 'RUNNING'", 0, NULL, interrupted_cb, NULL);
	if (ctx->conf.ifsvc.recon_time != NULL &&
	    ctx->conf.ifsvc.recon_time[0] != '\0') {
		r->ev_daily = evtimer_new(ctx->base, daily_cb, r);
		evtimer_add(r->ev_daily, &tv);
	}
	return r;
}

void
recon_free(struct recon *r)
{
	if (r == NULL)
		return;
	if (r->job != NULL) {
		pthread_join(r->thread, NULL);
		free(r->job);
	}
	event_free(r->ev_done);
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
	PGconn		*c;
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
		if (add_lines((const char *)raw.data, &lines, &count, &total,
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
	c = PQconnectdb(dsn);
	if (PQstatus(c) != CONNECTION_OK) {
		snprintf(text, textlen, "database: %s", PQerrorMessage(c));
		goto out;
	}
	if ((*run_id = recon_begin(c, iso, 0, err, sizeof(err))) <= 0)
		goto fail;
	log_info("recon: file read and checked ms=%lld", (long long)(mono_ms() -
	    t0));
	t0 = mono_ms();
	if (recon_store(c, conf, *run_id, date, &raw, count, total, err,
	    sizeof(err)) == -1 ||
	    recon_compare(c, *run_id, iso, &raw, err, sizeof(err)) == -1) {
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
	gbuf_free(&raw);
	return rc;
}
