/*
 * bank_registry.c - frontd's cache of the bank registry (BK/1, docs/BK1.md
 * "Listener").
 *
 * The registry is small (one row per bank), so the whole of it is asked at
 * once (IPC_BANK_LOOKUP -> IPC_BANK_INFO) and kept for registry_ttl
 * seconds; appsrv relays every change (NOTIFY gf_bank) as IPC_BANK_CHANGED,
 * which makes the copy stale at once.  The address check of a new bank
 * connection and every frame's bank check read this copy.
 *
 * Key moves work as for terminals: while a bank may use its next key
 * version beside its own, its first valid frame under the next one makes
 * this copy accept only that version and asks appsrv (IPC_BANK_KEYVER) to
 * move the registry (gf_bank_keyver_seen), which every frontd then hears.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontd.h"
#include "log.h"

#define BANK_LOOKUP_TIMEOUT_MS	5000

struct bwait {
	struct bwait	*next;
	bank_cache_cb	 cb;
	void		*arg;
};

struct bank_cache {
	struct frontd	*fx;
	struct bank_ent	*ents;
	int		 n;
	int		 valid;
	int		 stale;		/* changed while a lookup was out */
	int		 pending;
	int64_t		 expires;	/* mono ms */
	struct bwait	*waiters;
};

struct bank_cache *
bank_cache_new(struct frontd *fx)
{
	struct bank_cache	*bc = xcalloc(1, sizeof(*bc));

	bc->fx = fx;
	return bc;
}

void
bank_cache_free(struct bank_cache *bc)
{
	struct bwait	*w, *nx;

	if (bc == NULL)
		return;
	for (w = bc->waiters; w != NULL; w = nx) {
		nx = w->next;
		free(w);
	}
	free(bc->ents);
	free(bc);
}

static void
finish(struct bank_cache *bc, int ok)
{
	struct bwait	*w, *nx;

	w = bc->waiters;
	bc->waiters = NULL;
	bc->pending = 0;
	for (; w != NULL; w = nx) {
		nx = w->next;
		w->cb(w->arg, ok);
		free(w);
	}
}

/* "10.2.0.1,10.2.0.2" into e->addrs; PostgreSQL's inet text may carry a
 * mask, which is cut off. */
static void
parse_addrs(struct bank_ent *e, const char *s)
{
	char	 buf[BANK_MAX_ADDRS * 48], *p, *tok, *save = NULL;

	snprintf(buf, sizeof(buf), "%s", s);
	e->naddrs = 0;
	for (p = buf; (tok = strtok_r(p, ",", &save)) != NULL; p = NULL) {
		if (e->naddrs >= BANK_MAX_ADDRS)
			break;
		tok[strcspn(tok, "/")] = '\0';
		snprintf(e->addrs[e->naddrs++], sizeof(e->addrs[0]), "%s", tok);
	}
}

static void
lookup_cb(void *arg, struct ipc_msg *m)
{
	struct bank_cache	*bc = arg;
	struct bank_ent		*ents = NULL;
	const char		*bankno, *addrs;
	uint16_t		 n, i;
	uint8_t			 en, suite, kv, next;

	if (m == NULL) {
		finish(bc, 0);
		return;
	}
	if (m->type != IPC_BANK_INFO || ipc_get_u16(m, &n) == -1)
		goto bad;
	ents = xcalloc(n ? n : 1, sizeof(*ents));
	for (i = 0; i < n; i++) {
		if (ipc_get_str(m, &bankno) == -1 ||
		    ipc_get_u8(m, &en) == -1 || ipc_get_u8(m, &suite) == -1 ||
		    ipc_get_u8(m, &kv) == -1 || ipc_get_u8(m, &next) == -1 ||
		    ipc_get_str(m, &addrs) == -1 || strlen(bankno) != 4)
			goto bad;
		memcpy(ents[i].bankno, bankno, 5);
		ents[i].bank = (uint16_t)atoi(bankno);
		ents[i].enabled = en;
		ents[i].suite = suite;
		ents[i].keyver = kv;
		ents[i].next_keyver = next != kv ? next : 0;
		parse_addrs(&ents[i], addrs);
	}
	if (ipc_get_end(m) == -1)
		goto bad;
	free(bc->ents);
	bc->ents = ents;
	bc->n = n;
	bc->valid = 1;
	bc->expires = bc->stale ? 0 : mono_ms() +
	    (int64_t)bc->fx->conf.frontd.registry_ttl * 1000;
	bc->stale = 0;
	finish(bc, 1);
	return;
bad:
	free(ents);
	log_warnx("appsrv=bad_message type=BANK_INFO");
	finish(bc, 0);
}

