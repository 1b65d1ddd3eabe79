/*
 * gfctl operator - operators and their PINs over an operator's whole life.
 *
 *   operator add --id ID --name N --role R [--org O] [--reason R] [--generate-pin]
 *   operator passwd ID [--reason R] [--generate-pin]
 *   operator role ID --role R --reason R
 *   operator lock ID | unlock ID [--reason R]
 *   operator retire ID --reason R
 *   operator list
 *
 * A PIN is never taken on the command line, where ps shows it to every
 * local user and the shell keeps it: it is read from standard input (one
 * line; a prompt without echo on a terminal), or made at random with
 * --generate-pin and printed once on standard output.  It is stored only as
 * a PBKDF2 hash (common/pinhash.h, shared with appsrv) and never logged.
 * Every change is one call of a function of schema/fn/admin.sql, which
 * writes the audit row (actor "gfctl:<user>", the reason) in its
 * transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <openssl/rand.h>

#include "gfctl.h"
#include "pinhash.h"
#include "util.h"

#define PIN_GEN_DIGITS	6

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

/* Uniform random digits (rejection sampling: no modulo bias). */
static int
pin_generate(char *pin, size_t digits)
{
	uint8_t	b;
	size_t	n = 0;

	while (n < digits) {
		if (RAND_bytes(&b, 1) != 1)
			return -1;
		if (b >= 250)
			continue;
		pin[n++] = (char)('0' + b % 10);
	}
	pin[n] = '\0';
	b = 0;
	return 0;
}

/* One line of standard input (a prompt without echo on a terminal). */
static int
pin_read(char *pin, size_t cap)
{
	struct termios	 t, save;
	int		 tty = isatty(STDIN_FILENO), ok;

	if (tty) {
		fprintf(stderr, "PIN (4 to 12 digits): ");
		if (tcgetattr(STDIN_FILENO, &save) == 0) {
			t = save;
			t.c_lflag &= ~(tcflag_t)ECHO;
			(void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &t);
		} else
			tty = 0;
	}
	ok = fgets(pin, (int)cap, stdin) != NULL;
	if (tty) {
		(void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &save);
		fprintf(stderr, "\n");
	}
	if (!ok)
		return -1;
	pin[strcspn(pin, "\r\n")] = '\0';
	return 0;
}

/*
 * The new PIN's hash in hash: generated (then printed once) or read.  The
 * clear PIN is zeroed here.  0, or the exit status of the failure.
 */
static int
pin_obtain(const char *what, const char *id, int argc, char **argv,
    char *hash, size_t cap)
{
	char	pin[64];
	int	gen = gfctl_flag(argc, argv, "--generate-pin"), rv = 0;

	if (gfctl_opt(argc, argv, "--pin") != NULL || gfctl_flag(argc, argv,
	    "--pin")) {
		fprintf(stderr, "gfctl: operator %s: a PIN is never taken on "
		    "the command line (ps shows it to every local user): give "
		    "it on standard input, or use --generate-pin\n", what);
		return 2;
	}
	if (gen ? pin_generate(pin, PIN_GEN_DIGITS) : pin_read(pin,
	    sizeof(pin))) {
		fprintf(stderr, "gfctl: operator %s: %s\n", what, gen ?
		    "cannot make a random PIN" : "give the PIN on standard "
		    "input (one line) or use --generate-pin");
		return 2;
	}
	if (!pin_ok(pin)) {
		fprintf(stderr, "gfctl: operator %s: the PIN must be 4 to 12 "
		    "digits\n", what);
		rv = 2;
	} else if (pin_hash_make(pin, PIN_PBKDF2_ITER, hash, cap) == -1) {
		fprintf(stderr, "gfctl: cannot hash the PIN\n");
		rv = 1;
	} else if (gen)
		printf("operator %s PIN %s (shown once: hand it to the "
		    "operator)\n", id, pin);
	secure_zero(pin, sizeof(pin));
	return rv;
}

static int
operator_add(struct gfctl *g, int argc, char **argv)
{
	const char	*id = gfctl_opt(argc, argv, "--id");
	const char	*name = gfctl_opt(argc, argv, "--name");
	const char	*role = gfctl_opt(argc, argv, "--role");
	const char	*org = gfctl_opt(argc, argv, "--org");
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*vals[7];
	char		 hash[PIN_HASH_MAX];
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
	if ((rv = pin_obtain("add", id, argc, argv, hash, sizeof(hash))) != 0)
		return rv;
	vals[0] = gfctl_actor(g);
	vals[1] = id;
	vals[2] = name;
	vals[3] = org ? org : g->conf.global.org;
	vals[4] = role;
	vals[5] = hash;
	vals[6] = reason ? reason : "provisioned";
	rv = gfctl_fn(g, "operator add", "SELECT gf_op_add($1, $2, $3, $4, $5, "
	    "$6, $7)", 7, vals);
	secure_zero(hash, sizeof(hash));
	if (rv != 0)
		return 1;
	printf("operator %s added\n", id);
	return 0;
}

