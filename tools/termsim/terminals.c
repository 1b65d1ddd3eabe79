/*
 * terminals.c - the terminals file termsim plays from.
 *
 * One line per (terminal, operator):
 *   id suite keyver ip enc_key_hex mac_key_hex operator_id pin role
 * ip is the bound SIM address ("-": connect from any address).  The two
 * keys are the terminal's derived keys as `gfctl terminal keys ID` prints
 * them; "-" for both means "derive them from the master key file given with
 * --keys" (keyfile_terminal_keys), the way frontd does.  A terminal may have
 * several lines, one per operator, so that the --mix can give it any role.
 * '#' starts a comment.  The file holds secrets: keep it 0600.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keyfile.h"
#include "termsim.h"

static const char *role_names[TSIM_ROLE_COUNT] = {
	"none", "collector", "reader", "dunning",
};

enum tsim_role
terminals_role(const char *s)
{
	int	i;

	for (i = 1; i < TSIM_ROLE_COUNT; i++)
		if (strcmp(s, role_names[i]) == 0)
			return (enum tsim_role)i;
	/* A supervisor may do a collector's work. */
	if (strcmp(s, "supervisor") == 0)
		return TSIM_ROLE_COLLECTOR;
	return TSIM_ROLE_NONE;
}

const char *
terminals_role_name(enum tsim_role r)
{
	if (r <= TSIM_ROLE_NONE || r >= TSIM_ROLE_COUNT)
		return "none";
	return role_names[r];
}

static int
parse_key(const char *hex, uint8_t out[TP1_KEY_LEN])
{
	size_t	n;

	if (strlen(hex) != 2 * TP1_KEY_LEN)
		return -1;
	if (hex_decode(hex, out, TP1_KEY_LEN, &n) == -1 || n != TP1_KEY_LEN)
		return -1;
	return 0;
}

static int
parse_line(char *line, struct tsim_tdef *d, const struct keyfile *kf,
    char *why, size_t whylen)
{
	char	*f[9], *save = NULL, *p;
	int	 n = 0, suite, keyver;
	uint8_t	 tid[8];

	for (p = strtok_r(line, " \t\r\n", &save); p != NULL && n < 9;
	    p = strtok_r(NULL, " \t\r\n", &save))
		f[n++] = p;
	if (n != 9 || strtok_r(NULL, " \t\r\n", &save) != NULL) {
		snprintf(why, whylen, "expected 9 fields");
		return -1;
	}
	memset(d, 0, sizeof(*d));
	if (strlen(f[0]) != 16 || tp1_tid_pack(f[0], tid) == -1) {
		snprintf(why, whylen, "terminal id is not 16 digits");
		return -1;
	}
	memcpy(d->id, f[0], 17);
	suite = atoi(f[1]);
	keyver = atoi(f[2]);
	if ((suite != 1 && suite != 2) || keyver < 1 || keyver > 255) {
		snprintf(why, whylen, "bad suite or key version");
		return -1;
	}
	d->suite = (uint8_t)suite;
	d->keyver = (uint8_t)keyver;
	if (strcmp(f[3], "-") != 0)
		snprintf(d->ip, sizeof(d->ip), "%s", f[3]);
	d->keys.suite = d->suite;
	if (strcmp(f[4], "-") == 0 && strcmp(f[5], "-") == 0) {
		if (kf == NULL) {
			snprintf(why, whylen, "keys are '-' but no --keys file");
			return -1;
		}
		if (keyfile_terminal_keys(kf, d->suite, d->keyver, tid,
		    &d->keys) == -1) {
			snprintf(why, whylen, "suite/keyver not in key file");
			return -1;
		}
	} else if (parse_key(f[4], d->keys.enc) == -1 ||
	    parse_key(f[5], d->keys.mac) == -1) {
		snprintf(why, whylen, "keys must be 32 hex digits each");
		return -1;
	}
	if (strlen(f[6]) >= sizeof(d->operator_id) ||
	    strlen(f[7]) >= sizeof(d->pin)) {
		snprintf(why, whylen, "operator id or pin too long");
		return -1;
	}
	snprintf(d->operator_id, sizeof(d->operator_id), "%s", f[6]);
	snprintf(d->pin, sizeof(d->pin), "%s", f[7]);
	if ((d->role = terminals_role(f[8])) == TSIM_ROLE_NONE) {
		snprintf(why, whylen, "unknown role");
		return -1;
	}
	return 0;
}

int
terminals_load(const char *path, const char *keys_path, struct tsim_tfile *tf,
    char *err, size_t errlen)
{
	struct keyfile	 kf;
	FILE		*fp = NULL;
	char		 line[1024], why[128], *p;
	size_t		 cap = 0;
	int		 lineno = 0, have_kf = 0;

	memset(tf, 0, sizeof(*tf));
	memset(&kf, 0, sizeof(kf));
	if (keys_path != NULL) {
		if (keyfile_load(keys_path, &kf, err, errlen) == -1)
			return -1;
		have_kf = 1;
	}
	if ((fp = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: cannot open", path);
		goto fail;
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		lineno++;
		if ((p = strchr(line, '#')) != NULL)
			*p = '\0';
		for (p = line; isspace((unsigned char)*p); p++)
			;
		if (*p == '\0')
			continue;
		if (tf->n == cap) {
			cap = cap ? cap * 2 : 32;
			tf->v = xrealloc(tf->v, cap * sizeof(*tf->v));
		}
		if (parse_line(p, &tf->v[tf->n], have_kf ? &kf : NULL, why,
		    sizeof(why)) == -1) {
			snprintf(err, errlen, "%s:%d: %s", path, lineno, why);
			goto fail;
		}
		tf->n++;
	}
	fclose(fp);
	if (have_kf)
		keyfile_free(&kf);
	if (tf->n == 0) {
		snprintf(err, errlen, "%s: no terminals", path);
		terminals_free(tf);
		return -1;
	}
	return 0;
fail:
	if (fp != NULL)
		fclose(fp);
	if (have_kf)
		keyfile_free(&kf);
	terminals_free(tf);
	return -1;
}

void
terminals_free(struct tsim_tfile *tf)
{
	if (tf->v != NULL)
		secure_zero(tf->v, tf->n * sizeof(*tf->v));
	free(tf->v);
	tf->v = NULL;
	tf->n = 0;
}

size_t
terminals_distinct(const struct tsim_tfile *tf, const char ***ids)
{
	const char	**v;
	size_t		  i, j, n = 0;

	v = xcalloc(tf->n, sizeof(*v));
	for (i = 0; i < tf->n; i++) {
		for (j = 0; j < n; j++)
			if (strcmp(v[j], tf->v[i].id) == 0)
				break;
		if (j == n)
			v[n++] = tf->v[i].id;
	}
	*ids = v;
	return n;
}

/*
 * Prefer an operator listed for this terminal with the role; else any
 * operator of that role in the file (an operator may sign on anywhere; a
 * session binds the pair), but with this terminal's own id and keys.
 */
const struct tsim_tdef *
terminals_pick(const struct tsim_tfile *tf, const char *id, enum tsim_role r)
{
	size_t	i;

	for (i = 0; i < tf->n; i++)
		if (strcmp(tf->v[i].id, id) == 0 && tf->v[i].role == r)
			return &tf->v[i];
	return NULL;
}
