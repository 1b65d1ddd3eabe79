#!/bin/bash
# cost: 60
# t_appsrv_basic - appsrv without the marketing system: sign-on, lockout,
# roles, seq check, step-8 statuses, sign-off, local RECEIPT/STATS, the
# registry (lookup, NOTIFY relay), alarms, HOST_UNAVAILABLE, and gfctl
# terminal/operator with their audit log.  Driven over appsrv's IPC socket
# with tests/tools/ipcprobe, as frontd would.
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
TERM1=8613900000000001
TERM2=8613900000000002
SOCK=$T/run/appsrv.sock
echo 100 >"$T/seq"
# req TERMINAL JSON: one request with the next seq (kept in a file: req runs
# in command substitutions), the response JSON.
req() {
	local s=$(($(cat "$T/seq") + 1)); echo $s >"$T/seq"
	"$TOOLS/ipcprobe" req "$SOCK" "$1" "$s" "$2"
}
lastseq() { cat "$T/seq"; }
status() { jq -r .status <<<"$1"; }
item() { jq -r --arg k "$2" '[.items[] | select(has($k)) | .[$k]][0] // empty' <<<"$1"; }

# ---- gfctl terminal / operator ----
check "terminal add" -- G terminal add --id $TERM1 --name "T one" --suite 1
check "terminal add suite 2 bound" -- G terminal add --id $TERM2 --name "T two" --suite 2 --keyver 1 --ip 10.0.0.7
out=$(G terminal add --id $TERM1 --name dup --suite 1 2>&1); rc=$?
expect_eq "$rc" 1 "duplicate terminal refused"
expect_match "$out" "already exists" "duplicate terminal message"
G terminal add --id 123 --name x --suite 1 >/dev/null 2>&1; expect_eq $? 2 "bad terminal id is a usage error"
G terminal add --id 8613900000000009 --name x --suite 3 >/dev/null 2>&1; expect_eq $? 2 "bad suite refused"
G terminal add --id 8613900000000009 --name x --suite 1 --ip 1.2.3 >/dev/null 2>&1; expect_eq $? 2 "bad ip refused"
expect_match "$(G terminal list)" "$TERM2 .*10.0.0.7" "terminal list shows the bound address"
keys=$(G terminal keys $TERM1)
expect_match "$keys" "enc [0-9A-F]{32}" "terminal keys prints the encryption key"
expect_match "$keys" "mac [0-9A-F]{32}" "terminal keys prints the MAC key"
for r in collector reader dunning supervisor; do
	check "operator add $r" -- G operator add --id op_$r --name "Op $r" --role $r <<<123456
done
G operator add --id op_collector --name x --role collector <<<1234 >/dev/null 2>&1
expect_eq $? 1 "duplicate operator refused"
G operator add --id opx --name x --role cashier <<<1234 >/dev/null 2>&1
expect_eq $? 2 "bad role refused"
G operator add --id opx --name x --role reader <<<12 >/dev/null 2>&1
expect_eq $? 2 "short PIN refused"
expect_match "$(gf_sql "SELECT pin_hash FROM operators WHERE id='op_reader'")" '^pbkdf2-sha256\$10000\$[0-9A-F]{32}\$[0-9A-F]{64}$' "PIN stored as a PBKDF2 hash"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action IN ('terminal add','operator add','terminal keys')")" 7 "changes audited"

