/*
 * gfctl recon - reconciliation with the marketing system, or with a bank's
 * day file (--bank B, BK1 §5).
 *
 *	gfctl recon run --date YYYYMMDD [--bank B]	ask ifsvc (IPC_RECON_RUN,
 *						IPC_BANK_RECON_RUN), wait
 *	gfctl recon report --date YYYYMMDD [--bank B] [--csv]	the latest run
 *
 * The report gives, for the date: both sides' counts and sums, counts and
 * sums per category and per collector, and each difference with both
 * sides' fields - what an auditor needs to chase it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gfctl.h"
#include "ipc.h"
#include "util.h"

#define RECON_RUN_TIMEOUT_MS	(30 * 60 * 1000)

static int
date_ok(const char *d)
{
	return d != NULL && strlen(d) == 8 && strspn(d, "0123456789") == 8;
}

static int
bank_ok(const char *b)
{
	return b != NULL && strlen(b) == 4 && strspn(b, "0123456789") == 4;
}

static int
recon_run(struct gfctl *g, const char *date, const char *bank)
{
	struct gbuf	 out, reply;
	struct ipc_msg	 m;
	uint16_t	 rtype = 0;
	uint8_t		 ok;
	int64_t		 run_id;
	const char	*text;
	char		 err[256];
	int		 rv = 1;

	gbuf_init(&out);
	gbuf_init(&reply);
	if (bank != NULL)
		ipc_put_str(&out, bank);
	ipc_put_str(&out, date);
	if (ipc_call(g->conf.ifsvc.socket, "gfctl", bank != NULL ?
	    IPC_BANK_RECON_RUN : IPC_RECON_RUN, &out,
	    &rtype, &reply, RECON_RUN_TIMEOUT_MS, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: recon run: %s\n", err);
		goto out;
	}
	memset(&m, 0, sizeof(m));
	m.type = rtype;
	m.data = reply.data;
	m.len = reply.len;
	if (rtype != IPC_RECON_DONE || ipc_get_u8(&m, &ok) == -1 ||
	    ipc_get_i64(&m, &run_id) == -1 || ipc_get_str(&m, &text) == -1 ||
	    ipc_get_end(&m) == -1) {
		fprintf(stderr, "gfctl: recon run: malformed answer\n");
		goto out;
	}
	printf("%s\n", text);
	if (bank != NULL) {
		char	obj[24];

		snprintf(obj, sizeof(obj), "%s:%s", bank, date);
		gfctl_audit(g, "recon run", obj, NULL);
	} else
		gfctl_audit(g, "recon run", date, NULL);
	rv = ok ? 0 : 1;
out:
	gbuf_free(&out);
	gbuf_free(&reply);
	return rv;
}

static void
csv_field(const char *s, int last)
{
	const char	*p;

	if (strpbrk(s, ",\"\r\n") != NULL) {
		putchar('"');
		for (p = s; *p; p++) {
			if (*p == '"')
				putchar('"');
			putchar(*p);
		}
		putchar('"');
	} else
		fputs(s, stdout);
	putchar(last ? '\n' : ',');
}

static PGresult *
q(PGconn *db, const char *sql, const char *run)
{
	const char	*p[1] = { run };
	PGresult	*res;

	res = PQexecParams(db, sql, 1, NULL, p, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "gfctl: recon report: %s",
		    PQresultErrorMessage(res));
		PQclear(res);
		return NULL;
	}
	return res;
}

/*
 * One CSV: a record column tells RUN, CATEGORY, COLLECTOR and DIFF rows.
 * Counts go in n (RUN: local_count, remote_count), sums in fen in
 * local_total and remote_total; CATEGORY and COLLECTOR rows are split by
 * l_state and r_status (see report_text).
 */
