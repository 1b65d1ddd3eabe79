/*
 * appsrv.h - the application process: TP1 §5 business on PostgreSQL.
 *
 * frontd forwards decrypted requests (IPC_TP_REQUEST); appsrv checks the
 * sequence number durably, the payload, the session and the role, does
 * the function (asking ifsvc where the marketing system must answer) and
 * returns the response plaintext (IPC_TP_RESPONSE).  Everything runs on one
 * libevent loop; the database is reached through an asynchronous libpq pool
 * and PIN hashing runs on a worker thread.
 */
#ifndef APPSRV_H
#define APPSRV_H

#include <stdint.h>

#include <event2/event.h>
#include <jansson.h>
#include <libpq-fe.h>

#include "conf.h"
#include "ipc_server.h"
#include "mi1.h"
#include "pgconn.h"
#include "tp1.h"
#include "util.h"

struct event_base;
struct ipc_link;
struct ipc_msg;
struct db;
struct ipc_server;
struct ifsvc_link;
struct auth;
struct console;

struct appsrv {
	struct gf_conf		 conf;
	struct event_base	*base;
	struct db		*db;
	struct ipc_server	*fsrv;
	struct ifsvc_link	*ifsvc;
	struct auth		*auth;
	struct console		*console;
};

/* Roles (operators.role), as bits for the function table. */
#define ROLE_COLLECTOR	0x01
#define ROLE_READER	0x02
#define ROLE_DUNNING	0x04
#define ROLE_SUPERVISOR	0x08
#define ROLE_ANY	0x0f

struct req;
typedef void (*fn_run)(struct req *);

/* One TP/1 function: who may call it, what it must carry, who runs it. */
struct fn_def {
	uint16_t	 code;
	int		 need_token;
	unsigned	 roles;
	const uint8_t	*required;	/* tags, 0-terminated */
	fn_run		 run;
};

/* One forwarded request, from IPC_TP_REQUEST to IPC_TP_RESPONSE. */
struct req {
	struct appsrv		*as;
	struct ipc_peer		*peer;
	uint64_t		 reqid;
	int64_t			 t0;		/* mono_ms at arrival */
	char			 terminal[17];
	uint32_t		 seq;
	uint8_t			*plain;
	size_t			 plen;
	struct tp1_payload	 pl;
	int			 parsed;	/* pl valid */
	int			 combined;	/* begin and claim in one call */
	uint16_t		 func;
	const struct fn_def	*fn;
	/* the session, once checked */
	char			 operator_id[64];
	char			 op_name[128];
	char			 settle_date[9];
	unsigned		 role;
	/* function state */
	void			*fstate;
	void			(*ffree)(void *);
	struct gbuf		 out;		/* response plaintext */
};

/* appsrv.c: the first database connection is ready: start serving. */
void	 appsrv_db_ready(struct appsrv *);

/* ---- db.c: appsrv's statements on the common pool (common/pgconn.c) ---- */
/* res is NULL when the connection failed under the query (or none is up). */
typedef void (*db_cb)(PGresult *res, void *arg);
int	 db_init(struct appsrv *);
void	 db_free(struct appsrv *);
/* Run prepared statement stmt (sql.c) with text parameters (vals[i] NULL =
 * SQL NULL; lens/fmts may be NULL, fmts[i] = 1 for a binary value).  The
 * parameters are copied.  cb always runs, later, from the loop. */
void	 db_query(struct appsrv *, int stmt, int n, const char *const *vals,
	    const int *lens, const int *fmts, db_cb, void *arg);
/* The same for a dated statement (sql_def.dated): its text names the
 * settle date (YYYYMMDD) as a constant, so that the planner keeps only that
 * date's partition; each connection prepares it once per date. */
void	 db_query_dated(struct appsrv *, int stmt, const char *date, int n,
	    const char *const *vals, const int *lens, const int *fmts, db_cb,
	    void *arg);
int	 db_wait_retry(struct appsrv *, struct event **, int64_t *until,
	    event_callback_fn, void *);
int	 db_ok(PGresult *, ExecStatusType);	/* 1 if res has that status */

