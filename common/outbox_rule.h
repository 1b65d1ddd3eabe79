/*
 * outbox_rule.h - what an MI/1 answer means for a record the station keeps
 * and forwards (store and forward: reading exceptions 2003 and dunning
 * results 3004; schema/fn/outbox.sql, docs/DESIGN.md).  The one rule,
 * used by appsrv (the terminal's own attempt) and ifsvc (the deliverer).
 */
#ifndef OUTBOX_RULE_H
#define OUTBOX_RULE_H

enum outbox_verdict {
	OUTBOX_DELIVERED,	/* 0000, or 2001: the marketing system has it */
	OUTBOX_RETRY,		/* not sent, no answer, or 9999: send again */
	OUTBOX_REFUSED,		/* any other code: refused for good */
};

/* answered: an answer arrived (rspcode is its code); else the call was
 * not sent or its answer was lost. */
enum outbox_verdict outbox_judge(int answered, const char *rspcode);
/* "DELIVERED", "RETRY", "REFUSED": gf_outbox_result's outcome names. */
const char *outbox_verdict_name(enum outbox_verdict);

/* The answer a terminal gets when its record is kept for later delivery
 * (TP/1 status OK with this message for the display). */
#define OUTBOX_KEPT_MESSAGE	"已保存，主站将转发至营销系统"

#endif
