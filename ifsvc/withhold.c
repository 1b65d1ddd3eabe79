/*
 * withhold.c - monthly withholding in ifsvc (docs/BK1.md "Withholding").
 *
 * Three duties, each driven from the database so that a restart loses
 * nothing:
 *
 * make	gfctl withhold make asks over the socket (IPC_WH_MAKE).  The bank's
 *	bound customers are read, each one's arrears asked of the marketing
 *	system (MI/1 1001, one after the other), the lines with arrears
 *	recorded as a list (gf_wh_list_begin: the month's next run number
 *	and the audit row), then WH<bankno><YYYYMM><nn>.txt and its .sha256
 *	written under temporary names and renamed into
 *	<bank_dir>/<bankno>/outbox/.  Any 1001 that is not answered (or
 *	refused otherwise than 1001 no such customer / 1002 no arrears)
 *	makes no list at all.
 *
 * intake	every withhold_poll seconds (and at start) each
 *	<bank_dir>/<bankno>/inbox/ is read for WR<bankno><YYYYMM><nn>.txt
 *	with its .sha256 beside it.  The SHA-256 and the syntax are checked
 *	here; the rest (the list is the station's, the header's count,
 *	total, okcount and oktotal against the lines and the list, every
 *	line the list's) by gf_wh_result_take, which accepts the file whole
 *	or refuses it whole with an alarm (WH_REFUSED).  A file already
 *	seen (name and SHA-256) changes nothing.
 *
 * post	each debited line of an accepted file is posted to the marketing
 *	system exactly once: gf_wh_post_claim makes an attempt (a
 *	transactions row, channel WITHHOLD, PENDING) only when no earlier
 *	attempt is open or in force, and the attempt goes through the money
 *	state machine like a terminal's payment: an answer lost becomes
 *	UNKNOWN and the settler (settler.c) brings it to nothing posted,
 *	after which a new attempt is made.  A customer who owes nothing any
 *	more (1002 refused 1002) gets the amount on the balance (1004).
 *	Attempts this node's previous process had out are made UNKNOWN at
 *	start (gf_wh_restart).
 */
#include <sys/stat.h>
#include <sys/types.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/event.h>
#include <openssl/evp.h>

#include "ifsvc.h"
#include "log.h"
#include "money.h"
#include "tp1.h"
#include "util.h"
#include "wh_file.h"

#define WH_POST_MAX	4		/* postings out at once */
#define WH_FILE_MAX	(64L * 1024 * 1024)
#define WH_FIELD_MAX	128
#define WH_SEEN_MAX	1024		/* result files remembered as read */

struct wh_bind {
	char		 cust[33];
	char		 account[33];
	char		 name[65];
	char		 serial[33];	/* the 1001's request serial */
};

struct wh_make {
	struct withhold	*wh;
	char		 bank[8];
	char		 month[8];
	char		 actor[128];
	wh_make_cb	 cb;
	void		*arg;
	struct wh_bind	*binds;
	int		 nbinds;
	int		 next;		/* the binding being asked */
	json_t		*lines;
	int		 skipped;
	int64_t		 list_id;
	struct mi1_msg	 req;
};

struct wh_post {
	struct withhold	*wh;
	char		 stserial[33];
	char		 date[16];
	int		 trcode;
	struct mi1_msg	 req;
};

struct withhold {
	struct ifsvc	*ctx;
	struct event	*ev;
	char		 owner[96];
	struct wh_make	*make;		/* one at a time */
	int		 scanning;	/* intake queries under way */
	int		 claiming;
	int		 posting;	/* attempts out */
	struct wh_stamp	*seen;		/* WH_SEEN_MAX, a ring */
	size_t		 seen_next;
};

static void	post_more(struct withhold *);

/* ---- small utilities ---- */

/* ifsvc.bank_dir, or <var_dir>/bank when it is not set. */
static void
bank_root(const struct ifsvc *ctx, char *out, size_t outlen)
{
	if (ctx->conf.ifsvc.bank_dir[0] != '\0')
		snprintf(out, outlen, "%s", ctx->conf.ifsvc.bank_dir);
	else
		snprintf(out, outlen, "%s/bank", ctx->conf.global.var_dir);
}

static void __attribute__((format(printf, 2, 3)))
buf_printf(struct gbuf *b, const char *fmt, ...)
{
	va_list	 ap;
	char	 line[1024];
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof(line))
		fatalx("withhold: a file line longer than %zu", sizeof(line));
	gbuf_add(b, line, (size_t)n);
}

