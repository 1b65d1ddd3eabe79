/*
 * test_keyfile.c - the master key file (keyfile.h): loading, refusals that
 * name the line, permissions, generation (0600, O_EXCL), and terminal keys
 * that match the vectors.
 */
#include <sys/stat.h>

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "keyfile.h"
#include "test_tp1_util.h"

#define K1	"0123456789ABCDEFFEDCBA9876543210"
#define K2	"00112233445566778899AABBCCDDEEFF"

static char	dir[64];

static int
setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/gf-keyfile-XXXXXX");
	assert_non_null(mkdtemp(dir));
	return 0;
}

static int
teardown(void **state)
{
	char	cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	return 0;
}

static const char *
write_file(const char *name, const char *text, mode_t mode)
{
	static char	path[128];
	FILE		*f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	unlink(path);
	assert_non_null(f = fopen(path, "w"));
	fputs(text, f);
	fclose(f);
	assert_int_equal(chmod(path, mode), 0);
	return path;
}

static void
test_load_ok(void **state)
{
	struct keyfile		 kf;
	const struct keyset	*ks;
	char			 err[256];
	const char		*p;

	(void)state;
	p = write_file("ok", "# master keys\n\n1 1 " K1 " " K2 "\n"
	    "  2\t1 " K1 " " K2 "   # trailing comment\n"
	    "1 2 " K2 " " K1 "\r\n", 0600);
	assert_int_equal(keyfile_load(p, &kf, err, sizeof(err)), 0);
	assert_int_equal(kf.nsets, 3);
	assert_non_null(ks = keyfile_find(&kf, 1, 2));
	assert_int_equal(ks->mk_enc[0], 0x00);
	assert_int_equal(ks->mk_mac[0], 0x01);
	assert_non_null(keyfile_find(&kf, 2, 1));
	assert_null(keyfile_find(&kf, 2, 2));
	keyfile_free(&kf);
	assert_null(kf.sets);
	assert_int_equal(kf.nsets, 0);
}

static void
expect_refused(const char *text, mode_t mode, const char *what)
{
	struct keyfile	 kf;
	char		 err[256];
	const char	*p = write_file("bad", text, mode);

	err[0] = '\0';
	assert_int_equal(keyfile_load(p, &kf, err, sizeof(err)), -1);
	if (strstr(err, what) == NULL)
		fail_msg("error \"%s\" does not say \"%s\"", err, what);
	/* Never a key in a message. */
	assert_null(strstr(err, K1));
	assert_null(strstr(err, K2));
	assert_null(strstr(err, "0123456789"));
	assert_null(kf.sets);
}

static void
test_refusals(void **state)
{
	(void)state;
	expect_refused("1 1 " K1 " " K2 "\n", 0640, "group or others");
	expect_refused("1 1 " K1 " " K2 "\n", 0604, "group or others");
	expect_refused("1 1 " K1 " " K2 "\n", 0620, "group or others");
	expect_refused("# x\n1 1 " K1 "\n", 0600, ":2:");
	expect_refused("1 1 " K1 " " K2 " extra\n", 0600, ":1: too many");
	expect_refused("\n\n3 1 " K1 " " K2 "\n", 0600, ":3: unknown suite");
	expect_refused("1 0 " K1 " " K2 "\n", 0600, ":1: key version");
	expect_refused("1 256 " K1 " " K2 "\n", 0600, ":1: key version");
	expect_refused("1 x " K1 " " K2 "\n", 0600, ":1: key version");
	expect_refused("1 1 " K1 "0 " K2 "\n", 0600, ":1: a key");
	expect_refused("1 1 " K1 " 00112233445566778899AABBCCDDEEFG\n", 0600,
	    ":1: a key");
	expect_refused("1 1 " K1 " " K2 "\n2 1 " K1 " " K2 "\n"
	    "1 1 " K2 " " K1 "\n", 0600, ":3: duplicate");
	expect_refused("# nothing\n", 0600, "no keys");
	{
		struct keyfile	kf;
		char		err[256], path[128];

		snprintf(path, sizeof(path), "%s/absent", dir);
		assert_int_equal(keyfile_load(path, &kf, err, sizeof(err)),
		    -1);
		assert_non_null(strstr(err, "absent"));
		assert_int_equal(keyfile_load(dir, &kf, err, sizeof(err)), -1);
	}
}

/*
 * A NUL byte used to end the text early: the lines after it were not read
 * and the file was loaded without them (seen while writing fuzz_keyfile,
 * which now checks that whatever loads has no NUL; the input is
 * tests/fuzz/regress/keyfile/nul_byte).  Now the file is refused, on disk
 * and in memory alike.
 */
