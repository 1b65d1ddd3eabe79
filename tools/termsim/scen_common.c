/*
 * scen_common.c - what every simulated terminal does whatever its role:
 * sign on (again, whenever the station says NOT_SIGNED_ON), run the role's
 * next sequence, and sign off when the run ends.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "termsim.h"

#define APP_VERSION	"termsim-1.0"

void
scen_today(char out[9])
{
	fmt_localdate(now_us() / 1000000, out);
}

int
scen_pct(struct tsim_term *t, int pct)
{
	return (int)(engine_rand(t) % 100) < pct;
}

int
scen_str(const struct tp1_payload *pl, uint8_t tag, char *out, size_t cap)
{
	out[0] = '\0';
	return tp1_item_str(tp1_find(pl->items, tag), out, cap);
}

int64_t
scen_i64(const struct tp1_payload *pl, uint8_t tag, int64_t dflt)
{
	int64_t	v;

	if (tp1_item_i64(tp1_find(pl->items, tag), &v) == -1)
		return dflt;
	return v;
}

void
scen_begin(struct tsim_term *t, struct tp1_builder *b, uint16_t func)
{
	gbuf_reset(&t->req);
	tp1_build_start(b, &t->req, func, 0);
	if (func != TP1_FN_ECHO && func != TP1_FN_SIGN_ON)
		tp1_put_bytes(b, TP1_T_TOKEN, t->token, sizeof(t->token));
}

/*
 * term_serial: unique per terminal forever (the station keeps every one),
 * so it carries the run's start time in milliseconds and a counter.
 */
void
scen_new_serial(struct tsim_term *t)
{
	snprintf(t->serial, sizeof(t->serial), "%llu%06u",
	    (unsigned long long)t->ctx->run_id, ++t->serial_ctr);
}

static void
sign_on_cb(struct tsim_term *t, struct tsim_result *r)
{
	const struct tp1_item	*it;

	if (r->status == TP1_ST_OK) {
		it = tp1_find(r->pl.items, TP1_T_TOKEN);
		if (it == NULL || it->len != sizeof(t->token)) {
			stats_violation(t->ctx, t, "sign_on_token",
			    "SIGN_ON OK without a 16-byte token");
			run_term_done(t);
			return;
		}
		memcpy(t->token, it->val, sizeof(t->token));
		t->signed_on = 1;
		scen_next(t);
		return;
	}
	switch (r->status) {
	case TP1_ST_BAD_OPERATOR:
	case TP1_ST_OPERATOR_LOCKED:
	case TP1_ST_FORBIDDEN:
		/* Provisioning is wrong: retrying would lock the operator. */
		fprintf(stderr, "termsim: terminal=%s operator=%s cannot sign "
		    "on: %s\n", t->def.id, t->def.operator_id,
		    tp1_status_name((uint16_t)r->status));
		run_term_done(t);
		return;
	}
	if (r->status & TSIM_ST_ALERT) {
		char	buf[48];

		fprintf(stderr, "termsim: terminal=%s rejected: %s\n",
		    t->def.id, stats_status_name(r->status, buf, sizeof(buf)));
		run_term_done(t);
		return;
	}
	/* Network trouble or BUSY: try again in a second. */
	engine_later(t, 1000, scen_next);
}

static void
sign_on(struct tsim_term *t)
{
	struct tp1_builder	b;

	scen_begin(t, &b, TP1_FN_SIGN_ON);
	tp1_put_str(&b, TP1_T_OPERATOR_ID, t->def.operator_id);
	tp1_put_str(&b, TP1_T_PIN, t->def.pin);
	tp1_put_str(&b, TP1_T_APP_VERSION, APP_VERSION);
	engine_send(t, sign_on_cb);
}

void
scen_start(struct tsim_term *t)
{
	t->active = 1;
	/* Readers own disjoint books (scen_reader.c); the others only
	 * spread their starting points. */
	t->book_idx = t->role == TSIM_ROLE_READER ? 1 + t->rank : 1 + t->rank % 8;
	t->page = 1;
	scen_next(t);
}

static void
sign_off_cb(struct tsim_term *t, struct tsim_result *r)
{
	(void)r;
	t->signed_on = 0;
	run_term_done(t);
}

void
scen_sign_off(struct tsim_term *t)
{
	struct tp1_builder	b;

	scen_begin(t, &b, TP1_FN_SIGN_OFF);
	engine_send(t, sign_off_cb);
}

void
scen_next(struct tsim_term *t)
{
	if (t->ctx->stopping) {
		/* A collector makes its deferred checks before it signs
		 * off (and signs on again for them if it must). */
		switch (t->role == TSIM_ROLE_COLLECTOR ?
		    collector_settle(t) : 0) {
		case 1:
			return;
		case -1:
			sign_on(t);
			return;
		}
		if (t->signed_on)
			scen_sign_off(t);
		else
			run_term_done(t);
		return;
	}
	if (!t->signed_on) {
		sign_on(t);
		return;
	}
	t->sequences++;
	switch (t->role) {
	case TSIM_ROLE_COLLECTOR:
		collector_next(t);
		break;
	case TSIM_ROLE_READER:
		reader_next(t);
		break;
	case TSIM_ROLE_DUNNING:
		dunning_next(t);
		break;
	default:
		run_term_done(t);
		break;
	}
}
