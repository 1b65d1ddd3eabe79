/*
 * ipc_server.c - the IPC server (see ipc_server.h).
 *
 * Closing a peer from the server's side (over its cap, ipc_peer_close) is
 * deferred to an event of its own: the daemon may be inside a callback
 * that still uses the peer, possibly its own msg_cb.
 */
#include <sys/queue.h>
#include <sys/socket.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "ipc.h"
#include "ipc_server.h"
#include "log.h"
#include "util.h"

#define PEER_NAME_MAX	32

struct ipc_peer {
	LIST_ENTRY(ipc_peer)	 entry;		/* in srv->peers while linked */
	TAILQ_ENTRY(ipc_peer)	 reap;		/* in srv->reap while closing */
	struct ipc_server	*srv;		/* NULL once closed */
	struct ipc_link		*link;		/* NULL once closed */
	int			 refs;
	int			 closing;
	size_t			 max_outbuf;
	void			*data;
	char			 name[PEER_NAME_MAX];
	char			 why[64];
};

struct ipc_server {
	struct event_base	*base;
	int			 fd;
	char			*path;
	char			 myname[PEER_NAME_MAX];
	struct event		*ev_accept;
	struct event		*ev_pause;
	struct event		*ev_reap;
	int			 npeers;
	int			 max_peers;
	size_t			 max_outbuf;
	struct ipc_server_conf	 conf;
	LIST_HEAD(, ipc_peer)	 peers;
	TAILQ_HEAD(, ipc_peer)	 reaps;
};

void
ipc_peer_ref(struct ipc_peer *p)
{
	p->refs++;
}

void
ipc_peer_unref(struct ipc_peer *p)
{
	if (p->refs <= 0)
		fatalx("ipc_peer_unref: refs=%d", p->refs);
	if (--p->refs == 0)
		free(p);
}

int
ipc_peer_linked(struct ipc_peer *p)
{
	return p->link != NULL && !p->closing;
}

const char *
ipc_peer_name(struct ipc_peer *p)
{
	const char	*n = p->link != NULL ? ipc_link_peer(p->link) : p->name;

	return n[0] != '\0' ? n : "?";
}

void
ipc_peer_set_data(struct ipc_peer *p, void *data)
{
	p->data = data;
}

void *
ipc_peer_data(struct ipc_peer *p)
{
	return p->data;
}

/* The peer leaves the server: the daemon hears of it, the link's
 * reference goes.  The link itself is freed by the caller (or by ipc.c
 * when it closed itself). */
static void
peer_detach(struct ipc_peer *p, const char *why)
{
	struct ipc_server	*s = p->srv;

	snprintf(p->name, sizeof(p->name), "%s",
	    p->link != NULL ? ipc_link_peer(p->link) : "");
	log_info("ipc=peer_closed server=%s peer=%s reason=\"%s\"", s->myname,
	    ipc_peer_name(p), why);
	p->link = NULL;
	p->srv = NULL;
	LIST_REMOVE(p, entry);
	s->npeers--;
	if (s->conf.close_cb != NULL)
		s->conf.close_cb(p, s->conf.arg);
	ipc_peer_unref(p);	/* the link's */
}

static void
peer_msg_cb(struct ipc_link *l, struct ipc_msg *m, void *arg)
{
	struct ipc_peer	*p = arg;

	(void)l;
	if (p->closing)
		return;		/* going: what it still sent is dropped */
	p->srv->conf.msg_cb(p, m, p->srv->conf.arg);
}

static void
peer_close_cb(struct ipc_link *l, void *arg)
{
	struct ipc_peer	*p = arg;

	(void)l;
	/* ipc.c frees the link after this returns. */
	peer_detach(p, p->closing ? p->why : "link closed");
}

static void
reap_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct ipc_server	*s = arg;
	struct ipc_peer		*p;
	struct ipc_link		*l;

	(void)fd;
	(void)ev;
	while ((p = TAILQ_FIRST(&s->reaps)) != NULL) {
		TAILQ_REMOVE(&s->reaps, p, reap);
		if ((l = p->link) != NULL) {
			peer_detach(p, p->why);
			ipc_link_free(l);
		}
		ipc_peer_unref(p);	/* the reap list's */
	}
}

void
ipc_peer_close(struct ipc_peer *p, const char *why)
{
	if (p->link == NULL || p->closing)
		return;
	p->closing = 1;
	snprintf(p->why, sizeof(p->why), "%s", why);
	ipc_peer_ref(p);
	TAILQ_INSERT_TAIL(&p->srv->reaps, p, reap);
	event_active(p->srv->ev_reap, EV_TIMEOUT, 0);
}

