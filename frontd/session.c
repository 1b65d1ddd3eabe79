/*
 * session.c - one TP/1 connection (TP1 §1, §2, §4 steps 1-6).
 *
 *   S_PROXY    from a balancer (frontd.proxy_from) only: its PROXY v2
 *              header (common/proxy2.h), read exactly (16 bytes, then the
 *              length it states) within PROXY_DEADLINE; it names the
 *              terminal's address, which from then on is the session's
 *              (per-IP cap, SIM binding, journal, logs; the balancer's is
 *              kept as "via").  LOCAL (a health check) keeps the
 *              balancer's own.  Anything else closes the connection.
 *              From any other address a PROXY header is refused while
 *              balancers are configured (a spoofed terminal address).
 *   S_READ     read one frame: its first read takes what has come (up to
 *              READ_AHEAD: a short frame whole), the header is checked as
 *              soon as it is in (TP1 §4 step 1), then exactly the rest of
 *              the frame; a whole-frame read deadline, an idle timeout
 *              between keep-alive requests.  The first read comes right
 *              after accept, and the socket waits in epoll only when a
 *              read finds nothing (wait_read).  Bytes read past a frame
 *              are the next KEEPALIVE request's start, taken after the
 *              answer is written.
 *              A slow sender (a byte at a time) would cost a wakeup and a
 *              read per byte; so when a read comes up short, SO_RCVLOWAT is
 *              raised to the bytes still missing and the kernel wakes us
 *              once they are all there (or at EOF / error).  Between
 *              requests it is 1, so the first byte of a frame still starts
 *              the whole-frame deadline at once.
 *   S_LOOKUP   registry (steps 2-3), then MAC and decryption (4-5), the
 *              clock (6) and the journal record of the request.
 *   S_FORWARD  waiting for appsrv's IPC_TP_RESPONSE (steps 7-8, business).
 *   S_JOURNAL  response sealed and journaled: waiting for its batch to be
 *              durable - no response leaves before that.
 *   S_WRITE    writing; then the next request (KEEPALIVE) or close.
 *   S_LINGER   after an alert: write side shut, input discarded for a
 *              moment so the alert is not lost to a reset.
 *
 * Requests on one connection are answered in order because the next one is
 * not read before the previous response is written; so a session never has
 * more than one response of output pending in frontd.  out_highwater caps
 * what the kernel may hold for the connection besides (SO_SNDBUF): a
 * terminal that stops reading costs at most that, and the write deadline
 * (read_deadline) then closes it.
 *
 * A session closed while a lookup, a forward or a journal wait is
 * outstanding stays allocated ("dead") until that callback arrives; every
 * one of them is guaranteed (deadlines in appsrv_link.c, the journal always
 * completes or fails).
 */
#include <sys/socket.h>

#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "frontd.h"
#include "journal_fmt.h"
#include "log.h"
#include "proxy2.h"

#define LINGER_MS	2000
#define READ_AHEAD	2048	/* bytes a frame's first read may take */
#define PROXY_DEADLINE	5	/* s, for a balancer's PROXY header */

enum sstate { S_READ, S_LOOKUP, S_FORWARD, S_JOURNAL, S_WRITE, S_LINGER,
	S_PROXY };

struct tsession {
	struct frontd		*fx;
	struct tsession		*prev, *next;
	uint64_t		 id;
	int			 fd;
	struct event		*ev_rd, *ev_wr, *ev_tmo;
	enum sstate		 state;
	int			 waiting;
	int			 dead;
	int			 close_after;
	int			 linger;
	int			 in_frame;
	int			 nreq;
	int			 lowat;		/* SO_RCVLOWAT, 0 = default 1 */
	int			 open_pending;	/* OPEN not journaled yet */
	char			 ip[46];
	uint16_t		 port;
	int			 counted;	/* holds a per-IP slot for ip */
	char			 via[72];	/* "via=balancer:port" or "" */
	uint8_t			*ibuf;
	size_t			 ilen, icap, flen;
	struct tp1_header	 hdr;
	struct tp1_keys		 keys;
	uint16_t		 func;
	struct gbuf		 out;
	size_t			 ooff;
	int64_t			 t0_us;
};

