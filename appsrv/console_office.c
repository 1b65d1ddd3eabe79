/*
 * console_office.c - the back office's routes (docs/CONSOLE.md):
 * reconciliation review and sign-off, collectors' cash, search, statistics
 * and the daily report.  Each route is one call of a gf_bo_* function
 * (schema/fn/backoffice.sql), which holds the rules and writes the audit
 * rows; this file only carries arguments in and answers out.
 *
 *  - A GET answers the function's JSON as it is (con_sql_json), or with
 *    format=csv the rows of it as a CSV download (csv_cb).
 *  - A POST answers through post_cb: a function that refuses a change but
 *    must keep the audit row of the refusal (a signed-off day, the maker
 *    trying to sign) answers {"error": code, ...} and commits; post_cb
 *    gives that code its HTTP status.  Other refusals are SQLSTATEs
 *    (con_reply_sql_error).
 *  - The story of one transaction is console_story.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appsrv.h"
#include "console.h"
#include "console_office.h"
#include "console_priv.h"

#define OFFICE_PAGE_MAX	500
#define OFFICE_CSV_ROWS	"100000"

/* page and size as given (the SQL checks them); size at most 500. */
static int
paging(struct con_req *r, const char **page, const char **size)
{
	const char	*s = con_arg(r, "size");

	*page = con_arg(r, "page");
	*size = s;
	if (office_csv(r)) {
		*page = "1";
		*size = OFFICE_CSV_ROWS;
		return 0;
	}
	if (s != NULL && (strspn(s, "0123456789") != strlen(s) ||
	    strlen(s) > 6 || atoi(s) > OFFICE_PAGE_MAX)) {
		con_bad_request(r, "每页最多 500 行", "size: at most 500");
		return -1;
	}
	return 0;
}

const struct gf_conf *
office_conf(struct con_req *r)
{
	return &r->as->conf;
}

int
office_csv(struct con_req *r)
{
	const char	*f = con_arg(r, "format");

	return f != NULL && strcmp(f, "csv") == 0;
}

/* ---- CSV: the rows of an answer, nested objects flattened as a.b ---- */

static void
csv_cell(struct gbuf *b, json_t *v)
{
	char		 num[32];
	const char	*s = NULL;
	char		*dump = NULL;
	size_t		 i, n;

	switch (json_typeof(v)) {
	case JSON_STRING:
		s = json_string_value(v);
		break;
	case JSON_INTEGER:
		snprintf(num, sizeof(num), "%lld",
		    (long long)json_integer_value(v));
		s = num;
		break;
	case JSON_REAL:
		snprintf(num, sizeof(num), "%.17g", json_real_value(v));
		s = num;
		break;
	case JSON_TRUE:
		s = "true";
		break;
	case JSON_FALSE:
		s = "false";
		break;
	case JSON_NULL:
		return;
	default:
		s = dump = json_dumps(v, JSON_COMPACT);
		break;
	}
	if (s == NULL)
		return;
	n = strlen(s);
	/* A cell a spreadsheet would run as a formula is quoted as text. */
	if (n > 0 && strchr("=+-@\t\r", s[0]) != NULL &&
	    json_typeof(v) == JSON_STRING)
		gbuf_add(b, "'", 1);
	if (strpbrk(s, ",\"\r\n") == NULL)
		gbuf_add(b, s, n);
	else {
		gbuf_add(b, "\"", 1);
		for (i = 0; i < n; i++) {
			if (s[i] == '"')
				gbuf_add(b, "\"", 1);
			gbuf_add(b, s + i, 1);
		}
		gbuf_add(b, "\"", 1);
	}
	free(dump);
}

/* Column names of a row: its keys, an object's as key.sub. */
static void
csv_columns(json_t *row, json_t *cols)
{
	const char	*k, *k2;
	json_t		*v, *v2;
	char		 name[256];

	json_object_foreach(row, k, v) {
		if (json_is_object(v) && json_object_size(v) > 0) {
			json_object_foreach(v, k2, v2) {
				(void)v2;
				snprintf(name, sizeof(name), "%s.%s", k, k2);
				json_array_append_new(cols, json_string(name));
			}
		} else
			json_array_append_new(cols, json_string(k));
	}
}

static json_t *
csv_value(json_t *row, const char *col)
{
	const char	*dot = strchr(col, '.');
	char		 head[256];
	json_t		*o;

	if (dot == NULL)
		return json_object_get(row, col);
	snprintf(head, sizeof(head), "%.*s", (int)(dot - col), col);
	if ((o = json_object_get(row, head)) == NULL || !json_is_object(o))
		return NULL;
	return json_object_get(o, dot + 1);
}

