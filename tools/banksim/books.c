/*
 * books.c - the end of a run (--books DSN): the marketing system's own
 * books (mktsim's mk_txns) against what the station answered.  Every
 * payment answered 0000 is posted exactly once, with its customer and
 * amount, and stands OK, or REVERSED if its reversal was answered 0000;
 * nothing else stands: per customer of the run, the payments (1002) made
 * since the run began and still OK are exactly the ones answered 0000 and
 * not reversed.  A posting the station rolled back (a lost outcome it
 * settled as "not done", BK1 §3) stands REVERSED and is only counted.
 *
 * The match is by mkserial when the answers carry one, and by customer
 * (count and sum) in any case.  The query runs once, after the load, on
 * one blocking connection.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "load.h"
#include "util.h"

struct bk_cust {
	char	 custno[24];
	int64_t	 want_n, want_sum, got_n, got_sum;
};

static struct bk_cust *
cust_get(struct bk_cust **v, size_t *n, size_t *cap, const char *custno)
{
	size_t	i;

	for (i = 0; i < *n; i++)
		if (strcmp((*v)[i].custno, custno) == 0)
			return &(*v)[i];
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*v = xrealloc(*v, *cap * sizeof(**v));
	}
	memset(&(*v)[*n], 0, sizeof(**v));
	snprintf((*v)[*n].custno, sizeof((*v)[0].custno), "%s", custno);
	return &(*v)[(*n)++];
}

int
ld_books_check(struct ld_ctx *ctx)
{
	PGconn		*db;
	PGresult	*res;
	struct bk_cust	*cs = NULL, *k;
	char		 since[32];
	const char	*params[1];
	size_t		 nc = 0, capc = 0, i;
	int		 r, nrows, rolled = 0, matched = 0, rc = 0;

	db = PQconnectdb(ctx->books_dsn);
	if (PQstatus(db) != CONNECTION_OK) {
		fprintf(stderr, "banksim: books: %s", PQerrorMessage(db));
		PQfinish(db);
		return -1;
	}
	/* Every customer of the run is counted, with nothing expected. */
	for (i = 0; i < ctx->ncusts; i++)
		cust_get(&cs, &nc, &capc, ctx->custs[i]);
	for (i = 0; i < ctx->nops; i++) {
		struct ld_op *op = &ctx->ops[i];

		if (strcmp(op->trcode, "2002") != 0 || op->state != OP_OK ||
		    op->reversed)
			continue;
		k = cust_get(&cs, &nc, &capc, op->custno);
		k->want_n++;
		k->want_sum += op->amount;
	}
	snprintf(since, sizeof(since), "%lld",
	    (long long)(ctx->t0_us / 1000000 - 1));
	params[0] = since;
	res = PQexecParams(db, "SELECT mkserial, custno, amount, status "
	    "FROM mk_txns WHERE trcode = '1002' AND created_at >= "
	    "to_timestamp($1::bigint)", 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "banksim: books: %s", PQerrorMessage(db));
		PQclear(res);
		PQfinish(db);
		free(cs);
		return -1;
	}
	nrows = PQntuples(res);
	for (r = 0; r < nrows; r++) {
		const char *mks = PQgetvalue(res, r, 0);
		const char *cust = PQgetvalue(res, r, 1);
		int64_t amount = atoll(PQgetvalue(res, r, 2));
		int ok = strcmp(PQgetvalue(res, r, 3), "OK") == 0;

		for (i = 0; i < ctx->nops; i++) {
			struct ld_op *op = &ctx->ops[i];

			if (op->state != OP_OK || op->mkserial[0] == '\0' ||
			    strcmp(op->trcode, "2002") != 0 ||
			    strcmp(op->mkserial, mks) != 0)
				continue;
			matched++;
			op->audited |= 2;
			if (strcmp(op->custno, cust) != 0 ||
			    op->amount != amount)
				ld_violation(ctx, "books: mkserial=%s is %s %lld "
				    "fen, serial=%s paid %s %lld", mks, cust,
				    (long long)amount, op->serial, op->custno,
				    (long long)op->amount);
			if (ok == op->reversed)
				ld_violation(ctx, "books: mkserial=%s stands %s, "
				    "serial=%s was %s", mks,
				    PQgetvalue(res, r, 3), op->serial,
				    op->reversed ? "reversed" : "not reversed");
			break;
		}
		if (!ok) {
			rolled++;
			continue;
		}
		for (i = 0; i < nc; i++)
			if (strcmp(cs[i].custno, cust) == 0) {
				cs[i].got_n++;
				cs[i].got_sum += amount;
				break;
			}
	}
	PQclear(res);
	PQfinish(db);
	for (i = 0; i < ctx->nops; i++) {
		struct ld_op *op = &ctx->ops[i];

		if (op->state == OP_OK && op->mkserial[0] != '\0' &&
		    strcmp(op->trcode, "2002") == 0 && !(op->audited & 2))
			ld_violation(ctx, "books: serial=%s mkserial=%s answered "
			    "0000 is not in the books", op->serial,
			    op->mkserial);
	}
	for (i = 0; i < nc; i++)
		if (cs[i].want_n != cs[i].got_n ||
		    cs[i].want_sum != cs[i].got_sum) {
			ld_violation(ctx, "books: customer %s has %lld payments "
			    "(%lld fen) standing, the answers say %lld (%lld)",
			    cs[i].custno, (long long)cs[i].got_n,
			    (long long)cs[i].got_sum, (long long)cs[i].want_n,
			    (long long)cs[i].want_sum);
			rc = 1;
		}
	printf("  books: %d payments posted since the start, %d matched by "
	    "mkserial, %d rolled back; customers %s\n", nrows, matched, rolled,
	    rc ? "DIFFER" : "agree");
	free(cs);
	return 0;
}
