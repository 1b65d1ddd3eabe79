/*
 * console_parse.c - the console's readers of browser input
 * (console_parse.h).
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "console_parse.h"

int
con_hex_token_ok(const char *s, size_t n, size_t want)
{
	size_t	i;

	if (n != want)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f') || (s[i] >= 'A' && s[i] <= 'F')))
			return 0;
	return 1;
}

const char *
con_cookie_value(const char *h, const char *name, size_t want)
{
	const char	*p, *e;
	size_t		 nl = strlen(name);

	if (nl == 0)
		return NULL;
	for (p = h; p != NULL && (p = strstr(p, name)) != NULL; p++) {
		if ((p != h && p[-1] != ' ' && p[-1] != ';') || p[nl] != '=')
			continue;
		p += nl + 1;
		e = p + strcspn(p, "; ");
		return con_hex_token_ok(p, (size_t)(e - p), want) ? p : NULL;
	}
	return NULL;
}

/* Split "/a/b/c" in place into its segments; their number, or -1. */
static int
split_path(char *s, char **seg, int max)
{
	int	n = 0;

	if (*s != '/')
		return -1;
	while (*s == '/') {
		*s++ = '\0';
		if (n == max)
			return -1;
		seg[n++] = s;
		s += strcspn(s, "/");
	}
	return n;
}

int
con_path_match(const char *pattern, const char *path, char *pbuf,
    size_t pbuflen, char (*pnbuf)[32], const char **pname, const char **pval,
    int maxp, int *np)
{
	char	 pat[256], *ps[16], *ss[16];
	int	 n, i, k = 0;
	size_t	 l;

	snprintf(pat, sizeof(pat), "%s", pattern);
	snprintf(pbuf, pbuflen, "%s", path);
	if ((n = split_path(pat, ps, 16)) == -1 ||
	    split_path(pbuf, ss, 16) != n)
		return 0;
	for (i = 0; i < n; i++) {
		l = strlen(ps[i]);
		if (ps[i][0] != '{' || l < 3 || ps[i][l - 1] != '}') {
			if (strcmp(ps[i], ss[i]) != 0)
				return 0;
			continue;
		}
		/* A value: letters, digits and _ . : - only. */
		if (ss[i][0] == '\0' || k == maxp ||
		    strspn(ss[i], "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-") !=
		    strlen(ss[i]))
			return 0;
		ps[i][l - 1] = '\0';
		snprintf(pnbuf[k], 32, "%s", ps[i] + 1);
		pname[k] = pnbuf[k];
		pval[k] = ss[i];
		k++;
	}
	*np = k;
	return 1;
}

int
con_origin_ok(const char *o, const char *h, const char *sf)
{
	size_t	n;

	if (sf != NULL && strcmp(sf, "same-origin") != 0 &&
	    strcmp(sf, "none") != 0)
		return 0;
	if (o == NULL)
		return 1;
	if (strncmp(o, "http://", 7) == 0)
		n = 7;
	else if (strncmp(o, "https://", 8) == 0)
		n = 8;
	else
		return 0;
	return h != NULL && strcasecmp(o + n, h) == 0;
}

int
con_json_type_ok(const char *t)
{
	size_t	n = strlen("application/json");

	return t != NULL && strncasecmp(t, "application/json", n) == 0 &&
	    (t[n] == '\0' || t[n] == ';' || t[n] == ' ');
}

json_t *
con_body_parse(const char *buf, size_t len)
{
	json_error_t	 err;
	json_t		*j;

	if (len == 0)
		return json_object();
	j = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &err);
	if (j != NULL && !json_is_object(j)) {
		json_decref(j);
		return NULL;
	}
	return j;
}
