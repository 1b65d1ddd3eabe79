/*
 * keyfile.c - frontd's master key file (keyfile.h).
 *
 * Every buffer that held key bytes or key hex is cleansed before it is
 * freed, and no error message quotes a line's content: only its number.
 * The sets themselves live in an anonymous mapping of their own, locked
 * and excluded from core dumps, grown by copying into a new mapping and
 * zeroing the old one.
 */
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "keyfile.h"
#include "util.h"

#define KEYFILE_MAX	(1024 * 1024)

/* Read the whole file (st_size bounded), refusing loose permissions. */
static char *
read_private(const char *path, size_t *len, char *err, size_t errlen)
{
	struct stat	 st;
	char		*buf = NULL;
	size_t		 got = 0;
	ssize_t		 r;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(err, errlen, "%s: not a regular file", path);
		goto fail;
	}
	if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
		snprintf(err, errlen, "%s: mode %03o: readable or writable by "
		    "group or others (want 0600)", path,
		    (unsigned)(st.st_mode & 0777));
		goto fail;
	}
	if (st.st_size > KEYFILE_MAX) {
		snprintf(err, errlen, "%s: too large", path);
		goto fail;
	}
	buf = xmalloc((size_t)st.st_size + 1);
	while (got < (size_t)st.st_size) {
		r = read(fd, buf + got, (size_t)st.st_size - got);
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			goto fail;
		}
		if (r == 0)
			break;
		got += (size_t)r;
	}
	buf[got] = '\0';
	*len = got;
	close(fd);
	return buf;
fail:
	if (buf != NULL) {
		OPENSSL_cleanse(buf, (size_t)st.st_size + 1);
		free(buf);
	}
	close(fd);
	return NULL;
}

/* One decimal field in [lo, hi]; -1 otherwise. */
static int
parse_num(const char *s, int lo, int hi)
{
	int	v = 0;

	if (*s == '\0' || strlen(s) > 4)
		return -1;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v < lo || v > hi ? -1 : v;
}

static int
parse_key(const char *s, uint8_t out[16])
{
	size_t	n;

	if (strlen(s) != 32 || hex_decode(s, out, 16, &n) == -1 || n != 16)
		return -1;
	return 0;
}

/* Make room for want sets in a fresh locked, undumped mapping, moving the
 * sets there and zeroing the old one: no stale key copy is left behind. */
static int
keymem_reserve(struct keyfile *kf, size_t want)
{
	long	 pg = sysconf(_SC_PAGESIZE);
	size_t	 size;
	void	*p;

	if (pg <= 0)
		pg = 4096;
	if (want * sizeof(struct keyset) <= kf->mapped)
		return 0;
	size = (want * 2 * sizeof(struct keyset) + (size_t)pg - 1) /
	    (size_t)pg * (size_t)pg;
	p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE |
	    MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return -1;
#ifdef MADV_DONTDUMP
	(void)madvise(p, size, MADV_DONTDUMP);
#endif
	kf->locked = mlock(p, size) == 0;
	if (kf->sets != NULL) {
		memcpy(p, kf->sets, kf->nsets * sizeof(struct keyset));
		OPENSSL_cleanse(kf->sets, kf->mapped);
		(void)munlock(kf->sets, kf->mapped);
		(void)munmap(kf->sets, kf->mapped);
	}
	kf->sets = p;
	kf->mapped = size;
	return 0;
}

/* Append a set. */
static int
add_set(struct keyfile *kf, const struct keyset *ks)
{
	if (keymem_reserve(kf, kf->nsets + 1) == -1)
		return -1;
	kf->sets[kf->nsets++] = *ks;
	return 0;
}

