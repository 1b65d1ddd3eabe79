/*
 * sdnotify.c - sd_notify through libsystemd (sdnotify.h).  A failed send is
 * a log line, never fatal: the service manager acts on the missing message
 * (a start timeout, a watchdog restart), which is the right outcome.
 */
#include <string.h>

#include <systemd/sd-daemon.h>

#include "log.h"
#include "sdnotify.h"

int
sdn_notify(const char *state)
{
	int	rv;

	if ((rv = sd_notify(0, state)) < 0) {
		log_warnx("notify=failed state=\"%.*s\" error=\"%s\"",
		    (int)strcspn(state, "\n"), state, strerror(-rv));
		return -1;
	}
	return rv > 0 ? 1 : 0;
}

uint64_t
sdn_watchdog_usec(void)
{
	uint64_t	usec = 0;

	if (sd_watchdog_enabled(0, &usec) <= 0)
		return 0;
	return usec;
}
