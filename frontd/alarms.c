/*
 * alarms.c - repeated MAC failures or IP mismatches from one terminal or
 * one source address raise an alarm for the console (TP1 §4 steps 2 and 4).
 *
 * A counter per (kind, terminal) and per (kind, address) counts failures in
 * a window of WINDOW_MS; the alarm_threshold-th failure in a window sends
 * IPC_ALARM once, and the next window may raise it again.  Counters are
 * swept when the table grows, so a scan from many addresses cannot grow it
 * without bound.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontd.h"
#include "log.h"

#define WINDOW_MS	300000
#define SWEEP_ABOVE	50000

struct counter {
	int64_t	start;
	int	n;
};

struct alarms {
	struct frontd	*fx;
	struct ht	*t;
};

struct alarms *
alarms_new(struct frontd *fx)
{
	struct alarms	*a = xcalloc(1, sizeof(*a));

	a->fx = fx;
	a->t = ht_new();
	return a;
}

static int
free_one(const void *k, size_t kl, void *v, void *arg)
{
	struct counter	*c = v;
	int64_t		*now = arg;

	(void)k; (void)kl;
	if (now == NULL || c->start + WINDOW_MS < *now) {
		free(c);
		return 1;
	}
	return 0;
}

void
alarms_free(struct alarms *a)
{
	if (a == NULL)
		return;
	ht_foreach(a->t, free_one, NULL);
	ht_free(a->t);
	free(a);
}

/* Count one failure under key; 1 when this one reaches the threshold. */
static int
bump(struct alarms *a, const char *key, int64_t now)
{
	struct counter	*c = ht_get(a->t, key, strlen(key));

	if (c == NULL) {
		if (ht_count(a->t) > SWEEP_ABOVE)
			ht_foreach(a->t, free_one, &now);
		c = xcalloc(1, sizeof(*c));
		c->start = now;
		ht_put(a->t, key, strlen(key), c);
	}
	if (c->start + WINDOW_MS < now) {
		c->start = now;
		c->n = 0;
	}
	return ++c->n == a->fx->conf.frontd.alarm_threshold;
}

void
alarms_note(struct alarms *a, const char *kind, const char *terminal,
    const char *ip)
{
	char	key[128], detail[160];
	int64_t	now = mono_ms();
	int	th = a->fx->conf.frontd.alarm_threshold;

	snprintf(key, sizeof(key), "%s|t|%s", kind, terminal);
	if (terminal[0] && bump(a, key, now)) {
		snprintf(detail, sizeof(detail), "%d failures from terminal %s "
		    "within %d s (last from %s)", th, terminal,
		    WINDOW_MS / 1000, ip);
		appsrv_link_alarm(a->fx->as, kind, terminal, ip, detail);
	}
	snprintf(key, sizeof(key), "%s|a|%s", kind, ip);
	if (bump(a, key, now)) {
		snprintf(detail, sizeof(detail), "%d failures from address %s "
		    "within %d s (last terminal %s)", th, ip, WINDOW_MS / 1000,
		    terminal[0] ? terminal : "-");
		appsrv_link_alarm(a->fx->as, kind, terminal, ip, detail);
	}
}
