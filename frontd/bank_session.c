/*
 * bank_session.c - one BK/1 connection of a bank (BK1 §1-§2, docs/BK1.md
 * "Listener").
 *
 *   B_READ     one frame: the 6 length digits and the 64-byte header are
 *              checked as soon as they are in (bk1_split), then exactly the
 *              rest.  frontd.read_deadline runs from a frame's first byte;
 *              between frames frontd.bank_idle (banks heartbeat every 60 s).
 *   B_LOOKUP   the registry copy made fresh (bank_registry.c), then the
 *              checks of BK1 §2 in order: header syntax 8002; registered,
 *              enabled bank and this connection's address one of its own
 *              8003 (answered, then closed); key version 8004; MAC in
 *              constant time 8001 (counted for the alarm); signed in 8003;
 *              fields 8002 (the trcode here, the fields in appsrv).
 *   B_FORWARD  1001 and the business go to appsrv (IPC_BK_REQUEST); 8001
 *              (heartbeat) is answered here.
 *   B_JOURNAL  the answer is journaled: waiting until that is durable.
 *   B_WRITE    writing; then the next frame, or close.
 *
 * Every frame the bank sent (or the bytes of one that broke the framing)
 * is journaled before anything is decided (JFMT_BK_IN), every answer before
 * it leaves (JFMT_BK_OUT).  An answer that cannot be MACed under a key the
 * bank holds (its bank or key version unknown, or a header that could not
 * be read) carries a MAC of zeros.  After a length or header error the
 * framing is lost and after 8003 for the bank or address the peer is not
 * who it claims: those close the connection once answered; the other
 * refusals keep it (the frame was whole).
 *
 * The first frame binds the connection to its bank and takes one of the
 * bank's frontd.bank_per_bank slots; past them the connection is closed
 * without an answer.
 */
#include <sys/socket.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <event2/event.h>

#include "bk1.h"
#include "frontd.h"
#include "journal_fmt.h"
#include "log.h"

#define BK_IBUF		(BK1_LEN_DIGITS + BK1_MAX_LEN)
#define BK_OBUF		(BK1_LEN_DIGITS + BK1_MAX_LEN)

enum bstate { B_READ, B_LOOKUP, B_FORWARD, B_JOURNAL, B_WRITE };

struct bsession {
	struct frontd		*fx;
	struct bsession		*prev, *next;
	uint64_t		 id;
	int			 fd;
	struct event		*ev_rd, *ev_wr, *ev_tmo;
	enum bstate		 state;
	int			 waiting;
	int			 dead;
	int			 close_after;
	int			 in_frame;
	char			 ip[46];
	uint16_t		 port;
	char			 bankno[5];	/* bound by the first frame */
	int			 counted;	/* holds a per-bank slot */
	int			 signed_in;
	char			 branch[32];
	uint8_t			*ibuf;
	size_t			 ilen, flen;
	struct bk1_frame	 fr;
	uint8_t			 suite;		/* of the frame's bank */
	uint8_t			 key[16];	/* its key (zero: none) */
	int			 have_key;
	uint8_t			*obuf;
	size_t			 olen, ooff;
};

static void	bs_read_cb(evutil_socket_t, short, void *);
static void	bs_write_cb(evutil_socket_t, short, void *);
static void	bs_timer_cb(evutil_socket_t, short, void *);
static void	bs_close(struct bsession *, const char *why);

static void
bs_free(struct bsession *s)
{
	secure_zero(s->key, sizeof(s->key));
	free(s->ibuf);
	free(s->obuf);
	free(s);
}

static int
bs_journal(struct bsession *s, uint8_t type, const uint8_t *raw, size_t n,
    uint16_t func, uint16_t code, const char *note)
{
	struct jrec	r;

	memset(&r, 0, sizeof(r));
	r.type = type;
	r.conn = s->id;
	r.peer = s->ip;
	r.port = s->port;
	r.terminal = s->bankno;
	r.func = func;
	r.code = code;
	r.raw = raw;
	r.rawlen = n;
	r.note = note;
	return journal_append(s->fx->jn, &r);
}

