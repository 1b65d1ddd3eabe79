/*
 * frontd - the GridFront front-end processor (DESIGN.md, TP1 §1-§4, §6).
 * Thin main: options, configuration, key file, the modules, signals, loop.
 *
 *	frontd [-dDenv] [-f FILE]	the common options (common/daemon.h);
 *	-n also checks the key file, -v logs every connection and request
 *	(costly under load).  SIGTERM drains (grace), SIGHUP reloads the keys.
 */
#include <sys/prctl.h>
#include <sys/resource.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "daemon.h"
#include "frontd.h"
#include "journal_fmt.h"
#include "log.h"

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
	bank_lsn_stop(fx->blsn);
	/* The parent holds copies of this worker's sockets: it closes them,
	 * so that new connections go to the other workers. */
	if (fx->parent > 0 && getppid() == fx->parent &&
	    kill(fx->parent, SIGUSR1) == -1)
		log_warn("kill parent=%d", fx->parent);
	appsrv_link_alarm(fx->as, "JOURNAL", "", "frontd", why);
	tsession_drain_all(fx, 2);
	bsession_drain_all(fx, 2);
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

/* daemon.c's drain hooks: stop accepting, count the sessions still
 * finishing their request, cut them when the grace time is over. */
static void
drain_cb(void *arg)
{
	struct frontd	*fx = arg;

	fx->draining = 1;
	listener_stop(fx->lsn);
	bank_lsn_stop(fx->blsn);
}

static int
busy_cb(void *arg)
{
	struct frontd	*fx = arg;

	tsession_drain_all(fx, 0);
	bsession_drain_all(fx, 0);
	return fx->nsessions + fx->nbsessions;
}

static void
stop_cb(void *arg)
{
	tsession_drain_all(arg, 1);
	bsession_drain_all(arg, 1);
}

/* The versions in memory, by fingerprint (never a key): terminal suites
 * "1:1=ab12..,2:1=..", or banks (bank != 0) "0102:1=ab12..,...". */
static void
keys_describe(const struct keyfile *kf, int bank, char *out, size_t len)
{
	char	fpr[KEYFILE_FPR_LEN + 1];
	size_t	i, off = 0;
	int	n;

	out[0] = '\0';
	for (i = 0; i < kf->nsets && off < len; i++) {
		if (kf->sets[i].retired)
			continue;
		keyfile_fingerprint(&kf->sets[i], fpr);
		n = snprintf(out + off, len - off, bank ? "%s%04u:%u=%s" :
		    "%s%u:%u=%s", off ? "," : "", bank ? kf->sets[i].bank :
		    kf->sets[i].suite, kf->sets[i].keyver, fpr);
		if (n < 0)
			break;
		off += (size_t)n;
	}
}

/* Load the key file at start; the keys are never logged, their
 * fingerprints are. */
static void
keys_load_first(struct frontd *fx)
{
	char	err[1024], desc[512];

	if (keyfile_load(fx->conf.frontd.keys_file, &fx->keys, err,
	    sizeof(err)) == -1)
		fatalx("keys: %s", err);
	keys_describe(&fx->keys, 0, desc, sizeof(desc));
	log_info("keys=loaded file=%s versions=%s mlock=%s",
	    fx->conf.frontd.keys_file, desc, fx->keys.locked ? "yes" : "no");
	if (!fx->keys.locked)
		log_warnx("keys=not_locked reason=\"mlock refused (RLIMIT_MEMLOCK)\"");
	if (fx->conf.frontd.bank_port > 0) {
		if (keyfile_load_kind(fx->conf.frontd.bank_keys_file,
		    KEYFILE_BANK, &fx->bank_keys, err, sizeof(err)) == -1)
			fatalx("bank keys: %s", err);
		keys_describe(&fx->bank_keys, 1, desc, sizeof(desc));
		log_info("bank_keys=loaded file=%s versions=%s",
		    fx->conf.frontd.bank_keys_file, desc);
	}
}

/*
 * SIGHUP (gfctl keys rotate|retire): the key file is read again.  A file
 * that cannot be read or parsed keeps the keys in memory and raises a KEYS
 * alarm: frontd never runs without keys.  The old keys and every derived
 * key cached by the registry are zeroed.
 */
