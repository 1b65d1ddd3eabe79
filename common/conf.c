/*
 * conf.c - gridfront.conf, parsed with libconfuse (Debian's libconfuse):
 * sections, typed values, unknown keys refused with file and line.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <confuse.h>

#include "conf.h"
#include "util.h"

/* Where the parser reports: the first error wins. */
static char	*conf_err;
static size_t	 conf_errlen;
static const char *conf_path;	/* the file being parsed */

static cfg_opt_t global_opts[] = {
	CFG_STR("org", "SC01", CFGF_NONE),
	CFG_STR("node", "", CFGF_NONE),
	CFG_STR("var_dir", "var", CFGF_NONE),
	CFG_STR("run_dir", "var/run", CFGF_NONE),
	CFG_STR("log_dir", "var/log", CFGF_NONE),
	CFG_STR("user", "gridfront", CFGF_NONE),
	CFG_INT("log_max_size", 16777216, CFGF_NONE),
	CFG_INT("log_max_files", 10, CFGF_NONE),
	CFG_END()
};

static cfg_opt_t database_opts[] = {
	CFG_STR("dsn", "", CFGF_NONE),
	CFG_STR("dbname", "gridfront", CFGF_NONE),
	CFG_INT("pool", 4, CFGF_NONE),
	CFG_END()
};

static cfg_opt_t frontd_opts[] = {
	CFG_STR_LIST("listen", "{0.0.0.0:7001}", CFGF_NONE),
	CFG_STR("keys_file", "var/keys", CFGF_NONE),
	CFG_STR("bank_keys_file", "var/bank_keys", CFGF_NONE),
	CFG_STR("journal_dir", "var/journal", CFGF_NONE),
	CFG_STR("metrics_listen", "127.0.0.1:9101", CFGF_NONE),
	CFG_INT("workers", 1, CFGF_NONE),
	CFG_STR_LIST("proxy_from", "{}", CFGF_NONE),
	CFG_INT("read_deadline", 15, CFGF_NONE),
	CFG_INT("idle_timeout", 30, CFGF_NONE),
	CFG_INT("max_frame", 16384, CFGF_NONE),
	CFG_INT("max_conns", 20000, CFGF_NONE),
	CFG_INT("per_ip", 16, CFGF_NONE),
	CFG_INT("out_highwater", 65536, CFGF_NONE),
	CFG_INT("clock_skew", 300, CFGF_NONE),
	CFG_INT("appsrv_timeout", 15000, CFGF_NONE),
	CFG_INT("registry_ttl", 5, CFGF_NONE),
	CFG_INT("alarm_threshold", 5, CFGF_NONE),
	CFG_INT("alarm_window", 300, CFGF_NONE),
	CFG_INT("alarms_per_source", 3, CFGF_NONE),
	CFG_INT("alert_journal_limit", 50, CFGF_NONE),
	CFG_INT("grace", 10, CFGF_NONE),
	CFG_INT("journal_sync_us", 2000, CFGF_NONE),
	CFG_INT("bank_port", 0, CFGF_NONE),
	CFG_INT("bank_max_conns", 64, CFGF_NONE),
	CFG_INT("bank_per_bank", 8, CFGF_NONE),
	CFG_INT("bank_idle", 180, CFGF_NONE),
	CFG_END()
};

static cfg_opt_t appsrv_opts[] = {
	CFG_STR("socket", "var/run/appsrv.sock", CFGF_NONE),
	CFG_STR("http_listen", "127.0.0.1:8080", CFGF_NONE),
	CFG_INT("amount_limit", 10000000, CFGF_NONE),
	CFG_INT("session_hours", 24, CFGF_NONE),
	CFG_INT("max_pin_failures", 5, CFGF_NONE),
	CFG_INT("page_size", 20, CFGF_NONE),
	CFG_INT("console_idle", 900, CFGF_NONE),
	CFG_INT("console_max_age", 43200, CFGF_NONE),
	CFG_STR("console_www", "console/www", CFGF_NONE),
	CFG_BOOL("console_secure", cfg_false, CFGF_NONE),
	CFG_STR_LIST("console_hosts", "{}", CFGF_NONE),
	CFG_INT("console_max_conns", 64, CFGF_NONE),
	CFG_INT("console_request_timeout", 10, CFGF_NONE),
	CFG_INT("console_hash_queue", 8, CFGF_NONE),
	CFG_INT("console_db_conns", 2, CFGF_NONE),
	CFG_INT("console_addr_failures", 5, CFGF_NONE),
	CFG_INT("console_lock_failures", 10, CFGF_NONE),
	CFG_INT("console_lockout", 900, CFGF_NONE),
	CFG_END()
};

