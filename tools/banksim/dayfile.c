/*
 * dayfile.c - `banksim dayfile`: the bank's day file of one date (BK1 §5)
 * from banksim's ledger, into BANK_DIR/B/inbox/BD<B><YYYYMMDD>.txt with
 * its .sha256 (temporary name, then rename).
 *
 *   banksim dayfile --dir BANK_DIR --bank B --date YYYYMMDD --from LEDGER
 *       [--drop N] [--extra N] [--amount-diff N] [--status-diff N]
 *
 * Lines: every payment of the bank whose settle date is the date,
 * `D|serial|custno|amount|status|txtime`, status REVERSED when the ledger
 * holds its reversal, else OK.  Head `H|bankno|YYYYMMDD|count|total`:
 * count the lines, total the amounts of the OK lines (as an MI/1
 * reconciliation file counts them).
 *
 * Differences for the reconciliation's tests, each on distinct lines
 * taken in ledger order, said on stdout line by line (serial and kind):
 *   --drop N         N payments left out (the station has them only)
 *   --extra N        N lines the station never saw (serials XTR...)
 *   --amount-diff N  N lines with the amount one fen more
 *   --status-diff N  N lines with the other status (OK <-> REVERSED)
 * The head always agrees with the lines written.  Exit 0, 2 on error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "banksim.h"
#include "log.h"
#include "util.h"

static int
df_usage(void)
{
	fprintf(stderr, "usage: banksim dayfile --dir BANK_DIR --bank B "
	    "--date YYYYMMDD --from LEDGER\n\t[--drop N] [--extra N] "
	    "[--amount-diff N] [--status-diff N]\n");
	return 2;
}

static int
df_reversed(const struct bs_ledger_rec *v, size_t n, const char *serial,
    const char *bank)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (v[i].kind == 'R' && strcmp(v[i].bankno, bank) == 0 &&
		    strcmp(v[i].origserial, serial) == 0)
			return 1;
	return 0;
}

int
bs_cmd_dayfile(int argc, char **argv)
{
	struct bs_ledger_rec	*v = NULL;
	struct gbuf		 body, out;
	char			 bank[5] = "", date[9] = "", err[512],
				 dir[4096], name[64], l[256];
	const char		*bdir = NULL, *from = NULL, *o, *val, *st;
	long			 drop = 0, extra = 0, adiff = 0, sdiff = 0, x;
	size_t			 n = 0, i;
	int64_t			 count = 0, total = 0, amount;
	int			 a, k, len;

	for (a = 1; a < argc; a++) {
		o = argv[a];
		if (a + 1 >= argc)
			return df_usage();
		val = argv[++a];
		if (strcmp(o, "--dir") == 0)
			bdir = val;
		else if (strcmp(o, "--bank") == 0 && bs_bankno_ok(val))
			memcpy(bank, val, 5);
		else if (strcmp(o, "--date") == 0 && strlen(val) == 8 &&
		    strspn(val, "0123456789") == 8)
			memcpy(date, val, 9);
		else if (strcmp(o, "--from") == 0)
			from = val;
		else if (strcmp(o, "--drop") == 0 &&
		    bs_num(val, 0, 1000000, &x) == 0)
			drop = x;
		else if (strcmp(o, "--extra") == 0 &&
		    bs_num(val, 0, 1000000, &x) == 0)
			extra = x;
		else if (strcmp(o, "--amount-diff") == 0 &&
		    bs_num(val, 0, 1000000, &x) == 0)
			adiff = x;
		else if (strcmp(o, "--status-diff") == 0 &&
		    bs_num(val, 0, 1000000, &x) == 0)
			sdiff = x;
		else
			return df_usage();
	}
	if (bdir == NULL || from == NULL || bank[0] == '\0' || date[0] == '\0')
		return df_usage();
	if (bs_ledger_load(from, &v, &n, err, sizeof(err)) == -1) {
		fprintf(stderr, "banksim: dayfile: %s\n", err);
		return 2;
	}
	gbuf_init(&body);
	gbuf_init(&out);
	for (i = 0; i < n; i++) {
		if (v[i].kind != 'P' || strcmp(v[i].bankno, bank) != 0 ||
		    strcmp(v[i].date, date) != 0)
			continue;
		st = df_reversed(v, n, v[i].serial, bank) ? "REVERSED" : "OK";
		amount = v[i].amount;
		if (drop > 0) {
			drop--;
			printf("drop %s\n", v[i].serial);
			continue;
		}
		if (adiff > 0) {
			adiff--;
			amount++;
			printf("amount %s\n", v[i].serial);
		} else if (sdiff > 0) {
			sdiff--;
			st = strcmp(st, "OK") == 0 ? "REVERSED" : "OK";
			printf("status %s\n", v[i].serial);
		}
		len = snprintf(l, sizeof(l), "D|%s|%s|%lld|%s|%s\n",
		    v[i].serial, v[i].custno, (long long)amount, st,
		    v[i].time);
		gbuf_add(&body, l, (size_t)len);
		count++;
		if (strcmp(st, "OK") == 0)
			total += amount;
	}
	for (k = 0; k < extra; k++) {
		len = snprintf(l, sizeof(l), "D|XTR%s%04d|X%07d|%d|OK|120000\n",
		    date, k + 1, k + 1, 100 + k);
		gbuf_add(&body, l, (size_t)len);
		printf("extra XTR%s%04d\n", date, k + 1);
		count++;
		total += 100 + k;
	}
	if (drop > 0 || adiff > 0 || sdiff > 0)
		fprintf(stderr, "banksim: dayfile: fewer payments than "
		    "differences asked for\n");
	len = snprintf(l, sizeof(l), "H|%s|%s|%lld|%lld\n", bank, date,
	    (long long)count, (long long)total);
	gbuf_add(&out, l, (size_t)len);
	if (body.len > 0)
		gbuf_add(&out, body.data, body.len);
	snprintf(dir, sizeof(dir), "%s/%s/inbox", bdir, bank);
	snprintf(name, sizeof(name), "BD%s%s.txt", bank, date);
	if (bs_write_file(dir, name, (const char *)out.data, out.len, err,
	    sizeof(err)) == -1) {
		fprintf(stderr, "banksim: dayfile: %s\n", err);
		a = 2;
	} else {
		printf("%s: %lld lines, %lld fen OK\n", name, (long long)count,
		    (long long)total);
		a = 0;
	}
	gbuf_free(&body);
	gbuf_free(&out);
	free(v);
	return a;
}
