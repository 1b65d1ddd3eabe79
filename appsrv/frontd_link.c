/*
 * frontd_link.c - what appsrv does with the messages of the frontd
 * workers on its socket.  The socket itself (accepting, caps, peers that
 * outlive their link while a request is in progress) is common/ipc_server.
 */
#include <stdlib.h>
#include <string.h>

#include "appsrv.h"
#include "ipc.h"
#include "ipc_server.h"
#include "log.h"

/* What appsrv keeps per frontd peer. */
struct frontd_peer {
	char			*metrics;	/* last IPC_METRICS text */
	int64_t			 metrics_us;	/* when it came */
};

void
fsrv_broadcast(struct appsrv *as, uint16_t type, const struct gbuf *payload)
{
	if (as->fsrv != NULL)
		ipc_server_broadcast(as->fsrv, type, payload);
}

/* The frontd peers' last metrics, as a JSON array of {peer, age_ms, text}
 * (malloc'd). */
char *
fsrv_metrics_json(struct appsrv *as)
{
	struct ipc_peer		*p;
	struct frontd_peer	*fp;
	json_t			*arr = json_array();
	char			*s;
	int64_t			 now = now_us();

	if (as->fsrv != NULL)
		for (p = ipc_server_first(as->fsrv); p != NULL;
		    p = ipc_server_next(p)) {
			fp = ipc_peer_data(p);
			if (fp == NULL || fp->metrics == NULL ||
			    !ipc_peer_linked(p))
				continue;
			json_array_append_new(arr, json_pack("{s:s, s:I, s:s}",
			    "peer", ipc_peer_name(p), "age_ms",
			    (json_int_t)((now - fp->metrics_us) / 1000), "text",
			    fp->metrics));
		}
	s = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	if (s == NULL)
		fatalx("fsrv_metrics_json: out of memory");
	return s;
}

static void
peer_accept_cb(struct ipc_peer *p, void *arg)
{
	(void)arg;
	ipc_peer_set_data(p, xcalloc(1, sizeof(struct frontd_peer)));
}

static void
peer_msg_cb(struct ipc_peer *p, struct ipc_msg *m, void *arg)
{
	struct appsrv		*as = arg;
	struct frontd_peer	*fp = ipc_peer_data(p);
	const char		*text;

	switch (m->type) {
	case IPC_TP_REQUEST:
		seq_request(as, p, m->reqid, m);
		break;
	case IPC_TERM_LOOKUP:
		registry_lookup(as, p, m->reqid, m);
		break;
	case IPC_TERM_KEYVER:
		registry_keyver(as, p, m->reqid, m);
		break;
	case IPC_ALARM:
		registry_alarm(as, m);
		break;
	case IPC_BANK_LOOKUP:
		bank_lookup(as, p, m->reqid, m);
		break;
	case IPC_BANK_KEYVER:
		bank_keyver(as, p, m->reqid, m);
		break;
	case IPC_BK_REQUEST:
		fn_bank(as, p, m->reqid, m);
		break;
	case IPC_METRICS:
		/* The answer to fsrv_broadcast(IPC_METRICS_REQ), for the
		 * console (fsrv_metrics_json). */
		if (ipc_get_str(m, &text) == -1 || ipc_get_end(m) == -1) {
			log_warnx("ipc=bad_message peer=%s type=METRICS",
			    ipc_peer_name(p));
			break;
		}
		free(fp->metrics);
		fp->metrics = xstrdup(text);
		fp->metrics_us = now_us();
		break;
	default:
		log_warnx("ipc=unexpected peer=%s type=%u", ipc_peer_name(p),
		    m->type);
		break;
	}
}

static void
peer_close_cb(struct ipc_peer *p, void *arg)
{
	struct frontd_peer	*fp = ipc_peer_data(p);

	(void)arg;
	if (fp != NULL) {
		free(fp->metrics);
		free(fp);
	}
	ipc_peer_set_data(p, NULL);
}

int
fsrv_init(struct appsrv *as)
{
	struct ipc_server_conf	conf = {
		.path = as->conf.appsrv.socket,
		.myname = "appsrv",
		.accept_cb = peer_accept_cb,
		.msg_cb = peer_msg_cb,
		.close_cb = peer_close_cb,
		.arg = as,
	};

	if ((as->fsrv = ipc_server_new(as->base, &conf)) == NULL) {
		log_warn("listen %s", as->conf.appsrv.socket);
		return -1;
	}
	return 0;
}

void
fsrv_free(struct appsrv *as)
{
	ipc_server_free(as->fsrv);
	as->fsrv = NULL;
}