static void	read_cb(evutil_socket_t, short, void *);
static void	write_cb(evutil_socket_t, short, void *);
static void	timer_cb(evutil_socket_t, short, void *);
static void	tsession_close(struct tsession *, const char *why);
static void	ensure_cap(struct tsession *, size_t);
static void	wait_read(struct tsession *);

static void
tsession_free(struct tsession *s)
{
	tp1_keys_clear(&s->keys);
	gbuf_free(&s->out);
	free(s->ibuf);
	free(s);
}

static void
jrec_base(struct tsession *s, struct jrec *r, uint8_t type)
{
	memset(r, 0, sizeof(*r));
	r->type = type;
	r->conn = s->id;
	r->peer = s->ip;
	r->port = s->port;
	if (type == JFMT_OPEN && s->via[0])
		r->note = s->via;
}

void
tsession_start(struct frontd *fx, int fd, const char *ip, uint16_t port,
    int via)
{
	struct tsession	*s = xcalloc(1, sizeof(*s));
	struct timeval	 ptv = { PROXY_DEADLINE, 0 };

	s->fx = fx;
	s->id = ++fx->next_conn;
	s->fd = fd;
	snprintf(s->ip, sizeof(s->ip), "%s", ip);
	s->port = port;
	s->counted = !via;
	if (via) {
		snprintf(s->via, sizeof(s->via), "via=%s:%u", ip, port);
		s->state = S_PROXY;
	}
	gbuf_init(&s->out);
	s->ev_rd = event_new(fx->base, fd, EV_READ | EV_PERSIST, read_cb, s);
	s->ev_wr = event_new(fx->base, fd, EV_WRITE | EV_PERSIST, write_cb, s);
	s->ev_tmo = evtimer_new(fx->base, timer_cb, s);
	if (s->ev_rd == NULL || s->ev_wr == NULL || s->ev_tmo == NULL)
		fatalx("session: libevent setup failed");
	s->next = fx->sessions;
	if (s->next)
		s->next->prev = s;
	fx->sessions = s;
	fx->nsessions++;
	metrics_conn_open(fx->mx, 1);
	/* The OPEN record waits until the connection journals something
	 * else (journal_opened): a connection that sends nothing, or earns
	 * only an alert past the limits (alarms.c), leaves no record but
	 * that count - a flood of them cannot fill the journal. */
	s->open_pending = 1;
	log_debug("conn=%llu peer=%s port=%u event=open%s",
	    (unsigned long long)s->id, ip, port, via ? " proxy=expected" : "");
	/* The whole-frame deadline of the first request runs from accept
	 * (from the PROXY header's end when a balancer sends one). */
	event_add(s->ev_tmo, via ? &ptv : fx->tv_read);
	/* A terminal sends its frame right after connecting: read it now.
	 * The socket is registered for reading only when a read finds
	 * nothing (wait_read), so a frame that is already there costs no
	 * epoll_ctl to add and none to remove. */
	read_cb(fd, EV_READ, s);
}

/* Wake read_cb when the socket is readable (nothing if it already will). */
static void
wait_read(struct tsession *s)
{
	event_add(s->ev_rd, NULL);
}

static void
proxy_refuse(struct tsession *s, enum mx_refuse what, const char *why)
{
	metrics_refuse(s->fx->mx, what);
	log_warnx("conn=%llu peer=%s port=%u%s%s proxy=refused reason=\"%s\"",
	    (unsigned long long)s->id, s->ip, s->port, s->via[0] ? " " : "",
	    s->via, why);
	tsession_close(s, why);
}

/* S_PROXY: the balancer's header, read exactly (see the top).  0 when it
 * is read and the frame comes next; -1 when closed or waiting for more. */
