/*
 * appsrv_link.c - ifsvc's Unix socket.  appsrv sends IPC_MI_CALL and gets
 * IPC_MI_RESULT (docs/DESIGN.md "appsrv <-> ifsvc"), and IPC_MI_STATE_REQ
 * for the breaker's state (IPC_MI_STATE); gfctl sends
 * IPC_RECON_RUN and gets IPC_RECON_DONE, IPC_WH_MAKE and gets IPC_WH_DONE.
 *
 * A money-moving call (1002-1005) that was sent and not answered is
 * recorded UNKNOWN in the database before appsrv hears anything (MI1 §5):
 * record first, answer second.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#include "ifsvc.h"
#include "ipc.h"
#include "ipc_server.h"
#include "log.h"
#include "money.h"
#include "tp1.h"
#include "util.h"

struct applink {
	struct ifsvc		*ctx;
	struct ipc_server	*srv;
};

/* A call in progress; holds a reference to its peer. */
struct app_call {
	struct ifsvc	*ctx;
	struct ipc_peer	*peer;
	uint64_t	 reqid;
	int		 trcode;
	char		 stserial[33];
	int64_t		 not_after;	/* wall ms: not sent after; 0 none */
	struct mi1_msg	 req;
	/* result, kept while the UNKNOWN is recorded */
	char		 rspmsg[256];
};

static void
reply_result(struct ipc_peer *peer, uint64_t reqid, uint8_t outcome,
    const char *rspcode, const char *rspmsg, const json_t *body)
{
	struct gbuf	 out;
	char		*js;

	if (!ipc_peer_linked(peer)) {
		log_warnx("appsrv: peer gone, result dropped reqid=%llu "
		    "outcome=%u", (unsigned long long)reqid, outcome);
		return;
	}
	js = body != NULL ? json_dumps(body, JSON_COMPACT) : NULL;
	gbuf_init(&out);
	ipc_put_u8(&out, outcome);
	ipc_put_str(&out, rspcode);
	ipc_put_str(&out, rspmsg);
	ipc_put_str(&out, js != NULL ? js : "{}");
	ipc_peer_send(peer, IPC_MI_RESULT, reqid, &out);
	gbuf_free(&out);
	free(js);
}

static void
call_free(struct app_call *c)
{
	mi1_msg_clear(&c->req);
	ipc_peer_unref(c->peer);
	free(c);
}

static void
unknown_recorded_cb(PGresult *res, void *arg)
{
	struct app_call	*c = arg;

	/*
	 * If the row could not be updated it stays PENDING, and the settler
	 * adopts stale PENDING rows: the duty to settle survives either way.
	 */
	if (!ifdb_ok(res))
		log_warnx("appsrv: could not record UNKNOWN stserial=%s",
		    c->stserial);
	else
		log_info("mi call unknown stserial=%s trcode=%d rows=%s",
		    c->stserial, c->trcode,
		    PQntuples(res) == 1 ? PQgetvalue(res, 0, 0) : "?");
	settler_kick(c->ctx->settler);
	reply_result(c->peer, c->reqid, IPC_MI_UNKNOWN, "", "no answer", NULL);
	call_free(c);
}

