/*
 * cmd_user.c - gfctl user: the people who use the web console.
 *
 *   user add --id ID --name N --roles auditor,cashier,admin
 *                                                    (password on stdin)
 *   user roles ID auditor,cashier,admin
 *   user list | lock ID | unlock ID | passwd ID      (password on stdin)
 * A password follows the rule of pinhash.h (pw_rule_check), the same the
 * console's API applies.
 *
 * The password is read from standard input (one line; never from the
 * command line, where ps and shell history would keep it), must be 10 to 63
 * characters, and is stored only as a PBKDF2 hash (common/pinhash.h,
 * PW_PBKDF2_ITER).  Unlocking also ends the user's failed-attempt count;
 * locking and a new password end the user's console sessions.  Every change
 * is written to the audit log in its transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "gfctl.h"
#include "pinhash.h"
#include "util.h"

/* "auditor,cashier,admin": each known, none twice, one to three. */
static int
roles_ok(const char *list)
{
	char	 buf[64], *p, *save = NULL;
	int	 seen = 0, bit;

	if (list == NULL || strlen(list) >= sizeof(buf) || list[0] == '\0')
		return 0;
	snprintf(buf, sizeof(buf), "%s", list);
	for (p = strtok_r(buf, ",", &save); p != NULL;
	    p = strtok_r(NULL, ",", &save)) {
		if (strcmp(p, "auditor") == 0)
			bit = 1;
		else if (strcmp(p, "cashier") == 0)
			bit = 2;
		else if (strcmp(p, "admin") == 0)
			bit = 4;
		else
			return 0;
		if (seen & bit)
			return 0;
		seen |= bit;
	}
	return seen != 0 && list[strlen(list) - 1] != ',';
}

/* The password from stdin into hash; 0, or -1 with the reason printed. */
static int
read_password_hash(const char *user, char *hash, size_t cap)
{
	const char	*why;
	char	line[256];
	size_t	n;
	int	rv;

	if (fgets(line, sizeof(line), stdin) == NULL) {
		fprintf(stderr, "gfctl: user: give the password on standard "
		    "input\n");
		return -1;
	}
	n = strcspn(line, "\r\n");
	line[n] = '\0';
	if (pw_rule_check(line, user, NULL, &why) == -1) {
		secure_zero(line, sizeof(line));
		fprintf(stderr, "gfctl: user: %s\n", why);
		return -1;
	}
	rv = pin_hash_make(line, PW_PBKDF2_ITER, hash, cap);
	secure_zero(line, sizeof(line));
	if (rv == -1)
		fprintf(stderr, "gfctl: user: cannot hash the password\n");
	return rv;
}

static int
user_add(struct gfctl *g, int argc, char **argv)
{
	const char	*id = gfctl_opt(argc, argv, "--id");
	const char	*name = gfctl_opt(argc, argv, "--name");
	const char	*role = gfctl_opt(argc, argv, "--roles");
	const char	*vals[4];
	char		 hash[PIN_HASH_MAX], *detail;
	PGconn		*db;
	PGresult	*res;
	json_t		*j;
	int		 rv;

	if (role == NULL)
		role = gfctl_opt(argc, argv, "--role");
	if (id == NULL || name == NULL || role == NULL) {
		fprintf(stderr, "usage: gfctl user add --id ID --name N --roles "
		    "auditor,cashier,admin < password\n");
		return 2;
	}
	if (!roles_ok(role)) {
		fprintf(stderr, "gfctl: user add: --roles is one or more of "
		    "auditor, cashier, admin (comma separated)\n");
		return 2;
	}
	if (read_password_hash(id, hash, sizeof(hash)) == -1)
		return 2;
	vals[0] = id;
	vals[1] = name;
	vals[2] = role;
	vals[3] = hash;
	db = gfctl_db(g);
	if (gfctl_exec(db, "BEGIN") == -1)
		return 1;
	res = PQexecParams(db, "INSERT INTO console_users (id, name, roles, "
	    "pw_hash) VALUES ($1, $2, string_to_array($3, ','), $4)", 4, NULL,
	    vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		const char *st = PQresultErrorField(res, PG_DIAG_SQLSTATE);

		if (st != NULL && strcmp(st, "23505") == 0)
			fprintf(stderr, "gfctl: user add: %s exists\n", id);
		else if (st != NULL && strcmp(st, "23514") == 0)
			fprintf(stderr, "gfctl: user add: bad --id (letters, "
			    "digits, _ . -; at most 32)\n");
		else
			fprintf(stderr, "gfctl: user add: %s",
			    PQresultErrorMessage(res));
		PQclear(res);
		return gfctl_finish(db, -1);
	}
	PQclear(res);
	j = json_pack("{s:s, s:s}", "name", name, "roles", role);
	detail = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	rv = gfctl_audit(g, "user add", id, detail);
	free(detail);
	if (gfctl_finish(db, rv) != 0)
		return 1;
	printf("user %s added\n", id);
	return 0;
}

