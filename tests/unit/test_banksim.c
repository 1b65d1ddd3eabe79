/*
 * test_banksim.c - banksim's pieces below the commands: a frame taken off
 * a bufferevent whole (in one piece, byte by byte, two at once, an
 * unreadable one), an answer header, the debit state file across a
 * reopen (and a line cut short by a crash), the ledger, the .sha256
 * check, and the line splitter.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>

#include "banksim.h"

static const uint8_t KEY[16] = {
	0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF,
	0xFE, 0xDC, 0xBA, 0x98, 0x76, 0x54, 0x32, 0x10 };

static size_t
frame(uint8_t *buf, size_t cap, const char *serial, const char *custno)
{
	struct bk1_hdr	h;
	struct bk1_out	o;
	size_t		len;

	bs_request_hdr("0102", "3001", 1, serial, &h);
	bk1_begin(&o, buf, cap, &h);
	assert_int_equal(bk1_put(&o, "custno", custno), 0);
	assert_int_equal(bk1_end(&o, 2, KEY, &len), BK1_E_OK);
	return len;
}

static void
test_wire_pieces(void **state)
{
	struct event_base	*base = event_base_new();
	struct bufferevent	*pair[2];
	struct bs_wire		*w = calloc(1, sizeof(*w));
	struct bk1_frame	 f;
	struct bk1_hdr		 a;
	uint8_t			 buf[512], two[1024];
	char			 v[32];
	size_t			 len, i, l2;
	struct evbuffer		*in;

	(void)state;
	assert_int_equal(bufferevent_pair_new(base, 0, pair), 0);
	bufferevent_enable(pair[0], EV_WRITE);
	bufferevent_enable(pair[1], EV_READ);
	in = bufferevent_get_input(pair[1]);
	len = frame(buf, sizeof(buf), "S1", "C1");
	/* Byte by byte: nothing until the last one. */
	for (i = 0; i + 1 < len; i++) {
		bufferevent_write(pair[0], buf + i, 1);
		assert_int_equal(bs_wire_read(pair[1], w, &f), BS_IN_MORE);
	}
	bufferevent_write(pair[0], buf + len - 1, 1);
	assert_int_equal(bs_wire_read(pair[1], w, &f), BS_IN_FRAME);
	assert_int_equal(bk1_open(&f, 2, KEY), BK1_E_OK);
	assert_int_equal(bk1_get(&f, "custno", v, sizeof(v)), 0);
	assert_string_equal(v, "C1");
	assert_string_equal(f.hdr.serial, "S1");
	assert_int_equal(evbuffer_get_length(in), 0);
	/* Two at once: one each call, in order. */
	l2 = frame(two, sizeof(two), "S2", "C2");
	l2 += frame(two + l2, sizeof(two) - l2, "S3", "C3");
	bufferevent_write(pair[0], two, l2);
	assert_int_equal(bs_wire_read(pair[1], w, &f), BS_IN_FRAME);
	assert_string_equal(f.hdr.serial, "S2");
	assert_int_equal(bs_wire_read(pair[1], w, &f), BS_IN_FRAME);
	assert_string_equal(f.hdr.serial, "S3");
	assert_int_equal(bs_wire_read(pair[1], w, &f), BS_IN_MORE);
	/* The answer header: kind A, the code, the serial kept. */
	bs_answer_hdr(&f.hdr, "3002", &a);
	assert_int_equal(a.kind, 'A');
	assert_string_equal(a.rspcode, "3002");
	assert_string_equal(a.serial, "S3");
	assert_string_equal(a.trcode, "3001");
	/* A spoiled MAC no longer checks. */
	len = frame(buf, sizeof(buf), "S4", "C4");
	bs_spoil_mac(buf, len);
	bufferevent_write(pair[0], buf, len);
	assert_int_equal(bs_wire_read(pair[1], w, &f), BS_IN_FRAME);
	assert_int_equal(bk1_open(&f, 2, KEY), BK1_E_MAC);
	/* An unreadable length or header. */
	bufferevent_write(pair[0], "00007x01", 8);
	assert_int_equal(bs_wire_read(pair[1], w, &f), BS_IN_BAD);
	bufferevent_free(pair[0]);
	bufferevent_free(pair[1]);
	event_base_free(base);
	free(w);
}