/* Parse one line (comments already cut); 1 if it held a set, 0 if blank. */
static int
parse_line(enum keyfile_kind kind, char *line, struct keyset *ks,
    const char **why)
{
	char	*f[5], *save = NULL, *tok;
	int	 nf = 0, suite, keyver, bank = 0;

	for (tok = strtok_r(line, " \t\r", &save); tok != NULL;
	    tok = strtok_r(NULL, " \t\r", &save)) {
		if (nf == 4) {
			*why = "too many fields";
			return -1;
		}
		f[nf++] = tok;
	}
	if (nf == 0)
		return 0;
	if (kind == KEYFILE_BANK) {
		/* <bankno> <suite> <keyver> <mac>|retired */
		if (nf != 4) {
			*why = "want <bankno> <suite> <keyver> <MAC key>";
			return -1;
		}
		if (strlen(f[0]) != 4 || (bank = parse_num(f[0], 1, 9999)) == -1) {
			*why = "bank number not 4 digits";
			return -1;
		}
		f[0] = f[1];
		f[1] = f[2];
		f[2] = strcmp(f[3], "retired") == 0 ? NULL : f[3];
		f[3] = NULL;
	} else if (nf == 3 && strcmp(f[2], "retired") == 0) {
		f[2] = f[3] = NULL;
	} else if (nf != 4) {
		*why = "want <suite> <keyver> <MK_enc> <MK_mac>";
		return -1;
	}
	if ((suite = parse_num(f[0], 1, 255)) == -1 ||
	    tp1_block_len((uint8_t)suite) == 0) {
		*why = "unknown suite";
		return -1;
	}
	if ((keyver = parse_num(f[1], 1, kind == KEYFILE_BANK ? 99 : 255)) == -1) {
		*why = kind == KEYFILE_BANK ? "key version not in 1..99" :
		    "key version not in 1..255";
		return -1;
	}
	ks->bank = (uint16_t)bank;
	ks->suite = (uint8_t)suite;
	ks->keyver = (uint8_t)keyver;
	if (f[2] == NULL) {
		ks->retired = 1;
		return 1;
	}
	if (kind == KEYFILE_BANK) {
		if (parse_key(f[2], ks->mk_mac) == -1) {
			*why = "the key is not 32 hex digits";
			return -1;
		}
		return 1;
	}
	if (parse_key(f[2], ks->mk_enc) == -1 ||
	    parse_key(f[3], ks->mk_mac) == -1) {
		*why = "a key is not 32 hex digits";
		return -1;
	}
	return 1;
}

/* A set or a retired version's number (bank 0: master sets). */
static struct keyset *
find_in(const struct keyfile *kf, uint16_t bank, uint8_t suite,
    uint8_t keyver)
{
	size_t	i;

	for (i = 0; i < kf->nsets; i++)
		if (kf->sets[i].bank == bank && kf->sets[i].keyver == keyver &&
		    (bank != 0 || kf->sets[i].suite == suite))
			return &kf->sets[i];
	return NULL;
}

static struct keyset *
find_any(const struct keyfile *kf, uint8_t suite, uint8_t keyver)
{
	return find_in(kf, 0, suite, keyver);
}

int
keyfile_parse(const char *name, char *buf, size_t len, struct keyfile *kf,
    char *err, size_t errlen)
{
	return keyfile_parse_kind(name, KEYFILE_MASTER, buf, len, kf, err,
	    errlen);
}

