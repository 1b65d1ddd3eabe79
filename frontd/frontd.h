/*
 * frontd.h - private header of the front-end processor: TP1 §1, §2, §4
 * steps 1-6 and the alerts of §6, the journal, forwarding to appsrv.
 * One context struct (struct frontd); prototypes grouped by file.
 */
#ifndef FRONTD_H
#define FRONTD_H

#include <stddef.h>
#include <stdint.h>

#include "conf.h"
#include "journal_fmt.h"
#include "ipc.h"
#include "keyfile.h"
#include "tp1.h"
#include "util.h"

struct event_base;
struct event;
struct tsession;
struct listener;
struct term_cache;
struct appsrv_link;
struct journal;
struct metrics;
struct alarms;
struct proxy_nets;
struct bsession;
struct bank_cache;
struct bank_lsn;

struct frontd {
	struct gf_conf		 conf;
	struct event_base	*base;
	struct keyfile		 keys;
	struct listener		*lsn;
	struct term_cache	*reg;
	struct appsrv_link	*as;
	struct journal		*jn;
	struct metrics		*mx;
	struct alarms		*al;
	struct proxy_nets	*pxn;		/* frontd.proxy_from, NULL: none */
	struct tsession		*sessions;	/* all open sessions (drain) */
	int			 nsessions;
	uint64_t		 next_conn;
	int			 draining;
	int			 stopped;	/* journal failed: no new work */
	const struct timeval	*tv_read;	/* common timeouts */
	const struct timeval	*tv_idle;
	/* frontd.workers > 1 (master.c): this worker's number (its journal
	 * chain), the parent's pid (0: one process, no parent) and the
	 * listening sockets the parent bound for it */
	int			 wid;
	int			 parent;
	int			 lfd[CONF_MAX_LISTEN];
	int			 nlfd;
	/* The bank link (frontd.bank_port, docs/BK1.md "Listener") */
	struct keyfile		 bank_keys;	/* frontd.bank_keys_file */
	struct bank_cache	*breg;
	struct bank_lsn		*blsn;
	struct bsession		*bsessions;
	int			 nbsessions;
	int			 bank_lfd;	/* from the parent, or -1 */
	const struct timeval	*tv_bank_idle;
};

/* ht.c - a small chained hash table with byte-string keys. */
struct ht;
struct ht	*ht_new(void);
void		 ht_free(struct ht *);
void		*ht_get(struct ht *, const void *key, size_t klen);
/* Insert or replace; returns the previous value or NULL. */
void		*ht_put(struct ht *, const void *key, size_t klen, void *val);
void		*ht_del(struct ht *, const void *key, size_t klen);
size_t		 ht_count(struct ht *);
/* Visit every entry; the callback returns 1 to delete that entry. */
void		 ht_foreach(struct ht *, int (*)(const void *key, size_t klen,
		    void *val, void *arg), void *arg);

/* master.c - frontd.workers > 1: bind, fork, restart, pass signals on.
 * Returns only in a worker (its number). */
struct daemon;
int		 master_run(struct frontd *, struct daemon *);

/* listener.c - listening sockets, accept limits, EMFILE pause. */
int		 listener_socket(const struct gf_conf *, const char *spec,
		    char *err, size_t errlen);
struct listener	*listener_new(struct frontd *, char *err, size_t errlen);
void		 listener_free(struct listener *);
/* Drain / failed journal: close the listening sockets (refuse). */
void		 listener_stop(struct listener *);
/* A per-IP slot for ip: 0, or -1 (counted) when the cap is reached. */
int		 listener_take(struct listener *, const char *ip);
/* A session went away: release its per-IP slot. */
void		 listener_release(struct listener *, const char *ip);

/* proxy.c - frontd.proxy_from (addresses or networks of balancers). */
int		 proxy_nets_parse(const struct gf_conf *, struct proxy_nets **,
		    char *err, size_t errlen);
void		 proxy_nets_free(struct proxy_nets *);
int		 proxy_nets_match(const struct proxy_nets *, const char *ip);

/* session.c - one TP/1 connection. */
/* via: from a balancer (proxy_from): its PROXY v2 header comes first and
 * names the terminal's address; ip/port are then the balancer's. */
void		 tsession_start(struct frontd *, int fd, const char *ip,
		    uint16_t port, int via);
void		 tsession_drain_all(struct frontd *, int force);

