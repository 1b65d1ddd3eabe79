/*
 * console.c - the admin and auditor web console: a small page at / and
 * JSON under /api, over evhttp on conf.appsrv.http_listen (loopback by
 * default; "" turns it off).  docs/CONSOLE.md describes it.
 *
 *   POST /api/login {"id","password"}   -> cookie gfsession, {"user",
 *                                          "role","csrf"}
 *   POST /api/logout
 *   GET  /api/me | summary | alarms[?open=1] | audit | recon[?date=D]
 *        | transactions?date=D[&terminal=ID][&state=S]     (both roles)
 *   GET  /api/terminals | metrics (frontd's counters)      (admin)
 *   POST /api/terminals/enable?id= | /api/terminals/disable?id=
 *        | /api/operators/unlock?id= | /api/alarms/ack?id= (admin)
 *
 * Console users are console_users (schema/050_console.sql, `gfctl user`);
 * passwords are PBKDF2 hashes checked on appsrv's hashing thread (auth.c),
 * never on the loop.  A session is a 32-byte random cookie token known to
 * the database only as its SHA-256, with an idle expiry; every POST but the
 * login must carry the session's CSRF token in X-CSRF-Token (its SHA-256
 * is stored with the session).  An admin's action and its audit_log row are
 * one SQL transaction (gf_con_action).  No password or token is logged.
 * Each page is one parameterised statement that builds its JSON in
 * PostgreSQL; a client that goes away first is noticed through the
 * connection's close callback.
 */
#include <sys/queue.h>

#include <stdlib.h>
#include <string.h>

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "appsrv.h"
#include "ipc.h"
#include "log.h"
#include "pinhash.h"

#define CON_TOKEN_LEN	32
#define CON_HEX_LEN	(2 * CON_TOKEN_LEN)
#define CON_PW_MAX	63	/* auth.c's job buffer holds 64 bytes */
#define CON_FORBIDDEN	403	/* libevent 2.1 has no HTTP_FORBIDDEN */

struct creq;
struct console {
	struct evhttp	*http;
	TAILQ_HEAD(, creq) waiting;	/* /api/metrics, on their timers */
	/* Checked for an unknown user, so that it costs what a known
	 * user's check costs. */
	char		 dummy_hash[PIN_HASH_MAX];
};

struct creq {
	struct appsrv		*as;
	struct evhttp_request	*req;
	struct event		*ev_wait;	/* /api/metrics timer */
	TAILQ_ENTRY(creq)	 wait_entry;
	int			 gone;	/* the client closed first */
	int			 post;
	char			 path[64];
	struct evkeyvalq	 q;	/* query string */
	char			 user[40];
	char			 role[16];
	char			 csrf_hash[CON_HEX_LEN + 1];	/* session's */
	char			 token_hash[CON_HEX_LEN + 1];	/* cookie's */
	char			 password[CON_PW_MAX + 1];	/* login only */
	char			 token[CON_HEX_LEN + 1];	/* new login */
	char			 csrf[CON_HEX_LEN + 1];		/* new login */
};

extern const char console_page[];	/* console_page.c */

static void
creq_closed_cb(struct evhttp_connection *conn, void *arg)
{
	struct creq	*c = arg;

	(void)conn;
	c->gone = 1;
}

static void
creq_free(struct creq *c)
{
	evhttp_clear_headers(&c->q);
	secure_zero(c, sizeof(*c));
	free(c);
}

/* Send the answer and end the request (c is freed). */
static void
reply(struct creq *c, int code, const char *reason, const char *body)
{
	struct evbuffer	*b = evbuffer_new();
	struct evkeyvalq *h = evhttp_request_get_output_headers(c->req);

	evhttp_connection_set_closecb(evhttp_request_get_connection(c->req),
	    NULL, NULL);
	evhttp_add_header(h, "Content-Type", "application/json; charset=utf-8");
	evhttp_add_header(h, "Cache-Control", "no-store");
	evhttp_add_header(h, "X-Content-Type-Options", "nosniff");
	evbuffer_add_printf(b, "%s\n", body);
	evhttp_send_reply(c->req, code, reason, b);
	evbuffer_free(b);
	creq_free(c);
}

