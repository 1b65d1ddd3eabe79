/*
 * ifsvc_link.c - appsrv's client link to ifsvc: IPC_MI_CALL out,
 * IPC_MI_RESULT back, matched by reqid; IPC_MI_STATE_REQ for the breaker
 * the console shows (common/ipc_client: reconnect with
 * backoff, a deadline per call, what already arrived is read before a
 * deadline is judged).
 *
 * A call made while the link is down is answered UNAVAILABLE (nothing was
 * sent).  A call in flight when the link breaks, or unanswered well past
 * ifsvc's own deadline, is answered MI_LOST: the request may have reached
 * the marketing system, so for money the outcome is unknown.
 */
#include <sys/queue.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <event2/event.h>

#include "appsrv.h"
#include "ipc.h"
#include "ipc_client.h"
#include "log.h"
#include "money.h"

struct call {
	TAILQ_ENTRY(call)	 entry;
	struct ifsvc_link	*ifs;
	struct event		*unsent;	/* answers a call never sent */
	mi_cb			 cb;
	void			*arg;
};

struct ifsvc_link {
	struct appsrv		*as;
	struct ipc_client	*cl;
	TAILQ_HEAD(, call)	 calls;
	json_t			*state;		/* last IPC_MI_STATE, or NULL */
	int64_t			 state_at;	/* mono ms it came */
	int			 asking;	/* a state request in flight */
};

uint16_t
mi_outcome_status(int outcome, const char *rspcode)
{
	switch (outcome) {
	case IPC_MI_ANSWERED:
		return money_rspcode_status(rspcode);
	case IPC_MI_UNAVAILABLE:
		return TP1_ST_HOST_UNAVAILABLE;
	default:
		return TP1_ST_HOST_TIMEOUT;
	}
}

static void
call_free(struct call *c)
{
	if (c->unsent)
		event_free(c->unsent);
	free(c);
}

static void
call_finish(struct call *c, int outcome, const char *rspcode,
    const char *rspmsg, json_t *body)
{
	TAILQ_REMOVE(&c->ifs->calls, c, entry);
	c->cb(outcome, rspcode, rspmsg, body, c->arg);
	call_free(c);
}

static void
unsent_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd;
	(void)ev;
	call_finish(arg, IPC_MI_UNAVAILABLE, "", "", NULL);
}

/* The answer, or NULL: link lost or deadline passed. */
static void
reply_cb(void *arg, struct ipc_msg *m)
{
	struct call	*c = arg;
	const char	*rspcode, *rspmsg, *body;
	json_t		*j = NULL;
	json_error_t	 jerr;
	uint8_t		 outcome;

	if (m == NULL) {
		call_finish(c, MI_LOST, "", "", NULL);
		return;
	}
	if (ipc_get_u8(m, &outcome) == -1 || ipc_get_str(m, &rspcode) == -1 ||
	    ipc_get_str(m, &rspmsg) == -1 || ipc_get_str(m, &body) == -1 ||
	    ipc_get_end(m) == -1 || outcome > IPC_MI_UNAVAILABLE) {
		log_warnx("ifsvc=malformed reqid=%llu",
		    (unsigned long long)m->reqid);
		call_finish(c, MI_LOST, "", "", NULL);
		return;
	}
	if (body[0] != '\0' &&
	    ((j = json_loads(body, 0, &jerr)) == NULL || !json_is_object(j))) {
		log_warnx("ifsvc=bad-body reqid=%llu", (unsigned long long)m->reqid);
		json_decref(j);
		j = NULL;
	}
	call_finish(c, outcome, rspcode, rspmsg, j);
	json_decref(j);
}

void
ifsvc_link_call(struct appsrv *as, uint16_t trcode, const char *stserial,
    int64_t not_after, json_t *body, mi_cb cb, void *arg)
{
	struct ifsvc_link	*ifs = as->ifsvc;
	struct call	*c;
	struct gbuf	 b;
	struct timeval	 tv = { 0, 0 };
	char		*text;

	c = xcalloc(1, sizeof(*c));
	c->ifs = ifs;
	c->cb = cb;
	c->arg = arg;
	TAILQ_INSERT_TAIL(&ifs->calls, c, entry);

	text = json_dumps(body, JSON_COMPACT);
	json_decref(body);
	gbuf_init(&b);
	ipc_put_u16(&b, trcode);
	ipc_put_str(&b, stserial ? stserial : "");
	ipc_put_str(&b, text ? text : "{}");
	ipc_put_i64(&b, not_after);
	free(text);
	/* ifsvc answers UNKNOWN itself after its deadline; this deadline is
	 * only the guard against an ifsvc that hangs. */
	if (ipc_client_call(ifs->cl, IPC_MI_CALL, &b, IPC_MI_RESULT,
	    (as->conf.ifsvc.deadline + 5) * 1000, reply_cb, c) == -1) {
		c->unsent = evtimer_new(as->base, unsent_cb, c);
		evtimer_add(c->unsent, &tv);
	}
	gbuf_free(&b);
}

