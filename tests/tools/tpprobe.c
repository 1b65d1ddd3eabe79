/*
 * tpprobe - a TP/1 test and load client for frontd's integration tests and
 * bench/frontd.
 *
 *   tpprobe [options] MODE
 *   -p PORT -H HOST(127.0.0.1) -S SRC (source address to bind)
 *   -k KEYFILE -t TERMINAL -s SUITE(2) -v KEYVER(1) -q SEQ(1)
 *   -F FUNC (name or number, ECHO) -I ITEMS (JSON array, tp1_json form)
 *   -o SECONDS (clock offset of the request time) -T TIMEOUT_MS (30000)
 *
 * Single-connection modes print one line per answer:
 *   "response seq=N func=F status=S [last_seq=N] [server_time=1]
 *   [replayed=1] [final=0]", "alert=NAME seq=N",
 *   "closed" (EOF without an answer) or "timeout".
 *   req | keepalive N | pipeline N | badmac | badmagic | badversion | badsuite | badkind
 *   | badflags | badalign | toolarge | badpad | slow MS | stall | raw HEX
 *   | idle (one KEEPALIVE request, then silent until the server closes;
 *     prints "idle_ms=N") | noread (send a request, never read, for -T ms)
 *
 * Many connections (libevent, one process per -w):
 *   conns N    N connections open at once (connect all, then send), terminal
 *              TERMINAL+i, source 127.B.x.y spread over N/-P addresses
 *              (-P per address, 1; -B second octet, 1); prints counts
 *              "sent=N response_OK=.. alert_X=.. closed=.."
 *   load       -c CONC -d SECONDS [-K keep-alive] [-n TERMINALS] [-w PROCS]
 *              [-R raw: send the frame, read to EOF, no crypto (nginx)]
 *              [-r RATE: open loop, see below]
 *              prints "tx/s=.. p50_ms=.. p99_ms=.. ok=.. errors=.."
 *              Without -r the loop is closed: each of the CONC terminals
 *              starts its next transaction the moment the last one ends,
 *              so the server is saturated and, by Little's law, the mean
 *              latency is CONC / throughput whatever the server does.
 *              With -r the CONC terminals together offer RATE tx/s: each
 *              starts a transaction every CONC/RATE seconds (random phase)
 *              on its own schedule, whether or not the last one was quick,
 *              and latency runs from the scheduled start (a late start
 *              counts against the server: no coordinated omission).
 *   -L FILE    (conns, load) append "terminal seq" of every OK answer
 *
 * A scripted station (for termsim's own tests), on -H:-p, until killed:
 *   station SCRIPT
 *              SIGN_ON is answered OK with a token; every other request
 *              (with -F, every request of that function; the others OK)
 *              with the next answer of SCRIPT, a comma list of status
 *              names or "close" (close without answering); the last one
 *              is kept for the rest.  OK answers of money-moving requests
 *              carry receipt_no and mkt_serial, and replayed=1 for a
 *              term_serial seen before; of ARREARS_QUERY, total_due and
 *              balance 0 (nothing ever moves).  Prints one line per request:
 *              "request ms=T func=F seq=N term_serial=S answer=A" (ms since
 *              the first request).
 *   hold N     N slow KEEPALIVE connections, a byte every -m MS (100),
 *              until killed; prints "held=N" once all are connected; each
 *              starts its first request after a random delay of up to one
 *              frame's time (the terminals are not in phase)
 */
#include <sys/socket.h>
#include <sys/wait.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "keyfile.h"
#include "tp1.h"
#include "tp1_json.h"
#include "tp1_priv.h"
#include "util.h"

struct opts {
	const char	*host, *src, *keyfile, *terminal, *items;
	int		 port, suite, keyver, timeout_ms, conc, secs;
	int		 keepalive, raw, per_addr, octet, workers, nterm, ms;
	uint32_t	 seq;
	uint16_t	 func;
	long		 offset;
	int		 logfd;		/* -L: "terminal seq" of OK answers */
	int		 func_set;	/* -F given */
	double		 rate;		/* -r: open loop, total tx/s */
};

static struct opts	O = {
	.host = "127.0.0.1", .terminal = "8613900000000001", .port = 7001,
	.suite = 2, .keyver = 1, .timeout_ms = 30000, .conc = 100, .secs = 5,
	.per_addr = 1, .octet = 1, .workers = 1, .ms = 100, .seq = 1,
	.func = TP1_FN_ECHO, .logfd = -1,
};
static struct keyfile	KF;

static void
die(const char *msg)
{
	fprintf(stderr, "tpprobe: %s\n", msg);
	exit(2);
}

/* Terminal id base + i, 16 digits. */
static void
term_plus(const char *base, long i, char out[17])
{
	unsigned long long	v = strtoull(base, NULL, 10) + (unsigned long long)i;

	snprintf(out, 17, "%016llu", v);
}

static int
keys_for(const char *terminal, struct tp1_keys *k)
{
	uint8_t	tid[8];

	if (tp1_tid_pack(terminal, tid) == -1)
		return -1;
	return keyfile_terminal_keys(&KF, (uint8_t)O.suite, (uint8_t)O.keyver,
	    tid, k);
}

static void
make_header(struct tp1_header *h, const char *terminal, uint32_t seq,
    int keepalive)
{
	memset(h, 0, sizeof(*h));
	h->version = TP1_VERSION;
	h->suite = (uint8_t)O.suite;
	h->kind = TP1_KIND_REQUEST;
	h->flags = keepalive ? TP1_FLAG_KEEPALIVE : 0;
	(void)tp1_tid_pack(terminal, h->tid);
	snprintf(h->terminal, sizeof(h->terminal), "%s", terminal);
	h->seq = seq;
	h->time = (uint32_t)(now_us() / 1000000 + O.offset);
	h->keyver = (uint8_t)O.keyver;
}

