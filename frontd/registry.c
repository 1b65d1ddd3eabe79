/*
 * registry.c - frontd's cache of the terminal registry (TP1 §4 steps 2-3).
 *
 * appsrv owns the registry (the terminals table); frontd asks IPC_TERM_LOOKUP
 * and keeps the answer for registry_ttl seconds, so a terminal disabled by
 * an admin is refused within that time even if the push is lost.  appsrv
 * pushes IPC_TERM_CHANGED for every change, which drops the entry at once.
 * Unknown terminals are cached too (found = 0), so a flood of one bad id
 * costs one lookup per ttl.
 *
 * The entry also caches the terminal's derived keys for one (suite, keyver);
 * they are zeroed when the entry goes and when the key file is reloaded.
 *
 * Key rotation (docs/KEYS.md): while a terminal is being moved to a new key
 * version the answer carries next_keyver too, and frames under either are
 * accepted.  The first valid frame under next_keyver makes this entry
 * accept only that version and asks appsrv (IPC_TERM_KEYVER) to move the
 * registry, which it announces to every frontd.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontd.h"
#include "log.h"

#define LOOKUP_TIMEOUT_MS	5000
#define SWEEP_ABOVE		100000

struct rwait {
	struct rwait	*next;
	term_cache_cb	 cb;
	void		*arg;
};

struct reg_ent {
	struct reg_info	 info;
	int		 valid;
	int64_t		 expires;	/* mono ms */
	int		 pending;
	int		 stale;		/* changed while a lookup was out */
	struct rwait	*waiters;
	int		 have_keys;
	struct tp1_keys	 keys;
	uint8_t		 kkeyver;
};

struct term_cache {
	struct frontd	*fx;
	struct ht	*t;
};

struct lookup_ctx {
	struct term_cache	*r;
	char		 terminal[17];
};

static void
ent_free(struct reg_ent *e)
{
	tp1_keys_clear(&e->keys);
	secure_zero(e, sizeof(*e));
	free(e);
}

static int
free_one(const void *k, size_t kl, void *v, void *arg)
{
	(void)k; (void)kl; (void)arg;
	ent_free(v);
	return 1;
}

static int
sweep_one(const void *k, size_t kl, void *v, void *arg)
{
	struct reg_ent	*e = v;

	(void)k; (void)kl;
	if (!e->pending && e->expires < *(int64_t *)arg) {
		ent_free(e);
		return 1;
	}
	return 0;
}

struct term_cache *
term_cache_new(struct frontd *fx)
{
	struct term_cache	*r = xcalloc(1, sizeof(*r));

	r->fx = fx;
	r->t = ht_new();
	return r;
}

void
term_cache_free(struct term_cache *r)
{
	if (r == NULL)
		return;
	ht_foreach(r->t, free_one, NULL);
	ht_free(r->t);
	free(r);
}

static void
finish(struct term_cache *r, struct reg_ent *e, const struct reg_info *info)
{
	struct rwait	*w, *nx;
	struct reg_info	 copy;

	w = e->waiters;
	e->waiters = NULL;
	e->pending = 0;
	if (info == NULL && !e->valid) {
		ht_del(r->t, e->info.terminal, strlen(e->info.terminal));
		ent_free(e);
	}
	if (info)
		copy = *info;
	for (; w != NULL; w = nx) {
		nx = w->next;
		w->cb(w->arg, info ? &copy : NULL);
		free(w);
	}
}

static void
lookup_cb(void *arg, struct ipc_msg *m)
{
	struct lookup_ctx	*c = arg;
	struct term_cache	*r = c->r;
	struct reg_ent		*e;
	struct reg_info		 info;
	const char		*term, *bound;
	uint8_t			 found, enabled, suite, keyver, next;

	e = ht_get(r->t, c->terminal, strlen(c->terminal));
	free(c);
	if (e == NULL)
		return;
	if (m == NULL) {
		finish(r, e, NULL);
		return;
	}
	if (m->type != IPC_TERM_INFO || ipc_get_str(m, &term) == -1 ||
	    ipc_get_u8(m, &found) == -1 || ipc_get_u8(m, &enabled) == -1 ||
	    ipc_get_u8(m, &suite) == -1 || ipc_get_u8(m, &keyver) == -1 ||
	    ipc_get_u8(m, &next) == -1 || ipc_get_str(m, &bound) == -1 || ipc_get_end(m) == -1 ||
	    strcmp(term, e->info.terminal) != 0) {
		log_warnx("appsrv=bad_message type=TERM_INFO terminal=%s",
		    e->info.terminal);
		finish(r, e, NULL);
		return;
	}
	memset(&info, 0, sizeof(info));
	snprintf(info.terminal, sizeof(info.terminal), "%s", term);
	info.found = found;
	info.enabled = enabled;
	info.suite = suite;
	info.keyver = keyver;
	info.next_keyver = next != keyver ? next : 0;
	snprintf(info.bound_ip, sizeof(info.bound_ip), "%s", bound);
	/* PostgreSQL's inet text may carry a /32 or /128 suffix. */
	info.bound_ip[strcspn(info.bound_ip, "/")] = '\0';
	if (e->have_keys && (e->keys.suite != suite || (e->kkeyver != keyver &&
	    e->kkeyver != info.next_keyver))) {
		tp1_keys_clear(&e->keys);
		e->have_keys = 0;
	}
	e->info = info;
	e->valid = 1;
	/*
	 * A change pushed while this lookup was out may have committed after
	 * appsrv read the row: the waiters get this answer (they asked
	 * before the change), but it is not kept for the next frame.
	 */
	if (e->stale)
		e->expires = 0;
	else
		e->expires = mono_ms() +
		    (int64_t)r->fx->conf.frontd.registry_ttl * 1000;
	e->stale = 0;
	finish(r, e, &info);
}

