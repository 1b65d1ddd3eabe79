/* util.c - small helpers shared by every GridFront program. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <openssl/crypto.h>

#include "log.h"
#include "util.h"

void
hex_encode(const uint8_t *in, size_t n, char *out)
{
	static const char digits[] = "0123456789ABCDEF";
	size_t	i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 0x0f];
	}
	out[2 * n] = '\0';
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int
hex_decode(const char *in, uint8_t *out, size_t cap, size_t *outlen)
{
	size_t	n = strlen(in), i;
	int	hi, lo;

	if (n % 2 != 0 || n / 2 > cap)
		return -1;
	for (i = 0; i < n / 2; i++) {
		if ((hi = hexval(in[2 * i])) < 0 || (lo = hexval(in[2 * i + 1])) < 0)
			return -1;
		out[i] = (uint8_t)(hi << 4 | lo);
	}
	if (outlen)
		*outlen = n / 2;
	return 0;
}

uint16_t
get_be16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

uint32_t
get_be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

uint64_t
get_be64(const uint8_t *p)
{
	return (uint64_t)get_be32(p) << 32 | get_be32(p + 4);
}

void
put_be16(uint8_t *p, uint16_t v)
{
	p[0] = v >> 8;
	p[1] = v & 0xff;
}

void
put_be32(uint8_t *p, uint32_t v)
{
	p[0] = v >> 24;
	p[1] = (v >> 16) & 0xff;
	p[2] = (v >> 8) & 0xff;
	p[3] = v & 0xff;
}

void
put_be64(uint8_t *p, uint64_t v)
{
	put_be32(p, (uint32_t)(v >> 32));
	put_be32(p + 4, (uint32_t)v);
}

int
fd_nonblock_cloexec(int fd)
{
	int	fl;

	if ((fl = fcntl(fd, F_GETFL)) == -1 ||
	    fcntl(fd, F_SETFL, fl | O_NONBLOCK) == -1)
		return -1;
	if ((fl = fcntl(fd, F_GETFD)) == -1 ||
	    fcntl(fd, F_SETFD, fl | FD_CLOEXEC) == -1)
		return -1;
	return 0;
}

int64_t
now_us(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

int64_t
mono_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void
fmt_localtime(int64_t unix_sec, char out[15])
{
	time_t		t = (time_t)unix_sec;
	struct tm	tm;

	localtime_r(&t, &tm);
	strftime(out, 15, "%Y%m%d%H%M%S", &tm);
}

void
fmt_localdate(int64_t unix_sec, char out[9])
{
	time_t		t = (time_t)unix_sec;
	struct tm	tm;

	localtime_r(&t, &tm);
	strftime(out, 9, "%Y%m%d", &tm);
}

void
secure_zero(void *p, size_t n)
{
	OPENSSL_cleanse(p, n);
}

void *
xmalloc(size_t n)
{
	void	*p;

	if ((p = malloc(n ? n : 1)) == NULL)
		fatalx("out of memory (%zu bytes)", n);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void	*p;

	if ((p = calloc(n ? n : 1, size ? size : 1)) == NULL)
		fatalx("out of memory (%zu x %zu bytes)", n, size);
	return p;
}

void *
xrealloc(void *old, size_t n)
{
	void	*p;

	if ((p = realloc(old, n ? n : 1)) == NULL)
		fatalx("out of memory (%zu bytes)", n);
	return p;
}

char *
xstrdup(const char *s)
{
	char	*p;

	if ((p = strdup(s)) == NULL)
		fatalx("out of memory");
	return p;
}

void
gbuf_init(struct gbuf *b)
{
	memset(b, 0, sizeof(*b));
}

void
gbuf_free(struct gbuf *b)
{
	free(b->data);
	memset(b, 0, sizeof(*b));
}

void
gbuf_reset(struct gbuf *b)
{
	b->len = 0;
}

void
gbuf_reserve(struct gbuf *b, size_t extra)
{
	size_t	need = b->len + extra, cap;

	if (need < b->len)
		fatalx("gbuf overflow");
	if (need <= b->cap)
		return;
	cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void
gbuf_add(struct gbuf *b, const void *p, size_t n)
{
	if (n == 0)
		return;
	gbuf_reserve(b, n);
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

void
gbuf_add_u8(struct gbuf *b, uint8_t v)
{
	gbuf_add(b, &v, 1);
}

void
gbuf_add_be16(struct gbuf *b, uint16_t v)
{
	uint8_t	p[2];

	put_be16(p, v);
	gbuf_add(b, p, 2);
}

void
gbuf_add_be32(struct gbuf *b, uint32_t v)
{
	uint8_t	p[4];

	put_be32(p, v);
	gbuf_add(b, p, 4);
}

void
gbuf_add_be64(struct gbuf *b, uint64_t v)
{
	uint8_t	p[8];

	put_be64(p, v);
	gbuf_add(b, p, 8);
}

/*
 * Read what the socket of a bufferevent holds now into its input buffer
 * (whose end the bufferevent keeps frozen outside its own reads): the
 * number of bytes read, 0 when nothing is waiting, -1 at EOF or on error.
 */
int
bev_read_pending(struct bufferevent *bev)
{
	struct evbuffer	*in = bufferevent_get_input(bev);
	evutil_socket_t	 fd = bufferevent_getfd(bev);
	int		 n, total = 0;

	if (fd == -1)
		return -1;
	evbuffer_unfreeze(in, 0);
	for (;;) {
		errno = 0;
		n = evbuffer_read(in, fd, -1);
		if (n > 0) {
			total += n;
			continue;
		}
		if (n == -1 && (errno == EAGAIN || errno == EWOULDBLOCK ||
		    errno == EINTR))
			break;
		total = -1;	/* EOF, or an error */
		break;
	}
	evbuffer_freeze(in, 0);
	return total;
}
