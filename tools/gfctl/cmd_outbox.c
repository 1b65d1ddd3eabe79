/*
 * cmd_outbox.c - the records the station keeps and forwards to the
 * marketing system (store and forward, schema/fn/outbox.sql):
 *
 *   gfctl outbox list [--state S]          undelivered and parked by default
 *   gfctl outbox show ID
 *   gfctl outbox resend ID --reason R [--set FIELD=VALUE]...   a parked record,
 *                                          corrected, sent again (audited)
 *   gfctl outbox close ID --reason R       a parked record given up (audited)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "gfctl.h"

static int
outbox_list(struct gfctl *g, int argc, char **argv)
{
	static const int	 w[] = { 8, 28, 6, 20, 9, 8, 8, 20, 0 };
	const char		*state = gfctl_opt(argc, argv, "--state");
	const char		*vals[1] = { state };
	PGresult		*res;
	int			 i, j, n;

	res = PQexecParams(gfctl_db(g), "SELECT id, ref, trcode, seq_key, "
	    "state, attempts, COALESCE(last_rspcode, ''), "
	    "to_char(created_at, 'YYYY-MM-DD HH24:MI:SS'), "
	    "COALESCE(last_error, '') FROM outbox WHERE CASE WHEN $1::text "
	    "IS NULL THEN state IN ('PENDING', 'SENDING', 'PARKED') ELSE "
	    "state = $1 END ORDER BY id LIMIT 1000", 1, NULL, vals, NULL, NULL,
	    0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "gfctl: outbox list: %s",
		    PQerrorMessage(gfctl_db(g)));
		PQclear(res);
		return 1;
	}
	printf("%-8s %-28s %-6s %-20s %-9s %-8s %-8s %-20s %s\n", "ID", "REF",
	    "TRCODE", "KEY", "STATE", "ATTEMPTS", "RSPCODE", "CREATED",
	    "LAST_ERROR");
	n = PQntuples(res);
	for (i = 0; i < n; i++) {
		for (j = 0; j < 9; j++)
			printf(j < 8 ? "%-*s " : "%.*s\n", j < 8 ? w[j] : 200,
			    PQgetvalue(res, i, j));
	}
	PQclear(res);
	return 0;
}

static int
outbox_show(struct gfctl *g, const char *id)
{
	const char	*vals[1] = { id };
	PGresult	*res;

	res = PQexecParams(gfctl_db(g), "SELECT jsonb_pretty(to_jsonb(o) - "
	    "'leased_by') FROM outbox o WHERE id = $1::bigint", 1, NULL, vals,
	    NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		fprintf(stderr, "gfctl: outbox show: %s\n",
		    PQresultStatus(res) == PGRES_TUPLES_OK ? "no such record" :
		    PQerrorMessage(gfctl_db(g)));
		PQclear(res);
		return 1;
	}
	printf("%s\n", PQgetvalue(res, 0, 0));
	PQclear(res);
	return 0;
}

/* "--set k=v" pairs as one JSON object; values stay text except the codes,
 * which the marketing system takes as numbers. */
static json_t *
patch_from_args(int argc, char **argv)
{
	json_t		*patch = json_object();
	const char	*eq;
	char		 key[32];
	int		 i;

	for (i = 0; i + 1 < argc; i++) {
		if (strcmp(argv[i], "--set") != 0)
			continue;
		if ((eq = strchr(argv[i + 1], '=')) == NULL ||
		    (size_t)(eq - argv[i + 1]) >= sizeof(key)) {
			json_decref(patch);
			return NULL;
		}
		snprintf(key, sizeof(key), "%.*s", (int)(eq - argv[i + 1]),
		    argv[i + 1]);
		if (strcmp(key, "exccode") == 0 ||
		    strcmp(key, "resultcode") == 0)
			json_object_set_new(patch, key,
			    json_integer(strtol(eq + 1, NULL, 10)));
		else
			json_object_set_new(patch, key, json_string(eq + 1));
	}
	return patch;
}

static int
outbox_act(struct gfctl *g, const char *what, const char *id, int argc,
    char **argv)
{
	const char	*reason = gfctl_opt(argc, argv, "--reason");
	char		 actor[128], *text = NULL;
	const char	*vals[4];
	json_t		*patch = NULL;
	PGresult	*res;
	int		 rv = 0;

	if (reason == NULL || reason[0] == '\0') {
		fprintf(stderr, "gfctl: outbox %s: --reason is required\n", what);
		return 2;
	}
	snprintf(actor, sizeof(actor), "gfctl:%s", g->actor);
	vals[0] = actor;
	vals[1] = id;
	if (strcmp(what, "resend") == 0) {
		if ((patch = patch_from_args(argc, argv)) == NULL) {
			fprintf(stderr, "gfctl: outbox resend: --set FIELD=VALUE\n");
			return 2;
		}
		text = json_dumps(patch, JSON_COMPACT);
		json_decref(patch);
		vals[2] = text;
		vals[3] = reason;
		res = PQexecParams(gfctl_db(g), "SELECT gf_outbox_resend($1, "
		    "$2::bigint, $3::jsonb, $4)", 4, NULL, vals, NULL, NULL, 0);
	} else {
		vals[2] = reason;
		res = PQexecParams(gfctl_db(g), "SELECT gf_outbox_close($1, "
		    "$2::bigint, $3)", 3, NULL, vals, NULL, NULL, 0);
	}
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "gfctl: outbox %s: %s", what,
		    PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) ?
		    PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) :
		    PQerrorMessage(gfctl_db(g)));
		fprintf(stderr, "\n");
		rv = 1;
	} else
		printf("outbox %s %s\n", id, strcmp(what, "resend") == 0 ?
		    "queued again" : "closed");
	PQclear(res);
	free(text);
	return rv;
}

int
cmd_outbox(struct gfctl *g, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "list") == 0)
		return outbox_list(g, argc - 1, argv + 1);
	if (argc == 2 && strcmp(argv[0], "show") == 0)
		return outbox_show(g, argv[1]);
	if (argc >= 2 && (strcmp(argv[0], "resend") == 0 ||
	    strcmp(argv[0], "close") == 0))
		return outbox_act(g, argv[0], argv[1], argc - 2, argv + 2);
	fprintf(stderr, "usage: gfctl outbox list [--state S] | show ID\n"
	    "       gfctl outbox resend ID --reason R [--set FIELD=VALUE]...\n"
	    "       gfctl outbox close ID --reason R\n");
	return 2;
}
