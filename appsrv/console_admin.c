/*
 * console_admin.c - the console's core routes: session, live status,
 * alarms, audit log, and the administration of terminals, operators and
 * console users (docs/CONSOLE.md).  Terminal and operator changes are the
 * life-cycle functions of schema/fn/admin.sql, console users' those of
 * schema/fn/console_core.sql: each writes its audit row (actor, reason) in
 * its own transaction.  A new or reset PIN is made here, answered once and
 * stored only as its hash; hashing runs on the console's hashing thread.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>
#include <openssl/rand.h>

#include "appsrv.h"
#include "console_priv.h"
#include "ipc.h"
#include "log.h"
#include "pinhash.h"

#define CON_PIN_LEN	6

/* A required string member of the body, else a 400 (and NULL). */
static const char *
need(struct con_req *c, const char *key)
{
	const char	*v = con_body_str(c, key);
	char		 zh[96], en[96];

	if (v != NULL && v[0] != '\0')
		return v;
	snprintf(zh, sizeof(zh), "缺少 %s", key);
	snprintf(en, sizeof(en), "%s is required", key);
	con_reply_error(c, 400, "bad_request", zh, en);
	return NULL;
}

/* A date parameter YYYYMMDD (or absent): 0, or -1 after a 400. */
static int
date_arg(struct con_req *c, const char *name, const char **out)
{
	const char	*v = con_arg(c, name);

	*out = v;
	if (v == NULL || (strlen(v) == 8 && strspn(v, "0123456789") == 8))
		return 0;
	con_bad_request(c, "日期格式应为 YYYYMMDD", "dates are YYYYMMDD");
	return -1;
}

/* The result of a void function: {"ok": true}. */
static void
ok_cb(struct con_req *c, PGresult *res)
{
	if (!db_ok(res, PGRES_TUPLES_OK)) {
		con_reply_sql_error(c, res);
		return;
	}
	log_info("console: action user=%s path=%s", c->user, c->path);
	con_reply_json(c, 200, json_pack("{s:b}", "ok", 1));
}

/* ---- session ---- */

static void
r_me(struct con_req *c)
{
	con_me(c);
}

static void
r_session(struct con_req *c)
{
	con_session(c);
}

static void
r_logout(struct con_req *c)
{
	con_logout(c);
}

/* ---- live status ---- */

/* The sum of a Prometheus counter over its label sets. */
static double
prom_sum(const char *text, const char *name)
{
	const char	*p = text, *e;
	size_t		 n = strlen(name);
	double		 sum = 0;

	for (; p != NULL && *p != '\0'; p = e ? e + 1 : NULL) {
		e = strchr(p, '\n');
		if (*p == '#' || strncmp(p, name, n) != 0 ||
		    (p[n] != ' ' && p[n] != '{'))
			continue;
		p += n;
		if (*p == '{' && (p = strchr(p, '}')) != NULL)
			p++;
		if (p != NULL)
			sum += strtod(p, NULL);
	}
	return sum;
}

/* The state the last status call left, for requests per second. */
static double	last_requests = -1;
static int64_t	last_requests_ms;