static int
user_list(struct gfctl *g)
{
	static const int w[] = { 16, 20, 20, 7, 8, 0 };

	return gfctl_list(g, "user list", "SELECT u.id, u.name, "
	    "array_to_string(u.roles, ','), CASE WHEN u.locked OR "
	    "COALESCE(u.locked_until > now(), false) THEN 'locked' ELSE "
	    "'active' END, "
	    "u.failed_attempts, (SELECT count(*) FROM console_sessions s "
	    "WHERE s.user_id = u.id) FROM console_users u ORDER BY u.id",
	    "ID NAME ROLES STATE FAILURES SESSIONS", w);
}

int
cmd_user(struct gfctl *g, int argc, char **argv)
{
	char	hash[PIN_HASH_MAX];

	if (argc >= 1 && strcmp(argv[0], "add") == 0)
		return user_add(g, argc - 1, argv + 1);
	if (argc == 1 && strcmp(argv[0], "list") == 0)
		return user_list(g);
	/* A data-modifying WITH ends the sessions in the same statement. */
	if (argc == 2 && strcmp(argv[0], "lock") == 0)
		return gfctl_change(g, "user", argv[1], "WITH s AS (DELETE FROM "
		    "console_sessions WHERE user_id = $1) UPDATE console_users "
		    "SET locked = true WHERE id = $1", NULL, "user lock",
		    "locked");
	if (argc == 2 && strcmp(argv[0], "unlock") == 0)
		return gfctl_change(g, "user", argv[1], "UPDATE console_users "
		    "SET locked = false, locked_until = NULL, failed_attempts = "
		    "0 WHERE id = $1", NULL, "user unlock", "unlocked");
	if (argc == 3 && strcmp(argv[0], "roles") == 0) {
		if (!roles_ok(argv[2])) {
			fprintf(stderr, "gfctl: user roles: one or more of "
			    "auditor, cashier, admin (comma separated)\n");
			return 2;
		}
		return gfctl_change(g, "user", argv[1], "UPDATE console_users "
		    "SET roles = string_to_array($2, ',') WHERE id = $1",
		    argv[2], "user roles", "roles set");
	}
	if (argc == 2 && strcmp(argv[0], "passwd") == 0) {
		if (read_password_hash(argv[1], hash, sizeof(hash)) == -1)
			return 2;
		return gfctl_change(g, "user", argv[1], "WITH s AS (DELETE FROM "
		    "console_sessions WHERE user_id = $1) UPDATE console_users "
		    "SET pw_hash = $2, failed_attempts = 0 WHERE id = $1", hash,
		    "user passwd", "password changed");
	}
	fprintf(stderr, "usage: gfctl user add --id ID --name N --roles "
	    "auditor,cashier,admin < password\n"
	    "       gfctl user roles ID auditor,cashier,admin\n"
	    "       gfctl user list | lock ID | unlock ID | passwd ID < "
	    "password\n");
	return 2;
}
