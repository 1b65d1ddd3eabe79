/*
 * termsim.h - the handheld terminal simulator: many terminals speaking TP/1
 * to frontd, each as a real one would (its own source address, its own seq
 * counter, retries with a new seq and the same term_serial), checking what
 * it gets back.
 *
 * Files by role:
 *   termsim.c       thin main: subcommand and options
 *   terminals.c     the terminals file (and keys derived with --keys)
 *   customers.c     the customers file (`mktsim customers`)
 *   engine.c        one request on the wire: connect, seal, read, open,
 *                   check, retry, pacing, GPRS shaping
 *   run.c           `termsim run`: the load run, its clock and shutdown
 *   scen_common.c   sign-on, the role dispatcher, request helpers
 *   scen_collector.c, scen_reader.c, scen_dunning.c: the role scenarios
 *   scen_settle.c   a collector's checks deferred to the end of the run
 *   stats.c         counters, latencies, violations, progress, report
 *   call.c          `termsim call FUNC key=value...`
 */
#ifndef TERMSIM_H
#define TERMSIM_H

#include <stdint.h>
#include <sys/socket.h>

#include <event2/event.h>
#include <event2/bufferevent.h>

#include "tp1.h"
#include "util.h"

#define TSIM_MAX_FUNCS		32
#define TSIM_MAX_STATUS		24	/* distinct statuses per function */
#define TSIM_NAME_LEN		48

/* Outcomes that are not a TP/1 status, kept in the same per-function map. */
#define TSIM_ST_TIMEOUT		0x10000	/* no answer after every retry */
#define TSIM_ST_CONN		0x10001	/* connection failed or closed early */
#define TSIM_ST_ALERT		0x20000	/* | alert code */

/* What an outcome says about the request (TP1 §4, stats_outcome). */
enum tsim_outcome {
	TSIM_OC_OK,		/* done */
	TSIM_OC_REFUSED,	/* final: nothing was done (HOST_TIMEOUT: once
				 * the station has settled it) */
	TSIM_OC_PENDING,	/* not final: no answer, BUSY, INTERNAL,
				 * IN_DOUBT; repeat the same request */
	TSIM_OC_ALERT,		/* advice only (TP1 §2) */
};

enum tsim_role {
	TSIM_ROLE_NONE = 0,
	TSIM_ROLE_COLLECTOR,
	TSIM_ROLE_READER,
	TSIM_ROLE_DUNNING,
	TSIM_ROLE_COUNT,
};

/* One line of the terminals file: a terminal and an operator for it. */
struct tsim_tdef {
	char		 id[17];
	uint8_t		 suite;
	uint8_t		 keyver;
	char		 ip[64];		/* "" = do not bind */
	struct tp1_keys	 keys;
	char		 operator_id[33];
	char		 pin[33];
	enum tsim_role	 role;
};

struct tsim_tfile {
	struct tsim_tdef	*v;
	size_t			 n;
};

/* What the engine hands back for one logical request. */
struct tsim_result {
	int			 status;	/* TP/1 status or TSIM_ST_* */
	struct tp1_payload	 pl;		/* valid when status < 0x10000 */
	uint8_t			*plain;		/* pl points into this */
	size_t			 plain_len;
	int64_t			 latency_us;
	int			 attempts;
};

struct tsim_term;
typedef void (*tsim_resp_cb)(struct tsim_term *, struct tsim_result *);

/* A customer a collector owns (no other terminal moves its money). */
struct tsim_cust {
	char	customer_no[24];
	char	meter_no[24];
	char	card_serial[24];	/* card meters only */
	int64_t	total_due;
	int64_t	balance;
	uint32_t purchase_count;
	int	parked;		/* a deferred check waits on it: hands off */
};

/*
 * A check a collector cannot make at once (TP1 §4): a HOST_TIMEOUT is "not
 * done" only once the station has settled it, and a request left without
 * a final answer (IN_DOUBT, no answer) must be repeated until it has one.
 * The customer is left alone until the check is made, before sign-off.
 */
struct tsim_pending {
	size_t		 cust;		/* index in the collector's custs */
	uint16_t	 func;		/* the money request */
	int		 final;		/* expect_* known; else repeat first */
	int64_t		 amount;
	int64_t		 before_due, before_bal;	/* before the payment */
	int64_t		 paid_due, paid_bal;	/* after it (a reversal's) */
	int64_t		 expect_due, expect_bal;
	char		 serial[33];	/* the payment's term_serial */
	uint8_t		*req;		/* plaintext to repeat */
	size_t		 reqlen;
	int		 seen;		/* arrears queries answered */
	int64_t		 seen_due, seen_bal;
};

struct tsim_ctx;

