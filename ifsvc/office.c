/*
 * office.c - the back office's side in ifsvc (docs/CONSOLE.md).
 *
 * The console does not talk to ifsvc: a reconciliation run an auditor or
 * an admin asks for is a recon_requests row (gf_bo_recon_rerun, audited).
 * Every OFFICE_POLL seconds, when no run is going on, this takes the oldest
 * one (gf_bo_recon_take: FOR UPDATE SKIP LOCKED, so that of several nodes
 * one takes it; a request whose date is being reconciled waits), starts
 * the run in the requester's name (a date signed off meanwhile is refused
 * and audited by gf_recon_run_begin) and writes back its outcome.  The
 * request is held under a lease renewed with the run's (recon.c); one
 * taken by an ifsvc that then died is marked FAILED when that node's ifsvc
 * starts again, or by any node once the lease has run out.
 *
 * Every office_check seconds (and a few seconds after start) gf_bo_alarms
 * raises RECON_UNSIGNED for business days not signed off
 * signoff_alarm_days after them and CASH_IN_TRANSIT for collectors whose
 * cash stays out longer than cash_alarm_days or above cash_alarm_amount.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#include "ifsvc.h"
#include "log.h"
#include "util.h"

#define OFFICE_POLL	2	/* s between looks at the request queue */
#define OFFICE_FIRST	3	/* s after start: the first alarm check */

struct office {
	struct ifsvc	*ctx;
	struct event	*ev;
	int64_t		 next_check;	/* mono_ms of the next alarm check */
	int		 taking;	/* a take query or a run is under way */
	struct office_run *cur;		/* the run started for a request */
};

struct office_run {
	struct office	*o;
	char		 id[24];
};

static void
done_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (res != NULL && !ifdb_ok(res))
		log_warnx("office: recording a request: %s",
		    PQresultErrorMessage(res));
}

static void
run_done_cb(int ok, int64_t run_id, const char *text, void *arg)
{
	struct office_run *r = arg;
	char		 run[24], okv[2];
	const char	*p[4] = { r->id, okv, run, text };

	snprintf(run, sizeof(run), "%lld", (long long)run_id);
	snprintf(okv, sizeof(okv), "%s", ok ? "t" : "f");
	log_info("office: request=%s ok=%d run=%s", r->id, ok, run);
	ifdb_query(r->o->ctx->db, "SELECT gf_bo_recon_request_done($1::bigint, "
	    "$2::boolean, $3::bigint, $4)", 4, p, done_cb, NULL);
	r->o->taking = 0;
	r->o->cur = NULL;
	free(r);
}

static void
take_cb(PGresult *res, void *arg)
{
	struct office	*o = arg;
	struct office_run *r;
	const char	*date, *actor, *source, *p[4];
	int		 rc;

	if (res == NULL || !ifdb_ok(res) || PQntuples(res) != 1) {
		if (res != NULL && !ifdb_ok(res))
			log_warnx("office: taking a request: %s",
			    PQresultErrorMessage(res));
		o->taking = 0;
		return;
	}
	r = xcalloc(1, sizeof(*r));
	r->o = o;
	snprintf(r->id, sizeof(r->id), "%s", PQgetvalue(res, 0, 0));
	date = PQgetvalue(res, 0, 1);
	actor = PQgetvalue(res, 0, 2);
	source = PQgetvalue(res, 0, 3);
	log_info("office: request=%s date=%s source=%s actor=%s", r->id, date,
	    source, actor);
	o->cur = r;
	if (strcmp(source, "MI1") == 0)
		rc = recon_start_as(o->ctx->recon, date, actor, run_done_cb, r);
	else
		rc = recon_start_bank(o->ctx->recon, source, date, actor,
		    run_done_cb, r);
	if (rc == -1) {
		/* A daily run or a look for bank files began meanwhile: the
		 * request goes back to the queue, taken again once it ends. */
		p[0] = r->id;
		log_info("office: request=%s back to the queue (a run is going "
		    "on)", r->id);
		ifdb_query(o->ctx->db, "UPDATE recon_requests SET state = "
		    "'QUEUED', node = NULL, started_at = NULL, lease_until = NULL "
		    "WHERE id = $1::bigint AND state = 'STARTED'", 1, p, done_cb,
		    NULL);
		free(r);
		o->cur = NULL;
		o->taking = 0;
	}
}

static void
alarms_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (res == NULL)
		return;
	if (!ifdb_ok(res))
		log_warnx("office: alarm check: %s", PQresultErrorMessage(res));
	else if (PQntuples(res) == 1 && strcmp(PQgetvalue(res, 0, 0), "0") != 0)
		log_warnx("office: alarms raised=%s", PQgetvalue(res, 0, 0));
}

static void
interrupted_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (res != NULL && ifdb_ok(res) && PQntuples(res) == 1 &&
	    strcmp(PQgetvalue(res, 0, 0), "0") != 0)
		log_warnx("office: interrupted requests marked FAILED rows=%s",
		    PQgetvalue(res, 0, 0));
}

static void
tick_cb(evutil_socket_t fd, short what, void *arg)
{
	struct office	*o = arg;
	const struct conf_ifsvc *c = &o->ctx->conf.ifsvc;
	struct timeval	 tv = { OFFICE_POLL, 0 };
	char		 d1[16], d2[16], amt[24], lease[16];
	const char	*p[3] = { d1, d2, amt };

	(void)fd; (void)what;
	if (!o->taking && !recon_busy(o->ctx->recon)) {
		const char	*tp[2] = { o->ctx->conf.global.node, lease };

		snprintf(lease, sizeof(lease), "%d", RECON_LEASE);
		o->taking = 1;
		ifdb_query(o->ctx->db, "SELECT r_id, r_date, r_actor, r_source FROM "
		    "gf_bo_recon_take($1, $2::integer)", 2, tp, take_cb, o);
	}
	if (c->office_check > 0 && mono_ms() >= o->next_check) {
		o->next_check = mono_ms() + (int64_t)c->office_check * 1000;
		snprintf(d1, sizeof(d1), "%d", c->signoff_alarm_days);
		snprintf(d2, sizeof(d2), "%d", c->cash_alarm_days);
		snprintf(amt, sizeof(amt), "%lld", (long long)c->cash_alarm_amount);
		ifdb_query(o->ctx->db, "SELECT gf_bo_alarms($1::int, $2::int, "
		    "$3::bigint)", 3, p, alarms_cb, NULL);
	}
	evtimer_add(o->ev, &tv);
}

struct office *
office_new(struct ifsvc *ctx)
{
	struct office	*o = xcalloc(1, sizeof(*o));
	struct timeval	 tv = { 1, 0 };
	const char	*p[1] = { ctx->conf.global.node };

	o->ctx = ctx;
	o->next_check = mono_ms() + OFFICE_FIRST * 1000;
	ifdb_query(ctx->db, "SELECT gf_bo_recon_requests_interrupted($1)", 1,
	    p, interrupted_cb, NULL);
	if ((o->ev = evtimer_new(ctx->base, tick_cb, o)) == NULL)
		fatalx("office: timer");
	evtimer_add(o->ev, &tv);
	return o;
}

void
office_free(struct office *o)
{
	if (o == NULL)
		return;
	event_free(o->ev);
	free(o->cur);	/* a run cut by the stop: recon_free never calls back */
	free(o);
}