/* The request is still wanted; else c is freed. */
static int
alive(struct creq *c)
{
	if (c->gone) {
		creq_free(c);
		return 0;
	}
	return 1;
}

static void
sha256_hex(const void *in, size_t n, char out[CON_HEX_LEN + 1])
{
	uint8_t		md[EVP_MAX_MD_SIZE];
	unsigned int	mdlen = 0;

	if (EVP_Digest(in, n, md, &mdlen, EVP_sha256(), NULL) != 1 ||
	    mdlen != CON_TOKEN_LEN)
		fatalx("console: sha256");
	hex_encode(md, CON_TOKEN_LEN, out);
}

/* Hex of CON_TOKEN_LEN random bytes. */
static void
random_hex(char out[CON_HEX_LEN + 1])
{
	uint8_t	raw[CON_TOKEN_LEN];

	if (RAND_bytes(raw, sizeof(raw)) != 1)
		fatalx("console: RAND_bytes");
	hex_encode(raw, sizeof(raw), out);
	secure_zero(raw, sizeof(raw));
}

/* A console user id as console_users allows: [A-Za-z0-9_.-]{1,32}. */
static int
user_id_ok(const char *s)
{
	size_t	n = strlen(s);

	return n >= 1 && n <= 32 && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-") == n;
}

/* Exactly CON_HEX_LEN hex digits. */
static int
hex_token_ok(const char *s, size_t n)
{
	size_t	i;

	if (n != CON_HEX_LEN)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f') || (s[i] >= 'A' && s[i] <= 'F')))
			return 0;
	return 1;
}

/* The gfsession cookie's token, hashed into c->token_hash; 0 or -1. */
static int
cookie_token(struct creq *c)
{
	const char	*h, *p, *e;

	h = evhttp_find_header(evhttp_request_get_input_headers(c->req),
	    "Cookie");
	for (p = h; p != NULL && (p = strstr(p, "gfsession=")) != NULL; p++) {
		if (p != h && p[-1] != ' ' && p[-1] != ';')
			continue;
		p += strlen("gfsession=");
		e = p + strcspn(p, "; ");
		if (!hex_token_ok(p, (size_t)(e - p)))
			return -1;
		sha256_hex(p, CON_HEX_LEN, c->token_hash);
		return 0;
	}
	return -1;
}

/* X-CSRF-Token matches the session's (constant time). */
static int
csrf_ok(struct creq *c)
{
	const char	*t;
	char		 h[CON_HEX_LEN + 1];

	t = evhttp_find_header(evhttp_request_get_input_headers(c->req),
	    "X-CSRF-Token");
	if (t == NULL || !hex_token_ok(t, strlen(t)))
		return 0;
	sha256_hex(t, CON_HEX_LEN, h);	/* upper case, as con_session's */
	return CRYPTO_memcmp(h, c->csrf_hash, CON_HEX_LEN) == 0;
}

/* A query parameter, NULL when absent or empty. */
static const char *
param(struct creq *c, const char *key)
{
	const char	*v = evhttp_find_header(&c->q, key);

	return v != NULL && v[0] != '\0' ? v : NULL;
}

static void
json_cb(PGresult *res, void *arg)
{
	struct creq	*c = arg;
	const char	*state;

	if (!alive(c))
		return;
	if (db_ok(res, PGRES_TUPLES_OK) && PQntuples(res) == 1)
		reply(c, HTTP_OK, "OK", PQgetvalue(res, 0, 0));
	else if (res != NULL &&
	    (state = PQresultErrorField(res, PG_DIAG_SQLSTATE)) != NULL &&
	    strncmp(state, "22", 2) == 0)
		reply(c, HTTP_BADREQUEST, "Bad Request",
		    "{\"error\":\"bad parameter\"}");
	else
		reply(c, HTTP_SERVUNAVAIL, "Service Unavailable",
		    "{\"error\":\"database unavailable\"}");
}

