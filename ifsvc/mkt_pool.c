/*
 * mkt_pool.c - the MI/1 client: a pool of persistent TCP connections to the
 * marketing system (MI1 §1), one outstanding request each.
 *
 * Every call has a deadline counted from the moment it is made.  A call
 * that was sent and not answered in time is UNKNOWN, and its connection is
 * closed: a late answer must never be taken for the next request's.  A call
 * that could not be sent is UNAVAILABLE.  Idle connections send a 9002
 * heartbeat; closed ones reconnect with doubling backoff.  A circuit breaker
 * opens after breaker_failures consecutive failures (connect errors,
 * deadlines, closes with a request out) and refuses calls at once for
 * breaker_reset seconds; then calls go through again and the first answer
 * closes it.
 */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/socket.h>
#include <time.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>

#include "ifsvc.h"
#include "log.h"
#include "util.h"

#define MKT_QUEUE_MAX		256	/* waiting calls when all are busy */
#define MKT_BACKOFF_MIN_MS	100
#define MKT_BACKOFF_MAX_MS	5000

enum mc_state { MC_DOWN, MC_CONNECTING, MC_IDLE, MC_BUSY };

struct mkt_call {
	TAILQ_ENTRY(mkt_call) entry;
	struct mkt_pool	*pool;
	struct gbuf	 wire;		/* framed request */
	char		 trcode[8];
	char		 serial[33];
	int		 heartbeat;	/* internal 9002: no cb */
	int64_t		 not_after;	/* wall ms, 0 none: not sent after */
	struct mkt_conn	*conn;		/* set once sent */
	struct event	*ev_deadline;
	mkt_cb		 cb;
	void		*arg;
};

struct mkt_conn {
	struct mkt_pool		*pool;
	int			 idx;
	enum mc_state		 state;
	struct bufferevent	*bev;
	struct mkt_call		*call;		/* outstanding */
	struct event		*ev_retry;
	struct event		*ev_idle;
	int			 backoff_ms;
	unsigned		 hb_count;
};

struct mkt_pool {
	struct ifsvc		*ctx;
	struct sockaddr_storage	 addr;
	socklen_t		 addrlen;
	int			 nconn;
	struct mkt_conn		*conns;
	TAILQ_HEAD(, mkt_call)	 queue;
	int			 nqueued;
	int			 failures;	/* consecutive */
	int64_t			 open_until;	/* breaker, mono ms; 0 closed */
	int64_t			 since_ms;	/* wall ms: opened or closed */
	int64_t			 error_ms;	/* wall ms of last_error */
	char			 last_error[128];
};

static void	mc_connect(struct mkt_conn *);
static void	mc_close(struct mkt_conn *, const char *why);
static void	pool_dispatch(struct mkt_pool *);
static void	mc_read_cb(struct bufferevent *, void *);

static void
call_finish(struct mkt_call *c, enum mkt_outcome o, struct mi1_msg *rsp)
{
	if (c->ev_deadline != NULL)
		event_free(c->ev_deadline);
	if (!c->heartbeat && c->cb != NULL)
		c->cb(o, rsp, c->arg);
	gbuf_free(&c->wire);
	free(c);
}

static void
pool_failure(struct mkt_pool *p, const char *why)
{
	p->error_ms = now_us() / 1000;
	snprintf(p->last_error, sizeof(p->last_error), "%s", why);
	if (++p->failures >= p->ctx->conf.ifsvc.breaker_failures &&
	    p->open_until == 0) {
		p->open_until = mono_ms() +
		    (int64_t)p->ctx->conf.ifsvc.breaker_reset * 1000;
		p->since_ms = now_us() / 1000;
		log_warnx("mkt: breaker open failures=%d why=%s", p->failures,
		    why);
	} else if (p->open_until != 0 && mono_ms() >= p->open_until) {
		/* A half-open trial failed: open again. */
		p->open_until = mono_ms() +
		    (int64_t)p->ctx->conf.ifsvc.breaker_reset * 1000;
		p->since_ms = now_us() / 1000;
	}
}

