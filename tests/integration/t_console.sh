#!/usr/bin/env bash
# The web console (appsrv/console.c) with real appsrv and PostgreSQL: login
# with PBKDF2 passwords and lockout, hashed sessions with idle expiry,
# roles (auditor reads, admin acts), CSRF on every POST, admin actions
# audited, logout, and no password or token in the log or the database.
. "$GF_SRC/tests/integration/lib.sh"
CONF_APPSRV_EXTRA='console_idle = 60'
gf_setup
gf_keys
B="http://127.0.0.1:$HTTP_PORT"
APW='admin-password-1'
UPW='auditor-password-2'

echo "$APW" | "$BIN_GFCTL" -f "$GF_CONF" user add --id adm --name "Admin" --role admin >>"$T/log/gfctl.out" 2>&1 ||
	fail "gfctl user add adm"
echo "$UPW" | "$BIN_GFCTL" -f "$GF_CONF" user add --id aud --name "Auditor" --role auditor >>"$T/log/gfctl.out" 2>&1 ||
	fail "gfctl user add aud"
out=$(echo short | "$BIN_GFCTL" -f "$GF_CONF" user add --id x1 --name x --role admin 2>&1); rc=$?
expect_eq "$rc" "2" "gfctl refuses a short password"
out=$(echo "$APW" | "$BIN_GFCTL" -f "$GF_CONF" user add --id adm --name x --role admin 2>&1)
expect_match "$out" "exists" "gfctl refuses a duplicate user"
"$BIN_GFCTL" -f "$GF_CONF" terminal add --id 8613900000700001 --name con --suite 1 >>"$T/log/gfctl.out" 2>&1 ||
	fail "terminal add"
gf_start appsrv || gf_done
gf_wait_port "$HTTP_PORT" || { fail "the console listens"; gf_done; }
gf_start frontd || gf_done

# curl_ ARGS...: prints "STATUS BODY"; cookies in $T/jar.<who>
req() {	# req WHO METHOD PATH [CSRF] [BODY]
	local who=$1 m=$2 p=$3 csrf=${4:-} body=${5:-}
	local args=(-s -o "$T/body" -w '%{http_code}' -X "$m" -b "$T/jar.$who" -c "$T/jar.$who")
	[ -n "$csrf" ] && args+=(-H "X-CSRF-Token: $csrf")
	[ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data "$body")
	code=$(curl "${args[@]}" "$B$p")
	echo "$code $(cat "$T/body")"
}
login() {	# login WHO ID PASSWORD: sets CSRF_<WHO>
	local r
	r=$(req "$1" POST /api/login "" "{\"id\":\"$2\",\"password\":\"$3\"}")
	echo "$r"
}

r=$(req anon GET /api/summary);           expect_match "$r" "^401 " "no session: 401"
r=$(req anon GET /);                      expect_match "$r" "^200 <!doctype html>" "the page is served"
r=$(login anon aud wrong-password-x);     expect_match "$r" "^401 " "wrong password: 401"
r=$(login anon nobody "$UPW");            expect_match "$r" "^401 " "unknown user: 401"

r=$(login aud aud "$UPW");                expect_match "$r" '^200 .*"role":"auditor"' "auditor logs in"
CSRF_AUD=$(sed 's/^200 //' <<<"$r" | jq -r .csrf)
expect_match "$CSRF_AUD" "^[0-9A-Fa-f]{64}$" "login answers a CSRF token"
expect_match "$(grep -i gfsession "$T/jar.aud")" "gfsession" "login sets the session cookie"
r=$(req aud GET /api/summary);            expect_match "$r" '^200 \{"date"' "auditor reads the summary"
r=$(req aud GET "/api/transactions?date=$(date +%Y%m%d)"); expect_match "$r" '^200 \[' "auditor reads transactions"
r=$(req aud GET /api/recon);              expect_match "$r" '^200 \[' "auditor reads reconciliation runs"
r=$(req aud GET /api/audit);              expect_match "$r" '^200 \[' "auditor reads the audit log"
r=$(req aud GET /api/terminals);          expect_match "$r" "^403 " "auditor may not list terminals"
r=$(req aud POST "/api/terminals/disable?id=8613900000700001" "$CSRF_AUD"); expect_match "$r" "^403 " "auditor may not disable a terminal"
expect_eq "$(gf_sql "SELECT enabled FROM terminals WHERE id='8613900000700001'")" "t" "the terminal is still enabled"

