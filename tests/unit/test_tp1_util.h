/*
 * test_tp1_util.h - helpers shared by the TP/1 unit tests: the vector file
 * (TP1 §7; the repository's copy, tests/vectors/tp1-vectors.json), read at
 * run time with jansson, and hex members of it.
 * Header-only so that each test stays one executable.
 */
#ifndef TEST_TP1_UTIL_H
#define TEST_TP1_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "tp1.h"
#include "util.h"

/* The repository's copy (tests/vectors/); vectors_shared_copy checks it. */
#define VECTORS_PATH	GF_VECTORS_DIR "/tp1-vectors.json"

static inline json_t *
vec_load(void)
{
	json_error_t	 jerr;
	json_t		*v;

	v = json_load_file(VECTORS_PATH, 0, &jerr);
	if (v == NULL)
		fail_msg("%s:%d: %s", VECTORS_PATH, jerr.line, jerr.text);
	return v;
}

/* A hex member as a malloc'd buffer (never NULL; 1 spare byte). */
static inline uint8_t *
vec_hex(const json_t *obj, const char *key, size_t *n)
{
	const char	*s = json_string_value(json_object_get(obj, key));
	uint8_t		*out;
	size_t		 got = 0;

	if (s == NULL)
		fail_msg("vector member \"%s\" missing", key);
	out = malloc(strlen(s) / 2 + 1);
	assert_non_null(out);
	if (*s != '\0')
		assert_int_equal(hex_decode(s, out, strlen(s) / 2, &got), 0);
	*n = got;
	return out;
}

/* A hex member of exactly want bytes into out. */
static inline void
vec_hex_fixed(const json_t *obj, const char *key, uint8_t *out, size_t want)
{
	uint8_t	*p;
	size_t	 n;

	p = vec_hex(obj, key, &n);
	assert_int_equal(n, want);
	memcpy(out, p, n);
	free(p);
}

static inline long long
vec_int(const json_t *obj, const char *key)
{
	json_t	*j = json_object_get(obj, key);

	if (!json_is_integer(j))
		fail_msg("vector member \"%s\" missing", key);
	return json_integer_value(j);
}

/* The terminal keys of the vectors' master keys for a suite. */
static inline void
vec_terminal_keys(const json_t *v, uint8_t suite, struct tp1_keys *k)
{
	const json_t	*mk = json_object_get(v, "master_keys");
	uint8_t		 enc[16], mac[16], tid[8];

	vec_hex_fixed(mk, "enc", enc, 16);
	vec_hex_fixed(mk, "mac", mac, 16);
	assert_int_equal(tp1_tid_pack(json_string_value(json_object_get(v,
	    "terminal")), tid), 0);
	assert_int_equal(tp1_terminal_keys(suite, enc, mac, tid, k), TP1_OK);
}

/* The header of a frame vector, as a sender fills it in. */
static inline void
vec_header(const json_t *v, const json_t *f, struct tp1_header *h)
{
	memset(h, 0, sizeof(*h));
	h->version = TP1_VERSION;
	h->suite = (uint8_t)vec_int(f, "suite");
	h->kind = (uint8_t)vec_int(f, "kind");
	h->flags = (uint8_t)vec_int(f, "flags");
	h->seq = (uint32_t)vec_int(f, "seq");
	h->time = (uint32_t)vec_int(f, "time");
	h->keyver = (uint8_t)vec_int(json_object_get(v, "master_keys"),
	    "keyver");
	assert_int_equal(tp1_tid_pack(json_string_value(json_object_get(v,
	    "terminal")), h->tid), 0);
}

#endif
