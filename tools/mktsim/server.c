/*
 * server.c - the MI/1 listener and connections (MI1 §1): 8-digit length
 * framing, one outstanding request per connection, the answer on the same
 * connection.  Each request is decoded here, meets its fault decision
 * (faults.c), and runs as one mk_handle() call on the database pool
 * (db.c); the result is encoded as the response.
 *
 * Fault order per request: drop before processing; 9999 without
 * processing; process (commit); drop after processing (answer lost);
 * 9999 after processing (error_after); extra latency after the commit,
 * before the answer.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/listener.h>
#include <event2/util.h>

#include "log.h"
#include "mi1.h"
#include "mktsim.h"
#include "util.h"

#define MK_IDLE_SECS	600	/* a silent client connection is closed */
/* What a serial may hold to be echoed or logged as it is. */
#define MK_SERIAL_CHARS	"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" \
			"abcdefghijklmnopqrstuvwxyz-_"

struct mk_conn;

struct mk_server {
	struct mk_ctx		*ctx;
	struct evconnlistener	*lis;
	struct event		*resume;	/* re-enable accept after EMFILE */
	uint64_t		 next_id;
	int			 draining;	/* SIGTERM: no new requests */
	TAILQ_HEAD(, mk_conn)	 conns;
};

struct mk_conn {
	TAILQ_ENTRY(mk_conn)	 entry;
	struct mk_ctx		*ctx;
	struct bufferevent	*bev;
	uint64_t		 id;
	struct mk_job		*job;	/* in flight on the pool, or NULL */
	struct event		*delay;	/* latency fault timer */
	struct mk_decision	 dec;
	struct mi1_msg		 req;	/* head of the request being served */
	struct gbuf		 pending;/* response held back by latency */
};

static void	mk_conn_read_cb(struct bufferevent *, void *);

static void
mk_conn_free(struct mk_conn *c)
{
	if (c->job != NULL)
		c->job->arg = NULL;	/* orphan: the pool still finishes it */
	if (c->delay != NULL)
		event_free(c->delay);
	mi1_msg_clear(&c->req);
	gbuf_free(&c->pending);
	bufferevent_free(c->bev);
	TAILQ_REMOVE(&c->ctx->server->conns, c, entry);
	free(c);
}

/* Serialise a response to c's current request and queue it. */
static void
mk_conn_respond(struct mk_conn *c, const char *rspcode, const char *rspmsg,
    json_t *body, struct gbuf *out)
{
	struct mi1_msg	 rsp;
	char		 err[256], ymd[9], iso[11], hms[7];

	memset(&rsp, 0, sizeof(rsp));
	snprintf(rsp.trcode, sizeof(rsp.trcode), "%s",
	    c->req.trcode[0] ? c->req.trcode : "0000");
	memcpy(rsp.serial, c->req.serial, sizeof(rsp.serial));
	memcpy(rsp.orgno, c->req.orgno, sizeof(rsp.orgno));
	mk_today(c->ctx, ymd, iso, hms);
	memcpy(rsp.txdate, ymd, sizeof(rsp.txdate));
	memcpy(rsp.txtime, hms, sizeof(rsp.txtime));
	rsp.is_response = 1;
	snprintf(rsp.rspcode, sizeof(rsp.rspcode), "%s", rspcode);
	snprintf(rsp.rspmsg, sizeof(rsp.rspmsg), "%s", rspmsg);
	rsp.body = body;
	if (mi1_encode(&rsp, out, err, sizeof(err)) == -1) {
		log_warnx("conn=%llu trcode=%s serial=%s err=\"encode: %s\"",
		    (unsigned long long)c->id, rsp.trcode, rsp.serial, err);
		rsp.body = NULL;
		snprintf(rsp.rspcode, sizeof(rsp.rspcode), "9999");
		snprintf(rsp.rspmsg, sizeof(rsp.rspmsg), "系统错误");
		if (mi1_encode(&rsp, out, err, sizeof(err)) == -1)
			fatalx("mi1 encode of a bare response failed: %s", err);
	}
	log_info("conn=%llu trcode=%s serial=%s rspcode=%s",
	    (unsigned long long)c->id, rsp.trcode, rsp.serial, rsp.rspcode);
}

