/*
 * ht.c - a small chained hash table with byte-string keys (FNV-1a), for the
 * per-IP counts, the registry cache, alarm counters and requests in flight.
 * It grows by doubling so lookups stay O(1) at 20,000 connections.
 */
#include <stdlib.h>
#include <string.h>

#include "frontd.h"

struct ht_ent {
	struct ht_ent	*next;
	uint64_t	 hash;
	void		*val;
	size_t		 klen;
	uint8_t		 key[];
};

struct ht {
	struct ht_ent	**b;
	size_t		  nb;
	size_t		  n;
};

static uint64_t
ht_hash(const void *key, size_t klen)
{
	const uint8_t	*p = key;
	uint64_t	 h = 1469598103934665603ULL;

	while (klen--) {
		h ^= *p++;
		h *= 1099511628211ULL;
	}
	return h;
}

struct ht *
ht_new(void)
{
	struct ht	*t = xcalloc(1, sizeof(*t));

	t->nb = 64;
	t->b = xcalloc(t->nb, sizeof(*t->b));
	return t;
}

void
ht_free(struct ht *t)
{
	struct ht_ent	*e, *nx;
	size_t		 i;

	if (t == NULL)
		return;
	for (i = 0; i < t->nb; i++)
		for (e = t->b[i]; e != NULL; e = nx) {
			nx = e->next;
			free(e);
		}
	free(t->b);
	free(t);
}

static struct ht_ent **
ht_slot(struct ht *t, const void *key, size_t klen, uint64_t h)
{
	struct ht_ent	**pp;

	for (pp = &t->b[h & (t->nb - 1)]; *pp != NULL; pp = &(*pp)->next)
		if ((*pp)->hash == h && (*pp)->klen == klen &&
		    memcmp((*pp)->key, key, klen) == 0)
			break;
	return pp;
}

static void
ht_grow(struct ht *t)
{
	struct ht_ent	**nb, *e, *nx;
	size_t		  i, n = t->nb * 2;

	nb = xcalloc(n, sizeof(*nb));
	for (i = 0; i < t->nb; i++)
		for (e = t->b[i]; e != NULL; e = nx) {
			nx = e->next;
			e->next = nb[e->hash & (n - 1)];
			nb[e->hash & (n - 1)] = e;
		}
	free(t->b);
	t->b = nb;
	t->nb = n;
}

void *
ht_get(struct ht *t, const void *key, size_t klen)
{
	struct ht_ent	**pp = ht_slot(t, key, klen, ht_hash(key, klen));

	return *pp ? (*pp)->val : NULL;
}

void *
ht_put(struct ht *t, const void *key, size_t klen, void *val)
{
	uint64_t	  h = ht_hash(key, klen);
	struct ht_ent	**pp = ht_slot(t, key, klen, h), *e;
	void		 *old;

	if (*pp != NULL) {
		old = (*pp)->val;
		(*pp)->val = val;
		return old;
	}
	e = xmalloc(sizeof(*e) + klen);
	e->next = NULL;
	e->hash = h;
	e->val = val;
	e->klen = klen;
	memcpy(e->key, key, klen);
	*pp = e;
	if (++t->n > t->nb)
		ht_grow(t);
	return NULL;
}

void *
ht_del(struct ht *t, const void *key, size_t klen)
{
	struct ht_ent	**pp = ht_slot(t, key, klen, ht_hash(key, klen)), *e;
	void		 *val;

	if ((e = *pp) == NULL)
		return NULL;
	*pp = e->next;
	val = e->val;
	free(e);
	t->n--;
	return val;
}

size_t
ht_count(struct ht *t)
{
	return t->n;
}

void
ht_foreach(struct ht *t, int (*fn)(const void *, size_t, void *, void *),
    void *arg)
{
	struct ht_ent	**pp, *e;
	size_t		  i;

	for (i = 0; i < t->nb; i++) {
		pp = &t->b[i];
		while ((e = *pp) != NULL) {
			if (fn(e->key, e->klen, e->val, arg)) {
				*pp = e->next;
				free(e);
				t->n--;
			} else
				pp = &e->next;
		}
	}
}
