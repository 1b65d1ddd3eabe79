/*
 * withhold.c - `banksim withhold`: the bank's side of a withholding month
 * (BK1 §5), through the files alone.
 *
 *   banksim withhold --dir BANK_DIR --bank B [--refuse-rate P] [--seed S]
 *       [--refuse CUSTNO:CODE]... [--tamper count|total|line|sha]
 *       [--date YYYYMMDD] [--file WHNAME]
 *
 * Every list BANK_DIR/B/outbox/WH<B><YYYYMM><nn>.txt (or only --file)
 * without a result yet in BANK_DIR/B/inbox/ is read, its .sha256 and its
 * own head (bank, month, number, count, total against its lines) checked,
 * and answered with WR<B><YYYYMM><nn>.txt + .sha256 in inbox/ (temporary
 * name, then rename).  Each line is debited (0000, a bank serial, the
 * date) or refused: --refuse names a customer or an account and its code,
 * else --refuse-rate of the lines get 3001, 3002 or 3003 (drawn).
 *
 * --tamper writes a result the station must refuse whole:
 *   count  the head's count one more than the lines
 *   total  the head's total one fen more than the lines
 *   line   the last line's customer replaced by one not on the list
 *   sha    the .sha256 of other content (the file changed after it)
 * Exit: 0 every list answered, 1 a list refused (bad .sha256 or head: no
 * result written for it), 2 usage.
 */
#include <dirent.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "banksim.h"
#include "log.h"
#include "util.h"

#define WH_MAX_REFUSE	64

enum wh_tamper { WT_NONE, WT_COUNT, WT_TOTAL, WT_LINE, WT_SHA };

struct wh_ctx {
	const char	*dir;
	char		 bank[5];
	char		 date[9];
	const char	*only;
	uint64_t	 rng;
	int		 refuse_rate;
	enum wh_tamper	 tamper;
	struct {
		char	who[40];
		char	code[5];
	}		 refuse[WH_MAX_REFUSE];
	int		 nrefuse;
	int		 refused_files, answered;
};

static const char *
wh_code(struct wh_ctx *ctx, const char *custno, const char *account)
{
	static const char *codes[] = { BK1_FUNDS, BK1_ACCOUNT_CLOSED,
	    BK1_NOT_BOUND };
	int	i;

	for (i = 0; i < ctx->nrefuse; i++)
		if (strcmp(ctx->refuse[i].who, custno) == 0 ||
		    strcmp(ctx->refuse[i].who, account) == 0)
			return ctx->refuse[i].code;
	if (bs_roll(&ctx->rng, ctx->refuse_rate))
		return codes[bs_rng(&ctx->rng) % 3];
	return BK1_OK;
}

