/*
 * console_bank.c - the administration of the banks of BK/1 (docs/BK1.md
 * "Console"): the registry (list, show, add, enable, disable, rebind) and
 * the collection-window calendar per org.  Each change is one call of the
 * function of schema/fn/bank.sql that `gfctl bank` calls, which writes its
 * audit row (console:<user>, reason) in the same transaction; admin only.
 *
 * No MAC key is made or shown here: a bank's keys live only in frontd's
 * 0600 bank key file, which `gfctl bank add|rekey` writes on the station;
 * the pages show the key version a bank is on and a move under way, and
 * name the command for the key custodian.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appsrv.h"
#include "console_priv.h"
#include "log.h"

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

/*
 * The body's "addrs" (an array of addresses, or one string of them
 * separated by commas or spaces) as a Postgres array literal in out:
 * only address characters pass, so the literal has no other syntax.
 */
static int
addrs_arg(struct con_req *c, char *out, size_t cap)
{
	json_t		*a = json_object_get(con_body(c), "addrs"), *v;
	const char	*s;
	size_t		 i, off = 0, n = 0, k, len;
	char		 one[64];

	out[off++] = '{';
	if (json_is_string(a)) {
		s = json_string_value(a);
		while (*s != '\0') {
			s += strspn(s, ", ");
			len = strcspn(s, ", ");
			if (len == 0)
				break;
			if (len >= sizeof(one) || off + len + 2 >= cap)
				return -1;
			memcpy(one, s, len);
			one[len] = '\0';
			if (strspn(one, "0123456789abcdefABCDEF.:") != len)
				return -1;
			if (n++ > 0)
				out[off++] = ',';
			memcpy(out + off, one, len);
			off += len;
			s += len;
		}
	} else if (json_is_array(a)) {
		json_array_foreach(a, i, v) {
			if (!json_is_string(v))
				return -1;
			s = json_string_value(v);
			len = strlen(s);
			k = strspn(s, "0123456789abcdefABCDEF.:");
			if (len == 0 || k != len || len >= sizeof(one) ||
			    off + len + 2 >= cap)
				return -1;
			if (n++ > 0)
				out[off++] = ',';
			memcpy(out + off, s, len);
			off += len;
		}
	} else
		return -1;
	if (n == 0)
		return -1;
	out[off++] = '}';
	out[off] = '\0';
	return 0;
}

static int
bankno_ok(const char *s)
{
	return s != NULL && strlen(s) == 4 && strspn(s, "0123456789") == 4;
}

#define BANK_JSON \
    "json_build_object('bankno', b.bankno, 'name', b.name, 'addrs', " \
    "(SELECT COALESCE(json_agg(host(a)), '[]') FROM unnest(b.addrs) a), " \
    "'suite', b.suite, 'keyver', b.keyver, 'next_keyver', b.next_keyver, " \
    "'rekey_until', b.rekey_until, 'debit_addr', b.debit_addr, " \
    "'enabled', b.enabled, 'created_at', b.created_at)"

static void
r_banks(struct con_req *c)
{
	const char	*v[1];

	v[0] = con_arg(c, "q");
	con_sql_list(c, "SELECT " BANK_JSON " FROM banks b WHERE $1::text IS "
	    "NULL OR b.bankno LIKE '%' || $1 || '%' OR b.name LIKE '%' || $1 || "
	    "'%' ORDER BY b.bankno", 1, v);
}

/* A bank, its audit history, and its collections of the last 7 days. */
static void
r_bank(struct con_req *c)
{
	const char	*v[1];

	v[0] = con_arg(c, "bankno");
	con_sql_json(c, "SELECT " BANK_JSON " :: jsonb || jsonb_build_object("
	    "'history', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', "
	    "a.id, 'actor', a.actor, 'action', a.action, 'detail', a.detail, "
	    "'created_at', a.created_at) ORDER BY a.id DESC) FROM (SELECT * "
	    "FROM audit_log WHERE object = b.bankno OR object LIKE b.bankno || "
	    "':%' ORDER BY id DESC LIMIT 100) a), '[]'), 'days', COALESCE(("
	    "SELECT jsonb_agg(jsonb_build_object('date', to_char(d, "
	    "'YYYYMMDD'), 'count', n, 'amount', amt) ORDER BY d DESC) FROM ("
	    "SELECT settle_date AS d, count(*) FILTER (WHERE state = 'SUCCESS') "
	    "AS n, COALESCE(sum(amount) FILTER (WHERE state = 'SUCCESS'), 0) AS "
	    "amt FROM transactions WHERE bankno = b.bankno AND channel = 'BANK' "
	    "AND func <> 'REVERSAL' AND settle_date > current_date - 7 GROUP BY "
	    "settle_date) x), '[]')) FROM banks b WHERE b.bankno = $1", 1, v);
}

static void
r_bank_add(struct con_req *c)
{
	json_t		*js = json_object_get(con_body(c), "suite");
	char		 addrs[1024], suite[8];
	const char	*v[7];

	if ((v[1] = need(c, "bankno")) == NULL || (v[2] = need(c, "name")) ==
	    NULL || (v[6] = need(c, "reason")) == NULL)
		return;
	if (!bankno_ok(v[1])) {
		con_bad_request(c, "银行号为 4 位数字", "a bank number is 4 digits");
		return;
	}
	if (!json_is_integer(js) || (json_integer_value(js) != 1 &&
	    json_integer_value(js) != 2)) {
		con_bad_request(c, "算法套件须为 1 或 2", "suite is 1 or 2");
		return;
	}
	if (addrs_arg(c, addrs, sizeof(addrs)) == -1) {
		con_bad_request(c, "请填写至少一个来源地址（IP）",
		    "addrs: at least one IP address");
		return;
	}
	snprintf(suite, sizeof(suite), "%d", (int)json_integer_value(js));
	v[0] = con_actor(c);
	v[3] = addrs;
	v[4] = suite;
	v[5] = con_body_str(c, "debit_addr");
	if (v[5] != NULL && v[5][0] == '\0')
		v[5] = NULL;
	con_sql(c, "SELECT gf_bank_add($1, $2, $3, $4::inet[], $5::int, $6, "
	    "$7)", 7, v, ok_cb);
}