static void
status_db_cb(struct con_req *c, PGresult *res)
{
	struct console	*con = c->con;
	json_t		*st, *fr, *peers, *m, *text;
	json_error_t	 err;
	char		*ms;
	double		 conns = 0, reqs = 0, rate = -1;
	int64_t		 now = mono_ms();
	size_t		 i;

	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1 ||
	    (st = json_loads(PQgetvalue(res, 0, 0), 0, &err)) == NULL) {
		con_reply_sql_error(c, res);
		return;
	}
	/* frontd's counters, asked a moment ago. */
	ms = fsrv_metrics_json(c->as);
	peers = json_loads(ms, 0, &err);
	free(ms);
	fr = json_array();
	json_array_foreach(peers, i, m) {
		const char *t = json_string_value(json_object_get(m, "text"));

		if (t == NULL)
			continue;
		conns += prom_sum(t, "gf_frontd_connections_open");
		reqs += prom_sum(t, "gf_frontd_request_seconds_count");
		text = json_pack("{s:O, s:O, s:f, s:f, s:b}", "peer",
		    json_object_get(m, "peer"), "age_ms",
		    json_object_get(m, "age_ms"), "connections",
		    prom_sum(t, "gf_frontd_connections_open"), "requests",
		    prom_sum(t, "gf_frontd_request_seconds_count"), "up",
		    json_integer_value(json_object_get(m, "age_ms")) < 2000);
		json_array_append_new(fr, text);
	}
	json_decref(peers);
	if (last_requests >= 0 && now > last_requests_ms && reqs >=
	    last_requests)
		rate = (reqs - last_requests) * 1000.0 /
		    (double)(now - last_requests_ms);
	last_requests = reqs;
	last_requests_ms = now;
	json_object_set_new(st, "frontd", fr);
	/* ifsvc's MI/1 breaker, as it answered a moment ago (or unreachable). */
	m = ifsvc_link_state(c->as);
	if ((text = json_object_get(st, "mi1")) != NULL &&
	    json_is_object(text))
		json_object_update(text, m);
	else
		json_object_set(st, "mi1", m);
	json_object_set_new(st, "ifsvc", json_pack("{s:b}", "up",
	    json_is_true(json_object_get(m, "reachable"))));
	json_decref(m);
	json_object_set_new(st, "connected_terminals", json_integer(
	    (json_int_t)conns));
	json_object_set_new(st, "requests_per_s", rate >= 0 ?
	    json_real(rate) : json_null());
	json_object_set_new(st, "appsrv", json_pack("{s:b, s:i, s:i}", "up",
	    1, "console_db", condb_up(con->db), "frontd_links",
	    (int)json_array_size(fr)));
	json_object_set_new(st, "console", json_pack("{s:i, s:i, s:I, s:I, "
	    "s:I, s:I, s:I, s:I}", "connections", con->nconns, "login_queue",
	    auth_queued(con->hashq), "requests", (json_int_t)con->n_requests,
	    "timeouts", (json_int_t)con->n_timeouts, "login_hashes",
	    (json_int_t)con->n_hashes, "login_throttled",
	    (json_int_t)con->n_throttled, "login_queue_full",
	    (json_int_t)con->n_queue_full, "cap_reached",
	    (json_int_t)con->n_refused_conns));
	con_reply_json(c, 200, st);
}

/*
 * What the database knows: pending settlements, open alarms, today's
 * money, the outbox (undelivered, parked), and the last minute's money
 * requests to the marketing system (how many were answered unavailable).
 * The breaker itself is ifsvc's, asked over IPC (status_db_cb).
 */
static const char status_sql[] =
    "SELECT json_build_object("
    "'time', to_char(now(), 'YYYY-MM-DD\"T\"HH24:MI:SSOF'), "
    "'date', to_char(current_date, 'YYYYMMDD'), "
    "'pending_settlements', (SELECT count(*) FROM ifsvc_settle WHERE "
    "settled_at IS NULL), "
    "'unknown_transactions', (SELECT count(*) FROM transactions WHERE "
    "state IN ('PENDING', 'UNKNOWN')), "
    "'open_alarms', (SELECT count(*) FROM alarms WHERE NOT acked), "
    "'today', (SELECT json_build_object('count', count(*), 'collected', "
    "COALESCE(sum(amount) FILTER (WHERE state = 'SUCCESS' AND func <> "
    "'REVERSAL'), 0)) FROM transactions WHERE settle_date = current_date), "
    "'today_by_channel', (SELECT json_object_agg(ch, json_build_object("
    "'count', COALESCE(n, 0), 'collected', COALESCE(amt, 0))) FROM "
    "unnest(ARRAY['TERMINAL', 'BANK', 'WITHHOLD']) ch LEFT JOIN (SELECT "
    "channel, count(*) FILTER (WHERE state = 'SUCCESS') AS n, "
    "sum(amount) FILTER (WHERE state = 'SUCCESS') AS amt FROM transactions "
    "WHERE settle_date = current_date AND func <> 'REVERSAL' GROUP BY "
    "channel) t ON t.channel = ch), "
    "'mi1', (SELECT json_build_object('requests_1m', count(*), "
    "'unavailable_1m', count(*) FILTER (WHERE tp_status = 769)) "
    "FROM transactions "
    "WHERE settle_date >= current_date - 1 AND created_at > now() - "
    "interval '1 minute'), "
    "'outbox', json_build_object('undelivered', gf_con_outbox_depth(), "
    "'parked', (SELECT count(*) FROM outbox WHERE state = 'PARKED')), "
    "'console_sessions', (SELECT count(*) FROM console_sessions))";

