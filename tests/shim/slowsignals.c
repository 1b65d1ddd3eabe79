/*
 * slowsignals.c - an LD_PRELOAD shim for t_signal_early: a daemon's first
 * signal event (daemon_loop's evsignal_new) is made $GF_SLOWSIG_MS later,
 * as on a loaded machine.  Its sockets already exist by then, so a
 * supervisor may signal it in that window.  Everything else is the real
 * libevent.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <stdlib.h>
#include <time.h>

#include <event2/event.h>

struct event *
event_new(struct event_base *base, evutil_socket_t fd, short events,
    event_callback_fn cb, void *arg)
{
	static struct event *(*real)(struct event_base *, evutil_socket_t,
	    short, event_callback_fn, void *);
	static int	 slept;
	const char	*ms = getenv("GF_SLOWSIG_MS");
	struct timespec	 ts;
	long		 v;

	if (real == NULL)
		real = (struct event *(*)(struct event_base *, evutil_socket_t,
		    short, event_callback_fn, void *))dlsym(RTLD_NEXT, "event_new");
	if ((events & EV_SIGNAL) && !slept && ms != NULL && (v = atol(ms)) > 0) {
		slept = 1;
		ts.tv_sec = v / 1000;
		ts.tv_nsec = (v % 1000) * 1000000L;
		nanosleep(&ts, NULL);
	}
	return real(base, fd, events, cb, arg);
}
