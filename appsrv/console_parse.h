/*
 * console_parse.h - the console's readers of what a browser sends: the
 * session cookie, the request path against a route pattern, the Origin and
 * Content-Type headers, the JSON body.  Pure functions of their arguments
 * (console.c calls them with the request's parts; tests/fuzz/fuzz_console.c
 * with anything).
 */
#ifndef CONSOLE_PARSE_H
#define CONSOLE_PARSE_H

#include <stddef.h>

#include <jansson.h>

/* n characters of s are a CON_HEX_LEN-digit hex token. */
int	 con_hex_token_ok(const char *s, size_t n, size_t want);
/*
 * The value of cookie `name` in a Cookie header: a pointer to its want hex
 * digits in header, or NULL when the cookie is absent or its value is not
 * such a token.
 */
const char *con_cookie_value(const char *header, const char *name,
	    size_t want);
/*
 * Does path match pattern ("/api/recon/{date}")?  path is copied into pbuf
 * (pbuflen bytes) and cut there into segments; a {name} segment takes a
 * value of letters, digits and _ . : - only: up to maxp names go into
 * pnbuf[i] (32 bytes each) and pname[i], their values into pval[i]
 * (pointing into pbuf), their number into *np.  1 or 0.
 */
int	 con_path_match(const char *pattern, const char *path, char *pbuf,
	    size_t pbuflen, char (*pnbuf)[32], const char **pname,
	    const char **pval, int maxp, int *np);
/* A POST from a page of ours, or from no page at all (a script). */
int	 con_origin_ok(const char *origin, const char *host,
	    const char *fetch_site);
/* Content-Type says JSON. */
int	 con_json_type_ok(const char *type);
/* A request body: its JSON object ({} when empty), or NULL. */
json_t	*con_body_parse(const char *buf, size_t len);

#endif