static void
action_cb(PGresult *res, void *arg)
{
	struct creq	*c = arg;

	if (!alive(c))
		return;
	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		json_cb(res, c);
		return;
	}
	if (strcmp(PQgetvalue(res, 0, 0), "t") != 0) {
		reply(c, HTTP_NOTFOUND, "Not Found", "{\"error\":\"no such object\"}");
		return;
	}
	log_info("console: action user=%s path=%s id=%s", c->user, c->path,
	    param(c, "id"));
	reply(c, HTTP_OK, "OK", "{\"ok\":true}");
}

static void
logout_cb(PGresult *res, void *arg)
{
	struct creq	*c = arg;

	if (!alive(c))
		return;
	if (!db_ok(res, PGRES_COMMAND_OK)) {
		json_cb(res, c);
		return;
	}
	log_info("console: logout user=%s", c->user);
	evhttp_add_header(evhttp_request_get_output_headers(c->req),
	    "Set-Cookie", "gfsession=; HttpOnly; SameSite=Strict; Path=/; "
	    "Max-Age=0");
	reply(c, HTTP_OK, "OK", "{\"ok\":true}");
}

/* A page both roles may read: its statement and parameters, or -1. */
static int
read_page(struct creq *c, const char **vals, int *n)
{
	*n = 0;
	if (strcmp(c->path, "/api/summary") == 0)
		return SQL_CON_SUMMARY;
	if (strcmp(c->path, "/api/audit") == 0)
		return SQL_CON_AUDIT;
	if (strcmp(c->path, "/api/alarms") == 0) {
		vals[0] = param(c, "open") ? "true" : "false";
		*n = 1;
		return SQL_CON_ALARMS;
	}
	if (strcmp(c->path, "/api/recon") == 0) {
		vals[0] = param(c, "date");
		*n = 1;
		return SQL_CON_RECON;
	}
	if (strcmp(c->path, "/api/transactions") == 0) {
		vals[0] = param(c, "date");
		vals[1] = param(c, "terminal");
		vals[2] = param(c, "state");
		*n = 3;
		return SQL_CON_TX;
	}
	return -1;
}

/* An admin's POST: the gf_con_action name, or NULL. */
static const char *
admin_action(const char *path)
{
	static const struct { const char *path, *action; } acts[] = {
		{ "/api/terminals/enable", "terminal enable" },
		{ "/api/terminals/disable", "terminal disable" },
		{ "/api/operators/unlock", "operator unlock" },
		{ "/api/alarms/ack", "alarm ack" },
	};
	size_t	i;

	for (i = 0; i < sizeof(acts) / sizeof(acts[0]); i++)
		if (strcmp(path, acts[i].path) == 0)
			return acts[i].action;
	return NULL;
}

/* Fresh counters asked of every frontd a moment ago: answer what came. */
static void
metrics_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct creq	*c = arg;
	char		*s;

	(void)fd;
	(void)ev;
	TAILQ_REMOVE(&c->as->console->waiting, c, wait_entry);
	event_free(c->ev_wait);
	c->ev_wait = NULL;
	if (!alive(c))
		return;
	s = fsrv_metrics_json(c->as);
	reply(c, HTTP_OK, "OK", s);
	free(s);
}

