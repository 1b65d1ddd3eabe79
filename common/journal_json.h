/*
 * journal_json.h - one journal record as JSON, and the record's term_serial
 * test: the one reading of a record for people, used by `gfctl journal
 * dump|find` and by the console's transaction page.  PINs and session
 * tokens are masked in what is shown, whatever the record holds.
 */
#ifndef GF_JOURNAL_JSON_H
#define GF_JOURNAL_JSON_H

#include <stddef.h>

#include <jansson.h>

#include "journal_fmt.h"

/* A new object: where the record is (file, offset), its header fields,
 * the frame's clear header decoded, the raw bytes in hex and the journaled
 * plaintext decoded (or "plain_hex" when it does not parse). */
json_t	*jfmt_rec_json(const char *file, size_t off, const struct jfmt_rec *);
/* 1 when the record's plaintext carries term_serial want. */
int	 jfmt_rec_term_serial_is(const struct jfmt_rec *, const char *want);

#endif
