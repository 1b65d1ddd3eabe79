/*
 * cmd_journal.c - `gfctl journal verify|dump|find`: check and read frontd's
 * audit journal (format: frontd/journal.c, docs/JOURNAL.md).
 *
 *   verify [FILE...]   every checksum and the whole hash chain of every
 *                      chain (one per frontd worker); with no FILE every
 *                      file of conf.frontd.journal_dir, and then each
 *                      chain must start at record 1.  Names the first bad
 *                      record (file, offset, record number in the file).
 *                      A torn last record of the newest file (an unfinished
 *                      write cut by a crash; frontd truncates it at start)
 *                      is a warning, not a failure.
 *   dump [FILE...]     every record as a JSON line
 *   find --terminal ID [--date YYYYMMDD] [--seq N] [--term-serial S]
 *   find --bank NNNN [--date YYYYMMDD]	(the bank link's records)
 *
 * The record reader is frontd's own (common/journal_fmt.c) so the
 * writer and the checker cannot drift apart.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "gfctl.h"
#include "tp1.h"
#include "tp1_json.h"

#include "journal_fmt.h"
#include "journal_json.h"

struct jfiles {
	char	**v;
	int	  n;
};

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* FILE arguments, or every journal file of the directory (sorted). */
static int
collect(struct gfctl *g, int argc, char **argv, struct jfiles *f,
    int *from_dir)
{
	DIR		*d;
	struct dirent	*e;
	const char	*dir = g->conf.frontd.journal_dir;
	char		 path[4096];
	int		 i;

	f->v = xcalloc((size_t)argc + 1, sizeof(char *));
	f->n = 0;
	*from_dir = 0;
	for (i = 1; i < argc; i++) {
		if (strncmp(argv[i], "--", 2) == 0) {
			i++;		/* an option and its value */
			continue;
		}
		f->v[f->n++] = xstrdup(argv[i]);
	}
	if (f->n > 0)
		return 0;
	*from_dir = 1;
	if ((d = opendir(dir)) == NULL) {
		fprintf(stderr, "gfctl: journal: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, "journal-", 8) != 0 ||
		    strlen(e->d_name) < 5 ||
		    strcmp(e->d_name + strlen(e->d_name) - 4, ".gfj") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		f->v = xrealloc(f->v, sizeof(char *) * ((size_t)f->n + 1));
		f->v[f->n++] = xstrdup(path);
	}
	closedir(d);
	qsort(f->v, (size_t)f->n, sizeof(char *), name_cmp);
	return 0;
}

static void
jfiles_free(struct jfiles *f)
{
	int	i;

	for (i = 0; i < f->n; i++)
		free(f->v[i]);
	free(f->v);
}

/* The chain of a path: by its base name; another name counts as chain 0
 * (a file given by hand). */
static int
path_chain(const char *path)
{
	const char	*base = strrchr(path, '/');
	char		 date[9];
	int		 k;

	k = jfmt_file_chain(base ? base + 1 : path, date);
	return k < 0 ? 0 : k;
}

/* One chain's files, in order; 0 good, 1 bad (printed). */
static int
verify_chain(struct jfiles *f, int chain, int strict, int many,
    uint64_t *nrec, int *nfiles)
{
	struct jfmt_verify	v;
	int			i, last = -1, n = 0;

	for (i = 0; i < f->n; i++)
		if (path_chain(f->v[i]) == chain)
			last = i;
	if (last == -1)
		return -1;
	jfmt_verify_init(&v, strict);
	for (i = 0; i <= last; i++) {
		if (path_chain(f->v[i]) != chain)
			continue;
		n++;
		if (jfmt_verify_file(&v, f->v[i], i == last) == -1) {
			if (many)
				printf("BAD chain=w%d %s\n", chain, v.err);
			else
				printf("BAD %s\n", v.err);
			return 1;
		}
	}
	if (v.torn)
		printf("WARNING %s\n", v.err);
	if (many)
		printf("OK chain=w%d files=%d records=%llu\n", chain, n,
		    (unsigned long long)v.nrec);
	*nrec += v.nrec;
	*nfiles += n;
	return 0;
}

/*
 * Every chain of the node (one per frontd worker: docs/JOURNAL.md) is
 * checked on its own.  One chain: the one line "OK files=N records=M" (or
 * "BAD ...") as ever; several: a line per chain naming it, then a total.
 */
static int
do_verify(struct gfctl *g, int argc, char **argv)
{
	struct jfiles		f;
	int			i, from_dir, rv = 0, r, nchains = 0, nbad = 0;
	int			have[JFMT_MAX_CHAINS], nfiles = 0;
	uint64_t		nrec = 0;

	if (collect(g, argc, argv, &f, &from_dir) == -1)
		return 1;
	if (f.n == 0) {
		fprintf(stderr, "gfctl: journal verify: no journal files\n");
		jfiles_free(&f);
		return 1;
	}
	memset(have, 0, sizeof(have));
	for (i = 0; i < f.n; i++)
		have[path_chain(f.v[i])] = 1;
	for (i = 0; i < JFMT_MAX_CHAINS; i++)
		nchains += have[i];
	for (i = 0; i < JFMT_MAX_CHAINS; i++) {
		if (!have[i])
			continue;
		r = verify_chain(&f, i, from_dir, nchains > 1, &nrec, &nfiles);
		if (r != 0) {
			rv = 1;
			nbad++;
		}
	}
	if (nchains > 1) {
		if (rv == 0)
			printf("OK chains=%d files=%d records=%llu\n", nchains,
			    nfiles, (unsigned long long)nrec);
		else
			printf("BAD chains=%d bad=%d\n", nchains, nbad);
	} else if (rv == 0)
		printf("OK files=%d records=%llu\n", nfiles,
		    (unsigned long long)nrec);
	jfiles_free(&f);
	return rv;
}

struct filter {
	const char	*terminal;
	int		 has_seq;
	uint32_t	 seq;
	const char	*term_serial;
	/* (conn, seq) of requests matched by term_serial: their responses */
	uint64_t	*conns;
	uint32_t	*seqs;
	size_t		 n;
};

static int
matches(struct filter *f, const struct jfmt_rec *r)
{
	size_t	i;

	if (f == NULL)
		return 1;
	if (strcmp(r->terminal, f->terminal) != 0)
		return 0;
	if (f->has_seq && r->seq != f->seq)
		return 0;
	if (f->term_serial == NULL)
		return 1;
	if (r->type == JFMT_REQUEST && jfmt_rec_term_serial_is(r, f->term_serial)) {
		f->conns = xrealloc(f->conns, sizeof(uint64_t) * (f->n + 1));
		f->seqs = xrealloc(f->seqs, sizeof(uint32_t) * (f->n + 1));
		f->conns[f->n] = r->conn;
		f->seqs[f->n++] = r->seq;
		return 1;
	}
	if (r->type == JFMT_RESPONSE)
		for (i = 0; i < f->n; i++)
			if (f->conns[i] == r->conn && f->seqs[i] == r->seq)
				return 1;
	return 0;
}

static int
print_file(const char *path, struct filter *flt)
{
	uint8_t		*buf;
	size_t		 len, off = JFMT_FILE_HDR;
	struct jfmt_raw	 raw;
	struct jfmt_rec	 rec;
	enum jfmt_read	 rr;
	json_t		*o;
	char		*s;

	if (jfmt_slurp(path, &buf, &len) == -1) {
		fprintf(stderr, "gfctl: journal: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (jfmt_check_file_header(buf, len) == -1) {
		fprintf(stderr, "gfctl: journal: %s: not a journal file\n", path);
		free(buf);
		return -1;
	}
	while ((rr = jfmt_read(buf, len, off, &raw)) == JFMT_R_OK) {
		if (jfmt_decode(raw.body, raw.bodylen, &rec) == -1)
			break;
		if (matches(flt, &rec)) {
			o = jfmt_rec_json(path, off, &rec);
			s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
			printf("%s\n", s);
			free(s);
			json_decref(o);
		}
		off += raw.size;
	}
	free(buf);
	if (rr == JFMT_R_BAD || (rr == JFMT_R_OK)) {
		fprintf(stderr, "gfctl: journal: %s: offset %zu: bad record "
		    "(run gfctl journal verify)\n", path, off);
		return -1;
	}
	return 0;
}

static int
do_print(struct gfctl *g, int argc, char **argv, struct filter *flt)
{
	struct jfiles	 f;
	const char	*date = flt ? gfctl_opt(argc, argv, "--date") : NULL;
	char		 want[32];
	int		 i, from_dir, rv = 0;

	if (collect(g, argc, argv, &f, &from_dir) == -1)
		return 1;
	if (date)
		snprintf(want, sizeof(want), "journal-%s.", date);
	for (i = 0; i < f.n; i++) {
		if (date && strstr(f.v[i], want) == NULL)
			continue;
		if (print_file(f.v[i], flt) == -1)
			rv = 1;
	}
	jfiles_free(&f);
	return rv;
}

int
cmd_journal(struct gfctl *g, int argc, char **argv)
{
	struct filter	 flt;
	const char	*seq;
	int		 rv;

	if (argc < 1)
		goto usage;
	if (strcmp(argv[0], "verify") == 0)
		return do_verify(g, argc, argv);
	if (strcmp(argv[0], "dump") == 0)
		return do_print(g, argc, argv, NULL);
	if (strcmp(argv[0], "find") == 0) {
		memset(&flt, 0, sizeof(flt));
		/* A bank's records carry its number where a terminal's
		 * carry the terminal id. */
		if ((flt.terminal = gfctl_opt(argc, argv, "--terminal")) ==
		    NULL && (flt.terminal = gfctl_opt(argc, argv, "--bank")) ==
		    NULL)
			goto usage;
		if ((seq = gfctl_opt(argc, argv, "--seq")) != NULL) {
			flt.has_seq = 1;
			flt.seq = (uint32_t)strtoul(seq, NULL, 10);
		}
		flt.term_serial = gfctl_opt(argc, argv, "--term-serial");
		rv = do_print(g, argc, argv, &flt);
		free(flt.conns);
		free(flt.seqs);
		return rv;
	}
usage:
	fprintf(stderr, "usage: gfctl journal verify [FILE...] | dump [FILE...]"
	    " | find --terminal ID|--bank NNNN [--date YYYYMMDD] [--seq N] "
	    "[--term-serial S]\n");
	return 2;
}
