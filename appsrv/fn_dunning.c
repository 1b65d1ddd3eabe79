/*
 * fn_dunning.c - local records of the dunning functions: every
 * DISCONNECT_CHECK (with the marketing system's verdict when it gave one),
 * written before the answer.  DUNNING_RESULT is kept and forwarded
 * (fn_outbox.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appsrv.h"

static void
record_disconnect(struct req *r, uint16_t status, json_t *body)
{
	char		 cust[64] = "", due[24];
	const char	*allowed, *vals[5];
	int64_t		 v;

	tp1_item_str(req_item(r, TP1_T_CUSTOMER_NO), cust, sizeof(cust));
	vals[0] = r->terminal;
	vals[1] = r->operator_id;
	vals[2] = cust;
	vals[3] = NULL;
	vals[4] = NULL;
	if (status == TP1_ST_OK && mi1_get_i64(body, "totaldue", &v) == 0) {
		snprintf(due, sizeof(due), "%lld", (long long)v);
		vals[3] = due;
	}
	if (status == TP1_ST_OK &&
	    (allowed = mi1_get_str(body, "allowed")) != NULL)
		vals[4] = strcmp(allowed, "1") == 0 ? "true" : "false";
	db_query(r->as, SQL_DISCONNECT, 5, vals, NULL, NULL, fn_recorded_cb, r);
}

void
fn_dunning_record(struct req *r, uint16_t status, json_t *body)
{
	record_disconnect(r, status, body);
}