/* ---- sql.c: every statement appsrv issues ---- */
enum sql_stmt {
	SQL_REQ_BEGIN, SQL_TERM_LOOKUP, SQL_TERM_KEYVER, SQL_ALARM, SQL_OP_GET, SQL_OP_FAIL,
	SQL_SIGN_ON, SQL_SIGN_OFF, SQL_TX_CLAIM, SQL_MONEY_BEGIN, SQL_TX_FINISH,
	SQL_TX_OK, SQL_TX_FAILED, SQL_TX_STATE, SQL_RECEIPT,
	SQL_STATS, SQL_UPLOAD, SQL_OUTBOX_PUT, SQL_OUTBOX_RESULT,
	SQL_DISCONNECT,
	SQL_BANK_LIST, SQL_BANK_KEYVER, SQL_BANK_DATE, SQL_BANK_WINDOW,
	SQL_BANK_CLAIM, SQL_BANK_FINISH, SQL_BANK_OK, SQL_BANK_FAILED,
	SQL_BANK_STATUS, SQL_BANK_DAYEND,
	SQL__COUNT
};
struct sql_def {
	const char	*name;
	const char	*text;
	int		 nparams;
	int		 dated;		/* text has SQL_DATE_MARK: db_query_dated */
	const char	*batch;		/* or NULL: the same over arrays (pgconn) */
	int		 group;		/* runs may share a transaction (pgconn) */
};
#define SQL_DATE_MARK	PG_DATE_MARK	/* replaced by DATE 'YYYY-MM-DD' */
extern const struct sql_def sql_defs[SQL__COUNT];

/* ---- frontd_link.c: the IPC server frontd connects to ---- */
int	 fsrv_init(struct appsrv *);
void	 fsrv_free(struct appsrv *);
void	 fsrv_broadcast(struct appsrv *, uint16_t type, const struct gbuf *);
char	*fsrv_metrics_json(struct appsrv *);	/* frontd counters, for the console */
/* A frontd peer is a struct ipc_peer (ipc_server.h): ipc_peer_ref,
 * ipc_peer_unref, ipc_peer_send. */

/* ---- registry.c: terminal lookups, change notifications, alarms ---- */
void	 registry_lookup(struct appsrv *, struct ipc_peer *, uint64_t reqid,
	    struct ipc_msg *);
void	 registry_changed(struct appsrv *, const char *terminal);
void	 registry_keyver(struct appsrv *, struct ipc_peer *, uint64_t reqid,
	    struct ipc_msg *);
void	 registry_alarm(struct appsrv *, struct ipc_msg *);

/* ---- bank_link.c: the bank registry for frontd (IPC_BANK_*) ---- */
void	 bank_lookup(struct appsrv *, struct ipc_peer *, uint64_t reqid,
	    struct ipc_msg *);
void	 bank_changed(struct appsrv *, const char *bankno);
void	 bank_keyver(struct appsrv *, struct ipc_peer *, uint64_t reqid,
	    struct ipc_msg *);

/* ---- fn_bank.c: a bank's requests (IPC_BK_REQUEST -> IPC_BK_ANSWER) ---- */
void	 fn_bank(struct appsrv *, struct ipc_peer *, uint64_t reqid,
	    struct ipc_msg *);

/* ---- ifsvc_link.c: IPC_MI_CALL / IPC_MI_RESULT ---- */
#define MI_LOST		3	/* appsrv lost ifsvc (or timed out) mid-call */
/* body is borrowed (NULL when there is none). */
typedef void (*mi_cb)(int outcome, const char *rspcode, const char *rspmsg,
	    json_t *body, void *arg);
int	 ifsvc_link_init(struct appsrv *);
void	 ifsvc_link_free(struct appsrv *);
/* Steals body.  cb always runs later, exactly once.  not_after: wall-clock
 * ms after which ifsvc must not send it (0 = none). */
void	 ifsvc_link_call(struct appsrv *, uint16_t trcode, const char *stserial,
	    int64_t not_after, json_t *body, mi_cb, void *arg);
/* Ask ifsvc for its MI/1 breaker (IPC_MI_STATE_REQ); the answer is kept. */
void	 ifsvc_link_ask_state(struct appsrv *);
/* The breaker as ifsvc last told it, as JSON (a new reference): with
 * "reachable": false when ifsvc is not linked or has not answered within
 * IFSVC_STATE_MAX_AGE_MS. */
