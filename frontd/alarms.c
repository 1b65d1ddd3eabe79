/*
 * alarms.c - repeated MAC failures or IP mismatches from one terminal or
 * one source address raise an alarm for the console (TP1 §4 steps 2 and 4),
 * and the limits that keep anyone without keys from flooding the alarm
 * store and the journal (docs/JOURNAL.md, "Limits").
 *
 * All counts run in windows of alarm_window seconds, per key:
 *   f|KIND|t|TERMINAL, f|KIND|a|ADDRESS	failures; the alarm_threshold-th
 *		in a window raises one alarm, later ones in the window are
 *		counted and reported in one alarm when the window ends;
 *   s|ADDRESS	the alarms an address caused: past alarms_per_source in a
 *		window they are collapsed into one alarm with their count at
 *		the window's end;
 *   ja|ADDRESS, jt|TERMINAL	the alerts journaled for an address, for
 *		a terminal.
 * Past alert_journal_limit in a window, an alert for that address or
 * terminal is still sent but not journaled: a SUPPRESSED record with the
 * count is, when the window ends.  Suppressed alarms and records are
 * counted on /metrics.  A timer ends the windows; the table is swept when
 * it grows, so a scan from many addresses cannot grow it without bound.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/event.h>

#include "frontd.h"
#include "journal_fmt.h"
#include "log.h"

#define SWEEP_ABOVE	50000

struct counter {
	int64_t	start;
	int	n;		/* failures, or alarms caused (s|) */
	int	after;		/* failures after the alarm (f|) */
	int	collapsed;	/* alarms not sent (s|) */
	int	journaled;	/* alerts journaled (s|, j|) */
	int	suppressed;	/* alerts not journaled (s|, j|) */
	char	what;		/* f|: 't' terminal or 'a' address key */
	char	kind[24];	/* for the closing alarm */
	char	terminal[17];
	char	ip[46];
};

struct alarms {
	struct frontd	*fx;
	struct ht	*t;
	struct event	*ev_tick;
	int64_t		 window_ms;
};

static void	tick_cb(evutil_socket_t, short, void *);

struct alarms *
alarms_new(struct frontd *fx)
{
	struct alarms	*a = xcalloc(1, sizeof(*a));
	struct timeval	 tv;

	a->fx = fx;
	a->t = ht_new();
	a->window_ms = (int64_t)fx->conf.frontd.alarm_window * 1000;
	/* Windows end within a tenth of their length (at least 1 s). */
	tv.tv_sec = fx->conf.frontd.alarm_window >= 10 ?
	    fx->conf.frontd.alarm_window / 10 : 1;
	tv.tv_usec = 0;
	if ((a->ev_tick = event_new(fx->base, -1, EV_PERSIST, tick_cb,
	    a)) == NULL || event_add(a->ev_tick, &tv) == -1)
		fatalx("alarms: libevent setup failed");
	return a;
}

/* A window ended: what it held back goes out once, with its count. */
static void
window_end(struct alarms *a, const char *key, struct counter *c)
{
	struct frontd	*fx = a->fx;
	struct jrec	 r;
	char		 detail[256];
	int		 w = fx->conf.frontd.alarm_window, addr;

	if (key[0] == 'f' && c->after > 0) {
		snprintf(detail, sizeof(detail), "%d further failures from %s "
		    "%s within %d s after the alarm", c->after,
		    c->what == 't' ? "terminal" : "address",
		    c->what == 't' ? c->terminal : c->ip, w);
		appsrv_link_alarm(fx->as, c->kind, c->terminal, c->ip, detail);
	}
	if (key[0] == 's' && c->collapsed > 0) {
		snprintf(detail, sizeof(detail), "%d further alarms caused by "
		    "address %s within %d s, collapsed (last %s, terminal %s)",
		    c->collapsed, c->ip, w, c->kind,
		    c->terminal[0] ? c->terminal : "-");
		appsrv_link_alarm(fx->as, c->kind, c->terminal, c->ip, detail);
	}
	if (key[0] == 'j' && c->suppressed > 0) {
		addr = key[1] == 'a';
		snprintf(detail, sizeof(detail), "%d alerts not journaled: "
		    "more than %d for %s %s within %d s", c->suppressed,
		    fx->conf.frontd.alert_journal_limit,
		    addr ? "address" : "terminal", addr ? c->ip : c->terminal,
		    w);
		memset(&r, 0, sizeof(r));
		r.type = JFMT_SUPPRESSED;
		r.peer = addr ? c->ip : "";
		r.terminal = addr ? "" : c->terminal;
		r.seq = (uint32_t)c->suppressed;
		r.note = detail;
		(void)journal_append(fx->jn, &r);
		log_warnx("alerts=suppressed count=%d %s=%s window=%ds",
		    c->suppressed, addr ? "peer" : "terminal",
		    addr ? c->ip : c->terminal, w);
	}
}

struct sweep {
	struct alarms	*a;
	int64_t		 now;	/* 0: free all, report nothing */
};

