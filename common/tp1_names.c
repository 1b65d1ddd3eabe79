/*
 * tp1_names.c - the names of TP/1 functions, statuses, alerts and tags
 * (TP1 §5.1, §5.2, §6) in both directions, the type of each tag, and the
 * text and alert code of every decoding error.
 */
#include <string.h>

#include "tp1.h"

struct code_name {
	uint16_t	 code;
	const char	*name;
};

static const struct code_name funcs[] = {
	{ TP1_FN_ECHO, "ECHO" },
	{ TP1_FN_SIGN_ON, "SIGN_ON" },
	{ TP1_FN_SIGN_OFF, "SIGN_OFF" },
	{ TP1_FN_READ_TASKS, "READ_TASKS" },
	{ TP1_FN_READ_UPLOAD, "READ_UPLOAD" },
	{ TP1_FN_READ_EXCEPTION, "READ_EXCEPTION" },
	{ TP1_FN_BILL_ESTIMATE, "BILL_ESTIMATE" },
	{ TP1_FN_ARREARS_QUERY, "ARREARS_QUERY" },
	{ TP1_FN_PAYMENT, "PAYMENT" },
	{ TP1_FN_REVERSAL, "REVERSAL" },
	{ TP1_FN_PREPAY, "PREPAY" },
	{ TP1_FN_RECEIPT, "RECEIPT" },
	{ TP1_FN_STATS, "STATS" },
	{ TP1_FN_CARD_RECHARGE, "CARD_RECHARGE" },
	{ TP1_FN_DUNNING_TASKS, "DUNNING_TASKS" },
	{ TP1_FN_BOOK_ARREARS, "BOOK_ARREARS" },
	{ TP1_FN_DISCONNECT_CHECK, "DISCONNECT_CHECK" },
	{ TP1_FN_DUNNING_RESULT, "DUNNING_RESULT" },
};

static const struct code_name statuses[] = {
	{ TP1_ST_OK, "OK" },
	{ TP1_ST_NOT_SIGNED_ON, "NOT_SIGNED_ON" },
	{ TP1_ST_BAD_OPERATOR, "BAD_OPERATOR" },
	{ TP1_ST_OPERATOR_LOCKED, "OPERATOR_LOCKED" },
	{ TP1_ST_FORBIDDEN, "FORBIDDEN" },
	{ TP1_ST_NO_SUCH_CUSTOMER, "NO_SUCH_CUSTOMER" },
	{ TP1_ST_NO_ARREARS, "NO_ARREARS" },
	{ TP1_ST_AMOUNT_INVALID, "AMOUNT_INVALID" },
	{ TP1_ST_REVERSAL_NOT_ALLOWED, "REVERSAL_NOT_ALLOWED" },
	{ TP1_ST_ORIGINAL_NOT_FOUND, "ORIGINAL_NOT_FOUND" },
	{ TP1_ST_NO_SUCH_METER, "NO_SUCH_METER" },
	{ TP1_ST_HOST_UNAVAILABLE, "HOST_UNAVAILABLE" },
	{ TP1_ST_HOST_TIMEOUT, "HOST_TIMEOUT" },
	{ TP1_ST_HOST_DECLINED, "HOST_DECLINED" },
	{ TP1_ST_IN_DOUBT, "IN_DOUBT" },
	{ TP1_ST_TIME_SKEW, "TIME_SKEW" },
	{ TP1_ST_SEQ_REPLAY, "SEQ_REPLAY" },
	{ TP1_ST_BAD_REQUEST, "BAD_REQUEST" },
	{ TP1_ST_UNSUPPORTED_FUNCTION, "UNSUPPORTED_FUNCTION" },
	{ TP1_ST_BUSY, "BUSY" },
	{ TP1_ST_SERIAL_REUSED, "SERIAL_REUSED" },
	{ TP1_ST_INTERNAL, "INTERNAL" },
};

static const struct code_name alerts[] = {
	{ TP1_ALERT_BAD_FRAME, "BAD_FRAME" },
	{ TP1_ALERT_UNSUPPORTED, "UNSUPPORTED" },
	{ TP1_ALERT_UNKNOWN_TERMINAL, "UNKNOWN_TERMINAL" },
	{ TP1_ALERT_TERMINAL_DISABLED, "TERMINAL_DISABLED" },
	{ TP1_ALERT_IP_MISMATCH, "IP_MISMATCH" },
	{ TP1_ALERT_BAD_MAC, "BAD_MAC" },
	{ TP1_ALERT_UNKNOWN_KEY_VERSION, "UNKNOWN_KEY_VERSION" },
	{ TP1_ALERT_FRAME_TOO_LARGE, "FRAME_TOO_LARGE" },
	{ TP1_ALERT_READ_TIMEOUT, "READ_TIMEOUT" },
	{ TP1_ALERT_OVERLOADED, "OVERLOADED" },
};