static int
proxy_read(struct tsession *s)
{
	struct frontd	*fx = s->fx;
	struct proxy2	 p;
	enum proxy2_res	 r;
	size_t		 need;
	ssize_t		 n;

	while ((r = proxy2_parse(s->ibuf, s->ilen, &p, &need)) ==
	    PROXY2_NEED) {
		ensure_cap(s, need);
		n = read(s->fd, s->ibuf + s->ilen, need - s->ilen);
		if (n == 0) {
			/* A plain TCP health check connects and closes. */
			tsession_close(s, s->ilen ? "eof inside the PROXY "
			    "header" : "eof");
			return -1;
		}
		if (n < 0) {
			if (errno != EAGAIN && errno != EINTR)
				tsession_close(s, "read error");
			else
				wait_read(s);
			return -1;
		}
		s->ilen += (size_t)n;
	}
	if (r == PROXY2_NOT) {
		proxy_refuse(s, MX_REF_PROXY_BAD, "no PROXY header from a "
		    "balancer");
		return -1;
	}
	if (r == PROXY2_BAD) {
		proxy_refuse(s, MX_REF_PROXY_BAD, p.why);
		return -1;
	}
	metrics_proxied(fx->mx, p.local);
	if (!p.local) {
		if (listener_take(fx->lsn, p.src) == -1) {
			log_debug("conn=%llu peer=%s %s refused=per_ip",
			    (unsigned long long)s->id, p.src, s->via);
			tsession_close(s, "per-IP cap");
			return -1;
		}
		s->counted = 1;
		snprintf(s->ip, sizeof(s->ip), "%s", p.src);
		s->port = p.sport;
	}
	log_debug("conn=%llu peer=%s port=%u %s proxy=%s",
	    (unsigned long long)s->id, s->ip, s->port, s->via,
	    p.local ? "local" : "proxy");
	s->ilen = 0;
	s->state = S_READ;
	event_add(s->ev_tmo, fx->tv_read);
	return 0;
}

static void
tsession_close(struct tsession *s, const char *why)
{
	struct frontd	*fx = s->fx;
	struct jrec	 r;

	if (s->fd != -1) {
		if (!s->open_pending) {
			jrec_base(s, &r, JFMT_CLOSE);
			r.terminal = s->hdr.terminal;
			r.note = why;
			(void)journal_append(fx->jn, &r);
		}
		log_debug("conn=%llu peer=%s event=close reason=\"%s\"",
		    (unsigned long long)s->id, s->ip, why);
		event_free(s->ev_rd);
		event_free(s->ev_wr);
		event_free(s->ev_tmo);
		close(s->fd);
		s->fd = -1;
		if (s->counted)
			listener_release(fx->lsn, s->ip);
		if (s->prev)
			s->prev->next = s->next;
		else
			fx->sessions = s->next;
		if (s->next)
			s->next->prev = s->prev;
		fx->nsessions--;
		metrics_conn_open(fx->mx, -1);
	}
	tp1_keys_clear(&s->keys);
	if (s->waiting) {
		s->dead = 1;
		return;
	}
	tsession_free(s);
}

/* A callback that was outstanding has arrived; 1 if the session is gone. */
static int
callback_arrived(struct tsession *s)
{
	s->waiting = 0;
	if (s->dead) {
		tsession_free(s);
		return 1;
	}
	return 0;
}

/* Wake the loop only once `want` bytes are readable (see the top). */
static void
set_lowat(struct tsession *s, size_t want)
{
	int	v = want > 16384 ? 16384 : (int)want;

	if (v < 1)
		v = 1;
	if (v == (s->lowat ? s->lowat : 1))
		return;
	if (setsockopt(s->fd, SOL_SOCKET, SO_RCVLOWAT, &v, sizeof(v)) == 0)
		s->lowat = v;
}

