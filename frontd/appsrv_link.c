/*
 * appsrv_link.c - the IPC link to appsrv (DESIGN.md): registry lookups,
 * forwarded requests (many in flight, matched by reqid, each with a
 * deadline), alarms, and appsrv's pushes (TERM_CHANGED, METRICS_REQ).
 *
 * A request is sent once and never again: when the link drops or the
 * deadline passes, its callback gets NULL and the session answers BUSY;
 * a late answer is dropped with a log line.  The link reconnects with
 * exponential backoff (100 ms .. 5 s).  An alarm raised while the link
 * is down is held (up to ALARM_HOLD, oldest dropped with a log line) and
 * sent when the link comes back, so that a journal failure reaches the
 * console even if appsrv was away at that moment.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "frontd.h"
#include "log.h"

#define BACKOFF_MIN_MS	100
#define BACKOFF_MAX_MS	5000
#define ALARM_HOLD	64

struct pend {
	struct pend	*prev, *next;	/* sorted by deadline */
	uint64_t	 reqid;
	int64_t		 deadline;	/* mono ms */
	appsrv_link_cb	 cb;
	void		*arg;
};

struct appsrv_link {
	struct frontd	*fx;
	struct ipc_link	*link;
	struct event	*ev_retry;
	struct event	*ev_deadline;
	int		 backoff_ms;
	uint64_t	 next_reqid;
	struct ht	*pending;
	struct pend	*head, *tail;
	struct gbuf	 held[ALARM_HOLD];	/* alarm payloads not yet sent */
	int		 nheld;
};

static void	connect_now(struct appsrv_link *);
static void	send_held(struct appsrv_link *);

static void
pend_unlink(struct appsrv_link *a, struct pend *p)
{
	if (p->prev)
		p->prev->next = p->next;
	else
		a->head = p->next;
	if (p->next)
		p->next->prev = p->prev;
	else
		a->tail = p->prev;
	ht_del(a->pending, &p->reqid, sizeof(p->reqid));
}

static void
arm_deadline(struct appsrv_link *a)
{
	struct timeval	tv;
	int64_t		ms;

	if (a->head == NULL) {
		event_del(a->ev_deadline);
		return;
	}
	ms = a->head->deadline - mono_ms();
	if (ms < 0)
		ms = 0;
	tv.tv_sec = ms / 1000;
	tv.tv_usec = (ms % 1000) * 1000;
	event_add(a->ev_deadline, &tv);
}

static void
deadline_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct appsrv_link	*a = arg;
	struct pend	*p;
	int64_t		 now = mono_ms();

	(void)fd; (void)ev;
	while ((p = a->head) != NULL && p->deadline <= now) {
		pend_unlink(a, p);
		log_warnx("appsrv=timeout reqid=%llu",
		    (unsigned long long)p->reqid);
		p->cb(p->arg, NULL);
		free(p);
	}
	arm_deadline(a);
}

static void
fail_all(struct appsrv_link *a)
{
	struct pend	*p;

	while ((p = a->head) != NULL) {
		pend_unlink(a, p);
		p->cb(p->arg, NULL);
		free(p);
	}
	arm_deadline(a);
}

static void
send_metrics(struct appsrv_link *a, uint64_t reqid)
{
	struct gbuf	text, pl;

	gbuf_init(&text);
	gbuf_init(&pl);
	metrics_text(a->fx->mx, &text);
	gbuf_add_u8(&text, 0);
	ipc_put_str(&pl, (const char *)text.data);
	(void)ipc_link_send(a->link, IPC_METRICS, reqid, &pl);
	gbuf_free(&text);
	gbuf_free(&pl);
}

static void
msg_cb(struct ipc_link *l, struct ipc_msg *m, void *arg)
{
	struct appsrv_link	*a = arg;
	struct pend	*p;
	const char	*term;

	(void)l;
	a->backoff_ms = BACKOFF_MIN_MS;
	switch (m->type) {
	case IPC_TERM_CHANGED:
		if (ipc_get_str(m, &term) == -1 || ipc_get_end(m) == -1) {
			log_warnx("appsrv=bad_message type=TERM_CHANGED");
			return;
		}
		term_cache_changed(a->fx->reg, term);
		return;
	case IPC_METRICS_REQ:
		send_metrics(a, m->reqid);
		return;
	case IPC_TERM_INFO:
	case IPC_TP_RESPONSE:
		p = ht_get(a->pending, &m->reqid, sizeof(m->reqid));
		if (p == NULL) {
			log_warnx("appsrv=late_answer reqid=%llu type=%u "
			    "action=dropped", (unsigned long long)m->reqid,
			    m->type);
			return;
		}
		pend_unlink(a, p);
		arm_deadline(a);
		p->cb(p->arg, m);
		free(p);
		return;
	default:
		log_warnx("appsrv=unexpected_message type=%u", m->type);
	}
}

static void
close_cb(struct ipc_link *l, void *arg)
{
	struct appsrv_link	*a = arg;

	(void)l;
	log_warnx("appsrv=down retry_ms=%d", a->backoff_ms);
	a->link = NULL;
	fail_all(a);
	connect_now(a);
}

