/*
 * moneysim - the collectors of the money fault simulation
 * (tests/integration/t_money_sim.sh, bench/soak/run.sh).
 *
 *   moneysim run   -p PORT -k KEYFILE -T TERMINALS -c CUSTOMERS -l LOG
 *                  -s SEED -d SECONDS [-t TIMEOUT_MS] [-g GRACE_S]
 *   moneysim final -p PORT -k KEYFILE -T TERMINALS -l LOG [-t TIMEOUT_MS]
 *
 * TERMINALS is termsim's file ("id suite keyver ip enc mac operator pin
 * role", keys "- -": derived from KEYFILE); every line is one collector.
 * CUSTOMERS is `mktsim customers` output (custno|...).
 *
 * run: one process per terminal, each with its own random stream drawn from
 * SEED (printed), sends PAYMENTs and PREPAYs, REVERSALs of its own earlier
 * successful payments, repeats of finished term_serials, the same new
 * payment on two connections at once, and now and then a different request
 * under a used term_serial (which must be refused SERIAL_REUSED).  Each
 * request is retried as TP1 §4 says: the same term_serial after no answer,
 * a closed connection, an alert, BUSY, INTERNAL or IN_DOUBT (with backoff),
 * a new one only after a final answer.  After the SECONDS of new work a
 * request still without a final answer is retried for GRACE_S more.
 *
 *   moneysim proxy -L PORT -U PORT [-s SEED] [-e PCT]
 *
 * proxy: an MI/1 relay between ifsvc (-L, where it connects) and the
 * marketing system (-U) that, while on, turns PCT % (default 50) of the
 * 0000 answers to money-moving requests (1002-1005) into 9999: the
 * "9999 after posting" of MI1 §5, which mktsim cannot inject (its 9999
 * comes before processing).  SIGUSR1 turns it on, SIGUSR2 off; it starts
 * off.  Each rewrite is printed ("9999 after posting: ...") on stderr.
 *
 * final: reads LOG, repeats every term_serial in it once more (phase
 * "final", retried like above, all within GRACE_S), then signs each
 * operator off and prints "signoff TERMINAL COUNT AMOUNT".
 *
 * LOG gets one line per attempt, tab-separated (appended with one write,
 * so the processes can share it):
 *   phase terminal term_serial func customer amount orig status receipt
 *   mkt_serial replayed attempt t_send_ms t_recv_ms
 * status is the TP/1 status name, or NOANSWER (timeout), CLOSED (EOF or
 * refused connection), ALERT_<name>.  phase: run, conc (one of the two
 * concurrent copies), repeat (a later repeat of a finished one), reuse
 * (the SERIAL_REUSED probe: its content differs on purpose), final.
 */
#include <sys/socket.h>
#include <sys/wait.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "keyfile.h"
#include "mi1.h"
#include "tp1.h"
#include "util.h"

#define MAX_TERMS	32
#define MAX_CUSTS	4096
#define MAX_DONE	4096

struct term {
	char		 id[17];
	uint8_t		 suite, keyver;
	char		 op[16], pin[16];
	struct tp1_keys	 keys;
	uint32_t	 seq;
	uint8_t		 token[16];
	int		 signed_on;
	uint64_t	 rng;
	int		 idx;
};

struct req {
	char		 ts[33];
	uint16_t	 func;
	char		 cust[24];
	int64_t		 amount;
	char		 orig[33];
};

enum ans_kind { A_RESPONSE, A_ALERT, A_NOANSWER, A_CLOSED };

struct ans {
	enum ans_kind	 kind;
	uint16_t	 status;
	uint16_t	 alert;
	char		 receipt[40], mkt[40];
	int		 replayed;
	uint32_t	 last_seq, count;
	int64_t		 amount;
	uint8_t		 token[16];
	int		 has_token;
};

/* What a terminal remembers of its finished requests. */
struct done {
	struct req	 r;
	int		 ok;		/* final answer OK */
	int		 reversed;	/* a reversal of it was tried */
};

static struct {
	const char	*keyfile, *tfile, *cfile, *logpath;
	int		 port, timeout_ms, secs, grace;
	uint64_t	 seed;
} O = { .timeout_ms = 5000, .secs = 20, .grace = 90 };

static struct term	 TERMS[MAX_TERMS];
static int		 NTERMS;
static char		 CUSTS[MAX_CUSTS][24];
static int		 NCUSTS;
static int		 LOGFD = -1;

