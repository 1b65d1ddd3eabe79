/*
 * daemon.c - the one daemon skeleton (daemon.h): every daemon parses the
 * same options, fails on a bad configuration the same way, logs the same
 * way, goes to the background the same way, and drains and reloads
 * through the same signal handlers.
 *
 * "Foreground" and "where the logs go" are separate: -d is the old
 * foreground-with-stderr mode the tests use, -D keeps the foreground but
 * logs to the rolling files, so that a supervisor capturing stdout/stderr
 * does not collect an ever-growing copy of the log.
 */
#include <sys/prctl.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "daemon.h"
#include "log.h"
#include "sdnotify.h"
#include "util.h"

#define DRAIN_TICK_US	100000
#define READY_TICK_US	100000	/* how often def->ready is asked */

struct daemon {
	const struct daemon_def	*def;
	void			*arg;
	char			*path;		/* config file, NULL: defaults */
	int			 command;	/* DAEMON_OPT_COMMAND seen */
	int			 files;		/* logging to the rolling files */
	int			 sinks;		/* LOG_* given to log_open */
	int			 verbose;	/* -v */
	char			 name[64];	/* log name: def->name or a
						   worker's (daemon_set_name) */
	struct gf_conf		*conf;		/* the caller's */
	int			 dropped;	/* daemon_drop done */
	struct event_base	*base;
	struct event		*ev_term, *ev_int, *ev_hup, *ev_tick;
	struct event		*ev_ready, *ev_wdog;	/* service manager */
	int			 draining;
	int			 grace;		/* s */
	int64_t			 deadline_ms;
};

static void __attribute__((noreturn))
usage(const struct daemon_def *def)
{
	fprintf(stderr, "usage: %s [-dDenv] [-f FILE]%s%s\n", def->name,
	    def->usage ? " " : "", def->usage ? def->usage : "");
	exit(2);
}

/* One line on stderr, the same in every daemon, then exit 1. */
static void __attribute__((noreturn))
fail_start(const struct daemon_def *def, struct gf_conf *conf,
    const char *err)
{
	fprintf(stderr, "%s: %s\n", def->name, err);
	if (conf != NULL)
		conf_free(conf);
	exit(1);
}

static int
busy(struct daemon *d)
{
	return d->def->busy ? d->def->busy(d->arg) : 0;
}

static void
stop_now(struct daemon *d)
{
	if (d->def->stop)
		d->def->stop(d->arg);
	event_base_loopbreak(d->base);
}

static void
drain_tick_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct daemon	*d = arg;
	int		 n;

	(void)fd; (void)ev;
	if ((n = busy(d)) == 0) {
		log_info("drain=done");
		event_base_loopbreak(d->base);
		return;
	}
	if (mono_ms() >= d->deadline_ms) {
		log_warnx("drain=grace_expired busy=%d", n);
		stop_now(d);
	}
}

/* SIGTERM/SIGINT: stop taking work, finish what is in flight within the
 * grace time; a second signal stops at once. */
static void
term_cb(evutil_socket_t sig, short ev, void *arg)
{
	struct daemon	*d = arg;
	struct timeval	 tick = { 0, DRAIN_TICK_US };

	(void)ev;
	if (d->draining) {
		log_warnx("signal=%d drain=cut reason=\"second signal\" busy=%d",
		    (int)sig, busy(d));
		stop_now(d);
		return;
	}
	d->draining = 1;
	d->deadline_ms = mono_ms() + (int64_t)d->grace * 1000;
	(void)sdn_notify("STOPPING=1\nSTATUS=draining");
	if (d->ev_ready != NULL)	/* never READY once draining */
		event_del(d->ev_ready);
	if (d->def->drain)
		d->def->drain(d->arg);
	log_info("signal=%d draining busy=%d grace=%ds", (int)sig, busy(d),
	    d->grace);
	if ((d->ev_tick = event_new(d->base, -1, EV_PERSIST, drain_tick_cb,
	    d)) == NULL || event_add(d->ev_tick, &tick) == -1) {
		log_warnx("drain=cut reason=\"no drain timer\"");
		stop_now(d);
		return;
	}
	drain_tick_cb(-1, 0, d);
}

