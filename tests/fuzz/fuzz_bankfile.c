/*
 * fuzz_bankfile.c - libFuzzer target for a bank's day file (BK1 §5) as
 * ifsvc reads it before reconciling (ifsvc/bank_file.c): the file name, the
 * .sha256 line beside it and the file itself.
 *
 * Input: the day file's bytes; its first line also stands for a file name
 * and a .sha256 line.  Checks beyond "no crash": a file that is accepted
 * adds up, counted again from the rows handed to COPY (count = rows, total
 * = the OK rows' amounts, five fields a row, status OK or REVERSED, no
 * serial twice, no serial longer than BK/1's 20); an accepted name gives
 * four and eight digits; an accepted .sha256 line gives 64 lower-case hex.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bank_file.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define MAX_ROWS	4096

static int
serial_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Count the COPY rows again: "serial|custno|amount|status|txtime\n". */
static void
recount(const struct gbuf *copy, int64_t count, int64_t total)
{
	char	*text, *line, *save = NULL, *f[6], *p;
	char	*serials[MAX_ROWS];
	int64_t	 n = 0, sum = 0;
	int	 nf, i;

	text = malloc(copy->len + 1);
	if (copy->len > 0)
		memcpy(text, copy->data, copy->len);
	text[copy->len] = '\0';
	for (line = strtok_r(text, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		for (nf = 0, p = line; nf < 6; nf++) {
			f[nf] = p;
			if ((p = strchr(p, '|')) == NULL) {
				nf++;
				break;
			}
			*p++ = '\0';
		}
		if (nf != 5 || p != NULL || strlen(f[0]) == 0 ||
		    strlen(f[0]) > BANK_SERIAL_MAX)
			abort();
		if (strcmp(f[3], "OK") == 0)
			sum += strtoll(f[2], NULL, 10);
		else if (strcmp(f[3], "REVERSED") != 0)
			abort();
		if (n < MAX_ROWS)
			serials[n] = f[0];
		n++;
	}
	if (n != count || sum != total)
		abort();
	if (n <= MAX_ROWS) {
		qsort(serials, (size_t)n, sizeof(serials[0]), serial_cmp);
		for (i = 1; i < n; i++)
			if (strcmp(serials[i - 1], serials[i]) == 0)
				abort();
	}
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct gbuf	 copy;
	char		 name[64], bankno[5], date[9], hex[65], err[256];
	int64_t		 count = -1, total = -1;
	size_t		 i, n;
	char		*text;

	/* The first line as a file name. */
	for (n = 0; n < size && n < sizeof(name) - 1 && data[n] != '\n'; n++)
		name[n] = data[n] == '\0' ? ' ' : (char)data[n];
	name[n] = '\0';
	if (bank_file_name(name, bankno, date) == 0) {
		if (strlen(bankno) != 4 || strlen(date) != 8)
			abort();
		for (i = 0; i < 4; i++)
			if (!isdigit((unsigned char)bankno[i]))
				abort();
		for (i = 0; i < 8; i++)
			if (!isdigit((unsigned char)date[i]))
				abort();
	}
	/* The whole input as a .sha256 line for a fixed name. */
	if (bank_sha_line((const char *)data, size, "BD010220261206.txt", hex,
	    err, sizeof(err)) == 0) {
		if (strlen(hex) != 64)
			abort();
		for (i = 0; i < 64; i++)
			if (!isxdigit((unsigned char)hex[i]) ||
			    isupper((unsigned char)hex[i]))
				abort();
	}
	/* The whole input as the day file of bank 0102 on 2026-12-06. */
	text = malloc(size + 1);
	if (size > 0)
		memcpy(text, data, size);
	text[size] = '\0';
	gbuf_init(&copy);
	if (bank_file_parse(text, size, "0102", "20261206", &copy, &count,
	    &total, err, sizeof(err)) == 0)
		recount(&copy, count, total);
	else if (err[0] == '\0')
		abort();	/* a refusal says why */
	gbuf_free(&copy);
	free(text);
	return 0;
}
