/*
 * termsim - simulated handheld terminals speaking TP/1 to frontd.
 *
 *   termsim [common options] run [--terminals N] [--duration S]
 *       [--rate R | --concurrency C] [--mix collector=70,reader=20,dunning=10]
 *       [--keepalive] [--gprs] [--payments-only] [--json]
 *   termsim [common options] call [--terminal ID] [--operator ID] FUNC k=v...
 *
 * Common options: -f CONF (the server address is frontd's first listen
 * address), --server HOST:PORT, --terminals-file FILE (default
 * var/terminals, written by ./gf demo), --keys KEYFILE (derive the keys of
 * lines whose keys are "-"), --customers-file FILE (`mktsim customers`
 * output: adds card meters), --timeout MS (per attempt), --retries N and
 * --patience S (repeats of a request without a final answer, TP1 §4, and
 * the time after which none is started), --settle S (run: how long after
 * the end the collectors may take to make their deferred checks), --seed
 * N, --book-format FMT.  Exit status: 0 fine, 1 invariant violations (run)
 * or a non-OK answer (call), 2 usage or setup error, 3 nothing answered,
 * 4 no final answer (call: IN_DOUBT, BUSY or INTERNAL after every repeat;
 * run: deferred checks the station did not let termsim make in time).
 */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conf.h"
#include "log.h"
#include "termsim.h"

enum {
	O_TERMINALS = 256, O_DURATION, O_RATE, O_CONC, O_MIX, O_KEEPALIVE,
	O_GPRS, O_JSON, O_TFILE, O_KEYS, O_SERVER, O_TIMEOUT, O_RETRIES,
	O_SEED, O_BOOKFMT, O_TERMINAL, O_OPERATOR, O_CFILE, O_PAYONLY,
	O_PATIENCE, O_SETTLE,
};

static const struct option longopts[] = {
	{ "terminals",		required_argument, NULL, O_TERMINALS },
	{ "duration",		required_argument, NULL, O_DURATION },
	{ "rate",		required_argument, NULL, O_RATE },
	{ "concurrency",	required_argument, NULL, O_CONC },
	{ "mix",		required_argument, NULL, O_MIX },
	{ "keepalive",		no_argument,	   NULL, O_KEEPALIVE },
	{ "gprs",		no_argument,	   NULL, O_GPRS },
	{ "payments-only",	no_argument,	   NULL, O_PAYONLY },
	{ "json",		no_argument,	   NULL, O_JSON },
	{ "terminals-file",	required_argument, NULL, O_TFILE },
	{ "keys",		required_argument, NULL, O_KEYS },
	{ "customers-file",	required_argument, NULL, O_CFILE },
	{ "server",		required_argument, NULL, O_SERVER },
	{ "timeout",		required_argument, NULL, O_TIMEOUT },
	{ "retries",		required_argument, NULL, O_RETRIES },
	{ "patience",		required_argument, NULL, O_PATIENCE },
	{ "settle",		required_argument, NULL, O_SETTLE },
	{ "seed",		required_argument, NULL, O_SEED },
	{ "book-format",	required_argument, NULL, O_BOOKFMT },
	{ "terminal",		required_argument, NULL, O_TERMINAL },
	{ "operator",		required_argument, NULL, O_OPERATOR },
	{ "verbose",		no_argument,	   NULL, 'v' },
	{ NULL, 0, NULL, 0 },
};

static void
usage(void)
{
	fprintf(stderr,
	    "usage: termsim [-f CONF] [--server HOST:PORT] [--terminals-file F]"
	    " [--keys KEYFILE]\n"
	    "               [--customers-file F] [--timeout MS] [--retries N]"
	    " [--patience S]\n"
	    "               run [--terminals N] [--duration S] [--rate R | "
	    "--concurrency C]\n"
	    "                   [--mix collector=70,reader=20,dunning=10] "
	    "[--keepalive] [--gprs] [--payments-only] [--json]\n"
	    "                   [--settle S]\n"
	    "       termsim [...] call [--terminal ID] [--operator ID] FUNC "
	    "[key=value...]\n");
	exit(2);
}

static int
parse_mix(const char *s, int mix[TSIM_ROLE_COUNT])
{
	char		*copy, *p, *save = NULL, *eq;
	enum tsim_role	 r;
	int		 rv = 0;

	memset(mix, 0, sizeof(int) * TSIM_ROLE_COUNT);
	copy = xstrdup(s);
	for (p = strtok_r(copy, ",", &save); p != NULL;
	    p = strtok_r(NULL, ",", &save)) {
		if ((eq = strchr(p, '=')) == NULL) {
			rv = -1;
			break;
		}
		*eq = '\0';
		if ((r = terminals_role(p)) == TSIM_ROLE_NONE ||
		    atoi(eq + 1) < 0) {
			rv = -1;
			break;
		}
		mix[r] = atoi(eq + 1);
	}
	free(copy);
	if (rv == 0 && mix[1] + mix[2] + mix[3] == 0)
		rv = -1;
	return rv;
}

/* The address frontd listens on, from the config, unless --server. */
static const char *
server_from_conf(const char *path, char *buf, size_t len)
{
	struct gf_conf	conf;
	char		err[256];

	if (path == NULL)
		path = conf_default_path();
	memset(&conf, 0, sizeof(conf));
	if (conf_load(path, &conf, err, sizeof(err)) == -1) {
		fprintf(stderr, "termsim: %s\n", err);
		exit(2);
	}
	snprintf(buf, len, "%s", conf.frontd.nlisten > 0 ?
	    conf.frontd.listen[0] : "127.0.0.1:7001");
	conf_free(&conf);
	return buf;
}

