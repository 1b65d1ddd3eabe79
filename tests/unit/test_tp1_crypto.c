/*
 * test_tp1_crypto.c - TP1 §3: the SM4 primitive (GB/T 32907 example), key
 * diversification and both MACs against the vector file, read at run time.
 */
#include <sys/wait.h>

#include <pthread.h>
#include <unistd.h>

#include "test_tp1_util.h"
#include "tp1_priv.h"

static void
test_sm4_gbt32907(void **state)
{
	static const char	*hex = "0123456789ABCDEFFEDCBA9876543210";
	uint8_t			 key[16], pt[16], ct[16], back[16], want[16];
	size_t			 n;

	(void)state;
	assert_int_equal(hex_decode(hex, key, 16, &n), 0);
	memcpy(pt, key, 16);
	assert_int_equal(hex_decode("681EDF34D206965E86B3E94F536E4246", want,
	    16, &n), 0);
	assert_int_equal(tp1_sm4_ecb(key, pt, ct, 1), TP1_OK);
	assert_memory_equal(ct, want, 16);
	assert_int_equal(tp1_sm4_ecb(key, ct, back, 0), TP1_OK);
	assert_memory_equal(back, pt, 16);
}

static void
test_diversify_vectors(void **state)
{
	json_t	*v = vec_load(), *d;
	uint8_t	 mk[16], want[16], got[16], tid[8];
	size_t	 i, n = 0;

	(void)state;
	json_array_foreach(json_object_get(v, "diversify"), i, d) {
		vec_hex_fixed(d, "master", mk, 16);
		vec_hex_fixed(d, "key", want, 16);
		assert_int_equal(tp1_tid_pack(json_string_value(
		    json_object_get(d, "terminal")), tid), 0);
		assert_int_equal(tp1_diversify((uint8_t)vec_int(d, "suite"), mk,
		    tid, got), TP1_OK);
		assert_memory_equal(got, want, 16);
		n++;
	}
	assert_int_equal(n, 4);
	json_decref(v);
}

/* tp1_terminal_keys = the two diversifications of the vector master keys. */
static void
test_terminal_keys(void **state)
{
	json_t		*v = vec_load(), *d;
	struct tp1_keys	 k;
	uint8_t		 enc[16], mac[16], want[16];
	size_t		 i;
	int		 checked = 0;

	(void)state;
	vec_hex_fixed(json_object_get(v, "master_keys"), "enc", enc, 16);
	vec_hex_fixed(json_object_get(v, "master_keys"), "mac", mac, 16);
	json_array_foreach(json_object_get(v, "diversify"), i, d) {
		uint8_t suite = (uint8_t)vec_int(d, "suite"), mk[16];

		vec_terminal_keys(v, suite, &k);
		assert_int_equal(k.suite, suite);
		vec_hex_fixed(d, "master", mk, 16);
		vec_hex_fixed(d, "key", want, 16);
		if (memcmp(mk, enc, 16) == 0) {
			assert_memory_equal(k.enc, want, 16);
			checked++;
		}
		if (memcmp(mk, mac, 16) == 0) {
			assert_memory_equal(k.mac, want, 16);
			checked++;
		}
	}
	assert_int_equal(checked, 4);
	tp1_keys_clear(&k);
	for (i = 0; i < sizeof(k); i++)
		assert_int_equal(((uint8_t *)&k)[i], 0);
	json_decref(v);
}

static void
test_mac_vectors(void **state)
{
	json_t	*v = vec_load(), *m;
	uint8_t	 key[16], want[16], got[16], *data;
	size_t	 i, n, wn, count = 0;

	(void)state;
	json_array_foreach(json_object_get(v, "mac"), i, m) {
		uint8_t	suite = (uint8_t)vec_int(m, "suite");
		uint8_t	*w;

		vec_hex_fixed(m, "key", key, 16);
		data = vec_hex(m, "data", &n);
		w = vec_hex(m, "mac", &wn);
		assert_int_equal(wn, tp1_mac_len(suite));
		memcpy(want, w, wn);
		free(w);
		memset(got, 0xAA, sizeof(got));
		assert_int_equal(tp1_mac(suite, key, data, n, got), TP1_OK);
		assert_memory_equal(got, want, wn);
		free(data);
		count++;
	}
	assert_int_equal(count, 8);
	json_decref(v);
}

/* Longer than the X9.19 chunk buffer: the chaining must carry across. */
static void
test_mac_long_input_consistent(void **state)
{
	static uint8_t	data[3000];
	uint8_t		key[16], a[16], b[16];
	size_t		i;

	(void)state;
	for (i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)(i * 7);
	memset(key, 0x5C, sizeof(key));
	assert_int_equal(tp1_mac(TP1_SUITE_TDES, key, data, sizeof(data), a),
	    TP1_OK);
	assert_int_equal(tp1_mac(TP1_SUITE_TDES, key, data, sizeof(data), b),
	    TP1_OK);
	assert_memory_equal(a, b, 8);
	data[100] ^= 1;		/* a byte in the first chunk changes the MAC */
	assert_int_equal(tp1_mac(TP1_SUITE_TDES, key, data, sizeof(data), b),
	    TP1_OK);
	assert_memory_not_equal(a, b, 8);
}

