/*
 * settler.c - resolves every money-moving transaction whose outcome is
 * unknown (MI1 §5, docs/DESIGN.md "Money-moving flow" step 4).
 *
 * The duty lives in the database, not in memory: rows in state UNKNOWN
 * (and PENDING rows older than deadline + 30 s, adopted as UNKNOWN) are
 * picked up on every tick, so it survives restarts of everything.  For each:
 * 1006 status query; SUCCESS -> 1003 reversal with a stserial fixed in
 * ifsvc_settle before it is first sent (every retry repeats it, so the
 * marketing system's idempotency moves money once), until 0000/2001; then
 * REVERSED.  NOTFOUND -> FAILED, but only once the request cannot still be
 * in flight.  REVERSED -> REVERSED.  Failures back off doubling from
 * settle_interval.  Several nodes' settlers share the rows: each takes a
 * batch under a lease (gf_settle_claim, FOR UPDATE SKIP LOCKED: a row
 * another node holds is skipped) and only the holder's retry counts, so
 * each unknown is worked by one node at a time; one whose holder died is
 * taken again when the lease runs out (docs/DESIGN.md "Several nodes").
 * A terminal REVERSAL with an unknown outcome (IN_DOUBT,
 * docs/MONEY.md) is rolled forward: a status query on its original, then
 * the same 1003, with its own stserial, again until the marketing system
 * confirms it (0000, or 2001 with the original answer) or refuses it for
 * good (FAILED, unless the original is reversed there already); its final
 * answer is stored for the terminal's repeat.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>

#include "ifsvc.h"
#include "log.h"
#include "money.h"
#include "tp1.h"
#include "util.h"

#define SETTLE_BATCH		16
#define SETTLE_BACKOFF_MAX	300	/* s */

struct settle_item {
	struct settler	*st;
	char		 stserial[33];
	char		 settle_date[16];
	char		 func[16];
	char		 orig[33];	/* REVERSAL rows: the original */
	char		 rev[33];	/* our reversal's stserial, "" none */
	char		 amount[24];
	int64_t		 age;		/* s since unknown_since */
	struct mi1_msg	 req;
	char		 status[16];	/* last 1006 answer */
	char		 mkserial[64];
	int		 orig_reversed;	/* reversal: 1006 said REVERSED */
};

struct settler {
	struct ifsvc	*ctx;
	struct event	*ev_tick;
	char		 owner[96];	/* ifsvc:NODE:PID, the lease holder */
	int		 busy;		/* a claim is running */
	int		 asked;		/* rows the last claim asked for */
	int		 more;		/* it got them all: more may be due
					 * at once */
	struct settle_item *inflight[SETTLE_BATCH];
};

static void	item_query(struct settle_item *);
static int	inflight_free(struct settler *);
static void	claim(struct settler *);

static void
tick_arm(struct settler *st, int sec)
{
	struct timeval	tv = { sec, 0 };

	evtimer_add(st->ev_tick, &tv);
}

static int
inflight_has(struct settler *st, const char *stserial)
{
	int	i;

	for (i = 0; i < SETTLE_BATCH; i++)
		if (st->inflight[i] != NULL &&
		    strcmp(st->inflight[i]->stserial, stserial) == 0)
			return 1;
	return 0;
}

static int
inflight_add(struct settler *st, struct settle_item *it)
{
	int	i;

	for (i = 0; i < SETTLE_BATCH; i++)
		if (st->inflight[i] == NULL) {
			st->inflight[i] = it;
			return 0;
		}
	return -1;
}

/*
 * An item done.  After a claim that filled every free slot (a backlog:
 * an outage's unknown outcomes), the next claim goes out as soon as half
 * the slots are free, not at the next tick: a backlog drains at the speed
 * of the calls, SETTLE_BATCH in flight at most, instead of one batch a
 * second (bench/settle).
 */
static void
item_free(struct settle_item *it)
{
	struct settler	*st = it->st;
	int		 i;

	for (i = 0; i < SETTLE_BATCH; i++)
		if (st->inflight[i] == it)
			st->inflight[i] = NULL;
	mi1_msg_clear(&it->req);
	free(it);
	if (st->more && !st->busy && inflight_free(st) >= SETTLE_BATCH / 2)
		claim(st);
}

