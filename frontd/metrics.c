/*
 * metrics.c - frontd's counters and histograms, rendered as Prometheus text
 * for appsrv (IPC_METRICS) and for GET /metrics on metrics_listen (evhttp).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>

#include "frontd.h"
#include "log.h"

#define NBUCKET	14
static const int64_t bucket_us[NBUCKET] = {
	100, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000,
	250000, 500000, 1000000, 5000000,
};

struct hist {
	uint64_t	b[NBUCKET + 1];
	uint64_t	count;
	int64_t		sum_us;
};

struct fcount {
	uint16_t	func, status;
	uint64_t	n;
};

struct metrics {
	struct frontd	*fx;
	struct evhttp	*http;
	int64_t		 open;
	uint64_t	 accepted;
	uint64_t	 proxied[2];	/* PROXY v2 headers read: PROXY, LOCAL */
	uint64_t	 refused[MX_REF_N];
	uint64_t	 alerts[16];
	uint64_t	 suppressed[MX_SUP_N];
	struct ht	*frames;
	struct hist	 latency, fsync;
	uint64_t	 bank_refused[MX_BREF_N];
	uint64_t	 bank_answers[MX_BANK_CODES + 1];	/* + other */
};

static const char *bank_refuse_names[MX_BREF_N] = {
	"max_conns", "address", "per_bank", "registry",
};

/* The BK/1 codes (BK1 §6) counted by name; others as "other". */
static const char *bank_codes[MX_BANK_CODES] = {
	"0000", "1001", "1002", "1003", "1004", "2001", "2002", "2005",
	"8001", "8002", "8003", "8004", "9001", "9002", "9003", "9999",
};

static const char *refuse_names[MX_REF_N] = {
	"max_conns", "per_ip", "draining", "no_fd", "proxy_not_allowed",
	"proxy_bad",
};

static void
hist_add(struct hist *h, int64_t us)
{
	int	i;

	for (i = 0; i < NBUCKET && us > bucket_us[i]; i++)
		;
	h->b[i]++;
	h->count++;
	h->sum_us += us;
}

