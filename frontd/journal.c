/*
 * journal.c - the audit journal of everything that crossed the wire.
 *
 * FORMAT (also docs/JOURNAL.md; code in journal_fmt.c)
 *
 * One append-only file per local day, <journal_dir>/journal-YYYYMMDD.gfj,
 * starting with a 16-byte file header: "GFJOURN1", u16 format version (1),
 * 6 zero bytes.  Then records, all integers big-endian:
 *
 *	u32  len		body length
 *	u32  lencheck		~len: a flipped length byte is corruption, not
 *				a "torn tail"
 *	u8   prev[32]		SHA-256 of the whole previous record (zeros
 *				before the very first record of the journal)
 *	body[len]:
 *	  u64 recno		1, 2, 3 ... across files, never reset
 *	  u64 ts_us		wall clock, microseconds
 *	  u8  type		START STOP OPEN CLOSE REQUEST RESPONSE ALERT
 *	  u64 conn		connection id (0 for START/STOP)
 *	  u16 port; u8 n, peer[n]	peer address and port
 *	  u8 n, terminal[n]	16 digits or empty
 *	  u32 seq; u16 func; u16 code	code = response status or alert code
 *	  u32 n, raw[n]		the frame as on the wire (alert: the alert
 *				frame sent)
 *	  u32 n, plain[n]	decrypted payload, PIN and token values masked with '*'
 *	  u32 n, aux[n]		alert: the bytes that caused it (<= 1 KiB)
 *	  u16 n, note[n]	free text (close reason, alert name, ...)
 *	u32  crc		CRC-32 of everything from len to the body's end
 *
 * The chain continues across files and restarts: the first record of a day
 * carries the hash of the last record of the previous file.  At start the
 * newest file is read to its end to recover (recno, hash); a torn last
 * record (an incomplete write cut by a crash: its length is intact but the
 * data runs out) is truncated with a log line.  Nothing waiting on a torn
 * record was ever released (responses leave only after fdatasync), so no
 * terminal saw its effect.  Any other damage - a bad checksum or length
 * check - stops frontd: the operator must look (`gfctl journal verify`).
 *
 * GROUP COMMIT.  Records are encoded and chained on the event loop into the
 * "fill" batch.  journal_sync_us after the first record of a batch, the
 * batch is handed to a writer thread, which writes it and fdatasyncs once,
 * then wakes the loop (eventfd), which releases every waiter of that batch.
 * Records arriving while the thread works go into the next batch, handed
 * over as soon as the thread is free.  A failed write or fsync marks the
 * journal failed: waiters get ok = 0, new appends are refused, and the fail
 * callback stops frontd's intake and raises an alarm.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <event2/event.h>

#include "frontd.h"
#include "journal_fmt.h"
#include "log.h"

struct jwait {
	struct jwait	*next;
	journal_cb	 cb;
	void		*arg;
};

struct batch {
	struct gbuf	 buf;
	struct jwait	*head, **tail;
	char		 date[9];
};

struct journal {
	struct event_base	*base;
	char			*dir;
	int			 chain;		/* 0, or worker k's .wK files */
	int			 dirfd;
	int			 made_dir;	/* journal_open created it */
	/* writer thread's file (touched by the thread while busy) */
	int			 fd;
	char			 fdate[9];
	/* chain state (loop thread) */
	uint8_t			 prev[JFMT_HASH_LEN];
	uint64_t		 recno;
	int			 sync_us;
	struct batch		 fill, flight;
	int			 busy;
	int			 failed;
	char			 why[256];
	int			 t_err;		/* set by the thread */
	char			 t_why[200];
	int64_t			 t_us;		/* fsync latency */
	pthread_t		 th;
	pthread_mutex_t		 mu;
	pthread_cond_t		 cv;
	int			 go, stop, th_started, closing;
	int			 efd;
	struct event		*ev_done;
	struct event		*ev_window;
	journal_fail_cb		 fail_cb;
	journal_sync_cb		 sync_cb;
	void			*cb_arg;
};

static void
batch_init(struct batch *b)
{
	gbuf_init(&b->buf);
	b->head = NULL;
	b->tail = &b->head;
	b->date[0] = '\0';
}

