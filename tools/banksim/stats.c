/*
 * stats.c - what the load saw: answers by transaction and code, latencies
 * of queries and money requests (every sample kept, sorted once at the end
 * for exact percentiles), invariant violations (the first ones printed in
 * full), the progress line each second and the summary.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load.h"
#include "util.h"

#define PRINT_VIOLATIONS	20
#define MAX_SAMPLES		(16u * 1000 * 1000)

void
ld_code(struct ld_ctx *ctx, const char *trcode, const char *rspcode)
{
	struct ld_stats	*s = &ctx->s;
	char		 key[10];
	int		 i;

	snprintf(key, sizeof(key), "%.4s/%.4s", trcode, rspcode);
	for (i = 0; i < s->ncodes; i++)
		if (strcmp(s->codes[i].key, key) == 0) {
			s->codes[i].n++;
			return;
		}
	if (s->ncodes == LD_MAX_CODES)
		return;
	memcpy(s->codes[s->ncodes].key, key, sizeof(key));
	s->codes[s->ncodes++].n = 1;
}

void
ld_latency(struct ld_ctx *ctx, int64_t us)
{
	struct ld_stats	*s = &ctx->s;

	if (s->nlat == MAX_SAMPLES)
		return;
	if (s->nlat == s->caplat) {
		s->caplat = s->caplat ? s->caplat * 2 : 4096;
		s->lat = xrealloc(s->lat, s->caplat * sizeof(*s->lat));
	}
	s->lat[s->nlat++] = us < 0 ? 0 : us > UINT32_MAX ? UINT32_MAX :
	    (uint32_t)us;
}

void
ld_violation(struct ld_ctx *ctx, const char *fmt, ...)
{
	va_list	ap;

	if (ctx->s.violations++ < PRINT_VIOLATIONS) {
		fprintf(stderr, "VIOLATION ");
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fprintf(stderr, "\n");
	}
}

void
ld_progress(struct ld_ctx *ctx)
{
	struct ld_stats	*s = &ctx->s;
	size_t		 unknown = 0, i;
	int		 up = 0;

	for (i = 0; i < (size_t)ctx->nconns; i++) {
		unknown += ctx->conns[i].nunknown;
		up += ctx->conns[i].st == CS_READY ||
		    ctx->conns[i].st == CS_BUSY;
	}
	if (!ctx->quiet)
		fprintf(stderr, "t=%llds sent=%" PRIu64 " (%" PRIu64 "/s) "
		    "ok_pay=%" PRIu64 " ok_rev=%" PRIu64 " repeats=%" PRIu64
		    " open=%zu conns=%d/%d violations=%" PRIu64 "%s\n",
		    (long long)((mono_ms() - ctx->t0_ms) / 1000), s->sent,
		    s->sent - s->last_sent, s->ok_pay, s->ok_rev, s->repeats,
		    unknown, up, ctx->nconns, s->violations,
		    ctx->stopping ? " settling" : "");
	s->last_sent = s->sent;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static double
pct_ms(const struct ld_stats *s, double p)
{
	size_t	i;

	if (s->nlat == 0)
		return 0;
	i = (size_t)(p / 100.0 * (double)(s->nlat - 1) + 0.5);
	return s->lat[i] / 1000.0;
}

void
ld_summary(struct ld_ctx *ctx, FILE *fp)
{
	struct ld_stats	*s = &ctx->s;
	int		 i;

	if (s->nlat > 1)
		qsort(s->lat, s->nlat, sizeof(*s->lat), cmp_u32);
	fprintf(fp, "banksim run: %d connections, %d banks, %llds\n",
	    ctx->nconns, ctx->nbanks,
	    (long long)((mono_ms() - ctx->t0_ms) / 1000));
	fprintf(fp, "  sent %" PRIu64 ", answered %" PRIu64 ", timeouts %"
	    PRIu64 ", closed %" PRIu64 ", sign-ins %" PRIu64
	    ", heartbeats %" PRIu64 "\n", s->sent, s->answered, s->timeouts,
	    s->closed, s->signins, s->heartbeats);
	fprintf(fp, "  payments ok %" PRIu64 " (%lld fen), reversals ok %"
	    PRIu64 "\n", s->ok_pay, (long long)s->ok_total, s->ok_rev);
	fprintf(fp, "  repeats %" PRIu64 ", status queries %" PRIu64
	    ", audited %" PRIu64 "\n", s->repeats, s->statusq, s->audited);
	fprintf(fp, "  faults: drop-before %" PRIu64 ", drop-after %" PRIu64
	    ", late %" PRIu64 ", badmac %" PRIu64 ", wrongaddr %" PRIu64 "\n",
	    s->dropped_before, s->dropped_after, s->late, s->badmac,
	    s->wrongaddr);
	fprintf(fp, "  latency (queries and money) p50 %.1f ms, p95 %.1f ms, "
	    "p99 %.1f ms over %zu\n", pct_ms(s, 50), pct_ms(s, 95),
	    pct_ms(s, 99), s->nlat);
	fprintf(fp, "  by trcode/rspcode:");
	for (i = 0; i < s->ncodes; i++)
		fprintf(fp, " %s=%" PRIu64, s->codes[i].key, s->codes[i].n);
	fprintf(fp, "\n  unsettled %" PRIu64 ", invariant violations %" PRIu64
	    "\n", s->unsettled, s->violations);
	fflush(fp);
}
