/*
 * journal_json.c - a journal record as people read it (journal_json.h).
 */
#include <stdlib.h>
#include <string.h>

#include "journal_json.h"
#include "tp1.h"
#include "tp1_json.h"
#include "util.h"

static void
add_hex(json_t *o, const char *k, const uint8_t *p, size_t n)
{
	char	*s;

	if (n == 0)
		return;
	s = xmalloc(2 * n + 1);
	hex_encode(p, n, s);
	json_object_set_new(o, k, json_string(s));
	free(s);
}

static void
add_name(json_t *o, const char *k, const char *name, unsigned code)
{
	json_object_set_new(o, k, name ? json_string(name) :
	    json_integer(code));
}

/* A bank record: the frame is text (BK/1 frames are ASCII header + UTF-8
 * body + hex MAC); bytes that are not valid UTF-8 are shown as hex. */
static void
bank_fields(json_t *o, const struct jfmt_rec *r)
{
	json_t	*s;
	char	*t;

	if (r->terminal[0])
		json_object_set_new(o, "bank", json_string(r->terminal));
	if (r->type == JFMT_BK_IN || r->type == JFMT_BK_OUT) {
		if (r->func)
			json_object_set_new(o, "trcode", json_integer(r->func));
		if (r->type == JFMT_BK_OUT)
			json_object_set_new(o, "rspcode",
			    json_integer(r->code));
	}
	if (r->rawlen > 0) {
		t = xmalloc(r->rawlen + 1);
		memcpy(t, r->raw, r->rawlen);
		t[r->rawlen] = '\0';
		s = memchr(t, '\0', r->rawlen) == NULL ?
		    json_stringn(t, r->rawlen) : NULL;
		free(t);
		if (s != NULL)
			json_object_set_new(o, "frame", s);
		else
			add_hex(o, "raw", r->raw, r->rawlen);
	}
	if (r->note[0])
		json_object_set_new(o, "note", json_string(r->note));
}

json_t *
jfmt_rec_json(const char *file, size_t off, const struct jfmt_rec *r)
{
	json_t			*o = json_object(), *pl;
	struct tp1_header	 h;
	size_t			 flen;
	uint8_t			*copy;
	char			 ts[15];

	json_object_set_new(o, "file", json_string(file));
	json_object_set_new(o, "offset", json_integer((json_int_t)off));
	json_object_set_new(o, "recno", json_integer((json_int_t)r->recno));
	json_object_set_new(o, "ts_us", json_integer(r->ts_us));
	fmt_localtime(r->ts_us / 1000000, ts);
	json_object_set_new(o, "time", json_string(ts));
	json_object_set_new(o, "type", json_string(jfmt_type_name(r->type)));
	if (r->conn)
		json_object_set_new(o, "conn", json_integer((json_int_t)r->conn));
	if (r->peer[0]) {
		json_object_set_new(o, "peer", json_string(r->peer));
		json_object_set_new(o, "port", json_integer(r->port));
	}
	if (JFMT_IS_BANK(r->type)) {
		bank_fields(o, r);
		return o;
	}
	if (r->terminal[0])
		json_object_set_new(o, "terminal", json_string(r->terminal));
	if (r->type == JFMT_REQUEST || r->type == JFMT_RESPONSE ||
	    r->type == JFMT_ALERT)
		json_object_set_new(o, "seq", json_integer(r->seq));
	if (r->type == JFMT_SUPPRESSED)	/* alerts not journaled */
		json_object_set_new(o, "count", json_integer(r->seq));
	if (r->type == JFMT_REQUEST || r->type == JFMT_RESPONSE)
		add_name(o, "func", tp1_func_name(r->func), r->func);
	if (r->type == JFMT_RESPONSE)
		add_name(o, "status", tp1_status_name(r->code), r->code);
	if (r->type == JFMT_ALERT)
		add_name(o, "alert", tp1_alert_name(r->code), r->code);
	if (r->rawlen > 0 && tp1_header_parse(r->raw, r->rawlen, 1 << 20, &h,
	    &flen) == TP1_OK)
		json_object_set_new(o, "frame", tp1_json_header(&h));
	add_hex(o, "raw", r->raw, r->rawlen);
	if (r->plainlen > 0) {
		/* frontd masked it when it journaled it; masked again here,
		 * so that no record, old or damaged, shows a secret. */
		copy = xmalloc(r->plainlen);
		memcpy(copy, r->plain, r->plainlen);
		tp1_mask_secrets(copy, r->plainlen);
		pl = json_object();
		if (tp1_json_add_payload(pl, copy, r->plainlen,
		    TP1_JSON_MASK_PIN) != TP1_OK) {
			json_decref(pl);
			add_hex(o, "plain_hex", copy, r->plainlen);
		} else
			json_object_set_new(o, "plain", pl);
		free(copy);
	}
	add_hex(o, "cause", r->aux, r->auxlen);
	if (r->note[0])
		json_object_set_new(o, "note", json_string(r->note));
	return o;
}

int
jfmt_rec_term_serial_is(const struct jfmt_rec *r, const char *want)
{
	struct tp1_payload	 p;
	char			 ts[64];
	int			 match = 0;

	if (r->plainlen < 4 || tp1_payload_parse(r->plain, r->plainlen,
	    &p) != TP1_OK)
		return 0;
	if (tp1_item_str(tp1_find(p.items, TP1_T_TERM_SERIAL), ts,
	    sizeof(ts)) == 0 && strcmp(ts, want) == 0)
		match = 1;
	tp1_payload_free(&p);
	return match;
}
