/*
 * console.c - the back-office console's HTTP side: listener, limits,
 * request checks, routing, sessions and answers (console.h describes the
 * framework, docs/CONSOLE.md the API and its security).
 *
 * evhttp serves appsrv.http_listen (loopback by default; "" turns the
 * console off) on a listener of our own, so that:
 *  - connections are capped (console_max_conns): at the cap the listener
 *    stops accepting until one ends (the rest wait in the kernel's queue,
 *    costing appsrv no descriptor);
 *  - a whole request must arrive within console_request_timeout seconds
 *    of its connection's accept (or of the previous answer on a kept-alive
 *    one), however slowly its bytes trickle in: a sweep every 250 ms shuts
 *    down the socket of any that does not;
 *  - EMFILE/ENFILE pauses accepting for a second, as frontd does, instead
 *    of a busy accept loop;
 *  - headers are at most CON_HEADERS_MAX bytes and a body CON_BODY_MAX.
 * Connections are known by the bufferevent evhttp is given (evhttp_set_
 * bevcb): we keep a reference on it and see it released by evhttp.
 *
 * Every request must name an accepted Host (DNS rebinding); every POST
 * must be application/json with no foreign Origin or Sec-Fetch-Site
 * (login CSRF) and, but for the login, carry the session's CSRF token.
 * Then the route table (console.h) decides, after the session: 404, 405,
 * 401 or 403, or the handler.  Every answer carries the security headers.
 */
#include <sys/queue.h>
#include <sys/socket.h>

#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/listener.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "appsrv.h"
#include "console_parse.h"
#include "console_priv.h"
#include "log.h"
#include "pinhash.h"

#define CON_HEADERS_MAX	8192
#define CON_BODY_MAX	65536
#define CON_SWEEP_MS	250

/* libevent 2.1 names few codes. */
static const char *
reason_of(int code)
{
	switch (code) {
	case 200: return "OK";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 413: return "Payload Too Large";
	case 415: return "Unsupported Media Type";
	case 423: return "Locked";
	case 429: return "Too Many Requests";
	case 503: return "Service Unavailable";
	default:  return code < 400 ? "OK" : "Error";
	}
}

/* ---- small helpers ---- */

void
con_sha256_hex(const void *in, size_t n, char out[CON_HEX_LEN + 1])
{
	uint8_t		md[EVP_MAX_MD_SIZE];
	unsigned int	mdlen = 0;

	if (EVP_Digest(in, n, md, &mdlen, EVP_sha256(), NULL) != 1 ||
	    mdlen != CON_TOKEN_LEN)
		fatalx("console: sha256");
	hex_encode(md, CON_TOKEN_LEN, out);
}

/*
 * A session's CSRF token: HMAC-SHA256 keyed with the session's cookie
 * token.  Whoever holds the cookie's value can make it (that is the
 * browser, and only its same-origin scripts can read an answer carrying
 * it); the token says nothing of the cookie.  The database keeps only its
 * SHA-256, as before.
 */
void
con_csrf_of(const char *token_hex, char out[CON_HEX_LEN + 1])
{
	static const char	 label[] = "gridfront console csrf v1";
	uint8_t			 md[EVP_MAX_MD_SIZE];
	unsigned int		 mdlen = 0;

	if (HMAC(EVP_sha256(), token_hex, CON_HEX_LEN,
	    (const unsigned char *)label, sizeof(label) - 1, md, &mdlen) ==
	    NULL || mdlen != CON_TOKEN_LEN)
		fatalx("console: hmac");
	hex_encode(md, CON_TOKEN_LEN, out);
	secure_zero(md, sizeof(md));
}

void
con_random_hex(char out[CON_HEX_LEN + 1])
{
	uint8_t	raw[CON_TOKEN_LEN];

	if (RAND_bytes(raw, sizeof(raw)) != 1)
		fatalx("console: RAND_bytes");
	hex_encode(raw, sizeof(raw), out);
	secure_zero(raw, sizeof(raw));
}

static const char *
in_header(struct con_req *c, const char *name)
{
	return evhttp_find_header(evhttp_request_get_input_headers(c->req),
	    name);
}

void
con_set_header(struct con_req *c, const char *name, const char *val)
{
	if (c->req != NULL)
		evhttp_add_header(evhttp_request_get_output_headers(c->req),
		    name, val);
}