/* The array at path ("rows", "diffs.rows") of doc as CSV; -1 if none. */
int
office_csv_make(json_t *doc, const char *path, struct gbuf *b)
{
	json_t		*rows = doc, *cols, *row, *v;
	char		 part[64];
	const char	*p = path, *dot;
	size_t		 i, c;

	while (rows != NULL && *p != '\0') {
		dot = strchr(p, '.');
		snprintf(part, sizeof(part), "%.*s", dot ? (int)(dot - p) :
		    (int)strlen(p), p);
		rows = json_object_get(rows, part);
		p = dot ? dot + 1 : p + strlen(p);
	}
	if (rows == NULL || !json_is_array(rows))
		return -1;
	gbuf_add(b, "\xef\xbb\xbf", 3);	/* BOM: spreadsheets read UTF-8 */
	cols = json_array();
	if (json_array_size(rows) > 0)
		csv_columns(json_array_get(rows, 0), cols);
	for (c = 0; c < json_array_size(cols); c++) {
		if (c > 0)
			gbuf_add(b, ",", 1);
		csv_cell(b, json_array_get(cols, c));
	}
	gbuf_add(b, "\r\n", 2);
	json_array_foreach(rows, i, row) {
		for (c = 0; c < json_array_size(cols); c++) {
			if (c > 0)
				gbuf_add(b, ",", 1);
			v = csv_value(row, json_string_value(json_array_get(cols,
			    c)));
			if (v != NULL)
				csv_cell(b, v);
		}
		gbuf_add(b, "\r\n", 2);
	}
	json_decref(cols);
	return 0;
}

struct csv_route {
	const char	*pattern;
	const char	*path;		/* of the rows in the answer */
	const char	*name;		/* of the file */
};

static const struct csv_route csv_routes[] = {
	{ "recon_days", "rows", "recon-days" },
	{ "recon_day", "diffs.rows", "recon-differences" },
	{ "cash", "rows", "cash" },
	{ "in_transit", "rows", "cash-in-transit" },
	{ "tx", "rows", "transactions" },
	{ "stats", "rows", "statistics" },
	{ "report", "by_collector", "daily-report" },
};

/* The one JSON value of res, parsed (NULL: answered already). */
json_t *
office_result_json(struct con_req *r, PGresult *res)
{
	json_t		*j;
	json_error_t	 err;

	if (res == NULL || PQresultStatus(res) != PGRES_TUPLES_OK) {
		con_reply_sql_error(r, res);
		return NULL;
	}
	if (PQntuples(res) != 1 || PQgetisnull(res, 0, 0)) {
		con_not_found(r);
		return NULL;
	}
	if ((j = json_loads(PQgetvalue(res, 0, 0), 0, &err)) == NULL) {
		con_reply_error(r, 500, "internal", "内部错误", "internal error");
		return NULL;
	}
	return j;
}

static void
csv_reply(struct con_req *r, PGresult *res, const char *kind)
{
	const struct csv_route *cr = NULL;
	json_t		*j;
	struct gbuf	 b;
	char		 fname[80];
	const char	*d;
	size_t		 i;

	for (i = 0; i < sizeof(csv_routes) / sizeof(csv_routes[0]); i++)
		if (strcmp(csv_routes[i].pattern, kind) == 0)
			cr = &csv_routes[i];
	if ((j = office_result_json(r, res)) == NULL)
		return;
	gbuf_init(&b);
	if (cr == NULL || office_csv_make(j, cr->path, &b) == -1) {
		gbuf_free(&b);
		json_decref(j);
		con_bad_request(r, "此页不能导出 CSV", "no CSV for this page");
		return;
	}
	d = con_arg(r, "date");
	snprintf(fname, sizeof(fname), "%s%s%s.csv", cr->name, d ? "-" : "",
	    d && strspn(d, "0123456789") == strlen(d) && strlen(d) <= 8 ? d :
	    "");
	con_reply_data(r, 200, "text/csv; charset=utf-8", fname, b.data, b.len);
	gbuf_free(&b);
	json_decref(j);
}

