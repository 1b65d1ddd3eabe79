/*
 * tp1.h - the TP/1 terminal protocol (docs/TP1.md): frames,
 * cryptography, TLV payloads, and the names of functions, tags and codes.
 *
 * Nothing here allocates on the hot path except tp1_items_parse (which the
 * caller frees) and nothing here logs.
 */
#ifndef GF_TP1_H
#define GF_TP1_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define TP1_MAGIC0		0x47	/* 'G' */
#define TP1_MAGIC1		0x46	/* 'F' */
#define TP1_VERSION		0x01
#define TP1_HDR_LEN		26
#define TP1_ALERT_LEN		28	/* header + 2-byte code, no MAC */
#define TP1_KEY_LEN		16
#define TP1_MAX_BLOCK		16
#define TP1_MAX_MAC		16
#define TP1_MAX_DEPTH		4	/* record nesting accepted by the parser */

enum tp1_suite {
	TP1_SUITE_TDES = 1,	/* 3DES-CBC + ANSI X9.19 MAC (8 bytes) */
	TP1_SUITE_SM4 = 2,	/* SM4-CBC + CMAC-SM4 (16 bytes) */
};

enum tp1_kind {
	TP1_KIND_REQUEST = 0x01,
	TP1_KIND_RESPONSE = 0x02,
	TP1_KIND_ALERT = 0x7f,
};

#define TP1_FLAG_KEEPALIVE	0x01

/* Decoding and checking failures, each its own.  tp1_err_alert() maps
 * them to the alert code a server sends (TP1 §6). */
enum tp1_err {
	TP1_OK = 0,
	TP1_E_NEED_MORE,	/* not an error: read more bytes */
	TP1_E_TRUNCATED,	/* truncated header or frame */
	TP1_E_MAGIC,
	TP1_E_VERSION,
	TP1_E_SUITE,
	TP1_E_KIND,
	TP1_E_FLAGS,
	TP1_E_TERMINAL,		/* terminal id not 16 BCD digits */
	TP1_E_LENGTH_ALIGN,	/* L not a multiple of the block size */
	TP1_E_LENGTH_SHORT,	/* L under two blocks (or alert L != 2) */
	TP1_E_TOO_LARGE,	/* whole frame above the maximum */
	TP1_E_TRAILING,		/* bytes after the MAC */
	TP1_E_BAD_MAC,
	TP1_E_BAD_PADDING,
	TP1_E_PAYLOAD_SHORT,	/* plaintext under 4 bytes (func, status) */
	TP1_E_TRUNCATED_TLV,
	TP1_E_NESTING,		/* record nesting too deep */
	TP1_E_ITEM_TYPE,	/* a known tag with a value of the wrong size */
	TP1_E_CRYPTO,		/* OpenSSL failed: an internal error */
	TP1_E_BUFFER,		/* caller's output buffer too small */
};
const char	*tp1_strerror(enum tp1_err);
uint16_t	 tp1_err_alert(enum tp1_err);

/* Alert codes (TP1 §6). */
enum tp1_alert {
	TP1_ALERT_BAD_FRAME = 0x0001,
	TP1_ALERT_UNSUPPORTED = 0x0002,
	TP1_ALERT_UNKNOWN_TERMINAL = 0x0003,
	TP1_ALERT_TERMINAL_DISABLED = 0x0004,
	TP1_ALERT_IP_MISMATCH = 0x0005,
	TP1_ALERT_BAD_MAC = 0x0006,
	TP1_ALERT_UNKNOWN_KEY_VERSION = 0x0007,
	TP1_ALERT_FRAME_TOO_LARGE = 0x0008,
	TP1_ALERT_READ_TIMEOUT = 0x0009,
	TP1_ALERT_OVERLOADED = 0x000A,
};

/* Response status codes (TP1 §6). */
enum tp1_status {
	TP1_ST_OK = 0x0000,
	TP1_ST_NOT_SIGNED_ON = 0x0101,
	TP1_ST_BAD_OPERATOR = 0x0102,
	TP1_ST_OPERATOR_LOCKED = 0x0103,
	TP1_ST_FORBIDDEN = 0x0104,
	TP1_ST_NO_SUCH_CUSTOMER = 0x0201,
	TP1_ST_NO_ARREARS = 0x0202,
	TP1_ST_AMOUNT_INVALID = 0x0203,
	TP1_ST_REVERSAL_NOT_ALLOWED = 0x0204,
	TP1_ST_ORIGINAL_NOT_FOUND = 0x0205,
	TP1_ST_NO_SUCH_METER = 0x0206,
	TP1_ST_HOST_UNAVAILABLE = 0x0301,
	TP1_ST_HOST_TIMEOUT = 0x0302,
	TP1_ST_HOST_DECLINED = 0x0303,
	TP1_ST_IN_DOUBT = 0x0304,
	TP1_ST_TIME_SKEW = 0x0401,
	TP1_ST_SEQ_REPLAY = 0x0402,
	TP1_ST_BAD_REQUEST = 0x0403,
	TP1_ST_UNSUPPORTED_FUNCTION = 0x0404,
	TP1_ST_BUSY = 0x0405,
	TP1_ST_SERIAL_REUSED = 0x0406,
	TP1_ST_INTERNAL = 0xFFFF,
};

