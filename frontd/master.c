/*
 * master.c - frontd.workers > 1: the parent process (docs/DESIGN.md,
 * "frontd workers").
 *
 * The parent binds one listening socket per worker and configured address
 * (SO_REUSEPORT: the kernel spreads new connections over the sockets of
 * the group), forks the workers, and then only watches:
 *
 *	SIGHUP		sent on to every worker (key file reload)
 *	SIGTERM/INT	sent on; the parent waits for the workers to drain
 *			(grace + 5 s, then SIGKILL) and exits; a second signal
 *			is sent on too (the workers cut at once)
 *	SIGCHLD		a worker that died is started again (after 1 s if it
 *			lived less than 5 s), on the same sockets: connections
 *			the kernel queued for it meanwhile wait in its backlog
 *	SIGUSR1		a worker's journal failed: it takes no new work, so
 *			the parent closes its copies of that worker's sockets
 *			(new connections go to the others) and does not start
 *			it again; the operator must look (as with one process)
 *
 * The parent holds no key, opens no journal, talks to no appsrv: a worker
 * is an ordinary frontd with its own journal chain (chain k, files
 * journal-YYYYMMDD.wK.gfj, worker 0 keeps journal-YYYYMMDD.gfj), its own
 * IPC link to appsrv, its own metrics (metrics_listen port + k), its own
 * log name (frontd.wK) and pid file (run_dir/frontd.wK.pid).  run_dir/
 * frontd.pid names the parent, so `gfctl keys rotate` reaches every worker.
 *
 * The parent uses no event loop: the signals are blocked and taken with
 * sigtimedwait, so a fork never copies a libevent base.
 */
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "daemon.h"
#include "frontd.h"
#include "log.h"

#define RESTART_FAST_MS	5000	/* a worker dying sooner waits ... */
#define RESTART_WAIT_MS	1000	/* ... this long before the next start */
#define KILL_AFTER_S	5	/* past grace: SIGKILL what is left */

struct worker {
	pid_t		pid;		/* 0: not running */
	int		fds[CONF_MAX_LISTEN];
	int		nfds;
	int		bank_fd;	/* frontd.bank_port, -1: none */
	int		stopped;	/* journal failed: never again */
	int64_t		started_ms;
	int64_t		restart_ms;	/* 0: none due */
	unsigned	starts;
};

struct master {
	struct frontd	*fx;
	struct daemon	*d;
	struct worker	 w[JFMT_MAX_CHAINS];
	int		 n;
	int		 draining;
	int64_t		 kill_ms;
	pid_t		 self;
	sigset_t	 set, old;
};

static void
close_fds(struct worker *w)
{
	int	i;

	for (i = 0; i < w->nfds; i++)
		if (w->fds[i] != -1)
			close(w->fds[i]);
	w->nfds = 0;
	if (w->bank_fd != -1)
		close(w->bank_fd);
	w->bank_fd = -1;
}

/* In the child: keep worker k's sockets only, become that worker. */
static int
become_worker(struct master *m, int k)
{
	struct frontd	*fx = m->fx;
	char		 name[32];
	int		 i;

	if (prctl(PR_SET_PDEATHSIG, SIGTERM) == -1)
		log_warn("prctl PR_SET_PDEATHSIG");
	if (getppid() != m->self)	/* the parent died before that */
		fatalx("worker=%d parent=%d gone", k, (int)m->self);
	if (sigprocmask(SIG_SETMASK, &m->old, NULL) == -1)
		fatal("sigprocmask");
	for (i = 0; i < m->n; i++)
		if (i != k)
			close_fds(&m->w[i]);
	fx->wid = k;
	fx->parent = getppid();
	fx->nlfd = m->w[k].nfds;
	for (i = 0; i < fx->nlfd; i++)
		fx->lfd[i] = m->w[k].fds[i];
	fx->bank_lfd = m->w[k].bank_fd;
	snprintf(name, sizeof(name), "frontd.w%d", k);
	daemon_set_name(m->d, name);
	free(m);
	return k;
}

/* 0 in the parent; 1 in the child (which becomes worker k). */
static int
spawn(struct master *m, int k)
{
	struct worker	*w = &m->w[k];
	pid_t		 pid;

	if ((pid = fork()) == -1) {
		log_warn("worker=%d fork", k);
		w->restart_ms = mono_ms() + RESTART_WAIT_MS;
		return 0;
	}
	if (pid == 0)
		return 1;
	w->pid = pid;
	w->started_ms = mono_ms();
	w->restart_ms = 0;
	w->starts++;
	log_info("worker=%d pid=%d start=%u", k, (int)pid, w->starts);
	return 0;
}

static void
send_all(struct master *m, int sig)
{
	int	i;

	for (i = 0; i < m->n; i++)
		if (m->w[i].pid > 0 && kill(m->w[i].pid, sig) == -1)
			log_warn("worker=%d pid=%d kill %d", i,
			    (int)m->w[i].pid, sig);
}

static int
alive(struct master *m)
{
	int	i, c = 0;

	for (i = 0; i < m->n; i++)
		c += m->w[i].pid > 0;
	return c;
}

static int
find(struct master *m, pid_t pid)
{
	int	i;

	for (i = 0; i < m->n; i++)
		if (m->w[i].pid == pid)
			return i;
	return -1;
}

