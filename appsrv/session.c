/*
 * session.c - SIGN_ON and SIGN_OFF (TP1 §5.2) and the operator roles.
 *
 * SIGN_ON: the operator must exist and not be locked; the PIN is checked
 * on the auth worker; conf.appsrv.max_pin_failures consecutive failures
 * lock the operator (the failure that locks is answered OPERATOR_LOCKED).
 * Success resets the count and opens a session bound to the terminal, the
 * operator and today's settle date, identified by a fresh 16-byte token of
 * which only the SHA-256 is stored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/rand.h>

#include "appsrv.h"
#include "log.h"

struct sign_on {
	char	operator_id[64];
	char	pin[64];
	uint8_t	token[16];
	char	tokhash[67];
};

static void
sign_on_free(void *p)
{
	secure_zero(p, sizeof(struct sign_on));
	free(p);
}

unsigned
session_role_bit(const char *role)
{
	if (strcmp(role, "collector") == 0)
		return ROLE_COLLECTOR;
	if (strcmp(role, "reader") == 0)
		return ROLE_READER;
	if (strcmp(role, "dunning") == 0)
		return ROLE_DUNNING;
	if (strcmp(role, "supervisor") == 0)
		return ROLE_SUPERVISOR;
	return 0;
}

static void
opened_cb(PGresult *res, void *arg)
{
	struct req		*r = arg;
	struct sign_on		*so = r->fstate;
	struct tp1_builder	 tb;
	char			 now[15];

	if (res == NULL) {
		req_fail(r, TP1_ST_BUSY, "database unavailable");
		return;
	}
	if (!db_ok(res, PGRES_TUPLES_OK)) {
		log_warnx("sign_on db=\"%s\"", PQresultErrorMessage(res));
		req_fail(r, TP1_ST_INTERNAL, NULL);
		return;
	}
	if (PQntuples(res) != 1) {	/* locked meanwhile */
		req_fail(r, TP1_ST_OPERATOR_LOCKED, NULL);
		return;
	}
	fmt_localtime(now_us() / 1000000, now);
	req_ok_start(r, &tb);
	tp1_put_bytes(&tb, TP1_T_TOKEN, so->token, sizeof(so->token));
	tp1_put_str(&tb, TP1_T_OPERATOR_NAME, r->op_name);
	tp1_put_str(&tb, TP1_T_SETTLE_DATE, PQgetvalue(res, 0, 0));
	tp1_put_str(&tb, TP1_T_SERVER_TIME, now);
	log_info("terminal=%s operator=%s event=sign_on", r->terminal,
	    so->operator_id);
	req_send(r);
}

static void
failed_cb(PGresult *res, void *arg)
{
	struct req	*r = arg;
	struct sign_on	*so = r->fstate;

	if (res == NULL) {
		req_fail(r, TP1_ST_BUSY, "database unavailable");
		return;
	}
	if (db_ok(res, PGRES_TUPLES_OK) && PQntuples(res) == 1 &&
	    PQgetvalue(res, 0, 0)[0] == 't') {
		log_info("terminal=%s operator=%s event=locked", r->terminal,
		    so->operator_id);
		req_fail(r, TP1_ST_OPERATOR_LOCKED, NULL);
		return;
	}
	req_fail(r, TP1_ST_BAD_OPERATOR, NULL);
}

static void
verified_cb(int match, void *arg)
{
	struct req	*r = arg;
	struct sign_on	*so = r->fstate;
	char		 hours[16], maxf[16];
	const char	*vals[4];

	secure_zero(so->pin, sizeof(so->pin));
	if (!match) {
		snprintf(maxf, sizeof(maxf), "%d",
		    r->as->conf.appsrv.max_pin_failures);
		vals[0] = so->operator_id;
		vals[1] = maxf;
		db_query(r->as, SQL_OP_FAIL, 2, vals, NULL, NULL, failed_cb, r);
		return;
	}
	if (RAND_bytes(so->token, sizeof(so->token)) != 1) {
		req_fail(r, TP1_ST_INTERNAL, NULL);
		return;
	}
	auth_token_hash(so->token, so->tokhash);
	snprintf(hours, sizeof(hours), "%d", r->as->conf.appsrv.session_hours);
	vals[0] = so->operator_id;
	vals[1] = r->terminal;
	vals[2] = so->tokhash;
	vals[3] = hours;
	db_query(r->as, SQL_SIGN_ON, 4, vals, NULL, NULL, opened_cb, r);
}

static void
operator_cb(PGresult *res, void *arg)
{
	struct req	*r = arg;
	struct sign_on	*so = r->fstate;

	if (res == NULL) {
		req_fail(r, TP1_ST_BUSY, "database unavailable");
		return;
	}
	if (!db_ok(res, PGRES_TUPLES_OK)) {
		req_fail(r, TP1_ST_INTERNAL, NULL);
		return;
	}
	if (PQntuples(res) != 1) {
		req_fail(r, TP1_ST_BAD_OPERATOR, NULL);
		return;
	}
	if (PQgetvalue(res, 0, 1)[0] == 't') {
		req_fail(r, TP1_ST_OPERATOR_LOCKED, NULL);
		return;
	}
	snprintf(r->op_name, sizeof(r->op_name), "%s", PQgetvalue(res, 0, 2));
	auth_verify_async(r->as, so->pin, PQgetvalue(res, 0, 0), verified_cb, r);
}

void
session_sign_on(struct req *r)
{
	struct sign_on	*so;
	const char	*vals[1];

	so = xcalloc(1, sizeof(*so));
	r->fstate = so;
	r->ffree = sign_on_free;
	if (req_str(r, TP1_T_OPERATOR_ID, so->operator_id,
	    sizeof(so->operator_id)) == -1 || so->operator_id[0] == '\0' ||
	    req_str(r, TP1_T_PIN, so->pin, sizeof(so->pin)) == -1) {
		req_fail(r, TP1_ST_BAD_REQUEST, "bad operator_id or pin");
		return;
	}
	vals[0] = so->operator_id;
	db_query(r->as, SQL_OP_GET, 1, vals, NULL, NULL, operator_cb, r);
}

static void
signed_off_cb(PGresult *res, void *arg)
{
	struct req		*r = arg;
	struct tp1_builder	 tb;

	if (res == NULL) {
		req_fail(r, TP1_ST_BUSY, "database unavailable");
		return;
	}
	if (!db_ok(res, PGRES_TUPLES_OK) || PQntuples(res) != 1) {
		log_warnx("sign_off db=\"%s\"", PQresultErrorMessage(res));
		req_fail(r, TP1_ST_INTERNAL, NULL);
		return;
	}
	req_ok_start(r, &tb);
	tp1_put_u32(&tb, TP1_T_COUNT,
	    (uint32_t)strtoul(PQgetvalue(res, 0, 0), NULL, 10));
	tp1_put_i64(&tb, TP1_T_AMOUNT, strtoll(PQgetvalue(res, 0, 1), NULL, 10));
	log_info("terminal=%s operator=%s event=sign_off", r->terminal,
	    r->operator_id);
	req_send(r);
}

void
session_sign_off(struct req *r)
{
	const struct tp1_item	*tok = req_item(r, TP1_T_TOKEN);
	char			 tokhash[67];
	const char		*vals[4];

	auth_token_hash(tok->val, tokhash);
	vals[0] = tokhash;
	vals[1] = r->settle_date;
	vals[2] = r->terminal;
	vals[3] = r->operator_id;
	db_query(r->as, SQL_SIGN_OFF, 4, vals, NULL, NULL, signed_off_cb, r);
}
