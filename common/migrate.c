/*
 * migrate.c - numbered migrations, baselines and repeatable definitions
 * (migrate.h).  The SQL of the files is the program's own (the repository's
 * schema), never user input: it is sent as it is, one file per simple-query
 * message inside an explicit transaction.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/sha.h>

#include "migrate.h"
#include "util.h"

#define DIRECTIVE	"-- migrate:"
#define FN_PREFIX	MIGRATE_FN_DIR "/"

/* What schema_migrations holds, read once and kept up to date. */
struct records {
	char	**ver;
	char	**sha;
	size_t	  n;
};

/* The directives of one numbered migration. */
struct directives {
	char	**needs;	/* "fn/x.sql" */
	size_t	  nneeds;
	char	**rep;		/* replaced file names */
	char	**repsha;	/* and their SHA-256 */
	size_t	  nrep;
};

enum action { ACT_NONE, ACT_APPLY, ACT_ADOPT };

int
migrate_is_numbered(const char *name)
{
	size_t	n = strlen(name);

	return n > 8 && name[0] >= '0' && name[0] <= '9' &&
	    name[1] >= '0' && name[1] <= '9' && name[2] >= '0' &&
	    name[2] <= '9' && name[3] == '_' && strchr(name, '/') == NULL &&
	    strcmp(name + n - 4, ".sql") == 0;
}

static int
is_definition(const char *name)
{
	size_t	n = strlen(name);

	return n > 4 && name[0] != '.' && strchr(name, '/') == NULL &&
	    strcmp(name + n - 4, ".sql") == 0;
}

static void
file_set(struct migrate_file *f, const char *name, const char *sql,
    size_t len)
{
	unsigned char	md[SHA256_DIGEST_LENGTH];

	f->name = xstrdup(name);
	f->sql = xmalloc(len + 1);
	memcpy(f->sql, sql, len);
	f->sql[len] = '\0';
	f->len = len;
	SHA256((const unsigned char *)sql, len, md);
	hex_encode(md, sizeof(md), f->sha256);
}

static int
cmpfile(const void *a, const void *b)
{
	return strcmp(((const struct migrate_file *)a)->name,
	    ((const struct migrate_file *)b)->name);
}

static void
set_add(struct migrate_set *s, int definition, const char *name,
    const char *sql, size_t len)
{
	struct migrate_file	**v = definition ? &s->fn : &s->mig;
	size_t			 *n = definition ? &s->nfn : &s->nmig;

	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	file_set(&(*v)[*n], name, sql, len);
	(*n)++;
}

static void
set_sort(struct migrate_set *s)
{
	if (s->nmig > 1)
		qsort(s->mig, s->nmig, sizeof(*s->mig), cmpfile);
	if (s->nfn > 1)
		qsort(s->fn, s->nfn, sizeof(*s->fn), cmpfile);
}

void
migrate_set_free(struct migrate_set *s)
{
	size_t	i;

	for (i = 0; i < s->nmig; i++) {
		free(s->mig[i].name);
		free(s->mig[i].sql);
	}
	for (i = 0; i < s->nfn; i++) {
		free(s->fn[i].name);
		free(s->fn[i].sql);
	}
	free(s->mig);
	free(s->fn);
	memset(s, 0, sizeof(*s));
}

static char *
read_whole(const char *path, size_t *len)
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

/* The files of dir that pass keep() into s; a missing dir is empty when
 * may_be_missing.  0 or -1. */