/* The session cookie's token, hashed into c->token_hash; 0 or -1. */
int
con_cookie_token(struct con_req *c)
{
	const char	*p;

	p = con_cookie_value(in_header(c, "Cookie"), c->con->cookie,
	    CON_HEX_LEN);
	if (p == NULL)
		return -1;
	con_sha256_hex(p, CON_HEX_LEN, c->token_hash);
	return 0;
}

/* The CSRF token of the session the cookie names; 0 or -1. */
int
con_cookie_csrf(struct con_req *c, char out[CON_HEX_LEN + 1])
{
	const char	*p;

	p = con_cookie_value(in_header(c, "Cookie"), c->con->cookie,
	    CON_HEX_LEN);
	if (p == NULL)
		return -1;
	con_csrf_of(p, out);
	return 0;
}

/* The request comes from a page of ours (or no page): the POST rule. */
int
con_same_origin(struct con_req *c)
{
	return con_origin_ok(in_header(c, "Origin"), in_header(c, "Host"),
	    in_header(c, "Sec-Fetch-Site"));
}

/* ---- connections ---- */

static struct con_conn *
conn_of(struct console *con, struct evhttp_request *req)
{
	struct evhttp_connection *evcon = evhttp_request_get_connection(req);
	struct bufferevent	 *bev;
	struct con_conn		 *cc;

	if (evcon == NULL)
		return NULL;
	bev = evhttp_connection_get_bufferevent(evcon);
	TAILQ_FOREACH(cc, &con->conns, entry)
		if (cc->bev == bev)
			return cc;
	return NULL;
}

static void
listener_update(struct console *con)
{
	int	want = !con->paused && con->nconns <
		    con->as->conf.appsrv.console_max_conns;

	if (want && con->capped) {
		evconnlistener_enable(con->lev);
		con->capped = 0;
	} else if (!want && !con->capped) {
		evconnlistener_disable(con->lev);
		con->capped = 1;
		if (con->paused)
			return;
		con->n_refused_conns++;	/* times the cap held accept */
		if (mono_ms() - con->cap_logged >= 10000) {
			con->cap_logged = mono_ms();
			log_warnx("console: connection cap reached conns=%d "
			    "times=%llu", con->nconns,
			    (unsigned long long)con->n_refused_conns);
		}
	}
}

/* evhttp asks for the bufferevent of each connection it accepted. */
static struct bufferevent *
bev_cb(struct event_base *base, void *arg)
{
	struct console	*con = arg;
	struct con_conn	*cc;

	cc = xcalloc(1, sizeof(*cc));
	if ((cc->bev = bufferevent_socket_new(base, -1,
	    BEV_OPT_CLOSE_ON_FREE)) == NULL)
		fatalx("console: bufferevent");
	/* evhttp answers an oversized header or body with an error but goes
	 * on reading until the answer is written: under load, megabytes.  No
	 * more than one request's worth is ever read ahead. */
	bufferevent_setwatermark(cc->bev, EV_READ, 0,
	    CON_HEADERS_MAX + CON_BODY_MAX + 4096);
	bufferevent_incref(cc->bev);
	cc->t0 = mono_ms();
	TAILQ_INSERT_TAIL(&con->conns, cc, entry);
	con->nconns++;
	listener_update(con);
	return cc->bev;
}

static void
conn_release(struct console *con, struct con_conn *cc)
{
	TAILQ_REMOVE(&con->conns, cc, entry);
	con->nconns--;
	bufferevent_disable(cc->bev, EV_READ | EV_WRITE);
	bufferevent_decref(cc->bev);	/* closes the socket */
	free(cc);
}

static void
sweep_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct console		*con = arg;
	struct con_conn		*cc, *next;
	bufferevent_event_cb	 ecb;
	void			*cbarg;
	int64_t			 now = mono_ms();
	int64_t			 limit =
	    (int64_t)con->as->conf.appsrv.console_request_timeout * 1000;
	int			 killed = 0;

	(void)fd;
	(void)ev;
	for (cc = TAILQ_FIRST(&con->conns); cc != NULL; cc = next) {
		next = TAILQ_NEXT(cc, entry);
		bufferevent_getcb(cc->bev, NULL, NULL, &ecb, &cbarg);
		if (ecb == NULL && cbarg == NULL) {	/* evhttp let it go */
			conn_release(con, cc);
			continue;
		}
		if (cc->cur == NULL && !cc->killed && now - cc->t0 > limit &&
		    bufferevent_getfd(cc->bev) != -1) {
			/* evhttp sees the end and frees the connection. */
			shutdown(bufferevent_getfd(cc->bev), SHUT_RDWR);
			cc->killed = 1;
			killed++;
		}
	}
	if (killed > 0) {
		con->n_timeouts += (uint64_t)killed;
		log_warnx("console: request timeout closed=%d", killed);
	}
	con_addr_sweep(con, now);
	listener_update(con);
}

