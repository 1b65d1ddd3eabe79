/*
 * test_mi1_client.c - the blocking MI/1 client (common/mi1_client.c) and
 * the framing checks it shares with ifsvc's pool (mi1_frame_head,
 * mi1_answer_match in common/mi1.c), against a tiny server: a loopback
 * listener in a thread for the good path, and the far end of a socketpair
 * holding a scripted answer for the ones that must be refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#if !__has_include(<libxml/parser.h>)
int
main(void)
{
	fprintf(stderr, "test_mi1_client: gfcommon is built without "
	    "libxml2; the MI/1 codec is not in the library\n");
	return 1;
}
#else

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include "mi1.h"
#include "mi1_client.h"
#include "util.h"

#define SERIAL1	"SC0120261205000000001"
#define SERIAL2	"SC0120261205000000002"

/* A 9001 request for page, as recon.c sends it. */
static void
request(struct mi1_msg *m, const char *serial, const char *page)
{
	memset(m, 0, sizeof(*m));
	mi1_head_init(m, "9001", serial, "SC01", 1764900000);
	m->body = json_pack("{s:s,s:s}", "recondate", "20261204", "page",
	    page);
}

/* The framed answer to (trcode, serial); rspcode NULL: no rspcode. */
static void
answer(struct gbuf *out, const char *trcode, const char *serial,
    const char *rspcode, const char *page)
{
	struct mi1_msg	m;
	char		err[256];

	memset(&m, 0, sizeof(m));
	mi1_head_init(&m, trcode, serial, "SC01", 1764900000);
	if (rspcode != NULL) {
		m.is_response = 1;
		snprintf(m.rspcode, sizeof(m.rspcode), "%s", rspcode);
		snprintf(m.rspmsg, sizeof(m.rspmsg), "ok");
	}
	m.body = json_pack("{s:s,s:s,s:s,s:s}", "pagecount", "1", "count",
	    "1", "total", "100", "page", page);
	assert_int_equal(mi1_encode(&m, out, err, sizeof(err)), 0);
	mi1_msg_clear(&m);
}

static void
write_all(int fd, const void *p, size_t n)
{
	ssize_t	w;

	while (n > 0) {
		w = write(fd, p, n);
		assert_true(w > 0);
		p = (const uint8_t *)p + w;
		n -= (size_t)w;
	}
}

