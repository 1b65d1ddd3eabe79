/*
 * frontd - the GridFront front-end processor (DESIGN.md, TP1 §1-§4, §6).
 * Thin main: options, configuration, key file, the modules, signals, loop.
 *
 *	frontd [-dv] [-n] [-f FILE]
 *	-d  stay in the foreground, log to stderr
 *	-v  debug lines (every connection and request; costly under load)
 *	-n  check the configuration and the key file, then exit
 */
#include <sys/resource.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "frontd.h"
#include "journal_fmt.h"
#include "log.h"

static void
usage(void)
{
	fprintf(stderr, "usage: frontd [-dnv] [-f FILE]\n");
	exit(2);
}

/* 20,000 connections need more than the usual 1024 descriptors. */
static void
raise_nofile(int want)
{
	struct rlimit	rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) == -1)
		return;
	if (rl.rlim_cur < (rlim_t)want) {
		/* Root may raise the hard limit too; others go up to it. */
		if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < (rlim_t)want) {
			struct rlimit up = { (rlim_t)want, (rlim_t)want };
			if (setrlimit(RLIMIT_NOFILE, &up) == 0)
				return;
		}
		rl.rlim_cur = rl.rlim_max == RLIM_INFINITY ||
		    rl.rlim_max > (rlim_t)want ? (rlim_t)want : rl.rlim_max;
		if (setrlimit(RLIMIT_NOFILE, &rl) == -1)
			log_warn("setrlimit NOFILE");
	}
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < (rlim_t)want)
		log_warnx("nofile=%llu below max_conns+reserve=%d: accept will "
		    "pause on EMFILE", (unsigned long long)rl.rlim_cur, want);
}

void
frontd_stop_work(struct frontd *fx, const char *why)
{
	if (fx->stopped)
		return;
	fx->stopped = 1;
	log_warnx("frontd=stopped_accepting reason=\"journal: %s\"", why);
	listener_stop(fx->lsn);
	appsrv_alarm(fx->as, "JOURNAL", "", "frontd", why);
	session_drain_all(fx, 2);
}

static void
on_journal_fail(void *arg, const char *why)
{
	frontd_stop_work(arg, why);
}

static void
on_journal_sync(void *arg, int64_t us)
{
	struct frontd	*fx = arg;

	metrics_fsync(fx->mx, us);
}

static void
drain_tick_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct frontd	*fx = arg;

	(void)fd; (void)ev;
	session_drain_all(fx, 0);
	if (fx->nsessions == 0) {
		event_base_loopbreak(fx->base);
		return;
	}
	if (mono_ms() >= fx->drain_deadline_ms) {
		log_warnx("drain=grace_expired sessions=%d", fx->nsessions);
		session_drain_all(fx, 1);
		event_base_loopbreak(fx->base);
	}
}

static void
sigterm_cb(evutil_socket_t sig, short ev, void *arg)
{
	struct frontd	*fx = arg;
	struct timeval	 tick = { 0, 100000 };

	(void)ev;
	if (fx->draining) {
		log_warnx("signal=%d again: stopping now", (int)sig);
		session_drain_all(fx, 1);
		event_base_loopbreak(fx->base);
		return;
	}
	fx->draining = 1;
	fx->drain_deadline_ms = mono_ms() + (int64_t)fx->conf.frontd.grace *
	    1000;
	log_info("signal=%d draining sessions=%d grace=%ds", (int)sig,
	    fx->nsessions, fx->conf.frontd.grace);
	listener_stop(fx->lsn);
	fx->ev_drain = event_new(fx->base, -1, EV_PERSIST, drain_tick_cb, fx);
	event_add(fx->ev_drain, &tick);
	drain_tick_cb(-1, 0, fx);
}

static void
sighup_cb(evutil_socket_t sig, short ev, void *arg)
{
	struct frontd	*fx = arg;
	struct keyfile	 nk;
	char		 err[512];

	(void)sig; (void)ev;
	memset(&nk, 0, sizeof(nk));
	if (keyfile_load(fx->conf.frontd.keys_file, &nk, err,
	    sizeof(err)) == -1) {
		log_warnx("keys=reload_failed file=%s error=\"%s\" action=kept_old",
		    fx->conf.frontd.keys_file, err);
		return;
	}
	keyfile_free(&fx->keys);
	fx->keys = nk;
	registry_forget_keys(fx->reg);
	log_info("keys=reloaded file=%s sets=%zu", fx->conf.frontd.keys_file,
	    nk.nsets);
}

static void
journal_mark(struct frontd *fx, uint8_t type, const char *note)
{
	struct jrec	r;

	memset(&r, 0, sizeof(r));
	r.type = type;
	r.note = note;
	(void)journal_append(fx->jn, &r);
}

