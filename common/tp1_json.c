/*
 * tp1_json.c - TP/1 frames and payloads <-> JSON (see tp1_json.h for the
 * form).  Decoding is total: every parsed item has a JSON form, so a frame
 * that opens can always be shown; encoding checks every value against its
 * tag's type and names the offending item.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#include "tp1.h"
#include "tp1_json.h"
#include "util.h"

/* ---- small helpers ---- */

static json_t *
hex_json(const uint8_t *p, size_t n)
{
	json_t	*j;
	char	*s = xmalloc(2 * n + 1);

	hex_encode(p, n, s);
	j = json_stringn(s, 2 * n);
	free(s);
	return j;
}

/* Decode a hex JSON string into a malloc'd buffer; NULL if not hex. */
static uint8_t *
json_hex(const json_t *j, size_t *n)
{
	const char	*s;
	uint8_t		*out;
	size_t		 sl;

	if (!json_is_string(j))
		return NULL;
	s = json_string_value(j);
	sl = json_string_length(j);
	if (sl % 2 != 0 || strlen(s) != sl)
		return NULL;
	out = xmalloc(sl / 2 + 1);
	*n = 0;
	if (sl > 0 && (hex_decode(s, out, sl / 2, n) == -1 || *n != sl / 2)) {
		free(out);
		return NULL;
	}
	return out;
}

/* A code as its name, or "0x1234" when it has none. */
static json_t *
code_json(const char *name, uint16_t code)
{
	char	buf[8];

	if (name != NULL)
		return json_string(name);
	snprintf(buf, sizeof(buf), "0x%04X", code);
	return json_string(buf);
}

/* A code from its name, "0x1234" or a number; -1 if none of those. */
static long
json_code(const json_t *j, int (*by_name)(const char *))
{
	const char	*s;
	char		*end;
	long		 v;

	if (json_is_integer(j)) {
		v = (long)json_integer_value(j);
		return v < 0 || v > 0xFFFF ? -1 : v;
	}
	if (!json_is_string(j))
		return -1;
	s = json_string_value(j);
	if ((v = by_name(s)) != -1)
		return v;
	if (strncmp(s, "0x", 2) != 0 || s[2] == '\0')
		return -1;
	v = strtol(s + 2, &end, 16);
	return *end != '\0' || v < 0 || v > 0xFFFF ? -1 : v;
}

/* An integer member in [lo, hi]; -1 with err if absent or out of range. */
static int
get_int(const json_t *obj, const char *key, long long lo, long long hi,
    long long *v, char *err, size_t errlen)
{
	json_t	*j = json_object_get(obj, key);

	if (!json_is_integer(j)) {
		snprintf(err, errlen, "\"%s\": want an integer", key);
		return -1;
	}
	*v = json_integer_value(j);
	if (*v < lo || *v > hi) {
		snprintf(err, errlen, "\"%s\": out of range %lld..%lld", key,
		    lo, hi);
		return -1;
	}
	return 0;
}

/* ---- items -> JSON ---- */

static json_t *
raw_item(const struct tp1_item *it)
{
	char	name[16];

	snprintf(name, sizeof(name), "tag_0x%02x", it->tag);
	return json_pack("{so}", name, hex_json(it->val, it->len));
}

static json_t *
item_value(const struct tp1_item *it, int flags)
{
	int64_t		i64;
	uint32_t	u32;
	uint16_t	u16;
	uint8_t		u8;

	switch (tp1_tag_type(it->tag)) {
	case TP1_TY_STR:
		if (it->tag == TP1_T_PIN && (flags & TP1_JSON_MASK_PIN))
			return json_string("****");
		if (!tp1_utf8_valid(it->val, it->len))
			return NULL;
		return json_stringn((const char *)it->val, it->len);
	case TP1_TY_BYTES:
	case TP1_TY_TOKEN:
		return hex_json(it->val, it->len);
	case TP1_TY_I64:
		return tp1_item_i64(it, &i64) ? NULL : json_integer(i64);
	case TP1_TY_U32:
		return tp1_item_u32(it, &u32) ? NULL : json_integer(u32);
	case TP1_TY_U16:
		return tp1_item_u16(it, &u16) ? NULL : json_integer(u16);
	case TP1_TY_U8:
		return tp1_item_u8(it, &u8) ? NULL : json_integer(u8);
	case TP1_TY_RECORD:
		return tp1_json_items(it->child, flags);
	default:
		return NULL;
	}
}

