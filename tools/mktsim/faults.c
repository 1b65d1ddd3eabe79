/*
 * faults.c - fault injection (MI1 §5: refuse, close before or after
 * processing, answer late, answer 9999 before or after processing) and the
 * admin line protocol that changes the settings at run time.
 *
 * The two 9999s: error_pct answers 9999 without processing (nothing was
 * posted); error_after_pct processes the request, commits what it did, and
 * then answers 9999 instead of its result ("9999 after posting": since
 * MI1 rev. 2026-12 the client settles a 9999 to a money-moving request as
 * an unknown outcome, by 1006 then 1003).  When both hit a request, the
 * first wins; drop_after wins over error_after (no answer at all).
 *
 * Determinism: two splitmix64 streams seeded from --fault-seed, one drawn
 * per accepted connection (refuse), one drawn a fixed six times per
 * request whatever the settings, so the n-th request meets the same fate
 * for a given seed and settings.  error_after uses the high half of the
 * draw whose whole value decides error, so that adding it kept the six
 * draws (and every older seed's fates).
 *
 * Admin protocol (--admin ADDR:PORT, TCP, one command per line, one
 * answer line "ok ..." or "err ..."):
 *   get                     current settings
 *   set KEY VALUE           KEY: latency_ms latency_pct error_pct
 *                           error_after_pct drop_before_pct drop_after_pct
 *                           refuse_pct omit_recon_pct trcodes (comma list,
 *                           "-" = all)
 *   set recon_page_size N   9001 lines per page (1-1000, default 1000)
 *   set recon_corrupt_page N  9001 page N reports a total off by one
 *                           (0 = off): a file that fails its check
 *   reset                   all faults off (recon_corrupt_page too)
 *   seed N                  restart both random streams from N
 *   stats                   counters since start
 * SIGHUP re-reads the config file's [mktsim] fault keys.  error_after_pct
 * and trcodes are not config keys: they are set by flag (--error-after-pct,
 * --fault-trcodes) or admin command, and SIGHUP leaves them as they are.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/listener.h>
#include <event2/util.h>

#include "log.h"
#include "mktsim.h"

static struct evconnlistener *admin_lis;
/* The admin connections open now, freed by mk_admin_stop: one still open
 * when mktsim stops (a client that sent no line and waits) was leaked. */
#define ADMIN_CONNS_MAX	16
static struct bufferevent *admin_conns[ADMIN_CONNS_MAX];

static void
admin_conn_free(struct bufferevent *bev)
{
	int	i;

	for (i = 0; i < ADMIN_CONNS_MAX; i++)
		if (admin_conns[i] == bev)
			admin_conns[i] = NULL;
	bufferevent_free(bev);
}