static void
test_unknown_suite(void **state)
{
	uint8_t	key[16] = { 0 }, tid[8] = { 0 }, out[16];

	(void)state;
	assert_int_equal(tp1_mac(3, key, key, 16, out), TP1_E_SUITE);
	assert_int_equal(tp1_diversify(0, key, tid, out), TP1_E_SUITE);
	assert_int_equal(tp1_block_len(3), 0);
	assert_int_equal(tp1_mac_len(0), 0);
	assert_int_equal(tp1_block_len(TP1_SUITE_TDES), 8);
	assert_int_equal(tp1_mac_len(TP1_SUITE_SM4), 16);
}

static void
test_ct_compare(void **state)
{
	uint8_t	a[16] = { 1, 2, 3 }, b[16] = { 1, 2, 3 };

	(void)state;
	assert_int_equal(tp1_ct_compare(a, b, 16), 0);
	b[15] = 1;
	assert_int_not_equal(tp1_ct_compare(a, b, 16), 0);
}

/* Every thread gets its own contexts: MACs computed at once all agree. */
struct thr_arg {
	const uint8_t	*key, *data, *want;
	size_t		 n;
	int		 bad;
};

static void *
mac_thread(void *p)
{
	struct thr_arg	*a = p;
	uint8_t		 out[16];
	int		 i;

	for (i = 0; i < 2000; i++) {
		if (tp1_mac(TP1_SUITE_SM4, a->key, a->data, a->n, out) !=
		    TP1_OK || memcmp(out, a->want, 16) != 0)
			a->bad++;
		if (tp1_mac(TP1_SUITE_TDES, a->key, a->data, a->n, out) !=
		    TP1_OK)
			a->bad++;
	}
	return NULL;
}

static void
test_threads(void **state)
{
	json_t		*v = vec_load(), *m;
	pthread_t	 t[4];
	struct thr_arg	 a[4];
	uint8_t		 key[16], want[16], *data;
	size_t		 n, i;

	(void)state;
	m = json_array_get(json_object_get(v, "mac"), 7);
	assert_int_equal(vec_int(m, "suite"), 2);
	vec_hex_fixed(m, "key", key, 16);
	vec_hex_fixed(m, "mac", want, 16);
	data = vec_hex(m, "data", &n);
	for (i = 0; i < 4; i++) {
		a[i] = (struct thr_arg){ key, data, want, n, 0 };
		assert_int_equal(pthread_create(&t[i], NULL, mac_thread, &a[i]),
		    0);
	}
	for (i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		assert_int_equal(a[i].bad, 0);
	}
	free(data);
	json_decref(v);
}

/*
 * The IVs of sealed frames come from a per-thread pool (tp1_crypto.c):
 * never the same twice across refills, and a forked child does not take
 * the IVs its parent is about to send.
 */
static void
test_iv_pool(void **state)
{
	enum { N = 1200 };	/* 19,200 bytes: the 4 KB pool refilled 4 times */
	static uint8_t	 ivs[N][16];
	uint8_t		 mine[16], child[16];
	int		 fd[2], st, i, j;
	pid_t		 pid;

	(void)state;
	for (i = 0; i < N; i++)
		assert_int_equal(tp1_random_iv(ivs[i], 16), TP1_OK);
	for (i = 0; i < N; i++)
		for (j = i + 1; j < N; j++)
			assert_memory_not_equal(ivs[i], ivs[j], 16);
	assert_int_equal(tp1_random_iv(mine, 99999), TP1_E_CRYPTO);
	/* The pool is part used: parent and child each take the next IV. */
	assert_int_equal(pipe(fd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		if (tp1_random_iv(child, 16) != TP1_OK ||
		    write(fd[1], child, 16) != 16)
			_exit(1);
		_exit(0);
	}
	assert_int_equal(tp1_random_iv(mine, 16), TP1_OK);
	assert_int_equal(read(fd[0], child, 16), 16);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	assert_memory_not_equal(mine, child, 16);
	close(fd[0]);
	close(fd[1]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sm4_gbt32907),
		cmocka_unit_test(test_diversify_vectors),
		cmocka_unit_test(test_terminal_keys),
		cmocka_unit_test(test_mac_vectors),
		cmocka_unit_test(test_mac_long_input_consistent),
		cmocka_unit_test(test_unknown_suite),
		cmocka_unit_test(test_ct_compare),
		cmocka_unit_test(test_threads),
		cmocka_unit_test(test_iv_pool),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