static void
make_plain(struct gbuf *b)
{
	struct tp1_builder	tb;
	json_t			*items;
	json_error_t		 je;
	char			 err[256];

	tp1_build_start(&tb, b, O.func, 0);
	if (O.items == NULL)
		return;
	if ((items = json_loads(O.items, 0, &je)) == NULL)
		die("bad -I JSON");
	if (tp1_json_put_items(&tb, items, err, sizeof(err)) == -1)
		die(err);
	json_decref(items);
}

/* A whole valid request frame. */
static void
make_frame(struct gbuf *out, const char *terminal, uint32_t seq, int ka)
{
	struct tp1_header	h;
	struct tp1_keys		k;
	struct gbuf		p;

	if (keys_for(terminal, &k) == -1) {
		/* Unknown key version: any keys make a well-formed frame. */
		memset(&k, 0x11, sizeof(k));
		k.suite = (uint8_t)O.suite;
	}
	make_header(&h, terminal, seq, ka);
	gbuf_init(&p);
	make_plain(&p);
	if (tp1_seal(&k, &h, NULL, p.data, p.len, out) != TP1_OK)
		die("seal failed");
	gbuf_free(&p);
	tp1_keys_clear(&k);
}

/* A frame whose MAC is right but whose padding is not (TP1 §4 step 5). */
static void
make_badpad(struct gbuf *out, const char *terminal, uint32_t seq)
{
	struct tp1_header	h;
	struct tp1_keys		k;
	size_t			blk = tp1_block_len((uint8_t)O.suite);
	uint8_t			buf[26 + 64], mac[16], iv[16] = { 0 };
	uint8_t			pt[32];

	if (keys_for(terminal, &k) == -1)
		die("no keys for that suite/keyver");
	make_header(&h, terminal, seq, 0);
	h.length = (uint16_t)(blk * 3);
	tp1_header_write(&h, buf);
	memset(pt, 0x41, sizeof(pt));	/* no 0x80 00.. tail */
	memcpy(buf + 26, iv, blk);
	if (tp1_cbc((uint8_t)O.suite, k.enc, iv, pt, blk * 2, buf + 26 + blk,
	    1) != TP1_OK)
		die("cbc failed");
	tp1_mac((uint8_t)O.suite, k.mac, buf, 26 + blk * 3, mac);
	gbuf_add(out, buf, 26 + blk * 3);
	gbuf_add(out, mac, tp1_mac_len((uint8_t)O.suite));
	tp1_keys_clear(&k);
}

static int
connect_from(const char *src)
{
	struct sockaddr_in	sa, la;
	int			fd, one = 1;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)O.port);
	if (inet_pton(AF_INET, O.host, &sa.sin_addr) != 1)
		die("bad -H (IPv4 only)");
	if ((fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) == -1)
		return -1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (src) {
		memset(&la, 0, sizeof(la));
		la.sin_family = AF_INET;
		if (inet_pton(AF_INET, src, &la.sin_addr) != 1)
			die("bad source address");
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
		/* Pick the port at connect time, per destination, so many
		 * short connections from one address do not run out. */
		setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one,
		    sizeof(one));
		if (bind(fd, (struct sockaddr *)&la, sizeof(la)) == -1) {
			close(fd);
			return -1;
		}
	}
	return fd;
}

/*
 * TP1 §4: after BUSY, INTERNAL or IN_DOUBT a terminal repeats the same
 * request; every other status is final (SERIAL_REUSED is a refusal).
 */
static int
status_final(uint16_t st)
{
	return st != TP1_ST_BUSY && st != TP1_ST_INTERNAL &&
	    st != TP1_ST_IN_DOUBT;
}

/* Describe one answer frame in buf; returns its length, 0 if incomplete,
 * -1 if it is garbage. */
static long
describe(const uint8_t *buf, size_t len, char *out, size_t n)
{
	struct tp1_header	h;
	struct tp1_keys		k;
	struct tp1_payload	p;
	size_t			flen, plen;
	uint8_t			plain[70000];
	uint32_t		ls;
	uint8_t			rep = 0;
	enum tp1_err		e;
	const char		*nm;
	int			code;

	e = tp1_header_parse(buf, len, 1 << 20, &h, &flen);
	if (e == TP1_E_NEED_MORE)
		return 0;
	if (e != TP1_OK)
		return -1;
	if (len < flen)
		return 0;
	if (h.kind == TP1_KIND_ALERT) {
		code = tp1_alert_parse(buf, flen, &h);
		nm = code >= 0 ? tp1_alert_name((uint16_t)code) : NULL;
		snprintf(out, n, "alert=%s seq=%u terminal=%s", nm ? nm : "?",
		    h.seq, h.terminal);
		return (long)flen;
	}
	if (keys_for(h.terminal, &k) == -1 ||
	    tp1_open(&k, buf, flen, 1 << 20, &h, plain, sizeof(plain),
	    &plen) != TP1_OK || tp1_payload_parse(plain, plen, &p) != TP1_OK) {
		snprintf(out, n, "undecodable");
		return (long)flen;
	}
	nm = tp1_status_name(p.status);
	snprintf(out, n, "response seq=%u func=%s status=%s", h.seq,
	    tp1_func_name(p.func) ? tp1_func_name(p.func) : "?",
	    nm ? nm : "?");
	if (tp1_item_u32(tp1_find(p.items, TP1_T_LAST_SEQ), &ls) == 0)
		snprintf(out + strlen(out), n - strlen(out), " last_seq=%u", ls);
	if (tp1_find(p.items, TP1_T_SERVER_TIME))
		snprintf(out + strlen(out), n - strlen(out), " server_time=1");
	if (tp1_item_u8(tp1_find(p.items, TP1_T_REPLAYED), &rep) == 0 && rep)
		snprintf(out + strlen(out), n - strlen(out), " replayed=1");
	if (!status_final(p.status))
		snprintf(out + strlen(out), n - strlen(out), " final=0");
	tp1_payload_free(&p);
	tp1_keys_clear(&k);
	return (long)flen;
}