static void
mi_done_cb(enum mkt_outcome o, struct mi1_msg *rsp, void *arg)
{
	struct app_call	*c = arg;
	struct ifsvc	*ctx = c->ctx;
	char		 st[16];
	const char	*p[2];

	/* MI1 §5: 9999 to a money-moving request may follow a posting. */
	if (o == MKT_ANSWERED &&
	    money_answered(c->trcode, rsp->rspcode) == MONEY_UNKNOWN) {
		log_warnx("mi call trcode=%d serial=%s rspcode=%s "
		    "outcome=unknown", c->trcode, c->req.serial, rsp->rspcode);
		o = MKT_UNKNOWN;
	}
	switch (o) {
	case MKT_ANSWERED:
		log_info("mi call trcode=%d serial=%s rspcode=%s", c->trcode,
		    c->req.serial, rsp->rspcode);
		reply_result(c->peer, c->reqid, IPC_MI_ANSWERED, rsp->rspcode,
		    rsp->rspmsg, rsp->body);
		break;
	case MKT_UNAVAILABLE:
		reply_result(c->peer, c->reqid, IPC_MI_UNAVAILABLE, "",
		    "marketing system unavailable", NULL);
		break;
	case MKT_UNKNOWN:
		if (!money_trcode(c->trcode)) {
			reply_result(c->peer, c->reqid, IPC_MI_UNKNOWN, "",
			    "no answer", NULL);
			break;
		}
		snprintf(st, sizeof(st), "%d", money_unknown_status(
		    c->trcode == 1003 ? TP1_FN_REVERSAL : TP1_FN_PAYMENT));
		p[0] = c->stserial;
		p[1] = st;
		ifdb_query(ctx->db, "SELECT gf_tx_unknown($1, $2::integer)", 2,
		    p, unknown_recorded_cb, c);
		return;		/* answered once recorded */
	}
	call_free(c);
}

static void
call_send(struct app_call *c)
{
	struct ifsvc	*ctx = c->ctx;
	char		 trcode[8], serial[33];

	/* Copies: mi1_head_init writes the fields it is given. */
	memcpy(trcode, c->req.trcode, sizeof(trcode));
	memcpy(serial, c->req.serial, sizeof(serial));
	mi1_head_init(&c->req, trcode, serial, ctx->conf.global.org,
	    now_us() / 1000000);
	mkt_pool_call_until(ctx->pool, &c->req, c->not_after, mi_done_cb, c);
}

static void
serial_cb(PGresult *res, void *arg)
{
	struct app_call	*c = arg;

	if (!ifdb_ok(res) || PQntuples(res) != 1) {
		reply_result(c->peer, c->reqid, IPC_MI_UNAVAILABLE, "",
		    "no request serial (database)", NULL);
		call_free(c);
		return;
	}
	snprintf(c->req.serial, sizeof(c->req.serial), "%s",
	    PQgetvalue(res, 0, 0));
	call_send(c);
}

static void
handle_mi_call(struct ifsvc *ctx, struct ipc_peer *peer, struct ipc_msg *m)
{
	struct app_call	*c;
	uint16_t	 trcode;
	const char	*stserial, *body;
	int64_t		 not_after;
	json_error_t	 jerr;
	const char	*p[1];

	if (ipc_get_u16(m, &trcode) == -1 || ipc_get_str(m, &stserial) == -1 ||
	    ipc_get_str(m, &body) == -1 || ipc_get_i64(m, &not_after) == -1 ||
	    ipc_get_end(m) == -1) {
		log_warnx("appsrv: malformed IPC_MI_CALL");
		return;
	}
	c = xcalloc(1, sizeof(*c));
	c->ctx = ctx;
	c->peer = peer;
	ipc_peer_ref(peer);
	c->reqid = m->reqid;
	c->trcode = trcode;
	snprintf(c->stserial, sizeof(c->stserial), "%s", stserial);
	snprintf(c->req.trcode, sizeof(c->req.trcode), "%u", trcode);
	c->req.body = json_loads(body, 0, &jerr);
	if (c->req.body == NULL || !json_is_object(c->req.body) ||
	    (money_trcode(trcode) && (stserial[0] == '\0' ||
	    strlen(stserial) > 32))) {
		log_warnx("appsrv: bad MI call trcode=%u", trcode);
		reply_result(peer, c->reqid, IPC_MI_UNAVAILABLE, "",
		    "bad request", NULL);
		call_free(c);
		return;
	}
	c->not_after = not_after;
	/*
	 * MONEY.md transition 1: a claim is sent only while its terminal
	 * still waits.  Past that (appsrv or this loop stalled), it is never
	 * sent: appsrv records it FAILED unless the settler adopted it.
	 */
	if (money_trcode(trcode) && not_after != 0 &&
	    now_us() / 1000 > not_after) {
		log_warnx("appsrv: MI call expired, not sent trcode=%u "
		    "stserial=%s late_ms=%lld", trcode, stserial,
		    (long long)(now_us() / 1000 - not_after));
		reply_result(peer, c->reqid, IPC_MI_UNAVAILABLE, "",
		    "request expired", NULL);
		call_free(c);
		return;
	}
	/* The breaker answers at once; no serial is spent on it. */
	if (!mkt_pool_usable(ctx->pool)) {
		reply_result(peer, c->reqid, IPC_MI_UNAVAILABLE, "",
		    "marketing system unavailable", NULL);
		call_free(c);
		return;
	}
	if (money_trcode(trcode)) {
		json_object_set_new(c->req.body, "stserial",
		    json_string(stserial));
		snprintf(c->req.serial, sizeof(c->req.serial), "%s", stserial);
		call_send(c);
		return;
	}
	p[0] = ctx->conf.global.org;
	ifdb_query(ctx->db, "SELECT gf_next_stserial($1)", 1, p, serial_cb, c);
}

