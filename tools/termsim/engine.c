/*
 * engine.c - one logical request of one terminal on the wire.
 *
 * A request is sealed with a fresh seq for every attempt.  Like a real
 * terminal (TP1 §4, retransmission), a request that got no final answer --
 * no answer by the deadline, a connection that failed or closed first,
 * BUSY, INTERNAL or IN_DOUBT -- is sent again with a new seq and the same
 * plaintext, so a money-moving request keeps its term_serial.  Repeats wait
 * an exponential backoff with jitter, and stop after --retries repeats or
 * --patience seconds (the operator does not keep the customer waiting for
 * ever); the last outcome is then handed back as it is.  SEQ_REPLAY means
 * our counter is behind the station's (a previous run): resume above
 * last_seq, as TP1 §4 step 7 says.
 *
 * A terminal whose request ended without reaching the marketing system
 * (HOST_UNAVAILABLE, no answer, no connection) waits before its next
 * request too, longer each time in a row: during an outage a field of
 * terminals must not hammer the station with requests it cannot serve.
 *
 * Everything received is checked: the MAC (tp1_open), the echoed seq,
 * terminal, key version and function.  A failure is a violation.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>

#include "termsim.h"

#define MAX_FRAME	(64 * 1024)
#define MAX_RESYNC	3
#define BACKOFF_BASE_US	500000LL	/* first pause, doubled each time */
#define BACKOFF_CAP_US	8000000LL

enum {
	TW_NONE, TW_PACE, TW_GPRS_UP, TW_GPRS_DOWN, TW_BACKOFF, TW_LATER,
	TW_HOLD,
};

static void	attempt(struct tsim_term *);
static void	send_now(struct tsim_term *);
static void	deliver(struct tsim_term *);
static void	release_slot(struct tsim_ctx *);
static void	go(struct tsim_term *);

uint64_t
engine_rand(struct tsim_term *t)
{
	/* xorshift64*: reproducible per terminal with --seed. */
	t->rng ^= t->rng >> 12;
	t->rng ^= t->rng << 25;
	t->rng ^= t->rng >> 27;
	return t->rng * 2685821657736338717ULL;
}

/*
 * The n-th pause in a row (n >= 1): 0.5 s doubling up to 8 s, each drawn
 * from 75..125 % of that so that terminals knocked out together do not
 * come back in step.
 */
int64_t
engine_backoff_us(struct tsim_term *t, int n)
{
	int64_t	d = BACKOFF_BASE_US;

	while (--n > 0 && d < BACKOFF_CAP_US)
		d *= 2;
	if (d > BACKOFF_CAP_US)
		d = BACKOFF_CAP_US;
	return d * 3 / 4 + (int64_t)(engine_rand(t) % (uint64_t)(d / 2 + 1));
}

static int
resolve_one(struct tsim_ctx *ctx, const char *hostport, size_t len)
{
	struct addrinfo	 hints, *ai = NULL;
	char		 host[256], port[16], *colon;

	if (len >= sizeof(host) || ctx->nsrv == TSIM_MAX_SERVERS)
		return -1;
	snprintf(host, sizeof(host), "%.*s", (int)len, hostport);
	if ((colon = strrchr(host, ':')) == NULL)
		return -1;
	*colon = '\0';
	/* Copied out: host is rewritten below ("0.0.0.0" -> loopback). */
	if (snprintf(port, sizeof(port), "%s", colon + 1) >= (int)sizeof(port))
		return -1;
	if (host[0] == '[') {
		memmove(host, host + 1, strlen(host));
		if ((colon = strchr(host, ']')) != NULL)
			*colon = '\0';
	}
	/* A listener on every address is reached on loopback. */
	if (strcmp(host, "0.0.0.0") == 0 || host[0] == '\0')
		snprintf(host, sizeof(host), "127.0.0.1");
	else if (strcmp(host, "::") == 0)
		snprintf(host, sizeof(host), "::1");
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	if (getaddrinfo(host, port, &hints, &ai) != 0 || ai == NULL)
		return -1;
	if (ctx->nsrv > 0 && ai->ai_family != ctx->srv[0].ss_family) {
		freeaddrinfo(ai);	/* one family: the SIM address binds */
		return -1;
	}
	memcpy(&ctx->srv[ctx->nsrv], ai->ai_addr, ai->ai_addrlen);
	ctx->srvlen[ctx->nsrv++] = ai->ai_addrlen;
	freeaddrinfo(ai);
	return 0;
}

/*
 * Several front ends (the nodes' frontd), comma-separated: terminal i
 * starts on the (i mod n)-th, and moves to the next one after an attempt
 * that got no answer (no connection, closed, timed out), as a terminal
 * configured with the station's addresses does.
 */
