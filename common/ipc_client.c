/*
 * ipc_client.c - the IPC client link (see ipc_client.h).
 *
 * A pending request sits in two places: a chained hash table on its
 * request id (ids are sequential, so the low bits spread them evenly) and
 * a binary min-heap on (deadline, id), which gives the order in which
 * deadlines expire.  One timer is armed for the earliest deadline; an
 * answer that removes the earliest does not re-arm it (the timer finds
 * nothing due, and arms itself for the new earliest).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "ipc.h"
#include "ipc_client.h"
#include "log.h"
#include "util.h"

#define HASH_MIN	64
#define NAME_MAX_LEN	32
#define REPLY_TYPES	8

struct ipc_pend {
	struct ipc_pend	*hnext;		/* hash chain */
	size_t		 hidx;		/* index in the heap */
	uint64_t	 reqid;
	int64_t		 deadline;	/* mono ms */
	uint16_t	 reply_type;
	ipc_reply_cb	 cb;
	void		*arg;
};

struct ipc_client {
	struct event_base	*base;
	struct ipc_link		*link;		/* NULL while down */
	struct event		*ev_retry;
	struct event		*ev_deadline;
	int64_t			 armed_at;	/* ev_deadline's time; 0 idle */
	struct ipc_backoff	 backoff;
	int			 warned;	/* unreachable logged */
	int			 full;		/* outbuf cap logged */
	char			*path;
	char			 myname[NAME_MAX_LEN];
	char			 peer[NAME_MAX_LEN];
	size_t			 max_outbuf;
	ipc_push_cb		 push_cb;
	ipc_up_cb		 up_cb;
	void			*arg;
	uint64_t		 next_reqid;
	/* pending: hash on reqid */
	struct ipc_pend		**hash;
	size_t			 hsize;		/* power of two */
	size_t			 count;
	/* pending: heap on (deadline, reqid) */
	struct ipc_pend		**heap;
	size_t			 heapcap;
	/* the answer types our requests expect (for late-answer logs) */
	uint16_t		 rtypes[REPLY_TYPES];
	int			 nrtypes;
};

static void	connect_try(struct ipc_client *);

/* ---- backoff ---- */

void
ipc_backoff_init(struct ipc_backoff *b, int min_ms, int max_ms)
{
	b->min_ms = min_ms > 0 ? min_ms : IPC_BACKOFF_MIN_MS;
	b->max_ms = max_ms > 0 ? max_ms : IPC_BACKOFF_MAX_MS;
	if (b->max_ms < b->min_ms)
		b->max_ms = b->min_ms;
	b->step_ms = b->min_ms;
}

int
ipc_backoff_next(struct ipc_backoff *b)
{
	int	wait, half = b->step_ms / 2;

	/* Jitter: clients that lost the server together retry apart. */
	wait = half + (int)arc4random_uniform((uint32_t)(b->step_ms - half) + 1);
	b->step_ms = b->step_ms > b->max_ms / 2 ? b->max_ms : b->step_ms * 2;
	return wait;
}

void
ipc_backoff_reset(struct ipc_backoff *b)
{
	b->step_ms = b->min_ms;
}

/* ---- pending table: hash on reqid ---- */

static size_t
hslot(const struct ipc_client *c, uint64_t reqid)
{
	return (size_t)(reqid ^ (reqid >> 32)) & (c->hsize - 1);
}

static void
hash_grow(struct ipc_client *c)
{
	struct ipc_pend	**old = c->hash, *p, *next;
	size_t		  i, oldsize = c->hsize;

	c->hsize *= 2;
	c->hash = xcalloc(c->hsize, sizeof(*c->hash));
	for (i = 0; i < oldsize; i++)
		for (p = old[i]; p != NULL; p = next) {
			next = p->hnext;
			p->hnext = c->hash[hslot(c, p->reqid)];
			c->hash[hslot(c, p->reqid)] = p;
		}
	free(old);
}

static struct ipc_pend *
hash_get(struct ipc_client *c, uint64_t reqid)
{
	struct ipc_pend	*p;

	for (p = c->hash[hslot(c, reqid)]; p != NULL; p = p->hnext)
		if (p->reqid == reqid)
			return p;
	return NULL;
}

static void
hash_del(struct ipc_client *c, struct ipc_pend *p)
{
	struct ipc_pend	**pp;

	for (pp = &c->hash[hslot(c, p->reqid)]; *pp != NULL;
	    pp = &(*pp)->hnext)
		if (*pp == p) {
			*pp = p->hnext;
			return;
		}
	fatalx("ipc_client: reqid=%llu not in its table",
	    (unsigned long long)p->reqid);
}

/* ---- pending table: heap on (deadline, reqid) ---- */

static int
before(const struct ipc_pend *a, const struct ipc_pend *b)
{
	if (a->deadline != b->deadline)
		return a->deadline < b->deadline;
	return a->reqid < b->reqid;
}

static void
heap_set(struct ipc_client *c, size_t i, struct ipc_pend *p)
{
	c->heap[i] = p;
	p->hidx = i;
}

