/*
 * test_journal.c - frontd's journal: group commit and durability callbacks,
 * the chain across restarts and files, torn-tail recovery, and verify
 * catching a flipped byte, a deleted record, a swapped pair, an inserted
 * record; a failing write stops the journal.
 *
 * The writer and the format are compiled in from frontd/ (they are not in a
 * library), the same way gfctl includes the format.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <event2/event.h>

#include <jansson.h>

#include "../../frontd/journal.c"
#include "journal_fmt.h"
#include "journal_json.h"

struct ctx {
	char			 dir[256];
	struct event_base	*base;
	int			 done, ok, failed;
};

static struct ctx C;

static void
wait_cb(void *arg, int ok)
{
	struct ctx	*c = arg;

	c->done++;
	c->ok += ok;
}

static void
fail_cb(void *arg, const char *why)
{
	(void)why;
	((struct ctx *)arg)->failed++;
}

static struct journal *
jopen(void)
{
	char		 err[512];
	struct journal	*j = journal_open(C.base, C.dir, 0, 500, err, sizeof(err));

	if (j == NULL)
		fail_msg("journal_open: %s", err);
	journal_set_cbs(j, fail_cb, NULL, &C);
	return j;
}

static void
append_n(struct journal *j, int n, const char *terminal)
{
	struct jrec	r;
	uint8_t		raw[40], plain[12];
	int		i;

	for (i = 0; i < n; i++) {
		memset(&r, 0, sizeof(r));
		memset(raw, i, sizeof(raw));
		memset(plain, 0x30 + i % 10, sizeof(plain));
		r.type = i % 2 ? JFMT_RESPONSE : JFMT_REQUEST;
		r.conn = (uint64_t)i + 1;
		r.peer = "127.0.0.1";
		r.port = 40000;
		r.terminal = terminal;
		r.seq = (uint32_t)i;
		r.func = 1;
		r.raw = raw;
		r.rawlen = sizeof(raw);
		r.plain = plain;
		r.plainlen = sizeof(plain);
		r.note = "test";
		assert_int_equal(journal_append(j, &r), 0);
	}
}

static void
run_until(int done)
{
	while (C.done < done)
		event_base_loop(C.base, EVLOOP_ONCE);
}

static void
today_path(char *out, size_t n)
{
	char	d[9];

	fmt_localdate(now_us() / 1000000, d);
	snprintf(out, n, "%s/journal-%s.gfj", C.dir, d);
}

static int
verify_dir(struct jfmt_verify *v)
{
	char		path[512];

	today_path(path, sizeof(path));
	jfmt_verify_init(v, 1);
	return jfmt_verify_file(v, path, 1);
}

/* Offsets of the records of a file. */
static size_t
offsets(const uint8_t *buf, size_t len, size_t *off, size_t max)
{
	struct jfmt_raw	raw;
	size_t		o = JFMT_FILE_HDR, n = 0;

	while (n < max && jfmt_read(buf, len, o, &raw) == JFMT_R_OK) {
		off[n++] = o;
		o += raw.size;
	}
	return n;
}

static void
write_file(const char *path, const uint8_t *buf, size_t len)
{
	FILE	*f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(buf, 1, len, f), len);
	fclose(f);
}

static int
setup(void **state)
{
	(void)state;
	memset(&C, 0, sizeof(C));
	snprintf(C.dir, sizeof(C.dir), "/tmp/test_journal.XXXXXX");
	assert_non_null(mkdtemp(C.dir));
	C.base = event_base_new();
	return 0;
}

static int
teardown(void **state)
{
	char	cmd[600];

	(void)state;
	event_base_free(C.base);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", C.dir);
	assert_int_equal(system(cmd), 0);
	return 0;
}

static void
test_group_commit_and_chain(void **state)
{
	struct journal		*j;
	struct jfmt_verify	 v;

	(void)state;
	j = jopen();
	append_n(j, 10, "8613900000000001");
	journal_wait(j, wait_cb, &C);
	journal_wait(j, wait_cb, &C);
	run_until(2);
	assert_int_equal(C.ok, 2);
	append_n(j, 5, "8613900000000002");
	journal_wait(j, wait_cb, &C);
	run_until(3);
	/* Nothing pending: the callback still comes from the loop. */
	journal_wait(j, wait_cb, &C);
	assert_int_equal(C.done, 3);
	run_until(4);
	assert_int_equal(C.ok, 4);
	journal_close(j);
	assert_int_equal(verify_dir(&v), 0);
	assert_int_equal(v.nrec, 15);

	/* A restart continues the chain and the numbering. */
	j = jopen();
	append_n(j, 3, "8613900000000003");
	journal_close(j);
	assert_int_equal(verify_dir(&v), 0);
	assert_int_equal(v.nrec, 18);
	assert_int_equal(v.next_recno, 19);
}