int
engine_resolve(struct tsim_ctx *ctx, const char *hostport)
{
	const char	*p = hostport, *comma;

	ctx->nsrv = 0;
	for (;;) {
		comma = strchr(p, ',');
		if (resolve_one(ctx, p, comma ? (size_t)(comma - p) :
		    strlen(p)) == -1)
			return -1;
		if (comma == NULL)
			return 0;
		p = comma + 1;
	}
}

static void timer_cb(evutil_socket_t, short, void *);
static void tmo_cb(evutil_socket_t, short, void *);

int
engine_term_init(struct tsim_ctx *ctx, struct tsim_term *t)
{
	t->ctx = ctx;
	t->srv = ctx->nsrv > 0 ? t->idx % ctx->nsrv : 0;
	gbuf_init(&t->req);
	if (tp1_tid_pack(t->def.id, t->tid) == -1)
		return -1;
	t->ev_timer = evtimer_new(ctx->base, timer_cb, t);
	t->ev_tmo = evtimer_new(ctx->base, tmo_cb, t);
	if (t->ev_timer == NULL || t->ev_tmo == NULL)
		return -1;
	return 0;
}

static void
close_link(struct tsim_term *t)
{
	if (t->bev != NULL) {
		bufferevent_free(t->bev);
		t->bev = NULL;
	}
	t->connected = 0;
}

void
engine_result_free(struct tsim_result *r)
{
	if (r->plain != NULL) {
		tp1_payload_free(&r->pl);
		free(r->plain);
	}
	memset(r, 0, sizeof(*r));
}

void
engine_term_free(struct tsim_term *t)
{
	close_link(t);
	if (t->ev_timer != NULL)
		event_free(t->ev_timer);
	if (t->ev_tmo != NULL)
		event_free(t->ev_tmo);
	engine_result_free(&t->res);
	gbuf_free(&t->req);
	free(t->custs);
	secure_zero(&t->def, sizeof(t->def));
	secure_zero(t->token, sizeof(t->token));
}

static void
arm_timer(struct tsim_term *t, int what, int64_t us)
{
	struct timeval	tv;

	t->timer_what = what;
	tv.tv_sec = us / 1000000;
	tv.tv_usec = us % 1000000;
	evtimer_add(t->ev_timer, &tv);
}

static int
gprs_delay_us(struct tsim_term *t)
{
	/* One-way GPRS latency: 150..650 ms, the spread of a busy cell. */
	return (int)(150000 + engine_rand(t) % 500000);
}

void
engine_send(struct tsim_term *t, tsim_resp_cb cb)
{
	int64_t	now = now_us();

	engine_result_free(&t->res);
	t->cb = cb;
	t->attempts = 0;
	t->resyncs = 0;
	t->in_flight = 1;
	t->t_first_us = now;
	if (t->req.len >= 2)
		t->req_func = get_be16(t->req.data);
	if (t->hold_until_us > now) {
		/* The last request found the station unable to serve. */
		arm_timer(t, TW_HOLD, t->hold_until_us - now);
		return;
	}
	go(t);
}

/* Take a --concurrency slot (or queue for one) and start. */
static void
go(struct tsim_term *t)
{
	struct tsim_ctx	*ctx = t->ctx;

	t->t_first_us = now_us();
	if (ctx->o.concurrency > 0 && ctx->inflight >= ctx->o.concurrency) {
		/* --concurrency: wait for a slot, first come first served. */
		ctx->waitq[(ctx->wq_head + ctx->wq_len++) % ctx->nterms] = t;
		return;
	}
	ctx->inflight++;
	attempt(t);
}

/* A request is over: hand its slot to the next waiting terminal. */
static void
release_slot(struct tsim_ctx *ctx)
{
	struct tsim_term	*next;

	ctx->inflight--;
	if (ctx->wq_len == 0)
		return;
	next = ctx->waitq[ctx->wq_head];
	ctx->wq_head = (ctx->wq_head + 1) % ctx->nterms;
	ctx->wq_len--;
	ctx->inflight++;
	next->t_first_us = now_us();
	attempt(next);
}

void
engine_later(struct tsim_term *t, int ms, void (*cb)(struct tsim_term *))
{
	t->later_cb = cb;
	arm_timer(t, TW_LATER, (int64_t)ms * 1000);
}