static void
recon_reply_cb(int ok, int64_t run_id, const char *text, void *arg)
{
	struct app_call	*c = arg;
	struct gbuf	 out;

	gbuf_init(&out);
	ipc_put_u8(&out, ok ? 1 : 0);
	ipc_put_i64(&out, run_id);
	ipc_put_str(&out, text);
	(void)ipc_peer_send(c->peer, IPC_RECON_DONE, c->reqid, &out);
	gbuf_free(&out);
	ipc_peer_unref(c->peer);
	free(c);
}

static void
handle_recon_run(struct ifsvc *ctx, struct ipc_peer *peer, struct ipc_msg *m)
{
	struct app_call	*c;
	const char	*date;
	struct gbuf	 out;

	if (ipc_get_str(m, &date) == -1 || ipc_get_end(m) == -1) {
		log_warnx("gfctl: malformed IPC_RECON_RUN");
		return;
	}
	c = xcalloc(1, sizeof(*c));
	c->ctx = ctx;
	c->peer = peer;
	ipc_peer_ref(peer);
	c->reqid = m->reqid;
	if (recon_start(ctx->recon, date, recon_reply_cb, c) == -1) {
		gbuf_init(&out);
		ipc_put_u8(&out, 0);
		ipc_put_i64(&out, 0);
		ipc_put_str(&out, "a reconciliation run is already running "
		    "or the date is invalid");
		(void)ipc_peer_send(peer, IPC_RECON_DONE, m->reqid, &out);
		gbuf_free(&out);
		ipc_peer_unref(peer);
		free(c);
	}
}

static void
wh_reply_cb(int ok, const char *text, void *arg)
{
	struct app_call	*c = arg;
	struct gbuf	 out;

	gbuf_init(&out);
	ipc_put_u8(&out, ok ? 1 : 0);
	ipc_put_str(&out, text);
	(void)ipc_peer_send(c->peer, IPC_WH_DONE, c->reqid, &out);
	gbuf_free(&out);
	ipc_peer_unref(c->peer);
	free(c);
}

/* gfctl withhold make: the list is made here (the 1001s are ours). */
static void
handle_wh_make(struct ifsvc *ctx, struct ipc_peer *peer, struct ipc_msg *m)
{
	struct app_call	*c;
	const char	*bank, *month, *actor;
	struct gbuf	 out;

	if (ipc_get_str(m, &bank) == -1 || ipc_get_str(m, &month) == -1 ||
	    ipc_get_str(m, &actor) == -1 || ipc_get_end(m) == -1) {
		log_warnx("gfctl: malformed IPC_WH_MAKE");
		return;
	}
	c = xcalloc(1, sizeof(*c));
	c->ctx = ctx;
	c->peer = peer;
	ipc_peer_ref(peer);
	c->reqid = m->reqid;
	if (withhold_make(ctx->withhold, bank, month, actor, wh_reply_cb,
	    c) == -1) {
		gbuf_init(&out);
		ipc_put_u8(&out, 0);
		ipc_put_str(&out, "a withholding list is being made: try again "
		    "when it is done");
		(void)ipc_peer_send(peer, IPC_WH_DONE, m->reqid, &out);
		gbuf_free(&out);
		ipc_peer_unref(peer);
		free(c);
	}
}