static void
parse_opts(struct tsim_ctx *ctx, int argc, char **argv)
{
	struct tsim_opts	*o = &ctx->o;
	int			 ch;

	while ((ch = getopt_long(argc, argv, "+f:v", longopts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			ctx->conf_path = optarg;
			break;
		case 'v':
			o->verbose = 1;
			break;
		case O_TERMINALS:
			o->terminals = atoi(optarg);
			break;
		case O_DURATION:
			o->duration = atoi(optarg);
			break;
		case O_RATE:
			o->rate = atof(optarg);
			break;
		case O_CONC:
			o->concurrency = atoi(optarg);
			break;
		case O_MIX:
			if (parse_mix(optarg, o->mix) == -1) {
				fprintf(stderr, "termsim: bad --mix %s\n",
				    optarg);
				exit(2);
			}
			break;
		case O_KEEPALIVE:
			o->keepalive = 1;
			break;
		case O_GPRS:
			o->gprs = 1;
			break;
		case O_PAYONLY:
			o->payments_only = 1;
			break;
		case O_JSON:
			o->json = 1;
			break;
		case O_TFILE:
			o->tfile = optarg;
			break;
		case O_KEYS:
			o->keys = optarg;
			break;
		case O_CFILE:
			o->cfile = optarg;
			break;
		case O_SERVER:
			o->server = optarg;
			break;
		case O_TIMEOUT:
			o->timeout_ms = atoi(optarg);
			break;
		case O_RETRIES:
			o->retries = atoi(optarg);
			break;
		case O_PATIENCE:
			o->patience = atoi(optarg);
			break;
		case O_SETTLE:
			o->settle = atoi(optarg);
			break;
		case O_SEED:
			o->seed = strtoull(optarg, NULL, 10);
			break;
		case O_BOOKFMT:
			o->book_fmt = optarg;
			break;
		case O_TERMINAL:
			ctx->want_id = optarg;
			break;
		case O_OPERATOR:
			ctx->want_op = optarg;
			break;
		default:
			usage();
		}
	}
}

int
main(int argc, char *argv[])
{
	struct tsim_ctx	 ctx;
	const char	*cmd = NULL;
	char		 err[512], srvbuf[300], **cargv;
	int		 cargc, rv;

	memset(&ctx, 0, sizeof(ctx));
	ctx.o.duration = 30;
	ctx.o.timeout_ms = 30000;
	ctx.o.retries = 6;
	ctx.o.patience = 60;
	ctx.o.settle = 30;
	ctx.o.book_fmt = "B%04d";
	ctx.o.tfile = "var/terminals";
	(void)parse_mix("collector=70,reader=20,dunning=10", ctx.o.mix);
	log_init("termsim", 0, 1);
	signal(SIGPIPE, SIG_IGN);

	/* Options before the subcommand, then the subcommand's own. */
	parse_opts(&ctx, argc, argv);
	if (optind >= argc)
		usage();
	cmd = argv[optind];
	cargc = argc - optind;
	cargv = argv + optind;
	optind = 0;	/* glibc: start over on the new vector */
	parse_opts(&ctx, cargc, cargv);
	cargc -= optind;
	cargv += optind;
	if (strcmp(cmd, "run") != 0 && strcmp(cmd, "call") != 0)
		usage();
	if (strcmp(cmd, "run") == 0 && cargc > 0)
		usage();
	if (ctx.o.duration < 1 || ctx.o.timeout_ms < 100 || ctx.o.retries < 0 ||
	    ctx.o.patience < 1 || ctx.o.settle < 0 ||
	    ctx.o.rate < 0 || ctx.o.concurrency < 0 || ctx.o.terminals < 0 ||
	    strstr(ctx.o.book_fmt, "%") == NULL) {
		fprintf(stderr, "termsim: bad option value\n");
		return 2;
	}
	if (ctx.o.server == NULL)
		ctx.o.server = server_from_conf(ctx.conf_path, srvbuf,
		    sizeof(srvbuf));
	if (terminals_load(ctx.o.tfile, ctx.o.keys, &ctx.tf, err,
	    sizeof(err)) == -1) {
		fprintf(stderr, "termsim: %s\n", err);
		return 2;
	}
	if (ctx.o.cfile != NULL && customers_load(ctx.o.cfile, &ctx.cust,
	    &ctx.ncust, err, sizeof(err)) == -1) {
		fprintf(stderr, "termsim: %s\n", err);
		terminals_free(&ctx.tf);
		return 2;
	}
	if ((ctx.base = event_base_new()) == NULL ||
	    engine_resolve(&ctx, ctx.o.server) == -1) {
		fprintf(stderr, "termsim: cannot resolve %s\n", ctx.o.server);
		terminals_free(&ctx.tf);
		return 2;
	}
	if (ctx.o.gprs) {
		/* GPRS class 10: ~4 KB/s up, ~8 KB/s down, per terminal. */
		struct timeval tick = { 0, 100000 };

		ctx.gprs_cfg = ev_token_bucket_cfg_new(800, 1600, 400, 800,
		    &tick);
	}
	ctx.run_id = (uint64_t)(now_us() / 1000);
	if (strcmp(cmd, "run") == 0)
		rv = run_main(&ctx);
	else
		rv = call_main(&ctx, cargc, cargv);
	if (ctx.gprs_cfg != NULL)
		ev_token_bucket_cfg_free(ctx.gprs_cfg);
	stats_free(&ctx.st);
	free(ctx.cust);
	terminals_free(&ctx.tf);
	event_base_free(ctx.base);
	log_shutdown();
	return rv;
}