/* Function codes (TP1 §5.2). */
enum tp1_func {
	TP1_FN_ECHO = 0x0001,
	TP1_FN_SIGN_ON = 0x0101,
	TP1_FN_SIGN_OFF = 0x0102,
	TP1_FN_READ_TASKS = 0x0201,
	TP1_FN_READ_UPLOAD = 0x0202,
	TP1_FN_READ_EXCEPTION = 0x0203,
	TP1_FN_BILL_ESTIMATE = 0x0204,
	TP1_FN_ARREARS_QUERY = 0x0301,
	TP1_FN_PAYMENT = 0x0302,
	TP1_FN_REVERSAL = 0x0303,
	TP1_FN_PREPAY = 0x0304,
	TP1_FN_RECEIPT = 0x0305,
	TP1_FN_STATS = 0x0306,
	TP1_FN_CARD_RECHARGE = 0x0307,
	TP1_FN_DUNNING_TASKS = 0x0401,
	TP1_FN_BOOK_ARREARS = 0x0402,
	TP1_FN_DISCONNECT_CHECK = 0x0403,
	TP1_FN_DUNNING_RESULT = 0x0404,
};

/* Tags (TP1 §5.1). */
enum tp1_tag {
	TP1_T_OPERATOR_ID = 0x01, TP1_T_PIN = 0x02, TP1_T_TOKEN = 0x03,
	TP1_T_TERM_SERIAL = 0x04, TP1_T_CUSTOMER_NO = 0x05, TP1_T_AMOUNT = 0x06,
	TP1_T_RECEIPT_NO = 0x07, TP1_T_BOOK_NO = 0x08, TP1_T_METER_NO = 0x09,
	TP1_T_READING = 0x0A, TP1_T_READ_TIME = 0x0B, TP1_T_EXCEPTION_CODE = 0x0C,
	TP1_T_NOTE = 0x0D, TP1_T_PAGE = 0x0E, TP1_T_PAGE_COUNT = 0x0F,
	TP1_T_CUSTOMER_NAME = 0x10, TP1_T_ADDRESS = 0x11, TP1_T_BILL_MONTH = 0x12,
	TP1_T_PRINCIPAL = 0x13, TP1_T_LATE_FEE = 0x14, TP1_T_TOTAL_DUE = 0x15,
	TP1_T_BALANCE = 0x16, TP1_T_MKT_SERIAL = 0x17,
	TP1_T_ORIG_TERM_SERIAL = 0x18, TP1_T_REASON = 0x19,
	TP1_T_SERVER_TIME = 0x1A, TP1_T_SETTLE_DATE = 0x1B, TP1_T_COUNT = 0x1C,
	TP1_T_TARIFF_CODE = 0x1D, TP1_T_LAST_READING = 0x1E,
	TP1_T_MULTIPLIER = 0x1F, TP1_T_KWH = 0x20, TP1_T_CARD_SERIAL = 0x21,
	TP1_T_CARD_DATA = 0x22, TP1_T_PURCHASE_COUNT = 0x23, TP1_T_MESSAGE = 0x24,
	TP1_T_LAST_SEQ = 0x25, TP1_T_DATE_FROM = 0x26, TP1_T_DATE_TO = 0x27,
	TP1_T_ITEM_STATUS = 0x28, TP1_T_APP_VERSION = 0x29,
	TP1_T_OPERATOR_NAME = 0x2A, TP1_T_DISCONNECT_ALLOWED = 0x2B,
	TP1_T_PAY_MODE = 0x2C, TP1_T_RESULT_CODE = 0x2D, TP1_T_REPLAYED = 0x2E,
	TP1_T_RECORD = 0xF0,
};

enum tp1_type {
	TP1_TY_UNKNOWN = 0, TP1_TY_STR, TP1_TY_BYTES, TP1_TY_I64, TP1_TY_U32,
	TP1_TY_U16, TP1_TY_U8, TP1_TY_TOKEN /* exactly 16 bytes */, TP1_TY_RECORD,
};