/* The request is finished: send, then look at further buffered input. */
static void
mk_conn_send(struct mk_conn *c, struct gbuf *out)
{
	bufferevent_write(c->bev, out->data, out->len);
	gbuf_reset(out);
	mi1_msg_clear(&c->req);
	/* A request already buffered: run it from the loop, not recursively. */
	if (evbuffer_get_length(bufferevent_get_input(c->bev)) > 0)
		bufferevent_trigger(c->bev, EV_READ, BEV_TRIG_DEFER_CALLBACKS);
}

static void
mk_conn_delay_cb(evutil_socket_t fd, short what, void *arg)
{
	struct mk_conn	*c = arg;

	(void)fd;
	(void)what;
	mk_conn_send(c, &c->pending);
}

/*
 * The pool finished a request; result is mk_handle()'s JSON or NULL.  A
 * request whose client went away meanwhile (an orphan) has still run, as
 * a real system's would: what it did is logged, and its stserial's rules
 * in the database (sql/fn/dispatch.sql: never booked after a 1006 said
 * NOTFOUND) held for it as for any other.
 */
static void
mk_conn_job_cb(struct mk_job *j, const char *result)
{
	struct mk_conn	*c = j->arg;
	json_t		*res = NULL, *body;
	json_error_t	 jerr;
	const char	*code, *msg;
	struct timeval	 tv;

	if (result != NULL)
		res = json_loads(result, 0, &jerr);
	code = res != NULL ? json_string_value(json_object_get(res, "rspcode")) : NULL;
	msg = res != NULL ? json_string_value(json_object_get(res, "rspmsg")) : NULL;
	body = res != NULL ? json_object_get(res, "body") : NULL;
	if (code == NULL) {
		code = "9999";
		msg = "系统错误";
		body = NULL;
	}
	if (body != NULL && !json_is_object(body))
		body = NULL;
	if (c == NULL)
		log_info("trcode=%s stserial=%s orphan=1 rspcode=%s", j->trcode,
		    j->stserial[0] ? j->stserial : "-", code);
	free(j->body_json);
	free(j);
	if (c == NULL) {
		json_decref(res);
		return;
	}
	c->job = NULL;
	if (c->dec.drop_after) {
		/* Committed, and the answer is lost (MI1 §5). */
		c->ctx->stats.dropped_after++;
		log_info("conn=%llu trcode=%s serial=%s fault=drop_after rspcode=%s",
		    (unsigned long long)c->id, c->req.trcode, c->req.serial, code);
		json_decref(res);
		mk_conn_free(c);
		return;
	}
	if (c->dec.error_after) {
		/* Processed (and committed if it succeeded), answered 9999: the
		 * outcome the client must settle as unknown (MI1 §5). */
		c->ctx->stats.errors_after++;
		log_info("conn=%llu trcode=%s serial=%s fault=error_after rspcode=%s",
		    (unsigned long long)c->id, c->req.trcode, c->req.serial, code);
		code = "9999";
		msg = "系统错误";
		body = NULL;
	}
	mk_conn_respond(c, code, msg != NULL ? msg : "", body, &c->pending);
	json_decref(res);
	if (c->dec.delay_ms > 0) {
		c->ctx->stats.delayed++;
		if (c->delay == NULL)
			c->delay = evtimer_new(c->ctx->base, mk_conn_delay_cb, c);
		tv.tv_sec = c->dec.delay_ms / 1000;
		tv.tv_usec = (c->dec.delay_ms % 1000) * 1000;
		evtimer_add(c->delay, &tv);
		return;
	}
	mk_conn_send(c, &c->pending);
}