int
ipc_peer_send(struct ipc_peer *p, uint16_t type, uint64_t reqid,
    const struct gbuf *payload)
{
	size_t	queued;

	if (p->link == NULL || p->closing)
		return -1;
	queued = ipc_link_pending(p->link);
	if (queued + IPC_HDR_LEN + (payload ? payload->len : 0) >
	    p->max_outbuf) {
		log_warnx("ipc=peer_overflow peer=%s queued=%zu cap=%zu",
		    ipc_peer_name(p), queued, p->max_outbuf);
		ipc_peer_close(p, "output cap");
		return -1;
	}
	return ipc_link_send(p->link, type, reqid, payload);
}

static void
pause_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct ipc_server	*s = arg;

	(void)fd;
	(void)ev;
	event_add(s->ev_accept, NULL);
}

static void
accept_cb(evutil_socket_t lfd, short ev, void *arg)
{
	struct ipc_server	*s = arg;
	struct ipc_peer		*p;
	struct timeval		 tv = { 1, 0 };
	int			 fd;

	(void)ev;
	fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (fd == -1) {
		if (errno == EMFILE || errno == ENFILE) {
			log_warn("ipc=accept server=%s", s->myname);
			event_del(s->ev_accept);
			evtimer_add(s->ev_pause, &tv);
		}
		return;
	}
	if (ipc_peer_ok(fd) == -1) {
		log_warnx("ipc=refused server=%s reason=\"peer uid\"",
		    s->myname);
		close(fd);
		return;
	}
	if (s->npeers >= s->max_peers) {
		log_warnx("ipc=refused server=%s reason=\"connection cap\" "
		    "peers=%d", s->myname, s->npeers);
		close(fd);
		return;
	}
	p = xcalloc(1, sizeof(*p));
	p->srv = s;
	p->refs = 1;		/* the link's, until peer_detach */
	p->max_outbuf = s->max_outbuf;
	p->link = ipc_link_new(s->base, fd, s->myname, peer_msg_cb,
	    peer_close_cb, p);
	if (p->link == NULL) {
		close(fd);
		free(p);
		return;
	}
	LIST_INSERT_HEAD(&s->peers, p, entry);
	s->npeers++;
	if (s->conf.accept_cb != NULL)
		s->conf.accept_cb(p, s->conf.arg);
}

struct ipc_server *
ipc_server_new(struct event_base *base, const struct ipc_server_conf *conf)
{
	struct ipc_server	*s;
	int			 fd;

	if ((fd = ipc_listen(conf->path)) == -1)
		return NULL;
	s = xcalloc(1, sizeof(*s));
	s->base = base;
	s->fd = fd;
	s->path = xstrdup(conf->path);
	snprintf(s->myname, sizeof(s->myname), "%s", conf->myname);
	s->conf = *conf;
	s->conf.path = s->path;
	s->conf.myname = s->myname;
	s->max_peers = conf->max_peers > 0 ? conf->max_peers : IPC_SERVER_PEERS;
	s->max_outbuf = conf->max_outbuf > 0 ? conf->max_outbuf :
	    IPC_PEER_OUTBUF;
	LIST_INIT(&s->peers);
	TAILQ_INIT(&s->reaps);
	s->ev_accept = event_new(base, fd, EV_READ | EV_PERSIST, accept_cb, s);
	s->ev_pause = evtimer_new(base, pause_cb, s);
	s->ev_reap = event_new(base, -1, 0, reap_cb, s);
	if (s->ev_accept == NULL || s->ev_pause == NULL || s->ev_reap == NULL)
		fatalx("ipc_server: libevent setup failed");
	event_add(s->ev_accept, NULL);
	log_info("ipc=listening server=%s socket=%s max_peers=%d", s->myname,
	    s->path, s->max_peers);
	return s;
}

void
ipc_server_free(struct ipc_server *s)
{
	struct ipc_peer	*p;
	struct ipc_link	*l;

	if (s == NULL)
		return;
	reap_cb(-1, 0, s);
	while ((p = LIST_FIRST(&s->peers)) != NULL) {
		l = p->link;
		peer_detach(p, "server closing");
		ipc_link_free(l);
	}
	event_free(s->ev_accept);
	event_free(s->ev_pause);
	event_free(s->ev_reap);
	close(s->fd);
	unlink(s->path);
	free(s->path);
	free(s);
}

void
ipc_server_broadcast(struct ipc_server *s, uint16_t type,
    const struct gbuf *payload)
{
	struct ipc_peer	*p, *next;

	/* A send may queue a peer for closing; it stays listed until the
	 * reap event runs. */
	for (p = LIST_FIRST(&s->peers); p != NULL; p = next) {
		next = LIST_NEXT(p, entry);
		(void)ipc_peer_send(p, type, 0, payload);
	}
}

int
ipc_server_npeers(struct ipc_server *s)
{
	return s->npeers;
}

struct ipc_peer *
ipc_server_first(struct ipc_server *s)
{
	return LIST_FIRST(&s->peers);
}

struct ipc_peer *
ipc_server_next(struct ipc_peer *p)
{
	return LIST_NEXT(p, entry);
}