/* The session is valid: what may this role do here? */
static void
route(struct creq *c)
{
	const char	*vals[3], *act;
	char		 body[160];
	int		 stmt, n, admin = strcmp(c->role, "admin") == 0;

	if (c->post) {
		if (!csrf_ok(c)) {
			reply(c, CON_FORBIDDEN, "Forbidden",
			    "{\"error\":\"missing or wrong X-CSRF-Token\"}");
			return;
		}
		if (strcmp(c->path, "/api/logout") == 0) {
			vals[0] = c->token_hash;
			db_query(c->as, SQL_CON_LOGOUT, 1, vals, NULL, NULL,
			    logout_cb, c);
			return;
		}
		if ((act = admin_action(c->path)) == NULL) {
			reply(c, HTTP_NOTFOUND, "Not Found",
			    "{\"error\":\"no such action\"}");
			return;
		}
		if (!admin || param(c, "id") == NULL) {
			reply(c, admin ? HTTP_BADREQUEST : CON_FORBIDDEN,
			    admin ? "Bad Request" : "Forbidden", admin ?
			    "{\"error\":\"id= is required\"}" :
			    "{\"error\":\"administrators only\"}");
			return;
		}
		vals[0] = c->user;
		vals[1] = act;
		vals[2] = param(c, "id");
		db_query(c->as, SQL_CON_ACTION, 3, vals, NULL, NULL, action_cb,
		    c);
		return;
	}
	if (strcmp(c->path, "/api/me") == 0) {
		snprintf(body, sizeof(body), "{\"user\":\"%s\",\"role\":\"%s\"}",
		    c->user, c->role);
		reply(c, HTTP_OK, "OK", body);
		return;
	}
	if (strcmp(c->path, "/api/metrics") == 0) {
		struct timeval	tv = { 0, 200000 };

		if (!admin) {
			reply(c, CON_FORBIDDEN, "Forbidden",
			    "{\"error\":\"administrators only\"}");
			return;
		}
		fsrv_broadcast(c->as, IPC_METRICS_REQ, NULL);
		if ((c->ev_wait = evtimer_new(c->as->base, metrics_cb, c)) ==
		    NULL || evtimer_add(c->ev_wait, &tv) == -1)
			fatalx("console: metrics timer");
		TAILQ_INSERT_TAIL(&c->as->console->waiting, c, wait_entry);
		return;
	}
	if (strcmp(c->path, "/api/terminals") == 0) {
		if (!admin) {
			reply(c, CON_FORBIDDEN, "Forbidden",
			    "{\"error\":\"administrators only\"}");
			return;
		}
		db_query(c->as, SQL_CON_TERMINALS, 0, NULL, NULL, NULL, json_cb,
		    c);
		return;
	}
	if ((stmt = read_page(c, vals, &n)) == -1) {
		reply(c, HTTP_NOTFOUND, "Not Found", "{\"error\":\"no such page\"}");
		return;
	}
	if (stmt == SQL_CON_TX && vals[0] == NULL) {
		reply(c, HTTP_BADREQUEST, "Bad Request",
		    "{\"error\":\"date=YYYYMMDD is required\"}");
		return;
	}
	db_query(c->as, stmt, n, vals, NULL, NULL, json_cb, c);
}

static void
session_cb(PGresult *res, void *arg)
{
	struct creq	*c = arg;

	if (!alive(c))
		return;
	if (!db_ok(res, PGRES_TUPLES_OK)) {
		json_cb(res, c);
		return;
	}
	if (PQntuples(res) != 1) {
		reply(c, 401, "Unauthorized", "{\"error\":\"log in\"}");
		return;
	}
	snprintf(c->user, sizeof(c->user), "%s", PQgetvalue(res, 0, 0));
	snprintf(c->role, sizeof(c->role), "%s", PQgetvalue(res, 0, 1));
	snprintf(c->csrf_hash, sizeof(c->csrf_hash), "%s",
	    PQgetvalue(res, 0, 2));
	route(c);
}

/* ---- login: user row, password check off the loop, session ---- */

static void
login_done_cb(PGresult *res, void *arg)
{
	struct creq	*c = arg;
	const char	*role;
	char		 body[256], cookie[160];

	if (!alive(c))
		return;
	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		json_cb(res, c);
		return;
	}
	role = PQgetvalue(res, 0, 0);
	if (role[0] == '\0') {
		reply(c, 401, "Unauthorized", "{\"error\":\"invalid login\"}");
		return;
	}
	log_info("console: login user=%s role=%s", c->user, role);
	snprintf(cookie, sizeof(cookie), "gfsession=%s; HttpOnly; "
	    "SameSite=Strict; Path=/", c->token);
	evhttp_add_header(evhttp_request_get_output_headers(c->req),
	    "Set-Cookie", cookie);
	snprintf(body, sizeof(body), "{\"user\":\"%s\",\"role\":\"%s\","
	    "\"csrf\":\"%s\"}", c->user, role, c->csrf);
	secure_zero(cookie, sizeof(cookie));
	reply(c, HTTP_OK, "OK", body);
	secure_zero(body, sizeof(body));
}

