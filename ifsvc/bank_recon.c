/*
 * bank_recon.c - reconciliation of a bank's day file (BK1 §5) with the
 * station's bank transactions of that date, beside the marketing one
 * (recon.c), with its categories, statistics, differences and report.
 *
 * The file is <bank_dir>/<bankno>/inbox/BD<bankno><YYYYMMDD>.txt with
 * <name>.sha256 beside it.  It runs in recon.c's worker thread (one run at
 * a time per node, under the same lease) on a blocking connection:
 *  1. the file is read and checked whole (bank_file.c) against the SHA-256
 *     its .sha256 announces: a bad file is refused whole, with a
 *     BANK_FILE_REFUSED alarm, and nothing is compared;
 *  2. a recon_runs row of source <bankno> (gf_recon_run_begin: a signed
 *     bank day is refused and the refusal audited);
 *  3. in one transaction: the file stored in the run (raw_file, SHA-256,
 *     count, total), its lines COPYed into a temp table, compared with the
 *     station's rows (transactions: channel BANK, the bank, the date, not a
 *     reversal; term_serial is the bank's serial) by the rules of the
 *     marketing one (SUCCESS expects OK, REVERSED expects REVERSED, FAILED
 *     expects no line), statistics, differences keyed by the bank's serial
 *     with both sides, one RECON_DIFF alarm each, DONE.
 * Every file looked at is recorded in bank_day_files by its name, the
 * SHA-256 its .sha256 announces and its size and modification time: the
 * scan (every bank_scan seconds) takes a file once; a file written again
 * (corrected) is taken again.  The scan leaves a file whose .txt or .sha256
 * changed in the last BANK_SETTLE_S seconds for the next look: a bank
 * replacing a file renames the new file, then its .sha256, and the pair
 * is not looked at in between.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "bank_file.h"
#include "bank_recon.h"
#include "log.h"
#include "util.h"

#define BANK_SHA_MAX	4096
#define BANK_SETTLE_S	2	/* a file or .sha256 changed this recently is
				   still being written: the scan waits */

/* ifsvc.bank_dir, or <var_dir>/bank when it is not set. */
static void
bank_root(const struct gf_conf *conf, char *out, size_t outlen)
{
	if (conf->ifsvc.bank_dir != NULL && conf->ifsvc.bank_dir[0] != '\0')
		snprintf(out, outlen, "%s", conf->ifsvc.bank_dir);
	else
		snprintf(out, outlen, "%s/bank", conf->global.var_dir);
}

/* Read a whole regular file (at most max bytes) into b. */
static int
read_file(const char *path, long max, struct gbuf *b, char *err,
    size_t errlen)
{
	struct stat	 st;
	char		 buf[65536];
	ssize_t		 n;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) == -1) {
		snprintf(err, errlen, "cannot open %s: %s", path,
		    strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    st.st_size > max) {
		snprintf(err, errlen, "%s: not a regular file of at most %ld "
		    "bytes", path, max);
		close(fd);
		return -1;
	}
	while ((n = read(fd, buf, sizeof(buf))) > 0) {
		if ((long)(b->len + (size_t)n) > max) {
			snprintf(err, errlen, "%s: larger than %ld bytes",
			    path, max);
			close(fd);
			return -1;
		}
		gbuf_add(b, buf, (size_t)n);
	}
	close(fd);
	if (n == -1) {
		snprintf(err, errlen, "cannot read %s: %s", path,
		    strerror(errno));
		return -1;
	}
	return 0;
}

/* The SHA-256 announced beside the file; -1 if none (yet) or malformed. */
static int
announced_sha(const char *dir, const char *name, char hex[65], char *err,
    size_t errlen)
{
	struct gbuf	 b;
	char		 path[1200];
	int		 rc;

	rc = snprintf(path, sizeof(path), "%s/%s.sha256", dir, name);
	if (rc < 0 || (size_t)rc >= sizeof(path)) {
		snprintf(err, errlen, "path too long");
		return -1;
	}
	gbuf_init(&b);
	rc = read_file(path, BANK_SHA_MAX, &b, err, errlen);
	if (rc == 0)
		rc = bank_sha_line((const char *)b.data, b.len, name, hex, err,
		    errlen);
	gbuf_free(&b);
	return rc;
}

/* The file's size and modification time: with the announced SHA-256,
 * what tells a file written again from one already looked at. */
