/*
 * keys.c - the bank key file (BK1 §2: "<bankno> <suite> <keyver>
 * <mac32hex>", mode 0600), read with common/keyfile's bank kind.  banksim
 * plays the bank, so it holds the same keys as the station's file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "banksim.h"

int
bs_keys_load(struct bs_keys *k, const char *path)
{
	char	err[512];

	memset(k, 0, sizeof(*k));
	if (keyfile_load_kind(path, KEYFILE_BANK, &k->kf, err,
	    sizeof(err)) == -1) {
		fprintf(stderr, "banksim: keys: %s\n", err);
		return -1;
	}
	return 0;
}

const struct keyset *
bs_key(const struct bs_keys *k, const char *bankno, uint8_t keyver)
{
	const struct keyset	*ks;
	uint16_t		 bank;
	size_t			 i;

	if (!bs_bankno_ok(bankno))
		return NULL;
	bank = (uint16_t)atoi(bankno);
	if (keyver != 0)
		return keyfile_bank_find(&k->kf, bank, keyver);
	/* The newest live version. */
	ks = NULL;
	for (i = 0; i < k->kf.nsets; i++) {
		const struct keyset *s = &k->kf.sets[i];

		if (s->bank == bank && !s->retired &&
		    (ks == NULL || s->keyver > ks->keyver))
			ks = s;
	}
	return ks;
}

void
bs_keys_free(struct bs_keys *k)
{
	keyfile_free(&k->kf);
}
