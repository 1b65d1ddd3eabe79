/*
 * console_priv.h - what the console's own files share (console*.c); route
 * handlers use console.h only.
 */
#ifndef CONSOLE_PRIV_H
#define CONSOLE_PRIV_H

#include <sys/queue.h>

#include <event2/http.h>
#include <event2/keyvalq_struct.h>

#include "console.h"

struct appsrv;
struct auth;
struct bufferevent;
struct evbuffer;
struct evconnlistener;

#define CON_TOKEN_LEN	32
#define CON_HEX_LEN	(2 * CON_TOKEN_LEN)
#define CON_PW_MIN	10
#define CON_PW_MAX	63	/* the hashing job holds 64 bytes */
#define CON_MAX_PARAMS	8	/* {path} parameters of one route */
#define CON_PATH_MAX	256
#define CON_ADDR_BUCKETS 256
#define CON_ADDR_MAX	4096	/* addresses remembered; then shared */

/* ---- console_db.c: the console's own connections ---- */
struct condb;
typedef void condb_cb(PGresult *, void *);
struct condb	*condb_new(struct appsrv *, int nconns, int maxq);
void		 condb_free(struct condb *);	/* no callback runs */
/* -1 when the queue is full or no connection is up (cb is not called). */
int		 condb_query(struct condb *, const char *sql, int n,
		    const char *const *vals, condb_cb *, void *);
int		 condb_up(struct condb *);	/* a connection is up */
int		 condb_queued(struct condb *);

/* One accepted connection, known from its bufferevent (console.c). */
struct con_conn {
	TAILQ_ENTRY(con_conn)	 entry;
	struct bufferevent	*bev;	/* one reference is ours */
	int64_t			 t0;	/* accepted, or last answer sent */
	struct con_req		*cur;	/* a request in our hands */
	int			 killed;
};

/* One client address: login throttle (console_login.c). */
struct con_addr {
	LIST_ENTRY(con_addr)	 entry;
	char			 addr[48];
	int64_t			 window;	/* ms: start of the window */
	int			 fails;		/* in this window */
	int			 inflight;	/* logins not yet answered */
	int64_t			 unknown_at;	/* ms: last unknown-user hash */
	int64_t			 seen;
};
LIST_HEAD(con_addrq, con_addr);

struct console {
	struct appsrv		*as;
	struct evhttp		*http;
	struct evconnlistener	*lev;
	struct event		*ev_sweep;
	struct event		*ev_resume;
	int			 paused;	/* EMFILE */
	int			 capped;	/* at max_conns */
	int64_t			 cap_logged;	/* ms, last said so */
	TAILQ_HEAD(, con_conn)	 conns;
	int			 nconns;
	TAILQ_HEAD(, con_req)	 reqs;		/* in our hands */
	struct condb		*db;
	struct auth		*hashq;		/* login hashing, not SIGN_ON's */
	char			 dummy_hash[160];
	int			 wwwfd;		/* console/www, -1 if none */
	char			 hosts[8][80];	/* Host values accepted */
	int			 nhosts;
	char			 cookie[24];	/* the session cookie's name */
	/* login throttle */
	struct con_addrq	 addrs[CON_ADDR_BUCKETS];
	int			 naddrs;
	struct con_addr		 overflow;	/* shared beyond CON_ADDR_MAX */
	double			 hash_ms;	/* average login hash, queued */
	/* counters for /api/status */
	uint64_t		 n_requests, n_refused_conns, n_timeouts,
				 n_hashes, n_throttled, n_queue_full;
};

struct con_req {
	TAILQ_ENTRY(con_req)	 entry;
	struct console		*con;
	struct appsrv		*as;
	struct evhttp_request	*req;	/* NULL: freed with its connection */
	struct con_conn		*conn;
	int			 gone;	/* the client went away */
	int			 answered;
	enum evhttp_cmd_type	 cmd;
	char			 path[CON_PATH_MAX];
	char			 addr[48];
	struct evkeyvalq	 q;
	const struct con_route	*route;
	char			 pbuf[CON_PATH_MAX];
	char			 pnbuf[CON_MAX_PARAMS][32];
	const char		*pname[CON_MAX_PARAMS];
	const char		*pval[CON_MAX_PARAMS];
	int			 np;
	json_t			*body;
	/* the session */
	char			 user[40];
	char			 actor[48];
	unsigned		 roles;
	char			 csrf_hash[CON_HEX_LEN + 1];
	char			 token_hash[CON_HEX_LEN + 1];	/* cookie's */
	/* SQL */
	con_sql_cb		*sqlcb;
	int			 list_csv, page, size;
	/* login */
	char			 password[CON_PW_MAX + 1];
	char			 token[CON_HEX_LEN + 1];
	char			 csrf[CON_HEX_LEN + 1];
	int			 known, locked;
	int64_t			 t_hash;
	struct con_addr		*ad;
	struct event		*ev_wait;
};

/* console.c */
void	 con_sha256_hex(const void *, size_t, char out[CON_HEX_LEN + 1]);
void	 con_random_hex(char out[CON_HEX_LEN + 1]);
void	 con_csrf_of(const char *token_hex, char out[CON_HEX_LEN + 1]);
int	 con_cookie_csrf(struct con_req *, char out[CON_HEX_LEN + 1]);
int	 con_same_origin(struct con_req *);
void	 con_set_header(struct con_req *, const char *, const char *);
int	 con_cookie_token(struct con_req *);
/* The request is still wanted; else it is dropped (and freed). */
int	 con_alive(struct con_req *);
void	 con_after_session(struct con_req *);
unsigned con_role_bits(const char *);	/* "auditor,admin" */
void	 con_reply_file(struct con_req *, int code, const char *ctype,
	    struct evbuffer *);
void	 con_static(struct con_req *);		/* console_static.c */
int	 con_static_init(struct console *);

/* console_login.c */
void	 con_login(struct con_req *);
void	 con_logout(struct con_req *);
void	 con_me(struct con_req *);
void	 con_session(struct con_req *);
void	 con_login_free(struct console *);
void	 con_addr_sweep(struct console *, int64_t now);

/* console_admin.c */
void	 con_status_free(struct console *);

#endif
