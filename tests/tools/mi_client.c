/*
 * mi_client - a minimal MI/1 client for the tests (MI1 §1).  Independent
 * of common/mi1.c on purpose: it builds request XML by hand and flattens
 * the response with its own small scanner, so it checks the server's
 * output rather than sharing its code.  For the same reason it does not
 * use the blocking client of common/mi1_client.c either, which could not
 * send the malformed bodies (-x, -R) the tests need, nor tell apart the
 * ways an answer fails to come (the exit codes below).
 *
 *   mi_client -p PORT [-h HOST] [-t SECS] [-o ORG] [-s SERIAL] [-g KEY]
 *             [-v] TRCODE [key=value ...] [+ TRCODE [key=value ...]] ...
 *   mi_client -p PORT -x FILE      send FILE as the body (framed)
 *   mi_client -p PORT -R FILE      send FILE's bytes as they are
 *
 * key=value becomes <key>value</key> in <body>; list.N.field=value becomes
 * <list><item>...<field>value</field>...</item></list> (N from 1).  "+"
 * starts another request on the same connection.  Each response prints as
 * lines path=value: head fields bare (rspcode=0000), body fields as
 * body.settled.1.month=202601; newlines in values print as \n.  With -g KEY
 * only that value prints, raw.  Responses are separated by "--".
 *
 * Exit: 0 answered; 2 usage; 3 connection closed before the answer;
 * 4 timeout; 5 connect failed or connection reset.
 */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define MAXDEPTH 16

static const char *getkey;
static int verbose;

static void
usage(void)
{
	fprintf(stderr, "usage: mi_client -p PORT [-h HOST] [-t SECS] [-o ORG] "
	    "[-s SERIAL] [-g KEY] [-v] (TRCODE [k=v ...] [+ ...] | -x FILE | "
	    "-R FILE)\n");
	exit(2);
}

struct buf {
	char	*p;
	size_t	 len, cap;
};

static void
b_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		if ((b->p = realloc(b->p, b->cap)) == NULL)
			abort();
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void
b_str(struct buf *b, const char *s)
{
	b_add(b, s, strlen(s));
}

static void
b_esc(struct buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<': b_str(b, "&lt;"); break;
		case '>': b_str(b, "&gt;"); break;
		case '&': b_str(b, "&amp;"); break;
		default: b_add(b, s, 1);
		}
	}
}