static void
pool_success(struct mkt_pool *p)
{
	if (p->open_until != 0) {
		log_info("mkt: breaker closed");
		p->since_ms = now_us() / 1000;
	}
	p->failures = 0;
	p->open_until = 0;
}

static int
pool_breaker_open(struct mkt_pool *p)
{
	return p->open_until != 0 && mono_ms() < p->open_until;
}

int
mkt_pool_usable(struct mkt_pool *p)
{
	int	i;

	if (pool_breaker_open(p))
		return 0;
	for (i = 0; i < p->nconn; i++)
		if (p->conns[i].state == MC_IDLE ||
		    p->conns[i].state == MC_BUSY)
			return 1;
	return 0;
}

const char *
mkt_breaker_name(enum mkt_breaker b)
{
	switch (b) {
	case MKT_CLOSED:
		return "closed";
	case MKT_OPEN:
		return "open";
	case MKT_HALF_OPEN:
		return "half_open";
	}
	return "?";
}

void
mkt_pool_state(struct mkt_pool *p, struct mkt_state *st)
{
	int64_t	now = mono_ms();
	int	i;

	memset(st, 0, sizeof(*st));
	st->usable = mkt_pool_usable(p);
	st->conns = p->nconn;
	for (i = 0; i < p->nconn; i++)
		if (p->conns[i].state == MC_IDLE ||
		    p->conns[i].state == MC_BUSY)
			st->conns_up++;
	st->failures = p->failures;
	st->since_ms = p->since_ms;
	if (p->open_until == 0)
		st->breaker = MKT_CLOSED;
	else if (now < p->open_until)
		st->breaker = MKT_OPEN;
	else {
		/* Half-open since the cool-down ended. */
		st->breaker = MKT_HALF_OPEN;
		st->since_ms = now_us() / 1000 - (now - p->open_until);
	}
	st->error_ms = p->error_ms;
	snprintf(st->last_error, sizeof(st->last_error), "%s", p->last_error);
}

static void
mc_idle_arm(struct mkt_conn *mc)
{
	struct timeval	tv = { mc->pool->ctx->conf.ifsvc.heartbeat, 0 };

	if (tv.tv_sec > 0)
		evtimer_add(mc->ev_idle, &tv);
}

static void
call_deadline_cb(evutil_socket_t fd, short what, void *arg)
{
	struct mkt_call	*c = arg;
	struct mkt_pool	*p = c->pool;
	struct mkt_conn	*mc = c->conn;

	(void)fd; (void)what;
	if (mc != NULL && mc->bev != NULL) {
		/*
		 * An answer may be waiting in the socket (the loop was
		 * stalled): read it before deciding that none came.
		 */
		if (bev_read_pending(mc->bev) > 0) {
			mc_read_cb(mc->bev, mc);
			if (mc->call != c)
				return;		/* answered (c is freed) */
		}
	}
	if (mc == NULL) {
		/* Still queued: never sent, so nothing happened. */
		TAILQ_REMOVE(&p->queue, c, entry);
		p->nqueued--;
		log_warnx("mkt: call not sent before deadline trcode=%s "
		    "serial=%s", c->trcode, c->serial);
		call_finish(c, MKT_UNAVAILABLE, NULL);
		return;
	}
	log_warnx("mkt: deadline trcode=%s serial=%s conn=%d", c->trcode,
	    c->serial, mc->idx);
	mc_close(mc, "deadline");
}

static void
mc_send(struct mkt_conn *mc, struct mkt_call *c)
{
	mc->call = c;
	mc->state = MC_BUSY;
	c->conn = mc;
	evtimer_del(mc->ev_idle);
	bufferevent_write(mc->bev, c->wire.data, c->wire.len);
	log_debug("mkt: sent trcode=%s serial=%s conn=%d", c->trcode,
	    c->serial, mc->idx);
}