static void
sift_up(struct ipc_client *c, size_t i)
{
	struct ipc_pend	*p = c->heap[i];
	size_t		 up;

	while (i > 0 && before(p, c->heap[up = (i - 1) / 2])) {
		heap_set(c, i, c->heap[up]);
		i = up;
	}
	heap_set(c, i, p);
}

static void
sift_down(struct ipc_client *c, size_t i)
{
	struct ipc_pend	*p = c->heap[i];
	size_t		 k;

	for (;;) {
		k = 2 * i + 1;
		if (k >= c->count)
			break;
		if (k + 1 < c->count && before(c->heap[k + 1], c->heap[k]))
			k++;
		if (!before(c->heap[k], p))
			break;
		heap_set(c, i, c->heap[k]);
		i = k;
	}
	heap_set(c, i, p);
}

static void
pend_add(struct ipc_client *c, struct ipc_pend *p)
{
	size_t	slot;

	if (c->count == c->heapcap) {
		c->heapcap = c->heapcap ? c->heapcap * 2 : HASH_MIN;
		c->heap = xrealloc(c->heap, c->heapcap * sizeof(*c->heap));
	}
	if (c->count >= c->hsize)
		hash_grow(c);
	slot = hslot(c, p->reqid);
	p->hnext = c->hash[slot];
	c->hash[slot] = p;
	heap_set(c, c->count++, p);
	sift_up(c, p->hidx);
}

static void
pend_del(struct ipc_client *c, struct ipc_pend *p)
{
	struct ipc_pend	*last;
	size_t		 i = p->hidx;

	hash_del(c, p);
	last = c->heap[--c->count];
	if (i == c->count)
		return;
	heap_set(c, i, last);
	if (i > 0 && before(last, c->heap[(i - 1) / 2]))
		sift_up(c, i);
	else
		sift_down(c, i);
}

/* Arm the timer for the earliest deadline if it is not armed earlier. */
static void
arm(struct ipc_client *c)
{
	struct timeval	tv;
	int64_t		ms, when;

	if (c->count == 0)
		return;		/* an armed timer will find nothing due */
	when = c->heap[0]->deadline;
	if (c->armed_at != 0 && c->armed_at <= when)
		return;
	ms = when - mono_ms();
	if (ms < 0)
		ms = 0;
	tv.tv_sec = ms / 1000;
	tv.tv_usec = (ms % 1000) * 1000;
	event_add(c->ev_deadline, &tv);
	c->armed_at = when;
}

static void
deadline_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct ipc_client	*c = arg;
	struct ipc_pend		*p;
	int64_t			 now = mono_ms();

	(void)fd;
	(void)ev;
	c->armed_at = 0;
	/* An answer that arrived while the loop was busy elsewhere is read
	 * before its request is judged lost. */
	if (c->count > 0 && c->heap[0]->deadline <= now && c->link != NULL)
		(void)ipc_client_drain(c);
	while (c->count > 0 && (p = c->heap[0])->deadline <= now) {
		pend_del(c, p);
		log_warnx("%s=timeout reqid=%llu", c->peer,
		    (unsigned long long)p->reqid);
		p->cb(p->arg, NULL);
		free(p);
	}
	arm(c);
}

void
ipc_client_fail_all(struct ipc_client *c)
{
	struct ipc_pend	*p;

	while (c->count > 0) {
		p = c->heap[c->count - 1];	/* the last: no sifting */
		pend_del(c, p);
		p->cb(p->arg, NULL);
		free(p);
	}
}

/* ---- the link ---- */

static int
reply_type_known(struct ipc_client *c, uint16_t type)
{
	int	i;

	for (i = 0; i < c->nrtypes; i++)
		if (c->rtypes[i] == type)
			return 1;
	return 0;
}

static void
link_msg_cb(struct ipc_link *l, struct ipc_msg *m, void *arg)
{
	struct ipc_client	*c = arg;
	struct ipc_pend		*p;

	(void)l;
	if (m->reqid != 0 && (p = hash_get(c, m->reqid)) != NULL &&
	    p->reply_type == m->type) {
		pend_del(c, p);
		p->cb(p->arg, m);
		free(p);
		return;
	}
	if (reply_type_known(c, m->type)) {
		log_warnx("%s=late_answer reqid=%llu type=%u action=dropped",
		    c->peer, (unsigned long long)m->reqid, m->type);
		return;
	}
	if (c->push_cb != NULL)
		c->push_cb(m, c->arg);
	else
		log_warnx("%s=unexpected_message type=%u", c->peer, m->type);
}

static void
link_hello_cb(struct ipc_link *l, void *arg)
{
	struct ipc_client	*c = arg;

	(void)l;
	ipc_backoff_reset(&c->backoff);
	if (c->up_cb != NULL)
		c->up_cb(c->arg);
}

static int
retry_later(struct ipc_client *c)
{
	struct timeval	tv;
	int		ms = ipc_backoff_next(&c->backoff);

	tv.tv_sec = ms / 1000;
	tv.tv_usec = (ms % 1000) * 1000;
	evtimer_add(c->ev_retry, &tv);
	return ms;
}

