/*
 * scen_collector.c - a fee collector at the customer's door.
 *
 * A sequence: ARREARS_QUERY, then PAYMENT (or PREPAY, or CARD_RECHARGE for
 * a card meter), then sometimes a replay of the same request (a terminal
 * that lost the answer), a same-day REVERSAL or a RECEIPT reprint, and an
 * ARREARS_QUERY that must show exactly what the station said it did.
 *
 * The invariants hold only if nobody else moves the customer's money in
 * between, so each collector owns the customers whose number hashes to its
 * rank among the collectors, and only touches those.  Customers are found
 * with BOOK_ARREARS, book by book, or taken from --customers-file (which
 * also knows card meters, for CARD_RECHARGE).
 *
 * An outcome that cannot be checked at once -- a HOST_TIMEOUT the station
 * is still undoing, a request without a final answer, a verification
 * query that failed -- is checked at the end of the run instead
 * (scen_settle.c), and its customer is left alone until then.
 *
 * With --payments-only (bench/appsrv) and a --customers-file, a sequence is one PAYMENT of part of an owned
 * customer's arrears, nothing else: the file says what each customer owes,
 * and each answer's total_due/balance is checked against the amount paid
 * and becomes what the next payment expects.  A customer who owes nothing
 * more, or whose payment got no definite answer, is left alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "termsim.h"

#define OWN_MIN		8	/* owned customers before starting sequences */
#define OWN_MAX		64

enum {
	C_QUERY, C_MONEY, C_AFTER, C_VERIFY,
};

static void	query(struct tsim_term *);
static void	verify_cb(struct tsim_term *, struct tsim_result *);

/* The payments-only load of bench/appsrv (see above). */
static int
payments_only(const struct tsim_term *t)
{
	return t->ctx->o.payments_only && t->ctx->ncust > 0;
}

static void
book_name(struct tsim_term *t, char *out, size_t cap)
{
	snprintf(out, cap, t->ctx->o.book_fmt, t->book_idx);
}

/* Next page, next book, or back to the first book past the last one. */
static void
book_advance(struct tsim_term *t, int page_count)
{
	if (++t->page > page_count) {
		t->page = 1;
		t->book_idx++;
	}
}

static void
discover_cb(struct tsim_term *t, struct tsim_result *r)
{
	const struct tp1_item	*rec;
	struct tsim_cust	*c;
	uint16_t		 pc = 0;
	char			 no[24], meter[24];

	if (r->status == TP1_ST_NO_SUCH_METER) {
		/* Past the last book: wrap.  No book at all: nothing to do. */
		if (t->book_idx == 1) {
			fprintf(stderr, "termsim: terminal=%s: no book %s\n",
			    t->def.id, "1");
			run_term_done(t);
			return;
		}
		t->books_max = t->book_idx;
		t->book_idx = 1;
		t->page = 1;
		scen_next(t);
		return;
	}
	if (r->status == TP1_ST_FORBIDDEN) {
		/* The station keeps BOOK_ARREARS for dunning officers. */
		fprintf(stderr, "termsim: terminal=%s operator=%s: BOOK_ARREARS "
		    "is FORBIDDEN to this collector; give termsim "
		    "--customers-file (mktsim customers)\n", t->def.id,
		    t->def.operator_id);
		run_term_done(t);
		return;
	}
	if (r->status != TP1_ST_OK) {
		scen_next(t);
		return;
	}
	(void)tp1_item_u16(tp1_find(r->pl.items, TP1_T_PAGE_COUNT), &pc);
	for (rec = tp1_find(r->pl.items, TP1_T_RECORD); rec != NULL;
	    rec = tp1_find(rec->next, TP1_T_RECORD)) {
		if (tp1_item_str(tp1_find(rec->child, TP1_T_CUSTOMER_NO), no,
		    sizeof(no)) == -1)
			continue;
		meter[0] = '\0';
		(void)tp1_item_str(tp1_find(rec->child, TP1_T_METER_NO), meter,
		    sizeof(meter));
		if ((int)(customers_hash(no) % (uint32_t)t->ctx->ncoll) != t->rank)
			continue;
		if (t->ncusts == OWN_MAX)
			break;
		if (t->ncusts == t->capcusts) {
			t->capcusts = t->capcusts ? t->capcusts * 2 : 16;
			t->custs = xrealloc(t->custs,
			    t->capcusts * sizeof(*t->custs));
		}
		c = &t->custs[t->ncusts++];
		memset(c, 0, sizeof(*c));
		snprintf(c->customer_no, sizeof(c->customer_no), "%s", no);
		snprintf(c->meter_no, sizeof(c->meter_no), "%s", meter);
	}
	book_advance(t, pc);
	scen_next(t);
}

