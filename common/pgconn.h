/*
 * pgconn.h - the one PostgreSQL connection layer of the daemons.
 *
 * A pool of libpq connections on a libevent loop: connected with
 * PQconnectStart/PQconnectPoll (never a blocking connect on the loop), given
 * the daemon's table of named statements on connect, then run in pipeline
 * mode.  Optional: one more connection that LISTENs on a channel.  A lost
 * connection fails what it carried (cb gets NULL: outcome unknown) and is
 * made again with a growing delay.  Every query has a deadline; the queue
 * has a cap.  Results go to callbacks, always from the loop.
 *
 * pg_connect_blocking() is the blocking form for tool-like code paths
 * (command-line subcommands, a worker thread): never on an event loop.
 */
#ifndef GF_PGCONN_H
#define GF_PGCONN_H

#include <stddef.h>

#include <event2/event.h>
#include <libpq-fe.h>

#define PG_MAX_PARAMS	20	/* the console's paged lists: 16 + limit, offset */
#define PG_DATE_MARK	"@DATE@"	/* a dated statement's date */

/* A statement every connection prepares when it connects. */
struct pg_stmt {
	const char	*name;
	const char	*text;
	int		 nparams;
	/* text has PG_DATE_MARK: run with pgpool_query_dated; prepared on a
	 * connection the first time it runs there for a date, as
	 * "name_YYYYMMDD" with the date written in as a constant. */
	int		 dated;
	/* Or NULL: the same statement over arrays of the parameters (one row
	 * per request, in order).  What queues while one is in flight goes as
	 * one call of it (requests with distinct first parameters); each
	 * request gets its own row as a result of its own.  If the call
	 * fails, each runs again alone. */
	const char	*batch;
	/* Runs that queued meanwhile share one sync point: one transaction
	 * and one commit.  If one fails, each runs again alone. */
	int		 group;
};

/* res is NULL when the outcome is unknown: the connection broke under the
 * query, its deadline passed, or no connection is up. */
typedef void (*pg_cb)(PGresult *res, void *arg);

struct pgpool_conf {
	const char		*dsn;		/* conninfo or URI */
	const char		*appname;	/* application_name, or NULL */
	const char		*options;	/* backend options, or NULL */
	int			 nconns;	/* connections, 4 */
	int			 depth;		/* in flight per connection, 8 */
	int			 queue_max;	/* queued before new ones fail */
	int			 deadline_ms;	/* per query, queued or sent */
	int			 connect_ms;	/* connect and prepare, 10 s */
	int			 hold;		/* queue while none is up */
	/* pgpool_query_sql's texts go unnamed (planned for their values
	 * every time) instead of prepared: for ad hoc statements whose
	 * optional filters ("$1 IS NULL OR ...") a generic plan handles
	 * badly. */
	int			 adhoc_unprepared;
	const struct pg_stmt	*stmts;		/* prepared on connect */
	int			 nstmts;
	const char		*listen;	/* channel, or NULL */
	const char		*listen2;	/* a second channel, or NULL */
	/* A notification's payload; "" once LISTEN is (re)issued, as some
	 * may have been missed meanwhile. */
	void			(*notify)(const char *extra, void *arg);
	/* With listen2: which channel (NULL once LISTEN is (re)issued:
	 * every channel may have missed some). */
	void			(*notify2)(const char *channel,
				    const char *extra, void *arg);
	void			(*ready)(void *arg);	/* a connection is ready */
	void			(*down)(void *arg);	/* a connection went down */
	void			*arg;
};

struct pgpool;

struct pgpool	*pgpool_new(struct event_base *, const struct pgpool_conf *);
/* Close the connections; queued and unanswered callbacks never run. */
void		 pgpool_free(struct pgpool *);
/* Run statement stmt of the table with text parameters (vals[i] NULL = SQL
 * NULL; lens/fmts may be NULL, fmts[i] = 1 for a binary value).  The
 * parameters are copied; cb runs later, after the query's commit. */
void		 pgpool_query(struct pgpool *, int stmt, int n,
		    const char *const *vals, const int *lens, const int *fmts,
		    pg_cb, void *arg);
void		 pgpool_query_dated(struct pgpool *, int stmt,
		    const char *date, int n, const char *const *vals,
		    const int *lens, const int *fmts, pg_cb, void *arg);
/* A statement outside the table: prepared on a connection the first time
 * it runs there (up to PG_MAX_TEXTS texts), then run prepared. */
#define PG_MAX_TEXTS	32
void		 pgpool_query_sql(struct pgpool *, const char *sql, int n,
		    const char *const *vals, pg_cb, void *arg);
int		 pgpool_room(const struct pgpool *);	/* one would go now */
int		 pgpool_up(const struct pgpool *);	/* one is not down */
int		 pgpool_busy(const struct pgpool *);	/* queued + in flight */

int		 pg_ok(const PGresult *, ExecStatusType);
int		 pg_ok_any(const PGresult *);	/* COMMAND_OK or TUPLES_OK */

/* Blocking: tool-like code paths and worker threads only.  NULL with the
 * reason in err. */
PGconn		*pg_connect_blocking(const char *dsn, const char *appname,
		    char *err, size_t errlen);

#endif
