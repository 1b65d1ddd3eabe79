/*
 * money.h - the money rules of the station, in one place (docs/MONEY.md).
 *
 * A money-moving request (PAYMENT, PREPAY, CARD_RECHARGE, REVERSAL) is one
 * row of `transactions`, keyed by (terminal, term_serial).  Its states and
 * the only legal transitions between them:
 *
 *   stored state   MONEY.md     a repeat is told            still owed
 *   PENDING        CLAIMED/SENT BUSY                        send or abandon
 *   SUCCESS        SUCCESS      OK (stored answer)          nothing
 *   FAILED         FAILED       the stored refusal          nothing
 *                  NOT_DONE     HOST_TIMEOUT (settled)      nothing
 *   UNKNOWN        UNDOING      HOST_TIMEOUT (payments)     undo it
 *   UNKNOWN        IN_DOUBT     IN_DOUBT (reversals)        complete it
 *   REVERSED       NOT_DONE     HOST_TIMEOUT (settled)      nothing
 *                  (reversed)   the original OK             nothing
 *
 *   PENDING  -> SUCCESS | FAILED | UNKNOWN       (answer, refusal, doubt)
 *   UNKNOWN  -> FAILED | REVERSED                (payment settled: not done)
 *   UNKNOWN  -> SUCCESS | FAILED                 (reversal rolled forward)
 *   SUCCESS  -> REVERSED                         (its reversal succeeded)
 *
 * The database enforces the same table (schema/fn/money.sql,
 * gf_tx_transition_ok): an UPDATE outside it is an error.  These functions
 * are the C side: what an MI/1 answer means, what a terminal is told.
 */
#ifndef GF_MONEY_H
#define GF_MONEY_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "util.h"

struct tp1_payload;

/*
 * An outcome the marketing system gave is known to appsrv and nowhere else
 * until it is recorded.  While the database cannot be reached (appsrv's
 * pool fails a query at once when no connection is up: a failover, a
 * restart), appsrv tries again every MONEY_RECORD_RETRY_MS for up to
 * MONEY_RECORD_WAIT_MS, holding the answer, and records the outcome once
 * the database is back (terminals: fn_collect.c, banks: fn_bank.c).
 * Giving up at once left the row PENDING, and the settler later undid a
 * payment the marketing system had made.  The wait stays below the
 * settler's adoption of a stale PENDING row (ifsvc deadline + 30 s); were
 * the row adopted first anyway, gf_tx_finish keeps the settler's decision.
 */
#define MONEY_RECORD_RETRY_MS	500
#define MONEY_RECORD_WAIT_MS	25000

/* A money-moving request as a terminal sent it (TP1 §5.2). */
struct money_req {
	uint16_t	 func;		/* TP1_FN_* */
	uint16_t	 trcode;	/* MI/1 1002-1005 */
	const char	*fname;		/* "PAYMENT", ... (transactions.func) */
	char		 term_serial[33];
	char		 customer[32];
	char		 meter[64];
	char		 card_serial[64];
	char		 orig_ts[33];
	char		 reason[128];
	int64_t		 amount;
	uint8_t		 pay_mode;
	uint32_t	 purchase_count;
};

/* What an MI/1 exchange about a money-moving request came to. */
enum money_result {
	MONEY_DONE,		/* 0000 / 2001: posted */
	MONEY_REFUSED,		/* a definite rspcode: nothing posted */
	MONEY_NOT_SENT,		/* never reached the marketing system */
	MONEY_UNKNOWN,		/* no answer, or 9999 (MI1 §5): settle it */
};

/* 1 for the money-moving trcodes 1002-1005. */
int		 money_trcode(int trcode);
/* The meaning of an answered rspcode to a request of trcode (MI1 §5:
 * 9999 to a money-moving request is an unknown outcome). */
enum money_result money_answered(int trcode, const char *rspcode);
/* TP/1 status for an MI/1 rspcode (DESIGN.md table). */
uint16_t	 money_rspcode_status(const char *rspcode);
/*
 * The bank channel (BK/1 §6, docs/BK1.md "Bank business"): the BK/1 code
 * for an MI/1 rspcode answered to a bank's request (0000/2001 -> 0000,
 * 1001-1003 the same, 2002 -> 2002, 2003 -> 2001, others 9999), and the
 * code a bank is told when a payment's (9002, rolled back) or a reversal's
 * (9003, rolled forward) outcome is unknown.
 */
const char	*money_bk1_code(const char *rspcode);
const char	*money_bk1_unknown_code(int reversal);

/* TP/1 status a terminal is told when the outcome is unknown: HOST_TIMEOUT
 * for a payment (rolled back), IN_DOUBT for a reversal (rolled forward). */
uint16_t	 money_unknown_status(uint16_t func);
/* TP/1 status for a stored state when no stored answer applies:
 * PENDING -> BUSY, UNKNOWN -> money_unknown_status, others the stored
 * tp_status (HOST_TIMEOUT when none). */
uint16_t	 money_state_status(uint16_t func, const char *state,
		    int has_tp_status, uint16_t tp_status);
/* 1 if the state is final (no duty left). */
int		 money_state_final(const char *state);
/* 1 if from -> to is a legal transition (the table above). */
int		 money_transition_ok(const char *func, const char *from,
		    const char *to);
/* The TP/1 answer (plaintext: func, status, items) of a REVERSAL whose
 * outcome is known: OK with receipt_no and mkt_serial, or the refusal. */
void		 money_reversal_answer(struct gbuf *, uint16_t status,
		    const char *receipt_no, const char *mkt_serial);

/*
 * Step 1 of the flow: read and check a money-moving request of func from
 * its payload.  0, or -1 with the TP/1 status (and a message, may be NULL)
 * of the refusal.
 */
int		 money_req_parse(const struct tp1_payload *, uint16_t func,
		    int64_t amount_limit, struct money_req *, uint16_t *status,
		    const char **msg);
/* The MI/1 body of the request (MI1 §2), a new reference. */
json_t		*money_mi_body(const struct money_req *, const char *stserial,
		    const char *orig_stserial, const char *terminal,
		    const char *operator_id);
/*
 * The TP/1 answer of a request the marketing system did (its MI/1 answer
 * body): OK with receipt_no ('R' || stserial), mkt_serial and the
 * function's items.  The settled bills of a PAYMENT also go to items (a
 * receipt's records, without the 4-byte head) when items is not NULL.
 */
void		 money_ok_answer(struct gbuf *out, const struct money_req *,
		    const char *stserial, const json_t *body,
		    struct gbuf *items);

#endif
