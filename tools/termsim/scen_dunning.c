/*
 * scen_dunning.c - a dunning officer (催费员) on the round.
 *
 * A sequence: DUNNING_TASKS for the next page of the officer's list, then
 * for one customer on it a DISCONNECT_CHECK before cutting the supply and a
 * DUNNING_RESULT for the visit.  A check that allows disconnection of a
 * customer who owes nothing is a violation.  The officer's list is the
 * books the marketing system assigns to the operator; an officer with none
 * goes round the books by number instead (books_max set).
 */
#include <stdio.h>
#include <string.h>

#include "termsim.h"

static void
result_cb(struct tsim_term *t, struct tsim_result *r)
{
	(void)r;
	scen_next(t);
}

static void
check_cb(struct tsim_term *t, struct tsim_result *r)
{
	struct tp1_builder	b;
	uint8_t			allowed = 0;
	int64_t			due;

	if (r->status == TP1_ST_OK) {
		due = scen_i64(&r->pl, TP1_T_TOTAL_DUE, -1);
		(void)tp1_item_u8(tp1_find(r->pl.items,
		    TP1_T_DISCONNECT_ALLOWED), &allowed);
		if (allowed && due <= 0)
			stats_violation(t->ctx, t, "disconnect_without_arrears",
			    "customer=%s total_due=%lld disconnect_allowed=1",
			    t->dcust, (long long)due);
	}
	scen_begin(t, &b, TP1_FN_DUNNING_RESULT);
	tp1_put_str(&b, TP1_T_CUSTOMER_NO, t->dcust);
	/* 1 promised to pay, 2 not at home, 3 refused, 4 disconnected. */
	tp1_put_u16(&b, TP1_T_RESULT_CODE, allowed ? 4 :
	    (uint16_t)(1 + engine_rand(t) % 3));
	if (scen_pct(t, 30))
		tp1_put_str(&b, TP1_T_NOTE, "visited by termsim");
	engine_send(t, result_cb);
}

static void
tasks_cb(struct tsim_term *t, struct tsim_result *r)
{
	const struct tp1_item	*rec;
	struct tp1_builder	 b;
	uint16_t		 pc = 0;
	int			 n = 0, pick;

	if (r->status == TP1_ST_NO_SUCH_METER && t->book_idx > 1) {
		t->book_idx = 1;		/* past the last book */
		t->page = 1;
		scen_next(t);
		return;
	}
	if (r->status != TP1_ST_OK) {
		t->page = 1;
		engine_later(t, 500, scen_next);
		return;
	}
	(void)tp1_item_u16(tp1_find(r->pl.items, TP1_T_PAGE_COUNT), &pc);
	for (rec = tp1_find(r->pl.items, TP1_T_RECORD); rec != NULL;
	    rec = tp1_find(rec->next, TP1_T_RECORD))
		n++;
	if (++t->page > pc) {
		t->page = 1;
		if (t->books_max)
			t->book_idx++;
	}
	if (n == 0 && !t->books_max) {
		/* No book is assigned to this officer in the marketing
		 * system: go round the books one by one instead. */
		t->books_max = 1;
		t->page = 1;
		scen_next(t);
		return;
	}
	if (n == 0) {
		/* Nobody owes: a quiet day; come back later. */
		engine_later(t, 500, scen_next);
		return;
	}
	pick = (int)(engine_rand(t) % (uint64_t)n);
	for (rec = tp1_find(r->pl.items, TP1_T_RECORD); pick > 0;
	    rec = tp1_find(rec->next, TP1_T_RECORD))
		pick--;
	if (tp1_item_str(tp1_find(rec->child, TP1_T_CUSTOMER_NO), t->dcust,
	    sizeof(t->dcust)) == -1) {
		stats_violation(t->ctx, t, "dunning_record",
		    "task without customer_no");
		scen_next(t);
		return;
	}
	t->ddue = 0;
	(void)tp1_item_i64(tp1_find(rec->child, TP1_T_TOTAL_DUE), &t->ddue);
	scen_begin(t, &b, TP1_FN_DISCONNECT_CHECK);
	tp1_put_str(&b, TP1_T_CUSTOMER_NO, t->dcust);
	engine_send(t, check_cb);
}

void
dunning_next(struct tsim_term *t)
{
	struct tp1_builder	b;

	char			book[24];

	scen_begin(t, &b, TP1_FN_DUNNING_TASKS);
	if (t->books_max) {
		snprintf(book, sizeof(book), t->ctx->o.book_fmt, t->book_idx);
		tp1_put_str(&b, TP1_T_BOOK_NO, book);
	}
	tp1_put_u16(&b, TP1_T_PAGE, (uint16_t)t->page);
	engine_send(t, tasks_cb);
}