static void
status_wait_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct con_req	*c = arg;

	(void)fd;
	(void)ev;
	if (!con_alive(c))
		return;
	con_sql(c, status_sql, 0, NULL, status_db_cb);
}

static void
r_status(struct con_req *c)
{
	struct timeval	tv = { 0, 200000 };

	/* Fresh counters from every frontd and ifsvc's breaker; answered
	 * within the wait. */
	fsrv_broadcast(c->as, IPC_METRICS_REQ, NULL);
	ifsvc_link_ask_state(c->as);
	if ((c->ev_wait = evtimer_new(c->as->base, status_wait_cb, c)) ==
	    NULL || evtimer_add(c->ev_wait, &tv) == -1)
		fatalx("console: status timer");
}

/* ---- alarms ---- */

static void
r_alarms(struct con_req *c)
{
	const char	*v[4], *state = con_arg(c, "state");

	if (state != NULL && strcmp(state, "open") != 0 &&
	    strcmp(state, "acked") != 0 && strcmp(state, "all") != 0) {
		con_bad_request(c, "state 只能是 open、acked 或 all",
		    "state is open, acked or all");
		return;
	}
	v[0] = state ? state : "open";
	v[1] = con_arg(c, "kind");
	if (date_arg(c, "from", &v[2]) == -1 || date_arg(c, "to", &v[3]) == -1)
		return;
	con_sql_list(c, "SELECT json_build_object('id', id, 'kind', kind, "
	    "'source', source, 'terminal_id', terminal_id, 'detail', detail, "
	    "'acked', acked, 'acked_by', acked_by, 'acked_at', acked_at, "
	    "'note', ack_note, 'created_at', created_at) FROM alarms WHERE "
	    "($1 = 'all' OR acked = ($1 = 'acked')) AND ($2::text IS NULL OR "
	    "kind = $2) AND ($3::date IS NULL OR created_at >= $3::date) AND "
	    "($4::date IS NULL OR created_at < $4::date + 1) ORDER BY id DESC",
	    4, v);
}

static void
r_alarm_ack(struct con_req *c)
{
	const char	*v[3], *id = con_arg(c, "id");

	if (strspn(id, "0123456789") != strlen(id) || strlen(id) > 18) {
		con_not_found(c);
		return;
	}
	v[0] = con_actor(c);
	v[1] = id;
	if ((v[2] = need(c, "note")) == NULL)
		return;
	con_sql(c, "SELECT gf_con_alarm_ack($1, $2::bigint, $3)", 3, v, ok_cb);
}

/* ---- audit log ---- */

static void
r_audit(struct con_req *c)
{
	const char	*v[5];

	v[0] = con_arg(c, "actor");
	v[1] = con_arg(c, "action");
	v[2] = con_arg(c, "object");
	if (date_arg(c, "from", &v[3]) == -1 || date_arg(c, "to", &v[4]) == -1)
		return;
	con_sql_list(c, "SELECT json_build_object('id', id, 'actor', actor, "
	    "'action', action, 'object', object, 'detail', detail, "
	    "'created_at', created_at) FROM audit_log WHERE ($1::text IS NULL "
	    "OR actor = $1) AND ($2::text IS NULL OR action = $2) AND "
	    "($3::text IS NULL OR object = $3) AND ($4::date IS NULL OR "
	    "created_at >= $4::date) AND ($5::date IS NULL OR created_at < "
	    "$5::date + 1) ORDER BY id DESC", 5, v);
}

/* ---- terminals ---- */

#define TERM_JSON \
    "json_build_object('id', t.id, 'name', t.name, 'org', t.org, " \
    "'suite', t.suite, 'keyver', t.keyver, 'sim_ip', host(t.bound_ip), " \
    "'enabled', t.enabled, 'retired', to_jsonb(t) ->> 'retired_at' IS " \
    "NOT NULL, 'last_seq', t.last_seq, 'last_seen', t.last_seen, " \
    "'created_at', t.created_at)"