/* Read answers until want of them are printed, EOF or the timeout. */
static int
read_answers(int fd, int want)
{
	static uint8_t	buf[1 << 17];
	size_t		len = 0;
	long		r;
	ssize_t		n;
	char		line[256];
	int		got = 0;
	struct pollfd	pfd = { .fd = fd, .events = POLLIN };
	int64_t		deadline = mono_ms() + O.timeout_ms;

	while (got < want) {
		while ((r = describe(buf, len, line, sizeof(line))) > 0) {
			printf("%s\n", line);
			fflush(stdout);
			memmove(buf, buf + r, len - (size_t)r);
			len -= (size_t)r;
			if (++got == want)
				return 0;
		}
		if (r < 0) {
			printf("garbage\n");
			return 1;
		}
		if (poll(&pfd, 1, (int)(deadline - mono_ms())) <= 0) {
			printf("timeout\n");
			return 1;
		}
		n = read(fd, buf + len, sizeof(buf) - len);
		if (n <= 0) {
			printf(n == 0 || errno == ECONNRESET ? "closed\n" :
			    "error\n");
			return 1;
		}
		len += (size_t)n;
	}
	return 0;
}

static int
write_all(int fd, const uint8_t *p, size_t n)
{
	ssize_t	w;

	while (n > 0) {
		if ((w = write(fd, p, n)) <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static int
single(const char *mode, int argc, char **argv)
{
	struct gbuf	f;
	int		fd, i, n = 1, rv;
	size_t		k, blk = tp1_block_len((uint8_t)O.suite);

	gbuf_init(&f);
	if ((fd = connect_from(O.src)) == -1) {
		perror("tpprobe: socket");
		return 2;
	}
	if (strcmp(mode, "noread") == 0) {
		int small = 2048;	/* before connect: the window it offers */
		setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof(small));
	}
	{
		struct sockaddr_in sa = { .sin_family = AF_INET,
		    .sin_port = htons((uint16_t)O.port) };
		inet_pton(AF_INET, O.host, &sa.sin_addr);
		if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) == -1) {
			printf("refused\n");
			return 1;
		}
	}
	if (strcmp(mode, "noread") == 0) {
		/* A terminal that sends a request and never reads its answer
		 * (a 2 KiB receive buffer): holds the connection for -T ms. */
		make_frame(&f, O.terminal, O.seq, 0);
		rv = write_all(fd, f.data, f.len) == -1;
		gbuf_free(&f);
		printf(rv ? "closed\n" : "sent\n");
		fflush(stdout);
		usleep((useconds_t)O.timeout_ms * 1000);
		close(fd);
		return rv;
	}
	if (strcmp(mode, "idle") == 0) {
		/* One KEEPALIVE request, then silence: prints the answer, then
		 * "closed" (or "timeout") and how long the server waited. */
		int64_t	t0;

		make_frame(&f, O.terminal, O.seq, 1);
		rv = write_all(fd, f.data, f.len) == -1 ? 1 : read_answers(fd, 1);
		gbuf_free(&f);
		if (rv == 0) {
			t0 = mono_ms();
			rv = read_answers(fd, 1);
			printf("idle_ms=%lld\n", (long long)(mono_ms() - t0));
		}
		close(fd);
		return rv;
	}
	if (strcmp(mode, "keepalive") == 0) {
		n = argc > 0 ? atoi(argv[0]) : 2;
		for (i = 0; i < n; i++)
			make_frame(&f, O.terminal, O.seq + (uint32_t)i, 1);
		/* One at a time: answers must come in order. */
		rv = 0;
		for (i = 0, k = 0; i < n; i++) {
			size_t fl = f.len / (size_t)n;
			if (write_all(fd, f.data + k, fl) == -1)
				break;
			k += fl;
			if ((rv = read_answers(fd, 1)) != 0)
				break;
		}
		close(fd);
		gbuf_free(&f);
		return rv;
	}
	if (strcmp(mode, "pipeline") == 0) {
		/* N KEEPALIVE requests in one write, without waiting for the
		 * answers (frontd reads ahead): N answers, in order. */
		n = argc > 0 ? atoi(argv[0]) : 2;
		for (i = 0; i < n; i++)
			make_frame(&f, O.terminal, O.seq + (uint32_t)i, 1);
		rv = write_all(fd, f.data, f.len) == -1 ? 1 :
		    read_answers(fd, n);
		close(fd);
		gbuf_free(&f);
		return rv;
	}
	if (strcmp(mode, "badpad") == 0)
		make_badpad(&f, O.terminal, O.seq);
	else if (strcmp(mode, "raw") == 0) {
		size_t	hl = argc > 0 ? strlen(argv[0]) / 2 : 0;
		gbuf_reserve(&f, hl + 1);
		if (argc < 1 || hex_decode(argv[0], f.data, hl + 1, &f.len) == -1)
			die("raw needs HEX");
	} else
		make_frame(&f, O.terminal, O.seq, 0);
	if (strcmp(mode, "badmac") == 0)
		f.data[f.len - 1] ^= 0x01;
	else if (strcmp(mode, "badmagic") == 0)
		f.data[0] = 'X';
	else if (strcmp(mode, "badversion") == 0)
		f.data[2] = 2;
	else if (strcmp(mode, "badsuite") == 0)
		f.data[3] = 9;
	else if (strcmp(mode, "badkind") == 0)
		f.data[4] = TP1_KIND_RESPONSE;
	else if (strcmp(mode, "badflags") == 0)
		f.data[5] = 0x80;
	else if (strcmp(mode, "badalign") == 0) {
		put_be16(f.data + 24, (uint16_t)(get_be16(f.data + 24) - 1));
		f.len--;
	} else if (strcmp(mode, "toolarge") == 0) {
		put_be16(f.data + 24, (uint16_t)(0xFFF0 / blk * blk));
		f.len = TP1_HDR_LEN;
	} else if (strcmp(mode, "stall") == 0)
		f.len = TP1_HDR_LEN + 3;
	if (strcmp(mode, "slow") == 0) {
		int ms = argc > 0 ? atoi(argv[0]) : 100;
		for (k = 0; k < f.len; k++) {
			if (write(fd, f.data + k, 1) != 1)
				break;
			usleep((useconds_t)ms * 1000);
			struct pollfd pfd = { .fd = fd, .events = POLLIN };
			if (poll(&pfd, 1, 0) == 1)
				break;	/* the server answered early */
		}
	} else if (write_all(fd, f.data, f.len) == -1) {
		printf("closed\n");
		return 1;
	}
	rv = read_answers(fd, 1);
	close(fd);
	gbuf_free(&f);
	return rv;
}

