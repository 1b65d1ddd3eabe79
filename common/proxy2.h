/*
 * proxy2.h - the PROXY protocol version 2 header a load balancer (HAProxy
 * "send-proxy-v2") puts before a TCP connection's own bytes, carrying the
 * client's address (docs/CLUSTER.md).  Only the binary v2 form is read:
 *
 *	12 bytes  signature \r\n\r\n\0\r\nQUIT\n
 *	 1 byte   version (high nibble, 2) and command (0 LOCAL, 1 PROXY)
 *	 1 byte   family (high nibble: 1 INET, 2 INET6) and protocol (low: 1
 *		  STREAM); LOCAL may carry any (ignored)
 *	 2 bytes  length of what follows (big-endian)
 *	 then     INET: src 4, dst 4, sport 2, dport 2 (12 bytes);
 *		  INET6: src 16, dst 16, sport 2, dport 2 (36 bytes);
 *		  then TLVs (u8 type, u16 length, value) to the end
 *
 * Strict: the version, the command, TCP over IPv4/IPv6 only for PROXY, the
 * length within PROXY2_MAX_LEN and at least the address block, every TLV
 * whole and inside the header.  The parser reads nothing beyond the length
 * the header states, so the caller can read exactly 16 bytes, then the
 * rest, and the next byte is the client's.
 */
#ifndef GF_PROXY2_H
#define GF_PROXY2_H

#include <stddef.h>
#include <stdint.h>

#define PROXY2_SIG		"\r\n\r\n\0\r\nQUIT\n"
#define PROXY2_SIG_LEN		12
#define PROXY2_HDR_LEN		16	/* signature, ver/cmd, fam, len */
#define PROXY2_TLV_MAX		512	/* TLV bytes accepted after the
					   addresses; more is refused */
#define PROXY2_MAX_LEN		(PROXY2_HDR_LEN + 36 + PROXY2_TLV_MAX)

enum proxy2_res {
	PROXY2_NEED,	/* a correct start so far: need more bytes (*need) */
	PROXY2_OK,	/* a whole valid header of p->len bytes */
	PROXY2_NOT,	/* does not start with the signature */
	PROXY2_BAD,	/* the signature, then a violation (p->why) */
};

struct proxy2 {
	size_t		 len;		/* the whole header, bytes */
	int		 local;		/* LOCAL: a health check; use the
					   connection's own addresses */
	int		 family;	/* AF_INET / AF_INET6 (PROXY) */
	char		 src[46];	/* text; v4-mapped IPv6 as IPv4 */
	uint16_t	 sport;
	char		 dst[46];
	uint16_t	 dport;
	int		 ntlv;
	const char	*why;
};

/* 1 when the len bytes seen so far could begin a v2 header (len >= 1). */
int		 proxy2_maybe(const uint8_t *buf, size_t len);
/* Parse from buf[0]; with PROXY2_NEED, *need is the total to have. */
enum proxy2_res	 proxy2_parse(const uint8_t *buf, size_t len,
		    struct proxy2 *p, size_t *need);

#endif
