/*
 * mi_probe - send one IPC_MI_CALL to ifsvc the way appsrv does and print
 * the IPC_MI_RESULT as one JSON line, for the integration tests.
 *
 *	mi_probe SOCKET TRCODE STSERIAL BODY_JSON [TIMEOUT_MS]
 *
 * Output: {"outcome":"ANSWERED|UNKNOWN|UNAVAILABLE","rspcode":..,
 * "rspmsg":..,"body":{..}}.  Exit 0 when a result came, 1 otherwise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "ipc.h"
#include "util.h"

int
main(int argc, char **argv)
{
	static const char *const names[] = { "ANSWERED", "UNKNOWN",
	    "UNAVAILABLE" };
	struct gbuf	 out, reply;
	struct ipc_msg	 m;
	uint16_t	 rtype = 0;
	uint8_t		 outcome;
	const char	*rspcode, *rspmsg, *body;
	char		 err[256], *js;
	json_t		*o, *b;
	json_error_t	 jerr;
	int		 timeout = 30000;

	if (argc < 5 || argc > 6) {
		fprintf(stderr, "usage: mi_probe SOCKET TRCODE STSERIAL JSON "
		    "[TIMEOUT_MS]\n");
		return 2;
	}
	if (argc == 6)
		timeout = atoi(argv[5]);
	gbuf_init(&out);
	gbuf_init(&reply);
	ipc_put_u16(&out, (uint16_t)atoi(argv[2]));
	ipc_put_str(&out, argv[3]);
	ipc_put_str(&out, argv[4]);
	ipc_put_i64(&out, 0);		/* not_after: none */
	if (ipc_call(argv[1], "appsrv", IPC_MI_CALL, &out, &rtype, &reply,
	    timeout, err, sizeof(err)) == -1) {
		fprintf(stderr, "mi_probe: %s\n", err);
		return 1;
	}
	memset(&m, 0, sizeof(m));
	m.type = rtype;
	m.data = reply.data;
	m.len = reply.len;
	if (rtype != IPC_MI_RESULT || ipc_get_u8(&m, &outcome) == -1 ||
	    outcome > 2 || ipc_get_str(&m, &rspcode) == -1 ||
	    ipc_get_str(&m, &rspmsg) == -1 || ipc_get_str(&m, &body) == -1 ||
	    ipc_get_end(&m) == -1) {
		fprintf(stderr, "mi_probe: malformed answer type=%u\n", rtype);
		return 1;
	}
	if ((b = json_loads(body, 0, &jerr)) == NULL) {
		fprintf(stderr, "mi_probe: body is not JSON: %s\n", jerr.text);
		return 1;
	}
	o = json_pack("{s:s,s:s,s:s,s:o}", "outcome", names[outcome],
	    "rspcode", rspcode, "rspmsg", rspmsg, "body", b);
	js = json_dumps(o, JSON_COMPACT);
	printf("%s\n", js);
	free(js);
	json_decref(o);
	gbuf_free(&out);
	gbuf_free(&reply);
	return 0;
}