int
keyfile_parse_kind(const char *name, enum keyfile_kind kind, char *buf,
    size_t len, struct keyfile *kf, char *err, size_t errlen)
{
	struct keyset	 ks;
	const char	*why = NULL;
	char		*line, *next, *hash;
	int		 lineno = 0, r;

	memset(kf, 0, sizeof(*kf));
	kf->kind = kind;
	memset(&ks, 0, sizeof(ks));
	if (memchr(buf, '\0', len) != NULL) {
		/* A NUL would end the text early: the rest would go unread. */
		snprintf(err, errlen, "%s: a NUL byte in the file", name);
		return -1;
	}
	buf[len] = '\0';
	for (line = buf; line != NULL; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if ((hash = strchr(line, '#')) != NULL)
			*hash = '\0';
		memset(&ks, 0, sizeof(ks));
		if ((r = parse_line(kind, line, &ks, &why)) == -1) {
			snprintf(err, errlen, "%s:%d: %s", name, lineno, why);
			goto fail;
		}
		if (r == 0)
			continue;
		if (find_in(kf, ks.bank, ks.suite, ks.keyver) != NULL) {
			if (kind == KEYFILE_BANK)
				snprintf(err, errlen, "%s:%d: duplicate bank "
				    "%04u key version %u", name, lineno,
				    ks.bank, ks.keyver);
			else
				snprintf(err, errlen, "%s:%d: duplicate suite "
				    "%u key version %u", name, lineno,
				    ks.suite, ks.keyver);
			goto fail;
		}
		if (add_set(kf, &ks) == -1) {
			snprintf(err, errlen, "%s: cannot map memory for the "
			    "keys: %s", name, strerror(errno));
			goto fail;
		}
	}
	OPENSSL_cleanse(&ks, sizeof(ks));
	if (kind == KEYFILE_MASTER && keyfile_live(kf) == 0) {
		snprintf(err, errlen, "%s: no keys", name);
		keyfile_free(kf);
		return -1;
	}
	return 0;
fail:
	OPENSSL_cleanse(&ks, sizeof(ks));
	keyfile_free(kf);
	return -1;
}

int
keyfile_load(const char *path, struct keyfile *kf, char *err, size_t errlen)
{
	return keyfile_load_kind(path, KEYFILE_MASTER, kf, err, errlen);
}

int
keyfile_load_kind(const char *path, enum keyfile_kind kind, struct keyfile *kf,
    char *err, size_t errlen)
{
	char	*buf;
	size_t	 len = 0;
	int	 rv;

	memset(kf, 0, sizeof(*kf));
	if ((buf = read_private(path, &len, err, errlen)) == NULL)
		return -1;
	rv = keyfile_parse_kind(path, kind, buf, len, kf, err, errlen);
	OPENSSL_cleanse(buf, len);
	free(buf);
	return rv;
}

void
keyfile_free(struct keyfile *kf)
{
	if (kf == NULL)
		return;
	if (kf->sets != NULL) {
		OPENSSL_cleanse(kf->sets, kf->mapped);
		(void)munlock(kf->sets, kf->mapped);
		(void)munmap(kf->sets, kf->mapped);
	}
	memset(kf, 0, sizeof(*kf));
}

const struct keyset *
keyfile_find(const struct keyfile *kf, uint8_t suite, uint8_t keyver)
{
	const struct keyset	*ks = find_any(kf, suite, keyver);

	return ks != NULL && !ks->retired ? ks : NULL;
}

const struct keyset *
keyfile_bank_find(const struct keyfile *kf, uint16_t bank, uint8_t keyver)
{
	const struct keyset	*ks;

	if (bank == 0)
		return NULL;
	ks = find_in(kf, bank, 0, keyver);
	return ks != NULL && !ks->retired ? ks : NULL;
}

const struct keyset *
keyfile_bank_latest(const struct keyfile *kf, uint16_t bank)
{
	const struct keyset	*top = NULL;
	size_t			 i;

	for (i = 0; i < kf->nsets; i++)
		if (bank != 0 && kf->sets[i].bank == bank &&
		    (top == NULL || kf->sets[i].keyver > top->keyver))
			top = &kf->sets[i];
	return top;
}

size_t
keyfile_live(const struct keyfile *kf)
{
	size_t	i, n = 0;

	for (i = 0; i < kf->nsets; i++)
		if (!kf->sets[i].retired)
			n++;
	return n;
}

int
keyfile_terminal_keys(const struct keyfile *kf, uint8_t suite,
    uint8_t keyver, const uint8_t tid[8], struct tp1_keys *out)
{
	const struct keyset	*ks;

	memset(out, 0, sizeof(*out));
	if ((ks = keyfile_find(kf, suite, keyver)) == NULL)
		return -1;
	if (tp1_terminal_keys(suite, ks->mk_enc, ks->mk_mac, tid, out) !=
	    TP1_OK)
		return -1;
	return 0;
}

