#!/usr/bin/env bash
# cost: 15
# t_money_claim_race - two first attempts of one REVERSAL at once (a
# terminal that sends its request again before the first answer, as TP/1
# allows): the second waits for the original's lock, then sees the first
# one's PENDING reversal.  It must be decided as a repeat of the first,
# never refused REVERSAL_NOT_ALLOWED: the first goes on to OK, and two
# answers about one term_serial would contradict each other (MONEY.md).
# Found by t_money_sim (seed 332111: "run:REVERSAL_NOT_ALLOWED then
# final:OK"); gf_tx_claim (schema/fn/money.sql) now claims again when its
# kept refusal finds the key taken.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_sql "INSERT INTO terminals (id, name, suite) VALUES ('8613900000000001', 't1', 1)" >/dev/null
claim() {	# claim TERM_SERIAL FUNC TRCODE PAYMODE ORIG
	gf_sql "SELECT r_kind FROM gf_tx_claim('8613900000000001', '$1', 'SC01', 'OP1', 'C1', '$2', $3::smallint, 100::bigint, $4::smallint, NULL, $5)"
}
expect_eq "$(claim P1 PAYMENT 1002 1 NULL)" NEW "the original payment claimed"
gf_sql "UPDATE transactions SET state = 'SUCCESS', mkt_serial = 'MK1' WHERE terminal_id = '8613900000000001' AND term_serial = 'P1'" >/dev/null
expect_eq "$(gf_sql "SELECT state FROM transactions WHERE term_serial = 'P1'")" SUCCESS "and in force"

# A session holds the original's key, so both attempts queue behind it.
gf_psql -q >/dev/null 2>&1 <<'SQL' &
BEGIN;
SELECT 1 FROM tx_keys WHERE terminal_id = '8613900000000001' AND term_serial = 'P1' FOR UPDATE;
SELECT pg_sleep(2);
COMMIT;
SQL
HOLD=$!
gf_wait_sleeping "$GF_DBNAME" || fail "the hold"
claim R1 REVERSAL 1003 NULL "'P1'" >"$T/a" 2>&1 &
A=$!
waiting() { [ "$(gf_sql "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")" -ge "$1" ]; }
gf_wait_for 10 waiting 1 || fail "the first attempt waits"
claim R1 REVERSAL 1003 NULL "'P1'" >"$T/b" 2>&1 &
B=$!
gf_wait_for 10 waiting 2 || fail "the second attempt waits"
wait "$HOLD" "$A" "$B"
expect_eq "$(sort "$T/a" "$T/b" | tr '\n' ' ')" "NEW REPEAT " "one attempt claims, the other is its repeat (never NOT_ALLOWED)"
expect_eq "$(gf_sql "SELECT count(*) || ' ' || count(*) FILTER (WHERE refused_status IS NULL) FROM tx_keys WHERE term_serial = 'R1'")" "1 1" "one key, no refusal kept"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE term_serial = 'R1' AND func = 'REVERSAL' AND state = 'PENDING'")" 1 "one reversal, PENDING (to be sent)"
expect_match "$(claim R2 REVERSAL 1003 NULL "'P1'")" "^NOT_ALLOWED$" "another reversal of the same original is still refused"
gf_done