static void
attempt(struct tsim_term *t)
{
	struct tsim_ctx	*ctx = t->ctx;
	int64_t		 now, slot;

	if (ctx->o.rate > 0) {
		/* One global schedule of request slots spaced 1/rate apart. */
		now = now_us();
		slot = ctx->next_slot_us > now ? ctx->next_slot_us : now;
		ctx->next_slot_us = slot + (int64_t)(1e6 / ctx->o.rate);
		if (slot - now > 1000) {
			arm_timer(t, TW_PACE, slot - now);
			return;
		}
	}
	if (ctx->o.gprs) {
		arm_timer(t, TW_GPRS_UP, gprs_delay_us(t));
		return;
	}
	send_now(t);
}

/* An outcome after which a terminal pauses before its next request. */
static int
holds_off(int status)
{
	return status == TP1_ST_HOST_UNAVAILABLE ||
	    status == (TSIM_ST_ALERT | TP1_ALERT_OVERLOADED) ||
	    stats_outcome(status) == TSIM_OC_PENDING;
}

static void
finish(struct tsim_term *t, int status)
{
	struct tsim_ctx	*ctx = t->ctx;

	evtimer_del(t->ev_tmo);
	if (holds_off(status)) {
		t->holds++;
		t->hold_until_us = now_us() + engine_backoff_us(t, t->holds);
	} else {
		t->holds = 0;
		t->hold_until_us = 0;
	}
	t->res.status = status;
	t->res.latency_us = now_us() - t->t_first_us;
	t->res.attempts = t->attempts;
	stats_record(ctx, t->req_func, status, t->res.latency_us, t->attempts);
	release_slot(ctx);
	if (ctx->o.gprs && status < TSIM_ST_TIMEOUT) {
		arm_timer(t, TW_GPRS_DOWN, gprs_delay_us(t));
		return;
	}
	deliver(t);
}

static void
deliver(struct tsim_term *t)
{
	tsim_resp_cb	cb = t->cb;

	t->in_flight = 0;
	t->cb = NULL;
	if (cb != NULL)
		cb(t, &t->res);
}

/*
 * No final answer on this attempt (TP1 §4): repeat after a backoff, with a
 * new seq and the same plaintext, while the operator still waits; else
 * hand back what this attempt got.
 */
static void
repeat_or_finish(struct tsim_term *t, int status)
{
	struct tsim_ctx	*ctx = t->ctx;
	int64_t		 d;

	evtimer_del(t->ev_tmo);
	stats_error_now(ctx);
	if (status >= TSIM_ST_TIMEOUT) {
		close_link(t);
		/* No answer from this front end: the next one, if any. */
		if (ctx->nsrv > 1)
			t->srv = (t->srv + 1) % ctx->nsrv;
	}
	d = engine_backoff_us(t, t->attempts);
	if (t->attempts < 1 + ctx->o.retries && now_us() + d - t->t_first_us <
	    (int64_t)ctx->o.patience * 1000000) {
		if (ctx->o.verbose) {
			char	buf[48];

			fprintf(stderr, "termsim: terminal=%s seq=%u %s, "
			    "repeating in %lld ms\n", t->def.id, t->sent_seq,
			    stats_status_name(status, buf, sizeof(buf)),
			    (long long)(d / 1000));
		}
		arm_timer(t, TW_BACKOFF, d);
		return;
	}
	finish(t, status);
}

static void
timer_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct tsim_term	*t = arg;
	void			(*cb)(struct tsim_term *);

	(void)fd;
	(void)ev;
	switch (t->timer_what) {
	case TW_PACE:
		if (t->ctx->o.gprs) {
			arm_timer(t, TW_GPRS_UP, gprs_delay_us(t));
			return;
		}
		send_now(t);
		break;
	case TW_GPRS_UP:
		send_now(t);
		break;
	case TW_BACKOFF:
		attempt(t);
		break;
	case TW_HOLD:
		go(t);
		break;
	case TW_GPRS_DOWN:
		deliver(t);
		break;
	case TW_LATER:
		cb = t->later_cb;
		t->later_cb = NULL;
		if (cb != NULL)
			cb(t);
		break;
	}
}

static void
tmo_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct tsim_term	*t = arg;

	(void)fd;
	(void)ev;
	repeat_or_finish(t, TSIM_ST_TIMEOUT);
}