static void
die(const char *msg)
{
	fprintf(stderr, "moneysim: %s\n", msg);
	exit(2);
}

static uint64_t
rng_next(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static int
rng_below(struct term *t, int n)
{
	return n <= 0 ? 0 : (int)(rng_next(&t->rng) % (uint64_t)n);
}

static void
sleep_ms(int ms)
{
	struct timespec	ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
}

static int64_t
wall_ms(void)
{
	return now_us() / 1000;
}

/* ---- files ---- */

static void
load_terminals(void)
{
	struct keyfile	 kf;
	FILE		*fp;
	char		 line[512], err[256], *f[9], *save, *p;
	uint8_t		 tid[8];
	int		 n;

	memset(&kf, 0, sizeof(kf));
	if (keyfile_load(O.keyfile, &kf, err, sizeof(err)) == -1)
		die(err);
	if ((fp = fopen(O.tfile, "r")) == NULL)
		die("cannot open the terminals file");
	while (fgets(line, sizeof(line), fp) != NULL) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		n = 0;
		save = NULL;
		for (p = strtok_r(line, " \t\r\n", &save); p != NULL && n < 9;
		    p = strtok_r(NULL, " \t\r\n", &save))
			f[n++] = p;
		if (n != 9 || NTERMS == MAX_TERMS)
			die("terminals file: 9 fields a line, 32 lines at most");
		struct term *t = &TERMS[NTERMS];
		memset(t, 0, sizeof(*t));
		snprintf(t->id, sizeof(t->id), "%s", f[0]);
		t->suite = (uint8_t)atoi(f[1]);
		t->keyver = (uint8_t)atoi(f[2]);
		snprintf(t->op, sizeof(t->op), "%s", f[6]);
		snprintf(t->pin, sizeof(t->pin), "%s", f[7]);
		if (tp1_tid_pack(t->id, tid) == -1 ||
		    keyfile_terminal_keys(&kf, t->suite, t->keyver, tid,
		    &t->keys) == -1)
			die("terminals file: bad id, or suite/keyver not in key file");
		t->idx = NTERMS++;
	}
	fclose(fp);
	keyfile_free(&kf);
	if (NTERMS == 0)
		die("no terminals");
}

static void
load_customers(void)
{
	FILE	*fp;
	char	 line[512];
	size_t	 n;

	if ((fp = fopen(O.cfile, "r")) == NULL)
		die("cannot open the customers file");
	while (fgets(line, sizeof(line), fp) != NULL && NCUSTS < MAX_CUSTS) {
		n = strcspn(line, "|\n");
		if (n == 0 || n >= sizeof(CUSTS[0]))
			continue;
		memcpy(CUSTS[NCUSTS], line, n);
		CUSTS[NCUSTS++][n] = '\0';
	}
	fclose(fp);
	if (NCUSTS == 0)
		die("no customers");
}

/* One line, one write(2) on an O_APPEND descriptor: lines of several
 * processes never interleave. */
static void
log_attempt(const char *phase, const struct term *t, const struct req *r,
    const struct ans *a, int attempt, int64_t t0, int64_t t1)
{
	char		 line[512], st[48];
	const char	*nm;
	int		 n;

	switch (a->kind) {
	case A_RESPONSE:
		nm = tp1_status_name(a->status);
		if (nm != NULL)
			snprintf(st, sizeof(st), "%s", nm);
		else
			snprintf(st, sizeof(st), "0x%04X", a->status);
		break;
	case A_ALERT:
		nm = tp1_alert_name(a->alert);
		snprintf(st, sizeof(st), "ALERT_%s", nm ? nm : "UNKNOWN");
		break;
	case A_NOANSWER:
		snprintf(st, sizeof(st), "NOANSWER");
		break;
	default:
		snprintf(st, sizeof(st), "CLOSED");
		break;
	}
	n = snprintf(line, sizeof(line),
	    "%s\t%s\t%s\t%s\t%s\t%" PRId64 "\t%s\t%s\t%s\t%s\t%d\t%d\t%"
	    PRId64 "\t%" PRId64 "\n", phase, t->id, r->ts,
	    tp1_func_name(r->func), r->cust, r->amount, r->orig, st,
	    a->receipt, a->mkt, a->replayed, attempt, t0, t1);
	if (n > 0 && (size_t)n < sizeof(line) &&
	    write(LOGFD, line, (size_t)n) != n)
		die("cannot write the log");
}

