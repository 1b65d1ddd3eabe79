/*
 * scen_settle.c - a collector's deferred checks.
 *
 * Some outcomes cannot be checked in the second they arrive (TP1 §4,
 * MONEY.md):
 *   - HOST_TIMEOUT is final ("nothing was done"), but the station makes it
 *     so by reversing the attempt until the marketing system confirms
 *     (store and forward): a balance read in the seconds between may still
 *     show the payment.
 *   - A request left without a final answer after every repeat (IN_DOUBT,
 *     BUSY, INTERNAL, no answer) is not over: the terminal repeats it
 *     later, and the answer it then gets says what to expect.
 *   - A verification query that failed leaves a check not made.
 * Such a check is kept, and the customer left alone for the rest of the
 * run so that nothing else moves its money.  When the run stops, the
 * collector repeats each unfinished request until its answer is final,
 * then reads the customer's arrears until they show what the answer says,
 * for up to --settle seconds after the end of the run: only what is still
 * different then is a violation.  A check that could not be made in that
 * time (the station never gave a final answer, or no arrears query went
 * through) is counted as unsettled, not as passed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "termsim.h"

#define POLL_MS		1000	/* between two arrears reads */

static void	settle_step(struct tsim_term *);

/* What a successful money request does to the arrears (MI1 §2): a
 * payment settles late fees then principal, the rest goes to the prepaid
 * balance; a prepay is all balance; a card recharge touches neither. */
void
scen_money_effect(uint16_t func, int64_t amount, int64_t due, int64_t bal,
    int64_t *edue, int64_t *ebal)
{
	int64_t	take;

	take = func == TP1_FN_PAYMENT ? (amount < due ? amount : due) : 0;
	*edue = due - take;
	*ebal = func == TP1_FN_CARD_RECHARGE ? bal : bal + amount - take;
}

/*
 * Keep a check of the current customer, about request func, for the end of
 * the run.  final: the outcome is known and due/bal is what the arrears
 * must show; else the request in t->req is repeated first (a payment:
 * t->amount and the before values; a reversal: also the after-payment
 * values in expect_*).
 */
void
scen_defer(struct tsim_term *t, uint16_t func, int final, int64_t due,
    int64_t bal)
{
	struct tsim_pending	*p;

	if (t->npend == t->cappend) {
		t->cappend = t->cappend ? t->cappend * 2 : 8;
		t->pend = xrealloc(t->pend, t->cappend * sizeof(*t->pend));
	}
	p = &t->pend[t->npend++];
	memset(p, 0, sizeof(*p));
	p->cust = t->cur;
	p->func = func;
	p->final = final;
	p->amount = t->amount;
	p->before_due = t->before_due;
	p->before_bal = t->before_bal;
	p->paid_due = t->expect_due;
	p->paid_bal = t->expect_bal;
	p->expect_due = due;
	p->expect_bal = bal;
	memcpy(p->serial, t->serial, sizeof(p->serial));
	if (!final) {
		p->req = xmalloc(t->req.len);
		memcpy(p->req, t->req.data, t->req.len);
		p->reqlen = t->req.len;
	}
	t->custs[t->cur].parked = 1;
	t->expect_valid = 0;
	t->ctx->st.deferred++;
}

void
collector_free(struct tsim_term *t)
{
	size_t	i;

	for (i = 0; i < t->npend; i++)
		free(t->pend[i].req);
	free(t->pend);
	t->pend = NULL;
	t->npend = t->cappend = t->ipend = 0;
}

static int64_t
settle_deadline(const struct tsim_term *t)
{
	return t->ctx->stop_us + (int64_t)t->ctx->o.settle * 1000000;
}

/* The check cannot be made in time: say so, and go on with the next. */
static void
give_up(struct tsim_term *t, const char *why)
{
	struct tsim_pending	*p = &t->pend[t->ipend];

	fprintf(stderr, "termsim: terminal=%s customer=%s term_serial=%s: "
	    "check after %s unsettled: %s\n", t->def.id,
	    t->custs[p->cust].customer_no, p->serial,
	    tp1_func_name(p->func) ? tp1_func_name(p->func) : "?", why);
	t->ipend++;
}

