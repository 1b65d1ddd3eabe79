/*
 * fn_read.c - local records of the meter-reading functions: every
 * READ_UPLOAD item (with what the marketing system said of it), written
 * before the answer goes out.  READ_EXCEPTION is kept and forwarded
 * (fn_outbox.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appsrv.h"
#include "log.h"
#include "money.h"

/* Shared by the recorders: answer once the row is written. */
static void
recorded_cb(PGresult *res, void *arg)
{
	struct req	*r = arg;

	if (!db_ok(res, PGRES_COMMAND_OK)) {
		log_warnx("terminal=%s func=0x%04x record=\"%s\"", r->terminal,
		    r->func, res ? PQresultErrorMessage(res) :
		    "database unavailable");
		req_fail(r, res ? TP1_ST_INTERNAL : TP1_ST_BUSY, NULL);
		return;
	}
	req_send(r);
}

static void
put_i64(json_t *o, const char *k, const struct tp1_item *it)
{
	int64_t		v;
	uint16_t	u;

	if (it != NULL && it->len == 8 && tp1_item_i64(it, &v) == 0)
		json_object_set_new(o, k, json_integer(v));
	else if (it != NULL && it->len == 2 && tp1_item_u16(it, &u) == 0)
		json_object_set_new(o, k, json_integer(u));
}

static void
record_upload(struct req *r, uint16_t status, json_t *body)
{
	const struct tp1_item	*it;
	json_t			*rows, *row, *res_items, *ri;
	char			 s[128], *text;
	const char		*vals[3];
	int64_t			 v;
	size_t			 i = 0;

	rows = json_array();
	res_items = status == TP1_ST_OK ? json_object_get(body, "items") : NULL;
	for (it = r->pl.items; it != NULL; it = it->next) {
		if (it->tag != TP1_T_RECORD)
			continue;
		row = json_object();
		if (tp1_item_str(tp1_find(it->child, TP1_T_METER_NO), s,
		    sizeof(s)) == 0)
			json_object_set_new(row, "meter_no", json_string(s));
		if (tp1_item_str(tp1_find(it->child, TP1_T_READ_TIME), s,
		    sizeof(s)) == 0)
			json_object_set_new(row, "read_time", json_string(s));
		put_i64(row, "reading", tp1_find(it->child, TP1_T_READING));
		put_i64(row, "exception_code",
		    tp1_find(it->child, TP1_T_EXCEPTION_CODE));
		ri = json_is_array(res_items) ? json_array_get(res_items, i) :
		    NULL;
		if (ri != NULL) {
			const char *code = mi1_get_str(ri, "code");

			if (code != NULL)
				json_object_set_new(row, "item_status",
				    json_integer(money_rspcode_status(code)));
			if (mi1_get_i64(ri, "kwh", &v) == 0)
				json_object_set_new(row, "kwh", json_integer(v));
			if (mi1_get_i64(ri, "amount", &v) == 0)
				json_object_set_new(row, "amount",
				    json_integer(v));
		}
		json_array_append_new(rows, row);
		i++;
	}
	text = json_dumps(rows, JSON_COMPACT);
	json_decref(rows);
	vals[0] = r->terminal;
	vals[1] = r->operator_id;
	vals[2] = text;
	db_query(r->as, SQL_UPLOAD, 3, vals, NULL, NULL, recorded_cb, r);
	free(text);
}

void
fn_read_record(struct req *r, uint16_t status, json_t *body)
{
	record_upload(r, status, body);
}

void
fn_recorded_cb(PGresult *res, void *arg)
{
	recorded_cb(res, arg);
}