static int
sweep_one(const void *k, size_t kl, void *v, void *arg)
{
	struct counter	*c = v;
	struct sweep	*sw = arg;
	char		 key[128];

	if (sw->now != 0 && c->start + sw->a->window_ms > sw->now)
		return 0;
	if (sw->now != 0) {
		snprintf(key, sizeof(key), "%.*s", (int)kl, (const char *)k);
		window_end(sw->a, key, c);
	}
	free(c);
	return 1;
}

static void
tick_cb(evutil_socket_t fd, short ev, void *arg)
{
	struct alarms	*a = arg;
	struct sweep	 sw = { a, mono_ms() };

	(void)fd; (void)ev;
	ht_foreach(a->t, sweep_one, &sw);
}

void
alarms_free(struct alarms *a)
{
	struct sweep	sw = { a, 0 };

	if (a == NULL)
		return;
	if (a->ev_tick)
		event_free(a->ev_tick);
	ht_foreach(a->t, sweep_one, &sw);
	ht_free(a->t);
	free(a);
}

/* The counter of key in the current window (a new window when the old
 * one is over: what it held back is reported first). */
static struct counter *
get(struct alarms *a, const char *key, const char *kind, const char *terminal,
    const char *ip, int64_t now)
{
	struct counter	*c = ht_get(a->t, key, strlen(key));
	struct sweep	 sw = { a, now };

	if (c != NULL && c->start + a->window_ms <= now) {
		window_end(a, key, c);
		memset(c, 0, sizeof(*c));
		c->start = now;
	}
	if (c == NULL) {
		if (ht_count(a->t) > SWEEP_ABOVE)
			ht_foreach(a->t, sweep_one, &sw);
		c = xcalloc(1, sizeof(*c));
		c->start = now;
		ht_put(a->t, key, strlen(key), c);
	}
	snprintf(c->kind, sizeof(c->kind), "%s", kind);
	snprintf(c->terminal, sizeof(c->terminal), "%s", terminal);
	snprintf(c->ip, sizeof(c->ip), "%s", ip);
	return c;
}

/* An alarm that key's threshold raised, within the address's budget. */
static void
raise_alarm(struct alarms *a, const char *kind, const char *terminal,
    const char *ip, const char *detail, int64_t now)
{
	char		 key[96];
	struct counter	*src;

	snprintf(key, sizeof(key), "s|%s", ip);
	src = get(a, key, kind, terminal, ip, now);
	if (src->n >= a->fx->conf.frontd.alarms_per_source) {
		src->collapsed++;
		metrics_suppressed(a->fx->mx, MX_SUP_ALARM);
		return;
	}
	src->n++;
	appsrv_link_alarm(a->fx->as, kind, terminal, ip, detail);
}

/* Count one failure under key; the alarm when it reaches the threshold. */
static void
bump(struct alarms *a, const char *key, char what, const char *kind,
    const char *terminal, const char *ip, const char *detail, int64_t now)
{
	struct counter	*c = get(a, key, kind, terminal, ip, now);
	int		 th = a->fx->conf.frontd.alarm_threshold;

	c->what = what;
	if (++c->n == th)
		raise_alarm(a, kind, terminal, ip, detail, now);
	else if (c->n > th)
		c->after++;
}

void
alarms_note(struct alarms *a, const char *kind, const char *terminal,
    const char *ip)
{
	char	key[128], detail[160];
	int64_t	now = mono_ms();
	int	th = a->fx->conf.frontd.alarm_threshold;
	int	w = a->fx->conf.frontd.alarm_window;

	if (terminal[0]) {
		snprintf(key, sizeof(key), "f|%s|t|%s", kind, terminal);
		snprintf(detail, sizeof(detail), "%d failures from terminal %s "
		    "within %d s (last from %s)", th, terminal, w, ip);
		bump(a, key, 't', kind, terminal, ip, detail, now);
	}
	snprintf(key, sizeof(key), "f|%s|a|%s", kind, ip);
	snprintf(detail, sizeof(detail), "%d failures from address %s "
	    "within %d s (last terminal %s)", th, ip, w,
	    terminal[0] ? terminal : "-");
	bump(a, key, 'a', kind, terminal, ip, detail, now);
}

int
alarms_journal_alert(struct alarms *a, const char *terminal, const char *ip)
{
	char		 key[96];
	struct counter	*src, *term = NULL;
	int64_t		 now = mono_ms();
	int		 lim = a->fx->conf.frontd.alert_journal_limit;

	snprintf(key, sizeof(key), "ja|%s", ip);
	src = get(a, key, "ALERT", "", ip, now);
	if (terminal != NULL && terminal[0]) {
		snprintf(key, sizeof(key), "jt|%s", terminal);
		term = get(a, key, "ALERT", terminal, "", now);
	}
	if (src->journaled >= lim || (term && term->journaled >= lim)) {
		if (src->journaled >= lim)
			src->suppressed++;
		else
			term->suppressed++;
		metrics_suppressed(a->fx->mx, MX_SUP_JOURNAL);
		return 0;
	}
	src->journaled++;
	if (term)
		term->journaled++;
	return 1;
}
