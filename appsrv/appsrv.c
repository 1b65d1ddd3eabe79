/*
 * appsrv - the application process (docs/DESIGN.md): options, config,
 * signals and the loop.  The work is in the other files of this folder.
 *
 * usage: appsrv [-dv] [-n] [-f FILE]
 *	-d	log to stderr
 *	-v	debug lines (every request; costly under load)
 *	-n	check the configuration and exit
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "appsrv.h"
#include "log.h"

static void
usage(void)
{
	fprintf(stderr, "usage: appsrv [-dv] [-n] [-f FILE]\n");
	exit(2);
}

static void
signal_cb(evutil_socket_t sig, short ev, void *arg)
{
	struct appsrv	*as = arg;

	(void)ev;
	log_info("signal=%d stopping", (int)sig);
	event_base_loopexit(as->base, NULL);
}

void
appsrv_db_ready(struct appsrv *as)
{
	/* Serve only once the database answers, so that the socket's
	 * appearance means "ready" to frontd and to the tests. */
	if (as->fsrv != NULL)
		return;
	if (fsrv_init(as) == -1)
		fatalx("cannot listen on %s", as->conf.appsrv.socket);
	/* The console is a convenience: without it the station still runs. */
	if (console_init(as) == -1)
		log_warnx("console off");
}

int
main(int argc, char *argv[])
{
	struct appsrv	 as;
	struct event	*sigint, *sigterm;
	const char	*path = NULL;
	char		 err[512];
	int		 ch, debug = 0, check = 0, verbose = 0;

	memset(&as, 0, sizeof(as));
	while ((ch = getopt(argc, argv, "df:nv")) != -1) {
		switch (ch) {
		case 'd':
			debug = 1;
			break;
		case 'f':
			path = optarg;
			break;
		case 'n':
			check = 1;
			break;
		case 'v':
			verbose = 1;
			break;
		default:
			usage();
		}
	}
	if (optind != argc)
		usage();
	if (path == NULL)
		path = conf_default_path();
	if (conf_load(path, &as.conf, err, sizeof(err)) == -1) {
		fprintf(stderr, "appsrv: %s\n", err);
		return 1;
	}
	if (check) {
		printf("appsrv: configuration OK\n");
		conf_free(&as.conf);
		return 0;
	}
	log_init("appsrv", verbose, debug);
	signal(SIGPIPE, SIG_IGN);

	if ((as.base = event_base_new()) == NULL)
		fatalx("event_base_new");
	sigint = evsignal_new(as.base, SIGINT, signal_cb, &as);
	sigterm = evsignal_new(as.base, SIGTERM, signal_cb, &as);
	event_add(sigint, NULL);
	event_add(sigterm, NULL);

	if (auth_init(&as) == -1)
		fatal("auth worker");
	ifsvc_init(&as);
	db_init(&as);
	log_info("started org=%s pool=%d", as.conf.global.org, as.conf.db.pool);

	event_base_dispatch(as.base);

	console_free(&as);
	fsrv_free(&as);
	ifsvc_free(&as);
	db_free(&as);
	auth_free(&as);
	event_free(sigint);
	event_free(sigterm);
	event_base_free(as.base);
	conf_free(&as.conf);
	log_info("stopped");
	log_shutdown();
	return 0;
}
