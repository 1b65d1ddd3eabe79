/*
 * run.c - `banksim run`: the counter load against the station's bank port.
 *
 *   banksim run --server HOST:PORT --banks 0102,0103 --keys F
 *       --customers FILE|FIRST-LAST [--conns N] [--rate R] [--duration S]
 *       [--sources ADDR,ADDR] [--wrong-source ADDR] [--serials FILE]
 *       [--faults drop-before=P,drop-after=P,late=P,badmac=P,wrongaddr=P]
 *       [--late-ms N] [--reverse-rate P] [--query-rate P] [--repeat-rate P]
 *       [--ledger FILE]
 *       [--timeout MS] [--heartbeat S] [--settle S] [--audit]
 *       [--books DSN] [--seed S] [--quiet]
 *
 * --conns connections (default 4) go round the banks; each binds to its
 * bank's source address (--sources, one per bank in order; default
 * 127.0.0.<2+i>), which the station must have registered for the bank;
 * --wrong-source (default 127.0.0.250) is one it must refuse.  --rate is
 * requests per second over all connections (0: closed loop, each
 * connection sends as soon as it has its answer).  --customers is a file
 * whose lines start with a customer number (`mktsim customers`) or a
 * range of numbers.  Rates P are percentages: --query-rate (50) of the
 * payments are preceded by a 2001 for the customer, --reverse-rate (0)
 * of the steps reverse one of the connection's payments of the day,
 * --repeat-rate (2) send an answered payment again (the same answer must
 * come back).
 *
 * Serials are unique forever per bank: --serials FILE keeps each bank's
 * next serial (a block of 10^7 is reserved at the start, so a run that
 * dies leaves no serial to be used twice); without it they start from the
 * clock.  --ledger appends each payment and reversal answered 0000
 * (ledger.c) for `banksim dayfile`.
 *
 * After --duration seconds no new business starts; each connection
 * settles its open requests (and with --audit asks 2006 about each of its
 * payments) for up to --settle seconds.  --books then checks the
 * marketing system's books (books.c).  A progress line goes to stderr
 * each second, the summary to stdout.  SIGTERM or SIGINT ends the
 * business early, as the duration would.  Exit: 0, 1 an invariant
 * violation (an op left without a definite answer is one), 2 usage or
 * setup, 3 nothing was answered.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/util.h>

#include "load.h"
#include "log.h"
#include "util.h"

#define SERIAL_BLOCK	10000000ULL

static int
run_usage(void)
{
	fprintf(stderr, "usage: banksim run --server HOST:PORT --banks B,B... "
	    "--keys F --customers FILE|FIRST-LAST\n"
	    "\t[--conns N] [--rate R] [--duration S] [--sources A,A...] "
	    "[--wrong-source A]\n"
	    "\t[--serials FILE] [--faults drop-before=P,drop-after=P,late=P,"
	    "badmac=P,wrongaddr=P]\n"
	    "\t[--late-ms N] [--reverse-rate P] [--query-rate P] "
	    "[--repeat-rate P]\n\t[--ledger FILE] [--timeout MS] "
	    "[--heartbeat S] [--settle S] [--audit] [--books DSN] "
	    "[--seed S] [--quiet]\n");
	return 2;
}

static int
load_customers(struct ld_ctx *ctx, const char *arg)
{
	char		*txt, *line, *nl, *bar, err[512], *dash, fmt[16];
	size_t		 len, cap = 0;
	unsigned long long a, b, x;
	int		 width;

	dash = strchr(arg, '-');
	if (dash != NULL && access(arg, F_OK) == -1) {
		width = (int)(dash - arg);
		a = strtoull(arg, NULL, 10);
		b = strtoull(dash + 1, NULL, 10);
		if (width <= 0 || width > 20 || b < a || b - a > 10000000)
			return -1;
		snprintf(fmt, sizeof(fmt), "%%0%dllu", width);
		for (x = a; x <= b; x++) {
			if (ctx->ncusts == cap) {
				cap = cap ? cap * 2 : 256;
				ctx->custs = xrealloc(ctx->custs,
				    cap * sizeof(*ctx->custs));
			}
			ctx->custs[ctx->ncusts] = xmalloc(24);
			snprintf(ctx->custs[ctx->ncusts++], 24, fmt, x);
		}
		return 0;
	}
	if ((txt = bs_read_file(arg, &len, err, sizeof(err))) == NULL) {
		fprintf(stderr, "banksim: customers: %s\n", err);
		return -1;
	}
	for (line = txt; line != NULL; line = nl) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		if ((bar = strchr(line, '|')) != NULL)
			*bar = '\0';
		if (line[0] == '\0' || line[0] == '#' || strlen(line) >= 24)
			continue;
		if (ctx->ncusts == cap) {
			cap = cap ? cap * 2 : 256;
			ctx->custs = xrealloc(ctx->custs,
			    cap * sizeof(*ctx->custs));
		}
		ctx->custs[ctx->ncusts++] = xstrdup(line);
	}
	free(txt);
	return ctx->ncusts > 0 ? 0 : -1;
}

static int
parse_faults(struct ld_ctx *ctx, char *spec)
{
	char	*item, *eq, *save = NULL;
	int	*dst;

	for (item = strtok_r(spec, ",", &save); item != NULL;
	    item = strtok_r(NULL, ",", &save)) {
		if ((eq = strchr(item, '=')) == NULL)
			return -1;
		*eq++ = '\0';
		if (strcmp(item, "drop-before") == 0)
			dst = &ctx->f_drop_before;
		else if (strcmp(item, "drop-after") == 0)
			dst = &ctx->f_drop_after;
		else if (strcmp(item, "late") == 0)
			dst = &ctx->f_late;
		else if (strcmp(item, "badmac") == 0)
			dst = &ctx->f_badmac;
		else if (strcmp(item, "wrongaddr") == 0)
			dst = &ctx->f_wrongaddr;
		else
			return -1;
		if (bs_rate(eq, dst) == -1)
			return -1;
	}
	return 0;
}

/* --serials: each bank's next serial, a block reserved now. */
static int
serials_load(struct ld_ctx *ctx)
{
	FILE		*fp;
	char		 bank[8], tmp[4096];
	unsigned long long next;
	int		 i;

	for (i = 0; i < ctx->nbanks; i++)
		ctx->banks[i].next_serial = (uint64_t)(now_us() / 1000000) *
		    100000ULL;
	if (ctx->serials_path == NULL)
		return 0;
	if ((fp = fopen(ctx->serials_path, "re")) != NULL) {
		while (fscanf(fp, "%7s %llu", bank, &next) == 2)
			for (i = 0; i < ctx->nbanks; i++)
				if (strcmp(ctx->banks[i].no, bank) == 0)
					ctx->banks[i].next_serial = next;
		fclose(fp);
	} else
		for (i = 0; i < ctx->nbanks; i++)
			ctx->banks[i].next_serial = 1;
	snprintf(tmp, sizeof(tmp), "%s.tmp", ctx->serials_path);
	if ((fp = fopen(tmp, "we")) == NULL)
		return -1;
	for (i = 0; i < ctx->nbanks; i++)
		fprintf(fp, "%s %llu\n", ctx->banks[i].no,
		    (unsigned long long)(ctx->banks[i].next_serial +
		    SERIAL_BLOCK));
	if (fflush(fp) != 0 || fsync(fileno(fp)) == -1 || fclose(fp) != 0 ||
	    rename(tmp, ctx->serials_path) == -1)
		return -1;
	return 0;
}