/* Best effort for an undecodable body: echo what looks like trcode/serial. */
static void
mk_scrape(const uint8_t *b, size_t len, const char *tag, char *dst, size_t cap)
{
	char		 open[32], close[32];
	const char	*s, *e;
	char		*copy;

	copy = xmalloc(len + 1);
	memcpy(copy, b, len);
	copy[len] = '\0';
	snprintf(open, sizeof(open), "<%s>", tag);
	snprintf(close, sizeof(close), "</%s>", tag);
	if ((s = strstr(copy, open)) != NULL &&
	    (e = strstr(s, close)) != NULL) {
		s += strlen(open);
		if ((size_t)(e - s) < cap &&
		    strspn(s, MK_SERIAL_CHARS) >= (size_t)(e - s)) {
			memcpy(dst, s, (size_t)(e - s));
			dst[e - s] = '\0';
		}
	}
	free(copy);
}

/* One framed request body: decode, decide its fate, run it. */
static void
mk_conn_request(struct mk_conn *c, const uint8_t *xml, size_t len)
{
	struct mk_ctx	*ctx = c->ctx;
	struct mk_job	*j;
	const char	*st;
	char		 err[256], ymd[9];

	if (mi1_decode(xml, len, &c->req, err, sizeof(err)) == -1 ||
	    c->req.is_response) {
		if (c->req.is_response)
			snprintf(err, sizeof(err), "a response sent as request");
		else {
			mk_scrape(xml, len, "trcode", c->req.trcode,
			    sizeof(c->req.trcode));
			mk_scrape(xml, len, "serial", c->req.serial,
			    sizeof(c->req.serial));
			mk_scrape(xml, len, "orgno", c->req.orgno,
			    sizeof(c->req.orgno));
		}
		log_warnx("conn=%llu err=\"format: %s\"",
		    (unsigned long long)c->id, err);
		memset(&c->dec, 0, sizeof(c->dec));
		mk_conn_respond(c, "9001", "报文格式错误", NULL, &c->pending);
		mk_conn_send(c, &c->pending);
		return;
	}
	mk_faults_decide(ctx, c->req.trcode, &c->dec);
	if (c->dec.drop_before) {
		ctx->stats.dropped_before++;
		log_info("conn=%llu trcode=%s serial=%s fault=drop_before",
		    (unsigned long long)c->id, c->req.trcode, c->req.serial);
		mk_conn_free(c);
		return;
	}
	if (c->dec.error) {
		ctx->stats.errors++;
		log_info("conn=%llu trcode=%s serial=%s fault=error",
		    (unsigned long long)c->id, c->req.trcode, c->req.serial);
		mk_conn_respond(c, "9999", "系统错误", NULL, &c->pending);
		mk_conn_send(c, &c->pending);
		return;
	}
	if (c->dec.omit_recon)
		ctx->stats.omitted++;	/* drawn; only a commit makes it real */
	j = xcalloc(1, sizeof(*j));
	snprintf(j->trcode, sizeof(j->trcode), "%s", c->req.trcode);
	j->body_json = c->req.body != NULL ?
	    json_dumps(c->req.body, JSON_COMPACT) : xstrdup("{}");
	if (j->body_json == NULL)
		fatalx("json_dumps: out of memory");
	st = json_string_value(json_object_get(c->req.body, "stserial"));
	if (st != NULL && strspn(st, MK_SERIAL_CHARS) == strlen(st))
		snprintf(j->stserial, sizeof(j->stserial), "%s", st);
	mk_today(ctx, ymd, j->today, j->time);
	j->omit = c->dec.omit_recon;
	j->cb = mk_conn_job_cb;
	j->arg = c;
	c->job = j;
	/*
	 * One outstanding request (MI1 §1): a next one waits in the input
	 * buffer until this is answered (mk_conn_read_cb), bounded by the read
	 * high-water mark.  Reading stays on so that a client that leaves is
	 * noticed now: its request becomes an orphan and runs to its end.
	 */
	mk_pool_submit(ctx->pool, j);
}

