/*
 * console_journal.c - the raw packets of one request, read from frontd's
 * journal for the transaction's page (docs/JOURNAL.md for the format; the
 * reader is frontd's own, common/journal_fmt.c).
 *
 * A day's file may hold millions of records, so it is not read through:
 * records are in time order, and a record's start can be found from any
 * offset (its length, the length's complement and its CRC-32 must agree),
 * so a binary search by time finds the request's neighbourhood in a few
 * small reads; from there at most OFFICE_J_WINDOW_AFTER seconds of records
 * are scanned.  Each record found carries its own chain check: its CRC,
 * its prev hash against the record before it (and the record number
 * following on), and the next record's prev hash against it.  The whole
 * chain from the first record is `gfctl journal verify`'s job.
 *
 * The console holds no master key and decrypts nothing: the raw frame is
 * shown as received (ciphertext after its clear header, which is decoded);
 * the plaintext shown is the copy frontd journaled, PIN and session token
 * already masked, decoded again here with PINs masked.
 */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "console_office.h"
#include "journal_fmt.h"
#include "journal_json.h"
#include "tp1.h"
#include "tp1_json.h"

#define OFFICE_J_BEFORE_US	(5LL * 1000000)	/* scan from 5 s before */
#define OFFICE_J_AFTER_US	(60LL * 1000000)	/* to 60 s after */
#define OFFICE_J_RESYNC		(2 * (JFMT_MAX_BODY + JFMT_REC_HDR + 4))
#define OFFICE_J_SCAN_MAX	((size_t)256 << 20)	/* bytes scanned at most */
#define OFFICE_J_PACKETS	16

/* The first whole record at or after off (a record start), or len. */
static size_t
resync(const uint8_t *buf, size_t len, size_t off, int64_t *ts)
{
	struct jfmt_raw	 raw;
	struct jfmt_rec	 rec;
	size_t		 end = off + OFFICE_J_RESYNC < len ? off +
			    OFFICE_J_RESYNC : len;

	for (; off < end; off++)
		if (jfmt_read(buf, len, off, &raw) == JFMT_R_OK &&
		    jfmt_decode(raw.body, raw.bodylen, &rec) == 0) {
			*ts = rec.ts_us;
			return off;
		}
	return len;
}

/* A record start not after the first record of time >= from_us. */
static size_t
seek_time(const uint8_t *buf, size_t len, int64_t from_us)
{
	size_t		 lo = JFMT_FILE_HDR, hi = len, mid, b;
	int64_t		 ts = 0;	/* set whenever b < hi */

	while (hi - lo > 65536) {
		mid = lo + (hi - lo) / 2;
		b = resync(buf, len, mid, &ts);
		if (b < hi && ts < from_us)
			lo = b;
		else
			hi = mid;
	}
	return lo;
}

struct found {
	uint64_t	 conn;
	uint32_t	 seq;
};

