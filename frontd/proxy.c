/*
 * proxy.c - frontd.proxy_from: the balancers whose PROXY v2 header
 * (common/proxy2.h) frontd reads, as addresses or networks ("10.0.0.5",
 * "10.0.0.0/24", "::1", "fd00::/64").  A connection from one of them must
 * begin with the header (session.c, S_PROXY); from anyone else a header
 * is refused.  With none configured nothing of this runs.
 */
#include <sys/socket.h>

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontd.h"

struct proxy_net {
	int	af;
	uint8_t	a[16];
	int	bits;
};

struct proxy_nets {
	int			 n;
	struct proxy_net	*e;
};

static int
net_parse(const char *spec, struct proxy_net *e)
{
	char	 buf[64], *slash, *end;
	long	 bits;
	int	 max;

	if (strlen(spec) >= sizeof(buf))
		return -1;
	snprintf(buf, sizeof(buf), "%s", spec);
	if ((slash = strchr(buf, '/')) != NULL)
		*slash++ = '\0';
	memset(e, 0, sizeof(*e));
	if (inet_pton(AF_INET, buf, e->a) == 1) {
		e->af = AF_INET;
		max = 32;
	} else if (inet_pton(AF_INET6, buf, e->a) == 1) {
		e->af = AF_INET6;
		max = 128;
	} else
		return -1;
	e->bits = max;
	if (slash != NULL) {
		bits = strtol(slash, &end, 10);
		if (*slash == '\0' || *end != '\0' || bits < 0 || bits > max)
			return -1;
		e->bits = (int)bits;
	}
	return 0;
}

int
proxy_nets_parse(const struct gf_conf *conf, struct proxy_nets **out,
    char *err, size_t errlen)
{
	struct proxy_nets	*pn;
	int			 i;

	*out = NULL;
	if (conf->frontd.n_proxy_from == 0)
		return 0;
	pn = xcalloc(1, sizeof(*pn));
	pn->e = xcalloc((size_t)conf->frontd.n_proxy_from, sizeof(*pn->e));
	for (i = 0; i < conf->frontd.n_proxy_from; i++) {
		if (net_parse(conf->frontd.proxy_from[i], &pn->e[i]) == -1) {
			snprintf(err, errlen, "proxy_from \"%s\": want an "
			    "address or address/bits",
			    conf->frontd.proxy_from[i]);
			proxy_nets_free(pn);
			return -1;
		}
		pn->n++;
	}
	*out = pn;
	return 0;
}

void
proxy_nets_free(struct proxy_nets *pn)
{
	if (pn == NULL)
		return;
	free(pn->e);
	free(pn);
}

static int
prefix_eq(const uint8_t *a, const uint8_t *b, int bits)
{
	int	full = bits / 8, rest = bits % 8;
	uint8_t	mask;

	if (memcmp(a, b, (size_t)full) != 0)
		return 0;
	if (rest == 0)
		return 1;
	mask = (uint8_t)(0xff << (8 - rest));
	return (a[full] & mask) == (b[full] & mask);
}

/* ip: as listener.c writes it (v4-mapped IPv6 already as IPv4). */
int
proxy_nets_match(const struct proxy_nets *pn, const char *ip)
{
	uint8_t	a[16];
	int	af, i;

	if (pn == NULL)
		return 0;
	if (inet_pton(AF_INET, ip, a) == 1)
		af = AF_INET;
	else if (inet_pton(AF_INET6, ip, a) == 1)
		af = AF_INET6;
	else
		return 0;
	for (i = 0; i < pn->n; i++)
		if (pn->e[i].af == af && prefix_eq(a, pn->e[i].a, pn->e[i].bits))
			return 1;
	return 0;
}