static void
serials_save(struct ld_ctx *ctx)
{
	FILE	*fp;
	char	 tmp[4096];
	int	 i;

	if (ctx->serials_path == NULL)
		return;
	snprintf(tmp, sizeof(tmp), "%s.tmp", ctx->serials_path);
	if ((fp = fopen(tmp, "we")) == NULL)
		return;
	for (i = 0; i < ctx->nbanks; i++)
		fprintf(fp, "%s %llu\n", ctx->banks[i].no,
		    (unsigned long long)ctx->banks[i].next_serial);
	if (fflush(fp) == 0 && fsync(fileno(fp)) == 0 && fclose(fp) == 0)
		rename(tmp, ctx->serials_path);
}

static void
run_finish(struct ld_ctx *ctx)
{
	int	i;

	for (i = 0; i < ctx->nconns; i++)
		if (ctx->conns[i].st != CS_DONE) {
			ctx->conns[i].st = CS_DONE;
			ld_conn_free(&ctx->conns[i]);
			ctx->conns[i].ev_next = ctx->conns[i].ev_tmo =
			    ctx->conns[i].ev_hb = NULL;
			ctx->conns[i].unknown = ctx->conns[i].paid = NULL;
		}
	event_base_loopbreak(ctx->base);
}

static void
tick_cb(evutil_socket_t fd, short what, void *arg)
{
	struct ld_ctx	*ctx = arg;
	int64_t		 el = mono_ms() - ctx->t0_ms;

	(void)fd;
	(void)what;
	ld_progress(ctx);
	if (!ctx->stopping && el >= (int64_t)ctx->duration * 1000)
		ld_conn_stop(ctx);
	if (ctx->stopping && el >= (int64_t)(ctx->duration + ctx->settle) *
	    1000)
		run_finish(ctx);
}