# ---- appsrv up; registry ----
gf_start appsrv || gf_done
expect_eq "$("$TOOLS/ipcprobe" lookup "$SOCK" $TERM2)" "1 1 2 1 10.0.0.7" "lookup of a bound terminal"
expect_eq "$("$TOOLS/ipcprobe" lookup "$SOCK" 8613900000000099)" "0 0 0 0 -" "lookup of an unknown terminal"
"$TOOLS/ipcprobe" watch "$SOCK" 3 >"$T/watch.out" &
wpid=$!
sleep 1
check "terminal disable" -- G terminal disable $TERM2
wait $wpid
expect_match "$(cat "$T/watch.out")" "$TERM2" "disable pushed as IPC_TERM_CHANGED"
expect_eq "$("$TOOLS/ipcprobe" lookup "$SOCK" $TERM2)" "1 0 2 1 10.0.0.7" "lookup sees the disabled terminal"
G terminal enable 8613900000000077 >/dev/null 2>&1; expect_eq $? 1 "enable of an unknown terminal fails"
check "terminal enable" -- G terminal enable $TERM2
"$TOOLS/ipcprobe" alarm "$SOCK" BAD_MAC $TERM1 "3 failures"
expect_eq "$(gf_sql "SELECT kind || ' ' || terminal_id FROM alarms")" "BAD_MAC $TERM1" "IPC_ALARM recorded"

# ---- ECHO, seq, step 8 ----
r=$(req $TERM1 '{"func":"ECHO"}')
expect_eq "$(status "$r")" OK "ECHO answers OK"
expect_match "$(item "$r" server_time)" '^[0-9]{14}$' "ECHO carries server_time"
r=$("$TOOLS/ipcprobe" req "$SOCK" $TERM1 50 '{"func":"ECHO"}')
expect_eq "$(status "$r")" SEQ_REPLAY "a lower seq is SEQ_REPLAY"
expect_eq "$(item "$r" last_seq)" "$(lastseq)" "SEQ_REPLAY carries last_seq"
r=$("$TOOLS/ipcprobe" req "$SOCK" $TERM1 "$(lastseq)" '{"func":"ECHO"}')
expect_eq "$(status "$r")" SEQ_REPLAY "the same seq again is SEQ_REPLAY"
expect_eq "$(gf_sql "SELECT last_seq FROM terminals WHERE id='$TERM1'")" "$(lastseq)" "last_seq kept durably"
r=$(req 8613900000000099 '{"func":"ECHO"}')
expect_eq "$(status "$r")" INTERNAL "a request for an unregistered terminal is INTERNAL"
r=$(req $TERM1 '{"func":"0x0999"}')
expect_eq "$(status "$r")" UNSUPPORTED_FUNCTION "unknown function"
r=$(req $TERM1 '{"func":"SIGN_ON","items":[{"operator_id":"op_collector"}]}')
expect_eq "$(status "$r")" BAD_REQUEST "SIGN_ON without pin is BAD_REQUEST"
r=$(req $TERM1 '{"func":"ARREARS_QUERY","items":[{"customer_no":"1000000001"}]}')
expect_eq "$(status "$r")" NOT_SIGNED_ON "no token: NOT_SIGNED_ON"
r=$(req $TERM1 '{"func":"ARREARS_QUERY","items":[{"token":"00112233445566778899AABBCCDDEEFF"},{"customer_no":"1000000001"}]}')
expect_eq "$(status "$r")" NOT_SIGNED_ON "unknown token: NOT_SIGNED_ON"

# ---- SIGN_ON, lockout ----
signon() { req "$1" "{\"func\":\"SIGN_ON\",\"items\":[{\"operator_id\":\"$2\"},{\"pin\":\"$3\"},{\"app_version\":\"t\"}]}"; }
r=$(signon $TERM1 nobody 123456)
expect_eq "$(status "$r")" BAD_OPERATOR "unknown operator"
for i in 1 2 3 4; do
	r=$(signon $TERM1 op_dunning 000000)
	expect_eq "$(status "$r")" BAD_OPERATOR "wrong PIN $i: BAD_OPERATOR"