static void
login_fail_cb(PGresult *res, void *arg)
{
	struct creq	*c = arg;

	if (!alive(c))
		return;
	if (db_ok(res, PGRES_TUPLES_OK) && PQntuples(res) == 1 &&
	    strcmp(PQgetvalue(res, 0, 0), "t") == 0)
		log_warnx("console: login failed user=%s locked=1", c->user);
	else
		log_warnx("console: login failed user=%s", c->user);
	reply(c, 401, "Unauthorized", "{\"error\":\"invalid login\"}");
}

static void
verify_cb(int match, void *arg)
{
	struct creq	*c = arg;
	const char	*vals[3];
	char		 th[CON_HEX_LEN + 1], ch[CON_HEX_LEN + 1];

	if (!alive(c))
		return;
	if (match != 1 || c->role[0] == '\0') {	/* role '': no such user */
		if (c->role[0] == '\0') {
			log_warnx("console: login failed user=%s", c->user);
			reply(c, 401, "Unauthorized",
			    "{\"error\":\"invalid login\"}");
			return;
		}
		vals[0] = c->user;
		db_query(c->as, SQL_CON_FAIL, 1, vals, NULL, NULL,
		    login_fail_cb, c);
		return;
	}
	random_hex(c->token);
	random_hex(c->csrf);
	sha256_hex(c->token, CON_HEX_LEN, th);
	sha256_hex(c->csrf, CON_HEX_LEN, ch);
	vals[0] = c->user;
	vals[1] = th;
	vals[2] = ch;
	db_query(c->as, SQL_CON_LOGIN, 3, vals, NULL, NULL, login_done_cb, c);
}

static void
user_cb(PGresult *res, void *arg)
{
	struct creq	*c = arg;
	const char	*stored;

	if (!alive(c))
		return;
	if (!db_ok(res, PGRES_TUPLES_OK)) {
		json_cb(res, c);
		return;
	}
	/* Unknown or locked: the same cost and answer as a wrong password
	 * (role stays '' so that verify_cb refuses whatever the match). */
	if (PQntuples(res) == 1 && strcmp(PQgetvalue(res, 0, 1), "f") == 0) {
		stored = PQgetvalue(res, 0, 0);
		snprintf(c->role, sizeof(c->role), "known");
	} else
		stored = c->as->console->dummy_hash;
	auth_verify_async(c->as, c->password, stored, verify_cb, c);
	secure_zero(c->password, sizeof(c->password));
}

static void
login(struct creq *c)
{
	struct evbuffer	*in = evhttp_request_get_input_buffer(c->req);
	size_t		 len = evbuffer_get_length(in);
	json_t		*j;
	json_error_t	 err;
	const char	*id = NULL, *pw = NULL, *vals[1];
	char		 buf[1024];

	if (len == 0 || len >= sizeof(buf) ||
	    evbuffer_remove(in, buf, len) != (int)len) {
		reply(c, HTTP_BADREQUEST, "Bad Request", "{\"error\":\"body\"}");
		return;
	}
	buf[len] = '\0';
	j = json_loads(buf, JSON_REJECT_DUPLICATES, &err);
	secure_zero(buf, sizeof(buf));
	if (j == NULL || json_unpack(j, "{s:s, s:s}", "id", &id, "password",
	    &pw) == -1 || !user_id_ok(id) ||
	    strlen(pw) == 0 || strlen(pw) > CON_PW_MAX) {
		json_decref(j);
		reply(c, HTTP_BADREQUEST, "Bad Request",
		    "{\"error\":\"want {\\\"id\\\", \\\"password\\\"}\"}");
		return;
	}
	snprintf(c->user, sizeof(c->user), "%s", id);
	snprintf(c->password, sizeof(c->password), "%s", pw);
	secure_zero((char *)pw, strlen(pw));
	json_decref(j);
	vals[0] = c->user;
	db_query(c->as, SQL_CON_USER, 1, vals, NULL, NULL, user_cb, c);
}