static void
r_terminals(struct con_req *c)
{
	const char	*v[3], *state = con_arg(c, "state");

	if (state != NULL && strcmp(state, "enabled") != 0 &&
	    strcmp(state, "disabled") != 0 && strcmp(state, "retired") != 0 &&
	    strcmp(state, "all") != 0) {
		con_bad_request(c, "state 只能是 enabled、disabled、retired 或 all",
		    "state is enabled, disabled, retired or all");
		return;
	}
	v[0] = con_arg(c, "q");
	v[1] = con_arg(c, "org");
	v[2] = state ? state : "all";
	con_sql_list(c, "SELECT " TERM_JSON " FROM terminals t WHERE "
	    "($1::text IS NULL OR t.id LIKE '%' || $1 || '%' OR t.name LIKE "
	    "'%' || $1 || '%' OR host(t.bound_ip) = $1) AND ($2::text IS NULL "
	    "OR t.org = $2) AND CASE $3 WHEN 'all' THEN true WHEN 'retired' "
	    "THEN to_jsonb(t) ->> 'retired_at' IS NOT NULL WHEN 'enabled' "
	    "THEN t.enabled ELSE NOT t.enabled AND to_jsonb(t) ->> "
	    "'retired_at' IS NULL END ORDER BY t.id", 3, v);
}

static void
r_terminal(struct con_req *c)
{
	const char	*v[1];

	v[0] = con_arg(c, "id");
	con_sql_json(c, "SELECT " TERM_JSON " :: jsonb || jsonb_build_object("
	    "'history', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', "
	    "a.id, 'actor', a.actor, 'action', a.action, 'detail', a.detail, "
	    "'created_at', a.created_at) ORDER BY a.id DESC) FROM audit_log a "
	    "WHERE a.object = t.id), '[]'), 'operators_today', COALESCE(("
	    "SELECT jsonb_agg(DISTINCT s.operator_id) FROM sessions s WHERE "
	    "s.terminal_id = t.id AND s.settle_date = current_date), '[]')) "
	    "FROM terminals t WHERE t.id = $1", 1, v);
}

static void
r_terminal_add(struct con_req *c)
{
	json_t		*b = con_body(c);
	const char	*v[8];
	char		 suite[16], keyver[16];
	json_t		*js = json_object_get(b, "suite");
	json_t		*jk = json_object_get(b, "keyver");

	if ((v[1] = need(c, "id")) == NULL || (v[2] = need(c, "name")) == NULL ||
	    (v[7] = need(c, "reason")) == NULL)
		return;
	if (!json_is_integer(js) || (jk != NULL && !json_is_integer(jk))) {
		con_bad_request(c, "suite、keyver 须为整数",
		    "suite and keyver are integers");
		return;
	}
	snprintf(suite, sizeof(suite), "%d", (int)json_integer_value(js));
	snprintf(keyver, sizeof(keyver), "%d", jk ?
	    (int)json_integer_value(jk) : 1);
	v[0] = con_actor(c);
	v[3] = con_body_str(c, "org") ? con_body_str(c, "org") : "";
	v[4] = suite;
	v[5] = keyver;
	v[6] = con_body_str(c, "sim_ip");
	if (v[6] != NULL && v[6][0] == '\0')
		v[6] = NULL;
	con_sql(c, "SELECT gf_term_add($1, $2, $3, $4, $5::int, $6::int, "
	    "$7::inet, $8)", 8, v, ok_cb);
}

/* POST /api/terminals/{id}/<what>: one body member (or none) and reason. */
static void
term_change(struct con_req *c, const char *fn, const char *member,
    const char *cast)
{
	const char	*v[4];
	char		 sql[160];
	int		 n = 0;

	v[n++] = con_actor(c);
	v[n++] = con_arg(c, "id");
	if (member != NULL && (v[n++] = need(c, member)) == NULL)
		return;
	if ((v[n++] = need(c, "reason")) == NULL)
		return;
	if (member != NULL)
		snprintf(sql, sizeof(sql), "SELECT %s($1, $2, $3%s, $4)", fn,
		    cast);
	else
		snprintf(sql, sizeof(sql), "SELECT %s($1, $2, $3)", fn);
	con_sql(c, sql, n, v, ok_cb);
}

static void r_term_rename(struct con_req *c) { term_change(c, "gf_term_rename", "name", ""); }
static void r_term_rebind(struct con_req *c) { term_change(c, "gf_term_rebind", "sim_ip", "::inet"); }
static void r_term_move(struct con_req *c) { term_change(c, "gf_term_move", "org", ""); }
static void r_term_retire(struct con_req *c) { term_change(c, "gf_term_retire", NULL, ""); }