static cfg_opt_t ifsvc_opts[] = {
	CFG_STR("socket", "var/run/ifsvc.sock", CFGF_NONE),
	CFG_STR("mkt_host", "127.0.0.1", CFGF_NONE),
	CFG_INT("mkt_port", 7101, CFGF_NONE),
	CFG_INT("pool", 4, CFGF_NONE),
	CFG_INT("deadline", 10, CFGF_NONE),
	CFG_INT("heartbeat", 30, CFGF_NONE),
	CFG_INT("breaker_failures", 3, CFGF_NONE),
	CFG_INT("breaker_reset", 5, CFGF_NONE),
	CFG_INT("settle_interval", 2, CFGF_NONE),
	CFG_INT("settle_lease", 0, CFGF_NONE),
	CFG_INT("settle_alarm", 600, CFGF_NONE),
	CFG_INT("outbox_backoff_max", 300, CFGF_NONE),
	CFG_INT("outbox_alarm", 900, CFGF_NONE),
	CFG_STR("metrics_listen", "", CFGF_NONE),
	CFG_STR("recon_time", "02:00", CFGF_NONE),
	CFG_STR("recon_dir", "var/recon", CFGF_NONE),
	CFG_INT("bank_scan", 60, CFGF_NONE),
	CFG_INT("signoff_alarm_days", 3, CFGF_NONE),
	CFG_INT("cash_alarm_days", 2, CFGF_NONE),
	CFG_INT("cash_alarm_amount", 1000000, CFGF_NONE),
	CFG_INT("office_check", 3600, CFGF_NONE),
	CFG_STR("bank_dir", "var/bank", CFGF_NONE),
	CFG_INT("withhold_poll", 10, CFGF_NONE),
	CFG_END()
};

static cfg_opt_t mktsim_opts[] = {
	CFG_STR("listen", "127.0.0.1:7101", CFGF_NONE),
	CFG_STR("dbname", "mktsim", CFGF_NONE),
	CFG_STR("dsn", "", CFGF_NONE),
	CFG_INT("latency_ms", 0, CFGF_NONE),
	CFG_INT("latency_pct", 0, CFGF_NONE),
	CFG_INT("error_pct", 0, CFGF_NONE),
	CFG_INT("drop_before_pct", 0, CFGF_NONE),
	CFG_INT("drop_after_pct", 0, CFGF_NONE),
	CFG_INT("refuse_pct", 0, CFGF_NONE),
	CFG_INT("omit_recon_pct", 0, CFGF_NONE),
	CFG_END()
};

static cfg_opt_t top_opts[] = {
	CFG_SEC("global", global_opts, CFGF_NONE),
	CFG_SEC("database", database_opts, CFGF_NONE),
	CFG_SEC("frontd", frontd_opts, CFGF_NONE),
	CFG_SEC("appsrv", appsrv_opts, CFGF_NONE),
	CFG_SEC("ifsvc", ifsvc_opts, CFGF_NONE),
	CFG_SEC("mktsim", mktsim_opts, CFGF_NONE),
	CFG_END()
};