struct tsim_term {
	struct tsim_ctx		*ctx;
	int			 idx;
	int			 srv;		/* which --server it uses now */
	struct tsim_tdef	 def;		/* terminal, keys, operator */
	/* New keys read on SIGHUP (a key rotation): used from the next frame
	 * sealed, so that a request and its answer share one key version. */
	int			 rekey;
	uint8_t			 rekey_ver;
	struct tp1_keys		 rekey_keys;
	uint8_t			 tid[8];
	enum tsim_role		 role;
	int			 rank;		/* index among its role */
	uint64_t		 rng;

	/* session */
	uint8_t			 token[16];
	int			 signed_on;
	uint32_t		 seq;
	uint32_t		 serial_ctr;

	/* transport (engine.c) */
	struct bufferevent	*bev;
	int			 connected;	/* keep-alive link is up */
	struct event		*ev_timer;	/* pacing, think, GPRS, backoff */
	struct event		*ev_tmo;	/* response deadline */
	struct gbuf		 req;		/* plaintext of the request */
	uint16_t		 req_func;
	uint32_t		 sent_seq;
	int			 attempts;
	int			 resyncs;
	int			 in_flight;
	int64_t			 t_first_us;
	int			 timer_what;
	int			 holds;		/* outcomes in a row that pause */
	int64_t			 hold_until_us;	/* no request before then */
	tsim_resp_cb		 cb;
	void			(*later_cb)(struct tsim_term *);
	struct tsim_result	 res;

	/* scenario (scen_*.c) */
	int			 active;	/* still running sequences */
	int			 step;
	int			 book_idx;
	int			 page;
	int			 books_max;	/* first missing book, 0 = unknown */
	struct tsim_cust	*custs;		/* collector: owned customers */
	size_t			 ncusts, capcusts;
	size_t			 cur;		/* current customer */
	/* collector: the money request in progress and what to expect */
	char			 serial[33];
	int64_t			 amount;
	int64_t			 before_due, before_bal;
	int64_t			 expect_due, expect_bal;
	int			 expect_valid;
	char			 receipt[40];
	char			 mkt_serial[40];
	uint16_t		 money_func;
	uint32_t		 pc_sent;	/* CARD_RECHARGE purchase_count */
	int			 sequences;
	struct tsim_pending	*pend;		/* deferred checks */
	size_t			 npend, cappend, ipend;
	/* reader */
	struct {
		char	meter_no[24];
		int64_t	last;
	}			 tasks[16];
	int			 ntasks;
	/* dunning */
	char			 dcust[24];
	int64_t			 ddue;
};

struct tsim_fstat {
	uint16_t	 func;
	uint64_t	 count, ok, retries;
	struct {
		int		code;
		uint64_t	n;
	}		 st[TSIM_MAX_STATUS];
	int		 nst;
	uint32_t	*lat_us;	/* samples of latency, microseconds */
	size_t		 nlat, caplat;
};

#define TSIM_MAX_SERVERS	4
#define TSIM_ERR_SECONDS	4096	/* the error timeline's length */

struct tsim_stats {
	struct tsim_fstat	 f[TSIM_MAX_FUNCS];
	int			 nf;
	uint64_t		 total, errors, violations, resyncs;
	uint64_t		 not_final;	/* TSIM_OC_PENDING after repeats */
	uint64_t		 deferred, made;	/* deferred checks */
	uint64_t		 vkind_n[16];
	char			 vkind[16][TSIM_NAME_LEN];
	int			 nvkind;
	/* When terminals saw errors: failed attempts (repeated or final)
	 * per second of the run, for the outage window of a fault. */
	uint64_t		 attempt_errors;
	uint8_t			 err_sec[TSIM_ERR_SECONDS / 8];
	uint64_t		 last_total;	/* for the progress rate */
	int64_t			 last_ms;
};

struct tsim_opts {
	int		 terminals;	/* 0 = all in the file */
	int		 duration;	/* s */
	double		 rate;		/* requests/s over all terminals, 0 = unpaced */
	int		 concurrency;	/* terminals active at once, 0 = all */
	int		 mix[TSIM_ROLE_COUNT];
	int		 keepalive;
	int		 gprs;
	int		 payments_only;	/* collectors only pay (bench) */
	int		 json;
	int		 timeout_ms;	/* per attempt */
	int		 retries;	/* repeats of a request without a
					 * final answer (TP1 §4) */
	int		 patience;	/* s: no repeat started after it */
	int		 settle;	/* s after the run to make the
					 * deferred checks */
	int		 verbose;
	const char	*server;	/* host:port[,host:port...] */
	const char	*tfile;
	const char	*keys;
	const char	*book_fmt;	/* "B%04d" */
	const char	*cfile;		/* `mktsim customers` output, optional */
	uint64_t	 seed;
};

