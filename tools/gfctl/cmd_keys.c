/*
 * cmd_keys.c - gfctl keys: the master key file of frontd (keyfile.h).
 *
 * keys init writes new random master keys for both suites, key version 1,
 * mode 0600, and never replaces an existing file: terminals are provisioned
 * from the keys in it.  No key is ever printed.
 */
#include <stdio.h>
#include <string.h>

#include "gfctl.h"
#include "keyfile.h"

static int
keys_init(struct gfctl *g, int argc, char **argv)
{
	const char	*path;
	char		 err[512];

	if ((path = gfctl_opt(argc, argv, "--file")) == NULL)
		path = g->conf.frontd.keys_file;
	if (path == NULL || *path == '\0') {
		fprintf(stderr, "gfctl: keys init: no key file (--file F or "
		    "frontd keys_file)\n");
		return 2;
	}
	if (keyfile_generate(path, err, sizeof(err)) == -1) {
		fprintf(stderr, "gfctl: keys init: %s\n", err);
		return 1;
	}
	printf("wrote %s: suites 1 (TDES) and 2 (SM4), key version 1, "
	    "mode 0600\n", path);
	return 0;
}

int
cmd_keys(struct gfctl *g, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "init") == 0)
		return keys_init(g, argc - 1, argv + 1);
	fprintf(stderr, "usage: gfctl keys init [--file F]\n");
	return 2;
}