static void
file_name(const struct journal *j, const char *date, char *out, size_t n)
{
	char	base[JFMT_NAME_MAX];

	jfmt_file_name(base, sizeof(base), date, j->chain);
	snprintf(out, n, "%s/%s", j->dir, base);
}

/* Open (create) the file of a day; write the file header if new. */
static int
open_day(struct journal *j, const char *date, char *why, size_t wn)
{
	char		path[4096];
	uint8_t		hdr[JFMT_FILE_HDR];
	struct stat	st;
	int		fd;

	file_name(j, date, path, sizeof(path));
	fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
	if (fd == -1 || fstat(fd, &st) == -1) {
		snprintf(why, wn, "open %.180s: %s", path, strerror(errno));
		goto fail;
	}
	if (st.st_size == 0) {
		jfmt_file_header(hdr);
		if (write(fd, hdr, sizeof(hdr)) != (ssize_t)sizeof(hdr) ||
		    fdatasync(fd) == -1 || fsync(j->dirfd) == -1) {
			snprintf(why, wn, "create %.180s: %s", path, strerror(errno));
			goto fail;
		}
	}
	if (j->fd != -1)
		close(j->fd);
	j->fd = fd;
	snprintf(j->fdate, sizeof(j->fdate), "%s", date);
	return 0;
fail:
	if (fd != -1)
		close(fd);
	return -1;
}

/* Write one batch and sync it; runs on the writer thread (or at close). */
static int
write_batch(struct journal *j, struct batch *b, char *why, size_t wn)
{
	const uint8_t	*p = b->buf.data;
	size_t		 n = b->buf.len;
	ssize_t		 w;
	int64_t		 t0;

	if (strcmp(b->date, j->fdate) != 0) {
		if (j->fd != -1 && fdatasync(j->fd) == -1) {
			snprintf(why, wn, "fdatasync: %s", strerror(errno));
			return -1;
		}
		if (open_day(j, b->date, why, wn) == -1)
			return -1;
	}
	while (n > 0) {
		w = write(j->fd, p, n);
		if (w == -1 && errno == EINTR)
			continue;
		if (w <= 0) {
			snprintf(why, wn, "write: %s",
			    w == 0 ? "short write" : strerror(errno));
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	t0 = now_us();
	if (fdatasync(j->fd) == -1) {
		snprintf(why, wn, "fdatasync: %s", strerror(errno));
		return -1;
	}
	j->t_us = now_us() - t0;
	return 0;
}

static void *
writer_main(void *arg)
{
	struct journal	*j = arg;
	uint64_t	 one = 1;

	pthread_mutex_lock(&j->mu);
	for (;;) {
		while (!j->go && !j->stop)
			pthread_cond_wait(&j->cv, &j->mu);
		if (!j->go)
			break;
		pthread_mutex_unlock(&j->mu);
		j->t_err = write_batch(j, &j->flight, j->t_why,
		    sizeof(j->t_why));
		pthread_mutex_lock(&j->mu);
		j->go = 0;
		if (write(j->efd, &one, sizeof(one)) != sizeof(one))
			j->t_err = -1;
		pthread_cond_broadcast(&j->cv);
	}
	pthread_mutex_unlock(&j->mu);
	return NULL;
}

static void
release(struct jwait *w, int ok)
{
	struct jwait	*nx;

	for (; w != NULL; w = nx) {
		nx = w->next;
		w->cb(w->arg, ok);
		free(w);
	}
}

static void
journal_fail(struct journal *j, const char *why)
{
	struct jwait	*w;

	if (!j->failed) {
		j->failed = 1;
		snprintf(j->why, sizeof(j->why), "%s", why);
		log_warnx("journal=failed reason=\"%s\"", why);
		if (j->fail_cb)
			j->fail_cb(j->cb_arg, why);
	}
	w = j->fill.head;
	j->fill.head = NULL;
	j->fill.tail = &j->fill.head;
	gbuf_reset(&j->fill.buf);
	release(w, 0);
}

static void
hand_over(struct journal *j)
{
	struct batch	tmp;

	if (j->busy || j->closing || j->fill.buf.len == 0)
		return;
	if (j->ev_window)
		event_del(j->ev_window);
	tmp = j->flight;
	j->flight = j->fill;
	j->fill = tmp;
	gbuf_reset(&j->fill.buf);
	j->fill.head = NULL;
	j->fill.tail = &j->fill.head;
	if (j->flight.head == NULL)
		j->flight.tail = &j->flight.head;
	j->busy = 1;
	pthread_mutex_lock(&j->mu);
	j->go = 1;
	pthread_cond_signal(&j->cv);
	pthread_mutex_unlock(&j->mu);
}

static void
window_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd; (void)ev;
	hand_over(arg);
}

static void
done_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct journal	*j = arg;
	struct jwait	*w;
	uint64_t	 v;

	(void)ev;
	if (read(fd, &v, sizeof(v)) != sizeof(v))
		return;
	pthread_mutex_lock(&j->mu);
	pthread_mutex_unlock(&j->mu);
	j->busy = 0;
	w = j->flight.head;
	j->flight.head = NULL;
	j->flight.tail = &j->flight.head;
	if (j->t_err) {
		release(w, 0);
		journal_fail(j, j->t_why);
		return;
	}
	if (j->sync_cb)
		j->sync_cb(j->cb_arg, j->t_us);
	release(w, 1);
	/* Records that came in during the sync have waited long enough. */
	if (!j->failed)
		hand_over(j);
}

