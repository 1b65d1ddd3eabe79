/*
 * console_office.h - shared by the back office's route files
 * (console_office.c, console_story.c, console_journal.c).
 */
#ifndef CONSOLE_OFFICE_H
#define CONSOLE_OFFICE_H

#include <stdint.h>

#include <jansson.h>
#include <libpq-fe.h>

#include "conf.h"
#include "util.h"

struct con_req;

/* The configuration (console.h has no accessor for it yet). */
const struct gf_conf *office_conf(struct con_req *);
/* format=csv was asked for. */
int	 office_csv(struct con_req *);
/* The array at path ("rows", "diffs.rows") of doc as CSV into b (with a
 * UTF-8 BOM; nested objects as a.b columns); -1 if there is none. */
int	 office_csv_make(json_t *doc, const char *path, struct gbuf *b);
/* The one JSON value of a result, parsed; NULL when the request was
 * answered already (an error, no row). */
json_t	*office_result_json(struct con_req *, PGresult *);

/* GET /api/tx/{stserial} (console_story.c). */
void	 office_tx_story(struct con_req *);

/*
 * console_journal.c: the records of one request in frontd's journal
 * (journal_dir/journal-YYYYMMDD.gfj of the local day of at_us), found by
 * time and (terminal, term_serial), each with its chain check.  Appends
 * to packets; answers a description of the search (file, window, why
 * nothing was found).
 */
json_t	*office_journal_find(const char *journal_dir, const char *terminal,
	    const char *term_serial, int64_t at_us, json_t *packets);

#endif
