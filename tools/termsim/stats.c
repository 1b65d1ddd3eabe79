/*
 * stats.c - what termsim saw: per function a count, the OKs, every other
 * outcome by name, latencies (kept as samples, sorted once at the end for
 * exact percentiles), and invariant violations by kind.  Also the live
 * progress line and the final table or JSON.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "termsim.h"

#define MAX_SAMPLES	(8u * 1000 * 1000)	/* per function, ~32 MB */
#define PRINT_VIOLATIONS 20			/* printed in full; then counted */

const char *
stats_status_name(int status, char *buf, size_t len)
{
	const char	*n;

	if (status == TSIM_ST_TIMEOUT)
		return "TIMEOUT";
	if (status == TSIM_ST_CONN)
		return "CONN_ERROR";
	if (status & TSIM_ST_ALERT) {
		n = tp1_alert_name((uint16_t)(status & 0xffff));
		snprintf(buf, len, "ALERT_%s", n ? n : "?");
		return buf;
	}
	if ((n = tp1_status_name((uint16_t)status)) != NULL)
		return n;
	snprintf(buf, len, "STATUS_0x%04X", (unsigned)status);
	return buf;
}

/*
 * TP1 §4: OK and the refusals are final; after no answer, a closed
 * connection, BUSY, INTERNAL or IN_DOUBT the outcome is not known yet and
 * the terminal repeats the same request.  SERIAL_REUSED is a refusal
 * (nothing was done).  An alert is advice, not an answer.
 */
enum tsim_outcome
stats_outcome(int status)
{
	if (status == TP1_ST_OK)
		return TSIM_OC_OK;
	if (status == TSIM_ST_TIMEOUT || status == TSIM_ST_CONN)
		return TSIM_OC_PENDING;
	if (status & TSIM_ST_ALERT)
		return TSIM_OC_ALERT;
	switch (status) {
	case TP1_ST_BUSY:
	case TP1_ST_INTERNAL:
	case TP1_ST_IN_DOUBT:
		return TSIM_OC_PENDING;
	}
	return TSIM_OC_REFUSED;
}

static struct tsim_fstat *
fstat_get(struct tsim_stats *st, uint16_t func)
{
	int	i;

	for (i = 0; i < st->nf; i++)
		if (st->f[i].func == func)
			return &st->f[i];
	if (st->nf == TSIM_MAX_FUNCS)
		return NULL;
	memset(&st->f[st->nf], 0, sizeof(st->f[0]));
	st->f[st->nf].func = func;
	return &st->f[st->nf++];
}

/*
 * Outcomes that are the station's or the network's fault count as errors;
 * business answers (NO_ARREARS, NO_SUCH_CUSTOMER...) are normal traffic.
 */
static int
is_error(int status)
{
	if (status >= TSIM_ST_TIMEOUT)
		return 1;
	switch (status) {
	case TP1_ST_HOST_UNAVAILABLE: case TP1_ST_HOST_TIMEOUT:
	case TP1_ST_IN_DOUBT: case TP1_ST_SERIAL_REUSED:
	case TP1_ST_TIME_SKEW: case TP1_ST_SEQ_REPLAY: case TP1_ST_BAD_REQUEST:
	case TP1_ST_UNSUPPORTED_FUNCTION: case TP1_ST_BUSY: case TP1_ST_INTERNAL:
	case TP1_ST_NOT_SIGNED_ON: case TP1_ST_BAD_OPERATOR:
	case TP1_ST_OPERATOR_LOCKED: case TP1_ST_FORBIDDEN:
		return 1;
	}
	return 0;
}

void
stats_record(struct tsim_ctx *ctx, uint16_t func, int status,
    int64_t latency_us, int attempts)
{
	struct tsim_stats	*st = &ctx->st;
	struct tsim_fstat	*f;
	int			 i;

	st->total++;
	if (is_error(status)) {
		st->errors++;
		stats_error_now(ctx);
	}
	if (stats_outcome(status) == TSIM_OC_PENDING)
		st->not_final++;
	if ((f = fstat_get(st, func)) == NULL)
		return;
	f->count++;
	if (attempts > 1)
		f->retries += (uint64_t)(attempts - 1);
	if (status == TP1_ST_OK)
		f->ok++;
	else {
		for (i = 0; i < f->nst; i++)
			if (f->st[i].code == status)
				break;
		if (i == f->nst && f->nst < TSIM_MAX_STATUS) {
			f->st[i].code = status;
			f->st[i].n = 0;
			f->nst++;
		}
		if (i < f->nst)
			f->st[i].n++;
	}
	if (f->nlat < MAX_SAMPLES) {
		if (f->nlat == f->caplat) {
			f->caplat = f->caplat ? f->caplat * 2 : 1024;
			f->lat_us = xrealloc(f->lat_us,
			    f->caplat * sizeof(*f->lat_us));
		}
		f->lat_us[f->nlat++] = latency_us < 0 ? 0 :
		    latency_us > UINT32_MAX ? UINT32_MAX : (uint32_t)latency_us;
	}
}

