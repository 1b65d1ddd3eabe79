/*
 * bkprobe - a BK/1 bank client for the integration tests (docs/BK1.md).
 *
 *   bkprobe -p PORT -k BANK_KEY_FILE -b BANKNO [options] [REQUEST...]
 *   -H HOST (127.0.0.1)  -S SRC (local address to bind, e.g. 127.0.0.5)
 *   -v KEYVER (1)  -s SUITE (1)  -B BRANCH (B001, of the sign-in)
 *   -n   no sign-in first   -T TIMEOUT_MS (10000)
 *   -I   after the requests, stay silent until the station closes; print
 *        "closed_after_ms=N"
 *
 * A REQUEST is comma-separated: the trcode first, then name=value fields
 * of the body, a bare word as the serial (else a fresh one), and
 * modifiers starting with '@':
 *   @badmac  @keyver=N  @bank=NNNN  @kind=A  @rsp=NNNN  @badlen
 *   @badhdr (a header that is not one)  @nomac  @sleep=MS (before sending)
 *   @raw=TEXT (send TEXT as the body as it is)
 * e.g. 2002,S1,custno=C1,amount=100,channel=C,branch=B001,teller=T1
 *
 * One line per answer: "rspcode=NNNN trcode=NNNN serial=S mac=ok|zero|bad
 * name=value ..." (the fields in their order), "closed" (EOF without an
 * answer) or "timeout".  The sign-in's answer is printed too.
 */
#include <sys/socket.h>
#include <sys/time.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bk1.h"
#include "keyfile.h"
#include "util.h"

static const char	*host = "127.0.0.1", *src, *bankno, *branch = "B001";
static int		 port, timeout_ms = 10000, keyver = 1, suite = 1;
static struct keyfile	 kf;
static unsigned		 nserial;

static int
dial(void)
{
	struct sockaddr_in	a, s;
	int			fd;

	if ((fd = socket(AF_INET, SOCK_STREAM, 0)) == -1)
		return -1;
	if (src != NULL) {
		memset(&s, 0, sizeof(s));
		s.sin_family = AF_INET;
		if (inet_pton(AF_INET, src, &s.sin_addr) != 1 ||
		    bind(fd, (struct sockaddr *)&s, sizeof(s)) == -1) {
			close(fd);
			return -1;
		}
	}
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((uint16_t)port);
	if (inet_pton(AF_INET, host, &a.sin_addr) != 1 ||
	    connect(fd, (struct sockaddr *)&a, sizeof(a)) == -1) {
		close(fd);
		return -1;
	}
	return fd;
}

static int
send_all(int fd, const uint8_t *p, size_t n)
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

/* Read exactly n bytes within the deadline: 1, 0 on EOF, -1 on timeout. */
static int
read_n(int fd, uint8_t *p, size_t n, int64_t deadline)
{
	struct pollfd	pf = { fd, POLLIN, 0 };
	ssize_t		r;
	int64_t		left;

	while (n > 0) {
		left = deadline - mono_ms();
		if (left <= 0 || poll(&pf, 1, (int)left) <= 0)
			return -1;
		if ((r = read(fd, p, n)) <= 0)	/* EOF or reset: closed */
			return 0;
		p += r;
		n -= (size_t)r;
	}
	return 1;
}

