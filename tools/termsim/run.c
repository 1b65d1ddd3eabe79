/*
 * run.c - `termsim run`: give each simulated terminal a role by the --mix,
 * start them, show progress, stop them when the duration is over (each
 * finishes its sequence and signs off), and report.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/bufferevent.h>
#include <event2/event.h>

#include "termsim.h"

#define EPOCH_2024	1704067200

void
run_term_done(struct tsim_term *t)
{
	struct tsim_ctx	*ctx = t->ctx;

	if (!t->active)
		return;
	t->active = 0;
	if (--ctx->running == 0 && ctx->stopping)
		event_base_loopexit(ctx->base, NULL);
	else if (ctx->running == 0) {
		/* Every terminal gave up before the end: stop now. */
		ctx->stopping = 1;
		event_base_loopexit(ctx->base, NULL);
	}
}

/* Largest-remainder split of n terminals by the mix percentages. */
static void
split_mix(const int mix[TSIM_ROLE_COUNT], int n, int quota[TSIM_ROLE_COUNT])
{
	int	r, sum = 0, given = 0, best;
	long	rem[TSIM_ROLE_COUNT];

	for (r = 1; r < TSIM_ROLE_COUNT; r++)
		sum += mix[r];
	for (r = 1; r < TSIM_ROLE_COUNT; r++) {
		quota[r] = sum ? (int)((long)n * mix[r] / sum) : 0;
		rem[r] = sum ? (long)n * mix[r] % sum : 0;
		given += quota[r];
	}
	while (given < n) {
		best = 1;
		for (r = 2; r < TSIM_ROLE_COUNT; r++)
			if (rem[r] > rem[best])
				best = r;
		quota[best]++;
		rem[best] = -1;
		given++;
	}
}

/*
 * A terminal takes a role it has an operator for where it can; the others
 * borrow an operator of the missing role from another line (an operator
 * may sign on at any terminal).
 */
static int
assign_roles(struct tsim_ctx *ctx, const char **ids)
{
	int			 quota[TSIM_ROLE_COUNT], i, r, best;
	const struct tsim_tdef	*d;
	size_t			 j;

	split_mix(ctx->o.mix, ctx->nterms, quota);
	for (i = 0; i < ctx->nterms; i++) {
		best = 0;
		for (r = 1; r < TSIM_ROLE_COUNT; r++)
			if (quota[r] > 0 && terminals_pick(&ctx->tf, ids[i],
			    (enum tsim_role)r) != NULL &&
			    (best == 0 || quota[r] > quota[best]))
				best = r;
		if (best == 0)
			continue;
		d = terminals_pick(&ctx->tf, ids[i], (enum tsim_role)best);
		ctx->terms[i].def = *d;
		ctx->terms[i].role = (enum tsim_role)best;
		quota[best]--;
	}
	for (i = 0; i < ctx->nterms; i++) {
		if (ctx->terms[i].role != TSIM_ROLE_NONE)
			continue;
		for (r = 1; r < TSIM_ROLE_COUNT && quota[r] == 0; r++)
			;
		if (r == TSIM_ROLE_COUNT)
			return -1;
		for (j = 0; j < ctx->tf.n && (int)ctx->tf.v[j].role != r; j++)
			;
		if (j == ctx->tf.n) {
			fprintf(stderr, "termsim: no operator with role %s in "
			    "the terminals file\n",
			    terminals_role_name((enum tsim_role)r));
			return -1;
		}
		/* This terminal's identity and keys, that operator. */
		for (j = 0; j < ctx->tf.n; j++)
			if (strcmp(ctx->tf.v[j].id, ids[i]) == 0)
				break;
		ctx->terms[i].def = ctx->tf.v[j];
		for (j = 0; j < ctx->tf.n && (int)ctx->tf.v[j].role != r; j++)
			;
		memcpy(ctx->terms[i].def.operator_id, ctx->tf.v[j].operator_id,
		    sizeof(ctx->terms[i].def.operator_id));
		memcpy(ctx->terms[i].def.pin, ctx->tf.v[j].pin,
		    sizeof(ctx->terms[i].def.pin));
		ctx->terms[i].def.role = (enum tsim_role)r;
		ctx->terms[i].role = (enum tsim_role)r;
		quota[r]--;
	}
	for (i = 0; i < ctx->nterms; i++)
		ctx->terms[i].rank = ctx->nrole[ctx->terms[i].role]++;
	ctx->ncoll = ctx->nrole[TSIM_ROLE_COLLECTOR];
	return 0;
}