done
r=$(signon $TERM1 op_dunning 000000)
expect_eq "$(status "$r")" OPERATOR_LOCKED "fifth wrong PIN locks"
r=$(signon $TERM1 op_dunning 123456)
expect_eq "$(status "$r")" OPERATOR_LOCKED "locked operator refused with the right PIN"
expect_match "$(G operator list | grep '^op_dunning ')" " locked " "operator list shows locked"
check "operator unlock" -- G operator unlock op_dunning
r=$(signon $TERM1 op_dunning 123456)
expect_eq "$(status "$r")" OK "unlocked operator signs on"
DTOK=$(item "$r" token)
r=$(signon $TERM1 op_collector 123456)
expect_eq "$(status "$r")" OK "collector signs on"
expect_match "$(item "$r" token)" '^[0-9A-F]{32}$' "SIGN_ON returns a 16-byte token"
expect_eq "$(item "$r" operator_name)" "Op collector" "SIGN_ON returns operator_name"
expect_eq "$(item "$r" settle_date)" "$(gf_sql "SELECT to_char(current_date,'YYYYMMDD')")" "SIGN_ON returns settle_date"
CTOK=$(item "$r" token)
expect_eq "$(gf_sql "SELECT count(*) FROM sessions WHERE token_hash = sha256(decode('$CTOK','hex'))")" 1 "only the token's SHA-256 is stored"
RTOK=$(item "$(signon $TERM1 op_reader 123456)" token)
STOK=$(item "$(signon $TERM1 op_supervisor 123456)" token)
r=$(req $TERM2 "{\"func\":\"STATS\",\"items\":[{\"token\":\"$CTOK\"},{\"date_from\":\"20260101\"},{\"date_to\":\"20261231\"}]}")
expect_eq "$(status "$r")" NOT_SIGNED_ON "a token is bound to its terminal"

# ---- roles ----
tokreq() { req $TERM1 "{\"func\":\"$1\",\"items\":[{\"token\":\"$2\"}$3]}"; }
expect_eq "$(status "$(tokreq PAYMENT "$RTOK" ',{"term_serial":"x1"},{"customer_no":"1000000001"},{"amount":100},{"pay_mode":1}')")" FORBIDDEN "reader may not pay"
expect_eq "$(status "$(tokreq READ_TASKS "$CTOK" ',{"book_no":"B1"},{"page":1}')")" FORBIDDEN "collector may not download reading tasks"
expect_eq "$(status "$(tokreq DISCONNECT_CHECK "$RTOK" ',{"customer_no":"1000000001"}')")" FORBIDDEN "reader may not do dunning"
expect_eq "$(status "$(tokreq ARREARS_QUERY "$DTOK" ',{"customer_no":"1000000001"}')")" FORBIDDEN "dunning may not query arrears"
expect_eq "$(status "$(tokreq STATS "$RTOK" ',{"date_from":"20260101"},{"date_to":"20261231"}')")" FORBIDDEN "reader may not see collection stats"

