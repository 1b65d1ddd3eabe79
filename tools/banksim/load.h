/*
 * load.h - `banksim run`, the counter load (BK1 §3): the context, one
 * connection, one money request followed to its definite answer.
 *
 * A money request (2002 payment, 2003 reversal) is an op, kept for the
 * whole run by its serial.  Its outcome is OK (0000), NONE (an answer
 * that says nothing was done: 1xxx, 2xxx, 9001, 9002, 8xxx of a request
 * the station refused to read) or UNKNOWN (no answer, 9003, 9999, a
 * PENDING status): an unknown op is resolved by its connection, by the
 * same request under the same serial or by 2006, before anything new.
 * Every answer to an op after the first definite one must agree with it
 * (stats_violation otherwise).
 */
#ifndef BANKSIM_LOAD_H
#define BANKSIM_LOAD_H

#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>

#include "banksim.h"

#define LD_MAX_CONNS	256
#define LD_MAX_CODES	48

enum ld_state { OP_INFLIGHT, OP_UNKNOWN, OP_OK, OP_NONE };

struct ld_op {
	char		 serial[BK1_SERIAL_LEN + 1];
	char		 trcode[5];		/* 2002 or 2003 */
	int		 bank;			/* index in ctx->banks */
	int		 conn;
	char		 custno[24];
	int64_t		 amount;
	char		 channel;
	size_t		 orig;			/* 2003: the payment's op */
	enum ld_state	 state;
	char		 code[5];		/* the definite answer's */
	char		 receipt[40];
	char		 mkserial[40];
	char		 date[9];		/* the station's settledate */
	int		 reversed;		/* a payment: its reversal OK */
	int		 reversing;		/* a reversal of it is open */
	int		 tries;			/* resolution attempts */
	int		 audited;
};

struct ld_bank {
	char			 no[5];
	char			 source[48];	/* local address, "" any */
	const struct keyset	*ks;
	uint64_t		 next_serial;
};

enum ld_req {
	RQ_NONE, RQ_SIGNIN, RQ_QUERY, RQ_PAY, RQ_REV, RQ_STATUS,
	RQ_REPEAT, RQ_HB, RQ_BADMAC, RQ_WRONGADDR, RQ_AUDIT,
};

enum ld_cstate { CS_DOWN, CS_CONNECTING, CS_SIGNIN, CS_READY, CS_BUSY,
	CS_DONE };

struct ld_ctx;

struct ld_conn {
	struct ld_ctx		*ctx;
	int			 idx;
	int			 bank;
	enum ld_cstate		 st;
	struct bufferevent	*bev;
	struct event		*ev_next;	/* pacing, reconnect, late half */
	struct event		*ev_tmo;	/* answer deadline */
	struct event		*ev_hb;		/* heartbeat when idle */
	struct bs_wire		 in;
	uint8_t			 out[4096];
	size_t			 outlen, outsent;	/* late: the halves */
	int			 wrongaddr;	/* this connection is the probe */
	int			 drop_after;	/* close once the request is out */
	char			 settledate[9];
	char			 branch[16];
	enum ld_req		 req;
	size_t			 op;		/* RQ_PAY..RQ_AUDIT */
	char			 serial[BK1_SERIAL_LEN + 1];
	int64_t			 sent_us;
	size_t			*unknown;	/* ops to resolve, by index */
	size_t			 nunknown, capunknown;
	size_t			*paid;		/* OK payments: reversal, audit */
	size_t			 npaid, cappaid;
	size_t			 audit_next;
	char			 query_cust[24];
	int			 after_query;	/* pay the queried customer */
};

struct ld_codes {
	char		 key[10];	/* "2002/0000" */
	uint64_t	 n;
};

struct ld_stats {
	uint64_t	 sent, answered, timeouts, closed, repeats, statusq,
			 heartbeats, signins, reconnects, badmac, dropped_before,
			 dropped_after, late, wrongaddr, violations, unsettled,
			 audited, ok_pay, ok_rev;
	int64_t		 ok_total;
	struct ld_codes	 codes[LD_MAX_CODES];
	int		 ncodes;
	uint32_t	*lat;		/* microseconds, money requests */
	size_t		 nlat, caplat;
	uint64_t	 last_sent;	/* for the progress rate */
};

struct ld_ctx {
	struct event_base	*base;
	struct bs_keys		 keys;
	struct sockaddr_storage	 server;
	int			 server_len;
	struct ld_bank		 banks[BS_MAX_BANKS];
	int			 nbanks;
	struct ld_conn		*conns;
	int			 nconns;
	char			**custs;
	size_t			 ncusts;
	struct ld_op		*ops;
	size_t			 nops, capops;
	double			 rate;		/* requests/s, 0 = closed loop */
	int			 duration, settle, timeout_ms, hb_secs,
				 late_ms, max_tries;
	int			 reverse_rate, query_rate,
				 repeat_rate;	/* per mille */
	int			 f_drop_before, f_drop_after, f_late,
				 f_badmac, f_wrongaddr;
	char			 wrong_source[48];
	const char		*ledger_path, *serials_path, *books_dsn;
	int			 audit;
	int			 quiet;
	FILE			*ledger;
	uint64_t		 rng;
	int64_t			 t0_ms, t0_us;
	int			 stopping;	/* no new business */
	int			 finished;	/* conns done */
	struct event		*ev_tick, *ev_term, *ev_int;
	struct ld_stats		 s;
};

/* counter.c */
void	 ld_conn_start(struct ld_conn *);
void	 ld_conn_stop(struct ld_ctx *);	/* the run's end: settle, close */
void	 ld_conn_free(struct ld_conn *);

/* stats.c */
void	 ld_code(struct ld_ctx *, const char *trcode, const char *rspcode);
void	 ld_latency(struct ld_ctx *, int64_t us);
void	 ld_violation(struct ld_ctx *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	 ld_progress(struct ld_ctx *);
void	 ld_summary(struct ld_ctx *, FILE *);

/* books.c: each OK payment posted once in the marketing system's books. */
int	 ld_books_check(struct ld_ctx *);

#endif
