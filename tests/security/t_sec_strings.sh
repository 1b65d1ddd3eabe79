#!/usr/bin/env bash
# Issue 24 items 3 and 4: a signed-on terminal puts control characters in
# TP/1 strings - a newline and a forged log line in a PAYMENT's term_serial,
# an escape sequence in a note.  Each is refused locally as BAD_REQUEST: no
# forged line in appsrv's log, nothing sent to the marketing system (which
# would answer "message format error"), no money moved.
. "$GF_SRC/tests/security/sec_lib.sh"
gf_setup
gf_keys
MKT_CUSTOMERS=50
sec_terminals "8613900000400011 2 127.0.1.51 collector SEC1 135791"
gf_start_all || gf_done
gf_wait_for 30 "${TS[@]}" call --terminal 8613900000400011 ECHO || fail "ECHO never answered"

cust=$("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 1 | cut -d'|' -f1)
due=$(sec_field "$("${TS[@]}" call --terminal 8613900000400011 ARREARS_QUERY customer_no="$cust")" total_due)
expect_match "$due" "^[1-9][0-9]*$" "a customer with arrears"
forged='FORGED level=error x=1'	# term_serial holds at most 32 bytes
out=$("${TS[@]}" call --terminal 8613900000400011 PAYMENT customer_no="$cust" amount=100 pay_mode=1 \
	term_serial="X1"$'\n'"$forged" 2>&1)
expect_match "$out" "PAYMENT: BAD_REQUEST" "a newline in term_serial: BAD_REQUEST"
expect_match "$out" "control character in term_serial" "the answer names the field"
out=$("${TS[@]}" call --terminal 8613900000400011 PAYMENT customer_no="$cust" amount=100 pay_mode=1 \
	term_serial="X2"$'\x01' 2>&1)
expect_match "$out" "PAYMENT: BAD_REQUEST" "a control character in term_serial: BAD_REQUEST"
out=$("${TS[@]}" call --terminal 8613900000400011 ECHO note=$'ok\e[2J\e]0;owned\a' 2>&1)
expect_match "$out" "ECHO: BAD_REQUEST" "an escape sequence in a note: BAD_REQUEST"
out=$("${TS[@]}" call --terminal 8613900000400011 ECHO note="抄表 ok" 2>&1)
expect_match "$out" "ECHO: OK" "Chinese text in a note is fine"

if grep -q '^FORGED' "$T/log/appsrv.out"; then
	fail "a forged line starts a line of appsrv's log"
else ok "no forged line in appsrv's log"; fi
if grep -q 'FORGED' "$T/log/appsrv.out" "$T/log/ifsvc.out" "$T/log/mktsim.out"; then
	lines=$(grep -h 'FORGED' "$T"/log/*.out | grep -vc 'level=.*\\nFORGED' || true)
	expect_eq "$lines" 0 "any trace of the value is one escaped line"
else ok "the value is not logged at all"; fi
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE term_serial LIKE 'X%'")" 0 \
	"no transaction recorded"
if grep -qi "format error" "$T/log/ifsvc.out" "$T/log/mktsim.out"; then
	fail "the marketing system was sent what it cannot parse"
else ok "nothing malformed reached the marketing system"; fi
expect_eq "$(sec_field "$("${TS[@]}" call --terminal 8613900000400011 ARREARS_QUERY customer_no="$cust")" total_due)" \
	"$due" "no money moved"
gf_done