r=$(login adm adm "$APW");                expect_match "$r" '^200 .*"role":"admin"' "admin logs in"
CSRF_ADM=$(sed 's/^200 //' <<<"$r" | jq -r .csrf)
r=$(req adm GET /api/terminals);          expect_match "$r" '^200 \[.*8613900000700001' "admin lists terminals"
r=$(req adm GET /api/metrics);            expect_match "$r" '^200 \[\{"peer":"frontd".*gf_frontd_connections' "admin reads frontd's counters"
r=$(req aud GET /api/metrics);            expect_match "$r" "^403 " "auditor may not read frontd's counters"
r=$(req adm POST "/api/terminals/disable?id=8613900000700001");            expect_match "$r" "^403 " "POST without X-CSRF-Token: 403"
r=$(req adm POST "/api/terminals/disable?id=8613900000700001" "$CSRF_AUD"); expect_match "$r" "^403 " "POST with another session's CSRF token: 403"
expect_eq "$(gf_sql "SELECT enabled FROM terminals WHERE id='8613900000700001'")" "t" "nothing changed without the right CSRF token"
r=$(req adm POST "/api/terminals/disable?id=8613900000700001" "$CSRF_ADM"); expect_match "$r" '^200 ' "admin disables a terminal"
expect_eq "$(gf_sql "SELECT enabled FROM terminals WHERE id='8613900000700001'")" "f" "the terminal is disabled"
expect_eq "$(gf_sql "SELECT actor || ' ' || action FROM audit_log WHERE object='8613900000700001' ORDER BY id DESC LIMIT 1")" \
	"console:adm terminal disable" "the audit log names the admin and the action"
r=$(req adm POST "/api/terminals/disable?id=NOPE" "$CSRF_ADM"); expect_match "$r" "^404 " "unknown terminal: 404"

# The other admin actions, each audited.
"$BIN_GFCTL" -f "$GF_CONF" operator add --id OPX --name x --role collector <<<1234 >>"$T/log/gfctl.out" 2>&1
gf_sql "UPDATE operators SET locked = true, failed_attempts = 5 WHERE id = 'OPX'" >/dev/null
r=$(req adm POST "/api/operators/unlock?id=OPX" "$CSRF_ADM"); expect_match "$r" '^200 ' "admin unlocks an operator"
expect_eq "$(gf_sql "SELECT locked || ' ' || failed_attempts FROM operators WHERE id = 'OPX'")" "false 0" "the operator is unlocked"
aid=$(gf_sql "INSERT INTO alarms (kind, source, detail) VALUES ('BAD_MAC', '127.0.0.9', 'test') RETURNING id" | head -1)
r=$(req aud POST "/api/alarms/ack?id=$aid" "$CSRF_AUD"); expect_match "$r" "^403 " "auditor may not acknowledge an alarm"
r=$(req adm POST "/api/alarms/ack?id=$aid" "$CSRF_ADM"); expect_match "$r" '^200 ' "admin acknowledges an alarm"
expect_eq "$(gf_sql "SELECT acked FROM alarms WHERE id = $aid")" "t" "the alarm is acknowledged"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE actor = 'console:adm' AND action IN ('operator unlock', 'alarm ack')")" "2" "both actions audited"

# Idle expiry: a session unused for longer than console_idle (60 s here) is over.
gf_sql "UPDATE console_sessions SET last_seen = now() - interval '61 seconds' WHERE user_id = 'aud'" >/dev/null
r=$(req aud GET /api/summary);            expect_match "$r" "^401 " "an idle session has expired"
r=$(login aud aud "$UPW");                expect_match "$r" "^200 " "the auditor logs in again"
CSRF_AUD=$(sed 's/^200 //' <<<"$r" | jq -r .csrf)

