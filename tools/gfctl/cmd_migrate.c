/*
 * gfctl migrate - apply the pending schema/NNN_*.sql migrations in order,
 * each exactly once and each in its own transaction, recorded in
 * schema_migrations with the file's SHA-256.  Running it again is a no-op.
 *
 * An applied migration is history: when its file's SHA-256 no longer
 * matches the recorded one, migrate refuses before applying anything and
 * names the file (the change belongs in a new numbered migration).
 *
 * Repeatable definitions: the .sql files of schema/fn hold functions and
 * views, one definition per file, written as CREATE OR REPLACE.  After the
 * numbered migrations, each is applied (in name order, each in its own
 * transaction) when its SHA-256 differs from the one recorded for it, and
 * recorded in the same table as "fn/NAME.sql".
 *
 * gfctl schema dump - the resulting schema as pg_dump --schema-only prints
 * it (objects in pg_dump's stable order), without the lines that name
 * versions or carry a per-run key, so that two dumps of the same schema
 * compare equal.
 */
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/sha.h>

#include "gfctl.h"
#include "util.h"

#ifndef GF_SCHEMA_DIR
#define GF_SCHEMA_DIR "/usr/local/share/gridfront/schema"
#endif

/* An arbitrary constant: serialises concurrent migrate runs. */
#define MIGRATE_LOCK_KEY	"7001001"

/* Repeatable definitions: a subfolder of the schema folder, and the prefix
 * of their rows in schema_migrations. */
#define FN_DIR			"fn"
#define FN_PREFIX		"fn/"

/* A list of file names, sorted. */
struct names {
	char	**v;
	size_t	  n;
};

static int
is_migration(const char *name)
{
	size_t	n = strlen(name);

	return n > 7 && name[0] >= '0' && name[0] <= '9' &&
	    name[1] >= '0' && name[1] <= '9' && name[2] >= '0' &&
	    name[2] <= '9' && name[3] == '_' && strcmp(name + n - 4, ".sql") == 0;
}

static int
is_definition(const char *name)
{
	size_t	n = strlen(name);

	return n > 4 && name[0] != '.' && strcmp(name + n - 4, ".sql") == 0;
}

