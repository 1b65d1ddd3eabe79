/*
 * tp1_json.h - TP/1 frames and payloads as JSON (jansson), for gfctl frame,
 * frontd's journal dump and termsim.
 *
 * The form is one object:
 *   {"suite":1,"kind":"request","flags":0,"terminal":"8613900000000001",
 *    "seq":3,"time":1795338002,"keyver":1,"iv":"0001020304050607",
 *    "func":"PAYMENT","status":"OK","items":[{"token":"0001…0F"},
 *    {"amount":12850},{"record":[{"bill_month":"202609"}]},{"tag_0x7a":"AB"}]}
 * kind is "request", "response" or "alert"; an alert has "alert":"BAD_MAC"
 * and no iv, func, status or items.  func, status and alert are the names
 * of TP1 §5.2 / §6 ("0x1234" when a code has no name).  Each item is a
 * one-key object named as in TP1 §5.1, in wire order: integers are numbers,
 * strings are strings, token and card_data are upper-case hex, a record is a
 * list of items.  An unknown tag, or a string item that is not UTF-8, is
 * {"tag_0xNN":"HEX"} (raw bytes under that tag).  Encoding then decoding
 * gives back the same object.
 */
#ifndef GF_TP1_JSON_H
#define GF_TP1_JSON_H

#include <jansson.h>

#include "tp1.h"
#include "util.h"

#define TP1_JSON_MASK_PIN	0x01	/* show every pin as "****" */

/* Items from first on (siblings), as a JSON array. */
json_t	*tp1_json_items(const struct tp1_item *first, int flags);
/* Append the items of a JSON array to b; -1 with a reason in err. */
int	 tp1_json_put_items(struct tp1_builder *b, const json_t *items,
	    char *err, size_t errlen);

/* Header fields <-> "suite", "kind", "flags", "terminal", "seq", "time",
 * "keyver" (tid is packed from terminal; length is left 0). */
json_t	*tp1_json_header(const struct tp1_header *);
int	 tp1_json_get_header(const json_t *, struct tp1_header *,
	    char *err, size_t errlen);

/* Add "func", "status" and "items" of a plaintext to obj. */
enum tp1_err tp1_json_add_payload(json_t *obj, const uint8_t *plain,
	    size_t n, int flags);
/* The plaintext of obj's "func", "status" (default OK) and "items"
 * (default none), appended to out; -1 with a reason in err. */
int	 tp1_json_get_payload(const json_t *obj, struct gbuf *out,
	    char *err, size_t errlen);

/*
 * A whole frame as JSON.  keys are the terminal's (NULL is fine for an
 * alert).  NULL with *e set when the frame cannot be opened or its payload
 * is malformed.
 */
json_t	*tp1_json_open(const struct tp1_keys *keys, const uint8_t *frame,
	    size_t len, int flags, enum tp1_err *e);
/*
 * The frame of a JSON object, appended to out: "iv" (hex) is used when
 * present, otherwise a random one.  Alerts need no keys.  -1 with a reason.
 */
int	 tp1_json_seal(const struct tp1_keys *keys, const json_t *obj,
	    struct gbuf *out, char *err, size_t errlen);

#endif
