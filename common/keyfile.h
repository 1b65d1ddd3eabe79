/*
 * keyfile.h - frontd's master key file (mode 0600, never anywhere else).
 *
 * Text, one key set per line: "<suite> <keyver> <MK_enc 32 hex> <MK_mac 32 hex>",
 * '#' starts a comment, blank lines ignored.  Loading refuses a file readable
 * or writable by group or others, malformed lines and duplicate
 * (suite, keyver) pairs, naming the line.  Key bytes are zeroed when freed
 * and never logged.
 */
#ifndef GF_KEYFILE_H
#define GF_KEYFILE_H

#include <stddef.h>
#include <stdint.h>

#include "tp1.h"

struct keyset {
	uint8_t	suite;
	uint8_t	keyver;
	uint8_t	mk_enc[16];
	uint8_t	mk_mac[16];
};

struct keyfile {
	struct keyset	*sets;
	size_t		 nsets;
};

int	keyfile_load(const char *path, struct keyfile *, char *err, size_t errlen);
/* The text of a key file, buf[0..len) (buf must hold len + 1 bytes; it is
 * cut into lines in place), named name in errors.  0 or -1 with err set. */
int	keyfile_parse(const char *name, char *buf, size_t len, struct keyfile *,
	    char *err, size_t errlen);
void	keyfile_free(struct keyfile *);	/* zeroes the keys */
const struct keyset *keyfile_find(const struct keyfile *, uint8_t suite,
	    uint8_t keyver);
/* Derive one terminal's keys; -1 if that suite/keyver is not in the file. */
int	keyfile_terminal_keys(const struct keyfile *, uint8_t suite,
	    uint8_t keyver, const uint8_t tid[8], struct tp1_keys *out);
/* Write a new random file (suites 1 and 2, keyver 1), 0600, O_EXCL. */
int	keyfile_generate(const char *path, char *err, size_t errlen);

#endif
