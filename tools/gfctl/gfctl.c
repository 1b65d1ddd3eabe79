/*
 * gfctl - GridFront's admin command line.  A thin dispatcher: the work is in
 * cmd_<group>.c.  Commands that change the station go straight to the
 * database and write the audit log; `recon run` asks ifsvc.
 */
#include <arpa/inet.h>

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conf.h"
#include "gfctl.h"
#include "log.h"
#include "util.h"

static const struct {
	const char	*name;
	int		(*fn)(struct gfctl *, int, char **);
	const char	*usage;
} cmds[] = {
	{ "bank",	cmd_bank,	"bank add|list|show|enable|disable|rebind|rekey|window ..." },
	{ "binding",	cmd_binding,	"binding add|remove|list|import ..." },
	{ "frame",	cmd_frame,	"frame decode --hex HEX [--keys F] | frame encode [--keys F] < JSON" },
	{ "journal",	cmd_journal,	"journal verify [FILE...] | dump [FILE...] | find --terminal ID [--date D] [--seq N] [--term-serial S]" },
	{ "keys",	cmd_keys,	"keys init [--file F]" },
	{ "migrate",	cmd_migrate,	"migrate [--dir SCHEMA_DIR]" },
	{ "outbox",	cmd_outbox,	"outbox list [--state S] | show ID | resend ID --reason R [--set F=V]... | close ID --reason R" },
	{ "operator",	cmd_operator,	"operator add|list|lock|unlock|passwd ..." },
	{ "recon",	cmd_recon,	"recon run --date YYYYMMDD | recon report --date YYYYMMDD [--csv]" },
	{ "schema",	cmd_schema,	"schema dump" },
	{ "terminal",	cmd_terminal,	"terminal add|list|enable|disable|keys ..." },
	{ "withhold",	cmd_withhold,	"withhold make|send --bank NNNN --month YYYYMM | list [--bank NNNN] | show FILE | debits [--bank NNNN]" },
	{ "user",	cmd_user,	"user add --id ID --name N --role admin|auditor | list | lock | unlock | passwd ID (password on stdin)" },
};

static PGconn *dbconn;

static void
usage(void)
{
	size_t	i;

	fprintf(stderr, "usage: gfctl [-f FILE] COMMAND ...\n");
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		fprintf(stderr, "       gfctl %s\n", cmds[i].usage);
	exit(2);
}

PGconn *
gfctl_db(struct gfctl *g)
{
	char	*dsn;

	if (dbconn != NULL)
		return dbconn;
	dsn = conf_db_dsn(&g->conf, NULL);
	dbconn = PQconnectdb(dsn);
	free(dsn);
	if (PQstatus(dbconn) != CONNECTION_OK) {
		fprintf(stderr, "gfctl: database: %s", PQerrorMessage(dbconn));
		exit(1);
	}
	return dbconn;
}

int
gfctl_audit(struct gfctl *g, const char *action, const char *object,
    const char *detail_json)
{
	const char	*params[4] = { g->actor, action, object,
			    detail_json ? detail_json : "{}" };
	PGresult	*res;
	int		 rv = 0;

	res = PQexecParams(gfctl_db(g), "INSERT INTO audit_log (actor, action, "
	    "object, detail) VALUES ($1, $2, $3, $4::jsonb)", 4, NULL, params,
	    NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		fprintf(stderr, "gfctl: audit log: %s",
		    PQresultErrorMessage(res));
		rv = -1;
	}
	PQclear(res);
	return rv;
}

int
gfctl_exec(PGconn *db, const char *sql)
{
	PGresult	*res = PQexec(db, sql);
	int		 rv = PQresultStatus(res) == PGRES_COMMAND_OK ? 0 : -1;

	if (rv == -1)
		fprintf(stderr, "gfctl: %s", PQerrorMessage(db));
	PQclear(res);
	return rv;
}

int
gfctl_finish(PGconn *db, int rv)
{
	if (rv == 0 && gfctl_exec(db, "COMMIT") == 0)
		return 0;
	gfctl_exec(db, "ROLLBACK");
	return 1;
}

static void
list_cell(const char *v, int c, int n, const int *width)
{
	if (c + 1 < n)
		printf("%-*s ", width[c], v);
	else
		printf("%s\n", v);
}