/* Handle one whole frame; returns 0 when the request is answered. */
static int
on_frame(struct tsim_term *t, const uint8_t *frame, size_t len)
{
	struct tsim_ctx		*ctx = t->ctx;
	struct tp1_header	 h;
	struct tsim_result	*r = &t->res;
	enum tp1_err		 e;
	int			 code;
	uint32_t		 last;

	if (len >= 5 && frame[4] == TP1_KIND_ALERT) {
		if ((code = tp1_alert_parse(frame, len, &h)) == -1) {
			stats_violation(ctx, t, "bad_alert", "malformed alert");
			return TSIM_ST_CONN;
		}
		return TSIM_ST_ALERT | code;
	}
	engine_result_free(r);
	r->plain = xmalloc(len);
	e = tp1_open(&t->def.keys, frame, len, MAX_FRAME, &h, r->plain, len,
	    &r->plain_len);
	if (e != TP1_OK) {
		free(r->plain);
		r->plain = NULL;
		stats_violation(ctx, t, e == TP1_E_BAD_MAC ? "bad_mac" :
		    "bad_frame", "response seq=%u: %s", t->sent_seq,
		    tp1_strerror(e));
		return TSIM_ST_CONN;
	}
	if (h.kind != TP1_KIND_RESPONSE || h.seq != t->sent_seq ||
	    strcmp(h.terminal, t->def.id) != 0 || h.keyver != t->def.keyver ||
	    h.suite != t->def.suite) {
		stats_violation(ctx, t, "header_mismatch", "sent seq=%u got "
		    "kind=%u seq=%u terminal=%s keyver=%u", t->sent_seq, h.kind,
		    h.seq, h.terminal, h.keyver);
		free(r->plain);
		r->plain = NULL;
		return TSIM_ST_CONN;
	}
	if (tp1_payload_parse(r->plain, r->plain_len, &r->pl) != TP1_OK) {
		stats_violation(ctx, t, "bad_payload", "seq=%u", h.seq);
		free(r->plain);
		r->plain = NULL;
		return TSIM_ST_CONN;
	}
	if (r->pl.func != t->req_func)
		stats_violation(ctx, t, "func_mismatch", "sent %s got %s",
		    tp1_func_name(t->req_func), tp1_func_name(r->pl.func));
	if (r->pl.status == TP1_ST_SEQ_REPLAY &&
	    tp1_item_u32(tp1_find(r->pl.items, TP1_T_LAST_SEQ), &last) == 0 &&
	    t->resyncs < MAX_RESYNC) {
		/* Our counter is behind (an earlier run): resume above. */
		t->seq = last;
		t->resyncs++;
		ctx->st.resyncs++;
		return -1;
	}
	return r->pl.status;
}

static void
read_cb(struct bufferevent *bev, void *arg)
{
	struct tsim_term	*t = arg;
	struct evbuffer		*in = bufferevent_get_input(bev);
	struct tp1_header	 h;
	size_t			 avail, flen;
	uint8_t			*p;
	enum tp1_err		 e;
	int			 st;

	avail = evbuffer_get_length(in);
	if (!t->in_flight || t->cb == NULL) {
		/* Nothing asked: the server must not talk. */
		stats_violation(t->ctx, t, "unsolicited", "%zu bytes", avail);
		close_link(t);
		return;
	}
	if (avail < TP1_HDR_LEN)
		return;
	p = evbuffer_pullup(in, TP1_HDR_LEN);
	e = tp1_header_parse(p, avail, MAX_FRAME, &h, &flen);
	if (e == TP1_E_NEED_MORE)
		return;
	if (e != TP1_OK && !(p[4] == TP1_KIND_ALERT && avail >= TP1_ALERT_LEN)) {
		stats_violation(t->ctx, t, "bad_frame", "header: %s",
		    tp1_strerror(e));
		repeat_or_finish(t, TSIM_ST_CONN);
		return;
	}
	if (e != TP1_OK)
		flen = TP1_ALERT_LEN;
	if (avail < flen)
		return;
	p = evbuffer_pullup(in, (ev_ssize_t)flen);
	st = on_frame(t, p, flen);
	evbuffer_drain(in, flen);
	evtimer_del(t->ev_tmo);
	if (!t->ctx->o.keepalive || st >= TSIM_ST_TIMEOUT || st < 0)
		close_link(t);
	if (st == -1) {				/* resynchronised seq */
		t->attempts--;		/* the same attempt, a valid seq */
		send_now(t);
		return;
	}
	if (stats_outcome(st) == TSIM_OC_PENDING) {
		/* TSIM_ST_CONN, BUSY, INTERNAL, IN_DOUBT: not final. */
		repeat_or_finish(t, st);
		return;
	}
	if (st == TP1_ST_NOT_SIGNED_ON)
		t->signed_on = 0;
	finish(t, st);
}

