/*
 * ledger.c - banksim's own record of the payments and reversals the
 * station answered 0000 (`banksim run --ledger FILE`), the bank's books
 * that `banksim dayfile` writes a day file from.  One line a record:
 *   P|bankno|serial||custno|amount|date|time
 *   R|bankno|serial|origserial|custno|amount|date|time
 * date is the station's settledate (the 1001 answer), time the bank's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "banksim.h"
#include "util.h"

int
bs_ledger_append(FILE *fp, const struct bs_ledger_rec *r)
{
	if (fprintf(fp, "%c|%s|%s|%s|%s|%lld|%s|%s\n", r->kind, r->bankno,
	    r->serial, r->origserial, r->custno, (long long)r->amount,
	    r->date, r->time) < 0 || fflush(fp) != 0)
		return -1;
	return 0;
}

static int
parse(char *line, struct bs_ledger_rec *r)
{
	char	*f[9];
	long	 amount;

	memset(r, 0, sizeof(*r));
	if (bs_split(line, f, 9) != 8 || (f[0][0] != 'P' && f[0][0] != 'R') ||
	    f[0][1] != '\0' || !bs_bankno_ok(f[1]) || f[2][0] == '\0' ||
	    strlen(f[2]) > BK1_SERIAL_LEN ||
	    strlen(f[3]) > BK1_SERIAL_LEN ||
	    (f[0][0] == 'R') != (f[3][0] != '\0') ||
	    strlen(f[4]) >= sizeof(r->custno) ||
	    bs_num(f[5], 0, 999999999999L, &amount) == -1 ||
	    strlen(f[6]) != 8 || strlen(f[7]) != 6)
		return -1;
	r->kind = f[0][0];
	memcpy(r->bankno, f[1], 5);
	snprintf(r->serial, sizeof(r->serial), "%s", f[2]);
	snprintf(r->origserial, sizeof(r->origserial), "%s", f[3]);
	snprintf(r->custno, sizeof(r->custno), "%s", f[4]);
	r->amount = amount;
	memcpy(r->date, f[6], 9);
	memcpy(r->time, f[7], 7);
	return 0;
}

int
bs_ledger_load(const char *path, struct bs_ledger_rec **vp, size_t *np,
    char *err, size_t errlen)
{
	struct bs_ledger_rec	*v = NULL;
	char			*txt, *line, *nl;
	size_t			 len, n = 0, cap = 0, lineno = 0;

	if ((txt = bs_read_file(path, &len, err, errlen)) == NULL)
		return -1;
	for (line = txt; (nl = strchr(line, '\n')) != NULL; line = nl + 1) {
		*nl = '\0';
		lineno++;
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			v = xrealloc(v, cap * sizeof(*v));
		}
		if (parse(line, &v[n]) == -1) {
			snprintf(err, errlen, "%s: line %zu: bad record", path,
			    lineno);
			free(v);
			free(txt);
			return -1;
		}
		n++;
	}
	free(txt);
	*vp = v;
	*np = n;
	return 0;
}