static void
resume_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct console	*con = arg;

	(void)fd;
	(void)ev;
	con->paused = 0;
	log_info("console: listener resumed");
	listener_update(con);
}

/* evhttp owns the listener's callback argument: the error callback finds
 * the console here (one per process). */
static struct console	*the_console;

static void
accept_error_cb(struct evconnlistener *lev, void *arg)
{
	struct console	*con = the_console;
	struct timeval	 one = { 1, 0 };
	int		 e = EVUTIL_SOCKET_ERROR();

	(void)lev;
	(void)arg;
	if (e == EMFILE || e == ENFILE || e == ENOBUFS || e == ENOMEM) {
		if (!con->paused)
			log_warnx("console: listener paused reason=\"%s\" "
			    "for=1s", strerror(e));
		con->paused = 1;
		listener_update(con);
		event_add(con->ev_resume, &one);
		return;
	}
	log_warnx("console: accept error=\"%s\"", strerror(e));
}

/* ---- requests ---- */

static void
creq_free(struct con_req *c)
{
	struct console	*con = c->con;

	TAILQ_REMOVE(&con->reqs, c, entry);
	if (c->conn != NULL && c->conn->cur == c)
		c->conn->cur = NULL;
	if (c->ad != NULL)		/* a login that ended unanswered */
		c->ad->inflight--;
	evhttp_clear_headers(&c->q);
	json_decref(c->body);
	if (c->ev_wait != NULL)
		event_free(c->ev_wait);
	secure_zero(c, sizeof(*c));
	free(c);
}

/* The client went away: evhttp frees the connection. */
static void
closed_cb(struct evhttp_connection *evcon, void *arg)
{
	struct con_req	*c = arg;

	c->gone = 1;
	/* Still on its connection: freed with it.  Else (the client left
	 * while we held it) it is ours to free. */
	if (c->req != NULL && evhttp_request_get_connection(c->req) == evcon)
		c->req = NULL;
	if (c->conn != NULL && c->conn->cur == c)
		c->conn->cur = NULL;
	c->conn = NULL;
}

int
con_alive(struct con_req *c)
{
	if (!c->gone)
		return 1;
	if (c->req != NULL)
		evhttp_request_free(c->req);
	creq_free(c);
	return 0;
}

