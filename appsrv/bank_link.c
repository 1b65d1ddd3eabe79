/*
 * bank_link.c - the bank registry as frontd sees it (BK/1, docs/BK1.md
 * "Listener"): the whole registry on request (IPC_BANK_LOOKUP ->
 * IPC_BANK_INFO), each change relayed (NOTIFY gf_bank -> IPC_BANK_CHANGED),
 * and the move of a bank to its next key version (IPC_BANK_KEYVER).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appsrv.h"
#include "ipc.h"
#include "log.h"

struct bank_ask {
	struct ipc_peer	*peer;
	uint64_t	 reqid;
	char		 bankno[5];
};

static void
list_cb(PGresult *res, void *arg)
{
	struct bank_ask	*a = arg;
	struct gbuf	 b;
	int		 i, n;

	if (!db_ok(res, PGRES_TUPLES_OK)) {
		/* No answer: frontd treats it as appsrv unavailable. */
		log_warnx("bank_registry=lookup error=\"%s\"",
		    res ? PQresultErrorMessage(res) : "database unavailable");
		goto done;
	}
	n = PQntuples(res);
	if (n > 65535)
		n = 65535;
	gbuf_init(&b);
	ipc_put_u16(&b, (uint16_t)n);
	for (i = 0; i < n; i++) {
		ipc_put_str(&b, PQgetvalue(res, i, 0));
		ipc_put_u8(&b, PQgetvalue(res, i, 1)[0] == 't');
		ipc_put_u8(&b, (uint8_t)atoi(PQgetvalue(res, i, 2)));
		ipc_put_u8(&b, (uint8_t)atoi(PQgetvalue(res, i, 3)));
		ipc_put_u8(&b, (uint8_t)atoi(PQgetvalue(res, i, 4)));
		ipc_put_str(&b, PQgetvalue(res, i, 5));
	}
	ipc_peer_send(a->peer, IPC_BANK_INFO, a->reqid, &b);
	gbuf_free(&b);
done:
	ipc_peer_unref(a->peer);
	free(a);
}

void
bank_lookup(struct appsrv *as, struct ipc_peer *peer, uint64_t reqid,
    struct ipc_msg *m)
{
	struct bank_ask	*a;

	if (ipc_get_end(m) == -1) {
		log_warnx("bank_registry=lookup error=\"malformed request\"");
		return;
	}
	a = xcalloc(1, sizeof(*a));
	a->peer = peer;
	a->reqid = reqid;
	ipc_peer_ref(peer);
	db_query(as, SQL_BANK_LIST, 0, NULL, NULL, NULL, list_cb, a);
}

void
bank_changed(struct appsrv *as, const char *bankno)
{
	struct gbuf	b;

	log_info("bank_registry=changed bank=%s", bankno[0] ? bankno : "*");
	gbuf_init(&b);
	ipc_put_str(&b, bankno);
	fsrv_broadcast(as, IPC_BANK_CHANGED, &b);
	gbuf_free(&b);
}

static void
keyver_cb(PGresult *res, void *arg)
{
	struct bank_ask	*a = arg;
	struct gbuf	 b;
	int		 moved;

	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		log_warnx("bank_registry=keyver bank=%s error=\"%s\"",
		    a->bankno, res ? PQresultErrorMessage(res) :
		    "database unavailable");
		goto done;
	}
	moved = PQgetvalue(res, 0, 0)[0] == 't';
	if (moved)
		log_info("bank_registry=keyver_moved bank=%s", a->bankno);
	gbuf_init(&b);
	ipc_put_u8(&b, (uint8_t)moved);
	ipc_peer_send(a->peer, IPC_BANK_KEYVER_ACK, a->reqid, &b);
	gbuf_free(&b);
done:
	ipc_peer_unref(a->peer);
	free(a);
}

void
bank_keyver(struct appsrv *as, struct ipc_peer *peer, uint64_t reqid,
    struct ipc_msg *m)
{
	struct bank_ask	*a;
	const char	*bankno, *vals[2];
	uint8_t		 keyver;
	char		 kv[4];

	if (ipc_get_str(m, &bankno) == -1 || ipc_get_u8(m, &keyver) == -1 ||
	    ipc_get_end(m) == -1 || strlen(bankno) != 4 || keyver == 0) {
		log_warnx("bank_registry=keyver error=\"malformed request\"");
		return;
	}
	a = xcalloc(1, sizeof(*a));
	a->peer = peer;
	a->reqid = reqid;
	memcpy(a->bankno, bankno, 5);
	ipc_peer_ref(peer);
	snprintf(kv, sizeof(kv), "%u", keyver);
	vals[0] = a->bankno;
	vals[1] = kv;
	db_query(as, SQL_BANK_KEYVER, 2, vals, NULL, NULL, keyver_cb, a);
}
