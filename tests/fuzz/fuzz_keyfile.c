/*
 * fuzz_keyfile.c - libFuzzer target for frontd's master key file parser
 * (common/keyfile.c, keyfile_parse).  What is accepted must be what the
 * format allows: suites known to TP/1, key versions 1..255, no duplicate
 * (suite, keyver), every live set found again by keyfile_find and its
 * terminal keys derivable, every retired version found by neither.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "keyfile.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct keyfile	 kf;
	struct tp1_keys	 k;
	uint8_t		 tid[8] = { 0x86, 0x13, 0x90, 0, 0, 0, 0, 1 };
	char		*buf, err[256];
	size_t		 i, j;

	buf = malloc(size + 1);
	memcpy(buf, data, size);
	if (keyfile_parse("k", buf, size, &kf, err, sizeof(err)) == 0) {
		if (kf.nsets == 0 || memchr(data, '\0', size) != NULL)
			abort();
		for (i = 0; i < kf.nsets; i++) {
			if (kf.sets[i].keyver < 1 ||
			    tp1_block_len(kf.sets[i].suite) == 0)
				abort();
			for (j = i + 1; j < kf.nsets; j++)
				if (kf.sets[i].suite == kf.sets[j].suite &&
				    kf.sets[i].keyver == kf.sets[j].keyver)
					abort();
			/* A retired version is remembered, never used. */
			if (kf.sets[i].retired) {
				if (keyfile_find(&kf, kf.sets[i].suite,
				    kf.sets[i].keyver) != NULL ||
				    keyfile_terminal_keys(&kf,
				    kf.sets[i].suite, kf.sets[i].keyver, tid,
				    &k) != -1)
					abort();
				continue;
			}
			if (keyfile_find(&kf, kf.sets[i].suite,
			    kf.sets[i].keyver) != &kf.sets[i])
				abort();
			if (keyfile_terminal_keys(&kf, kf.sets[i].suite,
			    kf.sets[i].keyver, tid, &k) == -1)
				abort();
		}
		keyfile_free(&kf);
	} else if (err[0] == '\0')
		abort();	/* a refusal says why */
	free(buf);
	return 0;
}
