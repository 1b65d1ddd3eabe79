/*
 * appsrv - the application process (docs/DESIGN.md): options, config,
 * signals and the loop.  The work is in the other files of this folder.
 *
 * usage: appsrv [-dDenv] [-f FILE], the common options (common/daemon.h);
 * -v logs every request (costly under load).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "appsrv.h"
#include "daemon.h"
#include "log.h"

/* appsrv keeps no count of its requests in flight here: on SIGTERM the
 * loop ends at once, as before the skeleton, and SIGHUP re-reads only the
 * log settings. */
/* Serving: frontd's socket listens, which it does once the database
 * answered (appsrv_db_ready). */
static int
ready_cb(void *arg)
{
	struct appsrv	*as = arg;

	return as->fsrv != NULL;
}

static const struct daemon_def appsrv_def = {
	.name = "appsrv",
	.ready = ready_cb,
};

void
appsrv_db_ready(struct appsrv *as)
{
	/* Serve only once the database answers, so that the socket's
	 * appearance means "ready" to frontd and to the tests. */
	if (as->fsrv != NULL)
		return;
	/* The console is a convenience: without it the station still runs.
	 * It comes first: its setup (a PBKDF2 hash) holds the loop, and a
	 * frontd that connected meanwhile would see its first requests time
	 * out. */
	if (console_init(as) == -1)
		log_warnx("console off");
	if (fsrv_init(as) == -1)
		fatalx("cannot listen on %s", as->conf.appsrv.socket);
}

int
main(int argc, char *argv[])
{
	struct appsrv	 as;
	struct daemon	*d;

	memset(&as, 0, sizeof(as));
	d = daemon_start(&appsrv_def, &as, argc, argv, &as.conf);
	if ((as.base = event_base_new()) == NULL)
		fatalx("event_base_new");
	if (auth_init(&as) == -1)
		fatal("auth worker");
	ifsvc_link_init(&as);
	db_init(&as);
	log_info("started org=%s pool=%d", as.conf.global.org, as.conf.db.pool);

	daemon_loop(d, as.base, 0);

	console_free(&as);
	fsrv_free(&as);
	ifsvc_link_free(&as);
	db_free(&as);
	auth_free(&as);
	event_base_free(as.base);
	conf_free(&as.conf);
	log_info("stopped");
	daemon_end(d);
	return 0;
}
