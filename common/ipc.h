/*
 * ipc.h - typed, length-checked messages between GridFront processes over
 * Unix stream sockets (after OpenBSD imsg).
 *
 * Wire: a 16-byte header, all big-endian,
 *	u32 len		payload bytes that follow (<= IPC_MAX_PAYLOAD)
 *	u16 type	enum ipc_type
 *	u16 version	IPC_VERSION; a message of another version closes the link
 *	u64 reqid	request id chosen by the asker, echoed by the answer
 * then the payload, built with the ipc_put_* helpers and read with ipc_get_*.
 *
 * Payload encodings: u8/u16/u32/u64/i64 big-endian; str = u32 n, n bytes,
 * the last of which is NUL and no other is (so unterminated and embedded-NUL
 * strings are rejected); bytes = u32 n, n bytes.
 *
 * The first message on every link, both ways, is IPC_HELLO.  Anything else
 * first, a version mismatch, a bad length or a malformed payload closes that
 * link (and only that link).
 */
#ifndef GF_IPC_H
#define GF_IPC_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define IPC_VERSION		5	/* 3: TERM_INFO next_keyver, TERM_KEYVER;
				   4: MI_STATE; 5: the bank link (50-59) */
#define IPC_HDR_LEN		16
#define IPC_MAX_PAYLOAD		(1024 * 1024)

enum ipc_type {
	IPC_HELLO = 1,		/* str name, u32 pid */

	/* frontd <-> appsrv */
	IPC_TERM_LOOKUP = 10,	/* str terminal */
	IPC_TERM_INFO,		/* str terminal, u8 found, u8 enabled, u8 suite,
				   u8 keyver, u8 next_keyver (0 = none; also
				   accepted during its overlap), str bound_ip
				   ("" = not bound) */
	IPC_TERM_CHANGED,	/* push, reqid 0: str terminal ("" = all) */
	IPC_TP_REQUEST,		/* u64 conn, str terminal, u32 seq, u8 suite,
				   u8 keyver, str peer_ip, bytes plaintext
				   (TP1 §5 payload: func, status, items) */
	IPC_TP_RESPONSE,	/* bytes plaintext (func, status, items) */
	IPC_ALARM,		/* str kind, str terminal, str source, str detail */
	IPC_METRICS_REQ,	/* empty */
	IPC_METRICS,		/* str text (Prometheus exposition format) */
	IPC_TERM_KEYVER = 20,	/* str terminal, u8 keyver: a valid frame under
				   the terminal's next_keyver (docs/KEYS.md) */
	IPC_TERM_KEYVER_ACK,	/* u8 moved (0: nothing to do) */

	/* appsrv <-> ifsvc */
	IPC_MI_CALL = 30,	/* u16 trcode, str stserial ("" if none),
				   str body (JSON object, MI1 §2 field names;
				   lists as arrays of objects), i64 not_after
				   (wall-clock ms after which a money-moving
				   call must not be sent: the terminal was
				   answered meanwhile; 0 = none) */
	IPC_MI_RESULT,		/* u8 outcome (enum ipc_mi_outcome), str rspcode,
				   str rspmsg, str body (JSON object) */
	IPC_MI_STATE_REQ,	/* empty: how is the MI/1 link? */
	IPC_MI_STATE,		/* str breaker ("closed", "open", "half_open"),
				   u8 usable, u16 conns_up, u16 conns,
				   u32 failures (consecutive), i64 since (wall
				   ms, the breaker in this state), str
				   last_error ("" none), i64 error_at (wall
				   ms, 0 none) */

	/* gfctl -> ifsvc */
	IPC_RECON_RUN = 40,	/* str date YYYYMMDD */
	IPC_RECON_DONE,		/* u8 ok, i64 run_id, str text (summary or error) */

	/* frontd <-> appsrv: the bank link (BK/1, docs/BK1.md) */
	IPC_BANK_LOOKUP = 50,	/* empty: the whole bank registry */
	IPC_BANK_INFO,		/* u16 n, then n times: str bankno, u8 enabled,
				   u8 suite, u8 keyver, u8 next_keyver (0 =
				   none), str addrs (comma-separated) */
	IPC_BANK_CHANGED,	/* push, reqid 0: str bankno ("" = all) */
	IPC_BK_REQUEST,		/* u64 conn, str bankno, str peer_ip, str trcode,
				   str serial, str txdate, str branch (of the
				   connection's sign-in, "" before it), str body
				   (the request's name=value|... text) */
	IPC_BK_ANSWER,		/* str rspcode, str body (the answer's fields) */
	IPC_BANK_KEYVER,	/* str bankno, u8 keyver: a valid frame under
				   the bank's next_keyver */
	IPC_BANK_KEYVER_ACK,	/* u8 moved */