static void
item_done_cb(PGresult *res, void *arg)
{
	struct settle_item *it = arg;

	if (!ifdb_ok(res))
		log_warnx("settle: db update failed stserial=%s", it->stserial);
	item_free(it);
}

/* Try again later: backoff doubles from settle_interval.  The lease ends
 * with it (only the holder's retry counts). */
static void
item_retry(struct settle_item *it, const char *why)
{
	char		 iv[16];
	const char	*p[4] = { it->stserial, it->settle_date, it->st->owner,
			    iv };

	snprintf(iv, sizeof(iv), "%d", it->st->ctx->conf.ifsvc.settle_interval);
	log_info("settle: retry stserial=%s why=\"%s\"", it->stserial, why);
	ifdb_query(it->st->ctx->db, "SELECT gf_settle_retry($1, $2::date, $3, "
	    "$4::integer)", 4, p, item_done_cb, it);
}

/* The original (non-reversal) row reached its final state. */
static void
item_final(struct settle_item *it, const char *state)
{
	const char	*p[6] = { it->stserial, it->settle_date, state,
			    it->rev[0] ? it->rev : NULL, it->mkserial,
			    it->status };

	log_info("settle: final stserial=%s state=%s rev=%s", it->stserial,
	    state, it->rev[0] ? it->rev : "-");
	/* One statement (schema/fn/money.sql): the original's state, the
	 * local record of our reversal (if we made one) and the settle row
	 * change together. */
	ifdb_query(it->st->ctx->db, "SELECT gf_tx_settle_payment($1, $2::date, "
	    "$3, $4, $5, $6)", 6, p, item_done_cb, it);
}

/*
 * A terminal REVERSAL that was IN_DOUBT reached its final state.  One that
 * took effect gets its receipt like any success ('R' || station serial, in
 * transactions and receipts) and its original becomes REVERSED in the same
 * statement; either way the TP/1 answer a repeat replays is stored.
 */
static void
item_final_reversal(struct settle_item *it, const char *state,
    uint16_t status, const char *rspcode)
{
	struct gbuf	 ans;
	char		 receipt[48], st[16], *hex;
	const char	*p[7];

	snprintf(receipt, sizeof(receipt), "R%s", it->stserial);
	snprintf(st, sizeof(st), "%u", status);
	gbuf_init(&ans);
	money_reversal_answer(&ans, status, receipt, it->mkserial);
	hex = xmalloc(ans.len * 2 + 1);
	hex_encode(ans.data, ans.len, hex);
	gbuf_free(&ans);
	p[0] = it->stserial;
	p[1] = it->settle_date;
	p[2] = state;
	p[3] = it->mkserial;
	p[4] = st;
	p[5] = hex;
	p[6] = rspcode;
	log_info("settle: final reversal stserial=%s orig=%s state=%s "
	    "rspcode=%s", it->stserial, it->orig, state, rspcode);
	ifdb_query(it->st->ctx->db, "SELECT gf_tx_settle_reversal($1, "
	    "$2::date, $3, $4, $5::integer, decode($6, 'hex'), $7)", 7, p,
	    item_done_cb, it);
	free(hex);
}

/* The marketing system's serial of the answer (empty if none). */
static void
keep_mkserial(struct settle_item *it, const struct mi1_msg *rsp)
{
	const char	*mk = mi1_get_str(rsp->body, "mkserial");

	snprintf(it->mkserial, sizeof(it->mkserial), "%s", mk ? mk : "");
}

/* The answer to the repeated 1003 of an IN_DOUBT reversal. */
static void
roll_forward_cb(enum mkt_outcome o, struct mi1_msg *rsp, void *arg)
{
	struct settle_item *it = arg;

	if (o != MKT_ANSWERED) {
		item_retry(it, o == MKT_UNKNOWN ? "reversal unanswered" :
		    "unavailable");
		return;
	}
	switch (money_answered(1003, rsp->rspcode)) {
	case MONEY_DONE:
		keep_mkserial(it, rsp);
		item_final_reversal(it, "SUCCESS", TP1_ST_OK, rsp->rspcode);
		break;
	case MONEY_REFUSED:
		if (it->orig_reversed) {
			/* The original is reversed there already: the
			 * reversal is in force, whatever this answer says. */
			item_final_reversal(it, "SUCCESS", TP1_ST_OK,
			    rsp->rspcode);
			break;
		}
		item_final_reversal(it, "FAILED",
		    money_rspcode_status(rsp->rspcode), rsp->rspcode);
		break;
	default:
		item_retry(it, "reversal answer unknown");
		break;
	}
}

