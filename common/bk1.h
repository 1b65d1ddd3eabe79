/*
 * bk1.h - the BK/1 bank link's frames (docs/BK1.md).
 *
 * A frame is "LLLLLL" (6 ASCII digits: the bytes that follow) + a 64-byte
 * fixed-width ASCII header + a UTF-8 body of name=value fields joined by
 * '|' + the MAC in uppercase hex (16 digits for suite 1, 32 for suite 2)
 * over header + body under the bank's MAC key, computed as TP/1 computes a
 * frame MAC (tp1_mac).  The MAC's length depends on the bank's suite, which
 * the frame does not carry: bk1_split() finds the header and the
 * rest, the caller looks the bank up, bk1_open() checks the MAC and the
 * body for that bank's suite.
 *
 * Parsing never allocates: the parsed frame points into the caller's
 * buffer.  Every error is BK1 8002 (format) except the MAC (8001).
 */
#ifndef GF_BK1_H
#define GF_BK1_H

#include <stddef.h>
#include <stdint.h>

#define BK1_LEN_DIGITS	6
#define BK1_HDR_LEN	64
#define BK1_MAX_LEN	65536		/* header + body + mac */
#define BK1_SERIAL_LEN	20
#define BK1_MAX_FIELDS	32
#define BK1_NAME_MAX	16		/* a field name's bytes */

/* Response codes (BK1 §6). */
#define BK1_OK			"0000"
#define BK1_NO_CUSTOMER		"1001"
#define BK1_NO_ARREARS		"1002"
#define BK1_BAD_AMOUNT		"1003"
#define BK1_SERIAL_REUSED	"1004"
#define BK1_NO_REVERSAL		"2001"
#define BK1_ORIG_NOT_FOUND	"2002"
#define BK1_OUT_OF_WINDOW	"2005"
#define BK1_FUNDS		"3001"
#define BK1_ACCOUNT_CLOSED	"3002"
#define BK1_NOT_BOUND		"3003"
#define BK1_MAC_ERROR		"8001"
#define BK1_FORMAT_ERROR	"8002"
#define BK1_NOT_REGISTERED	"8003"
#define BK1_UNKNOWN_KEYVER	"8004"
#define BK1_HOST_UNAVAILABLE	"9001"
#define BK1_TIMEOUT		"9002"
#define BK1_IN_DOUBT		"9003"
#define BK1_SYSTEM_ERROR	"9999"

enum bk1_err {
	BK1_E_OK = 0,
	BK1_E_MORE,		/* not a whole frame yet */
	BK1_E_FORMAT,		/* 8002 */
	BK1_E_MAC,		/* 8001 */
	BK1_E_SPACE,		/* output buffer too small */
};

/* The header, each field NUL-terminated with its padding removed. */
struct bk1_hdr {
	char	ver[3];
	char	bankno[5];
	char	trcode[5];
	char	kind;		/* 'Q' or 'A' */
	uint8_t	keyver;		/* 0..99 */
	char	txdate[9];
	char	txtime[7];
	char	serial[BK1_SERIAL_LEN + 1];
	char	rspcode[5];
};

struct bk1_field {
	const char	*name;		/* not NUL-terminated: name_len */
	size_t		 name_len;
	const char	*value;		/* not NUL-terminated: value_len */
	size_t		 value_len;
};

struct bk1_frame {
	struct bk1_hdr		 hdr;
	const uint8_t		*signed_part;	/* header + body */
	size_t			 signed_len;
	const uint8_t		*rest;		/* body + mac, until bk1_open */
	size_t			 rest_len;
	const char		*body;
	size_t			 body_len;
	struct bk1_field	 f[BK1_MAX_FIELDS];
	size_t			 nf;
};

/*
 * One frame at the start of buf[0..n): BK1_E_MORE if it is not all there
 * (*need gets the bytes the whole frame takes when the length is known),
 * BK1_E_FORMAT for a bad length or header, else BK1_E_OK with the header
 * parsed and *frame_len the frame's bytes.
 */
enum bk1_err	bk1_split(const uint8_t *buf, size_t n, struct bk1_frame *,
		    size_t *frame_len, size_t *need);
/* Hex digits of the MAC for a suite (16, 32; 0 if unknown). */
size_t		bk1_mac_hex_len(uint8_t suite);
/*
 * The MAC (constant time) and the body for the bank's suite and key:
 * BK1_E_FORMAT if the frame is too short for the MAC or the body is not
 * name=value|... UTF-8 text without control characters; BK1_E_MAC if the
 * MAC differs.  The MAC is checked first only when the frame is long
 * enough to hold one.
 */
enum bk1_err	bk1_open(struct bk1_frame *, uint8_t suite, const uint8_t key[16]);
/* A field's value copied NUL-terminated into out; -1 if absent or too long. */
int		bk1_get(const struct bk1_frame *, const char *name, char *out,
		    size_t outlen);
int		bk1_has(const struct bk1_frame *, const char *name);

/*
 * Builder: bk1_begin() writes the header, bk1_put() adds fields (a value
 * with '|', '=' or a control character is refused: -1), bk1_end() adds the
 * MAC and the length.  The frame is out[0..*len).
 */
struct bk1_out {
	uint8_t		*buf;
	size_t		 cap;
	size_t		 len;
	int		 nfields;
	int		 err;
};
void		bk1_begin(struct bk1_out *, uint8_t *buf, size_t cap,
		    const struct bk1_hdr *);
int		bk1_put(struct bk1_out *, const char *name, const char *value);
int		bk1_putf(struct bk1_out *, const char *name, const char *fmt, ...)
		    __attribute__((format(printf, 3, 4)));
enum bk1_err	bk1_end(struct bk1_out *, uint8_t suite, const uint8_t key[16],
		    size_t *len);

/* A value BK/1 can carry: UTF-8, no '|', '=' or control character. */
int		bk1_value_ok(const char *v, size_t n);

#endif
