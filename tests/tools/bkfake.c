/*
 * bkfake - a stand-in for the station's bank port (BK1 §3), small enough
 * to be obviously right, so that banksim's load engine and its invariant
 * checks can be tested without the station.
 *
 *   bkfake --listen ADDR:PORT --keys F [--allow ADDR] [--settledate D]
 *          [--indoubt P] [--drop-after P] [--lie] [--seed S]
 *
 * Per connection: a sign-in (1001) first, else 8003; MAC checked (8001).
 * 2002 and 2003 are idempotent on (bank, serial): a repeat gets the first
 * answer, the same serial for another request 1004.  2003 reverses a
 * SUCCESS payment of the same bank, not yet reversed.  2006 says SUCCESS,
 * REVERSED or NOTFOUND with the amount.  --allow: connections from any
 * other address (a comma list) are closed unanswered.  Faults (percent): --indoubt does a
 * new payment and answers 9003; --drop-after does it and closes.  --lie
 * answers every repeat of a payment with another receipt (a station
 * that contradicts itself: banksim must say so).  SIGTERM prints
 * "payments N total T reversed R" (the standing ones) and exits.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/queue.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/listener.h>
#include <event2/util.h>

#include "bk1.h"
#include "keyfile.h"
#include "util.h"

struct txn {
	char	 bank[5];
	char	 serial[BK1_SERIAL_LEN + 1];
	char	 trcode[5];
	char	 custno[24];
	char	 orig[BK1_SERIAL_LEN + 1];
	long long amount;
	char	 code[5];
	char	 receipt[24];
	int	 reversed;
};

static struct keyfile	 kf;
static struct txn	*tx;
static size_t		 ntx, captx;
static char		 settledate[9] = "20261206", allow[256] = "";
static int		 indoubt, drop_after, lie;
static uint64_t		 rng = 7, nreceipt;

struct conn {
	TAILQ_ENTRY(conn)	 entry;
	struct bufferevent	*bev;
	int			 signed_in;
	uint8_t			 buf[BK1_LEN_DIGITS + BK1_MAX_LEN];
};

static TAILQ_HEAD(, conn) conns = TAILQ_HEAD_INITIALIZER(conns);

static int
roll(int pct)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return (int)((z ^ (z >> 31)) % 100) < pct;
}

static struct txn *
find(const char *bank, const char *serial)
{
	size_t	i;

	for (i = 0; i < ntx; i++)
		if (strcmp(tx[i].bank, bank) == 0 &&
		    strcmp(tx[i].serial, serial) == 0)
			return &tx[i];
	return NULL;
}

static void
conn_free(struct conn *c)
{
	TAILQ_REMOVE(&conns, c, entry);
	bufferevent_free(c->bev);
	free(c);
}

static void
answer(struct conn *c, const struct bk1_frame *f, const struct keyset *ks,
    const char *code, const char *const *kv)
{
	struct bk1_hdr	h = f->hdr;
	struct bk1_out	o;
	uint8_t		out[4096];
	char		ts[15];
	size_t		len;

	h.kind = 'A';
	fmt_localtime(time(NULL), ts);
	memcpy(h.txdate, ts, 8);
	memcpy(h.txtime, ts + 8, 6);
	snprintf(h.rspcode, sizeof(h.rspcode), "%s", code);
	bk1_begin(&o, out, sizeof(out), &h);
	for (; kv != NULL && kv[0] != NULL; kv += 2)
		bk1_put(&o, kv[0], kv[1]);
	if (bk1_end(&o, ks->suite, ks->mk_mac, &len) != BK1_E_OK)
		abort();
	bufferevent_write(c->bev, out, len);
}

/* 2002/2003: returns 1 if the connection is to be closed after it. */
static int
money(struct conn *c, struct bk1_frame *f, const struct keyset *ks)
{
	struct txn	 t, *old, *p;
	char		 amount[24] = "", receipt[24];
	const char	*kv[7];
	int		 fresh_code_indoubt = 0;

	memset(&t, 0, sizeof(t));
	memcpy(t.bank, f->hdr.bankno, 5);
	memcpy(t.serial, f->hdr.serial, sizeof(t.serial));
	memcpy(t.trcode, f->hdr.trcode, 5);
	if (strcmp(t.trcode, "2002") == 0) {
		if (bk1_get(f, "custno", t.custno, sizeof(t.custno)) == -1 ||
		    bk1_get(f, "amount", amount, sizeof(amount)) == -1 ||
		    atoll(amount) <= 0) {
			answer(c, f, ks, BK1_FORMAT_ERROR, NULL);
			return 0;
		}
		t.amount = atoll(amount);
	} else if (bk1_get(f, "origserial", t.orig, sizeof(t.orig)) == -1) {
		answer(c, f, ks, BK1_FORMAT_ERROR, NULL);
		return 0;
	}
	if ((old = find(t.bank, t.serial)) != NULL) {
		if (strcmp(old->trcode, t.trcode) != 0 ||
		    (t.trcode[3] == '2' && strcmp(old->custno, t.custno) != 0) ||
		    strcmp(old->orig, t.orig) != 0 ||
		    (t.trcode[3] == '2' && old->amount != t.amount)) {
			answer(c, f, ks, BK1_SERIAL_REUSED, NULL);
			return 0;
		}
		snprintf(receipt, sizeof(receipt), "%s%s", old->receipt,
		    lie && t.trcode[3] == '2' ? "X" : "");
		kv[0] = "receipt";
		kv[1] = receipt;
		kv[2] = "mkserial";
		kv[3] = receipt;
		kv[4] = NULL;
		answer(c, f, ks, old->code, strcmp(old->code, "0000") == 0 ?
		    kv : NULL);
		return 0;
	}
	memcpy(t.code, "0000", 5);
	if (t.trcode[3] == '3') {
		p = find(t.bank, t.orig);
		if (p == NULL || strcmp(p->trcode, "2002") != 0 ||
		    strcmp(p->code, "0000") != 0)
			memcpy(t.code, BK1_ORIG_NOT_FOUND, 5);
		else if (p->reversed)
			memcpy(t.code, BK1_NO_REVERSAL, 5);
		else {
			p->reversed = 1;
			t.amount = p->amount;
			memcpy(t.custno, p->custno, sizeof(t.custno));
		}
	}
	if (strcmp(t.code, "0000") == 0)
		snprintf(t.receipt, sizeof(t.receipt), "R%08llu",
		    (unsigned long long)++nreceipt);
	if (ntx == captx) {
		captx = captx ? captx * 2 : 1024;
		tx = realloc(tx, captx * sizeof(*tx));
		if (tx == NULL)
			abort();
	}
	tx[ntx++] = t;
	if (drop_after > 0 && roll(drop_after))
		return 1;
	if (t.trcode[3] == '2' && indoubt > 0 && roll(indoubt))
		fresh_code_indoubt = 1;
	kv[0] = "receipt";
	kv[1] = t.receipt;
	kv[2] = "mkserial";
	kv[3] = t.receipt;
	kv[4] = NULL;
	if (fresh_code_indoubt)
		answer(c, f, ks, BK1_IN_DOUBT, NULL);
	else
		answer(c, f, ks, t.code, strcmp(t.code, "0000") == 0 ? kv :
		    NULL);
	return 0;
}