/*
 * MONEY.md transition 5, after the status query on the original: the same
 * 1003 (the reversal's own stserial) again, which also gives its mkserial
 * (2001 carries the original answer).
 */
static void
roll_forward(struct settle_item *it)
{
	mi1_msg_clear(&it->req);
	mi1_head_init(&it->req, "1003", it->stserial,
	    it->st->ctx->conf.global.org, now_us() / 1000000);
	it->req.body = json_pack("{s:s,s:s,s:s}", "stserial", it->stserial,
	    "origstserial", it->orig, "reason", "repeat of an in-doubt reversal");
	log_info("settle: rolling forward reversal stserial=%s orig=%s",
	    it->stserial, it->orig);
	mkt_pool_call(it->st->ctx->pool, &it->req, roll_forward_cb, it);
}

static void
reversal_cb(enum mkt_outcome o, struct mi1_msg *rsp, void *arg)
{
	struct settle_item *it = arg;

	if (o != MKT_ANSWERED) {
		item_retry(it, o == MKT_UNKNOWN ? "reversal unanswered" :
		    "unavailable");
		return;
	}
	if (money_answered(1003, rsp->rspcode) == MONEY_DONE) {
		keep_mkserial(it, rsp);
		item_final(it, "REVERSED");
		return;
	}
	/* 2002/2003/9999: ask again later; 1006 tells what happened. */
	log_warnx("settle: reversal refused stserial=%s rev=%s rspcode=%s "
	    "rspmsg=\"%s\"", it->stserial, it->rev, rsp->rspcode, rsp->rspmsg);
	item_retry(it, "reversal refused");
}

static void
send_reversal(struct settle_item *it)
{
	mi1_msg_clear(&it->req);
	mi1_head_init(&it->req, "1003", it->rev, it->st->ctx->conf.global.org,
	    now_us() / 1000000);
	it->req.body = json_pack("{s:s,s:s,s:s}", "stserial", it->rev,
	    "origstserial", it->stserial, "reason", "settle unknown outcome");
	log_info("settle: reversing stserial=%s rev=%s", it->stserial, it->rev);
	mkt_pool_call(it->st->ctx->pool, &it->req, reversal_cb, it);
}

static void
rev_serial_cb(PGresult *res, void *arg)
{
	struct settle_item *it = arg;

	if (!ifdb_ok(res) || PQntuples(res) != 1) {
		item_retry(it, "no reversal serial");
		return;
	}
	snprintf(it->rev, sizeof(it->rev), "%s", PQgetvalue(res, 0, 0));
	send_reversal(it);
}

/* Fix the reversal's stserial durably (once), then send it. */
static void
reverse(struct settle_item *it)
{
	const char	*p[3] = { it->stserial, it->settle_date,
			    it->st->ctx->conf.global.org };

	if (it->rev[0] != '\0') {
		send_reversal(it);
		return;
	}
	ifdb_query(it->st->ctx->db, "INSERT INTO ifsvc_settle (stserial, "
	    "settle_date, rev_stserial) VALUES ($1, $2::date, "
	    "gf_next_stserial($3)) ON CONFLICT (stserial) DO UPDATE SET "
	    "rev_stserial = COALESCE(ifsvc_settle.rev_stserial, "
	    "EXCLUDED.rev_stserial) RETURNING rev_stserial", 3, p,
	    rev_serial_cb, it);
}

