/*
 * gfctl bank - the BK/1 bank registry and the banks' MAC keys (docs/BK1.md).
 *
 *   bank add --bank NNNN --name N --addr A[,A...] --suite 1|2
 *            [--debit HOST:PORT] [--reason R]
 *   bank list | show NNNN
 *   bank enable NNNN | disable NNNN --reason R
 *   bank rebind NNNN --addr A[,A...] --reason R
 *   bank rekey NNNN [--overlap DAYS] --reason R
 *   bank window set --org O --days FIRST-LAST [--hours HH:MM-HH:MM] --reason R
 *   bank window list
 *
 * The registry is in the database (schema/fn/bank.sql: every change one
 * audited function call); the MAC keys are only in the bank key file
 * (frontd.bank_keys_file, 0600).  `add` and `rekey` make a fresh random key
 * version in the file and print the key once, for the bank's key
 * custodian: it is stored nowhere else and never printed again.  frontd
 * reads the file again on SIGHUP, which they send.
 */
#include <arpa/inet.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "gfctl.h"
#include "keyfile.h"
#include "util.h"

#define BANK_OVERLAP_DAYS	30

static int
bankno_ok(const char *s)
{
	return s != NULL && strlen(s) == 4 && strspn(s, "0123456789") == 4 &&
	    strcmp(s, "0000") != 0;
}

