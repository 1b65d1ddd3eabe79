#!/usr/bin/env bash
# cost: 5
# t_money_late_unknown - appsrv records "unknown" after the settler has
# already decided the row.  An appsrv stopped past its deadline (SIGSTOP,
# a long pause) wakes up, finds its call to ifsvc lost, and records the
# outcome UNKNOWN with the IN_DOUBT (reversal) or HOST_TIMEOUT (payment)
# answer; meanwhile ifsvc's settler has completed the reversal and stored
# the answer its repeats replay.  The late record must change nothing of a
# decided row: before the fix it overwrote the stored answer, and every
# repeat of the completed reversal heard IN_DOUBT for good (t_money_sim
# seed 266311: "UNSETTLED_ANSWER ... REVERSAL IN_DOUBT").
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
TERM=8613900000000001
gf_sql "INSERT INTO terminals (id, name, suite) VALUES ('$TERM', 't1', 1)" >/dev/null
claim() {	# claim TERM_SERIAL FUNC TRCODE PAYMODE ORIG -> kind stserial date
	gf_sql "SELECT r_kind || ' ' || r_stserial || ' ' || r_settle_date FROM gf_tx_claim('$TERM', '$1', 'SC01', 'OP1', 'C1', '$2', $3::smallint, 100::bigint, $4::smallint, NULL, $5)"
}
finish() {	# finish STSERIAL DATE OUTCOME TP_STATUS RESPONSE_HEX -> state
	gf_sql "SELECT r_state FROM gf_tx_finish('$1', '$2'::date, '$3', $4, NULL, NULL, '\\x$5'::bytea, '', NULL)"
}
row() {	# row STSERIAL -> state tp_status response
	gf_sql "SELECT state || ' ' || COALESCE(tp_status::text, '-') || ' ' || COALESCE(encode(response, 'hex'), '-') FROM transactions WHERE stserial = '$1'"
}
IN_DOUBT=$((0x0304)); HOST_TIMEOUT=$((0x0302))

# A payment in force, and its reversal, sent: PENDING.
read -r kind P1 D <<<"$(claim P1 PAYMENT 1002 1 NULL)"
expect_eq "$kind" NEW "the payment claimed"
gf_sql "UPDATE transactions SET state = 'SUCCESS', mkt_serial = 'MK1' WHERE stserial = '$P1'" >/dev/null
read -r kind R1 _ <<<"$(claim R1 REVERSAL 1003 NULL "'P1'")"
expect_eq "$kind" NEW "its reversal claimed"

# ifsvc's deadline passes: UNKNOWN (IN_DOUBT); the settler completes it
# with the answer a repeat replays (00000000: an OK answer's header).
expect_eq "$(gf_sql "SELECT gf_tx_unknown('$R1', $IN_DOUBT)")" 1 "the reversal's outcome unknown"
gf_sql "SELECT gf_tx_settle_reversal('$R1', '$D'::date, 'SUCCESS', 'MK2', 0, '\\x00030000'::bytea, '0000')" >/dev/null
expect_eq "$(row "$R1")" "SUCCESS 0 00030000" "the settler completed the reversal"
expect_eq "$(row "$P1" | cut -d' ' -f1)" REVERSED "and its original is reversed"

# appsrv wakes up: its record of the lost call comes late.
expect_eq "$(finish "$R1" "$D" LOST $IN_DOUBT 0003$(printf %04x $IN_DOUBT))" SUCCESS "the late record is told the settled state"
expect_eq "$(row "$R1")" "SUCCESS 0 00030000" "and the reversal keeps the answer its repeats replay"
expect_eq "$(finish "$R1" "$D" UNKNOWN $IN_DOUBT 0003$(printf %04x $IN_DOUBT))" SUCCESS "an UNKNOWN record the same"
expect_eq "$(row "$R1")" "SUCCESS 0 00030000" "still the stored answer"
# The terminal's repeat: the claim finds the key, and appsrv replays what it
# returns (fn_collect.c answer_stored): the settled OK, twice alike.
repeat() {	# repeat TERM_SERIAL FUNC TRCODE PAYMODE ORIG -> kind state tp_status response
	gf_sql "SELECT r_kind || ' ' || r_state || ' ' || COALESCE(r_tp_status::text, '-') || ' ' || COALESCE(encode(r_response, 'hex'), '-') FROM gf_tx_claim('$TERM', '$1', 'SC01', 'OP1', 'C1', '$2', $3::smallint, 100::bigint, $4::smallint, NULL, $5)"
}
expect_eq "$(repeat R1 REVERSAL 1003 NULL "'P1'")" "REPEAT SUCCESS 0 00030000" "the reversal's repeat gets the settled OK"
expect_eq "$(repeat R1 REVERSAL 1003 NULL "'P1'")" "REPEAT SUCCESS 0 00030000" "and its next repeat the same"

# A payment the settler undid (never posted: FAILED), then the late record.
read -r kind P2 _ <<<"$(claim P2 PAYMENT 1002 1 NULL)"
expect_eq "$(gf_sql "SELECT gf_tx_unknown('$P2', $HOST_TIMEOUT)")" 1 "a payment's outcome unknown"
gf_sql "SELECT gf_tx_settle_payment('$P2', '$D'::date, 'FAILED', NULL, NULL, '1006:NOTFOUND')" >/dev/null
expect_eq "$(finish "$P2" "$D" LOST $HOST_TIMEOUT 0002$(printf %04x $HOST_TIMEOUT))" FAILED "a late record of a settled payment is told FAILED"
expect_eq "$(row "$P2")" "FAILED $HOST_TIMEOUT -" "the settled payment keeps its record (no answer stored over it)"
expect_eq "$(repeat P2 PAYMENT 1002 1 NULL)" "REPEAT FAILED $HOST_TIMEOUT -" "its repeat: FAILED with HOST_TIMEOUT and no stored answer (appsrv answers HOST_TIMEOUT)"

# Still undecided rows take it as before.
read -r kind P3 _ <<<"$(claim P3 PAYMENT 1002 1 NULL)"
expect_eq "$(finish "$P3" "$D" LOST $HOST_TIMEOUT 0002$(printf %04x $HOST_TIMEOUT))" UNKNOWN "a PENDING payment becomes UNKNOWN"
expect_eq "$(row "$P3")" "UNKNOWN $HOST_TIMEOUT 0002$(printf %04x $HOST_TIMEOUT)" "with the answer its repeats hear"
expect_eq "$(finish "$P3" "$D" UNKNOWN $HOST_TIMEOUT 00020000)" UNKNOWN "an UNKNOWN row takes the record again"
expect_eq "$(row "$P3")" "UNKNOWN $HOST_TIMEOUT 00020000" "(its last answer)"
if gf_sql "SELECT gf_tx_finish('NOSUCH', '$D'::date, 'LOST', 1, NULL, NULL, NULL, '', NULL)" >"$T/err" 2>&1; then
	fail "a record of no transaction is refused"
else expect_match "$(cat "$T/err")" "no transaction NOSUCH" "a record of no transaction is refused, as before"; fi
gf_done