int
keyfile_generate(const char *path, char *err, size_t errlen)
{
	static const uint8_t	 suites[] = { TP1_SUITE_TDES, TP1_SUITE_SM4 };
	uint8_t			 k[32];
	char			 text[512], hex[65];
	size_t			 len = 0, off;
	ssize_t			 w;
	int			 fd, n;
	unsigned		 i;

	len = (size_t)snprintf(text, sizeof(text), "# GridFront master keys: "
	    "<suite> <keyver> <MK_enc> <MK_mac>.  Keep mode 0600.\n");
	for (i = 0; i < sizeof(suites); i++) {
		if (RAND_bytes(k, sizeof(k)) != 1) {
			snprintf(err, errlen, "RAND_bytes failed");
			goto fail_clean;
		}
		hex_encode(k, 16, hex);
		hex_encode(k + 16, 16, hex + 32);
		n = snprintf(text + len, sizeof(text) - len, "%u 1 %.32s %.32s\n",
		    suites[i], hex, hex + 32);
		len += (size_t)n;
	}
	OPENSSL_cleanse(k, sizeof(k));
	OPENSSL_cleanse(hex, sizeof(hex));

	/* O_EXCL: never replace keys terminals were provisioned from. */
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
	    0600);
	if (fd == -1 && errno == EEXIST) {
		snprintf(err, errlen, "%s: already exists; refusing to "
		    "overwrite a key file", path);
		goto fail_clean;
	}
	if (fd == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto fail_clean;
	}
	if (fchmod(fd, 0600) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto fail_unlink;
	}
	for (off = 0; off < len; off += (size_t)w) {
		if ((w = write(fd, text + off, len - off)) == -1) {
			if (errno == EINTR) {
				w = 0;
				continue;
			}
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			goto fail_unlink;
		}
	}
	if (fsync(fd) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto fail_unlink;
	}
	if (close(fd) == -1) {
		fd = -1;
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto fail_unlink;
	}
	OPENSSL_cleanse(text, sizeof(text));
	return 0;
fail_unlink:
	if (fd != -1)
		close(fd);
	unlink(path);
fail_clean:
	OPENSSL_cleanse(k, sizeof(k));
	OPENSSL_cleanse(hex, sizeof(hex));
	OPENSSL_cleanse(text, sizeof(text));
	return -1;
}

/* The next version of (bank, suite) made in place, in the locked pages. */
static int
rotate_in(struct keyfile *kf, uint16_t bank, uint8_t suite, int maxver,
    char *err, size_t errlen)
{
	struct keyset	*ks;
	size_t		 i;
	int		 top = 0;

	if (tp1_block_len(suite) == 0) {
		snprintf(err, errlen, "unknown suite %u", suite);
		return -1;
	}
	for (i = 0; i < kf->nsets; i++)
		if (kf->sets[i].bank == bank && (bank != 0 ||
		    kf->sets[i].suite == suite) && kf->sets[i].keyver > top)
			top = kf->sets[i].keyver;
	if (top >= maxver) {
		snprintf(err, errlen, "every key version up to %d has been "
		    "used", maxver);
		return -1;
	}
	if (keymem_reserve(kf, kf->nsets + 1) == -1) {
		snprintf(err, errlen, "cannot map memory for the keys: %s",
		    strerror(errno));
		return -1;
	}
	ks = &kf->sets[kf->nsets];
	memset(ks, 0, sizeof(*ks));
	if ((bank == 0 && RAND_bytes(ks->mk_enc, sizeof(ks->mk_enc)) != 1) ||
	    RAND_bytes(ks->mk_mac, sizeof(ks->mk_mac)) != 1) {
		OPENSSL_cleanse(ks, sizeof(*ks));
		snprintf(err, errlen, "RAND_bytes failed");
		return -1;
	}
	ks->bank = bank;
	ks->suite = suite;
	ks->keyver = (uint8_t)(top + 1);
	kf->nsets++;
	return top + 1;
}