/* One chain's file of the day (fname); see office_journal_find. */
static json_t *
find_in_file(const char *dir, const char *fname, const char *terminal,
    const char *term_serial, int64_t at_us, json_t *packets)
{
	json_t		*desc = json_object(), *pk, *pending = NULL;
	char		 path[1024];
	struct stat	 st;
	const uint8_t	*buf = MAP_FAILED;
	size_t		 len = 0, off, scanned = 0;
	struct jfmt_raw	 raw;
	struct jfmt_rec	 rec;
	uint8_t		 prev[JFMT_HASH_LEN], pend_hash[JFMT_HASH_LEN];
	uint64_t	 prev_recno = 0;
	int		 have_prev = 0, fd, nfound = 0, i, match;
	struct found	 req[OFFICE_J_PACKETS];
	int64_t		 from = at_us - OFFICE_J_BEFORE_US;
	int64_t		 to = at_us + OFFICE_J_AFTER_US;

	snprintf(path, sizeof(path), "%s/%s", dir, fname);
	json_object_set_new(desc, "file", json_string(fname));
	json_object_set_new(desc, "from_us", json_integer(from));
	json_object_set_new(desc, "to_us", json_integer(to));
	json_object_set_new(desc, "decrypted", json_false());
	json_object_set_new(desc, "note", json_string("控制台不持有主密钥，"
	    "不解密帧体；原始帧为收到时的密文（帧头已解析），明文为 frontd 记入"
	    "日志时的副本（PIN 与令牌已屏蔽）。/ The console holds no master "
	    "key and decrypts nothing: raw frames are the ciphertext as "
	    "received (header decoded); the plaintext is frontd's journaled "
	    "copy, PIN and token masked."));
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1 ||
	    fstat(fd, &st) == -1) {
		json_object_set_new(desc, "error", json_string(strerror(errno)));
		if (fd != -1)
			close(fd);
		return desc;
	}
	len = (size_t)st.st_size;
	if (len > JFMT_FILE_HDR)
		buf = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (buf == MAP_FAILED || jfmt_check_file_header(buf, len) == -1) {
		json_object_set_new(desc, "error", json_string("not a journal "
		    "file"));
		if (buf != MAP_FAILED)
			munmap((void *)buf, len);
		return desc;
	}
	off = seek_time(buf, len, from);
	json_object_set_new(desc, "scan_from", json_integer((json_int_t)off));
	while (off < len && scanned < OFFICE_J_SCAN_MAX) {
		if (jfmt_read(buf, len, off, &raw) != JFMT_R_OK ||
		    jfmt_decode(raw.body, raw.bodylen, &rec) == -1) {
			json_object_set_new(desc, "stopped", json_string(
			    raw.why ? raw.why : "torn or malformed record"));
			break;
		}
		if (pending != NULL) {
			json_object_set_new(json_object_get(pending, "chain"),
			    "next_ok", json_boolean(memcmp(raw.prev, pend_hash,
			    JFMT_HASH_LEN) == 0));
			pending = NULL;
		}
		if (rec.ts_us > to)
			break;
		match = 0;
		if (rec.type == JFMT_REQUEST &&
		    strcmp(rec.terminal, terminal) == 0 &&
		    nfound < OFFICE_J_PACKETS &&
		    jfmt_rec_term_serial_is(&rec, term_serial)) {
			req[nfound].conn = rec.conn;
			req[nfound++].seq = rec.seq;
			match = 1;
		} else if (rec.type == JFMT_RESPONSE &&
		    strcmp(rec.terminal, terminal) == 0)
			for (i = 0; i < nfound; i++)
				if (req[i].conn == rec.conn &&
				    req[i].seq == rec.seq)
					match = 1;
		if (match && json_array_size(packets) < 2 * OFFICE_J_PACKETS) {
			pk = jfmt_rec_json(fname, off, &rec);
			json_object_set_new(pk, "chain", json_pack("{s:b}",
			    "crc_ok", 1));
			if (have_prev)
				json_object_set_new(json_object_get(pk,
				    "chain"), "prev_ok", json_boolean(
				    memcmp(raw.prev, prev, JFMT_HASH_LEN) == 0 &&
				    rec.recno == prev_recno + 1));
			json_array_append_new(packets, pk);
			pending = pk;
			memcpy(pend_hash, raw.hash, JFMT_HASH_LEN);
		}
		memcpy(prev, raw.hash, JFMT_HASH_LEN);
		prev_recno = rec.recno;
		have_prev = 1;
		scanned += raw.size;
		off += raw.size;
	}
	json_object_set_new(desc, "scanned_bytes",
	    json_integer((json_int_t)scanned));
	json_object_set_new(desc, "found", json_integer((json_int_t)
	    json_array_size(packets)));
	munmap((void *)buf, len);
	return desc;
}

/*
 * With frontd.workers > 1 each worker journals its own chain
 * (journal-YYYYMMDD.wK.gfj): a request and its response are always in the
 * same one (one connection, one worker).  The chains of the day are tried
 * in order until one holds the packets; without any, the description of
 * chain 0's file says what was looked at.
 */
json_t *
office_journal_find(const char *dir, const char *terminal,
    const char *term_serial, int64_t at_us, json_t *packets)
{
	json_t		*d, *first = NULL;
	char		 day[9], fname[JFMT_NAME_MAX], path[1024];
	struct stat	 st;
	int		 k;

	fmt_localdate(at_us / 1000000, day);
	for (k = 0; k < JFMT_MAX_CHAINS; k++) {
		jfmt_file_name(fname, sizeof(fname), day, k);
		snprintf(path, sizeof(path), "%s/%s", dir, fname);
		if (k > 0 && stat(path, &st) == -1)
			continue;
		d = find_in_file(dir, fname, terminal, term_serial, at_us,
		    packets);
		if (json_array_size(packets) > 0) {
			if (first != NULL)
				json_decref(first);
			return d;
		}
		if (first == NULL)
			first = d;
		else
			json_decref(d);
	}
	return first;
}