static void
progress_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd;
	(void)ev;
	stats_progress(arg, 0);
}

static void
hard_stop_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct tsim_ctx	*ctx = arg;

	(void)fd;
	(void)ev;
	fprintf(stderr, "\ntermsim: %d terminals did not finish in time\n",
	    ctx->running);
	event_base_loopexit(ctx->base, NULL);
}

static void
stop(struct tsim_ctx *ctx)
{
	struct timeval	tv;
	int		i;

	if (ctx->stopping) {
		event_base_loopexit(ctx->base, NULL);
		return;
	}
	ctx->stopping = 1;
	ctx->stop_us = now_us();
	/* Wake terminals that are thinking, so they sign off now. */
	for (i = 0; i < ctx->nterms; i++) {
		struct tsim_term *t = &ctx->terms[i];

		if (t->active && t->later_cb != NULL &&
		    evtimer_pending(t->ev_timer, NULL)) {
			tv.tv_sec = 0;
			tv.tv_usec = 0;
			evtimer_add(t->ev_timer, &tv);
		}
	}
	/* The last answers may take every repeat (and a GPRS trip), and the
	 * collectors' deferred checks up to --settle after that. */
	tv.tv_sec = ctx->o.patience + ctx->o.timeout_ms / 1000 + ctx->o.settle +
	    5;
	tv.tv_usec = 0;
	event_free(ctx->ev_end);
	ctx->ev_end = evtimer_new(ctx->base, hard_stop_cb, ctx);
	evtimer_add(ctx->ev_end, &tv);
	if (ctx->running == 0)
		event_base_loopexit(ctx->base, NULL);
}

static void
end_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd;
	(void)ev;
	stop(arg);
}

static void
signal_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd;
	(void)ev;
	stop(arg);
}

/*
 * SIGHUP: the terminals file (and --keys) are read again, as after a key
 * rotation that injected new keys into the devices; each terminal uses its
 * new key version from the next frame it seals.
 */
static void
sighup_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct tsim_ctx		*ctx = arg;
	struct tsim_tfile	 tf;
	char			 err[256];
	size_t			 j;
	int			 i, n = 0;

	(void)fd;
	(void)ev;
	if (terminals_load(ctx->o.tfile, ctx->o.keys, &tf, err,
	    sizeof(err)) == -1) {
		fprintf(stderr, "termsim: reload: %s (keys kept)\n", err);
		return;
	}
	for (i = 0; i < ctx->nterms; i++) {
		struct tsim_term *t = &ctx->terms[i];

		for (j = 0; j < tf.n; j++) {
			if (strcmp(tf.v[j].id, t->def.id) != 0 ||
			    tf.v[j].suite != t->def.suite)
				continue;
			if (tf.v[j].keyver != t->def.keyver) {
				t->rekey_ver = tf.v[j].keyver;
				t->rekey_keys = tf.v[j].keys;
				t->rekey = 1;
				n++;
			}
			break;
		}
	}
	terminals_free(&tf);
	fprintf(stderr, "termsim: reload: %d terminal(s) take a new key "
	    "version\n", n);
}