/* Allowed ranges of the integer options, by "section|name". */
static const struct {
	const char	*key;
	long		 min, max;
} ranges[] = {
	{ "global|log_max_size", 4096, 1073741824 },
	{ "global|log_max_files", 1, 1000 },
	{ "database|pool", 1, 64 },
	{ "frontd|workers", 1, 64 },
	{ "frontd|read_deadline", 1, 3600 },
	{ "frontd|idle_timeout", 1, 3600 },
	{ "frontd|max_frame", 64, 1048576 },
	{ "frontd|max_conns", 1, 1000000 },
	{ "frontd|per_ip", 1, 100000 },
	{ "frontd|out_highwater", 1024, 16777216 },
	{ "frontd|clock_skew", 1, 86400 },
	{ "frontd|appsrv_timeout", 100, 600000 },
	{ "frontd|registry_ttl", 1, 3600 },
	{ "frontd|alarm_threshold", 1, 1000000 },
	{ "frontd|alarm_window", 1, 86400 },
	{ "frontd|alarms_per_source", 1, 1000000 },
	{ "frontd|alert_journal_limit", 1, 100000000 },
	{ "frontd|grace", 0, 3600 },
	{ "frontd|journal_sync_us", 0, 1000000 },
	{ "frontd|bank_port", 0, 65535 },
	{ "frontd|bank_max_conns", 1, 100000 },
	{ "frontd|bank_per_bank", 1, 1000 },
	{ "frontd|bank_idle", 1, 86400 },
	{ "appsrv|amount_limit", 1, 1000000000000L },
	{ "appsrv|session_hours", 1, 720 },
	{ "appsrv|max_pin_failures", 1, 100 },
	{ "appsrv|page_size", 1, 200 },
	{ "appsrv|console_idle", 60, 86400 },
	{ "appsrv|console_max_age", 60, 604800 },
	{ "appsrv|console_max_conns", 1, 10000 },
	{ "appsrv|console_request_timeout", 1, 600 },
	{ "appsrv|console_hash_queue", 1, 10000 },
	{ "appsrv|console_db_conns", 1, 16 },
	{ "appsrv|console_addr_failures", 1, 1000 },
	{ "appsrv|console_lock_failures", 1, 1000 },
	{ "appsrv|console_lockout", 1, 86400 },
	{ "ifsvc|mkt_port", 1, 65535 },
	{ "ifsvc|pool", 1, 64 },
	{ "ifsvc|deadline", 1, 600 },
	{ "ifsvc|heartbeat", 1, 3600 },
	{ "ifsvc|breaker_failures", 1, 1000 },
	{ "ifsvc|breaker_reset", 1, 3600 },
	{ "ifsvc|settle_interval", 1, 3600 },
	{ "ifsvc|settle_lease", 0, 3600 },
	{ "ifsvc|settle_alarm", 1, 604800 },
	{ "ifsvc|signoff_alarm_days", 0, 366 },
	{ "ifsvc|cash_alarm_days", 0, 366 },
	{ "ifsvc|cash_alarm_amount", 0, 1000000000000L },
	{ "ifsvc|office_check", 0, 86400 },
	{ "ifsvc|bank_scan", 0, 86400 },
	{ "ifsvc|withhold_poll", 1, 3600 },
	{ "ifsvc|outbox_backoff_max", 1, 86400 },
	{ "ifsvc|outbox_alarm", 1, 604800 },
	{ "mktsim|latency_ms", 0, 600000 },
	{ "mktsim|latency_pct", 0, 100 },
	{ "mktsim|error_pct", 0, 100 },
	{ "mktsim|drop_before_pct", 0, 100 },
	{ "mktsim|drop_after_pct", 0, 100 },
	{ "mktsim|refuse_pct", 0, 100 },
	{ "mktsim|omit_recon_pct", 0, 100 },
};

static void
conf_errfunc(cfg_t *cfg, const char *fmt, va_list ap)
{
	char	msg[400];

	if (conf_err == NULL || conf_err[0] != '\0')
		return;
	vsnprintf(msg, sizeof(msg), fmt, ap);
	snprintf(conf_err, conf_errlen, "%s:%d: %s",
	    conf_path ? conf_path : "(config)",
	    cfg ? cfg->line : 0, msg);
}

