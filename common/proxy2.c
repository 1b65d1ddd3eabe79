/*
 * proxy2.c - the PROXY protocol v2 header (proxy2.h).
 */
#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>

#include "proxy2.h"

int
proxy2_maybe(const uint8_t *buf, size_t len)
{
	if (len > PROXY2_SIG_LEN)
		len = PROXY2_SIG_LEN;
	return len > 0 && memcmp(buf, PROXY2_SIG, len) == 0;
}

static enum proxy2_res
bad(struct proxy2 *p, const char *why)
{
	p->why = why;
	return PROXY2_BAD;
}

static void
addr_text(int af, const uint8_t *a, char *out, size_t n)
{
	if (af == AF_INET6 && IN6_IS_ADDR_V4MAPPED((const struct in6_addr *)
	    (const void *)a))
		inet_ntop(AF_INET, a + 12, out, (socklen_t)n);
	else
		inet_ntop(af, a, out, (socklen_t)n);
}

enum proxy2_res
proxy2_parse(const uint8_t *buf, size_t len, struct proxy2 *p, size_t *need)
{
	size_t		 body, alen, off, tl;
	uint8_t		 ver, cmd, fam, proto;
	struct in6_addr	 a6;

	memset(p, 0, sizeof(*p));
	*need = PROXY2_HDR_LEN;
	if (len == 0)
		return PROXY2_NEED;
	if (!proxy2_maybe(buf, len))
		return PROXY2_NOT;
	if (len < PROXY2_HDR_LEN)
		return PROXY2_NEED;
	ver = buf[12] >> 4;
	cmd = buf[12] & 0x0f;
	fam = buf[13] >> 4;
	proto = buf[13] & 0x0f;
	body = (size_t)buf[14] << 8 | buf[15];
	if (ver != 2)
		return bad(p, "version is not 2");
	if (cmd > 1)
		return bad(p, "unknown command");
	if (PROXY2_HDR_LEN + body > PROXY2_MAX_LEN)
		return bad(p, "header longer than accepted");
	if (cmd == 1) {
		if (proto != 1 || (fam != 1 && fam != 2))
			return bad(p, "not TCP over IPv4 or IPv6");
		alen = fam == 1 ? 12 : 36;
		if (body < alen)
			return bad(p, "length shorter than the addresses");
		if (body - alen > PROXY2_TLV_MAX)
			return bad(p, "TLVs longer than accepted");
	} else
		alen = 0;
	*need = PROXY2_HDR_LEN + body;
	if (len < *need)
		return PROXY2_NEED;
	p->len = *need;
	if (cmd == 0) {
		/* LOCAL: whatever follows is ignored (the spec says so). */
		p->local = 1;
		return PROXY2_OK;
	}
	off = PROXY2_HDR_LEN;
	if (fam == 1) {
		p->family = AF_INET;
		inet_ntop(AF_INET, buf + off, p->src, sizeof(p->src));
		inet_ntop(AF_INET, buf + off + 4, p->dst, sizeof(p->dst));
		p->sport = (uint16_t)(buf[off + 8] << 8 | buf[off + 9]);
		p->dport = (uint16_t)(buf[off + 10] << 8 | buf[off + 11]);
	} else {
		p->family = AF_INET6;
		memcpy(&a6, buf + off, sizeof(a6));
		addr_text(AF_INET6, (const uint8_t *)&a6, p->src,
		    sizeof(p->src));
		memcpy(&a6, buf + off + 16, sizeof(a6));
		addr_text(AF_INET6, (const uint8_t *)&a6, p->dst,
		    sizeof(p->dst));
		p->sport = (uint16_t)(buf[off + 32] << 8 | buf[off + 33]);
		p->dport = (uint16_t)(buf[off + 34] << 8 | buf[off + 35]);
	}
	if (p->sport == 0)
		return bad(p, "source port 0");
	for (off += alen; off < p->len; off += 3 + tl) {
		if (p->len - off < 3)
			return bad(p, "truncated TLV header");
		tl = (size_t)buf[off + 1] << 8 | buf[off + 2];
		if (tl > p->len - off - 3)
			return bad(p, "TLV runs past the header");
		p->ntlv++;
	}
	return PROXY2_OK;
}
