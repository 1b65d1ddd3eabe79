/*
 * gfctl withhold - monthly withholding (docs/BK1.md "Withholding").
 *
 *   withhold make --bank NNNN --month YYYYMM	ask ifsvc (IPC_WH_MAKE), wait
 *   withhold send --bank NNNN --month YYYYMM	the month's newest list as
 *						debits (3001), no result file
 *   withhold list [--bank NNNN]		lists made and their results
 *   withhold show FILE				a list's lines, results, postings
 *   withhold debits [--bank NNNN]		the debits and their states
 *
 * Making a list needs the marketing system's arrears of every bound
 * customer (MI/1 1001): ifsvc is the only process that speaks MI/1, so
 * gfctl asks it over its socket, as `recon run` does, and prints what it
 * made (the file, its count and total) or why it made nothing.  ifsvc
 * records the list and its audit row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "gfctl.h"
#include "ipc.h"
#include "ipc_client.h"
#include "util.h"

#define WH_MAKE_TIMEOUT_MS	(30 * 60 * 1000)

static int
bankno_ok(const char *s)
{
	return s != NULL && strlen(s) == 4 && strspn(s, "0123456789") == 4 &&
	    strcmp(s, "0000") != 0;
}

static int
month_ok(const char *s)
{
	int	m;

	if (s == NULL || strlen(s) != 6 || strspn(s, "0123456789") != 6)
		return 0;
	m = atoi(s + 4);
	return m >= 1 && m <= 12;
}

static int
wh_make(struct gfctl *g, int argc, char **argv)
{
	const char	*bank = gfctl_opt(argc, argv, "--bank");
	const char	*month = gfctl_opt(argc, argv, "--month");
	struct gbuf	 out, reply;
	struct ipc_msg	 m;
	uint16_t	 rtype = 0;
	uint8_t		 ok;
	const char	*text;
	char		 err[256];
	int		 rv = 1;

	if (!bankno_ok(bank) || !month_ok(month)) {
		fprintf(stderr, "usage: gfctl withhold make --bank NNNN "
		    "--month YYYYMM\n");
		return 2;
	}
	gbuf_init(&out);
	gbuf_init(&reply);
	ipc_put_str(&out, bank);
	ipc_put_str(&out, month);
	ipc_put_str(&out, gfctl_actor(g));
	if (ipc_call(g->conf.ifsvc.socket, "gfctl", IPC_WH_MAKE, &out, &rtype,
	    &reply, WH_MAKE_TIMEOUT_MS, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: withhold make: %s\n", err);
		goto out;
	}
	memset(&m, 0, sizeof(m));
	m.type = rtype;
	m.data = reply.data;
	m.len = reply.len;
	if (rtype != IPC_WH_DONE || ipc_get_u8(&m, &ok) == -1 ||
	    ipc_get_str(&m, &text) == -1 || ipc_get_end(&m) == -1) {
		fprintf(stderr, "gfctl: withhold make: malformed answer\n");
		goto out;
	}
	if (ok)
		printf("%s\n", text);
	else
		fprintf(stderr, "gfctl: withhold make: %s\n", text);
	rv = ok ? 0 : 1;
out:
	gbuf_free(&out);
	gbuf_free(&reply);
	return rv;
}

/* Online mode: queued in the database, sent by ifsvc (ifsvc/debit.c). */
static int
wh_send(struct gfctl *g, int argc, char **argv)
{
	const char	*bank = gfctl_opt(argc, argv, "--bank");
	const char	*month = gfctl_opt(argc, argv, "--month");
	const char	*vals[3], *msg;
	PGresult	*res;
	int		 rv = 1;

	if (!bankno_ok(bank) || !month_ok(month)) {
		fprintf(stderr, "usage: gfctl withhold send --bank NNNN "
		    "--month YYYYMM\n");
		return 2;
	}
	vals[0] = gfctl_actor(g);
	vals[1] = bank;
	vals[2] = month;
	res = PQexecParams(gfctl_db(g), "SELECT r_file, r_count, r_total FROM "
	    "gf_wh_send($1, $2, $3)", 3, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
		fprintf(stderr, "gfctl: withhold send: %s\n", msg ? msg :
		    PQresultErrorMessage(res));
	} else {
		printf("sent %s debits=%s total=%s\n", PQgetvalue(res, 0, 0),
		    PQgetvalue(res, 0, 1), PQgetvalue(res, 0, 2));
		rv = 0;
	}
	PQclear(res);
	return rv;
}

static int
wh_debits(struct gfctl *g, int argc, char **argv)
{
	static const int w[] = { 20, 6, 12, 20, 10, 8, 7, 20, 0 };
	const char	*bank = gfctl_opt(argc, argv, "--bank");
	char		 sql[1024];

	if (bank != NULL && !bankno_ok(bank)) {
		fprintf(stderr, "usage: gfctl withhold debits [--bank NNNN]\n");
		return 2;
	}
	snprintf(sql, sizeof(sql), "SELECT serial, bankno, custno, "
	    "gf_mask_account(account), amount, state, COALESCE(rspcode, '-'), "
	    "COALESCE(bankserial, '-') FROM debits %s%s%s ORDER BY serial",
	    bank ? "WHERE bankno = '" : "", bank ? bank : "", bank ? "'" : "");
	return gfctl_list(g, "withhold debits", sql,
	    "SERIAL BANK CUSTNO ACCOUNT AMOUNT STATE RSPCODE BANKSERIAL", w);
}

