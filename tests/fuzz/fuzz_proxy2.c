/*
 * fuzz_proxy2.c - libFuzzer target for the PROXY protocol v2 header parser
 * (common/proxy2.c, proxy2_parse).  What it accepts must be what the
 * format allows: a header no longer than PROXY2_MAX_LEN and than the input,
 * the signature, version 2, and for PROXY an address of the family named;
 * NEED must ask for more than it was given, never beyond the cap; a
 * refusal says why; and the answer for a prefix of an accepted header is
 * NEED (the parser never decides on bytes it has not seen).
 */
#include <sys/socket.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "proxy2.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct proxy2	p, q;
	size_t		need, need2, cut;
	enum proxy2_res	r;

	r = proxy2_parse(data, size, &p, &need);
	switch (r) {
	case PROXY2_OK:
		if (p.len < PROXY2_HDR_LEN || p.len > size ||
		    p.len > PROXY2_MAX_LEN ||
		    memcmp(data, PROXY2_SIG, PROXY2_SIG_LEN) != 0 ||
		    (data[12] >> 4) != 2)
			abort();
		if (!p.local && ((p.family != AF_INET && p.family != AF_INET6) ||
		    p.src[0] == '\0' || p.dst[0] == '\0' || p.sport == 0))
			abort();
		/* The same header alone, and every prefix of it. */
		if (proxy2_parse(data, p.len, &q, &need2) != PROXY2_OK ||
		    q.len != p.len || strcmp(q.src, p.src) != 0)
			abort();
		cut = size > 0 ? data[size - 1] % p.len : 0;
		if (proxy2_parse(data, cut, &q, &need2) != PROXY2_NEED ||
		    need2 <= cut)
			abort();
		break;
	case PROXY2_NEED:
		if (need <= size || need > PROXY2_MAX_LEN ||
		    !(size == 0 || proxy2_maybe(data, size)))
			abort();
		break;
	case PROXY2_NOT:
		if (proxy2_maybe(data, size))
			abort();
		break;
	case PROXY2_BAD:
		if (p.why == NULL || p.why[0] == '\0' ||
		    !proxy2_maybe(data, size))
			abort();
		break;
	default:
		abort();
	}
	return 0;
}