void
bank_cache_get(struct bank_cache *bc, bank_cache_cb cb, void *arg)
{
	struct bwait	*w;
	int		 tmo;

	if (bc->valid && bc->expires > mono_ms()) {
		cb(arg, 1);
		return;
	}
	w = xmalloc(sizeof(*w));
	w->cb = cb;
	w->arg = arg;
	w->next = bc->waiters;
	bc->waiters = w;
	if (bc->pending)
		return;
	tmo = bc->fx->conf.frontd.appsrv_timeout;
	if (tmo <= 0 || tmo > BANK_LOOKUP_TIMEOUT_MS)
		tmo = BANK_LOOKUP_TIMEOUT_MS;
	bc->pending = 1;
	if (appsrv_link_call(bc->fx->as, IPC_BANK_LOOKUP, NULL, tmo, lookup_cb,
	    bc) == -1)
		finish(bc, 0);		/* appsrv unreachable */
}

const struct bank_ent *
bank_cache_find(struct bank_cache *bc, const char *bankno)
{
	int	i;

	for (i = 0; i < bc->n; i++)
		if (strcmp(bc->ents[i].bankno, bankno) == 0)
			return &bc->ents[i];
	return NULL;
}

static int
same_ip(const char *a, const char *b)
{
	uint8_t	x[16], y[16];

	if (inet_pton(AF_INET, a, x) == 1)
		return inet_pton(AF_INET, b, y) == 1 && memcmp(x, y, 4) == 0;
	if (inet_pton(AF_INET6, a, x) == 1)
		return inet_pton(AF_INET6, b, y) == 1 && memcmp(x, y, 16) == 0;
	return 0;
}

int
bank_ent_has_addr(const struct bank_ent *e, const char *ip)
{
	int	i;

	for (i = 0; i < e->naddrs; i++)
		if (same_ip(e->addrs[i], ip))
			return 1;
	return 0;
}

int
bank_cache_addr_known(struct bank_cache *bc, const char *ip)
{
	int	i;

	for (i = 0; i < bc->n; i++)
		if (bc->ents[i].enabled && bank_ent_has_addr(&bc->ents[i], ip))
			return 1;
	return 0;
}

void
bank_cache_changed(struct bank_cache *bc, const char *bankno)
{
	log_debug("bank_registry=changed bank=%s", bankno[0] ? bankno : "*");
	bc->expires = 0;
	if (bc->pending)
		bc->stale = 1;
}

static void
keyver_cb(void *arg, struct ipc_msg *m)
{
	struct bank_cache	*bc = arg;
	uint8_t			 moved;

	if (m == NULL || m->type != IPC_BANK_KEYVER_ACK ||
	    ipc_get_u8(m, &moved) == -1 || ipc_get_end(m) == -1) {
		/* Asked again after the ttl, on the bank's next frame. */
		bc->expires = 0;
		return;
	}
	log_info("bank_registry=keyver moved=%u", moved);
}

void
bank_cache_keyver_seen(struct bank_cache *bc, const char *bankno,
    uint8_t keyver)
{
	struct bank_ent	*e = (struct bank_ent *)bank_cache_find(bc, bankno);
	struct gbuf	 pl;

	if (e == NULL || e->next_keyver != keyver)
		return;
	e->keyver = keyver;
	e->next_keyver = 0;
	gbuf_init(&pl);
	ipc_put_str(&pl, bankno);
	ipc_put_u8(&pl, keyver);
	if (appsrv_link_call(bc->fx->as, IPC_BANK_KEYVER, &pl,
	    bc->fx->conf.frontd.appsrv_timeout, keyver_cb, bc) == -1)
		bc->expires = 0;
	gbuf_free(&pl);
}