json_t *
tp1_json_items(const struct tp1_item *it, int flags)
{
	json_t	*arr = json_array(), *v;

	for (; it != NULL; it = it->next) {
		/* Anything without a typed form keeps its bytes: no loss. */
		if ((v = item_value(it, flags)) == NULL)
			json_array_append_new(arr, raw_item(it));
		else
			json_array_append_new(arr, json_pack("{so}",
			    tp1_tag_name(it->tag), v));
	}
	return arr;
}

/* ---- JSON -> items ---- */

static int
put_item(struct tp1_builder *b, const char *name, const json_t *v,
    char *err, size_t errlen)
{
	enum tp1_type	 ty;
	json_int_t	 x;
	uint8_t		*bytes;
	size_t		 n;
	char		*end;
	long		 tag;

	if (strncmp(name, "tag_0x", 6) == 0) {
		tag = strtol(name + 6, &end, 16);
		if (name[6] == '\0' || *end != '\0' || tag < 0 || tag > 0xFF ||
		    (bytes = json_hex(v, &n)) == NULL)
			goto bad;
		tp1_put_bytes(b, (uint8_t)tag, bytes, n);
		free(bytes);
		return 0;
	}
	if ((tag = tp1_tag_code(name)) == -1) {
		snprintf(err, errlen, "unknown item \"%s\"", name);
		return -1;
	}
	ty = tp1_tag_type((uint8_t)tag);
	switch (ty) {
	case TP1_TY_RECORD:
		if (!json_is_array(v))
			goto bad;
		if (b->depth >= TP1_MAX_DEPTH) {
			snprintf(err, errlen, "records nested deeper than %d",
			    TP1_MAX_DEPTH);
			return -1;
		}
		tp1_record_begin(b);
		if (tp1_json_put_items(b, v, err, errlen) == -1)
			return -1;
		tp1_record_end(b);
		return 0;
	case TP1_TY_STR:
		if (!json_is_string(v))
			goto bad;
		tp1_put_bytes(b, (uint8_t)tag, json_string_value(v),
		    json_string_length(v));
		return 0;
	case TP1_TY_BYTES:
	case TP1_TY_TOKEN:
		if ((bytes = json_hex(v, &n)) == NULL)
			goto bad;
		if (ty == TP1_TY_TOKEN && n != 16) {
			free(bytes);
			goto bad;
		}
		tp1_put_bytes(b, (uint8_t)tag, bytes, n);
		free(bytes);
		return 0;
	default:
		break;
	}
	if (!json_is_integer(v))
		goto bad;
	x = json_integer_value(v);
	switch (ty) {
	case TP1_TY_I64:
		tp1_put_i64(b, (uint8_t)tag, x);
		return 0;
	case TP1_TY_U32:
		if (x < 0 || x > 0xFFFFFFFFLL)
			goto bad;
		tp1_put_u32(b, (uint8_t)tag, (uint32_t)x);
		return 0;
	case TP1_TY_U16:
		if (x < 0 || x > 0xFFFF)
			goto bad;
		tp1_put_u16(b, (uint8_t)tag, (uint16_t)x);
		return 0;
	case TP1_TY_U8:
		if (x < 0 || x > 0xFF)
			goto bad;
		tp1_put_u8(b, (uint8_t)tag, (uint8_t)x);
		return 0;
	default:
		break;
	}
bad:
	snprintf(err, errlen, "item \"%s\": bad value for its type", name);
	return -1;
}

int
tp1_json_put_items(struct tp1_builder *b, const json_t *items, char *err,
    size_t errlen)
{
	const char	*name;
	json_t		*it, *v;
	size_t		 i;

	if (!json_is_array(items)) {
		snprintf(err, errlen, "items: want a list");
		return -1;
	}
	json_array_foreach(items, i, it) {
		if (!json_is_object(it) || json_object_size(it) != 1) {
			snprintf(err, errlen, "item %zu: want an object with "
			    "one key", i);
			return -1;
		}
		json_object_foreach(it, name, v)
			if (put_item(b, name, v, err, errlen) == -1)
				return -1;
	}
	return 0;
}

