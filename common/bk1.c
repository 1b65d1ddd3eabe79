/*
 * bk1.c - BK/1 frames: split, check, open and build (docs/BK1.md).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "bk1.h"
#include "tp1.h"

static int
all_digits(const uint8_t *p, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return 1;
}

static unsigned
num(const uint8_t *p, size_t n)
{
	unsigned	v = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		v = v * 10 + (unsigned)(p[i] - '0');
	return v;
}

/* A fixed-width field: the text, then only spaces.  0 if not. */
static int
field(const uint8_t *p, size_t n, char *out, int (*ok)(int))
{
	size_t	i, len;

	for (len = 0; len < n && p[len] != ' '; len++)
		if (!ok(p[len]))
			return 0;
	for (i = len; i < n; i++)
		if (p[i] != ' ')
			return 0;
	memcpy(out, p, len);
	out[len] = '\0';
	return 1;
}

static int
is_serial_char(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z');
}

static int
date_ok(const uint8_t *p)
{
	unsigned	m, d;

	if (!all_digits(p, 8))
		return 0;
	m = num(p + 4, 2);
	d = num(p + 6, 2);
	return num(p, 4) >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static int
time_ok(const uint8_t *p)
{
	return all_digits(p, 6) && num(p, 2) < 24 && num(p + 2, 2) < 60 &&
	    num(p + 4, 2) < 60;
}

static int
hdr_parse(const uint8_t *h, struct bk1_hdr *o)
{
	size_t	i;

	memset(o, 0, sizeof(*o));
	for (i = 0; i < BK1_HDR_LEN; i++)
		if (h[i] < 0x20 || h[i] > 0x7e)
			return -1;
	if (memcmp(h, "01", 2) != 0)
		return -1;
	memcpy(o->ver, h, 2);
	if (!all_digits(h + 2, 4) || !all_digits(h + 6, 4))
		return -1;
	memcpy(o->bankno, h + 2, 4);
	memcpy(o->trcode, h + 6, 4);
	if (h[10] != 'Q' && h[10] != 'A')
		return -1;
	o->kind = (char)h[10];
	if (!all_digits(h + 11, 2))
		return -1;
	o->keyver = (uint8_t)num(h + 11, 2);
	if (!date_ok(h + 13) || !time_ok(h + 21))
		return -1;
	memcpy(o->txdate, h + 13, 8);
	memcpy(o->txtime, h + 21, 6);
	if (!field(h + 27, BK1_SERIAL_LEN, o->serial, is_serial_char) ||
	    o->serial[0] == '\0')
		return -1;
	if (!all_digits(h + 47, 4))
		return -1;
	memcpy(o->rspcode, h + 47, 4);
	/* h[51..64): reserved, printable ASCII (checked above), not read. */
	return 0;
}

enum bk1_err
bk1_split(const uint8_t *buf, size_t n, struct bk1_frame *f, size_t *frame_len,
    size_t *need)
{
	size_t	i, len;

	*need = 0;
	for (i = 0; i < n && i < BK1_LEN_DIGITS; i++)
		if (buf[i] < '0' || buf[i] > '9')
			return BK1_E_FORMAT;
	if (n < BK1_LEN_DIGITS)
		return BK1_E_MORE;
	len = num(buf, BK1_LEN_DIGITS);
	if (len > BK1_MAX_LEN || len < BK1_HDR_LEN)
		return BK1_E_FORMAT;
	*need = BK1_LEN_DIGITS + len;
	/* The header is refused as soon as it has arrived. */
	if (n < BK1_LEN_DIGITS + BK1_HDR_LEN)
		return BK1_E_MORE;
	memset(f, 0, sizeof(*f));
	if (hdr_parse(buf + BK1_LEN_DIGITS, &f->hdr) == -1)
		return BK1_E_FORMAT;
	if (n < *need)
		return BK1_E_MORE;
	f->signed_part = buf + BK1_LEN_DIGITS;
	f->rest = buf + BK1_LEN_DIGITS + BK1_HDR_LEN;
	f->rest_len = len - BK1_HDR_LEN;
	*frame_len = *need;
	return BK1_E_OK;
}

size_t
bk1_mac_hex_len(uint8_t suite)
{
	return tp1_mac_len(suite) * 2;
}

int
bk1_value_ok(const char *v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)v[i];
		if (c < 0x20 || c == 0x7f || c == '|' || c == '=')
			return 0;
	}
	return tp1_utf8_valid((const uint8_t *)v, n);
}

