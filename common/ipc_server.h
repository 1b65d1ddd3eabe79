/*
 * ipc_server.h - the one IPC server every daemon uses for its Unix socket
 * (appsrv for frontd, ifsvc for appsrv and gfctl), after relayd's proc.c
 * on top of common/ipc.h's messages.
 *
 * - Accepts non-blocking, close-on-exec connections from peers running as
 *   our uid (or root), up to max_peers at once; one more is accepted and
 *   closed at once with a log line.  Out of descriptors, accepting pauses
 *   for a second instead of spinning on a readable listener.
 * - Each peer's queued output is capped (max_outbuf): a peer that stops
 *   reading is closed when a send would pass the cap.  Input holds at most
 *   one incomplete message: a header over IPC_MAX_PAYLOAD, another
 *   version, a missing HELLO close that peer (common/ipc.c).  A misbehaving
 *   peer is closed; the others and the server go on.
 * - A peer is reference counted: the link holds one reference, and work in
 *   progress for it may hold more (ipc_peer_ref), so an answer computed
 *   after the peer went is dropped by ipc_peer_send (-1) instead of
 *   touching freed memory.
 */
#ifndef GF_IPC_SERVER_H
#define GF_IPC_SERVER_H

#include <stddef.h>
#include <stdint.h>

#include "ipc.h"

#define IPC_SERVER_PEERS	64			/* connection cap */
#define IPC_PEER_OUTBUF		(64 * 1024 * 1024)	/* per-peer output cap */

struct event_base;
struct ipc_server;
struct ipc_peer;

struct ipc_server_conf {
	const char	*path;		/* socket to listen on */
	const char	*myname;	/* our HELLO name */
	int		 max_peers;	/* 0: IPC_SERVER_PEERS */
	size_t		 max_outbuf;	/* 0: IPC_PEER_OUTBUF */
	/* A new peer (before its HELLO); may set its data.  May be NULL. */
	void		(*accept_cb)(struct ipc_peer *, void *arg);
	/* A message after the peer's HELLO. */
	void		(*msg_cb)(struct ipc_peer *, struct ipc_msg *, void *arg);
	/* The peer is gone (closed by it, for bad input, over its cap, or by
	 * ipc_server_free); free its data here.  May be NULL. */
	void		(*close_cb)(struct ipc_peer *, void *arg);
	void		*arg;
};

/* Listens at once; NULL (errno set) if the socket cannot be made. */
struct ipc_server *ipc_server_new(struct event_base *,
	    const struct ipc_server_conf *);
/* Closes every peer (close_cb runs for each), the listener and unlinks
 * the socket. */
void	ipc_server_free(struct ipc_server *);
/* Send to every connected peer (reqid 0). */
void	ipc_server_broadcast(struct ipc_server *, uint16_t type,
	    const struct gbuf *);
int	ipc_server_npeers(struct ipc_server *);
/* Iterate over connected peers: first, then next until NULL.  The loop
 * body must not close peers. */
struct ipc_peer *ipc_server_first(struct ipc_server *);
struct ipc_peer *ipc_server_next(struct ipc_peer *);

/* -1 if the peer is gone or closing; a send past the peer's output cap
 * closes the peer (soon, not from inside this call) and returns -1. */
int	ipc_peer_send(struct ipc_peer *, uint16_t type, uint64_t reqid,
	    const struct gbuf *payload);
/* Close this peer only (for input the daemon found bad); deferred to the
 * loop, so the caller may go on using the peer until it returns. */
void	ipc_peer_close(struct ipc_peer *, const char *why);
void	ipc_peer_ref(struct ipc_peer *);
void	ipc_peer_unref(struct ipc_peer *);
int	ipc_peer_linked(struct ipc_peer *);	/* connected, not closing */
const char *ipc_peer_name(struct ipc_peer *);	/* HELLO name, "?" */
void	ipc_peer_set_data(struct ipc_peer *, void *);
void	*ipc_peer_data(struct ipc_peer *);

#endif