void
bsession_start(struct frontd *fx, int fd, const char *ip, uint16_t port)
{
	struct bsession	*s = xcalloc(1, sizeof(*s));

	s->fx = fx;
	s->id = ++fx->next_conn;
	s->fd = fd;
	snprintf(s->ip, sizeof(s->ip), "%s", ip);
	s->port = port;
	s->ibuf = xmalloc(BK_IBUF);
	s->obuf = xmalloc(BK_OBUF);
	s->ev_rd = event_new(fx->base, fd, EV_READ | EV_PERSIST, bs_read_cb, s);
	s->ev_wr = event_new(fx->base, fd, EV_WRITE | EV_PERSIST, bs_write_cb,
	    s);
	s->ev_tmo = evtimer_new(fx->base, bs_timer_cb, s);
	if (s->ev_rd == NULL || s->ev_wr == NULL || s->ev_tmo == NULL)
		fatalx("bank session: libevent setup failed");
	s->next = fx->bsessions;
	if (s->next)
		s->next->prev = s;
	fx->bsessions = s;
	fx->nbsessions++;
	log_info("bank_conn=%llu peer=%s port=%u event=open",
	    (unsigned long long)s->id, ip, port);
	if (bs_journal(s, JFMT_BK_OPEN, NULL, 0, 0, 0, NULL) == -1) {
		bs_close(s, "journal failed");
		return;
	}
	s->state = B_READ;
	event_add(s->ev_tmo, fx->tv_bank_idle);
	event_add(s->ev_rd, NULL);
}

static void
bs_close(struct bsession *s, const char *why)
{
	struct frontd	*fx = s->fx;

	if (s->fd != -1) {
		(void)bs_journal(s, JFMT_BK_CLOSE, NULL, 0, 0, 0, why);
		log_info("bank_conn=%llu peer=%s bank=%s event=close "
		    "reason=\"%s\"", (unsigned long long)s->id, s->ip,
		    s->bankno[0] ? s->bankno : "-", why);
		event_free(s->ev_rd);
		event_free(s->ev_wr);
		event_free(s->ev_tmo);
		close(s->fd);
		s->fd = -1;
		if (s->counted)
			bank_lsn_release(fx->blsn, s->bankno);
		if (s->prev)
			s->prev->next = s->next;
		else
			fx->bsessions = s->next;
		if (s->next)
			s->next->prev = s->prev;
		fx->nbsessions--;
	}
	if (s->waiting) {
		s->dead = 1;
		return;
	}
	bs_free(s);
}

static int
bs_arrived(struct bsession *s)
{
	s->waiting = 0;
	if (s->dead) {
		bs_free(s);
		return 1;
	}
	return 0;
}

/* ---- writing ---- */

static void
bs_next_frame(struct bsession *s)
{
	if (s->close_after || s->fx->draining) {
		bs_close(s, s->close_after ? "refused" : "draining");
		return;
	}
	/* A pipelined next frame may already be in the buffer. */
	if (s->ilen > s->flen)
		memmove(s->ibuf, s->ibuf + s->flen, s->ilen - s->flen);
	s->ilen -= s->flen;
	s->flen = 0;
	s->in_frame = s->ilen > 0;
	s->olen = s->ooff = 0;
	secure_zero(s->key, sizeof(s->key));
	s->have_key = 0;
	s->state = B_READ;
	event_add(s->ev_tmo, s->in_frame ? s->fx->tv_read :
	    s->fx->tv_bank_idle);
	event_add(s->ev_rd, NULL);
	if (s->ilen > 0)
		event_active(s->ev_rd, EV_READ, 0);
}

static void
bs_do_write(struct bsession *s)
{
	ssize_t	n;

	while (s->ooff < s->olen) {
		n = write(s->fd, s->obuf + s->ooff, s->olen - s->ooff);
		if (n > 0) {
			s->ooff += (size_t)n;
			continue;
		}
		if (n == -1 && (errno == EAGAIN || errno == EINTR)) {
			event_add(s->ev_wr, NULL);
			event_add(s->ev_tmo, s->fx->tv_read);
			return;
		}
		bs_close(s, "write error");
		return;
	}
	event_del(s->ev_wr);
	event_del(s->ev_tmo);
	bs_next_frame(s);
}

