/*
 * conf.h - gridfront.conf, one file with a section per daemon plus shared
 * ones, parsed with libconfuse.  See etc/gridfront.conf.example.
 *
 * Unknown keys and bad values are errors naming the file and line.  Every
 * field has a default, so a missing file section means "the defaults".
 * Relative paths are taken relative to the process's working directory
 * (./gf runs everything from the repository root).
 */
#ifndef GF_CONF_H
#define GF_CONF_H

#include <stdint.h>

#define CONF_MAX_LISTEN	8

struct conf_global {
	char	*org;		/* station (org) code, "SC01" */
	char	*node;		/* this node's name in the shared database
				   ("" in the file = the host's name) */
	char	*var_dir;	/* "var" */
	char	*run_dir;	/* "var/run": sockets, pids, embedded PG socket */
	char	*log_dir;	/* "var/log": the daemons' rolling files */
	char	*user;		/* "gridfront": a daemon started as root
				   becomes this user (common/daemon.h) */
	long	 log_max_size;	/* bytes per log file before it rolls, 16 MiB */
	int	 log_max_files;	/* files kept per daemon, 10 */
};

struct conf_database {
	char	*dsn;		/* "" = the embedded cluster, see conf_db_dsn() */
	char	*dbname;	/* "gridfront", used with the embedded cluster */
	int	 pool;		/* connections per daemon, 4 */
};

struct conf_frontd {
	char	*listen[CONF_MAX_LISTEN];	/* "0.0.0.0:7001", "[::]:7001" */
	int	 nlisten;
	char	*keys_file;	/* "var/keys" (0600) */
	char	*bank_keys_file;/* "var/bank_keys" (0600), BK/1 MAC keys */
	char	*journal_dir;	/* "var/journal" */
	char	*metrics_listen;/* "127.0.0.1:9101" ("" = off) */
	int	 workers;	/* 1: processes sharing the port (SO_REUSEPORT) */
	char	**proxy_from;	/* balancers whose PROXY v2 header is read:
				   "10.0.0.5", "10.0.0.0/24", "::1" ({}) */
	int	 n_proxy_from;
	int	 read_deadline;	/* s, whole-frame read deadline, 15 */
	int	 idle_timeout;	/* s, between keep-alive requests, 30 */
	int	 max_frame;	/* bytes, 16384 */
	int	 max_conns;	/* 20000 */
	int	 per_ip;	/* connections per source address, 16 */
	int	 out_highwater;	/* bytes of unsent output the kernel may hold
				   per connection (SO_SNDBUF), 65536 */
	int	 clock_skew;	/* s, TP1 §4 step 6, 300 */
	int	 appsrv_timeout;/* ms, per forwarded request, 15000 */
	int	 registry_ttl;	/* s, terminal registry cache lifetime, 5 */
	int	 alarm_threshold;/* MAC/IP failures before an alarm, 5 */
	int	 alarm_window;	/* s: the window of the counts below, 300 */
	int	 alarms_per_source;/* alarms one address may raise, 3 */
	int	 alert_journal_limit;/* alerts journaled per address and per
				   terminal in a window, 50 */
	int	 grace;		/* s, drain time on SIGTERM, 10 */
	int	 journal_sync_us;/* group-commit window, 2000 */
	/* The bank link (BK/1, docs/BK1.md "Listener") */
	int	 bank_port;	/* 0 = no bank listener (the default) */
	int	 bank_max_conns;/* bank connections at once, all banks, 64 */
	int	 bank_per_bank;	/* connections per bank, 8 */
	int	 bank_idle;	/* s without a frame before a bank connection
				   is closed (banks heartbeat every 60), 180 */
};

struct conf_appsrv {
	char	*socket;	/* "var/run/appsrv.sock" */
	char	*http_listen;	/* "127.0.0.1:8080" ("" = off) */
	int64_t	 amount_limit;	/* fen, 10000000 */
	int	 session_hours;	/* token lifetime, 24 */
	int	 max_pin_failures; /* 5 */
	int	 page_size;	/* records per TP/1 page, 20 */
	int	 console_idle;	/* s, console session idle expiry, 900 */
	int	 console_max_age; /* s, console session absolute expiry, 43200 */
	char	*console_www;	/* the console's files, "console/www" */
	int	 console_secure; /* Secure cookie (behind TLS), false */
	char	**console_hosts; /* more Host values accepted ({}) */
	int	 n_console_hosts;
	int	 console_max_conns; /* console connections at once, 64 */
	int	 console_request_timeout; /* s, a whole request, 10 */
	int	 console_hash_queue; /* logins hashing or waiting to, 8 */
	int	 console_db_conns; /* the console's own connections, 2 */
	int	 console_addr_failures; /* failed logins per address per
				   console_lockout, 5 */
	int	 console_lock_failures; /* failures that lock a user, 10 */
	int	 console_lockout; /* s, lock and throttle window, 900 */
};

