/*
 * fuzz_whfile.c - libFuzzer target for a bank's withholding result file as
 * ifsvc reads it before handing it to the database (ifsvc/wh_file.c): the
 * file name and the file's syntax.
 *
 * Input: the result file's bytes; its first line also stands for a file
 * name.  Checks beyond "no crash": an accepted file has a header of eight
 * fields (H, four-digit bank, six-digit month, then digits only) and lines
 * whose fields are what the database is handed (lineno and amount in range,
 * custno 1-32 bytes, account digits, result 0000 or 3xxx, bankserial up to
 * 64 and txdate up to 8 bytes); a refusal says why; an accepted name is
 * WR + the bank + eight digits + .txt.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "wh_file.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
digits(const char *s, size_t min, size_t max)
{
	size_t	n = strlen(s);

	return n >= min && n <= max && strspn(s, "0123456789") == n;
}

static void
check_line(const json_t *o)
{
	json_int_t	 lineno, amount;
	const char	*custno, *account, *result, *bankserial, *txdate;

	if (json_unpack((json_t *)o, "{s:I,s:s,s:s,s:I,s:s,s:s,s:s}",
	    "lineno", &lineno, "custno", &custno, "account", &account,
	    "amount", &amount, "result", &result, "bankserial", &bankserial,
	    "txdate", &txdate) != 0)
		abort();
	if (lineno < 0 || lineno > 999999999 || amount < 0 ||
	    amount > 999999999999999LL)
		abort();
	if (custno[0] == '\0' || strlen(custno) > 32 ||
	    !digits(account, 1, 32) || !digits(result, 4, 4) ||
	    (strcmp(result, "0000") != 0 && result[0] != '3') ||
	    strlen(bankserial) > 64 || strlen(txdate) > 8)
		abort();
	if (strchr(custno, '|') || strchr(custno, '\n') ||
	    strchr(bankserial, '|') || strchr(txdate, '|'))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*text, *hdr[WH_FIELDS], why[256], name[64];
	json_t		*lines, *o;
	const uint8_t	*nl;
	size_t		 i, n;

	/* the name: the first line, cut to what a directory entry holds */
	nl = memchr(data, '\n', size);
	n = nl != NULL ? (size_t)(nl - data) : size;
	if (n > sizeof(name) - 1)
		n = sizeof(name) - 1;
	memcpy(name, data, n);
	name[n] = '\0';
	if (memchr(name, '\0', n) == NULL && wh_result_name("0102", name)) {
		if (strlen(name) != 18 || strncmp(name, "WR0102", 6) != 0 ||
		    strspn(name + 6, "0123456789") != 8 ||
		    strcmp(name + 14, ".txt") != 0)
			abort();
	}

	text = malloc(size + 1);
	if (size > 0)
		memcpy(text, data, size);
	text[size] = '\0';
	lines = json_array();
	why[0] = '\0';
	if (wh_result_parse(text, size, hdr, lines, why, sizeof(why)) == 0) {
		if (strcmp(hdr[0], "H") != 0 || !digits(hdr[1], 4, 4) ||
		    !digits(hdr[2], 6, 6))
			abort();
		for (i = 3; i < WH_FIELDS; i++)
			if (!digits(hdr[i], 1, 15))
				abort();
		json_array_foreach(lines, i, o)
			check_line(o);
	} else if (why[0] == '\0')
		abort();
	json_decref(lines);
	free(text);
	return 0;
}