# ---- without ifsvc: HOST_UNAVAILABLE, validation ----
expect_eq "$(status "$(tokreq ARREARS_QUERY "$CTOK" ',{"customer_no":"1000000001"}')")" HOST_UNAVAILABLE "query with ifsvc down"
expect_eq "$(status "$(tokreq READ_TASKS "$STOK" ',{"book_no":"B1"},{"page":1}')")" HOST_UNAVAILABLE "supervisor may read (ifsvc down)"
r=$(tokreq PAYMENT "$CTOK" ',{"term_serial":"u1"},{"customer_no":"1000000001"},{"amount":100},{"pay_mode":1}')
expect_eq "$(status "$r")" HOST_UNAVAILABLE "payment with ifsvc down"
expect_eq "$(gf_sql "SELECT state || ' ' || tp_status FROM transactions WHERE term_serial='u1'")" "FAILED 769" "recorded FAILED / HOST_UNAVAILABLE"
r=$(tokreq PAYMENT "$CTOK" ',{"term_serial":"u1"},{"customer_no":"1000000001"},{"amount":100},{"pay_mode":1}')
expect_eq "$(status "$r")" HOST_UNAVAILABLE "a repeat replays the stored failure"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE term_serial='u1'")" 1 "the repeat recorded nothing new"
expect_eq "$(status "$(tokreq PAYMENT "$CTOK" ',{"term_serial":"v1"},{"customer_no":"1000000001"},{"amount":0},{"pay_mode":1}')")" AMOUNT_INVALID "amount 0"
expect_eq "$(status "$(tokreq PAYMENT "$CTOK" ',{"term_serial":"v2"},{"customer_no":"1000000001"},{"amount":10000001},{"pay_mode":1}')")" AMOUNT_INVALID "amount above the limit"
expect_eq "$(status "$(tokreq PAYMENT "$CTOK" ',{"term_serial":"v3"},{"customer_no":"12a45"},{"amount":100},{"pay_mode":1}')")" BAD_REQUEST "bad customer number"
expect_eq "$(status "$(tokreq PAYMENT "$CTOK" ',{"term_serial":"v4"},{"customer_no":"1000000001"},{"amount":100},{"pay_mode":7}')")" BAD_REQUEST "bad pay_mode"
expect_eq "$(status "$(tokreq PAYMENT "$CTOK" ',{"term_serial":"v5"},{"customer_no":"1000000001"},{"pay_mode":1}')")" BAD_REQUEST "missing amount"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE term_serial LIKE 'v%'")" 0 "invalid requests record nothing"
expect_eq "$(status "$(tokreq REVERSAL "$CTOK" ',{"term_serial":"w1"},{"orig_term_serial":"nope"}')")" ORIGINAL_NOT_FOUND "reversal of nothing"
expect_eq "$(status "$(tokreq REVERSAL "$CTOK" ',{"term_serial":"w2"},{"orig_term_serial":"u1"}')")" REVERSAL_NOT_ALLOWED "reversal of a failed payment"
r=$(tokreq DUNNING_RESULT "$DTOK" ',{"customer_no":"1000000001"},{"result_code":2},{"note":"not home"}')
expect_eq "$(status "$r")" OK "dunning result with ifsvc down: OK, the station keeps it"
expect_eq "$(item "$r" message)" "已保存，主站将转发至营销系统" "dunning result: the answer says it is kept"
expect_eq "$(gf_sql "SELECT result_code || ' ' || forwarded FROM dunning_results")" "2 false" "dunning result recorded, not forwarded yet"
expect_eq "$(gf_sql "SELECT state FROM outbox WHERE seq_key = 'C:1000000001'")" PENDING "dunning result waits in the outbox"
r=$(tokreq READ_EXCEPTION "$RTOK" ',{"meter_no":"M1"},{"exception_code":3}')
expect_eq "$(gf_sql "SELECT meter_no || ' ' || exception_code FROM reading_exceptions")" "M1 3" "reading exception recorded"

# ---- RECEIPT, STATS, SIGN_OFF from local records ----
r=$(tokreq RECEIPT "$CTOK" ',{"receipt_no":"RNONE"}')
expect_eq "$(status "$r")" ORIGINAL_NOT_FOUND "unknown receipt"
r=$(tokreq STATS "$CTOK" ',{"date_from":"20261231"},{"date_to":"20260101"}')
expect_eq "$(status "$r")" BAD_REQUEST "reversed date range"
r=$(tokreq STATS "$CTOK" ',{"date_from":"20261301"},{"date_to":"20261331"}')
expect_eq "$(status "$r")" BAD_REQUEST "impossible date"
r=$(tokreq STATS "$CTOK" ',{"date_from":"20240101"},{"date_to":"20351231"}')
expect_eq "$(status "$r")" OK "STATS OK"
expect_eq "$(jq '[.items[] | select(has("record"))] | length' <<<"$r")" 0 "no successful collection yet"
r=$(tokreq SIGN_OFF "$CTOK" '')
expect_eq "$(status "$r")" OK "SIGN_OFF"
expect_eq "$(item "$r" count) $(item "$r" amount)" "0 0" "SIGN_OFF net collection"
expect_eq "$(status "$(tokreq ECHO "$CTOK" '')")" OK "ECHO needs no session"
expect_eq "$(status "$(tokreq STATS "$CTOK" ',{"date_from":"20240101"},{"date_to":"20351231"}')")" NOT_SIGNED_ON "token dead after SIGN_OFF"
check "operator lock" -- G operator lock op_supervisor
expect_eq "$(status "$(tokreq STATS "$STOK" ',{"date_from":"20240101"},{"date_to":"20351231"}')")" OPERATOR_LOCKED "locked by gfctl: session refused"
check "operator passwd" -- G operator passwd op_reader <<<654321
expect_eq "$(status "$(signon $TERM1 op_reader 654321)")" OK "new PIN works"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action IN ('operator lock','operator unlock','operator passwd','terminal disable','terminal enable')")" 5 "lock/unlock/passwd/enable/disable audited"