/* Build one request body from TRCODE and key=value arguments. */
static void
build(struct buf *b, const char *org, const char *serial, const char *trcode,
    char **kv, int n)
{
	char		 ts[128], open_list[64] = "", *key, *val, *d1, *d2;
	int		 i, cur_item = 0;
	time_t		 t = time(NULL);
	struct tm	 tm;

	localtime_r(&t, &tm);
	b_str(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><msg><head><trcode>");
	b_esc(b, trcode);
	b_str(b, "</trcode><serial>");
	b_esc(b, serial);
	b_str(b, "</serial><orgno>");
	b_esc(b, org);
	strftime(ts, sizeof(ts), "</orgno><txdate>%Y%m%d</txdate><txtime>%H%M%S</txtime>", &tm);
	b_str(b, ts);
	b_str(b, "</head><body>");
	for (i = 0; i < n; i++) {
		key = kv[i];
		if ((val = strchr(key, '=')) == NULL)
			usage();
		*val++ = '\0';
		d1 = strchr(key, '.');
		if (d1 != NULL && (d2 = strchr(d1 + 1, '.')) != NULL) {
			*d1 = *d2 = '\0';
			if (strcmp(open_list, key) != 0) {
				if (open_list[0]) {
					b_str(b, "</item></");
					b_str(b, open_list);
					b_str(b, ">");
				}
				snprintf(open_list, sizeof(open_list), "%s", key);
				b_str(b, "<");
				b_str(b, key);
				b_str(b, "><item>");
				cur_item = atoi(d1 + 1);
			} else if (atoi(d1 + 1) != cur_item) {
				b_str(b, "</item><item>");
				cur_item = atoi(d1 + 1);
			}
			key = d2 + 1;
		} else if (open_list[0]) {
			b_str(b, "</item></");
			b_str(b, open_list);
			b_str(b, ">");
			open_list[0] = '\0';
		}
		b_str(b, "<");
		b_str(b, key);
		b_str(b, ">");
		b_esc(b, val);
		b_str(b, "</");
		b_str(b, key);
		b_str(b, ">");
	}
	if (open_list[0]) {
		b_str(b, "</item></");
		b_str(b, open_list);
		b_str(b, ">");
	}
	b_str(b, "</body></msg>");
}

static int
xwrite(int fd, const char *p, size_t n)
{
	ssize_t	w;

	while (n > 0) {
		if ((w = write(fd, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Read exactly n bytes; 0, or an exit code (3 EOF, 4 timeout, 5 reset). */
static int
xread(int fd, char *p, size_t n)
{
	ssize_t	r;

	while (n > 0) {
		r = read(fd, p, n);
		if (r == 0)
			return 3;
		if (r < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				return 4;
			return 5;
		}
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

static void
unescape(struct buf *out, const char *s, size_t n)
{
	static const struct { const char *e; char c; } ents[] = {
		{ "&lt;", '<' }, { "&gt;", '>' }, { "&amp;", '&' },
		{ "&quot;", '"' }, { "&apos;", '\'' }, { "&#10;", '\n' },
		{ "&#xA;", '\n' }, { "&#13;", '\r' },
	};
	size_t	i, k;

	for (i = 0; i < n; i++) {
		if (s[i] == '&') {
			for (k = 0; k < sizeof(ents) / sizeof(ents[0]); k++)
				if (strncmp(s + i, ents[k].e, strlen(ents[k].e)) == 0)
					break;
			if (k < sizeof(ents) / sizeof(ents[0])) {
				b_add(out, &ents[k].c, 1);
				i += strlen(ents[k].e) - 1;
				continue;
			}
		}
		b_add(out, s + i, 1);
	}
}

struct level {
	char		name[64];
	int		had_child, items;
	struct buf	text;
};

static void
emit(struct level *st, int depth)
{
	struct buf	path = { 0 };
	const char	*v;
	int		i;

	for (i = 1; i < depth; i++) {
		if (i == 1 && strcmp(st[i].name, "head") == 0)
			continue;
		if (path.len)
			b_str(&path, ".");
		b_str(&path, st[i].name);
	}
	if (path.p == NULL)
		b_str(&path, "");
	v = st[depth - 1].text.p ? st[depth - 1].text.p : "";
	if (getkey != NULL) {
		if (strcmp(getkey, path.p) == 0)
			printf("%s\n", v);
	} else {
		printf("%s=", path.p);
		for (; *v; v++)
			if (*v == '\n')
				fputs("\\n", stdout);
			else
				putchar(*v);
		putchar('\n');
	}
	free(path.p);
}

/* Flatten a response; -1 if it is not XML this scanner understands. */
static int
flatten(const char *x, size_t n)
{
	struct level	 st[MAXDEPTH];
	size_t		 i = 0, j, k;
	int		 depth = 0, selfclose, d;

	memset(st, 0, sizeof(st));
	while (i < n) {
		if (x[i] != '<') {
			for (j = i; j < n && x[j] != '<'; j++)
				;
			if (depth > 0)
				unescape(&st[depth - 1].text, x + i, j - i);
			i = j;
			continue;
		}
		if (i + 1 < n && (x[i + 1] == '?' || x[i + 1] == '!')) {
			while (i < n && x[i] != '>')
				i++;
			i++;
			continue;
		}
		for (j = i; j < n && x[j] != '>'; j++)
			;
		if (j >= n)
			return -1;
		if (x[i + 1] == '/') {
			if (depth == 0)
				return -1;
			if (!st[depth - 1].had_child && depth > 2)
				emit(st, depth);
			free(st[depth - 1].text.p);
			memset(&st[depth - 1], 0, sizeof(st[0]));
			depth--;
		} else {
			selfclose = x[j - 1] == '/';
			if (depth >= MAXDEPTH)
				return -1;
			k = (size_t)(j - i - 1 - (selfclose ? 1 : 0));
			for (d = 0; (size_t)d < k && x[i + 1 + d] != ' '; d++)
				;
			if (depth > 0)
				st[depth - 1].had_child = 1;
			memset(&st[depth], 0, sizeof(st[0]));
			if (d == 4 && strncmp(x + i + 1, "item", 4) == 0 && depth > 0)
				snprintf(st[depth].name, sizeof(st[0].name), "%d",
				    ++st[depth - 1].items);
			else
				snprintf(st[depth].name, sizeof(st[0].name), "%.*s",
				    d, x + i + 1);
			depth++;
			if (selfclose) {
				if (depth > 2)
					emit(st, depth);
				depth--;
			}
		}
		i = j + 1;
	}
	return depth == 0 ? 0 : -1;
}

static int
roundtrip(int fd, const char *body, size_t len, int raw)
{
	char	 pre[16], *rsp;
	size_t	 n;
	int	 rc;

	if (!raw) {
		snprintf(pre, sizeof(pre), "%08zu", len);
		if (xwrite(fd, pre, 8) == -1)
			return 5;
	}
	if (xwrite(fd, body, len) == -1)
		return 5;
	if ((rc = xread(fd, pre, 8)) != 0)
		return rc;
	pre[8] = '\0';
	if (strspn(pre, "0123456789") != 8) {
		fprintf(stderr, "mi_client: bad length prefix\n");
		return 6;
	}
	n = strtoul(pre, NULL, 10);
	if ((rsp = malloc(n + 1)) == NULL)
		abort();
	if ((rc = xread(fd, rsp, n)) != 0) {
		free(rsp);
		return rc;
	}
	rsp[n] = '\0';
	if (verbose)
		fprintf(stderr, "%s\n", rsp);
	if (flatten(rsp, n) == -1) {
		fprintf(stderr, "mi_client: cannot read response XML\n");
		free(rsp);
		return 6;
	}
	free(rsp);
	return 0;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE		*f = fopen(path, "rb");
	struct buf	 b = { 0 };
	char		 tmp[4096];
	size_t		 n;

	if (f == NULL) {
		perror(path);
		exit(2);
	}
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		b_add(&b, tmp, n);
	fclose(f);
	*len = b.len;
	return b.p ? b.p : calloc(1, 1);
}

int
main(int argc, char *argv[])
{
	const char	*host = "127.0.0.1", *port = NULL, *org = "SC01";
	const char	*serial = NULL, *xfile = NULL, *rfile = NULL;
	struct addrinfo	 hints, *ai;
	struct timeval	 tv = { 10, 0 };
	struct buf	 req = { 0 };
	char		 defserial[33], *body;
	size_t		 len;
	int		 ch, fd, rc = 0, i, start, nreq = 0;

	while ((ch = getopt(argc, argv, "+h:p:t:o:s:g:x:R:v")) != -1) {
		switch (ch) {
		case 'h': host = optarg; break;
		case 'p': port = optarg; break;
		case 't': tv.tv_sec = atoi(optarg); break;
		case 'o': org = optarg; break;
		case 's': serial = optarg; break;
		case 'g': getkey = optarg; break;
		case 'x': xfile = optarg; break;
		case 'R': rfile = optarg; break;
		case 'v': verbose = 1; break;
		default: usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (port == NULL || (argc == 0 && xfile == NULL && rfile == NULL))
		usage();
	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	if (getaddrinfo(host, port, &hints, &ai) != 0)
		return 5;
	fd = socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd == -1 || connect(fd, ai->ai_addr, ai->ai_addrlen) == -1) {
		freeaddrinfo(ai);
		return 5;
	}
	freeaddrinfo(ai);
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	if (xfile != NULL || rfile != NULL) {
		body = slurp(xfile ? xfile : rfile, &len);
		rc = roundtrip(fd, body, len, rfile != NULL);
		free(body);
		close(fd);
		return rc;
	}
	for (start = 0; start < argc && rc == 0; start = i + 1) {
		for (i = start; i < argc && strcmp(argv[i], "+") != 0; i++)
			;
		if (i == start)
			usage();
		if (nreq++ > 0)
			printf("--\n");
		snprintf(defserial, sizeof(defserial), "%s%ld%05d", org,
		    (long)time(NULL), (int)(getpid() % 100000) + nreq);
		req.len = 0;
		build(&req, org, serial ? serial : defserial, argv[start],
		    argv + start + 1, i - start - 1);
		rc = roundtrip(fd, req.p, req.len, 0);
		fflush(stdout);
	}
	free(req.p);
	close(fd);
	return rc;
}