/* The answer to a repeat: final, or try again a little later. */
static void
repeat_cb(struct tsim_term *t, struct tsim_result *r)
{
	struct tsim_pending	*p = &t->pend[t->ipend];
	enum tsim_outcome	 oc = stats_outcome(r->status);

	if (oc == TSIM_OC_PENDING || oc == TSIM_OC_ALERT ||
	    r->status == TP1_ST_NOT_SIGNED_ON) {
		engine_later(t, (int)(engine_backoff_us(t, r->attempts) / 1000),
		    scen_next);
		return;
	}
	if (r->status == TP1_ST_SERIAL_REUSED)
		stats_violation(t->ctx, t, "serial_reused", "repeat of "
		    "term_serial=%s, the same request, refused SERIAL_REUSED",
		    p->serial);
	if (p->func == TP1_FN_REVERSAL) {
		/* Done: as before the payment; refused: as after it. */
		p->expect_due = oc == TSIM_OC_OK ? p->before_due : p->paid_due;
		p->expect_bal = oc == TSIM_OC_OK ? p->before_bal : p->paid_bal;
	} else if (oc == TSIM_OC_OK)
		scen_money_effect(p->func, p->amount, p->before_due,
		    p->before_bal, &p->expect_due, &p->expect_bal);
	else {
		p->expect_due = p->before_due;
		p->expect_bal = p->before_bal;
	}
	p->final = 1;
	scen_next(t);
}

static void
query_cb(struct tsim_term *t, struct tsim_result *r)
{
	struct tsim_pending	*p = &t->pend[t->ipend];

	if (r->status == TP1_ST_OK) {
		p->seen++;
		p->seen_due = scen_i64(&r->pl, TP1_T_TOTAL_DUE, -1);
		p->seen_bal = scen_i64(&r->pl, TP1_T_BALANCE, -1);
		if (p->seen_due == p->expect_due &&
		    p->seen_bal == p->expect_bal) {
			t->ctx->st.made++;
			t->ipend++;
			scen_next(t);
			return;
		}
	}
	/* Not yet what the answer said (the station may still be settling
	 * it), or the query failed: read again. */
	engine_later(t, POLL_MS, scen_next);
}

/* Out of time on the current check: a violation if the arrears were read
 * and still differ, else unsettled. */
static void
time_out(struct tsim_term *t)
{
	struct tsim_pending	*p = &t->pend[t->ipend];

	if (!p->final) {
		give_up(t, "no final answer to its repeats");
		return;
	}
	if (p->seen == 0) {
		give_up(t, "no arrears query answered");
		return;
	}
	stats_violation(t->ctx, t, "arrears_after_settle", "customer=%s after "
	    "%s term_serial=%s, %d s after the run: expected total_due=%lld "
	    "balance=%lld, arrears query says total_due=%lld balance=%lld",
	    t->custs[p->cust].customer_no, tp1_func_name(p->func) ?
	    tp1_func_name(p->func) : "?", p->serial, t->ctx->o.settle,
	    (long long)p->expect_due, (long long)p->expect_bal,
	    (long long)p->seen_due, (long long)p->seen_bal);
	t->ctx->st.made++;
	t->ipend++;
}

static void
settle_step(struct tsim_term *t)
{
	struct tsim_pending	*p = &t->pend[t->ipend];
	struct tp1_builder	 b;

	if (!p->final) {
		/* The same request, new seq; the token is the session's now
		 * (scen_begin puts it first: func, status, tag, length). */
		gbuf_reset(&t->req);
		gbuf_add(&t->req, p->req, p->reqlen);
		if (t->req.len >= 7 + sizeof(t->token) &&
		    t->req.data[4] == TP1_T_TOKEN &&
		    get_be16(t->req.data + 5) == sizeof(t->token))
			memcpy(t->req.data + 7, t->token, sizeof(t->token));
		engine_send(t, repeat_cb);
		return;
	}
	scen_begin(t, &b, TP1_FN_ARREARS_QUERY);
	tp1_put_str(&b, TP1_T_CUSTOMER_NO, t->custs[p->cust].customer_no);
	engine_send(t, query_cb);
}

int
collector_settle(struct tsim_term *t)
{
	while (t->ipend < t->npend && now_us() >= settle_deadline(t))
		time_out(t);
	if (t->ipend >= t->npend)
		return 0;
	if (!t->signed_on)
		return -1;
	settle_step(t);
	return 1;
}
