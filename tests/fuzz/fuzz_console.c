/*
 * fuzz_console.c - libFuzzer target for what the console reads from a
 * browser before any handler runs (appsrv/console_parse.c, and libevent's
 * URI and query-string parsers as console.c calls them): the request URI
 * and its query string, the Cookie header's session token, the path
 * against every route pattern, Origin, Sec-Fetch-Site and Content-Type,
 * and the JSON body.
 *
 * Input: fields separated by a NUL byte, in that order (URI, Cookie,
 * Origin, Host, Sec-Fetch-Site, Content-Type), the rest is the body.
 */
#include <sys/queue.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <jansson.h>

#include "console_parse.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define HEX	64

static const char *patterns[] = {
	"/api/login", "/api/logout", "/api/me", "/api/terminals",
	"/api/terminals/enable", "/api/recon/{date}", "/api/users/{id}/roles",
	"/api/a/{x}/{y}/{z}/{u}/{v}/{w}/{p}/{q}/{r}", "/{a}", "/",
};

static void
path_routes(const char *path)
{
	char		 pbuf[256], pnbuf[8][32];
	const char	*pname[8], *pval[8];
	size_t		 i;
	int		 np, k;

	for (i = 0; i < sizeof(patterns) / sizeof(patterns[0]); i++) {
		np = -1;
		if (!con_path_match(patterns[i], path, pbuf, sizeof(pbuf),
		    pnbuf, pname, pval, 8, &np))
			continue;
		if (np < 0 || np > 8)
			abort();
		for (k = 0; k < np; k++) {
			if (pval[k] < pbuf || pval[k] >= pbuf + sizeof(pbuf) ||
			    pval[k][0] == '\0' || strlen(pname[k]) >= 32)
				abort();
			if (strspn(pval[k], "abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-") !=
			    strlen(pval[k]))
				abort();
		}
	}
}

static void
uri(const char *u)
{
	struct evhttp_uri	*e;
	struct evkeyvalq	 q;
	const char		*path, *query;

	if ((e = evhttp_uri_parse(u)) == NULL)
		return;
	path = evhttp_uri_get_path(e);
	query = evhttp_uri_get_query(e);
	path_routes(path != NULL && path[0] != '\0' ? path : "/");
	TAILQ_INIT(&q);
	if (query != NULL && evhttp_parse_query_str(query, &q) == 0) {
		(void)evhttp_find_header(&q, "id");
		(void)evhttp_find_header(&q, "state");
	}
	evhttp_clear_headers(&q);
	evhttp_uri_free(e);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*f[6], *tok;
	char		*buf;
	size_t		 off = 0, i, blen;
	json_t		*j;

	buf = malloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	for (i = 0; i < 6; i++) {
		f[i] = buf + off;
		off += strlen(buf + off);
		if (off < size)
			off++;
	}
	uri(f[0]);
	path_routes(f[0]);
	tok = con_cookie_value(f[1], "gfsession", HEX);
	if (tok != NULL && (tok < f[1] || tok + HEX > f[1] + strlen(f[1]) ||
	    !con_hex_token_ok(tok, HEX, HEX)))
		abort();
	(void)con_origin_ok(f[2][0] ? f[2] : NULL, f[3][0] ? f[3] : NULL,
	    f[4][0] ? f[4] : NULL);
	(void)con_json_type_ok(f[5]);
	blen = size - off;
	/* The body as read off the wire: exactly its bytes. */
	{
		char	*body = malloc(blen ? blen : 1);

		memcpy(body, data + off, blen);
		j = con_body_parse(body, blen);
		if (j != NULL && !json_is_object(j))
			abort();
		json_decref(j);
		free(body);
	}
	free(buf);
	return 0;
}
