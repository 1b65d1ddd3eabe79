/*
 * ipc_client.h - the one IPC client link every daemon uses to reach a
 * server on a Unix socket (frontd -> appsrv, appsrv -> ifsvc), after
 * OpenSMTPD's mproc on top of common/ipc.h's messages.
 *
 * - Requests in flight are kept in a table keyed by request id (a hash on
 *   the id) and in a heap ordered by deadline (O(log n) to add, remove or
 *   expire one); one timer serves them all.
 * - A request is sent once and never again.  Its callback runs exactly
 *   once: with the answer, or with NULL when the link breaks or its
 *   deadline passes; never from inside ipc_client_call.  Before a deadline
 *   is judged, what the socket already holds is read and dispatched
 *   (ipc_client_drain): after a stall of the loop the answer may be there.
 * - An answer whose request is no longer pending is logged and dropped.
 *   Any other message (a push from the server) goes to push_cb.
 * - The link reconnects with exponential backoff, 100 ms doubling to 5 s,
 *   each wait jittered to between half and all of the current step; the
 *   step is reset when the server's HELLO arrives.
 * - Output queued on the link is capped: past the cap a call is refused
 *   (-1, nothing sent) rather than queued behind a server that does not
 *   read.
 *
 * Log lines are keyed by the server's name: <server>=connected,
 * <server>=down, <server>=timeout, <server>=late_answer, ...
 */
#ifndef GF_IPC_CLIENT_H
#define GF_IPC_CLIENT_H

#include <stddef.h>
#include <stdint.h>

#include "ipc.h"

#define IPC_BACKOFF_MIN_MS	100
#define IPC_BACKOFF_MAX_MS	5000
#define IPC_CLIENT_OUTBUF	(64 * 1024 * 1024)	/* queued output cap */

/* Reconnection backoff (exposed for its tests). */
struct ipc_backoff {
	int	min_ms;
	int	max_ms;
	int	step_ms;	/* the current step, before jitter */
};
void	ipc_backoff_init(struct ipc_backoff *, int min_ms, int max_ms);
/* The wait before the next attempt: the current step jittered into
 * [step/2, step]; the step then doubles, up to max_ms. */
int	ipc_backoff_next(struct ipc_backoff *);
void	ipc_backoff_reset(struct ipc_backoff *);

struct event_base;
struct ipc_client;

/* An answer (valid during the call only), or NULL: link lost or deadline. */
typedef void (*ipc_reply_cb)(void *arg, struct ipc_msg *);
/* A message that answers no request of ours. */
typedef void (*ipc_push_cb)(struct ipc_msg *, void *arg);
/* The link is up (server's HELLO seen). */
typedef void (*ipc_up_cb)(void *arg);

struct ipc_client_conf {
	const char	*path;		/* the server's socket */
	const char	*myname;	/* our HELLO name */
	const char	*peername;	/* the server's name, for log keys */
	size_t		 max_outbuf;	/* 0: IPC_CLIENT_OUTBUF */
	int		 backoff_min_ms; /* 0: IPC_BACKOFF_MIN_MS */
	int		 backoff_max_ms; /* 0: IPC_BACKOFF_MAX_MS */
	ipc_push_cb	 push_cb;	/* may be NULL */
	ipc_up_cb	 up_cb;		/* may be NULL */
	void		*arg;		/* for push_cb and up_cb */
};

/* Makes the first connection attempt at once. */
struct ipc_client *ipc_client_new(struct event_base *,
	    const struct ipc_client_conf *);
/* Frees the client; requests still pending are dropped without their
 * callbacks (call ipc_client_fail_all first to have them run). */
void	ipc_client_free(struct ipc_client *);
/* Run every pending request's callback with NULL. */
void	ipc_client_fail_all(struct ipc_client *);
int	ipc_client_up(struct ipc_client *);
/*
 * Send a request whose answer is a message of reply_type with the same
 * request id; cb(arg, answer or NULL) runs once, after at most timeout_ms.
 * -1 (cb not called, nothing sent) if the link is down or its output cap
 * is reached.
 */
int	ipc_client_call(struct ipc_client *, uint16_t type,
	    const struct gbuf *payload, uint16_t reply_type, int timeout_ms,
	    ipc_reply_cb cb, void *arg);
/* Send a message that expects no answer (or answers a push's reqid). */
int	ipc_client_send(struct ipc_client *, uint16_t type, uint64_t reqid,
	    const struct gbuf *payload);
/* Read what the socket holds now and dispatch it: 0, or -1 if the link
 * closed meanwhile (pending requests were then failed). */
int	ipc_client_drain(struct ipc_client *);
size_t	ipc_client_pending(struct ipc_client *);	/* requests in flight */
int	ipc_client_backoff_ms(struct ipc_client *);	/* current step */

#endif