static void
read_cb(struct bufferevent *bev, void *arg)
{
	struct conn		*c = arg;
	struct evbuffer		*in = bufferevent_get_input(bev);
	struct bk1_frame	 f;
	const struct keyset	*ks;
	struct txn		*t;
	char			 v[64], amount[24];
	const char		*kv[9];
	size_t			 flen, need, have;
	enum bk1_err		 e;

	for (;;) {
		have = evbuffer_get_length(in);
		if (have > sizeof(c->buf))
			have = sizeof(c->buf);
		evbuffer_copyout(in, c->buf, have);
		e = bk1_split(c->buf, have, &f, &flen, &need);
		if (e == BK1_E_MORE)
			return;
		if (e != BK1_E_OK) {
			conn_free(c);
			return;
		}
		evbuffer_drain(in, flen);
		ks = keyfile_bank_find(&kf, (uint16_t)atoi(f.hdr.bankno),
		    f.hdr.keyver);
		if (ks == NULL) {
			conn_free(c);
			return;
		}
		if (bk1_open(&f, ks->suite, ks->mk_mac) != BK1_E_OK) {
			answer(c, &f, ks, BK1_MAC_ERROR, NULL);
			continue;
		}
		if (strcmp(f.hdr.trcode, "1001") == 0) {
			c->signed_in = 1;
			kv[0] = "settledate";
			kv[1] = settledate;
			kv[2] = NULL;
			answer(c, &f, ks, BK1_OK, kv);
			continue;
		}
		if (!c->signed_in) {
			answer(c, &f, ks, BK1_NOT_REGISTERED, NULL);
			continue;
		}
		if (strcmp(f.hdr.trcode, "8001") == 0)
			answer(c, &f, ks, BK1_OK, NULL);
		else if (strcmp(f.hdr.trcode, "2001") == 0) {
			bk1_get(&f, "custno", v, sizeof(v));
			kv[0] = "name";
			kv[1] = "test";
			kv[2] = "totaldue";
			kv[3] = "1000";
			kv[4] = NULL;
			answer(c, &f, ks, BK1_OK, kv);
		} else if (strcmp(f.hdr.trcode, "2002") == 0 ||
		    strcmp(f.hdr.trcode, "2003") == 0) {
			if (money(c, &f, ks)) {
				conn_free(c);
				return;
			}
		} else if (strcmp(f.hdr.trcode, "2006") == 0) {
			bk1_get(&f, "origserial", v, sizeof(v));
			t = find(f.hdr.bankno, v);
			if (t == NULL || strcmp(t->code, "0000") != 0) {
				kv[0] = "status";
				kv[1] = "NOTFOUND";
				kv[2] = NULL;
			} else {
				snprintf(amount, sizeof(amount), "%lld",
				    t->amount);
				kv[0] = "status";
				kv[1] = t->reversed ? "REVERSED" : "SUCCESS";
				kv[2] = "amount";
				kv[3] = amount;
				kv[4] = NULL;
			}
			answer(c, &f, ks, BK1_OK, kv);
		} else
			answer(c, &f, ks, BK1_FORMAT_ERROR, NULL);
	}
}