static void
bs_write_cb(evutil_socket_t fd, short ev, void *arg)
{
	(void)fd; (void)ev;
	bs_do_write(arg);
}

static void
bs_durable_cb(void *arg, int ok)
{
	struct bsession	*s = arg;

	if (bs_arrived(s))
		return;
	if (!ok) {
		bs_close(s, "journal failed");
		return;
	}
	s->state = B_WRITE;
	bs_do_write(s);
}

/* "a=1|b=2" into the builder, field by field (each checked by bk1_put). */
static int
put_fields(struct bk1_out *o, const char *body)
{
	char	 name[BK1_NAME_MAX + 1];
	char	*copy = xstrdup(body), *p, *f, *eq, *save = NULL;
	int	 rv = 0;

	for (p = copy; (f = strtok_r(p, "|", &save)) != NULL; p = NULL) {
		if ((eq = strchr(f, '=')) == NULL ||
		    (size_t)(eq - f) > BK1_NAME_MAX) {
			rv = -1;
			break;
		}
		memcpy(name, f, (size_t)(eq - f));
		name[eq - f] = '\0';
		if (bk1_put(o, name, eq + 1) == -1) {
			rv = -1;
			break;
		}
	}
	free(copy);
	return rv;
}

/* The header of an answer to bytes whose header could not be read: what
 * of it is there and plausible (digits where digits go), else the
 * connection's bank, trcode 0000, serial 0. */
static void
salvage(struct bsession *s, struct bk1_hdr *h)
{
	const uint8_t	*p = s->ibuf + BK1_LEN_DIGITS;
	size_t		 have = s->ilen > BK1_LEN_DIGITS ? s->ilen -
			    BK1_LEN_DIGITS : 0, i;
	int		 ok;

	snprintf(h->bankno, sizeof(h->bankno), "%s",
	    s->bankno[0] ? s->bankno : "0000");
	snprintf(h->trcode, sizeof(h->trcode), "0000");
	snprintf(h->serial, sizeof(h->serial), "0");
	if (have >= 10) {
		for (ok = 1, i = 6; i < 10; i++)
			ok &= p[i] >= '0' && p[i] <= '9';
		if (ok)
			memcpy(h->trcode, p + 6, 4);
	}
	if (have >= 6 && !s->bankno[0]) {
		for (ok = 1, i = 2; i < 6; i++)
			ok &= p[i] >= '0' && p[i] <= '9';
		if (ok)
			memcpy(h->bankno, p + 2, 4);
	}
}

/*
 * Answer the frame with rspcode and fields, journaled, sent once durable.
 * hdr: the request's header (NULL: none could be read).
 */
static void
bs_answer(struct bsession *s, const struct bk1_hdr *hdr, const char *rspcode,
    const char *body)
{
	static const uint8_t	 zero[16];
	struct bk1_hdr		 h;
	struct bk1_out		 o;
	struct tm		 tm;
	time_t			 now = time(NULL);
	uint8_t			 suite = s->have_key ? s->suite :
				    (bk1_mac_hex_len(s->suite) ? s->suite : 1);
	size_t			 len, mh, i;
	char			 d[16], t[16];

	event_del(s->ev_rd);
	event_del(s->ev_tmo);
	memset(&h, 0, sizeof(h));
	if (hdr != NULL)
		h = *hdr;
	else
		salvage(s, &h);
	localtime_r(&now, &tm);
	strftime(d, sizeof(d), "%Y%m%d", &tm);
	strftime(t, sizeof(t), "%H%M%S", &tm);
	h.kind = 'A';
	memcpy(h.txdate, d, 8);
	h.txdate[8] = '\0';
	memcpy(h.txtime, t, 6);
	h.txtime[6] = '\0';
	snprintf(h.rspcode, sizeof(h.rspcode), "%s", rspcode);
	bk1_begin(&o, s->obuf, BK_OBUF, &h);
	if (body != NULL && body[0] != '\0' && put_fields(&o, body) == -1) {
		log_warnx("bank_conn=%llu bank=%s answer=bad_fields",
		    (unsigned long long)s->id, s->bankno);
		bk1_begin(&o, s->obuf, BK_OBUF, &h);
		memcpy(o.buf + BK1_LEN_DIGITS + 47, BK1_SYSTEM_ERROR, 4);
	}
	if (bk1_end(&o, suite, s->have_key ? s->key : zero, &len) !=
	    BK1_E_OK) {
		bs_close(s, "answer too large");
		return;
	}
	if (!s->have_key) {
		mh = bk1_mac_hex_len(suite);
		for (i = 0; i < mh; i++)
			s->obuf[len - mh + i] = '0';
	}
	s->olen = len;
	s->ooff = 0;
	metrics_bank_answer(s->fx->mx, rspcode);
	log_debug("bank_conn=%llu bank=%s trcode=%s serial=%s rspcode=%s",
	    (unsigned long long)s->id, s->bankno, h.trcode, h.serial,
	    rspcode);
	if (bs_journal(s, JFMT_BK_OUT, s->obuf, len, (uint16_t)atoi(h.trcode),
	    (uint16_t)atoi(rspcode), NULL) == -1) {
		bs_close(s, "journal failed");
		return;
	}
	s->state = B_JOURNAL;
	s->waiting = 1;
	journal_wait(s->fx->jn, bs_durable_cb, s);
}

