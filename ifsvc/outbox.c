/*
 * outbox.c - store and forward: delivers every record the station kept on
 * the marketing system's behalf (reading exceptions 2003, dunning results
 * 3004; schema/140_outbox.sql, docs/DESIGN.md "Store and forward").
 *
 * The duty lives in the database, as the settler's does: each tick claims
 * a batch of due records under a lease (gf_outbox_claim: the oldest
 * undelivered record of each meter or customer only, rows another node
 * holds skipped), sends each with its <ref>, and reports what became of it
 * (gf_outbox_result).  A record whose answer is lost is sent again under
 * the same ref, which the marketing system recognises (2001).  While the
 * MI/1 breaker is open nothing is claimed, so a long outage costs no
 * attempts.  The same tick reads the queue's depth and oldest age for
 * GET /metrics and raises OUTBOX_STALE when a record waits longer than
 * ifsvc.outbox_alarm (one open alarm at a time, across nodes).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "ifsvc.h"
#include "log.h"
#include "outbox_rule.h"
#include "util.h"

#define OUTBOX_BATCH	16
#define OUTBOX_TICK_MS	1000

struct ob_item {
	struct outbox	*ob;
	char		 id[24];
	char		 ref[48];
	struct mi1_msg	 req;
};

struct outbox {
	struct ifsvc	*ctx;
	struct event	*ev_tick;
	char		 owner[96];	/* this ifsvc, as lease holder */
	int		 claiming;	/* a claim is running */
	int		 inflight;	/* records sent, not yet reported */
	struct outbox_stats st;
};

static void
tick_arm(struct outbox *ob, int ms)
{
	struct timeval	tv = { ms / 1000, (ms % 1000) * 1000 };

	evtimer_add(ob->ev_tick, &tv);
}

static void
result_cb(PGresult *res, void *arg)
{
	struct ob_item	*it = arg;
	struct outbox	*ob = it->ob;

	if (!ifdb_ok(res) || PQntuples(res) != 1)
		log_warnx("outbox: result not recorded ref=%s (the lease runs "
		    "out and it is sent again)", it->ref);
	else
		log_info("outbox: ref=%s state=%s", it->ref,
		    PQgetvalue(res, 0, 0));
	mi1_msg_clear(&it->req);
	free(it);
	if (--ob->inflight == 0)
		tick_arm(ob, 0);	/* the next of each key may go now */
}

static void
sent_cb(enum mkt_outcome o, struct mi1_msg *rsp, void *arg)
{
	struct ob_item		*it = arg;
	struct outbox		*ob = it->ob;
	enum outbox_verdict	 v;
	char			 backoff[16];
	const char		*rspcode = "", *msg = "", *p[6];

	if (o == MKT_ANSWERED) {
		rspcode = rsp->rspcode;
		msg = rsp->rspmsg;
	} else
		msg = o == MKT_UNKNOWN ? "no answer in time" :
		    "marketing system unavailable";
	v = outbox_judge(o == MKT_ANSWERED, rspcode);
	switch (v) {
	case OUTBOX_DELIVERED:
		ob->st.delivered++;
		break;
	case OUTBOX_RETRY:
		ob->st.retries++;
		break;
	case OUTBOX_REFUSED:
		ob->st.parked++;
		break;
	}
	snprintf(backoff, sizeof(backoff), "%d",
	    ob->ctx->conf.ifsvc.outbox_backoff_max);
	p[0] = it->id;
	p[1] = ob->owner;
	/* Refused for good with no terminal waiting: parked for a person. */
	p[2] = v == OUTBOX_REFUSED ? "PARKED" : outbox_verdict_name(v);
	p[3] = rspcode;
	p[4] = msg;
	p[5] = backoff;
	ifdb_query(ob->ctx->db, "SELECT gf_outbox_result($1::bigint, $2, $3, "
	    "$4, $5, $6::integer)", 6, p, result_cb, it);
}

