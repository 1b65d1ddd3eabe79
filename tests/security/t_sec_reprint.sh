#!/usr/bin/env bash
# Issue 24 item 5: a signed-on collector asks RECEIPT for receipt numbers it
# did not issue (they are sequential).  Only this terminal's receipts are
# reprinted - a supervisor's, those of the terminals of its org - and
# another's is answered as one that does not exist; a reprint carries the
# customer's name.
. "$GF_SRC/tests/security/sec_lib.sh"
gf_setup
gf_keys
MKT_CUSTOMERS=50
sec_terminals "8613900000500011 2 127.0.1.61 collector RPA 111111 ORG1" \
	"8613900000500012 2 127.0.1.62 collector RPB 222222 ORG1" \
	"8613900000500013 2 127.0.1.63 supervisor RPS 333333 ORG1" \
	"8613900000500014 2 127.0.1.64 supervisor RPX 444444 ORG2"
gf_start_all || gf_done
gf_wait_for 30 "${TS[@]}" call --terminal 8613900000500011 ECHO || fail "ECHO never answered"

line=$("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 1)
cust=$(cut -d'|' -f1 <<<"$line")
name=$(sec_field "$("${TS[@]}" call --terminal 8613900000500011 ARREARS_QUERY customer_no="$cust")" customer_name)
expect_match "$name" "." "the customer has a name"
out=$("${TS[@]}" call --terminal 8613900000500011 PAYMENT customer_no="$cust" amount=100 pay_mode=1)
receipt=$(sec_field "$out" receipt_no)
expect_match "$receipt" "." "terminal A's payment has a receipt"

out=$("${TS[@]}" call --terminal 8613900000500011 RECEIPT receipt_no="$receipt" 2>&1)
expect_match "$out" "RECEIPT: OK" "A reprints its own receipt"
expect_eq "$(sec_field "$out" customer_no)" "$cust" "the reprint's customer"
expect_eq "$(sec_field "$out" customer_name)" "$name" "the reprint carries the customer's name"
expect_eq "$(sec_field "$out" amount)" 100 "the reprint's amount"

out=$("${TS[@]}" call --terminal 8613900000500012 RECEIPT receipt_no="$receipt" 2>&1)
expect_match "$out" "RECEIPT: ORIGINAL_NOT_FOUND" "B cannot reprint A's receipt"
if grep -q "$cust" <<<"$out"; then fail "B's answer shows A's customer"; else ok "B learns nothing of it"; fi
out=$("${TS[@]}" call --terminal 8613900000500012 RECEIPT receipt_no="R-no-such" 2>&1)
expect_match "$out" "RECEIPT: ORIGINAL_NOT_FOUND" "the same answer as for a receipt that does not exist"

out=$("${TS[@]}" call --terminal 8613900000500013 RECEIPT receipt_no="$receipt" 2>&1)
expect_match "$out" "RECEIPT: OK" "a supervisor of the org reprints it"
out=$("${TS[@]}" call --terminal 8613900000500014 RECEIPT receipt_no="$receipt" 2>&1)
expect_match "$out" "RECEIPT: ORIGINAL_NOT_FOUND" "a supervisor of another org cannot"
gf_done