static void
security_headers(struct evkeyvalq *h, const char *ctype, const char *cache)
{
	evhttp_add_header(h, "Content-Type", ctype);
	evhttp_add_header(h, "Cache-Control", cache);
	/* No inline script anywhere; styles may be set inline (charts). */
	evhttp_add_header(h, "Content-Security-Policy", "default-src 'self'; "
	    "script-src 'self'; style-src 'self' 'unsafe-inline'; "
	    "img-src 'self' data:; connect-src 'self'; object-src 'none'; "
	    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
	evhttp_add_header(h, "X-Frame-Options", "DENY");
	evhttp_add_header(h, "X-Content-Type-Options", "nosniff");
	evhttp_add_header(h, "Referrer-Policy", "no-referrer");
	evhttp_add_header(h, "Cross-Origin-Opener-Policy", "same-origin");
	evhttp_add_header(h, "Cross-Origin-Resource-Policy", "same-origin");
}

/* Send and end the request (c is freed).  b may be NULL. */
static void
finish(struct con_req *c, int code, const char *ctype, const char *cache,
    struct evbuffer *b)
{
	if (c->answered)
		fatalx("console: %s answered twice", c->path);
	c->answered = 1;
	if (c->gone) {
		con_alive(c);
		return;
	}
	if (c->conn != NULL) {
		c->conn->cur = NULL;
		c->conn->t0 = mono_ms();
	}
	evhttp_connection_set_closecb(evhttp_request_get_connection(c->req),
	    NULL, NULL);
	security_headers(evhttp_request_get_output_headers(c->req), ctype,
	    cache);
	evhttp_send_reply(c->req, code, reason_of(code), b);
	c->req = NULL;
	creq_free(c);
}

void
con_reply_data(struct con_req *c, int code, const char *ctype,
    const char *filename, const void *data, size_t len)
{
	struct evbuffer	*b = evbuffer_new();
	char		 disp[160];

	if (filename != NULL && c->req != NULL && !c->gone) {
		snprintf(disp, sizeof(disp), "attachment; filename=\"%s\"",
		    filename);
		con_set_header(c, "Content-Disposition", disp);
	}
	evbuffer_add(b, data, len);
	finish(c, code, ctype, "no-store", b);
	evbuffer_free(b);
}

/* Static files (console_static.c) answer through here. */
void
con_reply_file(struct con_req *c, int code, const char *ctype,
    struct evbuffer *b)
{
	finish(c, code, ctype, "no-cache", b);
}

void
con_reply_json(struct con_req *c, int code, json_t *j)
{
	char	*s;

	if (j == NULL)
		fatalx("console: %s: no JSON to answer", c->path);
	s = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	if (s == NULL)
		fatalx("console: json_dumps");
	con_reply_data(c, code, "application/json; charset=utf-8", NULL, s,
	    strlen(s));
	free(s);
}

void
con_reply_error(struct con_req *c, int code, const char *err,
    const char *msg_zh, const char *msg_en)
{
	con_reply_json(c, code, json_pack("{s:s, s:s, s:s}", "error", err,
	    "message", msg_zh, "message_en", msg_en));
}

/* ---- the accessors of console.h ---- */

const char *
con_arg(struct con_req *c, const char *name)
{
	const char	*v;
	int		 i;

	for (i = 0; i < c->np; i++)
		if (strcmp(c->pname[i], name) == 0)
			return c->pval[i];
	v = evhttp_find_header(&c->q, name);
	return v != NULL && v[0] != '\0' ? v : NULL;
}

json_t *
con_body(struct con_req *c)
{
	return c->body;
}

const char *
con_body_str(struct con_req *c, const char *key)
{
	json_t	*v = c->body ? json_object_get(c->body, key) : NULL;

	return json_is_string(v) ? json_string_value(v) : NULL;
}

const char *
con_actor(struct con_req *c)
{
	return c->actor;
}

const char *
con_user(struct con_req *c)
{
	return c->user;
}

unsigned
con_roles(struct con_req *c)
{
	return c->roles;
}

/* ---- routing ---- */

/* Does c's path match pattern?  Fills c's {param}s (into c->pbuf). */
static int
route_match(struct con_req *c, const char *pattern)
{
	return con_path_match(pattern, c->path, c->pbuf, sizeof(c->pbuf),
	    c->pnbuf, c->pname, c->pval, CON_MAX_PARAMS, &c->np);
}

static const struct con_route *
route_find(struct con_req *c, int *method_ok)
{
	const struct con_route	*tabs[] = { con_routes_core,
				    con_routes_office, con_routes_outbox,
				    con_routes_bank };
	const struct con_route	*r;
	const char		*m = c->cmd == EVHTTP_REQ_POST ? "POST" : "GET";
	size_t			 t;

	*method_ok = 0;
	for (t = 0; t < sizeof(tabs) / sizeof(tabs[0]); t++)
		for (r = tabs[t]; r->method != NULL; r++) {
			if (!route_match(c, r->pattern))
				continue;
			if (strcmp(r->method, m) == 0) {
				*method_ok = 1;
				return r;
			}
			*method_ok = -1;
		}
	return NULL;
}

/* The session is valid: CSRF, roles, then the handler. */
void
con_after_session(struct con_req *c)
{
	const char	*t;
	char		 h[CON_HEX_LEN + 1];

	snprintf(c->actor, sizeof(c->actor), "console:%s", c->user);
	if (c->cmd == EVHTTP_REQ_POST) {
		t = in_header(c, "X-CSRF-Token");
		if (t == NULL || !con_hex_token_ok(t, strlen(t), CON_HEX_LEN)) {
			con_reply_error(c, 403, "forbidden",
			    "缺少 CSRF 令牌", "missing X-CSRF-Token");
			return;
		}
		con_sha256_hex(t, CON_HEX_LEN, h);
		if (CRYPTO_memcmp(h, c->csrf_hash, CON_HEX_LEN) != 0) {
			con_reply_error(c, 403, "forbidden",
			    "CSRF 令牌不符", "wrong X-CSRF-Token");
			return;
		}
	}
	if ((c->route->roles & c->roles) == 0) {
		con_reply_error(c, 403, "forbidden", "您的角色无权执行此操作",
		    "your roles may not do this");
		return;
	}
	c->route->fn(c);
}

unsigned
con_role_bits(const char *list)
{
	unsigned	 bits = 0;
	const char	*p = list;
	size_t		 n;

	while (p != NULL && *p != '\0') {
		n = strcspn(p, ",");
		if (n == 7 && strncmp(p, "auditor", n) == 0)
			bits |= CON_AUDITOR;
		else if (n == 7 && strncmp(p, "cashier", n) == 0)
			bits |= CON_CASHIER;
		else if (n == 5 && strncmp(p, "admin", n) == 0)
			bits |= CON_ADMIN;
		p += n;
		if (*p == ',')
			p++;
	}
	return bits;
}

static void
session_cb(struct con_req *c, PGresult *res)
{
	if (!db_ok(res, PGRES_TUPLES_OK)) {
		con_reply_sql_error(c, res);
		return;
	}
	if (PQntuples(res) != 1) {
		con_reply_error(c, 401, "unauthenticated", "请先登录",
		    "log in first");
		return;
	}
	snprintf(c->user, sizeof(c->user), "%s", PQgetvalue(res, 0, 0));
	c->roles = con_role_bits(PQgetvalue(res, 0, 1));
	snprintf(c->csrf_hash, sizeof(c->csrf_hash), "%s",
	    PQgetvalue(res, 0, 2));
	con_after_session(c);
}

static void
session_check(struct con_req *c)
{
	const struct gf_conf	*cf = &c->as->conf;
	const char		*vals[3];
	char			 idle[16], age[16];

	if (con_cookie_token(c) == -1) {
		con_reply_error(c, 401, "unauthenticated", "请先登录",
		    "log in first");
		return;
	}
	snprintf(idle, sizeof(idle), "%d", cf->appsrv.console_idle);
	snprintf(age, sizeof(age), "%d", cf->appsrv.console_max_age);
	vals[0] = c->token_hash;
	vals[1] = idle;
	vals[2] = age;
	con_sql(c, "SELECT r_user, array_to_string(r_roles, ','), "
	    "upper(encode(r_csrf_hash, 'hex')) FROM "
	    "gf_con_session(decode($1, 'hex'), $2::int, $3::int)", 3, vals,
	    session_cb);
}

/* ---- the checks every request passes ---- */

static int
host_ok(struct con_req *c)
{
	const char	*h = in_header(c, "Host");
	int		 i;

	if (h == NULL)
		return 0;
	for (i = 0; i < c->con->nhosts; i++)
		if (strcasecmp(h, c->con->hosts[i]) == 0)
			return 1;
	return 0;
}

/* A POST from a page of ours (or from no page at all: a script). */
static int
origin_ok(struct con_req *c)
{
	return con_origin_ok(in_header(c, "Origin"), in_header(c, "Host"),
	    in_header(c, "Sec-Fetch-Site"));
}

static int
json_type_ok(struct con_req *c)
{
	return con_json_type_ok(in_header(c, "Content-Type"));
}

static int
read_body(struct con_req *c)
{
	struct evbuffer	*in = evhttp_request_get_input_buffer(c->req);
	size_t		 len = evbuffer_get_length(in);
	char		*buf;

	if (len > CON_BODY_MAX)
		return -1;
	buf = xmalloc(len + 1);
	if (evbuffer_remove(in, buf, len) != (int)len) {
		free(buf);
		return -1;
	}
	buf[len] = '\0';
	c->body = con_body_parse(buf, len);
	secure_zero(buf, len);
	free(buf);
	return c->body == NULL ? -1 : 0;
}

static void
request_cb(struct evhttp_request *req, void *arg)
{
	struct console		*con = arg;
	const struct evhttp_uri	*uri = evhttp_request_get_evhttp_uri(req);
	const char		*path = evhttp_uri_get_path(uri);
	const char		*query = evhttp_uri_get_query(uri);
	struct evhttp_connection *evcon = evhttp_request_get_connection(req);
	struct con_req		*c;
	char			*peer = NULL;
	ev_uint16_t		 port = 0;
	int			 mok;

	con->n_requests++;
	c = xcalloc(1, sizeof(*c));
	c->con = con;
	c->as = con->as;
	c->req = req;
	c->cmd = evhttp_request_get_command(req);
	TAILQ_INIT(&c->q);
	TAILQ_INSERT_TAIL(&con->reqs, c, entry);
	if ((c->conn = conn_of(con, req)) != NULL)
		c->conn->cur = c;
	evhttp_connection_get_peer(evcon, &peer, &port);
	snprintf(c->addr, sizeof(c->addr), "%s", peer ? peer : "?");
	evhttp_connection_set_closecb(evcon, closed_cb, c);
	if (path == NULL || path[0] == '\0')
		path = "/";
	snprintf(c->path, sizeof(c->path), "%s", path);

	if (c->cmd != EVHTTP_REQ_GET && c->cmd != EVHTTP_REQ_HEAD &&
	    c->cmd != EVHTTP_REQ_POST) {
		con_reply_error(c, 405, "bad_request", "不支持的请求方法",
		    "method not allowed");
		return;
	}
	if (strlen(path) >= CON_PATH_MAX - 1) {
		con_reply_error(c, 404, "not_found", "没有这个页面",
		    "no such page");
		return;
	}
	if (!host_ok(c)) {
		con_reply_error(c, 400, "bad_request", "Host 不被接受",
		    "Host not accepted");
		return;
	}
	if (strncmp(path, "/api/", 5) != 0) {
		con_static(c);
		return;
	}
	if (query != NULL && evhttp_parse_query_str(query, &c->q) == -1) {
		con_bad_request(c, "查询参数有误", "bad query string");
		return;
	}
	if (c->cmd == EVHTTP_REQ_POST) {
		if (!origin_ok(c)) {
			con_reply_error(c, 403, "forbidden",
			    "不接受来自其他站点的请求",
			    "cross-site request refused");
			return;
		}
		if (!json_type_ok(c)) {
			con_reply_error(c, 415, "bad_request",
			    "请求须为 application/json",
			    "Content-Type must be application/json");
			return;
		}
		if (read_body(c) == -1) {
			con_bad_request(c, "请求体须为 JSON 对象",
			    "the body must be a JSON object");
			return;
		}
	} else if (c->cmd == EVHTTP_REQ_HEAD) {
		con_reply_error(c, 405, "bad_request", "不支持的请求方法",
		    "method not allowed");
		return;
	}
	if (strcmp(path, "/api/login") == 0) {
		if (c->cmd != EVHTTP_REQ_POST)
			con_reply_error(c, 405, "bad_request", "请用 POST",
			    "POST only");
		else
			con_login(c);
		return;
	}
	if ((c->route = route_find(c, &mok)) == NULL) {
		if (mok == -1)
			con_reply_error(c, 405, "bad_request",
			    "不支持的请求方法", "method not allowed");
		else
			con_reply_error(c, 404, "not_found", "没有这个接口",
			    "no such API");
		return;
	}
	session_check(c);
}

/* ---- set-up ---- */

static void
add_host(struct console *con, const char *h)
{
	size_t	n = strlen(h);

	/* A longer name could never match a Host header we accept. */
	if (n >= sizeof(con->hosts[0]) ||
	    con->nhosts >= (int)(sizeof(con->hosts) / sizeof(con->hosts[0])))
		return;
	memcpy(con->hosts[con->nhosts++], h, n + 1);
}

static int
listen_on(struct console *con, const char *spec)
{
	struct addrinfo	 hints, *res = NULL;
	char		 host[128], *colon, *h, buf[160];
	int		 rv;

	snprintf(host, sizeof(host), "%s", spec);
	if ((colon = strrchr(host, ':')) == NULL) {
		log_warnx("console: bad http_listen \"%s\"", spec);
		return -1;
	}
	*colon = '\0';
	h = host;
	if (h[0] == '[' && colon[-1] == ']') {
		colon[-1] = '\0';
		h++;
	}
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	if ((rv = getaddrinfo(h[0] && strcmp(h, "*") ? h : NULL, colon + 1,
	    &hints, &res)) != 0) {
		log_warnx("console: http_listen \"%s\": %s", spec,
		    gai_strerror(rv));
		return -1;
	}
	con->lev = evconnlistener_new_bind(con->as->base, NULL, NULL,
	    LEV_OPT_CLOSE_ON_FREE | LEV_OPT_CLOSE_ON_EXEC | LEV_OPT_REUSEABLE,
	    -1, res->ai_addr, (int)res->ai_addrlen);
	freeaddrinfo(res);
	if (con->lev == NULL) {
		log_warnx("console: cannot listen on %s", spec);
		return -1;
	}
	/* The Host values a browser sends for this address. */
	add_host(con, spec);
	snprintf(buf, sizeof(buf), "localhost:%s", colon + 1);
	add_host(con, buf);
	snprintf(buf, sizeof(buf), "127.0.0.1:%s", colon + 1);
	add_host(con, buf);
	snprintf(buf, sizeof(buf), "[::1]:%s", colon + 1);
	add_host(con, buf);
	return 0;
}

int
console_init(struct appsrv *as)
{
	const struct conf_appsrv *ca = &as->conf.appsrv;
	struct console	*con;
	struct timeval	 tv = { 0, CON_SWEEP_MS * 1000 };
	int		 i;

	if (ca->http_listen == NULL || ca->http_listen[0] == '\0')
		return 0;
	con = xcalloc(1, sizeof(*con));
	con->as = as;
	TAILQ_INIT(&con->conns);
	TAILQ_INIT(&con->reqs);
	for (i = 0; i < CON_ADDR_BUCKETS; i++)
		LIST_INIT(&con->addrs[i]);
	snprintf(con->overflow.addr, sizeof(con->overflow.addr), "*");
	snprintf(con->cookie, sizeof(con->cookie), "%s", ca->console_secure ?
	    "__Host-gfsession" : "gfsession");
	if (listen_on(con, ca->http_listen) == -1) {
		free(con);
		return -1;
	}
	for (i = 0; i < ca->n_console_hosts; i++)
		add_host(con, ca->console_hosts[i]);
	if (pin_hash_make("not a password", PW_PBKDF2_ITER, con->dummy_hash,
	    sizeof(con->dummy_hash)) == -1)
		fatalx("console: cannot make the dummy hash");
	con->hash_ms = 100;
	if ((con->hashq = auth_new(as->base, ca->console_hash_queue)) == NULL)
		fatalx("console: login hashing thread");
	con->db = condb_new(as, ca->console_db_conns, 256);
	con_static_init(con);
	con->http = evhttp_new(as->base);
	evhttp_set_allowed_methods(con->http, EVHTTP_REQ_GET | EVHTTP_REQ_HEAD |
	    EVHTTP_REQ_POST | EVHTTP_REQ_PUT | EVHTTP_REQ_DELETE |
	    EVHTTP_REQ_OPTIONS);
	evhttp_set_timeout(con->http, ca->console_request_timeout);
	evhttp_set_max_headers_size(con->http, CON_HEADERS_MAX);
	evhttp_set_max_body_size(con->http, CON_BODY_MAX);
	evhttp_set_bevcb(con->http, bev_cb, con);
	evhttp_set_gencb(con->http, request_cb, con);
	if (evhttp_bind_listener(con->http, con->lev) == NULL)
		fatalx("console: evhttp_bind_listener");
	the_console = con;
	evconnlistener_set_error_cb(con->lev, accept_error_cb);
	con->ev_resume = evtimer_new(as->base, resume_cb, con);
	con->ev_sweep = event_new(as->base, -1, EV_PERSIST, sweep_cb, con);
	event_add(con->ev_sweep, &tv);
	log_info("console listening=%s max_conns=%d request_timeout=%d "
	    "www=%s", ca->http_listen, ca->console_max_conns,
	    ca->console_request_timeout, con->wwwfd != -1 ? ca->console_www :
	    "none");
	as->console = con;
	return 0;
}

void
console_free(struct appsrv *as)
{
	struct console	*con = as->console;
	struct con_req	*c;
	struct con_conn	*cc;

	if (con == NULL)
		return;
	/* No callback of ours runs after these. */
	auth_destroy(con->hashq);
	condb_free(con->db);
	event_free(con->ev_sweep);
	event_free(con->ev_resume);
	/* Frees every connection (and the listener); requests still on one
	 * go with it (closed_cb clears c->req). */
	evhttp_free(con->http);
	while ((c = TAILQ_FIRST(&con->reqs)) != NULL) {
		c->gone = 1;
		con_alive(c);
	}
	while ((cc = TAILQ_FIRST(&con->conns)) != NULL)
		conn_release(con, cc);
	con_login_free(con);
	if (con->wwwfd != -1)
		close(con->wwwfd);
	free(con);
	as->console = NULL;
	the_console = NULL;
}