/* Name tables; NULL / 0 when unknown. */
const char	*tp1_func_name(uint16_t);
int		 tp1_func_code(const char *name);	/* -1 if unknown */
const char	*tp1_status_name(uint16_t);
int		 tp1_status_code(const char *name);
const char	*tp1_alert_name(uint16_t);
int		 tp1_alert_code(const char *name);
const char	*tp1_tag_name(uint8_t);
int		 tp1_tag_code(const char *name);
enum tp1_type	 tp1_tag_type(uint8_t);
size_t		 tp1_block_len(uint8_t suite);	/* 8, 16, 0 if unknown */
size_t		 tp1_mac_len(uint8_t suite);	/* 8, 16, 0 if unknown */

/* ---- frame header (TP1 §2) ---- */

struct tp1_header {
	uint8_t		version;
	uint8_t		suite;
	uint8_t		kind;
	uint8_t		flags;
	uint8_t		tid[8];		/* BCD as on the wire */
	char		terminal[17];	/* the same, as 16 decimal digits */
	uint32_t	seq;
	uint32_t	time;
	uint8_t		keyver;
	uint16_t	length;		/* L */
};

/*
 * Check a frame's header as far as the bytes go (TP1 §4 step 1, any kind).
 * Returns TP1_OK with *frame_len = 26 + L + M (alerts: 28) once the header is
 * complete and valid; TP1_E_NEED_MORE if fewer than 26 bytes are there; or
 * the error.  max_frame bounds the whole frame.  On errors after byte 26 the
 * header fields are filled as far as they could be read (for the alert echo).
 */
enum tp1_err	tp1_header_parse(const uint8_t *buf, size_t len,
		    size_t max_frame, struct tp1_header *, size_t *frame_len);
void		tp1_header_write(const struct tp1_header *, uint8_t out[26]);
/* "8613900000000001" <-> BCD; -1 on anything but 16 digits. */
int		tp1_tid_pack(const char *terminal, uint8_t tid[8]);
int		tp1_tid_unpack(const uint8_t tid[8], char terminal[17]);

/* ---- cryptography (TP1 §3) ---- */

struct tp1_keys {
	uint8_t		suite;
	uint8_t		enc[TP1_KEY_LEN];
	uint8_t		mac[TP1_KEY_LEN];
};

/* Key diversification: out = div(mk, tid) for the suite. */
enum tp1_err	tp1_diversify(uint8_t suite, const uint8_t mk[16],
		    const uint8_t tid[8], uint8_t out[16]);
/* Both terminal keys from the master pair. */
enum tp1_err	tp1_terminal_keys(uint8_t suite, const uint8_t mk_enc[16],
		    const uint8_t mk_mac[16], const uint8_t tid[8],
		    struct tp1_keys *out);
void		tp1_keys_clear(struct tp1_keys *);

/* MAC of data (X9.19 for suite 1, CMAC-SM4 for suite 2); out gets 8/16. */
enum tp1_err	tp1_mac(uint8_t suite, const uint8_t key[16],
		    const uint8_t *data, size_t n, uint8_t out[16]);
/* SM4-ECB single block, for the GB/T 32907 example. */
enum tp1_err	tp1_sm4_ecb(const uint8_t key[16], const uint8_t in[16],
		    uint8_t out[16], int encrypt);
/* Constant-time comparison; 0 when equal. */
int		tp1_ct_compare(const void *, const void *, size_t);

/*
 * Open a whole frame (request or response): header check, MAC check in
 * constant time, decrypt, strip method-2 padding.  plain must hold
 * L bytes; *plain_len gets the plaintext length.  The header is filled
 * whenever it could be parsed.
 */
enum tp1_err	tp1_open(const struct tp1_keys *, const uint8_t *frame,
		    size_t len, size_t max_frame, struct tp1_header *,
		    uint8_t *plain, size_t plain_cap, size_t *plain_len);
/*
 * Seal: header fields (suite, kind, flags, tid, seq, time, keyver; length is
 * computed), iv of one block (NULL: random), plaintext.  Writes the frame to
 * out (appended).  Returns TP1_OK or an error.
 */
enum tp1_err	tp1_seal(const struct tp1_keys *, const struct tp1_header *,
		    const uint8_t *iv, const uint8_t *plain, size_t n,
		    struct gbuf *out);
/* An alert frame echoing what could be read of hdr (NULL: zeros). */
void		tp1_alert_frame(const struct tp1_header *hdr, uint8_t suite,
		    uint16_t code, uint8_t out[TP1_ALERT_LEN]);
/* The alert code of an alert frame; -1 if it is not a valid alert. */
int		tp1_alert_parse(const uint8_t *frame, size_t len,
		    struct tp1_header *);

/* ---- payload and TLV (TP1 §5) ---- */