static void
status_cb(enum mkt_outcome o, struct mi1_msg *rsp, void *arg)
{
	struct settle_item *it = arg;
	const char	*s;
	int		 grace = 2 * it->st->ctx->conf.ifsvc.deadline + 1;

	if (o != MKT_ANSWERED) {
		item_retry(it, "status query unanswered");
		return;
	}
	if (strcmp(rsp->rspcode, "0000") != 0 ||
	    (s = mi1_get_str(rsp->body, "status")) == NULL) {
		item_retry(it, "status query refused");
		return;
	}
	snprintf(it->status, sizeof(it->status), "%s", s);
	keep_mkserial(it, rsp);
	log_info("settle: status stserial=%s func=%s status=%s", it->stserial,
	    it->func, s);
	if (strcmp(it->func, "REVERSAL") == 0) {
		/* s is the original's state (IN_DOUBT, MONEY.md 5). */
		it->mkserial[0] = '\0';
		if (strcmp(s, "REVERSED") == 0 || strcmp(s, "SUCCESS") == 0) {
			it->orig_reversed = strcmp(s, "REVERSED") == 0;
			roll_forward(it);
		} else
			item_retry(it, "original not found");
		return;
	}
	if (strcmp(s, "SUCCESS") == 0 ||
	    (strcmp(s, "REVERSED") == 0 && it->rev[0] != '\0')) {
		/* Ours (or to confirm ours): 1003 until 0000/2001. */
		reverse(it);
	} else if (strcmp(s, "REVERSED") == 0) {
		item_final(it, "REVERSED");
	} else if (strcmp(s, "NOTFOUND") == 0) {
		/*
		 * A request delayed inside the marketing system could still
		 * be booked after a NOTFOUND; wait until it cannot be.
		 */
		if (it->age < grace)
			item_retry(it, "not found yet");
		else
			item_final(it, "FAILED");
	} else {
		item_retry(it, "unexpected status");
	}
}

static void
query_serial_cb(PGresult *res, void *arg)
{
	struct settle_item *it = arg;

	if (!ifdb_ok(res) || PQntuples(res) != 1) {
		item_retry(it, "no request serial");
		return;
	}
	mi1_msg_clear(&it->req);
	mi1_head_init(&it->req, "1006", PQgetvalue(res, 0, 0),
	    it->st->ctx->conf.global.org, now_us() / 1000000);
	it->req.body = json_pack("{s:s}", "origstserial",
	    strcmp(it->func, "REVERSAL") == 0 ? it->orig : it->stserial);
	mkt_pool_call(it->st->ctx->pool, &it->req, status_cb, it);
}

static void
item_query(struct settle_item *it)
{
	const char	*p[1] = { it->st->ctx->conf.global.org };


	ifdb_query(it->st->ctx->db, "SELECT gf_next_stserial($1)", 1, p,
	    query_serial_cb, it);
}

static int
inflight_free(struct settler *st)
{
	int	i, n = 0;

	for (i = 0; i < SETTLE_BATCH; i++)
		if (st->inflight[i] == NULL)
			n++;
	return n;
}

/* The rows this node took: each is ours until its lease runs out. */
static void
claim_cb(PGresult *res, void *arg)
{
	struct settler	*st = arg;
	struct settle_item *it;
	int		 i, n;

	st->busy = 0;
	st->more = 0;
	if (!ifdb_ok(res))
		return;
	n = PQntuples(res);
	st->more = n > 0 && n >= st->asked;
	for (i = 0; i < n; i++) {
		if (inflight_has(st, PQgetvalue(res, i, 0)))
			continue;	/* cannot be: we held its lease */
		it = xcalloc(1, sizeof(*it));
		it->st = st;
		snprintf(it->stserial, sizeof(it->stserial), "%s",
		    PQgetvalue(res, i, 0));
		snprintf(it->settle_date, sizeof(it->settle_date), "%s",
		    PQgetvalue(res, i, 1));
		snprintf(it->func, sizeof(it->func), "%s", PQgetvalue(res, i, 2));
		snprintf(it->orig, sizeof(it->orig), "%s", PQgetvalue(res, i, 3));
		snprintf(it->rev, sizeof(it->rev), "%s", PQgetvalue(res, i, 4));
		snprintf(it->amount, sizeof(it->amount), "%s",
		    PQgetvalue(res, i, 5));
		it->age = strtoll(PQgetvalue(res, i, 6), NULL, 10);
		if (inflight_add(st, it) == -1)
			fatalx("settle: claimed more rows than free slots");
		log_info("settle: took stserial=%s func=%s owner=%s",
		    it->stserial, it->func, st->owner);
		item_query(it);
	}
}

