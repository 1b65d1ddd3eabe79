/*
 * ifsvc_link.c - appsrv's client link to ifsvc: IPC_MI_CALL out,
 * IPC_MI_RESULT back, matched by reqid.
 *
 * The link is re-established every second while ifsvc is away.  A call
 * made while it is down is answered UNAVAILABLE (nothing was sent).  A call
 * in flight when the link breaks, or unanswered well past ifsvc's own
 * deadline, is answered MI_LOST: the request may have reached the
 * marketing system, so for money the outcome is unknown.
 */
#include <sys/queue.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#include "appsrv.h"
#include "ipc.h"
#include "log.h"
#include "money.h"

struct call {
	TAILQ_ENTRY(call)	 entry;
	struct ifsvc_link	*ifs;
	uint64_t		 reqid;
	struct event		*timer;
	int			 outcome;	/* preset for deferred answers */
	mi_cb			 cb;
	void			*arg;
};

struct ifsvc_link {
	struct appsrv		*as;
	struct ipc_link		*link;
	struct event		*retry;
	uint64_t		 next_reqid;
	TAILQ_HEAD(, call)	 calls;
	int			 warned;
};

static void	ifsvc_link_connect(struct ifsvc_link *);

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
	if (c->timer)
		event_free(c->timer);
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
call_timer_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct call	*c = arg;

	struct ifsvc_link	*ifs = c->ifs;
	struct call	*x;
	uint64_t	 reqid = c->reqid;

	(void)fd;
	(void)ev;
	if (c->outcome == MI_LOST && ifs->link != NULL) {
		/*
		 * After a stall the answer may already be in the socket:
		 * read what arrived before deciding it never came (this call
		 * may be answered, and freed, meanwhile).
		 */
		ipc_link_drain(ifs->link);
		TAILQ_FOREACH(x, &ifs->calls, entry)
			if (x->reqid == reqid)
				break;
		if (x == NULL)
			return;
	}
	if (c->outcome == MI_LOST)
		log_warnx("ifsvc=timeout reqid=%llu",
		    (unsigned long long)c->reqid);
	call_finish(c, c->outcome, "", "", NULL);
}

static void
link_msg_cb(struct ipc_link *l, struct ipc_msg *m, void *arg)
{
	struct ifsvc_link	*ifs = arg;
	struct call	*c;
	const char	*rspcode, *rspmsg, *body;
	json_t		*j = NULL;
	json_error_t	 jerr;
	uint8_t		 outcome;

	(void)l;
	if (m->type != IPC_MI_RESULT) {
		log_warnx("ifsvc=unexpected type=%u", m->type);
		return;
	}
	TAILQ_FOREACH(c, &ifs->calls, entry)
		if (c->reqid == m->reqid && c->outcome == MI_LOST)
			break;
	if (c == NULL) {
		log_warnx("ifsvc=late reqid=%llu", (unsigned long long)m->reqid);
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

static void
link_close_cb(struct ipc_link *l, void *arg)
{
	struct ifsvc_link	*ifs = arg;
	struct call	*c, *next;
	struct timeval	 tv = { 1, 0 };

	(void)l;
	log_warnx("ifsvc=down");
	ifs->link = NULL;
	/* Calls in flight: their fate is unknown. */
	for (c = TAILQ_FIRST(&ifs->calls); c != NULL; c = next) {
		next = TAILQ_NEXT(c, entry);
		if (c->outcome == MI_LOST)
			call_finish(c, MI_LOST, "", "", NULL);
	}
	evtimer_add(ifs->retry, &tv);
}

static void
retry_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd;
	(void)ev;
	ifsvc_link_connect(arg);
}

static void
ifsvc_link_connect(struct ifsvc_link *ifs)
{
	struct timeval	tv = { 1, 0 };
	int		fd;

	if ((fd = ipc_connect(ifs->as->conf.ifsvc.socket)) == -1) {
		if (!ifs->warned)
			log_warn("ifsvc=unreachable socket=%s",
			    ifs->as->conf.ifsvc.socket);
		ifs->warned = 1;
		evtimer_add(ifs->retry, &tv);
		return;
	}
	ifs->link = ipc_link_new(ifs->as->base, fd, "appsrv", link_msg_cb,
	    link_close_cb, ifs);
	if (ifs->link == NULL) {
		evtimer_add(ifs->retry, &tv);
		return;
	}
	ifs->warned = 0;
	log_info("ifsvc=up socket=%s", ifs->as->conf.ifsvc.socket);
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
	c->reqid = ++ifs->next_reqid;
	c->timer = evtimer_new(as->base, call_timer_cb, c);
	TAILQ_INSERT_TAIL(&ifs->calls, c, entry);

	text = json_dumps(body, JSON_COMPACT);
	json_decref(body);
	gbuf_init(&b);
	ipc_put_u16(&b, trcode);
	ipc_put_str(&b, stserial ? stserial : "");
	ipc_put_str(&b, text ? text : "{}");
	ipc_put_i64(&b, not_after);
	free(text);
	if (ifs->link != NULL &&
	    ipc_link_send(ifs->link, IPC_MI_CALL, c->reqid, &b) == 0) {
		/* ifsvc answers UNKNOWN itself after its deadline; this is
		 * only the guard against an ifsvc that hangs. */
		c->outcome = MI_LOST;
		tv.tv_sec = as->conf.ifsvc.deadline + 5;
	} else
		c->outcome = IPC_MI_UNAVAILABLE;
	gbuf_free(&b);
	evtimer_add(c->timer, &tv);
}

int
ifsvc_link_init(struct appsrv *as)
{
	struct ifsvc_link	*ifs;

	ifs = xcalloc(1, sizeof(*ifs));
	ifs->as = as;
	TAILQ_INIT(&ifs->calls);
	ifs->retry = evtimer_new(as->base, retry_cb, ifs);
	as->ifsvc = ifs;
	ifsvc_link_connect(ifs);
	return 0;
}

void
ifsvc_link_free(struct appsrv *as)
{
	struct ifsvc_link	*ifs = as->ifsvc;
	struct call	*c;

	if (ifs == NULL)
		return;
	while ((c = TAILQ_FIRST(&ifs->calls)) != NULL) {
		TAILQ_REMOVE(&ifs->calls, c, entry);
		call_free(c);
	}
	if (ifs->link)
		ipc_link_free(ifs->link);
	event_free(ifs->retry);
	free(ifs);
	as->ifsvc = NULL;
}