static const char csv_sql[] =
    "SELECT 'RUN' AS record, r.id, r.recon_date, r.state, '' AS category, "
    "  '' AS operator_id, NULL::bigint AS n, r.local_count, r.local_total, "
    "  r.remote_count, r.remote_total, r.file_sha256, "
    "  NULL AS stserial, NULL AS l_state, NULL AS l_expected, "
    "  NULL::bigint AS l_amount, NULL::smallint AS l_trcode, "
    "  NULL AS l_customer_no, NULL AS l_mkt_serial, NULL AS l_terminal_id, "
    "  NULL AS l_term_serial, NULL::timestamptz AS l_created_at, "
    "  NULL AS r_mkserial, NULL AS r_trcode, NULL AS r_custno, "
    "  NULL::bigint AS r_amount, NULL AS r_status, NULL AS r_txdate, "
    "  NULL AS r_txtime, 0 AS o "
    "  FROM recon_runs r WHERE r.id = $1::bigint "
    "UNION ALL SELECT 'CATEGORY', $1::bigint, NULL, NULL, category, '', "
    "  sum(n), NULL, sum(local_sum), NULL, sum(remote_sum), NULL, NULL, "
    "  NULLIF(l_state, ''), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
    "  NULL, NULL, NULL, NULL, NULLIF(r_status, ''), NULL, NULL, 1 "
    "  FROM recon_stats WHERE run_id = $1::bigint "
    "  GROUP BY category, l_state, r_status "
    "UNION ALL SELECT 'COLLECTOR', $1::bigint, NULL, NULL, category, "
    "  operator_id, n, NULL, local_sum, NULL, remote_sum, NULL, NULL, "
    "  NULLIF(l_state, ''), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
    "  NULL, NULL, NULL, NULL, NULLIF(r_status, ''), NULL, NULL, 2 "
    "  FROM recon_stats WHERE run_id = $1::bigint "
    "UNION ALL SELECT 'DIFF', run_id, NULL, NULL, category, l_operator_id, "
    "  1, NULL, l_amount, NULL, r_amount, NULL, stserial, l_state, "
    "  l_expected, l_amount, l_trcode, l_customer_no, l_mkt_serial, "
    "  l_terminal_id, l_term_serial, l_created_at, r_mkserial, r_trcode, "
    "  r_custno, r_amount, r_status, r_txdate, r_txtime, 3 "
    "  FROM recon_diffs WHERE run_id = $1::bigint "
    "ORDER BY o, category, operator_id, l_state, r_status, stserial";

static int
report_csv(PGconn *db, const char *run)
{
	PGresult	*res;
	int		 i, n;

	if ((res = q(db, csv_sql, run)) == NULL)
		return 1;
	n = PQnfields(res) - 1;		/* drop the ordering column */
	for (i = 0; i < n; i++)
		csv_field(PQfname(res, i), i == n - 1);
	for (i = 0; i < PQntuples(res); i++) {
		int	j;

		for (j = 0; j < n; j++)
			csv_field(PQgetvalue(res, i, j), j == n - 1);
	}
	PQclear(res);
	return 0;
}

static const char *
v(PGresult *res, int row, int col)
{
	return PQgetisnull(res, row, col) ? "-" : PQgetvalue(res, row, col);
}