/* ---- many connections on libevent ---- */

struct conn {
	struct mc	*mc;
	int		 idx, fd;
	struct event	*ev;
	struct gbuf	 req;
	size_t		 woff;
	uint8_t		 in[4096];
	size_t		 ilen;
	int64_t		 t0;
	int64_t		 sched;		/* -r: scheduled start, us */
	struct event	*tm;		/* -r: waits for sched; hold: pacing */
	int		 phased;	/* hold: random start done */
	uint32_t	 seq;
	char		 terminal[17];
	char		 src[32];
	int		 done;
};

struct mc {
	struct event_base	*base;
	struct conn		*c;
	int			 n, connected, finished;
	int64_t			*lat;
	size_t			 nlat, caplat;
	long			 ok, errors;
	int			 mode;		/* 0 conns, 1 load, 2 hold */
	int64_t			 end_ms;
	char			 names[64][48];
	long			 cnt[64];
	int			 nnames;
	int			 go;
	int64_t			 interval_us;	/* -r: per terminal */
	const struct timeval	*tv_hold;	/* hold: -m, common timeout */
};

static void	conn_cb(evutil_socket_t, short, void *);
static void	conn_open(struct conn *);
static void	conn_build(struct conn *);
static void	sched_next(struct conn *);
static void	hold_later(struct conn *);
static void	hold_cb(evutil_socket_t, short, void *);
static void	conn_end(struct conn *, const char *, int);

static void
count(struct mc *m, const char *what)
{
	int	i;

	for (i = 0; i < m->nnames; i++)
		if (strcmp(m->names[i], what) == 0)
			break;
	if (i == m->nnames) {
		if (m->nnames == 64)
			return;
		snprintf(m->names[m->nnames++], sizeof(m->names[0]), "%s", what);
	}
	m->cnt[i]++;
}

static void
src_of(int idx, char *out, size_t n)
{
	int	a = idx / O.per_addr;

	snprintf(out, n, "127.%d.%d.%d", O.octet, a / 250, a % 250 + 1);
}

static void
conn_open(struct conn *c)
{
	struct sockaddr_in	sa = { .sin_family = AF_INET };
	struct mc		*m = c->mc;

	sa.sin_port = htons((uint16_t)O.port);
	inet_pton(AF_INET, O.host, &sa.sin_addr);
	c->fd = connect_from(c->src);
	if (c->fd == -1) {
		m->errors++;
		count(m, "connect_error");
		c->done = 1;
		m->finished++;
		return;
	}
	fcntl(c->fd, F_SETFL, O_NONBLOCK);
	c->t0 = O.rate > 0 ? c->sched : now_us();
	c->woff = 0;
	c->ilen = 0;
	if (connect(c->fd, (struct sockaddr *)&sa, sizeof(sa)) == -1 &&
	    errno != EINPROGRESS) {
		close(c->fd);
		c->fd = -1;
		c->fd = -1;
		m->errors++;
		count(m, "connect_error");
		c->done = 1;
		m->finished++;
		return;
	}
	c->ev = event_new(m->base, c->fd, EV_WRITE, conn_cb, c);
	event_add(c->ev, NULL);
}

static void
conn_build(struct conn *c)
{
	gbuf_reset(&c->req);
	if (O.raw && c->req.len == 0) {
		make_frame(&c->req, c->terminal, 1, 0);
		return;
	}
	make_frame(&c->req, c->terminal, c->seq++, O.keepalive ||
	    c->mc->mode == 2);
}