static int
sha256_hex(const uint8_t *p, size_t n, char hex[65])
{
	uint8_t		 md[32];
	unsigned int	 len = 0;

	if (EVP_Digest(p, n, md, &len, EVP_sha256(), NULL) != 1 || len != 32)
		return -1;
	hex_encode(md, 32, hex);
	for (len = 0; len < 64; len++)
		if (hex[len] >= 'A' && hex[len] <= 'F')
			hex[len] = (char)(hex[len] - 'A' + 'a');
	return 0;
}

/* An account as logs show it: the last four digits. */
static void
mask_account(const char *a, char *out, size_t outlen)
{
	size_t	n = strlen(a), i;

	if (outlen < 2)
		return;
	for (i = 0; i < n && i + 1 < outlen; i++)
		out[i] = i + 4 < n ? '*' : a[i];
	out[i] = '\0';
}

/* Write data to dir/name under a temporary name, synced, then renamed. */
static int
write_file(const char *dir, const char *name, const char *data, size_t len,
    char *err, size_t errlen)
{
	char	 tmp[1100], path[1100];
	int	 fd;
	ssize_t	 w;
	size_t	 off = 0;

	if ((size_t)snprintf(tmp, sizeof(tmp), "%s/.%s.tmp", dir, name) >=
	    sizeof(tmp) || (size_t)snprintf(path, sizeof(path), "%s/%s", dir,
	    name) >= sizeof(path)) {
		snprintf(err, errlen, "path too long: %.200s", name);
		return -1;
	}
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640)) ==
	    -1) {
		snprintf(err, errlen, "%.900s: %s", tmp, strerror(errno));
		return -1;
	}
	while (off < len) {
		if ((w = write(fd, data + off, len - off)) == -1) {
			if (errno == EINTR)
				continue;
			snprintf(err, errlen, "%.900s: %s", tmp, strerror(errno));
			close(fd);
			unlink(tmp);
			return -1;
		}
		off += (size_t)w;
	}
	if (fsync(fd) == -1 || close(fd) == -1 || rename(tmp, path) == -1) {
		snprintf(err, errlen, "%.900s: %s", path, strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}

static int
mkdirs(const char *path)
{
	char	 buf[1024], *p;

	snprintf(buf, sizeof(buf), "%s", path);
	for (p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0750) == -1 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(buf, 0750) == -1 && errno != EEXIST)
		return -1;
	return 0;
}

/* A list field: what BK/1 allows in a value (no |, =, control chars). */
static void
field_clean(const char *s, char *out, size_t outlen)
{
	size_t	i;

	for (i = 0; s[i] != '\0' && i + 1 < outlen; i++)
		out[i] = (s[i] == '|' || s[i] == '=' ||
		    (unsigned char)s[i] < 0x20 || s[i] == 0x7f) ? ' ' : s[i];
	out[i] = '\0';
}

/* ---- make ---- */

static void
make_end(struct wh_make *mk, int ok, const char *text)
{
	struct withhold	*wh = mk->wh;

	log_info("withhold: make bank=%s month=%s ok=%d text=\"%s\"", mk->bank,
	    mk->month, ok, text);
	mk->cb(ok, text, mk->arg);
	free(mk->binds);
	json_decref(mk->lines);
	mi1_msg_clear(&mk->req);
	free(mk);
	wh->make = NULL;
}

static void
list_end_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (!ifdb_ok(res))
		log_warnx("withhold: recording the list's end failed");
}

static void	make_next(struct wh_make *);