static void
reload_cb(void *arg)
{
	struct frontd	*fx = arg;
	struct keyfile	 nk;
	char		 err[512], desc[512];

	memset(&nk, 0, sizeof(nk));
	if (keyfile_load(fx->conf.frontd.keys_file, &nk, err,
	    sizeof(err)) == -1) {
		log_warnx("keys=reload_failed file=%s error=\"%s\" action=kept_old",
		    fx->conf.frontd.keys_file, err);
		appsrv_link_alarm(fx->as, "KEYS", "", "frontd", err);
		return;
	}
	keyfile_free(&fx->keys);
	fx->keys = nk;
	term_cache_forget_keys(fx->reg);
	keys_describe(&fx->keys, 0, desc, sizeof(desc));
	log_info("keys=reloaded file=%s versions=%s mlock=%s",
	    fx->conf.frontd.keys_file, desc, fx->keys.locked ? "yes" : "no");
	if (fx->conf.frontd.bank_port <= 0)
		return;
	memset(&nk, 0, sizeof(nk));
	if (keyfile_load_kind(fx->conf.frontd.bank_keys_file, KEYFILE_BANK,
	    &nk, err, sizeof(err)) == -1) {
		log_warnx("bank_keys=reload_failed file=%s error=\"%s\" "
		    "action=kept_old", fx->conf.frontd.bank_keys_file, err);
		appsrv_link_alarm(fx->as, "KEYS", "", "frontd", err);
		return;
	}
	keyfile_free(&fx->bank_keys);
	fx->bank_keys = nk;
	keys_describe(&fx->bank_keys, 1, desc, sizeof(desc));
	log_info("bank_keys=reloaded file=%s versions=%s",
	    fx->conf.frontd.bank_keys_file, desc);
}

/* <run_dir>/frontd.pid: where `gfctl keys` finds the frontd to reload
 * (with workers, the parent, which passes SIGHUP on); frontd.wK.pid: a
 * worker's. */
void
frontd_pidfile(struct frontd *fx, int remove)
{
	char	path[1024], tmp[1040], buf[32], name[32];
	FILE	*f;
	int	 pid = 0;

	if (fx->parent > 0)
		snprintf(name, sizeof(name), "frontd.w%d.pid", fx->wid);
	else
		snprintf(name, sizeof(name), "frontd.pid");
	if ((size_t)snprintf(path, sizeof(path), "%s/%s",
	    fx->conf.global.run_dir, name) >= sizeof(path))
		return;
	if (remove) {
		/* Only our own: another frontd may have started since. */
		if ((f = fopen(path, "r")) != NULL) {
			if (fgets(buf, sizeof(buf), f) != NULL)
				pid = atoi(buf);
			fclose(f);
		}
		if (pid == (int)getpid())
			unlink(path);
		return;
	}
	/* Written aside and renamed: a worker started again after the drop
	 * from root replaces the file its predecessor made as root. */
	if ((size_t)snprintf(tmp, sizeof(tmp), "%s.tmp", path) >= sizeof(tmp))
		return;
	if ((f = fopen(tmp, "w")) == NULL) {
		log_warn("pidfile %s", tmp);
		return;
	}
	fprintf(f, "%d\n", (int)getpid());
	if (fclose(f) != 0 || rename(tmp, path) == -1) {
		log_warn("pidfile %s", path);
		unlink(tmp);
	}
}

/* -n and every start: the key file must load too. */
static int
check_cb(void *arg, const struct gf_conf *conf, char *err, size_t errlen)
{
	struct keyfile		 k;
	struct proxy_nets	*pn;
	char			 why[512];

	(void)arg;
	memset(&k, 0, sizeof(k));
	if (keyfile_load(conf->frontd.keys_file, &k, why, sizeof(why)) == -1) {
		snprintf(err, errlen, "keys: %s", why);
		return -1;
	}
	keyfile_free(&k);
	if (conf->frontd.bank_port > 0) {
		memset(&k, 0, sizeof(k));
		if (keyfile_load_kind(conf->frontd.bank_keys_file, KEYFILE_BANK,
		    &k, why, sizeof(why)) == -1) {
			snprintf(err, errlen, "bank keys: %s", why);
			return -1;
		}
		keyfile_free(&k);
	}
	if (proxy_nets_parse(conf, &pn, err, errlen) == -1)
		return -1;
	proxy_nets_free(pn);
	return 0;
}

/* Dropping root (common/daemon.h): the journal's files go to the user,
 * who must be able to start the next day's file and re-read the keys. */
static int
privdrop_cb(void *arg, int phase, unsigned uid, unsigned gid, char *err,
    size_t errlen)
{
	struct frontd	*fx = arg;

	if (phase == 0)
		return fx->jn ? journal_hand_over(fx->jn, uid, gid, err,
		    errlen) : 0;
	if (access(fx->conf.frontd.journal_dir, W_OK | X_OK) == -1) {
		snprintf(err, errlen, "journal_dir %s not writable: %s",
		    fx->conf.frontd.journal_dir, strerror(errno));
		return -1;
	}
	if (access(fx->conf.frontd.keys_file, R_OK) == -1)
		log_warnx("keys=%s error=\"%s\" reason=\"SIGHUP cannot "
		    "re-read the key file; make it the daemon user's\"",
		    fx->conf.frontd.keys_file, strerror(errno));
	return 0;
}