/* Read one answer and print it; 0, or -1 when the connection ended. */
static int
answer(int fd)
{
	static uint8_t		 buf[BK1_LEN_DIGITS + BK1_MAX_LEN];
	struct bk1_frame	 f;
	const struct keyset	*ks;
	size_t			 flen, need, i, ml;
	int64_t			 dl = mono_ms() + timeout_ms;
	int			 r, zero;
	const char		*mac;

	if ((r = read_n(fd, buf, BK1_LEN_DIGITS + BK1_HDR_LEN, dl)) != 1) {
		printf("%s\n", r == 0 ? "closed" : "timeout");
		return -1;
	}
	if (bk1_split(buf, BK1_LEN_DIGITS + BK1_HDR_LEN, &f, &flen, &need) !=
	    BK1_E_MORE || need < BK1_LEN_DIGITS + BK1_HDR_LEN) {
		printf("malformed\n");
		return -1;
	}
	if ((r = read_n(fd, buf + BK1_LEN_DIGITS + BK1_HDR_LEN,
	    need - BK1_LEN_DIGITS - BK1_HDR_LEN, dl)) != 1) {
		printf("%s\n", r == 0 ? "closed" : "timeout");
		return -1;
	}
	if (bk1_split(buf, need, &f, &flen, &need) != BK1_E_OK) {
		printf("malformed\n");
		return -1;
	}
	ml = bk1_mac_hex_len((uint8_t)suite);
	mac = (const char *)buf + flen - ml;
	zero = 1;
	for (i = 0; i < ml; i++)
		if (mac[i] != '0')
			zero = 0;
	ks = keyfile_bank_find(&kf, (uint16_t)atoi(f.hdr.bankno), f.hdr.keyver);
	if (zero) {
		/* Only the body's fields: the MAC is not one. */
		f.body = (const char *)f.rest;
		f.body_len = f.rest_len - ml;
		printf("rspcode=%s trcode=%s serial=%s kind=%c mac=zero",
		    f.hdr.rspcode, f.hdr.trcode, f.hdr.serial, f.hdr.kind);
		printf(" body=%.*s\n", (int)f.body_len, f.body);
		return 0;
	}
	r = ks ? bk1_open(&f, (uint8_t)suite, ks->mk_mac) : BK1_E_MAC;
	printf("rspcode=%s trcode=%s serial=%s kind=%c mac=%s",
	    f.hdr.rspcode, f.hdr.trcode, f.hdr.serial, f.hdr.kind,
	    r == BK1_E_OK ? "ok" : "bad");
	if (r == BK1_E_OK)
		for (i = 0; i < f.nf; i++)
			printf(" %.*s=%.*s", (int)f.f[i].name_len, f.f[i].name,
			    (int)f.f[i].value_len, f.f[i].value);
	printf("\n");
	return 0;
}

/* Build and send one request from its comma-separated text. */
static int
request(int fd, const char *text)
{
	static uint8_t		 out[BK1_LEN_DIGITS + BK1_MAX_LEN];
	struct bk1_hdr		 h;
	struct bk1_out		 o;
	const struct keyset	*ks;
	char			*copy = xstrdup(text), *p, *tok, *save = NULL;
	char			*raw = NULL, *eq;
	int			 badmac = 0, badlen = 0, badhdr = 0, nomac = 0;
	int			 kv = keyver, sleep_ms = 0, first = 1;
	const char		*bk = bankno;
	size_t			 len;
	time_t			 now = time(NULL);
	struct tm		 tm;
	char			 l[8];

	memset(&h, 0, sizeof(h));
	h.kind = 'Q';
	snprintf(h.rspcode, sizeof(h.rspcode), "0000");
	snprintf(h.serial, sizeof(h.serial), "P%u%03u", (unsigned)getpid(),
	    ++nserial);
	localtime_r(&now, &tm);
	strftime(h.txdate, sizeof(h.txdate), "%Y%m%d", &tm);
	strftime(h.txtime, sizeof(h.txtime), "%H%M%S", &tm);
	/* the fields after the header's: collected first */
	char fields[BK1_MAX_FIELDS][2][256];
	int  nf = 0;

	for (p = copy; (tok = strtok_r(p, ",", &save)) != NULL; p = NULL) {
		if (first) {
			snprintf(h.trcode, sizeof(h.trcode), "%s", tok);
			first = 0;
		} else if (strcmp(tok, "@badmac") == 0)
			badmac = 1;
		else if (strcmp(tok, "@badlen") == 0)
			badlen = 1;
		else if (strcmp(tok, "@badhdr") == 0)
			badhdr = 1;
		else if (strcmp(tok, "@nomac") == 0)
			nomac = 1;
		else if (strncmp(tok, "@keyver=", 8) == 0)
			kv = atoi(tok + 8);
		else if (strncmp(tok, "@bank=", 6) == 0)
			bk = tok + 6;
		else if (strncmp(tok, "@kind=", 6) == 0)
			h.kind = tok[6];
		else if (strncmp(tok, "@rsp=", 5) == 0)
			snprintf(h.rspcode, sizeof(h.rspcode), "%s", tok + 5);
		else if (strncmp(tok, "@sleep=", 7) == 0)
			sleep_ms = atoi(tok + 7);
		else if (strncmp(tok, "@raw=", 5) == 0)
			raw = tok + 5;
		else if ((eq = strchr(tok, '=')) != NULL && nf < BK1_MAX_FIELDS) {
			*eq = '\0';
			snprintf(fields[nf][0], 256, "%s", tok);
			snprintf(fields[nf][1], 256, "%s", eq + 1);
			nf++;
		} else
			snprintf(h.serial, sizeof(h.serial), "%s", tok);
	}
	snprintf(h.bankno, sizeof(h.bankno), "%s", bk);
	h.keyver = (uint8_t)kv;
	bk1_begin(&o, out, sizeof(out), &h);
	if (raw != NULL) {
		memcpy(out + o.len, raw, strlen(raw));
		o.len += strlen(raw);
		o.nfields = 1;
	} else
		for (int i = 0; i < nf; i++)
			bk1_put(&o, fields[i][0], fields[i][1]);
	ks = keyfile_bank_find(&kf, (uint16_t)atoi(bk), (uint8_t)kv);
	if (ks == NULL)
		ks = keyfile_bank_find(&kf, (uint16_t)atoi(bankno),
		    (uint8_t)keyver);
	if (ks == NULL || bk1_end(&o, (uint8_t)suite, ks->mk_mac, &len) !=
	    BK1_E_OK) {
		fprintf(stderr, "bkprobe: cannot build %s\n", text);
		free(copy);
		return -1;
	}
	if (badmac)
		out[len - 1] = out[len - 1] == 'A' ? 'B' : 'A';
	if (nomac) {
		len -= bk1_mac_hex_len((uint8_t)suite);
		snprintf(l, sizeof(l), "%06zu", len - BK1_LEN_DIGITS);
		memcpy(out, l, BK1_LEN_DIGITS);
	}
	if (badhdr)
		memcpy(out + BK1_LEN_DIGITS, "XX", 2);
	if (badlen)
		memcpy(out, "12X456", BK1_LEN_DIGITS);
	free(copy);
	if (sleep_ms > 0)
		usleep((useconds_t)sleep_ms * 1000);
	return send_all(fd, out, len);
}

