/*
 * bank_listener.c - the bank port (frontd.bank_port, BK1 §1): a second
 * kind of listener beside the TP/1 one, on the host of the first
 * frontd.listen address.  With several workers the parent binds one
 * socket per worker (SO_REUSEPORT) as for the terminal port (master.c).
 *
 * At accept: draining or stopped, refused; past frontd.bank_max_conns,
 * refused; then the registry (bank_registry.c) says whether the peer's
 * address is one of an enabled bank's: if not, the connection is closed
 * without an answer and without a journal record (only registered
 * addresses can make the station write anything).  The per-bank cap
 * (frontd.bank_per_bank) is taken by the connection's first frame, which
 * names its bank (bank_session.c).
 */
#include <sys/types.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>
#include <event2/listener.h>

#include "frontd.h"
#include "log.h"

struct bank_lsn {
	struct frontd		*fx;
	struct evconnlistener	*l;
	struct ht		*per_bank;	/* bankno -> (intptr_t) count */
};

/* A connection waiting for the registry before its address check. */
struct pending {
	struct frontd	*fx;
	int		 fd;
	char		 ip[INET6_ADDRSTRLEN];
	uint16_t	 port;
};

int
bank_listen_spec(const struct gf_conf *conf, char *out, size_t n)
{
	char	host[256], *colon;

	if (conf->frontd.bank_port <= 0)
		return -1;
	snprintf(host, sizeof(host), "%s", conf->frontd.nlisten > 0 ?
	    conf->frontd.listen[0] : "0.0.0.0:0");
	if ((colon = strrchr(host, ':')) != NULL)
		*colon = '\0';
	snprintf(out, n, "%s:%d", host, conf->frontd.bank_port);
	return 0;
}

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
registry_cb(void *arg, int ok)
{
	struct pending	*p = arg;
	struct frontd	*fx = p->fx;

	if (!ok || fx->draining || fx->stopped ||
	    !bank_cache_addr_known(fx->breg, p->ip)) {
		log_info("bank_conn=refused peer=%s port=%u reason=\"%s\"",
		    p->ip, p->port, !ok ? "registry unavailable" :
		    "address of no enabled bank");
		metrics_bank_refuse(fx->mx, !ok ? MX_BREF_REGISTRY :
		    MX_BREF_ADDRESS);
		close(p->fd);
	} else
		bsession_start(fx, p->fd, p->ip, p->port);
	free(p);
}

static void
accept_cb(struct evconnlistener *el, evutil_socket_t fd, struct sockaddr *sa,
    int salen, void *arg)
{
	struct bank_lsn	*bl = arg;
	struct frontd	*fx = bl->fx;
	struct pending	*p;

	(void)el; (void)salen;
	if (fx->draining || fx->stopped ||
	    fx->nbsessions >= fx->conf.frontd.bank_max_conns) {
		log_info("bank_conn=refused reason=%s", fx->draining ||
		    fx->stopped ? "draining" : "bank_max_conns");
		metrics_bank_refuse(fx->mx, MX_BREF_MAXCONN);
		close(fd);
		return;
	}
	p = xcalloc(1, sizeof(*p));
	p->fx = fx;
	p->fd = fd;
	peer_text(sa, p->ip, sizeof(p->ip), &p->port);
	bank_cache_get(fx->breg, registry_cb, p);
}

struct bank_lsn *
bank_lsn_new(struct frontd *fx, char *err, size_t errlen)
{
	struct bank_lsn	*bl;
	char		 spec[300];
	int		 fd = fx->bank_lfd;

	if (bank_listen_spec(&fx->conf, spec, sizeof(spec)) == -1)
		return NULL;
	if (fd == -1 && (fd = listener_socket(&fx->conf, spec, err,
	    errlen)) == -1)
		return NULL;
	fx->bank_lfd = -1;	/* ours now */
	bl = xcalloc(1, sizeof(*bl));
	bl->fx = fx;
	bl->per_bank = ht_new();
	bl->l = evconnlistener_new(fx->base, accept_cb, bl,
	    LEV_OPT_CLOSE_ON_FREE | LEV_OPT_CLOSE_ON_EXEC, -1, fd);
	if (bl->l == NULL) {
		snprintf(err, errlen, "bank listen %s: libevent failed", spec);
		close(fd);
		ht_free(bl->per_bank);
		free(bl);
		return NULL;
	}
	log_info("bank_listener=ready address=%s", spec);
	return bl;
}

void
bank_lsn_stop(struct bank_lsn *bl)
{
	if (bl == NULL || bl->l == NULL)
		return;
	evconnlistener_free(bl->l);
	bl->l = NULL;
	log_info("bank_listener=closed");
}

void
bank_lsn_free(struct bank_lsn *bl)
{
	if (bl == NULL)
		return;
	if (bl->l != NULL)
		evconnlistener_free(bl->l);
	ht_free(bl->per_bank);
	free(bl);
}

int
bank_lsn_take(struct bank_lsn *bl, const char *bankno)
{
	intptr_t	cnt = (intptr_t)ht_get(bl->per_bank, bankno, 4);

	if (cnt >= bl->fx->conf.frontd.bank_per_bank)
		return -1;
	ht_put(bl->per_bank, bankno, 4, (void *)(cnt + 1));
	return 0;
}

void
bank_lsn_release(struct bank_lsn *bl, const char *bankno)
{
	intptr_t	cnt = (intptr_t)ht_get(bl->per_bank, bankno, 4);

	if (cnt <= 1)
		ht_del(bl->per_bank, bankno, 4);
	else
		ht_put(bl->per_bank, bankno, 4, (void *)(cnt - 1));
}