static const struct daemon_def frontd_def = {
	.privdrop = privdrop_cb,
	.name = "frontd",
	.check = check_cb,
	.drain = drain_cb,
	.busy = busy_cb,
	.stop = stop_cb,
	.reload = reload_cb,
};

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

	if ((fx->base = event_base_new()) == NULL) {
		snprintf(err, errlen, "event_base_new failed");
		return -1;
	}
	tv.tv_sec = fx->conf.frontd.read_deadline;
	tv.tv_usec = 0;
	fx->tv_read = event_base_init_common_timeout(fx->base, &tv);
	tv.tv_sec = fx->conf.frontd.idle_timeout;
	fx->tv_idle = event_base_init_common_timeout(fx->base, &tv);
	tv.tv_sec = fx->conf.frontd.bank_idle;
	fx->tv_bank_idle = event_base_init_common_timeout(fx->base, &tv);
	fx->jn = journal_open(fx->base, fx->conf.frontd.journal_dir, fx->wid,
	    fx->conf.frontd.journal_sync_us, err, errlen);
	if (fx->jn == NULL)
		return -1;
	journal_set_cbs(fx->jn, on_journal_fail, on_journal_sync, fx);
	if ((fx->mx = metrics_new(fx, err, errlen)) == NULL)
		return -1;
	fx->reg = term_cache_new(fx);
	fx->al = alarms_new(fx);
	fx->as = appsrv_link_new(fx);
	if (proxy_nets_parse(&fx->conf, &fx->pxn, err, errlen) == -1)
		return -1;
	if (fx->pxn != NULL)
		log_info("proxy_from=%d reason=\"PROXY v2 header read from "
		    "these balancers, refused from others\"",
		    fx->conf.frontd.n_proxy_from);
	if ((fx->lsn = listener_new(fx, err, errlen)) == NULL)
		return -1;
	fx->breg = bank_cache_new(fx);
	if (fx->conf.frontd.bank_port > 0 &&
	    (fx->blsn = bank_lsn_new(fx, err, errlen)) == NULL)
		return -1;
	return 0;
}

static void
teardown(struct frontd *fx)
{
	tsession_drain_all(fx, 1);
	bsession_drain_all(fx, 1);
	appsrv_link_free(fx->as);
	term_cache_free(fx->reg);
	bank_cache_free(fx->breg);
	bank_lsn_free(fx->blsn);
	alarms_free(fx->al);
	if (fx->jn) {
		journal_mark(fx, JFMT_STOP, "clean shutdown");
		journal_close(fx->jn);
	}
	listener_free(fx->lsn);
	proxy_nets_free(fx->pxn);
	metrics_free(fx->mx);
	keyfile_free(&fx->keys);
	keyfile_free(&fx->bank_keys);
	if (fx->base)
		event_base_free(fx->base);
	conf_free(&fx->conf);
}

int
main(int argc, char *argv[])
{
	struct frontd	 fx;
	struct daemon	*d;
	char		 err[1024], note[128];

	memset(&fx, 0, sizeof(fx));
	fx.bank_lfd = -1;
	d = daemon_start(&frontd_def, &fx, argc, argv, &fx.conf);
	/* No core dump of a process that holds keys (the master keys' pages
	 * are also excluded from dumps: keyfile.c). */
	if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == -1)
		log_warn("prctl PR_SET_DUMPABLE");
	raise_nofile(fx.conf.frontd.max_conns + 256);
	/* Several workers: the parent stays in master_run; each worker
	 * (a child) goes on here as an ordinary frontd. */
	if (fx.conf.frontd.workers > 1)
		(void)master_run(&fx, d);
	keys_load_first(&fx);
	if (setup(&fx, err, sizeof(err)) == -1)
		fatalx("%s", err);
	if (fx.parent > 0)
		snprintf(note, sizeof(note), "frontd pid=%d worker=%d",
		    (int)getpid(), fx.wid);
	else
		snprintf(note, sizeof(note), "frontd pid=%d", (int)getpid());
	journal_mark(&fx, JFMT_START, note);
	frontd_pidfile(&fx, 0);
	log_info("frontd=ready pid=%d worker=%d listen=%s", (int)getpid(),
	    fx.wid, fx.conf.frontd.listen[0]);
	daemon_loop(d, fx.base, fx.conf.frontd.grace);
	log_info("frontd=stopping sessions=%d", fx.nsessions);
	frontd_pidfile(&fx, 1);
	teardown(&fx);
	daemon_end(d);
	return 0;
}