# Lockout: five wrong passwords, then even the right one fails.
for i in 1 2 3 4 5; do login anon aud "wrong-$i-password" >/dev/null; done
expect_eq "$(gf_sql "SELECT locked FROM console_users WHERE id='aud'")" "t" "five failures lock the user"
r=$(login anon aud "$UPW");               expect_match "$r" "^401 " "a locked user cannot log in"
r=$(req aud GET /api/summary);            expect_match "$r" "^401 " "a locked user's session ends"
"$BIN_GFCTL" -f "$GF_CONF" user unlock aud >>"$T/log/gfctl.out" 2>&1
r=$(login aud aud "$UPW");                expect_match "$r" "^200 " "unlocked, the user logs in again"

# gfctl: a new password ends the user's sessions; so does lock.
echo "auditor-password-3" | "$BIN_GFCTL" -f "$GF_CONF" user passwd aud >>"$T/log/gfctl.out" 2>&1 || fail "gfctl user passwd"
r=$(req aud GET /api/summary);            expect_match "$r" "^401 " "a new password ends the user's sessions"
r=$(login aud aud "$UPW");                expect_match "$r" "^401 " "the old password is refused"
r=$(login aud aud "auditor-password-3");  expect_match "$r" "^200 " "the new password works"
"$BIN_GFCTL" -f "$GF_CONF" user lock aud >>"$T/log/gfctl.out" 2>&1 || fail "gfctl user lock"
r=$(req aud GET /api/summary);            expect_match "$r" "^401 " "gfctl user lock ends the sessions"
expect_match "$("$BIN_GFCTL" -f "$GF_CONF" user list)" "aud +Auditor +auditor +locked" "gfctl user list shows the lock"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action IN ('user add', 'user passwd', 'user lock', 'user unlock')")" "5" "gfctl user changes audited"

# Logout ends the session; the old cookie is refused.
cp "$T/jar.adm" "$T/jar.old"
r=$(req adm POST /api/logout "$CSRF_ADM"); expect_match "$r" "^200 " "logout"
r=$(req old GET /api/summary);            expect_match "$r" "^401 " "the logged-out cookie is refused"

# Only hashes are stored; nothing secret in the log.
expect_match "$(gf_sql "SELECT string_agg(pw_hash, ' ') FROM console_users")" "^pbkdf2-sha256\\\$200000\\\$" "passwords stored as PBKDF2 hashes"
login fin adm "$APW" >/dev/null
tok=$(awk '$6 == "gfsession" { print $7 }' "$T/jar.fin")
expect_match "$tok" "^[0-9A-Fa-f]{64}$" "the session cookie is a 32-byte token"
expect_eq "$(gf_sql "SELECT count(*) FROM console_sessions WHERE encode(token_hash, 'hex') = '$tok'")" "0" "the token itself is not stored"
expect_eq "$(gf_sql "SELECT count(*) FROM console_sessions WHERE token_hash = sha256(decode('$tok', 'hex'))")" "0" "sessions are keyed by a hash"
expect_eq "$(gf_sql "SELECT count(*) FROM console_sessions WHERE token_hash = sha256(convert_to('$tok', 'UTF8'))")" "1" "the stored key is the SHA-256 of the token"
if [ -z "$tok" ] || [ -z "$CSRF_ADM" ] || [ -z "$CSRF_AUD" ]; then
	fail "tokens to look for in the log"
elif grep -qiF -e "$APW" -e "$UPW" -e "$tok" -e "$CSRF_ADM" -e "$CSRF_AUD" "$T/log/appsrv.out"; then
	fail "a password or token appears in appsrv's log"
else ok "no password or token in appsrv's log"; fi
expect_match "$(grep -c 'console: login user=' "$T/log/appsrv.out")" "^[1-9]" "logins are logged (without secrets)"

# appsrv stops while an /api/metrics request waits for frontd's answers:
# a clean exit, nothing leaked (gf_done reads the sanitizer's report).
curl -s -o /dev/null -b "$T/jar.fin" "$B/api/metrics" &
cpid=$!
sleep 0.12	# past the session check, inside the 200 ms wait
gf_stop appsrv
wait "$cpid" 2>/dev/null
expect_match "$(grep -c 'console: login user=' "$T/log/appsrv.out")" "^[1-9]" "appsrv stopped with a console request pending"
gf_done