static void
event_cb(struct bufferevent *bev, short what, void *arg)
{
	struct tsim_term	*t = arg;

	(void)bev;
	if (what & BEV_EVENT_CONNECTED) {
		t->connected = 1;
		return;
	}
	/* EOF or error.  Idle keep-alive links closed by the server are
	 * normal; a close while waiting for an answer is a lost answer. */
	if (t->in_flight && t->cb != NULL && evtimer_pending(t->ev_tmo, NULL)) {
		repeat_or_finish(t, TSIM_ST_CONN);
		return;
	}
	close_link(t);
}

static int
open_link(struct tsim_term *t)
{
	struct tsim_ctx		*ctx = t->ctx;
	struct sockaddr_storage	 ss;
	socklen_t		 sl = 0;
	int			 fd, one = 1;

	fd = socket(ctx->srv[t->srv].ss_family, SOCK_STREAM, 0);
	if (fd == -1 || fd_nonblock_cloexec(fd) == -1)
		goto fail;
	if (t->def.ip[0] != '\0') {
		/* The SIM's fixed address: frontd binds the terminal to it. */
		memset(&ss, 0, sizeof(ss));
		if (ctx->srv[t->srv].ss_family == AF_INET) {
			struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;

			s4->sin_family = AF_INET;
			if (inet_pton(AF_INET, t->def.ip, &s4->sin_addr) != 1)
				goto fail;
			sl = sizeof(*s4);
		} else {
			struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;

			s6->sin6_family = AF_INET6;
			if (inet_pton(AF_INET6, t->def.ip, &s6->sin6_addr) != 1)
				goto fail;
			sl = sizeof(*s6);
		}
#ifdef IP_BIND_ADDRESS_NO_PORT
		(void)setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one,
		    sizeof(one));
#endif
		if (bind(fd, (struct sockaddr *)&ss, sl) == -1)
			goto fail;
	}
	(void)one;
	t->bev = bufferevent_socket_new(ctx->base, fd, BEV_OPT_CLOSE_ON_FREE);
	if (t->bev == NULL)
		goto fail;
	fd = -1;
	bufferevent_setcb(t->bev, read_cb, NULL, event_cb, t);
	if (ctx->gprs_cfg != NULL)
		bufferevent_set_rate_limit(t->bev, ctx->gprs_cfg);
	bufferevent_enable(t->bev, EV_READ | EV_WRITE);
	if (bufferevent_socket_connect(t->bev,
	    (struct sockaddr *)&ctx->srv[t->srv], (int)ctx->srvlen[t->srv]) ==
	    -1) {
		close_link(t);
		return -1;
	}
	return 0;
fail:
	if (fd != -1)
		close(fd);
	return -1;
}

static void
send_now(struct tsim_term *t)
{
	struct tsim_ctx		*ctx = t->ctx;
	struct tp1_header	 h;
	struct gbuf		 frame;
	struct timeval		 tv;

	t->attempts++;
	if (!ctx->o.keepalive || t->bev == NULL) {
		close_link(t);
		if (open_link(t) == -1) {
			if (ctx->o.verbose)
				fprintf(stderr, "termsim: terminal=%s connect: "
				    "%s\n", t->def.id, strerror(errno));
			/* Count the failed attempt; repeat like a lost
			 * answer, after the same backoff. */
			repeat_or_finish(t, TSIM_ST_CONN);
			return;
		}
	}
	if (t->rekey) {
		t->def.keyver = t->rekey_ver;
		t->def.keys = t->rekey_keys;
		tp1_keys_clear(&t->rekey_keys);
		t->rekey = 0;
	}
	memset(&h, 0, sizeof(h));
	h.version = TP1_VERSION;
	h.suite = t->def.suite;
	h.kind = TP1_KIND_REQUEST;
	h.flags = ctx->o.keepalive ? TP1_FLAG_KEEPALIVE : 0;
	memcpy(h.tid, t->tid, sizeof(h.tid));
	memcpy(h.terminal, t->def.id, sizeof(h.terminal));
	h.seq = ++t->seq;
	h.time = (uint32_t)(now_us() / 1000000);
	h.keyver = t->def.keyver;
	t->sent_seq = h.seq;
	gbuf_init(&frame);
	if (tp1_seal(&t->def.keys, &h, NULL, t->req.data, t->req.len,
	    &frame) != TP1_OK) {
		gbuf_free(&frame);
		stats_violation(ctx, t, "seal", "cannot seal request");
		finish(t, TSIM_ST_CONN);
		return;
	}
	bufferevent_write(t->bev, frame.data, frame.len);
	gbuf_free(&frame);
	tv.tv_sec = ctx->o.timeout_ms / 1000;
	tv.tv_usec = (ctx->o.timeout_ms % 1000) * 1000;
	evtimer_add(t->ev_tmo, &tv);
}