static void
link_close_cb(struct ipc_link *l, void *arg)
{
	struct ipc_client	*c = arg;

	(void)l;
	c->link = NULL;
	log_warnx("%s=down retry_ms=%d pending=%zu", c->peer, retry_later(c),
	    c->count);
	/* Requests in flight: their fate is unknown to us now. */
	ipc_client_fail_all(c);
}

static void
connect_try(struct ipc_client *c)
{
	int	fd;

	if (c->link != NULL)
		return;
	if ((fd = ipc_connect(c->path)) == -1) {
		if (!c->warned)
			log_warnx("%s=unreachable socket=%s error=\"%s\"",
			    c->peer, c->path, strerror(errno));
		else
			log_debug("%s=connect_failed socket=%s error=\"%s\"",
			    c->peer, c->path, strerror(errno));
		c->warned = 1;
		retry_later(c);
		return;
	}
	c->link = ipc_link_new(c->base, fd, c->myname, link_msg_cb,
	    link_close_cb, c);
	if (c->link == NULL) {
		log_warnx("%s=connect_failed socket=%s error=\"link setup\"",
		    c->peer, c->path);
		close(fd);
		retry_later(c);
		return;
	}
	ipc_link_on_hello(c->link, link_hello_cb);
	c->warned = 0;
	c->full = 0;
	log_info("%s=connected socket=%s", c->peer, c->path);
}

static void
retry_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd;
	(void)ev;
	connect_try(arg);
}

struct ipc_client *
ipc_client_new(struct event_base *base, const struct ipc_client_conf *conf)
{
	struct ipc_client	*c = xcalloc(1, sizeof(*c));

	c->base = base;
	c->path = xstrdup(conf->path);
	snprintf(c->myname, sizeof(c->myname), "%s", conf->myname);
	snprintf(c->peer, sizeof(c->peer), "%s", conf->peername);
	c->max_outbuf = conf->max_outbuf ? conf->max_outbuf : IPC_CLIENT_OUTBUF;
	ipc_backoff_init(&c->backoff, conf->backoff_min_ms,
	    conf->backoff_max_ms);
	c->push_cb = conf->push_cb;
	c->up_cb = conf->up_cb;
	c->arg = conf->arg;
	c->next_reqid = 1;
	c->hsize = HASH_MIN;
	c->hash = xcalloc(c->hsize, sizeof(*c->hash));
	c->ev_retry = evtimer_new(base, retry_cb, c);
	c->ev_deadline = evtimer_new(base, deadline_cb, c);
	if (c->ev_retry == NULL || c->ev_deadline == NULL)
		fatalx("ipc_client: libevent setup failed");
	connect_try(c);
	return c;
}

void
ipc_client_free(struct ipc_client *c)
{
	struct ipc_pend	*p;

	if (c == NULL)
		return;
	while (c->count > 0) {
		p = c->heap[c->count - 1];
		pend_del(c, p);
		free(p);
	}
	if (c->link != NULL)
		ipc_link_free(c->link);
	event_free(c->ev_retry);
	event_free(c->ev_deadline);
	free(c->hash);
	free(c->heap);
	free(c->path);
	free(c);
}

int
ipc_client_up(struct ipc_client *c)
{
	return c->link != NULL;
}

int
ipc_client_call(struct ipc_client *c, uint16_t type,
    const struct gbuf *payload, uint16_t reply_type, int timeout_ms,
    ipc_reply_cb cb, void *arg)
{
	struct ipc_pend	*p;
	size_t		 queued;

	if (c->link == NULL)
		return -1;
	if ((queued = ipc_link_pending(c->link)) > c->max_outbuf) {
		if (!c->full)
			log_warnx("%s=refused reason=\"output cap\" queued=%zu",
			    c->peer, queued);
		c->full = 1;
		return -1;
	}
	c->full = 0;
	p = xmalloc(sizeof(*p));
	p->reqid = c->next_reqid++;
	p->deadline = mono_ms() + (timeout_ms > 0 ? timeout_ms : 0);
	p->reply_type = reply_type;
	p->cb = cb;
	p->arg = arg;
	if (ipc_link_send(c->link, type, p->reqid, payload) == -1) {
		free(p);
		return -1;
	}
	if (!reply_type_known(c, reply_type)) {
		if (c->nrtypes == REPLY_TYPES)
			fatalx("ipc_client: more than %d answer types",
			    REPLY_TYPES);
		c->rtypes[c->nrtypes++] = reply_type;
	}
	pend_add(c, p);
	arm(c);
	return 0;
}

int
ipc_client_send(struct ipc_client *c, uint16_t type, uint64_t reqid,
    const struct gbuf *payload)
{
	if (c->link == NULL)
		return -1;
	return ipc_link_send(c->link, type, reqid, payload);
}

int
ipc_client_drain(struct ipc_client *c)
{
	if (c->link == NULL)
		return -1;
	return ipc_link_drain(c->link);
}

size_t
ipc_client_pending(struct ipc_client *c)
{
	return c->count;
}

int
ipc_client_backoff_ms(struct ipc_client *c)
{
	return c->backoff.step_ms;
}
