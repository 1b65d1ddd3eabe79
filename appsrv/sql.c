/*
 * sql.c - every SQL statement appsrv issues, prepared on each pooled
 * connection when it connects.  All are parameterised; the multi-step ones
 * are functions of schema/fn/ (money.sql, session.sql, outbox.sql, admin.sql)
 * so that each is one round trip and one transaction.  bench/appsrv/payment.sql replays the per-payment ones.
 */
#include "appsrv.h"

const struct sql_def sql_defs[SQL__COUNT] = {
	/*
	 * The seq check of every request but a new payment (TP1 §4 step 7):
	 * a group statement, as the payment outcomes are.  Those that queue
	 * while one group is in flight go as the next group: one transaction
	 * and one commit, so one WAL flush, for all of them.  Alone, each ECHO,
	 * query or sign-in paid a flush of its own, and with fsync on that
	 * bound the station to ~3,000 requests/s (bench/frontd with appsrv;
	 * t_appsrv_reqgroup).  An error in a group (a deadlock with a payment
	 * batch that holds the same two terminals, say) rolls it back whole,
	 * and each check runs again alone: a rolled-back check moved nothing.
	 */
	[SQL_REQ_BEGIN] = { "req_begin",
	    "SELECT r_seq_ok, r_last_seq, r_operator, r_role, r_name, "
	    "r_settle_date, r_locked FROM gf_req_begin($1, $2::bigint, $3::bytea)", 3,
	    0, NULL, 1 },
	/* A retired terminal is unknown; next_keyver only during its overlap. */
	[SQL_TERM_LOOKUP] = { "term_lookup",
	    "SELECT enabled, suite, keyver, COALESCE(host(bound_ip), ''), "
	    "CASE WHEN rekey_until > now() THEN next_keyver ELSE 0 END "
	    "FROM terminals WHERE id = $1 AND retired_at IS NULL", 1 },
	[SQL_TERM_KEYVER] = { "term_keyver",
	    "SELECT gf_term_keyver_seen($1, $2::integer)", 2 },
	[SQL_ALARM] = { "alarm",
	    "INSERT INTO alarms (kind, terminal_id, source, detail) "
	    "VALUES ($1, NULLIF($2, ''), $3, $4)", 4 },
	[SQL_OP_GET] = { "op_get",
	    "SELECT pin_hash, locked, name FROM operators WHERE id = $1", 1 },
	[SQL_OP_FAIL] = { "op_fail",
	    "UPDATE operators SET failed_attempts = failed_attempts + 1, "
	    "locked = locked OR failed_attempts + 1 >= $2::integer "
	    "WHERE id = $1 RETURNING locked", 2 },
	[SQL_SIGN_ON] = { "sign_on",
	    "WITH o AS (UPDATE operators SET failed_attempts = 0 "
	    "WHERE id = $1 AND NOT locked RETURNING id) "
	    "INSERT INTO sessions (token_hash, terminal_id, operator_id, "
	    "settle_date, expires_at) SELECT $3::bytea, $2, o.id, current_date, "
	    "now() + make_interval(hours => $4::integer) FROM o "
	    "RETURNING to_char(settle_date, 'YYYYMMDD')", 4 },
	/* The operator's net collection: reversed payments are REVERSED and
	 * reversals themselves are not counted. */
	[SQL_SIGN_OFF] = { "sign_off",
	    "WITH e AS (UPDATE sessions SET ended_at = now() "
	    "WHERE token_hash = $1::bytea AND ended_at IS NULL RETURNING 1) "
	    "SELECT count(*), COALESCE(sum(amount), 0) FROM transactions "
	    "WHERE settle_date = $2::date AND terminal_id = $3 AND "
	    "operator_id = $4 AND state = 'SUCCESS' AND func <> 'REVERSAL' "
	    "AND (SELECT count(*) FROM e) >= 0", 4 },
	[SQL_TX_CLAIM] = { "tx_claim",
	    "SELECT r_kind, r_stserial, r_settle_date AS r_tx_date, r_state, "
	    "r_tp_status, r_response, r_orig_stserial, r_customer, r_amount "
	    "FROM gf_tx_claim($1, $2, $3, $4, $5, $6, $7::smallint, $8::bigint, "
	    "$9::smallint, $10, $11)", 11 },
	[SQL_MONEY_BEGIN] = { "money_begin",
	    "SELECT r_seq_ok, r_last_seq, r_operator, r_role, r_name, "
	    "r_settle_date, r_locked, r_kind, r_stserial, r_tx_date, r_state, "
	    "r_tp_status, r_response, r_orig_stserial, r_customer, r_amount "
	    "FROM gf_money_begin($1, $2::bigint, $3::bytea, $4::text[], $5, $6, "
	    "$7, $8, $9::smallint, $10::bigint, $11::smallint, $12, $13)", 13, 0,
	/*
	 * The batch form (db.c): each parameter an array, one element per
	 * request, at most one request per terminal; one row per request, in
	 * order, with gf_money_begin's columns.  It does what gf_money_begin
	 * does for a new key of a PAYMENT, PREPAY or CARD_RECHARGE: the seq
	 * check, the session, the key and the PENDING row.  For any other
	 * request whose seq and session pass (a repeat, a reversal, a key
	 * taken meanwhile) r_kind is NULL and appsrv claims it alone with
	 * gf_tx_claim, which is where gf_money_begin sends those too.
	 */
	    "WITH j AS MATERIALIZED (SELECT * FROM unnest($1::text[], "
	    "$2::bigint[], $3::bytea[], $5::text[], $7::text[], $8::text[], "
	    "$9::smallint[], $10::bigint[], $11::smallint[], $12::text[], "
	    "$13::text[]) WITH ORDINALITY AS j(term, seq, tok, ts, cust, func, "
	    "trcode, amount, pay_mode, meter, orig_ts, ord)), "
	    "q AS (UPDATE terminals t SET last_seq = j.seq, last_seen = now() "
	    "FROM j WHERE t.id = j.term AND t.last_seq < j.seq "
	    "RETURNING t.id, t.last_seq), "
	    "s AS MATERIALIZED (SELECT j.ord, s.operator_id, o.role, o.name, "
	    "s.settle_date, o.locked FROM j JOIN q ON q.id = j.term "
	    "JOIN sessions s ON s.token_hash = j.tok AND s.terminal_id = j.term "
	    "AND s.ended_at IS NULL AND s.expires_at > now() "
	    "AND s.settle_date = current_date "
	    "JOIN operators o ON o.id = s.operator_id), "
	    "k AS (INSERT INTO tx_keys (terminal_id, term_serial, stserial, "
	    "settle_date) SELECT j.term, j.ts, gf_next_stserial(($6::text[])[1]), "
	    "current_date FROM j JOIN s ON s.ord = j.ord WHERE NOT s.locked "
	    "AND s.role = ANY ((($4::text[])[1])::text[]) "
	    "AND j.func <> 'REVERSAL' AND NOT EXISTS (SELECT 1 FROM tx_keys k "
	    "WHERE k.terminal_id = j.term AND k.term_serial = j.ts) "
	    "ON CONFLICT (terminal_id, term_serial) DO NOTHING "
	    "RETURNING terminal_id, term_serial, stserial, settle_date), "
	    "x AS (INSERT INTO transactions (stserial, settle_date, terminal_id, "
	    "term_serial, operator_id, customer_no, func, trcode, amount, "
	    "pay_mode, meter_no, orig_stserial) SELECT k.stserial, "
	    "k.settle_date, k.terminal_id, k.term_serial, s.operator_id, j.cust, "
	    "j.func, j.trcode, j.amount, j.pay_mode, j.meter, NULL FROM k "
	    "JOIN j ON j.term = k.terminal_id AND j.ts = k.term_serial "
	    "JOIN s ON s.ord = j.ord "
	    "RETURNING terminal_id, term_serial, stserial, settle_date) "
	    "SELECT CASE WHEN q.id IS NOT NULL THEN true "
	    "WHEN t.id IS NOT NULL THEN false END AS r_seq_ok, "
	    "COALESCE(q.last_seq, t.last_seq, 0) AS r_last_seq, "
	    "s.operator_id AS r_operator, s.role AS r_role, s.name AS r_name, "
	    "to_char(s.settle_date, 'YYYYMMDD') AS r_settle_date, "
	    "s.locked AS r_locked, "
	    "CASE WHEN x.stserial IS NOT NULL THEN 'NEW' END AS r_kind, "
	    "x.stserial AS r_stserial, "
	    "to_char(x.settle_date, 'YYYYMMDD') AS r_tx_date, "
	    "CASE WHEN x.stserial IS NOT NULL THEN 'PENDING' END AS r_state, "
	    "NULL::integer AS r_tp_status, NULL::bytea AS r_response, "
	    "NULL::text AS r_orig_stserial, "
	    "CASE WHEN x.stserial IS NOT NULL THEN j.cust END AS r_customer, "
	    "CASE WHEN x.stserial IS NOT NULL THEN j.amount END AS r_amount "
	    "FROM j LEFT JOIN q ON q.id = j.term "
	    "LEFT JOIN terminals t ON t.id = j.term "
	    "LEFT JOIN s ON s.ord = j.ord "
	    "LEFT JOIN x ON x.terminal_id = j.term AND x.term_serial = j.ts "
	    "ORDER BY j.ord" },
	[SQL_TX_FINISH] = { "tx_finish",
	    "SELECT r_state, r_receipt FROM gf_tx_finish($1, $2::date, $3, "
	    "$4::integer, $5, $6, $7::bytea, $8, $9::bytea)", 9 },
	/*
	 * The outcome of a PAYMENT, PREPAY or CARD_RECHARGE that the
	 * marketing system answered: gf_tx_finish's SUCCESS and FAILED
	 * branches as plain statements, with the settle date a constant
	 * (SQL_DATE_MARK) so that the plan holds only that month's partition
	 * of `transactions`.  Through gf_tx_finish the planner met all ~145
	 * partitions on every call.  A row no longer PENDING (the settler
	 * decided first) is left alone and its state returned, as
	 * gf_tx_finish does.  Reversals and unknown outcomes still go through
	 * gf_tx_finish.  Both are group statements: those that queue
	 * meanwhile share one transaction (db.c).
	 */
	[SQL_TX_OK] = { "tx_ok",
	    "WITH u AS (UPDATE transactions x SET state = 'SUCCESS', "
	    "tp_status = $2::integer, rspcode = $3, mkt_serial = $4, "
	    "receipt_no = 'R' || x.stserial, response = $5::bytea, "
	    "updated_at = now() WHERE x.stserial = $1 AND x.settle_date = "
	    SQL_DATE_MARK " AND x.state = 'PENDING' AND x.func <> 'REVERSAL' "
	    "RETURNING x.stserial, x.settle_date, x.terminal_id, x.operator_id, "
	    "x.customer_no, x.amount), "
	    "r AS (INSERT INTO receipts (receipt_no, stserial, settle_date, "
	    "terminal_id, operator_id, customer_no, customer_name, amount, "
	    "items) SELECT 'R' || u.stserial, u.stserial, u.settle_date, "
	    "u.terminal_id, u.operator_id, u.customer_no, COALESCE($6, ''), "
	    "u.amount, $7::bytea FROM u RETURNING receipt_no) "
	    "SELECT 'SUCCESS'::text, r.receipt_no FROM r UNION ALL "
	    "SELECT x.state, NULL FROM transactions x WHERE NOT EXISTS "
	    "(SELECT 1 FROM r) AND x.stserial = $1 AND x.settle_date = "
	    SQL_DATE_MARK, 7, 1, NULL, 1 },
	[SQL_TX_FAILED] = { "tx_failed",
	    "WITH u AS (UPDATE transactions x SET state = 'FAILED', "
	    "tp_status = $2::integer, rspcode = $3, response = $4::bytea, "
	    "updated_at = now() WHERE x.stserial = $1 AND x.settle_date = "
	    SQL_DATE_MARK " AND x.state = 'PENDING' AND x.func <> 'REVERSAL' "
	    "RETURNING x.state) "
	    "SELECT u.state, NULL::text FROM u UNION ALL "
	    "SELECT x.state, NULL FROM transactions x WHERE NOT EXISTS "
	    "(SELECT 1 FROM u) AND x.stserial = $1 AND x.settle_date = "
	    SQL_DATE_MARK, 4, 1, NULL, 1 },
	/* The stored outcome, read back when the result of recording it was
	 * lost with its connection (MONEY.md transition 6). */
	[SQL_TX_STATE] = { "tx_state",
	    "SELECT state, tp_status, response FROM transactions "
	    "WHERE stserial = $1 AND settle_date = $2::date", 2 },
	[SQL_RECEIPT] = { "receipt",
	    "SELECT r.receipt_no, r.customer_no, r.customer_name, r.amount, "
	    "to_char(r.created_at, 'YYYYMMDDHH24MISS'), o.name, r.items "
	    "FROM receipts r JOIN operators o ON o.id = r.operator_id "
	    "WHERE r.receipt_no = $1 AND (r.terminal_id = $2 OR ($3::text IS "
	    "NOT NULL AND EXISTS (SELECT 1 FROM operators s JOIN terminals t "
	    "ON t.org = s.org WHERE s.id = $3 AND t.id = r.terminal_id)))", 3 },
	[SQL_STATS] = { "stats",
	    "SELECT to_char(settle_date, 'YYYYMMDD'), count(*), sum(amount) "
	    "FROM transactions WHERE settle_date BETWEEN $1::date AND $2::date "
	    "AND ($3::text IS NULL OR operator_id = $3) AND state = 'SUCCESS' "
	    "AND func <> 'REVERSAL' GROUP BY settle_date ORDER BY settle_date "
	    "LIMIT 400", 3 },
	[SQL_UPLOAD] = { "upload",
	    "INSERT INTO reading_uploads (terminal_id, operator_id, meter_no, "
	    "reading, read_time, exception_code, item_status, kwh, amount) "
	    "SELECT $1, $2, x.meter_no, x.reading, x.read_time, "
	    "x.exception_code, x.item_status, x.kwh, x.amount FROM "
	    "jsonb_to_recordset($3::jsonb) AS x(meter_no text, reading bigint, "
	    "read_time text, exception_code integer, item_status integer, "
	    "kwh bigint, amount bigint)", 3 },
	/* Store and forward: schema/fn/outbox.sql. */
	[SQL_OUTBOX_PUT] = { "outbox_put",
	    "SELECT r_id, r_ref, r_send_now FROM gf_outbox_put($1::integer, "
	    "$2, $3, $4, $5::jsonb, $6, $7::integer)", 7 },
	[SQL_OUTBOX_RESULT] = { "outbox_result",
	    "SELECT gf_outbox_result($1::bigint, $2, $3, $4, $5, $6::integer)",
	    6 },
	[SQL_DISCONNECT] = { "disconnect",
	    "INSERT INTO disconnect_checks (terminal_id, operator_id, "
	    "customer_no, total_due, disconnect_allowed) VALUES ($1, $2, $3, "
	    "$4::bigint, $5::boolean)", 5 },
	/* The bank channel (fn/bank.sql, fn/bank_money.sql). */
	[SQL_BANK_LIST] = { "bank_list",
	    "SELECT bankno, enabled, suite, keyver, CASE WHEN rekey_until > "
	    "now() THEN next_keyver ELSE 0 END, COALESCE((SELECT "
	    "string_agg(host(a), ',') FROM unnest(addrs) a), '') FROM banks "
	    "ORDER BY bankno", 0 },
	[SQL_BANK_KEYVER] = { "bank_keyver",
	    "SELECT gf_bank_keyver_seen($1, $2::integer)", 2 },
	[SQL_BANK_DATE] = { "bank_date", "SELECT gf_bank_settledate()", 0 },
	[SQL_BANK_WINDOW] = { "bank_window",
	    "SELECT gf_bank_window_open($1, localtimestamp)", 1 },
	/*
	 * A bank's claim and outcome are group statements, as the terminal's
	 * outcomes are: those that queue meanwhile share one transaction and
	 * one commit (pgconn).  Alone, each was a transaction of its own on
	 * one of the pool's few connections, and above ~8 payments in flight
	 * they queued for a connection (bench/bank).  The serial comes first:
	 * a group holds each first parameter once, and the bank number would
	 * have limited a group to one request per bank.  An error in a group
	 * rolls it back as a whole and each request runs again alone.
	 */
	[SQL_BANK_CLAIM] = { "bank_claim",
	    "SELECT r_kind, r_code, r_stserial, r_date, r_state, r_answer_code, "
	    "r_answer_body, r_answer_state, r_receipt, r_rspcode, r_mkserial, "
	    "r_orig_stserial, r_custno, r_amount FROM gf_bank_claim($2, $1, $3, "
	    "$4::integer, $5, $6, $7::bigint, $8, $9, $10, $11)", 11, 0, NULL,
	    1 },
	[SQL_BANK_FINISH] = { "bank_finish",
	    "SELECT r_state, r_receipt FROM gf_bank_finish($2, $1, $3, $4, $5, "
	    "$6, $7, $8)", 8, 0, NULL, 1 },
	/*
	 * A bank payment's outcome when the marketing system answered:
	 * gf_bank_finish's SUCCESS and FAILED (through gf_tx_finish) as one
	 * statement on the settle date's partition, as tx_ok and tx_failed
	 * do for the terminals, with the answer the repeats replay stored in
	 * the same statement.  Through gf_bank_finish the update of
	 * `transactions` was planned over all ~145 partitions at each call,
	 * 0.2 of its 0.37 ms (bench/bank STATEMENTS=1).  A row no longer
	 * PENDING (the settler decided first) is left alone, its answer too,
	 * and its state returned.  Reversals and unknown outcomes still go
	 * through gf_bank_finish.  The stserial comes first: the group key.
	 */
	[SQL_BANK_OK] = { "bank_ok",
	    "WITH u AS (UPDATE transactions x SET state = 'SUCCESS', "
	    "rspcode = $2, mkt_serial = $3, receipt_no = 'R' || x.stserial, "
	    "updated_at = now() WHERE x.stserial = $1 AND x.settle_date = "
	    SQL_DATE_MARK " AND x.state = 'PENDING' AND x.func <> 'REVERSAL' "
	    "RETURNING x.stserial, x.settle_date, x.terminal_id, x.operator_id, "
	    "x.customer_no, x.amount), "
	    "r AS (INSERT INTO receipts (receipt_no, stserial, settle_date, "
	    "terminal_id, operator_id, customer_no, customer_name, amount) "
	    "SELECT 'R' || u.stserial, u.stserial, u.settle_date, "
	    "u.terminal_id, u.operator_id, u.customer_no, COALESCE($4, ''), "
	    "u.amount FROM u RETURNING receipt_no), "
	    "k AS (UPDATE bank_keys b SET answer_code = $5, answer_body = $6, "
	    "answer_state = 'SUCCESS' FROM r WHERE b.bankno = $7 AND "
	    "b.serial = $8 AND b.stserial = $1 RETURNING 1) "
	    "SELECT 'SUCCESS'::text, r.receipt_no FROM r UNION ALL "
	    "SELECT x.state::text, NULL FROM transactions x WHERE NOT EXISTS "
	    "(SELECT 1 FROM r) AND x.stserial = $1 AND x.settle_date = "
	    SQL_DATE_MARK, 8, 1, NULL, 1 },
	[SQL_BANK_FAILED] = { "bank_failed",
	    "WITH u AS (UPDATE transactions x SET state = 'FAILED', "
	    "rspcode = $2, updated_at = now() WHERE x.stserial = $1 AND "
	    "x.settle_date = " SQL_DATE_MARK " AND x.state = 'PENDING' AND "
	    "x.func <> 'REVERSAL' RETURNING x.state), "
	    "k AS (UPDATE bank_keys b SET answer_code = $3, answer_body = $4, "
	    "answer_state = 'FAILED' FROM u WHERE b.bankno = $5 AND "
	    "b.serial = $6 AND b.stserial = $1 RETURNING 1) "
	    "SELECT u.state::text, NULL::text FROM u UNION ALL "
	    "SELECT x.state::text, NULL FROM transactions x WHERE NOT EXISTS "
	    "(SELECT 1 FROM u) AND x.stserial = $1 AND x.settle_date = "
	    SQL_DATE_MARK, 6, 1, NULL, 1 },
	[SQL_BANK_STATUS] = { "bank_status",
	    "SELECT r_status, r_amount FROM gf_bank_status($1, $2)", 2 },
	[SQL_BANK_DAYEND] = { "bank_dayend",
	    "SELECT r_result, r_count, r_total FROM gf_bank_dayend($1, "
	    "$2::date, $3::integer, $4::bigint)", 4 },
};
