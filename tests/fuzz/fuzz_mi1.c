/*
 * fuzz_mi1.c - libFuzzer target for what ifsvc reads from the marketing
 * system (and mktsim from ifsvc): the MI/1 length prefix and the XML body
 * (MI1 §1), then the typed body accessors, the answer check and a second
 * encode and decode on whatever decoded.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mi1.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t	*body;
	size_t		 bodylen;
	struct mi1_msg	 m, again;
	struct gbuf	 out;
	char		 err[256];
	int64_t		 v;
	long		 n;

	n = mi1_frame_parse(data, size, &body, &bodylen);
	if (n > 0 && ((size_t)n > size || body + bodylen > data + size))
		abort();
	if (n <= 0) {
		body = data;
		bodylen = size;
	}
	memset(&m, 0, sizeof(m));
	if (mi1_decode(body, bodylen, &m, err, sizeof(err)) == 0) {
		(void)mi1_get_str(m.body, "custno");
		(void)mi1_get_i64(m.body, "amount", &v);
		/* ifsvc's check of an answer against its request: an answer
		 * (rspcode present) to its own trcode and serial, nothing else. */
		if ((mi1_answer_match(m.trcode, m.serial, &m, err,
		    sizeof(err)) == 0) != (m.is_response != 0))
			abort();
		/* Whatever decoded must encode again, and decode to the same. */
		gbuf_init(&out);
		if (mi1_encode(&m, &out, err, sizeof(err)) == 0) {
			if (mi1_frame_parse(out.data, out.len, &body,
			    &bodylen) <= 0 ||
			    mi1_decode(body, bodylen, &again, err,
			    sizeof(err)) == -1)
				abort();
			if (strcmp(again.trcode, m.trcode) != 0 ||
			    strcmp(again.serial, m.serial) != 0 ||
			    strcmp(again.rspcode, m.rspcode) != 0 ||
			    again.is_response != m.is_response)
				abort();
			mi1_msg_clear(&again);
		}
		gbuf_free(&out);
	}
	mi1_msg_clear(&m);
	return 0;
}