static int
wh_digits(const char *s, size_t n)
{
	size_t	i;

	if (strlen(s) != n)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* One list: 0 answered, -1 refused (said why on stderr). */
static int
wh_one(struct wh_ctx *ctx, const char *name)
{
	char		 path[4096], outdir[4096], err[512], wrname[64];
	char		*txt, *line, *nl, *f[8], *hd[7], *s;
	const char	*code, *month, *nn;
	struct gbuf	 body, out;
	size_t		 len, lines = 0;
	long		 count, total, amount, lineno;
	int64_t		 sum = 0, okcount = 0, oktotal = 0;
	int		 nf, rc = -1;

	snprintf(path, sizeof(path), "%s/%s/outbox/%s", ctx->dir, ctx->bank,
	    name);
	if ((txt = bs_read_file(path, &len, err, sizeof(err))) == NULL) {
		fprintf(stderr, "banksim: withhold: %s\n", err);
		return -1;
	}
	if (bs_check_sha(path, txt, len, err, sizeof(err)) == -1) {
		fprintf(stderr, "banksim: withhold: refused %s: %s\n", name,
		    err);
		free(txt);
		return -1;
	}
	gbuf_init(&body);
	gbuf_init(&out);
	/* WH<bank 4><YYYYMM 6><nn 2>.txt */
	month = name + 6;
	nn = name + 12;
	if ((nl = strchr(txt, '\n')) == NULL) {
		snprintf(err, sizeof(err), "no head line");
		goto bad;
	}
	*nl = '\0';
	if (bs_split(txt, hd, 7) != 6 || strcmp(hd[0], "H") != 0 ||
	    strcmp(hd[1], ctx->bank) != 0 || strncmp(hd[2], month, 6) != 0 ||
	    !wh_digits(hd[2], 6) || strncmp(hd[3], nn, 2) != 0 ||
	    !wh_digits(hd[3], 2) ||
	    bs_num(hd[4], 0, 10000000, &count) == -1 ||
	    bs_num(hd[5], 0, 999999999999999L, &total) == -1) {
		snprintf(err, sizeof(err), "bad head line");
		goto bad;
	}
	for (line = nl + 1; *line != '\0'; line = nl + 1) {
		if ((nl = strchr(line, '\n')) == NULL) {
			snprintf(err, sizeof(err), "last line not ended");
			goto bad;
		}
		*nl = '\0';
		nf = bs_split(line, f, 8);
		if (nf != 7 || strcmp(f[0], "D") != 0 ||
		    bs_num(f[1], 1, 10000000, &lineno) == -1 ||
		    lineno != (long)lines + 1 || f[2][0] == '\0' ||
		    f[4][0] == '\0' ||
		    bs_num(f[5], 1, 999999999999L, &amount) == -1) {
			snprintf(err, sizeof(err), "line %zu malformed",
			    lines + 2);
			goto bad;
		}
		lines++;
		sum += amount;
		code = wh_code(ctx, f[2], f[4]);
		if (strcmp(code, BK1_OK) == 0) {
			okcount++;
			oktotal += amount;
		}
		s = f[2];
		if (ctx->tamper == WT_LINE && *(nl + 1) == '\0')
			s = "X9999999999";
		gbuf_add(&body, "D|", 2);
		{
			char	l[512];
			int	n;

			n = snprintf(l, sizeof(l), "%ld|%s|%s|%ld|%s|", lineno,
			    s, f[4], amount, code);
			if (strcmp(code, BK1_OK) == 0)
				n += snprintf(l + n, sizeof(l) - (size_t)n,
				    "%s%s%s%06ld", ctx->bank, hd[2], hd[3],
				    lineno);
			n += snprintf(l + n, sizeof(l) - (size_t)n, "|%s\n",
			    ctx->date);
			gbuf_add(&body, l, (size_t)n);
		}
	}
	if ((long)lines != count || sum != total) {
		snprintf(err, sizeof(err), "head says %ld lines %ld fen, the "
		    "lines are %zu and %lld", count, total, lines,
		    (long long)sum);
		goto bad;
	}
	{
		char	h[256];
		int	n;

		n = snprintf(h, sizeof(h), "H|%s|%s|%s|%ld|%lld|%lld|%lld\n",
		    ctx->bank, hd[2], hd[3],
		    count + (ctx->tamper == WT_COUNT ? 1 : 0),
		    (long long)(total + (ctx->tamper == WT_TOTAL ? 1 : 0)),
		    (long long)okcount, (long long)oktotal);
		gbuf_add(&out, h, (size_t)n);
		if (body.len > 0)
			gbuf_add(&out, body.data, body.len);
	}
	snprintf(wrname, sizeof(wrname), "WR%s%s%s.txt", ctx->bank, hd[2],
	    hd[3]);
	snprintf(outdir, sizeof(outdir), "%s/%s/inbox", ctx->dir, ctx->bank);
	if (bs_write_file(outdir, wrname, (const char *)out.data, out.len,
	    err, sizeof(err)) == -1) {
		fprintf(stderr, "banksim: withhold: %s\n", err);
		goto done;
	}
	if (ctx->tamper == WT_SHA) {
		/* A digest of other content: as if the file changed after. */
		char	hex[65], l[256], shaname[80];

		gbuf_add(&out, "x", 1);
		bs_sha256_hex(out.data, out.len, hex);
		snprintf(l, sizeof(l), "%s  %s\n", hex, wrname);
		snprintf(shaname, sizeof(shaname), "%s.sha256", wrname);
		if (bs_write_plain(outdir, shaname, l, strlen(l), err,
		    sizeof(err)) == -1) {
			fprintf(stderr, "banksim: withhold: %s\n", err);
			goto done;
		}
	}
	printf("%s: %zu lines, debited %lld (%lld fen), refused %lld%s\n",
	    wrname, lines, (long long)okcount, (long long)oktotal,
	    (long long)(lines - (size_t)okcount),
	    ctx->tamper != WT_NONE ? " (tampered)" : "");
	ctx->answered++;
	rc = 0;
	goto done;
bad:
	fprintf(stderr, "banksim: withhold: refused %s: %s\n", name, err);
done:
	gbuf_free(&body);
	gbuf_free(&out);
	free(txt);
	return rc;
}

/* WH<bank><YYYYMM><nn>.txt of this bank. */
static int
wh_name_ok(const struct wh_ctx *ctx, const char *name)
{
	return strlen(name) == 18 && strncmp(name, "WH", 2) == 0 &&
	    strncmp(name + 2, ctx->bank, 4) == 0 &&
	    strspn(name + 6, "0123456789") == 8 &&
	    strcmp(name + 14, ".txt") == 0;
}

static int
wh_usage(void)
{
	fprintf(stderr, "usage: banksim withhold --dir BANK_DIR --bank B "
	    "[--refuse-rate P] [--seed S]\n\t[--refuse CUSTNO:CODE]... "
	    "[--tamper count|total|line|sha] [--date YYYYMMDD] "
	    "[--file WHNAME]\n");
	return 2;
}

int
bs_cmd_withhold(int argc, char **argv)
{
	struct wh_ctx	 ctx;
	struct dirent	**names = NULL;
	struct stat	 sb;
	char		 out[4096], dir[4096], hms[7], *colon;
	const char	*o, *v;
	long		 n;
	int		 i, nn, rc = 0;

	memset(&ctx, 0, sizeof(ctx));
	ctx.rng = 1;
	bs_now(ctx.date, hms);
	for (i = 1; i < argc; i++) {
		o = argv[i];
		if (i + 1 >= argc)
			return wh_usage();
		v = argv[++i];
		if (strcmp(o, "--dir") == 0)
			ctx.dir = v;
		else if (strcmp(o, "--bank") == 0 && bs_bankno_ok(v))
			memcpy(ctx.bank, v, 5);
		else if (strcmp(o, "--refuse-rate") == 0 &&
		    bs_rate(v, &ctx.refuse_rate) == 0)
			;
		else if (strcmp(o, "--seed") == 0 &&
		    bs_num(v, 0, 0x7fffffffL, &n) == 0)
			ctx.rng = (uint64_t)n;
		else if (strcmp(o, "--date") == 0 && wh_digits(v, 8))
			memcpy(ctx.date, v, 9);
		else if (strcmp(o, "--file") == 0)
			ctx.only = v;
		else if (strcmp(o, "--refuse") == 0 &&
		    ctx.nrefuse < WH_MAX_REFUSE &&
		    (colon = strrchr(v, ':')) != NULL && colon != v &&
		    (size_t)(colon - v) < sizeof(ctx.refuse[0].who) &&
		    (strcmp(colon + 1, BK1_FUNDS) == 0 ||
		    strcmp(colon + 1, BK1_ACCOUNT_CLOSED) == 0 ||
		    strcmp(colon + 1, BK1_NOT_BOUND) == 0)) {
			memcpy(ctx.refuse[ctx.nrefuse].who, v,
			    (size_t)(colon - v));
			memcpy(ctx.refuse[ctx.nrefuse].code, colon + 1, 5);
			ctx.nrefuse++;
		} else if (strcmp(o, "--tamper") == 0) {
			if (strcmp(v, "count") == 0)
				ctx.tamper = WT_COUNT;
			else if (strcmp(v, "total") == 0)
				ctx.tamper = WT_TOTAL;
			else if (strcmp(v, "line") == 0)
				ctx.tamper = WT_LINE;
			else if (strcmp(v, "sha") == 0)
				ctx.tamper = WT_SHA;
			else
				return wh_usage();
		} else
			return wh_usage();
	}
	if (ctx.dir == NULL || ctx.bank[0] == '\0')
		return wh_usage();
	if (ctx.only != NULL) {
		if (!wh_name_ok(&ctx, ctx.only)) {
			fprintf(stderr, "banksim: withhold: %s is not a list "
			    "of bank %s\n", ctx.only, ctx.bank);
			return 2;
		}
		return wh_one(&ctx, ctx.only) == 0 ? 0 : 1;
	}
	snprintf(dir, sizeof(dir), "%s/%s/outbox", ctx.dir, ctx.bank);
	if ((nn = scandir(dir, &names, NULL, alphasort)) == -1) {
		fprintf(stderr, "banksim: withhold: %s: cannot read\n", dir);
		return 2;
	}
	for (i = 0; i < nn; i++) {
		if (wh_name_ok(&ctx, names[i]->d_name)) {
			snprintf(out, sizeof(out), "%s/%s/inbox/WR%s", ctx.dir,
			    ctx.bank, names[i]->d_name + 2);
			if (stat(out, &sb) == -1 &&
			    wh_one(&ctx, names[i]->d_name) == -1)
				rc = 1;
		}
		free(names[i]);
	}
	free(names);
	if (ctx.answered == 0 && rc == 0)
		printf("no list to answer in %s\n", dir);
	return rc;
}