int
keyfile_rotate(struct keyfile *kf, uint8_t suite, char *err, size_t errlen)
{
	return rotate_in(kf, 0, suite, 255, err, errlen);
}

int
keyfile_bank_rotate(struct keyfile *kf, uint16_t bank, uint8_t suite,
    char *err, size_t errlen)
{
	const struct keyset	*top = keyfile_bank_latest(kf, bank);

	if (kf->kind != KEYFILE_BANK || bank == 0 || bank > 9999) {
		snprintf(err, errlen, "not a bank key file or bank number");
		return -1;
	}
	if (suite == 0) {
		if (top == NULL) {
			snprintf(err, errlen, "bank %04u has no key: give its "
			    "suite", bank);
			return -1;
		}
		suite = top->suite;
	}
	return rotate_in(kf, bank, suite, 99, err, errlen);
}

int
keyfile_bank_retire(struct keyfile *kf, uint16_t bank, uint8_t keyver,
    char *err, size_t errlen)
{
	struct keyset	*ks = bank != 0 ? find_in(kf, bank, 0, keyver) : NULL;

	if (ks == NULL || ks->retired) {
		snprintf(err, errlen, "bank %04u key version %u is not in the "
		    "bank key file%s", bank, keyver, ks ? " (already retired)" :
		    "");
		return -1;
	}
	OPENSSL_cleanse(ks->mk_mac, sizeof(ks->mk_mac));
	ks->retired = 1;
	return 0;
}

int
keyfile_retire(struct keyfile *kf, uint8_t suite, uint8_t keyver, char *err,
    size_t errlen)
{
	struct keyset	*ks = find_any(kf, suite, keyver);
	size_t		 i, others = 0;

	if (ks == NULL || ks->retired) {
		snprintf(err, errlen, "suite %u key version %u is not in the "
		    "key file%s", suite, keyver, ks ? " (already retired)" : "");
		return -1;
	}
	for (i = 0; i < kf->nsets; i++)
		if (kf->sets[i].suite == suite && !kf->sets[i].retired &&
		    kf->sets[i].keyver != keyver)
			others++;
	if (others == 0) {
		snprintf(err, errlen, "suite %u key version %u is the suite's "
		    "only version: rotate first", suite, keyver);
		return -1;
	}
	OPENSSL_cleanse(ks->mk_enc, sizeof(ks->mk_enc));
	OPENSSL_cleanse(ks->mk_mac, sizeof(ks->mk_mac));
	ks->retired = 1;
	return 0;
}

void
keyfile_fingerprint(const struct keyset *ks, char out[KEYFILE_FPR_LEN + 1])
{
	static const char	 label[] = "GridFront key fingerprint";
	uint8_t			 key[32], msg[sizeof(label) + 4], md[32];
	unsigned		 mdlen = sizeof(md);
	size_t			 mlen = sizeof(label) + 2;

	memcpy(key, ks->mk_enc, 16);
	memcpy(key + 16, ks->mk_mac, 16);
	memcpy(msg, label, sizeof(label));
	msg[sizeof(label)] = ks->suite;
	msg[sizeof(label) + 1] = ks->keyver;
	if (ks->bank != 0) {		/* a bank's key: its number too */
		msg[mlen++] = (uint8_t)(ks->bank >> 8);
		msg[mlen++] = (uint8_t)ks->bank;
	}
	if (HMAC(EVP_sha256(), key, sizeof(key), msg, mlen, md,
	    &mdlen) == NULL)
		memset(md, 0, sizeof(md));
	OPENSSL_cleanse(key, sizeof(key));
	hex_encode(md, KEYFILE_FPR_LEN / 2, out);
	out[KEYFILE_FPR_LEN] = '\0';
	OPENSSL_cleanse(md, sizeof(md));
}

