/*
 * cmd_frame.c - gfctl frame: show a TP/1 frame as JSON, or build one from
 * JSON (the form of common/tp1_json.h).
 *
 *   gfctl frame decode --hex HEX [--keys F] [--mask-pin]
 *   gfctl frame encode [--keys F] < JSON
 *
 * The terminal and key version come from the frame's header (or the JSON),
 * and the terminal keys are derived from the master key file.  When a frame
 * cannot be opened the exact reason is printed and the exit status is 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "gfctl.h"
#include "keyfile.h"
#include "tp1.h"
#include "tp1_json.h"
#include "util.h"

/* The terminal keys for a header, from the key file. */
static int
frame_keys(struct gfctl *g, int argc, char **argv,
    const struct tp1_header *h, struct tp1_keys *keys)
{
	struct keyfile	 kf;
	const char	*path;
	char		 err[512];
	int		 rv = 0;

	if ((path = gfctl_opt(argc, argv, "--keys")) == NULL)
		path = g->conf.frontd.keys_file;
	if (keyfile_load(path, &kf, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: frame: %s\n", err);
		return -1;
	}
	if (keyfile_terminal_keys(&kf, h->suite, h->keyver, h->tid,
	    keys) == -1) {
		fprintf(stderr, "gfctl: frame: no master keys for suite %u key "
		    "version %u in %s\n", h->suite, h->keyver, path);
		rv = -1;
	}
	keyfile_free(&kf);
	return rv;
}

static int
frame_decode(struct gfctl *g, int argc, char **argv)
{
	struct tp1_header	 h;
	struct tp1_keys		 keys;
	const char		*hex;
	uint8_t			*buf;
	json_t			*o = NULL;
	size_t			 n, flen;
	enum tp1_err		 e;
	char			*s;
	int			 flags = 0, rv = 1;

	if ((hex = gfctl_opt(argc, argv, "--hex")) == NULL) {
		fprintf(stderr, "usage: gfctl frame decode --hex HEX "
		    "[--keys F] [--mask-pin]\n");
		return 2;
	}
	if (gfctl_flag(argc, argv, "--mask-pin"))
		flags |= TP1_JSON_MASK_PIN;
	memset(&keys, 0, sizeof(keys));
	buf = xmalloc(strlen(hex) / 2 + 1);
	if (hex_decode(hex, buf, strlen(hex) / 2 + 1, &n) == -1) {
		fprintf(stderr, "gfctl: frame: --hex: not hex\n");
		goto done;
	}
	/* The configured limit, so that the reason is the one frontd gives. */
	e = tp1_header_parse(buf, n, (size_t)g->conf.frontd.max_frame, &h,
	    &flen);
	if (e == TP1_E_NEED_MORE)
		e = TP1_E_TRUNCATED;
	if (e != TP1_OK) {
		fprintf(stderr, "gfctl: frame: cannot open: %s\n",
		    tp1_strerror(e));
		goto done;
	}
	if (h.kind != TP1_KIND_ALERT &&
	    frame_keys(g, argc, argv, &h, &keys) == -1)
		goto done;
	if ((o = tp1_json_open(h.kind == TP1_KIND_ALERT ? NULL : &keys, buf, n,
	    flags, &e)) == NULL) {
		fprintf(stderr, "gfctl: frame: cannot open: %s\n",
		    tp1_strerror(e));
		goto done;
	}
	s = json_dumps(o, JSON_COMPACT);
	printf("%s\n", s);
	free(s);
	rv = 0;
done:
	tp1_keys_clear(&keys);
	json_decref(o);
	free(buf);
	return rv;
}

static int
frame_encode(struct gfctl *g, int argc, char **argv)
{
	struct tp1_header	 h;
	struct tp1_keys		 keys;
	struct gbuf		 out;
	json_error_t		 jerr;
	json_t			*o;
	char			 err[512], *hex;
	int			 rv = 1;

	if ((o = json_loadf(stdin, 0, &jerr)) == NULL) {
		fprintf(stderr, "gfctl: frame: stdin:%d: %s\n", jerr.line,
		    jerr.text);
		return 1;
	}
	memset(&keys, 0, sizeof(keys));
	gbuf_init(&out);
	if (tp1_json_get_header(o, &h, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: frame: %s\n", err);
		goto done;
	}
	if (h.kind != TP1_KIND_ALERT &&
	    frame_keys(g, argc, argv, &h, &keys) == -1)
		goto done;
	if (tp1_json_seal(h.kind == TP1_KIND_ALERT ? NULL : &keys, o, &out,
	    err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: frame: %s\n", err);
		goto done;
	}
	hex = xmalloc(2 * out.len + 1);
	hex_encode(out.data, out.len, hex);
	printf("%s\n", hex);
	free(hex);
	rv = 0;
done:
	tp1_keys_clear(&keys);
	gbuf_free(&out);
	json_decref(o);
	return rv;
}

int
cmd_frame(struct gfctl *g, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "decode") == 0)
		return frame_decode(g, argc - 1, argv + 1);
	if (argc >= 1 && strcmp(argv[0], "encode") == 0)
		return frame_encode(g, argc - 1, argv + 1);
	fprintf(stderr, "usage: gfctl frame decode --hex HEX [--keys F] "
	    "[--mask-pin] | frame encode [--keys F] < JSON\n");
	return 2;
}