static int
operator_passwd(struct gfctl *g, const char *id, int argc, char **argv)
{
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*vals[4];
	char		 hash[PIN_HASH_MAX];
	int		 rv;

	if ((rv = pin_obtain("passwd", id, argc, argv, hash, sizeof(hash))) != 0)
		return rv;
	vals[0] = gfctl_actor(g);
	vals[1] = id;
	vals[2] = hash;
	vals[3] = reason ? reason : "PIN reset";
	rv = gfctl_fn(g, "operator passwd", "SELECT gf_op_set_pin($1, $2, $3, "
	    "$4)", 4, vals);
	secure_zero(hash, sizeof(hash));
	if (rv != 0)
		return 1;
	printf("operator %s PIN changed\n", id);
	return 0;
}

static int
operator_change(struct gfctl *g, const char *verb, const char *id, int argc,
    char **argv)
{
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*vals[4], *sql, *done;
	int		 n = 4;

	vals[0] = gfctl_actor(g);
	vals[1] = id;
	if (strcmp(verb, "role") == 0) {
		vals[2] = gfctl_opt(argc, argv, "--role");
		if (!role_ok(vals[2]) || reason == NULL) {
			fprintf(stderr, "usage: gfctl operator role ID --role "
			    "collector|reader|dunning|supervisor --reason R\n");
			return 2;
		}
		sql = "SELECT gf_op_set_role($1, $2, $3, $4)";
		done = "role changed";
	} else if (strcmp(verb, "lock") == 0 || strcmp(verb, "unlock") == 0) {
		vals[2] = verb[0] == 'l' ? "true" : "false";
		if (reason == NULL)
			reason = verb[0] == 'l' ? "locked" : "unlocked";
		sql = "SELECT gf_op_lock($1, $2, $3::boolean, $4)";
		done = verb[0] == 'l' ? "locked" : "unlocked";
	} else {
		if (reason == NULL) {
			fprintf(stderr, "usage: gfctl operator retire ID --reason "
			    "R\n");
			return 2;
		}
		sql = "SELECT gf_op_retire($1, $2, $3)";
		done = "retired";
		n = 3;
	}
	vals[n - 1] = reason;
	if (gfctl_fn(g, verb, sql, n, vals) != 0)
		return 1;
	printf("operator %s %s\n", id, done);
	return 0;
}

static int
operator_list(struct gfctl *g)
{
	static const int w[] = { 16, 20, 6, 10, 7, 0 };

	return gfctl_list(g, "operator list", "SELECT id, name, org, role, "
	    "CASE WHEN retired_at IS NOT NULL THEN 'retired' WHEN locked THEN "
	    "'locked' ELSE 'active' END, failed_attempts FROM operators ORDER BY "
	    "id", "ID NAME ORG ROLE STATE FAILURES", w);
}

int
cmd_operator(struct gfctl *g, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "add") == 0)
		return operator_add(g, argc - 1, argv + 1);
	if (argc == 1 && strcmp(argv[0], "list") == 0)
		return operator_list(g);
	if (argc >= 2 && strcmp(argv[0], "passwd") == 0)
		return operator_passwd(g, argv[1], argc - 2, argv + 2);
	if (argc >= 2 && (strcmp(argv[0], "role") == 0 ||
	    strcmp(argv[0], "lock") == 0 || strcmp(argv[0], "unlock") == 0 ||
	    strcmp(argv[0], "retire") == 0))
		return operator_change(g, argv[0], argv[1], argc - 2, argv + 2);
	fprintf(stderr, "usage: gfctl operator add --id ID --name N --role "
	    "collector|reader|dunning|supervisor [--org O] [--reason R] "
	    "[--generate-pin] < PIN\n"
	    "       gfctl operator passwd ID [--reason R] [--generate-pin] < PIN\n"
	    "       gfctl operator role ID --role R --reason R\n"
	    "       gfctl operator lock ID | unlock ID [--reason R]\n"
	    "       gfctl operator retire ID --reason R\n"
	    "       gfctl operator list\n");
	return 2;
}