/* ---- header ---- */

static const char *
kind_name(uint8_t kind)
{
	switch (kind) {
	case TP1_KIND_REQUEST:	return "request";
	case TP1_KIND_RESPONSE:	return "response";
	case TP1_KIND_ALERT:	return "alert";
	default:		return NULL;
	}
}

json_t *
tp1_json_header(const struct tp1_header *h)
{
	json_t	*o = json_object();
	char	 term[17];

	if (tp1_tid_unpack(h->tid, term) == -1)
		term[0] = '\0';
	json_object_set_new(o, "suite", json_integer(h->suite));
	if (kind_name(h->kind) != NULL)
		json_object_set_new(o, "kind", json_string(kind_name(h->kind)));
	else
		json_object_set_new(o, "kind", json_integer(h->kind));
	json_object_set_new(o, "flags", json_integer(h->flags));
	json_object_set_new(o, "terminal", json_string(term));
	json_object_set_new(o, "seq", json_integer(h->seq));
	json_object_set_new(o, "time", json_integer(h->time));
	json_object_set_new(o, "keyver", json_integer(h->keyver));
	return o;
}

int
tp1_json_get_header(const json_t *o, struct tp1_header *h, char *err,
    size_t errlen)
{
	const char	*kind, *term;
	long long	 v;

	memset(h, 0, sizeof(*h));
	h->version = TP1_VERSION;
	if (!json_is_object(o)) {
		snprintf(err, errlen, "want a JSON object");
		return -1;
	}
	if (get_int(o, "suite", 0, 255, &v, err, errlen) == -1)
		return -1;
	h->suite = (uint8_t)v;
	kind = json_string_value(json_object_get(o, "kind"));
	if (kind != NULL && strcmp(kind, "request") == 0)
		h->kind = TP1_KIND_REQUEST;
	else if (kind != NULL && strcmp(kind, "response") == 0)
		h->kind = TP1_KIND_RESPONSE;
	else if (kind != NULL && strcmp(kind, "alert") == 0)
		h->kind = TP1_KIND_ALERT;
	else {
		snprintf(err, errlen, "\"kind\": want request, response or "
		    "alert");
		return -1;
	}
	if (json_object_get(o, "flags") != NULL) {
		if (get_int(o, "flags", 0, 255, &v, err, errlen) == -1)
			return -1;
		h->flags = (uint8_t)v;
	}
	term = json_string_value(json_object_get(o, "terminal"));
	if (term == NULL || tp1_tid_pack(term, h->tid) == -1) {
		snprintf(err, errlen, "\"terminal\": want 16 decimal digits");
		return -1;
	}
	memcpy(h->terminal, term, 17);
	if (get_int(o, "seq", 0, 0xFFFFFFFFLL, &v, err, errlen) == -1)
		return -1;
	h->seq = (uint32_t)v;
	if (get_int(o, "time", 0, 0xFFFFFFFFLL, &v, err, errlen) == -1)
		return -1;
	h->time = (uint32_t)v;
	if (get_int(o, "keyver", 0, 255, &v, err, errlen) == -1)
		return -1;
	h->keyver = (uint8_t)v;
	return 0;
}

/* ---- payload ---- */

enum tp1_err
tp1_json_add_payload(json_t *obj, const uint8_t *plain, size_t n, int flags)
{
	struct tp1_payload	pl;
	enum tp1_err		e;

	if ((e = tp1_payload_parse(plain, n, &pl)) != TP1_OK)
		return e;
	json_object_set_new(obj, "func", code_json(tp1_func_name(pl.func),
	    pl.func));
	json_object_set_new(obj, "status", code_json(tp1_status_name(pl.status),
	    pl.status));
	json_object_set_new(obj, "items", tp1_json_items(pl.items, flags));
	tp1_payload_free(&pl);
	return TP1_OK;
}

