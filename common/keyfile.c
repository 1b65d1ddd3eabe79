/*
 * keyfile.c - frontd's master key file (keyfile.h).
 *
 * Every buffer that held key bytes or key hex is cleansed before it is
 * freed, and no error message quotes a line's content: only its number.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>
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

	if (*s == '\0' || strlen(s) > 3)
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

/* Append a set, moving the array so no stale key copy is left behind. */
static void
add_set(struct keyfile *kf, const struct keyset *ks)
{
	struct keyset	*n;

	n = xcalloc(kf->nsets + 1, sizeof(*n));
	if (kf->nsets > 0) {
		memcpy(n, kf->sets, kf->nsets * sizeof(*n));
		OPENSSL_cleanse(kf->sets, kf->nsets * sizeof(*n));
	}
	free(kf->sets);
	n[kf->nsets++] = *ks;
	kf->sets = n;
}

/* Parse one line (comments already cut); 1 if it held a set, 0 if blank. */
static int
parse_line(char *line, struct keyset *ks, const char **why)
{
	char	*f[5], *save = NULL, *tok;
	int	 nf = 0, suite, keyver;

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
	if (nf != 4) {
		*why = "want <suite> <keyver> <MK_enc> <MK_mac>";
		return -1;
	}
	if ((suite = parse_num(f[0], 1, 255)) == -1 ||
	    tp1_block_len((uint8_t)suite) == 0) {
		*why = "unknown suite";
		return -1;
	}
	if ((keyver = parse_num(f[1], 1, 255)) == -1) {
		*why = "key version not in 1..255";
		return -1;
	}
	ks->suite = (uint8_t)suite;
	ks->keyver = (uint8_t)keyver;
	if (parse_key(f[2], ks->mk_enc) == -1 ||
	    parse_key(f[3], ks->mk_mac) == -1) {
		*why = "a key is not 32 hex digits";
		return -1;
	}
	return 1;
}

int
keyfile_parse(const char *name, char *buf, size_t len, struct keyfile *kf,
    char *err, size_t errlen)
{
	struct keyset	 ks;
	const char	*why = NULL;
	char		*line, *next, *hash;
	int		 lineno = 0, r;

	memset(kf, 0, sizeof(*kf));
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
		if ((r = parse_line(line, &ks, &why)) == -1) {
			snprintf(err, errlen, "%s:%d: %s", name, lineno, why);
			goto fail;
		}
		if (r == 0)
			continue;
		if (keyfile_find(kf, ks.suite, ks.keyver) != NULL) {
			snprintf(err, errlen, "%s:%d: duplicate suite %u key "
			    "version %u", name, lineno, ks.suite, ks.keyver);
			goto fail;
		}
		add_set(kf, &ks);
	}
	OPENSSL_cleanse(&ks, sizeof(ks));
	if (kf->nsets == 0) {
		snprintf(err, errlen, "%s: no keys", name);
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
	char	*buf;
	size_t	 len = 0;
	int	 rv;

	memset(kf, 0, sizeof(*kf));
	if ((buf = read_private(path, &len, err, errlen)) == NULL)
		return -1;
	rv = keyfile_parse(path, buf, len, kf, err, errlen);
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
		OPENSSL_cleanse(kf->sets, kf->nsets * sizeof(*kf->sets));
		free(kf->sets);
	}
	kf->sets = NULL;
	kf->nsets = 0;
}

const struct keyset *
keyfile_find(const struct keyfile *kf, uint8_t suite, uint8_t keyver)
{
	size_t	i;

	for (i = 0; i < kf->nsets; i++)
		if (kf->sets[i].suite == suite && kf->sets[i].keyver == keyver)
			return &kf->sets[i];
	return NULL;
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