/* ISO 8601 UTC of a wall-clock ms, or null for 0. */
static json_t *
iso_ms(int64_t ms)
{
	time_t		 t = (time_t)(ms / 1000);
	struct tm	 tm;
	char		 buf[32];

	if (ms <= 0 || gmtime_r(&t, &tm) == NULL)
		return json_null();
	strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
	return json_string(buf);
}

static void
state_cb(void *arg, struct ipc_msg *m)
{
	struct ifsvc_link	*ifs = arg;
	const char		*breaker, *err;
	uint8_t			 usable;
	uint16_t		 up, n;
	uint32_t		 failures;
	int64_t			 since, err_at;
	json_t			*j;

	ifs->asking = 0;
	if (m == NULL)
		return;		/* no answer: the kept state ages */
	if (ipc_get_str(m, &breaker) == -1 || ipc_get_u8(m, &usable) == -1 ||
	    ipc_get_u16(m, &up) == -1 || ipc_get_u16(m, &n) == -1 ||
	    ipc_get_u32(m, &failures) == -1 || ipc_get_i64(m, &since) == -1 ||
	    ipc_get_str(m, &err) == -1 || ipc_get_i64(m, &err_at) == -1 ||
	    ipc_get_end(m) == -1 || (strcmp(breaker, "closed") != 0 &&
	    strcmp(breaker, "open") != 0 && strcmp(breaker, "half_open") != 0)) {
		log_warnx("ifsvc=malformed-state reqid=%llu",
		    (unsigned long long)m->reqid);
		return;
	}
	j = json_pack("{s:b, s:s, s:b, s:i, s:i, s:I, s:o, s:s, s:o}",
	    "reachable", 1, "breaker", breaker, "usable", usable != 0,
	    "conns_up", (int)up, "conns", (int)n, "failures",
	    (json_int_t)failures, "since", iso_ms(since), "last_error", err,
	    "last_error_at", iso_ms(err_at));
	if (j == NULL)
		fatalx("ifsvc_link: json_pack");
	json_decref(ifs->state);
	ifs->state = j;
	ifs->state_at = mono_ms();
}

void
ifsvc_link_ask_state(struct appsrv *as)
{
	struct ifsvc_link	*ifs = as->ifsvc;

	if (ifs == NULL || ifs->asking)
		return;
	if (ipc_client_call(ifs->cl, IPC_MI_STATE_REQ, NULL, IPC_MI_STATE,
	    1000, state_cb, ifs) == 0)
		ifs->asking = 1;
}

json_t *
ifsvc_link_state(struct appsrv *as)
{
	struct ifsvc_link	*ifs = as->ifsvc;
	json_t			*j;

	if (ifs == NULL || !ipc_client_up(ifs->cl))
		return json_pack("{s:b, s:s, s:s}", "reachable", 0, "breaker",
		    "unreachable", "why", "no link to ifsvc");
	if (ifs->state == NULL ||
	    mono_ms() - ifs->state_at > IFSVC_STATE_MAX_AGE_MS)
		return json_pack("{s:b, s:s, s:s}", "reachable", 0, "breaker",
		    "unreachable", "why", "ifsvc does not answer");
	j = json_deep_copy(ifs->state);
	json_object_set_new(j, "age_ms", json_integer(
	    (json_int_t)(mono_ms() - ifs->state_at)));
	return j;
}

int
ifsvc_link_init(struct appsrv *as)
{
	struct ifsvc_link	*ifs;
	struct ipc_client_conf	 conf = {
		.path = as->conf.ifsvc.socket,
		.myname = "appsrv",
		.peername = "ifsvc",
	};

	ifs = xcalloc(1, sizeof(*ifs));
	ifs->as = as;
	TAILQ_INIT(&ifs->calls);
	as->ifsvc = ifs;
	ifs->cl = ipc_client_new(as->base, &conf);
	return 0;
}

void
ifsvc_link_free(struct appsrv *as)
{
	struct ifsvc_link	*ifs = as->ifsvc;
	struct call	*c;

	if (ifs == NULL)
		return;
	/* Calls still open are dropped without their callbacks. */
	ipc_client_free(ifs->cl);
	json_decref(ifs->state);
	while ((c = TAILQ_FIRST(&ifs->calls)) != NULL) {
		TAILQ_REMOVE(&ifs->calls, c, entry);
		call_free(c);
	}
	free(ifs);
	as->ifsvc = NULL;
}