static void
addf(struct gbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
addf(struct gbuf *b, const char *fmt, ...)
{
	va_list	ap;
	char	line[512];
	int	n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (n > 0)
		gbuf_add(b, line, (size_t)n < sizeof(line) ? (size_t)n :
		    sizeof(line) - 1);
}

static void
hist_text(struct gbuf *b, const char *name, const char *help,
    const struct hist *h)
{
	uint64_t	cum = 0;
	int		i;

	addf(b, "# HELP %s %s\n# TYPE %s histogram\n", name, help, name);
	for (i = 0; i < NBUCKET; i++) {
		cum += h->b[i];
		addf(b, "%s_bucket{le=\"%g\"} %llu\n", name,
		    (double)bucket_us[i] / 1e6, (unsigned long long)cum);
	}
	cum += h->b[NBUCKET];
	addf(b, "%s_bucket{le=\"+Inf\"} %llu\n", name, (unsigned long long)cum);
	addf(b, "%s_sum %.6f\n%s_count %llu\n", name, (double)h->sum_us / 1e6,
	    name, (unsigned long long)h->count);
}

static int
frame_text(const void *k, size_t kl, void *v, void *arg)
{
	struct fcount	*f = v;
	const char	*fn = tp1_func_name(f->func);
	const char	*st = tp1_status_name(f->status);

	(void)k; (void)kl;
	addf(arg, "gf_frontd_frames_total{func=\"%s\",status=\"%s\"} %llu\n",
	    fn ? fn : "UNKNOWN", st ? st : "UNKNOWN",
	    (unsigned long long)f->n);
	return 0;
}

void
metrics_text(struct metrics *m, struct gbuf *b)
{
	const char	*an;
	int		 i;

	addf(b, "# HELP gf_frontd_worker This process's worker number "
	    "(frontd.workers; 0 with one process).\n"
	    "# TYPE gf_frontd_worker gauge\ngf_frontd_worker %d\n", m->fx->wid);
	addf(b, "# HELP gf_frontd_connections_open Open TP/1 connections.\n"
	    "# TYPE gf_frontd_connections_open gauge\n"
	    "gf_frontd_connections_open %lld\n", (long long)m->open);
	/* The one figure an operator must alert on: 1 = a journal write or
	 * fdatasync failed, frontd takes no work until restarted. */
	addf(b, "# HELP gf_frontd_journal_failed 1 once the journal failed "
	    "(no new work is taken).\n"
	    "# TYPE gf_frontd_journal_failed gauge\n"
	    "gf_frontd_journal_failed %d\n",
	    m->fx->jn != NULL && journal_failed(m->fx->jn) ? 1 : 0);
	addf(b, "# HELP gf_frontd_connections_accepted_total Accepted.\n"
	    "# TYPE gf_frontd_connections_accepted_total counter\n"
	    "gf_frontd_connections_accepted_total %llu\n",
	    (unsigned long long)m->accepted);
	addf(b, "# HELP gf_frontd_proxy_headers_total PROXY v2 headers read "
	    "from balancers (proxy_from), by command.\n"
	    "# TYPE gf_frontd_proxy_headers_total counter\n"
	    "gf_frontd_proxy_headers_total{command=\"proxy\"} %llu\n"
	    "gf_frontd_proxy_headers_total{command=\"local\"} %llu\n",
	    (unsigned long long)m->proxied[0], (unsigned long long)m->proxied[1]);
	addf(b, "# HELP gf_frontd_connections_refused_total Refused at accept "
	    "or at the PROXY header."
	    "\n# TYPE gf_frontd_connections_refused_total counter\n");
	for (i = 0; i < MX_REF_N; i++)
		addf(b, "gf_frontd_connections_refused_total{reason=\"%s\"} "
		    "%llu\n", refuse_names[i], (unsigned long long)m->refused[i]);
	addf(b, "# HELP gf_frontd_bank_connections_open Open bank (BK/1) "
	    "connections.\n# TYPE gf_frontd_bank_connections_open gauge\n"
	    "gf_frontd_bank_connections_open %d\n", m->fx->nbsessions);
	addf(b, "# HELP gf_frontd_bank_refused_total Bank connections refused "
	    "(closed without an answer).\n"
	    "# TYPE gf_frontd_bank_refused_total counter\n");
	for (i = 0; i < MX_BREF_N; i++)
		addf(b, "gf_frontd_bank_refused_total{reason=\"%s\"} %llu\n",
		    bank_refuse_names[i],
		    (unsigned long long)m->bank_refused[i]);
	addf(b, "# HELP gf_frontd_bank_answers_total BK/1 answers by code.\n"
	    "# TYPE gf_frontd_bank_answers_total counter\n");
	for (i = 0; i <= MX_BANK_CODES; i++)
		addf(b, "gf_frontd_bank_answers_total{rspcode=\"%s\"} %llu\n",
		    i < MX_BANK_CODES ? bank_codes[i] : "other",
		    (unsigned long long)m->bank_answers[i]);
	addf(b, "# HELP gf_frontd_frames_total Responses by function and "
	    "status.\n# TYPE gf_frontd_frames_total counter\n");
	ht_foreach(m->frames, frame_text, b);
	addf(b, "# HELP gf_frontd_alerts_total Alerts sent by code.\n"
	    "# TYPE gf_frontd_alerts_total counter\n");
	for (i = 1; i < 16; i++) {
		if ((an = tp1_alert_name((uint16_t)i)) == NULL)
			continue;
		addf(b, "gf_frontd_alerts_total{alert=\"%s\"} %llu\n", an,
		    (unsigned long long)m->alerts[i]);
	}
	addf(b, "# HELP gf_frontd_suppressed_total Alerts not journaled and "
	    "alarms collapsed, over the limits per address and terminal.\n"
	    "# TYPE gf_frontd_suppressed_total counter\n"
	    "gf_frontd_suppressed_total{what=\"alert_journal\"} %llu\n"
	    "gf_frontd_suppressed_total{what=\"alarm\"} %llu\n",
	    (unsigned long long)m->suppressed[MX_SUP_JOURNAL],
	    (unsigned long long)m->suppressed[MX_SUP_ALARM]);
	hist_text(b, "gf_frontd_request_seconds",
	    "From a complete request frame to its response written.",
	    &m->latency);
	hist_text(b, "gf_frontd_journal_fsync_seconds",
	    "Journal group commit write+fdatasync.", &m->fsync);
}

static void
http_cb(struct evhttp_request *req, void *arg)
{
	struct metrics	*m = arg;
	struct evbuffer	*out;
	struct gbuf	 b;

	if (evhttp_request_get_command(req) != EVHTTP_REQ_GET) {
		evhttp_send_error(req, 405, "Method Not Allowed");
		return;
	}
	gbuf_init(&b);
	metrics_text(m, &b);
	out = evbuffer_new();
	evbuffer_add(out, b.data, b.len);
	evhttp_add_header(evhttp_request_get_output_headers(req),
	    "Content-Type", "text/plain; version=0.0.4");
	evhttp_send_reply(req, 200, "OK", out);
	evbuffer_free(out);
	gbuf_free(&b);
}

struct metrics *
metrics_new(struct frontd *fx, char *err, size_t errlen)
{
	struct metrics	*m = xcalloc(1, sizeof(*m));
	const char	*ml = fx->conf.frontd.metrics_listen;
	char		 host[256], *colon;
	int		 port;

	m->fx = fx;
	m->frames = ht_new();
	if (ml == NULL || ml[0] == '\0')
		return m;
	snprintf(host, sizeof(host), "%s", ml);
	if ((colon = strrchr(host, ':')) == NULL ||
	    (port = atoi(colon + 1)) <= 0 || port > 65535) {
		snprintf(err, errlen, "metrics_listen \"%s\": want host:port", ml);
		goto fail;
	}
	*colon = '\0';
	if (host[0] == '[' && colon[-1] == ']') {
		colon[-1] = '\0';
		memmove(host, host + 1, strlen(host));
	}
	/* Worker k answers on the configured port + k. */
	if (port + fx->wid > 65535) {
		snprintf(err, errlen, "metrics_listen %s: no port for worker "
		    "%d", ml, fx->wid);
		goto fail;
	}
	port += fx->wid;
	m->http = evhttp_new(fx->base);
	if (m->http == NULL ||
	    evhttp_bind_socket(m->http, host, (uint16_t)port) == -1) {
		snprintf(err, errlen, "metrics_listen %s: cannot bind", ml);
		goto fail;
	}
	evhttp_set_cb(m->http, "/metrics", http_cb, m);
	evhttp_set_timeout(m->http, 10);
	return m;
fail:
	metrics_free(m);
	return NULL;
}

static int
free_one(const void *k, size_t kl, void *v, void *arg)
{
	(void)k; (void)kl; (void)arg;
	free(v);
	return 1;
}

void
metrics_free(struct metrics *m)
{
	if (m == NULL)
		return;
	if (m->http)
		evhttp_free(m->http);
	ht_foreach(m->frames, free_one, NULL);
	ht_free(m->frames);
	free(m);
}

void
metrics_accept(struct metrics *m)
{
	m->accepted++;
}

void
metrics_proxied(struct metrics *m, int local)
{
	m->proxied[local ? 1 : 0]++;
}

void
metrics_refuse(struct metrics *m, enum mx_refuse r)
{
	m->refused[r]++;
}

void
metrics_bank_refuse(struct metrics *m, enum mx_bank_refuse r)
{
	m->bank_refused[r]++;
}

void
metrics_bank_answer(struct metrics *m, const char *rspcode)
{
	int	i;

	for (i = 0; i < MX_BANK_CODES; i++)
		if (strcmp(rspcode, bank_codes[i]) == 0)
			break;
	m->bank_answers[i]++;
}

void
metrics_conn_open(struct metrics *m, int delta)
{
	m->open += delta;
}

void
metrics_frame(struct metrics *m, uint16_t func, uint16_t status)
{
	uint16_t	 key[2] = { func, status };
	struct fcount	*f = ht_get(m->frames, key, sizeof(key));

	if (f == NULL) {
		if (ht_count(m->frames) > 4096)	/* bogus func codes */
			return;
		f = xcalloc(1, sizeof(*f));
		f->func = func;
		f->status = status;
		ht_put(m->frames, key, sizeof(key), f);
	}
	f->n++;
}

void
metrics_suppressed(struct metrics *m, enum mx_suppress what)
{
	m->suppressed[what]++;
}

void
metrics_alert(struct metrics *m, uint16_t code)
{
	if (code < 16)
		m->alerts[code]++;
}

void
metrics_latency(struct metrics *m, int64_t us)
{
	hist_add(&m->latency, us);
}

void
metrics_fsync(struct metrics *m, int64_t us)
{
	hist_add(&m->fsync, us);
}