static void
test_dstate(void **state)
{
	char			 path[] = "/tmp/test_banksim.XXXXXX";
	struct bs_dstate	 s;
	struct bs_debit		 d, *p;
	FILE			*fp;
	int			 fd;

	(void)state;
	assert_true((fd = mkstemp(path)) != -1);
	close(fd);
	unlink(path);
	assert_int_equal(bs_dstate_open(&s, path), 0);
	assert_int_equal(s.next_bankserial, 1);
	memset(&d, 0, sizeof(d));
	strcpy(d.serial, "S1");
	d.status = 'D';
	strcpy(d.rspcode, "0000");
	strcpy(d.bankserial, "0102000000000001");
	strcpy(d.custno, "C1");
	strcpy(d.account, "6222");
	d.amount = 1500;
	assert_int_equal(bs_dstate_add(&s, &d), 0);
	strcpy(d.serial, "S2");
	d.status = 'R';
	strcpy(d.rspcode, "3001");
	d.bankserial[0] = '\0';
	assert_int_equal(bs_dstate_add(&s, &d), 0);
	bs_dstate_close(&s);
	/* A crash in the middle of a line: that answer was never sent. */
	assert_non_null(fp = fopen(path, "a"));
	fputs("S3|D|0000|01", fp);
	fclose(fp);
	assert_int_equal(bs_dstate_open(&s, path), 0);
	assert_int_equal(s.n, 2);
	/* The short line is gone: the next record reads back. */
	strcpy(d.serial, "S4");
	assert_int_equal(bs_dstate_add(&s, &d), 0);
	bs_dstate_close(&s);
	assert_int_equal(bs_dstate_open(&s, path), 0);
	assert_int_equal(s.n, 3);
	assert_int_equal(s.next_bankserial, 4);
	assert_null(bs_dstate_find(&s, "S3"));
	assert_non_null(bs_dstate_find(&s, "S4"));
	assert_non_null(p = bs_dstate_find(&s, "S1"));
	assert_int_equal(p->status, 'D');
	assert_int_equal(p->amount, 1500);
	assert_string_equal(p->bankserial, "0102000000000001");
	assert_non_null(p = bs_dstate_find(&s, "S2"));
	assert_string_equal(p->rspcode, "3001");
	assert_null(bs_dstate_find(&s, "S9"));
	bs_dstate_close(&s);
	unlink(path);
}

static void
test_ledger_and_files(void **state)
{
	char			 dir[] = "/tmp/test_banksim_d.XXXXXX", path[256],
				 err[256], line[] = "D|1|C1||x", *f[8];
	struct bs_ledger_rec	 r, *v = NULL;
	size_t			 n = 0, len;
	char			*txt;
	FILE			*fp;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/ledger", dir);
	assert_non_null(fp = fopen(path, "w"));
	memset(&r, 0, sizeof(r));
	r.kind = 'P';
	strcpy(r.bankno, "0102");
	strcpy(r.serial, "A1");
	strcpy(r.custno, "C1");
	r.amount = 700;
	strcpy(r.date, "20261206");
	strcpy(r.time, "101010");
	assert_int_equal(bs_ledger_append(fp, &r), 0);
	r.kind = 'R';
	strcpy(r.serial, "A2");
	strcpy(r.origserial, "A1");
	assert_int_equal(bs_ledger_append(fp, &r), 0);
	fclose(fp);
	assert_int_equal(bs_ledger_load(path, &v, &n, err, sizeof(err)), 0);
	assert_int_equal(n, 2);
	assert_int_equal(v[0].kind, 'P');
	assert_int_equal(v[0].amount, 700);
	assert_string_equal(v[1].origserial, "A1");
	free(v);
	/* A payment with an origserial is not a ledger line. */
	assert_non_null(fp = fopen(path, "w"));
	fputs("P|0102|A1|A0|C1|700|20261206|101010\n", fp);
	fclose(fp);
	assert_int_equal(bs_ledger_load(path, &v, &n, err, sizeof(err)), -1);
	unlink(path);

	/* A file and its .sha256, written and checked; a changed byte. */
	assert_int_equal(bs_write_file(dir, "WR1.txt", "H|1\n", 4, err,
	    sizeof(err)), 0);
	snprintf(path, sizeof(path), "%s/WR1.txt", dir);
	assert_non_null(txt = bs_read_file(path, &len, err, sizeof(err)));
	assert_int_equal(bs_check_sha(path, txt, len, err, sizeof(err)), 0);
	txt[0] = 'X';
	assert_int_equal(bs_check_sha(path, txt, len, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "differs"));
	free(txt);
	unlink(path);
	snprintf(path, sizeof(path), "%s/WR1.txt.sha256", dir);
	unlink(path);
	rmdir(dir);

	assert_int_equal(bs_split(line, f, 8), 5);
	assert_string_equal(f[0], "D");
	assert_string_equal(f[3], "");
	assert_string_equal(f[4], "x");
}

static void
test_rates(void **state)
{
	int	pm;
	long	n;

	(void)state;
	assert_int_equal(bs_rate("12.5", &pm), 0);
	assert_int_equal(pm, 125);
	assert_int_equal(bs_rate("100", &pm), 0);
	assert_int_equal(pm, 1000);
	assert_int_equal(bs_rate("101", &pm), -1);
	assert_int_equal(bs_rate("x", &pm), -1);
	assert_int_equal(bs_num("12", 0, 10, &n), -1);
	assert_int_equal(bs_bankno_ok("0102"), 1);
	assert_int_equal(bs_bankno_ok("102"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wire_pieces),
		cmocka_unit_test(test_dstate),
		cmocka_unit_test(test_ledger_and_files),
		cmocka_unit_test(test_rates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