static void
mk_conn_read_cb(struct bufferevent *bev, void *arg)
{
	struct mk_conn	*c = arg;
	struct evbuffer	*in = bufferevent_get_input(bev);
	const uint8_t	*buf, *body;
	size_t		 len, bodylen;
	long		 n;

	/* Draining: a request not started yet is not started at all; the
	 * connection is closed once idle (mk_server_busy). */
	if (c->job != NULL || c->pending.len > 0 || c->ctx->server->draining)
		return;
	len = evbuffer_get_length(in);
	if (len == 0)
		return;
	buf = evbuffer_pullup(in, len < MI1_LEN_DIGITS ? -1 :
	    (ev_ssize_t)len);
	n = mi1_frame_parse(buf, len, &body, &bodylen);
	if (n == -1) {
		/* Without a length there is no way to resynchronise. */
		log_warnx("conn=%llu err=\"bad length prefix\"",
		    (unsigned long long)c->id);
		mk_conn_free(c);
		return;
	}
	if (n == 0)
		return;
	{
		uint8_t	*copy = xmalloc(bodylen + 1);

		memcpy(copy, body, bodylen);
		evbuffer_drain(in, (size_t)n);
		mk_conn_request(c, copy, bodylen);
		free(copy);
	}
}

static void
mk_conn_event_cb(struct bufferevent *bev, short what, void *arg)
{
	struct mk_conn	*c = arg;

	(void)bev;
	log_debug("conn=%llu closed what=0x%x", (unsigned long long)c->id,
	    what);
	mk_conn_free(c);
}

static void
mk_accept_cb(struct evconnlistener *l, evutil_socket_t fd,
    struct sockaddr *sa, int salen, void *arg)
{
	struct mk_server	*srv = arg;
	struct mk_ctx		*ctx = srv->ctx;
	struct mk_conn		*c;
	struct linger		 lg = { 1, 0 };
	struct timeval		 idle = { MK_IDLE_SECS, 0 };

	(void)l;
	(void)sa;
	(void)salen;
	if (mk_faults_refuse(ctx)) {
		/* An RST right away: what a refused connection looks like. */
		ctx->stats.refused++;
		setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
		evutil_closesocket(fd);
		log_info("fault=refuse");
		return;
	}
	if (fd_nonblock_cloexec(fd) == -1) {
		evutil_closesocket(fd);
		return;
	}
	c = xcalloc(1, sizeof(*c));
	c->ctx = ctx;
	c->id = ++srv->next_id;
	gbuf_init(&c->pending);
	c->bev = bufferevent_socket_new(ctx->base, fd, BEV_OPT_CLOSE_ON_FREE);
	if (c->bev == NULL) {
		evutil_closesocket(fd);
		free(c);
		return;
	}
	TAILQ_INSERT_TAIL(&srv->conns, c, entry);
	bufferevent_setcb(c->bev, mk_conn_read_cb, NULL, mk_conn_event_cb, c);
	bufferevent_set_timeouts(c->bev, &idle, NULL);
	/* At most one whole request buffered beyond the one being served. */
	bufferevent_setwatermark(c->bev, EV_READ, 0,
	    MI1_LEN_DIGITS + MI1_MAX_BODY);
	bufferevent_enable(c->bev, EV_READ | EV_WRITE);
	log_debug("conn=%llu accepted", (unsigned long long)c->id);
}

static void
mk_accept_resume_cb(evutil_socket_t fd, short what, void *arg)
{
	struct mk_server	*srv = arg;

	(void)fd;
	(void)what;
	if (srv->lis != NULL)
		evconnlistener_enable(srv->lis);
}

