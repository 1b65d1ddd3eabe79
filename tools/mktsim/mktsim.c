/*
 * mktsim - the marketing-system simulator (MI1.md): a thin main on the
 * daemon skeleton (common/daemon.h), like frontd, appsrv and ifsvc.
 *
 *   mktsim [-dDenv] [-f FILE] COMMAND [ARGS]
 *   mktsim [-f FILE] init
 *   mktsim [-f FILE] seed --customers N --seed S [--today YYYYMMDD]
 *   mktsim [-f FILE] customers [--limit N] [--kind any|arrears|clear|card|
 *          prepaid|overdue] [--today YYYYMMDD]
 *          prints custno|name|book|meter|totaldue|balance|cardserial|
 *          purchasecount
 *   mktsim [-dDenv] [-f FILE] serve [--listen ADDR:PORT] [--admin ADDR:PORT]
 *          [--pool N] [--grace S] [--today YYYYMMDD] [--fault-seed N]
 *          [--latency-ms N] [--latency-pct P] [--error-pct P]
 *          [--error-after-pct P] [--drop-before-pct P]
 *          [--drop-after-pct P] [--refuse-pct P]
 *          [--omit-recon-pct P] [--fault-trcodes 1002,1004]
 *
 * The options are the common ones and stop at the command word.  init,
 * seed and customers are one-shot commands: in the foreground, logging to
 * stderr, whatever -d or -D say.  serve is the daemon: -d foreground with
 * stderr, -D foreground with the rolling file <log_dir>/mktsim.log.N,
 * neither in the background; SIGTERM drains (requests in flight are
 * answered, up to --grace seconds), SIGHUP re-reads the [mktsim] fault keys.
 * --today fixes the business date (late fees, txdate, recon) for tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "daemon.h"
#include "log.h"
#include "mktsim.h"
#include "util.h"

/* serve's default drain bound: ifsvc's MI/1 deadline is of this order, so
 * an answer later than this would find no one waiting for it anyway. */
#define MK_GRACE_SECS	5

enum mk_cmd { MK_NONE, MK_INIT, MK_SEED, MK_CUSTOMERS, MK_SERVE };

/* The daemon skeleton's hook argument: the context and the command line's
 * command, read by operands_cb before the configuration is. */
struct mk_args {
	struct mk_ctx	*ctx;
	enum mk_cmd	 cmd;
	int		 ncust, seed;	/* seed */
	int		 limit;		/* customers */
	const char	*kind;
	int		 argc;		/* serve's words, "serve" first: */
	char		**argv;		/* applied over the config's keys */
};

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

/* A number in [min, max] into *v; 0, or -1 with a line on stderr. */
static int
mk_num(const char *s, int min, int max, int *v)
{
	char	*end;
	long	 n = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || n < min || n > max) {
		fprintf(stderr, "mktsim: bad number \"%s\"\n", s);
		return -1;
	}
	*v = (int)n;
	return 0;
}

/*
 * serve's words (argv[0] is "serve") into ctx; 0, or -1 for a usage error.
 * operands_cb runs it on a scratch context to reject a bad word before the
 * skeleton goes on; mk_serve runs it again over the config's values.
 */
static int
mk_serve_args(struct mk_ctx *ctx, int argc, char **argv)
{
	char	 key[64], *p;
	int	 i;

	for (i = 1; i < argc; i++) {
		if (i + 1 >= argc)
			return -1;
		if (strcmp(argv[i], "--listen") == 0)
			ctx->listen = argv[++i];
		else if (strcmp(argv[i], "--admin") == 0)
			ctx->admin = argv[++i];
		else if (strcmp(argv[i], "--pool") == 0) {
			if (mk_num(argv[++i], 1, 64, &ctx->npool) == -1)
				return -1;
		} else if (strcmp(argv[i], "--grace") == 0) {
			if (mk_num(argv[++i], 0, 3600, &ctx->grace) == -1)
				return -1;
		} else if (strcmp(argv[i], "--fault-seed") == 0)
			mk_faults_reseed(ctx, strtoull(argv[++i], NULL, 10));
		else if (strcmp(argv[i], "--fault-trcodes") == 0) {
			if (mk_faults_set(&ctx->faults, "trcodes", argv[++i]) == -1)
				return -1;
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
				return -1;
			}
		} else
			return -1;
	}
	return 0;
}