static void
file_stamp(const char *path, char *stamp, size_t len)
{
	struct stat	st;

	if (stat(path, &st) == -1)
		snprintf(stamp, len, "-");
	else
		snprintf(stamp, len, "%lld:%lld.%09ld", (long long)st.st_size,
		    (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec);
}

/* What became of a file, for the scan (never fails the run). */
static void
file_record(PGconn *c, const char *dir, const char *bankno,
    const char *name, const char *sha, const char *iso, const char *state,
    int64_t run_id, const char *detail)
{
	char		 run[24], err[256], path[1100], stamp[64];
	const char	*p[8] = { bankno, name, sha, iso, state, run, detail,
			    stamp };

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	file_stamp(path, stamp, sizeof(stamp));
	snprintf(run, sizeof(run), "%lld", (long long)run_id);
	if (recon_rx_exec(c, "INSERT INTO bank_day_files (bankno, name, "
	    "sha256, recon_date, state, run_id, detail, stamp) VALUES ($1, $2, "
	    "$3, $4::date, $5, NULLIF($6::bigint, 0), $7, $8) ON CONFLICT "
	    "(bankno, name, sha256, stamp) DO UPDATE SET state = "
	    "EXCLUDED.state, run_id = EXCLUDED.run_id, detail = "
	    "EXCLUDED.detail, seen_at = now()", 8, p, err, sizeof(err)) == -1)
		log_warnx("bankrecon: recording %s: %s", name, err);
}

static void
refuse(PGconn *c, const char *dir, const char *bankno, const char *name,
    const char *sha, const char *iso, const char *why)
{
	char		 detail[1200], err[256];
	const char	*p[1] = { detail };

	snprintf(detail, sizeof(detail), "bank=%s file=%s refused: %s", bankno,
	    name, why);
	log_warnx("bankrecon: %s", detail);
	if (recon_rx_exec(c, "INSERT INTO alarms (kind, source, detail) VALUES "
	    "('BANK_FILE_REFUSED', 'ifsvc', $1)", 1, p, err, sizeof(err)) == -1)
		log_warnx("bankrecon: alarm: %s", err);
	file_record(c, dir, bankno, name, sha, iso, "REFUSED", 0, why);
}

/*
 * The compare (the marketing one's, recon.c, on the bank's rows): one
 * full join of the day's bank rows of this bank with the file's lines on
 * the bank's serial, grouped by category keys; the differences keyed by
 * the bank's serial.
 */
static const char bank_group_sql[] =
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
    "  array_agg(COALESCE(l.term_serial, r.serial)) FILTER (WHERE "
    "    r.serial IS NULL OR l.term_serial IS NULL OR l.amount <> r.amount "
    "    OR l.state NOT IN ('SUCCESS', 'REVERSED') OR r.status <> "
    "    CASE l.state WHEN 'SUCCESS' THEN 'OK' ELSE 'REVERSED' END) "
    "    AS diffs "
    "  FROM (SELECT term_serial, state::text AS state, amount, operator_id "
    "    FROM transactions WHERE settle_date = $1::date AND channel = 'BANK' "
    "    AND bankno = $2 AND func <> 'REVERSAL') l "
    "  FULL JOIN bank_remote r ON r.serial = l.term_serial "
    "  WHERE NOT (r.serial IS NULL AND l.state = 'FAILED') "
    "  GROUP BY 1, 2, 3, 4) g";

static const char bank_stats_sql[] =
    "INSERT INTO recon_stats (run_id, category, operator_id, l_state, "
    "  r_status, n, local_sum, remote_sum) SELECT $1::bigint, category, "
    "  op, ls, rs, sum(n), sum(lsum), sum(rsum) FROM recon_g "
    "  GROUP BY category, op, ls, rs";

static const char bank_diffs_sql[] =
    "INSERT INTO recon_diffs (run_id, category, stserial, l_state, "
    "  l_expected, l_amount, l_trcode, l_customer_no, l_mkt_serial, "
    "  l_terminal_id, l_operator_id, l_term_serial, l_created_at, "
    "  r_custno, r_amount, r_status, r_txdate, r_txtime, l_stserial) "
    "SELECT $1::bigint, g.category, k.dk, t.state, "
    "  CASE WHEN t.state IS NULL THEN NULL "
    "    WHEN t.state = 'SUCCESS' THEN 'OK' "
    "    WHEN t.state = 'REVERSED' THEN 'REVERSED' "
    "    WHEN t.state = 'FAILED' THEN 'ABSENT' ELSE 'UNKNOWN' END, "
    "  t.amount, t.trcode, t.customer_no, t.mkt_serial, t.terminal_id, "
    "  t.operator_id, t.term_serial, t.created_at, r.custno, r.amount, "
    "  r.status, CASE WHEN r.serial IS NOT NULL THEN $4 END, r.txtime, "
    "  t.stserial "
    "  FROM recon_g g CROSS JOIN unnest(g.diffs) AS k(dk) "
    "  LEFT JOIN transactions t ON t.settle_date = $2::date "
    "    AND t.channel = 'BANK' AND t.bankno = $3 AND t.func <> 'REVERSAL' "
    "    AND t.term_serial = k.dk "
    "  LEFT JOIN bank_remote r ON r.serial = k.dk "
    "  WHERE g.diffs IS NOT NULL";

static const char bank_alarm_sql[] =
    "INSERT INTO alarms (kind, source, detail) "
    "SELECT 'RECON_DIFF', 'ifsvc', format('run=%s bank=%s date=%s "
    "category=%s serial=%s stserial=%s local_state=%s local_amount=%s "
    "remote_status=%s remote_amount=%s', run_id, $2::text, $3::text, "
    "category, stserial, COALESCE(l_stserial, '-'), COALESCE(l_state, '-'), "
    "COALESCE(l_amount::text, '-'), COALESCE(r_status, '-'), "
    "COALESCE(r_amount::text, '-')) FROM recon_diffs WHERE run_id = $1::bigint";

static int
copy_lines(PGconn *c, const struct gbuf *lines, char *err, size_t errlen)
{
	PGresult	*res;
	size_t		 off, n;

	if (recon_rx_exec(c, "CREATE TEMP TABLE bank_remote (serial text, "
	    "custno text, amount bigint, status text, txtime text) "
	    "ON COMMIT DROP", 0, NULL, err, errlen) == -1)
		return -1;
	res = PQexec(c, "COPY bank_remote FROM STDIN (DELIMITER '|')");
	if (PQresultStatus(res) != PGRES_COPY_IN) {
		snprintf(err, errlen, "COPY: %s", PQresultErrorMessage(res));
		err[strcspn(err, "\n")] = '\0';
		PQclear(res);
		return -1;
	}
	PQclear(res);
	for (off = 0; off < lines->len; off += n) {
		n = lines->len - off > 1 << 20 ? 1 << 20 : lines->len - off;
		if (PQputCopyData(c, (const char *)lines->data + off, (int)n) != 1)
			break;
	}
	PQputCopyEnd(c, off < lines->len ? "send failed" : NULL);
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

/* Step 3, in one transaction on c. */
static int
bank_compare(PGconn *c, int64_t run_id, const char *bankno, const char *date,
    const char *iso, const struct gbuf *raw, const char *sha,
    const struct gbuf *lines, int64_t count, int64_t total, char *err,
    size_t errlen)
{
	char		 id[24], cnt[24], tot[24];
	const char	*ps[5], *pg[2] = { iso, bankno };
	const char	*pd[4], *pa[3];
	int		 len[5] = { 0, 0, 0, 0, 0 }, fmt[5] = { 0, 0, 0, 0, 0 };
	PGresult	*res;

	snprintf(id, sizeof(id), "%lld", (long long)run_id);
	snprintf(cnt, sizeof(cnt), "%lld", (long long)count);
	snprintf(tot, sizeof(tot), "%lld", (long long)total);
	ps[0] = id; ps[1] = (const char *)raw->data; ps[2] = sha;
	ps[3] = cnt; ps[4] = tot;
	len[1] = (int)raw->len;
	fmt[1] = 1;
	pd[0] = id; pd[1] = iso; pd[2] = bankno; pd[3] = date;
	pa[0] = id; pa[1] = bankno; pa[2] = date;
	if (recon_rx_exec(c, "BEGIN", 0, NULL, err, errlen) == -1)
		return -1;
	res = PQexecParams(c, "UPDATE recon_runs SET raw_file = $2::text, "
	    "file_sha256 = $3, remote_count = $4, remote_total = $5 "
	    "WHERE id = $1", 5, NULL, ps, len, fmt, 0);
	if (!ifdb_ok(res)) {
		snprintf(err, errlen, "database: %s", PQresultErrorMessage(res));
		err[strcspn(err, "\n")] = '\0';
		PQclear(res);
		goto fail;
	}
	PQclear(res);
	if (copy_lines(c, lines, err, errlen) == -1 ||
	    recon_rx_exec(c, bank_group_sql, 2, pg, err, errlen) == -1 ||
	    recon_rx_exec(c, bank_stats_sql, 1, pd, err, errlen) == -1 ||
	    recon_rx_exec(c, bank_diffs_sql, 4, pd, err, errlen) == -1 ||
	    recon_rx_exec(c, bank_alarm_sql, 3, pa, err, errlen) == -1)
		goto fail;
	if ((res = recon_rx_query(c, recon_finish_sql, 1, pd, err,
	    errlen)) == NULL)
		goto fail;
	if (strcmp(PQcmdTuples(res), "1") != 0) {
		PQclear(res);
		snprintf(err, errlen, "the run is no longer RUNNING (its lease "
		    "ran out)");
		goto fail;
	}
	PQclear(res);
	if (recon_rx_exec(c, "COMMIT", 0, NULL, err, errlen) == -1)
		goto fail;
	return 0;
fail:
	PQclear(PQexec(c, "ROLLBACK"));
	return -1;
}

int
bank_recon_one(PGconn *c, const struct gf_conf *conf, const char *bankno,
    const char *date, const char *actor, int leased, int64_t *run_id,
    char *text, size_t textlen)
{
	struct gbuf	 raw, lines;
	char		 root[900], dir[1024], name[32], path[1100], iso[11];
	char		 sha[65] = "", got[65], err[1024] = "";
	uint8_t		 md[EVP_MAX_MD_SIZE];
	unsigned	 mdlen = 0;
	int64_t		 count = 0, total = 0, t0 = mono_ms();
	const char	*p[1] = { bankno };
	PGresult	*res;
	size_t		 i;
	int		 rc = -1;

	*run_id = 0;
	gbuf_init(&raw);
	gbuf_init(&lines);
	snprintf(iso, sizeof(iso), "%.4s-%.2s-%.2s", date, date + 4, date + 6);
	bank_root(conf, root, sizeof(root));
	snprintf(dir, sizeof(dir), "%s/%s/inbox", root, bankno);
	snprintf(name, sizeof(name), "BD%s%s.txt", bankno, date);
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (!recon_valid_date(date)) {
		snprintf(text, textlen, "bad date %s", date);
		goto out;
	}
	if (announced_sha(dir, name, sha, err, sizeof(err)) == -1) {
		refuse(c, dir, bankno, name, sha[0] ? sha : "-", iso, err);
		snprintf(text, textlen, "file %s refused: %s", name, err);
		goto out;
	}
	if ((res = recon_rx_query(c, "SELECT 1 FROM banks WHERE bankno = $1",
	    1, p, err, sizeof(err))) == NULL) {
		snprintf(text, textlen, "%s", err);
		goto out;
	}
	i = (size_t)PQntuples(res);
	PQclear(res);
	if (i != 1) {
		snprintf(err, sizeof(err), "bank %s is not registered", bankno);
		refuse(c, dir, bankno, name, sha, iso, err);
		snprintf(text, textlen, "file %s refused: %s", name, err);
		goto out;
	}
	if (read_file(path, BANK_FILE_MAX, &raw, err, sizeof(err)) == -1) {
		refuse(c, dir, bankno, name, sha, iso, err);
		snprintf(text, textlen, "file %s refused: %s", name, err);
		goto out;
	}
	EVP_Digest(raw.len ? raw.data : (const uint8_t *)"", raw.len, md,
	    &mdlen, EVP_sha256(), NULL);
	hex_encode(md, mdlen, got);
	for (i = 0; got[i] != '\0'; i++)
		got[i] = (char)tolower((unsigned char)got[i]);
	if (strcmp(got, sha) != 0) {
		snprintf(err, sizeof(err), "its SHA-256 %s is not the one "
		    "announced (%s)", got, sha);
		refuse(c, dir, bankno, name, sha, iso, err);
		snprintf(text, textlen, "file %s refused: %s", name, err);
		goto out;
	}
	if (bank_file_parse((const char *)raw.data, raw.len, bankno, date,
	    &lines, &count, &total, err, sizeof(err)) == -1) {
		refuse(c, dir, bankno, name, sha, iso, err);
		snprintf(text, textlen, "file %s refused: %s", name, err);
		goto out;
	}
	if ((*run_id = recon_begin_src(c, iso, actor, conf->global.node,
	    leased, bankno, err, sizeof(err))) <= 0) {
		file_record(c, dir, bankno, name, sha, iso, "FAILED", 0, err);
		snprintf(text, textlen, "bank=%s %s", bankno, err);
		goto out;
	}
	log_info("bankrecon: run=%lld bank=%s date=%s file=%s sha256=%s "
	    "lines=%lld started", (long long)*run_id, bankno, date, name, sha,
	    (long long)count);
	if (bank_compare(c, *run_id, bankno, date, iso, &raw, sha, &lines,
	    count, total, err, sizeof(err)) == -1) {
		recon_fail_run(c, *run_id, err);
		file_record(c, dir, bankno, name, sha, iso, "FAILED", *run_id, err);
		snprintf(text, textlen, "run=%lld bank=%s date=%s state=FAILED "
		    "error=%s", (long long)*run_id, bankno, date, err);
		goto out;
	}
	file_record(c, dir, bankno, name, sha, iso, "DONE", *run_id, NULL);
	recon_summary_text(c, *run_id, date, text, textlen);
	log_info("bankrecon: bank=%s %s ms=%lld", bankno, text,
	    (long long)(mono_ms() - t0));
	rc = 0;
out:
	gbuf_free(&raw);
	gbuf_free(&lines);
	return rc;
}

/* Is the file as it is now recorded already?  1, 0, or -1. */
static int
file_seen(PGconn *c, const char *dir, const char *bankno, const char *name,
    const char *sha)
{
	char		 err[256], path[1100], stamp[64];
	const char	*p[4] = { bankno, name, sha, stamp };
	PGresult	*res;
	int		 n;

	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >=
	    sizeof(path))
		return -1;	/* no name a bank sends is this long */
	file_stamp(path, stamp, sizeof(stamp));
	if ((res = recon_rx_query(c, "SELECT 1 FROM bank_day_files WHERE "
	    "bankno = $1 AND name = $2 AND sha256 = $3 AND stamp = $4", 4, p,
	    err, sizeof(err))) == NULL) {
		log_warnx("bankrecon: %s", err);
		return -1;
	}
	n = PQntuples(res);
	PQclear(res);
	return n > 0;
}

int
bank_recon_scan(PGconn *c, const struct gf_conf *conf, int (*stop)(void *),
    void *arg, char *text, size_t textlen)
{
	DIR		*top, *in;
	struct dirent	*b, *e;
	struct stat	 st;
	char		 root[900], dir[1100], bankno[5], date[9], sha[65];
	char		 err[512];
	char		 one[1400];
	int64_t		 run_id;
	int		 runs = 0, refused = 0;

	text[0] = '\0';
	bank_root(conf, root, sizeof(root));
	if ((top = opendir(root)) == NULL)
		return 0;		/* no bank files yet */
	while ((b = readdir(top)) != NULL && !(stop != NULL && stop(arg))) {
		if (strlen(b->d_name) != 4 ||
		    strspn(b->d_name, "0123456789") != 4)
			continue;
		snprintf(dir, sizeof(dir), "%s/%.4s/inbox", root, b->d_name);
		if ((in = opendir(dir)) == NULL)
			continue;
		while ((e = readdir(in)) != NULL) {
			if (bank_file_name(e->d_name, bankno, date) == -1 ||
			    strcmp(bankno, b->d_name) != 0)
				continue;
			/* No .sha256 yet: the transfer is not complete. */
			sha[0] = '\0';
			snprintf(one, sizeof(one), "%s/%s.sha256", dir,
			    e->d_name);
			if (stat(one, &st) == -1 ||
			    st.st_mtime > time(NULL) - BANK_SETTLE_S)
				continue;
			snprintf(one, sizeof(one), "%s/%s", dir, e->d_name);
			if (stat(one, &st) == -1 ||
			    st.st_mtime > time(NULL) - BANK_SETTLE_S)
				continue;
			if (announced_sha(dir, e->d_name, sha, err,
			    sizeof(err)) == -1)
				sha[0] = '\0';
			if (file_seen(c, dir, bankno, e->d_name, sha[0] != '\0' ?
			    sha : "-") != 0)
				continue;
			if (bank_recon_one(c, conf, bankno, date, "ifsvc:scan",
			    1, &run_id, one, sizeof(one)) == 0)
				runs++;
			else
				refused++;
			log_info("bankrecon: scan %s: %s", e->d_name, one);
		}
		closedir(in);
	}
	closedir(top);
	if (runs + refused > 0)
		snprintf(text, textlen, "runs=%d not_done=%d", runs, refused);
	return runs;
}