#define IFSVC_STATE_MAX_AGE_MS	3000
json_t	*ifsvc_link_state(struct appsrv *);
/* Outcome of a call as a TP/1 status (OK when answered 0000/2001). */
uint16_t mi_outcome_status(int outcome, const char *rspcode);

/* ---- seq.c: intake, TP1 §4 steps 7-8, dispatch, answers ---- */
void	 seq_request(struct appsrv *, struct ipc_peer *, uint64_t reqid,
	    struct ipc_msg *);
/* The result of SQL_REQ_BEGIN or SQL_MONEY_BEGIN (a db_cb). */
void	 seq_begin_cb(PGresult *, void *);
/* Answer with status and an optional message, then free the request. */
void	 req_fail(struct req *, uint16_t status, const char *msg);
/* Answer with req->out (a whole plaintext), then free the request. */
void	 req_send(struct req *);
/* Start req->out as an OK response of the request's function. */
void	 req_ok_start(struct req *, struct tp1_builder *);
const struct tp1_item *req_item(struct req *, uint8_t tag);
int	 req_str(struct req *, uint8_t tag, char *out, size_t cap);

/* ---- session.c: SIGN_ON, SIGN_OFF, roles ---- */
void	 session_sign_on(struct req *);
void	 session_sign_off(struct req *);
unsigned session_role_bit(const char *role);

/* ---- auth.c: PIN hashes (PBKDF2-HMAC-SHA256), tokens ---- */
/* (PIN hashing itself is pinhash.h, shared with gfctl.) */
#define AUTH_HASH_MAX		160
/* token_hash_hex gets "\x" + 64 hex digits (a bytea literal). */
void	 auth_token_hash(const uint8_t token[16], char out[67]);
typedef void (*auth_cb)(int match, void *arg);
int	 auth_init(struct appsrv *);
void	 auth_free(struct appsrv *);
/* Verify on the SIGN_ON worker thread; cb runs on the loop. */
void	 auth_verify_async(struct appsrv *, const char *pin,
	    const char *stored, auth_cb, void *arg);
/* Another queue with its own thread (the console's logins): at most maxq
 * jobs waiting or running (0: no limit); auth_submit answers -1 when full. */
struct auth *auth_new(struct event_base *, int maxq);
void	 auth_destroy(struct auth *);	/* no callback runs after it */
int	 auth_submit(struct auth *, const char *pin, const char *stored,
	    auth_cb, void *arg);
int	 auth_queued(struct auth *);
/* Make a hash of secret with iter PBKDF2 iterations on that thread; cb
 * gets it (NULL on failure).  -1 when the queue is full. */
typedef void (*auth_make_cb)(const char *hash, void *arg);
int	 auth_make(struct auth *, const char *secret, int iter, auth_make_cb,
	    void *arg);

/* ---- console*.c: the back-office console (evhttp, console.h, docs/CONSOLE.md) ---- */
int	 console_init(struct appsrv *);	/* 0 also when turned off */
void	 console_free(struct appsrv *);

/* ---- fn_collect.c: money, receipts, statistics ---- */
void	 fn_money(struct req *);	/* PAYMENT PREPAY CARD_RECHARGE REVERSAL */
/* The request's own checks, without answering: 0 if it may be claimed. */
int	 fn_money_prepare(struct req *);
/* Send SQL_MONEY_BEGIN: the seq check, the session and the claim. */
void	 fn_money_begin(struct req *, const char *seq, const char *tokhash);
/* The result of a claim (gf_tx_claim, gf_money_begin), by column name. */
void	 fn_money_claimed(struct req *, PGresult *);
void	 fn_receipt(struct req *);
void	 fn_stats(struct req *);

/* ---- fn_query.c: functions answered by the marketing system ---- */
void	 fn_query(struct req *);	/* table-driven, see fn_query.c */

/* ---- fn_read.c / fn_dunning.c: local records of uploads and visits ---- */
void	 fn_read_record(struct req *, uint16_t status, json_t *body);
void	 fn_dunning_record(struct req *, uint16_t status, json_t *body);
/* fn_outbox.c: READ_EXCEPTION, DUNNING_RESULT (steals body). */
void	 fn_outbox(struct req *, uint16_t trcode, json_t *body);
/* Answers the request once its record is written (a db_cb). */
void	 fn_recorded_cb(PGresult *, void *);

#endif