static void
sig_cb(evutil_socket_t sig, short what, void *arg)
{
	struct ld_ctx	*ctx = arg;

	(void)what;
	log_info("signal=%d business ends", (int)sig);
	if (!ctx->stopping) {
		ctx->duration = (int)((mono_ms() - ctx->t0_ms) / 1000);
		ld_conn_stop(ctx);
	} else
		run_finish(ctx);
}

int
bs_cmd_run(int argc, char **argv)
{
	struct ld_ctx	 ctx;
	struct timeval	 sec = { 1, 0 };
	const char	*o, *v, *server = NULL, *keys = NULL, *custs = NULL;
	char		 banks[256] = "", sources[1024] = "", faults[256] = "",
			*tok, *save = NULL;
	long		 n;
	size_t		 i;
	int		 a, rc = 2, b;

	memset(&ctx, 0, sizeof(ctx));
	ctx.nconns = 4;
	ctx.duration = 10;
	ctx.settle = 30;
	ctx.timeout_ms = 5000;
	ctx.hb_secs = 60;
	ctx.late_ms = 300;
	ctx.query_rate = 500;
	ctx.repeat_rate = 20;
	ctx.rng = 1;
	snprintf(ctx.wrong_source, sizeof(ctx.wrong_source), "127.0.0.250");
	for (a = 1; a < argc; a++) {
		o = argv[a];
		if (strcmp(o, "--audit") == 0) {
			ctx.audit = 1;
			continue;
		}
		if (strcmp(o, "--quiet") == 0) {
			ctx.quiet = 1;
			continue;
		}
		if (a + 1 >= argc)
			return run_usage();
		v = argv[++a];
		if (strcmp(o, "--server") == 0)
			server = v;
		else if (strcmp(o, "--banks") == 0 && strlen(v) < sizeof(banks))
			snprintf(banks, sizeof(banks), "%s", v);
		else if (strcmp(o, "--keys") == 0)
			keys = v;
		else if (strcmp(o, "--customers") == 0)
			custs = v;
		else if (strcmp(o, "--conns") == 0 &&
		    bs_num(v, 1, LD_MAX_CONNS, &n) == 0)
			ctx.nconns = (int)n;
		else if (strcmp(o, "--rate") == 0 &&
		    bs_num(v, 0, 1000000, &n) == 0)
			ctx.rate = (double)n;
		else if (strcmp(o, "--duration") == 0 &&
		    bs_num(v, 1, 86400, &n) == 0)
			ctx.duration = (int)n;
		else if (strcmp(o, "--settle") == 0 &&
		    bs_num(v, 0, 3600, &n) == 0)
			ctx.settle = (int)n;
		else if (strcmp(o, "--timeout") == 0 &&
		    bs_num(v, 10, 600000, &n) == 0)
			ctx.timeout_ms = (int)n;
		else if (strcmp(o, "--heartbeat") == 0 &&
		    bs_num(v, 1, 3600, &n) == 0)
			ctx.hb_secs = (int)n;
		else if (strcmp(o, "--late-ms") == 0 &&
		    bs_num(v, 1, 600000, &n) == 0)
			ctx.late_ms = (int)n;
		else if (strcmp(o, "--sources") == 0 &&
		    strlen(v) < sizeof(sources))
			snprintf(sources, sizeof(sources), "%s", v);
		else if (strcmp(o, "--wrong-source") == 0 &&
		    strlen(v) < sizeof(ctx.wrong_source))
			snprintf(ctx.wrong_source, sizeof(ctx.wrong_source), "%s",
			    v);
		else if (strcmp(o, "--faults") == 0 &&
		    strlen(v) < sizeof(faults))
			snprintf(faults, sizeof(faults), "%s", v);
		else if (strcmp(o, "--reverse-rate") == 0 &&
		    bs_rate(v, &ctx.reverse_rate) == 0)
			;
		else if (strcmp(o, "--repeat-rate") == 0 &&
		    bs_rate(v, &ctx.repeat_rate) == 0)
			;
		else if (strcmp(o, "--query-rate") == 0 &&
		    bs_rate(v, &ctx.query_rate) == 0)
			;
		else if (strcmp(o, "--ledger") == 0)
			ctx.ledger_path = v;
		else if (strcmp(o, "--serials") == 0)
			ctx.serials_path = v;
		else if (strcmp(o, "--books") == 0)
			ctx.books_dsn = v;
		else if (strcmp(o, "--seed") == 0 &&
		    bs_num(v, 0, 0x7fffffffL, &n) == 0)
			ctx.rng = (uint64_t)n;
		else
			return run_usage();
	}
	if (server == NULL || keys == NULL || custs == NULL ||
	    banks[0] == '\0')
		return run_usage();
	if (faults[0] != '\0' && parse_faults(&ctx, faults) == -1)
		return run_usage();
	ctx.server_len = sizeof(ctx.server);
	if (evutil_parse_sockaddr_port(server, (struct sockaddr *)&ctx.server,
	    &ctx.server_len) == -1)
		return run_usage();
	if (bs_keys_load(&ctx.keys, keys) == -1)
		return 2;
	for (tok = strtok_r(banks, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (ctx.nbanks == BS_MAX_BANKS || !bs_bankno_ok(tok))
			goto out;
		memcpy(ctx.banks[ctx.nbanks].no, tok, 5);
		if ((ctx.banks[ctx.nbanks].ks = bs_key(&ctx.keys, tok, 0)) ==
		    NULL) {
			fprintf(stderr, "banksim: no live key for bank %s\n",
			    tok);
			goto out;
		}
		snprintf(ctx.banks[ctx.nbanks].source,
		    sizeof(ctx.banks[0].source), "127.0.0.%d", 2 + ctx.nbanks);
		ctx.nbanks++;
	}
	save = NULL;
	b = 0;
	for (tok = strtok_r(sources, ",", &save); tok != NULL && b <
	    ctx.nbanks; tok = strtok_r(NULL, ",", &save), b++)
		snprintf(ctx.banks[b].source, sizeof(ctx.banks[0].source), "%s",
		    strcmp(tok, "-") == 0 ? "" : tok);
	if (load_customers(&ctx, custs) == -1) {
		fprintf(stderr, "banksim: no customers in %s\n", custs);
		goto out;
	}
	if (serials_load(&ctx) == -1) {
		fprintf(stderr, "banksim: serials: %s: %s\n", ctx.serials_path,
		    strerror(errno));
		goto out;
	}
	if (ctx.ledger_path != NULL &&
	    (ctx.ledger = fopen(ctx.ledger_path, "ae")) == NULL) {
		fprintf(stderr, "banksim: ledger: %s: %s\n", ctx.ledger_path,
		    strerror(errno));
		goto out;
	}
	if ((ctx.base = event_base_new()) == NULL)
		fatalx("event_base_new");
	ctx.conns = xcalloc((size_t)ctx.nconns, sizeof(*ctx.conns));
	ctx.t0_ms = mono_ms();
	ctx.t0_us = now_us();
	for (a = 0; a < ctx.nconns; a++) {
		ctx.conns[a].ctx = &ctx;
		ctx.conns[a].idx = a;
		ctx.conns[a].bank = a % ctx.nbanks;
		ld_conn_start(&ctx.conns[a]);
	}
	ctx.ev_tick = event_new(ctx.base, -1, EV_PERSIST, tick_cb, &ctx);
	event_add(ctx.ev_tick, &sec);
	ctx.ev_term = evsignal_new(ctx.base, SIGTERM, sig_cb, &ctx);
	ctx.ev_int = evsignal_new(ctx.base, SIGINT, sig_cb, &ctx);
	evsignal_add(ctx.ev_term, NULL);
	evsignal_add(ctx.ev_int, NULL);
	event_base_dispatch(ctx.base);

	for (i = 0; i < ctx.nops; i++)
		if (ctx.ops[i].state == OP_UNKNOWN ||
		    ctx.ops[i].state == OP_INFLIGHT) {
			ctx.s.unsettled++;
			ld_violation(&ctx, "serial=%s trcode=%s: no definite "
			    "answer by the end", ctx.ops[i].serial,
			    ctx.ops[i].trcode);
		}
	ld_summary(&ctx, stdout);
	if (ctx.books_dsn != NULL && ld_books_check(&ctx) == -1)
		ld_violation(&ctx, "books: the check could not be made");
	printf("  payments/s %.1f over %ds of business\n",
	    ctx.duration > 0 ? (double)ctx.s.ok_pay / ctx.duration : 0.0,
	    ctx.duration);
	printf("violations %llu\n", (unsigned long long)ctx.s.violations);
	fflush(stdout);
	serials_save(&ctx);
	rc = ctx.s.violations > 0 ? 1 : ctx.s.answered == 0 ? 3 : 0;
	for (a = 0; a < ctx.nconns; a++)
		if (ctx.conns[a].st != CS_DONE || ctx.conns[a].ev_next != NULL)
			ld_conn_free(&ctx.conns[a]);
	free(ctx.conns);
	event_free(ctx.ev_tick);
	event_free(ctx.ev_term);
	event_free(ctx.ev_int);
	event_base_free(ctx.base);
out:
	if (ctx.ledger != NULL)
		fclose(ctx.ledger);
	for (i = 0; i < ctx.ncusts; i++)
		free(ctx.custs[i]);
	free(ctx.custs);
	free(ctx.ops);
	free(ctx.s.lat);
	bs_keys_free(&ctx.keys);
	return rc;
}
