/*
 * fn_query.c - the functions the marketing system answers (ARREARS_QUERY,
 * READ_TASKS, READ_UPLOAD, READ_EXCEPTION, BILL_ESTIMATE, DUNNING_TASKS,
 * BOOK_ARREARS, DISCONNECT_CHECK, DUNNING_RESULT), driven by one table:
 * which TP/1 items go into which MI/1 body fields (MI1 §2), and which
 * body fields come back as which items.  Paged functions send page and
 * conf.appsrv.page_size and answer page / page_count (TP1 §5.2).  Uploads
 * and disconnect checks are also recorded locally (fn_read.c,
 * fn_dunning.c) before the answer goes out; exceptions and dunning results
 * are kept first and forwarded (fn_outbox.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appsrv.h"
#include "money.h"
#include "ipc.h"
#include "log.h"

#define TY_CODE	100	/* an MI/1 rspcode in a list item -> item_status */

struct fld {
	uint8_t		 tag;
	const char	*key;
	int		 ty;	/* enum tp1_type, or TY_CODE */
};

struct qdef {
	uint16_t	 func;
	uint16_t	 trcode;
	int		 paged;
	int		 operid;	/* send the operator as operid */
	const struct fld *req;		/* request scalars (absent: "") */
	const struct fld *req_items;	/* request records -> "items" */
	const struct fld *rsp;		/* response scalars */
	const char	*rsp_list;	/* response list container */
	const struct fld *rsp_items;
	void		(*record)(struct req *, uint16_t, json_t *);
	int		 kept;		/* stored and forwarded: fn_outbox.c */
};

#define END	{ 0, NULL, 0 }

static const struct fld bills[] = {
	{ TP1_T_BILL_MONTH, "month", TP1_TY_STR },
	{ TP1_T_PRINCIPAL, "principal", TP1_TY_I64 },
	{ TP1_T_LATE_FEE, "latefee", TP1_TY_I64 }, END };
static const struct fld q_customer[] = {
	{ TP1_T_CUSTOMER_NO, "custno", TP1_TY_STR }, END };
static const struct fld r_arrears[] = {
	{ TP1_T_CUSTOMER_NAME, "custname", TP1_TY_STR },
	{ TP1_T_ADDRESS, "addr", TP1_TY_STR },
	{ TP1_T_BALANCE, "balance", TP1_TY_I64 },
	{ TP1_T_TOTAL_DUE, "totaldue", TP1_TY_I64 }, END };
static const struct fld q_book[] = {
	{ TP1_T_BOOK_NO, "bookno", TP1_TY_STR }, END };
static const struct fld i_read_tasks[] = {
	{ TP1_T_CUSTOMER_NO, "custno", TP1_TY_STR },
	{ TP1_T_CUSTOMER_NAME, "custname", TP1_TY_STR },
	{ TP1_T_ADDRESS, "addr", TP1_TY_STR },
	{ TP1_T_METER_NO, "meterno", TP1_TY_STR },
	{ TP1_T_LAST_READING, "lastreading", TP1_TY_I64 },
	{ TP1_T_MULTIPLIER, "multiplier", TP1_TY_U32 },
	{ TP1_T_TARIFF_CODE, "tariff", TP1_TY_STR }, END };
static const struct fld q_upload_items[] = {
	{ TP1_T_METER_NO, "meterno", TP1_TY_STR },
	{ TP1_T_READING, "reading", TP1_TY_I64 },
	{ TP1_T_READ_TIME, "readtime", TP1_TY_STR },
	{ TP1_T_EXCEPTION_CODE, "exccode", TP1_TY_U16 }, END };
static const struct fld i_upload[] = {
	{ TP1_T_METER_NO, "meterno", TP1_TY_STR },
	{ TP1_T_ITEM_STATUS, "code", TY_CODE },
	{ TP1_T_KWH, "kwh", TP1_TY_I64 },
	{ TP1_T_AMOUNT, "amount", TP1_TY_I64 }, END };
static const struct fld q_exception[] = {
	{ TP1_T_METER_NO, "meterno", TP1_TY_STR },
	{ TP1_T_EXCEPTION_CODE, "exccode", TP1_TY_U16 },
	{ TP1_T_NOTE, "note", TP1_TY_STR }, END };
static const struct fld q_estimate[] = {
	{ TP1_T_METER_NO, "meterno", TP1_TY_STR },
	{ TP1_T_READING, "reading", TP1_TY_I64 }, END };
static const struct fld r_estimate[] = {
	{ TP1_T_KWH, "kwh", TP1_TY_I64 },
	{ TP1_T_AMOUNT, "amount", TP1_TY_I64 }, END };
static const struct fld i_dunning_tasks[] = {
	{ TP1_T_CUSTOMER_NO, "custno", TP1_TY_STR },
	{ TP1_T_CUSTOMER_NAME, "custname", TP1_TY_STR },
	{ TP1_T_ADDRESS, "addr", TP1_TY_STR },
	{ TP1_T_TOTAL_DUE, "totaldue", TP1_TY_I64 }, END };