static int
load_dir(struct migrate_set *s, const char *dir, int definition,
    int may_be_missing, char *err, size_t errlen)
{
	struct dirent	*de;
	DIR		*d;
	char		 path[4096], name[512], *sql;
	size_t		 len;

	if ((d = opendir(dir)) == NULL) {
		if (may_be_missing && errno == ENOENT)
			return 0;
		snprintf(err, errlen, "cannot open %s: %s", dir,
		    strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (definition ? !is_definition(de->d_name) :
		    !migrate_is_numbered(de->d_name))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		if ((sql = read_whole(path, &len)) == NULL) {
			snprintf(err, errlen, "cannot read %s: %s", path,
			    strerror(errno));
			closedir(d);
			return -1;
		}
		snprintf(name, sizeof(name), "%s%s", definition ? FN_PREFIX :
		    "", de->d_name);
		set_add(s, definition, name, sql, len);
		free(sql);
	}
	closedir(d);
	return 0;
}

int
migrate_set_load(struct migrate_set *s, const char *dir, char *err,
    size_t errlen)
{
	char	fndir[4096];

	memset(s, 0, sizeof(*s));
	snprintf(fndir, sizeof(fndir), "%s/" MIGRATE_FN_DIR, dir);
	if (load_dir(s, dir, 0, 0, err, errlen) == -1 ||
	    load_dir(s, fndir, 1, 1, err, errlen) == -1) {
		migrate_set_free(s);
		return -1;
	}
	set_sort(s);
	return 0;
}

int
migrate_set_from_texts(struct migrate_set *s, const struct migrate_text *t,
    char *err, size_t errlen)
{
	memset(s, 0, sizeof(*s));
	for (; t->name != NULL; t++) {
		if (strncmp(t->name, FN_PREFIX, strlen(FN_PREFIX)) == 0 &&
		    is_definition(t->name + strlen(FN_PREFIX)))
			set_add(s, 1, t->name, t->sql, t->len);
		else if (migrate_is_numbered(t->name))
			set_add(s, 0, t->name, t->sql, t->len);
		else {
			snprintf(err, errlen, "%s: not a schema file name",
			    t->name);
			migrate_set_free(s);
			return -1;
		}
	}
	set_sort(s);
	return 0;
}

static void
say(const char *prog, const char *fmt, ...)
{
	va_list	ap;

	fprintf(stderr, "%s: ", prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
}

static int
exec_ok(PGconn *db, const char *prog, const char *sql)
{
	PGresult	*res = PQexec(db, sql);
	int		 ok = PQresultStatus(res) == PGRES_COMMAND_OK ||
			    PQresultStatus(res) == PGRES_TUPLES_OK;

	if (!ok)
		say(prog, "%s", PQresultErrorMessage(res));
	PQclear(res);
	return ok ? 0 : -1;
}

static const char *
rec_get(const struct records *r, const char *version)
{
	size_t	i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->ver[i], version) == 0)
			return r->sha[i];
	return NULL;
}

static void
rec_put(struct records *r, const char *version, const char *sha)
{
	size_t	i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->ver[i], version) == 0) {
			free(r->sha[i]);
			r->sha[i] = xstrdup(sha);
			return;
		}
	r->ver = xrealloc(r->ver, (r->n + 1) * sizeof(*r->ver));
	r->sha = xrealloc(r->sha, (r->n + 1) * sizeof(*r->sha));
	r->ver[r->n] = xstrdup(version);
	r->sha[r->n] = xstrdup(sha);
	r->n++;
}

static void
rec_free(struct records *r)
{
	size_t	i;

	for (i = 0; i < r->n; i++) {
		free(r->ver[i]);
		free(r->sha[i]);
	}
	free(r->ver);
	free(r->sha);
	memset(r, 0, sizeof(*r));
}

static int
rec_load(PGconn *db, const char *prog, struct records *r)
{
	PGresult	*res;
	int		 i;

	memset(r, 0, sizeof(*r));
	res = PQexec(db, "SELECT version, sha256 FROM " MIGRATE_TABLE);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		say(prog, "%s", PQresultErrorMessage(res));
		PQclear(res);
		return -1;
	}
	for (i = 0; i < PQntuples(res); i++)
		rec_put(r, PQgetvalue(res, i, 0), PQgetvalue(res, i, 1));
	PQclear(res);
	return 0;
}

/* Records version with sha (replacing a definition's row), in the open
 * transaction. */
