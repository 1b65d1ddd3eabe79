/*
 * wh_file.c - the syntax of a bank's withholding result file (wh_file.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wh_file.h"

static int
num_ok(const char *s, size_t maxlen)
{
	size_t	n = strlen(s);

	return n >= 1 && n <= maxlen && strspn(s, "0123456789") == n;
}

/* Split line in place on '|' into at most max fields; the count. */
static int
split_fields(char *line, char **f, int max)
{
	int	 n = 0;
	char	*p = line, *q;

	for (;;) {
		if (n == max)
			return max + 1;
		f[n++] = p;
		if ((q = strchr(p, '|')) == NULL)
			break;
		*q = '\0';
		p = q + 1;
	}
	return n;
}

/*
 * Parse a result file's text; 0 with the header and the lines (JSON), or
 * -1 with why.
 */
int
wh_result_parse(char *text, size_t len, char **hdr, json_t *lines, char *why,
    size_t whylen)
{
	char	*line, *next, *f[10];
	int	 n, lineno = 0, have_h = 0;

	if (strlen(text) != len) {
		snprintf(why, whylen, "a NUL byte in the file");
		return -1;
	}
	for (line = text; line != NULL && *line != '\0'; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		line[strcspn(line, "\r")] = '\0';
		if (line[0] == '\0')
			continue;
		if (!have_h) {
			n = split_fields(line, f, 9);
			if (n != 8 || strcmp(f[0], "H") != 0 ||
			    !num_ok(f[1], 4) || strlen(f[1]) != 4 ||
			    !num_ok(f[2], 6) || strlen(f[2]) != 6 ||
			    !num_ok(f[3], 2) || !num_ok(f[4], 9) ||
			    !num_ok(f[5], 15) || !num_ok(f[6], 9) ||
			    !num_ok(f[7], 15)) {
				snprintf(why, whylen, "line %d: not a header "
				    "H|bankno|YYYYMM|nn|count|total|okcount|"
				    "oktotal", lineno);
				return -1;
			}
			memcpy(hdr, f, sizeof(char *) * 8);
			have_h = 1;
			continue;
		}
		n = split_fields(line, f, 9);
		if (n != 8 || strcmp(f[0], "D") != 0 || !num_ok(f[1], 9) ||
		    f[2][0] == '\0' || strlen(f[2]) > 32 || !num_ok(f[3], 32) ||
		    !num_ok(f[4], 15) || strlen(f[5]) != 4 ||
		    !num_ok(f[5], 4) || (strcmp(f[5], "0000") != 0 &&
		    f[5][0] != '3') || strlen(f[6]) > 64 || strlen(f[7]) > 8) {
			snprintf(why, whylen, "line %d: not a line D|lineno|"
			    "custno|account|amount|result|bankserial|txdate",
			    lineno);
			return -1;
		}
		json_array_append_new(lines, json_pack("{s:I,s:s,s:s,s:I,s:s,"
		    "s:s,s:s}", "lineno", (json_int_t)strtoll(f[1], NULL, 10),
		    "custno", f[2], "account", f[3], "amount",
		    (json_int_t)strtoll(f[4], NULL, 10), "result", f[5],
		    "bankserial", f[6], "txdate", f[7]));
	}
	if (!have_h) {
		snprintf(why, whylen, "no header");
		return -1;
	}
	return 0;
}

/* WR<bankno><YYYYMM><nn>.txt */
int
wh_result_name(const char *bank, const char *name)
{
	return strlen(bank) == 4 && strlen(name) == 18 &&
	    strncmp(name, "WR", 2) == 0 &&
	    strncmp(name + 2, bank, 4) == 0 &&
	    strspn(name + 6, "0123456789") == 8 &&
	    strcmp(name + 14, ".txt") == 0;
}

