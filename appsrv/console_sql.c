/*
 * console_sql.c - the console's statements: one parameterised statement a
 * request at a time on the console's own connections (console_db.c), its
 * JSON answered as PostgreSQL built it, a list paged on the server, or the
 * whole list as CSV, and SQLSTATEs turned into the contract's errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/buffer.h>

#include "appsrv.h"
#include "console_priv.h"
#include "log.h"

#define CON_PAGE_SIZE	50
#define CON_PAGE_MAX	500

static void
sql_done(PGresult *res, void *arg)
{
	struct con_req	*c = arg;
	con_sql_cb	*cb = c->sqlcb;

	if (!con_alive(c))
		return;
	c->sqlcb = NULL;
	cb(c, res);
}

void
con_sql(struct con_req *c, const char *sql, int n, const char *const *vals,
    con_sql_cb *cb)
{
	c->sqlcb = cb;
	if (condb_query(c->con->db, sql, n, vals, sql_done, c) == -1) {
		c->sqlcb = NULL;
		con_reply_error(c, 503, "unavailable", "数据库暂时不可用，请稍后再试",
		    "the database is busy or unreachable; try again");
	}
}

void
con_reply_sql_error(struct con_req *c, PGresult *res)
{
	const char	*st = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) :
			    NULL;
	const char	*msg = res ? PQresultErrorField(res,
			    PG_DIAG_MESSAGE_PRIMARY) : NULL;

	if (st == NULL) {
		con_reply_error(c, 503, "unavailable", "数据库暂时不可用，请稍后再试",
		    "the database is unreachable; try again");
		return;
	}
	if (msg == NULL)
		msg = "";
	/* GF00x messages are the functions' own words, meant for people. */
	if (strcmp(st, "GF001") == 0)
		con_reply_error(c, 404, "not_found", msg[0] ? msg :
		    "没有这个对象", msg[0] ? msg : "not found");
	else if (strcmp(st, "GF002") == 0)
		con_reply_error(c, 409, "conflict", msg, msg);
	else if (strcmp(st, "GF003") == 0)
		con_reply_error(c, 409, "conflict", msg[0] ? msg : "已经存在",
		    msg[0] ? msg : "already exists");
	else if (strcmp(st, "GF004") == 0)
		con_reply_error(c, 423, "locked", msg, msg);
	else if (strcmp(st, "23505") == 0)
		con_reply_error(c, 409, "conflict", "已经存在", "already exists");
	else if (strncmp(st, "22", 2) == 0 || strncmp(st, "23", 2) == 0)
		con_reply_error(c, 400, "bad_request", "参数有误",
		    "bad parameter");
	else if (strcmp(st, "57014") == 0)
		con_reply_error(c, 503, "unavailable", "查询超时，请缩小范围",
		    "the query took too long; narrow it");
	else {
		log_warnx("console: sql path=%s sqlstate=%s", c->path, st);
		con_reply_error(c, 503, "unavailable", "数据库出错",
		    "database error");
	}
}

static void
json_cb(struct con_req *c, PGresult *res)
{
	if (!db_ok(res, PGRES_TUPLES_OK)) {
		con_reply_sql_error(c, res);
		return;
	}
	if (PQntuples(res) < 1 || PQnfields(res) < 1 ||
	    PQgetisnull(res, 0, 0)) {
		con_not_found(c);
		return;
	}
	con_reply_data(c, 200, "application/json; charset=utf-8", NULL,
	    PQgetvalue(res, 0, 0), (size_t)PQgetlength(res, 0, 0));
}

void
con_sql_json(struct con_req *c, const char *sql, int n,
    const char *const *vals)
{
	con_sql(c, sql, n, vals, json_cb);
}

/* ---- lists ---- */

static void
list_cb(struct con_req *c, PGresult *res)
{
	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		con_reply_sql_error(c, res);
		return;
	}
	con_reply_data(c, 200, "application/json; charset=utf-8", NULL,
	    PQgetvalue(res, 0, 0), (size_t)PQgetlength(res, 0, 0));
}

/* One CSV cell: quoted when needed; a text that a spreadsheet would take
 * for a formula gets a leading apostrophe. */
static void
csv_cell(struct evbuffer *b, json_t *v)
{
	const char	*s;
	char		*d = NULL, num[64];
	size_t		 i;

	if (v == NULL || json_is_null(v))
		return;
	if (json_is_string(v))
		s = json_string_value(v);
	else if (json_is_integer(v)) {
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		s = num;
	} else if (json_is_true(v))
		s = "true";
	else if (json_is_false(v))
		s = "false";
	else if (json_is_real(v)) {
		snprintf(num, sizeof(num), "%.17g", json_real_value(v));
		s = num;
	} else
		s = d = json_dumps(v, JSON_COMPACT);
	if (s == NULL)
		return;
	if (json_is_string(v) && strchr("=+-@\t\r", s[0]) != NULL && s[0])
		evbuffer_add(b, "\"'", 2);
	else if (strpbrk(s, ",\"\r\n") != NULL || json_is_object(v) ||
	    json_is_array(v))
		evbuffer_add(b, "\"", 1);
	else {
		evbuffer_add(b, s, strlen(s));
		free(d);
		return;
	}
	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] == '"')
			evbuffer_add(b, "\"", 1);
		evbuffer_add(b, &s[i], 1);
	}
	evbuffer_add(b, "\"", 1);
	free(d);
}