static void
discover(struct tsim_term *t)
{
	struct tp1_builder	b;
	char			book[24];

	book_name(t, book, sizeof(book));
	scen_begin(t, &b, TP1_FN_BOOK_ARREARS);
	tp1_put_str(&b, TP1_T_BOOK_NO, book);
	tp1_put_u16(&b, TP1_T_PAGE, (uint16_t)t->page);
	engine_send(t, discover_cb);
}

/*
 * The arrears query's answer checked against what the station promised.
 * The expectation is used up either way: when the query failed, the check
 * is deferred to the end of the run (the customer left alone until then)
 * rather than kept for whatever customer the next query is about.
 */
static int
check_expect(struct tsim_term *t, struct tsim_result *r, const char *after)
{
	struct tsim_cust	*c = &t->custs[t->cur];
	int64_t			 due, bal;

	if (!t->expect_valid)
		return 0;
	t->expect_valid = 0;
	if (r->status != TP1_ST_OK) {
		scen_defer(t, t->money_func, 1, t->expect_due, t->expect_bal);
		return 0;
	}
	due = scen_i64(&r->pl, TP1_T_TOTAL_DUE, -1);
	bal = scen_i64(&r->pl, TP1_T_BALANCE, -1);
	if (due != t->expect_due || bal != t->expect_bal) {
		stats_violation(t->ctx, t, "arrears_after_money",
		    "customer=%s after %s term_serial=%s: expected total_due=%lld "
		    "balance=%lld, arrears query says total_due=%lld "
		    "balance=%lld", c->customer_no, after, t->serial,
		    (long long)t->expect_due, (long long)t->expect_bal,
		    (long long)due, (long long)bal);
		return -1;
	}
	return 0;
}

static void
payment(struct tsim_term *t, uint16_t func);

static void
query_cb(struct tsim_term *t, struct tsim_result *r)
{
	struct tsim_cust	*c = &t->custs[t->cur];
	int			 p;

	if (r->status == TP1_ST_NO_SUCH_CUSTOMER)
		stats_violation(t->ctx, t, "customer_vanished",
		    "customer=%s listed by BOOK_ARREARS", c->customer_no);
	if (r->status != TP1_ST_OK) {
		scen_next(t);
		return;
	}
	c->total_due = t->before_due = scen_i64(&r->pl, TP1_T_TOTAL_DUE, 0);
	c->balance = t->before_bal = scen_i64(&r->pl, TP1_T_BALANCE, 0);
	p = (int)(engine_rand(t) % 100);
	if (c->card_serial[0] != '\0' && p < 80)
		payment(t, TP1_FN_CARD_RECHARGE);
	else if (c->total_due > 0 && p < 75)
		payment(t, TP1_FN_PAYMENT);
	else
		payment(t, TP1_FN_PREPAY);
}

static void
query(struct tsim_term *t)
{
	struct tp1_builder	b;

	scen_begin(t, &b, TP1_FN_ARREARS_QUERY);
	tp1_put_str(&b, TP1_T_CUSTOMER_NO, t->custs[t->cur].customer_no);
	engine_send(t, t->step == C_VERIFY ? verify_cb : query_cb);
}

