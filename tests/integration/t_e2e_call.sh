#!/usr/bin/env bash
# termsim call against the whole station, as an administrator checking
# newly provisioned terminals of both suites: ECHO, a payment, its replay
# (same term_serial: the original receipt, replayed=1, no money moved), a
# reversal; and the refusals a wrongly provisioned terminal gets (calling
# from another address, wrong keys).
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys
MKT_CUSTOMERS=100
TFILE=$T/terminals
TS=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --timeout 20000)

: >"$TFILE"; chmod 0600 "$TFILE"
for i in 1 2; do
	id=86139000003000$((10 + i))
	"$BIN_GFCTL" -f "$GF_CONF" terminal add --id "$id" --name "call $i" --suite "$i" \
		--ip "127.0.1.$((40 + i))" >>"$T/log/gfctl.out" 2>&1 || fail "terminal add $id"
	"$BIN_GFCTL" -f "$GF_CONF" operator add --id "CALL$i" --name "call $i" --role collector \
		<<<"24680$i" >>"$T/log/gfctl.out" 2>&1 || fail "operator add CALL$i"
	keys=$("$BIN_GFCTL" -f "$GF_CONF" terminal keys "$id" |
		awk '$1 == "enc" { e = $2 } $1 == "mac" { m = $2 } END { print e, m }')
	echo "$id $i 1 127.0.1.$((40 + i)) $keys CALL$i 24680$i collector" >>"$TFILE"
done
gf_start_all || gf_done
gf_wait_for 30 "${TS[@]}" call --terminal 8613900000300011 ECHO || fail "ECHO never answered"

for id in 8613900000300011 8613900000300012; do
	out=$("${TS[@]}" call --terminal "$id" ECHO 2>&1); rc=$?
	expect_eq "$rc" "0" "ECHO from $id exits 0"
	expect_match "$out" "ECHO: OK" "ECHO from $id answered OK"
done

# frontd's default listen address is 0.0.0.0:7001; termsim given such a
# wildcard address reaches it on loopback, keeping the port.
out=$("${TS[@]}" --server "0.0.0.0:$FRONTD_PORT" call --terminal 8613900000300011 ECHO 2>&1); rc=$?
expect_eq "$rc" "0" "ECHO through a wildcard server address exits 0"
expect_match "$out" "ECHO: OK" "ECHO through a wildcard server address answered OK"

cust=$("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 1 | cut -d'|' -f1)
expect_match "$cust" "^[0-9]{10}$" "a customer with arrears"
out=$("${TS[@]}" call --terminal 8613900000300012 ARREARS_QUERY customer_no="$cust"); rc=$?
expect_eq "$rc" "0" "ARREARS_QUERY exits 0"
due=$(awk '$1 == "total_due" { print $3; exit }' <<<"$out")
expect_match "$due" "^[1-9][0-9]*$" "ARREARS_QUERY shows the total due"
if grep -q "token = (16 bytes)" <<<"$out" && ! grep -qiE "token = [0-9A-F]{32}" <<<"$out"; then
	ok "the session token is not printed"
else fail "the session token is not printed"; fi

out=$("${TS[@]}" call --terminal 8613900000300012 PAYMENT customer_no="$cust" amount=100 pay_mode=1); rc=$?
expect_eq "$rc" "0" "PAYMENT exits 0"
serial=$(awk '$1 == "term_serial" { print $3; exit }' <<<"$out")
receipt=$(awk '$1 == "receipt_no" { print $3; exit }' <<<"$out")
expect_match "$serial" "^[0-9]+$" "PAYMENT without term_serial gets one, printed"
expect_match "$receipt" "." "PAYMENT answers a receipt"

out=$("${TS[@]}" call --terminal 8613900000300012 PAYMENT customer_no="$cust" amount=100 pay_mode=1 \
	term_serial="$serial"); rc=$?
expect_eq "$rc" "0" "the same term_serial again exits 0"
expect_eq "$(awk '$1 == "receipt_no" { print $3; exit }' <<<"$out")" "$receipt" "the repeat returns the original receipt"
expect_eq "$(awk '$1 == "replayed" { print $3; exit }' <<<"$out")" "1" "the repeat says replayed = 1"
out=$("${TS[@]}" call --terminal 8613900000300012 ARREARS_QUERY customer_no="$cust")
expect_eq "$(awk '$1 == "total_due" { print $3; exit }' <<<"$out")" "$((due - 100))" "money moved once"

out=$("${TS[@]}" call --json --terminal 8613900000300012 REVERSAL orig_term_serial="$serial" reason=test); rc=$?
expect_eq "$rc" "0" "REVERSAL exits 0"
expect_match "$out" '"func": "REVERSAL", "status": "OK"' "--json prints the decoded answer"
out=$("${TS[@]}" call --terminal 8613900000300012 ARREARS_QUERY customer_no="$cust")
expect_eq "$(awk '$1 == "total_due" { print $3; exit }' <<<"$out")" "$due" "the reversal restored the arrears"

# The journal keeps every frame's plaintext, but neither a PIN nor a usable
# session token: both are masked.
dump=$("$BIN_GFCTL" -f "$GF_CONF" journal dump 2>&1)
ntok=$(grep -oE '"token": ?"[0-9A-Fa-f]*"' <<<"$dump" | wc -l)
nmasked=$(grep -oE '"token": ?"(2A){16}"' <<<"$dump" | wc -l)
if [ "$ntok" -gt 0 ] && [ "$ntok" = "$nmasked" ]; then ok "journal: all $ntok session tokens masked"
else fail "journal: $nmasked of $ntok session tokens masked"; fi
npin=$(grep -oE '"pin": ?"[^"]*"' <<<"$dump" | wc -l)
npinm=$(grep -oE '"pin": ?"\*+"' <<<"$dump" | wc -l)
if [ "$npin" -gt 0 ] && [ "$npin" = "$npinm" ]; then ok "journal: all $npin PINs masked"
else fail "journal: $npinm of $npin PINs masked"; fi

# A terminal calling from an address it is not bound to, and one with
# wrong keys: the station answers alerts, termsim exits 3.
sed 's/ 127\.0\.1\.41 / 127.0.1.99 /' "$TFILE" >"$T/wrong_ip"
out=$("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$T/wrong_ip" call --terminal 8613900000300011 ECHO 2>&1); rc=$?
expect_eq "$rc" "3" "wrong source address: exit 3"
expect_match "$out" "ALERT_IP_MISMATCH" "wrong source address: IP_MISMATCH alert"
awk '{ if ($1 == "8613900000300012") $6 = "00112233445566778899AABBCCDDEEFF"; print }' "$TFILE" >"$T/wrong_key"
out=$("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$T/wrong_key" call --terminal 8613900000300012 ECHO 2>&1); rc=$?
expect_eq "$rc" "3" "wrong MAC key: exit 3"
expect_match "$out" "ALERT_BAD_MAC" "wrong MAC key: BAD_MAC alert"
gf_done