struct tag_def {
	uint8_t		 tag;
	uint8_t		 type;
	const char	*name;
};

static const struct tag_def tags[] = {
	{ TP1_T_OPERATOR_ID, TP1_TY_STR, "operator_id" },
	{ TP1_T_PIN, TP1_TY_STR, "pin" },
	{ TP1_T_TOKEN, TP1_TY_TOKEN, "token" },
	{ TP1_T_TERM_SERIAL, TP1_TY_STR, "term_serial" },
	{ TP1_T_CUSTOMER_NO, TP1_TY_STR, "customer_no" },
	{ TP1_T_AMOUNT, TP1_TY_I64, "amount" },
	{ TP1_T_RECEIPT_NO, TP1_TY_STR, "receipt_no" },
	{ TP1_T_BOOK_NO, TP1_TY_STR, "book_no" },
	{ TP1_T_METER_NO, TP1_TY_STR, "meter_no" },
	{ TP1_T_READING, TP1_TY_I64, "reading" },
	{ TP1_T_READ_TIME, TP1_TY_STR, "read_time" },
	{ TP1_T_EXCEPTION_CODE, TP1_TY_U16, "exception_code" },
	{ TP1_T_NOTE, TP1_TY_STR, "note" },
	{ TP1_T_PAGE, TP1_TY_U16, "page" },
	{ TP1_T_PAGE_COUNT, TP1_TY_U16, "page_count" },
	{ TP1_T_CUSTOMER_NAME, TP1_TY_STR, "customer_name" },
	{ TP1_T_ADDRESS, TP1_TY_STR, "address" },
	{ TP1_T_BILL_MONTH, TP1_TY_STR, "bill_month" },
	{ TP1_T_PRINCIPAL, TP1_TY_I64, "principal" },
	{ TP1_T_LATE_FEE, TP1_TY_I64, "late_fee" },
	{ TP1_T_TOTAL_DUE, TP1_TY_I64, "total_due" },
	{ TP1_T_BALANCE, TP1_TY_I64, "balance" },
	{ TP1_T_MKT_SERIAL, TP1_TY_STR, "mkt_serial" },
	{ TP1_T_ORIG_TERM_SERIAL, TP1_TY_STR, "orig_term_serial" },
	{ TP1_T_REASON, TP1_TY_STR, "reason" },
	{ TP1_T_SERVER_TIME, TP1_TY_STR, "server_time" },
	{ TP1_T_SETTLE_DATE, TP1_TY_STR, "settle_date" },
	{ TP1_T_COUNT, TP1_TY_U32, "count" },
	{ TP1_T_TARIFF_CODE, TP1_TY_STR, "tariff_code" },
	{ TP1_T_LAST_READING, TP1_TY_I64, "last_reading" },
	{ TP1_T_MULTIPLIER, TP1_TY_U32, "multiplier" },
	{ TP1_T_KWH, TP1_TY_I64, "kwh" },
	{ TP1_T_CARD_SERIAL, TP1_TY_STR, "card_serial" },
	{ TP1_T_CARD_DATA, TP1_TY_BYTES, "card_data" },
	{ TP1_T_PURCHASE_COUNT, TP1_TY_U32, "purchase_count" },
	{ TP1_T_MESSAGE, TP1_TY_STR, "message" },
	{ TP1_T_LAST_SEQ, TP1_TY_U32, "last_seq" },
	{ TP1_T_DATE_FROM, TP1_TY_STR, "date_from" },
	{ TP1_T_DATE_TO, TP1_TY_STR, "date_to" },
	{ TP1_T_ITEM_STATUS, TP1_TY_U16, "item_status" },
	{ TP1_T_APP_VERSION, TP1_TY_STR, "app_version" },
	{ TP1_T_OPERATOR_NAME, TP1_TY_STR, "operator_name" },
	{ TP1_T_DISCONNECT_ALLOWED, TP1_TY_U8, "disconnect_allowed" },
	{ TP1_T_PAY_MODE, TP1_TY_U8, "pay_mode" },
	{ TP1_T_RESULT_CODE, TP1_TY_U16, "result_code" },
	{ TP1_T_REPLAYED, TP1_TY_U8, "replayed" },
	{ TP1_T_RECORD, TP1_TY_RECORD, "record" },
};

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const char *
lookup_name(const struct code_name *t, size_t n, uint16_t code)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (t[i].code == code)
			return t[i].name;
	return NULL;
}