static void	money_cb(struct tsim_term *, struct tsim_result *);

static void
payment(struct tsim_term *t, uint16_t func)
{
	struct tsim_cust	*c = &t->custs[t->cur];
	struct tp1_builder	 b;
	int			 p = (int)(engine_rand(t) % 100);

	if (func == TP1_FN_PAYMENT && payments_only(t)) {
		/* Small parts, so that the arrears last the whole run. */
		t->amount = 1 + (int64_t)(engine_rand(t) % 500);
		if (t->amount > c->total_due)
			t->amount = c->total_due;
	} else if (func == TP1_FN_PAYMENT) {
		/* Most pay the bill, some part of it, a few round up. */
		if (p < 80)
			t->amount = c->total_due;
		else if (p < 95)
			t->amount = c->total_due / 2 > 0 ? c->total_due / 2 : 1;
		else
			t->amount = c->total_due +
			    (int64_t)(100 + engine_rand(t) % 10000);
	} else
		t->amount = (int64_t)(1000 + engine_rand(t) % 50000);
	t->money_func = func;
	scen_new_serial(t);
	scen_begin(t, &b, func);
	tp1_put_str(&b, TP1_T_TERM_SERIAL, t->serial);
	tp1_put_str(&b, TP1_T_CUSTOMER_NO, c->customer_no);
	if (func == TP1_FN_CARD_RECHARGE) {
		/* The card says how many purchases it has seen. */
		t->pc_sent = c->purchase_count + 1;
		tp1_put_str(&b, TP1_T_METER_NO, c->meter_no);
		tp1_put_str(&b, TP1_T_CARD_SERIAL, c->card_serial);
		tp1_put_u32(&b, TP1_T_PURCHASE_COUNT, t->pc_sent);
	}
	tp1_put_i64(&b, TP1_T_AMOUNT, t->amount);
	if (func == TP1_FN_PAYMENT)
		tp1_put_u8(&b, TP1_T_PAY_MODE, (uint8_t)(1 + engine_rand(t) % 3));
	engine_send(t, money_cb);
}

static void	after(struct tsim_term *);

