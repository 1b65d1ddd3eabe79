/*
 * gfctl operator - operators and their PINs, straight to the database.
 *
 *   operator add --id ID --name N --role R --pin P [--org O]
 *   operator list | lock ID | unlock ID | passwd ID --pin P
 *
 * PINs are stored only as PBKDF2 hashes (common/pinhash.h, shared with
 * appsrv) and never printed.  Every change is written to the audit log in
 * the same transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "gfctl.h"
#include "pinhash.h"

/* 4 to 12 digits, as terminals' keypads enter them. */
static int
pin_ok(const char *pin)
{
	size_t	n, i;

	if (pin == NULL || (n = strlen(pin)) < 4 || n > 12)
		return 0;
	for (i = 0; i < n; i++)
		if (pin[i] < '0' || pin[i] > '9')
			return 0;
	return 1;
}

static int
role_ok(const char *r)
{
	return r != NULL && (strcmp(r, "collector") == 0 ||
	    strcmp(r, "reader") == 0 || strcmp(r, "dunning") == 0 ||
	    strcmp(r, "supervisor") == 0);
}

static int
operator_add(struct gfctl *g, int argc, char **argv)
{
	const char	*id = gfctl_opt(argc, argv, "--id");
	const char	*name = gfctl_opt(argc, argv, "--name");
	const char	*role = gfctl_opt(argc, argv, "--role");
	const char	*pin = gfctl_opt(argc, argv, "--pin");
	const char	*org = gfctl_opt(argc, argv, "--org");
	const char	*vals[5], *state;
	char		 hash[PIN_HASH_MAX], *detail;
	PGresult	*res;
	PGconn		*db;
	json_t		*j;
	int		 rv;

	if (id == NULL || id[0] == '\0' || strlen(id) > 32) {
		fprintf(stderr, "gfctl: operator add: --id is required (at most "
		    "32 characters)\n");
		return 2;
	}
	if (name == NULL || name[0] == '\0') {
		fprintf(stderr, "gfctl: operator add: --name is required\n");
		return 2;
	}
	if (!role_ok(role)) {
		fprintf(stderr, "gfctl: operator add: --role must be collector, "
		    "reader, dunning or supervisor\n");
		return 2;
	}
	if (!pin_ok(pin)) {
		fprintf(stderr, "gfctl: operator add: --pin must be 4 to 12 "
		    "digits\n");
		return 2;
	}
	if (pin_hash_make(pin, PIN_PBKDF2_ITER, hash, sizeof(hash)) == -1) {
		fprintf(stderr, "gfctl: cannot hash the PIN\n");
		return 1;
	}
	db = gfctl_db(g);
	if (gfctl_exec(db, "BEGIN") == -1)
		return 1;
	vals[0] = id;
	vals[1] = name;
	vals[2] = org ? org : g->conf.global.org;
	vals[3] = role;
	vals[4] = hash;
	res = PQexecParams(db, "INSERT INTO operators (id, name, org, role, "
	    "pin_hash) VALUES ($1, $2, $3, $4, $5)", 5, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
		if (state != NULL && strcmp(state, "23505") == 0)
			fprintf(stderr, "gfctl: operator %s already exists\n", id);
		else
			fprintf(stderr, "gfctl: operator add: %s",
			    PQresultErrorMessage(res));
		PQclear(res);
		return gfctl_finish(db, -1);
	}
	PQclear(res);
	j = json_pack("{s:s, s:s, s:s}", "name", name, "org", vals[2], "role",
	    role);
	detail = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	rv = gfctl_audit(g, "operator add", id, detail);
	free(detail);
	if (gfctl_finish(db, rv) != 0)
		return 1;
	printf("operator %s added\n", id);
	return 0;
}

static int
operator_list(struct gfctl *g)
{
	static const int w[] = { 16, 20, 6, 10, 7, 0 };

	return gfctl_list(g, "operator list", "SELECT id, name, org, role, "
	    "CASE WHEN locked THEN 'locked' ELSE 'active' END, failed_attempts "
	    "FROM operators ORDER BY id", "ID NAME ORG ROLE STATE FAILURES", w);
}

int
cmd_operator(struct gfctl *g, int argc, char **argv)
{
	const char	*pin;
	char		 hash[PIN_HASH_MAX];

	if (argc >= 1 && strcmp(argv[0], "add") == 0)
		return operator_add(g, argc - 1, argv + 1);
	if (argc == 1 && strcmp(argv[0], "list") == 0)
		return operator_list(g);
	if (argc == 2 && strcmp(argv[0], "lock") == 0)
		return gfctl_change(g, "operator", argv[1], "UPDATE operators SET "
		    "locked = true WHERE id = $1", NULL, "operator lock",
		    "locked");
	if (argc == 2 && strcmp(argv[0], "unlock") == 0)
		return gfctl_change(g, "operator", argv[1], "UPDATE operators SET "
		    "locked = false, failed_attempts = 0 WHERE id = $1", NULL,
		    "operator unlock", "unlocked");
	if (argc == 4 && strcmp(argv[0], "passwd") == 0) {
		pin = gfctl_opt(argc, argv, "--pin");
		if (!pin_ok(pin)) {
			fprintf(stderr, "gfctl: operator passwd: --pin must be "
			    "4 to 12 digits\n");
			return 2;
		}
		if (pin_hash_make(pin, PIN_PBKDF2_ITER, hash, sizeof(hash)) == -1)
			return 1;
		return gfctl_change(g, "operator", argv[1], "UPDATE operators SET "
		    "pin_hash = $2, failed_attempts = 0 WHERE id = $1", hash,
		    "operator passwd", "PIN changed");
	}
	fprintf(stderr, "usage: gfctl operator add --id ID --name N --role "
	    "collector|reader|dunning|supervisor --pin P [--org O]\n"
	    "       gfctl operator list | lock ID | unlock ID | passwd ID "
	    "--pin P\n");
	return 2;
}
