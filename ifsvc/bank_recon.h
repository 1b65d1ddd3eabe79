/*
 * bank_recon.h - a bank's day-file reconciliation (bank_recon.c) and the
 * parts of the marketing one (recon.c) it shares.  Both run in recon.c's
 * worker thread on a blocking connection.
 */
#ifndef BANK_RECON_H
#define BANK_RECON_H

#include <stddef.h>
#include <stdint.h>

#include <libpq-fe.h>

#include "ifsvc.h"

/* recon.c */
extern const char recon_finish_sql[];
PGresult *recon_rx_query(PGconn *, const char *sql, int n,
	    const char *const *p, char *err, size_t errlen);
int	recon_rx_exec(PGconn *, const char *sql, int n, const char *const *p,
	    char *err, size_t errlen);
/* A RUNNING run of source for iso (YYYY-MM-DD): its id, or -1 with err
 * (a signed day: refused and audited under actor). */
int64_t	recon_begin_src(PGconn *, const char *iso, const char *actor,
	    const char *node, int leased, const char *source, char *err,
	    size_t errlen);
void	recon_fail_run(PGconn *, int64_t run_id, const char *why);
void	recon_summary_text(PGconn *, int64_t run_id, const char *date,
	    char *text, size_t len);
int	recon_valid_date(const char *yyyymmdd);

/* bank_recon.c: reconcile bankno's day file of date (YYYYMMDD) now.
 * 0 with the summary in text, or -1 (refused or failed) with why. */
int	bank_recon_one(PGconn *, const struct gf_conf *, const char *bankno,
	    const char *date, const char *actor, int leased, int64_t *run_id,
	    char *text, size_t textlen);
/* Take every day file not seen yet (stop(arg) ends the scan early); the
 * number of runs done. */
int	bank_recon_scan(PGconn *, const struct gf_conf *, int (*stop)(void *),
	    void *arg, char *text, size_t textlen);

#endif