static int
lookup_code(const struct code_name *t, size_t n, const char *name)
{
	size_t	i;

	if (name == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (strcmp(t[i].name, name) == 0)
			return t[i].code;
	return -1;
}

const char *
tp1_func_name(uint16_t code)
{
	return lookup_name(funcs, NELEM(funcs), code);
}

int
tp1_func_code(const char *name)
{
	return lookup_code(funcs, NELEM(funcs), name);
}

const char *
tp1_status_name(uint16_t code)
{
	return lookup_name(statuses, NELEM(statuses), code);
}

int
tp1_status_code(const char *name)
{
	return lookup_code(statuses, NELEM(statuses), name);
}

const char *
tp1_alert_name(uint16_t code)
{
	return lookup_name(alerts, NELEM(alerts), code);
}

int
tp1_alert_code(const char *name)
{
	return lookup_code(alerts, NELEM(alerts), name);
}

static const struct tag_def *
tag_def(uint8_t tag)
{
	size_t	i;

	for (i = 0; i < NELEM(tags); i++)
		if (tags[i].tag == tag)
			return &tags[i];
	return NULL;
}

const char *
tp1_tag_name(uint8_t tag)
{
	const struct tag_def	*d = tag_def(tag);

	return d ? d->name : NULL;
}

int
tp1_tag_code(const char *name)
{
	size_t	i;

	if (name == NULL)
		return -1;
	for (i = 0; i < NELEM(tags); i++)
		if (strcmp(tags[i].name, name) == 0)
			return tags[i].tag;
	return -1;
}

enum tp1_type
tp1_tag_type(uint8_t tag)
{
	const struct tag_def	*d = tag_def(tag);

	return d ? (enum tp1_type)d->type : TP1_TY_UNKNOWN;
}

size_t
tp1_block_len(uint8_t suite)
{
	switch (suite) {
	case TP1_SUITE_TDES:
		return 8;
	case TP1_SUITE_SM4:
		return 16;
	default:
		return 0;
	}
}

size_t
tp1_mac_len(uint8_t suite)
{
	/* X9.19 gives one DES block; CMAC-SM4 is kept whole (TP1 §3). */
	return tp1_block_len(suite);
}

const char *
tp1_strerror(enum tp1_err e)
{
	switch (e) {
	case TP1_OK:			return "ok";
	case TP1_E_NEED_MORE:		return "incomplete frame";
	case TP1_E_TRUNCATED:		return "truncated frame";
	case TP1_E_MAGIC:		return "bad magic";
	case TP1_E_VERSION:		return "unknown version";
	case TP1_E_SUITE:		return "unknown suite";
	case TP1_E_KIND:		return "bad frame kind";
	case TP1_E_FLAGS:		return "unknown flags";
	case TP1_E_TERMINAL:		return "terminal id not 16 BCD digits";
	case TP1_E_LENGTH_ALIGN:	return "length not a multiple of the block size";
	case TP1_E_LENGTH_SHORT:	return "length too short";
	case TP1_E_TOO_LARGE:		return "frame too large";
	case TP1_E_TRAILING:		return "trailing bytes after the frame";
	case TP1_E_BAD_MAC:		return "bad MAC";
	case TP1_E_BAD_PADDING:		return "bad padding";
	case TP1_E_PAYLOAD_SHORT:	return "payload under 4 bytes";
	case TP1_E_TRUNCATED_TLV:	return "truncated TLV";
	case TP1_E_NESTING:		return "record nesting too deep";
	case TP1_E_ITEM_TYPE:		return "item of the wrong size for its tag";
	case TP1_E_CRYPTO:		return "internal crypto error";
	case TP1_E_BUFFER:		return "output buffer too small";
	}
	return "unknown error";
}

uint16_t
tp1_err_alert(enum tp1_err e)
{
	switch (e) {
	case TP1_OK:
	case TP1_E_NEED_MORE:
		return 0;
	case TP1_E_VERSION:
	case TP1_E_SUITE:
		return TP1_ALERT_UNSUPPORTED;
	case TP1_E_TOO_LARGE:
		return TP1_ALERT_FRAME_TOO_LARGE;
	case TP1_E_BAD_MAC:
		return TP1_ALERT_BAD_MAC;
	case TP1_E_CRYPTO:
	case TP1_E_BUFFER:
		/* Our fault, not the terminal's: "retry later". */
		return TP1_ALERT_OVERLOADED;
	default:
		/* TP1 §4 step 5: bad padding, like any malformed frame. */
		return TP1_ALERT_BAD_FRAME;
	}
}
