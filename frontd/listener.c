/*
 * listener.c - the TP/1 listening sockets (TP1 §1) and the limits applied
 * at accept: maximum open connections, connections per source address,
 * refusing while draining, and pausing accept for a second when the process
 * runs out of descriptors instead of spinning on EMFILE.
 */
#include <sys/types.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>
#include <event2/listener.h>

#include "frontd.h"
#include "log.h"

#define BACKLOG		4096

struct listener {
	struct frontd		*fx;
	struct evconnlistener	*l[CONF_MAX_LISTEN];
	int			 n;
	struct ht		*per_ip;	/* ip -> (intptr_t) count */
	struct event		*ev_resume;
	int			 paused;
};

/* IPv4-mapped IPv6 peers are written as IPv4, so the per-IP cap and the
 * bound-address check see one address per terminal. */
static void
peer_text(const struct sockaddr *sa, char *ip, size_t n, uint16_t *port)
{
	const struct sockaddr_in	*s4 = (const void *)sa;
	const struct sockaddr_in6	*s6 = (const void *)sa;

	ip[0] = '\0';
	*port = 0;
	if (sa->sa_family == AF_INET) {
		inet_ntop(AF_INET, &s4->sin_addr, ip, (socklen_t)n);
		*port = ntohs(s4->sin_port);
	} else if (sa->sa_family == AF_INET6) {
		if (IN6_IS_ADDR_V4MAPPED(&s6->sin6_addr))
			inet_ntop(AF_INET, &s6->sin6_addr.s6_addr[12], ip,
			    (socklen_t)n);
		else
			inet_ntop(AF_INET6, &s6->sin6_addr, ip, (socklen_t)n);
		*port = ntohs(s6->sin6_port);
	}
}

static void
accept_cb(struct evconnlistener *el, evutil_socket_t fd, struct sockaddr *sa,
    int salen, void *arg)
{
	struct listener	*ls = arg;
	struct frontd	*fx = ls->fx;
	char		 ip[INET6_ADDRSTRLEN];
	uint16_t	 port;

	(void)el; (void)salen;
	peer_text(sa, ip, sizeof(ip), &port);
	if (fx->draining || fx->stopped) {
		metrics_refuse(fx->mx, MX_REF_DRAIN);
		close(fd);
		return;
	}
	if (fx->nsessions >= fx->conf.frontd.max_conns) {
		metrics_refuse(fx->mx, MX_REF_MAXCONN);
		log_debug("conn=refused peer=%s reason=max_conns", ip);
		close(fd);
		return;
	}
	/* A balancer's connections carry many terminals: the per-IP cap
	 * applies to the address its PROXY header names (session.c). */
	if (fx->pxn != NULL && proxy_nets_match(fx->pxn, ip)) {
		metrics_accept(fx->mx);
		tsession_start(fx, fd, ip, port, 1);
		return;
	}
	if (listener_take(ls, ip) == -1) {
		close(fd);
		return;
	}
	metrics_accept(fx->mx);
	tsession_start(fx, fd, ip, port, 0);
}

int
listener_take(struct listener *ls, const char *ip)
{
	intptr_t	cnt = (intptr_t)ht_get(ls->per_ip, ip, strlen(ip));

	if (cnt >= ls->fx->conf.frontd.per_ip) {
		metrics_refuse(ls->fx->mx, MX_REF_PERIP);
		log_debug("conn=refused peer=%s reason=per_ip", ip);
		return -1;
	}
	ht_put(ls->per_ip, ip, strlen(ip), (void *)(cnt + 1));
	return 0;
}

void
listener_release(struct listener *ls, const char *ip)
{
	intptr_t	cnt = (intptr_t)ht_get(ls->per_ip, ip, strlen(ip));

	if (cnt <= 1)
		ht_del(ls->per_ip, ip, strlen(ip));
	else
		ht_put(ls->per_ip, ip, strlen(ip), (void *)(cnt - 1));
}

static void
resume_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct listener	*ls = arg;
	int		 i;

	(void)fd; (void)ev;
	if (ls->fx->draining || ls->fx->stopped)
		return;
	ls->paused = 0;
	for (i = 0; i < ls->n; i++)
		evconnlistener_enable(ls->l[i]);
	log_info("listener=resumed");
}

static void
error_cb(struct evconnlistener *el, void *arg)
{
	struct listener	*ls = arg;
	struct timeval	 one = { 1, 0 };
	int		 e = EVUTIL_SOCKET_ERROR(), i;

	(void)el;
	if (e == EMFILE || e == ENFILE || e == ENOBUFS || e == ENOMEM) {
		metrics_refuse(ls->fx->mx, MX_REF_NFILE);
		if (!ls->paused)
			log_warnx("listener=paused reason=\"%s\" for=1s",
			    strerror(e));
		ls->paused = 1;
		for (i = 0; i < ls->n; i++)
			evconnlistener_disable(ls->l[i]);
		event_add(ls->ev_resume, &one);
		return;
	}
	log_warnx("listener=accept_error error=\"%s\"", strerror(e));
}