/* Find the newest file of this chain; 0 with name[0] = 0 if none. */
static int
newest_file(const char *dir, int chain, char *name, size_t n)
{
	DIR		*d;
	struct dirent	*e;
	char		 date[9], best[9] = "";
	size_t		 l;

	name[0] = '\0';
	if ((d = opendir(dir)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		if (jfmt_file_chain(e->d_name, date) != chain ||
		    (l = strlen(e->d_name)) >= n)
			continue;
		if (strcmp(date, best) > 0) {
			memcpy(best, date, sizeof(best));
			memcpy(name, e->d_name, l + 1);
		}
	}
	closedir(d);
	return 0;
}

/* Recover (recno, prev) from the newest file; truncate a torn tail. */
static int
recover(struct journal *j, char *err, size_t errlen)
{
	char		 name[64], path[4096];
	uint8_t		*buf = NULL;
	size_t		 len, off = JFMT_FILE_HDR;
	struct jfmt_raw	 raw;
	struct jfmt_rec	 rec;
	enum jfmt_read	 r;

	if (newest_file(j->dir, j->chain, name, sizeof(name)) == -1) {
		snprintf(err, errlen, "journal_dir %s: %s", j->dir,
		    strerror(errno));
		return -1;
	}
	if (name[0] == '\0')
		return 0;
	snprintf(path, sizeof(path), "%s/%s", j->dir, name);
	if (jfmt_slurp(path, &buf, &len) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (len < JFMT_FILE_HDR) {
		/* Crash while creating the file: rewrite the header. */
		log_warnx("journal=torn_header file=%s bytes=%zu", path, len);
		if (truncate(path, 0) == -1)
			goto fail_errno;
		free(buf);
		return 0;
	}
	if (jfmt_check_file_header(buf, len) == -1) {
		snprintf(err, errlen, "%s: not a journal file", path);
		goto fail;
	}
	while ((r = jfmt_read(buf, len, off, &raw)) == JFMT_R_OK) {
		if (jfmt_decode(raw.body, raw.bodylen, &rec) == -1) {
			snprintf(err, errlen, "%s: offset %zu: malformed record; "
			    "run gfctl journal verify", path, off);
			goto fail;
		}
		memcpy(j->prev, raw.hash, JFMT_HASH_LEN);
		j->recno = rec.recno;
		off += raw.size;
	}
	if (r == JFMT_R_BAD) {
		snprintf(err, errlen, "%s: offset %zu: %s; run gfctl journal "
		    "verify", path, off, raw.why);
		goto fail;
	}
	if (r == JFMT_R_TORN) {
		log_warnx("journal=torn_tail file=%s offset=%zu bytes=%zu "
		    "action=truncated", path, off, len - off);
		if (truncate(path, (off_t)off) == -1)
			goto fail_errno;
	}
	free(buf);
	return 0;
fail_errno:
	snprintf(err, errlen, "%s: %s", path, strerror(errno));
fail:
	free(buf);
	return -1;
}

struct journal *
journal_open(struct event_base *base, const char *dir, int chain, int sync_us,
    char *err, size_t errlen)
{
	struct journal	*j = xcalloc(1, sizeof(*j));

	if (chain < 0 || chain >= JFMT_MAX_CHAINS)
		fatalx("journal: chain %d out of range", chain);
	j->base = base;
	j->chain = chain;
	j->dir = xstrdup(dir);
	j->fd = -1;
	j->efd = -1;
	j->dirfd = -1;
	j->sync_us = sync_us < 0 ? 0 : sync_us;
	batch_init(&j->fill);
	batch_init(&j->flight);
	pthread_mutex_init(&j->mu, NULL);
	pthread_cond_init(&j->cv, NULL);
	j->made_dir = mkdir(dir, 0750) == 0;
	if ((j->dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		snprintf(err, errlen, "journal_dir %s: %s", dir, strerror(errno));
		goto fail;
	}
	if (recover(j, err, errlen) == -1)
		goto fail;
	if ((j->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) == -1) {
		snprintf(err, errlen, "eventfd: %s", strerror(errno));
		goto fail;
	}
	j->ev_done = event_new(base, j->efd, EV_READ | EV_PERSIST, done_cb, j);
	j->ev_window = evtimer_new(base, window_cb, j);
	if (j->ev_done == NULL || j->ev_window == NULL ||
	    event_add(j->ev_done, NULL) == -1) {
		snprintf(err, errlen, "libevent setup failed");
		goto fail;
	}
	if (pthread_create(&j->th, NULL, writer_main, j) != 0) {
		snprintf(err, errlen, "cannot start the journal writer thread");
		goto fail;
	}
	j->th_started = 1;
	return j;
fail:
	journal_close(j);
	return NULL;
}

/*
 * Started as root (common/daemon.h): the day files this process created
 * go to the user it becomes, so that it keeps them after a restart.  Only
 * regular files named journal-*.gfj that root owns, never through a link.
 */
int
journal_hand_over(struct journal *j, unsigned uid, unsigned gid, char *err,
    size_t errlen)
{
	DIR		*dp;
	struct dirent	*de;
	struct stat	 st;
	int		 fd, rv = 0;

	if ((fd = dup(j->dirfd)) == -1 || (dp = fdopendir(fd)) == NULL) {
		snprintf(err, errlen, "journal_dir %s: %s", j->dir,
		    strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	/* A folder this process made is the user's too (never one it found:
	 * journal_dir may name any folder). */
	if (j->made_dir && fstat(j->dirfd, &st) == 0 && st.st_uid == 0 &&
	    fchown(j->dirfd, (uid_t)uid, (gid_t)gid) == -1) {
		snprintf(err, errlen, "chown %s: %s", j->dir, strerror(errno));
		closedir(dp);
		return -1;
	}
	while ((de = readdir(dp)) != NULL) {
		if (strncmp(de->d_name, "journal-", 8) != 0 ||
		    fstatat(j->dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) ==
		    -1 || !S_ISREG(st.st_mode) || st.st_uid != 0)
			continue;
		if (fchownat(j->dirfd, de->d_name, (uid_t)uid, (gid_t)gid,
		    AT_SYMLINK_NOFOLLOW) == -1) {
			snprintf(err, errlen, "chown %s/%s: %s", j->dir,
			    de->d_name, strerror(errno));
			rv = -1;
			break;
		}
	}
	closedir(dp);
	return rv;
}

void
journal_set_cbs(struct journal *j, journal_fail_cb f, journal_sync_cb s,
    void *arg)
{
	j->fail_cb = f;
	j->sync_cb = s;
	j->cb_arg = arg;
}

int
journal_failed(struct journal *j)
{
	return j->failed;
}

int
journal_append(struct journal *j, const struct jrec *in)
{
	struct jfmt_rec	 r;
	struct timeval	 tv;
	time_t		 now;

	if (j->failed)
		return -1;
	memset(&r, 0, sizeof(r));
	r.recno = ++j->recno;
	r.ts_us = now_us();
	r.type = in->type;
	r.conn = in->conn;
	r.port = in->port;
	snprintf(r.peer, sizeof(r.peer), "%s", in->peer ? in->peer : "");
	snprintf(r.terminal, sizeof(r.terminal), "%s",
	    in->terminal ? in->terminal : "");
	r.seq = in->seq;
	r.func = in->func;
	r.code = in->code;
	r.raw = in->raw;
	r.rawlen = (uint32_t)in->rawlen;
	r.plain = in->plain;
	r.plainlen = (uint32_t)in->plainlen;
	r.aux = in->aux;
	r.auxlen = (uint32_t)(in->auxlen > JFMT_AUX_CAP ? JFMT_AUX_CAP :
	    in->auxlen);
	snprintf(r.note, sizeof(r.note), "%s", in->note ? in->note : "");
	if (j->fill.buf.len == 0) {
		now = (time_t)(r.ts_us / 1000000);
		fmt_localdate(now, j->fill.date);
		if (!j->busy) {
			tv.tv_sec = j->sync_us / 1000000;
			tv.tv_usec = j->sync_us % 1000000;
			event_add(j->ev_window, &tv);
		}
	}
	jfmt_encode(&j->fill.buf, j->prev, &r);
	return 0;
}

struct jnow {
	journal_cb	 cb;
	void		*arg;
	int		 ok;
};

static void
now_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct jnow	*n = arg;

	(void)fd; (void)ev;
	n->cb(n->arg, n->ok);
	free(n);
}

void
journal_wait(struct journal *j, journal_cb cb, void *arg)
{
	struct jwait	*w;
	struct batch	*b = NULL;
	struct jnow	*n;

	if (!j->failed) {
		if (j->fill.buf.len > 0)
			b = &j->fill;
		else if (j->busy)
			b = &j->flight;
	}
	if (b == NULL) {
		/* Everything is durable already (or never will be). */
		n = xmalloc(sizeof(*n));
		n->cb = cb;
		n->arg = arg;
		n->ok = !j->failed;
		if (event_base_once(j->base, -1, EV_TIMEOUT, now_cb, n,
		    NULL) == -1)
			fatalx("journal: event_base_once failed");
		return;
	}
	w = xmalloc(sizeof(*w));
	w->next = NULL;
	w->cb = cb;
	w->arg = arg;
	*b->tail = w;
	b->tail = &w->next;
}

void
journal_close(struct journal *j)
{
	uint64_t	v;
	struct jwait	*w;

	if (j == NULL)
		return;
	j->closing = 1;
	if (j->th_started) {
		pthread_mutex_lock(&j->mu);
		while (j->go)
			pthread_cond_wait(&j->cv, &j->mu);
		j->stop = 1;
		pthread_cond_signal(&j->cv);
		pthread_mutex_unlock(&j->mu);
		pthread_join(j->th, NULL);
		if (j->busy) {
			/* The thread finished a batch the loop has not seen. */
			if (read(j->efd, &v, sizeof(v)) != sizeof(v))
				j->t_err = -1;
			done_cb(j->efd, EV_READ, j);
		}
	}
	j->busy = 0;
	/* The last batch is written here, synchronously. */
	if (!j->failed && j->fill.buf.len > 0) {
		if (write_batch(j, &j->fill, j->why, sizeof(j->why)) == -1) {
			log_warnx("journal=failed reason=\"%s\"", j->why);
			j->failed = 1;
		}
	}
	w = j->fill.head;
	j->fill.head = NULL;
	release(w, !j->failed);
	if (j->ev_done)
		event_free(j->ev_done);
	if (j->ev_window)
		event_free(j->ev_window);
	if (j->efd != -1)
		close(j->efd);
	if (j->fd != -1)
		close(j->fd);
	if (j->dirfd != -1)
		close(j->dirfd);
	pthread_mutex_destroy(&j->mu);
	pthread_cond_destroy(&j->cv);
	gbuf_free(&j->fill.buf);
	gbuf_free(&j->flight.buf);
	free(j->dir);
	free(j);
}
