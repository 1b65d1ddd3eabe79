/*
 * tp1.c - TP/1 frames (TP1 §2): the header, opening a frame (MAC check in
 * constant time, then decryption and method-2 unpadding: encrypt-then-MAC,
 * so nothing is decrypted before it is authenticated), sealing one, and
 * alert frames.
 */
#include <string.h>

#include <openssl/crypto.h>

#include "tp1.h"
#include "tp1_priv.h"

/* The largest frame the 16-bit length field can describe. */
#define TP1_WIRE_MAX	(TP1_HDR_LEN + 0xFFFF + TP1_MAX_MAC)

int
tp1_tid_pack(const char *terminal, uint8_t tid[8])
{
	uint8_t	out[8];
	int	i;

	if (terminal == NULL || strlen(terminal) != 16)
		return -1;
	for (i = 0; i < 16; i++)
		if (terminal[i] < '0' || terminal[i] > '9')
			return -1;
	for (i = 0; i < 8; i++)
		out[i] = (uint8_t)((terminal[2 * i] - '0') << 4 |
		    (terminal[2 * i + 1] - '0'));
	memcpy(tid, out, 8);
	return 0;
}

int
tp1_tid_unpack(const uint8_t tid[8], char terminal[17])
{
	int	i, hi, lo;

	for (i = 0; i < 8; i++) {
		hi = tid[i] >> 4;
		lo = tid[i] & 0x0f;
		if (hi > 9 || lo > 9) {
			terminal[0] = '\0';
			return -1;
		}
		terminal[2 * i] = (char)('0' + hi);
		terminal[2 * i + 1] = (char)('0' + lo);
	}
	terminal[16] = '\0';
	return 0;
}

/* Fill what the first len bytes hold; the rest stays zero. */
static void
header_fill(const uint8_t *buf, size_t len, struct tp1_header *h)
{
	memset(h, 0, sizeof(*h));
	if (len > 2)
		h->version = buf[2];
	if (len > 3)
		h->suite = buf[3];
	if (len > 4)
		h->kind = buf[4];
	if (len > 5)
		h->flags = buf[5];
	if (len >= 14) {
		memcpy(h->tid, buf + 6, 8);
		(void)tp1_tid_unpack(h->tid, h->terminal);
	}
	if (len >= 18)
		h->seq = get_be32(buf + 14);
	if (len >= 22)
		h->time = get_be32(buf + 18);
	if (len >= 23)
		h->keyver = buf[22];
	if (len >= TP1_HDR_LEN)
		h->length = get_be16(buf + 24);
}

/*
 * The fixed-position checks are made as soon as their byte has arrived, so
 * a server drops garbage without waiting for 26 bytes of it.
 */
enum tp1_err
tp1_header_parse(const uint8_t *buf, size_t len, size_t max_frame,
    struct tp1_header *h, size_t *frame_len)
{
	size_t	blk, total;

	*frame_len = 0;
	header_fill(buf, len, h);
	if ((len > 0 && buf[0] != TP1_MAGIC0) ||
	    (len > 1 && buf[1] != TP1_MAGIC1))
		return TP1_E_MAGIC;
	if (len > 2 && h->version != TP1_VERSION)
		return TP1_E_VERSION;
	if (len > 3 && tp1_block_len(h->suite) == 0)
		return TP1_E_SUITE;
	if (len > 4 && h->kind != TP1_KIND_REQUEST &&
	    h->kind != TP1_KIND_RESPONSE && h->kind != TP1_KIND_ALERT)
		return TP1_E_KIND;
	if (len > 5 && (h->flags & ~TP1_FLAG_KEEPALIVE) != 0)
		return TP1_E_FLAGS;
	if (len < 14)
		return TP1_E_NEED_MORE;
	if (h->terminal[0] == '\0')
		return TP1_E_TERMINAL;
	if (len < TP1_HDR_LEN)
		return TP1_E_NEED_MORE;

	if (h->kind == TP1_KIND_ALERT) {
		if (h->length != 2)
			return TP1_E_LENGTH_SHORT;
		*frame_len = TP1_ALERT_LEN;
		return TP1_OK;
	}
	blk = tp1_block_len(h->suite);
	total = TP1_HDR_LEN + (size_t)h->length + tp1_mac_len(h->suite);
	if (max_frame == 0)
		max_frame = TP1_WIRE_MAX;
	if (total > max_frame)
		return TP1_E_TOO_LARGE;
	if (h->length % blk != 0)
		return TP1_E_LENGTH_ALIGN;
	if (h->length < 2 * blk)
		return TP1_E_LENGTH_SHORT;
	*frame_len = total;
	return TP1_OK;
}

void
tp1_header_write(const struct tp1_header *h, uint8_t out[26])
{
	out[0] = TP1_MAGIC0;
	out[1] = TP1_MAGIC1;
	out[2] = TP1_VERSION;
	out[3] = h->suite;
	out[4] = h->kind;
	out[5] = h->flags;
	memcpy(out + 6, h->tid, 8);
	put_be32(out + 14, h->seq);
	put_be32(out + 18, h->time);
	out[22] = h->keyver;
	out[23] = 0;
	put_be16(out + 24, h->length);
}

/* Method-2 padding (TP1 §3): the last block ends 0x80 00*. */
static enum tp1_err
unpad(const uint8_t *p, size_t n, size_t blk, size_t *out_len)
{
	size_t	i;

	for (i = n; i > n - blk; i--) {
		if (p[i - 1] == 0x80) {
			*out_len = i - 1;
			return TP1_OK;
		}
		if (p[i - 1] != 0x00)
			return TP1_E_BAD_PADDING;
	}
	return TP1_E_BAD_PADDING;
}

