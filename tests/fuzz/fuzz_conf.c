/*
 * fuzz_conf.c - libFuzzer target for the config file parser (common/conf.c,
 * libconfuse with GridFront's sections and range checks): what loads must
 * hold values inside their documented ranges; what does not load says where.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "conf.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct gf_conf	 c;
	char		*text, *dsn, err[512];

	text = malloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	if (conf_load_text("c", text, &c, err, sizeof(err)) == 0) {
		if (c.mktsim.error_pct < 0 || c.mktsim.error_pct > 100)
			abort();
		dsn = conf_db_dsn(&c, "mktsim");
		free(dsn);
		conf_free(&c);
	} else if (err[0] == '\0')
		abort();
	free(text);
	return 0;
}
