/*
 * console_login.c - logging in and out of the console.
 *
 *   POST /api/login {"id", "password"} -> {"user", "name", "roles", "csrf"}
 *   GET /api/session -> the same, for another tab of the same browser
 *
 * In order, so that the cheap refusals come first:
 *  - per client address, at most console_addr_failures failed (or still
 *    running) logins within console_lockout seconds: beyond that, 429
 *    without any work.  One address alone can therefore never reach
 *    console_lock_failures, the failures that lock an account: a stranger
 *    cannot lock the admins out; several addresses together can, for
 *    console_lockout seconds only (the lock expires), and a lock ends the
 *    user's live sessions (and raises an alarm);
 *  - the password is checked on the console's own hashing thread
 *    (auth_new), whose queue holds console_hash_queue logins: beyond, 429.
 *    The terminals' SIGN_ON hashing thread never sees a console login;
 *  - an unknown user costs the same time as a known one, but a hash at
 *    most once per address per window: after the first, the answer waits
 *    on a timer as long as a login takes (the running average) instead;
 *  - a locked account answers 401 like a wrong password, unless the
 *    password was right: then 423 and until when;
 *  - success: a new session (the cookie the browser came with, if any,
 *    ends: rotation), its CSRF token (derived from the new cookie token:
 *    con_csrf_of), the login audited.
 * No password or token is logged or stored in clear.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <event2/event.h>
#include <event2/http.h>

#include "appsrv.h"
#include "console_priv.h"
#include "log.h"

static int
user_id_ok(const char *s)
{
	size_t	n = strlen(s);

	return n >= 1 && n <= 32 && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-") == n;
}

/* ---- client addresses ---- */

static unsigned
addr_hash(const char *s)
{
	unsigned	h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h % CON_ADDR_BUCKETS;
}

static struct con_addr *
addr_get(struct console *con, const char *addr)
{
	struct con_addrq *q = &con->addrs[addr_hash(addr)];
	struct con_addr	*a;

	LIST_FOREACH(a, q, entry)
		if (strcmp(a->addr, addr) == 0)
			return a;
	if (con->naddrs >= CON_ADDR_MAX)
		return &con->overflow;	/* shared by every newcomer */
	a = xcalloc(1, sizeof(*a));
	snprintf(a->addr, sizeof(a->addr), "%s", addr);
	LIST_INSERT_HEAD(q, a, entry);
	con->naddrs++;
	return a;
}

/* Forget addresses with nothing to remember. */
void
con_addr_sweep(struct console *con, int64_t now)
{
	int64_t		 win = (int64_t)con->as->conf.appsrv.console_lockout *
			    1000;
	struct con_addr	*a, *next;
	int		 i;

	for (i = 0; i < CON_ADDR_BUCKETS; i++)
		for (a = LIST_FIRST(&con->addrs[i]); a != NULL; a = next) {
			next = LIST_NEXT(a, entry);
			if (a->inflight == 0 && now - a->seen > win &&
			    now - a->unknown_at > win) {
				LIST_REMOVE(a, entry);
				free(a);
				con->naddrs--;
			}
		}
}

void
con_login_free(struct console *con)
{
	con_addr_sweep(con, INT64_MAX / 2);
}

static void
addr_window(struct console *con, struct con_addr *a, int64_t now)
{
	if (now - a->window > (int64_t)con->as->conf.appsrv.console_lockout *
	    1000) {
		a->window = now;
		a->fails = 0;
	}
	a->seen = now;
}

/* The login is over for its address (failed: one more failure). */
static void
addr_done(struct con_req *c, int failed)
{
	if (c->ad == NULL)
		return;
	c->ad->inflight--;
	if (failed)
		c->ad->fails++;
	c->ad = NULL;
}

/* ---- answers ---- */

static void
refuse(struct con_req *c, int failed)
{
	addr_done(c, failed);
	con_reply_error(c, 401, "unauthenticated", "用户名或密码错误",
	    "wrong user or password");
}

static void
fail_cb(struct con_req *c, PGresult *res)
{
	int	locked = db_ok(res, PGRES_TUPLES_OK) && PQntuples(res) == 1 &&
		    strcmp(PQgetvalue(res, 0, 0), "t") == 0;

	log_warnx("console: login failed user=%s addr=%s%s", c->user,
	    c->addr, locked ? " locked=1" : "");
	refuse(c, 1);
}

static void
done_cb(struct con_req *c, PGresult *res)
{
	const struct conf_appsrv *ca = &c->as->conf.appsrv;
	json_t		*j;
	json_error_t	 err;
	char		 cookie[200];

	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		addr_done(c, 0);
		con_reply_sql_error(c, res);
		return;
	}
	if (PQgetisnull(res, 0, 0) ||
	    (j = json_loads(PQgetvalue(res, 0, 0), 0, &err)) == NULL) {
		/* locked meanwhile */
		refuse(c, 1);
		return;
	}
	addr_done(c, 0);
	log_info("console: login user=%s addr=%s", c->user, c->addr);
	snprintf(cookie, sizeof(cookie), "%s=%s; Path=/; HttpOnly; "
	    "SameSite=Strict%s", c->con->cookie, c->token,
	    ca->console_secure ? "; Secure" : "");
	con_set_header(c, "Set-Cookie", cookie);
	secure_zero(cookie, sizeof(cookie));
	json_object_set_new(j, "csrf", json_string(c->csrf));
	con_reply_json(c, 200, j);
}