static const struct fld i_book_arrears[] = {
	{ TP1_T_CUSTOMER_NO, "custno", TP1_TY_STR },
	{ TP1_T_CUSTOMER_NAME, "custname", TP1_TY_STR },
	{ TP1_T_METER_NO, "meterno", TP1_TY_STR },
	{ TP1_T_TOTAL_DUE, "totaldue", TP1_TY_I64 }, END };
static const struct fld r_disconnect[] = {
	{ TP1_T_TOTAL_DUE, "totaldue", TP1_TY_I64 },
	{ TP1_T_DISCONNECT_ALLOWED, "allowed", TP1_TY_U8 },
	{ TP1_T_MESSAGE, "msg", TP1_TY_STR }, END };
static const struct fld q_dunning_result[] = {
	{ TP1_T_CUSTOMER_NO, "custno", TP1_TY_STR },
	{ TP1_T_RESULT_CODE, "resultcode", TP1_TY_U16 },
	{ TP1_T_NOTE, "note", TP1_TY_STR }, END };
static const struct fld none[] = { END };

static const struct qdef qdefs[] = {
	{ TP1_FN_ARREARS_QUERY, 1001, 0, 0, q_customer, NULL, r_arrears,
	    "bills", bills, NULL, 0 },
	{ TP1_FN_READ_TASKS, 2001, 1, 0, q_book, NULL, none,
	    "items", i_read_tasks, NULL, 0 },
	{ TP1_FN_READ_UPLOAD, 2002, 0, 0, none, q_upload_items, none,
	    "items", i_upload, fn_read_record, 0 },
	{ TP1_FN_READ_EXCEPTION, 2003, 0, 1, q_exception, NULL, none,
	    NULL, NULL, NULL, 1 },
	{ TP1_FN_BILL_ESTIMATE, 2004, 0, 0, q_estimate, NULL, r_estimate,
	    NULL, NULL, NULL, 0 },
	{ TP1_FN_DUNNING_TASKS, 3001, 1, 1, q_book, NULL, none,
	    "items", i_dunning_tasks, NULL, 0 },
	{ TP1_FN_BOOK_ARREARS, 3002, 1, 0, q_book, NULL, none,
	    "items", i_book_arrears, NULL, 0 },
	{ TP1_FN_DISCONNECT_CHECK, 3003, 0, 0, q_customer, NULL, r_disconnect,
	    NULL, NULL, fn_dunning_record, 0 },
	{ TP1_FN_DUNNING_RESULT, 3004, 0, 1, q_dunning_result, NULL, none,
	    NULL, NULL, NULL, 1 },
};

/* One TP/1 item as a JSON value for the MI/1 body; NULL if malformed. */
static json_t *
item_json(const struct tp1_item *it, int ty)
{
	char		 s[512];
	int64_t		 i64;
	uint32_t	 u32;
	uint16_t	 u16;
	uint8_t		 u8;

	switch (ty) {
	case TP1_TY_STR:
		return tp1_item_str(it, s, sizeof(s)) == 0 ? json_string(s) : NULL;
	case TP1_TY_I64:
		return tp1_item_i64(it, &i64) == 0 ? json_integer(i64) : NULL;
	case TP1_TY_U32:
		return tp1_item_u32(it, &u32) == 0 ? json_integer(u32) : NULL;
	case TP1_TY_U16:
		return tp1_item_u16(it, &u16) == 0 ? json_integer(u16) : NULL;
	case TP1_TY_U8:
		return tp1_item_u8(it, &u8) == 0 ? json_integer(u8) : NULL;
	}
	return NULL;
}

/* Request items -> body fields; an absent item is sent as "".  -1 when an
 * item is malformed. */
static int
fields_to_json(const struct tp1_item *first, const struct fld *f, json_t *obj)
{
	const struct tp1_item	*it;
	json_t			*v;

	for (; f->key != NULL; f++) {
		if ((it = tp1_find(first, f->tag)) == NULL) {
			json_object_set_new(obj, f->key, json_string(""));
			continue;
		}
		if ((v = item_json(it, f->ty)) == NULL)
			return -1;
		json_object_set_new(obj, f->key, v);
	}
	return 0;
}

/* Body fields -> response items; absent or unparsable fields are left
 * out rather than invented. */