static void
alarm_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (ifdb_ok(res) && PQntuples(res) == 1 &&
	    strcmp(PQgetvalue(res, 0, 0), "0") != 0)
		log_warnx("settle: alarm UNSETTLED raised count=%s",
		    PQgetvalue(res, 0, 0));
}

static void
adopt_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (ifdb_ok(res) && PQntuples(res) == 1 &&
	    strcmp(PQgetvalue(res, 0, 0), "0") != 0)
		log_warnx("settle: adopted stale PENDING rows=%s",
		    PQgetvalue(res, 0, 0));
}

static void
release_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (ifdb_ok(res) && PQntuples(res) == 1 &&
	    strcmp(PQgetvalue(res, 0, 0), "0") != 0)
		log_warnx("settle: leases of this node's previous ifsvc given "
		    "back rows=%s", PQgetvalue(res, 0, 0));
}

static void
tick_cb(evutil_socket_t fd, short what, void *arg)
{
	struct settler	*st = arg;
	struct ifsvc	*ctx = st->ctx;
	char		 stale[16], alarm[16], hto[16], doubt[16];
	const char	*p[3];

	(void)fd; (void)what;
	tick_arm(st, 1);
	if (st->busy)
		return;
	snprintf(stale, sizeof(stale), "%d", ctx->conf.ifsvc.deadline + 30);
	snprintf(alarm, sizeof(alarm), "%d", ctx->conf.ifsvc.settle_alarm);
	snprintf(hto, sizeof(hto), "%d", TP1_ST_HOST_TIMEOUT);
	snprintf(doubt, sizeof(doubt), "%d", TP1_ST_IN_DOUBT);
	/* An appsrv or ifsvc crash mid-call leaves PENDING: adopt it. */
	p[0] = stale;
	p[1] = hto;
	p[2] = doubt;
	ifdb_query(ctx->db, "SELECT gf_tx_adopt_stale($1::integer, "
	    "$2::integer, $3::integer)", 3, p, adopt_cb, NULL);
	/* Unsettled too long: one UNSETTLED alarm per transaction. */
	p[0] = alarm;
	ifdb_query(ctx->db, "SELECT gf_settle_alarms($1::integer)", 1, p,
	    alarm_cb, NULL);
	claim(st);
}

/* Take what is due, as much as can be worked on now: nothing while no
 * call would be sent (the other nodes may reach the marketing system). */
static void
claim(struct settler *st)
{
	struct ifsvc	*ctx = st->ctx;
	char		 lease[16], limit[16];
	const char	*p[3];
	int		 nfree;

	nfree = inflight_free(st);
	if (nfree == 0 || !mkt_pool_usable(ctx->pool))
		return;
	st->busy = 1;
	st->asked = nfree;
	snprintf(lease, sizeof(lease), "%d", ctx->conf.ifsvc.settle_lease);
	snprintf(limit, sizeof(limit), "%d", nfree);
	p[0] = st->owner;
	p[1] = lease;
	p[2] = limit;
	ifdb_query(ctx->db, "SELECT r_stserial, r_settle_date, r_func, r_orig, "
	    "r_rev, r_amount, r_age FROM gf_settle_claim($1, $2::integer, "
	    "$3::integer)", 3, p, claim_cb, st);
}

void
settler_kick(struct settler *st)
{
	if (!st->busy)
		tick_arm(st, 0);
}

struct settler *
settler_new(struct ifsvc *ctx)
{
	struct settler	*st = xcalloc(1, sizeof(*st));
	const char	*p[1] = { ctx->conf.global.node };

	st->ctx = ctx;
	snprintf(st->owner, sizeof(st->owner), "ifsvc:%s:%ld",
	    ctx->conf.global.node,
	    (long)getpid());
	st->ev_tick = evtimer_new(ctx->base, tick_cb, st);
	/* Queued first: the claims come after it on the one connection. */
	ifdb_query(ctx->db, "SELECT gf_settle_release($1)", 1, p, release_cb,
	    NULL);
	tick_arm(st, 0);
	return st;
}

void
settler_free(struct settler *st)
{
	if (st == NULL)
		return;
	event_free(st->ev_tick);
	free(st);
}