int
gfctl_list(struct gfctl *g, const char *what, const char *sql,
    const char *head, const int *width)
{
	PGresult	*res;
	char		*names, *name, *save = NULL;
	int		 i, c, n;

	res = PQexec(gfctl_db(g), sql);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "gfctl: %s: %s", what, PQresultErrorMessage(res));
		PQclear(res);
		return 1;
	}
	n = PQnfields(res);
	names = xstrdup(head);
	for (c = 0, name = strtok_r(names, " ", &save); c < n;
	    c++, name = strtok_r(NULL, " ", &save))
		list_cell(name ? name : "?", c, n, width);
	free(names);
	for (i = 0; i < PQntuples(res); i++)
		for (c = 0; c < n; c++)
			list_cell(PQgetvalue(res, i, c), c, n, width);
	PQclear(res);
	return 0;
}

const char *
gfctl_opt(int argc, char **argv, const char *name)
{
	int	i;

	for (i = 0; i < argc - 1; i++)
		if (strcmp(argv[i], name) == 0)
			return argv[i + 1];
	return NULL;
}

int
gfctl_flag(int argc, char **argv, const char *name)
{
	int	i;

	for (i = 0; i < argc; i++)
		if (strcmp(argv[i], name) == 0)
			return 1;
	return 0;
}

const char *
gfctl_actor(struct gfctl *g)
{
	static char	buf[160];

	snprintf(buf, sizeof(buf), "gfctl:%s", g->actor);
	return buf;
}

int
gfctl_fn(struct gfctl *g, const char *what, const char *sql, int n,
    const char *const *vals)
{
	PGresult	*res;
	const char	*msg;
	int		 rv = 0;

	res = PQexecParams(gfctl_db(g), sql, n, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK &&
	    PQresultStatus(res) != PGRES_COMMAND_OK) {
		msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
		fprintf(stderr, "gfctl: %s: %s\n", what, msg ? msg :
		    PQresultErrorMessage(res));
		rv = 1;
	}
	PQclear(res);
	return rv;
}

int
main(int argc, char *argv[])
{
	struct gfctl	 g;
	struct passwd	*pw;
	char		 err[512];
	size_t		 i;
	int		 ch, rv;

	memset(&g, 0, sizeof(g));
	while ((ch = getopt(argc, argv, "+f:")) != -1) {
		switch (ch) {
		case 'f':
			g.conf_path = optarg;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1)
		usage();

	log_init("gfctl", 0, 1);
	if (g.conf_path == NULL)
		g.conf_path = conf_default_path();
	if (conf_load(g.conf_path, &g.conf, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: %s\n", err);
		return 1;
	}
	pw = getpwuid(getuid());
	g.actor = pw ? pw->pw_name : "unknown";

	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		if (strcmp(argv[0], cmds[i].name) == 0) {
			rv = cmds[i].fn(&g, argc - 1, argv + 1);
			if (dbconn)
				PQfinish(dbconn);
			conf_free(&g.conf);
			return rv;
		}
	}
	usage();
}

int
gfctl_change(struct gfctl *g, const char *kind, const char *id,
    const char *sql, const char *extra, const char *action, const char *done)
{
	const char	*vals[2] = { id, extra };
	PGresult	*res;
	PGconn		*db = gfctl_db(g);
	int		 n;

	if (gfctl_exec(db, "BEGIN") == -1)
		return 1;
	res = PQexecParams(db, sql, extra ? 2 : 1, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		fprintf(stderr, "gfctl: %s", PQresultErrorMessage(res));
		PQclear(res);
		return gfctl_finish(db, -1);
	}
	n = atoi(PQcmdTuples(res));
	PQclear(res);
	if (n != 1) {
		fprintf(stderr, "gfctl: no %s %s\n", kind, id);
		return gfctl_finish(db, -1);
	}
	if (gfctl_finish(db, gfctl_audit(g, action, id, NULL)) != 0)
		return 1;
	printf("%s %s %s\n", kind, id, done);
	return 0;
}

int
gfctl_ip_ok(const char *s)
{
	unsigned char	addr[16];

	return inet_pton(AF_INET, s, addr) == 1 ||
	    inet_pton(AF_INET6, s, addr) == 1;
}