static uint64_t
mk_rng_next(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static int
mk_roll(uint64_t *s, int pct)
{
	return (int)(mk_rng_next(s) % 100) < pct;
}

void
mk_faults_reseed(struct mk_ctx *ctx, uint64_t seed)
{
	ctx->fault_seed = seed;
	ctx->rng_req = seed;
	ctx->rng_conn = seed ^ 0x5bd1e9955bd1e995ULL;
}

void
mk_faults_from_conf(struct mk_faults *f, const struct conf_mktsim *c)
{
	f->latency_ms = c->latency_ms;
	f->latency_pct = c->latency_pct;
	f->error_pct = c->error_pct;
	f->drop_before_pct = c->drop_before_pct;
	f->drop_after_pct = c->drop_after_pct;
	f->refuse_pct = c->refuse_pct;
	f->omit_recon_pct = c->omit_recon_pct;
}

static const struct {
	const char	*name;
	size_t		 off;
	int		 max;
} mk_fault_keys[] = {
	{ "latency_ms", offsetof(struct mk_faults, latency_ms), 600000 },
	{ "latency_pct", offsetof(struct mk_faults, latency_pct), 100 },
	{ "error_pct", offsetof(struct mk_faults, error_pct), 100 },
	{ "error_after_pct", offsetof(struct mk_faults, error_after_pct), 100 },
	{ "drop_before_pct", offsetof(struct mk_faults, drop_before_pct), 100 },
	{ "drop_after_pct", offsetof(struct mk_faults, drop_after_pct), 100 },
	{ "refuse_pct", offsetof(struct mk_faults, refuse_pct), 100 },
	{ "omit_recon_pct", offsetof(struct mk_faults, omit_recon_pct), 100 },
};

/* Set one fault key (also "trcodes"); 0, or -1 for a bad key or value. */
int
mk_faults_set(struct mk_faults *f, const char *key, const char *val)
{
	char	*end;
	long	 v;
	size_t	 i;

	if (strcmp(key, "trcodes") == 0) {
		if (strcmp(val, "-") == 0 || strcmp(val, "all") == 0)
			val = "";
		if (strlen(val) >= sizeof(f->trcodes) ||
		    strspn(val, "0123456789,") != strlen(val))
			return -1;
		snprintf(f->trcodes, sizeof(f->trcodes), "%s", val);
		return 0;
	}
	for (i = 0; i < sizeof(mk_fault_keys) / sizeof(mk_fault_keys[0]); i++) {
		if (strcmp(key, mk_fault_keys[i].name) != 0)
			continue;
		errno = 0;
		v = strtol(val, &end, 10);
		if (errno != 0 || end == val || *end != '\0' || v < 0 ||
		    v > mk_fault_keys[i].max)
			return -1;
		*(int *)(void *)((char *)f + mk_fault_keys[i].off) = (int)v;
		return 0;
	}
	return -1;
}

static int
mk_trcode_selected(const struct mk_faults *f, const char *trcode)
{
	const char	*p = f->trcodes;
	size_t		 n = strlen(trcode);

	if (*p == '\0')
		return 1;
	while (*p != '\0') {
		if (strncmp(p, trcode, n) == 0 && (p[n] == ',' || p[n] == '\0'))
			return 1;
		p = strchr(p, ',');
		if (p == NULL)
			break;
		p++;
	}
	return 0;
}

void
mk_faults_decide(struct mk_ctx *ctx, const char *trcode, struct mk_decision *d)
{
	const struct mk_faults	*f = &ctx->faults;
	double			 u;
	uint64_t		 r[6];
	int			 i;

	/* Always the same number of draws: settings never shift the stream. */
	for (i = 0; i < 6; i++)
		r[i] = mk_rng_next(&ctx->rng_req);
	memset(d, 0, sizeof(*d));
	ctx->stats.requests++;
	if (!mk_trcode_selected(f, trcode))
		return;
	d->drop_before = (int)(r[0] % 100) < f->drop_before_pct;
	d->error = (int)(r[1] % 100) < f->error_pct;
	d->drop_after = (int)(r[2] % 100) < f->drop_after_pct;
	d->error_after = (int)((r[1] >> 32) % 100) < f->error_after_pct;
	d->omit_recon = (int)(r[3] % 100) < f->omit_recon_pct;
	if ((int)(r[4] % 100) < f->latency_pct && f->latency_ms > 0) {
		/* Exponential with mean latency_ms, capped at 10 x the mean. */
		u = ((double)(r[5] >> 11) + 1.0) / 9007199254740993.0;
		u = -log(u) * f->latency_ms;
		if (u > 10.0 * f->latency_ms)
			u = 10.0 * f->latency_ms;
		d->delay_ms = (int)u + 1;
	}
}

int
mk_faults_refuse(struct mk_ctx *ctx)
{
	ctx->stats.connections++;
	return mk_roll(&ctx->rng_conn, ctx->faults.refuse_pct);
}

/* ---- admin line protocol ---- */

/*
 * The 9001 settings live in the database (mk_recon_conf), where the SQL
 * that cuts the file reads them.  Admin commands are rare and come from
 * tests: a short blocking connection is fine here.
 */
static int
mk_admin_recon(struct mk_ctx *ctx, const char *key, const char *val)
{
	const char	*p[1] = { val };
	const char	*sql;
	PGconn		*pg;
	PGresult	*res;
	char		*end;
	long		 v;
	int		 rv;

	errno = 0;
	v = strtol(val, &end, 10);
	if (errno != 0 || end == val || *end != '\0' || v < 0 || v > 1000000)
		return -1;
	if (strcmp(key, "recon_page_size") == 0 && v >= 1 && v <= 1000)
		sql = "UPDATE mk_recon_conf SET page_size = $1::int";
	else if (strcmp(key, "recon_corrupt_page") == 0)
		sql = "UPDATE mk_recon_conf SET corrupt_page = $1::int";
	else
		return -1;
	if ((pg = mk_db_open(ctx->dsn)) == NULL)
		return -1;
	res = PQexecParams(pg, sql, 1, NULL, p, NULL, NULL, 0);
	rv = PQresultStatus(res) == PGRES_COMMAND_OK ? 0 : -1;
	if (rv == -1)
		log_warnx("admin=set key=%s err=\"%s\"", key,
		    PQresultErrorMessage(res));
	PQclear(res);
	PQfinish(pg);
	return rv;
}

static void
mk_admin_get(struct mk_ctx *ctx, struct evbuffer *out)
{
	const struct mk_faults *f = &ctx->faults;

	evbuffer_add_printf(out, "ok latency_ms=%d latency_pct=%d error_pct=%d "
	    "error_after_pct=%d drop_before_pct=%d drop_after_pct=%d "
	    "refuse_pct=%d omit_recon_pct=%d trcodes=%s seed=%" PRIu64 "\n",
	    f->latency_ms, f->latency_pct, f->error_pct, f->error_after_pct,
	    f->drop_before_pct, f->drop_after_pct, f->refuse_pct,
	    f->omit_recon_pct, f->trcodes[0] ? f->trcodes : "all",
	    ctx->fault_seed);
}

static void
mk_admin_line(struct mk_ctx *ctx, char *line, struct evbuffer *out)
{
	const struct mk_fault_stats *s = &ctx->stats;
	char	*cmd, *a1, *a2, *save = NULL, *end;
	unsigned long long seed;

	cmd = strtok_r(line, " \t\r", &save);
	a1 = strtok_r(NULL, " \t\r", &save);
	a2 = strtok_r(NULL, " \t\r", &save);
	if (cmd == NULL) {
		evbuffer_add_printf(out, "err empty\n");
	} else if (strcmp(cmd, "get") == 0) {
		mk_admin_get(ctx, out);
	} else if (strcmp(cmd, "set") == 0 && a1 != NULL && a2 != NULL) {
		if ((strncmp(a1, "recon_", 6) == 0 ?
		    mk_admin_recon(ctx, a1, a2) :
		    mk_faults_set(&ctx->faults, a1, a2)) == 0) {
			log_info("admin=set key=%s value=%s", a1, a2);
			evbuffer_add_printf(out, "ok\n");
		} else
			evbuffer_add_printf(out, "err bad key or value\n");
	} else if (strcmp(cmd, "reset") == 0) {
		memset(&ctx->faults, 0, sizeof(ctx->faults));
		if (mk_admin_recon(ctx, "recon_corrupt_page", "0") == -1)
			log_warnx("admin=reset recon_corrupt_page=failed");
		log_info("admin=reset");
		evbuffer_add_printf(out, "ok\n");
	} else if (strcmp(cmd, "seed") == 0 && a1 != NULL) {
		errno = 0;
		seed = strtoull(a1, &end, 10);
		if (errno != 0 || *end != '\0')
			evbuffer_add_printf(out, "err bad seed\n");
		else {
			mk_faults_reseed(ctx, seed);
			evbuffer_add_printf(out, "ok\n");
		}
	} else if (strcmp(cmd, "stats") == 0) {
		evbuffer_add_printf(out, "ok requests=%" PRIu64
		    " dropped_before=%" PRIu64 " errors=%" PRIu64
		    " errors_after=%" PRIu64
		    " dropped_after=%" PRIu64 " delayed=%" PRIu64
		    " refused=%" PRIu64 " omitted=%" PRIu64
		    " connections=%" PRIu64 "\n", s->requests,
		    s->dropped_before, s->errors, s->errors_after,
		    s->dropped_after, s->delayed, s->refused, s->omitted,
		    s->connections);
	} else
		evbuffer_add_printf(out, "err unknown command\n");
}

static void
mk_admin_read_cb(struct bufferevent *bev, void *arg)
{
	struct mk_ctx	*ctx = arg;
	char		*line;
	size_t		 n;

	while ((line = evbuffer_readln(bufferevent_get_input(bev), &n,
	    EVBUFFER_EOL_CRLF)) != NULL) {
		mk_admin_line(ctx, line, bufferevent_get_output(bev));
		free(line);
	}
	/* A line without an end this long is not an admin command. */
	if (evbuffer_get_length(bufferevent_get_input(bev)) > 1024)
		admin_conn_free(bev);
}

static void
mk_admin_event_cb(struct bufferevent *bev, short what, void *arg)
{
	(void)what;
	(void)arg;
	admin_conn_free(bev);
}

static void
mk_admin_accept_cb(struct evconnlistener *l, evutil_socket_t fd,
    struct sockaddr *sa, int salen, void *arg)
{
	struct mk_ctx		*ctx = arg;
	struct bufferevent	*bev;
	int			 i;

	(void)l;
	(void)sa;
	(void)salen;
	for (i = 0; i < ADMIN_CONNS_MAX && admin_conns[i] != NULL; i++)
		;
	if (i == ADMIN_CONNS_MAX) {	/* full: the newcomer is refused */
		evutil_closesocket(fd);
		return;
	}
	evutil_make_socket_closeonexec(fd);
	bev = bufferevent_socket_new(ctx->base, fd, BEV_OPT_CLOSE_ON_FREE);
	if (bev == NULL) {
		evutil_closesocket(fd);
		return;
	}
	admin_conns[i] = bev;
	bufferevent_setcb(bev, mk_admin_read_cb, NULL, mk_admin_event_cb, ctx);
	bufferevent_enable(bev, EV_READ | EV_WRITE);
}

int
mk_admin_start(struct mk_ctx *ctx)
{
	struct sockaddr_storage	 ss;
	int			 sslen = sizeof(ss);

	if (ctx->admin == NULL)
		return 0;
	if (evutil_parse_sockaddr_port(ctx->admin, (struct sockaddr *)&ss,
	    &sslen) == -1) {
		log_warnx("admin=listen addr=%s err=\"bad address\"", ctx->admin);
		return -1;
	}
	admin_lis = evconnlistener_new_bind(ctx->base, mk_admin_accept_cb, ctx,
	    LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC,
	    16, (struct sockaddr *)&ss, sslen);
	if (admin_lis == NULL) {
		log_warn("admin=listen addr=%s", ctx->admin);
		return -1;
	}
	log_info("admin=listening addr=%s", ctx->admin);
	return 0;
}

void
mk_admin_stop(void)
{
	int	i;

	if (admin_lis != NULL)
		evconnlistener_free(admin_lis);
	admin_lis = NULL;
	for (i = 0; i < ADMIN_CONNS_MAX; i++)
		if (admin_conns[i] != NULL)
			admin_conn_free(admin_conns[i]);
}