static int
write_all(int fd, const char *p, size_t len)
{
	ssize_t	w;

	while (len > 0) {
		if ((w = write(fd, p, len)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

int
keyfile_write(const char *path, const struct keyfile *kf, char *err,
    size_t errlen)
{
	struct stat	 st;
	char		 tmp[PATH_MAX], dir[PATH_MAX], *text = NULL, hex[65];
	size_t		 cap, len = 0, i;
	int		 fd = -1, dfd, have_old;

	if (kf->kind == KEYFILE_MASTER && keyfile_live(kf) == 0) {
		snprintf(err, errlen, "%s: refusing to write a file without "
		    "keys", path);
		return -1;
	}
	if ((size_t)snprintf(tmp, sizeof(tmp), "%s.tmp.XXXXXX", path) >=
	    sizeof(tmp) || (size_t)snprintf(dir, sizeof(dir), "%s", path) >=
	    sizeof(dir)) {
		snprintf(err, errlen, "%s: path too long", path);
		return -1;
	}
	have_old = stat(path, &st) == 0;
	cap = 128 + kf->nsets * 96;
	text = xmalloc(cap);
	if (kf->kind == KEYFILE_BANK)
		len = (size_t)snprintf(text, cap, "# GridFront bank MAC keys: "
		    "<bankno> <suite> <keyver> <MAC key> | <bankno> <suite> "
		    "<keyver> retired.  Keep mode 0600.\n");
	else
		len = (size_t)snprintf(text, cap, "# GridFront master keys: "
		    "<suite> <keyver> <MK_enc> <MK_mac> | <suite> <keyver> "
		    "retired.  Keep mode 0600.\n");
	for (i = 0; i < kf->nsets; i++) {
		const struct keyset *ks = &kf->sets[i];

		if (kf->kind == KEYFILE_BANK) {
			if (ks->retired) {
				len += (size_t)snprintf(text + len, cap - len,
				    "%04u %u %u retired\n", ks->bank,
				    ks->suite, ks->keyver);
				continue;
			}
			hex_encode(ks->mk_mac, 16, hex);
			len += (size_t)snprintf(text + len, cap - len,
			    "%04u %u %u %.32s\n", ks->bank, ks->suite,
			    ks->keyver, hex);
			continue;
		}
		if (ks->retired) {
			len += (size_t)snprintf(text + len, cap - len,
			    "%u %u retired\n", ks->suite, ks->keyver);
			continue;
		}
		hex_encode(ks->mk_enc, 16, hex);
		hex_encode(ks->mk_mac, 16, hex + 32);
		len += (size_t)snprintf(text + len, cap - len, "%u %u %.32s "
		    "%.32s\n", ks->suite, ks->keyver, hex, hex + 32);
	}
	OPENSSL_cleanse(hex, sizeof(hex));
	if ((fd = mkstemp(tmp)) == -1) {
		snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
		goto fail;
	}
	/* The file keeps its owner (frontd may read it as its own user). */
	if (fchmod(fd, 0600) == -1 || (have_old && geteuid() == 0 &&
	    fchown(fd, st.st_uid, st.st_gid) == -1)) {
		snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
		goto fail_unlink;
	}
	if (write_all(fd, text, len) == -1 || fsync(fd) == -1) {
		snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
		goto fail_unlink;
	}
	if (close(fd) == -1) {
		fd = -1;
		snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
		goto fail_unlink;
	}
	fd = -1;
	if (rename(tmp, path) == -1) {
		snprintf(err, errlen, "rename %s: %s", path, strerror(errno));
		goto fail_unlink;
	}
	if ((dfd = open(dirname(dir), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1) {
		(void)fsync(dfd);
		close(dfd);
	}
	OPENSSL_cleanse(text, cap);
	free(text);
	return 0;
fail_unlink:
	if (fd != -1)
		close(fd);
	unlink(tmp);
fail:
	OPENSSL_cleanse(text, cap);
	free(text);
	return -1;
}