static int
rec_write(PGconn *db, const char *prog, struct records *r,
    const char *version, const char *sha)
{
	const char	*p[2] = { version, sha };
	PGresult	*res;
	int		 ok;

	res = PQexecParams(db, "INSERT INTO " MIGRATE_TABLE " (version, sha256) "
	    "VALUES ($1, $2) ON CONFLICT (version) DO UPDATE "
	    "SET sha256 = EXCLUDED.sha256, applied_at = now()",
	    2, NULL, p, NULL, NULL, 0);
	ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	if (!ok)
		say(prog, "%s", PQresultErrorMessage(res));
	PQclear(res);
	if (ok)
		rec_put(r, version, sha);
	return ok ? 0 : -1;
}

static void
dir_free(struct directives *d)
{
	size_t	i;

	for (i = 0; i < d->nneeds; i++)
		free(d->needs[i]);
	for (i = 0; i < d->nrep; i++) {
		free(d->rep[i]);
		free(d->repsha[i]);
	}
	free(d->needs);
	free(d->rep);
	free(d->repsha);
	memset(d, 0, sizeof(*d));
}

/* The "-- migrate:" lines of f.  0, or -1 on a line that is not one of the
 * two directives. */
static int
dir_parse(const struct migrate_file *f, const char *prog,
    struct directives *d)
{
	const char	*p = f->sql, *eol;
	char		 line[512], w1[32], w2[256], w3[80], extra[2];
	size_t		 n;
	int		 k;

	memset(d, 0, sizeof(*d));
	for (; *p != '\0'; p = *eol == '\0' ? eol : eol + 1) {
		if ((eol = strchr(p, '\n')) == NULL)
			eol = p + strlen(p);
		if (strncmp(p, DIRECTIVE, strlen(DIRECTIVE)) != 0)
			continue;
		n = (size_t)(eol - p);
		if (n >= sizeof(line))
			goto bad;
		memcpy(line, p, n);
		line[n] = '\0';
		k = sscanf(line + strlen(DIRECTIVE), "%31s %255s %79s %1s", w1,
		    w2, w3, extra);
		if (k == 2 && strcmp(w1, "needs") == 0 &&
		    strncmp(w2, FN_PREFIX, strlen(FN_PREFIX)) == 0) {
			d->needs = xrealloc(d->needs, (d->nneeds + 1) *
			    sizeof(*d->needs));
			d->needs[d->nneeds++] = xstrdup(w2);
		} else if (k == 3 && strcmp(w1, "replaces") == 0 &&
		    migrate_is_numbered(w2) && strlen(w3) == 64) {
			d->rep = xrealloc(d->rep, (d->nrep + 1) *
			    sizeof(*d->rep));
			d->repsha = xrealloc(d->repsha, (d->nrep + 1) *
			    sizeof(*d->repsha));
			d->rep[d->nrep] = xstrdup(w2);
			d->repsha[d->nrep++] = xstrdup(w3);
		} else
			goto bad;
	}
	return 0;
bad:
	say(prog, "%s: bad directive line (\"" DIRECTIVE " needs fn/NAME.sql\" "
	    "or \"" DIRECTIVE " replaces NNN_NAME.sql SHA256\")\n", f->name);
	dir_free(d);
	return -1;
}

static const struct migrate_file *
set_find(const struct migrate_file *v, size_t n, const char *name)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i].name, name) == 0)
			return &v[i];
	return NULL;
}

/*
 * Decides what to do with numbered migration f (ACT_*), or -1 after
 * printing why the database or the set is refused.
 */
