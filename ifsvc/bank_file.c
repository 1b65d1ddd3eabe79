/*
 * bank_file.c - checks of a bank's day file (bank_file.h).  The file is
 * refused whole at the first fault: a reconciliation on part of a day
 * would report the rest as station-only.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank_file.h"
#include "log.h"

int
bank_file_name(const char *name, char bankno[5], char date[9])
{
	if (strlen(name) != 18 || strncmp(name, "BD", 2) != 0 ||
	    strspn(name + 2, "0123456789") != 12 ||
	    strcmp(name + 14, ".txt") != 0)
		return -1;
	memcpy(bankno, name + 2, 4);
	bankno[4] = '\0';
	memcpy(date, name + 6, 8);
	date[8] = '\0';
	return 0;
}

int
bank_sha_line(const char *data, size_t len, const char *name, char hex[65],
    char *err, size_t errlen)
{
	size_t	 nl = strlen(name), i, n = len;

	while (n > 0 && (data[n - 1] == '\n' || data[n - 1] == '\r'))
		n--;
	if (n != 64 + 2 + nl || (memcmp(data + 64, "  ", 2) != 0 &&
	    memcmp(data + 64, " *", 2) != 0) ||
	    memcmp(data + 66, name, nl) != 0) {
		snprintf(err, errlen, "%s.sha256: not \"<sha256>  %s\"", name,
		    name);
		return -1;
	}
	for (i = 0; i < 64; i++) {
		if (!isxdigit((unsigned char)data[i])) {
			snprintf(err, errlen, "%s.sha256: not a SHA-256", name);
			return -1;
		}
		hex[i] = (char)tolower((unsigned char)data[i]);
	}
	hex[64] = '\0';
	return 0;
}

/* Digits only, 1..max of them, no sign; its value. */
static int
num_field(const char *s, size_t n, size_t max, int64_t *v)
{
	size_t	i;

	if (n == 0 || n > max)
		return -1;
	*v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

/* A serial or customer number: printable ASCII without '|', '\' or
 * space (the COPY text format gives '\' a meaning). */
static int
word_field(const char *s, size_t n, size_t max)
{
	size_t	i;

	if (n == 0 || n > max)
		return -1;
	for (i = 0; i < n; i++)
		if (s[i] <= ' ' || s[i] > '~' || s[i] == '|' || s[i] == '\\')
			return -1;
	return 0;
}

/* Split line [s, s + n) at '|' into at most max fields. */
static int
split(const char *s, size_t n, const char **f, size_t *fl, int max)
{
	int		 k = 0;
	const char	*p = s, *end = s + n, *bar;

	for (;;) {
		if (k == max)
			return -1;
		bar = memchr(p, '|', (size_t)(end - p));
		f[k] = p;
		fl[k] = (size_t)((bar ? bar : end) - p);
		k++;
		if (bar == NULL)
			return k;
		p = bar + 1;
	}
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
bank_file_parse(const char *data, size_t len, const char *bankno,
    const char *date, struct gbuf *copy, int64_t *count, int64_t *total,
    char *err, size_t errlen)
{
	const char	*f[8], *p = data, *end = data + len, *nl;
	size_t		 fl[8], n, cap = 0, nser = 0, i;
	int64_t		 hcount = 0, htotal = 0, amt, t, lineno = 0;
	char		**ser = NULL, one[BANK_SERIAL_MAX + 1];
	int		 k, rc = -1;

	*count = *total = 0;
	if (len == 0) {
		snprintf(err, errlen, "empty file");
		return -1;
	}
	if (memchr(data, '\0', len) != NULL) {
		snprintf(err, errlen, "a NUL byte in the file");
		return -1;
	}
	while (p < end) {
		lineno++;
		nl = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((nl ? nl : end) - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (n == 0 || n > 512) {
			snprintf(err, errlen, "line %lld: %s", (long long)lineno,
			    n == 0 ? "empty line" : "too long");
			goto out;
		}
		k = split(p, n, f, fl, 8);
		if (lineno == 1) {
			if (k != 5 || fl[0] != 1 || f[0][0] != 'H') {
				snprintf(err, errlen, "line 1: not a header "
				    "H|bankno|date|count|total");
				goto out;
			}
			if (fl[1] != 4 || memcmp(f[1], bankno, 4) != 0 ||
			    fl[2] != 8 || memcmp(f[2], date, 8) != 0) {
				snprintf(err, errlen, "line 1: header names "
				    "bank %.*s date %.*s, not the file's %s %s",
				    (int)(fl[1] > 8 ? 8 : fl[1]), f[1],
				    (int)(fl[2] > 8 ? 8 : fl[2]), f[2], bankno,
				    date);
				goto out;
			}
			if (num_field(f[3], fl[3], 9, &hcount) == -1 ||
			    num_field(f[4], fl[4], 15, &htotal) == -1) {
				snprintf(err, errlen, "line 1: count and total "
				    "must be digits");
				goto out;
			}
		} else {
			if (k != 6 || fl[0] != 1 || f[0][0] != 'D') {
				snprintf(err, errlen, "line %lld: not "
				    "D|serial|custno|amount|status|txtime",
				    (long long)lineno);
				goto out;
			}
			if (word_field(f[1], fl[1], BANK_SERIAL_MAX) == -1 ||
			    word_field(f[2], fl[2], BANK_CUSTNO_MAX) == -1 ||
			    num_field(f[3], fl[3], 12, &amt) == -1 ||
			    amt <= 0 ||
			    !((fl[4] == 2 && memcmp(f[4], "OK", 2) == 0) ||
			    (fl[4] == 8 && memcmp(f[4], "REVERSED", 8) == 0)) ||
			    num_field(f[5], fl[5], 6, &t) == -1 ||
			    fl[5] != 6 || t / 10000 > 23 || t / 100 % 100 > 59 ||
			    t % 100 > 59) {
				snprintf(err, errlen, "line %lld: a field is "
				    "malformed (serial, custno, amount > 0, "
				    "status OK|REVERSED, txtime HHMMSS)",
				    (long long)lineno);
				goto out;
			}
			if (nser == cap) {
				cap = cap ? cap * 2 : 1024;
				ser = xrealloc(ser, cap * sizeof(*ser));
			}
			memcpy(one, f[1], fl[1]);
			one[fl[1]] = '\0';
			ser[nser++] = strdup(one);
			if (ser[nser - 1] == NULL)
				fatal("strdup");
			(*count)++;
			/* total: the OK lines, as MI/1's 9001 counts it
			 * (MI1 §3); a REVERSED line is money given back. */
			if (fl[4] == 2)
				*total += amt;
			gbuf_add(copy, f[1], n - 2);
			gbuf_add_u8(copy, '\n');
		}
		p = nl ? nl + 1 : end;
	}
	if (*count != hcount || *total != htotal) {
		snprintf(err, errlen, "the lines (%lld, OK total %lld) do not "
		    "add up to the header's count %lld and total %lld",
		    (long long)*count, (long long)*total, (long long)hcount,
		    (long long)htotal);
		goto out;
	}
	if (nser > 1) {
		qsort(ser, nser, sizeof(*ser), cmp_str);
		for (i = 1; i < nser; i++)
			if (strcmp(ser[i - 1], ser[i]) == 0) {
				snprintf(err, errlen, "serial %s is listed "
				    "twice", ser[i]);
				goto out;
			}
	}
	rc = 0;
out:
	for (i = 0; i < nser; i++)
		free(ser[i]);
	free(ser);
	return rc;
}