static int
report_text(PGconn *db, const char *run)
{
	PGresult	*res;
	char		 other[16], file[32];
	int		 i;

	if ((res = q(db, "SELECT id, recon_date, state, started_at, "
	    "finished_at, file_sha256, remote_count, remote_total, "
	    "local_count, local_total, error, source FROM recon_runs "
	    "WHERE id = $1::bigint", run)) == NULL)
		return 1;
	/* The other side: the marketing system (MI1) or a bank's day file. */
	if (strcmp(v(res, 0, 11), "MI1") == 0) {
		snprintf(other, sizeof(other), "marketing");
		snprintf(file, sizeof(file), "9001 status");
	} else {
		snprintf(other, sizeof(other), "bank %.4s", v(res, 0, 11));
		snprintf(file, sizeof(file), "day file status");
	}
	printf("Reconciliation report  date=%s  run=%s  state=%s\n",
	    v(res, 0, 1), v(res, 0, 0), v(res, 0, 2));
	printf("  started %s  finished %s\n", v(res, 0, 3), v(res, 0, 4));
	printf("  file sha256 %s\n", v(res, 0, 5));
	printf("  %-17s count %s (lines OK and REVERSED)  "
	    "total %s (fen, OK lines)\n", strcmp(other, "marketing") == 0 ?
	    "marketing system:" : other, v(res, 0, 6), v(res, 0, 7));
	printf("  station:          count %s (SUCCESS and REVERSED)  "
	    "total %s (fen, SUCCESS)\n", v(res, 0, 8), v(res, 0, 9));
	if (!PQgetisnull(res, 0, 10))
		printf("  error: %s\n", v(res, 0, 10));
	PQclear(res);

	/*
	 * Each category split by both sides' states: a payment reversed the
	 * same day is a 9001 line with status REVERSED (MI1 §3) and its
	 * reversal is not listed, so its amount is money given back, never
	 * part of a total.  The net lines are what each side holds in force.
	 */
	if ((res = q(db, "SELECT category, NULLIF(l_state, ''), "
	    "NULLIF(r_status, ''), sum(n), sum(local_sum), sum(remote_sum) "
	    "FROM recon_stats WHERE run_id = $1::bigint "
	    "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3", run)) == NULL)
		return 1;
	printf("\n%-16s %-9s %-9s %10s %16s %16s\n", "category", "station",
	    other, "count", "local_sum", "remote_sum");
	for (i = 0; i < PQntuples(res); i++)
		printf("%-16s %-9s %-9s %10s %16s %16s\n", v(res, i, 0),
		    v(res, i, 1), v(res, i, 2), v(res, i, 3), v(res, i, 4),
		    v(res, i, 5));
	PQclear(res);
	printf("  (station = local state, %s = %s, - = no record; REVERSED = "
	    "paid and reversed the same day, not in force)\n", other, file);
	if ((res = q(db, "SELECT COALESCE(sum(n) FILTER (WHERE l_state = "
	    "'SUCCESS'), 0), COALESCE(sum(local_sum) FILTER (WHERE l_state = "
	    "'SUCCESS'), 0), COALESCE(sum(n) FILTER (WHERE r_status = 'OK'), 0), "
	    "COALESCE(sum(remote_sum) FILTER (WHERE r_status = 'OK'), 0), "
	    "COALESCE(sum(n) FILTER (WHERE l_state = 'REVERSED'), 0), "
	    "COALESCE(sum(local_sum) FILTER (WHERE l_state = 'REVERSED'), 0), "
	    "COALESCE(sum(n) FILTER (WHERE r_status = 'REVERSED'), 0), "
	    "COALESCE(sum(remote_sum) FILTER (WHERE r_status = 'REVERSED'), 0) "
	    "FROM recon_stats WHERE run_id = $1::bigint", run)) == NULL)
		return 1;
	printf("net in force:      station %s payments %s fen   "
	    "%s %s lines %s fen\n", v(res, 0, 0), v(res, 0, 1), other,
	    v(res, 0, 2), v(res, 0, 3));
	printf("reversed same day: station %s payments %s fen   "
	    "%s %s lines %s fen\n", v(res, 0, 4), v(res, 0, 5), other,
	    v(res, 0, 6), v(res, 0, 7));
	PQclear(res);
	if ((res = q(db, "SELECT operator_id, category, NULLIF(l_state, ''), "
	    "NULLIF(r_status, ''), n, local_sum, remote_sum FROM recon_stats "
	    "WHERE run_id = $1::bigint ORDER BY 1, 2, 3, 4", run)) == NULL)
		return 1;
	printf("\nper collector:\n%-16s %-16s %-9s %-9s %10s %16s %16s\n",
	    "collector", "category", "station", "marketing", "count",
	    "local_sum", "remote_sum");
	for (i = 0; i < PQntuples(res); i++)
		printf("%-16s %-16s %-9s %-9s %10s %16s %16s\n",
		    *PQgetvalue(res, i, 0) ? PQgetvalue(res, i, 0) : "(none)",
		    v(res, i, 1), v(res, i, 2), v(res, i, 3), v(res, i, 4),
		    v(res, i, 5), v(res, i, 6));
	PQclear(res);
	if ((res = q(db, "SELECT category, stserial, l_state, l_expected, "
	    "l_amount, l_trcode, l_customer_no, l_mkt_serial, l_terminal_id, "
	    "l_operator_id, l_term_serial, l_created_at, r_mkserial, r_trcode, "
	    "r_custno, r_amount, r_status, r_txdate, r_txtime "
	    "FROM recon_diffs WHERE run_id = $1::bigint "
	    "ORDER BY category, stserial", run)) == NULL)
		return 1;
	printf("\ndifferences: %d\n", PQntuples(res));
	for (i = 0; i < PQntuples(res); i++) {
		printf("%s stserial=%s\n", v(res, i, 0), v(res, i, 1));
		printf("  station: state=%s expected=%s amount=%s trcode=%s "
		    "custno=%s mkserial=%s terminal=%s collector=%s "
		    "term_serial=%s created=%s\n", v(res, i, 2), v(res, i, 3),
		    v(res, i, 4), v(res, i, 5), v(res, i, 6), v(res, i, 7),
		    v(res, i, 8), v(res, i, 9), v(res, i, 10), v(res, i, 11));
		printf("  marketing: mkserial=%s trcode=%s custno=%s amount=%s "
		    "status=%s txdate=%s txtime=%s\n", v(res, i, 12),
		    v(res, i, 13), v(res, i, 14), v(res, i, 15), v(res, i, 16),
		    v(res, i, 17), v(res, i, 18));
	}
	PQclear(res);
	return 0;
}