/* Damage the file with fn, expect verify to name the record at offset. */
static void
expect_bad(const uint8_t *orig, size_t len, uint8_t *buf, size_t blen,
    size_t bad_off, const char *why)
{
	char			path[512], want[64];
	struct jfmt_verify	v;

	(void)orig; (void)len;
	today_path(path, sizeof(path));
	write_file(path, buf, blen);
	assert_int_equal(verify_dir(&v), -1);
	snprintf(want, sizeof(want), "offset=%zu ", bad_off);
	if (strstr(v.err, want) == NULL || strstr(v.err, why) == NULL)
		fail_msg("verify said \"%s\", wanted %s and \"%s\"", v.err, want,
		    why);
}

static void
test_verify_catches_damage(void **state)
{
	struct journal	*j;
	char		 path[512];
	uint8_t		*orig, *buf;
	size_t		 len, off[64], n, a, b, c;

	(void)state;
	j = jopen();
	append_n(j, 8, "8613900000000001");
	journal_close(j);
	today_path(path, sizeof(path));
	assert_int_equal(jfmt_slurp(path, &orig, &len), 0);
	n = offsets(orig, len, off, 64);
	assert_int_equal(n, 8);
	buf = malloc(len * 2);

	/* a flipped byte in the body of record 4 (index 3) */
	memcpy(buf, orig, len);
	buf[off[3] + JFMT_REC_HDR + 20] ^= 0x01;
	expect_bad(orig, len, buf, len, off[3], "checksum");
	/* a flipped byte in a length field */
	memcpy(buf, orig, len);
	buf[off[2] + 3] ^= 0x40;
	expect_bad(orig, len, buf, len, off[2], "length");

	/* record 3 (index 2) deleted: record 4 lands at its offset */
	a = off[2];
	b = off[3];
	memcpy(buf, orig, a);
	memcpy(buf + a, orig + b, len - b);
	expect_bad(orig, len, buf, len - (b - a), a, "hash chain");

	/* records 5 and 6 swapped */
	a = off[4];
	b = off[5];
	c = off[6];
	memcpy(buf, orig, len);
	memcpy(buf + a, orig + b, c - b);
	memcpy(buf + a + (c - b), orig + a, b - a);
	expect_bad(orig, len, buf, len, a, "hash chain");

	/* record 2 inserted again after record 7 */
	a = off[1];
	b = off[2];
	c = off[7];
	memcpy(buf, orig, c);
	memcpy(buf + c, orig + a, b - a);
	memcpy(buf + c + (b - a), orig + c, len - c);
	expect_bad(orig, len, buf, len + (b - a), c, "hash chain");

	/* the first record deleted: the chain no longer starts at zero */
	memcpy(buf, orig, JFMT_FILE_HDR);
	memcpy(buf + JFMT_FILE_HDR, orig + off[1], len - off[1]);
	expect_bad(orig, len, buf, JFMT_FILE_HDR + len - off[1], JFMT_FILE_HDR,
	    "hash chain");

	write_file(path, orig, len);
	free(buf);
	free(orig);
}

static void
test_torn_tail(void **state)
{
	struct journal		*j;
	struct jfmt_verify	 v;
	char			 path[512];
	uint8_t			*orig;
	size_t			 len, off[16], n;
	struct stat		 st;

	(void)state;
	j = jopen();
	append_n(j, 4, "8613900000000001");
	journal_close(j);
	today_path(path, sizeof(path));
	assert_int_equal(jfmt_slurp(path, &orig, &len), 0);
	n = offsets(orig, len, off, 16);
	assert_int_equal(n, 4);
	/* A crash in the middle of writing the last record. */
	write_file(path, orig, off[3] + 30);
	assert_int_equal(verify_dir(&v), 0);
	assert_int_equal(v.torn, 1);
	assert_int_equal(v.nrec, 3);
	/* The restart truncates it and continues the chain from record 3. */
	j = jopen();
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal((size_t)st.st_size, off[3]);
	append_n(j, 2, "8613900000000001");
	journal_close(j);
	assert_int_equal(verify_dir(&v), 0);
	assert_int_equal(v.torn, 0);
	assert_int_equal(v.nrec, 5);
	free(orig);
}