static int
validate_int(cfg_t *cfg, cfg_opt_t *opt)
{
	char	key[128];
	long	v = cfg_opt_getnint(opt, cfg_opt_size(opt) - 1);
	size_t	i;

	snprintf(key, sizeof(key), "%s|%s", cfg->name, opt->name);
	for (i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++) {
		if (strcmp(ranges[i].key, key) != 0)
			continue;
		if (v < ranges[i].min || v > ranges[i].max) {
			cfg_error(cfg, "%s = %ld: must be between %ld and %ld",
			    opt->name, v, ranges[i].min, ranges[i].max);
			return -1;
		}
	}
	return 0;
}

static int
validate_hhmm(cfg_t *cfg, cfg_opt_t *opt)
{
	const char	*s = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);
	unsigned	 h, m, sec = 0;
	char		 extra;
	int		 n;

	if (s == NULL || s[0] == '\0')
		return 0;
	/* HH:MM, or HH:MM:SS (tests set a time a few seconds ahead). */
	n = sscanf(s, "%2u:%2u%c%2u%c", &h, &m, &extra, &sec, &extra);
	if (!(n == 2 || (n == 4 && s[5] == ':')) || h > 23 || m > 59 ||
	    sec > 59) {
		cfg_error(cfg, "%s = \"%s\": must be HH:MM[:SS] or \"\"",
		    opt->name, s);
		return -1;
	}
	return 0;
}

static int
validate_org(cfg_t *cfg, cfg_opt_t *opt)
{
	const char	*s = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);
	size_t		 i, n = s ? strlen(s) : 0;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
			break;
	if (n == 0 || n > 8 || i != n) {
		cfg_error(cfg, "%s = \"%s\": 1 to 8 upper-case letters or digits",
		    opt->name, s ? s : "");
		return -1;
	}
	return 0;
}

/* A node's name: what leases and runs are recorded under in the shared
 * database ("" = the host's name). */
static int
validate_node(cfg_t *cfg, cfg_opt_t *opt)
{
	const char	*s = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);
	size_t		 n = s ? strlen(s) : 0;

	if (n > 63 || (n > 0 && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") != n)) {
		cfg_error(cfg, "%s = \"%s\": at most 63 letters, digits, '.', "
		    "'_' or '-'", opt->name, s ? s : "");
		return -1;
	}
	return 0;
}

static void
set_validators(cfg_t *cfg)
{
	char	path[128];
	size_t	i;

	for (i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++)
		cfg_set_validate_func(cfg, ranges[i].key, validate_int);
	cfg_set_validate_func(cfg, "ifsvc|recon_time", validate_hhmm);
	snprintf(path, sizeof(path), "global|org");
	cfg_set_validate_func(cfg, path, validate_org);
	cfg_set_validate_func(cfg, "global|node", validate_node);
}

static char *
dupstr(cfg_t *sec, const char *name)
{
	return xstrdup(cfg_getstr(sec, name));
}

