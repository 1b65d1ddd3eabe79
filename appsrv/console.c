/*
 * console.c - the read-only admin and auditor console: JSON over evhttp on
 * conf.appsrv.http_listen (loopback by default; "" turns it off).
 *
 *   GET /api/summary                       today's transactions by state,
 *                                          open alarms
 *   GET /api/transactions?date=YYYYMMDD[&terminal=ID][&state=S]
 *   GET /api/terminals
 *   GET /api/alarms[?open=1]
 *   GET /api/audit
 *
 * Nothing here changes the station (changes go through gfctl, which writes
 * the audit log) and nothing shows a key, PIN or token.  Each page is one
 * parameterised statement that builds its JSON in PostgreSQL; the request
 * waits for it without blocking the loop.  A client that goes away first is
 * noticed through the connection's close callback.
 */
#include <sys/queue.h>

#include <stdlib.h>
#include <string.h>

#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>

#include "appsrv.h"
#include "log.h"

struct console {
	struct evhttp	*http;
};

struct creq {
	struct evhttp_request	*req;
	int			 gone;	/* the client closed first */
};

static void
creq_closed_cb(struct evhttp_connection *conn, void *arg)
{
	struct creq	*c = arg;

	(void)conn;
	c->gone = 1;
}

static void
reply(struct evhttp_request *req, int code, const char *reason,
    const char *body)
{
	struct evbuffer	*b = evbuffer_new();

	evhttp_add_header(evhttp_request_get_output_headers(req),
	    "Content-Type", "application/json; charset=utf-8");
	evhttp_add_header(evhttp_request_get_output_headers(req),
	    "Cache-Control", "no-store");
	evbuffer_add_printf(b, "%s\n", body);
	evhttp_send_reply(req, code, reason, b);
	evbuffer_free(b);
}

static void
page_cb(PGresult *res, void *arg)
{
	struct creq	*c = arg;
	const char	*state;

	if (c->gone) {
		free(c);
		return;
	}
	evhttp_connection_set_closecb(evhttp_request_get_connection(c->req),
	    NULL, NULL);
	if (db_ok(res, PGRES_TUPLES_OK) && PQntuples(res) == 1)
		reply(c->req, HTTP_OK, "OK", PQgetvalue(res, 0, 0));
	else if (res != NULL &&
	    (state = PQresultErrorField(res, PG_DIAG_SQLSTATE)) != NULL &&
	    strncmp(state, "22", 2) == 0)
		reply(c->req, HTTP_BADREQUEST, "Bad Request",
		    "{\"error\":\"bad parameter\"}");
	else
		reply(c->req, HTTP_SERVUNAVAIL, "Service Unavailable",
		    "{\"error\":\"database unavailable\"}");
	free(c);
}

/* A query parameter, NULL when absent or empty. */
static const char *
param(struct evkeyvalq *q, const char *key)
{
	const char	*v = evhttp_find_header(q, key);

	return v != NULL && v[0] != '\0' ? v : NULL;
}

static void
request_cb(struct evhttp_request *req, void *arg)
{
	struct appsrv			*as = arg;
	const struct evhttp_uri		*uri = evhttp_request_get_evhttp_uri(req);
	const char			*path = evhttp_uri_get_path(uri);
	const char			*query = evhttp_uri_get_query(uri);
	struct evkeyvalq		 q;
	struct creq			*c;
	const char			*vals[3];
	int				 stmt, n = 0;

	TAILQ_INIT(&q);
	if (evhttp_request_get_command(req) != EVHTTP_REQ_GET) {
		reply(req, 405, "Method Not Allowed",
		    "{\"error\":\"read-only console\"}");
		return;
	}
	if (query != NULL && evhttp_parse_query_str(query, &q) == -1) {
		reply(req, HTTP_BADREQUEST, "Bad Request",
		    "{\"error\":\"bad query string\"}");
		return;
	}
	if (path == NULL)
		path = "/";
	if (strcmp(path, "/api/summary") == 0)
		stmt = SQL_CON_SUMMARY;
	else if (strcmp(path, "/api/transactions") == 0) {
		stmt = SQL_CON_TX;
		vals[0] = param(&q, "date");
		vals[1] = param(&q, "terminal");
		vals[2] = param(&q, "state");
		n = 3;
		if (vals[0] == NULL) {
			evhttp_clear_headers(&q);
			reply(req, HTTP_BADREQUEST, "Bad Request",
			    "{\"error\":\"date=YYYYMMDD is required\"}");
			return;
		}
	} else if (strcmp(path, "/api/terminals") == 0)
		stmt = SQL_CON_TERMINALS;
	else if (strcmp(path, "/api/alarms") == 0) {
		stmt = SQL_CON_ALARMS;
		vals[0] = param(&q, "open") ? "true" : "false";
		n = 1;
	} else if (strcmp(path, "/api/audit") == 0)
		stmt = SQL_CON_AUDIT;
	else {
		evhttp_clear_headers(&q);
		reply(req, HTTP_NOTFOUND, "Not Found", "{\"error\":\"no such page\"}");
		return;
	}
	c = xcalloc(1, sizeof(*c));
	c->req = req;
	evhttp_connection_set_closecb(evhttp_request_get_connection(req),
	    creq_closed_cb, c);
	db_query(as, stmt, n, vals, NULL, NULL, page_cb, c);
	evhttp_clear_headers(&q);	/* db_query copied the values */
}

int
console_init(struct appsrv *as)
{
	struct console	*con;
	char		*addr, *colon;
	long		 port;

	if (as->conf.appsrv.http_listen == NULL ||
	    as->conf.appsrv.http_listen[0] == '\0')
		return 0;
	addr = xstrdup(as->conf.appsrv.http_listen);
	if ((colon = strrchr(addr, ':')) == NULL ||
	    (port = strtol(colon + 1, NULL, 10)) <= 0 || port > 65535) {
		log_warnx("console: bad http_listen \"%s\"", addr);
		free(addr);
		return -1;
	}
	*colon = '\0';
	if (addr[0] == '[' && colon[-1] == ']') {	/* [::1]:8080 */
		colon[-1] = '\0';
		memmove(addr, addr + 1, strlen(addr));
	}
	con = xcalloc(1, sizeof(*con));
	con->http = evhttp_new(as->base);
	evhttp_set_allowed_methods(con->http, EVHTTP_REQ_GET | EVHTTP_REQ_HEAD |
	    EVHTTP_REQ_POST | EVHTTP_REQ_PUT | EVHTTP_REQ_DELETE);
	evhttp_set_timeout(con->http, 30);
	evhttp_set_max_body_size(con->http, 4096);
	evhttp_set_gencb(con->http, request_cb, as);
	if (evhttp_bind_socket(con->http, addr, (uint16_t)port) == -1) {
		log_warnx("console: cannot listen on %s", as->conf.appsrv.http_listen);
		evhttp_free(con->http);
		free(con);
		free(addr);
		return -1;
	}
	log_info("console listening=%s", as->conf.appsrv.http_listen);
	free(addr);
	as->console = con;
	return 0;
}

void
console_free(struct appsrv *as)
{
	if (as->console == NULL)
		return;
	evhttp_free(as->console->http);
	free(as->console);
	as->console = NULL;
}
