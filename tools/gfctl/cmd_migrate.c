/*
 * gfctl migrate - apply the pending schema/NNN_*.sql migrations in order,
 * each exactly once and each in its own transaction, recorded in
 * schema_migrations.  Running it again is a no-op.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/sha.h>

#include "gfctl.h"
#include "util.h"

#ifndef GF_SCHEMA_DIR
#define GF_SCHEMA_DIR "/usr/local/share/gridfront/schema"
#endif

/* An arbitrary constant: serialises concurrent migrate runs. */
#define MIGRATE_LOCK_KEY	"7001001"

static int
is_migration(const char *name)
{
	size_t	n = strlen(name);

	return n > 7 && name[0] >= '0' && name[0] <= '9' &&
	    name[1] >= '0' && name[1] <= '9' && name[2] >= '0' &&
	    name[2] <= '9' && name[3] == '_' && strcmp(name + n - 4, ".sql") == 0;
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

static int
applied(PGconn *db, const char *version)
{
	const char	*p[1] = { version };
	PGresult	*res;
	int		 n;

	res = PQexecParams(db, "SELECT 1 FROM schema_migrations WHERE version = $1",
	    1, NULL, p, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "gfctl migrate: %s", PQresultErrorMessage(res));
		PQclear(res);
		return -1;
	}
	n = PQntuples(res);
	PQclear(res);
	return n > 0;
}

static int
apply_one(PGconn *db, const char *dir, const char *name)
{
	char		 path[4096], hex[2 * SHA256_DIGEST_LENGTH + 1];
	unsigned char	 md[SHA256_DIGEST_LENGTH];
	const char	*p[2];
	PGresult	*res;
	char		*sql;
	size_t		 len;
	int		 ok;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((sql = read_file(path, &len)) == NULL) {
		fprintf(stderr, "gfctl migrate: cannot read %s\n", path);
		return -1;
	}
	SHA256((const unsigned char *)sql, len, md);
	hex_encode(md, sizeof(md), hex);
	if (exec_ok(db, "BEGIN") == -1)
		goto fail;
	/* The migration text is ours (the repository's), not user input. */
	if (exec_ok(db, sql) == -1) {
		fprintf(stderr, "gfctl migrate: %s failed; rolled back\n", name);
		exec_ok(db, "ROLLBACK");
		goto fail;
	}
	p[0] = name;
	p[1] = hex;
	res = PQexecParams(db, "INSERT INTO schema_migrations (version, sha256) "
	    "VALUES ($1, $2)", 2, NULL, p, NULL, NULL, 0);
	ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	if (!ok)
		fprintf(stderr, "gfctl migrate: %s", PQresultErrorMessage(res));
	PQclear(res);
	if (!ok || exec_ok(db, "COMMIT") == -1) {
		exec_ok(db, "ROLLBACK");
		goto fail;
	}
	printf("applied %s\n", name);
	free(sql);
	return 0;
fail:
	free(sql);
	return -1;
}

int
cmd_migrate(struct gfctl *g, int argc, char **argv)
{
	const char	*dir = gfctl_opt(argc, argv, "--dir");
	struct dirent	*de;
	PGconn		*db;
	DIR		*d;
	char		**names = NULL;
	size_t		 n = 0, i;
	int		 rv = 1, done = 0, a;

	if (dir == NULL)
		dir = getenv("GF_SCHEMA_DIR");
	if (dir == NULL)
		dir = access_ok_schema() ? "schema" : GF_SCHEMA_DIR;
	if ((d = opendir(dir)) == NULL) {
		fprintf(stderr, "gfctl migrate: cannot open %s\n", dir);
		return 1;
	}
	while ((de = readdir(d)) != NULL) {
		if (!is_migration(de->d_name))
			continue;
		names = xrealloc(names, (n + 1) * sizeof(*names));
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmpstr);

	db = gfctl_db(g);
	if (exec_ok(db, "SET client_min_messages = warning") == -1 ||
	    exec_ok(db, "SELECT pg_advisory_lock(" MIGRATE_LOCK_KEY ")") == -1 ||
	    exec_ok(db, "CREATE TABLE IF NOT EXISTS schema_migrations ("
	    "version text PRIMARY KEY, sha256 text NOT NULL, "
	    "applied_at timestamptz NOT NULL DEFAULT now())") == -1)
		goto out;
	for (i = 0; i < n; i++) {
		if ((a = applied(db, names[i])) == -1)
			goto out;
		if (a)
			continue;
		if (apply_one(db, dir, names[i]) == -1)
			goto out;
		done++;
	}
	if (done == 0)
		printf("schema up to date (%zu migrations)\n", n);
	rv = 0;
out:
	exec_ok(db, "SELECT pg_advisory_unlock(" MIGRATE_LOCK_KEY ")");
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rv;
}