static int
name_ok(const char *p, size_t n)
{
	size_t	i;

	if (n == 0 || n > BK1_NAME_MAX)
		return 0;
	for (i = 0; i < n; i++)
		if (!((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') ||
		    (p[i] >= '0' && p[i] <= '9') || p[i] == '_'))
			return 0;
	return 1;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static enum bk1_err
body_parse(struct bk1_frame *f)
{
	const char	*p = f->body, *end = f->body + f->body_len, *bar, *eq;
	size_t		 i;

	f->nf = 0;
	if (f->body_len == 0)
		return BK1_E_OK;
	while (p <= end) {
		bar = memchr(p, '|', (size_t)(end - p));
		if (bar == NULL)
			bar = end;
		eq = memchr(p, '=', (size_t)(bar - p));
		if (eq == NULL || f->nf == BK1_MAX_FIELDS ||
		    !name_ok(p, (size_t)(eq - p)) ||
		    !bk1_value_ok(eq + 1, (size_t)(bar - eq - 1)))
			return BK1_E_FORMAT;
		for (i = 0; i < f->nf; i++)
			if (f->f[i].name_len == (size_t)(eq - p) &&
			    memcmp(f->f[i].name, p, f->f[i].name_len) == 0)
				return BK1_E_FORMAT;	/* twice */
		f->f[f->nf].name = p;
		f->f[f->nf].name_len = (size_t)(eq - p);
		f->f[f->nf].value = eq + 1;
		f->f[f->nf].value_len = (size_t)(bar - eq - 1);
		f->nf++;
		if (bar == end)
			break;
		p = bar + 1;
		if (p == end)
			return BK1_E_FORMAT;	/* a trailing '|' */
	}
	return BK1_E_OK;
}

enum bk1_err
bk1_open(struct bk1_frame *f, uint8_t suite, const uint8_t key[16])
{
	size_t		 mhex = bk1_mac_hex_len(suite), mlen = mhex / 2, i;
	const uint8_t	*mac;
	uint8_t		 want[16], got[16];
	int		 hi, lo, bad = 0;

	if (mhex == 0 || f->rest_len < mhex)
		return BK1_E_FORMAT;
	f->body = (const char *)f->rest;
	f->body_len = f->rest_len - mhex;
	f->signed_len = BK1_HDR_LEN + f->body_len;
	mac = f->rest + f->body_len;
	for (i = 0; i < mlen; i++) {
		hi = hexval(mac[2 * i]);
		lo = hexval(mac[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return BK1_E_FORMAT;
		got[i] = (uint8_t)(hi << 4 | lo);
	}
	if (tp1_mac(suite, key, f->signed_part, f->signed_len, want) != TP1_OK)
		return BK1_E_FORMAT;
	bad = tp1_ct_compare(want, got, mlen);
	memset(want, 0, sizeof(want));
	if (bad)
		return BK1_E_MAC;
	return body_parse(f);
}

static const struct bk1_field *
find(const struct bk1_frame *f, const char *name)
{
	size_t	i, n = strlen(name);

	for (i = 0; i < f->nf; i++)
		if (f->f[i].name_len == n && memcmp(f->f[i].name, name, n) == 0)
			return &f->f[i];
	return NULL;
}

int
bk1_get(const struct bk1_frame *f, const char *name, char *out, size_t outlen)
{
	const struct bk1_field	*x = find(f, name);

	if (x == NULL || x->value_len >= outlen)
		return -1;
	memcpy(out, x->value, x->value_len);
	out[x->value_len] = '\0';
	return 0;
}

int
bk1_has(const struct bk1_frame *f, const char *name)
{
	return find(f, name) != NULL;
}

static void
pad(uint8_t *p, size_t w, const char *s)
{
	size_t	n = strlen(s);

	if (n > w)
		n = w;
	memset(p, ' ', w);
	memcpy(p, s, n);
}

void
bk1_begin(struct bk1_out *o, uint8_t *buf, size_t cap,
    const struct bk1_hdr *h)
{
	char	kv[3];
	uint8_t	*p;

	memset(o, 0, sizeof(*o));
	o->buf = buf;
	o->cap = cap;
	if (cap < BK1_LEN_DIGITS + BK1_HDR_LEN) {
		o->err = 1;
		return;
	}
	p = buf + BK1_LEN_DIGITS;
	pad(p, 2, "01");
	pad(p + 2, 4, h->bankno);
	pad(p + 6, 4, h->trcode);
	p[10] = (uint8_t)h->kind;
	snprintf(kv, sizeof(kv), "%02u", (unsigned)(h->keyver % 100));
	memcpy(p + 11, kv, 2);
	pad(p + 13, 8, h->txdate);
	pad(p + 21, 6, h->txtime);
	pad(p + 27, BK1_SERIAL_LEN, h->serial);
	pad(p + 47, 4, h->rspcode[0] ? h->rspcode : "0000");
	memset(p + 51, ' ', 13);
	o->len = BK1_LEN_DIGITS + BK1_HDR_LEN;
}

int
bk1_put(struct bk1_out *o, const char *name, const char *value)
{
	size_t	nl = strlen(name), vl = strlen(value);
	size_t	need = (o->nfields ? 1 : 0) + nl + 1 + vl;

	if (o->err)
		return -1;
	if (!name_ok(name, nl) || !bk1_value_ok(value, vl) ||
	    o->len + need > o->cap) {
		o->err = 1;
		return -1;
	}
	if (o->nfields)
		o->buf[o->len++] = '|';
	memcpy(o->buf + o->len, name, nl);
	o->len += nl;
	o->buf[o->len++] = '=';
	memcpy(o->buf + o->len, value, vl);
	o->len += vl;
	o->nfields++;
	return 0;
}

int
bk1_putf(struct bk1_out *o, const char *name, const char *fmt, ...)
{
	char	v[512];
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vsnprintf(v, sizeof(v), fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof(v)) {
		o->err = 1;
		return -1;
	}
	return bk1_put(o, name, v);
}

enum bk1_err
bk1_end(struct bk1_out *o, uint8_t suite, const uint8_t key[16], size_t *len)
{
	static const char hex[] = "0123456789ABCDEF";
	uint8_t		mac[16];
	size_t		mlen = tp1_mac_len(suite), i, total;
	char		l[BK1_LEN_DIGITS + 1];

	if (o->err || mlen == 0)
		return BK1_E_FORMAT;
	if (o->len + 2 * mlen > o->cap)
		return BK1_E_SPACE;
	if (tp1_mac(suite, key, o->buf + BK1_LEN_DIGITS,
	    o->len - BK1_LEN_DIGITS, mac) != TP1_OK)
		return BK1_E_FORMAT;
	for (i = 0; i < mlen; i++) {
		o->buf[o->len++] = (uint8_t)hex[mac[i] >> 4];
		o->buf[o->len++] = (uint8_t)hex[mac[i] & 15];
	}
	memset(mac, 0, sizeof(mac));
	total = o->len - BK1_LEN_DIGITS;
	if (total > BK1_MAX_LEN)
		return BK1_E_SPACE;
	snprintf(l, sizeof(l), "%06zu", total);
	memcpy(o->buf, l, BK1_LEN_DIGITS);
	*len = o->len;
	return BK1_E_OK;
}