static void
money_cb(struct tsim_term *t, struct tsim_result *r)
{
	uint8_t		rep = 0;
	int64_t		due, bal;

	t->expect_valid = 0;
	if (r->status == TP1_ST_OK) {
		(void)tp1_item_u8(tp1_find(r->pl.items, TP1_T_REPLAYED), &rep);
		if (rep && r->attempts == 1)
			stats_violation(t->ctx, t, "unexpected_replay",
			    "first %s term_serial=%s answered replayed=1",
			    tp1_func_name(t->money_func), t->serial);
		if (scen_str(&r->pl, TP1_T_RECEIPT_NO, t->receipt,
		    sizeof(t->receipt)) == -1 || scen_str(&r->pl,
		    TP1_T_MKT_SERIAL, t->mkt_serial, sizeof(t->mkt_serial)) == -1)
			stats_violation(t->ctx, t, "money_fields", "%s OK "
			    "without receipt_no or mkt_serial",
			    tp1_func_name(t->money_func));
		scen_money_effect(t->money_func, t->amount, t->before_due,
		    t->before_bal, &t->expect_due, &t->expect_bal);
		if (t->money_func == TP1_FN_CARD_RECHARGE) {
			uint32_t pc = 0;

			(void)tp1_item_u32(tp1_find(r->pl.items,
			    TP1_T_PURCHASE_COUNT), &pc);
			if (pc != t->pc_sent || tp1_find(r->pl.items,
			    TP1_T_CARD_DATA) == NULL)
				stats_violation(t->ctx, t, "card_recharge",
				    "sent purchase_count=%u, answer has %u%s",
				    t->pc_sent, pc, tp1_find(r->pl.items,
				    TP1_T_CARD_DATA) ? "" : " and no card_data");
			t->custs[t->cur].purchase_count = t->pc_sent;
		}
		due = scen_i64(&r->pl, TP1_T_TOTAL_DUE, t->expect_due);
		bal = scen_i64(&r->pl, TP1_T_BALANCE, t->expect_bal);
		if (due != t->expect_due || bal != t->expect_bal)
			stats_violation(t->ctx, t, "money_arithmetic", "%s "
			    "amount=%lld before due=%lld balance=%lld: answered "
			    "due=%lld balance=%lld", tp1_func_name(t->money_func),
			    (long long)t->amount, (long long)t->before_due,
			    (long long)t->before_bal, (long long)due,
			    (long long)bal);
		t->expect_valid = 1;
		if (payments_only(t)) {
			t->custs[t->cur].total_due = due;
			t->custs[t->cur].balance = bal;
			t->expect_valid = 0;
			scen_next(t);
			return;
		}
		after(t);
		return;
	}
	if (payments_only(t)) {
		/* An alert (OVERLOADED while appsrv restarts, say) comes
		 * from frontd before anything is forwarded: on a first
		 * attempt nothing was done; try again a little later.  After
		 * a retry, an earlier attempt may have been forwarded. */
		if (r->status >= TSIM_ST_ALERT && r->attempts <= 1) {
			engine_later(t, 200, scen_next);
			return;
		}
		/* A refusal leaves the arrears as they were.  No answer,
		 * BUSY or HOST_TIMEOUT: the marketing system may have moved
		 * the money (until the station's settler undoes it), so
		 * this customer is left alone from now on. */
		if (r->status >= TSIM_ST_TIMEOUT || r->status == TP1_ST_BUSY ||
		    r->status == TP1_ST_HOST_TIMEOUT)
			t->custs[t->cur].total_due = 0;
		scen_next(t);
		return;
	}
	if (r->status == TP1_ST_SERIAL_REUSED)
		stats_violation(t->ctx, t, "serial_reused", "%s term_serial=%s: "
		    "a new serial refused SERIAL_REUSED",
		    tp1_func_name(t->money_func), t->serial);
	if (r->status == TP1_ST_HOST_TIMEOUT) {
		/* Final, but "not done" only once the station has undone
		 * the attempt (TP1 §4, store and forward): check later. */
		scen_defer(t, t->money_func, 1, t->before_due,
		    t->before_bal);
		scen_next(t);
		return;
	}
	if (stats_outcome(r->status) == TSIM_OC_REFUSED) {
		/* A definite refusal: the arrears must not move. */
		t->expect_due = t->before_due;
		t->expect_bal = t->before_bal;
		t->expect_valid = 1;
		t->step = C_VERIFY;
		query(t);
		return;
	}
	/* No final answer after every repeat (or an alert after one): the
	 * outcome is unknown until a later repeat says what it is. */
	scen_defer(t, t->money_func, 0, 0, 0);
	scen_next(t);
}

static void
replay_cb(struct tsim_term *t, struct tsim_result *r)
{
	char	rc[40], ms[40];
	uint8_t	rep = 0;

	if (r->status == TP1_ST_OK) {
		(void)tp1_item_u8(tp1_find(r->pl.items, TP1_T_REPLAYED), &rep);
		(void)scen_str(&r->pl, TP1_T_RECEIPT_NO, rc, sizeof(rc));
		(void)scen_str(&r->pl, TP1_T_MKT_SERIAL, ms, sizeof(ms));
		if (!rep || strcmp(rc, t->receipt) != 0 ||
		    strcmp(ms, t->mkt_serial) != 0)
			stats_violation(t->ctx, t, "replay_mismatch",
			    "term_serial=%s replayed=%u receipt %s vs %s "
			    "mkt_serial %s vs %s", t->serial, rep, rc,
			    t->receipt, ms, t->mkt_serial);
	} else if (r->status < TSIM_ST_TIMEOUT && r->status != TP1_ST_BUSY)
		stats_violation(t->ctx, t, "replay_mismatch", "term_serial=%s "
		    "repeat of a successful request answered %s", t->serial,
		    tp1_status_name((uint16_t)r->status));
	t->step = C_VERIFY;
	query(t);
}

