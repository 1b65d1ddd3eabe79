/*
 * journal_fmt.c - encoding, reading and verifying journal records.  The
 * format is documented at the top of journal.c and in docs/JOURNAL.md.
 *
 * This file is compiled into frontd and, by #include, into `gfctl journal`
 * and tests/unit/test_journal.c, so the reader and the writer can never
 * disagree about the format.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/sha.h>

#include "journal_fmt.h"

/*
 * SHA-256 of a record.  OpenSSL 3's one-shot SHA256() fetches the algorithm
 * and allocates a digest context on every call; a journal hashes every
 * record it writes or reads, so the algorithm is fetched once per process
 * (pthread_once) and each thread keeps one context, initialised again for
 * each record and freed when its thread exits.  If OpenSSL cannot give
 * either, the one-shot call is used: the same digest, only slower.
 */
static pthread_once_t		 sha_once = PTHREAD_ONCE_INIT;
static EVP_MD			*sha_md;
static pthread_key_t		 sha_key;
static int			 sha_key_ok;
static _Thread_local EVP_MD_CTX	*sha_ctx;

static void
sha_ctx_free(void *arg)
{
	EVP_MD_CTX_free(arg);
}

static void
sha_init(void)
{
	if (pthread_key_create(&sha_key, sha_ctx_free) != 0)
		return;
	sha_key_ok = 1;
	sha_md = EVP_MD_fetch(NULL, "SHA256", NULL);
}

static void
rec_hash(const uint8_t *p, size_t n, uint8_t out[JFMT_HASH_LEN])
{
	unsigned int	len = 0;

	if (pthread_once(&sha_once, sha_init) == 0 && sha_key_ok &&
	    sha_md != NULL) {
		if (sha_ctx == NULL && (sha_ctx = EVP_MD_CTX_new()) != NULL &&
		    pthread_setspecific(sha_key, sha_ctx) != 0) {
			EVP_MD_CTX_free(sha_ctx);
			sha_ctx = NULL;
		}
		if (sha_ctx != NULL &&
		    EVP_DigestInit_ex2(sha_ctx, sha_md, NULL) == 1 &&
		    EVP_DigestUpdate(sha_ctx, p, n) == 1 &&
		    EVP_DigestFinal_ex(sha_ctx, out, &len) == 1 &&
		    len == JFMT_HASH_LEN)
			return;
	}
	SHA256(p, n, out);
}

static const char *type_names[] = {
	NULL, "START", "STOP", "OPEN", "CLOSE", "REQUEST", "RESPONSE", "ALERT",
	"SUPPRESSED", "BK_OPEN", "BK_CLOSE", "BK_IN", "BK_OUT",
};

const char *
jfmt_type_name(uint8_t t)
{
	if (t < sizeof(type_names) / sizeof(type_names[0]) && type_names[t])
		return type_names[t];
	return "UNKNOWN";
}

