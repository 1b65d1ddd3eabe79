/*
 * cmd_keys.c - gfctl keys: the master key file of frontd (keyfile.h) over
 * its life (docs/KEYS.md).
 *
 *   keys init   [--file F]                 versions 1 of both suites, once
 *   keys status [--file F]                 versions, fingerprints, terminals
 *   keys rotate --suite N [--file F] [--no-reload]
 *   keys retire --suite N --keyver V [--file F] [--no-reload]
 *
 * init never replaces an existing file: terminals are provisioned from the
 * keys in it.  rotate appends the suite's next version with fresh random
 * keys; retire is refused while any terminal (not retired) is on that
 * version or being moved to it, and then leaves only the version's number
 * in the file.  Both rewrite the file atomically (keyfile_write) under a
 * lock file, write an audit row naming the version and its fingerprint, and
 * tell the running frontd to reload (SIGHUP).  No key is ever printed.
 */
#include <sys/file.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "gfctl.h"
#include "keyfile.h"

static const char *
keys_path(struct gfctl *g, int argc, char **argv, const char *what)
{
	const char	*path;

	if ((path = gfctl_opt(argc, argv, "--file")) == NULL)
		path = g->conf.frontd.keys_file;
	if (path == NULL || *path == '\0') {
		fprintf(stderr, "gfctl: keys %s: no key file (--file F or "
		    "frontd keys_file)\n", what);
		return NULL;
	}
	return path;
}

static int
num_opt(int argc, char **argv, const char *name, int lo, int hi)
{
	const char	*v = gfctl_opt(argc, argv, name);
	char		*end;
	long		 n;

	if (v == NULL || *v == '\0')
		return -1;
	n = strtol(v, &end, 10);
	if (*end != '\0' || n < lo || n > hi)
		return -1;
	return (int)n;
}

