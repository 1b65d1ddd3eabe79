/*
 * mi1.h - the MI/1 marketing-system interface (docs/MI1.md):
 * framing (8 ASCII digits of body length, then the body) and the XML
 * message, built and parsed with libxml2.  Used by ifsvc (client) and
 * mktsim (server).
 *
 * The <body> is carried as a jansson object (see docs/DESIGN.md): a scalar
 * member K <-> <K>text</K>, an array member K of objects <-> <K><item>...
 * </item>...</K>.  Decoding makes every leaf a JSON string.
 */
#ifndef GF_MI1_H
#define GF_MI1_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "util.h"

#define MI1_LEN_DIGITS	8
#define MI1_MAX_BODY	(4 * 1024 * 1024)

struct mi1_msg {
	char	 trcode[8];	/* "1002" */
	char	 serial[33];	/* request serial, unique per station */
	char	 orgno[17];
	char	 txdate[9];	/* YYYYMMDD */
	char	 txtime[7];	/* hhmmss */
	int	 is_response;	/* rspcode/rspmsg present */
	char	 rspcode[8];	/* "0000" */
	char	 rspmsg[256];	/* UTF-8 */
	json_t	*body;		/* object, owned; NULL = empty body */
};

/*
 * The length prefix at the start of buf: 1 with *bodylen set once all 8
 * digits are there; 0 if more bytes are needed; -1 as soon as a byte is
 * not a digit or the length exceeds MI1_MAX_BODY.  The one check of the
 * prefix, for every reader of MI/1 frames (blocking or not).
 */
int	mi1_frame_head(const uint8_t *buf, size_t len, size_t *bodylen);
/*
 * Find one message in buf.  Returns bytes consumed (8 + body length) and
 * points *body at the body; 0 if more bytes are needed; -1 if the length
 * prefix is not 8 digits or exceeds MI1_MAX_BODY.
 */
long	mi1_frame_parse(const uint8_t *buf, size_t len, const uint8_t **body,
	    size_t *bodylen);
/*
 * Whether a decoded answer belongs to the request (trcode, serial) that is
 * outstanding on its connection: it must be an answer (rspcode present)
 * and repeat both (MI1 §1).  0 if it does, -1 with a reason in err.
 */
int	mi1_answer_match(const char *trcode, const char *serial,
	    const struct mi1_msg *rsp, char *err, size_t errlen);
/* Serialise msg as a framed message appended to out; 0 or -1 (err). */
int	mi1_encode(const struct mi1_msg *, struct gbuf *out, char *err,
	    size_t errlen);
/* Parse an XML body; 0 or -1 with a reason in err (then msg is cleared). */
int	mi1_decode(const uint8_t *xml, size_t len, struct mi1_msg *,
	    char *err, size_t errlen);
void	mi1_msg_clear(struct mi1_msg *);	/* frees body, zeroes */
/* Fill trcode, serial, orgno and txdate/txtime (local time of unix_sec). */
void	mi1_head_init(struct mi1_msg *, const char *trcode,
	    const char *serial, const char *orgno, int64_t unix_sec);

/* Typed body access: NULL / -1 when absent or not a valid integer. */
const char *mi1_get_str(const json_t *body, const char *key);
int	mi1_get_i64(const json_t *body, const char *key, int64_t *);

#endif
