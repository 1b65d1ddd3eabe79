/*
 * call.c - `banksim call`: one BK/1 request on a fresh connection, its
 * answer printed as one line "rspcode=CODE name=value ..." (the header's
 * code, then the body's fields, then mac=ok or mac=BAD).  For tests and by
 * hand, against the station's bank port or a debit-server.
 *
 *   banksim call --server HOST:PORT --bank B --keys F [--keyver N]
 *       [--serial S] [--source ADDR] [--badmac] [--timeout MS]
 *       [--signin BRANCH] TRCODE [name=value]...
 *
 * --signin sends a 1001 first on the same connection (the station wants
 * one).  Exit: 0 answered, 2 usage, 3 closed without an answer, 4 no
 * answer before the timeout.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/util.h>

#include "banksim.h"
#include "log.h"
#include "util.h"

struct call_ctx {
	struct event_base	*base;
	struct bufferevent	*bev;
	const struct keyset	*ks;
	struct bs_wire		 in;
	int			 want;	/* answers still awaited */
	int			 rc;
	int			 quiet;	/* the sign-in's answer */
};

static void
call_read_cb(struct bufferevent *bev, void *arg)
{
	struct call_ctx		*cc = arg;
	struct bk1_frame	 f;
	char			 v[1024];
	size_t			 i;
	enum bk1_err		 e;

	while (cc->want > 0) {
		switch (bs_wire_read(bev, &cc->in, &f)) {
		case BS_IN_MORE:
			return;
		case BS_IN_BAD:
			printf("unreadable answer\n");
			cc->rc = 3;
			event_base_loopbreak(cc->base);
			return;
		case BS_IN_FRAME:
			break;
		}
		cc->want--;
		e = bk1_open(&f, cc->ks->suite, cc->ks->mk_mac);
		if (cc->quiet && cc->want > 0) {
			if (strcmp(f.hdr.rspcode, BK1_OK) != 0) {
				printf("signin rspcode=%s\n", f.hdr.rspcode);
				cc->rc = 0;
				cc->want = 0;
				event_base_loopbreak(cc->base);
				return;
			}
			continue;
		}
		printf("rspcode=%s trcode=%s serial=%s", f.hdr.rspcode,
		    f.hdr.trcode, f.hdr.serial);
		for (i = 0; e == BK1_E_OK && i < f.nf; i++) {
			snprintf(v, sizeof(v), "%.*s", (int)f.f[i].value_len,
			    f.f[i].value);
			printf(" %.*s=%s", (int)f.f[i].name_len, f.f[i].name, v);
		}
		printf(" mac=%s\n", e == BK1_E_OK ? "ok" : "BAD");
		cc->rc = 0;
		event_base_loopbreak(cc->base);
		return;
	}
}

static void
call_event_cb(struct bufferevent *bev, short what, void *arg)
{
	struct call_ctx	*cc = arg;

	(void)bev;
	if (what & BEV_EVENT_CONNECTED)
		return;
	if (what & BEV_EVENT_TIMEOUT) {
		printf("timeout\n");
		cc->rc = 4;
	} else {
		printf("closed\n");
		cc->rc = 3;
	}
	event_base_loopbreak(cc->base);
}

static int
call_usage(void)
{
	fprintf(stderr, "usage: banksim call --server HOST:PORT --bank B "
	    "--keys F [--keyver N] [--serial S]\n\t[--source ADDR] [--badmac] "
	    "[--timeout MS] [--signin BRANCH] TRCODE [name=value]...\n");
	return 2;
}

/* A socket bound to source (may be NULL), connecting to ss. */
int
bs_connect_from(struct event_base *base, struct bufferevent **bevp,
    const struct sockaddr *sa, int salen, const char *source)
{
	struct sockaddr_in	src;
	struct bufferevent	*bev;
	int			fd;

	if ((fd = socket(sa->sa_family, SOCK_STREAM | SOCK_NONBLOCK |
	    SOCK_CLOEXEC, 0)) == -1)
		return -1;
	if (source != NULL && source[0] != '\0') {
		memset(&src, 0, sizeof(src));
		src.sin_family = AF_INET;
		if (inet_pton(AF_INET, source, &src.sin_addr) != 1 ||
		    bind(fd, (struct sockaddr *)&src, sizeof(src)) == -1) {
			close(fd);
			return -1;
		}
	}
	bev = bufferevent_socket_new(base, fd, BEV_OPT_CLOSE_ON_FREE);
	if (bev == NULL) {
		close(fd);
		return -1;
	}
	if (bufferevent_socket_connect(bev, sa, salen) == -1) {
		bufferevent_free(bev);
		return -1;
	}
	*bevp = bev;
	return 0;
}

