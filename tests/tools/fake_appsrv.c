/*
 * fake_appsrv - a stand-in for appsrv on its IPC socket, for measuring
 * frontd alone (bench/frontd): every terminal is registered and enabled
 * (suite 1 when its id starts with the -1 prefix, else 2; keyver 1; not
 * bound), and every IPC_TP_REQUEST is answered at once with the request's
 * func, status OK and server_time.  No seq check, no database.
 *
 *   fake_appsrv -s SOCKET [-1 PREFIX] [-b BYTES]
 *
 * -b pads every response with a NOTE of BYTES bytes (a large answer).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>
#include <event2/listener.h>

#include "ipc.h"
#include "tp1.h"
#include "util.h"

static const char	*tdes_prefix = "86139000003";
static size_t		 pad_bytes;
static struct event_base *base;

static void
msg_cb(struct ipc_link *l, struct ipc_msg *m, void *arg)
{
	struct gbuf		 pl, b;
	struct tp1_builder	 tb;
	const char		*term, *ip;
	const uint8_t		*plain;
	size_t			 n;
	uint64_t		 conn;
	uint32_t		 seq;
	uint8_t			 suite, keyver;
	char			 ts[15];

	(void)arg;
	gbuf_init(&pl);
	if (m->type == IPC_TERM_LOOKUP && ipc_get_str(m, &term) == 0) {
		ipc_put_str(&pl, term);
		ipc_put_u8(&pl, 1);
		ipc_put_u8(&pl, 1);
		ipc_put_u8(&pl, strncmp(term, tdes_prefix,
		    strlen(tdes_prefix)) == 0 ? 1 : 2);
		ipc_put_u8(&pl, 1);
		ipc_put_u8(&pl, 0);
		ipc_put_str(&pl, "");
		ipc_link_send(l, IPC_TERM_INFO, m->reqid, &pl);
	} else if (m->type == IPC_TP_REQUEST && ipc_get_u64(m, &conn) == 0 &&
	    ipc_get_str(m, &term) == 0 && ipc_get_u32(m, &seq) == 0 &&
	    ipc_get_u8(m, &suite) == 0 && ipc_get_u8(m, &keyver) == 0 &&
	    ipc_get_str(m, &ip) == 0 && ipc_get_bytes(m, &plain, &n) == 0 &&
	    n >= 2) {
		gbuf_init(&b);
		tp1_build_start(&tb, &b, get_be16(plain), TP1_ST_OK);
		fmt_localtime(now_us() / 1000000, ts);
		tp1_put_str(&tb, TP1_T_SERVER_TIME, ts);
		if (pad_bytes > 0) {
			uint8_t *pad = xcalloc(1, pad_bytes);
			memset(pad, 'x', pad_bytes);
			tp1_put_bytes(&tb, TP1_T_NOTE, pad, pad_bytes);
			free(pad);
		}
		ipc_put_bytes(&pl, b.data, b.len);
		ipc_link_send(l, IPC_TP_RESPONSE, m->reqid, &pl);
		gbuf_free(&b);
	} else if (m->type == IPC_METRICS) {
		/* ignore */
	}
	gbuf_free(&pl);
}

static void
close_cb(struct ipc_link *l, void *arg)
{
	(void)l; (void)arg;
}

static void
accept_cb(struct evconnlistener *el, evutil_socket_t fd, struct sockaddr *sa,
    int len, void *arg)
{
	(void)el; (void)sa; (void)len; (void)arg;
	if (ipc_link_new(base, fd, "appsrv", msg_cb, close_cb, NULL) == NULL)
		close(fd);
}

int
main(int argc, char *argv[])
{
	const char	*sock = NULL;
	int		 ch, fd;

	while ((ch = getopt(argc, argv, "s:1:b:")) != -1) {
		switch (ch) {
		case 's': sock = optarg; break;
		case '1': tdes_prefix = optarg; break;
		case 'b': pad_bytes = (size_t)strtoul(optarg, NULL, 10); break;
		default: fprintf(stderr, "usage: fake_appsrv -s SOCKET [-1 PREFIX] [-b BYTES]\n");
			return 2;
		}
	}
	if (sock == NULL || (fd = ipc_listen(sock)) == -1) {
		perror("fake_appsrv: listen");
		return 1;
	}
	base = event_base_new();
	if (evconnlistener_new(base, accept_cb, NULL, LEV_OPT_CLOSE_ON_FREE,
	    -1, fd) == NULL)
		return 1;
	event_base_dispatch(base);
	return 0;
}