static int
plan_one(const struct migrate_set *s, const struct migrate_file *f,
    const struct records *r, const char *prog)
{
	struct directives	 d;
	const char		*was;
	size_t			 i, have = 0, missing = 0, differ = 0;
	int			 rv = -1;

	if (dir_parse(f, prog, &d) == -1)
		return -1;
	for (i = 0; i < d.nneeds; i++)
		if (set_find(s->fn, s->nfn, d.needs[i]) == NULL) {
			say(prog, "%s needs %s, which is not in the schema\n",
			    f->name, d.needs[i]);
			goto out;
		}
	for (i = 0; i < d.nrep; i++)
		if (set_find(s->mig, s->nmig, d.rep[i]) != NULL) {
			say(prog, "%s replaces %s, which is still in the "
			    "schema: remove it\n", f->name, d.rep[i]);
			goto out;
		}
	was = rec_get(r, f->name);
	if (was != NULL) {
		if (strcasecmp(was, f->sha256) != 0) {
			say(prog, "%s was changed after it was applied (sha256 "
			    "recorded %.12s..., file now %.12s...); an applied "
			    "migration must not change: restore the file and "
			    "put the change in a new numbered migration\n",
			    f->name, was, f->sha256);
			goto out;
		}
		rv = ACT_NONE;
		goto out;
	}
	for (i = 0; i < d.nrep; i++) {
		if ((was = rec_get(r, d.rep[i])) == NULL)
			missing++;
		else {
			have++;
			if (strcasecmp(was, d.repsha[i]) != 0) {
				say(prog, "%s: %s was applied from another "
				    "text (sha256 recorded %.12s..., expected "
				    "%.12s...)\n", f->name, d.rep[i], was,
				    d.repsha[i]);
				differ++;
			}
		}
	}
	if (have == 0)
		rv = ACT_APPLY;
	else if (missing == 0 && differ == 0)
		rv = ACT_ADOPT;
	else if (differ == 0) {
		say(prog, "%s stands for migrations this database has only "
		    "partly applied; missing:", f->name);
		for (i = 0; i < d.nrep; i++)
			if (rec_get(r, d.rep[i]) == NULL)
				fprintf(stderr, " %s", d.rep[i]);
		fprintf(stderr, " (bring it to the end of the old chain "
		    "with the release before the baseline first)\n");
	}
out:
	dir_free(&d);
	return rv;
}

/* Applies one definition in the open transaction when new or changed.
 * 1 applied, 0 current, -1 error. */
static int
definition_in_tx(PGconn *db, const struct migrate_file *f,
    struct records *r, const char *prog)
{
	const char	*was = rec_get(r, f->name);

	if (was != NULL && strcasecmp(was, f->sha256) == 0)
		return 0;
	if (exec_ok(db, prog, f->sql) == -1) {
		say(prog, "%s failed; rolled back\n", f->name);
		return -1;
	}
	return rec_write(db, prog, r, f->name, f->sha256) == -1 ? -1 : 1;
}

static int
commit_or_rollback(PGconn *db, const char *prog, int ok)
{
	if (ok && exec_ok(db, prog, "COMMIT") == 0)
		return 0;
	exec_ok(db, prog, "ROLLBACK");
	return -1;
}

/* A numbered migration in one transaction, after the definitions it needs. */
static int
apply_one(PGconn *db, const struct migrate_set *s,
    const struct migrate_file *f, struct records *r, const char *prog,
    FILE *out, struct migrate_result *res)
{
	struct directives	 d;
	const struct migrate_file *fn;
	size_t			 i;
	int			 a, ok = 1, nfn = 0, *did;

	/* A failure ends the run: r need not be kept true after a rollback. */
	if (dir_parse(f, prog, &d) == -1)
		return -1;
	did = xcalloc(d.nneeds + 1, sizeof(*did));
	if (exec_ok(db, prog, "BEGIN") == -1)
		ok = 0;
	for (i = 0; ok && i < d.nneeds; i++) {
		fn = set_find(s->fn, s->nfn, d.needs[i]);
		if ((a = definition_in_tx(db, fn, r, prog)) == -1)
			ok = 0;
		else if (a == 1) {
			nfn++;
			did[i] = 1;
		}
	}
	if (ok && exec_ok(db, prog, f->sql) == -1) {
		say(prog, "%s failed; rolled back\n", f->name);
		ok = 0;
	}
	if (ok && rec_write(db, prog, r, f->name, f->sha256) == -1)
		ok = 0;
	ok = commit_or_rollback(db, prog, ok) == 0;
	if (ok) {
		res->applied++;
		res->definitions += nfn;
		for (i = 0; out != NULL && i < d.nneeds; i++)
			if (did[i])
				fprintf(out, "applied %s\n", d.needs[i]);
		if (out != NULL)
			fprintf(out, "applied %s\n", f->name);
	}
	free(did);
	dir_free(&d);
	return ok ? 0 : -1;
}