static void
reap(struct master *m)
{
	struct worker	*w;
	pid_t		 pid;
	int		 st, k;
	int64_t		 ran;

	while ((pid = waitpid(-1, &st, WNOHANG)) > 0) {
		if ((k = find(m, pid)) == -1)
			continue;
		w = &m->w[k];
		w->pid = 0;
		ran = mono_ms() - w->started_ms;
		if (WIFSIGNALED(st))
			log_warnx("worker=%d pid=%d died signal=%d ran_ms=%lld",
			    k, (int)pid, WTERMSIG(st), (long long)ran);
		else if (m->draining && WEXITSTATUS(st) == 0)
			log_info("worker=%d pid=%d exited status=0", k,
			    (int)pid);
		else
			log_warnx("worker=%d pid=%d exited status=%d "
			    "ran_ms=%lld", k, (int)pid, WEXITSTATUS(st),
			    (long long)ran);
		if (m->draining || w->stopped)
			continue;
		w->restart_ms = mono_ms() + (ran < RESTART_FAST_MS ?
		    RESTART_WAIT_MS : 0);
		if (w->restart_ms == 0)
			w->restart_ms = 1;
	}
}

static void
stopped(struct master *m, pid_t pid)
{
	int	k;

	if ((k = find(m, pid)) == -1 || m->w[k].stopped)
		return;
	m->w[k].stopped = 1;
	close_fds(&m->w[k]);
	log_warnx("worker=%d pid=%d stopped_accepting reason=journal "
	    "action=\"sockets closed, not restarted\"", k, (int)pid);
}

static void
start_drain(struct master *m, int sig)
{
	int	i;

	if (m->draining) {
		log_warnx("signal=%d drain=cut workers=%d", sig, alive(m));
		send_all(m, SIGTERM);
		return;
	}
	m->draining = 1;
	m->kill_ms = mono_ms() +
	    ((int64_t)m->fx->conf.frontd.grace + KILL_AFTER_S) * 1000;
	log_info("signal=%d draining workers=%d", sig, alive(m));
	for (i = 0; i < m->n; i++) {
		close_fds(&m->w[i]);
		m->w[i].restart_ms = 0;
	}
	send_all(m, SIGTERM);
}

/* Returns only in a worker: its number. */
int
master_run(struct frontd *fx, struct daemon *d)
{
	struct master	*m = xcalloc(1, sizeof(*m));
	struct timespec	 ts;
	siginfo_t	 si;
	char		 err[512], spec[300];
	int		 i, j, k, sig;
	int64_t		 now, wait_ms;

	m->fx = fx;
	m->d = d;
	m->self = getpid();
	m->n = fx->conf.frontd.workers;
	if (m->n > JFMT_MAX_CHAINS)
		fatalx("workers=%d above %d", m->n, JFMT_MAX_CHAINS);
	for (i = 0; i < m->n; i++)
		for (j = 0; j < fx->conf.frontd.nlisten; j++) {
			m->w[i].fds[j] = listener_socket(&fx->conf,
			    fx->conf.frontd.listen[j], err, sizeof(err));
			if (m->w[i].fds[j] == -1)
				fatalx("%s", err);
			m->w[i].nfds = j + 1;
		}
	for (i = 0; i < m->n; i++) {
		m->w[i].bank_fd = -1;
		if (bank_listen_spec(&fx->conf, spec, sizeof(spec)) == 0 &&
		    (m->w[i].bank_fd = listener_socket(&fx->conf, spec, err,
		    sizeof(err))) == -1)
			fatalx("%s", err);
	}
	sigemptyset(&m->set);
	sigaddset(&m->set, SIGTERM);
	sigaddset(&m->set, SIGINT);
	sigaddset(&m->set, SIGHUP);
	sigaddset(&m->set, SIGCHLD);
	sigaddset(&m->set, SIGUSR1);
	if (sigprocmask(SIG_BLOCK, &m->set, &m->old) == -1)
		fatal("sigprocmask");
	for (i = 0; i < m->n; i++)
		if (spawn(m, i))
			return become_worker(m, i);
	daemon_drop(d);
	frontd_pidfile(fx, 0);
	log_info("frontd=master pid=%d workers=%d listen=%s", (int)getpid(),
	    m->n, fx->conf.frontd.listen[0]);
	for (;;) {
		now = mono_ms();
		wait_ms = 1000;
		for (k = 0; k < m->n; k++) {
			if (m->w[k].restart_ms == 0 || m->w[k].pid > 0)
				continue;
			if (m->w[k].restart_ms <= now) {
				if (spawn(m, k))
					return become_worker(m, k);
			} else if (m->w[k].restart_ms - now < wait_ms)
				wait_ms = m->w[k].restart_ms - now;
		}
		if (m->draining) {
			if (alive(m) == 0)
				break;
			if (now >= m->kill_ms) {
				log_warnx("drain=grace_expired workers=%d "
				    "action=SIGKILL", alive(m));
				send_all(m, SIGKILL);
				m->kill_ms = now + 1000;
			}
			wait_ms = 100;
		}
		ts.tv_sec = wait_ms / 1000;
		ts.tv_nsec = (wait_ms % 1000) * 1000000;
		if ((sig = sigtimedwait(&m->set, &si, &ts)) == -1) {
			if (errno != EAGAIN && errno != EINTR)
				fatal("sigtimedwait");
			continue;
		}
		switch (sig) {
		case SIGHUP:
			log_info("signal=%d reload action=\"sent to %d "
			    "workers\"", sig, alive(m));
			send_all(m, SIGHUP);
			break;
		case SIGTERM:
		case SIGINT:
			start_drain(m, sig);
			break;
		case SIGUSR1:
			stopped(m, si.si_pid);
			break;
		case SIGCHLD:
			reap(m);
			break;
		}
	}
	log_info("frontd=stopped workers=0");
	frontd_pidfile(fx, 1);
	free(m);
	conf_free(&fx->conf);
	daemon_end(d);
	exit(0);
}