/* The list is recorded (its run number known): write the file. */
static void
list_begin_cb(PGresult *res, void *arg)
{
	struct wh_make	*mk = arg;
	struct gbuf	 body, shaf;
	char		 dir[900], err[1024], sha[65], text[1200], idv[24];
	char		 root[800];
	char		 name[WH_FIELD_MAX], file[64];
	const char	*nn, *count, *total, *p[2];
	json_t		*l;
	size_t		 i;

	if (!ifdb_ok(res) || PQntuples(res) != 1) {
		snprintf(text, sizeof(text), "recording the list: %s",
		    res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) ?
		    PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) :
		    PQresultErrorMessage(res) : "database connection lost");
		make_end(mk, 0, text);
		return;
	}
	mk->list_id = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
	nn = PQgetvalue(res, 0, 1);
	snprintf(file, sizeof(file), "%s", PQgetvalue(res, 0, 2));
	count = PQgetvalue(res, 0, 3);
	total = PQgetvalue(res, 0, 4);
	gbuf_init(&body);
	gbuf_init(&shaf);
	buf_printf(&body, "H|%s|%s|%02d|%s|%s\n", mk->bank, mk->month,
	    atoi(nn), count, total);
	json_array_foreach(mk->lines, i, l) {
		field_clean(json_string_value(json_object_get(l, "name")), name,
		    sizeof(name));
		buf_printf(&body, "D|%zu|%s|%s|%s|%lld|%s\n", i + 1,
		    json_string_value(json_object_get(l, "custno")), name,
		    json_string_value(json_object_get(l, "account")),
		    (long long)json_integer_value(json_object_get(l, "amount")),
		    json_string_value(json_object_get(l, "months")));
	}
	bank_root(mk->wh->ctx, root, sizeof(root));
	snprintf(dir, sizeof(dir), "%s/%s/outbox", root, mk->bank);
	snprintf(idv, sizeof(idv), "%lld", (long long)mk->list_id);
	p[0] = idv;
	p[1] = NULL;
	if (mkdirs(dir) == -1) {
		snprintf(err, sizeof(err), "%s: %s", dir, strerror(errno));
		goto fail;
	}
	if (sha256_hex(body.data, body.len, sha) == -1) {
		snprintf(err, sizeof(err), "SHA-256 failed");
		goto fail;
	}
	buf_printf(&shaf, "%s  %s\n", sha, file);
	if (write_file(dir, file, (const char *)body.data, body.len, err,
	    sizeof(err)) == -1)
		goto fail;
	snprintf(name, sizeof(name), "%s.sha256", file);
	if (write_file(dir, name, (const char *)shaf.data, shaf.len, err,
	    sizeof(err)) == -1)
		goto fail;
	p[1] = sha;
	ifdb_query(mk->wh->ctx->db, "SELECT gf_wh_list_end($1::bigint, $2)", 2,
	    p, list_end_cb, NULL);
	snprintf(text, sizeof(text), "list %s count=%s total=%s skipped=%d "
	    "sha256=%s", file, count, total, mk->skipped, sha);
	gbuf_free(&body);
	gbuf_free(&shaf);
	make_end(mk, 1, text);
	return;
fail:
	ifdb_query(mk->wh->ctx->db, "SELECT gf_wh_list_end($1::bigint, $2)", 2,
	    p, list_end_cb, NULL);
	gbuf_free(&body);
	gbuf_free(&shaf);
	snprintf(text, sizeof(text), "writing %s: %s", file, err);
	make_end(mk, 0, text);
}

static void
make_record(struct wh_make *mk)
{
	char		*lines;
	const char	*p[4];

	if (json_array_size(mk->lines) == 0) {
		make_end(mk, 0, "no bound customer of the bank has arrears: "
		    "no list made");
		return;
	}
	lines = json_dumps(mk->lines, JSON_COMPACT);
	p[0] = mk->actor;
	p[1] = mk->bank;
	p[2] = mk->month;
	p[3] = lines;
	ifdb_query(mk->wh->ctx->db, "SELECT r_id, r_nn, r_file, r_count, "
	    "r_total FROM gf_wh_list_begin($1, $2, $3, $4::jsonb)", 4, p,
	    list_begin_cb, mk);
	free(lines);
}

/* The bill months of a 1001 answer, "202610,202611". */
static void
bill_months(const json_t *body, char *out, size_t outlen)
{
	const json_t	*bills = json_object_get(body, "bills"), *it;
	const char	*m;
	size_t		 i, len = 0;

	out[0] = '\0';
	if (!json_is_array(bills))
		return;
	json_array_foreach(bills, i, it) {
		if ((m = mi1_get_str(it, "month")) == NULL)
			continue;
		len += (size_t)snprintf(out + len, len < outlen ? outlen - len :
		    0, "%s%s", len ? "," : "", m);
		if (len >= outlen) {
			out[outlen - 1] = '\0';
			return;
		}
	}
}