static void
test_chain_across_files(void **state)
{
	struct journal		*j;
	struct jfmt_verify	 v;
	char			 path[512], old[512];

	(void)state;
	j = jopen();
	append_n(j, 3, "8613900000000001");
	journal_close(j);
	/* Make today's file "yesterday's": the next records start a file. */
	today_path(path, sizeof(path));
	snprintf(old, sizeof(old), "%s/journal-20000101.gfj", C.dir);
	assert_int_equal(rename(path, old), 0);
	j = jopen();
	append_n(j, 2, "8613900000000001");
	journal_close(j);
	jfmt_verify_init(&v, 1);
	assert_int_equal(jfmt_verify_file(&v, old, 0), 0);
	assert_int_equal(jfmt_verify_file(&v, path, 1), 0);
	assert_int_equal(v.nrec, 5);
	/* The second file alone does not start the chain ... */
	jfmt_verify_init(&v, 1);
	assert_int_equal(jfmt_verify_file(&v, path, 1), -1);
	/* ... but is consistent in itself when anchored where it starts. */
	jfmt_verify_init(&v, 0);
	assert_int_equal(jfmt_verify_file(&v, path, 1), 0);
	/* Files out of order break the chain. */
	jfmt_verify_init(&v, 0);
	assert_int_equal(jfmt_verify_file(&v, path, 0), 0);
	assert_int_equal(jfmt_verify_file(&v, old, 1), -1);
}

static void
test_write_failure_stops(void **state)
{
	struct journal	*j;
	struct jrec	 r;

	(void)state;
	j = jopen();
	/* Replace the file with a read-only descriptor: the write fails. */
	append_n(j, 1, "8613900000000001");
	journal_wait(j, wait_cb, &C);
	run_until(1);
	assert_int_equal(C.ok, 1);
	close(j->fd);
	j->fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	append_n(j, 2, "8613900000000001");
	journal_wait(j, wait_cb, &C);
	run_until(2);
	assert_int_equal(C.ok, 1);		/* the second wait failed */
	assert_int_equal(C.failed, 1);
	assert_int_equal(journal_failed(j), 1);
	memset(&r, 0, sizeof(r));
	r.type = JFMT_OPEN;
	assert_int_equal(journal_append(j, &r), -1);
	journal_wait(j, wait_cb, &C);
	run_until(3);
	assert_int_equal(C.ok, 1);
	journal_close(j);
}

/* The bank link's records: their own types, the bank where a terminal's
 * id goes, the frame shown as text (docs/BK1.md "Listener"). */
static void
test_bank_records(void **state)
{
	static const char	 frame[] = "000096010102800" "1A01";
	struct jfmt_rec		 r, d;
	struct gbuf		 out;
	struct jfmt_raw		 raw;
	uint8_t			 prev[JFMT_HASH_LEN] = { 0 };
	json_t			*o;

	(void)state;
	assert_string_equal(jfmt_type_name(JFMT_BK_OPEN), "BK_OPEN");
	assert_string_equal(jfmt_type_name(JFMT_BK_CLOSE), "BK_CLOSE");
	assert_string_equal(jfmt_type_name(JFMT_BK_IN), "BK_IN");
	assert_string_equal(jfmt_type_name(JFMT_BK_OUT), "BK_OUT");
	assert_true(JFMT_IS_BANK(JFMT_BK_OUT) && !JFMT_IS_BANK(JFMT_RESPONSE));
	memset(&r, 0, sizeof(r));
	r.recno = 1;
	r.type = JFMT_BK_OUT;
	r.conn = 7;
	snprintf(r.peer, sizeof(r.peer), "127.0.0.2");
	snprintf(r.terminal, sizeof(r.terminal), "0102");
	r.func = 8001;
	r.code = 8003;
	r.raw = (const uint8_t *)frame;
	r.rawlen = (uint32_t)strlen(frame);
	gbuf_init(&out);
	jfmt_encode(&out, prev, &r);
	assert_int_equal(jfmt_read(out.data, out.len, 0, &raw), JFMT_R_OK);
	assert_int_equal(jfmt_decode(raw.body, raw.bodylen, &d), 0);
	o = jfmt_rec_json("f", 0, &d);
	assert_string_equal(json_string_value(json_object_get(o, "type")),
	    "BK_OUT");
	assert_string_equal(json_string_value(json_object_get(o, "bank")),
	    "0102");
	assert_int_equal(json_integer_value(json_object_get(o, "trcode")), 8001);
	assert_int_equal(json_integer_value(json_object_get(o, "rspcode")), 8003);
	assert_string_equal(json_string_value(json_object_get(o, "frame")),
	    frame);
	assert_null(json_object_get(o, "terminal"));
	json_decref(o);
	/* Bytes that are no text are shown as hex. */
	d.raw = (const uint8_t *)"\xff\x00";
	d.rawlen = 2;
	o = jfmt_rec_json("f", 0, &d);
	assert_null(json_object_get(o, "frame"));
	assert_string_equal(json_string_value(json_object_get(o, "raw")),
	    "FF00");
	json_decref(o);
	gbuf_free(&out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_group_commit_and_chain,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_verify_catches_damage,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_torn_tail, setup, teardown),
		cmocka_unit_test_setup_teardown(test_chain_across_files, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_write_failure_stops, setup,
		    teardown),
		cmocka_unit_test(test_bank_records),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