static int
setup(struct frontd *fx, char *err, size_t errlen)
{
	struct timeval	tv;

	/* One event loop, measured sufficient (bench/frontd: frontd uses a
	 * fraction of a core when appsrv and PostgreSQL are behind it).  Several
	 * workers would each need their own journal chain and a shared per-IP
	 * count; until then only SO_REUSEPORT is set, for a manual second
	 * instance with its own journal_dir. */
	if (fx->conf.frontd.workers > 1)
		log_warnx("workers=%d: one process serves; start further "
		    "instances with their own journal_dir", fx->conf.frontd.workers);
	if ((fx->base = event_base_new()) == NULL) {
		snprintf(err, errlen, "event_base_new failed");
		return -1;
	}
	tv.tv_sec = fx->conf.frontd.read_deadline;
	tv.tv_usec = 0;
	fx->tv_read = event_base_init_common_timeout(fx->base, &tv);
	tv.tv_sec = fx->conf.frontd.idle_timeout;
	fx->tv_idle = event_base_init_common_timeout(fx->base, &tv);
	fx->jn = journal_open(fx->base, fx->conf.frontd.journal_dir,
	    fx->conf.frontd.journal_sync_us, err, errlen);
	if (fx->jn == NULL)
		return -1;
	journal_set_cbs(fx->jn, on_journal_fail, on_journal_sync, fx);
	if ((fx->mx = metrics_new(fx, err, errlen)) == NULL)
		return -1;
	fx->reg = registry_new(fx);
	fx->al = alarms_new(fx);
	fx->as = appsrv_new(fx);
	if ((fx->lsn = listener_new(fx, err, errlen)) == NULL)
		return -1;
	return 0;
}

static void
teardown(struct frontd *fx)
{
	session_drain_all(fx, 1);
	appsrv_free(fx->as);
	registry_free(fx->reg);
	alarms_free(fx->al);
	if (fx->jn) {
		journal_mark(fx, JFMT_STOP, "clean shutdown");
		journal_close(fx->jn);
	}
	listener_free(fx->lsn);
	metrics_free(fx->mx);
	if (fx->ev_drain)
		event_free(fx->ev_drain);
	keyfile_free(&fx->keys);
	if (fx->base)
		event_base_free(fx->base);
	conf_free(&fx->conf);
}

int
main(int argc, char *argv[])
{
	struct frontd	 fx;
	struct event	*ev_term, *ev_int, *ev_hup;
	char		 err[1024], note[128];
	int		 ch, debug = 0, check = 0, verbose = 0;

	memset(&fx, 0, sizeof(fx));
	fx.conf_path = conf_default_path();
	while ((ch = getopt(argc, argv, "df:nv")) != -1) {
		switch (ch) {
		case 'd': debug = 1; break;
		case 'f': fx.conf_path = optarg; break;
		case 'n': check = 1; break;
		case 'v': verbose = 1; break;
		default: usage();
		}
	}
	log_init("frontd", verbose, debug || check);
	if (conf_load(fx.conf_path, &fx.conf, err, sizeof(err)) == -1)
		fatalx("config: %s", err);
	if (keyfile_load(fx.conf.frontd.keys_file, &fx.keys, err,
	    sizeof(err)) == -1)
		fatalx("keys: %s", err);
	if (check) {
		fprintf(stderr, "frontd: configuration OK\n");
		keyfile_free(&fx.keys);
		conf_free(&fx.conf);
		return 0;
	}
	if (!debug && daemon(1, 0) == -1)
		fatal("daemon");
	signal(SIGPIPE, SIG_IGN);
	raise_nofile(fx.conf.frontd.max_conns + 256);
	if (setup(&fx, err, sizeof(err)) == -1)
		fatalx("%s", err);
	ev_term = evsignal_new(fx.base, SIGTERM, sigterm_cb, &fx);
	ev_int = evsignal_new(fx.base, SIGINT, sigterm_cb, &fx);
	ev_hup = evsignal_new(fx.base, SIGHUP, sighup_cb, &fx);
	evsignal_add(ev_term, NULL);
	evsignal_add(ev_int, NULL);
	evsignal_add(ev_hup, NULL);
	snprintf(note, sizeof(note), "frontd pid=%d", (int)getpid());
	journal_mark(&fx, JFMT_START, note);
	log_info("frontd=ready pid=%d listen=%s", (int)getpid(),
	    fx.conf.frontd.listen[0]);
	event_base_dispatch(fx.base);
	log_info("frontd=stopping sessions=%d", fx.nsessions);
	event_free(ev_term);
	event_free(ev_int);
	event_free(ev_hup);
	teardown(&fx);
	log_shutdown();
	return 0;
}