struct conf_ifsvc {
	char	*socket;	/* "var/run/ifsvc.sock" */
	char	*mkt_host;	/* "127.0.0.1" */
	int	 mkt_port;	/* 7101 */
	int	 pool;		/* MI/1 connections, 4 */
	int	 deadline;	/* s, per request, 10 */
	int	 heartbeat;	/* s, idle heartbeat interval, 30 */
	int	 breaker_failures; /* consecutive failures that open the breaker, 3 */
	int	 breaker_reset;	/* s before a half-open probe, 5 */
	int	 settle_interval; /* s, first retry of an unknown, 2 */
	int	 settle_lease;	/* s a node holds an unknown it settles
				   (0 in the file = 3 x deadline + 30) */
	int	 settle_alarm;	/* s, unsettled this long raises an alarm, 600 */
	int	 outbox_backoff_max; /* s, longest wait between deliveries, 300 */
	int	 outbox_alarm;	/* s, a record undelivered this long: alarm, 900 */
	char	*metrics_listen; /* HOST:PORT of GET /metrics, "" = none */
	char	*recon_time;	/* "02:00" local time, "" = off */
	char	*recon_dir;	/* "var/recon" */
	int	 bank_scan;	/* s between looks for bank day files, 60
				   (0 = only on request) */
	int	 signoff_alarm_days; /* a day not signed off this many days
				   after it raises RECON_UNSIGNED, 3 (0 = off) */
	int	 cash_alarm_days; /* a collector's cash out longer: alarm, 2 */
	int64_t	 cash_alarm_amount; /* fen out above this: alarm, 1000000 */
	int	 office_check;	/* s between those checks, 3600 (0 = off) */
	char	*bank_dir;	/* "var/bank" ("" = <var_dir>/bank): <bankno>/outbox, /inbox */
	int	 withhold_poll;	/* s between looks for result files, 10 */
};

struct conf_mktsim {
	char	*listen;	/* "127.0.0.1:7101" */
	char	*dbname;	/* "mktsim" in the same cluster */
	char	*dsn;		/* "" = embedded cluster + dbname */
	int	 latency_ms;	/* extra latency mean, 0 */
	int	 latency_pct;	/* % of requests delayed, 0 */
	int	 error_pct;	/* % answered 9999, 0 */
	int	 drop_before_pct;/* % dropped before processing, 0 */
	int	 drop_after_pct;/* % processed, then dropped, 0 */
	int	 refuse_pct;	/* % of connections refused, 0 */
	int	 omit_recon_pct;/* % of committed tx left out of 9001, 0 */
};

struct gf_conf {
	char			*path;	/* file read, or NULL for defaults */
	struct conf_global	 global;
	struct conf_database	 db;
	struct conf_frontd	 frontd;
	struct conf_appsrv	 appsrv;
	struct conf_ifsvc	 ifsvc;
	struct conf_mktsim	 mktsim;
};

/*
 * Load path (NULL: the built-in defaults only).  On error returns -1 and
 * writes "FILE:LINE: reason" into err.
 */
int	 conf_load(const char *path, struct gf_conf *, char *err, size_t errlen);
/* The same from a config's text (NUL-terminated), named name in errors. */
int	 conf_load_text(const char *name, const char *text, struct gf_conf *,
	    char *err, size_t errlen);
void	 conf_free(struct gf_conf *);

/*
 * The config path a program uses when it is given no -f: $GF_CONF if set,
 * else "etc/gridfront.conf" if it exists, else NULL (defaults).
 */
const char *conf_default_path(void);

/*
 * libpq connection string for the station database (or for dbname, when
 * not NULL, in the same cluster): the configured DSN, or the embedded
 * cluster's Unix socket under run_dir.  Returns a malloc'd string.
 */
char	*conf_db_dsn(const struct gf_conf *, const char *dbname);

#endif