/* "a,b,c" -> "{a,b,c}" for inet[], each checked; NULL if one is bad. */
static char *
addr_array(const char *list)
{
	char		*copy, *tok, *save = NULL, *out;
	size_t		 cap, len;

	if (list == NULL || *list == '\0')
		return NULL;
	cap = strlen(list) + 3;
	out = xmalloc(cap);
	len = (size_t)snprintf(out, cap, "{");
	copy = xstrdup(list);
	for (tok = strtok_r(copy, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (!gfctl_ip_ok(tok)) {
			fprintf(stderr, "gfctl: bank: %s is not an IPv4 or IPv6 "
			    "address\n", tok);
			free(copy);
			free(out);
			return NULL;
		}
		len += (size_t)snprintf(out + len, cap - len, "%s%s",
		    len > 1 ? "," : "", tok);
	}
	free(copy);
	if (len == 1) {
		free(out);
		return NULL;
	}
	snprintf(out + len, cap - len, "}");
	return out;
}

/* The bank key file, or an empty one when there is none yet. */
static int
bank_keys_load(struct gfctl *g, struct keyfile *kf)
{
	const char	*path = g->conf.frontd.bank_keys_file;
	char		 err[512];

	memset(kf, 0, sizeof(*kf));
	if (access(path, F_OK) == -1 && errno == ENOENT) {
		kf->kind = KEYFILE_BANK;
		return 0;
	}
	if (keyfile_load_kind(path, KEYFILE_BANK, kf, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: %s\n", err);
		return -1;
	}
	return 0;
}

/*
 * A fresh key version for a bank in the file (locked), written, printed
 * once and audited by fingerprint; the version, or -1.
 */
static int
bank_new_key(struct gfctl *g, uint16_t bank, uint8_t suite)
{
	const char		*path = g->conf.frontd.bank_keys_file;
	const struct keyset	*ks;
	struct keyfile		 kf;
	char			 err[512], hex[33], fpr[KEYFILE_FPR_LEN + 1],
				 object[16], detail[128];
	int			 lk, v = -1;

	if ((lk = gfctl_keys_lock(path)) == -1)
		return -1;
	if (bank_keys_load(g, &kf) == -1)
		goto out;
	if ((v = keyfile_bank_rotate(&kf, bank, suite, err, sizeof(err))) == -1 ||
	    keyfile_write(path, &kf, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: bank key: %s\n", err);
		v = -1;
		goto out;
	}
	ks = keyfile_bank_find(&kf, bank, (uint8_t)v);
	keyfile_fingerprint(ks, fpr);
	hex_encode(ks->mk_mac, 16, hex);
	printf("bank %04u suite %u keyver %d mac %s\n", bank, ks->suite, v, hex);
	secure_zero(hex, sizeof(hex));
	snprintf(object, sizeof(object), "%04u", bank);
	snprintf(detail, sizeof(detail), "{\"keyver\":%d,\"fingerprint\":\"%s\"}",
	    v, fpr);
	(void)gfctl_audit(g, "bank key made", object, detail);
	if (gfctl_frontd_reload(g) == -1)
		fprintf(stderr, "gfctl: bank key: frontd not told: it reads the "
		    "key file when it starts or on SIGHUP\n");
out:
	keyfile_free(&kf);
	close(lk);
	return v;
}

static int
bank_add(struct gfctl *g, int argc, char **argv)
{
	const char	*bank = gfctl_opt(argc, argv, "--bank");
	const char	*name = gfctl_opt(argc, argv, "--name");
	const char	*addr = gfctl_opt(argc, argv, "--addr");
	const char	*suite = gfctl_opt(argc, argv, "--suite");
	const char	*debit = gfctl_opt(argc, argv, "--debit");
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*vals[7];
	char		*addrs;
	int		 rv;

	if (!bankno_ok(bank) || name == NULL || addr == NULL || suite == NULL ||
	    (strcmp(suite, "1") != 0 && strcmp(suite, "2") != 0)) {
		fprintf(stderr, "usage: gfctl bank add --bank NNNN --name N "
		    "--addr A[,A...] --suite 1|2 [--debit HOST:PORT] "
		    "[--reason R]\n");
		return 2;
	}
	if ((addrs = addr_array(addr)) == NULL)
		return 2;
	vals[0] = gfctl_actor(g);
	vals[1] = bank;
	vals[2] = name;
	vals[3] = addrs;
	vals[4] = suite;
	vals[5] = debit;
	vals[6] = reason ? reason : "registered";
	rv = gfctl_fn(g, "bank add", "SELECT gf_bank_add($1, $2, $3, "
	    "$4::inet[], $5::integer, $6, $7)", 7, vals);
	free(addrs);
	if (rv != 0)
		return 1;
	/* Its first key: a bank number is never reused, so it is version 1
	 * unless a key was made for it before the row was (then the next). */
	if (bank_new_key(g, (uint16_t)atoi(bank), (uint8_t)atoi(suite)) == -1) {
		fprintf(stderr, "gfctl: bank %s added without a key: run gfctl "
		    "bank rekey %s\n", bank, bank);
		return 1;
	}
	fprintf(stderr, "bank %s added; give the key above to the bank's key "
	    "custodian: it is not shown again\n", bank);
	return 0;
}

static int
bank_list(struct gfctl *g)
{
	static const int w[] = { 6, 20, 5, 7, 30, 8, 0 };

	return gfctl_list(g, "bank list", "SELECT bankno, name, suite, "
	    "keyver || CASE WHEN next_keyver IS NOT NULL AND rekey_until > now() "
	    "THEN '>' || next_keyver ELSE '' END, (SELECT string_agg(host(a), "
	    "',') FROM unnest(addrs) a), CASE WHEN enabled THEN 'enabled' ELSE "
	    "'disabled' END FROM banks ORDER BY bankno",
	    "BANK NAME SUITE KEYVER ADDRS STATE", w);
}

static int
bank_show(struct gfctl *g, const char *bank)
{
	static const char *const labels[] = { "bank", "name", "suite", "keyver",
	    "next keyver", "moving until", "addrs", "debit addr", "state",
	    "created" };
	const char		*vals[1] = { bank };
	const struct keyset	*ks;
	struct keyfile		 kf;
	PGresult		*res;
	char			 fpr[KEYFILE_FPR_LEN + 1];
	size_t			 k;
	int			 i;

	res = PQexecParams(gfctl_db(g), "SELECT bankno, name, suite, keyver, "
	    "COALESCE(next_keyver::text, '-'), COALESCE(to_char(rekey_until, "
	    "'YYYY-MM-DD HH24:MI:SS'), '-'), (SELECT string_agg(host(a), ',') "
	    "FROM unnest(addrs) a), COALESCE(debit_addr, '-'), CASE WHEN "
	    "enabled THEN 'enabled' ELSE 'disabled' END, to_char(created_at, "
	    "'YYYY-MM-DD HH24:MI:SS') FROM banks WHERE bankno = $1", 1, NULL,
	    vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		fprintf(stderr, "gfctl: no bank %s\n", bank);
		PQclear(res);
		return 1;
	}
	for (i = 0; i < PQnfields(res); i++)
		printf("%-13s %s\n", labels[i], PQgetvalue(res, 0, i));
	PQclear(res);
	/* The key file's versions for it, by fingerprint only. */
	if (bank_keys_load(g, &kf) == 0) {
		printf("keys:\n");
		for (k = 0; k < kf.nsets; k++) {
			ks = &kf.sets[k];
			if (ks->bank != (uint16_t)atoi(bank))
				continue;
			if (ks->retired)
				printf("  keyver %u retired\n", ks->keyver);
			else {
				keyfile_fingerprint(ks, fpr);
				printf("  keyver %u suite %u fingerprint %s\n",
				    ks->keyver, ks->suite, fpr);
			}
		}
		keyfile_free(&kf);
	}
	res = PQexecParams(gfctl_db(g), "SELECT to_char(created_at, "
	    "'YYYY-MM-DD HH24:MI:SS'), actor, action, COALESCE(detail->>'reason', "
	    "''), (detail - 'reason')::text FROM audit_log WHERE object = $1 AND "
	    "action LIKE 'bank %' ORDER BY id", 1, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) == PGRES_TUPLES_OK) {
		printf("history:\n");
		for (i = 0; i < PQntuples(res); i++)
			printf("  %s %s %s reason=\"%s\" %s\n",
			    PQgetvalue(res, i, 0), PQgetvalue(res, i, 1),
			    PQgetvalue(res, i, 2), PQgetvalue(res, i, 3),
			    PQgetvalue(res, i, 4));
	}
	PQclear(res);
	return 0;
}

static int
bank_enable(struct gfctl *g, const char *verb, int argc, char **argv)
{
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*vals[4];
	int		 on = strcmp(verb, "enable") == 0;

	if (!bankno_ok(argv[0]) || (!on && reason == NULL)) {
		fprintf(stderr, "usage: gfctl bank enable NNNN | disable NNNN "
		    "--reason R\n");
		return 2;
	}
	vals[0] = gfctl_actor(g);
	vals[1] = argv[0];
	vals[2] = on ? "true" : "false";
	vals[3] = reason ? reason : "enabled";
	if (gfctl_fn(g, on ? "bank enable" : "bank disable", "SELECT "
	    "gf_bank_enable($1, $2, $3::boolean, $4)", 4, vals) != 0)
		return 1;
	printf("bank %s %s\n", argv[0], on ? "enabled" : "disabled");
	return 0;
}

static int
bank_rebind(struct gfctl *g, int argc, char **argv)
{
	const char	*addr = gfctl_opt(argc, argv, "--addr");
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*vals[4];
	char		*addrs;
	int		 rv;

	if (!bankno_ok(argv[0]) || addr == NULL || reason == NULL) {
		fprintf(stderr, "usage: gfctl bank rebind NNNN --addr A[,A...] "
		    "--reason R\n");
		return 2;
	}
	if ((addrs = addr_array(addr)) == NULL)
		return 2;
	vals[0] = gfctl_actor(g);
	vals[1] = argv[0];
	vals[2] = addrs;
	vals[3] = reason;
	rv = gfctl_fn(g, "bank rebind", "SELECT gf_bank_rebind($1, $2, "
	    "$3::inet[], $4)", 4, vals);
	free(addrs);
	if (rv != 0)
		return 1;
	printf("bank %s rebound\n", argv[0]);
	return 0;
}

/* A new MAC key version: made in the file, printed once, then the bank may
 * use it beside its own for the overlap; its first frame under it moves it. */
static int
bank_rekey(struct gfctl *g, int argc, char **argv)
{
	const char	*overlap = gfctl_opt(argc, argv, "--overlap");
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*vals[5];
	PGresult	*res;
	char		 kv[8], days[32];
	long		 d = BANK_OVERLAP_DAYS;
	int		 v, suite;

	if (!bankno_ok(argv[0]) || reason == NULL) {
		fprintf(stderr, "usage: gfctl bank rekey NNNN [--overlap DAYS] "
		    "--reason R\n");
		return 2;
	}
	if (overlap != NULL && ((d = atol(overlap)) < 1 || d > 3650)) {
		fprintf(stderr, "gfctl: bank rekey: --overlap is 1..3650 days\n");
		return 2;
	}
	vals[0] = argv[0];
	res = PQexecParams(gfctl_db(g), "SELECT suite FROM banks WHERE bankno "
	    "= $1", 1, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		fprintf(stderr, "gfctl: no bank %s\n", argv[0]);
		PQclear(res);
		return 1;
	}
	suite = atoi(PQgetvalue(res, 0, 0));
	PQclear(res);
	if ((v = bank_new_key(g, (uint16_t)atoi(argv[0]), (uint8_t)suite)) == -1)
		return 1;
	snprintf(kv, sizeof(kv), "%d", v);
	snprintf(days, sizeof(days), "%ld days", d);
	vals[0] = gfctl_actor(g);
	vals[1] = argv[0];
	vals[2] = kv;
	vals[3] = days;
	vals[4] = reason;
	if (gfctl_fn(g, "bank rekey", "SELECT gf_bank_rekey($1, $2, $3::integer, "
	    "$4::interval, $5)", 5, vals) != 0)
		return 1;
	fprintf(stderr, "bank %s may use key version %d besides its own until "
	    "%s from now; its first frame under it moves it\n", argv[0], v, days);
	return 0;
}

static int
bank_window(struct gfctl *g, int argc, char **argv)
{
	static const int w[] = { 10, 9, 8, 6, 6, 0 };
	const char	*org = gfctl_opt(argc, argv, "--org");
	const char	*daysopt = gfctl_opt(argc, argv, "--days");
	const char	*hours = gfctl_opt(argc, argv, "--hours");
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	const char	*vals[7];
	char		 first[8], last[8], opens[8] = "00:00", closes[8] = "24:00";
	int		 a, b, n = 0;

	if (argc == 1 && strcmp(argv[0], "list") == 0)
		return gfctl_list(g, "bank window list", "SELECT org, first_day, "
		    "last_day, to_char(opens, 'HH24:MI'), CASE WHEN closes = "
		    "'24:00' THEN '24:00' ELSE to_char(closes, 'HH24:MI') END "
		    "FROM bank_windows ORDER BY org",
		    "ORG FIRST_DAY LAST_DAY OPENS CLOSES", w);
	if (argc < 1 || strcmp(argv[0], "set") != 0 || org == NULL ||
	    daysopt == NULL || reason == NULL ||
	    sscanf(daysopt, "%d-%d%n", &a, &b, &n) != 2 ||
	    daysopt[n] != '\0' ||
	    (hours != NULL && (strlen(hours) != 11 || hours[5] != '-'))) {
		fprintf(stderr, "usage: gfctl bank window set --org O --days "
		    "FIRST-LAST [--hours HH:MM-HH:MM] --reason R\n"
		    "       gfctl bank window list\n");
		return 2;
	}
	snprintf(first, sizeof(first), "%d", a);
	snprintf(last, sizeof(last), "%d", b);
	if (hours != NULL) {
		memcpy(opens, hours, 5);
		memcpy(closes, hours + 6, 5);
	}
	vals[0] = gfctl_actor(g);
	vals[1] = org;
	vals[2] = first;
	vals[3] = last;
	vals[4] = opens;
	vals[5] = closes;
	vals[6] = reason;
	if (gfctl_fn(g, "bank window", "SELECT gf_bank_window_set($1, $2, "
	    "$3::integer, $4::integer, $5::time, $6::time, $7)", 7, vals) != 0)
		return 1;
	printf("collection window of %s: days %s-%s, %s-%s\n", org, first, last,
	    opens, closes);
	return 0;
}

int
cmd_bank(struct gfctl *g, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "add") == 0)
		return bank_add(g, argc - 1, argv + 1);
	if (argc == 1 && strcmp(argv[0], "list") == 0)
		return bank_list(g);
	if (argc == 2 && strcmp(argv[0], "show") == 0)
		return bank_show(g, argv[1]);
	if (argc >= 2 && (strcmp(argv[0], "enable") == 0 ||
	    strcmp(argv[0], "disable") == 0))
		return bank_enable(g, argv[0], argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[0], "rebind") == 0)
		return bank_rebind(g, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[0], "rekey") == 0)
		return bank_rekey(g, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[0], "window") == 0)
		return bank_window(g, argc - 1, argv + 1);
	fprintf(stderr, "usage: gfctl bank add --bank NNNN --name N --addr "
	    "A[,A...] --suite 1|2 [--debit HOST:PORT] [--reason R]\n"
	    "       gfctl bank list | show NNNN\n"
	    "       gfctl bank enable NNNN | disable NNNN --reason R\n"
	    "       gfctl bank rebind NNNN --addr A[,A...] --reason R\n"
	    "       gfctl bank rekey NNNN [--overlap DAYS] --reason R\n"
	    "       gfctl bank window set --org O --days FIRST-LAST "
	    "[--hours HH:MM-HH:MM] --reason R | window list\n");
	return 2;
}