static void
term_enable(struct con_req *c, int on)
{
	const char	*v[3];

	v[0] = con_actor(c);
	v[1] = con_arg(c, "id");
	if ((v[2] = need(c, "reason")) == NULL)
		return;
	con_sql(c, on ? "SELECT gf_term_enable($1, $2, true, $3)" :
	    "SELECT gf_term_enable($1, $2, false, $3)", 3, v, ok_cb);
}

static void r_term_enable(struct con_req *c) { term_enable(c, 1); }
static void r_term_disable(struct con_req *c) { term_enable(c, 0); }

/* ---- operators ---- */

static void
r_operators(struct con_req *c)
{
	const char	*v[3];

	v[0] = con_arg(c, "q");
	v[1] = con_arg(c, "org");
	v[2] = con_arg(c, "role");
	con_sql_list(c, "SELECT json_build_object('id', o.id, 'name', o.name, "
	    "'org', o.org, 'role', o.role, 'locked', o.locked, "
	    "'failed_attempts', o.failed_attempts, 'retired', to_jsonb(o) ->> "
	    "'retired_at' IS NOT NULL, 'created_at', o.created_at) FROM "
	    "operators o WHERE ($1::text IS NULL OR o.id LIKE '%' || $1 || '%' "
	    "OR o.name LIKE '%' || $1 || '%') AND ($2::text IS NULL OR o.org = "
	    "$2) AND ($3::text IS NULL OR o.role = $3) ORDER BY o.id", 3, v);
}

/* A fresh PIN of CON_PIN_LEN digits, uniform. */
static void
new_pin(char pin[CON_PIN_LEN + 1])
{
	uint8_t	b;
	int	i = 0;

	while (i < CON_PIN_LEN) {
		if (RAND_bytes(&b, 1) != 1)
			fatalx("console: RAND_bytes");
		if (b < 250)
			pin[i++] = (char)('0' + b % 10);
	}
	pin[i] = '\0';
}

static void
pin_done_cb(struct con_req *c, PGresult *res)
{
	if (!db_ok(res, PGRES_TUPLES_OK)) {
		secure_zero(c->password, sizeof(c->password));
		con_reply_sql_error(c, res);
		return;
	}
	log_info("console: action user=%s path=%s pin=new", c->user, c->path);
	/* Shown once: the answer is the only place the PIN exists (c is
	 * wiped when freed). */
	con_reply_json(c, 200, json_pack("{s:b, s:s}", "ok", 1, "pin",
	    c->password));
}

/* The hash of the new PIN (or password) is made: store it. */
static void
hashed_cb(const char *stored, void *arg)
{
	struct con_req	*c = arg;
	const char	*v[7];
	char		 hash[PIN_HASH_MAX], *p;
	int		 add = strcmp(c->route->pattern, "/api/operators") == 0;
	int		 user = strncmp(c->route->pattern, "/api/users", 10) == 0;

	if (!con_alive(c))
		return;
	if (stored == NULL) {
		secure_zero(c->password, sizeof(c->password));
		con_reply_error(c, 503, "unavailable", "无法生成散列",
		    "cannot hash");
		return;
	}
	/* In lower case, as schema/fn/admin.sql checks it. */
	snprintf(hash, sizeof(hash), "%s", stored);
	for (p = hash; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'F')
			*p = (char)(*p - 'A' + 'a');
	v[0] = con_actor(c);
	if (user && strcmp(c->route->pattern, "/api/users") == 0) {
		json_t *r = json_object_get(con_body(c), "roles");
		char *s = json_dumps(r, JSON_COMPACT);

		secure_zero(c->password, sizeof(c->password));
		v[1] = con_body_str(c, "id");
		v[2] = con_body_str(c, "name");
		v[3] = s;
		v[4] = hash;
		con_sql(c, "SELECT gf_con_user_add($1, $2, $3, ARRAY(SELECT "
		    "json_array_elements_text($4::json)), $5)", 5, v, ok_cb);
		free(s);
		return;
	}
	if (user) {
		secure_zero(c->password, sizeof(c->password));
		v[1] = con_arg(c, "id");
		v[2] = hash;
		con_sql(c, "SELECT gf_con_user_password($1, $2, $3)", 3, v,
		    ok_cb);
		return;
	}
	if (add) {
		v[1] = con_body_str(c, "id");
		v[2] = con_body_str(c, "name");
		v[3] = con_body_str(c, "org") ? con_body_str(c, "org") : "";
		v[4] = con_body_str(c, "role");
		v[5] = hash;
		v[6] = con_body_str(c, "reason");
		con_sql(c, "SELECT gf_op_add($1, $2, $3, $4, $5, $6, $7)", 7,
		    v, pin_done_cb);
		return;
	}
	v[1] = con_arg(c, "id");
	v[2] = hash;
	v[3] = con_body_str(c, "reason");
	con_sql(c, "SELECT gf_op_set_pin($1, $2, $3, $4)", 4, v, pin_done_cb);
}

