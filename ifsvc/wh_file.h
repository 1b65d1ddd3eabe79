/*
 * wh_file.h - a bank's withholding result file (docs/BK1.md
 * "Withholding") as the bank wrote it: WR<bankno><YYYYMM><nn>.txt,
 * "H|bankno|YYYYMM|nn|count|total|okcount|oktotal" then one
 * "D|lineno|custno|account|amount|result|bankserial|txdate" per line of
 * the list (result 0000 debited, 3xxx not).  Everything here reads bytes a
 * bank wrote and checks their syntax; nothing here does I/O (withhold.c
 * reads the file and its .sha256; gf_wh_result_take checks the figures
 * against the list; the fuzz target feeds it anything).
 */
#ifndef WH_FILE_H
#define WH_FILE_H

#include <stddef.h>

#include <jansson.h>

#define WH_FIELDS	8	/* of the header and of each line */

/* "WR<bankno><YYYYMM><nn>.txt" of bank (4 digits): 1 if so, else 0. */
int	wh_result_name(const char *bank, const char *name);

/*
 * Parse a result file's text (len bytes, NUL-terminated, split in place):
 * 0 with hdr[0..7] pointing into text and one JSON object per D line
 * appended to lines ({lineno, custno, account, amount, result, bankserial,
 * txdate}); -1 with why naming the line.
 */
int	wh_result_parse(char *text, size_t len, char **hdr, json_t *lines,
	    char *why, size_t whylen);

#endif
