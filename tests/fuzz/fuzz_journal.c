/*
 * fuzz_journal.c - libFuzzer target for the journal reader behind `gfctl
 * journal verify|dump|find` (common/journal_fmt.c): auditors run it on
 * files that may have been tampered with.  The input is a journal file.
 *
 * Checks beyond "no crash":
 *  - verify names the first bad record: an independent walk with jfmt_read
 *    finds where the file stops being good, and verify's error must name
 *    that offset and record number (or verify must pass, or report a torn
 *    tail there);
 *  - no reader goes past a record: each record is copied into a buffer of
 *    its own exact size and read and decoded again from there (ASan), and
 *    the decoded fields must lie inside the record's body;
 *  - what dump and find read from each record (the TP/1 frame header, the
 *    plaintext payload and its JSON view, the term_serial) is read too.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "journal_fmt.h"
#include "tp1.h"
#include "tp1_json.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
inside(const uint8_t *p, size_t n, const uint8_t *lo, size_t len)
{
	if (n > 0 && (p < lo || p + n > lo + len))
		abort();
}

/* What dump and find read from a decoded record. */
static void
dump_find(const struct jfmt_rec *r)
{
	struct tp1_header	 h;
	struct tp1_payload	 p;
	json_t			*o;
	size_t			 flen;
	char			 ts[64];

	if (r->rawlen > 0 && tp1_header_parse(r->raw, r->rawlen, 1 << 20, &h,
	    &flen) == TP1_OK)
		json_decref(tp1_json_header(&h));
	if (r->plainlen > 0) {
		o = json_object();
		(void)tp1_json_add_payload(o, r->plain, r->plainlen,
		    TP1_JSON_MASK_PIN);
		json_decref(o);
	}
	if (r->plainlen >= 4 && tp1_payload_parse(r->plain, r->plainlen,
	    &p) == TP1_OK) {
		(void)tp1_item_str(tp1_find(p.items, TP1_T_TERM_SERIAL), ts,
		    sizeof(ts));
		tp1_payload_free(&p);
	}
	(void)jfmt_type_name(r->type);
}

/* One good record, read again from an exact copy of itself. */
static int
record_alone(const struct jfmt_raw *raw, const uint8_t *rec)
{
	struct jfmt_raw	 again;
	struct jfmt_rec	 r;
	uint8_t		*copy, *body;
	int		 ok;

	copy = malloc(raw->size);
	memcpy(copy, rec, raw->size);
	if (jfmt_read(copy, raw->size, 0, &again) != JFMT_R_OK ||
	    again.size != raw->size || again.bodylen != raw->bodylen ||
	    memcmp(again.hash, raw->hash, JFMT_HASH_LEN) != 0)
		abort();
	body = malloc(raw->bodylen ? raw->bodylen : 1);
	memcpy(body, again.body, raw->bodylen);
	ok = jfmt_decode(body, raw->bodylen, &r) == 0;
	if (ok) {
		inside(r.raw, r.rawlen, body, raw->bodylen);
		inside(r.plain, r.plainlen, body, raw->bodylen);
		inside(r.aux, r.auxlen, body, raw->bodylen);
		if (strlen(r.peer) >= sizeof(r.peer) ||
		    strlen(r.terminal) >= sizeof(r.terminal) ||
		    strlen(r.note) >= sizeof(r.note))
			abort();
		dump_find(&r);
	}
	free(body);
	free(copy);
	return ok ? 0 : -1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jfmt_verify	 v;
	struct jfmt_raw		 raw;
	struct jfmt_rec		 rec;
	enum jfmt_read		 rr;
	static const uint8_t	 zero[JFMT_HASH_LEN];
	uint8_t			 prev[JFMT_HASH_LEN];
	uint64_t		 idx = 0, next = 1;
	size_t			 off = JFMT_FILE_HDR;
	char			 want[128], torn[128];
	int			 rv, strict = size > 0 && (data[size - 1] & 1);
	int			 started = 0, bad = 0;

	jfmt_verify_init(&v, strict);
	rv = jfmt_verify_buf(&v, "f", data, size, 1);
	if (jfmt_check_file_header(data, size) == -1) {
		if (rv != -1 || strstr(v.err, "offset=0 ") == NULL)
			abort();
		return 0;
	}
	/* The independent walk: the first record that is not good. */
	for (;;) {
		idx++;
		rr = jfmt_read(data, size, off, &raw);
		if (rr != JFMT_R_OK)
			break;
		if (raw.size < JFMT_REC_HDR + JFMT_REC_TRAILER ||
		    raw.size > size - off || raw.body != data + off +
		    JFMT_REC_HDR || raw.bodylen != raw.size - JFMT_REC_HDR -
		    JFMT_REC_TRAILER)
			abort();
		if (record_alone(&raw, data + off) == -1 ||
		    jfmt_decode(raw.body, raw.bodylen, &rec) == -1) {
			bad = 1;
			break;
		}
		if ((started || strict) && (memcmp(raw.prev, started ? prev :
		    zero, JFMT_HASH_LEN) != 0 || rec.recno != next)) {
			bad = 1;
			break;
		}
		started = 1;
		memcpy(prev, raw.hash, JFMT_HASH_LEN);
		next = rec.recno + 1;
		off += raw.size;
	}
	snprintf(want, sizeof(want), "offset=%zu record=%llu ", off,
	    (unsigned long long)idx);
	snprintf(torn, sizeof(torn), "offset=%zu record=%llu: torn tail", off,
	    (unsigned long long)idx);
	if (rr == JFMT_R_END && !bad) {
		if (rv != 0 || v.torn)
			abort();	/* a good file */
	} else if (rr == JFMT_R_TORN && !bad) {
		if (rv != 0 || !v.torn || strstr(v.err, torn) == NULL)
			abort();	/* a torn tail, named */
	} else {
		if (rv != -1 || strstr(v.err, want) == NULL)
			abort();	/* the first bad record, named */
	}
	/* Not the last file: a torn tail is a failure there, at that place
	 * (a file without one reads the same either way: checked above). */
	if (rr == JFMT_R_TORN && !bad) {
		jfmt_verify_init(&v, strict);
		if (jfmt_verify_buf(&v, "f", data, size, 0) != -1 ||
		    strstr(v.err, want) == NULL)
			abort();
	}
	return 0;
}