/* SIGHUP: the log settings are read again, then the daemon's own reload. */
static void
hup_cb(evutil_socket_t sig, short ev, void *arg)
{
	struct daemon	*d = arg;
	struct gf_conf	 nc;
	char		 err[512];

	(void)ev;
	log_info("signal=%d reload file=%s", (int)sig,
	    d->path ? d->path : "(defaults)");
	if (conf_load(d->path, &nc, err, sizeof(err)) == -1)
		log_warnx("reload=failed error=\"%s\" action=kept_old", err);
	else {
		if (d->files)
			(void)log_set_rolling(nc.global.log_max_size,
			    nc.global.log_max_files);
		conf_free(&nc);
	}
	if (d->def->reload)
		d->def->reload(d->arg);
	else
		log_info("reload=unsupported daemon=%s reason=\"only the log "
		    "settings are read again\"", d->def->name);
}

/* The command line, as daemon_start reads it. */
struct daemon_opts {
	const char	*path;
	int		 check;		/* -n */
	int		 fg;		/* -d */
	int		 files_fg;	/* -D */
	int		 copy_stderr;	/* -e */
	int		 verbose;	/* -v */
	int		 command;	/* DAEMON_OPT_COMMAND */
};

static void
parse_options(const struct daemon_def *def, void *arg, int argc, char **argv,
    struct daemon_opts *o)
{
	char	optstr[64];
	int	ch, rv;

	memset(o, 0, sizeof(*o));
	snprintf(optstr, sizeof(optstr), "%sdDef:nv%s",
	    def->operands ? "+" : "", def->opts ? def->opts : "");
	while ((ch = getopt(argc, argv, optstr)) != -1) {
		switch (ch) {
		case 'd': o->fg = 1; break;
		case 'D': o->files_fg = 1; break;
		case 'e': o->copy_stderr = 1; break;
		case 'f': o->path = optarg; break;
		case 'n': o->check = 1; break;
		case 'v': o->verbose = 1; break;
		default:
			if (ch == '?' || def->option == NULL)
				usage(def);
			rv = def->option(arg, ch, optarg);
			if (rv == DAEMON_OPT_USAGE)
				usage(def);
			if (rv == DAEMON_OPT_COMMAND)
				o->command = 1;
		}
	}
	if (o->fg && o->files_fg)
		usage(def);
	if (optind != argc) {
		if (def->operands == NULL)
			usage(def);
		rv = def->operands(arg, argc - optind, argv + optind);
		if (rv == DAEMON_OPT_USAGE)
			usage(def);
		if (rv == DAEMON_OPT_COMMAND)
			o->command = 1;
	}
	if (o->path == NULL)
		o->path = conf_default_path();
}

static void	signals_block(int);

struct daemon *
daemon_start(const struct daemon_def *def, void *arg, int argc, char **argv,
    struct gf_conf *conf)
{
	struct daemon		*d;
	struct daemon_opts	 o;
	struct log_files	 lf;
	char			 err[1024];
	int			 sinks;

	/* Logs, journal, sockets, reconciliation files: never for others. */
	umask(027);
	parse_options(def, arg, argc, argv, &o);
	/* Lines a check logs go to stderr, next to its verdict. */
	log_init(def->name, o.verbose, 1);
	if (conf_load(o.path, conf, err, sizeof(err)) == -1)
		fail_start(def, NULL, err);
	if (def->check && def->check(arg, conf, err, sizeof(err)) == -1)
		fail_start(def, conf, err);
	if (o.check) {
		fprintf(stderr, "%s: configuration OK\n", def->name);
		conf_free(conf);
		exit(0);
	}

	if ((d = calloc(1, sizeof(*d))) == NULL)
		fail_start(def, conf, strerror(errno));
	d->def = def;
	d->arg = arg;
	d->conf = conf;
	d->command = o.command;
	d->path = o.path ? xstrdup(o.path) : NULL;
	/* -d (and a one-shot command) is stderr only, as the tests expect;
	 * otherwise the rolling files, and stderr too when asked (-e). */
	if (o.command || o.fg)
		sinks = LOG_STDERR;
	else
		sinks = LOG_FILES | (o.copy_stderr ? LOG_STDERR : 0);
	lf.dir = conf->global.log_dir;
	lf.max_size = conf->global.log_max_size;
	lf.max_files = conf->global.log_max_files;
	if (log_open(def->name, o.verbose, sinks, &lf, err, sizeof(err)) == -1) {
		free(d->path);
		free(d);
		fail_start(def, conf, err);
	}
	d->files = (sinks & LOG_FILES) != 0;
	d->sinks = sinks;
	d->verbose = o.verbose;
	snprintf(d->name, sizeof(d->name), "%s", def->name);
	if (!o.command && !o.fg && !o.files_fg && daemon(1, 0) == -1)
		fatal("daemon");
	signal(SIGPIPE, SIG_IGN);
	/*
	 * Until daemon_loop installs the handlers, SIGHUP, SIGTERM and SIGINT
	 * wait (blocked) instead of ending the process with their default
	 * action: a reload or stop sent while the daemon starts (its socket
	 * may already be there) is acted on once the loop runs.  Threads
	 * started before then keep them blocked: the main thread takes them.
	 */
	if (!o.command)
		signals_block(SIG_BLOCK);
	return d;
}