/* ---- appsrv ---- */

static void
forward_cb(void *arg, struct ipc_msg *m)
{
	struct bsession	*s = arg;
	const char	*rsp, *body;
	const char	*tr = s->fr.hdr.trcode;

	if (bs_arrived(s))
		return;
	if (m == NULL) {
		/* appsrv did not answer in time (or went): frontd cannot know
		 * what became of the request, a repeat of a done serial
		 * included.  9999: ask again (a repeat or 2006 tells). */
		bs_answer(s, &s->fr.hdr, BK1_SYSTEM_ERROR, NULL);
		return;
	}
	if (m->type != IPC_BK_ANSWER || ipc_get_str(m, &rsp) == -1 ||
	    ipc_get_str(m, &body) == -1 || ipc_get_end(m) == -1 ||
	    strlen(rsp) != 4) {
		log_warnx("bank_conn=%llu appsrv=bad_message type=%u",
		    (unsigned long long)s->id, m->type);
		bs_answer(s, &s->fr.hdr, BK1_SYSTEM_ERROR, NULL);
		return;
	}
	if (strcmp(tr, "1001") == 0 && strcmp(rsp, BK1_OK) == 0) {
		s->signed_in = 1;
		(void)bk1_get(&s->fr, "branch", s->branch, sizeof(s->branch));
		log_info("bank_conn=%llu bank=%s branch=%s event=signed_in",
		    (unsigned long long)s->id, s->bankno, s->branch);
	}
	bs_answer(s, &s->fr.hdr, rsp, body);
}

static void
forward(struct bsession *s)
{
	struct frontd	*fx = s->fx;
	struct gbuf	 pl;
	char		*body;
	int		 rv;

	body = xmalloc(s->fr.body_len + 1);
	memcpy(body, s->fr.body, s->fr.body_len);
	body[s->fr.body_len] = '\0';
	gbuf_init(&pl);
	ipc_put_u64(&pl, s->id);
	ipc_put_str(&pl, s->bankno);
	ipc_put_str(&pl, s->ip);
	ipc_put_str(&pl, s->fr.hdr.trcode);
	ipc_put_str(&pl, s->fr.hdr.serial);
	ipc_put_str(&pl, s->fr.hdr.txdate);
	ipc_put_str(&pl, s->branch);
	ipc_put_str(&pl, body);
	free(body);
	s->state = B_FORWARD;
	s->waiting = 1;
	rv = appsrv_link_call(fx->as, IPC_BK_REQUEST, &pl,
	    fx->conf.frontd.appsrv_timeout, forward_cb, s);
	gbuf_free(&pl);
	if (rv == -1) {
		s->waiting = 0;
		/*
		 * appsrv unreachable.  Nothing of this frame was sent, but
		 * the serial may be one appsrv already did (a repeat after a
		 * lost answer): "nothing was done" (9001) could be false for
		 * 2002/2003, and 2006 cannot be answered.  9999, ask again;
		 * only an arrears query (it moves nothing) is told 9001.
		 */
		bs_answer(s, &s->fr.hdr, strcmp(s->fr.hdr.trcode, "2001") == 0 ?
		    BK1_HOST_UNAVAILABLE : BK1_SYSTEM_ERROR, NULL);
	}
}