/* A baseline whose migrations the database applied: recorded, not run. */
static int
adopt_one(PGconn *db, const struct migrate_file *f, struct records *r,
    const char *prog, FILE *out, struct migrate_result *res)
{
	struct directives	d;

	if (dir_parse(f, prog, &d) == -1)
		return -1;
	if (exec_ok(db, prog, "BEGIN") == -1 ||
	    commit_or_rollback(db, prog,
	    rec_write(db, prog, r, f->name, f->sha256) == 0) == -1) {
		dir_free(&d);
		return -1;
	}
	res->recorded++;
	if (out != NULL)
		fprintf(out, "recorded %s without running it: this database "
		    "applied the %zu migrations it replaces (%s .. %s)\n",
		    f->name, d.nrep, d.rep[0], d.rep[d.nrep - 1]);
	dir_free(&d);
	return 0;
}

int
migrate_run(PGconn *db, const struct migrate_set *s, long lock_key,
    const char *prog, FILE *out, struct migrate_result *res)
{
	struct records	 r;
	enum action	*plan = NULL;
	char		 sql[128];
	size_t		 i;
	int		 a, refused = 0, rv = -1;

	memset(res, 0, sizeof(*res));
	memset(&r, 0, sizeof(r));
	snprintf(sql, sizeof(sql), "SELECT pg_advisory_lock(%ld)", lock_key);
	if (exec_ok(db, prog, "SET client_min_messages = warning") == -1 ||
	    exec_ok(db, prog, sql) == -1)
		return -1;
	if (exec_ok(db, prog, "CREATE TABLE IF NOT EXISTS " MIGRATE_TABLE " ("
	    "version text PRIMARY KEY, sha256 text NOT NULL, "
	    "applied_at timestamptz NOT NULL DEFAULT now())") == -1 ||
	    rec_load(db, prog, &r) == -1)
		goto out;

	/* Everything refused is refused before anything is applied. */
	plan = xcalloc(s->nmig + 1, sizeof(*plan));
	for (i = 0; i < s->nmig; i++) {
		if ((a = plan_one(s, &s->mig[i], &r, prog)) == -1)
			refused++;
		else
			plan[i] = (enum action)a;
	}
	if (refused > 0) {
		say(prog, "refused (%d problem%s); nothing applied\n", refused,
		    refused == 1 ? "" : "s");
		goto out;
	}
	for (i = 0; i < s->nmig; i++) {
		if (plan[i] == ACT_APPLY &&
		    apply_one(db, s, &s->mig[i], &r, prog, out, res) == -1)
			goto out;
		if (plan[i] == ACT_ADOPT &&
		    adopt_one(db, &s->mig[i], &r, prog, out, res) == -1)
			goto out;
	}
	for (i = 0; i < s->nfn; i++) {
		if (exec_ok(db, prog, "BEGIN") == -1)
			goto out;
		a = definition_in_tx(db, &s->fn[i], &r, prog);
		if (commit_or_rollback(db, prog, a != -1) == -1)
			goto out;
		if (a == 1) {
			res->definitions++;
			if (out != NULL)
				fprintf(out, "applied %s\n", s->fn[i].name);
		}
	}
	rv = 0;
out:
	snprintf(sql, sizeof(sql), "SELECT pg_advisory_unlock(%ld)", lock_key);
	exec_ok(db, prog, sql);
	free(plan);
	rec_free(&r);
	return rv;
}