static void
reversal_cb(struct tsim_term *t, struct tsim_result *r)
{
	if (r->status == TP1_ST_OK) {
		/* MI1 §2: a reversal restores exactly what the original did. */
		t->expect_due = t->before_due;
		t->expect_bal = t->before_bal;
		t->expect_valid = 1;
		if (t->money_func == TP1_FN_CARD_RECHARGE)
			t->custs[t->cur].purchase_count = t->pc_sent - 1;
	} else if (r->status == TP1_ST_HOST_TIMEOUT) {
		/* Not done, once settled (a station of the revision before
		 * IN_DOUBT may still answer a lost reversal so): the
		 * payment must stand then, checked after settling. */
		scen_defer(t, TP1_FN_REVERSAL, 1, t->expect_due,
		    t->expect_bal);
		scen_next(t);
		return;
	} else if (stats_outcome(r->status) != TSIM_OC_REFUSED) {
		/* IN_DOUBT (the station is completing it), or no final
		 * answer: repeat it at the end of the run, and check what
		 * that answer says. */
		scen_defer(t, TP1_FN_REVERSAL, 0, 0, 0);
		scen_next(t);
		return;
	} else if (r->status == TP1_ST_ORIGINAL_NOT_FOUND)
		stats_violation(t->ctx, t, "reversal_original", "orig "
		    "term_serial=%s succeeded but REVERSAL says not found",
		    t->serial);
	t->step = C_VERIFY;
	query(t);
}

static void
receipt_cb(struct tsim_term *t, struct tsim_result *r)
{
	char	rc[40], cust[24];
	int64_t	amount;

	if (r->status == TP1_ST_OK) {
		(void)scen_str(&r->pl, TP1_T_RECEIPT_NO, rc, sizeof(rc));
		(void)scen_str(&r->pl, TP1_T_CUSTOMER_NO, cust, sizeof(cust));
		amount = scen_i64(&r->pl, TP1_T_AMOUNT, -1);
		if (strcmp(rc, t->receipt) != 0 || amount != t->amount ||
		    strcmp(cust, t->custs[t->cur].customer_no) != 0)
			stats_violation(t->ctx, t, "receipt_mismatch",
			    "receipt %s: got receipt=%s customer=%s amount=%lld",
			    t->receipt, rc, cust, (long long)amount);
	} else if (r->status < TSIM_ST_TIMEOUT && r->status != TP1_ST_BUSY)
		stats_violation(t->ctx, t, "receipt_mismatch", "receipt %s "
		    "of a successful payment: %s", t->receipt,
		    tp1_status_name((uint16_t)r->status));
	t->step = C_VERIFY;
	query(t);
}

static void
after(struct tsim_term *t)
{
	struct tp1_builder	b;
	char			orig[33];
	int			p = (int)(engine_rand(t) % 100);

	if (p < 5) {
		/* The same request again, as after a lost answer: new seq,
		 * same term_serial, t->req is still the original plaintext
		 * but for the token, which has not changed. */
		engine_send(t, replay_cb);
		return;
	}
	if (p < 15) {
		memcpy(orig, t->serial, sizeof(orig));
		scen_new_serial(t);
		scen_begin(t, &b, TP1_FN_REVERSAL);
		tp1_put_str(&b, TP1_T_TERM_SERIAL, t->serial);
		tp1_put_str(&b, TP1_T_ORIG_TERM_SERIAL, orig);
		tp1_put_str(&b, TP1_T_REASON, "wrong customer");
		memcpy(t->serial, orig, sizeof(orig));
		engine_send(t, reversal_cb);
		return;
	}
	if (p < 25 && t->receipt[0] != '\0') {
		scen_begin(t, &b, TP1_FN_RECEIPT);
		tp1_put_str(&b, TP1_T_RECEIPT_NO, t->receipt);
		engine_send(t, receipt_cb);
		return;
	}
	t->step = C_VERIFY;
	query(t);
}