# ---- the console's pages (logged in as an admin and auditor; t_console tests the login) ----
echo "Console-admin-pw-1" | G user add --id cadm --name "Console admin" --roles admin,auditor >/dev/null ||
	fail "gfctl user add"
curl -s -o /dev/null -c "$T/jar" -H 'Content-Type: application/json' \
	--data '{"id":"cadm","password":"Console-admin-pw-1"}' "http://127.0.0.1:$HTTP_PORT/api/login"
C() { curl -s -b "$T/jar" -o "$T/c.json" -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT$1"; }
D=$(date +%Y%m%d)
expect_eq "$(C /api/terminals)" 200 "console: terminals"
expect_eq "$(jq -r '[.rows[].id] | join(" ")' "$T/c.json")" "$TERM1 $TERM2" "console: both terminals listed"
expect_eq "$(C "/api/tx?from=$D&to=$D&state=FAILED")" 200 "console: transactions"
expect_eq "$(jq -r '.rows[0].term_serial + " " + .rows[0].state' "$T/c.json")" "u1 FAILED" "console: the failed payment"
expect_eq "$(C "/api/tx?from=2026-99-99&to=$D")" 400 "console: bad date is 400"
expect_eq "$(C "/api/alarms?state=open")" 200 "console: alarms"
expect_eq "$(jq -r '.rows[0].kind' "$T/c.json")" BAD_MAC "console: the alarm"
expect_eq "$(C /api/audit)" 200 "console: audit log"
expect_match "$(jq -r '[.rows[].action] | unique | join(",")' "$T/c.json")" "operator add" "console: audit entries"
expect_eq "$(C /api/status)" 200 "console: live status"
expect_eq "$(C /api/nope)" 404 "console: unknown page"
expect_eq "$(curl -s -b "$T/jar" -o /dev/null -w '%{http_code}' -X DELETE "http://127.0.0.1:$HTTP_PORT/api/terminals")" 405 "console: no DELETE"

# ---- PostgreSQL restart: appsrv reconnects ----
if [ -n "$GF_OWN_PG" ]; then
	PGDATA_REAL=$(realpath "$GF_OWN_PG")
	pg_as_owner "$PGBIN/pg_ctl" -D "$PGDATA_REAL" -m fast -w stop >/dev/null
	r=$(req $TERM1 '{"func":"ECHO"}')
	expect_eq "$(status "$r")" BUSY "database down: BUSY"
	pg_as_owner "$PGBIN/pg_ctl" -D "$PGDATA_REAL" -l "$(dirname "$PGDATA_REAL")/server.log" -w start >/dev/null
	ok=
	for i in $(seq 50); do
		[ "$(status "$(req $TERM1 '{"func":"ECHO"}')")" = OK ] && { ok=1; break; }
		sleep 0.2
	done
	expect_eq "$ok" 1 "reconnected after PostgreSQL restart"
fi
gf_done