static void
retry_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct appsrv_link	*a = arg;
	int		 s;

	(void)fd; (void)ev;
	if (a->link != NULL)
		return;
	s = ipc_connect(a->fx->conf.appsrv.socket);
	if (s == -1) {
		log_debug("appsrv=connect_failed socket=%s error=\"%s\"",
		    a->fx->conf.appsrv.socket, strerror(errno));
		connect_now(a);
		return;
	}
	a->link = ipc_link_new(a->fx->base, s, "frontd", msg_cb, close_cb, a);
	if (a->link == NULL) {
		close(s);
		connect_now(a);
		return;
	}
	log_info("appsrv=connected socket=%s", a->fx->conf.appsrv.socket);
	send_held(a);
}

/* Schedule a connection attempt after the current backoff. */
static void
connect_now(struct appsrv_link *a)
{
	struct timeval	tv;

	tv.tv_sec = a->backoff_ms / 1000;
	tv.tv_usec = (a->backoff_ms % 1000) * 1000;
	event_add(a->ev_retry, &tv);
	a->backoff_ms *= 2;
	if (a->backoff_ms > BACKOFF_MAX_MS)
		a->backoff_ms = BACKOFF_MAX_MS;
}

struct appsrv_link *
appsrv_link_new(struct frontd *fx)
{
	struct appsrv_link	*a = xcalloc(1, sizeof(*a));

	a->fx = fx;
	a->pending = ht_new();
	a->next_reqid = 1;
	a->backoff_ms = BACKOFF_MIN_MS;
	a->ev_retry = evtimer_new(fx->base, retry_cb, a);
	a->ev_deadline = evtimer_new(fx->base, deadline_cb, a);
	if (a->ev_retry == NULL || a->ev_deadline == NULL)
		fatalx("appsrv: libevent setup failed");
	retry_cb(-1, 0, a);
	return a;
}

void
appsrv_link_free(struct appsrv_link *a)
{
	if (a == NULL)
		return;
	fail_all(a);
	if (a->link)
		ipc_link_free(a->link);
	event_free(a->ev_retry);
	event_free(a->ev_deadline);
	ht_free(a->pending);
	while (a->nheld > 0)
		gbuf_free(&a->held[--a->nheld]);
	free(a);
}

int
appsrv_link_up(struct appsrv_link *a)
{
	return a->link != NULL;
}

int
appsrv_link_call(struct appsrv_link *a, uint16_t type,
    const struct gbuf *payload, int timeout_ms, appsrv_link_cb cb, void *arg)
{
	struct pend	*p, *q;

	if (a->link == NULL)
		return -1;
	p = xcalloc(1, sizeof(*p));
	p->reqid = a->next_reqid++;
	p->deadline = mono_ms() + timeout_ms;
	p->cb = cb;
	p->arg = arg;
	if (ipc_link_send(a->link, type, p->reqid, payload) == -1) {
		free(p);
		return -1;
	}
	/* Insert sorted by deadline; almost always at the tail. */
	for (q = a->tail; q != NULL && q->deadline > p->deadline; q = q->prev)
		;
	p->prev = q;
	p->next = q ? q->next : a->head;
	if (p->next)
		p->next->prev = p;
	else
		a->tail = p;
	if (q)
		q->next = p;
	else
		a->head = p;
	ht_put(a->pending, &p->reqid, sizeof(p->reqid), p);
	if (a->head == p)
		arm_deadline(a);
	return 0;
}

/* Keep an alarm payload for the next connection; the oldest goes first. */
static void
hold_alarm(struct appsrv_link *a, struct gbuf *pl)
{
	if (a->nheld == ALARM_HOLD) {
		log_warnx("appsrv=alarm_dropped held=%d reason=link_down",
		    ALARM_HOLD);
		gbuf_free(&a->held[0]);
		memmove(&a->held[0], &a->held[1],
		    (ALARM_HOLD - 1) * sizeof(a->held[0]));
		a->nheld--;
	}
	a->held[a->nheld++] = *pl;	/* takes the buffer */
}

static void
send_held(struct appsrv_link *a)
{
	int	i, n = a->nheld;

	for (i = 0; i < n; i++) {
		if (a->link == NULL ||
		    ipc_link_send(a->link, IPC_ALARM, 0, &a->held[i]) == -1)
			break;
		gbuf_free(&a->held[i]);
	}
	if (i > 0)
		log_info("appsrv=alarms_resent count=%d", i);
	memmove(&a->held[0], &a->held[i], (size_t)(n - i) * sizeof(a->held[0]));
	a->nheld = n - i;
}

void
appsrv_link_alarm(struct appsrv_link *a, const char *kind, const char *terminal,
    const char *source, const char *detail)
{
	struct gbuf	pl;

	log_warnx("alarm=%s terminal=%s source=%s detail=\"%s\"", kind,
	    terminal, source, detail);
	if (a == NULL)
		return;
	gbuf_init(&pl);
	ipc_put_str(&pl, kind);
	ipc_put_str(&pl, terminal);
	ipc_put_str(&pl, source);
	ipc_put_str(&pl, detail);
	if (a->link == NULL ||
	    ipc_link_send(a->link, IPC_ALARM, 0, &pl) == -1) {
		hold_alarm(a, &pl);
		return;
	}
	gbuf_free(&pl);
}