static void
claim_cb(PGresult *res, void *arg)
{
	struct outbox	*ob = arg;
	struct ob_item	*it;
	char		 serial[33];
	json_error_t	 jerr;
	int		 i, n;

	ob->claiming = 0;
	if (!ifdb_ok(res)) {
		tick_arm(ob, OUTBOX_TICK_MS);
		return;
	}
	n = PQntuples(res);
	for (i = 0; i < n; i++) {
		it = xcalloc(1, sizeof(*it));
		it->ob = ob;
		snprintf(it->id, sizeof(it->id), "%s", PQgetvalue(res, i, 0));
		snprintf(it->ref, sizeof(it->ref), "%s", PQgetvalue(res, i, 2));
		/* One request serial per attempt: the ref and the attempt
		 * count the claim gave it (unique: the claim increments it). */
		snprintf(serial, sizeof(serial), "%.26sA%s", it->ref,
		    PQgetvalue(res, i, 4));
		mi1_head_init(&it->req, PQgetvalue(res, i, 1), serial,
		    ob->ctx->conf.global.org, now_us() / 1000000);
		it->req.body = json_loads(PQgetvalue(res, i, 3), 0, &jerr);
		if (it->req.body == NULL || !json_is_object(it->req.body))
			fatalx("outbox: stored body of ref=%s is not a JSON "
			    "object", it->ref);
		ob->inflight++;
		log_info("outbox: send ref=%s trcode=%s serial=%s", it->ref,
		    it->req.trcode, serial);
		mkt_pool_call(ob->ctx->pool, &it->req, sent_cb, it);
	}
	if (ob->inflight == 0)
		tick_arm(ob, OUTBOX_TICK_MS);
}

static void
stats_cb(PGresult *res, void *arg)
{
	struct outbox	*ob = arg;

	if (!ifdb_ok(res) || PQntuples(res) != 1)
		return;
	ob->st.depth = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
	ob->st.oldest_s = strtoll(PQgetvalue(res, 0, 1), NULL, 10);
	ob->st.parked_now = strtoll(PQgetvalue(res, 0, 2), NULL, 10);
	ob->st.valid = 1;
}

static void
stale_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (ifdb_ok(res) && PQntuples(res) == 1 &&
	    strcmp(PQgetvalue(res, 0, 0), "t") == 0)
		log_warnx("alarm kind=OUTBOX_STALE");
}

static void
tick_cb(evutil_socket_t fd, short what, void *arg)
{
	struct outbox	*ob = arg;
	char		 lease[16], limit[16], alarm[16];
	const char	*p[3];

	(void)fd; (void)what;
	ifdb_query(ob->ctx->db, "SELECT r_depth, r_oldest_s, r_parked FROM "
	    "gf_outbox_stats()", 0, NULL, stats_cb, ob);
	snprintf(alarm, sizeof(alarm), "%d", ob->ctx->conf.ifsvc.outbox_alarm);
	p[0] = alarm;
	ifdb_query(ob->ctx->db, "SELECT gf_outbox_stale_alarm($1::integer)", 1,
	    p, stale_cb, NULL);
	if (ob->claiming || ob->inflight > 0)
		return;		/* the last batch re-arms the tick */
	if (!mkt_pool_usable(ob->ctx->pool)) {
		tick_arm(ob, OUTBOX_TICK_MS);
		return;
	}
	/* Long enough for a send and its report: never taken over while
	 * this ifsvc may still report it. */
	snprintf(lease, sizeof(lease), "%d", 2 * ob->ctx->conf.ifsvc.deadline + 10);
	snprintf(limit, sizeof(limit), "%d", OUTBOX_BATCH);
	p[0] = ob->owner;
	p[1] = lease;
	p[2] = limit;
	ob->claiming = 1;
	ifdb_query(ob->ctx->db, "SELECT r_id, r_trcode, r_ref, r_body, "
	    "r_attempts FROM gf_outbox_claim($1, $2::integer, $3::integer) "
	    "ORDER BY r_id", 3, p, claim_cb, ob);
}

const struct outbox_stats *
outbox_stats(struct outbox *ob)
{
	return &ob->st;
}

struct outbox *
outbox_new(struct ifsvc *ctx)
{
	struct outbox	*ob = xcalloc(1, sizeof(*ob));

	ob->ctx = ctx;
	snprintf(ob->owner, sizeof(ob->owner), "ifsvc:%s:%ld",
	    ctx->conf.global.node,
	    (long)getpid());
	ob->ev_tick = evtimer_new(ctx->base, tick_cb, ob);
	tick_arm(ob, 0);
	return ob;
}

void
outbox_free(struct outbox *ob)
{
	if (ob == NULL)
		return;
	event_free(ob->ev_tick);
	free(ob);
}
