/*
 * recon_file.c - checks of the 9001 file's pages and lines (recon_file.h).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mi1.h"
#include "recon_file.h"

int
recon_page_read(const json_t *body, int64_t n, struct recon_page *p,
    char *err, size_t errlen)
{
	const char	*data;

	memset(p, 0, sizeof(*p));
	if (mi1_get_i64(body, "pagecount", &p->pagecount) == -1 ||
	    mi1_get_i64(body, "count", &p->count) == -1 ||
	    mi1_get_i64(body, "total", &p->total) == -1 ||
	    p->pagecount < 1) {
		snprintf(err, errlen, "9001 page %lld: bad or changing "
		    "pagecount/count/total", (long long)n);
		return -1;
	}
	data = mi1_get_str(body, "data");
	p->data = xstrdup(data ? data : "");
	p->got = 1;
	return 0;
}

int
recon_page_first_ok(const struct recon_page *p1, char *err, size_t errlen)
{
	/* A page holds at least one line: more pages than lines is a lie. */
	if (p1->pagecount > (p1->count > 1 ? p1->count : 1) ||
	    p1->pagecount > RECON_MAX_PAGES) {
		snprintf(err, errlen, "9001 page 1: implausible pagecount %lld "
		    "for count %lld", (long long)p1->pagecount,
		    (long long)p1->count);
		return -1;
	}
	return 0;
}

int
recon_lines_add(const char *data, struct gbuf *raw, int64_t *count,
    int64_t *total, char *err, size_t errlen)
{
	const char	*p = data, *nl, *f[9];
	char		 line[RECON_LINE_MAX], *end;
	size_t		 len;
	int		 nf;
	long long	 amt;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		len = nl ? (size_t)(nl - p) : strlen(p);
		if (len > 0 && p[len - 1] == '\r')
			len--;
		if (len >= sizeof(line)) {
			snprintf(err, errlen, "reconciliation line too long");
			return -1;
		}
		memcpy(line, p, len);
		line[len] = '\0';
		p = nl ? nl + 1 : p + strlen(p);
		if (len == 0)
			continue;
		if (strchr(line, '\\') != NULL) {
			snprintf(err, errlen, "backslash in line %lld",
			    (long long)*count + 1);
			return -1;
		}
		f[0] = line;
		for (nf = 1, end = line; (end = strchr(end, '|')) != NULL;
		    end++)
			if (nf < 9)
				f[nf++] = end + 1;
		if (nf != 8) {
			snprintf(err, errlen, "line %lld has %d fields, not 8",
			    (long long)*count + 1, nf);
			return -1;
		}
		errno = 0;
		amt = strtoll(f[4], &end, 10);
		if (errno != 0 || end == f[4] || *end != '|' || amt < 0) {
			snprintf(err, errlen, "line %lld: bad amount",
			    (long long)*count + 1);
			return -1;
		}
		if (strncmp(f[5], "OK|", 3) == 0) {
			/* No day of real payments comes near: a lie. */
			if (amt > INT64_MAX - *total) {
				snprintf(err, errlen, "line %lld: the total "
				    "overflows", (long long)*count + 1);
				return -1;
			}
			*total += amt;
		} else if (strncmp(f[5], "REVERSED|", 9) != 0) {
			snprintf(err, errlen, "line %lld: bad status",
			    (long long)*count + 1);
			return -1;
		}
		(*count)++;
		gbuf_add(raw, line, len);
		gbuf_add_u8(raw, '\n');
	}
	return 0;
}

int
recon_pages_check(const struct recon_page *pg, int64_t n, struct gbuf *raw,
    int64_t *rcount, int64_t *rtotal, char *err, size_t errlen)
{
	int64_t	i, lines = 0, sum = 0;

	for (i = 1; i <= n; i++) {
		if (!pg[i].got || pg[i].pagecount != pg[1].pagecount ||
		    pg[i].count != pg[1].count || pg[i].total != pg[1].total) {
			snprintf(err, errlen, "9001 page %lld: bad or changing "
			    "pagecount/count/total", (long long)i);
			return -1;
		}
		if (recon_lines_add(pg[i].data, raw, &lines, &sum, err,
		    errlen) == -1)
			return -1;
	}
	*rcount = pg[1].count;
	*rtotal = pg[1].total;
	if (lines != *rcount || sum != *rtotal) {
		snprintf(err, errlen, "file check failed: count %lld lines "
		    "%lld, total %lld sum %lld", (long long)*rcount,
		    (long long)lines, (long long)*rtotal, (long long)sum);
		return -1;
	}
	return 0;
}