static void
arrears_cb(enum mkt_outcome o, struct mi1_msg *rsp, void *arg)
{
	struct wh_make	*mk = arg;
	const char	*cust = mk->binds[mk->next].cust;
	const char	*name, *bname;
	char		 text[256], months[512], clean[WH_FIELD_MAX];
	int64_t		 due;
	json_t		*l;

	if (o != MKT_ANSWERED) {
		snprintf(text, sizeof(text), "the arrears of customer %s could "
		    "not be asked (%s): no list made", cust,
		    o == MKT_UNKNOWN ? "no answer" : "marketing system unavailable");
		make_end(mk, 0, text);
		return;
	}
	if (strcmp(rsp->rspcode, "1001") == 0 ||
	    strcmp(rsp->rspcode, "1002") == 0) {
		log_info("withhold: make bank=%s cust=%s rspcode=%s skipped",
		    mk->bank, cust, rsp->rspcode);
		if (strcmp(rsp->rspcode, "1001") == 0)
			mk->skipped++;
		mk->next++;
		make_next(mk);
		return;
	}
	if (strcmp(rsp->rspcode, "0000") != 0 ||
	    mi1_get_i64(rsp->body, "totaldue", &due) == -1) {
		snprintf(text, sizeof(text), "the arrears of customer %s: "
		    "rspcode %s: no list made", cust, rsp->rspcode);
		make_end(mk, 0, text);
		return;
	}
	if (due > 0) {
		bname = mk->binds[mk->next].name;
		name = bname[0] != '\0' ? bname :
		    mi1_get_str(rsp->body, "custname");
		field_clean(name ? name : "", clean, sizeof(clean));
		bill_months(rsp->body, months, sizeof(months));
		l = json_pack("{s:s,s:s,s:s,s:I,s:s}", "custno", cust, "name",
		    clean, "account", mk->binds[mk->next].account,
		    "amount", (json_int_t)due, "months", months);
		json_array_append_new(mk->lines, l);
	}
	mk->next++;
	make_next(mk);
}

static void
make_next(struct wh_make *mk)
{
	char	acct[40];

	const struct wh_bind *b;

	if (mk->next >= mk->nbinds) {
		make_record(mk);
		return;
	}
	b = &mk->binds[mk->next];
	mask_account(b->account, acct, sizeof(acct));
	log_debug("withhold: make bank=%s cust=%s account=%s", mk->bank,
	    b->cust, acct);
	mi1_msg_clear(&mk->req);
	mi1_head_init(&mk->req, "1001", b->serial,
	    mk->wh->ctx->conf.global.org, now_us() / 1000000);
	mk->req.body = json_pack("{s:s}", "custno", b->cust);
	mkt_pool_call(mk->wh->ctx->pool, &mk->req, arrears_cb, mk);
}

static void
binds_cb(PGresult *res, void *arg)
{
	struct wh_make	*mk = arg;
	int		 i;

	if (!ifdb_ok(res)) {
		make_end(mk, 0, "reading the bindings failed");
		return;
	}
	if (PQntuples(res) == 0) {
		make_end(mk, 0, "the bank has no bound customers (or is not "
		    "registered): no list made");
		return;
	}
	mk->nbinds = PQntuples(res);
	mk->binds = xcalloc((size_t)mk->nbinds, sizeof(*mk->binds));
	for (i = 0; i < mk->nbinds; i++) {
		snprintf(mk->binds[i].cust, sizeof(mk->binds[i].cust), "%s",
		    PQgetvalue(res, i, 0));
		snprintf(mk->binds[i].account, sizeof(mk->binds[i].account),
		    "%s", PQgetvalue(res, i, 1));
		snprintf(mk->binds[i].name, sizeof(mk->binds[i].name), "%s",
		    PQgetvalue(res, i, 2));
		snprintf(mk->binds[i].serial, sizeof(mk->binds[i].serial), "%s",
		    PQgetvalue(res, i, 3));
	}
	mk->next = 0;
	make_next(mk);
}

int
withhold_make(struct withhold *wh, const char *bank, const char *month,
    const char *actor, wh_make_cb cb, void *arg)
{
	struct wh_make	*mk;
	const char	*p[2];

	if (wh->make != NULL)
		return -1;
	mk = xcalloc(1, sizeof(*mk));
	mk->wh = wh;
	snprintf(mk->bank, sizeof(mk->bank), "%s", bank);
	snprintf(mk->month, sizeof(mk->month), "%s", month);
	snprintf(mk->actor, sizeof(mk->actor), "%s", actor);
	mk->cb = cb;
	mk->arg = arg;
	mk->lines = json_array();
	wh->make = mk;
	p[0] = bank;
	p[1] = wh->ctx->conf.global.org;
	ifdb_query(wh->ctx->db, "SELECT b.custno, b.account, b.name, "
	    "gf_next_stserial($2) FROM bank_bindings b JOIN banks k USING "
	    "(bankno) WHERE b.bankno = $1 AND b.removed_at IS NULL AND "
	    "k.enabled ORDER BY b.custno", 2, p, binds_cb, mk);
	return 0;
}