int
tp1_json_get_payload(const json_t *obj, struct gbuf *out, char *err,
    size_t errlen)
{
	struct tp1_builder	 b;
	json_t			*st, *items;
	long			 func, status = TP1_ST_OK;

	if ((func = json_code(json_object_get(obj, "func"),
	    tp1_func_code)) == -1) {
		snprintf(err, errlen, "\"func\": want a function name");
		return -1;
	}
	if ((st = json_object_get(obj, "status")) != NULL &&
	    (status = json_code(st, tp1_status_code)) == -1) {
		snprintf(err, errlen, "\"status\": want a status name");
		return -1;
	}
	tp1_build_start(&b, out, (uint16_t)func, (uint16_t)status);
	if ((items = json_object_get(obj, "items")) != NULL &&
	    tp1_json_put_items(&b, items, err, errlen) == -1)
		return -1;
	return 0;
}

/* ---- whole frames ---- */

json_t *
tp1_json_open(const struct tp1_keys *keys, const uint8_t *frame, size_t len,
    int flags, enum tp1_err *e)
{
	struct tp1_header	 h;
	json_t			*o;
	uint8_t			*plain;
	size_t			 flen, plen;
	int			 code;

	*e = tp1_header_parse(frame, len, 0, &h, &flen);
	if (*e == TP1_E_NEED_MORE)
		*e = TP1_E_TRUNCATED;
	if (*e != TP1_OK)
		return NULL;
	if (h.kind == TP1_KIND_ALERT) {
		if ((code = tp1_alert_parse(frame, len, &h)) == -1) {
			*e = len < flen ? TP1_E_TRUNCATED : TP1_E_TRAILING;
			return NULL;
		}
		o = tp1_json_header(&h);
		json_object_set_new(o, "alert", code_json(
		    tp1_alert_name((uint16_t)code), (uint16_t)code));
		return o;
	}
	if (keys == NULL) {
		*e = TP1_E_CRYPTO;
		return NULL;
	}
	plain = xmalloc(len);
	if ((*e = tp1_open(keys, frame, len, 0, &h, plain, len, &plen)) !=
	    TP1_OK) {
		free(plain);
		return NULL;
	}
	o = tp1_json_header(&h);
	json_object_set_new(o, "iv", hex_json(frame + TP1_HDR_LEN,
	    tp1_block_len(h.suite)));
	*e = tp1_json_add_payload(o, plain, plen, flags);
	OPENSSL_cleanse(plain, len);
	free(plain);
	if (*e != TP1_OK) {
		json_decref(o);
		return NULL;
	}
	return o;
}

int
tp1_json_seal(const struct tp1_keys *keys, const json_t *obj,
    struct gbuf *out, char *err, size_t errlen)
{
	struct tp1_header	 h;
	struct gbuf		 plain;
	uint8_t			 alert[TP1_ALERT_LEN], *iv = NULL;
	json_t			*jiv;
	size_t			 ivlen = 0;
	enum tp1_err		 e;
	long			 code;
	int			 rv = -1;

	if (tp1_json_get_header(obj, &h, err, errlen) == -1)
		return -1;
	if (tp1_block_len(h.suite) == 0) {
		snprintf(err, errlen, "\"suite\": unknown suite %u", h.suite);
		return -1;
	}
	if (h.kind == TP1_KIND_ALERT) {
		if ((code = json_code(json_object_get(obj, "alert"),
		    tp1_alert_code)) == -1) {
			snprintf(err, errlen, "\"alert\": want an alert name");
			return -1;
		}
		tp1_alert_frame(&h, h.suite, (uint16_t)code, alert);
		gbuf_add(out, alert, sizeof(alert));
		return 0;
	}
	if (keys == NULL) {
		snprintf(err, errlen, "no keys");
		return -1;
	}
	if ((jiv = json_object_get(obj, "iv")) != NULL &&
	    ((iv = json_hex(jiv, &ivlen)) == NULL ||
	    ivlen != tp1_block_len(h.suite))) {
		snprintf(err, errlen, "\"iv\": want %zu bytes of hex",
		    tp1_block_len(h.suite));
		goto done;
	}
	gbuf_init(&plain);
	if (tp1_json_get_payload(obj, &plain, err, errlen) == 0) {
		if ((e = tp1_seal(keys, &h, iv, plain.data, plain.len, out)) ==
		    TP1_OK)
			rv = 0;
		else
			snprintf(err, errlen, "cannot seal: %s",
			    tp1_strerror(e));
	}
	/* The plaintext may hold a pin. */
	if (plain.data != NULL)
		OPENSSL_cleanse(plain.data, plain.cap);
	gbuf_free(&plain);
done:
	free(iv);
	return rv;
}
