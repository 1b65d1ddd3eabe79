/*
 * mktsim - the marketing-system simulator (MI1.md): a thin main.
 *
 *   mktsim [-f conf] [-dv] [-n] init
 *   mktsim [-f conf] seed --customers N --seed S [--today YYYYMMDD]
 *   mktsim [-f conf] customers [--limit N] [--kind any|arrears|clear|card|
 *          prepaid|overdue] [--today YYYYMMDD]
 *          prints custno|name|book|meter|totaldue|balance|cardserial|
 *          purchasecount
 *   mktsim [-f conf] [-dv] serve [--listen ADDR:PORT] [--admin ADDR:PORT]
 *          [--pool N] [--today YYYYMMDD] [--fault-seed N]
 *          [--latency-ms N] [--latency-pct P] [--error-pct P]
 *          [--error-after-pct P] [--drop-before-pct P]
 *          [--drop-after-pct P] [--refuse-pct P]
 *          [--omit-recon-pct P] [--fault-trcodes 1002,1004]
 *
 * -d: foreground (it always logs to stderr); -v: debug lines; -n: check
 * the config and exit.
 * --today fixes the business date (late fees, txdate, recon) for tests.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "mktsim.h"
#include "util.h"

static void
usage(void)
{
	fprintf(stderr,
	    "usage: mktsim [-f FILE] [-dv] [-n] init\n"
	    "       mktsim [-f FILE] seed --customers N --seed S [--today D]\n"
	    "       mktsim [-f FILE] customers [--limit N] [--kind K] [--today D]\n"
	    "       mktsim [-f FILE] [-dv] serve [--listen A] [--admin A] [--pool N]\n"
	    "              [--today D] [--fault-seed N] [--FAULT N ...]\n");
	exit(2);
}

/* Business date and time: --today if given, else the local clock. */
void
mk_today(const struct mk_ctx *ctx, char ymd[9], char iso[11], char hms[7])
{
	char	ts[15];

	fmt_localtime(time(NULL), ts);
	memcpy(ymd, ctx->today[0] ? ctx->today : ts, 8);
	ymd[8] = '\0';
	snprintf(iso, 11, "%.4s-%.2s-%.2s", ymd, ymd + 4, ymd + 6);
	memcpy(hms, ts + 8, 6);
	hms[6] = '\0';
}

static int
mk_atoi(const char *s, int min, int max)
{
	char	*end;
	long	 v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < min || v > max) {
		fprintf(stderr, "mktsim: bad number \"%s\"\n", s);
		exit(2);
	}
	return (int)v;
}


static void
mk_signal_cb(evutil_socket_t sig, short what, void *arg)
{
	struct mk_ctx		*ctx = arg;
	struct gf_conf		 nc;
	char			 err[512];

	(void)what;
	if (sig != SIGHUP) {
		log_info("signal=%d stopping", (int)sig);
		event_base_loopexit(ctx->base, NULL);
		return;
	}
	/* SIGHUP: take the [mktsim] fault keys from the config file again. */
	memset(&nc, 0, sizeof(nc));
	if (conf_load(ctx->conf_path, &nc, err, sizeof(err)) == -1) {
		log_warnx("signal=hup err=\"%s\"", err);
		return;
	}
	mk_faults_from_conf(&ctx->faults, &nc.mktsim);
	conf_free(&nc);
	log_info("signal=hup faults=reloaded");
}