/* Hash c->password (a PIN or a password) off the loop, then hashed_cb. */
static void
hash_then_store(struct con_req *c, int iter)
{
	if (auth_make(c->con->hashq, c->password, iter, hashed_cb, c) == -1) {
		secure_zero(c->password, sizeof(c->password));
		con_set_header(c, "Retry-After", "1");
		con_reply_error(c, 429, "too_many", "系统繁忙，请稍后再试",
		    "busy; try again shortly");
	}
}

static void
r_operator_add(struct con_req *c)
{
	if (need(c, "id") == NULL || need(c, "name") == NULL ||
	    need(c, "role") == NULL || need(c, "reason") == NULL)
		return;
	new_pin(c->password);
	hash_then_store(c, PIN_PBKDF2_ITER);
}

static void
r_operator_reset_pin(struct con_req *c)
{
	if (need(c, "reason") == NULL)
		return;
	new_pin(c->password);
	hash_then_store(c, PIN_PBKDF2_ITER);
}

static void
r_operator_role(struct con_req *c)
{
	const char	*v[4];

	v[0] = con_actor(c);
	v[1] = con_arg(c, "id");
	if ((v[2] = need(c, "role")) == NULL || (v[3] = need(c, "reason")) ==
	    NULL)
		return;
	con_sql(c, "SELECT gf_op_set_role($1, $2, $3, $4)", 4, v, ok_cb);
}

static void
op_lock(struct con_req *c, int lock)
{
	const char	*v[3];

	v[0] = con_actor(c);
	v[1] = con_arg(c, "id");
	if ((v[2] = need(c, "reason")) == NULL)
		return;
	con_sql(c, lock ? "SELECT gf_op_lock($1, $2, true, $3)" :
	    "SELECT gf_op_lock($1, $2, false, $3)", 3, v, ok_cb);
}

static void r_operator_lock(struct con_req *c) { op_lock(c, 1); }
static void r_operator_unlock(struct con_req *c) { op_lock(c, 0); }

static void
r_operator_retire(struct con_req *c)
{
	const char	*v[3];

	v[0] = con_actor(c);
	v[1] = con_arg(c, "id");
	if ((v[2] = need(c, "reason")) == NULL)
		return;
	con_sql(c, "SELECT gf_op_retire($1, $2, $3)", 3, v, ok_cb);
}

/* ---- console users ---- */

static void
r_users(struct con_req *c)
{
	con_sql_list(c, "SELECT json_build_object('id', u.id, 'name', u.name, "
	    "'roles', u.roles, 'locked', u.locked, 'locked_until', CASE WHEN "
	    "u.locked_until > now() THEN u.locked_until END, "
	    "'failed_attempts', u.failed_attempts, 'sessions', (SELECT "
	    "count(*) FROM console_sessions s WHERE s.user_id = u.id), "
	    "'created_at', u.created_at) FROM console_users u ORDER BY u.id",
	    0, NULL);
}

/* roles: a JSON array of role names; 0, or -1 after a 400. */
static int
roles_ok(struct con_req *c)
{
	json_t	*r = json_object_get(con_body(c), "roles"), *e;
	size_t	 i;

	if (!json_is_array(r) || json_array_size(r) < 1 ||
	    json_array_size(r) > 3)
		goto bad;
	json_array_foreach(r, i, e)
		if (!json_is_string(e) ||
		    con_role_bits(json_string_value(e)) == 0 ||
		    strchr(json_string_value(e), ',') != NULL)
			goto bad;
	return 0;
bad:
	con_bad_request(c, "角色须为 auditor、cashier、admin 中的一个或多个",
	    "roles: one or more of auditor, cashier, admin");
	return -1;
}

/* The password of the body, by the rule, into c->password. */
static int
password_ok(struct con_req *c, const char *user)
{
	const char	*pw = need(c, "password"), *zh, *en;

	if (pw == NULL)
		return -1;
	if (pw_rule_check(pw, user, &zh, &en) == -1) {
		json_object_del(con_body(c), "password");
		con_bad_request(c, zh, en);
		return -1;
	}
	snprintf(c->password, sizeof(c->password), "%s", pw);
	json_object_del(con_body(c), "password");
	return 0;
}

