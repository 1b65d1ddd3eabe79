/*
 * console.h - the back-office console's small framework (docs/CONSOLE.md).
 *
 * Routes are tables of { method, pattern, roles, handler }: a pattern is a
 * path whose segments may be {name} parameters ("/api/recon/{date}").  The
 * framework checks, before any handler runs: the connection and request
 * limits, Host, Origin and Content-Type, the session (idle and absolute
 * expiry), the CSRF token of every POST and the route's roles (401 without
 * a session, 403 with the wrong roles).  A handler then reads its
 * arguments, runs parameterised SQL on the console's own database
 * connections and answers exactly once: con_reply_*, con_sql_json or
 * con_sql_list (which answer for it).  A handler never blocks.
 *
 * Tables: con_routes_core (console_admin.c), con_routes_office
 * (console_office.c), con_routes_outbox (console_outbox.c) and
 * con_routes_bank (console_bank.c), each ended by a NULL method.
 */
#ifndef CONSOLE_H
#define CONSOLE_H

#include <stddef.h>

#include <jansson.h>
#include <libpq-fe.h>

struct con_req;				/* one HTTP request */
typedef void con_handler(struct con_req *);

struct con_route {
	const char	*method;	/* "GET" or "POST"; NULL ends a table */
	const char	*pattern;	/* "/api/recon/{date}" */
	unsigned	 roles;		/* CON_* bits that may call it */
	con_handler	*fn;
};

#define CON_AUDITOR	0x1
#define CON_CASHIER	0x2
#define CON_ADMIN	0x4
#define CON_ANY		(CON_AUDITOR | CON_CASHIER | CON_ADMIN)

extern const struct con_route con_routes_core[];
extern const struct con_route con_routes_office[];	/* console_office.c */
extern const struct con_route con_routes_outbox[];	/* console_outbox.c */
extern const struct con_route con_routes_bank[];	/* console_bank.c */

/* A {path} parameter, else a query parameter; NULL when absent or empty. */
const char	*con_arg(struct con_req *, const char *name);
/* The JSON object of a POST's body ({} when the body is empty); borrowed. */
json_t		*con_body(struct con_req *);
/* A string member of the body, NULL when absent or not a string. */
const char	*con_body_str(struct con_req *, const char *key);
/* "console:<user>", as the SQL functions' p_actor. */
const char	*con_actor(struct con_req *);
const char	*con_user(struct con_req *);
unsigned	 con_roles(struct con_req *);

/*
 * One parameterised statement returning one row of one json (or text)
 * column, replied 200 as is.  No row or a NULL value: 404.  Errors by
 * SQLSTATE: GF001 404, GF002 409, GF003 409, GF004 423, 22xxx/23xxx 400,
 * else 503.
 */
void	 con_sql_json(struct con_req *, const char *sql, int n,
	    const char *const *vals);
/*
 * A paged list: sql returns one json column per row, in order.  The
 * framework reads page (1-based) and size (default 50, at most 500) and
 * answers {"total", "page", "size", "rows"}; with format=csv it answers
 * every row (at most CON_CSV_MAX) as a CSV attachment instead.
 */
#define CON_CSV_MAX	100000
void	 con_sql_list(struct con_req *, const char *sql, int n,
	    const char *const *vals);
/* Lower level: cb gets the result (NULL when the database is unreachable)
 * and must answer; the result is cleared after cb returns. */
typedef void con_sql_cb(struct con_req *, PGresult *);
void	 con_sql(struct con_req *, const char *sql, int n,
	    const char *const *vals, con_sql_cb *cb);
/* Answer the error a failed result stands for (the mapping above). */
void	 con_reply_sql_error(struct con_req *, PGresult *);

/* Answers: each ends the request.  con_reply_json steals the reference. */
void	 con_reply_json(struct con_req *, int code, json_t *);
void	 con_reply_error(struct con_req *, int code, const char *err,
	    const char *msg_zh, const char *msg_en);
/* A download: ctype, and the attachment's file name (NULL: inline). */
void	 con_reply_data(struct con_req *, int code, const char *ctype,
	    const char *filename, const void *data, size_t len);

/* Common refusals. */
#define con_bad_request(r, zh, en)	con_reply_error((r), 400, "bad_request", (zh), (en))
#define con_not_found(r)		con_reply_error((r), 404, "not_found", "没有这个对象", "not found")

#endif