static void
verify_cb(int match, void *arg)
{
	struct con_req	*c = arg;
	struct console	*con = c->con;
	const char	*vals[5];
	char		 th[CON_HEX_LEN + 1], ch[CON_HEX_LEN + 1];
	char		 fails[16], lockout[16];
	double		 ms;

	ms = (double)(mono_ms() - c->t_hash);
	con->hash_ms = con->hash_ms * 0.8 + ms * 0.2;
	con->n_hashes++;
	if (!con_alive(c))
		return;
	if (!c->known) {
		log_warnx("console: login failed user=%s addr=%s hashed=1",
		    c->user, c->addr);
		refuse(c, 1);
		return;
	}
	if (match != 1) {
		snprintf(fails, sizeof(fails), "%d",
		    c->as->conf.appsrv.console_lock_failures);
		snprintf(lockout, sizeof(lockout), "%d",
		    c->as->conf.appsrv.console_lockout);
		vals[0] = c->user;
		vals[1] = fails;
		vals[2] = lockout;
		vals[3] = c->addr;
		con_sql(c, "SELECT gf_con_fail($1, $2::int, $3::int, $4)", 4,
		    vals, fail_cb);
		return;
	}
	if (c->locked) {
		addr_done(c, 0);
		log_warnx("console: login refused user=%s addr=%s locked=1",
		    c->user, c->addr);
		con_reply_error(c, 423, "locked", "账户已锁定，请稍后再试或联系管理员",
		    "the account is locked; try later or ask an administrator");
		return;
	}
	con_random_hex(c->token);
	con_csrf_of(c->token, c->csrf);	/* GET /api/session gives it again */
	con_sha256_hex(c->token, CON_HEX_LEN, th);
	con_sha256_hex(c->csrf, CON_HEX_LEN, ch);
	vals[0] = c->user;
	vals[1] = th;
	vals[2] = ch;
	/* Rotation: the session this browser came with, if any, ends. */
	vals[3] = con_cookie_token(c) == 0 ? c->token_hash : NULL;
	vals[4] = c->addr;
	con_sql(c, "SELECT gf_con_login($1, decode($2, 'hex'), "
	    "decode($3, 'hex'), decode($4, 'hex'), $5)::text", 5, vals,
	    done_cb);
}

/* An unknown user beyond the first of the window: as long as a hash. */
static void
unknown_wait_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct con_req	*c = arg;

	(void)fd;
	(void)ev;
	if (!con_alive(c))
		return;
	log_warnx("console: login failed user=%s addr=%s hashed=0", c->user,
	    c->addr);
	refuse(c, 1);
}

static void
user_cb(struct con_req *c, PGresult *res)
{
	struct console	*con = c->con;
	const char	*stored;
	int64_t		 now = mono_ms(), win;

	if (!db_ok(res, PGRES_TUPLES_OK)) {
		addr_done(c, 0);
		secure_zero(c->password, sizeof(c->password));
		con_reply_sql_error(c, res);
		return;
	}
	if (PQntuples(res) == 1) {
		c->known = 1;
		c->locked = strcmp(PQgetvalue(res, 0, 1), "t") == 0;
		stored = PQgetvalue(res, 0, 0);
	} else {
		win = (int64_t)c->as->conf.appsrv.console_lockout * 1000;
		if (c->ad != NULL && c->ad->unknown_at != 0 &&
		    now - c->ad->unknown_at < win) {
			struct timeval tv;
			int64_t ms = (int64_t)(con->hash_ms + 0.5);

			secure_zero(c->password, sizeof(c->password));
			tv.tv_sec = ms / 1000;
			tv.tv_usec = (ms % 1000) * 1000;
			c->ev_wait = evtimer_new(c->as->base, unknown_wait_cb, c);
			evtimer_add(c->ev_wait, &tv);
			return;
		}
		if (c->ad != NULL)
			c->ad->unknown_at = now;
		stored = con->dummy_hash;
	}
	c->t_hash = now;
	if (auth_submit(con->hashq, c->password, stored, verify_cb, c) == -1) {
		secure_zero(c->password, sizeof(c->password));
		con->n_queue_full++;
		addr_done(c, 0);
		if (!c->known && c->ad != NULL)
			c->ad->unknown_at = 0;
		con_set_header(c, "Retry-After", "1");
		con_reply_error(c, 429, "too_many", "登录请求过多，请稍后再试",
		    "too many logins at once; try again shortly");
		return;
	}
	secure_zero(c->password, sizeof(c->password));
}