static void
r_user_add(struct con_req *c)
{
	const char	*id;

	if ((id = need(c, "id")) == NULL || need(c, "name") == NULL ||
	    roles_ok(c) == -1 || password_ok(c, id) == -1)
		return;
	hash_then_store(c, PW_PBKDF2_ITER);
}

static void
r_user_password(struct con_req *c)
{
	if (password_ok(c, con_arg(c, "id")) == -1)
		return;
	hash_then_store(c, PW_PBKDF2_ITER);
}

static void
r_user_roles(struct con_req *c)
{
	const char	*v[3];
	char		*s;

	if (roles_ok(c) == -1)
		return;
	s = json_dumps(json_object_get(con_body(c), "roles"), JSON_COMPACT);
	v[0] = con_actor(c);
	v[1] = con_arg(c, "id");
	v[2] = s;
	con_sql(c, "SELECT gf_con_user_roles($1, $2, ARRAY(SELECT "
	    "json_array_elements_text($3::json)))", 3, v, ok_cb);
	free(s);
}

static void
user_lock(struct con_req *c, int lock)
{
	const char	*v[2];

	v[0] = con_actor(c);
	v[1] = con_arg(c, "id");
	con_sql(c, lock ? "SELECT gf_con_user_lock($1, $2, true)" :
	    "SELECT gf_con_user_lock($1, $2, false)", 2, v, ok_cb);
}

static void r_user_lock(struct con_req *c) { user_lock(c, 1); }
static void r_user_unlock(struct con_req *c) { user_lock(c, 0); }

#define RO	(CON_AUDITOR | CON_ADMIN)

const struct con_route con_routes_core[] = {
	{ "GET",  "/api/me", CON_ANY, r_me },
	{ "GET",  "/api/session", CON_ANY, r_session },
	{ "POST", "/api/logout", CON_ANY, r_logout },
	{ "GET",  "/api/status", CON_ANY, r_status },
	{ "GET",  "/api/alarms", CON_ANY, r_alarms },
	{ "POST", "/api/alarms/{id}/ack", CON_ADMIN, r_alarm_ack },
	{ "GET",  "/api/audit", RO, r_audit },
	{ "GET",  "/api/terminals", RO, r_terminals },
	{ "POST", "/api/terminals", CON_ADMIN, r_terminal_add },
	{ "GET",  "/api/terminals/{id}", RO, r_terminal },
	{ "POST", "/api/terminals/{id}/rename", CON_ADMIN, r_term_rename },
	{ "POST", "/api/terminals/{id}/rebind", CON_ADMIN, r_term_rebind },
	{ "POST", "/api/terminals/{id}/move", CON_ADMIN, r_term_move },
	{ "POST", "/api/terminals/{id}/enable", CON_ADMIN, r_term_enable },
	{ "POST", "/api/terminals/{id}/disable", CON_ADMIN, r_term_disable },
	{ "POST", "/api/terminals/{id}/retire", CON_ADMIN, r_term_retire },
	{ "GET",  "/api/operators", RO, r_operators },
	{ "POST", "/api/operators", CON_ADMIN, r_operator_add },
	{ "POST", "/api/operators/{id}/role", CON_ADMIN, r_operator_role },
	{ "POST", "/api/operators/{id}/reset-pin", CON_ADMIN,
	    r_operator_reset_pin },
	{ "POST", "/api/operators/{id}/lock", CON_ADMIN, r_operator_lock },
	{ "POST", "/api/operators/{id}/unlock", CON_ADMIN, r_operator_unlock },
	{ "POST", "/api/operators/{id}/retire", CON_ADMIN, r_operator_retire },
	{ "GET",  "/api/users", CON_ADMIN, r_users },
	{ "POST", "/api/users", CON_ADMIN, r_user_add },
	{ "POST", "/api/users/{id}/roles", CON_ADMIN, r_user_roles },
	{ "POST", "/api/users/{id}/lock", CON_ADMIN, r_user_lock },
	{ "POST", "/api/users/{id}/unlock", CON_ADMIN, r_user_unlock },
	{ "POST", "/api/users/{id}/password", CON_ADMIN, r_user_password },
	{ NULL, NULL, 0, NULL }
};