static void
signals_block(int how)
{
	sigset_t	set;

	sigemptyset(&set);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	if (sigprocmask(how, &set, NULL) == -1)
		fatal("sigprocmask");
}

void
daemon_set_name(struct daemon *d, const char *name)
{
	struct log_files	lf;
	char			err[512];

	snprintf(d->name, sizeof(d->name), "%s", name);
	lf.dir = d->conf->global.log_dir;
	lf.max_size = d->conf->global.log_max_size;
	lf.max_files = d->conf->global.log_max_files;
	if (log_open(d->name, d->verbose, d->sinks, &lf, err,
	    sizeof(err)) == -1)
		fatalx("log: %s", err);
}

int
daemon_is_command(const struct daemon *d)
{
	return d->command;
}

/* The log file this daemon opened as root goes to the user: opened again
 * without following a link, and only a regular file root owns. */
static void
hand_over_log(struct daemon *d, uid_t uid, gid_t gid)
{
	char		path[4096];
	struct stat	st;
	int		fd;

	if (!d->files)
		return;
	snprintf(path, sizeof(path), "%s/%s.log.0", d->conf->global.log_dir,
	    d->name);
	fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC);
	if (fd == -1)
		return;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == 0 &&
	    fchown(fd, uid, gid) == -1)
		log_warn("chown file=%s", path);
	close(fd);
}

/* A Unix socket bound as root (ifsvc's, before its loop) goes to the user,
 * or its clients, the user too, could not connect again after a restart. */
static void
hand_over_socket(const char *path, uid_t uid, gid_t gid)
{
	struct stat	st;

	if (path == NULL || path[0] == '\0' || lstat(path, &st) == -1 ||
	    !S_ISSOCK(st.st_mode) || st.st_uid != 0)
		return;
	if (lchown(path, uid, gid) == -1)
		log_warn("chown socket=%s", path);
}

void
daemon_drop(struct daemon *d)
{
	const char	*user = d->conf->global.user;
	struct passwd	*pw;
	uid_t		 uid;
	gid_t		 gid;
	char		 err[512];

	if (d->dropped)
		return;
	d->dropped = 1;
	if (geteuid() != 0) {
		log_debug("user=%s uid=%u reason=\"not started as root: "
		    "nothing to drop\"", user, (unsigned)geteuid());
		return;
	}
	if (user == NULL || user[0] == '\0' || (pw = getpwnam(user)) == NULL)
		fatalx("user=%s error=\"no such user; create it (useradd "
		    "--system %s) or name another in global user\"",
		    user ? user : "", user ? user : "");
	uid = pw->pw_uid;
	gid = pw->pw_gid;
	if (uid == 0)
		fatalx("user=%s error=\"refusing to run as root\"", user);
	err[0] = '\0';
	hand_over_log(d, uid, gid);
	hand_over_socket(d->conf->appsrv.socket, uid, gid);
	hand_over_socket(d->conf->ifsvc.socket, uid, gid);
	if (d->def->privdrop &&
	    d->def->privdrop(d->arg, 0, uid, gid, err, sizeof(err)) == -1)
		fatalx("privdrop=failed error=\"%s\"", err);
	if (setgroups(1, &gid) == -1)
		fatal("setgroups");
	if (setresgid(gid, gid, gid) == -1)
		fatal("setresgid");
	if (setresuid(uid, uid, uid) == -1)
		fatal("setresuid");
	if (getuid() != uid || geteuid() != uid || getgid() != gid ||
	    getegid() != gid || setuid(0) != -1 || seteuid(0) != -1)
		fatalx("privdrop=failed error=\"root could be regained\"");
#ifdef GF_SANITIZERS
	/* The leak checker stops the threads with ptrace, which a process
	 * that changed its ids may no longer do; only sanitizer builds. */
	(void)prctl(PR_SET_DUMPABLE, 1);
#endif
	if (d->files && access(d->conf->global.log_dir, W_OK | X_OK) == -1)
		fatal("log_dir %s not writable by user %s",
		    d->conf->global.log_dir, user);
	if (d->def->privdrop &&
	    d->def->privdrop(d->arg, 1, uid, gid, err, sizeof(err)) == -1)
		fatalx("privdrop=failed user=%s error=\"%s\"", user, err);
	log_info("user=%s uid=%u gid=%u privileges=dropped", user,
	    (unsigned)uid, (unsigned)gid);
}