void
term_cache_lookup(struct term_cache *r, const char *terminal, term_cache_cb cb,
    void *arg)
{
	struct reg_ent		*e;
	struct rwait		*w;
	struct lookup_ctx	*c;
	struct gbuf		 pl;
	size_t			 klen = strlen(terminal);
	int			 tmo;

	e = ht_get(r->t, terminal, klen);
	if (e != NULL && e->valid && e->expires > mono_ms()) {
		cb(arg, &e->info);
		return;
	}
	if (e == NULL) {
		if (ht_count(r->t) > SWEEP_ABOVE) {
			int64_t now = mono_ms();
			ht_foreach(r->t, sweep_one, &now);
		}
		e = xcalloc(1, sizeof(*e));
		snprintf(e->info.terminal, sizeof(e->info.terminal), "%s",
		    terminal);
		ht_put(r->t, terminal, klen, e);
	}
	w = xmalloc(sizeof(*w));
	w->cb = cb;
	w->arg = arg;
	w->next = e->waiters;
	e->waiters = w;
	if (e->pending)
		return;
	e->valid = 0;
	c = xmalloc(sizeof(*c));
	c->r = r;
	snprintf(c->terminal, sizeof(c->terminal), "%s", terminal);
	gbuf_init(&pl);
	ipc_put_str(&pl, terminal);
	tmo = r->fx->conf.frontd.appsrv_timeout;
	if (tmo <= 0 || tmo > LOOKUP_TIMEOUT_MS)
		tmo = LOOKUP_TIMEOUT_MS;
	e->pending = 1;
	if (appsrv_link_call(r->fx->as, IPC_TERM_LOOKUP, &pl, tmo, lookup_cb,
	    c) == -1) {
		free(c);
		finish(r, e, NULL);	/* appsrv unreachable */
	}
	gbuf_free(&pl);
}

static int
drop_one(const void *k, size_t kl, void *v, void *arg)
{
	struct reg_ent	*e = v;

	(void)k; (void)kl; (void)arg;
	if (e->pending) {
		e->valid = 0;
		e->stale = 1;
		tp1_keys_clear(&e->keys);
		e->have_keys = 0;
		return 0;
	}
	ent_free(e);
	return 1;
}

void
term_cache_changed(struct term_cache *r, const char *terminal)
{
	struct reg_ent	*e;

	log_debug("registry=changed terminal=%s", terminal[0] ? terminal : "*");
	if (terminal[0] == '\0') {
		ht_foreach(r->t, drop_one, NULL);
		return;
	}
	e = ht_get(r->t, terminal, strlen(terminal));
	if (e != NULL && drop_one(NULL, 0, e, NULL))
		ht_del(r->t, terminal, strlen(terminal));
}

int
term_cache_keys(struct term_cache *r, const char *terminal,
    const uint8_t tid[8], uint8_t suite, uint8_t keyver, struct tp1_keys *out)
{
	struct reg_ent	*e = ht_get(r->t, terminal, strlen(terminal));

	if (e != NULL && e->have_keys && e->keys.suite == suite &&
	    e->kkeyver == keyver) {
		*out = e->keys;
		return 0;
	}
	if (keyfile_terminal_keys(&r->fx->keys, suite, keyver, tid, out) == -1)
		return -1;
	if (e != NULL) {
		e->keys = *out;
		e->kkeyver = keyver;
		e->have_keys = 1;
	}
	return 0;
}

static int
forget_one(const void *k, size_t kl, void *v, void *arg)
{
	struct reg_ent	*e = v;

	(void)k; (void)kl; (void)arg;
	tp1_keys_clear(&e->keys);
	e->have_keys = 0;
	return 0;
}

void
term_cache_forget_keys(struct term_cache *r)
{
	ht_foreach(r->t, forget_one, NULL);
}

static void
keyver_cb(void *arg, struct ipc_msg *m)
{
	char	*terminal = arg;
	uint8_t	 moved;

	if (m == NULL || m->type != IPC_TERM_KEYVER_ACK ||
	    ipc_get_u8(m, &moved) == -1 || ipc_get_end(m) == -1)
		log_warnx("registry=keyver terminal=%s error=\"no answer\"",
		    terminal);
	free(terminal);
}

void
term_cache_keyver_seen(struct term_cache *r, const char *terminal,
    uint8_t keyver)
{
	struct reg_ent	*e = ht_get(r->t, terminal, strlen(terminal));
	struct gbuf	 pl;
	char		*c;

	if (e == NULL || !e->valid || e->info.next_keyver != keyver)
		return;
	log_info("registry=keyver_seen terminal=%s keyver=%u was=%u", terminal,
	    keyver, e->info.keyver);
	e->info.keyver = keyver;
	e->info.next_keyver = 0;
	gbuf_init(&pl);
	ipc_put_str(&pl, terminal);
	ipc_put_u8(&pl, keyver);
	c = xstrdup(terminal);
	if (appsrv_link_call(r->fx->as, IPC_TERM_KEYVER, &pl,
	    LOOKUP_TIMEOUT_MS, keyver_cb, c) == -1)
		free(c);	/* asked again once the entry expires */
	gbuf_free(&pl);
}