/* ---- TP/1 on the wire ---- */

static int
conn_open(void)
{
	struct sockaddr_in	sa;
	int			fd, one = 1;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)O.port);
	inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
	if ((fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) == -1)
		return -1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) == -1) {
		close(fd);
		return -1;
	}
	return fd;
}

static void
seal(struct term *t, const struct gbuf *plain, struct gbuf *out)
{
	struct tp1_header	h;

	memset(&h, 0, sizeof(h));
	h.version = TP1_VERSION;
	h.suite = t->suite;
	h.kind = TP1_KIND_REQUEST;
	(void)tp1_tid_pack(t->id, h.tid);
	snprintf(h.terminal, sizeof(h.terminal), "%s", t->id);
	h.seq = ++t->seq;
	h.time = (uint32_t)(now_us() / 1000000);
	h.keyver = t->keyver;
	if (tp1_seal(&t->keys, &h, NULL, plain->data, plain->len, out) !=
	    TP1_OK)
		die("seal failed");
}

/* The request frame of a money-moving request (or SIGN_ON / SIGN_OFF
 * when r is NULL and func says so). */
static void
make_frame(struct term *t, uint16_t func, const struct req *r,
    struct gbuf *out)
{
	struct tp1_builder	b;
	struct gbuf		p;

	gbuf_init(&p);
	tp1_build_start(&b, &p, func, 0);
	if (func == TP1_FN_SIGN_ON) {
		tp1_put_str(&b, TP1_T_OPERATOR_ID, t->op);
		tp1_put_str(&b, TP1_T_PIN, t->pin);
		tp1_put_str(&b, TP1_T_APP_VERSION, "moneysim");
	} else {
		tp1_put_bytes(&b, TP1_T_TOKEN, t->token, sizeof(t->token));
	}
	if (r != NULL) {
		tp1_put_str(&b, TP1_T_TERM_SERIAL, r->ts);
		if (func == TP1_FN_REVERSAL) {
			tp1_put_str(&b, TP1_T_ORIG_TERM_SERIAL, r->orig);
			tp1_put_str(&b, TP1_T_REASON, "moneysim");
		} else {
			tp1_put_str(&b, TP1_T_CUSTOMER_NO, r->cust);
			tp1_put_i64(&b, TP1_T_AMOUNT, r->amount);
			if (func == TP1_FN_PAYMENT)
				tp1_put_u8(&b, TP1_T_PAY_MODE, 1);
		}
	}
	seal(t, &p, out);
	gbuf_free(&p);
}