/* --today is common to every command: take it out of argv first. */
static int
mk_take_today(struct mk_ctx *ctx, int *argc, char **argv)
{
	const char	*v;
	int		 i;

	for (i = 1; i + 1 < *argc; i++) {
		if (strcmp(argv[i], "--today") != 0)
			continue;
		v = argv[i + 1];
		if (strlen(v) != 8 || strspn(v, "0123456789") != 8)
			return -1;
		memcpy(ctx->today, v, 9);
		memmove(&argv[i], &argv[i + 2],
		    (size_t)(*argc - i - 2) * sizeof(argv[0]));
		*argc -= 2;
		i--;
	}
	return 0;
}

/* The words after the options: the command and its arguments. */
static int
operands_cb(void *arg, int argc, char **argv)
{
	struct mk_args	*a = arg;
	struct mk_ctx	 scratch;
	int		 i;

	if (mk_take_today(a->ctx, &argc, argv) == -1)
		return DAEMON_OPT_USAGE;
	if (strcmp(argv[0], "init") == 0) {
		a->cmd = MK_INIT;
		return argc == 1 ? DAEMON_OPT_COMMAND : DAEMON_OPT_USAGE;
	}
	if (strcmp(argv[0], "seed") == 0) {
		a->cmd = MK_SEED;
		for (i = 1; i + 1 < argc; i += 2) {
			if (strcmp(argv[i], "--customers") == 0) {
				if (mk_num(argv[i + 1], 1, 99999999,
				    &a->ncust) == -1)
					return DAEMON_OPT_USAGE;
			} else if (strcmp(argv[i], "--seed") == 0) {
				if (mk_num(argv[i + 1], 0, 2147483647,
				    &a->seed) == -1)
					return DAEMON_OPT_USAGE;
			} else
				return DAEMON_OPT_USAGE;
		}
		return a->ncust < 0 || i != argc ? DAEMON_OPT_USAGE :
		    DAEMON_OPT_COMMAND;
	}
	if (strcmp(argv[0], "customers") == 0) {
		a->cmd = MK_CUSTOMERS;
		for (i = 1; i + 1 < argc; i += 2) {
			if (strcmp(argv[i], "--limit") == 0) {
				if (mk_num(argv[i + 1], 0, 100000000,
				    &a->limit) == -1)
					return DAEMON_OPT_USAGE;
			} else if (strcmp(argv[i], "--kind") == 0)
				a->kind = argv[i + 1];
			else
				return DAEMON_OPT_USAGE;
		}
		return i != argc ? DAEMON_OPT_USAGE : DAEMON_OPT_COMMAND;
	}
	if (strcmp(argv[0], "serve") == 0) {
		a->cmd = MK_SERVE;
		memset(&scratch, 0, sizeof(scratch));
		if (mk_serve_args(&scratch, argc, argv) == -1)
			return DAEMON_OPT_USAGE;
		a->argc = argc;
		a->argv = argv;
		return DAEMON_OPT_OK;
	}
	return DAEMON_OPT_USAGE;
}

/* Run by -n and at every start: a command word is needed. */
static int
check_cb(void *arg, const struct gf_conf *conf, char *err, size_t errlen)
{
	struct mk_args	*a = arg;

	(void)conf;
	if (a->cmd == MK_NONE) {
		snprintf(err, errlen, "a command is needed: init, seed, "
		    "customers or serve");
		return -1;
	}
	return 0;
}

/* SIGTERM: stop accepting; the requests in flight (those of clients gone
 * too, which still run to their end) are answered before the loop ends. */
static void
drain_cb(void *arg)
{
	struct mk_args	*a = arg;

	mk_server_drain(a->ctx);
}

static int
busy_cb(void *arg)
{
	struct mk_args	*a = arg;

	return mk_pool_busy(a->ctx->pool) + mk_server_busy(a->ctx);
}