static void
conn_end(struct conn *c, const char *what, int ok)
{
	struct mc	*m = c->mc;

	count(m, what);
	if (ok && O.logfd != -1 && !O.raw)
		dprintf(O.logfd, "%s %u\n", c->terminal, c->seq - 1);
	if (ok) {
		m->ok++;
		if (m->nlat == m->caplat) {
			m->caplat = m->caplat ? m->caplat * 2 : 65536;
			m->lat = xrealloc(m->lat, m->caplat * sizeof(int64_t));
		}
		m->lat[m->nlat++] = now_us() - c->t0;
	} else
		m->errors++;
	if (m->mode == 1 && O.rate > 0 && mono_ms() < m->end_ms) {
		if (!(O.keepalive && ok) && c->fd != -1) {
			event_free(c->ev);
			c->ev = NULL;
			close(c->fd);
			c->fd = -1;
		} else if (c->ev) {
			event_free(c->ev);
			c->ev = NULL;
		}
		c->sched += m->interval_us;
		sched_next(c);
		return;
	}
	if (m->mode == 1 && mono_ms() < m->end_ms) {
		if (O.keepalive && ok && c->fd != -1) {
			conn_build(c);
			c->woff = 0;
			c->ilen = 0;
			c->t0 = now_us();
			event_free(c->ev);
			c->ev = NULL;
			c->ev = event_new(m->base, c->fd, EV_WRITE, conn_cb, c);
			event_add(c->ev, NULL);
			return;
		}
		if (c->fd != -1) {
			event_free(c->ev);
			c->ev = NULL;
			close(c->fd);
			c->fd = -1;
		}
		conn_build(c);
		conn_open(c);
		return;
	}
	if (c->tm)
		evtimer_del(c->tm);
	if (c->fd != -1) {
		if (c->ev)
			event_free(c->ev);
		c->ev = NULL;
		close(c->fd);
		c->fd = -1;
	}
	c->done = 1;
	if (++m->finished == m->n)
		event_base_loopbreak(m->base);
}

static void
conn_cb(evutil_socket_t fd, short what, void *arg)
{
	struct conn	*c = arg;
	struct mc	*m = c->mc;
	char		 line[256], *sp;
	ssize_t		 n;
	long		 r;
	size_t		 chunk;

	if (what & EV_WRITE) {
		if (m->mode == 0 && !m->go) {
			/* conns: everyone connects first, then all send. */
			int err = 0;
			socklen_t el = sizeof(err);
			getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &el);
			if (++m->connected == m->n)
				m->go = 1;
			event_free(c->ev);
			c->ev = NULL;
			c->ev = event_new(m->base, fd, EV_READ, conn_cb, c);
			event_add(c->ev, NULL);
			if (m->go) {
				int i;
				for (i = 0; i < m->n; i++) {
					struct conn *x = &m->c[i];
					if (x->done || x->fd == -1)
						continue;
					if (write_all(x->fd, x->req.data,
					    x->req.len) == -1) {
						event_del(x->ev);
						conn_end(x, "closed", 0);
					}
				}
			}
			return;
		}
		if (m->mode == 2 && !c->phased) {
			/* hold: the terminals did not all switch on at the
			 * same moment; without a random phase all 10,000
			 * complete a request within the same half second,
			 * every frame period, in one burst. */
			long per = (long)c->req.len * O.ms;
			long room = 13000 - per;	/* 15 s frame deadline */
			struct timeval tv;

			c->phased = 1;
			per = per < room ? per : room;
			per = per > 0 ? random() % per : 0;
			tv.tv_sec = per / 1000;
			tv.tv_usec = (per % 1000) * 1000;
			event_free(c->ev);
			c->ev = NULL;
			c->tm = evtimer_new(m->base, hold_cb, c);
			evtimer_add(c->tm, &tv);
			return;
		}
		chunk = m->mode == 2 ? 1 : c->req.len - c->woff;
		n = write(fd, c->req.data + c->woff, chunk);
		if (n < 0 && errno == EAGAIN) {
			event_add(c->ev, NULL);
			return;
		}
		if (n <= 0) {
			conn_end(c, "write_error", 0);
			return;
		}
		c->woff += (size_t)n;
		event_free(c->ev);
		c->ev = NULL;
		if (c->woff < c->req.len && m->mode == 2) {
			/* hold: the next byte from a timer, not from a write
			 * event re-registered with epoll for every byte (that
			 * made this client, not the server, the bottleneck) */
			hold_later(c);
			return;
		}
		if (c->woff < c->req.len) {
			c->ev = event_new(m->base, fd, EV_WRITE, conn_cb, c);
			event_add(c->ev, NULL);
			return;
		}
		c->ev = event_new(m->base, fd, EV_READ, conn_cb, c);
		event_add(c->ev, NULL);
		return;
	}
	n = read(fd, c->in + c->ilen, sizeof(c->in) - c->ilen);
	if (n < 0 && errno == EAGAIN) {
		event_add(c->ev, NULL);
		return;
	}
	if (O.raw) {
		if (n > 0) {
			c->ilen += (size_t)n;
			if (c->ilen == sizeof(c->in))
				c->ilen = 0;
			event_add(c->ev, NULL);
			return;
		}
		conn_end(c, c->ilen >= 200 ? "raw_ok" : "raw_short",
		    c->ilen >= 200);
		return;
	}
	if (n <= 0) {
		conn_end(c, "closed", 0);
		return;
	}
	c->ilen += (size_t)n;
	r = describe(c->in, c->ilen, line, sizeof(line));
	if (r == 0) {
		event_add(c->ev, NULL);
		return;
	}
	if (r < 0) {
		conn_end(c, "garbage", 0);
		return;
	}
	/* "response seq=N func=F status=S" -> "response_S" */
	if (strncmp(line, "response", 8) == 0 && (sp = strstr(line,
	    "status=")) != NULL) {
		char key[48];
		snprintf(key, sizeof(key), "response_%.*s",
		    (int)strcspn(sp + 7, " "), sp + 7);
		if (m->mode == 2) {	/* hold: next slow request */
			count(m, key);
			conn_build(c);
			c->woff = 0;
			c->ilen = 0;
			event_free(c->ev);
			c->ev = NULL;
			c->ev = event_new(m->base, fd, EV_WRITE, conn_cb, c);
			event_add(c->ev, NULL);
			return;
		}
		conn_end(c, key, strstr(key, "_OK") != NULL);
	} else {
		char key[48];
		snprintf(key, sizeof(key), "alert_%.*s",
		    (int)strcspn(line + 6, " "), line + 6);
		conn_end(c, key, 0);
	}
}

