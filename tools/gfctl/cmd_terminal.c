/*
 * gfctl terminal - the terminal registry over a terminal's whole life
 * (docs/KEYS.md).
 *
 *   terminal add --id ID --name N --suite 1|2 [--keyver V] [--ip ADDR] [--org O]
 *            [--reason R]
 *   terminal list | show ID | keys ID
 *   terminal rename ID --name N --reason R
 *   terminal rebind ID --ip ADDR|none --reason R
 *   terminal move ID --org O --reason R
 *   terminal enable ID | disable ID [--reason R]
 *   terminal retire ID --reason R
 *   terminal rekey ID|--all --suite N --keyver V [--overlap DAYS] --reason R
 *   terminal rekey-status --suite N
 *
 * Every change is one call of a function of schema/fn/admin.sql, which
 * applies the rules and writes the audit row (actor "gfctl:<user>", the
 * reason) in the same transaction; frontd hears of it through appsrv at
 * once, or within registry_ttl.  `keys` and `rekey` derive the terminal
 * keys to inject into the device from frontd's key file (TP1 §3) and print
 * them once (audited); nothing is stored.
 */
#include <arpa/inet.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "gfctl.h"
#include "keyfile.h"
#include "tp1.h"
#include "util.h"

#define REKEY_OVERLAP_DAYS	30

