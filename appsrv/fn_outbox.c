/*
 * fn_outbox.c - READ_EXCEPTION and DUNNING_RESULT: records the station
 * keeps and forwards (store and forward, docs/DESIGN.md; the states are
 * schema/fn/outbox.sql's, the verdict on an answer common/outbox_rule.h's).
 *
 * The record and its outbox row are written first, in one transaction
 * (gf_outbox_put).  When no older record of the same meter or customer is
 * still undelivered, this request sends it at once, with its <ref>, and
 * the terminal hears the marketing system's verdict: OK once delivered,
 * the refusal when refused (the record is then not accepted).  Otherwise
 * -- the marketing system down, no answer, 9999, or an older record still
 * waiting -- the terminal hears OK with the message that the record is
 * kept, and ifsvc delivers it.  Nothing was kept when the first write
 * failed: the terminal hears BUSY and sends the record again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "appsrv.h"
#include "ipc.h"
#include "log.h"
#include "outbox_rule.h"

struct kept {
	struct req	*r;
	uint16_t	 trcode;
	json_t		*body;		/* the MI/1 body, until sent */
	char		 id[24];
	char		 ref[48];
	uint16_t	 status;	/* the answer, once decided */
	char		 rspmsg[256];
	int		 kept;		/* answer "kept" */
};

static char	kept_owner[96];

static void
kept_free(void *arg)
{
	struct kept	*k = arg;

	json_decref(k->body);
	free(k);
}

static const char *
owner(void)
{
	char	host[64];

	if (kept_owner[0] == '\0') {
		if (gethostname(host, sizeof(host)) == -1)
			snprintf(host, sizeof(host), "localhost");
		host[sizeof(host) - 1] = '\0';
		snprintf(kept_owner, sizeof(kept_owner), "appsrv:%s:%ld", host,
		    (long)getpid());
	}
	return kept_owner;
}

static void
answer(struct kept *k)
{
	struct req		*r = k->r;
	struct tp1_builder	 tb;

	gbuf_reset(&r->out);
	tp1_build_start(&tb, &r->out, r->func, k->status);
	if (k->kept)
		tp1_put_str(&tb, TP1_T_MESSAGE, OUTBOX_KEPT_MESSAGE);
	else if (k->status == TP1_ST_HOST_DECLINED && k->rspmsg[0] != '\0')
		tp1_put_str(&tb, TP1_T_MESSAGE, k->rspmsg);
	req_send(r);
}

static void
result_cb(PGresult *res, void *arg)
{
	struct kept	*k = arg;

	/* The record is durable either way: an unrecorded result leaves the
	 * row SENDING under our lease, and ifsvc sends it again (same ref)
	 * when the lease runs out. */
	if (!db_ok(res, PGRES_TUPLES_OK))
		log_warnx("terminal=%s func=0x%04x ref=%s outbox result not "
		    "recorded", k->r->terminal, k->r->func, k->ref);
	answer(k);
}

static void
sent_cb(int outcome, const char *rspcode, const char *rspmsg, json_t *body,
    void *arg)
{
	struct kept		*k = arg;
	struct req		*r = k->r;
	enum outbox_verdict	 v;
	char			 backoff[16];
	const char		*vals[6];

	(void)body;
	v = outbox_judge(outcome == IPC_MI_ANSWERED, rspcode);
	switch (v) {
	case OUTBOX_DELIVERED:
		k->status = TP1_ST_OK;
		break;
	case OUTBOX_RETRY:
		k->status = TP1_ST_OK;
		k->kept = 1;
		break;
	case OUTBOX_REFUSED:
		k->status = mi_outcome_status(outcome, rspcode);
		snprintf(k->rspmsg, sizeof(k->rspmsg), "%s", rspmsg);
		break;
	}
	log_info("terminal=%s func=0x%04x ref=%s verdict=%s rspcode=%s",
	    r->terminal, r->func, k->ref, outbox_verdict_name(v),
	    rspcode[0] ? rspcode : "-");
	snprintf(backoff, sizeof(backoff), "%d",
	    r->as->conf.ifsvc.outbox_backoff_max);
	vals[0] = k->id;
	vals[1] = owner();
	vals[2] = outbox_verdict_name(v);
	vals[3] = rspcode;
	vals[4] = rspmsg;
	vals[5] = backoff;
	db_query(r->as, SQL_OUTBOX_RESULT, 6, vals, NULL, NULL, result_cb, k);
}

static void
put_cb(PGresult *res, void *arg)
{
	struct req	*r = arg;
	struct kept	*k = r->fstate;
	json_t		*body;

	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		log_warnx("terminal=%s func=0x%04x record=\"%s\"", r->terminal,
		    r->func, res ? PQresultErrorMessage(res) :
		    "database unavailable");
		/* A lost connection may have committed it: the terminal
		 * repeats, and the record may then be kept twice. */
		req_fail(r, res ? TP1_ST_INTERNAL : TP1_ST_BUSY, NULL);
		return;
	}
	snprintf(k->id, sizeof(k->id), "%s", PQgetvalue(res, 0, 0));
	snprintf(k->ref, sizeof(k->ref), "%s", PQgetvalue(res, 0, 1));
	if (strcmp(PQgetvalue(res, 0, 2), "t") != 0) {
		log_info("terminal=%s func=0x%04x ref=%s kept behind an older "
		    "record", r->terminal, r->func, k->ref);
		k->status = TP1_ST_OK;
		k->kept = 1;
		answer(k);
		return;
	}
	body = k->body;
	k->body = NULL;
	json_object_set_new(body, "ref", json_string(k->ref));
	ifsvc_link_call(r->as, k->trcode, NULL, 0, body, sent_cb, k);
}

void
fn_outbox(struct req *r, uint16_t trcode, json_t *body)
{
	struct kept	*k = xcalloc(1, sizeof(*k));
	char		 tr[8], grace[16], *text;
	const char	*vals[7];

	k->r = r;
	k->trcode = trcode;
	k->body = body;
	r->fstate = k;
	r->ffree = kept_free;
	snprintf(tr, sizeof(tr), "%u", trcode);
	/* Our lease on the first send: longer than the call can take. */
	snprintf(grace, sizeof(grace), "%d", 2 * r->as->conf.ifsvc.deadline + 10);
	text = json_dumps(body, JSON_COMPACT);
	if (text == NULL)
		fatalx("fn_outbox: json_dumps");
	vals[0] = tr;
	vals[1] = r->terminal;
	vals[2] = r->operator_id;
	vals[3] = r->as->conf.global.org;
	vals[4] = text;
	vals[5] = owner();
	vals[6] = grace;
	db_query(r->as, SQL_OUTBOX_PUT, 7, vals, NULL, NULL, put_cb, r);
	free(text);
}
