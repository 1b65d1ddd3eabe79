#!/usr/bin/env bash
# cost: 90
# The console's core API, every role x endpoint: anonymous 401, each role
# allowed or refused (403, and nothing changed), then each administration
# operation end to end: a terminal added, renamed, moved, rebound (the next
# frame from its old address is refused IP_MISMATCH), disabled, enabled,
# retired; an operator added with a PIN shown once (that PIN signs on),
# its role changed, its PIN reset (the old one no longer signs on), locked,
# unlocked, retired; each audited with the console user and the reason.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys
MKT_CUSTOMERS=10
sed -i "s|^  http_listen = .*|&\n  console_addr_failures = 100|" "$GF_CONF"
TFILE=$T/terminals
: >"$TFILE"; chmod 0600 "$TFILE"
TS=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --timeout 20000)
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
echo "Admin-password-1" | G user add --id adm --name 管理员 --roles admin >>"$T/log/gfctl.out" 2>&1 || fail "add adm"
echo "Auditor-password-2" | G user add --id aud --name 审计员 --roles auditor >>"$T/log/gfctl.out" 2>&1 || fail "add aud"
echo "Cashier-password-3" | G user add --id cas --name 收款员 --roles cashier >>"$T/log/gfctl.out" 2>&1 || fail "add cas"
echo "Dual-password-4" | G user add --id both --name 双角色 --roles auditor,cashier >>"$T/log/gfctl.out" 2>&1 || fail "add both"
G terminal add --id 8613900000900001 --name fixture --suite 1 >>"$T/log/gfctl.out" 2>&1 || fail "terminal add"
G operator add --id OPFIX --name fixture --role collector <<<1357 >>"$T/log/gfctl.out" 2>&1 || fail "operator add"
gf_start_all || gf_done
gf_wait_port "$HTTP_PORT" || { fail "the console listens"; gf_done; }
B="http://127.0.0.1:$HTTP_PORT"

# call WHO METHOD PATH [BODY]: prints "STATUS BODY" (compact JSON)
call() {
	local who=$1 m=$2 p=$3 body=${4:-}
	local args=(-s -o "$T/body" -w '%{http_code}' -X "$m" -b "$T/jar.$who" -c "$T/jar.$who")
	if [ "$m" = POST ]; then
		args+=(-H 'Content-Type: application/json' -H "X-CSRF-Token: ${CSRF[$who]:-none}" --data "${body:-{\}}")
	fi
	code=$(curl "${args[@]}" "$B$p")
	echo "$code $(jq -c . "$T/body" 2>/dev/null || cat "$T/body")"
}
declare -A CSRF=() PW=([adm]=Admin-password-1 [aud]=Auditor-password-2 [cas]=Cashier-password-3 [both]=Dual-password-4)
for u in adm aud cas both; do
	r=$(call "$u" POST /api/login "{\"id\":\"$u\",\"password\":\"${PW[$u]}\"}")
	expect_match "$r" '^200 ' "$u logs in"
	CSRF[$u]=$(sed 's/^200 //' <<<"$r" | jq -r .csrf)
done

# The matrix: METHOD PATH ROLES-ALLOWED BODY (a body that would succeed).
A=adm; R="adm aud both"; ALL="adm aud cas both"
while IFS='|' read -r m p allowed body; do
	[ -n "$m" ] || continue
	r=$(call anon "$m" "$p" "$body"); expect_match "$r" "^401 " "anonymous $m $p: 401"
	for u in adm aud cas both; do
		r=$(call "$u" "$m" "$p" "$body")
		if [[ " ${!allowed} " == *" $u "* ]]; then
			expect_match "$r" "^(200|400|404|409) " "$u may $m $p"
		else
			expect_match "$r" '^403 \{"error":"forbidden"' "$u may not $m $p"
		fi
	done