struct tsim_ctx {
	struct event_base	*base;
	struct tsim_opts	 o;
	struct tsim_tfile	 tf;
	struct tsim_cust	*cust;		/* --customers-file */
	size_t			 ncust;
	struct sockaddr_storage	 srv[TSIM_MAX_SERVERS];	/* --server A,B */
	socklen_t		 srvlen[TSIM_MAX_SERVERS];
	int			 nsrv;
	struct tsim_term	*terms;
	int			 nterms;
	int			 ncoll;		/* terminals per role, for ownership */
	int			 nrole[TSIM_ROLE_COUNT];
	int64_t			 start_ms;
	int64_t			 stop_us;	/* when stopping began */
	int64_t			 next_slot_us;	/* --rate pacing */
	int			 stopping;
	int			 running;	/* terminals not yet finished */
	int			 inflight;	/* requests holding a --concurrency slot */
	struct tsim_term	**waitq;	/* terminals waiting for a slot */
	int			 wq_head, wq_len;
	uint64_t		 run_id;	/* makes term_serials unique across runs */
	struct tsim_stats	 st;
	struct event		*ev_progress, *ev_end, *ev_sigint, *ev_sigterm,
				*ev_sighup;
	struct ev_token_bucket_cfg *gprs_cfg;
	int			 tty;
	const char		*conf_path;
	const char		*want_id, *want_op;	/* call */
};

/* terminals.c */
int	 terminals_load(const char *path, const char *keys_path,
	    struct tsim_tfile *, char *err, size_t errlen);
void	 terminals_free(struct tsim_tfile *);
enum tsim_role	 terminals_role(const char *);
const char	*terminals_role_name(enum tsim_role);
/* Distinct terminal ids in file order; returns count. */
size_t	 terminals_distinct(const struct tsim_tfile *, const char ***ids);
/* The definition to use for terminal id playing role (NULL: none). */
const struct tsim_tdef *terminals_pick(const struct tsim_tfile *,
	    const char *id, enum tsim_role);

/* customers.c */
int	 customers_load(const char *path, struct tsim_cust **, size_t *,
	    char *err, size_t errlen);
uint32_t customers_hash(const char *);

/* engine.c */
/* hostport[,hostport...]: up to TSIM_MAX_SERVERS front ends. */
int	 engine_resolve(struct tsim_ctx *, const char *hostport);
int	 engine_term_init(struct tsim_ctx *, struct tsim_term *);
void	 engine_term_free(struct tsim_term *);
/* Send the plaintext in t->req (func set by builder) and call cb once. */
void	 engine_send(struct tsim_term *, tsim_resp_cb cb);
/* Call cb(t) after ms milliseconds (scenario think time). */
void	 engine_later(struct tsim_term *, int ms, void (*cb)(struct tsim_term *));
void	 engine_result_free(struct tsim_result *);
uint64_t engine_rand(struct tsim_term *);
int64_t	 engine_backoff_us(struct tsim_term *, int n);

/* run.c */
int	 run_main(struct tsim_ctx *);
void	 run_term_done(struct tsim_term *);

/* scen_common.c */
void	 scen_start(struct tsim_term *);
void	 scen_next(struct tsim_term *);		/* next sequence, or finish */
void	 scen_begin(struct tsim_term *, struct tp1_builder *, uint16_t func);
void	 scen_new_serial(struct tsim_term *);
void	 scen_today(char out[9]);
int	 scen_str(const struct tp1_payload *, uint8_t tag, char *, size_t);
int64_t	 scen_i64(const struct tp1_payload *, uint8_t tag, int64_t dflt);
int	 scen_pct(struct tsim_term *, int pct);
void	 scen_sign_off(struct tsim_term *);

/* scen_collector.c, scen_reader.c, scen_dunning.c */
void	 collector_next(struct tsim_term *);
/* scen_settle.c */
void	 scen_money_effect(uint16_t func, int64_t amount, int64_t due,
	    int64_t bal, int64_t *edue, int64_t *ebal);
void	 scen_defer(struct tsim_term *, uint16_t func, int final, int64_t due,
	    int64_t bal);
/* When stopping: 1 took over, 0 nothing left, -1 sign on first. */
int	 collector_settle(struct tsim_term *);
void	 collector_free(struct tsim_term *);
void	 reader_next(struct tsim_term *);
void	 dunning_next(struct tsim_term *);

/* stats.c */
void	 stats_record(struct tsim_ctx *, uint16_t func, int status,
	    int64_t latency_us, int attempts);
/* A failed attempt now (timeline of errors). */
void	 stats_error_now(struct tsim_ctx *);
void	 stats_violation(struct tsim_ctx *, const struct tsim_term *,
	    const char *kind, const char *fmt, ...)
	    __attribute__((format(printf, 4, 5)));
void	 stats_progress(struct tsim_ctx *, int final);
void	 stats_report(struct tsim_ctx *, int json);
void	 stats_free(struct tsim_stats *);
const char *stats_status_name(int status, char *buf, size_t len);
enum tsim_outcome stats_outcome(int status);

/* call.c */
int	 call_main(struct tsim_ctx *, int argc, char **argv);

#endif