/* One parsed item; records have children. */
struct tp1_item {
	uint8_t			 tag;
	uint16_t		 len;
	const uint8_t		*val;	/* points into the parsed buffer */
	struct tp1_item		*child;	/* records: first child */
	struct tp1_item		*next;	/* next sibling */
};

struct tp1_payload {
	uint16_t		 func;
	uint16_t		 status;
	struct tp1_item		*items;	/* first top-level item */
	/* private: */
	struct tp1_item		*pool;
	size_t			 npool;
};

/*
 * Parse func, status and the TLV items of a plaintext.  Checks lengths,
 * nesting depth and the size of every known fixed-width tag.  The items
 * point into buf, which must outlive the payload.  tp1_payload_free frees.
 */
enum tp1_err	tp1_payload_parse(const uint8_t *buf, size_t n,
		    struct tp1_payload *);
void		tp1_payload_free(struct tp1_payload *);

/* Lookup of the first item with a tag among siblings (NULL: none). */
const struct tp1_item *tp1_find(const struct tp1_item *first, uint8_t tag);
/* Typed reads of an item; -1 if absent (NULL) or of the wrong size. */
int		tp1_item_i64(const struct tp1_item *, int64_t *);
int		tp1_item_u32(const struct tp1_item *, uint32_t *);
int		tp1_item_u16(const struct tp1_item *, uint16_t *);
int		tp1_item_u8(const struct tp1_item *, uint8_t *);
/* Copy a string item into out (NUL-terminated); -1 if absent, too long
 * for out, or not text (tp1_text_valid). */
int		tp1_item_str(const struct tp1_item *, char *out, size_t cap);
/*
 * TP/1 strings are text: strict UTF-8 with no control character (no C0
 * U+0000-U+001F, no DEL U+007F, no C1 U+0080-U+009F).  tp1_text_valid
 * says whether s is; tp1_payload_text_ok whether every string item of a
 * payload (inside records too) is, and names the first that is not in
 * *badtag.  docs/TP1.md lists what each field allows.
 */
int		tp1_text_valid(const uint8_t *s, size_t n);
int		tp1_payload_text_ok(const struct tp1_payload *, uint8_t *badtag);

/* Builder: a plaintext in a gbuf.  Records nest with begin/end. */
struct tp1_builder {
	struct gbuf	*out;
	size_t		 open[TP1_MAX_DEPTH];	/* offsets of open records */
	int		 depth;
};
void	tp1_build_start(struct tp1_builder *, struct gbuf *out,
	    uint16_t func, uint16_t status);
void	tp1_put_str(struct tp1_builder *, uint8_t tag, const char *);
void	tp1_put_bytes(struct tp1_builder *, uint8_t tag, const void *, size_t);
void	tp1_put_i64(struct tp1_builder *, uint8_t tag, int64_t);
void	tp1_put_u32(struct tp1_builder *, uint8_t tag, uint32_t);
void	tp1_put_u16(struct tp1_builder *, uint8_t tag, uint16_t);
void	tp1_put_u8(struct tp1_builder *, uint8_t tag, uint8_t);
void	tp1_record_begin(struct tp1_builder *);
void	tp1_record_end(struct tp1_builder *);

/*
 * Additions (tp1 owner):
 * tp1_mask_secrets replaces the value bytes of every pin and token item
 * (also inside records) of a plaintext with '*', in place, for the journal:
 * the journal keeps neither a PIN nor a usable session token.  Malformed
 * TLV is walked as far as it is well-formed; nothing is read past n.
 * tp1_utf8_valid: 1 if s is strict UTF-8 (no overlongs or surrogates).
 *
 * Notes on the functions above (tp1 owner):
 * - tp1_header_parse checks magic, version, suite, kind and flags as soon
 *   as their byte is there, so garbage is refused before 26 bytes arrive;
 *   NEED_MORE only while what has arrived is fine.  max_frame 0 = no limit
 *   but the 16-bit length.  Order of the length checks: TOO_LARGE, then
 *   LENGTH_ALIGN, then LENGTH_SHORT.  The reserved byte is not checked.
 * - tp1_open needs plain_cap >= L - one block (the ciphertext); it returns
 *   TP1_E_SUITE when keys->suite differs from the frame's, TP1_E_KIND for
 *   an alert.  The crypto is thread-safe (per-thread EVP contexts).
 * - tp1_alert_frame takes terminal, seq, time and keyver from hdr (so set
 *   hdr->time to the server's clock); a tid that is not BCD is sent as 0.
 * - tp1_put_* cut a value at 65535 bytes (such a payload cannot be sealed:
 *   TOO_LARGE); tp1_record_begin past TP1_MAX_DEPTH aborts (a caller bug).
 */
void	tp1_mask_secrets(uint8_t *plain, size_t n);
int	tp1_utf8_valid(const uint8_t *s, size_t n);

#endif