static void
fill(struct gf_conf *c, cfg_t *cfg)
{
	cfg_t	*s;
	size_t	 i;

	s = cfg_getsec(cfg, "global");
	c->global.org = dupstr(s, "org");
	c->global.node = dupstr(s, "node");
	if (c->global.node[0] == '\0') {
		char	host[64];

		free(c->global.node);
		if (gethostname(host, sizeof(host)) == -1)
			snprintf(host, sizeof(host), "localhost");
		host[sizeof(host) - 1] = '\0';
		c->global.node = xstrdup(host);
	}
	c->global.var_dir = dupstr(s, "var_dir");
	c->global.run_dir = dupstr(s, "run_dir");
	c->global.log_dir = dupstr(s, "log_dir");
	c->global.user = dupstr(s, "user");
	c->global.log_max_size = (long)cfg_getint(s, "log_max_size");
	c->global.log_max_files = (int)cfg_getint(s, "log_max_files");

	s = cfg_getsec(cfg, "database");
	c->db.dsn = dupstr(s, "dsn");
	c->db.dbname = dupstr(s, "dbname");
	c->db.pool = (int)cfg_getint(s, "pool");

	s = cfg_getsec(cfg, "frontd");
	c->frontd.nlisten = 0;
	for (i = 0; i < cfg_size(s, "listen") && i < CONF_MAX_LISTEN; i++)
		c->frontd.listen[c->frontd.nlisten++] =
		    xstrdup(cfg_getnstr(s, "listen", i));
	c->frontd.keys_file = dupstr(s, "keys_file");
	c->frontd.bank_keys_file = dupstr(s, "bank_keys_file");
	c->frontd.journal_dir = dupstr(s, "journal_dir");
	c->frontd.metrics_listen = dupstr(s, "metrics_listen");
	c->frontd.workers = (int)cfg_getint(s, "workers");
	c->frontd.n_proxy_from = (int)cfg_size(s, "proxy_from");
	if (c->frontd.n_proxy_from > 0) {
		c->frontd.proxy_from = xcalloc((size_t)c->frontd.n_proxy_from,
		    sizeof(char *));
		for (i = 0; i < (size_t)c->frontd.n_proxy_from; i++)
			c->frontd.proxy_from[i] = xstrdup(
			    cfg_getnstr(s, "proxy_from", (unsigned)i));
	}
	c->frontd.read_deadline = (int)cfg_getint(s, "read_deadline");
	c->frontd.idle_timeout = (int)cfg_getint(s, "idle_timeout");
	c->frontd.max_frame = (int)cfg_getint(s, "max_frame");
	c->frontd.max_conns = (int)cfg_getint(s, "max_conns");
	c->frontd.per_ip = (int)cfg_getint(s, "per_ip");
	c->frontd.out_highwater = (int)cfg_getint(s, "out_highwater");
	c->frontd.clock_skew = (int)cfg_getint(s, "clock_skew");
	c->frontd.appsrv_timeout = (int)cfg_getint(s, "appsrv_timeout");
	c->frontd.registry_ttl = (int)cfg_getint(s, "registry_ttl");
	c->frontd.alarm_threshold = (int)cfg_getint(s, "alarm_threshold");
	c->frontd.alarm_window = (int)cfg_getint(s, "alarm_window");
	c->frontd.alarms_per_source = (int)cfg_getint(s, "alarms_per_source");
	c->frontd.alert_journal_limit = (int)cfg_getint(s,
	    "alert_journal_limit");
	c->frontd.grace = (int)cfg_getint(s, "grace");
	c->frontd.journal_sync_us = (int)cfg_getint(s, "journal_sync_us");
	c->frontd.bank_port = (int)cfg_getint(s, "bank_port");
	c->frontd.bank_max_conns = (int)cfg_getint(s, "bank_max_conns");
	c->frontd.bank_per_bank = (int)cfg_getint(s, "bank_per_bank");
	c->frontd.bank_idle = (int)cfg_getint(s, "bank_idle");

	s = cfg_getsec(cfg, "appsrv");
	c->appsrv.socket = dupstr(s, "socket");
	c->appsrv.http_listen = dupstr(s, "http_listen");
	c->appsrv.amount_limit = cfg_getint(s, "amount_limit");
	c->appsrv.session_hours = (int)cfg_getint(s, "session_hours");
	c->appsrv.max_pin_failures = (int)cfg_getint(s, "max_pin_failures");
	c->appsrv.page_size = (int)cfg_getint(s, "page_size");
	c->appsrv.console_idle = (int)cfg_getint(s, "console_idle");
	c->appsrv.console_max_age = (int)cfg_getint(s, "console_max_age");
	c->appsrv.console_www = dupstr(s, "console_www");
	c->appsrv.console_secure = cfg_getbool(s, "console_secure") ? 1 : 0;
	c->appsrv.n_console_hosts = (int)cfg_size(s, "console_hosts");
	if (c->appsrv.n_console_hosts > 0) {
		c->appsrv.console_hosts = xcalloc(
		    (size_t)c->appsrv.n_console_hosts, sizeof(char *));
		for (i = 0; i < (size_t)c->appsrv.n_console_hosts; i++)
			c->appsrv.console_hosts[i] = xstrdup(
			    cfg_getnstr(s, "console_hosts", (unsigned)i));
	}
	c->appsrv.console_max_conns = (int)cfg_getint(s, "console_max_conns");
	c->appsrv.console_request_timeout = (int)cfg_getint(s,
	    "console_request_timeout");
	c->appsrv.console_hash_queue = (int)cfg_getint(s, "console_hash_queue");
	c->appsrv.console_db_conns = (int)cfg_getint(s, "console_db_conns");
	c->appsrv.console_addr_failures = (int)cfg_getint(s,
	    "console_addr_failures");
	c->appsrv.console_lock_failures = (int)cfg_getint(s,
	    "console_lock_failures");
	c->appsrv.console_lockout = (int)cfg_getint(s, "console_lockout");

	s = cfg_getsec(cfg, "ifsvc");
	c->ifsvc.socket = dupstr(s, "socket");
	c->ifsvc.mkt_host = dupstr(s, "mkt_host");
	c->ifsvc.mkt_port = (int)cfg_getint(s, "mkt_port");
	c->ifsvc.pool = (int)cfg_getint(s, "pool");
	c->ifsvc.deadline = (int)cfg_getint(s, "deadline");
	c->ifsvc.heartbeat = (int)cfg_getint(s, "heartbeat");
	c->ifsvc.breaker_failures = (int)cfg_getint(s, "breaker_failures");
	c->ifsvc.breaker_reset = (int)cfg_getint(s, "breaker_reset");
	c->ifsvc.settle_interval = (int)cfg_getint(s, "settle_interval");
	c->ifsvc.settle_lease = (int)cfg_getint(s, "settle_lease");
	if (c->ifsvc.settle_lease == 0)
		c->ifsvc.settle_lease = 3 * (int)cfg_getint(s, "deadline") + 30;
	c->ifsvc.settle_alarm = (int)cfg_getint(s, "settle_alarm");
	c->ifsvc.outbox_backoff_max = (int)cfg_getint(s, "outbox_backoff_max");
	c->ifsvc.outbox_alarm = (int)cfg_getint(s, "outbox_alarm");
	c->ifsvc.metrics_listen = dupstr(s, "metrics_listen");
	c->ifsvc.recon_time = dupstr(s, "recon_time");
	c->ifsvc.recon_dir = dupstr(s, "recon_dir");
	c->ifsvc.bank_scan = (int)cfg_getint(s, "bank_scan");
	c->ifsvc.signoff_alarm_days = (int)cfg_getint(s, "signoff_alarm_days");
	c->ifsvc.cash_alarm_days = (int)cfg_getint(s, "cash_alarm_days");
	c->ifsvc.cash_alarm_amount = cfg_getint(s, "cash_alarm_amount");
	c->ifsvc.office_check = (int)cfg_getint(s, "office_check");
	c->ifsvc.bank_dir = dupstr(s, "bank_dir");
	c->ifsvc.withhold_poll = (int)cfg_getint(s, "withhold_poll");

	s = cfg_getsec(cfg, "mktsim");
	c->mktsim.listen = dupstr(s, "listen");
	c->mktsim.dbname = dupstr(s, "dbname");
	c->mktsim.dsn = dupstr(s, "dsn");
	c->mktsim.latency_ms = (int)cfg_getint(s, "latency_ms");
	c->mktsim.latency_pct = (int)cfg_getint(s, "latency_pct");
	c->mktsim.error_pct = (int)cfg_getint(s, "error_pct");
	c->mktsim.drop_before_pct = (int)cfg_getint(s, "drop_before_pct");
	c->mktsim.drop_after_pct = (int)cfg_getint(s, "drop_after_pct");
	c->mktsim.refuse_pct = (int)cfg_getint(s, "refuse_pct");
	c->mktsim.omit_recon_pct = (int)cfg_getint(s, "omit_recon_pct");
}