done <<'EOF'
GET|/api/me|ALL|
GET|/api/session|ALL|
GET|/api/outbox|R|
GET|/api/outbox/1|R|
POST|/api/outbox/1/resend|A|{"set":{"note":"x"},"reason":"matrix"}
POST|/api/outbox/1/close|A|{"reason":"matrix"}
GET|/api/status|ALL|
GET|/api/alarms?state=all|ALL|
GET|/api/audit|R|
GET|/api/terminals|R|
GET|/api/terminals/8613900000900001|R|
GET|/api/operators|R|
GET|/api/users|A|
POST|/api/alarms/1/ack|A|{"note":"x"}
POST|/api/terminals|A|{"id":"8613900000900009","name":"x","suite":1,"reason":"matrix"}
POST|/api/terminals/8613900000900001/rename|A|{"name":"renamed","reason":"matrix"}
POST|/api/terminals/8613900000900001/rebind|A|{"sim_ip":"127.0.1.99","reason":"matrix"}
POST|/api/terminals/8613900000900001/move|A|{"org":"SC09","reason":"matrix"}
POST|/api/terminals/8613900000900001/disable|A|{"reason":"matrix"}
POST|/api/terminals/8613900000900001/enable|A|{"reason":"matrix"}
POST|/api/terminals/8613900000900002/retire|A|{"reason":"matrix"}
POST|/api/operators|A|{"id":"OPMAT","name":"x","role":"collector","reason":"matrix"}
POST|/api/operators/OPFIX/role|A|{"role":"reader","reason":"matrix"}
POST|/api/operators/OPFIX/reset-pin|A|{"reason":"matrix"}
POST|/api/operators/OPFIX/lock|A|{"reason":"matrix"}
POST|/api/operators/OPFIX/unlock|A|{"reason":"matrix"}
POST|/api/operators/OPNONE/retire|A|{"reason":"matrix"}
POST|/api/users|A|{"id":"matx","name":"x","roles":["auditor"],"password":"Matrix-pass-99"}
POST|/api/users/both/roles|A|{"roles":["auditor","cashier"]}
POST|/api/users/nobody/lock|A|{}
POST|/api/users/nobody/unlock|A|{}
POST|/api/users/nobody/password|A|{"password":"Matrix-pass-98"}
EOF
# What the refused roles tried changed nothing; the audit log has no
# console row but the administrator's (and the logins).
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE actor IN ('console:aud', 'console:cas', 'console:both') AND action <> 'console login'")" "0" \
	"no change by a refused role"
r=$(call adm GET /api/nowhere);           expect_match "$r" '^404 ' "an unknown API: 404"
r=$(call adm POST /api/status);           expect_match "$r" '^405 ' "a wrong method: 405"
r=$(call adm GET "/api/terminals/86139%2F1"); expect_match "$r" '^404 ' "a strange path parameter: 404"
r=$(call adm GET "/api/audit?size=501");  expect_match "$r" '^400 ' "size beyond 500: 400"
r=$(call adm GET "/api/audit?size=2&page=2"); expect_match "$r" '^200 \{"total":[0-9]+,"page":2,"size":2,"rows":\[\{.*\},\{' "paging: page 2 of size 2"

# ---- terminals end to end ----
T1=8613900000900101
r=$(call adm POST /api/terminals "{\"id\":\"$T1\",\"name\":\"东区一号\",\"org\":\"SC01\",\"suite\":1,\"keyver\":1,\"sim_ip\":\"127.0.1.61\"}")
expect_match "$r" '^400 .*reason' "adding a terminal needs a reason"
r=$(call adm POST /api/terminals "{\"id\":\"$T1\",\"name\":\"东区一号\",\"org\":\"SC01\",\"suite\":1,\"keyver\":1,\"sim_ip\":\"127.0.1.61\",\"reason\":\"新设备\"}")
expect_match "$r" '^200 ' "admin adds a terminal"
r=$(call adm POST /api/terminals "{\"id\":\"$T1\",\"name\":\"x\",\"suite\":1,\"reason\":\"again\"}")
expect_match "$r" '^409 ' "the same terminal again: 409"
r=$(call adm POST /api/terminals '{"id":"12","name":"x","suite":1,"reason":"bad"}')
expect_match "$r" '^409 .*16 digits' "a bad terminal id: refused with the rule"
r=$(call aud GET "/api/terminals?q=$T1");  expect_match "$r" "^200 \\{\"total\":1,.*\"sim_ip\":\"127.0.1.61\"" "the auditor finds the terminal"
keys=$(G terminal keys "$T1" | awk '$1 == "enc" { e = $2 } $1 == "mac" { m = $2 } END { print e, m }')

# ---- operators end to end ----
r=$(call adm POST /api/operators '{"id":"OPC1","name":"收费员一","org":"SC01","role":"collector","reason":"入职"}')
expect_match "$r" '^200 \{"ok":true,"pin":"[0-9]{6}"\}' "admin adds an operator; the PIN is shown"
PIN1=$(sed 's/^200 //' <<<"$r" | jq -r .pin)
expect_eq "$(gf_sql "SELECT pin_hash LIKE 'pbkdf2-sha256\$%' AND pin_hash NOT LIKE '%$PIN1%' FROM operators WHERE id = 'OPC1'")" "t" "only the PIN's hash is stored"
r=$(call adm GET /api/operators);         if grep -q "$PIN1\|pin_hash" <<<"$r"; then fail "the list shows no PIN or hash"; else ok "the list shows no PIN or hash"; fi
echo "$T1 1 1 127.0.1.61 $keys OPC1 $PIN1 collector" >"$TFILE"
gf_wait_for 30 "${TS[@]}" call --terminal "$T1" ECHO || fail "the new terminal and operator never answered ECHO"
out=$("${TS[@]}" call --terminal "$T1" SIGN_ON 2>&1)
expect_match "$out" "SIGN_ON: OK" "the added terminal signs the added operator on with the PIN shown"