static void
mc_answer(struct mkt_conn *mc, const uint8_t *body, size_t len)
{
	struct mkt_call	*c = mc->call;
	struct mi1_msg	 rsp;
	char		 err[256];

	if (c == NULL) {
		mc_close(mc, "answer with no request");
		return;
	}
	if (mi1_decode(body, len, &rsp, err, sizeof(err)) == -1) {
		log_warnx("mkt: bad answer conn=%d serial=%s err=\"%s\"",
		    mc->idx, c->serial, err);
		mc_close(mc, "bad answer");
		return;
	}
	if (mi1_answer_match(c->trcode, c->serial, &rsp, err,
	    sizeof(err)) == -1) {
		log_warnx("mkt: answer does not match conn=%d serial=%s "
		    "got_serial=%s got_trcode=%s err=\"%s\"", mc->idx,
		    c->serial, rsp.serial, rsp.trcode, err);
		mi1_msg_clear(&rsp);
		mc_close(mc, "mismatched answer");
		return;
	}
	mc->call = NULL;
	mc->state = MC_IDLE;
	/* Only an answer proves the peer well: a system that accepts and
	 * then drops every connection must not be redialled every 100 ms. */
	mc->backoff_ms = MKT_BACKOFF_MIN_MS;
	pool_success(mc->pool);
	log_debug("mkt: answer trcode=%s serial=%s rspcode=%s conn=%d",
	    c->trcode, c->serial, rsp.rspcode, mc->idx);
	call_finish(c, MKT_ANSWERED, &rsp);
	mi1_msg_clear(&rsp);
	mc_idle_arm(mc);
	pool_dispatch(mc->pool);
}

static void
mc_read_cb(struct bufferevent *bev, void *arg)
{
	struct mkt_conn	*mc = arg;
	struct evbuffer	*in = bufferevent_get_input(bev);
	const uint8_t	*p;
	size_t		 blen = 0, have, peek;
	int		 rc;

	while (mc->bev != NULL && (have = evbuffer_get_length(in)) > 0) {
		peek = have < MI1_LEN_DIGITS ? have : MI1_LEN_DIGITS;
		p = evbuffer_pullup(in, (ssize_t)peek);
		/* -1 bad prefix, 0 the rest of the prefix is awaited. */
		if ((rc = mi1_frame_head(p, peek, &blen)) == -1) {
			mc_close(mc, "bad frame");
			return;
		}
		if (rc == 0 || have < MI1_LEN_DIGITS + blen)
			return;
		p = evbuffer_pullup(in, (ssize_t)(MI1_LEN_DIGITS + blen));
		mc_answer(mc, p + MI1_LEN_DIGITS, blen);
		if (mc->bev == NULL)
			return;
		evbuffer_drain(in, MI1_LEN_DIGITS + blen);
	}
}

static void
mc_event_cb(struct bufferevent *bev, short what, void *arg)
{
	struct mkt_conn	*mc = arg;

	(void)bev;
	if (what & BEV_EVENT_CONNECTED) {
		log_info("mkt: connected conn=%d", mc->idx);
		mc->state = MC_IDLE;
		mc_idle_arm(mc);
		pool_dispatch(mc->pool);
		return;
	}
	if (what & BEV_EVENT_EOF)
		mc_close(mc, "closed by peer");
	else if (what & (BEV_EVENT_ERROR | BEV_EVENT_TIMEOUT)) {
		char	why[96];

		snprintf(why, sizeof(why), "%s: %s", mc->state ==
		    MC_CONNECTING ? "connect failed" : "socket error",
		    (what & BEV_EVENT_ERROR) && errno != 0 ? strerror(errno) :
		    "timeout");
		mc_close(mc, why);
	}
}

/*
 * Close a connection: an outstanding call becomes UNKNOWN (it was sent),
 * the breaker counts a failure, and a reconnect is scheduled.
 */