static int
recon_report(struct gfctl *g, const char *date, const char *bank, int csv)
{
	PGconn		*db = gfctl_db(g);
	PGresult	*res;
	char		 iso[11], run[24];
	const char	*p[2] = { iso, bank != NULL ? bank : "MI1" };

	snprintf(iso, sizeof(iso), "%.4s-%.2s-%.2s", date, date + 4, date + 6);
	/* The latest run of the date; older runs are kept, not reported. */
	res = PQexecParams(db, "SELECT id FROM recon_runs WHERE recon_date = "
	    "$1::date AND source = $2 ORDER BY id DESC LIMIT 1", 2, NULL, p,
	    NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "gfctl: recon report: %s",
		    PQresultErrorMessage(res));
		PQclear(res);
		return 1;
	}
	if (PQntuples(res) == 0) {
		fprintf(stderr, "gfctl: recon report: no run for %s\n", date);
		PQclear(res);
		return 1;
	}
	snprintf(run, sizeof(run), "%s", PQgetvalue(res, 0, 0));
	PQclear(res);
	return csv ? report_csv(db, run) : report_text(db, run);
}

int
cmd_recon(struct gfctl *g, int argc, char **argv)
{
	const char	*date = gfctl_opt(argc, argv, "--date");
	const char	*bank = gfctl_opt(argc, argv, "--bank");

	if (argc < 1 || !date_ok(date) || (bank != NULL && !bank_ok(bank))) {
		fprintf(stderr, "usage: gfctl recon run --date YYYYMMDD "
		    "[--bank NNNN] | recon report --date YYYYMMDD [--bank NNNN] "
		    "[--csv]\n");
		return 2;
	}
	if (strcmp(argv[0], "run") == 0)
		return recon_run(g, date, bank);
	if (strcmp(argv[0], "report") == 0)
		return recon_report(g, date, bank, gfctl_flag(argc, argv,
		    "--csv"));
	fprintf(stderr, "gfctl: recon: unknown subcommand %s\n", argv[0]);
	return 2;
}