r=$(call adm POST "/api/terminals/$T1/rename" '{"name":"东区二号","reason":"换区"}');  expect_match "$r" '^200 ' "rename"
r=$(call adm POST "/api/terminals/$T1/move" '{"org":"SC02","reason":"调拨"}');      expect_match "$r" '^200 ' "move"
expect_eq "$(gf_sql "SELECT name || ' ' || org FROM terminals WHERE id = '$T1'")" "东区二号 SC02" "renamed and moved"
r=$(call adm POST "/api/terminals/$T1/rebind" '{"sim_ip":"not-an-ip","reason":"x"}'); expect_match "$r" '^400 ' "a bad address: 400"
r=$(call adm POST "/api/terminals/$T1/rebind" '{"sim_ip":"127.0.1.62","reason":"换SIM卡"}'); expect_match "$r" '^200 ' "rebind"
mism=0
for i in $(seq 1 40); do
	out=$("${TS[@]}" call --terminal "$T1" ECHO 2>&1)
	if grep -q "IP_MISMATCH" <<<"$out"; then mism=1; break; fi
	sleep 0.25
done
expect_eq "$mism" "1" "after the rebind a frame from the old address is refused IP_MISMATCH"
sed -i "s/ 127.0.1.61 / 127.0.1.62 /" "$TFILE"
out=$("${TS[@]}" call --terminal "$T1" ECHO 2>&1); expect_match "$out" "ECHO: OK" "from the new address it answers"

r=$(call adm POST /api/operators/OPC1/reset-pin '{"reason":"忘记密码"}')
expect_match "$r" '^200 \{"ok":true,"pin":"[0-9]{6}"\}' "reset-pin shows a new PIN"
PIN2=$(sed 's/^200 //' <<<"$r" | jq -r .pin)
out=$("${TS[@]}" call --terminal "$T1" SIGN_ON 2>&1)
if grep -q "SIGN_ON: OK" <<<"$out" || ! grep -q "SIGN_ON" <<<"$out"; then fail "the old PIN no longer signs on ($out)"; else ok "the old PIN no longer signs on"; fi
sed -i "s/ $PIN1 / $PIN2 /" "$TFILE"
out=$("${TS[@]}" call --terminal "$T1" SIGN_ON 2>&1); expect_match "$out" "SIGN_ON: OK" "the new PIN signs on"
r=$(call adm POST /api/operators/OPC1/role '{"role":"reader","reason":"转岗"}'); expect_match "$r" '^200 ' "operator role"
expect_eq "$(gf_sql "SELECT role FROM operators WHERE id = 'OPC1'")" "reader" "the role changed"
r=$(call adm POST /api/operators/OPC1/lock '{"reason":"离岗"}');   expect_match "$r" '^200 ' "operator lock"
expect_eq "$(gf_sql "SELECT locked FROM operators WHERE id = 'OPC1'")" "t" "locked"
r=$(call adm POST /api/operators/OPC1/unlock '{"reason":"复岗"}'); expect_match "$r" '^200 ' "operator unlock"
r=$(call adm POST /api/operators/OPC1/retire '{"reason":"离职"}'); expect_match "$r" '^200 ' "operator retire"
r=$(call adm POST /api/operators/OPC1/unlock '{"reason":"x"}');    expect_match "$r" '^409 ' "a retired operator cannot be unlocked"

r=$(call adm POST "/api/terminals/$T1/disable" '{"reason":"维修"}'); expect_match "$r" '^200 ' "disable"
expect_eq "$(gf_sql "SELECT enabled FROM terminals WHERE id = '$T1'")" "f" "disabled"
r=$(call adm POST "/api/terminals/$T1/enable" '{"reason":"修好"}');  expect_match "$r" '^200 ' "enable"
r=$(call adm POST "/api/terminals/$T1/retire" '{"reason":"报废"}');  expect_match "$r" '^200 ' "retire"
r=$(call adm POST "/api/terminals/$T1/rename" '{"name":"x","reason":"x"}'); expect_match "$r" '^409 .*retired' "a retired terminal cannot be renamed"
r=$(call aud GET "/api/terminals/$T1")
expect_match "$r" '^200 .*"retired":true' "the terminal page shows it retired"
for a in "terminal add" "terminal rename" "terminal move" "terminal rebind" "terminal disable" "terminal enable" "terminal retire"; do
	expect_match "$r" "\"actor\":\"console:adm\",\"action\":\"$a\"" "its history shows $a by the console user"
done
expect_eq "$(gf_sql "SELECT detail->>'reason' FROM audit_log WHERE object = '$T1' AND action = 'terminal rebind'")" "换SIM卡" "the reason is audited"
r=$(call aud GET /api/terminals/8613900000999999); expect_match "$r" '^404 ' "an unknown terminal: 404"
gf_done
