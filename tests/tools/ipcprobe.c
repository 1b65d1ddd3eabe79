/*
 * ipcprobe - drive appsrv over its IPC socket as frontd would, for tests.
 *
 *   ipcprobe req SOCK TERMINAL SEQ JSON [COPIES [GAP_MS]]
 *	Send IPC_TP_REQUEST(s) whose plaintext is JSON's "func", "items"
 *	(tp1_json form); COPIES > 1 sends that many on one link with seq SEQ,
 *	SEQ+1, ..., GAP_MS apart (default 0: all at once), without waiting
 *	for answers in between.  Prints each response as one JSON line
 *	{"func":..,"status":..,"items":[..]} in seq order.
 *   ipcprobe lookup SOCK TERMINAL
 *	IPC_TERM_LOOKUP; prints "found enabled suite keyver bound_ip"
 *	(keyver as "1>2" while the terminal may also use its next version).
 *   ipcprobe watch SOCK SECONDS
 *	Prints the terminal of every IPC_TERM_CHANGED push for SECONDS.
 *   ipcprobe alarm SOCK KIND TERMINAL DETAIL
 *	Sends IPC_ALARM (no answer is expected).
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "ipc.h"
#include "log.h"
#include "tp1.h"
#include "tp1_json.h"
#include "util.h"

static int
write_all(int fd, const uint8_t *p, size_t n)
{
	struct pollfd	pfd = { .fd = fd, .events = POLLOUT };
	ssize_t		w;

	while (n > 0) {
		w = write(fd, p, n);
		if (w > 0) {
			p += w;
			n -= (size_t)w;
		} else if (w == -1 && errno != EAGAIN && errno != EINTR)
			return -1;
		else
			poll(&pfd, 1, 1000);
	}
	return 0;
}

static int
connect_hello(const char *path, struct gbuf *out)
{
	struct gbuf	h;
	int		fd;

	if ((fd = ipc_connect(path)) == -1) {
		fprintf(stderr, "ipcprobe: connect %s: %s\n", path,
		    strerror(errno));
		exit(1);
	}
	gbuf_init(&h);
	ipc_put_str(&h, "frontd");
	ipc_put_u32(&h, (uint32_t)getpid());
	ipc_frame(out, IPC_HELLO, 0, h.data, h.len);
	gbuf_free(&h);
	return fd;
}

/* Read messages until cb says stop or deadline; cb returns 1 to stop. */
static int
read_loop(int fd, int timeout_ms, int (*cb)(struct ipc_msg *, void *),
    void *arg)
{
	struct pollfd	 pfd = { .fd = fd, .events = POLLIN };
	struct gbuf	 in;
	struct ipc_msg	 m;
	uint8_t		 tmp[65536];
	int64_t		 deadline = mono_ms() + timeout_ms;
	ssize_t		 r;
	long		 n;
	int		 hello = 0;

	gbuf_init(&in);
	for (;;) {
		while ((n = ipc_parse(in.data, in.len, &m)) > 0) {
			if (!hello)
				hello = 1;
			else if (cb(&m, arg)) {
				gbuf_free(&in);
				return 0;
			}
			memmove(in.data, in.data + n, in.len - (size_t)n);
			in.len -= (size_t)n;
		}
		if (n < 0 || mono_ms() >= deadline)
			break;
		if (poll(&pfd, 1, (int)(deadline - mono_ms())) <= 0)
			continue;
		r = read(fd, tmp, sizeof(tmp));
		if (r == 0)
			break;
		if (r < 0) {
			if (errno == EAGAIN || errno == EINTR)
				continue;
			break;
		}
		gbuf_add(&in, tmp, (size_t)r);
	}
	gbuf_free(&in);
	return -1;
}

struct collect {
	int	 want, got;
	char	**lines;
};

static int
collect_cb(struct ipc_msg *m, void *arg)
{
	struct collect	*c = arg;
	const uint8_t	*p;
	size_t		 n;
	json_t		*o;
	enum tp1_err	 e;

	if (m->type != IPC_TP_RESPONSE || m->reqid < 1 ||
	    m->reqid > (uint64_t)c->want || c->lines[m->reqid - 1] != NULL)
		return 0;
	if (ipc_get_bytes(m, &p, &n) == -1)
		return 0;
	o = json_object();
	if ((e = tp1_json_add_payload(o, p, n, 0)) != TP1_OK)
		json_object_set_new(o, "error", json_string(tp1_strerror(e)));
	c->lines[m->reqid - 1] = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	return ++c->got == c->want;
}