void
con_login(struct con_req *c)
{
	const struct conf_appsrv *ca = &c->as->conf.appsrv;
	const char	*id = con_body_str(c, "id");
	const char	*pw = con_body_str(c, "password");
	const char	*vals[1];
	struct con_addr	*a;
	char		 retry[24];
	int64_t		 now = mono_ms();

	a = addr_get(c->con, c->addr);
	addr_window(c->con, a, now);
	if (a->fails + a->inflight >= ca->console_addr_failures) {
		c->con->n_throttled++;
		snprintf(retry, sizeof(retry), "%lld", (long long)
		    ((a->window + (int64_t)ca->console_lockout * 1000 - now) /
		    1000 + 1));
		con_set_header(c, "Retry-After", retry);
		log_warnx("console: login throttled addr=%s", c->addr);
		con_reply_error(c, 429, "too_many",
		    "失败次数过多，请稍后再试", "too many failed logins from "
		    "this address; try later");
		return;
	}
	if (id == NULL || pw == NULL || !user_id_ok(id) || pw[0] == '\0' ||
	    strlen(pw) > CON_PW_MAX) {
		con_bad_request(c, "请填写用户名和密码",
		    "want {\"id\", \"password\"}");
		return;
	}
	a->inflight++;
	c->ad = a;
	snprintf(c->user, sizeof(c->user), "%s", id);
	snprintf(c->password, sizeof(c->password), "%s", pw);
	json_object_del(c->body, "password");
	vals[0] = c->user;
	con_sql(c, "SELECT pw_hash, locked OR COALESCE(locked_until > now(), "
	    "false) FROM console_users WHERE id = $1", 1, vals, user_cb);
}

/* ---- logout, me ---- */

static void
logout_cb(struct con_req *c, PGresult *res)
{
	char	cookie[120];

	if (!db_ok(res, PGRES_COMMAND_OK) && !db_ok(res, PGRES_TUPLES_OK)) {
		con_reply_sql_error(c, res);
		return;
	}
	log_info("console: logout user=%s", c->user);
	snprintf(cookie, sizeof(cookie), "%s=; Path=/; HttpOnly; "
	    "SameSite=Strict; Max-Age=0%s", c->con->cookie,
	    c->as->conf.appsrv.console_secure ? "; Secure" : "");
	con_set_header(c, "Set-Cookie", cookie);
	con_reply_json(c, 200, json_pack("{s:b}", "ok", 1));
}

void
con_logout(struct con_req *c)
{
	const char	*vals[1];

	vals[0] = c->token_hash;
	con_sql(c, "DELETE FROM console_sessions WHERE token_hash = "
	    "decode($1, 'hex')", 1, vals, logout_cb);
}

void
con_me(struct con_req *c)
{
	const char	*vals[1];

	vals[0] = c->user;
	con_sql_json(c, "SELECT json_build_object('user', id, 'name', name, "
	    "'roles', roles) FROM console_users WHERE id = $1", 1, vals);
}

/*
 * GET /api/session: the session's CSRF token for a new tab of the same
 * browser.  The framework has checked the cookie (HttpOnly, SameSite=
 * Strict: a cross-site request does not carry it) and the Host; a foreign
 * Origin or Sec-Fetch-Site: cross-site is refused here too, and the answer
 * (no-store, no CORS header) is readable by same-origin scripts only.  A
 * session whose stored CSRF hash is not the derived token's (made before
 * the token was derived) answers "csrf": null: log in again.
 */
static void
session_cb(struct con_req *c, PGresult *res)
{
	json_t		*j;
	json_error_t	 err;
	char		 h[CON_HEX_LEN + 1];

	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1 ||
	    PQgetisnull(res, 0, 0) ||
	    (j = json_loads(PQgetvalue(res, 0, 0), 0, &err)) == NULL) {
		secure_zero(c->csrf, sizeof(c->csrf));
		con_reply_sql_error(c, res);
		return;
	}
	con_sha256_hex(c->csrf, CON_HEX_LEN, h);
	json_object_set_new(j, "csrf", strcasecmp(h, c->csrf_hash) == 0 ?
	    json_string(c->csrf) : json_null());
	secure_zero(c->csrf, sizeof(c->csrf));
	con_reply_json(c, 200, j);
}

void
con_session(struct con_req *c)
{
	const char	*vals[1];

	if (!con_same_origin(c)) {
		con_reply_error(c, 403, "forbidden", "来源不被接受",
		    "foreign origin");
		return;
	}
	if (con_cookie_csrf(c, c->csrf) == -1) {
		con_reply_error(c, 401, "unauthenticated", "请先登录",
		    "log in first");
		return;
	}
	vals[0] = c->user;
	con_sql(c, "SELECT json_build_object('user', id, 'name', name, "
	    "'roles', roles) FROM console_users WHERE id = $1", 1, vals,
	    session_cb);
}
