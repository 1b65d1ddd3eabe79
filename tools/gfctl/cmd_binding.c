/*
 * gfctl binding - which bank account a customer's bills are withheld from
 * (docs/BK1.md "Withholding").
 *
 *   binding add --bank NNNN --cust C --account A [--name N] [--reason R]
 *   binding remove --cust C --reason R
 *   binding list [--bank NNNN] [--all]
 *   binding import --bank NNNN FILE [--reason R]
 *
 * Every change is one audited call of schema/fn/withhold.sql.  An import
 * file has one binding a line, `custno|account|name` (name may be empty;
 * blank lines and lines starting with # are skipped); each line is
 * reported as accepted, unchanged (bound so already) or refused with the
 * reason, so the same file imported twice changes nothing.  Account
 * numbers are shown masked except by `list`, which is for the operator.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "gfctl.h"
#include "util.h"

#define BINDING_LINE_MAX	512

static int
bankno_ok(const char *s)
{
	return s != NULL && strlen(s) == 4 && strspn(s, "0123456789") == 4 &&
	    strcmp(s, "0000") != 0;
}

/* One gf_binding_add call; "ADDED" / "SAME" in kind, or -1 with the
 * database's reason in why. */
static int
binding_add1(struct gfctl *g, const char *bank, const char *cust,
    const char *account, const char *name, const char *reason, char *kind,
    size_t kindlen, char *why, size_t whylen)
{
	const char	*vals[6] = { gfctl_actor(g), bank, cust, account, name,
			    reason };
	const char	*msg;
	PGresult	*res;
	int		 rv = 0;

	res = PQexecParams(gfctl_db(g), "SELECT gf_binding_add($1, $2, $3, $4, "
	    "$5, $6)", 6, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
		snprintf(why, whylen, "%s", msg ? msg : PQresultErrorMessage(res));
		rv = -1;
	} else
		snprintf(kind, kindlen, "%s", PQgetvalue(res, 0, 0));
	PQclear(res);
	return rv;
}

static int
binding_add(struct gfctl *g, int argc, char **argv)
{
	const char	*bank = gfctl_opt(argc, argv, "--bank");
	const char	*cust = gfctl_opt(argc, argv, "--cust");
	const char	*account = gfctl_opt(argc, argv, "--account");
	const char	*name = gfctl_opt(argc, argv, "--name");
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	char		 kind[16], why[256];

	if (!bankno_ok(bank) || cust == NULL || account == NULL) {
		fprintf(stderr, "usage: gfctl binding add --bank NNNN --cust C "
		    "--account A [--name N] [--reason R]\n");
		return 2;
	}
	if (binding_add1(g, bank, cust, account, name ? name : "",
	    reason ? reason : "bound at the customer's request", kind,
	    sizeof(kind), why, sizeof(why)) == -1) {
		fprintf(stderr, "gfctl: binding add: %s\n", why);
		return 1;
	}
	printf("binding %s %s\n", cust, strcmp(kind, "SAME") == 0 ?
	    "unchanged" : "added");
	return 0;
}

static int
binding_remove(struct gfctl *g, int argc, char **argv)
{
	const char	*cust = gfctl_opt(argc, argv, "--cust");
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*vals[3];

	if (cust == NULL || reason == NULL) {
		fprintf(stderr, "usage: gfctl binding remove --cust C --reason R\n");
		return 2;
	}
	vals[0] = gfctl_actor(g);
	vals[1] = cust;
	vals[2] = reason;
	if (gfctl_fn(g, "binding remove", "SELECT gf_binding_remove($1, $2, $3)",
	    3, vals) != 0)
		return 1;
	printf("binding %s removed\n", cust);
	return 0;
}

