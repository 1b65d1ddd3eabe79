/*
 * recon_file.h - the 9001 reconciliation file as the marketing system
 * answers it (MI1 §3): pages, each with pagecount, count and total of the
 * whole file and up to 1,000 lines "mkserial|stserial|trcode|custno|
 * amount|status|txdate|txtime".  Everything here reads bytes the marketing
 * system wrote and checks them; nothing here does I/O (recon.c fetches and
 * stores; tests/fuzz/fuzz_recon.c feeds it anything).
 */
#ifndef RECON_FILE_H
#define RECON_FILE_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "util.h"

#define RECON_MAX_PAGES	1000000		/* a billion lines a day at most */
#define RECON_LINE_MAX	1024

/* One page as answered. */
struct recon_page {
	int64_t		 pagecount, count, total;
	char		*data;		/* the lines, malloc'd */
	int		 got;
};

/* Page n's answer body into p (p->data malloc'd).  0 or -1 with err. */
int	recon_page_read(const json_t *body, int64_t n, struct recon_page *p,
	    char *err, size_t errlen);
/* Page 1 says how many pages there are: plausible?  0 or -1 with err. */
int	recon_page_first_ok(const struct recon_page *p1, char *err,
	    size_t errlen);
/*
 * Append the lines of data (NUL-terminated) to raw, one "\n" each, checking
 * each has 8 fields, an integer amount >= 0 and a status OK or REVERSED;
 * count the lines and sum the OK amounts.  0 or -1 with err.
 */
int	recon_lines_add(const char *data, struct gbuf *raw, int64_t *count,
	    int64_t *total, char *err, size_t errlen);
/*
 * Pages pg[1..n], all fetched: the same pagecount, count and total on each,
 * their lines (into raw) adding up to count and total.  The file's count
 * and total into rcount, rtotal.  0 or -1 with err.
 */
int	recon_pages_check(const struct recon_page *pg, int64_t n,
	    struct gbuf *raw, int64_t *rcount, int64_t *rtotal, char *err,
	    size_t errlen);

#endif