int
main(int argc, char **argv)
{
	const char	*keys = NULL;
	char		 err[256], signin[128];
	int		 ch, fd, i, nosign = 0, idle = 0;
	int64_t		 t0;

	while ((ch = getopt(argc, argv, "p:H:S:k:b:v:s:B:nT:I")) != -1) {
		switch (ch) {
		case 'p': port = atoi(optarg); break;
		case 'H': host = optarg; break;
		case 'S': src = optarg; break;
		case 'k': keys = optarg; break;
		case 'b': bankno = optarg; break;
		case 'v': keyver = atoi(optarg); break;
		case 's': suite = atoi(optarg); break;
		case 'B': branch = optarg; break;
		case 'n': nosign = 1; break;
		case 'T': timeout_ms = atoi(optarg); break;
		case 'I': idle = 1; break;
		default: goto usage;
		}
	}
	argc -= optind;
	argv += optind;
	if (port == 0 || keys == NULL || bankno == NULL)
		goto usage;
	signal(SIGPIPE, SIG_IGN);
	if (keyfile_load_kind(keys, KEYFILE_BANK, &kf, err, sizeof(err)) == -1) {
		fprintf(stderr, "bkprobe: %s\n", err);
		return 2;
	}
	if ((fd = dial()) == -1) {
		printf("connect_failed errno=%d\n", errno);
		return 1;
	}
	if (!nosign) {
		snprintf(signin, sizeof(signin), "1001,branch=%s", branch);
		if (request(fd, signin) == -1 || answer(fd) == -1)
			return 1;
	}
	for (i = 0; i < argc; i++) {
		if (request(fd, argv[i]) == -1) {
			printf("closed\n");	/* the station closed first */
			return 1;
		}
		if (answer(fd) == -1)
			return 1;
	}
	if (idle) {
		uint8_t	b;
		t0 = mono_ms();
		while (read(fd, &b, 1) > 0)
			;
		printf("closed_after_ms=%lld\n", (long long)(mono_ms() - t0));
	}
	close(fd);
	keyfile_free(&kf);
	return 0;
usage:
	fprintf(stderr, "usage: bkprobe -p PORT -k BANK_KEYS -b BANKNO [-H HOST] "
	    "[-S SRC] [-v KEYVER] [-s SUITE] [-B BRANCH] [-n] [-T MS] [-I] "
	    "[REQUEST...]\n");
	return 2;
}