/*
 * A bound, listening, non-blocking socket for "host:port".  With several
 * workers every worker has its own (SO_REUSEPORT: the kernel spreads the
 * connections over them); the parent binds them all (master.c).
 */
int
listener_socket(const struct gf_conf *conf, const char *spec, char *err,
    size_t errlen)
{
	struct addrinfo	 hints, *res = NULL;
	char		 host[256], *colon, *h;
	int		 fd = -1, one = 1, rv;

	snprintf(host, sizeof(host), "%s", spec);
	if ((colon = strrchr(host, ':')) == NULL) {
		snprintf(err, errlen, "listen \"%s\": want host:port", spec);
		return -1;
	}
	*colon = '\0';
	h = host;
	if (h[0] == '[' && colon[-1] == ']') {
		colon[-1] = '\0';
		h++;
	}
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE;
	if ((rv = getaddrinfo(h[0] && strcmp(h, "*") ? h : NULL, colon + 1,
	    &hints, &res)) != 0) {
		snprintf(err, errlen, "listen \"%s\": %s", spec, gai_strerror(rv));
		return -1;
	}
	fd = socket(res->ai_family, res->ai_socktype | SOCK_NONBLOCK |
	    SOCK_CLOEXEC, 0);
	if (fd == -1)
		goto fail;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (conf->frontd.workers > 1)
		setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
	/* "[::]" and "0.0.0.0" may both be configured: keep them apart. */
	if (res->ai_family == AF_INET6)
		setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one));
	/* out_highwater caps what the kernel holds for each connection's
	 * output (session.c): accepted sockets inherit SO_SNDBUF from the
	 * listening one, so it costs no system call per connection. */
	if (setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &conf->frontd.out_highwater,
	    sizeof(conf->frontd.out_highwater)) == -1)
		goto fail;
	if (bind(fd, res->ai_addr, res->ai_addrlen) == -1 ||
	    listen(fd, BACKLOG) == -1)
		goto fail;
	freeaddrinfo(res);
	return fd;
fail:
	snprintf(err, errlen, "listen %s: %s", spec, strerror(errno));
	if (fd != -1)
		close(fd);
	freeaddrinfo(res);
	return -1;
}

/* fd: the worker's socket from the parent, or -1 to make one here. */
static int
listen_one(struct listener *ls, const char *spec, int fd, char *err,
    size_t errlen)
{
	struct evconnlistener *el;

	if (fd == -1 &&
	    (fd = listener_socket(&ls->fx->conf, spec, err, errlen)) == -1)
		return -1;
	el = evconnlistener_new(ls->fx->base, accept_cb, ls,
	    LEV_OPT_CLOSE_ON_FREE | LEV_OPT_CLOSE_ON_EXEC, -1, fd);
	if (el == NULL) {
		snprintf(err, errlen, "listen %s: libevent listener failed",
		    spec);
		close(fd);
		return -1;
	}
	evconnlistener_set_error_cb(el, error_cb);
	ls->l[ls->n++] = el;
	log_info("listener=ready address=%s", spec);
	return 0;
}

struct listener *
listener_new(struct frontd *fx, char *err, size_t errlen)
{
	struct listener	*ls = xcalloc(1, sizeof(*ls));
	int		 i;

	ls->fx = fx;
	ls->per_ip = ht_new();
	ls->ev_resume = evtimer_new(fx->base, resume_cb, ls);
	for (i = 0; i < fx->conf.frontd.nlisten; i++)
		if (listen_one(ls, fx->conf.frontd.listen[i],
		    i < fx->nlfd ? fx->lfd[i] : -1, err, errlen) == -1)
			goto fail;
	fx->nlfd = 0;	/* the listeners own them now */
	if (ls->n == 0) {
		snprintf(err, errlen, "no listen address configured");
		goto fail;
	}
	return ls;
fail:
	listener_free(ls);
	return NULL;
}

/*
 * Stop for good (drain, failed journal): close the listening sockets rather
 * than only stop accepting, so that a terminal's connect is refused at once
 * (it may try another front-end) instead of completing into a backlog
 * nobody reads and waiting out its own timeout.  With SO_REUSEPORT the
 * kernel then sends new connections to the remaining instances.
 */
void
listener_stop(struct listener *ls)
{
	int	i;

	for (i = 0; i < ls->n; i++)
		evconnlistener_free(ls->l[i]);
	ls->n = 0;
	event_del(ls->ev_resume);
	log_info("listener=closed");
}

void
listener_free(struct listener *ls)
{
	int	i;

	if (ls == NULL)
		return;
	for (i = 0; i < ls->n; i++)
		evconnlistener_free(ls->l[i]);
	if (ls->ev_resume)
		event_free(ls->ev_resume);
	ht_free(ls->per_ip);
	free(ls);
}