enum tp1_err
tp1_open(const struct tp1_keys *keys, const uint8_t *frame, size_t len,
    size_t max_frame, struct tp1_header *hdr, uint8_t *plain,
    size_t plain_cap, size_t *plain_len)
{
	struct tp1_header	 local;
	uint8_t			 mac[TP1_MAX_MAC];
	size_t			 flen, blk, mlen, ctlen;
	enum tp1_err		 e;

	if (hdr == NULL)
		hdr = &local;
	*plain_len = 0;
	e = tp1_header_parse(frame, len, max_frame, hdr, &flen);
	if (e == TP1_E_NEED_MORE)
		return TP1_E_TRUNCATED;
	if (e != TP1_OK)
		return e;
	if (hdr->kind == TP1_KIND_ALERT)
		return TP1_E_KIND;
	if (len < flen)
		return TP1_E_TRUNCATED;
	if (len > flen)
		return TP1_E_TRAILING;
	if (keys->suite != hdr->suite)
		return TP1_E_SUITE;
	blk = tp1_block_len(hdr->suite);
	mlen = tp1_mac_len(hdr->suite);

	if ((e = tp1_mac(hdr->suite, keys->mac, frame,
	    TP1_HDR_LEN + hdr->length, mac)) != TP1_OK)
		return e;
	if (tp1_ct_compare(mac, frame + TP1_HDR_LEN + hdr->length, mlen) != 0)
		return TP1_E_BAD_MAC;

	ctlen = hdr->length - blk;
	if (plain_cap < ctlen)
		return TP1_E_BUFFER;
	if ((e = tp1_cbc(hdr->suite, keys->enc, frame + TP1_HDR_LEN,
	    frame + TP1_HDR_LEN + blk, ctlen, plain, 0)) != TP1_OK)
		return e;
	if ((e = unpad(plain, ctlen, blk, plain_len)) != TP1_OK) {
		OPENSSL_cleanse(plain, ctlen);
		return e;
	}
	return TP1_OK;
}

enum tp1_err
tp1_seal(const struct tp1_keys *keys, const struct tp1_header *hdr,
    const uint8_t *iv, const uint8_t *plain, size_t n, struct gbuf *out)
{
	struct tp1_header	 h = *hdr;
	uint8_t			*p;
	size_t			 blk, mlen, padded, total;
	enum tp1_err		 e;

	if (keys->suite != hdr->suite || (blk = tp1_block_len(hdr->suite)) == 0)
		return TP1_E_SUITE;
	if (hdr->kind != TP1_KIND_REQUEST && hdr->kind != TP1_KIND_RESPONSE)
		return TP1_E_KIND;
	if ((hdr->flags & ~TP1_FLAG_KEEPALIVE) != 0)
		return TP1_E_FLAGS;
	if (tp1_tid_unpack(hdr->tid, h.terminal) == -1)
		return TP1_E_TERMINAL;
	mlen = tp1_mac_len(hdr->suite);
	padded = (n / blk + 1) * blk;
	if (blk + padded > 0xFFFF)
		return TP1_E_TOO_LARGE;
	h.length = (uint16_t)(blk + padded);
	total = TP1_HDR_LEN + h.length + mlen;

	gbuf_reserve(out, total);
	p = out->data + out->len;
	tp1_header_write(&h, p);
	if (iv != NULL)
		memcpy(p + TP1_HDR_LEN, iv, blk);
	else if (tp1_random_iv(p + TP1_HDR_LEN, blk) != TP1_OK)
		return TP1_E_CRYPTO;
	if (n > 0)
		memcpy(p + TP1_HDR_LEN + blk, plain, n);
	p[TP1_HDR_LEN + blk + n] = 0x80;
	memset(p + TP1_HDR_LEN + blk + n + 1, 0, padded - n - 1);
	/* CBC in place over the padded copy of the plaintext. */
	if ((e = tp1_cbc(hdr->suite, keys->enc, p + TP1_HDR_LEN,
	    p + TP1_HDR_LEN + blk, padded, p + TP1_HDR_LEN + blk, 1)) != TP1_OK)
		goto fail;
	if ((e = tp1_mac(hdr->suite, keys->mac, p, TP1_HDR_LEN + h.length,
	    p + TP1_HDR_LEN + h.length)) != TP1_OK)
		goto fail;
	out->len += total;
	return TP1_OK;
fail:
	/* Leave no plaintext behind in the buffer's spare room. */
	OPENSSL_cleanse(p, total);
	return e;
}

void
tp1_alert_frame(const struct tp1_header *hdr, uint8_t suite, uint16_t code,
    uint8_t out[TP1_ALERT_LEN])
{
	struct tp1_header	h;

	if (hdr != NULL)
		h = *hdr;
	else
		memset(&h, 0, sizeof(h));
	/* Echo the terminal only if it was one (TP1 §2: zeros otherwise). */
	if (tp1_tid_unpack(h.tid, h.terminal) == -1)
		memset(h.tid, 0, sizeof(h.tid));
	h.suite = suite;
	h.kind = TP1_KIND_ALERT;
	h.flags = 0;
	h.length = 2;
	tp1_header_write(&h, out);
	put_be16(out + TP1_HDR_LEN, code);
}

int
tp1_alert_parse(const uint8_t *frame, size_t len, struct tp1_header *hdr)
{
	struct tp1_header	local;
	size_t			flen;

	if (hdr == NULL)
		hdr = &local;
	if (tp1_header_parse(frame, len, TP1_ALERT_LEN, hdr, &flen) != TP1_OK ||
	    hdr->kind != TP1_KIND_ALERT || len != TP1_ALERT_LEN)
		return -1;
	return get_be16(frame + TP1_HDR_LEN);
}