/* ---- intake ---- */

/* What a result file and its .sha256 looked like when it was read. */
struct wh_stamp {
	char		 key[32];	/* bank/name */
	int64_t		 mtime, size, smtime, ssize;
};

struct wh_file {
	struct withhold	*wh;
	char		 bank[8];
	char		 name[64];
	struct wh_stamp	 stamp;
};

static void
stamp_of(const char *bank, const char *name, const struct stat *st,
    const struct stat *sst, struct wh_stamp *out)
{
	memset(out, 0, sizeof(*out));
	/* a result file's name is 18 bytes (wh_result_name), a bank's 4 */
	if (snprintf(out->key, sizeof(out->key), "%s/%s", bank, name) >=
	    (int)sizeof(out->key))
		fatalx("withhold: stamp key %s/%s", bank, name);
	out->mtime = (int64_t)st->st_mtim.tv_sec * 1000000000 +
	    st->st_mtim.tv_nsec;
	out->size = (int64_t)st->st_size;
	out->smtime = (int64_t)sst->st_mtim.tv_sec * 1000000000 +
	    sst->st_mtim.tv_nsec;
	out->ssize = (int64_t)sst->st_size;
}

/* 1 if this very file was taken in (or refused) by this process already:
 * it is not read and hashed again on every look.  A rewritten file has
 * another stamp and is read again (and is KNOWN if it is the same). */
static int
stamp_seen(const struct withhold *wh, const struct wh_stamp *a)
{
	size_t	i;

	for (i = 0; i < WH_SEEN_MAX; i++)
		if (memcmp(&wh->seen[i], a, sizeof(*a)) == 0)
			return 1;
	return 0;
}

static void
stamp_add(struct withhold *wh, const struct wh_stamp *a)
{
	size_t	i;

	for (i = 0; i < WH_SEEN_MAX; i++)
		if (strcmp(wh->seen[i].key, a->key) == 0) {
			wh->seen[i] = *a;
			return;
		}
	wh->seen[wh->seen_next] = *a;
	wh->seen_next = (wh->seen_next + 1) % WH_SEEN_MAX;
}

static void
take_cb(PGresult *res, void *arg)
{
	struct wh_file	*wf = arg;
	struct withhold	*wh = wf->wh;

	if (!ifdb_ok(res) || PQntuples(res) != 1)
		log_warnx("withhold: taking in %s failed: %s", wf->name,
		    res ? PQresultErrorMessage(res) : "connection lost");
	else if (strcmp(PQgetvalue(res, 0, 0), "KNOWN") != 0)
		log_info("withhold: result bank=%s file=%s state=%s reason=\"%s\"",
		    wf->bank, wf->name, PQgetvalue(res, 0, 0),
		    PQgetvalue(res, 0, 1));
	if (res != NULL && ifdb_ok(res) && PQntuples(res) == 1) {
		if (strcmp(PQgetvalue(res, 0, 0), "REFUSED") == 0)
			log_warnx("alarm kind=WH_REFUSED bank=%s file=%s "
			    "reason=\"%s\"", wf->bank, wf->name,
			    PQgetvalue(res, 0, 1));
		if (wf->stamp.key[0] != '\0')
			stamp_add(wh, &wf->stamp);
	}
	wh->scanning--;
	free(wf);
	if (wh->scanning == 0)
		post_more(wh);
}

static void
refuse(struct withhold *wh, const char *bank, const char *name,
    const char *sha, const char *reason, const struct wh_stamp *stamp)
{
	struct wh_file	*wf = xcalloc(1, sizeof(*wf));
	const char	*p[4] = { bank, name, sha, reason };

	wf->wh = wh;
	wf->stamp = *stamp;
	snprintf(wf->bank, sizeof(wf->bank), "%s", bank);
	snprintf(wf->name, sizeof(wf->name), "%s", name);
	wh->scanning++;
	ifdb_query(wh->ctx->db, "SELECT r_state, r_reason FROM "
	    "gf_wh_result_refuse($1, $2, $3, NULL, $4)", 4, p, take_cb, wf);
}

