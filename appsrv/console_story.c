/*
 * console_story.c - GET /api/tx/{stserial}: a transaction's whole story.
 * The database part is one call of gf_bo_tx_story (the row, receipt,
 * original and reversals, settlement, reconciliation line, resolution,
 * audit rows); this adds the TP/1 answer the terminal was given (stored
 * plaintext, decoded with PINs masked) and the raw packets of the request
 * and its answer from frontd's journal (console_journal.c).
 */
#include <stdlib.h>
#include <string.h>

#include "console.h"
#include "console_office.h"
#include "tp1_json.h"

/* "response_hex" of tx, decoded into "response". */
static void
decode_response(json_t *tx)
{
	const char	*hex = json_string_value(json_object_get(tx,
			    "response_hex"));
	uint8_t		*bin;
	size_t		 n = 0, cap;
	json_t		*pl;

	if (hex == NULL || (cap = strlen(hex) / 2) == 0)
		return;
	bin = xmalloc(cap);
	if (hex_decode(hex, bin, cap, &n) == 0) {
		tp1_mask_secrets(bin, n);
		pl = json_object();
		if (tp1_json_add_payload(pl, bin, n, TP1_JSON_MASK_PIN) ==
		    TP1_OK)
			json_object_set_new(tx, "response", pl);
		else
			json_decref(pl);
	}
	free(bin);
}

static void
story_cb(struct con_req *r, PGresult *res)
{
	json_t		*j, *tx, *packets;
	const char	*term, *ts;
	int64_t		 at;

	if ((j = office_result_json(r, res)) == NULL)
		return;
	packets = json_array();
	tx = json_object_get(j, "tx");
	if (json_is_object(tx)) {
		decode_response(tx);
		term = json_string_value(json_object_get(tx, "terminal_id"));
		ts = json_string_value(json_object_get(tx, "term_serial"));
		at = json_integer_value(json_object_get(tx, "created_us"));
		if (term != NULL && ts != NULL && at > 0)
			json_object_set_new(j, "journal", office_journal_find(
			    office_conf(r)->frontd.journal_dir, term, ts, at,
			    packets));
	}
	json_object_set_new(j, "packets", packets);
	con_reply_json(r, 200, j);
}

void
office_tx_story(struct con_req *r)
{
	const char	*v[1];

	v[0] = con_arg(r, "stserial");
	con_sql(r, "SELECT gf_bo_tx_story($1)", 1, v, story_cb);
}
