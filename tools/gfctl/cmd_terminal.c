/*
 * gfctl terminal - the terminal registry, straight to the database.
 *
 *   terminal add --id ID --name N --suite 1|2 [--keyver V] [--ip ADDR] [--org O]
 *   terminal list | enable ID | disable ID | keys ID
 *
 * Every change and every key print is written to the audit log in the
 * same transaction.  `keys` derives the two terminal keys to inject into
 * the device from frontd's key file (TP1 §3); nothing is stored.
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
	const char	*vals[6];
	unsigned char	 addr[16];
	char		*end, *detail;
	const char	*state;
	PGresult	*res;
	PGconn		*db;
	json_t		*j;
	long		 kv = 1;
	int		 rv = 0;

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
	if (ip != NULL && inet_pton(AF_INET, ip, addr) != 1 &&
	    inet_pton(AF_INET6, ip, addr) != 1) {
		fprintf(stderr, "gfctl: terminal add: --ip %s is not an IPv4 or "
		    "IPv6 address\n", ip);
		return 2;
	}
	db = gfctl_db(g);
	if (gfctl_exec(db, "BEGIN") == -1)
		return 1;
	vals[0] = id;
	vals[1] = name;
	vals[2] = org ? org : g->conf.global.org;
	vals[3] = suite;
	vals[4] = keyver ? keyver : "1";
	vals[5] = ip;
	res = PQexecParams(db, "INSERT INTO terminals (id, name, org, suite, "
	    "keyver, bound_ip) VALUES ($1, $2, $3, $4::smallint, $5::smallint, "
	    "$6::inet)", 6, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
		if (state != NULL && strcmp(state, "23505") == 0)
			fprintf(stderr, "gfctl: terminal %s already exists\n", id);
		else
			fprintf(stderr, "gfctl: terminal add: %s",
			    PQresultErrorMessage(res));
		PQclear(res);
		return gfctl_finish(db, -1);
	}
	PQclear(res);
	j = json_pack("{s:s, s:s, s:i, s:i, s:s}", "name", name, "org", vals[2],
	    "suite", atoi(suite), "keyver", (int)kv, "ip", ip ? ip : "");
	detail = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	rv = gfctl_audit(g, "terminal add", id, detail);
	free(detail);
	if (gfctl_finish(db, rv) != 0)
		return 1;
	printf("terminal %s added\n", id);
	return 0;
}

static int
terminal_list(struct gfctl *g)
{
	static const int w[] = { 16, 20, 6, 5, 6, 15, 8, 10, 0 };

	return gfctl_list(g, "terminal list", "SELECT id, name, org, suite, "
	    "keyver, COALESCE(host(bound_ip), '-'), CASE WHEN enabled THEN "
	    "'enabled' ELSE 'disabled' END, last_seq, COALESCE(to_char("
	    "last_seen, 'YYYY-MM-DD HH24:MI:SS'), '-') FROM terminals ORDER BY id",
	    "ID NAME ORG SUITE KEYVER IP STATE LAST_SEQ LAST_SEEN", w);
}

static int
terminal_enable(struct gfctl *g, const char *id, int enable)
{
	const char	*vals[2] = { id, enable ? "true" : "false" };
	PGresult	*res;
	PGconn		*db;
	int		 n;

	if (!terminal_id_ok(id)) {
		fprintf(stderr, "gfctl: terminal id must be 16 digits\n");
		return 2;
	}
	db = gfctl_db(g);
	if (gfctl_exec(db, "BEGIN") == -1)
		return 1;
	res = PQexecParams(db, "UPDATE terminals SET enabled = $2::boolean "
	    "WHERE id = $1", 2, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		fprintf(stderr, "gfctl: %s", PQresultErrorMessage(res));
		PQclear(res);
		return gfctl_finish(db, -1);
	}
	n = atoi(PQcmdTuples(res));
	PQclear(res);
	if (n != 1) {
		fprintf(stderr, "gfctl: no terminal %s\n", id);
		return gfctl_finish(db, -1);
	}
	if (gfctl_finish(db, gfctl_audit(g, enable ? "terminal enable" :
	    "terminal disable", id, NULL)) != 0)
		return 1;
	printf("terminal %s %s\n", id, enable ? "enabled" : "disabled");
	return 0;
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
	    "WHERE id = $1", 1, NULL, vals, NULL, NULL, 0);
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
	if (argc >= 1 && strcmp(argv[0], "add") == 0)
		return terminal_add(g, argc - 1, argv + 1);
	if (argc == 1 && strcmp(argv[0], "list") == 0)
		return terminal_list(g);
	if (argc == 2 && strcmp(argv[0], "enable") == 0)
		return terminal_enable(g, argv[1], 1);
	if (argc == 2 && strcmp(argv[0], "disable") == 0)
		return terminal_enable(g, argv[1], 0);
	if (argc == 2 && strcmp(argv[0], "keys") == 0)
		return terminal_keys(g, argv[1]);
	fprintf(stderr, "usage: gfctl terminal add --id ID --name N --suite 1|2 "
	    "[--keyver V] [--ip ADDR] [--org O]\n"
	    "       gfctl terminal list | enable ID | disable ID | keys ID\n");
	return 2;
}
