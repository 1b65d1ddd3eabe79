/*
 * scen_reader.c - a meter reader walking a book (表段).
 *
 * A sequence: READ_TASKS for the next page of the book, then READ_UPLOAD
 * of readings for the meters on it (some with an exception code), and now
 * and then a READ_EXCEPTION or an on-site BILL_ESTIMATE.  The upload's
 * answer must have one record per reading sent, for the same meters in the
 * same order.
 */
#include <stdio.h>
#include <string.h>

#include "termsim.h"

#define UPLOAD_MAX	8

static void	upload(struct tsim_term *);

/*
 * Readers walk disjoint sets of books (rank + 1, then every n-th, n the
 * number of readers), as each meter reader has books of their own: two
 * readers uploading the same meter would make each other's estimates run
 * below the meter's last reading.
 */
static int
readers(struct tsim_term *t)
{
	int	n = t->ctx->nrole[t->role];

	return n > 0 ? n : 1;
}

static int
first_book(struct tsim_term *t)
{
	return 1 + t->rank;
}

static void
done_cb(struct tsim_term *t, struct tsim_result *r)
{
	(void)r;
	scen_next(t);
}

static void
estimate_cb(struct tsim_term *t, struct tsim_result *r)
{
	int64_t	kwh;

	if (r->status == TP1_ST_OK) {
		kwh = scen_i64(&r->pl, TP1_T_KWH, -1);
		if (kwh < 0 || scen_i64(&r->pl, TP1_T_AMOUNT, -1) < 0)
			stats_violation(t->ctx, t, "estimate", "meter=%s "
			    "reading above the last one: kwh=%lld",
			    t->tasks[0].meter_no, (long long)kwh);
	}
	scen_next(t);
}

static void
upload_cb(struct tsim_term *t, struct tsim_result *r)
{
	const struct tp1_item	*rec;
	struct tp1_builder	 b;
	char			 meter[24];
	int			 n = 0, bad = 0, sent;

	sent = t->ntasks < UPLOAD_MAX ? t->ntasks : UPLOAD_MAX;
	if (r->status == TP1_ST_OK) {
		for (rec = tp1_find(r->pl.items, TP1_T_RECORD); rec != NULL;
		    rec = tp1_find(rec->next, TP1_T_RECORD), n++) {
			if (n >= sent || tp1_item_str(tp1_find(rec->child,
			    TP1_T_METER_NO), meter, sizeof(meter)) == -1 ||
			    strcmp(meter, t->tasks[n].meter_no) != 0)
				bad = 1;
		}
		if (bad || n != sent)
			stats_violation(t->ctx, t, "upload_mismatch", "sent %d "
			    "readings, answer has %d records%s", sent, n,
			    bad ? " for other meters" : "");
	}
	if (scen_pct(t, 10)) {
		scen_begin(t, &b, TP1_FN_BILL_ESTIMATE);
		tp1_put_str(&b, TP1_T_METER_NO, t->tasks[0].meter_no);
		tp1_put_i64(&b, TP1_T_READING, t->tasks[0].last +
		    (int64_t)(engine_rand(t) % 30000));
		engine_send(t, estimate_cb);
		return;
	}
	if (scen_pct(t, 5)) {
		scen_begin(t, &b, TP1_FN_READ_EXCEPTION);
		tp1_put_str(&b, TP1_T_METER_NO, t->tasks[0].meter_no);
		tp1_put_u16(&b, TP1_T_EXCEPTION_CODE, 2);
		tp1_put_str(&b, TP1_T_NOTE, "meter glass broken");
		engine_send(t, done_cb);
		return;
	}
	scen_next(t);
}

static void
upload(struct tsim_term *t)
{
	struct tp1_builder	b;
	char			now[15];
	int			i, n;

	n = t->ntasks < UPLOAD_MAX ? t->ntasks : UPLOAD_MAX;
	fmt_localtime(now_us() / 1000000, now);
	scen_begin(t, &b, TP1_FN_READ_UPLOAD);
	for (i = 0; i < n; i++) {
		tp1_record_begin(&b);
		tp1_put_str(&b, TP1_T_METER_NO, t->tasks[i].meter_no);
		/* A month of household use: 0..500 kWh, in 0.01 kWh.  The
		 * next estimate starts from this reading. */
		t->tasks[i].last += (int64_t)(engine_rand(t) % 50000);
		tp1_put_i64(&b, TP1_T_READING, t->tasks[i].last);
		tp1_put_str(&b, TP1_T_READ_TIME, now);
		if (scen_pct(t, 3))
			tp1_put_u16(&b, TP1_T_EXCEPTION_CODE, 1);
		tp1_record_end(&b);
	}
	engine_send(t, upload_cb);
}

static void
tasks_cb(struct tsim_term *t, struct tsim_result *r)
{
	const struct tp1_item	*rec;
	uint16_t		 pc = 0;
	int64_t			 last;

	if (r->status == TP1_ST_NO_SUCH_METER) {
		if (t->book_idx == first_book(t)) {
			fprintf(stderr, "termsim: terminal=%s: no book to "
			    "read\n", t->def.id);
			run_term_done(t);
			return;
		}
		t->book_idx = first_book(t);
		t->page = 1;
		scen_next(t);
		return;
	}
	if (r->status != TP1_ST_OK) {
		scen_next(t);
		return;
	}
	(void)tp1_item_u16(tp1_find(r->pl.items, TP1_T_PAGE_COUNT), &pc);
	t->ntasks = 0;
	for (rec = tp1_find(r->pl.items, TP1_T_RECORD); rec != NULL &&
	    t->ntasks < (int)(sizeof(t->tasks) / sizeof(t->tasks[0]));
	    rec = tp1_find(rec->next, TP1_T_RECORD)) {
		if (tp1_item_str(tp1_find(rec->child, TP1_T_METER_NO),
		    t->tasks[t->ntasks].meter_no,
		    sizeof(t->tasks[0].meter_no)) == -1 ||
		    tp1_item_i64(tp1_find(rec->child, TP1_T_LAST_READING),
		    &last) == -1)
			continue;
		t->tasks[t->ntasks++].last = last;
	}
	if (++t->page > pc) {
		t->page = 1;
		t->book_idx += readers(t);
	}
	if (t->ntasks == 0) {
		scen_next(t);
		return;
	}
	upload(t);
}

void
reader_next(struct tsim_term *t)
{
	struct tp1_builder	b;
	char			book[24];

	snprintf(book, sizeof(book), t->ctx->o.book_fmt, t->book_idx);
	scen_begin(t, &b, TP1_FN_READ_TASKS);
	tp1_put_str(&b, TP1_T_BOOK_NO, book);
	tp1_put_u16(&b, TP1_T_PAGE, (uint16_t)t->page);
	engine_send(t, tasks_cb);
}
