/*
 * metrics.c - ifsvc's GET /metrics (Prometheus text) on
 * ifsvc.metrics_listen: the store-and-forward queue (depth, the oldest
 * record's age, parked records, deliveries since start) and whether the
 * MI/1 breaker lets calls through.  Off when metrics_listen is "".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>

#include "ifsvc.h"
#include "log.h"
#include "util.h"

struct ifsvc_metrics {
	struct ifsvc	*ctx;
	struct evhttp	*http;
};

static void
http_cb(struct evhttp_request *req, void *arg)
{
	struct ifsvc_metrics		*m = arg;
	const struct outbox_stats	*st = outbox_stats(m->ctx->outbox);
	struct evbuffer			*out;
	struct mkt_state		 ms;

	if (evhttp_request_get_command(req) != EVHTTP_REQ_GET) {
		evhttp_send_error(req, 405, "Method Not Allowed");
		return;
	}
	out = evbuffer_new();
	evbuffer_add_printf(out,
	    "# HELP gf_ifsvc_mi1_usable 1 when the MI/1 breaker is closed and "
	    "a connection is up.\n# TYPE gf_ifsvc_mi1_usable gauge\n"
	    "gf_ifsvc_mi1_usable %d\n", mkt_pool_usable(m->ctx->pool));
	mkt_pool_state(m->ctx->pool, &ms);
	evbuffer_add_printf(out,
	    "# HELP gf_ifsvc_mi1_breaker The MI/1 breaker: 0 closed, 1 open, "
	    "2 half-open.\n# TYPE gf_ifsvc_mi1_breaker gauge\n"
	    "gf_ifsvc_mi1_breaker %d\n", (int)ms.breaker);
	if (st->valid)
		evbuffer_add_printf(out,
		    "# HELP gf_outbox_depth Kept records not yet delivered.\n"
		    "# TYPE gf_outbox_depth gauge\ngf_outbox_depth %lld\n"
		    "# HELP gf_outbox_oldest_age_seconds Age of the oldest "
		    "undelivered record.\n"
		    "# TYPE gf_outbox_oldest_age_seconds gauge\n"
		    "gf_outbox_oldest_age_seconds %lld\n"
		    "# HELP gf_outbox_parked Records refused for good, waiting "
		    "for a person.\n# TYPE gf_outbox_parked gauge\n"
		    "gf_outbox_parked %lld\n", (long long)st->depth,
		    (long long)st->oldest_s, (long long)st->parked_now);
	evbuffer_add_printf(out,
	    "# HELP gf_outbox_sends_total Deliveries by this ifsvc, by "
	    "verdict.\n# TYPE gf_outbox_sends_total counter\n"
	    "gf_outbox_sends_total{verdict=\"delivered\"} %llu\n"
	    "gf_outbox_sends_total{verdict=\"retry\"} %llu\n"
	    "gf_outbox_sends_total{verdict=\"parked\"} %llu\n",
	    (unsigned long long)st->delivered, (unsigned long long)st->retries,
	    (unsigned long long)st->parked);
	evhttp_add_header(evhttp_request_get_output_headers(req),
	    "Content-Type", "text/plain; version=0.0.4");
	evhttp_send_reply(req, 200, "OK", out);
	evbuffer_free(out);
}

struct ifsvc_metrics *
ifsvc_metrics_new(struct ifsvc *ctx)
{
	struct ifsvc_metrics	*m;
	const char		*ml = ctx->conf.ifsvc.metrics_listen;
	char			 host[256], *colon;
	int			 port;

	if (ml == NULL || ml[0] == '\0')
		return NULL;
	snprintf(host, sizeof(host), "%s", ml);
	if ((colon = strrchr(host, ':')) == NULL ||
	    (port = atoi(colon + 1)) <= 0 || port > 65535)
		fatalx("ifsvc: metrics_listen \"%s\": want host:port", ml);
	*colon = '\0';
	m = xcalloc(1, sizeof(*m));
	m->ctx = ctx;
	if ((m->http = evhttp_new(ctx->base)) == NULL ||
	    evhttp_bind_socket(m->http, host, (uint16_t)port) == -1)
		fatalx("ifsvc: metrics_listen %s: cannot bind", ml);
	evhttp_set_allowed_methods(m->http, EVHTTP_REQ_GET);
	evhttp_set_max_headers_size(m->http, 8192);
	evhttp_set_max_body_size(m->http, 0);
	evhttp_set_timeout(m->http, 10);
	evhttp_set_cb(m->http, "/metrics", http_cb, m);
	return m;
}

void
ifsvc_metrics_free(struct ifsvc_metrics *m)
{
	if (m == NULL)
		return;
	evhttp_free(m->http);
	free(m);
}