/* bank_registry.c - the bank registry (from appsrv), whole, for ttl. */
#define BANK_MAX_ADDRS	8
struct bank_ent {
	char		bankno[5];
	uint16_t	bank;
	int		enabled;
	uint8_t		suite;
	uint8_t		keyver;
	uint8_t		next_keyver;	/* 0 = none; accepted too (overlap) */
	char		addrs[BANK_MAX_ADDRS][46];
	int		naddrs;
};
typedef void (*bank_cache_cb)(void *arg, int ok);	/* 0: appsrv failed */
struct bank_cache *bank_cache_new(struct frontd *);
void		 bank_cache_free(struct bank_cache *);
/* cb once the copy is fresh (maybe at once, from inside this call). */
void		 bank_cache_get(struct bank_cache *, bank_cache_cb, void *arg);
const struct bank_ent *bank_cache_find(struct bank_cache *, const char *bankno);
int		 bank_ent_has_addr(const struct bank_ent *, const char *ip);
/* 1 if ip is an address of an enabled bank. */
int		 bank_cache_addr_known(struct bank_cache *, const char *ip);
void		 bank_cache_changed(struct bank_cache *, const char *bankno);
void		 bank_cache_keyver_seen(struct bank_cache *, const char *bankno,
		    uint8_t keyver);

/* bank_listener.c - the bank port: accept, the address check, caps. */
int		 bank_listen_spec(const struct gf_conf *, char *out, size_t n);
struct bank_lsn	*bank_lsn_new(struct frontd *, char *err, size_t errlen);
void		 bank_lsn_stop(struct bank_lsn *);
void		 bank_lsn_free(struct bank_lsn *);
/* A connection's bank: a slot of frontd.bank_per_bank, 0 or -1. */
int		 bank_lsn_take(struct bank_lsn *, const char *bankno);
void		 bank_lsn_release(struct bank_lsn *, const char *bankno);

/* bank_session.c - one BK/1 connection (checks, sign-in, heartbeat). */
void		 bsession_start(struct frontd *, int fd, const char *ip,
		    uint16_t port);
void		 bsession_drain_all(struct frontd *, int force);

/* registry.c - cache of the terminal registry (from appsrv) and of the
 * terminals' derived keys. */
struct reg_info {
	char		terminal[17];
	int		found;
	int		enabled;
	uint8_t		suite;
	uint8_t		keyver;
	uint8_t		next_keyver;	/* 0 = none; accepted too (overlap) */
	char		bound_ip[64];	/* "" = not bound */
};
/* cb gets NULL when appsrv could not answer. */
typedef void (*term_cache_cb)(void *arg, const struct reg_info *);
struct term_cache	*term_cache_new(struct frontd *);
void		 term_cache_free(struct term_cache *);
void		 term_cache_lookup(struct term_cache *, const char *terminal,
		    term_cache_cb, void *arg);
void		 term_cache_changed(struct term_cache *, const char *terminal);
/* The terminal's keys for (suite, keyver), derived once and cached;
 * -1 if the key file has no such set. */
int		 term_cache_keys(struct term_cache *, const char *terminal,
		    const uint8_t tid[8], uint8_t suite, uint8_t keyver,
		    struct tp1_keys *out);
void		 term_cache_forget_keys(struct term_cache *);	/* SIGHUP */
/* A valid frame arrived under the terminal's next key version: from now on
 * only that version is accepted here, and appsrv moves the registry
 * (asked again after the ttl if that answer is lost). */
void		 term_cache_keyver_seen(struct term_cache *, const char *terminal,
		    uint8_t keyver);

/* appsrv_link.c - the IPC link to appsrv: requests in flight matched by
 * reqid, each with a deadline; reconnect with backoff. */
typedef void (*appsrv_link_cb)(void *arg, struct ipc_msg *); /* NULL: failed */
struct appsrv_link	*appsrv_link_new(struct frontd *);
void		 appsrv_link_free(struct appsrv_link *);
int		 appsrv_link_up(struct appsrv_link *);
/* Send a request; cb runs exactly once (answer, timeout or link loss),
 * never from inside this call.  -1 (cb not called) if the link is down. */
int		 appsrv_link_call(struct appsrv_link *, uint16_t type,
		    const struct gbuf *payload, int timeout_ms, appsrv_link_cb,
		    void *arg);