static void
mc_close(struct mkt_conn *mc, const char *why)
{
	struct mkt_call	*c = mc->call;
	struct timeval	 tv;
	int		 was = mc->state;

	if (mc->bev != NULL)
		bufferevent_free(mc->bev);
	mc->bev = NULL;
	mc->call = NULL;
	mc->state = MC_DOWN;
	evtimer_del(mc->ev_idle);
	if (was == MC_CONNECTING || c != NULL)
		pool_failure(mc->pool, why);
	log_warnx("mkt: conn=%d down why=\"%s\" retry_ms=%d", mc->idx, why,
	    mc->backoff_ms);
	tv.tv_sec = mc->backoff_ms / 1000;
	tv.tv_usec = (mc->backoff_ms % 1000) * 1000;
	evtimer_add(mc->ev_retry, &tv);
	mc->backoff_ms *= 2;
	if (mc->backoff_ms > MKT_BACKOFF_MAX_MS)
		mc->backoff_ms = MKT_BACKOFF_MAX_MS;
	if (c != NULL)
		call_finish(c, MKT_UNKNOWN, NULL);
}

static void
mc_connect(struct mkt_conn *mc)
{
	struct mkt_pool	*p = mc->pool;

	mc->bev = bufferevent_socket_new(p->ctx->base, -1,
	    BEV_OPT_CLOSE_ON_FREE);
	bufferevent_setcb(mc->bev, mc_read_cb, NULL, mc_event_cb, mc);
	bufferevent_enable(mc->bev, EV_READ | EV_WRITE);
	mc->state = MC_CONNECTING;
	if (bufferevent_socket_connect(mc->bev, (struct sockaddr *)&p->addr,
	    (int)p->addrlen) == -1) {
		mc_close(mc, "connect failed");
		return;
	}
	fd_nonblock_cloexec(bufferevent_getfd(mc->bev));
}

static void
mc_retry_cb(evutil_socket_t fd, short what, void *arg)
{
	(void)fd; (void)what;
	mc_connect(arg);
}

static struct mkt_call *
call_new(struct mkt_pool *p, const struct mi1_msg *req, mkt_cb cb,
    void *arg)
{
	struct mkt_call	*c = xcalloc(1, sizeof(*c));
	char		 err[256];

	c->pool = p;
	c->cb = cb;
	c->arg = arg;
	snprintf(c->trcode, sizeof(c->trcode), "%s", req->trcode);
	snprintf(c->serial, sizeof(c->serial), "%s", req->serial);
	gbuf_init(&c->wire);
	if (mi1_encode(req, &c->wire, err, sizeof(err)) == -1) {
		log_warnx("mkt: cannot encode trcode=%s serial=%s err=\"%s\"",
		    c->trcode, c->serial, err);
		gbuf_free(&c->wire);
		free(c);
		return NULL;
	}
	return c;
}

/* A heartbeat on an idle connection: proves it alive, or closes it. */
static void
mc_idle_cb(evutil_socket_t fd, short what, void *arg)
{
	struct mkt_conn	*mc = arg;
	struct mkt_pool	*p = mc->pool;
	struct mi1_msg	 hb;
	struct mkt_call	*c;
	char		 serial[33];
	struct timeval	 tv = { p->ctx->conf.ifsvc.deadline, 0 };

	(void)fd; (void)what;
	if (mc->state != MC_IDLE)
		return;
	/*
	 * Heartbeat serials need no database: org, "H", the time in
	 * microseconds, conn, a counter -- at most 28 characters, and unique
	 * across restarts of ifsvc too (MI1 §1: unique per station).
	 */
	snprintf(serial, sizeof(serial), "%.8sH%lld%02d%u",
	    p->ctx->conf.global.org, (long long)now_us(),
	    mc->idx, mc->hb_count++ % 10);
	memset(&hb, 0, sizeof(hb));
	mi1_head_init(&hb, "9002", serial, p->ctx->conf.global.org,
	    now_us() / 1000000);
	if ((c = call_new(p, &hb, NULL, NULL)) == NULL)
		return;
	c->heartbeat = 1;
	c->ev_deadline = evtimer_new(p->ctx->base, call_deadline_cb, c);
	evtimer_add(c->ev_deadline, &tv);
	mc_send(mc, c);
}