int
bs_cmd_call(int argc, char **argv)
{
	struct call_ctx		 cc;
	struct bs_keys		 keys;
	struct sockaddr_storage	 ss;
	struct bk1_hdr		 h;
	struct bk1_out		 o;
	struct timeval		 tv;
	uint8_t			 buf[4096], req[BS_FRAME_MAX];
	const char		*server = NULL, *keyf = NULL, *source = NULL,
				*signin = NULL, *trcode = NULL, *o_, *v;
	char			 bank[5] = "", serial[BK1_SERIAL_LEN + 1] = "",
				 ser2[BK1_SERIAL_LEN + 8], name[64], *eq;
	long			 keyver = 0, tmo = 5000;
	size_t			 len;
	int			 i, badmac = 0, sslen = sizeof(ss);

	memset(&cc, 0, sizeof(cc));
	for (i = 1; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		o_ = argv[i];
		if (strcmp(o_, "--badmac") == 0) {
			badmac = 1;
			continue;
		}
		if (i + 1 >= argc)
			return call_usage();
		v = argv[++i];
		if (strcmp(o_, "--server") == 0)
			server = v;
		else if (strcmp(o_, "--bank") == 0 && strlen(v) == 4)
			memcpy(bank, v, 5);
		else if (strcmp(o_, "--keys") == 0)
			keyf = v;
		else if (strcmp(o_, "--keyver") == 0 &&
		    bs_num(v, 0, 99, &keyver) == 0)
			;
		else if (strcmp(o_, "--serial") == 0 &&
		    strlen(v) <= BK1_SERIAL_LEN)
			snprintf(serial, sizeof(serial), "%s", v);
		else if (strcmp(o_, "--source") == 0)
			source = v;
		else if (strcmp(o_, "--signin") == 0)
			signin = v;
		else if (strcmp(o_, "--timeout") == 0 &&
		    bs_num(v, 1, 600000, &tmo) == 0)
			;
		else
			return call_usage();
	}
	if (i >= argc || server == NULL || keyf == NULL || bank[0] == '\0')
		return call_usage();
	trcode = argv[i++];
	if (serial[0] == '\0')
		snprintf(serial, sizeof(serial), "C%ld%06ld", (long)time(NULL),
		    (long)(getpid() % 1000000));
	memset(&ss, 0, sizeof(ss));
	if (evutil_parse_sockaddr_port(server, (struct sockaddr *)&ss,
	    &sslen) == -1)
		return call_usage();
	if (bs_keys_load(&keys, keyf) == -1)
		return 2;
	/* The bank's own key; a bank number we hold no key for (a test of
	 * 8003) is signed with the first key of the file. */
	cc.ks = bs_key(&keys, bank, (uint8_t)keyver);
	if (cc.ks == NULL && keyver == 0 && keys.kf.nsets > 0)
		cc.ks = &keys.kf.sets[0];
	if (cc.ks == NULL) {
		/* An unknown key version (a test of 8004): any key of ours. */
		cc.ks = bs_key(&keys, bank, 0);
		if (cc.ks == NULL) {
			fprintf(stderr, "banksim: no key for bank %s\n", bank);
			bs_keys_free(&keys);
			return 2;
		}
	}
	bs_request_hdr(bank, trcode, (uint8_t)keyver, serial, &h);
	h.keyver = keyver ? (uint8_t)keyver : cc.ks->keyver;
	bk1_begin(&o, req, sizeof(req), &h);
	for (; i < argc; i++) {
		if ((eq = strchr(argv[i], '=')) == NULL ||
		    (size_t)(eq - argv[i]) >= sizeof(name))
			goto usage;
		snprintf(name, sizeof(name), "%.*s", (int)(eq - argv[i]),
		    argv[i]);
		if (bk1_put(&o, name, eq + 1) == -1)
			goto usage;
	}
	if (bk1_end(&o, cc.ks->suite, cc.ks->mk_mac, &len) != BK1_E_OK)
		goto usage;
	if (badmac)
		bs_spoil_mac(req, len);
	cc.base = event_base_new();
	if (bs_connect_from(cc.base, &cc.bev, (struct sockaddr *)&ss, sslen,
	    source) == -1) {
		fprintf(stderr, "banksim: connect %s: %s\n", server,
		    strerror(errno));
		event_base_free(cc.base);
		bs_keys_free(&keys);
		return 3;
	}
	if (signin != NULL) {
		snprintf(ser2, sizeof(ser2), "%.18sS", serial);
		bs_request_hdr(bank, "1001", (uint8_t)keyver, ser2, &h);
		h.keyver = (uint8_t)keyver ? (uint8_t)keyver : cc.ks->keyver;
		bk1_begin(&o, buf, sizeof(buf), &h);
		bk1_put(&o, "branch", signin);
		if (bs_send(cc.bev, &o, cc.ks) == -1)
			fatalx("sign-in frame does not build");
		cc.want++;
		cc.quiet = 1;
	}
	bufferevent_write(cc.bev, req, len);
	cc.want++;
	cc.rc = 4;
	tv.tv_sec = tmo / 1000;
	tv.tv_usec = (tmo % 1000) * 1000;
	bufferevent_set_timeouts(cc.bev, &tv, NULL);
	bufferevent_setcb(cc.bev, call_read_cb, NULL, call_event_cb, &cc);
	bufferevent_enable(cc.bev, EV_READ | EV_WRITE);
	event_base_dispatch(cc.base);
	fflush(stdout);
	bufferevent_free(cc.bev);
	event_base_free(cc.base);
	bs_keys_free(&keys);
	return cc.rc;
usage:
	bs_keys_free(&keys);
	return call_usage();
}