static void
do_write(struct tsession *s)
{
	ssize_t	n;
	size_t	extra;

	while (s->ooff < s->out.len) {
		n = write(s->fd, s->out.data + s->ooff, s->out.len - s->ooff);
		if (n > 0) {
			s->ooff += (size_t)n;
			continue;
		}
		if (n == -1 && (errno == EAGAIN || errno == EINTR)) {
			event_add(s->ev_wr, NULL);
			event_add(s->ev_tmo, s->fx->tv_read);
			return;
		}
		tsession_close(s, "write error");
		return;
	}
	event_del(s->ev_wr);
	event_del(s->ev_tmo);
	if (s->t0_us)
		metrics_latency(s->fx->mx, now_us() - s->t0_us);
	s->t0_us = 0;
	if (s->linger) {
		/* Keep reading (and discarding) so the alert is not lost to a
		 * reset caused by unread input. */
		struct timeval tv = { LINGER_MS / 1000, (LINGER_MS % 1000) * 1000 };
		shutdown(s->fd, SHUT_WR);
		s->state = S_LINGER;
		event_add(s->ev_tmo, &tv);
		event_add(s->ev_rd, NULL);
		return;
	}
	if (s->close_after || s->fx->draining) {
		tsession_close(s, "done");
		return;
	}
	/* KEEPALIVE (TP1 §1): the next request, after an idle wait.  Bytes
	 * read past the last frame (a terminal that did not wait for its
	 * answer) are the next request's start: taken now. */
	gbuf_reset(&s->out);
	s->ooff = 0;
	extra = s->ilen > s->flen ? s->ilen - s->flen : 0;
	if (extra > 0)
		memmove(s->ibuf, s->ibuf + s->flen, extra);
	s->ilen = extra;
	s->flen = 0;
	s->in_frame = extra > 0;
	memset(&s->hdr, 0, sizeof(s->hdr));
	set_lowat(s, 1);
	s->state = S_READ;
	if (extra > 0) {
		event_add(s->ev_tmo, s->fx->tv_read);
		read_cb(s->fd, EV_READ, s);
		return;
	}
	event_add(s->ev_tmo, s->fx->tv_idle);
	event_add(s->ev_rd, NULL);
}

static void
write_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd; (void)ev;
	do_write(arg);
}

static void
durable_cb(void *arg, int ok)
{
	struct tsession	*s = arg;

	if (callback_arrived(s))
		return;
	if (!ok) {
		tsession_close(s, "journal failed");
		return;
	}
	s->state = S_WRITE;
	do_write(s);
}

/* The frame to send is in s->out and journaled: wait for durability. */
static void
send_when_durable(struct tsession *s)
{
	s->state = S_JOURNAL;
	s->waiting = 1;
	journal_wait(s->fx->jn, durable_cb, s);
}

/* The OPEN record a quiet connection held back, before its first other. */
static int
journal_opened(struct tsession *s)
{
	struct jrec	r;

	if (!s->open_pending)
		return 0;
	s->open_pending = 0;
	jrec_base(s, &r, JFMT_OPEN);
	return journal_append(s->fx->jn, &r);
}

/* An alert (TP1 §2, §6): journaled with the bytes that caused it; the
 * connection closes after it.
 * Past the limits per address and per terminal (alarms.c) it is sent but
 * only counted, neither journaled nor logged. */
static void
send_alert(struct tsession *s, uint16_t code, const char *detail)
{
	struct frontd	*fx = s->fx;
	struct jrec	 r;
	uint8_t		 frame[TP1_ALERT_LEN];
	uint8_t		 suite = tp1_block_len(s->hdr.suite) ? s->hdr.suite :
			    TP1_SUITE_TDES;
	char		 note[160];
	const char	*name = tp1_alert_name(code);

	event_del(s->ev_rd);
	event_del(s->ev_tmo);
	tp1_alert_frame(&s->hdr, suite, code, frame);
	snprintf(note, sizeof(note), "%s: %s", name ? name : "?", detail);
	jrec_base(s, &r, JFMT_ALERT);
	r.terminal = s->hdr.terminal;
	r.seq = s->hdr.seq;
	r.code = code;
	r.raw = frame;
	r.rawlen = sizeof(frame);
	/* The bytes of this frame only (or of its header while its length
	 * was not known), not what was read past it. */
	r.aux = s->ibuf;
	r.auxlen = s->ilen;
	if (r.auxlen > (s->flen ? s->flen : TP1_HDR_LEN))
		r.auxlen = s->flen ? s->flen : TP1_HDR_LEN;
	r.note = note;
	metrics_alert(fx->mx, code);
	if (alarms_journal_alert(fx->al, s->hdr.terminal, s->ip)) {
		log_info("conn=%llu peer=%s%s%s terminal=%s seq=%u alert=%s "
		    "detail=\"%s\"", (unsigned long long)s->id, s->ip,
		    s->via[0] ? " " : "", s->via,
		    s->hdr.terminal[0] ? s->hdr.terminal : "-", s->hdr.seq,
		    name ? name : "?", detail);
		if (journal_opened(s) == -1 ||
		    journal_append(fx->jn, &r) == -1) {
			tsession_close(s, "journal failed");
			return;
		}
	}
	gbuf_reset(&s->out);
	gbuf_add(&s->out, frame, sizeof(frame));
	s->ooff = 0;
	s->close_after = 1;
	s->linger = 1;
	send_when_durable(s);
}

