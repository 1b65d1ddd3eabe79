/*
 * fuzz_recon.c - libFuzzer target for the 9001 reconciliation file as the
 * marketing system answers it (ifsvc/recon_file.c): page bodies (JSON, as
 * the MI/1 decoder hands them over; the XML itself is fuzz_mi1's), page 1's
 * plausibility, every page's agreement and the line parser.
 *
 * Input: page bodies separated by a NUL byte.  Checks beyond "no crash":
 * what is accepted adds up (the lines counted are the file's count, the OK
 * amounts its total, every line kept has 8 fields), and the line parser
 * alone never accepts a line with a backslash or fewer fields.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "recon_file.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define MAX_PAGES	64

static void
lines_alone(const uint8_t *data, size_t size)
{
	struct gbuf	 raw;
	char		*text, err[256];
	int64_t		 count = 0, total = 0, n = 0;
	size_t		 i;

	text = malloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	gbuf_init(&raw);
	if (recon_lines_add(text, &raw, &count, &total, err,
	    sizeof(err)) == 0) {
		if (count < 0 || total < 0)
			abort();
		for (i = 0; i < raw.len; i++) {
			if (raw.data[i] == '\\')
				abort();
			if (raw.data[i] == '\n')
				n++;
		}
		if (n != count)
			abort();
	}
	gbuf_free(&raw);
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct recon_page	 pg[MAX_PAGES + 1];
	struct gbuf		 raw;
	const uint8_t		*p = data, *end = data + size, *z;
	json_error_t		 jerr;
	json_t			*body;
	char			 err[256];
	int64_t			 n = 0, i, count, total;

	lines_alone(data, size);
	memset(pg, 0, sizeof(pg));
	while (p < end && n < MAX_PAGES) {
		z = memchr(p, '\0', (size_t)(end - p));
		if (z == NULL)
			z = end;
		body = json_loadb((const char *)p, (size_t)(z - p), 0, &jerr);
		p = z + 1;
		if (body == NULL)
			break;
		if (recon_page_read(body, n + 1, &pg[n + 1], err,
		    sizeof(err)) == -1) {
			json_decref(body);
			break;
		}
		json_decref(body);
		n++;
	}
	if (n > 0 && recon_page_first_ok(&pg[1], err, sizeof(err)) == 0 &&
	    pg[1].pagecount <= n) {
		gbuf_init(&raw);
		if (recon_pages_check(pg, pg[1].pagecount, &raw, &count, &total,
		    err, sizeof(err)) == 0) {
			if (count != pg[1].count || total != pg[1].total ||
			    count < 0 || total < 0)
				abort();
		}
		gbuf_free(&raw);
	}
	for (i = 1; i <= n; i++)
		free(pg[i].data);
	return 0;
}
