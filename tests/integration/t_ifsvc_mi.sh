#!/bin/bash
# cost: 60
# t_ifsvc_mi.sh - ifsvc against the real mktsim: MI/1 conformance both ways
# (queries, payment, duplicate 2001, error codes), each fault mode gives the
# right outcome, unknowns settle, and afterwards the two sets of books agree
# (a reconciliation run finds only MATCHED lines).
source "$GF_SRC/tests/integration/lib.sh"
source "$GF_SRC/tests/integration/ifsvc_lib.sh"
ifsvc_start_all 6

# --- conformance: a query and its typed answer ------------------------------
r=$("$MI_PROBE" "$SOCK" 1001 "" "{\"custno\":\"${CUST[0]}\"}")
expect_eq "$(echo "$r" | jq -r .outcome)/$(echo "$r" | jq -r .rspcode)" "ANSWERED/0000" "1001 arrears query answered 0000"
expect_match "$(echo "$r" | jq -r .body.totaldue)" '^[1-9][0-9]*$' "totaldue is an integer string"
expect_eq "$(echo "$r" | jq -r '.body.bills | type')" "array" "bills is a list of items"
expect_match "$(echo "$r" | jq -r '.body.bills[0].principal')" '^[0-9]+$' "bill principal is an integer string"
r=$("$MI_PROBE" "$SOCK" 1001 "" '{"custno":"99999999999"}')
expect_eq "$(echo "$r" | jq -r .rspcode)" "1001" "unknown customer gives 1001"
r=$("$MI_PROBE" "$SOCK" 1001 "" '{}')
expect_eq "$(echo "$r" | jq -r .rspcode)" "9001" "missing custno gives 9001 (format error)"

# --- a payment, its duplicate, and the books -------------------------------
s1=$(new_pending PAYMENT 1002 "${CUST[0]}" 1000 ts-1)
r=$(pay "$s1" "${CUST[0]}" 1000); appsrv_apply "$s1" "$r"
expect_eq "$(echo "$r" | jq -r .rspcode)" "0000" "payment answered 0000"
mk1=$(echo "$r" | jq -r '.body.mkserial // empty')
expect_match "$mk1" '.+' "payment has an mkserial"
r=$(pay "$s1" "${CUST[0]}" 1000)
expect_eq "$(echo "$r" | jq -r .rspcode)/$(echo "$r" | jq -r .body.mkserial)" "2001/$mk1" "repeat stserial gives 2001 with the original body"
expect_eq "$(tx_state "$s1")" "SUCCESS" "payment SUCCESS locally"

# --- a terminal's REVERSAL of s1, processed but its answer lost: UNKNOWN ----
mkt_admin set trcodes 1003 >/dev/null
mkt_admin set drop_after_pct 100 >/dev/null
sr=$(gf_sql "WITH k AS (INSERT INTO tx_keys (terminal_id, term_serial, stserial, settle_date)
	  VALUES ('$TERM_ID', 'ts-r1', gf_next_stserial('SC01'), current_date) RETURNING stserial, settle_date)
	INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial, operator_id,
	  customer_no, func, trcode, amount, orig_stserial)
	SELECT stserial, settle_date, '$TERM_ID', 'ts-r1', 'op1', '${CUST[0]}', 'REVERSAL', 1003, 1000, '$s1'
	FROM k RETURNING stserial" | head -1)
expect_match "$sr" "." "a pending terminal reversal of s1"
r=$("$MI_PROBE" "$SOCK" 1003 "$sr" "{\"origstserial\":\"$s1\",\"reason\":\"test\"}"); appsrv_apply "$sr" "$r"
expect_eq "$(echo "$r" | jq -r .outcome)" "UNKNOWN" "reversal processed, answer lost: UNKNOWN"
mkt_admin reset >/dev/null

# --- 9999 to a money-moving request is an unknown outcome (MI1 §5) ----------
# (it may follow a posting): recorded UNKNOWN for the settler, like a lost
# answer.  To a query it stays an answer.
mkt_admin set trcodes 1002 >/dev/null
mkt_admin set error_pct 100 >/dev/null
s2=$(new_pending PAYMENT 1002 "${CUST[1]}" 500 ts-2)
r=$(pay "$s2" "${CUST[1]}" 500); appsrv_apply "$s2" "$r"
expect_eq "$(echo "$r" | jq -r .outcome)" "UNKNOWN" "error fault: 9999 to a payment is UNKNOWN"
expect_match "$(tx_state "$s2")" '^(UNKNOWN|FAILED)$' "9999 payment left to the settler (UNKNOWN, or settled FAILED: never posted)"
expect_eq "$(gf_sql "SELECT unknown_since IS NOT NULL FROM transactions WHERE stserial='$s2'")" t "recorded unknown first"
mkt_admin reset >/dev/null; mkt_admin set trcodes 1002 >/dev/null

# --- processed, then the connection dropped: UNKNOWN -> reversed ------------
mkt_admin set drop_after_pct 100 >/dev/null
s3=$(new_pending PAYMENT 1002 "${CUST[2]}" 700 ts-3)
r=$(pay "$s3" "${CUST[2]}" 700); appsrv_apply "$s3" "$r"
expect_eq "$(echo "$r" | jq -r .outcome)" "UNKNOWN" "drop after processing: UNKNOWN"
# Record first, answer second: the row is UNKNOWN when the answer arrives.
# (the settler may already have moved it on: unknown_since proves the record)
expect_match "$(gf_sql "SELECT state || '/' || (unknown_since IS NOT NULL) FROM transactions WHERE stserial='$s3'")" '^(UNKNOWN|REVERSED)/true$' "row was recorded UNKNOWN before appsrv heard of it"
expect_eq "$(gf_sql "SELECT tp_status FROM transactions WHERE stserial='$s3'")" "770" "tp_status HOST_TIMEOUT (0x0302)"

