/*
 * console_outbox.c - the store-and-forward records on the console
 * (docs/CONSOLE.md "Outbox"; docs/DESIGN.md "Store and forward"):
 *
 *   GET  /api/outbox?state=open|parked|pending|all    auditor, admin
 *   GET  /api/outbox/{id}                             auditor, admin
 *   POST /api/outbox/{id}/resend {set, reason}        admin
 *   POST /api/outbox/{id}/close {reason}              admin
 *
 * A parked record is corrected and sent again, or given up, through the
 * same functions `gfctl outbox resend|close` calls (schema/fn/outbox.sql:
 * gf_outbox_resend, gf_outbox_close): they decide which fields may change,
 * refuse a record that is not PARKED and write the audit row, with the
 * console user as the actor, in their transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appsrv.h"
#include "console_priv.h"
#include "log.h"

#define OB_PATCH_MAX	8	/* fields in one correction */
#define OB_VALUE_MAX	256	/* bytes of one corrected value */

/* The {id} of the path: digits only, else 404 (and -1). */
static int
ob_id(struct con_req *c, const char **id)
{
	*id = con_arg(c, "id");
	if (*id == NULL || strspn(*id, "0123456789") != strlen(*id) ||
	    strlen(*id) > 18) {
		con_not_found(c);
		return -1;
	}
	return 0;
}

static void
r_outbox(struct con_req *c)
{
	const char	*v[1], *state = con_arg(c, "state");

	if (state == NULL)
		state = "open";
	if (strcmp(state, "open") != 0 && strcmp(state, "parked") != 0 &&
	    strcmp(state, "pending") != 0 && strcmp(state, "all") != 0) {
		con_bad_request(c, "state 只能是 open、parked、pending 或 all",
		    "state is open, parked, pending or all");
		return;
	}
	v[0] = state;
	con_sql_list(c, "SELECT json_build_object('id', id, 'ref', ref, "
	    "'trcode', trcode, 'seq_key', seq_key, 'terminal_id', terminal_id, "
	    "'operator_id', operator_id, 'state', state, 'attempts', attempts, "
	    "'last_rspcode', last_rspcode, 'last_error', last_error, "
	    "'created_at', created_at, 'age_s', floor(extract(epoch FROM "
	    "now() - created_at))::bigint, 'next_at', next_at) FROM outbox "
	    "WHERE CASE $1 WHEN 'open' THEN state IN ('PENDING', 'SENDING', "
	    "'PARKED') WHEN 'parked' THEN state = 'PARKED' WHEN 'pending' THEN "
	    "state IN ('PENDING', 'SENDING') ELSE true END "
	    "ORDER BY (state = 'PARKED') DESC, id", 1, v);
}

static void
r_outbox_one(struct con_req *c)
{
	const char	*v[1];

	if (ob_id(c, &v[0]) == -1)
		return;
	con_sql_json(c, "SELECT json_build_object('id', id, 'ref', ref, "
	    "'trcode', trcode, 'seq_key', seq_key, 'terminal_id', terminal_id, "
	    "'operator_id', operator_id, 'record_id', record_id, 'body', body, "
	    "'state', state, 'attempts', attempts, 'last_rspcode', "
	    "last_rspcode, 'last_error', last_error, 'created_at', created_at, "
	    "'age_s', floor(extract(epoch FROM now() - created_at))::bigint, "
	    "'next_at', next_at, 'delivered_at', delivered_at, 'closed_by', "
	    "closed_by, 'editable', CASE trcode WHEN 2003 THEN "
	    "json_build_array('meterno', 'exccode', 'note') ELSE "
	    "json_build_array('custno', 'resultcode', 'note') END, "
	    "'history', (SELECT COALESCE(json_agg(json_build_object('at', "
	    "created_at, 'actor', actor, 'action', action, 'detail', detail) "
	    "ORDER BY id), '[]') FROM audit_log WHERE object = o.ref AND "
	    "action LIKE 'outbox %')) FROM outbox o WHERE id = $1::bigint", 1,
	    v);
}