static int
journal_payload(struct tsession *s, uint8_t type, const uint8_t *raw,
    size_t rawlen, const uint8_t *plain, size_t plen, uint16_t code)
{
	struct jrec	 r;
	uint8_t		*masked;
	int		 rv;

	if (journal_opened(s) == -1)
		return -1;
	masked = xmalloc(plen ? plen : 1);

	memcpy(masked, plain, plen);
	tp1_mask_secrets(masked, plen);
	jrec_base(s, &r, type);
	r.terminal = s->hdr.terminal;
	r.seq = s->hdr.seq;
	r.func = s->func;
	r.code = code;
	r.raw = raw;
	r.rawlen = rawlen;
	/*
	 * A SIGN_ON request carries the operator's PIN and its response the
	 * new session token: whoever holds the journal and the key file could
	 * decrypt them from the frame.  Of those frames only the header is
	 * kept (docs/JOURNAL.md); the payload is in plain, masked.
	 */
	if (s->func == TP1_FN_SIGN_ON && rawlen > TP1_HDR_LEN) {
		r.rawlen = TP1_HDR_LEN;
		r.note = "frame body withheld: it carries a PIN or a token";
	}
	r.plain = masked;
	r.plainlen = plen;
	rv = journal_append(s->fx->jn, &r);
	secure_zero(masked, plen);
	free(masked);
	return rv;
}

/* Seal a response (TP1 §4, last paragraph), journal it, send when durable. */
static void
respond(struct tsession *s, const uint8_t *plain, size_t plen)
{
	struct frontd		*fx = s->fx;
	struct tp1_header	 h = s->hdr;
	uint16_t		 status = plen >= 4 ? get_be16(plain + 2) :
				    TP1_ST_INTERNAL;
	const char		*sn = tp1_status_name(status);
	enum tp1_err		 e;

	h.kind = TP1_KIND_RESPONSE;
	h.flags = s->hdr.flags & TP1_FLAG_KEEPALIVE;
	h.time = (uint32_t)(now_us() / 1000000);
	gbuf_reset(&s->out);
	s->ooff = 0;
	if ((e = tp1_seal(&s->keys, &h, NULL, plain, plen, &s->out)) != TP1_OK) {
		log_warnx("conn=%llu terminal=%s seal failed: %s",
		    (unsigned long long)s->id, s->hdr.terminal,
		    tp1_strerror(e));
		tsession_close(s, "seal failed");
		return;
	}
	tp1_keys_clear(&s->keys);
	if (journal_payload(s, JFMT_RESPONSE, s->out.data, s->out.len, plain,
	    plen, status) == -1) {
		tsession_close(s, "journal failed");
		return;
	}
	metrics_frame(fx->mx, s->func, status);
	log_debug("conn=%llu peer=%s terminal=%s seq=%u func=%s status=%s",
	    (unsigned long long)s->id, s->ip, s->hdr.terminal, s->hdr.seq,
	    tp1_func_name(s->func) ? tp1_func_name(s->func) : "?",
	    sn ? sn : "?");
	s->close_after = !(s->hdr.flags & TP1_FLAG_KEEPALIVE);
	send_when_durable(s);
}

