/*
 * outbox_rule.c - the verdict on one delivery of a kept record.
 */
#include <string.h>

#include "outbox_rule.h"

enum outbox_verdict
outbox_judge(int answered, const char *rspcode)
{
	if (!answered || rspcode == NULL)
		return OUTBOX_RETRY;
	if (strcmp(rspcode, "0000") == 0 || strcmp(rspcode, "2001") == 0)
		return OUTBOX_DELIVERED;
	if (strcmp(rspcode, "9999") == 0)
		return OUTBOX_RETRY;
	return OUTBOX_REFUSED;
}

const char *
outbox_verdict_name(enum outbox_verdict v)
{
	switch (v) {
	case OUTBOX_DELIVERED:
		return "DELIVERED";
	case OUTBOX_RETRY:
		return "RETRY";
	case OUTBOX_REFUSED:
		return "REFUSED";
	}
	return "RETRY";
}
