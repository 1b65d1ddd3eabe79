/*
 * mktsim.h - the marketing-system simulator: an MI/1 server
 * (docs/MI1.md) over its own PostgreSQL database.
 *
 * Design: one libevent loop.  The business rules live in PL/pgSQL
 * (sql/NNN_*.sql, compiled in and applied by `mktsim init`); a request is one
 * call of mk_handle(), i.e. one SQL transaction, sent asynchronously on a
 * small pool of connections (common/pgconn.c), so a slow request never
 * blocks the loop or the other connections.
 */
#ifndef MKTSIM_H
#define MKTSIM_H

#include <stdint.h>
#include <sys/queue.h>

#include <event2/event.h>
#include <libpq-fe.h>

#include "conf.h"

/* Fault settings; percentages 0..100.  See faults.c. */
struct mk_faults {
	int	 latency_ms;	/* mean of the exponential extra latency */
	int	 latency_pct;
	int	 error_pct;	/* answered 9999, not processed */
	int	 error_after_pct;/* processed and committed, answered 9999 */
	int	 drop_before_pct;/* connection closed, not processed */
	int	 drop_after_pct;/* processed and committed, answer lost */
	int	 refuse_pct;	/* connections reset on accept */
	int	 omit_recon_pct;/* committed but left out of 9001 */
	char	 trcodes[128];	/* "" = faults apply to all; else "1002,1004" */
};

struct mk_fault_stats {
	uint64_t requests, dropped_before, errors, errors_after, dropped_after,
		 delayed, refused, omitted, connections;
};

/* What happens to one request. */
struct mk_decision {
	int	 drop_before;
	int	 error;
	int	 drop_after;
	int	 error_after;
	int	 omit_recon;
	int	 delay_ms;	/* 0 = none */
};

struct mk_job;
typedef void (*mk_job_cb)(struct mk_job *, const char *result_json);

/* One mk_handle() call; result_json NULL means the database failed. */
struct mk_job {
	TAILQ_ENTRY(mk_job) entry;
	char		 trcode[8];
	char		 stserial[64];	/* for the log; "" none */
	char		*body_json;	/* owned */
	char		 today[11];	/* YYYY-MM-DD */
	char		 time[7];	/* hhmmss */
	int		 omit;
	int		 single;	/* never in a group (one failed) */
	mk_job_cb	 cb;
	void		*arg;
};

struct mk_pool;

struct mk_ctx {
	struct gf_conf		 conf;		/* conf.path: the file, for SIGHUP */
	char			*dsn;		/* the mktsim database */
	struct event_base	*base;
	struct mk_pool		*pool;
	struct mk_faults	 faults;
	struct mk_fault_stats	 stats;
	uint64_t		 fault_seed;
	uint64_t		 rng_req, rng_conn;
	const char		*listen;	/* MI/1 address */
	const char		*admin;		/* admin line protocol, NULL = off */
	char			 today[9];	/* YYYYMMDD override, "" = clock */
	int			 npool;
	int			 grace;		/* s, SIGTERM's drain bound */
	struct mk_server	*server;
};

/* mktsim.c */
void	 mk_today(const struct mk_ctx *, char ymd[9], char iso[11],
	    char hms[7]);

/* db.c: blocking helpers for the commands, and the async pool. */
PGconn	*mk_db_open(const char *dsn);
int	 mk_db_init(struct mk_ctx *);
int	 mk_db_seed(struct mk_ctx *, int customers, int seed);
int	 mk_db_customers(struct mk_ctx *, const char *kind, int limit);
struct mk_pool *mk_pool_new(struct event_base *, const char *dsn, int n);
void	 mk_pool_free(struct mk_pool *);
void	 mk_pool_submit(struct mk_pool *, struct mk_job *);
int	 mk_pool_busy(const struct mk_pool *);

/* server.c */
int	 mk_server_start(struct mk_ctx *);
void	 mk_server_stop(struct mk_ctx *);
void	 mk_server_drain(struct mk_ctx *);
int	 mk_server_busy(struct mk_ctx *);
void	 mk_server_cut(struct mk_ctx *);

/* faults.c */
void	 mk_faults_from_conf(struct mk_faults *, const struct conf_mktsim *);
int	 mk_faults_set(struct mk_faults *, const char *key, const char *val);
void	 mk_faults_reseed(struct mk_ctx *, uint64_t seed);
void	 mk_faults_decide(struct mk_ctx *, const char *trcode,
	    struct mk_decision *);
int	 mk_faults_refuse(struct mk_ctx *);
int	 mk_admin_start(struct mk_ctx *);
void	 mk_admin_stop(void);

#endif
