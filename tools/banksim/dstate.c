/*
 * dstate.c - the debit responder's answers by the station's serial, so a
 * repeat gets the same answer (BK1 §4) across a restart too.
 *
 * The file (--state) is append-only, one line per answer decided:
 *   serial|D or R|rspcode|bankserial|custno|account|amount
 * written and fsynced before the answer is sent.  A last line cut short
 * by a crash is ignored (its answer was never sent).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "banksim.h"
#include "util.h"

static void
put(struct bs_dstate *s, const struct bs_debit *d)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 256;
		s->v = xrealloc(s->v, s->cap * sizeof(*s->v));
	}
	s->v[s->n++] = *d;
	s->next_bankserial++;
}

static int
parse(char *line, struct bs_debit *d)
{
	char	*f[8];
	long	 amount;

	memset(d, 0, sizeof(*d));
	if (bs_split(line, f, 8) != 7 || (f[1][0] != 'D' && f[1][0] != 'R') ||
	    f[1][1] != '\0' || strlen(f[0]) == 0 ||
	    strlen(f[0]) > BK1_SERIAL_LEN || strlen(f[2]) != 4 ||
	    strlen(f[3]) >= sizeof(d->bankserial) ||
	    strlen(f[4]) >= sizeof(d->custno) ||
	    strlen(f[5]) >= sizeof(d->account) ||
	    bs_num(f[6], 0, 999999999999L, &amount) == -1)
		return -1;
	snprintf(d->serial, sizeof(d->serial), "%s", f[0]);
	d->status = f[1][0];
	snprintf(d->rspcode, sizeof(d->rspcode), "%s", f[2]);
	snprintf(d->bankserial, sizeof(d->bankserial), "%s", f[3]);
	snprintf(d->custno, sizeof(d->custno), "%s", f[4]);
	snprintf(d->account, sizeof(d->account), "%s", f[5]);
	d->amount = amount;
	return 0;
}

int
bs_dstate_open(struct bs_dstate *s, const char *path)
{
	struct bs_debit	 d;
	char		*txt, *line, *nl, err[512];
	size_t		 len;

	memset(s, 0, sizeof(*s));
	s->next_bankserial = 1;
	if (path == NULL)
		return 0;
	if (access(path, F_OK) == 0) {
		if ((txt = bs_read_file(path, &len, err, sizeof(err))) == NULL) {
			fprintf(stderr, "banksim: state: %s\n", err);
			return -1;
		}
		for (line = txt; (nl = strchr(line, '\n')) != NULL;
		    line = nl + 1) {
			*nl = '\0';
			if (parse(line, &d) == -1) {
				fprintf(stderr, "banksim: state: %s: bad line\n",
				    path);
				free(txt);
				return -1;
			}
			put(s, &d);
		}
		free(txt);
	}
	if ((s->fp = fopen(path, "ae")) == NULL) {
		fprintf(stderr, "banksim: state: %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	return 0;
}

struct bs_debit *
bs_dstate_find(struct bs_dstate *s, const char *serial)
{
	size_t	i;

	for (i = s->n; i-- > 0;)
		if (strcmp(s->v[i].serial, serial) == 0)
			return &s->v[i];
	return NULL;
}

int
bs_dstate_add(struct bs_dstate *s, const struct bs_debit *d)
{
	if (s->fp != NULL) {
		if (fprintf(s->fp, "%s|%c|%s|%s|%s|%s|%lld\n", d->serial,
		    d->status, d->rspcode, d->bankserial, d->custno,
		    d->account, (long long)d->amount) < 0 ||
		    fflush(s->fp) != 0 || fsync(fileno(s->fp)) == -1)
			return -1;
	}
	put(s, d);
	return 0;
}

void
bs_dstate_close(struct bs_dstate *s)
{
	if (s->fp != NULL)
		fclose(s->fp);
	free(s->v);
	memset(s, 0, sizeof(*s));
}