static int
setup(struct tsim_ctx *ctx)
{
	const char	**ids = NULL;
	size_t		  nids;
	int		  i;
	uint32_t	  seq0;

	nids = terminals_distinct(&ctx->tf, &ids);
	if (ctx->o.terminals == 0)
		ctx->o.terminals = (int)nids;
	if ((size_t)ctx->o.terminals > nids) {
		fprintf(stderr, "termsim: --terminals %d but the file has %zu "
		    "terminals\n", ctx->o.terminals, nids);
		goto fail;
	}
	ctx->nterms = ctx->o.terminals;
	ctx->terms = xcalloc((size_t)ctx->nterms, sizeof(*ctx->terms));
	ctx->waitq = xcalloc((size_t)ctx->nterms, sizeof(*ctx->waitq));
	if (assign_roles(ctx, ids) == -1)
		goto fail;
	/*
	 * A real terminal keeps its seq counter in flash; a simulator run
	 * starts from the clock (16 per second since 2024) and resumes above
	 * last_seq if the station says SEQ_REPLAY.
	 */
	seq0 = (uint32_t)((now_us() / 1000000 - EPOCH_2024) * 16);
	for (i = 0; i < ctx->nterms; i++) {
		struct tsim_term *t = &ctx->terms[i];

		t->idx = i;
		t->seq = seq0;
		t->rng = (ctx->o.seed ? ctx->o.seed : (uint64_t)now_us()) *
		    0x9E3779B97F4A7C15ULL + (uint64_t)i * 7919 + 1;
		if (engine_term_init(ctx, t) == -1)
			goto fail;
	}
	free(ids);
	return 0;
fail:
	free(ids);
	return -1;
}

int
run_main(struct tsim_ctx *ctx)
{
	struct timeval	tv;
	int		i, rv = 0;

	if (setup(ctx) == -1)
		return 2;
	fprintf(stderr, "termsim: %d terminals (%d collector, %d reader, "
		    "%d dunning) for %d s against %s%s%s\n", ctx->nterms,
		    ctx->nrole[TSIM_ROLE_COLLECTOR], ctx->nrole[TSIM_ROLE_READER],
		    ctx->nrole[TSIM_ROLE_DUNNING], ctx->o.duration,
		    ctx->o.server, ctx->o.keepalive ? " keepalive" : "",
		    ctx->o.gprs ? " gprs" : "");
	ctx->tty = isatty(STDERR_FILENO);
	ctx->start_ms = mono_ms();
	ctx->st.last_ms = ctx->start_ms;
	ctx->running = ctx->nterms;
	ctx->ev_progress = event_new(ctx->base, -1, EV_PERSIST, progress_cb, ctx);
	tv.tv_sec = ctx->tty ? 0 : 5;
	tv.tv_usec = ctx->tty ? 500000 : 0;
	event_add(ctx->ev_progress, &tv);
	ctx->ev_end = evtimer_new(ctx->base, end_cb, ctx);
	tv.tv_sec = ctx->o.duration;
	tv.tv_usec = 0;
	evtimer_add(ctx->ev_end, &tv);
	ctx->ev_sigint = evsignal_new(ctx->base, SIGINT, signal_cb, ctx);
	ctx->ev_sigterm = evsignal_new(ctx->base, SIGTERM, signal_cb, ctx);
	evsignal_add(ctx->ev_sigint, NULL);
	evsignal_add(ctx->ev_sigterm, NULL);
	ctx->ev_sighup = evsignal_new(ctx->base, SIGHUP, sighup_cb, ctx);
	evsignal_add(ctx->ev_sighup, NULL);
	for (i = 0; i < ctx->nterms; i++)
		scen_start(&ctx->terms[i]);
	event_base_dispatch(ctx->base);
	stats_progress(ctx, 1);
	stats_report(ctx, ctx->o.json);
	if (ctx->st.violations > 0)
		rv = 1;
	else if (ctx->st.made < ctx->st.deferred)
		rv = 4;		/* checks the station did not let us make */
	else {
		/* Nothing answered OK at all: the station is not there. */
		uint64_t ok = 0;

		for (i = 0; i < ctx->st.nf; i++)
			ok += ctx->st.f[i].ok;
		if (ok == 0)
			rv = 3;
	}
	for (i = 0; i < ctx->nterms; i++) {
		collector_free(&ctx->terms[i]);
		engine_term_free(&ctx->terms[i]);
	}
	free(ctx->terms);
	free(ctx->waitq);
	event_free(ctx->ev_progress);
	event_free(ctx->ev_end);
	event_free(ctx->ev_sigint);
	event_free(ctx->ev_sigterm);
	event_free(ctx->ev_sighup);
	return rv;
}
