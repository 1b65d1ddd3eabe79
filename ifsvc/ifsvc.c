/*
 * ifsvc - the interface service between the station and the marketing
 * system.  A thin main: options, config, signals, the loop.
 *
 *	ifsvc [-dDenv] [-f FILE]	the common options (common/daemon.h)
 *	ifsvc [-f FILE] -R YYYYMMDD -F FILE	offline compare (bench/recon),
 *					in the foreground, logging to stderr
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>
#include <libxml/parser.h>

#include "conf.h"
#include "daemon.h"
#include "ifsvc.h"
#include "log.h"
#include "util.h"

/* The daemon skeleton's hook argument: the context, and the offline
 * compare's date and file (-R, -F), which make the run a one-shot command. */
struct ifsvc_args {
	struct ifsvc	*ctx;
	const char	*rdate;
	const char	*rfile;
};

static int
option_cb(void *arg, int ch, const char *optarg)
{
	struct ifsvc_args	*a = arg;

	switch (ch) {
	case 'R':
		a->rdate = optarg;
		return DAEMON_OPT_COMMAND;
	case 'F':
		a->rfile = optarg;
		return DAEMON_OPT_COMMAND;
	}
	return DAEMON_OPT_USAGE;
}

static int
check_cb(void *arg, const struct gf_conf *conf, char *err, size_t errlen)
{
	struct ifsvc_args	*a = arg;

	(void)conf;
	if ((a->rdate == NULL) != (a->rfile == NULL)) {
		snprintf(err, errlen, "-R YYYYMMDD and -F FILE go together");
		return -1;
	}
	return 0;
}

/* ifsvc keeps no count of its MI/1 requests in flight here: on SIGTERM the
 * loop ends at once (unsettled payments are the settler's on the next
 * start), and SIGHUP re-reads only the log settings. */
/* Serving: its socket listens (applink_new, before the loop) and the
 * database answered once. */
static int
ready_cb(void *arg)
{
	struct ifsvc_args	*args = arg;

	return args->ctx->app != NULL && ifdb_connected(args->ctx->db);
}

static const struct daemon_def ifsvc_def = {
	.ready = ready_cb,
	.name = "ifsvc",
	.opts = "R:F:",
	.usage = "[-R YYYYMMDD -F file]",
	.option = option_cb,
	.check = check_cb,
};

static int
offline_recon(struct ifsvc *ctx, const char *date, const char *file)
{
	char	text[2048];
	int64_t	run_id;
	int64_t	t0 = mono_ms();

	if (recon_file(&ctx->conf, ctx->dsn, date, file, &run_id, text,
	    sizeof(text)) == -1) {
		fprintf(stderr, "ifsvc: %s\n", text);
		return 1;
	}
	printf("%s seconds=%.3f\n", text, (double)(mono_ms() - t0) / 1000.0);
	return 0;
}

int
main(int argc, char **argv)
{
	struct ifsvc		 ctx;
	struct ifsvc_args	 args;
	struct daemon		*d;
	int			 rc;

	memset(&ctx, 0, sizeof(ctx));
	memset(&args, 0, sizeof(args));
	args.ctx = &ctx;
	d = daemon_start(&ifsvc_def, &args, argc, argv, &ctx.conf);
	xmlInitParser();
	ctx.dsn = conf_db_dsn(&ctx.conf, NULL);
	if (daemon_is_command(d)) {
		rc = offline_recon(&ctx, args.rdate, args.rfile);
		goto done;
	}
	if ((ctx.base = event_base_new()) == NULL)
		fatalx("event_base_new");
	ctx.db = ifdb_new(ctx.base, ctx.dsn);
	ctx.pool = mkt_pool_new(&ctx);
	ctx.settler = settler_new(&ctx);
	ctx.recon = recon_new(&ctx);
	ctx.office = office_new(&ctx);
	ctx.outbox = outbox_new(&ctx);
	ctx.withhold = withhold_new(&ctx);
	ctx.debits = debits_new(&ctx);
	ctx.metrics = ifsvc_metrics_new(&ctx);
	ctx.app = applink_new(&ctx);
	log_info("ifsvc: started mkt=%s:%d pool=%d deadline=%d",
	    ctx.conf.ifsvc.mkt_host, ctx.conf.ifsvc.mkt_port,
	    ctx.conf.ifsvc.pool, ctx.conf.ifsvc.deadline);
	daemon_loop(d, ctx.base, 0);

	applink_free(ctx.app);
	office_free(ctx.office);
	ifsvc_metrics_free(ctx.metrics);
	debits_free(ctx.debits);
	withhold_free(ctx.withhold);
	outbox_free(ctx.outbox);
	recon_free(ctx.recon);
	mkt_pool_free(ctx.pool);
	settler_free(ctx.settler);
	ifdb_free(ctx.db);
	event_base_free(ctx.base);
	rc = 0;
done:
	free(ctx.dsn);
	conf_free(&ctx.conf);
	xmlCleanupParser();
	daemon_end(d);
	return rc;
}