/* ---- the checks (BK1 §2) ---- */

static int
trcode_known(const char *t)
{
	static const char *const known[] = { "1001", "2001", "2002", "2003",
	    "2006", "8001", "9101" };
	size_t	i;

	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strcmp(t, known[i]) == 0)
			return 1;
	return 0;
}

/*
 * The registry cannot be asked (appsrv away): nothing can be checked or
 * done; 9999, ask again.  On a connection already bound to the frame's
 * bank the answer is still MACed under its key (from the key file) once
 * the frame's own MAC is good.
 */
static void
registry_down(struct bsession *s)
{
	struct bk1_hdr		*h = &s->fr.hdr;
	const struct keyset	*ks;

	if (s->bankno[0] && strcmp(s->bankno, h->bankno) == 0 &&
	    (ks = keyfile_bank_find(&s->fx->bank_keys,
	    (uint16_t)atoi(h->bankno), h->keyver)) != NULL &&
	    bk1_mac_hex_len(ks->suite) != 0) {
		s->suite = ks->suite;
		memcpy(s->key, ks->mk_mac, sizeof(s->key));
		s->have_key = 1;
		if (bk1_open(&s->fr, s->suite, s->key) == BK1_E_MAC) {
			bs_answer(s, h, BK1_MAC_ERROR, NULL);
			return;
		}
	}
	bs_answer(s, h, BK1_SYSTEM_ERROR, NULL);
}

static void
checks_cb(void *arg, int ok)
{
	struct bsession		*s = arg;
	struct frontd		*fx = s->fx;
	struct bk1_hdr		*h = &s->fr.hdr;
	const struct bank_ent	*b;
	const struct keyset	*ks;
	enum bk1_err		 e;
	char			 who[16];

	if (bs_arrived(s))
		return;
	if (!ok) {
		registry_down(s);
		return;
	}
	/* Registered, enabled, from its own address, the connection's
	 * bank: else 8003 and close. */
	b = bank_cache_find(fx->breg, h->bankno);
	if (b != NULL)
		s->suite = b->suite;
	if (b == NULL || !b->enabled || !bank_ent_has_addr(b, s->ip) ||
	    (s->bankno[0] && strcmp(s->bankno, h->bankno) != 0)) {
		log_info("bank_conn=%llu peer=%s bank=%s refused=8003 "
		    "reason=\"%s\"", (unsigned long long)s->id, s->ip,
		    h->bankno, b == NULL ? "not registered" : !b->enabled ?
		    "disabled" : !bank_ent_has_addr(b, s->ip) ?
		    "not its address" : "another bank on this connection");
		s->close_after = 1;
		bs_answer(s, h, BK1_NOT_REGISTERED, NULL);
		return;
	}
	if (!s->bankno[0]) {
		if (bank_lsn_take(fx->blsn, h->bankno) == -1) {
			metrics_bank_refuse(fx->mx, MX_BREF_PERBANK);
			memcpy(s->bankno, h->bankno, 5);
			bs_close(s, "bank_per_bank connections reached");
			return;
		}
		memcpy(s->bankno, h->bankno, 5);
		s->counted = 1;
	}
	/* The registered version, or the next one during its overlap. */
	if ((h->keyver != b->keyver && (b->next_keyver == 0 ||
	    h->keyver != b->next_keyver)) ||
	    (ks = keyfile_bank_find(&fx->bank_keys, b->bank, h->keyver)) ==
	    NULL || ks->suite != b->suite) {
		bs_answer(s, h, BK1_UNKNOWN_KEYVER, NULL);
		return;
	}
	memcpy(s->key, ks->mk_mac, sizeof(s->key));
	s->have_key = 1;
	e = bk1_open(&s->fr, b->suite, s->key);
	if (e == BK1_E_MAC) {
		snprintf(who, sizeof(who), "BK%s", s->bankno);
		alarms_note(fx->al, "BANK_BAD_MAC", who, s->ip);
		bs_answer(s, h, BK1_MAC_ERROR, NULL);
		return;
	}
	if (e != BK1_E_OK) {
		bs_answer(s, h, BK1_FORMAT_ERROR, NULL);
		return;
	}
	if (b->next_keyver != 0 && h->keyver == b->next_keyver)
		bank_cache_keyver_seen(fx->breg, s->bankno, h->keyver);
	/* Sign-in first (BK1 §1): everything else before it is 8003, the
	 * heartbeat too (it is a request like the others). */
	if (strcmp(h->trcode, "1001") != 0 && !s->signed_in) {
		bs_answer(s, h, BK1_NOT_REGISTERED, NULL);
		return;
	}
	if (!trcode_known(h->trcode)) {
		bs_answer(s, h, BK1_FORMAT_ERROR, NULL);
		return;
	}
	if (strcmp(h->trcode, "8001") == 0) {
		bs_answer(s, h, BK1_OK, NULL);
		return;
	}
	if (strcmp(h->trcode, "1001") == 0 && !bk1_has(&s->fr, "branch")) {
		bs_answer(s, h, BK1_FORMAT_ERROR, NULL);
		return;
	}
	forward(s);
}

