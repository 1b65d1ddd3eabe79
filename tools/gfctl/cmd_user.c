/*
 * cmd_user.c - gfctl user: the people who use the web console.
 *
 *   user add --id ID --name N --role admin|auditor   (password on stdin)
 *   user list | lock ID | unlock ID | passwd ID      (password on stdin)
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

#define PW_MIN	10
#define PW_MAX	63	/* appsrv's hashing thread takes at most 63 bytes */

/* The password from stdin into hash; 0, or -1 with the reason printed. */
static int
read_password_hash(char *hash, size_t cap)
{
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
	if (n < PW_MIN || n > PW_MAX) {
		secure_zero(line, sizeof(line));
		fprintf(stderr, "gfctl: user: the password must be %d to %d "
		    "characters\n", PW_MIN, PW_MAX);
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
	const char	*role = gfctl_opt(argc, argv, "--role");
	const char	*vals[4];
	char		 hash[PIN_HASH_MAX], *detail;
	PGconn		*db;
	PGresult	*res;
	json_t		*j;
	int		 rv;

	if (id == NULL || name == NULL || role == NULL) {
		fprintf(stderr, "usage: gfctl user add --id ID --name N --role "
		    "admin|auditor < password\n");
		return 2;
	}
	if (strcmp(role, "admin") != 0 && strcmp(role, "auditor") != 0) {
		fprintf(stderr, "gfctl: user add: --role must be admin or "
		    "auditor\n");
		return 2;
	}
	if (read_password_hash(hash, sizeof(hash)) == -1)
		return 2;
	vals[0] = id;
	vals[1] = name;
	vals[2] = role;
	vals[3] = hash;
	db = gfctl_db(g);
	if (gfctl_exec(db, "BEGIN") == -1)
		return 1;
	res = PQexecParams(db, "INSERT INTO console_users (id, name, role, "
	    "pw_hash) VALUES ($1, $2, $3, $4)", 4, NULL, vals, NULL, NULL, 0);
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
	j = json_pack("{s:s, s:s}", "name", name, "role", role);
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
	static const int w[] = { 16, 20, 8, 7, 8, 0 };

	return gfctl_list(g, "user list", "SELECT u.id, u.name, u.role, "
	    "CASE WHEN u.locked THEN 'locked' ELSE 'active' END, "
	    "u.failed_attempts, (SELECT count(*) FROM console_sessions s "
	    "WHERE s.user_id = u.id) FROM console_users u ORDER BY u.id",
	    "ID NAME ROLE STATE FAILURES SESSIONS", w);
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
		    "SET locked = false, failed_attempts = 0 WHERE id = $1",
		    NULL, "user unlock", "unlocked");
	if (argc == 2 && strcmp(argv[0], "passwd") == 0) {
		if (read_password_hash(hash, sizeof(hash)) == -1)
			return 2;
		return gfctl_change(g, "user", argv[1], "WITH s AS (DELETE FROM "
		    "console_sessions WHERE user_id = $1) UPDATE console_users "
		    "SET pw_hash = $2, failed_attempts = 0 WHERE id = $1", hash,
		    "user passwd", "password changed");
	}
	fprintf(stderr, "usage: gfctl user add --id ID --name N --role "
	    "admin|auditor < password\n"
	    "       gfctl user list | lock ID | unlock ID | passwd ID < "
	    "password\n");
	return 2;
}