/* A response frontd makes itself (TIME_SKEW, BUSY, INTERNAL). */
static void
respond_status(struct tsession *s, uint16_t status, const char *message)
{
	struct gbuf		b;
	struct tp1_builder	tb;
	char			ts[15];

	gbuf_init(&b);
	tp1_build_start(&tb, &b, s->func, status);
	if (status == TP1_ST_TIME_SKEW) {
		fmt_localtime(now_us() / 1000000, ts);
		tp1_put_str(&tb, TP1_T_SERVER_TIME, ts);
	}
	if (message)
		tp1_put_str(&tb, TP1_T_MESSAGE, message);
	respond(s, b.data, b.len);
	gbuf_free(&b);
}

static void
forward_cb(void *arg, struct ipc_msg *m)
{
	struct tsession	*s = arg;
	const uint8_t	*p;
	size_t		 n;

	if (callback_arrived(s))
		return;
	if (m == NULL) {
		respond_status(s, TP1_ST_BUSY, "service busy, retry later");
		return;
	}
	if (m->type != IPC_TP_RESPONSE || ipc_get_bytes(m, &p, &n) == -1 ||
	    ipc_get_end(m) == -1 || n < 4) {
		log_warnx("conn=%llu appsrv=bad_message type=%u",
		    (unsigned long long)s->id, m->type);
		respond_status(s, TP1_ST_INTERNAL, NULL);
		return;
	}
	respond(s, p, n);
}

static void
forward(struct tsession *s, const uint8_t *plain, size_t plen)
{
	struct frontd	*fx = s->fx;
	struct gbuf	 pl;
	int		 rv;

	gbuf_init(&pl);
	ipc_put_u64(&pl, s->id);
	ipc_put_str(&pl, s->hdr.terminal);
	ipc_put_u32(&pl, s->hdr.seq);
	ipc_put_u8(&pl, s->hdr.suite);
	ipc_put_u8(&pl, s->hdr.keyver);
	ipc_put_str(&pl, s->ip);
	ipc_put_bytes(&pl, plain, plen);
	s->state = S_FORWARD;
	s->waiting = 1;
	rv = appsrv_link_call(fx->as, IPC_TP_REQUEST, &pl,
	    fx->conf.frontd.appsrv_timeout, forward_cb, s);
	secure_zero(pl.data, pl.len);
	gbuf_free(&pl);
	if (rv == -1) {
		s->waiting = 0;
		respond_status(s, TP1_ST_BUSY, "service unavailable, retry later");
	}
}

static int
same_ip(const char *bound, const char *peer)
{
	uint8_t	a[16], b[16];

	if (inet_pton(AF_INET, bound, a) == 1)
		return inet_pton(AF_INET, peer, b) == 1 && memcmp(a, b, 4) == 0;
	if (inet_pton(AF_INET6, bound, a) == 1)
		return inet_pton(AF_INET6, peer, b) == 1 &&
		    memcmp(a, b, 16) == 0;
	return strcmp(bound, peer) == 0;
}

/* TP1 §4 steps 2-3 with the registry's answer; NULL when fine. */
static const char *
registry_check(struct tsession *s, const struct reg_info *ti, uint16_t *code)
{
	struct frontd	*fx = s->fx;

	*code = 0;
	if (ti == NULL) {
		*code = TP1_ALERT_OVERLOADED;
		return "registry unavailable";
	}
	if (!ti->found) {
		*code = TP1_ALERT_UNKNOWN_TERMINAL;
		return "not registered";
	}
	if (!ti->enabled) {
		*code = TP1_ALERT_TERMINAL_DISABLED;
		return "disabled";
	}
	if (ti->bound_ip[0] && !same_ip(ti->bound_ip, s->ip)) {
		alarms_note(fx->al, "IP_MISMATCH", s->hdr.terminal, s->ip);
		*code = TP1_ALERT_IP_MISMATCH;
		return "source address differs from the bound address";
	}
	/* A terminal registered for SM4 may not fall back to 3DES. */
	if (s->hdr.suite != ti->suite) {
		*code = TP1_ALERT_UNSUPPORTED;
		return "suite differs from the registry";
	}
	/* The registered version, or the next one during its overlap. */
	if ((s->hdr.keyver != ti->keyver && (ti->next_keyver == 0 ||
	    s->hdr.keyver != ti->next_keyver)) ||
	    term_cache_keys(fx->reg, s->hdr.terminal, s->hdr.tid, s->hdr.suite,
	    s->hdr.keyver, &s->keys) == -1) {
		*code = TP1_ALERT_UNKNOWN_KEY_VERSION;
		return "key version not registered or not in the key file";
	}
	return NULL;
}