/* CRC-32 (IEEE 802.3, reflected), table built on first use. */
uint32_t
jfmt_crc32(uint32_t crc, const uint8_t *p, size_t n)
{
	static uint32_t	tab[256];
	static int	ready;
	uint32_t	c;
	int		i, k;

	if (!ready) {
		for (i = 0; i < 256; i++) {
			c = (uint32_t)i;
			for (k = 0; k < 8; k++)
				c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
			tab[i] = c;
		}
		ready = 1;
	}
	crc = ~crc;
	/* Eight bytes a turn: one loop test for eight table steps. */
	for (; n >= 8; n -= 8) {
		crc = tab[(crc ^ *p++) & 0xff] ^ (crc >> 8);
		crc = tab[(crc ^ *p++) & 0xff] ^ (crc >> 8);
		crc = tab[(crc ^ *p++) & 0xff] ^ (crc >> 8);
		crc = tab[(crc ^ *p++) & 0xff] ^ (crc >> 8);
		crc = tab[(crc ^ *p++) & 0xff] ^ (crc >> 8);
		crc = tab[(crc ^ *p++) & 0xff] ^ (crc >> 8);
		crc = tab[(crc ^ *p++) & 0xff] ^ (crc >> 8);
		crc = tab[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	}
	while (n--)
		crc = tab[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

void
jfmt_file_header(uint8_t out[JFMT_FILE_HDR])
{
	memset(out, 0, JFMT_FILE_HDR);
	memcpy(out, JFMT_MAGIC, 8);
	put_be16(out + 8, 1);		/* format version */
}

int
jfmt_check_file_header(const uint8_t *p, size_t len)
{
	if (len < JFMT_FILE_HDR || memcmp(p, JFMT_MAGIC, 8) != 0 ||
	    get_be16(p + 8) != 1)
		return -1;
	return 0;
}

static void
put_str8(struct gbuf *b, const char *s)
{
	size_t	n = s ? strlen(s) : 0;

	if (n > 255)
		n = 255;
	gbuf_add_u8(b, (uint8_t)n);
	gbuf_add(b, s, n);
}

static void
put_blob(struct gbuf *b, const uint8_t *p, uint32_t n)
{
	gbuf_add_be32(b, n);
	if (n)
		gbuf_add(b, p, n);
}

void
jfmt_encode(struct gbuf *out, uint8_t prev[JFMT_HASH_LEN],
    const struct jfmt_rec *r)
{
	size_t		start = out->len, bodylen, nlen;
	uint8_t		hdr[8] = { 0 };
	uint32_t	crc;

	gbuf_add(out, hdr, 8);		/* patched below */
	gbuf_add(out, prev, JFMT_HASH_LEN);
	gbuf_add_be64(out, r->recno);
	gbuf_add_be64(out, (uint64_t)r->ts_us);
	gbuf_add_u8(out, r->type);
	gbuf_add_be64(out, r->conn);
	gbuf_add_be16(out, r->port);
	put_str8(out, r->peer);
	put_str8(out, r->terminal);
	gbuf_add_be32(out, r->seq);
	gbuf_add_be16(out, r->func);
	gbuf_add_be16(out, r->code);
	put_blob(out, r->raw, r->rawlen);
	put_blob(out, r->plain, r->plainlen);
	put_blob(out, r->aux, r->auxlen);
	nlen = strlen(r->note);
	gbuf_add_be16(out, (uint16_t)nlen);
	gbuf_add(out, r->note, nlen);

	bodylen = out->len - start - JFMT_REC_HDR;
	put_be32(out->data + start, (uint32_t)bodylen);
	put_be32(out->data + start + 4, ~(uint32_t)bodylen);
	crc = jfmt_crc32(0, out->data + start, out->len - start);
	gbuf_add_be32(out, crc);
	rec_hash(out->data + start, out->len - start, prev);
}

enum jfmt_read
jfmt_read(const uint8_t *buf, size_t len, size_t off, struct jfmt_raw *r)
{
	const uint8_t	*p = buf + off;
	size_t		 avail = len - off;
	uint32_t	 blen;

	memset(r, 0, sizeof(*r));
	if (off >= len)
		return JFMT_R_END;
	if (avail < 8)
		return JFMT_R_TORN;
	blen = get_be32(p);
	if (get_be32(p + 4) != ~blen || blen > JFMT_MAX_BODY) {
		r->why = "length field corrupt";
		return JFMT_R_BAD;
	}
	r->size = JFMT_REC_HDR + (size_t)blen + JFMT_REC_TRAILER;
	if (avail < r->size)
		return JFMT_R_TORN;
	if (jfmt_crc32(0, p, r->size - 4) != get_be32(p + r->size - 4)) {
		r->why = "checksum mismatch";
		return JFMT_R_BAD;
	}
	r->prev = p + 8;
	r->body = p + JFMT_REC_HDR;
	r->bodylen = blen;
	rec_hash(p, r->size, r->hash);
	return JFMT_R_OK;
}

struct rd {
	const uint8_t	*p;
	size_t		 n;
	int		 bad;
};

static const uint8_t *
take(struct rd *d, size_t k)
{
	const uint8_t	*q;

	if (d->bad || d->n < k) {
		d->bad = 1;
		return NULL;
	}
	q = d->p;
	d->p += k;
	d->n -= k;
	return q;
}

static uint64_t
take64(struct rd *d)
{
	const uint8_t	*q = take(d, 8);

	return q ? get_be64(q) : 0;
}

static uint32_t
take32(struct rd *d)
{
	const uint8_t	*q = take(d, 4);

	return q ? get_be32(q) : 0;
}

static uint16_t
take16(struct rd *d)
{
	const uint8_t	*q = take(d, 2);

	return q ? get_be16(q) : 0;
}

static void
take_str(struct rd *d, size_t n, char *out, size_t cap)
{
	const uint8_t	*q = take(d, n);

	out[0] = '\0';
	if (q == NULL)
		return;
	if (n >= cap)
		n = cap - 1;
	memcpy(out, q, n);
	out[n] = '\0';
}

static const uint8_t *
take_blob(struct rd *d, uint32_t *n)
{
	*n = take32(d);
	return take(d, *n);
}

int
jfmt_decode(const uint8_t *body, size_t len, struct jfmt_rec *r)
{
	struct rd	 d = { body, len, 0 };
	const uint8_t	*q;

	memset(r, 0, sizeof(*r));
	r->recno = take64(&d);
	r->ts_us = (int64_t)take64(&d);
	q = take(&d, 1);
	r->type = q ? *q : 0;
	r->conn = take64(&d);
	r->port = take16(&d);
	q = take(&d, 1);
	take_str(&d, q ? *q : 0, r->peer, sizeof(r->peer));
	q = take(&d, 1);
	take_str(&d, q ? *q : 0, r->terminal, sizeof(r->terminal));
	r->seq = take32(&d);
	r->func = take16(&d);
	r->code = take16(&d);
	r->raw = take_blob(&d, &r->rawlen);
	r->plain = take_blob(&d, &r->plainlen);
	r->aux = take_blob(&d, &r->auxlen);
	take_str(&d, take16(&d), r->note, sizeof(r->note));
	if (d.bad || d.n != 0)
		return -1;
	return 0;
}

void
jfmt_verify_init(struct jfmt_verify *v, int strict_start)
{
	memset(v, 0, sizeof(*v));
	v->strict_start = strict_start;
	v->next_recno = 1;
}

static int
vfail(struct jfmt_verify *v, const char *name, size_t off, uint64_t idx,
    const char *why)
{
	snprintf(v->err, sizeof(v->err),
	    "file=%s offset=%zu record=%llu expected_recno=%llu: %s", name, off,
	    (unsigned long long)idx, (unsigned long long)v->next_recno, why);
	return -1;
}

int
jfmt_verify_buf(struct jfmt_verify *v, const char *name, const uint8_t *buf,
    size_t len, int is_last)
{
	static const uint8_t	 zero[JFMT_HASH_LEN];
	struct jfmt_raw		 raw;
	struct jfmt_rec		 rec;
	size_t			 off = JFMT_FILE_HDR;
	uint64_t		 idx = 0;

	if (jfmt_check_file_header(buf, len) == -1)
		return vfail(v, name, 0, 0, "not a journal file (bad header)");
	for (;;) {
		idx++;
		switch (jfmt_read(buf, len, off, &raw)) {
		case JFMT_R_END:
			return 0;
		case JFMT_R_TORN:
			if (!is_last)
				return vfail(v, name, off, idx,
				    "truncated record inside the chain");
			v->torn = 1;
			snprintf(v->err, sizeof(v->err),
			    "file=%s offset=%zu record=%llu: torn tail (%zu "
			    "bytes of an unfinished write)", name, off,
			    (unsigned long long)idx, len - off);
			return 0;
		case JFMT_R_BAD:
			return vfail(v, name, off, idx, raw.why);
		case JFMT_R_OK:
			break;
		}
		if (jfmt_decode(raw.body, raw.bodylen, &rec) == -1)
			return vfail(v, name, off, idx, "malformed record body");
		if (v->started || v->strict_start) {
			if (memcmp(raw.prev, v->started ? v->prev : zero,
			    JFMT_HASH_LEN) != 0)
				return vfail(v, name, off, idx, "hash chain broken "
				    "(record deleted, inserted, moved or altered)");
			if (rec.recno != v->next_recno)
				return vfail(v, name, off, idx,
				    "record number out of sequence");
		}
		v->started = 1;
		memcpy(v->prev, raw.hash, JFMT_HASH_LEN);
		v->next_recno = rec.recno + 1;
		v->nrec++;
		off += raw.size;
	}
}

void
jfmt_file_name(char *out, size_t n, const char *date, int chain)
{
	if (chain <= 0)
		snprintf(out, n, "journal-%s.gfj", date);
	else
		snprintf(out, n, "journal-%s.w%d.gfj", date, chain);
}

int
jfmt_file_chain(const char *name, char date[9])
{
	const char	*p;
	int		 i, k = 0;

	if (strncmp(name, "journal-", 8) != 0)
		return -1;
	p = name + 8;
	for (i = 0; i < 8; i++)
		if (p[i] < '0' || p[i] > '9')
			return -1;
	memcpy(date, p, 8);
	date[8] = '\0';
	p += 8;
	if (strcmp(p, ".gfj") == 0)
		return 0;
	if (p[0] != '.' || p[1] != 'w' || p[2] < '1' || p[2] > '9')
		return -1;
	for (p += 2; *p >= '0' && *p <= '9'; p++) {
		k = k * 10 + (*p - '0');
		if (k >= JFMT_MAX_CHAINS)
			return -1;
	}
	if (k == 0 || strcmp(p, ".gfj") != 0)
		return -1;
	return k;
}

int
jfmt_slurp(const char *path, uint8_t **buf, size_t *len)
{
	struct stat	 st;
	uint8_t		*p = NULL;
	size_t		 got = 0;
	ssize_t		 r;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	if (fstat(fd, &st) == -1)
		goto fail;
	p = malloc((size_t)st.st_size + 1);
	if (p == NULL)
		goto fail;
	while (got < (size_t)st.st_size) {
		r = read(fd, p + got, (size_t)st.st_size - got);
		if (r == -1 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	*buf = p;
	*len = got;
	return 0;
fail:
	free(p);
	close(fd);
	return -1;
}

int
jfmt_verify_file(struct jfmt_verify *v, const char *path, int is_last)
{
	uint8_t	*buf;
	size_t	 len;
	int	 rv;

	if (jfmt_slurp(path, &buf, &len) == -1) {
		snprintf(v->err, sizeof(v->err), "file=%s: %s", path,
		    strerror(errno));
		return -1;
	}
	rv = jfmt_verify_buf(v, path, buf, len, is_last);
	free(buf);
	return rv;
}