void
stats_error_now(struct tsim_ctx *ctx)
{
	int64_t	s = (mono_ms() - ctx->start_ms) / 1000;

	ctx->st.attempt_errors++;
	if (s >= 0 && s < TSIM_ERR_SECONDS)
		ctx->st.err_sec[s / 8] |= (uint8_t)(1u << (s % 8));
}

/* Seconds of the run in which some attempt failed, and the first and
 * last of them (-1 when none). */
static int
err_seconds(const struct tsim_stats *st, int *first, int *last)
{
	int	i, n = 0;

	*first = *last = -1;
	for (i = 0; i < TSIM_ERR_SECONDS; i++)
		if (st->err_sec[i / 8] & (1u << (i % 8))) {
			if (*first == -1)
				*first = i;
			*last = i;
			n++;
		}
	return n;
}

void
stats_violation(struct tsim_ctx *ctx, const struct tsim_term *t,
    const char *kind, const char *fmt, ...)
{
	struct tsim_stats	*st = &ctx->st;
	va_list			 ap;
	int			 i;

	st->violations++;
	for (i = 0; i < st->nvkind; i++)
		if (strcmp(st->vkind[i], kind) == 0)
			break;
	if (i == st->nvkind && st->nvkind < 16) {
		snprintf(st->vkind[i], TSIM_NAME_LEN, "%s", kind);
		st->vkind_n[i] = 0;
		st->nvkind++;
	}
	if (i < st->nvkind)
		st->vkind_n[i]++;
	if (st->violations > PRINT_VIOLATIONS)
		return;
	if (ctx->tty)
		fputs("\r\033[K", stderr);
	fprintf(stderr, "termsim: VIOLATION %s terminal=%s operator=%s: ", kind,
	    t ? t->def.id : "-", t ? t->def.operator_id : "-");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
stats_progress(struct tsim_ctx *ctx, int final)
{
	struct tsim_stats	*st = &ctx->st;
	int64_t			 now = mono_ms();
	double			 el, rate = 0;

	el = (double)(now - ctx->start_ms) / 1000.0;
	if (final && el > 0)
		rate = (double)st->total / el;
	else if (now > st->last_ms && st->last_ms != 0)
		rate = (double)(st->total - st->last_total) * 1000.0 /
		    (double)(now - st->last_ms);
	st->last_total = st->total;
	st->last_ms = now;
	if (ctx->tty) {
		fprintf(stderr, "\r\033[Ktermsim: %5.1fs/%ds  tx=%llu  tx/s=%.0f  "
		    "errors=%llu  violations=%llu  active=%d%s", el,
		    ctx->o.duration, (unsigned long long)st->total, rate,
		    (unsigned long long)st->errors,
		    (unsigned long long)st->violations, ctx->running,
		    final ? "\n" : "");
	} else {
		fprintf(stderr, "termsim: elapsed=%.1f tx=%llu tx_per_s=%.0f "
		    "errors=%llu violations=%llu active=%d\n", el,
		    (unsigned long long)st->total, rate,
		    (unsigned long long)st->errors,
		    (unsigned long long)st->violations, ctx->running);
	}
	fflush(stderr);
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static double
pct_ms(const struct tsim_fstat *f, double p)
{
	size_t	i;

	if (f->nlat == 0)
		return 0;
	/* Nearest rank. */
	i = (size_t)(p / 100.0 * (double)f->nlat + 0.999999);
	if (i < 1)
		i = 1;
	if (i > f->nlat)
		i = f->nlat;
	return f->lat_us[i - 1] / 1000.0;
}

static void
report_json(struct tsim_ctx *ctx, double el)
{
	struct tsim_stats	*st = &ctx->st;
	json_t			*root, *funcs, *fo, *sto, *vio;
	char			 buf[48], *s;
	int			 i, j;

	root = json_object();
	funcs = json_array();
	for (i = 0; i < st->nf; i++) {
		struct tsim_fstat *f = &st->f[i];

		sto = json_object();
		for (j = 0; j < f->nst; j++)
			json_object_set_new(sto, stats_status_name(f->st[j].code,
			    buf, sizeof(buf)), json_integer((json_int_t)f->st[j].n));
		fo = json_pack("{s:s, s:I, s:I, s:I, s:o, s:f, s:f, s:f}",
		    "function", tp1_func_name(f->func) ? tp1_func_name(f->func) :
		    "?", "count", (json_int_t)f->count, "ok", (json_int_t)f->ok,
		    "retries", (json_int_t)f->retries, "statuses", sto,
		    "p50_ms", pct_ms(f, 50), "p95_ms", pct_ms(f, 95),
		    "p99_ms", pct_ms(f, 99));
		json_array_append_new(funcs, fo);
	}
	vio = json_object();
	for (i = 0; i < st->nvkind; i++)
		json_object_set_new(vio, st->vkind[i],
		    json_integer((json_int_t)st->vkind_n[i]));
	json_object_set_new(root, "elapsed_s", json_real(el));
	json_object_set_new(root, "terminals", json_integer(ctx->nterms));
	json_object_set_new(root, "total", json_integer((json_int_t)st->total));
	json_object_set_new(root, "tx_per_s", json_real(el > 0 ?
	    (double)st->total / el : 0));
	json_object_set_new(root, "errors", json_integer((json_int_t)st->errors));
	json_object_set_new(root, "seq_resyncs",
	    json_integer((json_int_t)st->resyncs));
	json_object_set_new(root, "violations",
	    json_integer((json_int_t)st->violations));
	json_object_set_new(root, "violation_kinds", vio);
	json_object_set_new(root, "not_final",
	    json_integer((json_int_t)st->not_final));
	json_object_set_new(root, "checks_deferred",
	    json_integer((json_int_t)st->deferred));
	json_object_set_new(root, "checks_made",
	    json_integer((json_int_t)st->made));
	json_object_set_new(root, "checks_unsettled",
	    json_integer((json_int_t)(st->deferred - st->made)));
	{
		int	n, first, last;

		n = err_seconds(st, &first, &last);
		json_object_set_new(root, "error_seconds", json_integer(n));
		json_object_set_new(root, "error_first_s", json_integer(first));
		json_object_set_new(root, "error_last_s", json_integer(last));
		json_object_set_new(root, "attempt_errors",
		    json_integer((json_int_t)st->attempt_errors));
	}
	json_object_set_new(root, "functions", funcs);
	s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	    JSON_REAL_PRECISION(6));
	if (s != NULL) {
		printf("%s\n", s);
		free(s);
	}
	json_decref(root);
}

void
stats_report(struct tsim_ctx *ctx, int json)
{
	struct tsim_stats	*st = &ctx->st;
	double			 el;
	char			 buf[48], other[512];
	size_t			 off;
	int			 i, j;

	el = (double)(mono_ms() - ctx->start_ms) / 1000.0;
	for (i = 0; i < st->nf; i++)
		qsort(st->f[i].lat_us, st->f[i].nlat, sizeof(uint32_t), cmp_u32);
	if (json) {
		report_json(ctx, el);
		return;
	}
	printf("\n%-17s %8s %8s %9s %9s %9s  %s\n", "function", "count", "ok",
	    "p50_ms", "p95_ms", "p99_ms", "other outcomes");
	for (i = 0; i < st->nf; i++) {
		struct tsim_fstat *f = &st->f[i];

		off = 0;
		other[0] = '\0';
		for (j = 0; j < f->nst && off < sizeof(other) - 64; j++)
			off += (size_t)snprintf(other + off, sizeof(other) - off,
			    "%s%s=%llu", j ? " " : "", stats_status_name(
			    f->st[j].code, buf, sizeof(buf)),
			    (unsigned long long)f->st[j].n);
		if (f->retries && off < sizeof(other) - 32)
			snprintf(other + off, sizeof(other) - off,
			    "%sretries=%llu", off ? " " : "",
			    (unsigned long long)f->retries);
		printf("%-17s %8llu %8llu %9.1f %9.1f %9.1f  %s\n",
		    tp1_func_name(f->func) ? tp1_func_name(f->func) : "?",
		    (unsigned long long)f->count, (unsigned long long)f->ok,
		    pct_ms(f, 50), pct_ms(f, 95), pct_ms(f, 99), other);
	}
	printf("\nterminals=%d elapsed=%.1fs requests=%llu tx_per_s=%.1f "
	    "errors=%llu seq_resyncs=%llu violations=%llu\n", ctx->nterms, el,
	    (unsigned long long)st->total, el > 0 ? (double)st->total / el : 0,
	    (unsigned long long)st->errors, (unsigned long long)st->resyncs,
	    (unsigned long long)st->violations);
	/* Answers still not final after every repeat; checks deferred until
	 * the station settled (TP1 §4), made, and left unmade. */
	printf("checks deferred=%llu made=%llu unsettled=%llu not_final=%llu\n",
	    (unsigned long long)st->deferred, (unsigned long long)st->made,
	    (unsigned long long)(st->deferred - st->made),
	    (unsigned long long)st->not_final);
	{
		int	n, first, last;

		/* The outage as terminals saw it: seconds with a failed
		 * attempt, the first and last such second, failed attempts
		 * (repeated or not) and requests that ended in an error. */
		n = err_seconds(st, &first, &last);
		printf("error_window seconds=%d first_s=%d last_s=%d "
		    "attempt_errors=%llu failed_requests=%llu\n", n, first,
		    last, (unsigned long long)st->attempt_errors,
		    (unsigned long long)st->errors);
	}
	for (i = 0; i < st->nvkind; i++)
		printf("violation %s=%llu\n", st->vkind[i],
		    (unsigned long long)st->vkind_n[i]);
	fflush(stdout);
}

void
stats_free(struct tsim_stats *st)
{
	int	i;

	for (i = 0; i < st->nf; i++)
		free(st->f[i].lat_us);
	st->nf = 0;
}