static void
csv_cb(struct con_req *c, PGresult *res)
{
	struct evbuffer	*b;
	json_t		*row, *first = NULL, *v;
	json_error_t	 err;
	const char	*k, *slash;
	char		 fname[64], *out;
	size_t		 len;
	int		 i, n;

	if (!db_ok(res, PGRES_TUPLES_OK)) {
		con_reply_sql_error(c, res);
		return;
	}
	b = evbuffer_new();
	evbuffer_add(b, "\xef\xbb\xbf", 3);	/* UTF-8 BOM: spreadsheets */
	n = PQntuples(res);
	for (i = 0; i < n; i++) {
		row = json_loads(PQgetvalue(res, i, 0), 0, &err);
		if (!json_is_object(row)) {
			json_decref(row);
			continue;
		}
		if (first == NULL) {	/* the header: the first row's keys */
			first = json_incref(row);
			len = 0;
			json_object_foreach(first, k, v) {
				json_t *name = json_string(k);

				if (len++)
					evbuffer_add(b, ",", 1);
				csv_cell(b, name);
				json_decref(name);
			}
			evbuffer_add(b, "\r\n", 2);
		}
		len = 0;
		json_object_foreach(first, k, v) {
			if (len++)
				evbuffer_add(b, ",", 1);
			csv_cell(b, json_object_get(row, k));
		}
		evbuffer_add(b, "\r\n", 2);
		json_decref(row);
	}
	json_decref(first);
	slash = strrchr(c->path, '/');
	snprintf(fname, sizeof(fname), "%s.csv", slash && slash[1] ?
	    slash + 1 : "export");
	len = evbuffer_get_length(b);
	out = xmalloc(len + 1);
	evbuffer_remove(b, out, len);
	evbuffer_free(b);
	con_reply_data(c, 200, "text/csv; charset=utf-8", fname, out, len);
	free(out);
}

void
con_sql_list(struct con_req *c, const char *sql, int n,
    const char *const *vals)
{
	const char	*v[CON_MAX_PARAMS * 2 + 4];
	const char	*fmt = con_arg(c, "format"), *ps, *ss;
	char		*q, lim[24], off[24], pg[24], sz[24];
	long		 page = 1, size = CON_PAGE_SIZE;
	int		 i;

	if (n > CON_MAX_PARAMS * 2)
		fatalx("console: %s: %d parameters", c->path, n);
	for (i = 0; i < n; i++)
		v[i] = vals[i];
	if (fmt != NULL && strcmp(fmt, "csv") == 0) {
		snprintf(lim, sizeof(lim), "%d", CON_CSV_MAX);
		v[n] = lim;
		if (asprintf(&q, "SELECT * FROM (%s) AS q LIMIT $%d", sql,
		    n + 1) == -1)
			fatalx("out of memory");
		con_sql(c, q, n + 1, v, csv_cb);
		free(q);
		return;
	}
	if (fmt != NULL && strcmp(fmt, "json") != 0) {
		con_bad_request(c, "format 只能是 json 或 csv",
		    "format must be json or csv");
		return;
	}
	if ((ps = con_arg(c, "page")) != NULL) {
		char *e;

		page = strtol(ps, &e, 10);
		if (*e != '\0' || page < 1 || page > 1000000) {
			con_bad_request(c, "page 有误", "bad page");
			return;
		}
	}
	if ((ss = con_arg(c, "size")) != NULL) {
		char *e;

		size = strtol(ss, &e, 10);
		if (*e != '\0' || size < 1 || size > CON_PAGE_MAX) {
			con_bad_request(c, "size 须为 1 至 500",
			    "size must be 1 to 500");
			return;
		}
	}
	snprintf(lim, sizeof(lim), "%ld", size);
	snprintf(off, sizeof(off), "%ld", (page - 1) * size);
	snprintf(pg, sizeof(pg), "%ld", page);
	snprintf(sz, sizeof(sz), "%ld", size);
	v[n] = lim;
	v[n + 1] = off;
	v[n + 2] = pg;
	v[n + 3] = sz;
	/* The rows keep the statement's order (numbered as they come). */
	if (asprintf(&q, "WITH q AS MATERIALIZED (SELECT x.j, row_number() "
	    "OVER () AS o FROM (%s) AS x(j)) SELECT json_build_object("
	    "'total', (SELECT count(*) FROM q), 'page', $%d::int, 'size', "
	    "$%d::int, 'rows', COALESCE((SELECT json_agg(p.j ORDER BY p.o) "
	    "FROM (SELECT j, o FROM q ORDER BY o LIMIT $%d::bigint OFFSET "
	    "$%d::bigint) AS p), '[]'::json))", sql, n + 3, n + 4, n + 1,
	    n + 2) == -1)
		fatalx("out of memory");
	con_sql(c, q, n + 4, v, list_cb);
	free(q);
}