/* The config file path (NULL: text, or "" when text is NULL too). */
static int
conf_parse(const char *path, const char *name, const char *text,
    struct gf_conf *c, char *err, size_t errlen)
{
	cfg_t	*cfg;
	int	 rv;

	memset(c, 0, sizeof(*c));
	err[0] = '\0';
	conf_err = err;
	conf_errlen = errlen;
	conf_path = name;

	cfg = cfg_init(top_opts, CFGF_NONE);
	if (cfg == NULL) {
		snprintf(err, errlen, "cannot initialise the config parser");
		return -1;
	}
	cfg_set_error_function(cfg, conf_errfunc);
	set_validators(cfg);

	if (path != NULL) {
		rv = cfg_parse(cfg, path);
		if (rv == CFG_FILE_ERROR) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			goto fail;
		}
	} else
		rv = cfg_parse_buf(cfg, text != NULL ? text : "");
	if (rv != CFG_SUCCESS) {
		if (err[0] == '\0')
			snprintf(err, errlen, "%s: parse error",
			    name ? name : "(defaults)");
		goto fail;
	}
	fill(c, cfg);
	c->path = path ? xstrdup(path) : NULL;
	cfg_free(cfg);
	conf_err = NULL;
	return 0;
fail:
	cfg_free(cfg);
	conf_err = NULL;
	return -1;
}

