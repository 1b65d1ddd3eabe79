/*
 * gfctl migrate - bring the station's database up to schema/: the numbered
 * migrations (the baseline 000_baseline.sql, then 100 and up), each once and
 * in its own transaction, then the repeatable definitions of schema/fn,
 * each whenever its file changed.  The rules (checksums, refusal of a
 * changed applied migration, the baseline recorded without running on a
 * database that applied the migrations it replaces) are common/migrate.h,
 * which mktsim init uses for the simulator's books the same way.
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

#include "gfctl.h"
#include "migrate.h"

#ifndef GF_SCHEMA_DIR
#define GF_SCHEMA_DIR "/usr/local/share/gridfront/schema"
#endif

/* An arbitrary constant: serialises concurrent migrate runs. */
#define MIGRATE_LOCK_KEY	7001001L

static int
access_ok_schema(void)
{
	DIR	*d = opendir("schema");

	if (d == NULL)
		return 0;
	closedir(d);
	return 1;
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
	struct migrate_set	 set;
	struct migrate_result	 r;
	char			 err[4352];
	int			 rv;

	if (migrate_set_load(&set, schema_dir(argc, argv), err,
	    sizeof(err)) == -1) {
		fprintf(stderr, "gfctl migrate: %s\n", err);
		return 1;
	}
	rv = migrate_run(gfctl_db(g), &set, MIGRATE_LOCK_KEY, "gfctl migrate",
	    stdout, &r);
	if (rv == 0 && r.applied + r.recorded + r.definitions == 0)
		printf("schema up to date (%zu migrations, %zu definitions)\n",
		    set.nmig, set.nfn);
	migrate_set_free(&set);
	return rv == 0 ? 0 : 1;
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
