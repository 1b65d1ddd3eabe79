/*
 * console_static.c - the console's pages, scripts and styles, served from
 * appsrv.console_www (console/www of the source tree).
 *
 * A path is served only when every segment is made of letters, digits and
 * "_ - ." and none starts with a dot (so no "..", no hidden file); it is
 * opened beneath the folder's descriptor with openat2(RESOLVE_BENEATH |
 * RESOLVE_NO_SYMLINKS), so that neither ".." nor a link leads out of it.
 * Only regular files of a known type are served, with their Content-Type,
 * an ETag (size and modification time) answered 304 when it matches, and
 * "Cache-Control: no-cache" (revalidated, so that a new build shows at
 * once).  "/" is index.html.
 */
#include <sys/stat.h>
#include <sys/syscall.h>

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/http.h>

#include "appsrv.h"
#include "console_priv.h"
#include "log.h"

#define CON_FILE_MAX	(16 * 1024 * 1024)

static const struct {
	const char	*ext;
	const char	*ctype;
} types[] = {
	{ ".html", "text/html; charset=utf-8" },
	{ ".js", "text/javascript; charset=utf-8" },
	{ ".mjs", "text/javascript; charset=utf-8" },
	{ ".css", "text/css; charset=utf-8" },
	{ ".json", "application/json; charset=utf-8" },
	{ ".svg", "image/svg+xml" },
	{ ".png", "image/png" },
	{ ".jpg", "image/jpeg" },
	{ ".ico", "image/x-icon" },
	{ ".woff2", "font/woff2" },
	{ ".txt", "text/plain; charset=utf-8" },
	{ ".map", "application/json; charset=utf-8" },
};

int
con_static_init(struct console *con)
{
	const char	*dir = con->as->conf.appsrv.console_www;

	con->wwwfd = -1;
	if (dir == NULL || dir[0] == '\0')
		return 0;
	if ((con->wwwfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) ==
	    -1) {
		log_warnx("console: console_www \"%s\": %s (pages off)", dir,
		    strerror(errno));
		return -1;
	}
	return 0;
}

/* A relative path we are willing to open, or 0. */
static int
path_ok(const char *p)
{
	const char	*seg = p;
	size_t		 n;

	if (*p == '\0')
		return 0;
	for (;;) {
		n = strcspn(seg, "/");
		if (n == 0 || seg[0] == '.' ||
		    strspn(seg, "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.") < n)
			return 0;
		if (seg[n] == '\0')
			return 1;
		seg += n + 1;
	}
}

static int
open_beneath(int dirfd, const char *rel)
{
	struct open_how	how;
	long		fd;

	memset(&how, 0, sizeof(how));
	how.flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW;
	how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS |
	    RESOLVE_NO_MAGICLINKS;
	fd = syscall(SYS_openat2, dirfd, rel, &how, sizeof(how));
	if (fd == -1 && errno == ENOSYS)	/* an old kernel: path_ok holds */
		fd = openat(dirfd, rel, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	return (int)fd;
}

void
con_static(struct con_req *c)
{
	const char	*rel = c->path + 1, *ctype = NULL, *inm;
	char		 etag[64], lm[64];
	struct stat	 st;
	struct evbuffer	*b;
	struct tm	 tm;
	size_t		 i, n, el;
	int		 fd;

	if (c->cmd == EVHTTP_REQ_POST) {
		con_reply_error(c, 405, "bad_request", "不支持的请求方法",
		    "method not allowed");
		return;
	}
	if (*rel == '\0')
		rel = "index.html";
	n = strlen(rel);
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		el = strlen(types[i].ext);
		if (n > el && strcmp(rel + n - el, types[i].ext) == 0) {
			ctype = types[i].ctype;
			break;
		}
	}
	if (c->con->wwwfd == -1 || ctype == NULL || !path_ok(rel) ||
	    (fd = open_beneath(c->con->wwwfd, rel)) == -1) {
		con_reply_error(c, 404, "not_found", "没有这个页面",
		    "no such page");
		return;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    st.st_size > CON_FILE_MAX) {
		close(fd);
		con_reply_error(c, 404, "not_found", "没有这个页面",
		    "no such page");
		return;
	}
	snprintf(etag, sizeof(etag), "\"%llx-%llx\"",
	    (unsigned long long)st.st_size,
	    (unsigned long long)st.st_mtim.tv_sec * 1000000000ULL +
	    (unsigned long long)st.st_mtim.tv_nsec);
	gmtime_r(&st.st_mtime, &tm);
	strftime(lm, sizeof(lm), "%a, %d %b %Y %H:%M:%S GMT", &tm);
	con_set_header(c, "ETag", etag);
	con_set_header(c, "Last-Modified", lm);
	inm = evhttp_find_header(evhttp_request_get_input_headers(c->req),
	    "If-None-Match");
	if (inm != NULL && strcmp(inm, etag) == 0) {
		close(fd);
		con_reply_file(c, 304, ctype, NULL);
		return;
	}
	b = evbuffer_new();
	if (st.st_size > 0 && evbuffer_add_file(b, fd, 0, st.st_size) == -1) {
		evbuffer_free(b);	/* fd was closed by evbuffer_add_file */
		con_reply_error(c, 503, "unavailable", "读取文件失败",
		    "cannot read the file");
		return;
	}
	if (st.st_size == 0)
		close(fd);
	con_reply_file(c, 200, ctype, b);
	evbuffer_free(b);
}