static void
test_nul_refused(void **state)
{
	static const char text[] = "1 1 " K1 " " K2 "\n\0" "2 1 " K1 " " K2
	    "\n";
	struct keyfile	 kf;
	char		 buf[sizeof(text)], err[256], path[128];
	FILE		*f;

	(void)state;
	memcpy(buf, text, sizeof(text));
	assert_int_equal(keyfile_parse("k", buf, sizeof(text) - 1, &kf, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, "NUL"));
	snprintf(path, sizeof(path), "%s/nul", dir);
	assert_non_null(f = fopen(path, "w"));
	assert_int_equal(fwrite(text, 1, sizeof(text) - 1, f),
	    sizeof(text) - 1);
	fclose(f);
	assert_int_equal(chmod(path, 0600), 0);
	assert_int_equal(keyfile_load(path, &kf, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "NUL"));
}

static void
test_generate(void **state)
{
	struct keyfile		 kf, kf2;
	struct stat		 st;
	char			 path[128], err[256];
	const struct keyset	*a, *b;

	(void)state;
	snprintf(path, sizeof(path), "%s/gen", dir);
	unlink(path);
	umask(0);	/* the mode must not depend on the caller's umask */
	assert_int_equal(keyfile_generate(path, err, sizeof(err)), 0);
	umask(022);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(keyfile_load(path, &kf, err, sizeof(err)), 0);
	assert_int_equal(kf.nsets, 2);
	assert_non_null(a = keyfile_find(&kf, 1, 1));
	assert_non_null(b = keyfile_find(&kf, 2, 1));
	assert_memory_not_equal(a->mk_enc, a->mk_mac, 16);
	assert_memory_not_equal(a->mk_enc, b->mk_enc, 16);
	/* Never over an existing file, which stays as it was. */
	assert_int_equal(keyfile_generate(path, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "exists"));
	assert_int_equal(keyfile_load(path, &kf2, err, sizeof(err)), 0);
	assert_memory_equal(keyfile_find(&kf2, 1, 1)->mk_enc, a->mk_enc, 16);
	keyfile_free(&kf);
	keyfile_free(&kf2);
	/* Another file gets other keys. */
	snprintf(path, sizeof(path), "%s/gen2", dir);
	assert_int_equal(keyfile_generate(path, err, sizeof(err)), 0);
	unlink(path);
}

static void
test_terminal_keys_match_vectors(void **state)
{
	json_t			*v = vec_load(), *d;
	struct keyfile		 kf;
	struct tp1_keys		 k;
	uint8_t			 tid[8], want[16], mk[16], enc[16];
	char			 err[256], text[256];
	const char		*p, *e = json_string_value(json_object_get(
				    json_object_get(v, "master_keys"), "enc"));
	const char		*m = json_string_value(json_object_get(
				    json_object_get(v, "master_keys"), "mac"));
	size_t			 i;

	(void)state;
	snprintf(text, sizeof(text), "1 %lld %s %s\n2 %lld %s %s\n",
	    vec_int(json_object_get(v, "master_keys"), "keyver"), e, m,
	    vec_int(json_object_get(v, "master_keys"), "keyver"), e, m);
	p = write_file("vec", text, 0600);
	assert_int_equal(keyfile_load(p, &kf, err, sizeof(err)), 0);
	vec_hex_fixed(json_object_get(v, "master_keys"), "enc", enc, 16);
	json_array_foreach(json_object_get(v, "diversify"), i, d) {
		uint8_t	suite = (uint8_t)vec_int(d, "suite");

		assert_int_equal(tp1_tid_pack(json_string_value(
		    json_object_get(d, "terminal")), tid), 0);
		assert_int_equal(keyfile_terminal_keys(&kf, suite, 1, tid, &k),
		    0);
		vec_hex_fixed(d, "master", mk, 16);
		vec_hex_fixed(d, "key", want, 16);
		assert_memory_equal(memcmp(mk, enc, 16) == 0 ? k.enc : k.mac,
		    want, 16);
	}
	assert_int_equal(keyfile_terminal_keys(&kf, 1, 2, tid, &k), -1);
	assert_int_equal(keyfile_terminal_keys(&kf, 3, 1, tid, &k), -1);
	keyfile_free(&kf);
	json_decref(v);
}

/* The VmFlags of the mapping that holds addr (/proc/self/smaps). */
static int
mapping_has_flag(const void *addr, const char *flag)
{
	FILE		*f = fopen("/proc/self/smaps", "r");
	char		 line[512];
	unsigned long	 lo, hi, a = (unsigned long)addr;
	int		 in = 0, found = 0;

	assert_non_null(f);
	while (fgets(line, sizeof(line), f) != NULL) {
		if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 &&
		    strchr(line, '-') == line + strcspn(line, "-") &&
		    strncmp(line, "VmFlags", 7) != 0)
			in = a >= lo && a < hi;
		else if (in && strncmp(line, "VmFlags:", 8) == 0) {
			char	want[8];

			snprintf(want, sizeof(want), " %s", flag);
			found = strstr(line, want) != NULL;
			break;
		}
	}
	fclose(f);
	return found;
}