/* Read a whole file (at most WH_FILE_MAX); malloc'd, NUL-terminated. */
static char *
slurp(const char *path, size_t *len)
{
	struct stat	 st;
	char		*buf;
	int		 fd;
	ssize_t		 r;
	size_t		 off = 0;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return NULL;
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    st.st_size > WH_FILE_MAX) {
		close(fd);
		return NULL;
	}
	buf = xmalloc((size_t)st.st_size + 1);
	while (off < (size_t)st.st_size) {
		if ((r = read(fd, buf + off, (size_t)st.st_size - off)) <= 0) {
			if (r == -1 && errno == EINTR)
				continue;
			break;
		}
		off += (size_t)r;
	}
	close(fd);
	buf[off] = '\0';
	*len = off;
	return buf;
}

/* One WR file with its .sha256: check, then hand it to the database. */
static void
intake_file(struct withhold *wh, const char *bank, const char *dir,
    const char *name)
{
	char		 path[1024], spath[1100], sha[65], why[256], *text, *stext;
	char		 key[65 + 65];
	struct stat	 st, sst;
	struct wh_stamp	 stamp;
	char		*hdr[8], *lines_s;
	size_t		 len, slen, i;
	json_t		*lines;
	struct wh_file	*wf;
	const char	*p[10];

	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >=
	    sizeof(path))
		return;		/* no such name is made by a bank */
	snprintf(spath, sizeof(spath), "%s.sha256", path);
	if (stat(spath, &sst) == -1 || stat(path, &st) == -1)
		return;		/* not complete yet */
	stamp_of(bank, name, &st, &sst, &stamp);
	if (stamp_seen(wh, &stamp))
		return;
	if ((text = slurp(path, &len)) == NULL) {
		log_warnx("withhold: cannot read %s", path);
		return;
	}
	if (sha256_hex((const uint8_t *)text, len, sha) == -1) {
		free(text);
		return;
	}
	if ((stext = slurp(spath, &slen)) == NULL) {
		free(text);
		log_warnx("withhold: cannot read %s", spath);
		return;
	}
	/* "<64 hex>  <name>" (sha256sum's format), case-insensitive hex. */
	if (slen < 64 || strncasecmp(stext, sha, 64) != 0 ||
	    strncmp(stext + 64, "  ", 2) != 0 ||
	    strncmp(stext + 66, name, strlen(name)) != 0) {
		/* Known by both digests: the same file delivered again with
		 * its true .sha256 is a new delivery, not this one. */
		snprintf(key, sizeof(key), "%s:", sha);
		for (i = 0; i < 64 && i < slen; i++)
			key[65 + i] = isxdigit((unsigned char)stext[i]) ?
			    (char)tolower((unsigned char)stext[i]) : '?';
		key[65 + i] = '\0';
		free(stext);
		free(text);
		refuse(wh, bank, name, key, "the SHA-256 does not match the file", &stamp);
		return;
	}
	free(stext);
	lines = json_array();
	if (wh_result_parse(text, len, hdr, lines, why, sizeof(why)) == -1) {
		json_decref(lines);
		free(text);
		refuse(wh, bank, name, sha, why, &stamp);
		return;
	}
	if (strcmp(hdr[1], bank) != 0) {
		json_decref(lines);
		free(text);
		refuse(wh, bank, name, sha, "the header names another bank", &stamp);
		return;
	}
	lines_s = json_dumps(lines, JSON_COMPACT);
	json_decref(lines);
	wf = xcalloc(1, sizeof(*wf));
	wf->wh = wh;
	wf->stamp = stamp;
	snprintf(wf->bank, sizeof(wf->bank), "%s", bank);
	snprintf(wf->name, sizeof(wf->name), "%s", name);
	p[0] = bank;
	p[1] = name;
	p[2] = sha;
	p[3] = hdr[2];
	p[4] = hdr[3];
	p[5] = hdr[4];
	p[6] = hdr[5];
	p[7] = hdr[6];
	p[8] = hdr[7];
	p[9] = lines_s;
	wh->scanning++;
	ifdb_query(wh->ctx->db, "SELECT r_state, r_reason FROM "
	    "gf_wh_result_take($1, $2, $3, $4, $5::integer, $6::integer, "
	    "$7::bigint, $8::integer, $9::bigint, $10::jsonb)", 10, p, take_cb,
	    wf);
	free(lines_s);
	free(text);
}