void		 appsrv_link_alarm(struct appsrv_link *, const char *kind,
		    const char *terminal, const char *source,
		    const char *detail);

/* alarms.c - repeated MAC failures / IP mismatches raise an alarm; the
 * limits on alarms and journaled alerts per address and per terminal. */
struct alarms	*alarms_new(struct frontd *);
void		 alarms_free(struct alarms *);
void		 alarms_note(struct alarms *, const char *kind,
		    const char *terminal, const char *ip);
/* 1: journal this alert; 0: over the limit, counted instead. */
int		 alarms_journal_alert(struct alarms *, const char *terminal,
		    const char *ip);


/* metrics.c - counters, histograms, Prometheus text, /metrics. */
enum mx_refuse { MX_REF_MAXCONN, MX_REF_PERIP, MX_REF_DRAIN, MX_REF_NFILE,
	MX_REF_PROXY_FOREIGN, MX_REF_PROXY_BAD, MX_REF_N };
struct metrics	*metrics_new(struct frontd *, char *err, size_t errlen);
void		 metrics_free(struct metrics *);
void		 metrics_accept(struct metrics *);
void		 metrics_proxied(struct metrics *, int local);
void		 metrics_refuse(struct metrics *, enum mx_refuse);
void		 metrics_conn_open(struct metrics *, int delta);
enum mx_bank_refuse { MX_BREF_MAXCONN, MX_BREF_ADDRESS, MX_BREF_PERBANK,
	MX_BREF_REGISTRY, MX_BREF_N };
#define MX_BANK_CODES	16
void		 metrics_bank_refuse(struct metrics *, enum mx_bank_refuse);
void		 metrics_bank_answer(struct metrics *, const char *rspcode);
void		 metrics_frame(struct metrics *, uint16_t func, uint16_t status);
void		 metrics_alert(struct metrics *, uint16_t code);
enum mx_suppress { MX_SUP_JOURNAL, MX_SUP_ALARM, MX_SUP_N };
void		 metrics_suppressed(struct metrics *, enum mx_suppress);
void		 metrics_latency(struct metrics *, int64_t us);
void		 metrics_fsync(struct metrics *, int64_t us);
void		 metrics_text(struct metrics *, struct gbuf *);

/* journal.c - the audit journal (format: journal_fmt.h, docs/JOURNAL.md). */
struct jrec {
	uint8_t		 type;		/* enum jfmt_type */
	uint64_t	 conn;
	const char	*peer;
	uint16_t	 port;
	const char	*terminal;	/* NULL or "" when unknown */
	uint32_t	 seq;
	uint16_t	 func;
	uint16_t	 code;		/* status or alert */
	const uint8_t	*raw;
	size_t		 rawlen;
	const uint8_t	*plain;		/* PIN already masked */
	size_t		 plainlen;
	const uint8_t	*aux;
	size_t		 auxlen;
	const char	*note;
};
typedef void (*journal_cb)(void *arg, int ok);
typedef void (*journal_fail_cb)(void *arg, const char *why);
typedef void (*journal_sync_cb)(void *arg, int64_t us);
/* chain: 0 (one process) or the worker's number (its own .wK files). */
struct journal	*journal_open(struct event_base *, const char *dir,
		    int chain, int sync_us, char *err, size_t errlen);
void		 journal_set_cbs(struct journal *, journal_fail_cb,
		    journal_sync_cb, void *arg);
/* -1 once the journal has failed. */
int		 journal_append(struct journal *, const struct jrec *);
/* cb(arg, ok) once everything appended so far is durable (ok = 1) or the
 * journal failed (ok = 0); never from inside this call. */
void		 journal_wait(struct journal *, journal_cb, void *arg);
int		 journal_failed(struct journal *);
/* The day files root created go to uid/gid (dropping root); 0 or -1. */
int		 journal_hand_over(struct journal *, unsigned uid,
		    unsigned gid, char *err, size_t errlen);
/* Write and sync what is queued, stop the writer, close. */
void		 journal_close(struct journal *);

/* frontd.c */
void		 frontd_stop_work(struct frontd *, const char *why);
/* run_dir/frontd.pid (the parent, or the only process) or frontd.wK.pid
 * (worker k); remove = 1 removes it if it is still ours. */
void		 frontd_pidfile(struct frontd *, int remove);

#endif