/* Rotation appends the next version (after retired ones too), retirement
 * keeps only the number, the atomic write round-trips, fingerprints tell
 * sets apart and never contain the key. */
static void
test_rotate_retire_write(void **state)
{
	struct keyfile		 kf, kf2;
	const struct keyset	*ks;
	struct stat		 st;
	char			 err[256], fa[KEYFILE_FPR_LEN + 1],
				 fb[KEYFILE_FPR_LEN + 1], path[128], text[512];
	FILE			*f;
	const char		*p;

	(void)state;
	p = write_file("rot", "1 1 " K1 " " K2 "\n2 1 " K2 " " K1 "\n"
	    "1 2 retired\n", 0600);
	snprintf(path, sizeof(path), "%s", p);
	assert_int_equal(keyfile_load(path, &kf, err, sizeof(err)), 0);
	assert_int_equal(kf.nsets, 3);
	assert_int_equal(keyfile_live(&kf), 2);
	assert_null(keyfile_find(&kf, 1, 2));		/* retired */
	assert_true(mapping_has_flag(kf.sets, "dd"));	/* not dumped */
	assert_int_equal(keyfile_rotate(&kf, 1, err, sizeof(err)), 3);
	assert_int_equal(keyfile_rotate(&kf, 2, err, sizeof(err)), 2);
	assert_non_null(ks = keyfile_find(&kf, 1, 3));
	keyfile_fingerprint(ks, fa);
	keyfile_fingerprint(keyfile_find(&kf, 1, 1), fb);
	assert_int_equal(strlen(fa), KEYFILE_FPR_LEN);
	assert_string_not_equal(fa, fb);
	/* Retiring the suite's only live version is refused. */
	assert_int_equal(keyfile_retire(&kf, 1, 1, err, sizeof(err)), 0);
	assert_int_equal(keyfile_retire(&kf, 1, 3, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "only version"));
	assert_int_equal(keyfile_retire(&kf, 1, 9, err, sizeof(err)), -1);
	assert_int_equal(keyfile_write(path, &kf, err, sizeof(err)), 0);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	/* Retired key bytes are gone from the file. */
	assert_non_null(f = fopen(path, "r"));
	text[fread(text, 1, sizeof(text) - 1, f)] = '\0';
	fclose(f);
	assert_null(strstr(text, K1 " " K2));
	assert_non_null(strstr(text, "1 1 retired"));
	assert_int_equal(keyfile_load(path, &kf2, err, sizeof(err)), 0);
	assert_int_equal(kf2.nsets, 5);
	assert_null(keyfile_find(&kf2, 1, 1));
	assert_non_null(keyfile_find(&kf2, 2, 1));
	assert_memory_equal(keyfile_find(&kf2, 1, 3)->mk_enc, ks->mk_enc, 16);
	keyfile_fingerprint(keyfile_find(&kf2, 1, 3), fb);
	assert_string_equal(fa, fb);
	/* The next version after 3 is 4 even with 1 and 2 retired. */
	assert_int_equal(keyfile_rotate(&kf2, 1, err, sizeof(err)), 4);
	keyfile_free(&kf);
	keyfile_free(&kf2);
	assert_null(kf.sets);
	/* A bad "retired" line is refused with its number. */
	p = write_file("bad", "1 1 " K1 " " K2 "\n1 2 gone\n", 0600);
	assert_int_equal(keyfile_load(p, &kf, err, sizeof(err)), -1);
	assert_non_null(strstr(err, ":2:"));
	/* A file of retired versions only has no keys. */
	p = write_file("none", "1 1 retired\n", 0600);
	assert_int_equal(keyfile_load(p, &kf, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "no keys"));
}