static void
pool_dispatch(struct mkt_pool *p)
{
	struct mkt_call	*c;
	int		 i;

	for (i = 0; i < p->nconn && (c = TAILQ_FIRST(&p->queue)) != NULL;
	    i++) {
		if (p->conns[i].state != MC_IDLE)
			continue;
		TAILQ_REMOVE(&p->queue, c, entry);
		p->nqueued--;
		if (c->not_after != 0 && now_us() / 1000 > c->not_after) {
			/* Its terminal was answered meanwhile: never sent. */
			log_warnx("mkt: call expired before it was sent "
			    "trcode=%s serial=%s", c->trcode, c->serial);
			call_finish(c, MKT_UNAVAILABLE, NULL);
			i--;
			continue;
		}
		mc_send(&p->conns[i], c);
	}
}

void
mkt_pool_call(struct mkt_pool *p, const struct mi1_msg *req, mkt_cb cb,
    void *arg)
{
	mkt_pool_call_until(p, req, 0, cb, arg);
}

void
mkt_pool_call_until(struct mkt_pool *p, const struct mi1_msg *req,
    int64_t not_after, mkt_cb cb, void *arg)
{
	struct mkt_call	*c;
	struct timeval	 tv = { p->ctx->conf.ifsvc.deadline, 0 };

	if (!mkt_pool_usable(p) || p->nqueued >= MKT_QUEUE_MAX ||
	    (c = call_new(p, req, cb, arg)) == NULL) {
		cb(MKT_UNAVAILABLE, NULL, arg);
		return;
	}
	c->not_after = not_after;
	c->ev_deadline = evtimer_new(p->ctx->base, call_deadline_cb, c);
	evtimer_add(c->ev_deadline, &tv);
	TAILQ_INSERT_TAIL(&p->queue, c, entry);
	p->nqueued++;
	pool_dispatch(p);
}

struct mkt_pool *
mkt_pool_new(struct ifsvc *ctx)
{
	struct mkt_pool	*p = xcalloc(1, sizeof(*p));
	struct addrinfo	 hints, *res = NULL;
	char		 port[16];
	int		 i, rc;

	p->ctx = ctx;
	p->since_ms = now_us() / 1000;
	TAILQ_INIT(&p->queue);
	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	snprintf(port, sizeof(port), "%d", ctx->conf.ifsvc.mkt_port);
	if ((rc = getaddrinfo(ctx->conf.ifsvc.mkt_host, port, &hints,
	    &res)) != 0 || res == NULL)
		fatalx("mkt: cannot resolve %s: %s", ctx->conf.ifsvc.mkt_host,
		    gai_strerror(rc));
	memcpy(&p->addr, res->ai_addr, res->ai_addrlen);
	p->addrlen = res->ai_addrlen;
	freeaddrinfo(res);
	p->nconn = ctx->conf.ifsvc.pool > 0 ? ctx->conf.ifsvc.pool : 1;
	p->conns = xcalloc((size_t)p->nconn, sizeof(*p->conns));
	for (i = 0; i < p->nconn; i++) {
		p->conns[i].pool = p;
		p->conns[i].idx = i;
		p->conns[i].backoff_ms = MKT_BACKOFF_MIN_MS;
		p->conns[i].ev_retry = evtimer_new(ctx->base, mc_retry_cb,
		    &p->conns[i]);
		p->conns[i].ev_idle = evtimer_new(ctx->base, mc_idle_cb,
		    &p->conns[i]);
		mc_connect(&p->conns[i]);
	}
	return p;
}

void
mkt_pool_free(struct mkt_pool *p)
{
	struct mkt_call	*c;
	int		 i;

	if (p == NULL)
		return;
	while ((c = TAILQ_FIRST(&p->queue)) != NULL) {
		TAILQ_REMOVE(&p->queue, c, entry);
		call_finish(c, MKT_UNAVAILABLE, NULL);
	}
	for (i = 0; i < p->nconn; i++) {
		struct mkt_conn	*mc = &p->conns[i];

		if (mc->call != NULL)
			call_finish(mc->call, MKT_UNKNOWN, NULL);
		if (mc->bev != NULL)
			bufferevent_free(mc->bev);
		event_free(mc->ev_retry);
		event_free(mc->ev_idle);
	}
	free(p->conns);
	free(p);
}