static void
mk_accept_error_cb(struct evconnlistener *l, void *arg)
{
	struct mk_server	*srv = arg;
	struct timeval		 tv = { 1, 0 };

	log_warn("listen=accept");
	/* Out of fds: pause for a second rather than spin (STYLE 6). */
	evconnlistener_disable(l);
	evtimer_add(srv->resume, &tv);
}

int
mk_server_start(struct mk_ctx *ctx)
{
	struct mk_server	*srv;
	struct sockaddr_storage	 ss;
	int			 sslen = sizeof(ss);

	if (evutil_parse_sockaddr_port(ctx->listen, (struct sockaddr *)&ss,
	    &sslen) == -1) {
		log_warnx("listen addr=%s err=\"bad address\"", ctx->listen);
		return -1;
	}
	srv = xcalloc(1, sizeof(*srv));
	srv->ctx = ctx;
	TAILQ_INIT(&srv->conns);
	srv->lis = evconnlistener_new_bind(ctx->base, mk_accept_cb, srv,
	    LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC,
	    512, (struct sockaddr *)&ss, sslen);
	if (srv->lis == NULL) {
		log_warn("listen addr=%s", ctx->listen);
		free(srv);
		return -1;
	}
	evconnlistener_set_error_cb(srv->lis, mk_accept_error_cb);
	srv->resume = evtimer_new(ctx->base, mk_accept_resume_cb, srv);
	ctx->server = srv;
	log_info("listening addr=%s", ctx->listen);
	return 0;
}

void
mk_server_stop(struct mk_ctx *ctx)
{
	struct mk_conn	*c;

	if (ctx->server == NULL)
		return;
	while ((c = TAILQ_FIRST(&ctx->server->conns)) != NULL)
		mk_conn_free(c);
	event_free(ctx->server->resume);
	if (ctx->server->lis != NULL)
		evconnlistener_free(ctx->server->lis);
	free(ctx->server);
	ctx->server = NULL;
}

/* SIGTERM: close the listening socket, so that a client is refused at once
 * rather than left in the backlog, and start no new request. */
void
mk_server_drain(struct mk_ctx *ctx)
{
	struct mk_server	*srv = ctx->server;

	if (srv == NULL || srv->draining)
		return;
	srv->draining = 1;
	evtimer_del(srv->resume);
	if (srv->lis != NULL)
		evconnlistener_free(srv->lis);
	srv->lis = NULL;
	log_info("listen=closed addr=%s reason=drain", ctx->listen);
}

/* Grace is over: each connection still waiting for its answer is named in
 * the log; mk_server_stop closes them, and what the database did with
 * their requests is what a 1006 will find. */
void
mk_server_cut(struct mk_ctx *ctx)
{
	struct mk_conn	*c;

	if (ctx->server == NULL)
		return;
	TAILQ_FOREACH(c, &ctx->server->conns, entry)
		if (c->job != NULL || c->pending.len > 0)
			log_warnx("conn=%llu trcode=%s serial=%s drain=cut",
			    (unsigned long long)c->id, c->req.trcode,
			    c->req.serial);
}

/*
 * While draining: the connections whose answer is still held back
 * (latency) or not yet written out; the idle ones are closed here.  A
 * request on the database is counted by mk_pool_busy, whether its client
 * is still there or not.
 */
int
mk_server_busy(struct mk_ctx *ctx)
{
	struct mk_conn	*c, *next;
	int		 n = 0;

	if (ctx->server == NULL)
		return 0;
	for (c = TAILQ_FIRST(&ctx->server->conns); c != NULL; c = next) {
		next = TAILQ_NEXT(c, entry);
		if (c->job != NULL)
			continue;
		if (c->pending.len > 0 ||
		    evbuffer_get_length(bufferevent_get_output(c->bev)) > 0) {
			n++;
			continue;
		}
		if (ctx->server->draining) {
			log_debug("conn=%llu closed reason=drain",
			    (unsigned long long)c->id);
			mk_conn_free(c);
		}
	}
	return n;
}
