/*
 * sdnotify.h - the service manager's notification socket (sd_notify(3)),
 * used only by the daemon skeleton (daemon.c): READY=1 once the daemon
 * serves, WATCHDOG=1 from its loop, STOPPING=1 when it drains.  Each call
 * is a no-op when NOTIFY_SOCKET is not set (no systemd, the tests, -d).
 */
#ifndef GF_SDNOTIFY_H
#define GF_SDNOTIFY_H

#include <stdint.h>

/* Send one state ("READY=1\nSTATUS=..."); 1 sent, 0 no socket, -1 failed
 * (logged). */
int		sdn_notify(const char *state);
/* The watchdog interval the manager asked for (WATCHDOG_USEC, for this
 * process), in microseconds; 0 when none. */
uint64_t	sdn_watchdog_usec(void);

#endif