static void
stop_cb(void *arg)
{
	struct mk_args	*a = arg;

	mk_server_cut(a->ctx);
}

/* SIGHUP: take the [mktsim] fault keys from the config file again. */
static void
reload_cb(void *arg)
{
	struct mk_args	*a = arg;
	struct mk_ctx	*ctx = a->ctx;
	struct gf_conf	 nc;
	char		 err[512];

	memset(&nc, 0, sizeof(nc));
	if (conf_load(ctx->conf.path, &nc, err, sizeof(err)) == -1) {
		log_warnx("faults=reload_failed error=\"%s\" action=kept_old",
		    err);
		return;
	}
	mk_faults_from_conf(&ctx->faults, &nc.mktsim);
	conf_free(&nc);
	log_info("faults=reloaded file=%s",
	    ctx->conf.path ? ctx->conf.path : "(defaults)");
}

static const struct daemon_def mktsim_def = {
	.name = "mktsim",
	.usage = "COMMAND\n"
	    "       mktsim [-f FILE] init\n"
	    "       mktsim [-f FILE] seed --customers N --seed S [--today D]\n"
	    "       mktsim [-f FILE] customers [--limit N] [--kind K] [--today D]\n"
	    "       mktsim [-dDenv] [-f FILE] serve [--listen A] [--admin A]\n"
	    "              [--pool N] [--grace S] [--today D] [--fault-seed N]\n"
	    "              [--FAULT N ...]",
	.operands = operands_cb,
	.check = check_cb,
	.drain = drain_cb,
	.busy = busy_cb,
	.stop = stop_cb,
	.reload = reload_cb,
};

/* serve: the config's values, then the command line's over them. */
static int
mk_serve(struct mk_ctx *ctx, struct daemon *d, const struct mk_args *a)
{
	int	rv = -1;

	ctx->listen = ctx->conf.mktsim.listen;
	ctx->npool = ctx->conf.db.pool > 0 ? ctx->conf.db.pool : 4;
	ctx->grace = MK_GRACE_SECS;
	mk_faults_from_conf(&ctx->faults, &ctx->conf.mktsim);
	if (mk_serve_args(ctx, a->argc, a->argv) == -1)
		fatalx("serve: arguments refused after their check");
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
	log_info("serving listen=%s pool=%d grace=%ds fault_seed=%llu",
	    ctx->listen, ctx->npool, ctx->grace,
	    (unsigned long long)ctx->fault_seed);
	rv = daemon_loop(d, ctx->base, ctx->grace);
	log_info("stopped");
fail:
	mk_admin_stop();
	mk_server_stop(ctx);
	mk_pool_free(ctx->pool);
	ctx->pool = NULL;
	event_base_free(ctx->base);
	return rv;
}

int
main(int argc, char *argv[])
{
	struct mk_ctx	 ctx;
	struct mk_args	 a;
	struct daemon	*d;
	int		 rv = -1;

	memset(&ctx, 0, sizeof(ctx));
	memset(&a, 0, sizeof(a));
	a.ctx = &ctx;
	a.ncust = -1;
	a.seed = 1;
	a.limit = 20;
	a.kind = "any";
	d = daemon_start(&mktsim_def, &a, argc, argv, &ctx.conf);
	ctx.dsn = ctx.conf.mktsim.dsn[0] != '\0' ? xstrdup(ctx.conf.mktsim.dsn) :
	    conf_db_dsn(&ctx.conf, ctx.conf.mktsim.dbname);
	mk_faults_reseed(&ctx, 1);
	switch (a.cmd) {
	case MK_INIT:
		rv = mk_db_init(&ctx);
		break;
	case MK_SEED:
		rv = mk_db_seed(&ctx, a.ncust, a.seed);
		break;
	case MK_CUSTOMERS:
		rv = mk_db_customers(&ctx, a.kind, a.limit);
		break;
	case MK_SERVE:
		rv = mk_serve(&ctx, d, &a);
		break;
	case MK_NONE:	/* check_cb refused it */
		fatalx("no command");
	}
	free(ctx.dsn);
	conf_free(&ctx.conf);
	daemon_end(d);
	return rv == 0 ? 0 : 1;
}