static int
access_ok_schema(void)
{
	DIR	*d = opendir("schema");

	if (d == NULL)
		return 0;
	closedir(d);
	return 1;
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *
read_file(const char *path, size_t *len)
{
	FILE	*fp;
	char	*buf;
	long	 n;

	if ((fp = fopen(path, "r")) == NULL)
		return NULL;
	if (fseek(fp, 0, SEEK_END) == -1 || (n = ftell(fp)) < 0 ||
	    fseek(fp, 0, SEEK_SET) == -1) {
		fclose(fp);
		return NULL;
	}
	buf = xmalloc((size_t)n + 1);
	if (fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		free(buf);
		fclose(fp);
		return NULL;
	}
	buf[n] = '\0';
	*len = (size_t)n;
	fclose(fp);
	return buf;
}

static int
exec_ok(PGconn *db, const char *sql)
{
	PGresult	*res = PQexec(db, sql);
	int		 ok = PQresultStatus(res) == PGRES_COMMAND_OK ||
			    PQresultStatus(res) == PGRES_TUPLES_OK;

	if (!ok)
		fprintf(stderr, "gfctl migrate: %s", PQresultErrorMessage(res));
	PQclear(res);
	return ok ? 0 : -1;
}

static void
names_free(struct names *l)
{
	size_t	i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/*
 * The names in dir that pass keep(), sorted.  0, or -1 when dir cannot be
 * read; a missing dir is an empty list when may_be_missing is set.
 */
static int
names_read(const char *dir, int (*keep)(const char *), int may_be_missing,
    struct names *l)
{
	struct dirent	*de;
	DIR		*d;

	l->v = NULL;
	l->n = 0;
	if ((d = opendir(dir)) == NULL) {
		if (may_be_missing && errno == ENOENT)
			return 0;
		fprintf(stderr, "gfctl migrate: cannot open %s: %s\n", dir,
		    strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (!keep(de->d_name))
			continue;
		l->v = xrealloc(l->v, (l->n + 1) * sizeof(*l->v));
		l->v[l->n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (l->n > 0)
		qsort(l->v, l->n, sizeof(*l->v), cmpstr);
	return 0;
}

/* A file's text (malloc'd) and its SHA-256 in hex; NULL when unreadable. */
static char *
read_sql(const char *dir, const char *name, char *hex, size_t *len)
{
	unsigned char	 md[SHA256_DIGEST_LENGTH];
	char		 path[4096];
	char		*sql;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((sql = read_file(path, len)) == NULL) {
		fprintf(stderr, "gfctl migrate: cannot read %s\n", path);
		return NULL;
	}
	SHA256((const unsigned char *)sql, *len, md);
	hex_encode(md, sizeof(md), hex);
	return sql;
}

/*
 * The SHA-256 recorded for version into hex: 1 when recorded, 0 when not,
 * -1 on a database error.
 */
static int
recorded(PGconn *db, const char *version, char *hex, size_t hexlen)
{
	const char	*p[1] = { version };
	PGresult	*res;
	int		 n;

	res = PQexecParams(db, "SELECT sha256 FROM schema_migrations "
	    "WHERE version = $1", 1, NULL, p, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "gfctl migrate: %s", PQresultErrorMessage(res));
		PQclear(res);
		return -1;
	}
	n = PQntuples(res);
	if (n > 0)
		snprintf(hex, hexlen, "%s", PQgetvalue(res, 0, 0));
	PQclear(res);
	return n > 0;
}

/*
 * Runs sql and records version with its SHA-256, in one transaction.  A
 * repeatable definition's row is replaced; a numbered migration's is new.
 */
static int
apply_sql(PGconn *db, const char *version, const char *sql, const char *hex)
{
	const char	*p[2] = { version, hex };
	PGresult	*res;
	int		 ok;

	if (exec_ok(db, "BEGIN") == -1)
		return -1;
	/* The migration text is ours (the repository's), not user input. */
	if (exec_ok(db, sql) == -1) {
		fprintf(stderr, "gfctl migrate: %s failed; rolled back\n",
		    version);
		exec_ok(db, "ROLLBACK");
		return -1;
	}
	res = PQexecParams(db, "INSERT INTO schema_migrations (version, sha256) "
	    "VALUES ($1, $2) ON CONFLICT (version) DO UPDATE "
	    "SET sha256 = EXCLUDED.sha256, applied_at = now()",
	    2, NULL, p, NULL, NULL, 0);
	ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	if (!ok)
		fprintf(stderr, "gfctl migrate: %s", PQresultErrorMessage(res));
	PQclear(res);
	if (!ok || exec_ok(db, "COMMIT") == -1) {
		exec_ok(db, "ROLLBACK");
		return -1;
	}
	printf("applied %s\n", version);
	return 0;
}

/*
 * Every applied numbered migration must still be the file that was
 * applied.  Prints one line per changed file; returns how many changed,
 * or -1 on an error.
 */
static int
changed_migrations(PGconn *db, const char *dir, const struct names *l)
{
	char	 hex[2 * SHA256_DIGEST_LENGTH + 1], was[128], *sql;
	size_t	 i, len;
	int	 a, changed = 0;

	for (i = 0; i < l->n; i++) {
		if ((a = recorded(db, l->v[i], was, sizeof(was))) == -1)
			return -1;
		if (a == 0)
			continue;
		if ((sql = read_sql(dir, l->v[i], hex, &len)) == NULL)
			return -1;
		free(sql);
		if (strcmp(was, hex) == 0)
			continue;
		fprintf(stderr, "gfctl migrate: %s/%s was changed after it "
		    "was applied (sha256 recorded %.12s..., file now "
		    "%.12s...); an applied migration must not change: restore "
		    "the file and put the change in a new numbered migration\n",
		    dir, l->v[i], was, hex);
		changed++;
	}
	return changed;
}

/* Numbered migrations not yet recorded, in order.  Count applied or -1. */
static int
apply_pending(PGconn *db, const char *dir, const struct names *l)
{
	char	 hex[2 * SHA256_DIGEST_LENGTH + 1], was[128], *sql;
	size_t	 i, len;
	int	 a, done = 0;

	for (i = 0; i < l->n; i++) {
		if ((a = recorded(db, l->v[i], was, sizeof(was))) == -1)
			return -1;
		if (a)
			continue;
		if ((sql = read_sql(dir, l->v[i], hex, &len)) == NULL)
			return -1;
		a = apply_sql(db, l->v[i], sql, hex);
		free(sql);
		if (a == -1)
			return -1;
		done++;
	}
	return done;
}

/* Repeatable definitions whose text is new or changed.  Count or -1. */
static int
apply_definitions(PGconn *db, const char *fndir, const struct names *l)
{
	char	 hex[2 * SHA256_DIGEST_LENGTH + 1], was[128], version[512];
	char	*sql;
	size_t	 i, len;
	int	 a, done = 0;

	for (i = 0; i < l->n; i++) {
		snprintf(version, sizeof(version), FN_PREFIX "%s", l->v[i]);
		if ((sql = read_sql(fndir, l->v[i], hex, &len)) == NULL)
			return -1;
		a = recorded(db, version, was, sizeof(was));
		if (a == 0 || (a == 1 && strcmp(was, hex) != 0))
			a = apply_sql(db, version, sql, hex) == -1 ? -1 : 2;
		free(sql);
		if (a == -1)
			return -1;
		if (a == 2)
			done++;
	}
	return done;
}

static const char *
schema_dir(int argc, char **argv)
{
	const char	*dir = gfctl_opt(argc, argv, "--dir");

	if (dir == NULL)
		dir = getenv("GF_SCHEMA_DIR");
	if (dir == NULL)
		dir = access_ok_schema() ? "schema" : GF_SCHEMA_DIR;
	return dir;
}

int
cmd_migrate(struct gfctl *g, int argc, char **argv)
{
	const char	*dir = schema_dir(argc, argv);
	struct names	 mig, fn = { NULL, 0 };
	PGconn		*db;
	char		 fndir[4096];
	int		 rv = 1, a, b;

	if (names_read(dir, is_migration, 0, &mig) == -1)
		return 1;
	snprintf(fndir, sizeof(fndir), "%s/" FN_DIR, dir);
	if (names_read(fndir, is_definition, 1, &fn) == -1) {
		names_free(&mig);
		return 1;
	}

	db = gfctl_db(g);
	if (exec_ok(db, "SET client_min_messages = warning") == -1 ||
	    exec_ok(db, "SELECT pg_advisory_lock(" MIGRATE_LOCK_KEY ")") == -1 ||
	    exec_ok(db, "CREATE TABLE IF NOT EXISTS schema_migrations ("
	    "version text PRIMARY KEY, sha256 text NOT NULL, "
	    "applied_at timestamptz NOT NULL DEFAULT now())") == -1)
		goto out;
	if ((a = changed_migrations(db, dir, &mig)) != 0) {
		if (a > 0)
			fprintf(stderr, "gfctl migrate: refused: %d applied "
			    "migration%s changed; nothing applied\n", a,
			    a == 1 ? "" : "s");
		goto out;
	}
	if ((a = apply_pending(db, dir, &mig)) == -1 ||
	    (b = apply_definitions(db, fndir, &fn)) == -1)
		goto out;
	if (a + b == 0)
		printf("schema up to date (%zu migrations, %zu definitions)\n",
		    mig.n, fn.n);
	rv = 0;
out:
	exec_ok(db, "SELECT pg_advisory_unlock(" MIGRATE_LOCK_KEY ")");
	names_free(&mig);
	names_free(&fn);
	return rv;
}

/* pg_dump's lines that differ between two dumps of the same schema. */
static int
dump_noise(const char *line)
{
	return strncmp(line, "-- Dumped from database version", 31) == 0 ||
	    strncmp(line, "-- Dumped by pg_dump version", 28) == 0 ||
	    strncmp(line, "\\restrict ", 10) == 0 ||
	    strncmp(line, "\\unrestrict ", 12) == 0;
}

static int
schema_dump(struct gfctl *g)
{
	char	*dsn, *line = NULL, arg[8192];
	size_t	 cap = 0;
	FILE	*fp;
	pid_t	 pid;
	int	 fd[2], status;

	dsn = conf_db_dsn(&g->conf, NULL);
	snprintf(arg, sizeof(arg), "--dbname=%s", dsn);
	free(dsn);
	if (pipe(fd) == -1) {
		fprintf(stderr, "gfctl schema: pipe: %s\n", strerror(errno));
		return 1;
	}
	fflush(stdout);
	if ((pid = fork()) == -1) {
		fprintf(stderr, "gfctl schema: fork: %s\n", strerror(errno));
		close(fd[0]);
		close(fd[1]);
		return 1;
	}
	if (pid == 0) {
		dup2(fd[1], STDOUT_FILENO);
		close(fd[0]);
		close(fd[1]);
		execlp("pg_dump", "pg_dump", "--schema-only", "--no-owner",
		    "--no-privileges", arg, (char *)NULL);
		fprintf(stderr, "gfctl schema: pg_dump: %s\n", strerror(errno));
		_exit(127);
	}
	close(fd[1]);
	if ((fp = fdopen(fd[0], "r")) == NULL) {
		close(fd[0]);
		waitpid(pid, &status, 0);
		return 1;
	}
	while (getline(&line, &cap, fp) != -1)
		if (!dump_noise(line))
			fputs(line, stdout);
	free(line);
	fclose(fp);
	if (waitpid(pid, &status, 0) == -1 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0) {
		fprintf(stderr, "gfctl schema: pg_dump failed\n");
		return 1;
	}
	return fflush(stdout) == 0 ? 0 : 1;
}

int
cmd_schema(struct gfctl *g, int argc, char **argv)
{
	if (argc == 1 && strcmp(argv[0], "dump") == 0)
		return schema_dump(g);
	fprintf(stderr, "usage: gfctl schema dump\n");
	return 2;
}