static int
wh_list(struct gfctl *g, int argc, char **argv)
{
	static const int w[] = { 20, 6, 5, 10, 8, 8, 30, 0 };
	const char	*bank = gfctl_opt(argc, argv, "--bank");
	char		 sql[1536];

	if (bank != NULL && !bankno_ok(bank)) {
		fprintf(stderr, "usage: gfctl withhold list [--bank NNNN]\n");
		return 2;
	}
	/* bank is 4 digits, checked above. */
	snprintf(sql, sizeof(sql), "SELECT l.file_name, l.state, l.count, "
	    "l.total, COALESCE((SELECT r.state FROM wh_results r WHERE "
	    "r.list_id = l.id ORDER BY r.state = 'ACCEPTED' DESC, r.id DESC "
	    "LIMIT 1), '-'), COALESCE((SELECT count(*)::text FROM "
	    "wh_result_lines rl JOIN wh_results r ON r.id = rl.result_id WHERE "
	    "r.list_id = l.id AND rl.post_state = 'POSTED'), '-'), "
	    "COALESCE((SELECT r.reason FROM wh_results r WHERE r.list_id = l.id "
	    "AND r.state = 'REFUSED' ORDER BY r.id DESC LIMIT 1), '') "
	    "FROM wh_lists l %s%s%s ORDER BY l.bankno, l.month, l.nn",
	    bank ? "WHERE l.bankno = '" : "", bank ? bank : "", bank ? "'" : "");
	return gfctl_list(g, "withhold list", sql,
	    "FILE STATE COUNT TOTAL RESULT POSTED LAST_REFUSAL", w);
}

/* A list's lines beside their result (the accepted file's) and posting. */
static int
wh_show(struct gfctl *g, const char *file)
{
	const char	*vals[1] = { file };
	PGresult	*res;
	int		 i;

	res = PQexecParams(gfctl_db(g), "SELECT r.file_name, r.state, "
	    "r.reason, to_char(r.received_at, 'YYYY-MM-DD HH24:MI:SS') FROM "
	    "wh_results r JOIN wh_lists l ON l.id = r.list_id WHERE "
	    "l.file_name = $1 ORDER BY r.id", 1, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "gfctl: withhold show: %s",
		    PQresultErrorMessage(res));
		PQclear(res);
		return 1;
	}
	for (i = 0; i < PQntuples(res); i++)
		printf("result %s %s %s %s\n", PQgetvalue(res, i, 0),
		    PQgetvalue(res, i, 1), PQgetvalue(res, i, 3),
		    PQgetvalue(res, i, 2));
	PQclear(res);
	res = PQexecParams(gfctl_db(g), "SELECT w.lineno, w.custno, "
	    "gf_mask_account(w.account), w.amount, w.months, "
	    "COALESCE(rl.result, '-'), COALESCE(rl.post_state, '-'), "
	    "COALESCE(rl.stserial, '-') FROM wh_lists l JOIN wh_list_lines w "
	    "ON w.list_id = l.id LEFT JOIN wh_results r ON r.list_id = l.id AND "
	    "r.state = 'ACCEPTED' LEFT JOIN wh_result_lines rl ON rl.result_id "
	    "= r.id AND rl.lineno = w.lineno WHERE l.file_name = $1 ORDER BY "
	    "w.lineno", 1, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) == 0) {
		fprintf(stderr, "gfctl: withhold show: no list %s\n", file);
		PQclear(res);
		return 1;
	}
	printf("%-6s %-12s %-20s %-10s %-20s %-6s %-7s %s\n", "LINE", "CUSTNO",
	    "ACCOUNT", "AMOUNT", "MONTHS", "RESULT", "POST", "STSERIAL");
	for (i = 0; i < PQntuples(res); i++)
		printf("%-6s %-12s %-20s %-10s %-20s %-6s %-7s %s\n",
		    PQgetvalue(res, i, 0), PQgetvalue(res, i, 1),
		    PQgetvalue(res, i, 2), PQgetvalue(res, i, 3),
		    PQgetvalue(res, i, 4), PQgetvalue(res, i, 5),
		    PQgetvalue(res, i, 6), PQgetvalue(res, i, 7));
	PQclear(res);
	return 0;
}

int
cmd_withhold(struct gfctl *g, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "make") == 0)
		return wh_make(g, argc - 1, argv + 1);
	if (argc >= 1 && strcmp(argv[0], "send") == 0)
		return wh_send(g, argc - 1, argv + 1);
	if (argc >= 1 && strcmp(argv[0], "debits") == 0)
		return wh_debits(g, argc - 1, argv + 1);
	if (argc >= 1 && strcmp(argv[0], "list") == 0)
		return wh_list(g, argc - 1, argv + 1);
	if (argc == 2 && strcmp(argv[0], "show") == 0)
		return wh_show(g, argv[1]);
	fprintf(stderr, "usage: gfctl withhold make --bank NNNN --month YYYYMM\n"
	    "       gfctl withhold send --bank NNNN --month YYYYMM\n"
	    "       gfctl withhold debits [--bank NNNN]\n"
	    "       gfctl withhold list [--bank NNNN]\n"
	    "       gfctl withhold show FILE\n");
	return 2;
}
