/*
 * bank_file.h - a bank's day file (BK1 §5) as the bank wrote it:
 * BD<bankno><YYYYMMDD>.txt, "H|bankno|YYYYMMDD|count|total" then one
 * "D|serial|custno|amount|status|txtime" per collection of the day (status
 * OK or REVERSED), with <name>.sha256 beside it in sha256sum's format.
 * Everything here reads bytes a bank wrote and checks them; nothing here
 * does I/O (bank_recon.c reads and stores; the unit test feeds it anything).
 */
#ifndef BANK_FILE_H
#define BANK_FILE_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define BANK_SERIAL_MAX	20		/* BK1 §1 header field */
#define BANK_CUSTNO_MAX	32
#define BANK_FILE_MAX	(256L << 20)	/* bytes: far above a bank's day */

/* "BD<4 digits><8 digits>.txt": 0 with bankno and date, -1 otherwise. */
int	bank_file_name(const char *name, char bankno[5], char date[9]);

/* The .sha256 beside name: "<64 hex>  name" (or " *name"), one line.
 * 0 with hex (lower case), -1 with err. */
int	bank_sha_line(const char *data, size_t len, const char *name,
	    char hex[65], char *err, size_t errlen);

/*
 * Check a whole day file of bankno and date: the header first and once,
 * every line's syntax, no serial twice, count lines whose OK lines' amounts
 * add up to total (as MI/1's 9001 file, MI1 §3).  total is that sum.
 * On success copy holds the D lines without "D|" for COPY ... (DELIMITER
 * '|'): serial|custno|amount|status|txtime.  0, or -1 with err naming the
 * line.
 */
int	bank_file_parse(const char *data, size_t len, const char *bankno,
	    const char *date, struct gbuf *copy, int64_t *count,
	    int64_t *total, char *err, size_t errlen);

#endif
