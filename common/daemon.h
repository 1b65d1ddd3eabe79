/*
 * daemon.h - the one way to be a GridFront daemon: options, configuration,
 * logging, foreground or background, signals with drain and reload hooks.
 * frontd, appsrv and ifsvc call it the same way (a thin main):
 *
 *	d = daemon_start(&def, ctx, argc, argv, &ctx->conf);
 *	... set up the daemon's modules on base ...
 *	daemon_loop(d, base, grace);
 *	... free the modules ...
 *	daemon_end(d);
 *
 * The common options:
 *	-f FILE	configuration ($GF_CONF, else etc/gridfront.conf)
 *	-n	check the configuration (and def->check), print one line on
 *		stderr, exit 0 when good and 1 when not
 *	-d	stay in the foreground and log to stderr only (tests, debugging)
 *	-D	stay in the foreground and log to the rolling files (under a
 *		supervisor that keeps stdout/stderr)
 *	-e	copy every log line to stderr as well (with -D)
 *	-v	debug lines
 * A daemon started as root keeps root only while it binds its listening
 * sockets and reads its key file: daemon_loop (or an earlier
 * daemon_drop) makes it global.user ("gridfront") with setgroups, setgid
 * and setuid, checks that root cannot be regained, and refuses to run at
 * all when that user is missing or is root itself.  Files it opened as root
 * are handed to that user first (def->privdrop).  Every daemon creates its
 * files with umask 027.
 * Under systemd (Type=notify, NOTIFY_SOCKET set) the loop sends READY=1
 * once def->ready says the daemon serves, WATCHDOG=1 from a timer at half
 * of WATCHDOG_USEC while the loop runs, and STOPPING=1 when it drains
 * (common/sdnotify.h); without NOTIFY_SOCKET nothing is sent.
 * Without -d or -D the daemon goes to the background and logs to the
 * rolling files <log_dir>/NAME.log.N (global log_dir, log_max_size,
 * log_max_files).  A bad configuration is one line on stderr, exit 1.
 */
#ifndef GF_DAEMON_H
#define GF_DAEMON_H

#include <stddef.h>

#include "conf.h"

struct event_base;
struct daemon;

/* What def->option returns. */
#define DAEMON_OPT_USAGE	(-1)	/* a bad option: usage, exit 2 */
#define DAEMON_OPT_OK		0
#define DAEMON_OPT_COMMAND	1	/* a one-shot command: foreground,
					   stderr, no loop (ifsvc -R) */

struct daemon_def {
	const char	*name;		/* "frontd": log category, file names */
	const char	*opts;		/* the daemon's own getopt letters */
	const char	*usage;		/* their usage text, "[-R date -F file]" */
	int		(*option)(void *arg, int ch, const char *optarg);
	/* The words after the options (a subcommand, "mktsim ... serve"):
	 * option parsing stops at the first one and they are handed over
	 * here; DAEMON_OPT_* as for option.  NULL: none allowed. */
	int		(*operands)(void *arg, int argc, char **argv);
	/* More to check than the configuration file (frontd: the key file);
	 * run by -n and at every start.  0, or -1 with a reason in err. */
	int		(*check)(void *arg, const struct gf_conf *, char *err,
			    size_t errlen);
	/* SIGTERM/SIGINT: drain stops taking new work; busy counts the work
	 * still in flight (0 ends the loop); stop cuts what is left when the
	 * grace time is over or a second signal comes.  Each may be NULL:
	 * with no busy, the loop ends as soon as drain returns. */
	void		(*drain)(void *arg);
	int		(*busy)(void *arg);
	void		(*stop)(void *arg);
	/* SIGHUP, after the log settings were read again.  NULL: a line says
	 * that this daemon has nothing more to reload. */
	void		(*reload)(void *arg);
	/* Around the drop from root: phase 0 as root, to hand what the daemon
	 * opened to uid/gid (fchown); phase 1 as the user, to check that it
	 * can still write where it must.  0, or -1 with a reason (the daemon
	 * exits).  NULL: nothing of its own. */
	int		(*privdrop)(void *arg, int phase, unsigned uid,
			    unsigned gid, char *err, size_t errlen);
	/* 1 once the daemon really serves (its socket listens, its database
	 * answered), asked by the loop until it is: then READY=1 goes to the
	 * service manager.  NULL: ready as soon as the loop runs (what it
	 * serves was set up before daemon_loop). */
	int		(*ready)(void *arg);
};

/*
 * Parse the options, load the configuration into conf, run def->check,
 * start logging, go to the background unless -d/-D, ignore SIGPIPE.
 * Exits for -n, a bad option (2), a bad configuration (1).
 */
struct daemon	*daemon_start(const struct daemon_def *, void *arg, int argc,
		    char **argv, struct gf_conf *conf);
/* A process forked from the daemon (a frontd worker) logs under its own
 * name: the lines' NAME and, with the rolling files, DIR/NAME.log.N (two
 * processes must not roll one file).  Exits when the log cannot be opened. */
void		 daemon_set_name(struct daemon *, const char *name);
/* 1 when an option made this run a one-shot command (DAEMON_OPT_COMMAND). */
int		 daemon_is_command(const struct daemon *);
/* Started as root: become global.user now (see above); exits on failure.
 * A no-op when not root or already done. */
void		 daemon_drop(struct daemon *);
/* SIGTERM, SIGINT, SIGHUP on base; daemon_drop; dispatch until drained;
 * 0 or -1. */
int		 daemon_loop(struct daemon *, struct event_base *, int grace);
/* Stop logging, free d. */
void		 daemon_end(struct daemon *);

#endif
