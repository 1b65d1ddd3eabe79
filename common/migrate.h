/*
 * migrate.h - schema migrations of a PostgreSQL database, the one way every
 * GridFront program changes its schema (gfctl migrate for the station,
 * mktsim init for the simulator's books).
 *
 * A schema is a set of SQL files:
 *   NNN_name.sql  numbered migrations, applied once each, in name order,
 *                 each in its own transaction, recorded in schema_migrations
 *                 with the file's SHA-256.  An applied migration is
 *                 history: when a file's SHA-256 no longer matches the
 *                 recorded one, migrate_run refuses before applying anything
 *                 and names the file.
 *   fn/name.sql   repeatable definitions (functions, views, their triggers),
 *                 written as CREATE OR REPLACE: after the numbered
 *                 migrations each is applied, in name order, when its
 *                 SHA-256 differs from the one recorded as "fn/name.sql".
 *
 * A numbered migration may carry directives, lines of the form
 *   -- migrate: needs fn/NAME.sql
 *	the definition is applied (when new or changed) in the migration's
 *	transaction, before it: a table's trigger or a call made while the
 *	migration runs needs its function first;
 *   -- migrate: replaces NNN_name.sql SHA256
 *	the file is a baseline standing for older migrations.  On a database
 *	that recorded none of them it is applied; on one that recorded every
 *	one, each with that SHA-256, it is recorded without being run; any
 *	other database is refused (naming what is missing or different), and
 *	so is a schema that still holds a replaced file.
 *
 * The set is read from a directory (migrate_set_load) or built from texts
 * compiled into a program (migrate_set_add).  migrate_run prints one line
 * per file applied or recorded to `out` (NULL: silent) and every error to
 * stderr, prefixed with `prog`.
 */
#ifndef GF_MIGRATE_H
#define GF_MIGRATE_H

#include <stddef.h>
#include <stdio.h>

#include <libpq-fe.h>

/* Where the records are kept (one table per database). */
#define MIGRATE_TABLE	"schema_migrations"
/* The subfolder of the repeatable definitions, and their name prefix. */
#define MIGRATE_FN_DIR	"fn"

struct migrate_file {
	char	*name;		/* "001_core.sql" or "fn/money.sql" */
	char	*sql;		/* NUL-terminated */
	size_t	 len;
	char	 sha256[65];	/* upper-case hex */
};

struct migrate_set {
	struct migrate_file	*mig;	/* numbered, sorted by name */
	size_t			 nmig;
	struct migrate_file	*fn;	/* definitions, sorted by name */
	size_t			 nfn;
};

/* A schema file compiled into a program ({ NULL } ends a list). */
struct migrate_text {
	const char	*name;		/* as struct migrate_file */
	const char	*sql;
	size_t		 len;
};

struct migrate_result {
	int	applied;		/* numbered migrations run */
	int	recorded;		/* baselines recorded without running */
	int	definitions;		/* definitions (re-)applied */
};

/* Read the numbered files of dir and those of dir/fn (which may be
 * absent).  0 or -1 with err set. */
int	migrate_set_load(struct migrate_set *, const char *dir, char *err,
	    size_t errlen);
/* Build a set from compiled-in texts.  0 or -1 with err set (a bad name). */
int	migrate_set_from_texts(struct migrate_set *, const struct migrate_text *,
	    char *err, size_t errlen);
void	migrate_set_free(struct migrate_set *);

/* Whether name is a numbered migration's file name ("NNN_x.sql"). */
int	migrate_is_numbered(const char *name);

/*
 * Bring db up to the set, holding advisory lock `lock_key` (so that two
 * runs against one database take turns).  0 (r says what was done) or -1:
 * nothing of the failing step was kept (each file is one transaction, and a
 * refusal comes before anything is applied).
 */
int	migrate_run(PGconn *db, const struct migrate_set *, long lock_key,
	    const char *prog, FILE *out, struct migrate_result *r);

#endif /* GF_MIGRATE_H */