/* serve: option values override the config's fault keys. */
static int
mk_serve(struct mk_ctx *ctx, int argc, char **argv)
{
	struct event	*sigs[4] = { NULL, NULL, NULL, NULL };
	const int	 signos[4] = { SIGTERM, SIGINT, SIGHUP, 0 };
	char		 key[64], *p;
	int		 i, rv = -1;

	ctx->listen = ctx->conf.mktsim.listen;
	ctx->npool = ctx->conf.db.pool > 0 ? ctx->conf.db.pool : 4;
	mk_faults_from_conf(&ctx->faults, &ctx->conf.mktsim);
	for (i = 1; i < argc; i++) {
		if (i + 1 >= argc)
			usage();
		if (strcmp(argv[i], "--listen") == 0)
			ctx->listen = argv[++i];
		else if (strcmp(argv[i], "--admin") == 0)
			ctx->admin = argv[++i];
		else if (strcmp(argv[i], "--pool") == 0)
			ctx->npool = mk_atoi(argv[++i], 1, 64);
		else if (strcmp(argv[i], "--fault-seed") == 0)
			mk_faults_reseed(ctx, strtoull(argv[++i], NULL, 10));
		else if (strcmp(argv[i], "--fault-trcodes") == 0) {
			if (mk_faults_set(&ctx->faults, "trcodes", argv[++i]) == -1)
				usage();
		} else if (strncmp(argv[i], "--", 2) == 0 &&
		    strlen(argv[i]) < sizeof(key)) {
			/* --error-pct 10  ->  error_pct */
			snprintf(key, sizeof(key), "%s", argv[i] + 2);
			for (p = key; *p; p++)
				if (*p == '-')
					*p = '_';
			if (mk_faults_set(&ctx->faults, key, argv[++i]) == -1) {
				fprintf(stderr, "mktsim: bad option %s %s\n",
				    argv[i - 1], argv[i]);
				usage();
			}
		} else
			usage();
	}
	signal(SIGPIPE, SIG_IGN);
	if ((ctx->base = event_base_new()) == NULL)
		fatalx("event_base_new failed");
	if ((ctx->pool = mk_pool_new(ctx->base, ctx->dsn, ctx->npool)) == NULL) {
		fprintf(stderr, "mktsim: cannot connect to the database\n");
		goto fail;
	}
	if (mk_server_start(ctx) == -1 || mk_admin_start(ctx) == -1) {
		fprintf(stderr, "mktsim: cannot listen\n");
		goto fail;
	}
	for (i = 0; signos[i] != 0; i++) {
		sigs[i] = evsignal_new(ctx->base, signos[i], mk_signal_cb, ctx);
		evsignal_add(sigs[i], NULL);
	}
	log_info("serving listen=%s pool=%d fault_seed=%llu", ctx->listen,
	    ctx->npool, (unsigned long long)ctx->fault_seed);
	event_base_dispatch(ctx->base);
	rv = 0;
fail:
	for (i = 0; i < 4; i++)
		if (sigs[i] != NULL)
			event_free(sigs[i]);
	mk_admin_stop();
	mk_server_stop(ctx);
	mk_pool_free(ctx->pool);
	event_base_free(ctx->base);
	return rv;
}

int
main(int argc, char *argv[])
{
	struct mk_ctx	 ctx;
	const char	*cmd, *kind = "any", *v;
	char		 err[512];
	int		 ch, debug = 0, check = 0, rv, i, ncust = -1, seed = 1;
	int		 limit = 20;

	memset(&ctx, 0, sizeof(ctx));
	while ((ch = getopt(argc, argv, "+f:dnv")) != -1) {
		switch (ch) {
		case 'f':
			ctx.conf_path = optarg;
			break;
		case 'd':	/* foreground; it always logs to stderr */
			break;
		case 'v':
			debug = 1;
			break;
		case 'n':
			check = 1;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (ctx.conf_path == NULL)
		ctx.conf_path = conf_default_path();
	log_init("mktsim", debug, 1);
	if (conf_load(ctx.conf_path, &ctx.conf, err, sizeof(err)) == -1) {
		fprintf(stderr, "mktsim: %s\n", err);
		return 1;
	}
	if (check) {
		conf_free(&ctx.conf);
		return 0;
	}
	if (argc < 1)
		usage();
	cmd = argv[0];
	ctx.dsn = ctx.conf.mktsim.dsn[0] != '\0' ? xstrdup(ctx.conf.mktsim.dsn) :
	    conf_db_dsn(&ctx.conf, ctx.conf.mktsim.dbname);
	mk_faults_reseed(&ctx, 1);

	/* --today is common to every command; take it out first. */
	for (i = 1; i + 1 < argc; i++)
		if (strcmp(argv[i], "--today") == 0) {
			v = argv[i + 1];
			if (strlen(v) != 8 || strspn(v, "0123456789") != 8)
				usage();
			memcpy(ctx.today, v, 9);
			memmove(&argv[i], &argv[i + 2],
			    (size_t)(argc - i - 2) * sizeof(argv[0]));
			argc -= 2;
			i--;
		}

	if (strcmp(cmd, "init") == 0) {
		rv = mk_db_init(&ctx);
	} else if (strcmp(cmd, "seed") == 0) {
		for (i = 1; i + 1 < argc; i += 2) {
			if (strcmp(argv[i], "--customers") == 0)
				ncust = mk_atoi(argv[i + 1], 1, 99999999);
			else if (strcmp(argv[i], "--seed") == 0)
				seed = mk_atoi(argv[i + 1], 0, 2147483647);
			else
				usage();
		}
		if (ncust < 0 || i != argc)
			usage();
		rv = mk_db_seed(&ctx, ncust, seed);
	} else if (strcmp(cmd, "customers") == 0) {
		for (i = 1; i + 1 < argc; i += 2) {
			if (strcmp(argv[i], "--limit") == 0)
				limit = mk_atoi(argv[i + 1], 0, 100000000);
			else if (strcmp(argv[i], "--kind") == 0)
				kind = argv[i + 1];
			else
				usage();
		}
		if (i != argc)
			usage();
		rv = mk_db_customers(&ctx, kind, limit);
	} else if (strcmp(cmd, "serve") == 0) {
		rv = mk_serve(&ctx, argc, argv);
	} else
		usage();
	free(ctx.dsn);
	conf_free(&ctx.conf);
	log_shutdown();
	return rv == 0 ? 0 : 1;
}
