/*
 * ifsvc.h - the interface service: the only process that speaks MI/1 to the
 * marketing system (docs/MI1.md).  One context struct; a file per
 * role: db.c (its queries, on common/pgconn.c), mkt_pool.c (MI/1
 * connections), appsrv_link.c (IPC server), settler.c (unknown outcomes),
 * recon.c (reconciliation).
 */
#ifndef IFSVC_H
#define IFSVC_H

#include <stdint.h>

#include <jansson.h>
#include <libpq-fe.h>

#include "conf.h"
#include "mi1.h"

struct event_base;
struct ifdb;
struct mkt_pool;
struct applink;
struct settler;
struct recon;
struct office;
struct outbox;
struct ifsvc_metrics;
struct withhold;
struct debits;

struct ifsvc {
	struct gf_conf		 conf;
	struct event_base	*base;
	char			*dsn;
	struct ifdb		*db;
	struct mkt_pool		*pool;
	struct applink		*app;
	struct settler		*settler;
	struct recon		*recon;
	struct office		*office;
	struct outbox		*outbox;
	struct ifsvc_metrics	*metrics;
	struct withhold		*withhold;
	struct debits		*debits;
};

/* db.c: one connection (common/pgconn.c), queries run FIFO, one at a time. */
typedef void (*ifdb_cb)(PGresult *res /* NULL: connection lost */, void *arg);
struct ifdb *ifdb_new(struct event_base *, const char *dsn);
void	ifdb_free(struct ifdb *);
/* 1 once a connection was ready (the daemon serves: READY=1). */
int	ifdb_connected(const struct ifdb *);
/* Queue a parameterised query; cb runs on the loop (never from inside). */
void	ifdb_query(struct ifdb *, const char *sql, int nparams,
	    const char *const *params, ifdb_cb, void *arg);
/* True if res is a successful command or tuples result. */
int	ifdb_ok(const PGresult *res);
/* Insert an alarm row (fire and forget, logged on failure). */
void	ifdb_alarm(struct ifdb *, const char *kind, const char *terminal,
	    const char *detail);

/* mkt_pool.c: persistent MI/1 connections with deadline and breaker. */
enum mkt_outcome {
	MKT_ANSWERED,		/* rsp holds the answer */
	MKT_UNKNOWN,		/* sent, no (valid) answer before the deadline */
	MKT_UNAVAILABLE,	/* not sent: breaker open, no connection */
};
typedef void (*mkt_cb)(enum mkt_outcome, struct mi1_msg *rsp, void *arg);
struct mkt_pool *mkt_pool_new(struct ifsvc *);
void	mkt_pool_free(struct mkt_pool *);
/* Send req (head filled; body may be NULL).  cb runs once, on the loop. */
void	mkt_pool_call(struct mkt_pool *, const struct mi1_msg *req, mkt_cb,
	    void *arg);
/* The same, but never sent after not_after (wall-clock ms; 0 = no limit):
 * past it the call ends MKT_UNAVAILABLE without reaching the wire. */
void	mkt_pool_call_until(struct mkt_pool *, const struct mi1_msg *req,
	    int64_t not_after, mkt_cb, void *arg);
/* 0 when a call would be refused at once (breaker open, nothing up). */
int	mkt_pool_usable(struct mkt_pool *);
/* The breaker as a person reads it (the console's live status). */
enum mkt_breaker { MKT_CLOSED, MKT_OPEN, MKT_HALF_OPEN };
struct mkt_state {
	enum mkt_breaker breaker;
	int		 usable;	/* mkt_pool_usable */
	int		 conns_up, conns;
	int		 failures;	/* consecutive */
	int64_t		 since_ms;	/* wall ms: the breaker in this state */
	int64_t		 error_ms;	/* wall ms of last_error; 0 none */
	char		 last_error[128];
};
void	mkt_pool_state(struct mkt_pool *, struct mkt_state *);
const char *mkt_breaker_name(enum mkt_breaker);

/* appsrv_link.c: the Unix socket served to appsrv and gfctl. */
struct applink *applink_new(struct ifsvc *);
void	applink_free(struct applink *);

/* settler.c: resolves UNKNOWN (and stale PENDING) transactions. */
struct settler *settler_new(struct ifsvc *);
void	settler_free(struct settler *);
void	settler_kick(struct settler *);	/* a new unknown: look soon */

/* outbox.c: delivers the records kept for the marketing system. */
struct outbox_stats {
	int		 valid;		/* the figures below were read */
	int64_t		 depth;		/* records still to deliver */
	int64_t		 oldest_s;	/* the oldest one's age */
	int64_t		 parked_now;	/* waiting for a person */
	uint64_t	 delivered;	/* counters since start */
	uint64_t	 retries;
	uint64_t	 parked;
};
struct outbox *outbox_new(struct ifsvc *);
void	outbox_free(struct outbox *);
const struct outbox_stats *outbox_stats(struct outbox *);

/* metrics.c: GET /metrics on ifsvc.metrics_listen (off when ""). */
struct ifsvc_metrics *ifsvc_metrics_new(struct ifsvc *);
void	ifsvc_metrics_free(struct ifsvc_metrics *);

/* recon.c: reconciliation runs, in a worker thread with its own I/O.  A
 * run (and the console request it serves) is held under a lease of
 * RECON_LEASE seconds, renewed every RECON_RENEW while it lasts. */
#define RECON_LEASE	30
#define RECON_RENEW	5
typedef void (*recon_done_cb)(int ok, int64_t run_id, const char *text,
	    void *arg);
struct recon *recon_new(struct ifsvc *);
void	recon_free(struct recon *);
/* Start a run for date (YYYYMMDD); -1 if one is already running here. */
int	recon_start(struct recon *, const char *date, recon_done_cb, void *arg);
/* The same, naming who asked (audited if the date is signed off). */
int	recon_start_as(struct recon *, const char *date, const char *actor,
	    recon_done_cb, void *arg);
/* A bank's day file (BK1 §5) of date: bank_recon.c. */
int	recon_start_bank(struct recon *, const char *bankno, const char *date,
	    const char *actor, recon_done_cb, void *arg);
int	recon_busy(const struct recon *);	/* a run is going on */
/* Offline compare of a file (bench): no MI/1 fetch.  0 or -1. */
int	recon_file(const struct gf_conf *, const char *dsn, const char *date,
	    const char *path, int64_t *run_id, char *text, size_t textlen);

/* office.c: the back office's side in ifsvc: reconciliation runs asked
 * for from the console (recon_requests), and the sign-off and cash alarms
 * (gf_bo_alarms) every office_check seconds. */
struct office *office_new(struct ifsvc *);
void	office_free(struct office *);

/* withhold.c: monthly withholding (docs/BK1.md "Withholding"): lists made
 * for gfctl (IPC_WH_MAKE), result files taken in from the banks' inboxes
 * every withhold_poll seconds, each debited line posted once. */
typedef void (*wh_make_cb)(int ok, const char *text, void *arg);
struct withhold *withhold_new(struct ifsvc *);
void	withhold_free(struct withhold *);
/* Make the month's next list for bank; -1 if one is being made. */
int	withhold_make(struct withhold *, const char *bank, const char *month,
	    const char *actor, wh_make_cb, void *arg);

/* debit.c: account debits to the banks (BK/1 3001, settled by 3006). */
struct debits *debits_new(struct ifsvc *);
void	debits_free(struct debits *);

#endif