/* TP1 §4 steps 4-6 after the registry answered, then forward. */
static void
lookup_cb(void *arg, const struct reg_info *ti)
{
	struct tsession	*s = arg;
	struct frontd	*fx = s->fx;
	uint8_t		*plain;
	size_t		 plen = 0;
	enum tp1_err	 e;
	int64_t		 skew;
	const char	*why;
	uint16_t	 code;

	if (callback_arrived(s))
		return;
	if ((why = registry_check(s, ti, &code)) != NULL) {
		send_alert(s, code, why);
		return;
	}
	plain = xmalloc(s->hdr.length ? s->hdr.length : 1);
	e = tp1_open(&s->keys, s->ibuf, s->flen,
	    (size_t)fx->conf.frontd.max_frame, &s->hdr, plain, s->hdr.length,
	    &plen);
	if (e != TP1_OK) {
		free(plain);
		if (e == TP1_E_BAD_MAC)
			alarms_note(fx->al, "BAD_MAC", s->hdr.terminal, s->ip);
		send_alert(s, tp1_err_alert(e), tp1_strerror(e));
		return;
	}
	if (ti->next_keyver != 0 && s->hdr.keyver == ti->next_keyver)
		term_cache_keyver_seen(fx->reg, s->hdr.terminal, s->hdr.keyver);
	s->func = plen >= 2 ? get_be16(plain) : 0;
	if (journal_payload(s, JFMT_REQUEST, s->ibuf, s->flen, plain, plen,
	    0) == -1) {
		secure_zero(plain, plen);
		free(plain);
		tsession_close(s, "journal failed");
		return;
	}
	skew = (int64_t)s->hdr.time - now_us() / 1000000;
	if (skew > fx->conf.frontd.clock_skew ||
	    -skew > fx->conf.frontd.clock_skew)
		respond_status(s, TP1_ST_TIME_SKEW, NULL);
	else
		forward(s, plain, plen);
	secure_zero(plain, plen);
	free(plain);
}

static void
frame_complete(struct tsession *s)
{
	event_del(s->ev_rd);
	event_del(s->ev_tmo);
	s->nreq++;
	s->t0_us = now_us();
	if (s->hdr.kind != TP1_KIND_REQUEST) {
		send_alert(s, TP1_ALERT_BAD_FRAME, "kind is not request");
		return;
	}
	s->state = S_LOOKUP;
	s->waiting = 1;
	term_cache_lookup(s->fx->reg, s->hdr.terminal, lookup_cb, s);
}

static void
ensure_cap(struct tsession *s, size_t want)
{
	if (s->icap >= want)
		return;
	s->ibuf = xrealloc(s->ibuf, want);
	s->icap = want;
}

static void
linger_read(struct tsession *s)
{
	uint8_t	buf[4096];
	ssize_t	n;

	while ((n = read(s->fd, buf, sizeof(buf))) > 0)
		;
	if (n == 0 || (errno != EAGAIN && errno != EINTR))
		tsession_close(s, "alert sent");
	else
		wait_read(s);
}

/*
 * S_READ: the bytes of a frame's start are in; check the header (TP1 §4
 * step 1) as soon as it is whole, and learn the frame's length.  -1 when
 * the session was refused or alerted.
 */
