/*
 * customers.c - the optional customers file: the output of
 * `mktsim customers`, one customer a line,
 *   custno|name|book|meter|totaldue|balance|cardserial|purchasecount
 * It tells the collectors about card meters (serial and purchase count are
 * on the IC card in real life, not in any TP/1 answer).  Without it the
 * collectors try BOOK_ARREARS, which the station allows to dunning
 * officers only, so in practice collectors need this file.  Ownership: a customer belongs to the collector whose rank is
 * customers_hash(custno) % collectors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "termsim.h"

uint32_t
customers_hash(const char *s)
{
	uint32_t	h = 2166136261u;	/* FNV-1a */

	for (; *s; s++)
		h = (h ^ (uint8_t)*s) * 16777619u;
	return h;
}

int
customers_load(const char *path, struct tsim_cust **out, size_t *nout,
    char *err, size_t errlen)
{
	FILE			*fp;
	char			 line[1024], *f[8], *p;
	struct tsim_cust	*v = NULL, *c;
	size_t			 n = 0, cap = 0;
	int			 nf, lineno = 0;

	if ((fp = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: cannot open", path);
		return -1;
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '\0' || line[0] == '#')
			continue;
		/* strtok would merge empty fields (no card serial). */
		nf = 0;
		for (p = line; nf < 8; nf++) {
			f[nf] = p;
			if ((p = strchr(p, '|')) == NULL) {
				nf++;
				break;
			}
			*p++ = '\0';
		}
		if (nf != 8 || strlen(f[0]) >= sizeof(c->customer_no) ||
		    strlen(f[3]) >= sizeof(c->meter_no) ||
		    strlen(f[6]) >= sizeof(c->card_serial)) {
			snprintf(err, errlen, "%s:%d: expected custno|name|book|"
			    "meter|totaldue|balance|cardserial|purchasecount",
			    path, lineno);
			fclose(fp);
			free(v);
			return -1;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			v = xrealloc(v, cap * sizeof(*v));
		}
		c = &v[n++];
		memset(c, 0, sizeof(*c));
		snprintf(c->customer_no, sizeof(c->customer_no), "%s", f[0]);
		snprintf(c->meter_no, sizeof(c->meter_no), "%s", f[3]);
		snprintf(c->card_serial, sizeof(c->card_serial), "%s", f[6]);
		c->total_due = strtoll(f[4], NULL, 10);
		c->balance = strtoll(f[5], NULL, 10);
		c->purchase_count = (uint32_t)strtoul(f[7], NULL, 10);
	}
	fclose(fp);
	*out = v;
	*nout = n;
	return 0;
}