static void
json_to_fields(json_t *obj, const struct fld *f, struct tp1_builder *tb)
{
	const char	*s;
	uint8_t		 bytes[2048];
	size_t		 n;
	int64_t		 v;

	for (; f->key != NULL; f++) {
		if (json_object_get(obj, f->key) == NULL)
			continue;
		s = mi1_get_str(obj, f->key);
		switch (f->ty) {
		case TP1_TY_STR:
			if (s != NULL)
				tp1_put_str(tb, f->tag, s);
			break;
		case TP1_TY_BYTES:
			if (s != NULL &&
			    hex_decode(s, bytes, sizeof(bytes), &n) == 0)
				tp1_put_bytes(tb, f->tag, bytes, n);
			break;
		case TY_CODE:
			if (s != NULL)
				tp1_put_u16(tb, f->tag, money_rspcode_status(s));
			break;
		default:
			if (mi1_get_i64(obj, f->key, &v) == -1)
				break;
			if (f->ty == TP1_TY_I64)
				tp1_put_i64(tb, f->tag, v);
			else if (f->ty == TP1_TY_U32)
				tp1_put_u32(tb, f->tag, (uint32_t)v);
			else if (f->ty == TP1_TY_U16)
				tp1_put_u16(tb, f->tag, (uint16_t)v);
			else
				tp1_put_u8(tb, f->tag, (uint8_t)v);
			break;
		}
	}
}

static void
query_done_cb(int outcome, const char *rspcode, const char *rspmsg,
    json_t *body, void *arg)
{
	struct req		*r = arg;
	const struct qdef	*q = r->fstate;
	struct tp1_builder	 tb;
	json_t			*list, *it;
	uint16_t		 status, page = 0;
	int64_t			 pc;
	size_t			 i;

	status = mi_outcome_status(outcome, rspcode);
	gbuf_reset(&r->out);
	tp1_build_start(&tb, &r->out, r->func, status);
	if (status != TP1_ST_OK) {
		if (status == TP1_ST_HOST_DECLINED && rspmsg[0] != '\0')
			tp1_put_str(&tb, TP1_T_MESSAGE, rspmsg);
		goto answer;
	}
	if (q->paged) {
		tp1_item_u16(req_item(r, TP1_T_PAGE), &page);
		tp1_put_u16(&tb, TP1_T_PAGE, page);
		if (mi1_get_i64(body, "pagecount", &pc) == 0)
			tp1_put_u16(&tb, TP1_T_PAGE_COUNT, (uint16_t)pc);
	}
	json_to_fields(body, q->rsp, &tb);
	list = q->rsp_list ? json_object_get(body, q->rsp_list) : NULL;
	if (r->func == TP1_FN_READ_UPLOAD)
		tp1_put_u32(&tb, TP1_T_COUNT,
		    (uint32_t)(json_is_array(list) ? json_array_size(list) : 0));
	if (json_is_array(list)) {
		json_array_foreach(list, i, it) {
			tp1_record_begin(&tb);
			json_to_fields(it, q->rsp_items, &tb);
			tp1_record_end(&tb);
		}
	}
answer:
	if (q->record != NULL) {
		/* The recorder answers once the row is written. */
		q->record(r, status, body);
		return;
	}
	req_send(r);
}

void
fn_query(struct req *r)
{
	const struct qdef	*q = NULL;
	const struct tp1_item	*it;
	json_t			*body, *items, *obj;
	uint16_t		 page;
	size_t			 i;

	for (i = 0; i < sizeof(qdefs) / sizeof(qdefs[0]); i++)
		if (qdefs[i].func == r->func)
			q = &qdefs[i];
	if (q == NULL)
		fatalx("fn_query: no table entry for func 0x%04x", r->func);
	r->fstate = (void *)(uintptr_t)q;	/* static: no ffree */
	body = json_object();
	if (fields_to_json(r->pl.items, q->req, body) == -1)
		goto bad;
	if (q->paged) {
		if (tp1_item_u16(req_item(r, TP1_T_PAGE), &page) == -1 ||
		    page == 0)
			goto bad;
		json_object_set_new(body, "page", json_integer(page));
		json_object_set_new(body, "pagesize",
		    json_integer(r->as->conf.appsrv.page_size));
	}
	if (q->req_items != NULL) {
		items = json_array();
		json_object_set_new(body, "items", items);
		for (it = r->pl.items; it != NULL; it = it->next) {
			if (it->tag != TP1_T_RECORD)
				continue;
			obj = json_object();
			json_array_append_new(items, obj);
			if (tp1_find(it->child, TP1_T_METER_NO) == NULL ||
			    tp1_find(it->child, TP1_T_READING) == NULL ||
			    tp1_find(it->child, TP1_T_READ_TIME) == NULL ||
			    fields_to_json(it->child, q->req_items, obj) == -1)
				goto bad;
		}
	}
	if (q->operid)
		json_object_set_new(body, "operid", json_string(r->operator_id));
	if (q->kept) {
		fn_outbox(r, q->trcode, body);
		return;
	}
	ifsvc_link_call(r->as, q->trcode, NULL, 0, body, query_done_cb, r);
	return;
bad:
	json_decref(body);
	req_fail(r, TP1_ST_BAD_REQUEST, "malformed item");
}