# --- dropped before processing: UNKNOWN -> FAILED ---------------------------
mkt_admin set drop_after_pct 0 >/dev/null
mkt_admin set drop_before_pct 100 >/dev/null
s4=$(new_pending PAYMENT 1002 "${CUST[3]}" 800 ts-4)
r=$(pay "$s4" "${CUST[3]}" 800); appsrv_apply "$s4" "$r"
expect_eq "$(echo "$r" | jq -r .outcome)" "UNKNOWN" "drop before processing: UNKNOWN"

# --- answered after the deadline: UNKNOWN (processed) -> reversed -----------
mkt_admin set drop_before_pct 0 >/dev/null
mkt_admin set trcodes 1002,1004 >/dev/null
mkt_admin set latency_ms 60000 >/dev/null
mkt_admin set latency_pct 100 >/dev/null
# mktsim books at once and delays the answer (exponential, mean 60 s); a
# draw under the 2 s deadline is answered normally, so try up to 4 times.
extra_ok=0
for i in 1 2 3 4; do
	s5=$(new_pending PREPAY 1004 "${CUST[4]}" 900 ts-5-$i)
	r=$("$MI_PROBE" "$SOCK" 1004 "$s5" "{\"custno\":\"${CUST[4]}\",\"amount\":900,\"termid\":\"$TERM_ID\",\"operid\":\"op1\"}")
	appsrv_apply "$s5" "$r"
	[ "$(echo "$r" | jq -r .outcome)" = UNKNOWN ] && break
	extra_ok=$((extra_ok + 1))
done
expect_eq "$(echo "$r" | jq -r .outcome)" "UNKNOWN" "late answer: UNKNOWN"
mkt_admin reset >/dev/null

# --- settlement: every unknown is resolved, exactly as it really went -------
wait_state "$s3" REVERSED 30 && ok "processed-then-dropped payment settled REVERSED" || fail "s3 state $(tx_state "$s3")"
wait_state "$s4" FAILED 30 && ok "never-processed payment settled FAILED" || fail "s4 state $(tx_state "$s4")"
wait_state "$s5" REVERSED 30 && ok "late-answered prepay settled REVERSED" || fail "s5 state $(tx_state "$s5")"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE func='REVERSAL' AND orig_stserial IN ('$s3','$s5') AND state='SUCCESS'")" "2" "settlement reversals recorded locally"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions t JOIN transactions r ON r.stserial=t.reversed_by WHERE t.stserial IN ('$s3','$s5')")" "2" "reversed_by points at the reversal"
expect_eq "$(gf_sql "SELECT tp_status FROM transactions WHERE stserial IN ('$s3','$s4','$s5') GROUP BY tp_status")" "770" "tp_status stays HOST_TIMEOUT"
# The terminal's reversal took effect (1006 on s1 says REVERSED): SUCCESS,
# with a receipt like any success, and s1 reversed by it.
wait_state "$sr" SUCCESS 30 && ok "unknown terminal reversal settled SUCCESS" || fail "sr state $(tx_state "$sr")"
expect_eq "$(gf_sql "SELECT receipt_no FROM transactions WHERE stserial='$sr'")" "R$sr" "the settled reversal has its receipt number"
expect_eq "$(gf_sql "SELECT count(*) FROM receipts r JOIN transactions t USING (stserial) WHERE r.stserial='$sr' AND t.receipt_no = r.receipt_no")" "1" "its receipt is recorded (receipts, transactions)"
expect_eq "$(gf_sql "SELECT state || '/' || reversed_by FROM transactions WHERE stserial='$s1'")" "REVERSED/$sr" "s1 is REVERSED by the terminal's reversal"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('UNKNOWN','PENDING')")" "0" "nothing left unknown"

# --- the books agree --------------------------------------------------------
today=$(gf_sql "SELECT to_char(current_date,'YYYYMMDD')")
out=$("$BIN_GFCTL" -f "$GF_CONF" recon run --date "$today")
expect_match "$out" "state=DONE" "recon run DONE"
expect_match "$out" "MATCHED=$((3 + extra_ok)) " "every line matched (s1, s3 and s5 REVERSED)"
expect_match "$out" "LOCAL_ONLY=0 REMOTE_ONLY=0 AMOUNT_MISMATCH=0 STATUS_MISMATCH=0" "no differences after settling"

# --- marketing system down: UNAVAILABLE at once ------------------------------
gf_stop mktsim
s6=$(new_pending PAYMENT 1002 "${CUST[5]}" 100 ts-6)
gf_wait_for 10 bash -c "\"$MI_PROBE\" \"$SOCK\" 9002 '' '{}' | grep -q UNAVAILABLE"
t0=$(date +%s%N)
r=$(pay "$s6" "${CUST[5]}" 100); appsrv_apply "$s6" "$r"
t1=$(date +%s%N)
expect_eq "$(echo "$r" | jq -r .outcome)" "UNAVAILABLE" "mktsim down: UNAVAILABLE"
echo "# unavailable answered in $(( (t1 - t0) / 1000000 )) ms"
expect_eq "$(tx_state "$s6")" "FAILED" "unavailable payment FAILED locally"

serials_ok "MI/1 serials"

gf_done