/* gfctl recon run --bank B --date D: a bank's day file now. */
static void
handle_bank_recon_run(struct ifsvc *ctx, struct ipc_peer *peer,
    struct ipc_msg *m)
{
	struct app_call	*c;
	const char	*bankno, *date;
	struct gbuf	 out;

	if (ipc_get_str(m, &bankno) == -1 || ipc_get_str(m, &date) == -1 ||
	    ipc_get_end(m) == -1) {
		log_warnx("gfctl: malformed IPC_BANK_RECON_RUN");
		return;
	}
	c = xcalloc(1, sizeof(*c));
	c->ctx = ctx;
	c->peer = peer;
	ipc_peer_ref(peer);
	c->reqid = m->reqid;
	if (recon_start_bank(ctx->recon, bankno, date, "ifsvc:ipc",
	    recon_reply_cb, c) == -1) {
		gbuf_init(&out);
		ipc_put_u8(&out, 0);
		ipc_put_i64(&out, 0);
		ipc_put_str(&out, "a reconciliation run is already running "
		    "or the bank or date is invalid");
		(void)ipc_peer_send(peer, IPC_RECON_DONE, m->reqid, &out);
		gbuf_free(&out);
		ipc_peer_unref(peer);
		free(c);
	}
}

/* The breaker as it is now, for the console's live status. */
static void
handle_mi_state(struct ifsvc *ctx, struct ipc_peer *peer, struct ipc_msg *m)
{
	struct mkt_state	 st;
	struct gbuf		 out;

	if (ipc_get_end(m) == -1) {
		log_warnx("appsrv: malformed IPC_MI_STATE_REQ");
		return;
	}
	mkt_pool_state(ctx->pool, &st);
	gbuf_init(&out);
	ipc_put_str(&out, mkt_breaker_name(st.breaker));
	ipc_put_u8(&out, st.usable ? 1 : 0);
	ipc_put_u16(&out, (uint16_t)st.conns_up);
	ipc_put_u16(&out, (uint16_t)st.conns);
	ipc_put_u32(&out, (uint32_t)st.failures);
	ipc_put_i64(&out, st.since_ms);
	ipc_put_str(&out, st.last_error);
	ipc_put_i64(&out, st.error_ms);
	(void)ipc_peer_send(peer, IPC_MI_STATE, m->reqid, &out);
	gbuf_free(&out);
}

static void
peer_msg_cb(struct ipc_peer *peer, struct ipc_msg *m, void *arg)
{
	struct ifsvc	*ctx = arg;

	switch (m->type) {
	case IPC_MI_CALL:
		handle_mi_call(ctx, peer, m);
		break;
	case IPC_RECON_RUN:
		handle_recon_run(ctx, peer, m);
		break;
	case IPC_BANK_RECON_RUN:
		handle_bank_recon_run(ctx, peer, m);
		break;
	case IPC_MI_STATE_REQ:
		handle_mi_state(ctx, peer, m);
		break;
	case IPC_WH_MAKE:
		handle_wh_make(ctx, peer, m);
		break;
	default:
		log_warnx("ipc: unexpected message type=%u peer=%s", m->type,
		    ipc_peer_name(peer));
		break;
	}
}

struct applink *
applink_new(struct ifsvc *ctx)
{
	struct applink		*al = xcalloc(1, sizeof(*al));
	struct ipc_server_conf	 conf = {
		.path = ctx->conf.ifsvc.socket,
		.myname = "ifsvc",
		.msg_cb = peer_msg_cb,
		.arg = ctx,
	};

	al->ctx = ctx;
	if ((al->srv = ipc_server_new(ctx->base, &conf)) == NULL)
		fatal("ipc: listen %s", ctx->conf.ifsvc.socket);
	return al;
}

void
applink_free(struct applink *al)
{
	if (al == NULL)
		return;
	/* A peer a call still holds is freed when that call ends. */
	ipc_server_free(al->srv);
	free(al);
}