static void
bank_enable(struct con_req *c, int on)
{
	const char	*v[3];

	v[0] = con_actor(c);
	v[1] = con_arg(c, "bankno");
	if ((v[2] = need(c, "reason")) == NULL)
		return;
	con_sql(c, on ? "SELECT gf_bank_enable($1, $2, true, $3)" :
	    "SELECT gf_bank_enable($1, $2, false, $3)", 3, v, ok_cb);
}

static void r_bank_enable(struct con_req *c) { bank_enable(c, 1); }
static void r_bank_disable(struct con_req *c) { bank_enable(c, 0); }

static void
r_bank_rebind(struct con_req *c)
{
	char		 addrs[1024];
	const char	*v[4];

	if ((v[3] = need(c, "reason")) == NULL)
		return;
	if (addrs_arg(c, addrs, sizeof(addrs)) == -1) {
		con_bad_request(c, "请填写至少一个来源地址（IP）",
		    "addrs: at least one IP address");
		return;
	}
	v[0] = con_actor(c);
	v[1] = con_arg(c, "bankno");
	v[2] = addrs;
	con_sql(c, "SELECT gf_bank_rebind($1, $2, $3::inet[], $4)", 4, v,
	    ok_cb);
}

/* ---- the collection window per org (BK1 §3) ---- */

/* Every org the station knows (terminals, operators, windows), with its
 * window or none (always open). */
static void
r_windows(struct con_req *c)
{
	con_sql_list(c, "SELECT json_build_object('org', o.org, 'window', "
	    "w.org IS NOT NULL, 'first_day', w.first_day, 'last_day', "
	    "w.last_day, 'opens', to_char(w.opens, 'HH24:MI'), 'closes', CASE "
	    "WHEN w.closes = '24:00' THEN '24:00' ELSE to_char(w.closes, "
	    "'HH24:MI') END, 'open_now', gf_bank_window_open(o.org, "
	    "localtimestamp)) FROM (SELECT org FROM bank_windows UNION SELECT "
	    "org FROM terminals WHERE org IS NOT NULL AND org <> '' UNION "
	    "SELECT org FROM operators WHERE org IS NOT NULL AND org <> '') o "
	    "LEFT JOIN bank_windows w ON w.org = o.org ORDER BY o.org", 0,
	    NULL);
}

/* "HH:MM" (24:00 allowed for closes), or -1. */
static int
hhmm_ok(const char *s)
{
	return s != NULL && strlen(s) == 5 && s[2] == ':' &&
	    strspn(s, "0123456789:") == 5 && ((atoi(s) < 24 &&
	    atoi(s + 3) < 60) || strcmp(s, "24:00") == 0);
}

static void
r_window_set(struct con_req *c)
{
	json_t		*b = con_body(c);
	json_t		*jf = json_object_get(b, "first_day");
	json_t		*jl = json_object_get(b, "last_day");
	char		 first[8], last[8];
	const char	*v[7];

	if ((v[6] = need(c, "reason")) == NULL)
		return;
	v[4] = con_body_str(c, "opens") ? con_body_str(c, "opens") : "00:00";
	v[5] = con_body_str(c, "closes") ? con_body_str(c, "closes") : "24:00";
	if (!json_is_integer(jf) || !json_is_integer(jl) ||
	    json_integer_value(jf) < 1 || json_integer_value(jf) > 31 ||
	    json_integer_value(jl) < 1 || json_integer_value(jl) > 31 ||
	    !hhmm_ok(v[4]) || !hhmm_ok(v[5])) {
		con_bad_request(c, "日期为 1..31 的整数，时间为 HH:MM",
		    "first_day and last_day are 1..31, opens and closes HH:MM");
		return;
	}
	snprintf(first, sizeof(first), "%d", (int)json_integer_value(jf));
	snprintf(last, sizeof(last), "%d", (int)json_integer_value(jl));
	v[0] = con_actor(c);
	v[1] = con_arg(c, "org");
	v[2] = first;
	v[3] = last;
	con_sql(c, "SELECT gf_bank_window_set($1, $2, $3::int, $4::int, "
	    "$5::time, $6::time, $7)", 7, v, ok_cb);
}

/* Fixed paths before {param} ones: the first route that matches wins. */
const struct con_route con_routes_bank[] = {
	{ "GET", "/api/banks", CON_ADMIN, r_banks },
	{ "POST", "/api/banks", CON_ADMIN, r_bank_add },
	{ "GET", "/api/bank-windows", CON_ADMIN, r_windows },
	{ "POST", "/api/bank-windows/{org}", CON_ADMIN, r_window_set },
	{ "GET", "/api/banks/{bankno}", CON_ADMIN, r_bank },
	{ "POST", "/api/banks/{bankno}/enable", CON_ADMIN, r_bank_enable },
	{ "POST", "/api/banks/{bankno}/disable", CON_ADMIN, r_bank_disable },
	{ "POST", "/api/banks/{bankno}/rebind", CON_ADMIN, r_bank_rebind },
	{ NULL, NULL, 0, NULL }
};