/* hold: write the next byte of the slow request, -m MS after the last. */
static void
hold_cb(evutil_socket_t fd, short what, void *arg)
{
	struct conn	*c = arg;
	ssize_t		 n;

	(void)fd; (void)what;
	n = write(c->fd, c->req.data + c->woff, 1);
	if (n < 0 && errno == EAGAIN) {
		hold_later(c);
		return;
	}
	if (n <= 0) {
		conn_end(c, "write_error", 0);
		return;
	}
	if (++c->woff < c->req.len) {
		hold_later(c);
		return;
	}
	c->ev = event_new(c->mc->base, c->fd, EV_READ, conn_cb, c);
	event_add(c->ev, NULL);
}

static void
hold_later(struct conn *c)
{
	struct mc	*m = c->mc;

	if (m->tv_hold == NULL) {
		struct timeval tv = { O.ms / 1000, (O.ms % 1000) * 1000 };
		m->tv_hold = event_base_init_common_timeout(m->base, &tv);
	}
	if (c->tm == NULL)
		c->tm = evtimer_new(m->base, hold_cb, c);
	evtimer_add(c->tm, m->tv_hold);
}

/* -r: the scheduled time of this terminal's next transaction came. */
static void
sched_cb(evutil_socket_t fd, short what, void *arg)
{
	struct conn	*c = arg;
	struct mc	*m = c->mc;

	(void)fd; (void)what;
	if (mono_ms() >= m->end_ms) {
		if (c->fd != -1) {
			close(c->fd);
			c->fd = -1;
		}
		c->done = 1;
		if (++m->finished == m->n)
			event_base_loopbreak(m->base);
		return;
	}
	conn_build(c);
	if (c->fd != -1) {	/* keep-alive: the held connection */
		c->woff = 0;
		c->ilen = 0;
		c->t0 = c->sched;
		c->ev = event_new(m->base, c->fd, EV_WRITE, conn_cb, c);
		event_add(c->ev, NULL);
		return;
	}
	conn_open(c);
}

static void
sched_next(struct conn *c)
{
	int64_t		d = c->sched - now_us();
	struct timeval	tv = { 0, 0 };

	if (d > 0) {
		tv.tv_sec = (time_t)(d / 1000000);
		tv.tv_usec = (suseconds_t)(d % 1000000);
	}
	if (c->tm == NULL)
		c->tm = evtimer_new(c->mc->base, sched_cb, c);
	evtimer_add(c->tm, &tv);
}