static int
terminal_id_ok(const char *s)
{
	size_t	i;

	if (s == NULL || strlen(s) != 16)
		return 0;
	for (i = 0; i < 16; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int
terminal_add(struct gfctl *g, int argc, char **argv)
{
	const char	*id = gfctl_opt(argc, argv, "--id");
	const char	*name = gfctl_opt(argc, argv, "--name");
	const char	*suite = gfctl_opt(argc, argv, "--suite");
	const char	*keyver = gfctl_opt(argc, argv, "--keyver");
	const char	*ip = gfctl_opt(argc, argv, "--ip");
	const char	*org = gfctl_opt(argc, argv, "--org");
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*vals[8];
	char		*end;
	long		 kv = 1;

	if (!terminal_id_ok(id)) {
		fprintf(stderr, "gfctl: terminal add: --id must be 16 digits\n");
		return 2;
	}
	if (name == NULL || name[0] == '\0') {
		fprintf(stderr, "gfctl: terminal add: --name is required\n");
		return 2;
	}
	if (suite == NULL || (strcmp(suite, "1") != 0 && strcmp(suite, "2") != 0)) {
		fprintf(stderr, "gfctl: terminal add: --suite must be 1 or 2\n");
		return 2;
	}
	if (keyver != NULL) {
		kv = strtol(keyver, &end, 10);
		if (*keyver == '\0' || *end != '\0' || kv < 1 || kv > 255) {
			fprintf(stderr, "gfctl: terminal add: --keyver must be "
			    "1..255\n");
			return 2;
		}
	}
	if (ip != NULL && !gfctl_ip_ok(ip)) {
		fprintf(stderr, "gfctl: terminal add: --ip %s is not an IPv4 or "
		    "IPv6 address\n", ip);
		return 2;
	}
	vals[0] = gfctl_actor(g);
	vals[1] = id;
	vals[2] = name;
	vals[3] = org ? org : g->conf.global.org;
	vals[4] = suite;
	vals[5] = keyver ? keyver : "1";
	vals[6] = ip;
	vals[7] = reason ? reason : "provisioned";
	if (gfctl_fn(g, "terminal add", "SELECT gf_term_add($1, $2, $3, $4, "
	    "$5::integer, $6::integer, $7::inet, $8)", 8, vals) != 0)
		return 1;
	printf("terminal %s added\n", id);
	return 0;
}

static int
terminal_list(struct gfctl *g)
{
	static const int w[] = { 16, 20, 6, 5, 6, 15, 8, 10, 0 };

	return gfctl_list(g, "terminal list", "SELECT id, name, org, suite, "
	    "keyver || CASE WHEN next_keyver IS NOT NULL AND rekey_until > now() "
	    "THEN '>' || next_keyver ELSE '' END, COALESCE(host(bound_ip), '-'), "
	    "CASE WHEN retired_at IS NOT NULL THEN 'retired' WHEN enabled THEN "
	    "'enabled' ELSE 'disabled' END, last_seq, COALESCE(to_char("
	    "last_seen, 'YYYY-MM-DD HH24:MI:SS'), '-') FROM terminals ORDER BY id",
	    "ID NAME ORG SUITE KEYVER IP STATE LAST_SEQ LAST_SEEN", w);
}

/* One terminal and its history (the audit log). */
static int
terminal_show(struct gfctl *g, const char *id)
{
	static const char *const labels[] = { "id", "name", "org", "suite",
	    "keyver", "next keyver", "moving until", "bound ip", "state",
	    "last seq", "last seen", "created", "retired" };
	const char	*vals[1] = { id };
	PGresult	*res;
	int		 i;

	res = PQexecParams(gfctl_db(g), "SELECT id, name, org, suite, keyver, "
	    "COALESCE(next_keyver::text, '-'), COALESCE(to_char(rekey_until, "
	    "'YYYY-MM-DD HH24:MI:SS'), '-'), COALESCE(host(bound_ip), '-'), "
	    "CASE WHEN retired_at IS NOT NULL THEN 'retired' WHEN enabled THEN "
	    "'enabled' ELSE 'disabled' END, last_seq, COALESCE(to_char("
	    "last_seen, 'YYYY-MM-DD HH24:MI:SS'), '-'), to_char(created_at, "
	    "'YYYY-MM-DD HH24:MI:SS'), COALESCE(to_char(retired_at, "
	    "'YYYY-MM-DD HH24:MI:SS'), '-') FROM terminals WHERE id = $1", 1,
	    NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		fprintf(stderr, "gfctl: no terminal %s\n", id);
		PQclear(res);
		return 1;
	}
	for (i = 0; i < PQnfields(res); i++)
		printf("%-13s %s\n", labels[i], PQgetvalue(res, 0, i));
	PQclear(res);
	res = PQexecParams(gfctl_db(g), "SELECT to_char(created_at, "
	    "'YYYY-MM-DD HH24:MI:SS'), actor, action, COALESCE(detail->>'reason', "
	    "''), (detail - 'reason')::text FROM audit_log WHERE object = $1 AND "
	    "action LIKE 'terminal %' ORDER BY id", 1, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "gfctl: terminal show: %s",
		    PQresultErrorMessage(res));
		PQclear(res);
		return 1;
	}
	printf("history:\n");
	for (i = 0; i < PQntuples(res); i++)
		printf("  %s %s %s reason=\"%s\" %s\n", PQgetvalue(res, i, 0),
		    PQgetvalue(res, i, 1), PQgetvalue(res, i, 2),
		    PQgetvalue(res, i, 3), PQgetvalue(res, i, 4));
	PQclear(res);
	return 0;
}

/* rename / rebind / move / retire / enable / disable: one function call. */
static int
terminal_change(struct gfctl *g, const char *verb, int argc, char **argv)
{
	const char	*id = argv[0], *reason, *arg = NULL, *vals[4], *sql;
	int		 n = 3;

	if (!terminal_id_ok(id)) {
		fprintf(stderr, "gfctl: terminal %s: the id must be 16 digits\n",
		    verb);
		return 2;
	}
	reason = gfctl_opt(argc, argv, "--reason");
	if (strcmp(verb, "rename") == 0) {
		arg = gfctl_opt(argc, argv, "--name");
		sql = "SELECT gf_term_rename($1, $2, $3, $4)";
	} else if (strcmp(verb, "rebind") == 0) {
		arg = gfctl_opt(argc, argv, "--ip");
		if (arg != NULL && strcmp(arg, "none") != 0 && !gfctl_ip_ok(arg)) {
			fprintf(stderr, "gfctl: terminal rebind: --ip %s is not "
			    "an address (or none)\n", arg);
			return 2;
		}
		sql = "SELECT gf_term_rebind($1, $2, NULLIF($3, 'none')::inet, $4)";
	} else if (strcmp(verb, "move") == 0) {
		arg = gfctl_opt(argc, argv, "--org");
		sql = "SELECT gf_term_move($1, $2, $3, $4)";
	} else if (strcmp(verb, "enable") == 0 || strcmp(verb, "disable") == 0) {
		arg = verb[0] == 'e' ? "true" : "false";
		sql = "SELECT gf_term_enable($1, $2, $3::boolean, $4)";
		if (reason == NULL)
			reason = verb[0] == 'e' ? "enabled" : "disabled";
	} else {
		sql = "SELECT gf_term_retire($1, $2, $3)";
		arg = "";
	}
	if (arg == NULL || reason == NULL) {
		fprintf(stderr, "usage: gfctl terminal rename ID --name N | rebind "
		    "ID --ip ADDR|none | move ID --org O | retire ID, each with "
		    "--reason R\n");
		return 2;
	}
	vals[0] = gfctl_actor(g);
	vals[1] = id;
	if (arg[0] == '\0') {
		vals[2] = reason;
	} else {
		vals[2] = arg;
		vals[3] = reason;
		n = 4;
	}
	if (gfctl_fn(g, verb, sql, n, vals) != 0)
		return 1;
	printf("terminal %s %s\n", id, strcmp(verb, "rename") == 0 ? "renamed" :
	    strcmp(verb, "rebind") == 0 ? "rebound" : strcmp(verb, "move") == 0 ?
	    "moved" : strcmp(verb, "enable") == 0 ? "enabled" :
	    strcmp(verb, "disable") == 0 ? "disabled" : "retired");
	return 0;
}

/*
 * rekey: the terminal(s) may use keyver V as well as their current version
 * for --overlap days; the first valid frame under V moves each for good.
 * The new derived keys are printed once per terminal ("ID enc mac"), for
 * injection into the device; the key file must already hold V.
 */
static int
terminal_rekey(struct gfctl *g, int argc, char **argv)
{
	const char	*id = argc > 0 && argv[0][0] != '-' ? argv[0] : NULL;
	const char	*suite = gfctl_opt(argc, argv, "--suite");
	const char	*keyver = gfctl_opt(argc, argv, "--keyver");
	const char	*overlap = gfctl_opt(argc, argv, "--overlap");
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*vals[5];
	struct keyfile	 kf;
	struct tp1_keys	 keys;
	PGresult	*res = NULL;
	PGconn		*db;
	uint8_t		 tid[8];
	char		 err[256], enc[33], mac[33], days[32];
	int		 all = gfctl_flag(argc, argv, "--all"), kv, st, i, n, rv = 1;
	long		 d = REKEY_OVERLAP_DAYS;

	if ((id == NULL) == !all || keyver == NULL || (kv = atoi(keyver)) < 1 ||
	    kv > 255 || reason == NULL || (all && suite == NULL) ||
	    (id != NULL && !terminal_id_ok(id))) {
		fprintf(stderr, "usage: gfctl terminal rekey ID|--all --suite N "
		    "--keyver V [--overlap DAYS] --reason R\n");
		return 2;
	}
	if (overlap != NULL && ((d = atol(overlap)) < 1 || d > 3650)) {
		fprintf(stderr, "gfctl: terminal rekey: --overlap is 1..3650 "
		    "days\n");
		return 2;
	}
	snprintf(days, sizeof(days), "%ld days", d);
	memset(&kf, 0, sizeof(kf));
	memset(&keys, 0, sizeof(keys));
	if (keyfile_load(g->conf.frontd.keys_file, &kf, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: %s\n", err);
		return 1;
	}
	db = gfctl_db(g);
	if (gfctl_exec(db, "BEGIN") == -1)
		goto done;
	vals[0] = id ? id : "";
	vals[1] = suite ? suite : "0";
	res = PQexecParams(db, "SELECT id, suite FROM terminals WHERE "
	    "retired_at IS NULL AND (id = $1 OR ($1 = '' AND suite = "
	    "$2::smallint)) ORDER BY id", 2, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) == 0) {
		fprintf(stderr, "gfctl: terminal rekey: no such terminal (not "
		    "retired)\n");
		gfctl_finish(db, -1);
		goto done;
	}
	n = PQntuples(res);
	for (i = 0; i < n; i++) {
		st = atoi(PQgetvalue(res, i, 1));
		if (keyfile_find(&kf, (uint8_t)st, (uint8_t)kv) == NULL) {
			fprintf(stderr, "gfctl: terminal rekey: the key file has "
			    "no suite %d key version %d (gfctl keys rotate)\n",
			    st, kv);
			gfctl_finish(db, -1);
			goto done;
		}
	}
	/* Every terminal moved in one transaction, then the keys printed. */
	for (i = 0; i < n; i++) {
		vals[0] = gfctl_actor(g);
		vals[1] = PQgetvalue(res, i, 0);
		vals[2] = keyver;
		vals[3] = days;
		vals[4] = reason;
		if (gfctl_fn(g, "terminal rekey", "SELECT gf_term_rekey($1, $2, "
		    "$3::integer, $4::interval, $5)", 5, vals) != 0) {
			gfctl_finish(db, -1);
			goto done;
		}
	}
	if (gfctl_finish(db, 0) != 0)
		goto done;
	for (i = 0; i < n; i++) {
		st = atoi(PQgetvalue(res, i, 1));
		if (tp1_tid_pack(PQgetvalue(res, i, 0), tid) == -1 ||
		    keyfile_terminal_keys(&kf, (uint8_t)st, (uint8_t)kv, tid,
		    &keys) == -1)
			goto done;
		hex_encode(keys.enc, sizeof(keys.enc), enc);
		hex_encode(keys.mac, sizeof(keys.mac), mac);
		printf("%s suite %d keyver %d enc %s mac %s\n",
		    PQgetvalue(res, i, 0), st, kv, enc, mac);
		secure_zero(enc, sizeof(enc));
		secure_zero(mac, sizeof(mac));
		tp1_keys_clear(&keys);
	}
	fprintf(stderr, "%d terminal(s) may use key version %d besides their "
	    "own until %s from now; each moves with its first frame under it\n",
	    n, kv, days);
	rv = 0;
done:
	PQclear(res);
	tp1_keys_clear(&keys);
	keyfile_free(&kf);
	return rv;
}

/* Who has moved: every terminal of a suite not retired, by key version. */
static int
terminal_rekey_status(struct gfctl *g, int argc, char **argv)
{
	static const int w[] = { 16, 6, 11, 19, 0 };
	const char	*suite = gfctl_opt(argc, argv, "--suite");
	char		 sql[512];

	if (suite == NULL || (strcmp(suite, "1") != 0 && strcmp(suite, "2") != 0)) {
		fprintf(stderr, "usage: gfctl terminal rekey-status --suite 1|2\n");
		return 2;
	}
	snprintf(sql, sizeof(sql), "SELECT id, keyver, COALESCE(next_keyver::"
	    "text, '-'), COALESCE(to_char(rekey_until, 'YYYY-MM-DD HH24:MI:SS'), "
	    "'-'), CASE WHEN next_keyver IS NULL THEN 'on ' || keyver WHEN "
	    "rekey_until > now() THEN 'moving' ELSE 'overlap over' END FROM "
	    "terminals WHERE suite = %d AND retired_at IS NULL ORDER BY id",
	    atoi(suite));
	return gfctl_list(g, "terminal rekey-status", sql,
	    "ID KEYVER NEXT_KEYVER UNTIL STATE", w);
}

static int
terminal_keys(struct gfctl *g, const char *id)
{
	struct keyfile	 kf;
	struct tp1_keys	 keys;
	const char	*vals[1] = { id };
	PGresult	*res;
	uint8_t		 tid[8];
	char		 err[256], enc[33], mac[33];
	int		 suite, keyver, rv = 1;

	if (!terminal_id_ok(id) || tp1_tid_pack(id, tid) == -1) {
		fprintf(stderr, "gfctl: terminal id must be 16 digits\n");
		return 2;
	}
	res = PQexecParams(gfctl_db(g), "SELECT suite, keyver FROM terminals "
	    "WHERE id = $1 AND retired_at IS NULL", 1, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		fprintf(stderr, "gfctl: no terminal %s\n", id);
		PQclear(res);
		return 1;
	}
	suite = atoi(PQgetvalue(res, 0, 0));
	keyver = atoi(PQgetvalue(res, 0, 1));
	PQclear(res);
	memset(&kf, 0, sizeof(kf));
	if (keyfile_load(g->conf.frontd.keys_file, &kf, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: %s\n", err);
		return 1;
	}
	if (keyfile_terminal_keys(&kf, (uint8_t)suite, (uint8_t)keyver, tid,
	    &keys) == -1) {
		fprintf(stderr, "gfctl: key file has no suite %d keyver %d\n",
		    suite, keyver);
		goto done;
	}
	if (gfctl_audit(g, "terminal keys", id, NULL) == -1)
		goto done;
	hex_encode(keys.enc, sizeof(keys.enc), enc);
	hex_encode(keys.mac, sizeof(keys.mac), mac);
	printf("terminal %s suite %d keyver %d\nenc %s\nmac %s\n", id, suite,
	    keyver, enc, mac);
	secure_zero(enc, sizeof(enc));
	secure_zero(mac, sizeof(mac));
	rv = 0;
done:
	tp1_keys_clear(&keys);
	keyfile_free(&kf);
	return rv;
}

int
cmd_terminal(struct gfctl *g, int argc, char **argv)
{
	static const char *const changes[] = { "rename", "rebind", "move",
	    "enable", "disable", "retire" };
	size_t	i;

	if (argc >= 1 && strcmp(argv[0], "add") == 0)
		return terminal_add(g, argc - 1, argv + 1);
	if (argc == 1 && strcmp(argv[0], "list") == 0)
		return terminal_list(g);
	if (argc == 2 && strcmp(argv[0], "show") == 0)
		return terminal_show(g, argv[1]);
	if (argc == 2 && strcmp(argv[0], "keys") == 0)
		return terminal_keys(g, argv[1]);
	if (argc >= 2 && strcmp(argv[0], "rekey") == 0)
		return terminal_rekey(g, argc - 1, argv + 1);
	if (argc >= 1 && strcmp(argv[0], "rekey-status") == 0)
		return terminal_rekey_status(g, argc - 1, argv + 1);
	for (i = 0; argc >= 2 && i < sizeof(changes) / sizeof(changes[0]); i++)
		if (strcmp(argv[0], changes[i]) == 0)
			return terminal_change(g, changes[i], argc - 1, argv + 1);
	fprintf(stderr, "usage: gfctl terminal add --id ID --name N --suite 1|2 "
	    "[--keyver V] [--ip ADDR] [--org O] [--reason R]\n"
	    "       gfctl terminal list | show ID | keys ID\n"
	    "       gfctl terminal rename ID --name N --reason R\n"
	    "       gfctl terminal rebind ID --ip ADDR|none --reason R\n"
	    "       gfctl terminal move ID --org O --reason R\n"
	    "       gfctl terminal enable ID | disable ID [--reason R]\n"
	    "       gfctl terminal retire ID --reason R\n"
	    "       gfctl terminal rekey ID|--all --suite N --keyver V "
	    "[--overlap DAYS] --reason R\n"
	    "       gfctl terminal rekey-status --suite N\n");
	return 2;
}
