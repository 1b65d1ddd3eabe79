/*
 * wire.c - one BK/1 frame (common/bk1.h) in and out of a bufferevent.  A
 * frame is taken off the input whole into the connection's own buffer, so
 * the parsed frame stays valid while it is served.
 */
#include <string.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>

#include "banksim.h"

enum bs_in
bs_wire_read(struct bufferevent *bev, struct bs_wire *w, struct bk1_frame *f)
{
	struct evbuffer	*in = bufferevent_get_input(bev);
	uint8_t		 head[BK1_LEN_DIGITS + BK1_HDR_LEN];
	size_t		 have = evbuffer_get_length(in), n, need, flen;
	enum bk1_err	 e;

	n = have < sizeof(head) ? have : sizeof(head);
	if (evbuffer_copyout(in, head, n) != (ssize_t)n)
		return BS_IN_BAD;
	e = bk1_split(head, n, f, &flen, &need);
	if (e == BK1_E_FORMAT)
		return BS_IN_BAD;
	if (e == BK1_E_MORE && (need == 0 || have < need))
		return BS_IN_MORE;
	if (e == BK1_E_OK)
		need = flen;	/* a frame of header only */
	if (need > sizeof(w->buf))
		return BS_IN_BAD;
	if (evbuffer_remove(in, w->buf, need) != (int)need)
		return BS_IN_BAD;
	w->len = need;
	if (bk1_split(w->buf, w->len, f, &flen, &need) != BK1_E_OK)
		return BS_IN_BAD;
	return BS_IN_FRAME;
}

void
bs_answer_hdr(const struct bk1_hdr *req, const char *rspcode,
    struct bk1_hdr *out)
{
	*out = *req;
	out->kind = 'A';
	bs_now(out->txdate, out->txtime);
	snprintf(out->rspcode, sizeof(out->rspcode), "%s", rspcode);
}

void
bs_request_hdr(const char *bankno, const char *trcode, uint8_t keyver,
    const char *serial, struct bk1_hdr *out)
{
	memset(out, 0, sizeof(*out));
	memcpy(out->ver, "01", 2);
	snprintf(out->bankno, sizeof(out->bankno), "%s", bankno);
	snprintf(out->trcode, sizeof(out->trcode), "%s", trcode);
	out->kind = 'Q';
	out->keyver = keyver;
	bs_now(out->txdate, out->txtime);
	snprintf(out->serial, sizeof(out->serial), "%s", serial);
	memcpy(out->rspcode, "0000", 5);
}

int
bs_send(struct bufferevent *bev, struct bk1_out *o, const struct keyset *ks)
{
	size_t	len;

	if (bk1_end(o, ks->suite, ks->mk_mac, &len) != BK1_E_OK)
		return -1;
	return bufferevent_write(bev, o->buf, len);
}

void
bs_spoil_mac(uint8_t *frame, size_t len)
{
	uint8_t	*c = &frame[len - 1];

	*c = (*c == '0') ? '1' : '0';
}