static int
lat_cmp(const void *a, const void *b)
{
	int64_t	x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

static void
run_many(int mode, int n, int first, struct mc *m)
{
	int	i;

	memset(m, 0, sizeof(*m));
	m->base = event_base_new();
	m->mode = mode;
	m->n = n;
	m->c = xcalloc((size_t)n, sizeof(struct conn));
	m->end_ms = mono_ms() + (int64_t)O.secs * 1000;
	if (mode == 1 && O.rate > 0)
		m->interval_us = (int64_t)((double)O.conc * 1e6 / O.rate);
	srandom((unsigned)(getpid() ^ now_us()));
	for (i = 0; i < n; i++) {
		struct conn *c = &m->c[i];
		c->mc = m;
		c->idx = first + i;
		c->fd = -1;
		gbuf_init(&c->req);
		term_plus(O.terminal, (O.nterm ? (first + i) % O.nterm :
		    first + i), c->terminal);
		src_of(first + i, c->src, sizeof(c->src));
		c->seq = O.seq;
		if (m->interval_us > 0) {	/* -r: spread the first starts */
			c->sched = now_us() + random() % m->interval_us;
			sched_next(c);
			continue;
		}
		conn_build(c);
		conn_open(c);
		if (mode == 2 && (i + 1) % 1000 == 0)
			usleep(50000);	/* do not flood the listen backlog */
	}
	if (mode == 2) {
		printf("held=%d\n", n);
		fflush(stdout);
	}
	if (m->finished < m->n)
		event_base_dispatch(m->base);
}

static void
mc_free(struct mc *m)
{
	int	i;

	for (i = 0; i < m->n; i++) {
		if (m->c[i].ev)
			event_free(m->c[i].ev);
		if (m->c[i].tm)
			event_free(m->c[i].tm);
		if (m->c[i].fd != -1)
			close(m->c[i].fd);
		gbuf_free(&m->c[i].req);
	}
	free(m->c);
	free(m->lat);
	event_base_free(m->base);
}

static int
many(const char *mode, int argc, char **argv)
{
	struct mc	 m;
	int		 n, w, i, pfd[2], per, *fds;
	pid_t		*kids;
	int64_t		 t0, el, *lat = NULL;
	size_t		 nlat = 0;
	long		 ok = 0, errors = 0;
	FILE		*f;

	if (strcmp(mode, "conns") == 0) {
		n = argc > 0 ? atoi(argv[0]) : 100;
		run_many(0, n, 0, &m);
		printf("sent=%d", n);
		for (i = 0; i < m.nnames; i++)
			printf(" %s=%ld", m.names[i], m.cnt[i]);
		printf("\n");
		fflush(stdout);
		mc_free(&m);
		return 0;
	}
	if (strcmp(mode, "hold") == 0) {
		n = argc > 0 ? atoi(argv[0]) : 1000;
		O.keepalive = 1;
		O.secs = 1 << 30;
		run_many(2, n, 0, &m);
		return 0;
	}
	/* load: -w processes, each with conc/w connections, each reporting
	 * on its own pipe (interleaved writes would corrupt the figures) */
	w = O.workers;
	per = O.conc / w;
	kids = xcalloc((size_t)w, sizeof(pid_t));
	fds = xcalloc((size_t)w, sizeof(int));
	t0 = mono_ms();
	for (i = 0; i < w; i++) {
		if (pipe(pfd) == -1)
			die("pipe");
		if ((kids[i] = fork()) == 0) {
			close(pfd[0]);
			run_many(1, per, i * per, &m);
			f = fdopen(pfd[1], "w");
			fprintf(f, "%ld %ld %zu\n", m.ok, m.errors, m.nlat);
			fwrite(m.lat, sizeof(int64_t), m.nlat, f);
			fclose(f);
			_exit(0);
		}
		close(pfd[1]);
		fds[i] = pfd[0];
	}
	for (i = 0; i < w; i++) {
		long a, b;
		size_t k;
		f = fdopen(fds[i], "r");
		if (fscanf(f, "%ld %ld %zu", &a, &b, &k) == 3) {
			fgetc(f);
			ok += a;
			errors += b;
			lat = xrealloc(lat, (nlat + k + 1) * sizeof(int64_t));
			if (fread(lat + nlat, sizeof(int64_t), k, f) == k)
				nlat += k;
		}
		fclose(f);
	}
	for (i = 0; i < w; i++)
		waitpid(kids[i], NULL, 0);
	el = mono_ms() - t0;
	qsort(lat, nlat, sizeof(int64_t), lat_cmp);
	printf("tx/s=%.0f p50_ms=%.2f p99_ms=%.2f ok=%ld errors=%ld\n",
	    (double)ok * 1000.0 / (double)(el ? el : 1),
	    nlat ? (double)lat[nlat / 2] / 1000.0 : 0.0,
	    nlat ? (double)lat[nlat * 99 / 100] / 1000.0 : 0.0, ok, errors);
	fflush(stdout);
	free(lat);
	free(kids);
	free(fds);
	return 0;
}

/* ---- station: a scripted TP/1 server ---- */

static int
read_full(int fd, uint8_t *p, size_t n)
{
	ssize_t	r;
	size_t	got = 0;

	while (got < n) {
		r = read(fd, p + got, n - got);
		if (r <= 0)
			return -1;
		got += (size_t)r;
	}
	return 0;
}

/* One request frame from fd into buf; its length, or -1. */
static long
station_read(int fd, uint8_t *buf, size_t cap, struct tp1_header *h)
{
	size_t	flen;

	if (read_full(fd, buf, TP1_HDR_LEN) == -1 ||
	    tp1_header_parse(buf, TP1_HDR_LEN, cap, h, &flen) != TP1_OK ||
	    h->kind != TP1_KIND_REQUEST ||
	    read_full(fd, buf + TP1_HDR_LEN, flen - TP1_HDR_LEN) == -1)
		return -1;
	return (long)flen;
}

/* The answer of status st to the request in p, sealed into out. */
static int
station_answer(const struct tp1_keys *k, const struct tp1_header *rq,
    const struct tp1_payload *p, uint16_t st, int replayed, struct gbuf *out)
{
	struct tp1_header	h = *rq;
	struct tp1_builder	tb;
	struct gbuf		pl;
	uint8_t			token[16];
	char			serial[40];
	int			rv;

	gbuf_init(&pl);
	tp1_build_start(&tb, &pl, p->func, st);
	if (p->func == TP1_FN_SIGN_ON && st == TP1_ST_OK) {
		memset(token, 0x5a, sizeof(token));
		tp1_put_bytes(&tb, TP1_T_TOKEN, token, sizeof(token));
	}
	if (p->func == TP1_FN_ARREARS_QUERY && st == TP1_ST_OK) {
		tp1_put_i64(&tb, TP1_T_TOTAL_DUE, 0);
		tp1_put_i64(&tb, TP1_T_BALANCE, 0);
	}
	if (st == TP1_ST_OK && tp1_item_str(tp1_find(p->items,
	    TP1_T_TERM_SERIAL), serial, sizeof(serial)) == 0) {
		tp1_put_str(&tb, TP1_T_RECEIPT_NO, serial);
		tp1_put_str(&tb, TP1_T_MKT_SERIAL, serial);
		if (replayed)
			tp1_put_u8(&tb, TP1_T_REPLAYED, 1);
	}
	h.kind = TP1_KIND_RESPONSE;
	h.flags = 0;
	h.time = (uint32_t)(now_us() / 1000000);
	rv = tp1_seal(k, &h, NULL, pl.data, pl.len, out) == TP1_OK ? 0 : -1;
	gbuf_free(&pl);
	return rv;
}

/* Serve one connection: one request (or more with KEEPALIVE). */
static void
station_conn(int fd, char **script, int nscript, int *next, int64_t *t0,
    char seen[][40], int *nseen)
{
	static uint8_t		buf[70000], plain[70000];
	struct tp1_header	h;
	struct tp1_keys		k;
	struct tp1_payload	p;
	struct gbuf		out;
	const char		*ans;
	char			serial[40] = "-";
	size_t			plen;
	long			n;
	int			i, replayed = 0, code;

	while ((n = station_read(fd, buf, sizeof(buf), &h)) > 0) {
		if (keyfile_terminal_keys(&KF, h.suite, h.keyver, h.tid,
		    &k) == -1 || tp1_open(&k, buf, (size_t)n, sizeof(buf), &h,
		    plain, sizeof(plain), &plen) != TP1_OK ||
		    tp1_payload_parse(plain, plen, &p) != TP1_OK) {
			printf("request undecodable\n");
			return;
		}
		if (*t0 == 0)
			*t0 = mono_ms();
		ans = "OK";
		if (p.func != TP1_FN_SIGN_ON && nscript > 0 &&
		    (!O.func_set || p.func == O.func)) {
			ans = script[*next < nscript ? *next : nscript - 1];
			(*next)++;
		}
		if (tp1_item_str(tp1_find(p.items, TP1_T_TERM_SERIAL), serial,
		    sizeof(serial)) == 0) {
			for (i = 0; i < *nseen && strcmp(seen[i], serial); i++)
				;
			replayed = i < *nseen;
			if (!replayed && *nseen < 64)
				snprintf(seen[(*nseen)++], 40, "%s", serial);
		}
		printf("request ms=%lld func=%s seq=%u term_serial=%s "
		    "answer=%s\n", (long long)(mono_ms() - *t0),
		    tp1_func_name(p.func) ? tp1_func_name(p.func) : "?", h.seq,
		    serial, ans);
		fflush(stdout);
		code = tp1_status_code(ans);
		gbuf_init(&out);
		if (strcmp(ans, "close") == 0 || code < 0 ||
		    station_answer(&k, &h, &p, (uint16_t)code, replayed &&
		    code == TP1_ST_OK, &out) == -1 ||
		    write_all(fd, out.data, out.len) == -1 ||
		    !(h.flags & TP1_FLAG_KEEPALIVE)) {
			gbuf_free(&out);
			tp1_payload_free(&p);
			tp1_keys_clear(&k);
			return;
		}
		gbuf_free(&out);
		tp1_payload_free(&p);
		tp1_keys_clear(&k);
	}
}

static int
station(int argc, char **argv)
{
	struct sockaddr_in	 sa;
	struct timeval		 tv = { 5, 0 };
	char			*script[64], *copy, *tok, *save = NULL;
	char			 seen[64][40];
	int64_t			 t0 = 0;
	int			 lfd, fd, one = 1, nscript = 0, next = 0, nseen = 0;

	if (argc < 1 || O.keyfile == NULL)
		die("station SCRIPT needs -k KEYFILE");
	copy = xstrdup(argv[0]);
	for (tok = strtok_r(copy, ",", &save); tok != NULL && nscript < 64;
	    tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, "close") != 0 && tp1_status_code(tok) < 0)
			die("station: unknown status in SCRIPT");
		script[nscript++] = tok;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)O.port);
	if (inet_pton(AF_INET, O.host, &sa.sin_addr) != 1)
		die("station: -H must be an IPv4 address");
	if ((lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) == -1 ||
	    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) == -1 ||
	    bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) == -1 ||
	    listen(lfd, 16) == -1)
		die("station: cannot listen");
	for (;;) {
		if ((fd = accept(lfd, NULL, NULL)) == -1)
			continue;
		(void)setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
		station_conn(fd, script, nscript, &next, &t0, seen, &nseen);
		close(fd);
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	char	err[256];
	int	ch;

	signal(SIGPIPE, SIG_IGN);
	while ((ch = getopt(argc, argv, "p:H:S:k:t:s:v:q:F:I:o:T:c:d:Kn:w:RP:B:m:L:r:")) != -1) {
		switch (ch) {
		case 'p': O.port = atoi(optarg); break;
		case 'H': O.host = optarg; break;
		case 'S': O.src = optarg; break;
		case 'k': O.keyfile = optarg; break;
		case 't': O.terminal = optarg; break;
		case 's': O.suite = atoi(optarg); break;
		case 'v': O.keyver = atoi(optarg); break;
		case 'q': O.seq = (uint32_t)strtoul(optarg, NULL, 10); break;
		case 'F':
			O.func_set = 1;
			O.func = (uint16_t)(tp1_func_code(optarg) >= 0 ?
			    tp1_func_code(optarg) : (int)strtol(optarg, NULL, 0));
			break;
		case 'I': O.items = optarg; break;
		case 'o': O.offset = atol(optarg); break;
		case 'T': O.timeout_ms = atoi(optarg); break;
		case 'c': O.conc = atoi(optarg); break;
		case 'd': O.secs = atoi(optarg); break;
		case 'K': O.keepalive = 1; break;
		case 'n': O.nterm = atoi(optarg); break;
		case 'w': O.workers = atoi(optarg); break;
		case 'R': O.raw = 1; break;
		case 'P': O.per_addr = atoi(optarg); break;
		case 'B': O.octet = atoi(optarg); break;
		case 'm': O.ms = atoi(optarg); break;
		case 'r': O.rate = atof(optarg); break;
		case 'L':
			O.logfd = open(optarg, O_WRONLY | O_CREAT | O_APPEND |
			    O_CLOEXEC, 0644);
			if (O.logfd == -1)
				die("cannot open the -L file");
			break;
		default: die("bad option (see the comment at the top)");
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1)
		die("no MODE");
	if (O.keyfile && keyfile_load(O.keyfile, &KF, err, sizeof(err)) == -1)
		die(err);
	if (strcmp(argv[0], "station") == 0)
		return station(argc - 1, argv + 1);
	if (strcmp(argv[0], "conns") == 0 || strcmp(argv[0], "load") == 0 ||
	    strcmp(argv[0], "hold") == 0)
		return many(argv[0], argc - 1, argv + 1);
	return single(argv[0], argc - 1, argv + 1);
}
