/*
 * frontd_link.c - the IPC server frontd (one link per frontd worker)
 * connects to, and the dispatcher of what frontd sends.
 *
 * A request outlives its link when frontd goes away mid-request, so peers
 * are reference counted: the link holds one reference, every request in
 * progress another; an answer to a dead peer is dropped.
 */
#include <sys/queue.h>
#include <sys/socket.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "appsrv.h"
#include "ipc.h"
#include "log.h"

struct fpeer {
	LIST_ENTRY(fpeer)	 entry;
	struct appsrv		*as;
	struct ipc_link		*link;		/* NULL once closed */
	int			 refs;
	char			*metrics;	/* last IPC_METRICS text */
	int64_t			 metrics_us;	/* when it came */
};

struct fsrv {
	int			 fd;
	struct event		*ev;
	struct event		*pause;
	LIST_HEAD(, fpeer)	 peers;
};

void
fpeer_ref(struct fpeer *p)
{
	p->refs++;
}

void
fpeer_unref(struct fpeer *p)
{
	if (--p->refs == 0) {
		free(p->metrics);
		free(p);
	}
}

int
fpeer_send(struct fpeer *p, uint16_t type, uint64_t reqid,
    const struct gbuf *payload)
{
	if (p->link == NULL)
		return -1;
	return ipc_link_send(p->link, type, reqid, payload);
}

void
fsrv_broadcast(struct appsrv *as, uint16_t type, const struct gbuf *payload)
{
	struct fpeer	*p;

	if (as->fsrv == NULL)
		return;
	LIST_FOREACH(p, &as->fsrv->peers, entry)
		fpeer_send(p, type, 0, payload);
}

/* The frontd peers' last metrics, as a JSON array of {peer, age_ms, text}
 * (malloc'd). */
char *
fsrv_metrics_json(struct appsrv *as)
{
	struct fpeer	*p;
	json_t		*arr = json_array();
	char		*s;
	int64_t		 now = now_us();

	if (as->fsrv != NULL)
		LIST_FOREACH(p, &as->fsrv->peers, entry) {
			if (p->metrics == NULL || p->link == NULL)
				continue;
			json_array_append_new(arr, json_pack("{s:s, s:I, s:s}",
			    "peer", ipc_link_peer(p->link), "age_ms",
			    (json_int_t)((now - p->metrics_us) / 1000), "text",
			    p->metrics));
		}
	s = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	if (s == NULL)
		fatalx("fsrv_metrics_json: out of memory");
	return s;
}

static void
peer_msg_cb(struct ipc_link *l, struct ipc_msg *m, void *arg)
{
	struct fpeer	*p = arg;
	const char	*text;

	switch (m->type) {
	case IPC_TP_REQUEST:
		seq_request(p->as, p, m->reqid, m);
		break;
	case IPC_TERM_LOOKUP:
		registry_lookup(p->as, p, m->reqid, m);
		break;
	case IPC_TERM_KEYVER:
		registry_keyver(p->as, p, m->reqid, m);
		break;
	case IPC_ALARM:
		registry_alarm(p->as, m);
		break;
	case IPC_METRICS:
		/* The answer to fsrv_broadcast(IPC_METRICS_REQ), for the
		 * console (fsrv_metrics_json). */
		if (ipc_get_str(m, &text) == -1 || ipc_get_end(m) == -1) {
			log_warnx("ipc=bad_message peer=%s type=METRICS",
			    ipc_link_peer(l));
			break;
		}
		free(p->metrics);
		p->metrics = xstrdup(text);
		p->metrics_us = now_us();
		break;
	default:
		log_warnx("ipc=unexpected peer=%s type=%u", ipc_link_peer(l),
		    m->type);
		break;
	}
}

static void
peer_close_cb(struct ipc_link *l, void *arg)
{
	struct fpeer	*p = arg;

	log_info("ipc=closed peer=%s", ipc_link_peer(l));
	p->link = NULL;
	LIST_REMOVE(p, entry);
	fpeer_unref(p);
}

static void
pause_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct fsrv	*s = arg;

	(void)fd;
	(void)ev;
	event_add(s->ev, NULL);
}

static void
accept_cb(evutil_socket_t lfd, short ev, void *arg)
{
	struct appsrv	*as = arg;
	struct fsrv	*s = as->fsrv;
	struct fpeer	*p;
	struct timeval	 tv = { 1, 0 };
	int		 fd;

	(void)ev;
	fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (fd == -1) {
		if (errno == EMFILE || errno == ENFILE) {
			/* Out of descriptors: stop accepting for a second
			 * instead of spinning on a readable listener. */
			log_warn("accept");
			event_del(s->ev);
			evtimer_add(s->pause, &tv);
		}
		return;
	}
	if (ipc_peer_ok(fd) == -1) {
		log_warnx("ipc=refused reason=\"peer uid\"");
		close(fd);
		return;
	}
	p = xcalloc(1, sizeof(*p));
	p->as = as;
	p->refs = 1;
	p->link = ipc_link_new(as->base, fd, "appsrv", peer_msg_cb,
	    peer_close_cb, p);
	if (p->link == NULL) {
		close(fd);
		free(p);
		return;
	}
	LIST_INSERT_HEAD(&s->peers, p, entry);
}

int
fsrv_init(struct appsrv *as)
{
	struct fsrv	*s;

	s = xcalloc(1, sizeof(*s));
	LIST_INIT(&s->peers);
	if ((s->fd = ipc_listen(as->conf.appsrv.socket)) == -1) {
		log_warn("listen %s", as->conf.appsrv.socket);
		free(s);
		return -1;
	}
	s->ev = event_new(as->base, s->fd, EV_READ | EV_PERSIST, accept_cb, as);
	s->pause = evtimer_new(as->base, pause_cb, s);
	event_add(s->ev, NULL);
	as->fsrv = s;
	log_info("listening socket=%s", as->conf.appsrv.socket);
	return 0;
}

void
fsrv_free(struct appsrv *as)
{
	struct fsrv	*s = as->fsrv;
	struct fpeer	*p;

	if (s == NULL)
		return;
	while ((p = LIST_FIRST(&s->peers)) != NULL) {
		LIST_REMOVE(p, entry);
		ipc_link_free(p->link);
		p->link = NULL;
		fpeer_unref(p);
	}
	event_free(s->ev);
	event_free(s->pause);
	close(s->fd);
	unlink(as->conf.appsrv.socket);
	free(s);
	as->fsrv = NULL;
}
