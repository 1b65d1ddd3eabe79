/*
 * util.c - small helpers of banksim: numbers and rates from the command
 * line, a splitmix64 random stream, whole files written under a temporary
 * name with their .sha256 beside them (BK1 §5), and the check of one.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "banksim.h"
#include "log.h"
#include "util.h"

uint64_t
bs_rng(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

int
bs_roll(uint64_t *s, int permille)
{
	return (int)(bs_rng(s) % 1000) < permille;
}

int
bs_rate(const char *s, int *permille)
{
	char	*end;
	double	 d;

	errno = 0;
	d = strtod(s, &end);
	if (*s == '\0' || *end != '\0' || errno != 0 || d < 0 || d > 100)
		return -1;
	*permille = (int)(d * 10 + 0.5);
	return 0;
}

int
bs_num(const char *s, long min, long max, long *v)
{
	char	*end;
	long	 n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || n < min || n > max)
		return -1;
	*v = n;
	return 0;
}

int
bs_bankno_ok(const char *s)
{
	size_t	i;

	if (strlen(s) != 4)
		return 0;
	for (i = 0; i < 4; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

void
bs_now(char ymd[9], char hms[7])
{
	char	ts[15];

	fmt_localtime(time(NULL), ts);
	memcpy(ymd, ts, 8);
	ymd[8] = '\0';
	memcpy(hms, ts + 8, 6);
	hms[6] = '\0';
}

void
bs_sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char	md[32];
	unsigned int	mdlen = 0;

	if (EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL) != 1 ||
	    mdlen != 32)
		fatalx("sha256 failed");
	hex_encode(md, 32, out);
	for (; *out; out++)
		if (*out >= 'A' && *out <= 'F')
			*out = (char)(*out - 'A' + 'a');
}

int
bs_write_plain(const char *dir, const char *name, const char *data, size_t len,
    char *err, size_t errlen)
{
	char	tmp[4096], dst[4096];
	int	fd, dfd;
	size_t	off = 0;
	ssize_t	w;

	if ((size_t)snprintf(tmp, sizeof(tmp), "%s/.%s.tmp", dir, name) >=
	    sizeof(tmp) ||
	    (size_t)snprintf(dst, sizeof(dst), "%s/%s", dir, name) >=
	    sizeof(dst)) {
		snprintf(err, errlen, "path too long");
		return -1;
	}
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0644)) == -1) {
		snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
		return -1;
	}
	while (off < len) {
		if ((w = write(fd, data + off, len - off)) == -1) {
			if (errno == EINTR)
				continue;
			snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
			close(fd);
			unlink(tmp);
			return -1;
		}
		off += (size_t)w;
	}
	if (fsync(fd) == -1 || close(fd) == -1 || rename(tmp, dst) == -1) {
		snprintf(err, errlen, "%s: %s", dst, strerror(errno));
		unlink(tmp);
		return -1;
	}
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1) {
		(void)fsync(dfd);
		close(dfd);
	}
	return 0;
}

int
bs_write_file(const char *dir, const char *name, const char *data, size_t len,
    char *err, size_t errlen)
{
	char	hex[65], line[512], shaname[300];

	if (bs_mkdirs(dir) == -1) {
		snprintf(err, errlen, "%s: %s", dir, strerror(errno));
		return -1;
	}
	/* The file first: a .sha256 is only ever beside a whole file. */
	if (bs_write_plain(dir, name, data, len, err, errlen) == -1)
		return -1;
	bs_sha256_hex(data, len, hex);
	snprintf(line, sizeof(line), "%s  %s\n", hex, name);
	snprintf(shaname, sizeof(shaname), "%s.sha256", name);
	return bs_write_plain(dir, shaname, line, strlen(line), err, errlen);
}

char *
bs_read_file(const char *path, size_t *lenp, char *err, size_t errlen)
{
	FILE	*fp;
	char	*buf = NULL;
	size_t	 len = 0, cap = 0, n;

	if ((fp = fopen(path, "re")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	for (;;) {
		if (cap - len < 4096) {
			if (cap > 64u << 20) {
				snprintf(err, errlen, "%s: too large", path);
				free(buf);
				fclose(fp);
				return NULL;
			}
			cap = cap ? cap * 2 : 8192;
			buf = xrealloc(buf, cap + 1);
		}
		n = fread(buf + len, 1, cap - len, fp);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(fp)) {
		snprintf(err, errlen, "%s: read error", path);
		free(buf);
		fclose(fp);
		return NULL;
	}
	fclose(fp);
	buf[len] = '\0';
	*lenp = len;
	return buf;
}

int
bs_check_sha(const char *path, const char *data, size_t len, char *err,
    size_t errlen)
{
	char	 shapath[4096], hex[65], *txt, *sp;
	const char *base;
	size_t	 n;
	int	 rc = -1;

	snprintf(shapath, sizeof(shapath), "%s.sha256", path);
	if ((txt = bs_read_file(shapath, &n, err, errlen)) == NULL)
		return -1;
	base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	bs_sha256_hex(data, len, hex);
	if (n < 66 || (sp = strstr(txt, "  ")) != txt + 64)
		snprintf(err, errlen, "%s: not sha256sum format", shapath);
	else if (strncasecmp(txt, hex, 64) != 0)
		snprintf(err, errlen, "%s: SHA-256 differs", shapath);
	else if (strncmp(sp + 2, base, strlen(base)) != 0 ||
	    (sp[2 + strlen(base)] != '\n' && sp[2 + strlen(base)] != '\0'))
		snprintf(err, errlen, "%s: names another file", shapath);
	else
		rc = 0;
	free(txt);
	return rc;
}

int
bs_mkdirs(const char *path)
{
	char	buf[4096], *p;

	if (snprintf(buf, sizeof(buf), "%s", path) >= (int)sizeof(buf)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	for (p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0755) == -1 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(buf, 0755) == -1 && errno != EEXIST)
		return -1;
	return 0;
}

int
bs_split(char *line, char **f, int max)
{
	int	n = 0;

	while (n < max) {
		f[n++] = line;
		if ((line = strchr(line, '|')) == NULL)
			break;
		*line++ = '\0';
	}
	return n;
}