static void
intake_scan(struct withhold *wh)
{
	char		 root[700], dir[1024];
	DIR		*d, *in;
	struct dirent	*de, *fe;

	bank_root(wh->ctx, root, sizeof(root));
	if ((d = opendir(root)) == NULL)
		return;
	wh->scanning++;		/* held while the files are queued */
	while ((de = readdir(d)) != NULL) {
		if (strlen(de->d_name) != 4 ||
		    strspn(de->d_name, "0123456789") != 4)
			continue;
		snprintf(dir, sizeof(dir), "%s/%s/inbox", root, de->d_name);
		if ((in = opendir(dir)) == NULL)
			continue;
		while ((fe = readdir(in)) != NULL)
			if (wh_result_name(de->d_name, fe->d_name))
				intake_file(wh, de->d_name, dir, fe->d_name);
		closedir(in);
	}
	closedir(d);
	wh->scanning--;
}

/* ---- posting ---- */

static void
post_free(struct wh_post *wp)
{
	mi1_msg_clear(&wp->req);
	free(wp);
}

static void
post_done_cb(PGresult *res, void *arg)
{
	struct wh_post	*wp = arg;
	struct withhold	*wh = wp->wh;

	if (!ifdb_ok(res))
		log_warnx("withhold: recording the posting of stserial=%s "
		    "failed: %s", wp->stserial, res ? PQresultErrorMessage(res) :
		    "connection lost");
	else
		log_info("withhold: posting stserial=%s state=%s", wp->stserial,
		    PQgetvalue(res, 0, 0));
	wh->posting--;
	post_free(wp);
	post_more(wh);
}

static void
post_record(struct wh_post *wp, const char *outcome, const char *rspcode,
    const char *mkserial, int held)
{
	const char	*p[6] = { wp->stserial, wp->date, outcome, rspcode,
			    mkserial, held ? "t" : "f" };

	ifdb_query(wp->wh->ctx->db, "SELECT gf_wh_post_done($1, $2::date, $3, "
	    "$4, $5, $6::boolean)", 6, p, post_done_cb, wp);
	if (strcmp(outcome, "UNKNOWN") == 0)
		settler_kick(wp->wh->ctx->settler);
}

static void
post_cb(enum mkt_outcome o, struct mi1_msg *rsp, void *arg)
{
	struct wh_post	*wp = arg;
	const char	*mk;

	if (o == MKT_UNAVAILABLE) {
		/* Never sent: nothing done; a new attempt later. */
		post_record(wp, "FAILED", NULL, NULL, 0);
		return;
	}
	if (o == MKT_UNKNOWN) {
		post_record(wp, "UNKNOWN", NULL, NULL, 0);
		return;
	}
	log_info("withhold: posted stserial=%s trcode=%d rspcode=%s",
	    wp->stserial, wp->trcode, rsp->rspcode);
	switch (money_answered(wp->trcode, rsp->rspcode)) {
	case MONEY_DONE:
		mk = mi1_get_str(rsp->body, "mkserial");
		post_record(wp, "SUCCESS", rsp->rspcode, mk ? mk : "", 0);
		break;
	case MONEY_REFUSED:
		/* 1002 to a 1002: nothing due any more; the next attempt
		 * puts the amount on the balance (1004).  Any other refusal
		 * will be repeated: a person settles the line. */
		post_record(wp, "FAILED", rsp->rspcode, NULL,
		    !(wp->trcode == 1002 && strcmp(rsp->rspcode, "1002") == 0));
		break;
	case MONEY_NOT_SENT:
		post_record(wp, "FAILED", NULL, NULL, 0);
		break;
	default:
		post_record(wp, "UNKNOWN", rsp->rspcode, NULL, 0);
		break;
	}
}