int
conf_load(const char *path, struct gf_conf *c, char *err, size_t errlen)
{
	return conf_parse(path, path, NULL, c, err, errlen);
}

int
conf_load_text(const char *name, const char *text, struct gf_conf *c,
    char *err, size_t errlen)
{
	return conf_parse(NULL, name, text, c, err, errlen);
}

void
conf_free(struct gf_conf *c)
{
	int	i;

	free(c->path);
	free(c->global.org);
	free(c->global.node);
	free(c->global.var_dir);
	free(c->global.run_dir);
	free(c->global.log_dir);
	free(c->global.user);
	free(c->db.dsn);
	free(c->db.dbname);
	for (i = 0; i < c->frontd.nlisten; i++)
		free(c->frontd.listen[i]);
	free(c->frontd.keys_file);
	free(c->frontd.bank_keys_file);
	free(c->frontd.journal_dir);
	free(c->frontd.metrics_listen);
	free(c->appsrv.socket);
	free(c->appsrv.http_listen);
	free(c->appsrv.console_www);
	for (i = 0; i < c->frontd.n_proxy_from; i++)
		free(c->frontd.proxy_from[i]);
	free(c->frontd.proxy_from);
	for (i = 0; i < c->appsrv.n_console_hosts; i++)
		free(c->appsrv.console_hosts[i]);
	free(c->appsrv.console_hosts);
	free(c->ifsvc.socket);
	free(c->ifsvc.mkt_host);
	free(c->ifsvc.recon_time);
	free(c->ifsvc.recon_dir);
	free(c->ifsvc.bank_dir);
	free(c->ifsvc.metrics_listen);
	free(c->mktsim.listen);
	free(c->mktsim.dbname);
	free(c->mktsim.dsn);
	memset(c, 0, sizeof(*c));
}

const char *
conf_default_path(void)
{
	const char	*p = getenv("GF_CONF");

	if (p != NULL && p[0] != '\0')
		return p;
	if (access("etc/gridfront.conf", R_OK) == 0)
		return "etc/gridfront.conf";
	return NULL;
}

char *
conf_db_dsn(const struct gf_conf *c, const char *dbname)
{
	char	 dir[PATH_MAX], *out;
	size_t	 n;

	if (c->db.dsn[0] != '\0' && dbname == NULL)
		return xstrdup(c->db.dsn);
	if (c->db.dsn[0] != '\0') {
		/* Same server, another database: later keywords win in libpq. */
		n = strlen(c->db.dsn) + strlen(dbname) + 16;
		out = xmalloc(n);
		snprintf(out, n, "%s dbname=%s", c->db.dsn, dbname);
		return out;
	}
	if (c->global.run_dir[0] == '/')
		snprintf(dir, sizeof(dir), "%s/pg", c->global.run_dir);
	else {
		if (getcwd(dir, sizeof(dir)) == NULL)
			snprintf(dir, sizeof(dir), ".");
		n = strlen(dir);
		snprintf(dir + n, sizeof(dir) - n, "/%s/pg", c->global.run_dir);
	}
	n = strlen(dir) + 64 + strlen(dbname ? dbname : c->db.dbname);
	out = xmalloc(n);
	snprintf(out, n, "host=%s dbname=%s user=gridfront", dir,
	    dbname ? dbname : c->db.dbname);
	return out;
}