static int
keys_init(struct gfctl *g, int argc, char **argv)
{
	const char	*path;
	char		 err[512];

	if ((path = keys_path(g, argc, argv, "init")) == NULL)
		return 2;
	if (keyfile_generate(path, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: keys init: %s\n", err);
		return 1;
	}
	printf("wrote %s: suites 1 (TDES) and 2 (SM4), key version 1, "
	    "mode 0600\n", path);
	return 0;
}

/* An exclusive lock on "<file>.lock" for a read-modify-write of the file. */
int
gfctl_keys_lock(const char *path)
{
	char	lp[1024];
	int	fd;

	if ((size_t)snprintf(lp, sizeof(lp), "%s.lock", path) >= sizeof(lp))
		return -1;
	if ((fd = open(lp, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
	    0600)) == -1) {
		fprintf(stderr, "gfctl: keys: %s: %s\n", lp, strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX) == -1) {
		fprintf(stderr, "gfctl: keys: lock %s: %s\n", lp,
		    strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

int
gfctl_frontd_reload(struct gfctl *g)
{
	char	 path[1024], comm[64], buf[32];
	FILE	*f;
	int	 pid = 0;

	snprintf(path, sizeof(path), "%s/frontd.pid", g->conf.global.run_dir);
	if ((f = fopen(path, "r")) == NULL)
		return 1;
	if (fgets(buf, sizeof(buf), f) != NULL)
		pid = atoi(buf);
	fclose(f);
	if (pid <= 1)
		return 1;
	/* A stale file may name another process now: check its name. */
	snprintf(path, sizeof(path), "/proc/%d/comm", pid);
	if ((f = fopen(path, "r")) == NULL)
		return 1;
	comm[0] = '\0';
	if (fgets(comm, sizeof(comm), f) == NULL)
		comm[0] = '\0';
	fclose(f);
	comm[strcspn(comm, "\n")] = '\0';
	if (strcmp(comm, "frontd") != 0)
		return 1;
	if (kill(pid, SIGHUP) == -1) {
		fprintf(stderr, "gfctl: keys: cannot signal frontd pid %d: "
		    "%s\n", pid, strerror(errno));
		return -1;
	}
	printf("frontd pid %d told to reload the key file\n", pid);
	return 0;
}

static int
reload(struct gfctl *g, int argc, char **argv)
{
	int	r;

	if (gfctl_flag(argc, argv, "--no-reload")) {
		printf("frontd not told (--no-reload): send it SIGHUP\n");
		return 0;
	}
	if ((r = gfctl_frontd_reload(g)) == 1)
		printf("no running frontd found: it reads the file when it "
		    "starts\n");
	return r == -1 ? 1 : 0;
}

static int
audit_version(struct gfctl *g, const char *action, const struct keyset *ks,
    int retired)
{
	char	 object[32], fpr[KEYFILE_FPR_LEN + 1], *detail;
	json_t	*j;
	int	 rv;

	snprintf(object, sizeof(object), "keys suite %u", ks->suite);
	if (retired)
		j = json_pack("{s:i}", "keyver", ks->keyver);
	else {
		keyfile_fingerprint(ks, fpr);
		j = json_pack("{s:i, s:s}", "keyver", ks->keyver,
		    "fingerprint", fpr);
	}
	detail = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	rv = gfctl_audit(g, action, object, detail);
	free(detail);
	return rv;
}

static int
keys_rotate(struct gfctl *g, int argc, char **argv)
{
	struct keyfile	 kf;
	const char	*path;
	char		 err[512], fpr[KEYFILE_FPR_LEN + 1];
	int		 suite, ver, lk, rv = 1;

	if ((path = keys_path(g, argc, argv, "rotate")) == NULL)
		return 2;
	if ((suite = num_opt(argc, argv, "--suite", 1, 2)) == -1) {
		fprintf(stderr, "usage: gfctl keys rotate --suite 1|2 "
		    "[--file F] [--no-reload]\n");
		return 2;
	}
	if ((lk = gfctl_keys_lock(path)) == -1)
		return 1;
	if (keyfile_load(path, &kf, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: keys rotate: %s\n", err);
		close(lk);
		return 1;
	}
	if ((ver = keyfile_rotate(&kf, (uint8_t)suite, err, sizeof(err))) == -1) {
		fprintf(stderr, "gfctl: keys rotate: %s\n", err);
		goto done;
	}
	/* The audit row first: a file written without its record is worse
	 * than a record of a rotation that then failed (it says so). */
	if (gfctl_exec(gfctl_db(g), "BEGIN") == -1)
		goto done;
	if (audit_version(g, "keys rotate", keyfile_find(&kf, (uint8_t)suite,
	    (uint8_t)ver), 0) == -1) {
		gfctl_finish(gfctl_db(g), -1);
		goto done;
	}
	if (keyfile_write(path, &kf, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: keys rotate: %s\n", err);
		gfctl_finish(gfctl_db(g), -1);
		goto done;
	}
	if (gfctl_finish(gfctl_db(g), 0) != 0)
		fprintf(stderr, "gfctl: keys rotate: the file is written but "
		    "its audit row is not\n");
	keyfile_fingerprint(keyfile_find(&kf, (uint8_t)suite, (uint8_t)ver),
	    fpr);
	printf("suite %d key version %d added to %s (fingerprint %s)\n", suite,
	    ver, path, fpr);
	rv = reload(g, argc, argv);
	if (rv == 0)
		printf("next: gfctl terminal rekey --suite %d --all --keyver %d "
		    "--reason R (prints each terminal's new keys)\n", suite, ver);
done:
	keyfile_free(&kf);
	close(lk);
	return rv;
}

static int
keys_retire(struct gfctl *g, int argc, char **argv)
{
	struct keyfile	 kf;
	const char	*path, *vals[2];
	PGresult	*res;
	char		 err[512], s[8], v[8];
	int		 suite, ver, lk, i, rv = 1;

	memset(&kf, 0, sizeof(kf));
	if ((path = keys_path(g, argc, argv, "retire")) == NULL)
		return 2;
	if ((suite = num_opt(argc, argv, "--suite", 1, 2)) == -1 ||
	    (ver = num_opt(argc, argv, "--keyver", 1, 255)) == -1) {
		fprintf(stderr, "usage: gfctl keys retire --suite 1|2 --keyver V "
		    "[--file F] [--no-reload]\n");
		return 2;
	}
	if ((lk = gfctl_keys_lock(path)) == -1)
		return 1;
	snprintf(s, sizeof(s), "%d", suite);
	snprintf(v, sizeof(v), "%d", ver);
	vals[0] = s;
	vals[1] = v;
	/* Locks the rows: no terminal is rekeyed to V meanwhile. */
	if (gfctl_exec(gfctl_db(g), "BEGIN") == -1)
		goto done;
	res = PQexecParams(gfctl_db(g), "SELECT id, keyver, COALESCE("
	    "next_keyver::text, '-') FROM terminals WHERE suite = $1::smallint "
	    "AND retired_at IS NULL AND (keyver = $2::smallint OR next_keyver = "
	    "$2::smallint) ORDER BY id FOR UPDATE", 2, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "gfctl: keys retire: %s",
		    PQresultErrorMessage(res));
		PQclear(res);
		gfctl_finish(gfctl_db(g), -1);
		goto done;
	}
	if (PQntuples(res) > 0) {
		fprintf(stderr, "gfctl: keys retire: refused: %d terminal(s) "
		    "still use suite %d key version %d:\n", PQntuples(res),
		    suite, ver);
		for (i = 0; i < PQntuples(res); i++)
			fprintf(stderr, "  %s keyver %s next %s\n",
			    PQgetvalue(res, i, 0), PQgetvalue(res, i, 1),
			    PQgetvalue(res, i, 2));
		PQclear(res);
		gfctl_finish(gfctl_db(g), -1);
		goto done;
	}
	PQclear(res);
	if (keyfile_load(path, &kf, err, sizeof(err)) == -1 ||
	    keyfile_retire(&kf, (uint8_t)suite, (uint8_t)ver, err,
	    sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: keys retire: %s\n", err);
		gfctl_finish(gfctl_db(g), -1);
		goto done;
	}
	if (audit_version(g, "keys retire", &(struct keyset){ .suite =
	    (uint8_t)suite, .keyver = (uint8_t)ver }, 1) == -1 ||
	    keyfile_write(path, &kf, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: keys retire: %s\n", err);
		gfctl_finish(gfctl_db(g), -1);
		goto done;
	}
	if (gfctl_finish(gfctl_db(g), 0) != 0)
		fprintf(stderr, "gfctl: keys retire: the file is written but "
		    "its audit row is not\n");
	printf("suite %d key version %d retired: its keys are removed from "
	    "%s\n", suite, ver, path);
	rv = reload(g, argc, argv);
done:
	keyfile_free(&kf);
	close(lk);
	return rv;
}

static int
keys_status(struct gfctl *g, int argc, char **argv)
{
	struct keyfile	 kf;
	const char	*path, *vals[2];
	PGresult	*res;
	char		 err[512], fpr[KEYFILE_FPR_LEN + 1], s[8], v[8];
	size_t		 i;
	int		 on, moving;

	if ((path = keys_path(g, argc, argv, "status")) == NULL)
		return 2;
	if (keyfile_load(path, &kf, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: keys status: %s\n", err);
		return 1;
	}
	printf("%-5s %-6s %-8s %-16s %-9s %s\n", "SUITE", "KEYVER", "STATE",
	    "FINGERPRINT", "TERMINALS", "MOVING_IN");
	for (i = 0; i < kf.nsets; i++) {
		const struct keyset *ks = &kf.sets[i];

		snprintf(s, sizeof(s), "%u", ks->suite);
		snprintf(v, sizeof(v), "%u", ks->keyver);
		vals[0] = s;
		vals[1] = v;
		res = PQexecParams(gfctl_db(g), "SELECT count(*) FILTER (WHERE "
		    "keyver = $2::smallint), count(*) FILTER (WHERE next_keyver "
		    "= $2::smallint AND rekey_until > now()) FROM terminals "
		    "WHERE suite = $1::smallint AND retired_at IS NULL", 2, NULL,
		    vals, NULL, NULL, 0);
		if (PQresultStatus(res) != PGRES_TUPLES_OK) {
			fprintf(stderr, "gfctl: keys status: %s",
			    PQresultErrorMessage(res));
			PQclear(res);
			keyfile_free(&kf);
			return 1;
		}
		on = atoi(PQgetvalue(res, 0, 0));
		moving = atoi(PQgetvalue(res, 0, 1));
		PQclear(res);
		if (ks->retired)
			snprintf(fpr, sizeof(fpr), "-");
		else
			keyfile_fingerprint(ks, fpr);
		printf("%-5u %-6u %-8s %-16s %-9d %d\n", ks->suite, ks->keyver,
		    ks->retired ? "retired" : "live", fpr, on, moving);
	}
	printf("key pages locked in memory: %s\n", kf.locked ? "yes" : "no");
	keyfile_free(&kf);
	return 0;
}

int
cmd_keys(struct gfctl *g, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "init") == 0)
		return keys_init(g, argc - 1, argv + 1);
	if (argc >= 1 && strcmp(argv[0], "status") == 0)
		return keys_status(g, argc - 1, argv + 1);
	if (argc >= 1 && strcmp(argv[0], "rotate") == 0)
		return keys_rotate(g, argc - 1, argv + 1);
	if (argc >= 1 && strcmp(argv[0], "retire") == 0)
		return keys_retire(g, argc - 1, argv + 1);
	fprintf(stderr, "usage: gfctl keys init [--file F]\n"
	    "       gfctl keys status [--file F]\n"
	    "       gfctl keys rotate --suite 1|2 [--file F] [--no-reload]\n"
	    "       gfctl keys retire --suite 1|2 --keyver V [--file F] "
	    "[--no-reload]\n");
	return 2;
}