static void
claim_cb(PGresult *res, void *arg)
{
	struct withhold	*wh = arg;
	struct wh_post	*wp;
	char		 term[16];
	int		 i;
	int64_t		 not_after;

	wh->claiming = 0;
	if (!ifdb_ok(res)) {
		log_warnx("withhold: claiming postings failed: %s",
		    res ? PQresultErrorMessage(res) : "connection lost");
		return;
	}
	for (i = 0; i < PQntuples(res); i++) {
		wp = xcalloc(1, sizeof(*wp));
		wp->wh = wh;
		snprintf(wp->stserial, sizeof(wp->stserial), "%s",
		    PQgetvalue(res, i, 0));
		snprintf(wp->date, sizeof(wp->date), "%s", PQgetvalue(res, i, 1));
		wp->trcode = atoi(PQgetvalue(res, i, 4));
		mi1_head_init(&wp->req, wp->trcode == 1004 ? "1004" : "1002",
		    wp->stserial, wh->ctx->conf.global.org, now_us() / 1000000);
		wp->req.body = json_pack("{s:s,s:s,s:I,s:s,s:s}", "stserial",
		    wp->stserial, "custno", PQgetvalue(res, i, 2), "amount",
		    (json_int_t)strtoll(PQgetvalue(res, i, 3), NULL, 10),
		    "termid", "WH", "operid", "WITHHOLD");
		if (wp->trcode == 1002)
			json_object_set_new(wp->req.body, "paymode",
			    json_integer(5));
		snprintf(term, sizeof(term), "WH%s", PQgetvalue(res, i, 5));
		json_object_set_new(wp->req.body, "termid", json_string(term));
		log_info("withhold: posting file=%s line=%s cust=%s amount=%s "
		    "stserial=%s trcode=%d", PQgetvalue(res, i, 6),
		    PQgetvalue(res, i, 7), PQgetvalue(res, i, 2),
		    PQgetvalue(res, i, 3), wp->stserial, wp->trcode);
		wh->posting++;
		/* Claimed now: not sent once the stale age could adopt it. */
		not_after = now_us() / 1000 +
		    (int64_t)wh->ctx->conf.ifsvc.deadline * 1000;
		mkt_pool_call_until(wh->ctx->pool, &wp->req, not_after, post_cb,
		    wp);
	}
}

static void
post_more(struct withhold *wh)
{
	char		 lim[16];
	const char	*p[3] = { wh->owner, wh->ctx->conf.global.org, lim };

	if (wh->claiming || wh->scanning || wh->posting >= WH_POST_MAX ||
	    !mkt_pool_usable(wh->ctx->pool))
		return;
	snprintf(lim, sizeof(lim), "%d", WH_POST_MAX - wh->posting);
	wh->claiming = 1;
	ifdb_query(wh->ctx->db, "SELECT r_stserial, r_settle_date, r_custno, "
	    "r_amount, r_trcode, r_bankno, r_file, r_lineno FROM "
	    "gf_wh_post_claim($1, $2, $3::integer)", 3, p, claim_cb, wh);
}

/* ---- the timer ---- */

static void
tick_cb(evutil_socket_t fd, short what, void *arg)
{
	struct withhold	*wh = arg;
	struct timeval	 tv = { wh->ctx->conf.ifsvc.withhold_poll, 0 };

	(void)fd; (void)what;
	if (wh->scanning == 0)
		intake_scan(wh);
	post_more(wh);
	evtimer_add(wh->ev, &tv);
}

static void
restart_cb(PGresult *res, void *arg)
{
	(void)arg;
	if (ifdb_ok(res) && PQntuples(res) == 1 &&
	    strcmp(PQgetvalue(res, 0, 0), "0") != 0)
		log_warnx("withhold: postings left out by the previous ifsvc "
		    "are unknown now rows=%s", PQgetvalue(res, 0, 0));
}

struct withhold *
withhold_new(struct ifsvc *ctx)
{
	struct withhold	*wh = xcalloc(1, sizeof(*wh));
	struct timeval	 tv = { 1, 0 };
	char		 st[16];
	const char	*p[2] = { ctx->conf.global.node, st };

	wh->ctx = ctx;
	wh->seen = xcalloc(WH_SEEN_MAX, sizeof(*wh->seen));
	snprintf(wh->owner, sizeof(wh->owner), "ifsvc:%s:%ld",
	    ctx->conf.global.node, (long)getpid());
	snprintf(st, sizeof(st), "%d", TP1_ST_HOST_TIMEOUT);
	ifdb_query(ctx->db, "SELECT gf_wh_restart($1, $2::integer)", 2, p,
	    restart_cb, NULL);
	if ((wh->ev = evtimer_new(ctx->base, tick_cb, wh)) == NULL)
		fatalx("withhold: timer");
	evtimer_add(wh->ev, &tv);
	return wh;
}

void
withhold_free(struct withhold *wh)
{
	if (wh == NULL)
		return;
	event_free(wh->ev);
	if (wh->make != NULL) {
		free(wh->make->binds);
		json_decref(wh->make->lines);
		mi1_msg_clear(&wh->make->req);
		free(wh->make);
	}
	free(wh->seen);
	free(wh);
}