/* Until def->ready says so (at once without one), then READY=1 once. */
static void
ready_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct daemon	*d = arg;
	char		 state[64];

	(void)fd; (void)ev;
	if (d->draining || (d->def->ready && !d->def->ready(d->arg)))
		return;
	event_del(d->ev_ready);
	snprintf(state, sizeof(state), "READY=1\nSTATUS=serving\nMAINPID=%d",
	    (int)getpid());
	if (sdn_notify(state) == 1)
		log_info("notify=ready");
}

/* Runs only while the loop dispatches: a loop stuck in one callback stops
 * the pings and the service manager restarts the daemon. */
static void
wdog_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd; (void)ev; (void)arg;
	(void)sdn_notify("WATCHDOG=1");
}

static int
notify_setup(struct daemon *d)
{
	struct timeval	tv = { 0, READY_TICK_US };
	uint64_t	usec;

	if ((d->ev_ready = event_new(d->base, -1, EV_PERSIST, ready_cb,
	    d)) == NULL || event_add(d->ev_ready, &tv) == -1)
		return -1;
	event_active(d->ev_ready, EV_TIMEOUT, 0);
	if ((usec = sdn_watchdog_usec()) == 0)
		return 0;
	usec /= 2;
	tv.tv_sec = (time_t)(usec / 1000000);
	tv.tv_usec = (suseconds_t)(usec % 1000000);
	if ((d->ev_wdog = event_new(d->base, -1, EV_PERSIST, wdog_cb,
	    d)) == NULL || event_add(d->ev_wdog, &tv) == -1)
		return -1;
	log_info("notify=watchdog interval_us=%llu", (unsigned long long)usec);
	return 0;
}

int
daemon_loop(struct daemon *d, struct event_base *base, int grace)
{
	int	rv = 0;

	daemon_drop(d);
	d->base = base;
	d->grace = grace;
	d->ev_term = evsignal_new(base, SIGTERM, term_cb, d);
	d->ev_int = evsignal_new(base, SIGINT, term_cb, d);
	d->ev_hup = evsignal_new(base, SIGHUP, hup_cb, d);
	if (d->ev_term == NULL || d->ev_int == NULL || d->ev_hup == NULL ||
	    evsignal_add(d->ev_term, NULL) == -1 ||
	    evsignal_add(d->ev_int, NULL) == -1 ||
	    evsignal_add(d->ev_hup, NULL) == -1) {
		log_warnx("signals: cannot install handlers");
		rv = -1;
		goto done;
	}
	signals_block(SIG_UNBLOCK);	/* what came while starting, now */
	if (notify_setup(d) == -1) {
		log_warnx("notify: cannot install timers");
		rv = -1;
		goto done;
	}
	if (event_base_dispatch(base) == -1)
		rv = -1;
done:
	if (d->ev_ready)
		event_free(d->ev_ready);
	if (d->ev_wdog)
		event_free(d->ev_wdog);
	d->ev_ready = d->ev_wdog = NULL;
	if (d->ev_tick)
		event_free(d->ev_tick);
	if (d->ev_term)
		event_free(d->ev_term);
	if (d->ev_int)
		event_free(d->ev_int);
	if (d->ev_hup)
		event_free(d->ev_hup);
	d->ev_tick = d->ev_term = d->ev_int = d->ev_hup = NULL;
	return rv;
}

void
daemon_end(struct daemon *d)
{
	log_shutdown();
	if (d == NULL)
		return;
	free(d->path);
	free(d);
}