static int
binding_list(struct gfctl *g, int argc, char **argv)
{
	static const int w[] = { 6, 12, 22, 16, 19, 19, 0 };
	const char	*bank = gfctl_opt(argc, argv, "--bank");
	int		 all = gfctl_flag(argc, argv, "--all");
	char		 sql[1024];

	if (bank != NULL && !bankno_ok(bank)) {
		fprintf(stderr, "usage: gfctl binding list [--bank NNNN] [--all]\n");
		return 2;
	}
	/* bank is 4 digits, checked above: safe in the text. */
	snprintf(sql, sizeof(sql), "SELECT bankno, custno, account, "
	    "CASE WHEN name = '' THEN '-' ELSE name END, "
	    "to_char(bound_at, 'YYYY-MM-DD HH24:MI:SS'), "
	    "COALESCE(to_char(removed_at, 'YYYY-MM-DD HH24:MI:SS'), '-') "
	    "FROM bank_bindings WHERE true %s%s%s%s ORDER BY bankno, custno, id",
	    bank ? "AND bankno = '" : "", bank ? bank : "", bank ? "'" : "",
	    all ? "" : " AND removed_at IS NULL");
	return gfctl_list(g, "binding list", sql,
	    "BANK CUSTNO ACCOUNT NAME BOUND REMOVED", w);
}

/* Split "custno|account|name" in place; -1 if it is not that. */
static int
split_line(char *line, char **cust, char **account, char **name)
{
	char	*p, *q;

	if ((p = strchr(line, '|')) == NULL)
		return -1;
	*p++ = '\0';
	*cust = line;
	*account = p;
	if ((q = strchr(p, '|')) != NULL) {
		*q++ = '\0';
		*name = q;
		if (strchr(q, '|') != NULL)
			return -1;
	} else
		*name = p + strlen(p);
	return 0;
}

static int
binding_import(struct gfctl *g, int argc, char **argv)
{
	const char	*bank = gfctl_opt(argc, argv, "--bank");
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*path = NULL;
	char		 line[BINDING_LINE_MAX + 2], copy[BINDING_LINE_MAX + 2];
	char		*cust, *account, *name, kind[16], why[256];
	FILE		*fp;
	size_t		 len;
	int		 i, n = 0, added = 0, same = 0, refused = 0;

	for (i = 0; i < argc; i++) {
		if (strncmp(argv[i], "--", 2) == 0) {
			i++;
			continue;
		}
		path = argv[i];
	}
	if (!bankno_ok(bank) || path == NULL) {
		fprintf(stderr, "usage: gfctl binding import --bank NNNN FILE "
		    "[--reason R]\n");
		return 2;
	}
	if ((fp = fopen(path, "r")) == NULL) {
		fprintf(stderr, "gfctl: binding import: %s: cannot open\n", path);
		return 1;
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		n++;
		len = strlen(line);
		if (len > 0 && line[len - 1] != '\n' && !feof(fp)) {
			int	c;

			while ((c = fgetc(fp)) != EOF && c != '\n')
				;
			printf("line %d refused: longer than %d bytes\n", n,
			    BINDING_LINE_MAX);
			refused++;
			continue;
		}
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '\0' || line[0] == '#')
			continue;
		snprintf(copy, sizeof(copy), "%s", line);
		if (split_line(copy, &cust, &account, &name) == -1) {
			printf("line %d refused: not custno|account|name\n", n);
			refused++;
			continue;
		}
		if (binding_add1(g, bank, cust, account, name, reason ? reason :
		    "imported", kind, sizeof(kind), why, sizeof(why)) == -1) {
			printf("line %d refused: %s\n", n, why);
			refused++;
		} else if (strcmp(kind, "SAME") == 0) {
			printf("line %d unchanged: %s\n", n, cust);
			same++;
		} else {
			printf("line %d accepted: %s\n", n, cust);
			added++;
		}
	}
	fclose(fp);
	printf("import bank=%s accepted=%d unchanged=%d refused=%d\n", bank,
	    added, same, refused);
	return refused ? 1 : 0;
}

int
cmd_binding(struct gfctl *g, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "add") == 0)
		return binding_add(g, argc - 1, argv + 1);
	if (argc >= 1 && strcmp(argv[0], "remove") == 0)
		return binding_remove(g, argc - 1, argv + 1);
	if (argc >= 1 && strcmp(argv[0], "list") == 0)
		return binding_list(g, argc - 1, argv + 1);
	if (argc >= 1 && strcmp(argv[0], "import") == 0)
		return binding_import(g, argc - 1, argv + 1);
	fprintf(stderr, "usage: gfctl binding add --bank NNNN --cust C "
	    "--account A [--name N] [--reason R]\n"
	    "       gfctl binding remove --cust C --reason R\n"
	    "       gfctl binding list [--bank NNNN] [--all]\n"
	    "       gfctl binding import --bank NNNN FILE [--reason R]\n");
	return 2;
}
