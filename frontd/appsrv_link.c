/*
 * appsrv_link.c - the IPC link to appsrv (DESIGN.md): registry lookups,
 * forwarded requests (many in flight, matched by reqid, each with a
 * deadline), alarms, and appsrv's pushes (TERM_CHANGED, METRICS_REQ).
 *
 * The link is common/ipc_client: a request is sent once and never again;
 * when the link drops or the deadline passes, its callback gets NULL and
 * the session answers BUSY; a late answer is dropped with a log line; the
 * link reconnects with exponential backoff (100 ms .. 5 s).  An alarm
 * raised while the link is down is held (up to ALARM_HOLD, oldest dropped
 * with a log line) and sent when the link comes back (appsrv's HELLO), so
 * that a journal failure reaches the console even if appsrv was away at
 * that moment.
 */
#include <stdlib.h>
#include <string.h>

#include "frontd.h"
#include "ipc_client.h"
#include "log.h"

#define ALARM_HOLD	64

struct appsrv_link {
	struct frontd		*fx;
	struct ipc_client	*cl;
	struct gbuf		 held[ALARM_HOLD];	/* alarms not yet sent */
	int			 nheld;
};

static void	send_held(struct appsrv_link *);

static void
send_metrics(struct appsrv_link *a, uint64_t reqid)
{
	struct gbuf	text, pl;

	gbuf_init(&text);
	gbuf_init(&pl);
	metrics_text(a->fx->mx, &text);
	gbuf_add_u8(&text, 0);
	ipc_put_str(&pl, (const char *)text.data);
	(void)ipc_client_send(a->cl, IPC_METRICS, reqid, &pl);
	gbuf_free(&text);
	gbuf_free(&pl);
}

/* appsrv's pushes. */
static void
push_cb(struct ipc_msg *m, void *arg)
{
	struct appsrv_link	*a = arg;
	const char		*term;

	switch (m->type) {
	case IPC_TERM_CHANGED:
		if (ipc_get_str(m, &term) == -1 || ipc_get_end(m) == -1) {
			log_warnx("appsrv=bad_message type=TERM_CHANGED");
			return;
		}
		term_cache_changed(a->fx->reg, term);
		return;
	case IPC_BANK_CHANGED:
		if (ipc_get_str(m, &term) == -1 || ipc_get_end(m) == -1) {
			log_warnx("appsrv=bad_message type=BANK_CHANGED");
			return;
		}
		bank_cache_changed(a->fx->breg, term);
		return;
	case IPC_METRICS_REQ:
		send_metrics(a, m->reqid);
		return;
	default:
		log_warnx("appsrv=unexpected_message type=%u", m->type);
	}
}

static void
up_cb(void *arg)
{
	send_held(arg);
}

struct appsrv_link *
appsrv_link_new(struct frontd *fx)
{
	struct appsrv_link	*a = xcalloc(1, sizeof(*a));
	struct ipc_client_conf	 conf = {
		.path = fx->conf.appsrv.socket,
		.myname = "frontd",
		.peername = "appsrv",
		.push_cb = push_cb,
		.up_cb = up_cb,
		.arg = a,
	};

	a->fx = fx;
	a->cl = ipc_client_new(fx->base, &conf);
	return a;
}

void
appsrv_link_free(struct appsrv_link *a)
{
	if (a == NULL)
		return;
	ipc_client_fail_all(a->cl);
	ipc_client_free(a->cl);
	while (a->nheld > 0)
		gbuf_free(&a->held[--a->nheld]);
	free(a);
}

int
appsrv_link_up(struct appsrv_link *a)
{
	return ipc_client_up(a->cl);
}

int
appsrv_link_call(struct appsrv_link *a, uint16_t type,
    const struct gbuf *payload, int timeout_ms, appsrv_link_cb cb, void *arg)
{
	uint16_t	reply;

	switch (type) {
	case IPC_TERM_LOOKUP:
		reply = IPC_TERM_INFO;
		break;
	case IPC_TP_REQUEST:
		reply = IPC_TP_RESPONSE;
		break;
	case IPC_TERM_KEYVER:
		reply = IPC_TERM_KEYVER_ACK;
		break;
	case IPC_BANK_LOOKUP:
		reply = IPC_BANK_INFO;
		break;
	case IPC_BK_REQUEST:
		reply = IPC_BK_ANSWER;
		break;
	case IPC_BANK_KEYVER:
		reply = IPC_BANK_KEYVER_ACK;
		break;
	default:
		fatalx("appsrv_link_call: type=%u has no answer", type);
	}
	return ipc_client_call(a->cl, type, payload, reply, timeout_ms, cb, arg);
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
		if (ipc_client_send(a->cl, IPC_ALARM, 0, &a->held[i]) == -1)
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
	if (ipc_client_send(a->cl, IPC_ALARM, 0, &pl) == -1) {
		hold_alarm(a, &pl);
		return;
	}
	gbuf_free(&pl);
}
