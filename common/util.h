/* util.h - small helpers shared by every GridFront program. */
#ifndef GF_UTIL_H
#define GF_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* Hex: upper-case output; parse accepts both cases.  Return -1 on bad input. */
void	hex_encode(const uint8_t *in, size_t n, char *out /* 2n+1 */);
int	hex_decode(const char *in, uint8_t *out, size_t cap, size_t *outlen);

/* Big-endian integer access. */
uint16_t get_be16(const uint8_t *);
uint32_t get_be32(const uint8_t *);
uint64_t get_be64(const uint8_t *);
void	put_be16(uint8_t *, uint16_t);
void	put_be32(uint8_t *, uint32_t);
void	put_be64(uint8_t *, uint64_t);

/* Make a file descriptor non-blocking and close-on-exec; 0 or -1. */
int	fd_nonblock_cloexec(int fd);

/* Wall clock in microseconds, monotonic clock in milliseconds. */
int64_t	now_us(void);
int64_t	mono_ms(void);
struct bufferevent;
/* Bytes read now from a bufferevent's socket into its input (0: none
 * waiting; -1: EOF or error), for a timer that must not decide an answer
 * never came while it waits unread. */
int	bev_read_pending(struct bufferevent *);

/* Local time as YYYYMMDDhhmmss / YYYYMMDD (out must hold 15 / 9 bytes). */
void	fmt_localtime(int64_t unix_sec, char out[15]);
void	fmt_localdate(int64_t unix_sec, char out[9]);

/* Zero memory in a way the compiler may not remove. */
void	secure_zero(void *, size_t);

/* Growable byte buffer; aborts (fatalx) on out of memory. */
struct gbuf {
	uint8_t	*data;
	size_t	 len;
	size_t	 cap;
};
void	gbuf_init(struct gbuf *);
void	gbuf_free(struct gbuf *);
void	gbuf_reset(struct gbuf *);
void	gbuf_reserve(struct gbuf *, size_t extra);
void	gbuf_add(struct gbuf *, const void *, size_t);
void	gbuf_add_u8(struct gbuf *, uint8_t);
void	gbuf_add_be16(struct gbuf *, uint16_t);
void	gbuf_add_be32(struct gbuf *, uint32_t);
void	gbuf_add_be64(struct gbuf *, uint64_t);

/* Allocation that never returns NULL (fatalx on out of memory). */
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);

#endif