static void
ob_done_cb(struct con_req *c, PGresult *res)
{
	if (!db_ok(res, PGRES_TUPLES_OK)) {
		con_reply_sql_error(c, res);
		return;
	}
	log_info("console: outbox user=%s path=%s", con_user(c), c->path);
	con_reply_json(c, 200, json_pack("{s:b}", "ok", 1));
}

/*
 * The correction: {"set": {field: value}}, values as text (the codes may
 * be numbers too); the marketing system takes exccode and resultcode as
 * numbers, as gfctl sends them.  Which fields may change is the SQL
 * function's to say.
 */
static json_t *
ob_patch(struct con_req *c)
{
	json_t		*set = json_object_get(con_body(c), "set"), *patch, *v;
	const char	*k, *s;
	char		*end;
	long		 n;

	if (set == NULL)
		return json_object();
	if (!json_is_object(set) || json_object_size(set) > OB_PATCH_MAX)
		return NULL;
	patch = json_object();
	json_object_foreach(set, k, v) {
		if (strcmp(k, "exccode") == 0 || strcmp(k, "resultcode") == 0) {
			if (json_is_integer(v))
				n = (long)json_integer_value(v);
			else if ((s = json_string_value(v)) != NULL &&
			    s[0] != '\0') {
				n = strtol(s, &end, 10);
				if (*end != '\0')
					goto bad;
			} else
				goto bad;
			if (n < 0 || n > 9999)
				goto bad;
			json_object_set_new(patch, k, json_integer(n));
		} else {
			if ((s = json_string_value(v)) == NULL ||
			    strlen(s) > OB_VALUE_MAX)
				goto bad;
			json_object_set_new(patch, k, json_string(s));
		}
	}
	return patch;
bad:
	json_decref(patch);
	return NULL;
}

static void
r_outbox_resend(struct con_req *c)
{
	const char	*v[4], *reason = con_body_str(c, "reason");
	json_t		*patch;
	char		*text;

	if (ob_id(c, &v[1]) == -1)
		return;
	if (reason == NULL || reason[0] == '\0') {
		con_bad_request(c, "请填写原因", "a reason is required");
		return;
	}
	if ((patch = ob_patch(c)) == NULL) {
		con_bad_request(c, "更正内容有误：字段值应为文字，代码为数字",
		    "set: text values, codes as numbers");
		return;
	}
	text = json_dumps(patch, JSON_COMPACT);
	json_decref(patch);
	if (text == NULL)
		fatalx("console: json_dumps");
	v[0] = con_actor(c);
	v[2] = text;
	v[3] = reason;
	con_sql(c, "SELECT gf_outbox_resend($1, $2::bigint, $3::jsonb, $4)",
	    4, v, ob_done_cb);
	free(text);
}

static void
r_outbox_close(struct con_req *c)
{
	const char	*v[3], *reason = con_body_str(c, "reason");

	if (ob_id(c, &v[1]) == -1)
		return;
	if (reason == NULL || reason[0] == '\0') {
		con_bad_request(c, "请填写原因", "a reason is required");
		return;
	}
	v[0] = con_actor(c);
	v[2] = reason;
	con_sql(c, "SELECT gf_outbox_close($1, $2::bigint, $3)", 3, v,
	    ob_done_cb);
}

#define RO	(CON_AUDITOR | CON_ADMIN)

const struct con_route con_routes_outbox[] = {
	{ "GET",  "/api/outbox", RO, r_outbox },
	{ "GET",  "/api/outbox/{id}", RO, r_outbox_one },
	{ "POST", "/api/outbox/{id}/resend", CON_ADMIN, r_outbox_resend },
	{ "POST", "/api/outbox/{id}/close", CON_ADMIN, r_outbox_close },
	{ NULL, NULL, 0, NULL }
};
