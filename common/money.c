/*
 * money.c - the money rules (money.h, docs/MONEY.md).
 */
#include <string.h>

#include "money.h"
#include "tp1.h"

int
money_trcode(int trcode)
{
	return trcode >= 1002 && trcode <= 1005;
}

enum money_result
money_answered(int trcode, const char *rspcode)
{
	if (rspcode == NULL)
		return MONEY_UNKNOWN;
	if (strcmp(rspcode, "0000") == 0 || strcmp(rspcode, "2001") == 0)
		return MONEY_DONE;
	if (money_trcode(trcode) && strcmp(rspcode, "9999") == 0)
		return MONEY_UNKNOWN;
	return MONEY_REFUSED;
}

uint16_t
money_rspcode_status(const char *rspcode)
{
	static const struct { const char *code; uint16_t st; } map[] = {
		{ "0000", TP1_ST_OK },
		{ "2001", TP1_ST_OK },
		{ "1001", TP1_ST_NO_SUCH_CUSTOMER },
		{ "1002", TP1_ST_NO_ARREARS },
		{ "1003", TP1_ST_AMOUNT_INVALID },
		{ "2002", TP1_ST_ORIGINAL_NOT_FOUND },
		{ "2003", TP1_ST_REVERSAL_NOT_ALLOWED },
		{ "3001", TP1_ST_NO_SUCH_METER },
	};
	size_t	i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (rspcode != NULL && strcmp(rspcode, map[i].code) == 0)
			return map[i].st;
	return TP1_ST_HOST_DECLINED;
}

uint16_t
money_unknown_status(uint16_t func)
{
	return func == TP1_FN_REVERSAL ? TP1_ST_IN_DOUBT : TP1_ST_HOST_TIMEOUT;
}

uint16_t
money_state_status(uint16_t func, const char *state, int has_tp_status,
    uint16_t tp_status)
{
	if (strcmp(state, "PENDING") == 0)
		return TP1_ST_BUSY;
	if (strcmp(state, "UNKNOWN") == 0)
		return money_unknown_status(func);
	if (strcmp(state, "SUCCESS") == 0 && func == TP1_FN_REVERSAL)
		return TP1_ST_OK;
	return has_tp_status ? tp_status : TP1_ST_HOST_TIMEOUT;
}

int
money_state_final(const char *state)
{
	return strcmp(state, "PENDING") != 0 && strcmp(state, "UNKNOWN") != 0;
}

int
money_transition_ok(const char *func, const char *from, const char *to)
{
	int	rev = strcmp(func, "REVERSAL") == 0;

	if (strcmp(from, to) == 0)
		return 1;
	if (strcmp(from, "PENDING") == 0)
		return strcmp(to, "SUCCESS") == 0 || strcmp(to, "FAILED") == 0 ||
		    strcmp(to, "UNKNOWN") == 0;
	if (strcmp(from, "UNKNOWN") == 0)
		return strcmp(to, "FAILED") == 0 ||
		    strcmp(to, rev ? "SUCCESS" : "REVERSED") == 0;
	if (strcmp(from, "SUCCESS") == 0)
		return !rev && strcmp(to, "REVERSED") == 0;
	return 0;
}

void
money_reversal_answer(struct gbuf *out, uint16_t status,
    const char *receipt_no, const char *mkt_serial)
{
	struct tp1_builder	tb;

	gbuf_reset(out);
	tp1_build_start(&tb, out, TP1_FN_REVERSAL, status);
	if (status != TP1_ST_OK)
		return;
	tp1_put_str(&tb, TP1_T_RECEIPT_NO, receipt_no ? receipt_no : "");
	tp1_put_str(&tb, TP1_T_MKT_SERIAL, mkt_serial ? mkt_serial : "");
}