static int
cmd_req(int argc, char **argv)
{
	struct collect	 c;
	struct gbuf	 out, pl, plain;
	json_error_t	 jerr;
	json_t		*req;
	char		 err[256];
	unsigned long	 seq;
	int		 fd, i, copies = argc > 5 ? atoi(argv[5]) : 1, rv = 0;
	int		 gap = argc > 6 ? atoi(argv[6]) : 0;

	if (argc < 5 || copies < 1)
		return 2;
	seq = strtoul(argv[3], NULL, 10);
	if ((req = json_loads(argv[4], 0, &jerr)) == NULL) {
		fprintf(stderr, "ipcprobe: JSON: %s\n", jerr.text);
		return 1;
	}
	gbuf_init(&plain);
	if (tp1_json_get_payload(req, &plain, err, sizeof(err)) == -1) {
		fprintf(stderr, "ipcprobe: payload: %s\n", err);
		json_decref(req);
		gbuf_free(&plain);
		return 1;
	}
	json_decref(req);
	gbuf_init(&out);
	fd = connect_hello(argv[1], &out);
	for (i = 0; i < copies; i++) {
		gbuf_init(&pl);
		ipc_put_u64(&pl, 1);
		ipc_put_str(&pl, argv[2]);
		ipc_put_u32(&pl, (uint32_t)(seq + (unsigned long)i));
		ipc_put_u8(&pl, 1);
		ipc_put_u8(&pl, 1);
		ipc_put_str(&pl, "127.0.0.1");
		ipc_put_bytes(&pl, plain.data, plain.len);
		ipc_frame(&out, IPC_TP_REQUEST, (uint64_t)i + 1, pl.data, pl.len);
		gbuf_free(&pl);
		if (gap > 0 || i == copies - 1) {
			if (i > 0 && gap > 0)
				usleep((useconds_t)gap * 1000);
			if (write_all(fd, out.data, out.len) == -1) {
				fprintf(stderr, "ipcprobe: write: %s\n",
				    strerror(errno));
				return 1;
			}
			gbuf_reset(&out);
		}
	}
	c.want = copies;
	c.got = 0;
	c.lines = xcalloc((size_t)copies, sizeof(char *));
	if (read_loop(fd, 30000, collect_cb, &c) == -1) {
		fprintf(stderr, "ipcprobe: %d of %d answers\n", c.got, copies);
		rv = 1;
	}
	for (i = 0; i < copies; i++) {
		if (c.lines[i])
			printf("%s\n", c.lines[i]);
		free(c.lines[i]);
	}
	free(c.lines);
	close(fd);
	gbuf_free(&out);
	gbuf_free(&plain);
	return rv;
}

static int
lookup_cb(struct ipc_msg *m, void *arg)
{
	const char	*t, *ip;
	uint8_t		 found, enabled, suite, keyver, next;

	(void)arg;
	if (m->type != IPC_TERM_INFO)
		return 0;
	if (ipc_get_str(m, &t) == -1 || ipc_get_u8(m, &found) == -1 ||
	    ipc_get_u8(m, &enabled) == -1 || ipc_get_u8(m, &suite) == -1 ||
	    ipc_get_u8(m, &keyver) == -1 || ipc_get_u8(m, &next) == -1 ||
	    ipc_get_str(m, &ip) == -1 || ipc_get_end(m) == -1) {
		printf("malformed\n");
		return 1;
	}
	if (next)
		printf("%u %u %u %u>%u %s\n", found, enabled, suite, keyver,
		    next, ip[0] ? ip : "-");
	else
		printf("%u %u %u %u %s\n", found, enabled, suite, keyver,
		    ip[0] ? ip : "-");
	return 1;
}

static int
watch_cb(struct ipc_msg *m, void *arg)
{
	const char	*t;

	(void)arg;
	if (m->type == IPC_TERM_CHANGED && ipc_get_str(m, &t) == 0) {
		printf("%s\n", t[0] ? t : "*");
		fflush(stdout);
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	struct gbuf	out, pl;
	int		fd, rv = 0;

	log_init("ipcprobe", 0, 1);
	if (argc >= 2 && strcmp(argv[1], "req") == 0)
		rv = cmd_req(argc - 1, argv + 1);
	else if (argc == 4 && (strcmp(argv[1], "lookup") == 0 ||
	    strcmp(argv[1], "watch") == 0 || strcmp(argv[1], "alarm") == 0) ) {
		goto simple;
	} else if (argc == 6 && strcmp(argv[1], "alarm") == 0) {
		goto simple;
	} else
		rv = 2;
	if (rv == 2)
		fprintf(stderr, "usage: ipcprobe req SOCK TERMINAL SEQ JSON "
		    "[COPIES] | lookup SOCK TERMINAL | watch SOCK SECONDS | "
		    "alarm SOCK KIND TERMINAL DETAIL\n");
	return rv;
simple:
	gbuf_init(&out);
	gbuf_init(&pl);
	fd = connect_hello(argv[2], &out);
	if (strcmp(argv[1], "lookup") == 0) {
		ipc_put_str(&pl, argv[3]);
		ipc_frame(&out, IPC_TERM_LOOKUP, 1, pl.data, pl.len);
	} else if (strcmp(argv[1], "alarm") == 0) {
		ipc_put_str(&pl, argv[3]);
		ipc_put_str(&pl, argv[4]);
		ipc_put_str(&pl, "ipcprobe");
		ipc_put_str(&pl, argv[5]);
		ipc_frame(&out, IPC_ALARM, 0, pl.data, pl.len);
	}
	write_all(fd, out.data, out.len);
	if (strcmp(argv[1], "lookup") == 0)
		rv = read_loop(fd, 10000, lookup_cb, NULL) == 0 ? 0 : 1;
	else if (strcmp(argv[1], "watch") == 0)
		read_loop(fd, atoi(argv[3]) * 1000, watch_cb, NULL);
	else
		usleep(200000);	/* let appsrv read it before we close */
	close(fd);
	gbuf_free(&out);
	gbuf_free(&pl);
	return rv;
}