static void
serve_page(struct evhttp_request *req)
{
	struct evbuffer	 *b = evbuffer_new();
	struct evkeyvalq *h = evhttp_request_get_output_headers(req);

	evhttp_add_header(h, "Content-Type", "text/html; charset=utf-8");
	evhttp_add_header(h, "Cache-Control", "no-store");
	evhttp_add_header(h, "Content-Security-Policy", "default-src 'self'; "
	    "script-src 'unsafe-inline'; style-src 'unsafe-inline'");
	evhttp_add_header(h, "X-Frame-Options", "DENY");
	evbuffer_add(b, console_page, strlen(console_page));
	evhttp_send_reply(req, HTTP_OK, "OK", b);
	evbuffer_free(b);
}

static void
request_cb(struct evhttp_request *req, void *arg)
{
	struct appsrv			*as = arg;
	const struct evhttp_uri		*uri = evhttp_request_get_evhttp_uri(req);
	const char			*path = evhttp_uri_get_path(uri);
	const char			*query = evhttp_uri_get_query(uri);
	enum evhttp_cmd_type		 cmd = evhttp_request_get_command(req);
	struct creq			*c;
	const char			*vals[2];
	char				 idle[16];

	if (path == NULL || path[0] == '\0')
		path = "/";
	if (cmd != EVHTTP_REQ_GET && cmd != EVHTTP_REQ_POST) {
		evhttp_send_error(req, 405, "Method Not Allowed");
		return;
	}
	if (strcmp(path, "/") == 0 || strcmp(path, "/index.html") == 0) {
		serve_page(req);
		return;
	}
	if (strncmp(path, "/api/", 5) != 0 || strlen(path) >= 64) {
		evhttp_send_error(req, HTTP_NOTFOUND, "Not Found");
		return;
	}
	c = xcalloc(1, sizeof(*c));
	c->as = as;
	c->req = req;
	c->post = cmd == EVHTTP_REQ_POST;
	snprintf(c->path, sizeof(c->path), "%s", path);
	TAILQ_INIT(&c->q);
	evhttp_connection_set_closecb(evhttp_request_get_connection(req),
	    creq_closed_cb, c);
	if (query != NULL && evhttp_parse_query_str(query, &c->q) == -1) {
		reply(c, HTTP_BADREQUEST, "Bad Request",
		    "{\"error\":\"bad query string\"}");
		return;
	}
	if (strcmp(path, "/api/login") == 0) {
		if (!c->post)
			reply(c, 405, "Method Not Allowed",
			    "{\"error\":\"POST\"}");
		else
			login(c);
		return;
	}
	if (cookie_token(c) == -1) {
		reply(c, 401, "Unauthorized", "{\"error\":\"log in\"}");
		return;
	}
	snprintf(idle, sizeof(idle), "%d", as->conf.appsrv.console_idle);
	vals[0] = c->token_hash;
	vals[1] = idle;
	db_query(as, SQL_CON_SESSION, 2, vals, NULL, NULL, session_cb, c);
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
	TAILQ_INIT(&con->waiting);
	if (pin_hash_make("not a password", PW_PBKDF2_ITER, con->dummy_hash,
	    sizeof(con->dummy_hash)) == -1)
		fatalx("console: cannot make the dummy hash");
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
	struct creq	*c;

	if (as->console == NULL)
		return;
	/* Requests waiting on a timer are not the server's to free. */
	while ((c = TAILQ_FIRST(&as->console->waiting)) != NULL) {
		TAILQ_REMOVE(&as->console->waiting, c, wait_entry);
		event_free(c->ev_wait);
		if (!c->gone)
			evhttp_connection_set_closecb(
			    evhttp_request_get_connection(c->req), NULL, NULL);
		creq_free(c);
	}
	evhttp_free(as->console->http);
	free(as->console);
	as->console = NULL;
}
