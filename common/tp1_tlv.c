/*
 * tp1_tlv.c - the TP/1 payload (TP1 §5): func, status and TLV items.
 *
 * Parsing is two passes over the bytes: the first checks every length,
 * the nesting depth and the size of each fixed-width known tag and counts
 * the items; the second links the items of one allocation.  Nothing is read
 * past n, whatever the length fields claim.
 */
#include <stdlib.h>
#include <string.h>

#include "tp1.h"

#define TLV_HDR	3	/* tag uint8, length uint16 */

/* The exact size of a fixed-width type; 0 for variable ones. */
static size_t
type_size(enum tp1_type ty)
{
	switch (ty) {
	case TP1_TY_I64:	return 8;
	case TP1_TY_U32:	return 4;
	case TP1_TY_U16:	return 2;
	case TP1_TY_U8:		return 1;
	case TP1_TY_TOKEN:	return 16;
	default:		return 0;
	}
}

static enum tp1_err
tlv_scan(const uint8_t *p, size_t n, int depth, size_t *count)
{
	size_t		off = 0, len, want;
	enum tp1_type	ty;
	enum tp1_err	e;

	while (off < n) {
		if (n - off < TLV_HDR)
			return TP1_E_TRUNCATED_TLV;
		len = get_be16(p + off + 1);
		if (n - off - TLV_HDR < len)
			return TP1_E_TRUNCATED_TLV;
		ty = tp1_tag_type(p[off]);
		if (ty == TP1_TY_RECORD) {
			/* Children of a record at depth d sit at d + 1. */
			if (depth >= TP1_MAX_DEPTH)
				return TP1_E_NESTING;
			if ((e = tlv_scan(p + off + TLV_HDR, len, depth + 1,
			    count)) != TP1_OK)
				return e;
		} else if ((want = type_size(ty)) != 0 && len != want)
			return TP1_E_ITEM_TYPE;
		(*count)++;
		off += TLV_HDR + len;
	}
	return TP1_OK;
}

/* Second pass over bytes tlv_scan accepted: link them into pool. */
static struct tp1_item *
tlv_link(const uint8_t *p, size_t n, struct tp1_item *pool, size_t *used)
{
	struct tp1_item	*first = NULL, *prev = NULL, *it;
	size_t		 off = 0;

	while (off < n) {
		it = &pool[(*used)++];
		it->tag = p[off];
		it->len = get_be16(p + off + 1);
		it->val = p + off + TLV_HDR;
		it->child = NULL;
		it->next = NULL;
		if (tp1_tag_type(it->tag) == TP1_TY_RECORD)
			it->child = tlv_link(it->val, it->len, pool, used);
		if (prev != NULL)
			prev->next = it;
		else
			first = it;
		prev = it;
		off += TLV_HDR + it->len;
	}
	return first;
}

enum tp1_err
tp1_payload_parse(const uint8_t *buf, size_t n, struct tp1_payload *pl)
{
	size_t		count = 0, used = 0;
	enum tp1_err	e;

	memset(pl, 0, sizeof(*pl));
	if (n < 4)
		return TP1_E_PAYLOAD_SHORT;
	pl->func = get_be16(buf);
	pl->status = get_be16(buf + 2);
	if ((e = tlv_scan(buf + 4, n - 4, 0, &count)) != TP1_OK)
		return e;
	if (count == 0)
		return TP1_OK;
	pl->pool = xcalloc(count, sizeof(*pl->pool));
	pl->npool = count;
	pl->items = tlv_link(buf + 4, n - 4, pl->pool, &used);
	return TP1_OK;
}

void
tp1_payload_free(struct tp1_payload *pl)
{
	if (pl == NULL)
		return;
	free(pl->pool);
	memset(pl, 0, sizeof(*pl));
}

const struct tp1_item *
tp1_find(const struct tp1_item *it, uint8_t tag)
{
	for (; it != NULL; it = it->next)
		if (it->tag == tag)
			return it;
	return NULL;
}

int
tp1_item_i64(const struct tp1_item *it, int64_t *v)
{
	if (it == NULL || it->len != 8)
		return -1;
	*v = (int64_t)get_be64(it->val);
	return 0;
}

int
tp1_item_u32(const struct tp1_item *it, uint32_t *v)
{
	if (it == NULL || it->len != 4)
		return -1;
	*v = get_be32(it->val);
	return 0;
}

int
tp1_item_u16(const struct tp1_item *it, uint16_t *v)
{
	if (it == NULL || it->len != 2)
		return -1;
	*v = get_be16(it->val);
	return 0;
}

int
tp1_item_u8(const struct tp1_item *it, uint8_t *v)
{
	if (it == NULL || it->len != 1)
		return -1;
	*v = it->val[0];
	return 0;
}

/* Strict UTF-8: no overlong forms, surrogates or code points past U+10FFFF. */
static int
utf8_valid(const uint8_t *s, size_t n)
{
	size_t		i = 0, k, need;
	uint32_t	cp, min;

	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((s[i] & 0xE0) == 0xC0) {
			need = 1, cp = s[i] & 0x1F, min = 0x80;
		} else if ((s[i] & 0xF0) == 0xE0) {
			need = 2, cp = s[i] & 0x0F, min = 0x800;
		} else if ((s[i] & 0xF8) == 0xF0) {
			need = 3, cp = s[i] & 0x07, min = 0x10000;
		} else
			return 0;
		if (n - i - 1 < need)
			return 0;
		for (k = 1; k <= need; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += need + 1;
	}
	return 1;
}