static void
event_cb(struct bufferevent *bev, short what, void *arg)
{
	(void)bev;
	(void)what;
	conn_free(arg);
}

static void
accept_cb(struct evconnlistener *lis, evutil_socket_t fd,
    struct sockaddr *sa, int salen, void *arg)
{
	struct conn		*c;
	char			 a[64] = "", pat[80], list[300];

	(void)lis;
	(void)salen;
	if (sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((struct sockaddr_in *)sa)->sin_addr, a,
		    sizeof(a));
	snprintf(pat, sizeof(pat), ",%s,", a);
	snprintf(list, sizeof(list), ",%s,", allow);
	if (allow[0] != '\0' && strstr(list, pat) == NULL) {
		evutil_closesocket(fd);
		return;
	}
	c = calloc(1, sizeof(*c));
	if (c == NULL)
		abort();
	c->bev = bufferevent_socket_new(arg, fd, BEV_OPT_CLOSE_ON_FREE);
	TAILQ_INSERT_TAIL(&conns, c, entry);
	bufferevent_setcb(c->bev, read_cb, NULL, event_cb, c);
	bufferevent_enable(c->bev, EV_READ | EV_WRITE);
}

static void
term_cb(evutil_socket_t sig, short what, void *arg)
{
	(void)sig;
	(void)what;
	event_base_loopbreak(arg);
}

int
main(int argc, char **argv)
{
	struct event_base	*base;
	struct evconnlistener	*lis;
	struct event		*ev;
	struct sockaddr_storage	 ss;
	const char		*listen = NULL, *keys = NULL;
	char			 err[256];
	long long		 total = 0;
	size_t			 i, n = 0, rev = 0;
	int			 a, sl = sizeof(ss);

	for (a = 1; a + 1 < argc; a += 2) {
		if (strcmp(argv[a], "--listen") == 0)
			listen = argv[a + 1];
		else if (strcmp(argv[a], "--keys") == 0)
			keys = argv[a + 1];
		else if (strcmp(argv[a], "--allow") == 0)
			snprintf(allow, sizeof(allow), "%s", argv[a + 1]);
		else if (strcmp(argv[a], "--settledate") == 0)
			snprintf(settledate, sizeof(settledate), "%s",
			    argv[a + 1]);
		else if (strcmp(argv[a], "--indoubt") == 0)
			indoubt = atoi(argv[a + 1]);
		else if (strcmp(argv[a], "--drop-after") == 0)
			drop_after = atoi(argv[a + 1]);
		else if (strcmp(argv[a], "--seed") == 0)
			rng = strtoull(argv[a + 1], NULL, 10);
		else if (strcmp(argv[a], "--lie") == 0) {
			lie = 1;
			a--;
		} else
			break;
	}
	if (a < argc && strcmp(argv[a], "--lie") == 0)
		lie = 1;
	if (listen == NULL || keys == NULL) {
		fprintf(stderr, "usage: bkfake --listen ADDR:PORT --keys F "
		    "[--allow ADDR] [--settledate D] [--indoubt P] "
		    "[--drop-after P] [--seed S] [--lie]\n");
		return 2;
	}
	if (keyfile_load_kind(keys, KEYFILE_BANK, &kf, err, sizeof(err)) == -1) {
		fprintf(stderr, "bkfake: %s\n", err);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	base = event_base_new();
	memset(&ss, 0, sizeof(ss));
	if (evutil_parse_sockaddr_port(listen, (struct sockaddr *)&ss,
	    &sl) == -1)
		return 2;
	lis = evconnlistener_new_bind(base, accept_cb, base,
	    LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE, 64,
	    (struct sockaddr *)&ss, sl);
	if (lis == NULL) {
		perror("bkfake: listen");
		return 2;
	}
	ev = evsignal_new(base, SIGTERM, term_cb, base);
	evsignal_add(ev, NULL);
	event_base_dispatch(base);
	for (i = 0; i < ntx; i++) {
		if (strcmp(tx[i].trcode, "2002") != 0 ||
		    strcmp(tx[i].code, "0000") != 0)
			continue;
		if (tx[i].reversed)
			rev++;
		else {
			n++;
			total += tx[i].amount;
		}
	}
	printf("payments %zu total %lld reversed %zu\n", n, total, rev);
	while (!TAILQ_EMPTY(&conns))
		conn_free(TAILQ_FIRST(&conns));
	evconnlistener_free(lis);
	event_free(ev);
	event_base_free(base);
	keyfile_free(&kf);
	free(tx);
	return 0;
}
