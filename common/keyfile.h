/*
 * keyfile.h - frontd's master key file (mode 0600, never anywhere else).
 *
 * Text, one key set per line: "<suite> <keyver> <MK_enc 32 hex> <MK_mac 32 hex>",
 * or "<suite> <keyver> retired" for a version whose keys were removed (its
 * number is never given out again), '#' starts a comment, blank lines
 * ignored.  Loading refuses a file readable or writable by group or others,
 * malformed lines and duplicate (suite, keyver) pairs, naming the line.
 *
 * Custody (docs/KEYS.md): the sets live in their own anonymous pages,
 * locked in memory (mlock, best effort: kf->locked says whether it held)
 * and left out of core dumps (MADV_DONTDUMP); every buffer that held key
 * bytes or their hex is zeroed before it is freed; no key is ever logged
 * or printed except by `gfctl terminal keys|rekey`, once, to the operator.
 * A set is named by its fingerprint: a hash keyed with the set itself, so
 * it tells two sets apart without saying anything about either.
 */
#ifndef GF_KEYFILE_H
#define GF_KEYFILE_H

#include <stddef.h>
#include <stdint.h>

#include "tp1.h"

struct keyset {
	uint16_t bank;		/* bank key files: the bank's number; else 0 */
	uint8_t	suite;
	uint8_t	keyver;
	uint8_t	retired;	/* keys removed (zero); number kept */
	uint8_t	mk_enc[16];	/* zero in a bank key file */
	uint8_t	mk_mac[16];	/* a bank key file: the bank's MAC key */
};

/*
 * Two kinds of file share this code: frontd's terminal master keys, and
 * the bank key file of BK/1 (docs/BK1.md), one MAC key per bank and
 * version: "<bankno> <suite> <keyver> <mac 32 hex>" or "<bankno> <suite>
 * <keyver> retired".  A bank file may hold no live key (every bank
 * disabled); a master file may not.
 */
enum keyfile_kind { KEYFILE_MASTER = 0, KEYFILE_BANK };

struct keyfile {
	struct keyset	*sets;		/* locked, not dumped */
	size_t		 nsets;		/* live and retired */
	size_t		 mapped;	/* bytes of the mapping */
	int		 locked;	/* mlock held */
	enum keyfile_kind kind;
};

#define KEYFILE_FPR_LEN	16		/* hex digits of a fingerprint */

int	keyfile_load(const char *path, struct keyfile *, char *err, size_t errlen);
/* The text of a key file, buf[0..len) (buf must hold len + 1 bytes; it is
 * cut into lines in place), named name in errors.  0 or -1 with err set. */
int	keyfile_parse(const char *name, char *buf, size_t len, struct keyfile *,
	    char *err, size_t errlen);
/* The same for either kind of file. */
int	keyfile_load_kind(const char *path, enum keyfile_kind, struct keyfile *,
	    char *err, size_t errlen);
int	keyfile_parse_kind(const char *name, enum keyfile_kind, char *buf,
	    size_t len, struct keyfile *, char *err, size_t errlen);
void	keyfile_free(struct keyfile *);	/* zeroes the keys */
/* Bank files: a bank's live key of keyver, or NULL. */
const struct keyset *keyfile_bank_find(const struct keyfile *, uint16_t bank,
	    uint8_t keyver);
/* A bank's newest version (live or retired), NULL if it has none. */
const struct keyset *keyfile_bank_latest(const struct keyfile *, uint16_t bank);
/* A fresh random MAC key for bank as its next version (1 for a new bank,
 * suite as given; 0 keeps the bank's suite); returns it, -1 on failure. */
int	keyfile_bank_rotate(struct keyfile *, uint16_t bank, uint8_t suite,
	    char *err, size_t errlen);
/* Zero a bank's version and keep its number; a bank's last live version
 * may go (the bank is then disabled). */
int	keyfile_bank_retire(struct keyfile *, uint16_t bank, uint8_t keyver,
	    char *err, size_t errlen);
const struct keyset *keyfile_find(const struct keyfile *, uint8_t suite,
	    uint8_t keyver);
/* Derive one terminal's keys; -1 if that suite/keyver is not in the file. */
int	keyfile_terminal_keys(const struct keyfile *, uint8_t suite,
	    uint8_t keyver, const uint8_t tid[8], struct tp1_keys *out);
/* Write a new random file (suites 1 and 2, keyver 1), 0600, O_EXCL. */
int	keyfile_generate(const char *path, char *err, size_t errlen);
/* Live (not retired) sets. */
size_t	keyfile_live(const struct keyfile *);
/* Append fresh random keys for suite as the version after every version
 * the file has known (retired ones included); returns it, -1 on failure. */
int	keyfile_rotate(struct keyfile *, uint8_t suite, char *err, size_t errlen);
/* Zero a version's keys and keep only its number; -1 if absent, or if it
 * is the suite's last live version. */
int	keyfile_retire(struct keyfile *, uint8_t suite, uint8_t keyver,
	    char *err, size_t errlen);
/* Replace path atomically with kf: a temporary file in the same folder,
 * 0600, the old file's owner kept, fsync, rename, fsync of the folder. */
int	keyfile_write(const char *path, const struct keyfile *, char *err,
	    size_t errlen);
/* KEYFILE_FPR_LEN hex digits + NUL: HMAC-SHA-256 keyed with the set's two
 * keys over a fixed label, suite and version, cut to 64 bits. */
void	keyfile_fingerprint(const struct keyset *, char out[KEYFILE_FPR_LEN + 1]);

#endif