int
tp1_utf8_valid(const uint8_t *s, size_t n)
{
	return utf8_valid(s, n);
}

int
tp1_text_valid(const uint8_t *s, size_t n)
{
	size_t	i;

	if (!utf8_valid(s, n))
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] < 0x20 || s[i] == 0x7f)
			return 0;
		/* C1 controls are U+0080..U+009F: C2 80 .. C2 9F. */
		if (s[i] == 0xC2 && i + 1 < n && s[i + 1] < 0xA0)
			return 0;
	}
	return 1;
}

static int
items_text_ok(const struct tp1_item *it, uint8_t *badtag)
{
	for (; it != NULL; it = it->next) {
		if (tp1_tag_type(it->tag) == TP1_TY_STR &&
		    !tp1_text_valid(it->val, it->len)) {
			*badtag = it->tag;
			return 0;
		}
		if (it->child != NULL && !items_text_ok(it->child, badtag))
			return 0;
	}
	return 1;
}

int
tp1_payload_text_ok(const struct tp1_payload *pl, uint8_t *badtag)
{
	uint8_t	dummy;

	return items_text_ok(pl->items, badtag ? badtag : &dummy);
}

int
tp1_item_str(const struct tp1_item *it, char *out, size_t cap)
{
	if (it == NULL || (size_t)it->len + 1 > cap ||
	    !tp1_text_valid(it->val, it->len))
		return -1;
	memcpy(out, it->val, it->len);
	out[it->len] = '\0';
	return 0;
}

/* ---- builder ---- */

void
tp1_build_start(struct tp1_builder *b, struct gbuf *out, uint16_t func,
    uint16_t status)
{
	memset(b, 0, sizeof(*b));
	b->out = out;
	gbuf_add_be16(out, func);
	gbuf_add_be16(out, status);
}

/*
 * A value longer than the length field can say is cut at 65535 bytes: such
 * a payload can never fit in a frame, so tp1_seal refuses it (TOO_LARGE)
 * and the cut value is never sent.
 */
void
tp1_put_bytes(struct tp1_builder *b, uint8_t tag, const void *v, size_t n)
{
	if (n > 0xFFFF)
		n = 0xFFFF;
	gbuf_add_u8(b->out, tag);
	gbuf_add_be16(b->out, (uint16_t)n);
	if (n > 0)
		gbuf_add(b->out, v, n);
}

void
tp1_put_str(struct tp1_builder *b, uint8_t tag, const char *s)
{
	tp1_put_bytes(b, tag, s, s ? strlen(s) : 0);
}

void
tp1_put_i64(struct tp1_builder *b, uint8_t tag, int64_t v)
{
	uint8_t	x[8];

	put_be64(x, (uint64_t)v);
	tp1_put_bytes(b, tag, x, 8);
}

void
tp1_put_u32(struct tp1_builder *b, uint8_t tag, uint32_t v)
{
	uint8_t	x[4];

	put_be32(x, v);
	tp1_put_bytes(b, tag, x, 4);
}

void
tp1_put_u16(struct tp1_builder *b, uint8_t tag, uint16_t v)
{
	uint8_t	x[2];

	put_be16(x, v);
	tp1_put_bytes(b, tag, x, 2);
}

void
tp1_put_u8(struct tp1_builder *b, uint8_t tag, uint8_t v)
{
	tp1_put_bytes(b, tag, &v, 1);
}

void
tp1_record_begin(struct tp1_builder *b)
{
	/* Deeper than the parser accepts is a bug in the caller. */
	if (b->depth >= TP1_MAX_DEPTH)
		abort();
	gbuf_add_u8(b->out, TP1_T_RECORD);
	b->open[b->depth++] = b->out->len;
	gbuf_add_be16(b->out, 0);
}

void
tp1_record_end(struct tp1_builder *b)
{
	size_t	at, n;

	if (b->depth <= 0)
		abort();
	at = b->open[--b->depth];
	n = b->out->len - at - 2;
	put_be16(b->out->data + at, n > 0xFFFF ? 0xFFFF : (uint16_t)n);
}

/* ---- masking secrets (pin, session token), for the journal ---- */

static void
mask_items(uint8_t *p, size_t n, int depth)
{
	size_t	off = 0, len;

	while (n - off >= TLV_HDR) {
		len = get_be16(p + off + 1);
		if (n - off - TLV_HDR < len)
			return;
		if (p[off] == TP1_T_PIN || p[off] == TP1_T_TOKEN)
			memset(p + off + TLV_HDR, '*', len);
		else if (p[off] == TP1_T_RECORD && depth < TP1_MAX_DEPTH)
			mask_items(p + off + TLV_HDR, len, depth + 1);
		off += TLV_HDR + len;
	}
}

void
tp1_mask_secrets(uint8_t *plain, size_t n)
{
	if (plain == NULL || n < 4)
		return;
	mask_items(plain + 4, n - 4, 0);
}