static int
write_all(int fd, const uint8_t *p, size_t n)
{
	ssize_t	w;

	while (n > 0) {
		if ((w = send(fd, p, n, MSG_NOSIGNAL)) <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Decode one whole answer frame into a. */
static void
decode(struct term *t, const uint8_t *buf, size_t flen, struct ans *a)
{
	struct tp1_header	 h;
	struct tp1_payload	 p;
	const struct tp1_item	*it;
	static uint8_t		 plain[70000];
	size_t			 plen;
	uint8_t			 u8 = 0;
	int			 code;

	if (buf[4] == TP1_KIND_ALERT) {
		code = tp1_alert_parse(buf, flen, &h);
		a->kind = A_ALERT;
		a->alert = code >= 0 ? (uint16_t)code : 0;
		return;
	}
	if (tp1_open(&t->keys, buf, flen, 1 << 20, &h, plain, sizeof(plain),
	    &plen) != TP1_OK || tp1_payload_parse(plain, plen, &p) != TP1_OK) {
		/* An answer we cannot trust is no answer. */
		a->kind = A_CLOSED;
		return;
	}
	a->kind = A_RESPONSE;
	a->status = p.status;
	(void)tp1_item_str(tp1_find(p.items, TP1_T_RECEIPT_NO), a->receipt,
	    sizeof(a->receipt));
	(void)tp1_item_str(tp1_find(p.items, TP1_T_MKT_SERIAL), a->mkt,
	    sizeof(a->mkt));
	if (tp1_item_u8(tp1_find(p.items, TP1_T_REPLAYED), &u8) == 0)
		a->replayed = u8;
	(void)tp1_item_u32(tp1_find(p.items, TP1_T_LAST_SEQ), &a->last_seq);
	(void)tp1_item_u32(tp1_find(p.items, TP1_T_COUNT), &a->count);
	(void)tp1_item_i64(tp1_find(p.items, TP1_T_AMOUNT), &a->amount);
	it = tp1_find(p.items, TP1_T_TOKEN);
	if (it != NULL && it->len == sizeof(a->token)) {
		memcpy(a->token, it->val, sizeof(a->token));
		a->has_token = 1;
	}
	tp1_payload_free(&p);
}

/*
 * Read one answer on each of the n connections (fd -1: already failed,
 * CLOSED), all within the timeout.
 */
static void
read_answers(struct term *t, const int *fds, struct ans *as, int n)
{
	static uint8_t		 bufs[2][1 << 16];
	size_t			 lens[2] = { 0, 0 }, flen;
	struct pollfd		 pfd[2];
	struct tp1_header	 h;
	int64_t			 deadline = mono_ms() + O.timeout_ms;
	int			 left = 0, i, np, rem;
	int			 done[2] = { 1, 1 };
	ssize_t			 r;
	enum tp1_err		 e;

	for (i = 0; i < n; i++) {
		memset(&as[i], 0, sizeof(as[i]));
		as[i].kind = A_CLOSED;
		if (fds[i] != -1) {
			done[i] = 0;
			left++;
		}
	}
	while (left > 0) {
		rem = (int)(deadline - mono_ms());
		np = 0;
		for (i = 0; i < n; i++)
			if (!done[i]) {
				pfd[np].fd = fds[i];
				pfd[np].events = POLLIN;
				pfd[np++].revents = 0;
			}
		if (rem <= 0 || poll(pfd, (nfds_t)np, rem) <= 0) {
			for (i = 0; i < n; i++)
				if (!done[i])
					as[i].kind = A_NOANSWER;
			return;
		}
		for (i = 0; i < n; i++) {
			if (done[i])
				continue;
			r = recv(fds[i], bufs[i] + lens[i],
			    sizeof(bufs[i]) - lens[i], MSG_DONTWAIT);
			if (r == -1 && (errno == EAGAIN || errno == EINTR))
				continue;
			if (r <= 0) {
				done[i] = 1;
				left--;
				continue;
			}
			lens[i] += (size_t)r;
			e = tp1_header_parse(bufs[i], lens[i], 1 << 16, &h,
			    &flen);
			if (e == TP1_E_NEED_MORE ||
			    (e == TP1_OK && lens[i] < flen))
				continue;
			if (e == TP1_OK)
				decode(t, bufs[i], flen, &as[i]);
			done[i] = 1;
			left--;
		}
	}
}

/* One request on one or two fresh short connections at once. */
static void
exchange(struct term *t, uint16_t func, const struct req *r, struct ans *as,
    int n)
{
	struct gbuf	f;
	int		fds[2] = { -1, -1 }, i;

	for (i = 0; i < n; i++) {
		gbuf_init(&f);
		make_frame(t, func, r, &f);
		if ((fds[i] = conn_open()) != -1 &&
		    write_all(fds[i], f.data, f.len) == -1) {
			close(fds[i]);
			fds[i] = -1;
		}
		gbuf_free(&f);
	}
	read_answers(t, fds, as, n);
	for (i = 0; i < n; i++)
		if (fds[i] != -1)
			close(fds[i]);
}

/* ---- the collector ---- */

/* A final answer (TP1 §4): OK or a status that says nothing was done. */
static int
is_final(const struct ans *a)
{
	if (a->kind != A_RESPONSE)
		return 0;
	switch (a->status) {
	case TP1_ST_BUSY:
	case TP1_ST_IN_DOUBT:
	case TP1_ST_INTERNAL:
	case TP1_ST_SEQ_REPLAY:
	case TP1_ST_NOT_SIGNED_ON:
	case TP1_ST_TIME_SKEW:
		return 0;
	default:
		return 1;
	}
}

/* What every attempt must handle whatever it asked: our seq behind the
 * station's, a lost session. */
static void
after_answer(struct term *t, const struct ans *a)
{
	if (a->kind != A_RESPONSE)
		return;
	if (a->status == TP1_ST_SEQ_REPLAY && a->last_seq >= t->seq)
		t->seq = a->last_seq;
	if (a->status == TP1_ST_NOT_SIGNED_ON)
		t->signed_on = 0;
}

static int
backoff_ms(struct term *t, int attempt)
{
	int	ms = 100 << (attempt < 5 ? attempt : 5);

	if (ms > 2000)
		ms = 2000;
	return ms / 2 + rng_below(t, ms / 2 + 1);
}

static int
sign_on(struct term *t, int64_t until)
{
	struct ans	a;
	int		attempt = 0;

	while (mono_ms() < until) {
		exchange(t, TP1_FN_SIGN_ON, NULL, &a, 1);
		after_answer(t, &a);
		if (a.kind == A_RESPONSE && a.status == TP1_ST_OK &&
		    a.has_token) {
			memcpy(t->token, a.token, sizeof(t->token));
			t->signed_on = 1;
			return 0;
		}
		sleep_ms(backoff_ms(t, attempt++));
	}
	return -1;
}

/*
 * Send r until a final answer or until the bound; n = 2 sends the first
 * attempt on two connections at once.  Returns the final answer's status
 * (-1: none came).
 */
static int
transact(struct term *t, const char *phase, const struct req *r, int n,
    int64_t until)
{
	struct ans	as[2];
	int		attempt = 0, i, final = -1;
	int64_t		t0;

	while (final == -1 && mono_ms() < until) {
		if (!t->signed_on && sign_on(t, until) == -1)
			break;
		t0 = wall_ms();
		exchange(t, r->func, r, as, n);
		for (i = 0; i < n; i++) {
			log_attempt(phase, t, r, &as[i], attempt, t0,
			    wall_ms());
			after_answer(t, &as[i]);
			if (is_final(&as[i]) && final == -1)
				final = as[i].status;
		}
		n = 1;
		if (final == -1)
			sleep_ms(backoff_ms(t, attempt));
		attempt++;
	}
	return final;
}

static void
new_req(struct term *t, struct req *r, int *serial)
{
	memset(r, 0, sizeof(*r));
	snprintf(r->ts, sizeof(r->ts), "MS%" PRIu64 "T%02dN%05d",
	    O.seed % 1000000, t->idx, ++*serial);
}

static void
collector(struct term *t)
{
	static struct done	 dn[MAX_DONE];
	struct req		 r;
	struct done		*d;
	int			 nd = 0, serial = 0, roll, st, i, k;
	int64_t			 end = mono_ms() + (int64_t)O.secs * 1000;
	int64_t			 until = end + (int64_t)O.grace * 1000;
	const char		*phase;

	while (mono_ms() < end && nd < MAX_DONE) {
		roll = rng_below(t, 100);
		phase = "run";
		k = -1;
		if (roll < 18 && nd > 0) {
			/* A reversal of one of our own earlier payments;
			 * now and then one already reversed (refused). */
			k = rng_below(t, nd);
			for (i = 0; i < nd && !(dn[k].ok && !dn[k].reversed &&
			    dn[k].r.func != TP1_FN_REVERSAL); i++)
				k = (k + 1) % nd;
			if (i == nd && rng_below(t, 4) != 0)
				k = -1;
			if (k != -1 && dn[k].r.func == TP1_FN_REVERSAL)
				k = -1;
		}
		if (k != -1) {
			new_req(t, &r, &serial);
			r.func = TP1_FN_REVERSAL;
			snprintf(r.orig, sizeof(r.orig), "%s", dn[k].r.ts);
			snprintf(r.cust, sizeof(r.cust), "%s", dn[k].r.cust);
			r.amount = dn[k].r.amount;
			dn[k].reversed = 1;
		} else if (roll >= 18 && roll < 26 && nd > 0) {
			/* A repeat of a finished request. */
			(void)transact(t, "repeat", &dn[rng_below(t, nd)].r, 1,
			    until);
			continue;
		} else if (roll >= 26 && roll < 28 && nd > 0) {
			/* A different request under a used term_serial. */
			r = dn[rng_below(t, nd)].r;
			r.func = TP1_FN_PREPAY;
			r.orig[0] = '\0';
			r.amount += 1 + rng_below(t, 99);
			(void)transact(t, "reuse", &r, 1, until);
			continue;
		} else {
			new_req(t, &r, &serial);
			r.func = rng_below(t, 10) < 7 ? TP1_FN_PAYMENT :
			    TP1_FN_PREPAY;
			snprintf(r.cust, sizeof(r.cust), "%s",
			    CUSTS[rng_below(t, NCUSTS)]);
			r.amount = 100 + rng_below(t, 4901);
			if (roll >= 28 && roll < 38)
				phase = "conc";
		}
		st = transact(t, phase, &r, strcmp(phase, "conc") == 0 ? 2 : 1,
		    until);
		d = &dn[nd++];
		d->r = r;
		d->ok = st == TP1_ST_OK;
		d->reversed = 0;
		sleep_ms(rng_below(t, 150));
	}
}

/* ---- final: repeat everything once more, then sign off ---- */

static int
parse_log_line(char *line, char *term, struct req *r)
{
	char	*f[14], *p = line;
	int	 n = 0, fc;

	while (n < 14) {
		f[n++] = p;
		if ((p = strchr(p, '\t')) == NULL)
			break;
		*p++ = '\0';
	}
	if (n < 7 || strcmp(f[0], "reuse") == 0 || strcmp(f[0], "final") == 0)
		return -1;
	if ((fc = tp1_func_code(f[3])) == -1)
		return -1;
	snprintf(term, 17, "%s", f[1]);
	memset(r, 0, sizeof(*r));
	snprintf(r->ts, sizeof(r->ts), "%s", f[2]);
	r->func = (uint16_t)fc;
	snprintf(r->cust, sizeof(r->cust), "%s", f[4]);
	r->amount = strtoll(f[5], NULL, 10);
	snprintf(r->orig, sizeof(r->orig), "%s", f[6]);
	return 0;
}

static void
final_one(struct term *t)
{
	static struct req	 rs[MAX_DONE * 2];
	struct req		 r;
	struct ans		 a;
	FILE			*fp;
	char			 line[1024], term[17];
	int			 nr = 0, i, j;
	int64_t			 until;

	if ((fp = fopen(O.logpath, "r")) == NULL)
		die("cannot read the log");
	while (fgets(line, sizeof(line), fp) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (parse_log_line(line, term, &r) == -1 ||
		    strcmp(term, t->id) != 0)
			continue;
		for (j = 0; j < nr && strcmp(rs[j].ts, r.ts) != 0; j++)
			;
		if (j == nr && nr < MAX_DONE * 2)
			rs[nr++] = r;
	}
	fclose(fp);
	/* One bound for the whole repeat: a station that does not answer
	 * any more must not hold the test for GRACE_S per term_serial. */
	until = mono_ms() + (int64_t)O.grace * 1000;
	for (i = 0; i < nr; i++)
		(void)transact(t, "final", &rs[i], 1, until);
	/* SIGN_OFF: the operator's net collection today on this terminal. */
	for (i = 0; i < 20; i++) {
		if (!t->signed_on && sign_on(t, mono_ms() + 30000) == -1)
			break;
		exchange(t, TP1_FN_SIGN_OFF, NULL, &a, 1);
		after_answer(t, &a);
		if (a.kind == A_RESPONSE && a.status == TP1_ST_OK) {
			printf("signoff %s %u %" PRId64 "\n", t->id, a.count,
			    a.amount);
			fflush(stdout);
			return;
		}
		sleep_ms(backoff_ms(t, i));
	}
	printf("signoff %s failed\n", t->id);
	fflush(stdout);
}

/* ---- proxy: 9999 after posting ---- */

#define PX_MAX		64
#define PX_BUF		(1 << 16)
/* One answer may be as long as MI/1 allows: a 9001 page of 1,000 lines is
 * over 64 KiB, and a relay that gave up on it made the station's
 * reconciliation fail (seed 500103, a busy day). */
#define PX_MSG_MAX	(8 + MI1_MAX_BODY)

struct px_side {
	int		 fd;
	uint8_t		*buf;		/* upstream -> client: one message */
	size_t		 len;
	size_t		 cap;
};

struct px_pair {
	struct px_side	 c, u;	/* client (ifsvc), upstream (mktsim) */
};

static volatile sig_atomic_t	px_on;

static void
px_sig_cb(int sig)
{
	px_on = sig == SIGUSR1;
}

static int
px_listen(int port)
{
	struct sockaddr_in	sa;
	int			fd, one = 1;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
	if ((fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) == -1)
		die("socket");
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) == -1 ||
	    listen(fd, 64) == -1)
		die("proxy: cannot listen");
	return fd;
}

static void
px_close(struct px_pair *p)
{
	if (p->c.fd != -1)
		close(p->c.fd);
	if (p->u.fd != -1)
		close(p->u.fd);
	free(p->u.buf);
	memset(p, 0, sizeof(*p));
	p->c.fd = p->u.fd = -1;
}

/* A whole answer of the marketing system: rewrite 0000 to 9999 (same
 * length, so the length prefix stands) when it answers a money-moving
 * request and the dice say so. */
static void
px_answer(uint8_t *msg, size_t len, uint64_t *rng, int pct)
{
	static const char	*codes[] = { "<trcode>1002<", "<trcode>1003<",
	    "<trcode>1004<", "<trcode>1005<" };
	char			*body, *rc, *ser;
	size_t			 i;

	if (!px_on || len <= 8)
		return;
	body = (char *)msg + 8;
	for (i = 0; i < 4; i++)
		if (memmem(body, len - 8, codes[i], strlen(codes[i])) != NULL)
			break;
	if (i == 4 || (rc = memmem(body, len - 8, "<rspcode>0000<", 14)) ==
	    NULL || (int)(rng_next(rng) % 100) >= pct)
		return;
	memcpy(rc + 9, "9999", 4);
	ser = memmem(body, len - 8, "<serial>", 8);
	fprintf(stderr, "moneysim: 9999 after posting: %.*s %.40s\n", 12,
	    codes[i] + 1, ser != NULL ? ser : "");
}

/* Bytes from the marketing system: pass them on a message at a time. */
static int
px_from_upstream(struct px_pair *p, uint64_t *rng, int pct)
{
	ssize_t	n;
	size_t	need;
	char	hdr[9];

	if (p->u.len == p->u.cap) {
		if (p->u.cap >= PX_MSG_MAX)
			return -1;	/* over MI/1's limit: give up the link */
		p->u.cap *= 2;
		p->u.buf = xrealloc(p->u.buf, p->u.cap);
	}
	n = recv(p->u.fd, p->u.buf + p->u.len, p->u.cap - p->u.len, 0);
	if (n <= 0)
		return -1;
	p->u.len += (size_t)n;
	for (;;) {
		if (p->u.len < 8)
			return 0;
		memcpy(hdr, p->u.buf, 8);
		hdr[8] = '\0';
		need = 8 + (size_t)strtoul(hdr, NULL, 10);
		if (need > PX_MSG_MAX)
			return -1;	/* over MI/1's limit: give up the link */
		if (p->u.len < need)
			return 0;
		px_answer(p->u.buf, need, rng, pct);
		if (write_all(p->c.fd, p->u.buf, need) == -1)
			return -1;
		memmove(p->u.buf, p->u.buf + need, p->u.len - need);
		p->u.len -= need;
	}
}

static void
proxy(int lport, int uport, int pct)
{
	static struct px_pair	 px[PX_MAX];
	struct pollfd		 pfd[1 + 2 * PX_MAX];
	struct px_pair		*p;
	uint64_t		 rng = O.seed;
	int			 lfd, i, n, fd, save = O.port;
	uint8_t			 buf[PX_BUF];
	ssize_t			 r;

	signal(SIGUSR1, px_sig_cb);
	signal(SIGUSR2, px_sig_cb);
	lfd = px_listen(lport);
	for (i = 0; i < PX_MAX; i++) {
		px[i].c.fd = px[i].u.fd = -1;
	}
	for (;;) {
		n = 0;
		pfd[n].fd = lfd;
		pfd[n++].events = POLLIN;
		for (i = 0; i < PX_MAX; i++) {
			pfd[n].fd = px[i].c.fd;
			pfd[n++].events = POLLIN;
			pfd[n].fd = px[i].u.fd;
			pfd[n++].events = POLLIN;
		}
		if (poll(pfd, (nfds_t)n, -1) == -1) {
			if (errno == EINTR)
				continue;
			die("poll");
		}
		if (pfd[0].revents & POLLIN) {
			fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
			for (i = 0; fd != -1 && i < PX_MAX && px[i].c.fd != -1; i++)
				;
			if (fd != -1 && i == PX_MAX) {
				close(fd);
			} else if (fd != -1) {
				p = &px[i];
				p->c.fd = fd;
				O.port = uport;
				p->u.fd = conn_open();
				O.port = save;
				p->u.buf = xcalloc(1, PX_BUF);
				p->u.cap = PX_BUF;
				if (p->u.fd == -1)
					px_close(p);	/* the marketing system is down */
			}
		}
		for (i = 0; i < PX_MAX; i++) {
			p = &px[i];
			if (p->c.fd != -1 && (pfd[1 + 2 * i].revents &
			    (POLLIN | POLLHUP | POLLERR))) {
				r = recv(p->c.fd, buf, sizeof(buf), 0);
				if (r <= 0 || write_all(p->u.fd, buf,
				    (size_t)r) == -1) {
					px_close(p);
					continue;
				}
			}
			if (p->u.fd != -1 && (pfd[2 + 2 * i].revents &
			    (POLLIN | POLLHUP | POLLERR)) &&
			    px_from_upstream(p, &rng, pct) == -1)
				px_close(p);
		}
	}
}

/* ---- main ---- */

static void
usage(void)
{
	fprintf(stderr, "usage: moneysim run|final -p PORT -k KEYFILE "
	    "-T TERMINALS -l LOG [-c CUSTOMERS -s SEED -d SECONDS] "
	    "[-t TIMEOUT_MS] [-g GRACE_S]\n"
	    "       moneysim proxy -L PORT -U PORT [-s SEED] [-e PCT]\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	const char	*mode;
	pid_t		 pids[MAX_TERMS];
	int		 ch, i, status, rv = 0, is_run;
	int		 lport = 0, uport = 0, pct = 50;

	while ((ch = getopt(argc, argv, "p:k:T:c:l:s:d:t:g:L:U:e:")) != -1) {
		switch (ch) {
		case 'L': lport = atoi(optarg); break;
		case 'U': uport = atoi(optarg); break;
		case 'e': pct = atoi(optarg); break;
		case 'p': O.port = atoi(optarg); break;
		case 'k': O.keyfile = optarg; break;
		case 'T': O.tfile = optarg; break;
		case 'c': O.cfile = optarg; break;
		case 'l': O.logpath = optarg; break;
		case 's': O.seed = strtoull(optarg, NULL, 10); break;
		case 'd': O.secs = atoi(optarg); break;
		case 't': O.timeout_ms = atoi(optarg); break;
		case 'g': O.grace = atoi(optarg); break;
		default: usage();
		}
	}
	if (optind == argc - 1 && strcmp(argv[optind], "proxy") == 0) {
		if (lport <= 0 || uport <= 0)
			usage();
		signal(SIGPIPE, SIG_IGN);
		proxy(lport, uport, pct);
		return 0;
	}
	if (optind != argc - 1 || O.port <= 0 || !O.keyfile || !O.tfile ||
	    !O.logpath)
		usage();
	mode = argv[optind];
	is_run = strcmp(mode, "run") == 0;
	if (!is_run && strcmp(mode, "final") != 0)
		usage();
	load_terminals();
	if (is_run) {
		if (O.cfile == NULL)
			usage();
		load_customers();
		printf("moneysim: seed=%" PRIu64 " terminals=%d customers=%d "
		    "seconds=%d\n", O.seed, NTERMS, NCUSTS, O.secs);
		fflush(stdout);
	}
	if ((LOGFD = open(O.logpath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
	    0644)) == -1)
		die("cannot open the log");
	signal(SIGPIPE, SIG_IGN);
	for (i = 0; i < NTERMS; i++) {
		struct term *t = &TERMS[i];
		/* Each terminal its own stream; seq from the clock, so that a
		 * rerun starts above what the station has seen. */
		t->rng = O.seed * 1000003ULL + (uint64_t)i * 0x2545F4914F6CDD1DULL;
		t->seq = (uint32_t)(now_us() / 1000000 - 1700000000) * 16;
		if ((pids[i] = fork()) == -1)
			die("fork");
		if (pids[i] == 0) {
			if (is_run)
				collector(t);
			else
				final_one(t);
			_exit(0);
		}
	}
	for (i = 0; i < NTERMS; i++) {
		if (waitpid(pids[i], &status, 0) == -1 ||
		    !WIFEXITED(status) || WEXITSTATUS(status) != 0)
			rv = 1;
	}
	close(LOGFD);
	return rv;
}
