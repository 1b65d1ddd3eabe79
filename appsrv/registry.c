/*
 * registry.c - the terminal registry as frontd sees it: lookups
 * (IPC_TERM_LOOKUP -> IPC_TERM_INFO), change pushes (the gf_terminal
 * NOTIFY relayed as IPC_TERM_CHANGED) and alarms frontd raises.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appsrv.h"
#include "ipc.h"
#include "log.h"

struct lookup {
	struct appsrv	*as;
	struct ipc_peer	*peer;
	uint64_t	 reqid;
	char		 terminal[17];
};

static void
lookup_cb(PGresult *res, void *arg)
{
	struct lookup	*lk = arg;
	struct gbuf	 b;
	int		 found = 0;

	gbuf_init(&b);
	if (res == NULL || PQresultStatus(res) != PGRES_TUPLES_OK) {
		/* No answer is better than a wrong "unknown terminal": frontd
		 * treats a missing answer as appsrv being unavailable. */
		log_warnx("registry=lookup terminal=%s error=\"%s\"", lk->terminal,
		    res ? PQresultErrorMessage(res) : "database unavailable");
		goto done;
	}
	found = PQntuples(res) == 1;
	ipc_put_str(&b, lk->terminal);
	ipc_put_u8(&b, (uint8_t)found);
	ipc_put_u8(&b, found && PQgetvalue(res, 0, 0)[0] == 't');
	ipc_put_u8(&b, found ? (uint8_t)atoi(PQgetvalue(res, 0, 1)) : 0);
	ipc_put_u8(&b, found ? (uint8_t)atoi(PQgetvalue(res, 0, 2)) : 0);
	ipc_put_u8(&b, found ? (uint8_t)atoi(PQgetvalue(res, 0, 4)) : 0);
	ipc_put_str(&b, found ? PQgetvalue(res, 0, 3) : "");
	ipc_peer_send(lk->peer, IPC_TERM_INFO, lk->reqid, &b);
done:
	gbuf_free(&b);
	ipc_peer_unref(lk->peer);
	free(lk);
}

void
registry_lookup(struct appsrv *as, struct ipc_peer *peer, uint64_t reqid,
    struct ipc_msg *m)
{
	struct lookup	*lk;
	const char	*terminal;
	const char	*vals[1];

	if (ipc_get_str(m, &terminal) == -1 || ipc_get_end(m) == -1 ||
	    strlen(terminal) != 16) {
		log_warnx("registry=lookup error=\"malformed request\"");
		return;
	}
	lk = xcalloc(1, sizeof(*lk));
	lk->as = as;
	lk->peer = peer;
	lk->reqid = reqid;
	memcpy(lk->terminal, terminal, 17);
	ipc_peer_ref(peer);
	vals[0] = lk->terminal;
	db_query(as, SQL_TERM_LOOKUP, 1, vals, NULL, NULL, lookup_cb, lk);
}

void
registry_changed(struct appsrv *as, const char *terminal)
{
	struct gbuf	b;

	log_info("registry=changed terminal=%s", terminal[0] ? terminal : "*");
	gbuf_init(&b);
	ipc_put_str(&b, terminal);
	fsrv_broadcast(as, IPC_TERM_CHANGED, &b);
	gbuf_free(&b);
}

static void
keyver_cb(PGresult *res, void *arg)
{
	struct lookup	*lk = arg;
	struct gbuf	 b;
	int		 moved;

	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		/* frontd asks again on the terminal's next frame. */
		log_warnx("registry=keyver terminal=%s error=\"%s\"",
		    lk->terminal, res ? PQresultErrorMessage(res) :
		    "database unavailable");
		goto done;
	}
	moved = PQgetvalue(res, 0, 0)[0] == 't';
	if (moved)
		log_info("registry=keyver_moved terminal=%s", lk->terminal);
	gbuf_init(&b);
	ipc_put_u8(&b, (uint8_t)moved);
	ipc_peer_send(lk->peer, IPC_TERM_KEYVER_ACK, lk->reqid, &b);
	gbuf_free(&b);
done:
	ipc_peer_unref(lk->peer);
	free(lk);
}

/* frontd opened a valid frame under the terminal's next key version: the
 * registry moves there (gf_term_keyver_seen, audited); the NOTIFY of that
 * change tells every frontd. */
void
registry_keyver(struct appsrv *as, struct ipc_peer *peer, uint64_t reqid,
    struct ipc_msg *m)
{
	struct lookup	*lk;
	const char	*terminal, *vals[2];
	uint8_t		 keyver;
	char		 kv[4];

	if (ipc_get_str(m, &terminal) == -1 || ipc_get_u8(m, &keyver) == -1 ||
	    ipc_get_end(m) == -1 || strlen(terminal) != 16 || keyver == 0) {
		log_warnx("registry=keyver error=\"malformed request\"");
		return;
	}
	lk = xcalloc(1, sizeof(*lk));
	lk->as = as;
	lk->peer = peer;
	lk->reqid = reqid;
	memcpy(lk->terminal, terminal, 17);
	ipc_peer_ref(peer);
	snprintf(kv, sizeof(kv), "%u", keyver);
	vals[0] = lk->terminal;
	vals[1] = kv;
	db_query(as, SQL_TERM_KEYVER, 2, vals, NULL, NULL, keyver_cb, lk);
}

static void
alarm_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (!db_ok(res, PGRES_COMMAND_OK))
		log_warnx("alarm=insert error=\"%s\"",
		    res ? PQresultErrorMessage(res) : "database unavailable");
}

void
registry_alarm(struct appsrv *as, struct ipc_msg *m)
{
	const char	*kind, *terminal, *source, *detail;
	const char	*vals[4];

	if (ipc_get_str(m, &kind) == -1 || ipc_get_str(m, &terminal) == -1 ||
	    ipc_get_str(m, &source) == -1 || ipc_get_str(m, &detail) == -1 ||
	    ipc_get_end(m) == -1 || kind[0] == '\0') {
		log_warnx("alarm=malformed");
		return;
	}
	log_info("alarm=%s terminal=%s source=%s", kind, terminal, source);
	vals[0] = kind;
	vals[1] = terminal;
	vals[2] = source;
	vals[3] = detail;
	db_query(as, SQL_ALARM, 4, vals, NULL, NULL, alarm_cb, NULL);
}