static int
frame_head(struct tsession *s)
{
	struct frontd	*fx = s->fx;
	size_t		 flen;
	enum tp1_err	 e;

	/* Balancers configured: a PROXY header from anyone else would
	 * choose the terminal's address; refused, not an alert. */
	if (fx->pxn != NULL && s->nreq == 0 && !s->via[0] &&
	    proxy2_maybe(s->ibuf, s->ilen)) {
		if (s->ilen < PROXY2_SIG_LEN)
			return 0;
		proxy_refuse(s, MX_REF_PROXY_FOREIGN, "PROXY header "
		    "from an address not in proxy_from");
		return -1;
	}
	e = tp1_header_parse(s->ibuf, s->ilen,
	    (size_t)fx->conf.frontd.max_frame, &s->hdr, &flen);
	if (e == TP1_E_NEED_MORE)
		return 0;
	if (e != TP1_OK) {
		send_alert(s, tp1_err_alert(e), tp1_strerror(e));
		return -1;
	}
	if (s->hdr.kind != TP1_KIND_REQUEST) {
		send_alert(s, TP1_ALERT_BAD_FRAME, "kind is not request");
		return -1;
	}
	s->flen = flen;
	return 0;
}

static void
read_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct tsession	*s = arg;
	struct frontd	*fx = s->fx;
	uint8_t		 ra[READ_AHEAD];
	size_t		 want;
	ssize_t		 n;

	(void)ev;
	if (s->state == S_LINGER) {
		linger_read(s);
		return;
	}
	if (s->state == S_PROXY && proxy_read(s) == -1)
		return;
	while (s->state == S_READ) {
		if (s->flen == 0 && s->ilen > 0 && frame_head(s) == -1)
			return;
		if (s->flen != 0 && s->ilen >= s->flen) {
			frame_complete(s);
			return;
		}
		want = s->flen ? s->flen : TP1_HDR_LEN;
		if (s->ilen == 0) {
			/* A frame's first read takes what has come, up to
			 * READ_AHEAD: a whole short frame in one read. */
			n = read(fd, ra, sizeof(ra));
			if (n > 0) {
				ensure_cap(s, (size_t)n);
				memcpy(s->ibuf, ra, (size_t)n);
			}
		} else {
			ensure_cap(s, want);
			n = read(fd, s->ibuf + s->ilen, want - s->ilen);
		}
		if (n == 0) {
			tsession_close(s,
			    s->ilen ? "eof inside a frame" : "eof");
			return;
		}
		if (n < 0) {
			if (errno != EAGAIN && errno != EINTR) {
				tsession_close(s, "read error");
				return;
			}
			if (s->in_frame)	/* a slow sender */
				set_lowat(s, want - s->ilen);
			wait_read(s);
			return;
		}
		if (!s->in_frame) {
			s->in_frame = 1;
			if (s->nreq > 0)	/* after an idle wait */
				event_add(s->ev_tmo, fx->tv_read);
		}
		s->ilen += (size_t)n;
	}
}

static void
timer_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct tsession	*s = arg;

	(void)fd; (void)ev;
	switch (s->state) {
	case S_PROXY:
		proxy_refuse(s, MX_REF_PROXY_BAD, "PROXY header deadline "
		    "passed");
		break;
	case S_READ:
		if (s->in_frame || s->nreq == 0)
			send_alert(s, TP1_ALERT_READ_TIMEOUT,
			    "whole-frame read deadline passed");
		else
			tsession_close(s, "idle timeout");
		break;
	case S_WRITE:
		tsession_close(s, "write timeout");
		break;
	case S_LINGER:
		tsession_close(s, "alert sent");
		break;
	default:
		break;
	}
}

void
tsession_drain_all(struct frontd *fx, int force)
{
	struct tsession	*s, *nx;

	for (s = fx->sessions; s != NULL; s = nx) {
		nx = s->next;
		if (force)
			tsession_close(s, force == 2 ? "journal failed" :
			    "drain grace expired");
		else if ((s->state == S_READ && !s->in_frame) ||
		    s->state == S_LINGER || s->state == S_PROXY)
			tsession_close(s, "draining");
	}
}