	/* gfctl -> ifsvc: withholding (docs/BK1.md) */
	IPC_WH_MAKE = 60,	/* str bankno, str month YYYYMM, str actor */
	IPC_WH_DONE,		/* u8 ok, str text (the list made, or why not) */

	/* gfctl -> ifsvc: a bank's day file (BK1 §5); answered IPC_RECON_DONE */
	IPC_BANK_RECON_RUN = 70, /* str bankno, str date YYYYMMDD */
};

enum ipc_mi_outcome {
	IPC_MI_ANSWERED = 0,	/* the marketing system answered: see rspcode */
	IPC_MI_UNKNOWN = 1,	/* sent, no answer: recorded UNKNOWN, settling */
	IPC_MI_UNAVAILABLE = 2,	/* not sent (breaker open, no connection) */
};

/* A received message; valid only during the callback. */
struct ipc_msg {
	uint16_t	 type;
	uint64_t	 reqid;
	const uint8_t	*data;
	size_t		 len;
	size_t		 off;
};

/* Readers: 0 on success, -1 if the payload is short or malformed. */
int	ipc_get_u8(struct ipc_msg *, uint8_t *);
int	ipc_get_u16(struct ipc_msg *, uint16_t *);
int	ipc_get_u32(struct ipc_msg *, uint32_t *);
int	ipc_get_u64(struct ipc_msg *, uint64_t *);
int	ipc_get_i64(struct ipc_msg *, int64_t *);
int	ipc_get_str(struct ipc_msg *, const char **);	/* points into msg */
int	ipc_get_bytes(struct ipc_msg *, const uint8_t **, size_t *);
int	ipc_get_end(struct ipc_msg *);	/* -1 if bytes are left over */

/* Writers append to a gbuf (see util.h). */
void	ipc_put_u8(struct gbuf *, uint8_t);
void	ipc_put_u16(struct gbuf *, uint16_t);
void	ipc_put_u32(struct gbuf *, uint32_t);
void	ipc_put_u64(struct gbuf *, uint64_t);
void	ipc_put_i64(struct gbuf *, int64_t);
void	ipc_put_str(struct gbuf *, const char *);
void	ipc_put_bytes(struct gbuf *, const void *, size_t);

/* Parse one message from buf; returns bytes consumed, 0 if more are needed,
 * -1 if the header is invalid (bad version, oversize). */
long	ipc_parse(const uint8_t *buf, size_t len, struct ipc_msg *);
/* Frame a message into out (header + payload). */
void	ipc_frame(struct gbuf *out, uint16_t type, uint64_t reqid,
	    const void *payload, size_t len);

/* Sockets.  Both return a non-blocking, close-on-exec fd or -1 (errno set). */
int	ipc_listen(const char *path);	/* unlinks a stale socket, mode 0660 */
int	ipc_connect(const char *path);	/* connect(2) to a Unix socket */
/* Accept only a peer running as our uid (or root); 0 or -1. */
int	ipc_peer_ok(int fd);

/*
 * A link on a libevent loop.  The hello exchange is done inside: msg_cb sees
 * only messages after a valid HELLO; close_cb runs once when the peer goes
 * or sends garbage, after which the link is freed by the library.
 */
struct event_base;
struct ipc_link;
typedef void (*ipc_msg_cb)(struct ipc_link *, struct ipc_msg *, void *arg);
typedef void (*ipc_close_cb)(struct ipc_link *, void *arg);

struct ipc_link *ipc_link_new(struct event_base *, int fd, const char *myname,
	    ipc_msg_cb, ipc_close_cb, void *arg);
/* Queue a message; returns -1 if the link is closed. */
int	ipc_link_send(struct ipc_link *, uint16_t type, uint64_t reqid,
	    const struct gbuf *payload /* may be NULL */);
/* Close and free now (close_cb is not called). */
void	ipc_link_free(struct ipc_link *);
/* Call cb (with the link's arg) when the peer's HELLO arrives, so a client
 * knows the other side is really serving; at once if it already came. */
void	ipc_link_on_hello(struct ipc_link *, ipc_close_cb cb);
const char *ipc_link_peer(struct ipc_link *);	/* peer's HELLO name */
size_t	ipc_link_pending(struct ipc_link *);	/* output bytes queued */
/* Read what the socket holds now and dispatch every complete message,
 * before a timer decides that an answer never came: 0, or -1 if the link
 * closed (and was freed) meanwhile. */
int	ipc_link_drain(struct ipc_link *);

/*
 * Blocking request/answer for command-line tools: connect to path, hello,
 * send one message, wait up to timeout_ms for the answer with the same
 * reqid.  The reply payload is copied into reply.  0 or -1 (err filled).
 */
int	ipc_call(const char *path, const char *myname, uint16_t type,
	    const struct gbuf *payload, uint16_t *rtype, struct gbuf *reply,
	    int timeout_ms, char *err, size_t errlen);

#endif
