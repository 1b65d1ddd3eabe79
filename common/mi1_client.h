/*
 * mi1_client.h - the blocking MI/1 client (MI1 §1), for a worker thread or
 * a tool that may wait on its socket: ifsvc's reconciliation fetch.  The
 * daemons' event loops use the asynchronous pool (ifsvc/mkt_pool.c); both
 * read frames and match answers with the same checks of mi1.c
 * (mi1_frame_head, mi1_answer_match).
 *
 * Deadlines are absolute, in mono_ms() milliseconds.  One request at a
 * time on a connection.  After a failed call the connection refuses
 * further calls: a late answer must never be taken for the next request's.
 */
#ifndef GF_MI1_CLIENT_H
#define GF_MI1_CLIENT_H

#include <stddef.h>
#include <stdint.h>

#include "mi1.h"

struct mi1_conn;

/* Connect to host:port before the deadline; NULL with a reason in err. */
struct mi1_conn	*mi1_conn_open(const char *host, int port, int64_t deadline,
		    char *err, size_t errlen);
/* Wrap a socket that is already connected (made non-blocking here). */
struct mi1_conn	*mi1_conn_adopt(int fd);
/*
 * Send req and wait for its answer until the deadline: encode, write,
 * read one whole frame, decode, check that it answers req (trcode, serial,
 * rspcode present).  0 with rsp filled (the caller clears it), or -1 with
 * a reason in err and rsp cleared.  Any rspcode counts as an answer.
 */
int		 mi1_call(struct mi1_conn *, const struct mi1_msg *req,
		    struct mi1_msg *rsp, int64_t deadline, char *err,
		    size_t errlen);
void		 mi1_conn_close(struct mi1_conn *);	/* NULL is fine */

#endif