static void
verify_cb(struct tsim_term *t, struct tsim_result *r)
{
	(void)check_expect(t, r, tp1_func_name(t->money_func));
	scen_next(t);
}

static void
stats_cb(struct tsim_term *t, struct tsim_result *r)
{
	(void)r;
	scen_next(t);
}

/* From --customers-file: every customer whose hash is this rank. */
static void
take_owned(struct tsim_term *t)
{
	struct tsim_ctx	*ctx = t->ctx;
	size_t		 i;

	for (i = 0; i < ctx->ncust; i++) {
		if ((int)(customers_hash(ctx->cust[i].customer_no) %
		    (uint32_t)ctx->ncoll) != t->rank)
			continue;
		if (t->ncusts == t->capcusts) {
			t->capcusts = t->capcusts ? t->capcusts * 2 : 64;
			t->custs = xrealloc(t->custs,
			    t->capcusts * sizeof(*t->custs));
		}
		t->custs[t->ncusts++] = ctx->cust[i];
	}
}

void
collector_next(struct tsim_term *t)
{
	struct tp1_builder	 b;
	struct tsim_cust	*c;
	size_t			 i;
	char			 today[9];

	if (t->ncusts == 0 && t->ctx->ncust > 0) {
		take_owned(t);
		if (t->ncusts == 0) {
			run_term_done(t);	/* more collectors than customers */
			return;
		}
	}
	/* Find customers first, and a page more now and then. */
	if (t->ncusts == 0 || (t->ctx->ncust == 0 && t->ncusts < OWN_MIN &&
	    t->books_max == 0)) {
		discover(t);
		return;
	}
	if (!payments_only(t) && scen_pct(t, 3)) {
		scen_today(today);
		scen_begin(t, &b, TP1_FN_STATS);
		tp1_put_str(&b, TP1_T_DATE_FROM, today);
		tp1_put_str(&b, TP1_T_DATE_TO, today);
		engine_send(t, stats_cb);
		return;
	}
	t->cur = (size_t)(engine_rand(t) % t->ncusts);
	t->step = C_QUERY;
	t->receipt[0] = '\0';
	t->expect_valid = 0;
	if (!payments_only(t)) {
		/* From the chosen customer on, the first no deferred check
		 * waits on; none: think a while (the run may end first). */
		for (i = 0; i < t->ncusts &&
		    t->custs[(t->cur + i) % t->ncusts].parked; i++)
			;
		if (i == t->ncusts) {
			engine_later(t, 1000, scen_next);
			return;
		}
		t->cur = (t->cur + i) % t->ncusts;
	}
	if (payments_only(t)) {
		/* From the chosen customer on, the first who still owes;
		 * none left: this terminal is done. */
		c = &t->custs[t->cur];
		for (i = 0; i < t->ncusts; i++) {
			c = &t->custs[(t->cur + i) % t->ncusts];
			if (c->total_due > 0)
				break;
		}
		if (i == t->ncusts) {
			scen_sign_off(t);
			return;
		}
		t->cur = (t->cur + i) % t->ncusts;
		t->before_due = c->total_due;
		t->before_bal = c->balance;
		payment(t, TP1_FN_PAYMENT);
		return;
	}
	scen_begin(t, &b, TP1_FN_ARREARS_QUERY);
	tp1_put_str(&b, TP1_T_CUSTOMER_NO, t->custs[t->cur].customer_no);
	engine_send(t, query_cb);
}