#define CSV_CB(kind)							\
static void								\
csv_cb_##kind(struct con_req *r, PGresult *res)				\
{									\
	csv_reply(r, res, #kind);					\
}
CSV_CB(recon_days)
CSV_CB(recon_day)
CSV_CB(cash)
CSV_CB(in_transit)
CSV_CB(tx)
CSV_CB(stats)
CSV_CB(report)

/* A GET: JSON as is, or its rows as CSV. */
static void
get(struct con_req *r, const char *sql, int n, const char *const *vals,
    con_sql_cb *csv)
{
	if (office_csv(r))
		con_sql(r, sql, n, vals, csv);
	else
		con_sql_json(r, sql, n, vals);
}

/* A POST's answer: {"error": code} is a refusal that committed. */
static void
post_cb(struct con_req *r, PGresult *res)
{
	static const struct { const char *code; int status; } codes[] = {
		{ "bad_request", 400 }, { "forbidden", 403 },
		{ "not_found", 404 }, { "conflict", 409 }, { "locked", 423 },
		{ "too_many", 429 },
	};
	json_t		*j, *e;
	size_t		 i;

	if ((j = office_result_json(r, res)) == NULL)
		return;
	if ((e = json_object_get(j, "error")) != NULL && json_is_string(e)) {
		for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
			if (strcmp(codes[i].code, json_string_value(e)) == 0) {
				con_reply_json(r, codes[i].status, j);
				return;
			}
		con_reply_json(r, 409, j);
		return;
	}
	con_reply_json(r, 200, j);
}

/* An integer in fen from the body (a JSON integer, or digits). */
static int
body_fen(struct con_req *r, const char *key, char *out, size_t cap,
    int required)
{
	json_t	*v = json_object_get(con_body(r), key);

	if (v == NULL || json_is_null(v)) {
		out[0] = '\0';
		return required ? -1 : 0;
	}
	if (json_is_integer(v)) {
		snprintf(out, cap, "%lld", (long long)json_integer_value(v));
		return 0;
	}
	if (json_is_string(v) && json_string_length(v) > 0 &&
	    json_string_length(v) <= 15 &&
	    strspn(json_string_value(v), "0123456789") ==
	    json_string_length(v)) {
		snprintf(out, cap, "%s", json_string_value(v));
		return 0;
	}
	return -1;
}

/* ---- reconciliation ---- */

/*
 * The reconciliation's source: "MI1" (the marketing system, also when not
 * given) or a bank's number (its day file); "*" (every source) for the
 * list of days.  From the body of a POST or the query.
 */
static int
source_arg(struct con_req *r, int any, const char **out)
{
	const char	*s = con_body_str(r, "source");

	if (s == NULL)
		s = con_arg(r, "source");
	*out = s;
	if (s == NULL || strcmp(s, "MI1") == 0 || (any && strcmp(s, "*") ==
	    0) || (strlen(s) == 4 && strspn(s, "0123456789") == 4))
		return 0;
	con_bad_request(r, "对账来源为 MI1（营销系统）或 4 位银行号",
	    "source is MI1 (the marketing system) or a 4-digit bank number");
	return -1;
}

static void
recon_days(struct con_req *r)
{
	const char	*v[5];

	v[0] = con_arg(r, "from");
	v[1] = con_arg(r, "to");
	if (paging(r, &v[2], &v[3]) == -1 || source_arg(r, 1, &v[4]) == -1)
		return;
	get(r, "SELECT gf_bo_recon_days($1, $2, $3::int, $4::int, "
	    "COALESCE($5, 'MI1'))", 5, v, csv_cb_recon_days);
}

/* Every source of one date side by side (the marketing one, each bank's). */
static void
recon_sources(struct con_req *r)
{
	const char	*v[1];

	v[0] = con_arg(r, "date");
	con_sql_json(r, "SELECT gf_bo_recon_sources($1)", 1, v);
}

static void
recon_day(struct con_req *r)
{
	const char	*v[6];

	v[0] = con_actor(r);
	v[1] = con_arg(r, "date");
	v[2] = con_arg(r, "category");
	if (paging(r, &v[3], &v[4]) == -1 || source_arg(r, 0, &v[5]) == -1)
		return;
	get(r, "SELECT gf_bo_recon_day($1, $2, $3, $4::int, $5::int, $6)", 6,
	    v, csv_cb_recon_day);
}

static void
file_cb(struct con_req *r, PGresult *res)
{
	char	name[64];

	if (res == NULL || PQresultStatus(res) != PGRES_TUPLES_OK) {
		con_reply_sql_error(r, res);
		return;
	}
	if (PQntuples(res) != 1 || PQgetisnull(res, 0, 1)) {
		con_reply_error(r, 404, "not_found", "该日没有保存的对账文件",
		    "no stored reconciliation file for this day");
		return;
	}
	if (strcmp(PQgetvalue(res, 0, 4), "MI1") == 0)
		snprintf(name, sizeof(name), "recon_%s_run%s.txt",
		    PQgetvalue(res, 0, 2), PQgetvalue(res, 0, 0));
	else
		snprintf(name, sizeof(name), "BD%s%s_run%s.txt",
		    PQgetvalue(res, 0, 4), PQgetvalue(res, 0, 2),
		    PQgetvalue(res, 0, 0));
	con_reply_data(r, 200, "text/plain; charset=utf-8", name,
	    PQgetvalue(res, 0, 1), (size_t)PQgetlength(res, 0, 1));
}

/* The raw file (9001, or a bank's day file) of the (source, day)'s
 * current run, or of run=N of that day. */
static void
recon_file(struct con_req *r)
{
	const char	*v[3];

	v[0] = con_arg(r, "date");
	v[1] = con_arg(r, "run");
	if (source_arg(r, 0, &v[2]) == -1)
		return;
	con_sql(r, "SELECT id, raw_file, to_char(recon_date, 'YYYYMMDD'), "
	    "file_sha256, source FROM recon_runs WHERE recon_date = "
	    "gf_bo_date($1) AND source = COALESCE($3, 'MI1') AND id = "
	    "COALESCE($2::bigint, gf_bo_current_run(gf_bo_date($1), "
	    "COALESCE($3, 'MI1')), (SELECT max(id) FROM recon_runs WHERE "
	    "recon_date = gf_bo_date($1) AND source = COALESCE($3, 'MI1') AND "
	    "raw_file IS NOT NULL))", 3, v, file_cb);
}

static void
recon_resolve(struct con_req *r)
{
	const char	*v[6];

	v[0] = con_actor(r);
	v[1] = con_arg(r, "date");
	v[2] = con_arg(r, "id");
	v[3] = con_body_str(r, "reason");
	v[4] = con_body_str(r, "note");
	if (source_arg(r, 0, &v[5]) == -1)
		return;
	con_sql(r, "SELECT gf_bo_recon_resolve($1, $2, $3, $4, $5, $6)", 6, v,
	    post_cb);
}

static void
recon_signoff(struct con_req *r)
{
	const char	*v[4];

	v[0] = con_actor(r);
	v[1] = con_arg(r, "date");
	v[2] = con_body_str(r, "note");
	if (source_arg(r, 0, &v[3]) == -1)
		return;
	con_sql(r, "SELECT gf_bo_recon_signoff($1, $2, $3, $4)", 4, v,
	    post_cb);
}

static void
recon_reopen(struct con_req *r)
{
	const char	*v[4];

	v[0] = con_actor(r);
	v[1] = con_arg(r, "date");
	v[2] = con_body_str(r, "reason");
	if (source_arg(r, 0, &v[3]) == -1)
		return;
	con_sql(r, "SELECT gf_bo_recon_reopen($1, $2, $3, $4)", 4, v,
	    post_cb);
}

static void
recon_rerun(struct con_req *r)
{
	const char	*v[3];

	v[0] = con_actor(r);
	v[1] = con_arg(r, "date");
	if (source_arg(r, 0, &v[2]) == -1)
		return;
	con_sql(r, "SELECT gf_bo_recon_rerun($1, $2, $3)", 3, v, post_cb);
}

/* ---- collectors' cash ---- */

static void
cash_list(struct con_req *r)
{
	const char	*v[5];

	v[0] = con_arg(r, "date");
	v[1] = con_arg(r, "collector");
	v[2] = con_arg(r, "state");
	if (paging(r, &v[3], &v[4]) == -1)
		return;
	get(r, "SELECT gf_bo_cash_list($1, $2, $3, $4::int, $5::int)", 5, v,
	    csv_cb_cash);
}

static void
cash_in_transit(struct con_req *r)
{
	const struct gf_conf *conf = office_conf(r);
	char		 days[16], amt[24];
	const char	*v[4] = { days, amt, NULL, NULL };

	snprintf(days, sizeof(days), "%d", conf->ifsvc.cash_alarm_days);
	snprintf(amt, sizeof(amt), "%lld",
	    (long long)conf->ifsvc.cash_alarm_amount);
	if (paging(r, &v[2], &v[3]) == -1)
		return;
	get(r, "SELECT gf_bo_cash_in_transit($1::int, $2::bigint, $3::int, "
	    "$4::int)", 4, v, csv_cb_in_transit);
}

static void
cash_handin(struct con_req *r)
{
	char		 counted[24];
	const char	*v[5];

	if (body_fen(r, "counted", counted, sizeof(counted), 1) == -1) {
		con_bad_request(r, "请填写清点金额（分）",
		    "counted: an amount in fen is required");
		return;
	}
	v[0] = con_actor(r);
	v[1] = con_arg(r, "collector");
	v[2] = con_arg(r, "date");
	v[3] = counted;
	v[4] = con_body_str(r, "reason");
	con_sql(r, "SELECT gf_bo_cash_handin($1, $2, $3, $4::bigint, $5)", 5,
	    v, post_cb);
}

static void
cash_deposit(struct con_req *r)
{
	char		 amount[24];
	const char	*v[6];

	if (body_fen(r, "amount", amount, sizeof(amount), 1) == -1) {
		con_bad_request(r, "请填写存款金额（分）",
		    "amount: an amount in fen is required");
		return;
	}
	v[0] = con_actor(r);
	v[1] = con_arg(r, "collector");
	v[2] = con_arg(r, "date");
	v[3] = con_body_str(r, "slip_no");
	v[4] = con_body_str(r, "bank");
	v[5] = amount;
	con_sql(r, "SELECT gf_bo_cash_deposit($1, $2, $3, $4, $5, $6::bigint)",
	    6, v, post_cb);
}

/* ---- search, statistics, report ---- */

static void
tx_search(struct con_req *r)
{
	static const char *const keys[] = { "from", "to", "terminal",
	    "operator", "customer", "receipt", "stserial", "mkserial", "state",
	    "func" };
	const char	*v[13];
	size_t		 i;

	for (i = 0; i < 10; i++)
		v[i] = con_arg(r, keys[i]);
	if (paging(r, &v[10], &v[11]) == -1)
		return;
	v[12] = office_csv(r) ? NULL : con_arg(r, "after");
	get(r, "SELECT gf_bo_tx_search($1, $2, $3, $4, $5, $6, $7, $8, $9, "
	    "$10, $11::int, $12::int, $13)", 13, v, csv_cb_tx);
}

static void
stats_any(struct con_req *r, const char *fn)
{
	char		 sql[128];
	const char	*v[6];

	v[0] = con_arg(r, "period");
	v[1] = con_arg(r, "from");
	v[2] = con_arg(r, "to");
	v[3] = con_arg(r, "by");
	if (paging(r, &v[4], &v[5]) == -1)
		return;
	snprintf(sql, sizeof(sql), "SELECT %s($1, $2, $3, $4, $5::int, "
	    "$6::int)", fn);
	get(r, sql, 6, v, csv_cb_stats);
}

static void stats(struct con_req *r) { stats_any(r, "gf_bo_stats"); }
static void stats_reading(struct con_req *r) { stats_any(r, "gf_bo_stats_reading"); }
static void stats_dunning(struct con_req *r) { stats_any(r, "gf_bo_stats_dunning"); }

static void
report_daily(struct con_req *r)
{
	const char	*v[1];

	v[0] = con_arg(r, "date");
	get(r, "SELECT gf_bo_report_daily($1)", 1, v, csv_cb_report);
}

#define RECON_READ	(CON_AUDITOR | CON_ADMIN)
#define CASH_READ	(CON_CASHIER | CON_AUDITOR | CON_ADMIN)

/* Fixed paths before {param} ones: the first route that matches wins. */
const struct con_route con_routes_office[] = {
	{ "GET", "/api/recon/days", RECON_READ, recon_days },
	{ "GET", "/api/recon/{date}", RECON_READ, recon_day },
	{ "GET", "/api/recon/{date}/file", RECON_READ, recon_file },
	{ "GET", "/api/recon/{date}/sources", RECON_READ, recon_sources },
	{ "POST", "/api/recon/{date}/diffs/{id}/resolve", CON_AUDITOR,
	    recon_resolve },
	{ "POST", "/api/recon/{date}/signoff", CON_AUDITOR, recon_signoff },
	{ "POST", "/api/recon/{date}/reopen", CON_ADMIN, recon_reopen },
	{ "POST", "/api/recon/{date}/rerun", CON_AUDITOR | CON_ADMIN,
	    recon_rerun },
	{ "GET", "/api/cash/in-transit", CASH_READ, cash_in_transit },
	{ "GET", "/api/cash", CASH_READ, cash_list },
	{ "POST", "/api/cash/{collector}/{date}/handin", CON_CASHIER,
	    cash_handin },
	{ "POST", "/api/cash/{collector}/{date}/deposit", CON_CASHIER,
	    cash_deposit },
	{ "GET", "/api/tx", CON_ANY, tx_search },
	{ "GET", "/api/tx/{stserial}", CON_ANY, office_tx_story },
	{ "GET", "/api/stats", CON_ANY, stats },
	{ "GET", "/api/stats/reading", CON_ANY, stats_reading },
	{ "GET", "/api/stats/dunning", CON_ANY, stats_dunning },
	{ "GET", "/api/report/daily", CON_ANY, report_daily },
	{ NULL, NULL, 0, NULL }
};