/* Read n bytes exactly; 0, or -1 at EOF. */
static int
read_all(int fd, uint8_t *p, size_t n)
{
	ssize_t	r;

	while (n > 0) {
		r = read(fd, p, n);
		if (r == -1 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

/* Read one request frame from fd and decode it; 0 or -1 at EOF. */
static int
read_request(int fd, struct mi1_msg *req)
{
	uint8_t	 pre[MI1_LEN_DIGITS], *body;
	size_t	 blen = 0;
	char	 err[256];

	if (read_all(fd, pre, sizeof(pre)) == -1)
		return -1;
	assert_int_equal(mi1_frame_head(pre, sizeof(pre), &blen), 1);
	body = xmalloc(blen);
	assert_int_equal(read_all(fd, body, blen), 0);
	assert_int_equal(mi1_decode(body, blen, req, err, sizeof(err)), 0);
	free(body);
	return 0;
}

static void
conn_pair(struct mi1_conn **c, int *peer)
{
	int	sv[2];

	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	*c = mi1_conn_adopt(sv[0]);
	*peer = sv[1];
}

/* ---- the shared checks ---- */

static void
test_frame_head(void **state)
{
	size_t	n = 7;

	(void)state;
	assert_int_equal(mi1_frame_head((const uint8_t *)"", 0, &n), 0);
	assert_int_equal(mi1_frame_head((const uint8_t *)"0000", 4, &n), 0);
	assert_int_equal(mi1_frame_head((const uint8_t *)"00x", 3, &n), -1);
	assert_int_equal(mi1_frame_head((const uint8_t *)" 0000001", 8, &n),
	    -1);
	assert_int_equal(n, 7);		/* untouched unless complete */
	assert_int_equal(mi1_frame_head((const uint8_t *)"00000012xyz", 11,
	    &n), 1);
	assert_int_equal(n, 12);
	assert_int_equal(mi1_frame_head((const uint8_t *)"04194304", 8, &n),
	    1);
	assert_int_equal(n, MI1_MAX_BODY);
	assert_int_equal(mi1_frame_head((const uint8_t *)"04194305", 8, &n),
	    -1);
}

static void
test_answer_match(void **state)
{
	struct mi1_msg	rsp;
	char		err[128];

	(void)state;
	memset(&rsp, 0, sizeof(rsp));
	mi1_head_init(&rsp, "9001", SERIAL1, "SC01", 0);
	/* A request echoed back is not an answer. */
	assert_int_equal(mi1_answer_match("9001", SERIAL1, &rsp, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, "rspcode"));
	rsp.is_response = 1;
	assert_int_equal(mi1_answer_match("9001", SERIAL1, &rsp, err,
	    sizeof(err)), 0);
	assert_int_equal(mi1_answer_match("9001", SERIAL2, &rsp, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, "serial"));
	assert_int_equal(mi1_answer_match("1001", SERIAL1, &rsp, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, "trcode"));
}

/* ---- a good server on loopback ---- */

struct srv {
	int		lfd;
	int		port;
	int		answered;
	pthread_t	th;
};

/*
 * Answer every request on one connection, in three pieces with pauses
 * (two bytes of the prefix, the rest of it with part of the body, the
 * rest), so that the client has to put the frame together.
 */
static void *
srv_thread(void *arg)
{
	struct srv	*s = arg;
	struct mi1_msg	 req;
	struct gbuf	 out;
	int		 fd;

	if ((fd = accept(s->lfd, NULL, NULL)) == -1)
		return NULL;
	gbuf_init(&out);
	while (read_request(fd, &req) == 0) {
		gbuf_reset(&out);
		answer(&out, req.trcode, req.serial, "0000",
		    mi1_get_str(req.body, "page"));
		mi1_msg_clear(&req);
		write_all(fd, out.data, 2);
		usleep(20000);
		write_all(fd, out.data + 2, 20);
		usleep(20000);
		write_all(fd, out.data + 22, out.len - 22);
		s->answered++;
	}
	gbuf_free(&out);
	close(fd);
	return NULL;
}

static void
srv_start(struct srv *s)
{
	struct sockaddr_in	sin;
	socklen_t		sl = sizeof(sin);

	memset(s, 0, sizeof(*s));
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_true((s->lfd = socket(AF_INET, SOCK_STREAM, 0)) != -1);
	assert_int_equal(bind(s->lfd, (struct sockaddr *)&sin, sizeof(sin)),
	    0);
	assert_int_equal(listen(s->lfd, 4), 0);
	assert_int_equal(getsockname(s->lfd, (struct sockaddr *)&sin, &sl),
	    0);
	s->port = ntohs(sin.sin_port);
	assert_int_equal(pthread_create(&s->th, NULL, srv_thread, s), 0);
}

static void
test_good_answers(void **state)
{
	struct srv	 s;
	struct mi1_conn	*c;
	struct mi1_msg	 req, rsp;
	char		 err[256] = "";
	int64_t		 v;

	(void)state;
	srv_start(&s);
	c = mi1_conn_open("127.0.0.1", s.port, mono_ms() + 2000, err,
	    sizeof(err));
	assert_non_null(c);
	/* Two requests, one after the other on the same connection. */
	request(&req, SERIAL1, "1");
	assert_int_equal(mi1_call(c, &req, &rsp, mono_ms() + 2000, err,
	    sizeof(err)), 0);
	mi1_msg_clear(&req);
	assert_string_equal(rsp.trcode, "9001");
	assert_string_equal(rsp.serial, SERIAL1);
	assert_string_equal(rsp.rspcode, "0000");
	assert_string_equal(mi1_get_str(rsp.body, "page"), "1");
	assert_int_equal(mi1_get_i64(rsp.body, "total", &v), 0);
	assert_int_equal(v, 100);
	mi1_msg_clear(&rsp);
	request(&req, SERIAL2, "2");
	assert_int_equal(mi1_call(c, &req, &rsp, mono_ms() + 2000, err,
	    sizeof(err)), 0);
	mi1_msg_clear(&req);
	assert_string_equal(rsp.serial, SERIAL2);
	assert_string_equal(mi1_get_str(rsp.body, "page"), "2");
	mi1_msg_clear(&rsp);
	mi1_conn_close(c);
	pthread_join(s.th, NULL);
	close(s.lfd);
	assert_int_equal(s.answered, 2);
}

static void
test_connect_refused(void **state)
{
	struct sockaddr_in	 sin;
	socklen_t		 sl = sizeof(sin);
	struct mi1_conn		*c;
	char			 err[256] = "";
	int			 fd;

	(void)state;
	/* A port that is bound but not listening refuses connections. */
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_true((fd = socket(AF_INET, SOCK_STREAM, 0)) != -1);
	assert_int_equal(bind(fd, (struct sockaddr *)&sin, sizeof(sin)), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sin, &sl), 0);
	c = mi1_conn_open("127.0.0.1", ntohs(sin.sin_port), mono_ms() + 2000,
	    err, sizeof(err));
	close(fd);
	assert_null(c);
	assert_non_null(strstr(err, "cannot connect"));
}

/* ---- answers to refuse, on a socketpair ---- */

/*
 * Call with the far end already holding the bytes of `pre` (closed after
 * them when close_peer); the request must have gone out well-formed.
 * Returns mi1_call's result and the time it took.
 */
static int
call_against(const void *pre, size_t prelen, int close_peer,
    int64_t timeout_ms, char *err, size_t errlen, int64_t *took,
    struct mi1_conn **keep)
{
	struct mi1_conn	*c;
	struct mi1_msg	 req, rsp, got;
	int64_t		 t0;
	int		 peer, rc;

	conn_pair(&c, &peer);
	if (prelen > 0)
		write_all(peer, pre, prelen);
	if (close_peer)
		shutdown(peer, SHUT_WR);
	request(&req, SERIAL1, "1");
	t0 = mono_ms();
	rc = mi1_call(c, &req, &rsp, t0 + timeout_ms, err, errlen);
	*took = mono_ms() - t0;
	mi1_msg_clear(&req);
	if (rc == -1)
		assert_null(rsp.body);
	mi1_msg_clear(&rsp);
	assert_int_equal(read_request(peer, &got), 0);
	assert_string_equal(got.trcode, "9001");
	assert_string_equal(got.serial, SERIAL1);
	assert_string_equal(mi1_get_str(got.body, "page"), "1");
	mi1_msg_clear(&got);
	close(peer);
	if (keep != NULL)
		*keep = c;
	else
		mi1_conn_close(c);
	return rc;
}

static void
test_good_on_socketpair(void **state)
{
	struct gbuf	out;
	char		err[256] = "";
	int64_t		took;

	(void)state;
	gbuf_init(&out);
	answer(&out, "9001", SERIAL1, "9999", "1");
	/* Any rspcode is an answer; what it means is the caller's. */
	assert_int_equal(call_against(out.data, out.len, 0, 2000, err,
	    sizeof(err), &took, NULL), 0);
	gbuf_free(&out);
}

static void
test_wrong_serial(void **state)
{
	struct gbuf	 out;
	struct mi1_conn	*c;
	struct mi1_msg	 req, rsp;
	char		 err[256] = "";
	int64_t		 took;

	(void)state;
	gbuf_init(&out);
	/* The late answer of an earlier request, then this one's. */
	answer(&out, "9001", SERIAL2, "0000", "1");
	answer(&out, "9001", SERIAL1, "0000", "1");
	assert_int_equal(call_against(out.data, out.len, 0, 2000, err,
	    sizeof(err), &took, &c), -1);
	assert_non_null(strstr(err, "serial"));
	/* The connection is spent: no further call, even a matching one. */
	request(&req, SERIAL1, "1");
	assert_int_equal(mi1_call(c, &req, &rsp, mono_ms() + 2000, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, "unusable"));
	assert_null(rsp.body);
	mi1_msg_clear(&req);
	mi1_conn_close(c);
	gbuf_free(&out);
}

static void
test_wrong_trcode_or_not_answer(void **state)
{
	struct gbuf	out;
	char		err[256] = "";
	int64_t		took;

	(void)state;
	gbuf_init(&out);
	answer(&out, "1001", SERIAL1, "0000", "1");
	assert_int_equal(call_against(out.data, out.len, 0, 2000, err,
	    sizeof(err), &took, NULL), -1);
	assert_non_null(strstr(err, "trcode"));
	gbuf_reset(&out);
	answer(&out, "9001", SERIAL1, NULL, "1");
	assert_int_equal(call_against(out.data, out.len, 0, 2000, err,
	    sizeof(err), &took, NULL), -1);
	assert_non_null(strstr(err, "rspcode"));
	gbuf_free(&out);
}

static void
test_truncated_frame(void **state)
{
	struct gbuf	out;
	char		err[256] = "";
	int64_t		took;

	(void)state;
	gbuf_init(&out);
	answer(&out, "9001", SERIAL1, "0000", "1");
	/* The peer closes in the middle of the body: refused at once. */
	assert_int_equal(call_against(out.data, out.len - 5, 1, 5000, err,
	    sizeof(err), &took, NULL), -1);
	assert_non_null(strstr(err, "closed"));
	assert_true(took < 2000);
	/* A prefix cut short. */
	assert_int_equal(call_against("0000", 4, 1, 5000, err, sizeof(err),
	    &took, NULL), -1);
	assert_non_null(strstr(err, "closed"));
	gbuf_free(&out);
}

static void
test_bad_or_oversized_prefix(void **state)
{
	char	err[256] = "";
	int64_t	took;

	(void)state;
	/* Refused from the prefix alone, without waiting for a body. */
	assert_int_equal(call_against("04194305", 8, 0, 5000, err,
	    sizeof(err), &took, NULL), -1);
	assert_non_null(strstr(err, "bad frame"));
	assert_true(took < 2000);
	assert_int_equal(call_against("99999999<msg/>", 14, 0, 5000, err,
	    sizeof(err), &took, NULL), -1);
	assert_non_null(strstr(err, "bad frame"));
	assert_int_equal(call_against("0000x", 5, 0, 5000, err, sizeof(err),
	    &took, NULL), -1);
	assert_non_null(strstr(err, "bad frame"));
	assert_true(took < 2000);
	/* An empty body and one that is not XML decode to nothing. */
	assert_int_equal(call_against("00000000", 8, 0, 5000, err,
	    sizeof(err), &took, NULL), -1);
	assert_int_equal(call_against("00000003abc", 11, 0, 5000, err,
	    sizeof(err), &took, NULL), -1);
}

static void
test_no_answer_before_deadline(void **state)
{
	char	err[256] = "";
	int64_t	took;

	(void)state;
	/* The peer stays open and silent. */
	assert_int_equal(call_against(NULL, 0, 0, 300, err, sizeof(err),
	    &took, NULL), -1);
	assert_non_null(strstr(err, "deadline"));
	assert_true(took >= 290);
	assert_true(took < 2000);
	/* Half an answer, then silence: the same. */
	assert_int_equal(call_against("00000100<msg>", 13, 0, 300, err,
	    sizeof(err), &took, NULL), -1);
	assert_non_null(strstr(err, "deadline"));
	assert_true(took >= 290);
	assert_true(took < 2000);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frame_head),
		cmocka_unit_test(test_answer_match),
		cmocka_unit_test(test_good_answers),
		cmocka_unit_test(test_connect_refused),
		cmocka_unit_test(test_good_on_socketpair),
		cmocka_unit_test(test_wrong_serial),
		cmocka_unit_test(test_wrong_trcode_or_not_answer),
		cmocka_unit_test(test_truncated_frame),
		cmocka_unit_test(test_bad_or_oversized_prefix),
		cmocka_unit_test(test_no_answer_before_deadline),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

#endif