/* The bank key file (BK/1 §2): one MAC key per bank and version. */
static void
test_bank_file(void **state)
{
	struct keyfile		 kf, kf2;
	const struct keyset	*ks;
	char			 err[256], path[128], text[512],
				 fa[KEYFILE_FPR_LEN + 1], fb[KEYFILE_FPR_LEN + 1];
	struct stat		 st;
	FILE			*f;
	const char		*p;

	(void)state;
	p = write_file("banks", "# two banks\n0102 1 1 " K1 "\n0103 2 1 " K2
	    "\n0102 1 2 " K2 "\n0104 1 1 retired\n", 0600);
	snprintf(path, sizeof(path), "%s", p);
	assert_int_equal(keyfile_load_kind(path, KEYFILE_BANK, &kf, err,
	    sizeof(err)), 0);
	assert_int_equal(kf.nsets, 4);
	assert_non_null(ks = keyfile_bank_find(&kf, 102, 1));
	assert_int_equal(ks->suite, 1);
	assert_int_equal(ks->mk_mac[0], 0x01);
	assert_non_null(ks = keyfile_bank_find(&kf, 103, 1));
	assert_int_equal(ks->suite, 2);
	assert_null(keyfile_bank_find(&kf, 103, 2));
	assert_null(keyfile_bank_find(&kf, 104, 1));	/* retired */
	assert_null(keyfile_bank_find(&kf, 0, 1));
	assert_int_equal(keyfile_bank_latest(&kf, 102)->keyver, 2);
	/* Never a terminal master set. */
	assert_null(keyfile_find(&kf, 1, 1));
	/* Two banks' keys that are equal still have different names. */
	keyfile_fingerprint(keyfile_bank_find(&kf, 102, 2), fa);
	keyfile_fingerprint(keyfile_bank_find(&kf, 103, 1), fb);
	assert_string_not_equal(fa, fb);
	/* Rotation keeps the suite; a new bank needs one. */
	assert_int_equal(keyfile_bank_rotate(&kf, 102, 0, err, sizeof(err)), 3);
	assert_int_equal(keyfile_bank_latest(&kf, 102)->suite, 1);
	assert_int_equal(keyfile_bank_rotate(&kf, 105, 0, err, sizeof(err)), -1);
	assert_int_equal(keyfile_bank_rotate(&kf, 105, 2, err, sizeof(err)), 1);
	assert_int_equal(keyfile_bank_rotate(&kf, 104, 0, err, sizeof(err)), 2);
	assert_int_equal(keyfile_bank_retire(&kf, 102, 1, err, sizeof(err)), 0);
	assert_int_equal(keyfile_bank_retire(&kf, 102, 1, err, sizeof(err)), -1);
	assert_int_equal(keyfile_bank_retire(&kf, 103, 1, err, sizeof(err)), 0);
	assert_int_equal(keyfile_write(path, &kf, err, sizeof(err)), 0);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_non_null(f = fopen(path, "r"));
	text[fread(text, 1, sizeof(text) - 1, f)] = '\0';
	fclose(f);
	assert_non_null(strstr(text, "0102 1 1 retired\n"));
	assert_non_null(strstr(text, "0102 1 2 " K2 "\n"));
	assert_null(strstr(text, K1));
	assert_int_equal(keyfile_load_kind(path, KEYFILE_BANK, &kf2, err,
	    sizeof(err)), 0);
	assert_int_equal(kf2.nsets, kf.nsets);
	assert_memory_equal(keyfile_bank_find(&kf2, 105, 1)->mk_mac,
	    keyfile_bank_find(&kf, 105, 1)->mk_mac, 16);
	keyfile_free(&kf);
	keyfile_free(&kf2);
	/* Refusals, each naming the line. */
	p = write_file("b1", "102 1 1 " K1 "\n", 0600);
	assert_int_equal(keyfile_load_kind(p, KEYFILE_BANK, &kf, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, ":1: bank number"));
	p = write_file("b2", "0102 1 1 " K1 "\n0102 2 1 " K2 "\n", 0600);
	assert_int_equal(keyfile_load_kind(p, KEYFILE_BANK, &kf, err,
	    sizeof(err)), -1);
	assert_non_null(strstr(err, ":2: duplicate bank 0102"));
	p = write_file("b3", "0102 1 100 " K1 "\n", 0600);
	assert_int_equal(keyfile_load_kind(p, KEYFILE_BANK, &kf, err,
	    sizeof(err)), -1);
	p = write_file("b4", "0102 1 1 " K1 " " K2 "\n", 0600);
	assert_int_equal(keyfile_load_kind(p, KEYFILE_BANK, &kf, err,
	    sizeof(err)), -1);
	p = write_file("b5", "0102 1 1 " K1 "\n", 0644);
	assert_int_equal(keyfile_load_kind(p, KEYFILE_BANK, &kf, err,
	    sizeof(err)), -1);
	/* A master file is not a bank file, nor the other way round. */
	p = write_file("b6", "1 1 " K1 " " K2 "\n", 0600);
	assert_int_equal(keyfile_load_kind(p, KEYFILE_BANK, &kf, err,
	    sizeof(err)), -1);
	p = write_file("b7", "0102 1 1 " K1 "\n", 0600);
	assert_int_equal(keyfile_load(p, &kf, err, sizeof(err)), -1);
	/* A bank file with every bank's keys retired is allowed. */
	p = write_file("b8", "0102 1 1 retired\n", 0600);
	assert_int_equal(keyfile_load_kind(p, KEYFILE_BANK, &kf, err,
	    sizeof(err)), 0);
	keyfile_free(&kf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load_ok),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_nul_refused),
		cmocka_unit_test(test_generate),
		cmocka_unit_test(test_terminal_keys_match_vectors),
		cmocka_unit_test(test_rotate_retire_write),
		cmocka_unit_test(test_bank_file),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