/* A whole frame (or bytes that broke the framing: bad = 1). */
static void
bs_frame(struct bsession *s, int bad)
{
	struct frontd	*fx = s->fx;

	event_del(s->ev_rd);
	event_del(s->ev_tmo);
	if (bs_journal(s, JFMT_BK_IN, s->ibuf, bad ? s->ilen : s->flen,
	    bad ? 0 : (uint16_t)atoi(s->fr.hdr.trcode), 0,
	    bad ? "length or header malformed" : NULL) == -1) {
		bs_close(s, "journal failed");
		return;
	}
	if (bad) {
		s->flen = s->ilen;
		s->close_after = 1;
		bs_answer(s, NULL, BK1_FORMAT_ERROR, NULL);
		return;
	}
	if (s->fr.hdr.kind != 'Q' || strcmp(s->fr.hdr.rspcode, "0000") != 0) {
		/* A request is kind Q with rspcode 0000 (BK1 §2): the header
		 * is malformed, the framing still holds. */
		bs_answer(s, &s->fr.hdr, BK1_FORMAT_ERROR, NULL);
		return;
	}
	s->state = B_LOOKUP;
	s->waiting = 1;
	bank_cache_get(fx->breg, checks_cb, s);
}

static void
bs_read_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct bsession	*s = arg;
	size_t		 need = 0, flen = 0, want;
	enum bk1_err	 e;
	ssize_t		 n;

	(void)ev;
	while (s->state == B_READ) {
		e = bk1_split(s->ibuf, s->ilen, &s->fr, &flen, &need);
		if (e == BK1_E_OK) {
			s->flen = flen;
			bs_frame(s, 0);
			return;
		}
		if (e != BK1_E_MORE) {
			bs_frame(s, 1);
			return;
		}
		want = need ? need : BK1_LEN_DIGITS + BK1_HDR_LEN;
		n = read(fd, s->ibuf + s->ilen, want - s->ilen);
		if (n == 0) {
			bs_close(s, s->ilen ? "eof inside a frame" : "eof");
			return;
		}
		if (n < 0) {
			if (errno != EAGAIN && errno != EINTR)
				bs_close(s, "read error");
			return;
		}
		if (!s->in_frame) {
			s->in_frame = 1;
			event_add(s->ev_tmo, s->fx->tv_read);
		}
		s->ilen += (size_t)n;
	}
}

static void
bs_timer_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct bsession	*s = arg;

	(void)fd; (void)ev;
	switch (s->state) {
	case B_READ:
		bs_close(s, s->in_frame ? "frame read deadline passed" :
		    "idle timeout");
		break;
	case B_WRITE:
		bs_close(s, "write timeout");
		break;
	default:
		break;
	}
}

void
bsession_drain_all(struct frontd *fx, int force)
{
	struct bsession	*s, *nx;

	for (s = fx->bsessions; s != NULL; s = nx) {
		nx = s->next;
		if (force)
			bs_close(s, force == 2 ? "journal failed" :
			    "drain grace expired");
		else if (s->state == B_READ && !s->in_frame)
			bs_close(s, "draining");
	}
}
