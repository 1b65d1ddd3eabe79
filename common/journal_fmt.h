/*
 * journal_fmt.h - the on-disk format of the frontd journal: encoding one
 * record, reading records back, and verifying checksums and the hash chain.
 * Used by frontd (writer, tail recovery), by `gfctl journal` and by the unit
 * test; it depends on OpenSSL (SHA-256) and util.h only.  The format is
 * described at the top of journal_fmt.c and in docs/JOURNAL.md.
 */
#ifndef GF_JOURNAL_FMT_H
#define GF_JOURNAL_FMT_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define JFMT_MAGIC		"GFJOURN1"
#define JFMT_FILE_HDR		16
#define JFMT_REC_HDR		40	/* len, lencheck, prev hash */
#define JFMT_REC_TRAILER	4	/* crc32 */
#define JFMT_MAX_BODY		(1024 * 1024)
#define JFMT_HASH_LEN		32
#define JFMT_AUX_CAP		1024	/* bytes of an offending input kept */

enum jfmt_type {
	JFMT_START = 1,		/* frontd started (note: pid, version) */
	JFMT_STOP = 2,		/* clean shutdown */
	JFMT_OPEN = 3,		/* connection accepted */
	JFMT_CLOSE = 4,		/* connection closed (note: reason) */
	JFMT_REQUEST = 5,	/* authenticated request: raw + plaintext */
	JFMT_RESPONSE = 6,	/* response: raw + plaintext */
	JFMT_ALERT = 7,		/* alert sent: raw = alert frame, aux = cause */
	JFMT_SUPPRESSED = 8,	/* alerts not journaled (over the limit):
				   seq = how many, peer or terminal, note */
	/* The bank link (BK/1, docs/BK1.md): terminal = the bankno ("" while
	 * unknown), func = trcode, code = rspcode, raw = the whole frame. */
	JFMT_BK_OPEN = 9,	/* bank connection accepted */
	JFMT_BK_CLOSE = 10,	/* bank connection closed (note: reason) */
	JFMT_BK_IN = 11,	/* a frame (or bytes) a bank sent */
	JFMT_BK_OUT = 12,	/* a frame the station answered */
};
#define JFMT_IS_BANK(t)	((t) >= JFMT_BK_OPEN && (t) <= JFMT_BK_OUT)

/* One decoded record body; pointers point into the buffer read. */
struct jfmt_rec {
	uint64_t	 recno;
	int64_t		 ts_us;
	uint8_t		 type;
	uint64_t	 conn;
	uint16_t	 port;
	char		 peer[64];
	char		 terminal[17];
	uint32_t	 seq;
	uint16_t	 func;
	uint16_t	 code;
	const uint8_t	*raw;
	uint32_t	 rawlen;
	const uint8_t	*plain;
	uint32_t	 plainlen;
	const uint8_t	*aux;
	uint32_t	 auxlen;
	char		 note[256];
};

const char	*jfmt_type_name(uint8_t);
uint32_t	 jfmt_crc32(uint32_t crc, const uint8_t *, size_t);
void		 jfmt_file_header(uint8_t out[JFMT_FILE_HDR]);
int		 jfmt_check_file_header(const uint8_t *, size_t);

/*
 * Append one whole record (header, body, crc) to out, chained to prev;
 * prev is updated to the new record's hash.  The body fields come from r
 * (recno and ts_us included).
 */
void	jfmt_encode(struct gbuf *out, uint8_t prev[JFMT_HASH_LEN],
	    const struct jfmt_rec *r);

enum jfmt_read {
	JFMT_R_OK,	/* a whole record with a good checksum */
	JFMT_R_END,	/* off == len */
	JFMT_R_TORN,	/* an incomplete record running to the end of data */
	JFMT_R_BAD,	/* length check, checksum or body malformed */
};
struct jfmt_raw {
	size_t		 size;		/* whole record */
	const uint8_t	*prev;		/* its prev-hash field */
	const uint8_t	*body;
	uint32_t	 bodylen;
	uint8_t		 hash[JFMT_HASH_LEN];	/* SHA-256 of the record */
	const char	*why;		/* JFMT_R_BAD: reason */
};
enum jfmt_read	jfmt_read(const uint8_t *buf, size_t len, size_t off,
		    struct jfmt_raw *);
int		jfmt_decode(const uint8_t *body, size_t len, struct jfmt_rec *);

/*
 * File names.  Each frontd worker writes its own chain (docs/JOURNAL.md):
 * chain 0 is journal-YYYYMMDD.gfj (the only one with frontd.workers = 1),
 * chain k >= 1 is journal-YYYYMMDD.wK.gfj.  The chains are independent:
 * each starts at record 1 and links only its own files.
 */
#define JFMT_MAX_CHAINS		64
#define JFMT_NAME_MAX		32
void	jfmt_file_name(char *out, size_t n, const char *date, int chain);
/* The chain of a file name (a base name, no folder), date[9] filled; -1
 * when it is not a journal file's name. */
int	jfmt_file_chain(const char *name, char date[9]);

/* Verification across files, in order. */
struct jfmt_verify {
	int		started;	/* a record was seen: chain anchored */
	int		strict_start;	/* the first record must be recno 1 */
	uint8_t		prev[JFMT_HASH_LEN];
	uint64_t	next_recno;
	uint64_t	nrec;
	int		torn;		/* the last file ends in a torn record */
	char		err[512];
};
void	jfmt_verify_init(struct jfmt_verify *, int strict_start);
/* 0: the file is good (a torn tail sets v->torn when is_last); -1: v->err
 * names the file, the offset and the record number of the first bad one. */
int	jfmt_verify_buf(struct jfmt_verify *, const char *name,
	    const uint8_t *buf, size_t len, int is_last);
int	jfmt_verify_file(struct jfmt_verify *, const char *path, int is_last);
/* Read a whole file into memory; -1 with errno. */
int	jfmt_slurp(const char *path, uint8_t **buf, size_t *len);

#endif
