/*
 * ifsvc - the interface service between the station and the marketing
 * system.  A thin main: options, config, signals, the loop.
 *
 *	ifsvc [-dv] [-n] [-f FILE]	-d: log to stderr; -v: debug lines
 *	ifsvc [-f FILE] -R YYYYMMDD -F FILE	offline compare (bench/recon)
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>
#include <libxml/parser.h>

#include "conf.h"
#include "ifsvc.h"
#include "log.h"
#include "util.h"

static void
usage(void)
{
	fprintf(stderr, "usage: ifsvc [-dnv] [-f file] [-R YYYYMMDD -F file]\n");
	exit(2);
}

static void
signal_cb(evutil_socket_t sig, short what, void *arg)
{
	struct ifsvc	*ctx = arg;

	(void)what;
	log_info("ifsvc: signal=%d, exiting", (int)sig);
	event_base_loopexit(ctx->base, NULL);
}

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
	struct ifsvc	 ctx;
	const char	*path = NULL, *rdate = NULL, *rfile = NULL;
	char		 err[512];
	int		 ch, debug = 0, noaction = 0, verbose = 0, rc;
	struct event	*ev_int, *ev_term;

	memset(&ctx, 0, sizeof(ctx));
	while ((ch = getopt(argc, argv, "dnvf:R:F:")) != -1) {
		switch (ch) {
		case 'd': debug = 1; break;
		case 'n': noaction = 1; break;
		case 'v': verbose = 1; break;
		case 'f': path = optarg; break;
		case 'R': rdate = optarg; break;
		case 'F': rfile = optarg; break;
		default: usage();
		}
	}
	if (argc != optind || (rdate == NULL) != (rfile == NULL))
		usage();
	if (path == NULL)
		path = conf_default_path();
	if (conf_load(path, &ctx.conf, err, sizeof(err)) == -1) {
		fprintf(stderr, "ifsvc: %s\n", err);
		return 1;
	}
	if (noaction) {
		fprintf(stderr, "ifsvc: configuration OK\n");
		conf_free(&ctx.conf);
		return 0;
	}
	log_init("ifsvc", verbose, debug || rdate != NULL);
	xmlInitParser();
	ctx.dsn = conf_db_dsn(&ctx.conf, NULL);
	if (rdate != NULL) {
		rc = offline_recon(&ctx, rdate, rfile);
		goto done;
	}
	signal(SIGPIPE, SIG_IGN);
	if ((ctx.base = event_base_new()) == NULL)
		fatalx("event_base_new");
	ctx.db = db_new(ctx.base, ctx.dsn);
	ctx.pool = mkt_pool_new(&ctx);
	ctx.settler = settler_new(&ctx);
	ctx.recon = recon_new(&ctx);
	ctx.app = applink_new(&ctx);
	ev_int = evsignal_new(ctx.base, SIGINT, signal_cb, &ctx);
	ev_term = evsignal_new(ctx.base, SIGTERM, signal_cb, &ctx);
	evsignal_add(ev_int, NULL);
	evsignal_add(ev_term, NULL);
	log_info("ifsvc: started mkt=%s:%d pool=%d deadline=%d",
	    ctx.conf.ifsvc.mkt_host, ctx.conf.ifsvc.mkt_port,
	    ctx.conf.ifsvc.pool, ctx.conf.ifsvc.deadline);
	event_base_dispatch(ctx.base);

	applink_free(ctx.app);
	recon_free(ctx.recon);
	mkt_pool_free(ctx.pool);
	settler_free(ctx.settler);
	db_free(ctx.db);
	event_free(ev_int);
	event_free(ev_term);
	event_base_free(ctx.base);
	rc = 0;
done:
	free(ctx.dsn);
	conf_free(&ctx.conf);
	xmlCleanupParser();
	log_shutdown();
	return rc;
}
