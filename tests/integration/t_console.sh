#!/usr/bin/env bash
# cost: 60
# The console (appsrv/console*.c) with real appsrv and PostgreSQL: users
# with roles (gfctl and the API), the password rule, login with PBKDF2
# passwords, hashed sessions rotated at login with idle and absolute
# expiry, CSRF on every POST, roles checked on the server, the security
# headers and cookie flags, static files without traversal, actions
# audited, logout, and no password or token in the log or the database.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
W=$T/www
mkdir -p "$W/js" "$T/secret"
printf '<!doctype html><title>t</title><script src="js/app.js"></script>\n' >"$W/index.html"
printf 'console.log(1);\n' >"$W/js/app.js"
printf 'body{}\n' >"$W/app.css"
printf 'top secret\n' >"$T/secret/file.txt"
ln -s "$T/secret" "$W/link"
ln -s "$T/secret/file.txt" "$W/leak.txt"
# this test's own www folder, short session lifetimes
sed -i "s|^  console_www = .*|  console_www = \"$W\"|" "$GF_CONF"
sed -i "s|^  http_listen = .*|&\n  console_idle = 60\n  console_max_age = 120\n  console_addr_failures = 100|" "$GF_CONF"
gf_keys
B="http://127.0.0.1:$HTTP_PORT"
APW='Admin-password-1'
UPW='Auditor-password-2'

G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
echo "$APW" | G user add --id adm --name "Admin" --roles admin >>"$T/log/gfctl.out" 2>&1 || fail "gfctl user add adm"
echo "$UPW" | G user add --id aud --name "Auditor" --roles auditor >>"$T/log/gfctl.out" 2>&1 || fail "gfctl user add aud"
out=$(echo 'Short-1' | G user add --id x1 --name x --roles admin 2>&1); rc=$?
expect_eq "$rc" "2" "gfctl refuses a short password"
out=$(echo 'alllowercaseletters' | G user add --id x1 --name x --roles admin 2>&1); rc=$?
expect_eq "$rc" "0" "gfctl takes 16 lower-case letters"
G user lock x1 >>"$T/log/gfctl.out" 2>&1 || fail "gfctl user lock x1"
out=$(echo 'lowercase12' | G user add --id x2 --name x --roles admin 2>&1); rc=$?
expect_match "$rc $out" "^2 .*three of" "gfctl refuses a short password of two kinds"
out=$(echo 'My-x3user-Pass1' | G user add --id x3user --name x --roles admin 2>&1); rc=$?
expect_match "$rc $out" "^2 .*user id" "gfctl refuses a password holding the user id"
out=$(echo "$APW" | G user add --id x4 --name x --roles admin,boss 2>&1); rc=$?
expect_eq "$rc" "2" "gfctl refuses an unknown role"
out=$(echo "$APW" | G user add --id adm --name x --roles admin 2>&1)
expect_match "$out" "exists" "gfctl refuses a duplicate user"
echo "Cashier-password-3" | G user add --id cas --name "Cashier" --roles cashier,auditor >>"$T/log/gfctl.out" 2>&1 ||
	fail "gfctl user add with two roles"
expect_eq "$(gf_sql "SELECT array_to_string(roles, ',') FROM console_users WHERE id = 'cas'")" "cashier,auditor" "two roles stored"
G user roles cas cashier >>"$T/log/gfctl.out" 2>&1 || fail "gfctl user roles"
expect_eq "$(gf_sql "SELECT array_to_string(roles, ',') FROM console_users WHERE id = 'cas'")" "cashier" "gfctl user roles sets them"
gf_start appsrv || gf_done
gf_wait_port "$HTTP_PORT" || { fail "the console listens"; gf_done; }
gf_start frontd || gf_done

# req WHO METHOD PATH [CSRF] [BODY]: prints "STATUS BODY"; cookies in $T/jar.WHO
req() {
	local who=$1 m=$2 p=$3 csrf=${4:-} body=${5:-}
	local args=(-s -o "$T/body" -D "$T/head.$who" -w '%{http_code}' -X "$m" -b "$T/jar.$who" -c "$T/jar.$who")
	[ -n "$csrf" ] && args+=(-H "X-CSRF-Token: $csrf")
	[ "$m" = POST ] && args+=(-H 'Content-Type: application/json' --data "${body:-{\}}")
	code=$(curl "${args[@]}" "$B$p")
	echo "$code $(jq -c . "$T/body" 2>/dev/null || cat "$T/body")"
}
login() { req "$1" POST /api/login "" "{\"id\":\"$2\",\"password\":\"$3\"}"; }
csrf_of() { sed 's/^200 //' <<<"$1" | jq -r .csrf; }

r=$(req anon GET /api/me);                expect_match "$r" '^401 \{"error":"unauthenticated"' "no session: 401 with the error code"
r=$(req anon GET /);                      expect_match "$r" "^200 <!doctype html>" "index.html is served at /"
h=$(cat "$T/head.anon")
expect_match "$h" $'[Cc]ontent-[Tt]ype: text/html; charset=utf-8' "html has its Content-Type"
expect_match "$h" "Content-Security-Policy: default-src 'self'; script-src 'self';" "CSP without inline script"
expect_match "$h" "X-Frame-Options: DENY" "X-Frame-Options DENY"
expect_match "$h" "X-Content-Type-Options: nosniff" "nosniff"
expect_match "$h" "Referrer-Policy: no-referrer" "Referrer-Policy"
expect_match "$h" "ETag: \"" "an ETag"
etag=$(sed -n 's/^ETag: \(.*\)\r$/\1/p' "$T/head.anon")
expect_eq "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$B/")" "304" "a matching ETag: 304"
r=$(req anon GET /js/app.js);             expect_match "$r" "^200 console.log" "a script is served"
expect_match "$(cat "$T/head.anon")" "Content-Type: text/javascript; charset=utf-8" "scripts as text/javascript"
r=$(req anon GET /app.css);               expect_match "$(cat "$T/head.anon")" "Content-Type: text/css" "styles as text/css"
for p in /../secret/file.txt /js/../../secret/file.txt /%2e%2e/secret/file.txt /link/file.txt /leak.txt /.hidden.txt "/js/app.js%00.txt" /js; do
	code=$(curl -s --path-as-is -o "$T/body" -w '%{http_code}' "$B$p")
	if [ "$code" = 200 ] || grep -q "top secret" "$T/body"; then fail "traversal $p served ($code)"; else ok "traversal $p refused ($code)"; fi
done
expect_eq "$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: evil.example:80' "$B/api/me")" "400" "a foreign Host is refused (DNS rebinding)"
expect_eq "$(curl -s -o /dev/null -w '%{http_code}' -H "Host: localhost:$HTTP_PORT" "$B/api/me")" "401" "localhost:PORT is accepted"

r=$(login anon aud Wrong-password-x);     expect_match "$r" '^401 \{"error":"unauthenticated","message":"' "wrong password: 401 with a Chinese message"
r=$(login anon nobody "$UPW");            expect_match "$r" "^401 " "unknown user: 401"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: text/plain' --data "{\"id\":\"aud\",\"password\":\"$UPW\"}" "$B/api/login")
expect_eq "$code" "415" "a text/plain login is refused"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H 'Origin: http://evil.example' --data "{\"id\":\"aud\",\"password\":\"$UPW\"}" "$B/api/login")
expect_eq "$code" "403" "a login from a foreign Origin is refused"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H 'Sec-Fetch-Site: cross-site' --data "{\"id\":\"aud\",\"password\":\"$UPW\"}" "$B/api/login")
expect_eq "$code" "403" "a cross-site login (Sec-Fetch-Site) is refused"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H "Origin: http://127.0.0.1:$HTTP_PORT" --data "{\"id\":\"aud\",\"password\":\"$UPW\"}" "$B/api/login")
expect_eq "$code" "200" "a login from our own Origin works"

r=$(login aud aud "$UPW");                expect_match "$r" '^200 .*"roles":\["auditor"\]' "auditor logs in, roles answered"
CSRF_AUD=$(csrf_of "$r")
expect_match "$CSRF_AUD" "^[0-9A-Fa-f]{64}$" "login answers a CSRF token"
sc=$(grep -i '^set-cookie' "$T/head.aud")
expect_match "$sc" "gfsession=[0-9A-F]{64}; Path=/; HttpOnly; SameSite=Strict" "the cookie is HttpOnly and SameSite=Strict"
if grep -qi 'secure' <<<"$sc"; then fail "no Secure flag unless configured"; else ok "no Secure flag unless configured"; fi
r=$(req aud GET /api/me);                 expect_match "$r" '^200 \{"user":"aud","name":"Auditor","roles":\["auditor"\]\}' "auditor reads /api/me"
r=$(req aud GET /api/status);             expect_match "$r" '^200 \{.*"pending_settlements":0' "auditor reads the status"
expect_match "$r" '"outbox":\{"undelivered":0,"parked":0\}' "the status shows the outbox"
for i in 1 2 3 4 5 6 7 8 9 10; do	# frontd answers within the 200 ms wait once linked
	[[ "$r" =~ \"frontd\":\[\{\"peer\":\"frontd ]] && break
	sleep 1; r=$(req aud GET /api/status)
done
expect_match "$r" '"frontd":\[\{"peer":"frontd.*"connected_terminals":0' "the status shows the connected frontd"
r=$(req aud GET /api/audit);              expect_match "$r" '^200 \{"total":[0-9]+,"page":1,"size":50,"rows":\[' "auditor reads the audit log, paged"
r=$(req aud GET /api/users);              expect_match "$r" '^403 \{"error":"forbidden"' "auditor may not list console users"

# Session rotation: a second login from the same browser ends the first session.
cp "$T/jar.aud" "$T/jar.audold"
r=$(login aud aud "$UPW");                expect_match "$r" "^200 " "the auditor logs in again"
CSRF_AUD=$(csrf_of "$r")
r=$(req audold GET /api/me);              expect_match "$r" "^401 " "the session before the login is over (rotation)"
r=$(req aud GET /api/me);                 expect_match "$r" "^200 " "the new session works"

r=$(login adm adm "$APW");                expect_match "$r" '^200 .*"roles":\["admin"\]' "admin logs in"
CSRF_ADM=$(csrf_of "$r")
aid=$(gf_sql "INSERT INTO alarms (kind, source, detail) VALUES ('BAD_MAC', '127.0.0.9', 'test') RETURNING id" | head -1)
r=$(req adm POST "/api/alarms/$aid/ack" "" '{"note":"seen"}');          expect_match "$r" "^403 .*CSRF" "POST without X-CSRF-Token: 403"
r=$(req adm POST "/api/alarms/$aid/ack" "$CSRF_AUD" '{"note":"seen"}'); expect_match "$r" "^403 " "POST with another session's CSRF token: 403"
r=$(req aud POST "/api/alarms/$aid/ack" "$CSRF_AUD" '{"note":"seen"}'); expect_match "$r" "^403 " "auditor may not acknowledge an alarm"
expect_eq "$(gf_sql "SELECT acked FROM alarms WHERE id = $aid")" "f" "nothing changed"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar.adm" -H "X-CSRF-Token: $CSRF_ADM" -H 'Content-Type: text/plain' --data '{"note":"x"}' "$B/api/alarms/$aid/ack")
expect_eq "$code" "415" "a text/plain POST is refused"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar.adm" -H "X-CSRF-Token: $CSRF_ADM" -H 'Content-Type: application/json' -H 'Origin: http://evil.example' --data '{"note":"x"}' "$B/api/alarms/$aid/ack")
expect_eq "$code" "403" "a POST from a foreign Origin is refused"
r=$(req adm POST "/api/alarms/$aid/ack" "$CSRF_ADM" '{}');             expect_match "$r" '^400 .*note' "an acknowledgement needs a note"
r=$(req adm POST "/api/alarms/$aid/ack" "$CSRF_ADM" '{"note":"换了网卡"}'); expect_match "$r" '^200 ' "admin acknowledges an alarm with a note"
expect_eq "$(gf_sql "SELECT acked || ' ' || acked_by || ' ' || ack_note FROM alarms WHERE id = $aid")" "true console:adm 换了网卡" "acknowledged, by whom, with the note"
r=$(req adm POST "/api/alarms/$aid/ack" "$CSRF_ADM" '{"note":"again"}'); expect_match "$r" '^409 ' "acknowledging twice: 409"
r=$(req adm POST "/api/alarms/999999/ack" "$CSRF_ADM" '{"note":"x"}');  expect_match "$r" '^404 ' "an unknown alarm: 404"
r=$(req adm GET "/api/alarms?state=acked");  expect_match "$r" "^200 .*\"id\":$aid,.*\"note\":\"换了网卡\"" "the acknowledged alarm is listed with its note"
r=$(req adm GET "/api/alarms?state=bogus");  expect_match "$r" '^400 ' "a bad filter: 400"
expect_eq "$(gf_sql "SELECT actor || ' ' || action FROM audit_log WHERE object = '$aid' ORDER BY id DESC LIMIT 1")" \
	"console:adm alarm ack" "the audit log names the admin and the action"
r=$(req adm GET "/api/audit?action=alarm%20ack&format=csv")
expect_match "$r" "^200 .*id,actor,action,object,detail,created_at" "the audit log as CSV"
expect_match "$(cat "$T/head.adm")" "Content-Disposition: attachment; filename=\"audit.csv\"" "CSV is an attachment"

# Console users through the API.
r=$(req adm POST /api/users "$CSRF_ADM" '{"id":"new1","name":"新用户","roles":["cashier"],"password":"short"}')
expect_match "$r" '^400 .*10 至 63' "the API applies the password rule"
r=$(req adm POST /api/users "$CSRF_ADM" '{"id":"new1","name":"新用户","roles":["boss"],"password":"New-password-77"}')
expect_match "$r" '^400 ' "an unknown role: 400"
r=$(req adm POST /api/users "$CSRF_ADM" '{"id":"new1","name":"新用户","roles":["cashier","auditor"],"password":"New-password-77"}')
expect_match "$r" '^200 ' "admin adds a console user"
r=$(req adm POST /api/users "$CSRF_ADM" '{"id":"new1","name":"x","roles":["cashier"],"password":"New-password-77"}')
expect_match "$r" '^409 ' "a duplicate user: 409"
r=$(login new1 new1 "New-password-77");  expect_match "$r" '^200 .*"roles":\["cashier","auditor"\]' "the new user logs in"
r=$(req adm POST /api/users/new1/roles "$CSRF_ADM" '{"roles":["auditor"]}'); expect_match "$r" '^200 ' "admin changes the roles"
r=$(req new1 GET /api/me);                expect_match "$r" '"roles":\["auditor"\]' "the roles hold at once"
r=$(req adm POST /api/users/adm/roles "$CSRF_ADM" '{"roles":["auditor"]}'); expect_match "$r" '^409 .*no administrator' "the last administrator keeps the role"
r=$(req adm POST /api/users/new1/password "$CSRF_ADM" '{"password":"Another-pass-88"}'); expect_match "$r" '^200 ' "admin sets a password"
r=$(req new1 GET /api/me);                expect_match "$r" "^401 " "a new password ends the user's sessions"
r=$(login new1 new1 "Another-pass-88");  expect_match "$r" "^200 " "the new password works"
r=$(req adm POST /api/users/new1/lock "$CSRF_ADM");   expect_match "$r" '^200 ' "admin locks a user"
r=$(req new1 GET /api/me);                expect_match "$r" "^401 " "a lock ends the user's sessions"
r=$(login new1 new1 "Another-pass-88");  expect_match "$r" "^423 " "a locked user with the right password hears 423"
r=$(req adm POST /api/users/new1/unlock "$CSRF_ADM"); expect_match "$r" '^200 ' "admin unlocks"
r=$(login new1 new1 "Another-pass-88");  expect_match "$r" "^200 " "unlocked, the user logs in"
r=$(req adm GET /api/users);              expect_match "$r" '^200 \{"total":[0-9]+.*"id":"new1"' "admin lists the users"
if grep -q pw_hash "$T/body"; then fail "the user list shows no hash"; else ok "the user list shows no hash"; fi
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE actor = 'console:adm' AND action IN ('user add', 'user roles', 'user passwd', 'user lock', 'user unlock')")" "5" "user changes audited"

# Idle and absolute expiry.
gf_sql "UPDATE console_sessions SET last_seen = now() - interval '61 seconds' WHERE user_id = 'aud'" >/dev/null
r=$(req aud GET /api/me);                 expect_match "$r" "^401 " "an idle session has expired"
r=$(login aud aud "$UPW");                expect_match "$r" "^200 " "the auditor logs in again"
gf_sql "UPDATE console_sessions SET created_at = now() - interval '121 seconds' WHERE user_id = 'aud'" >/dev/null
r=$(req aud GET /api/me);                 expect_match "$r" "^401 " "a session past its absolute lifetime has expired, even in use"
r=$(login aud aud "$UPW");                expect_match "$r" "^200 " "the auditor logs in again"
CSRF_AUD=$(csrf_of "$r")

# gfctl: a new password ends the user's sessions; so does lock.
echo "Auditor-password-3" | G user passwd aud >>"$T/log/gfctl.out" 2>&1 || fail "gfctl user passwd"
r=$(req aud GET /api/me);                 expect_match "$r" "^401 " "gfctl user passwd ends the sessions"
r=$(login aud aud "$UPW");                expect_match "$r" "^401 " "the old password is refused"
r=$(login aud aud "Auditor-password-3");  expect_match "$r" "^200 " "the new password works"
G user lock aud >>"$T/log/gfctl.out" 2>&1 || fail "gfctl user lock"
r=$(req aud GET /api/me);                 expect_match "$r" "^401 " "gfctl user lock ends the sessions"
expect_match "$(G user list)" "aud +Auditor +auditor +locked" "gfctl user list shows the lock"
G user unlock aud >>"$T/log/gfctl.out" 2>&1 || fail "gfctl user unlock"

# Logout ends the session; the old cookie is refused.
cp "$T/jar.adm" "$T/jar.old"
r=$(req adm POST /api/logout "$CSRF_ADM"); expect_match "$r" "^200 " "logout"
r=$(req old GET /api/me);                 expect_match "$r" "^401 " "the logged-out cookie is refused"

# Only hashes are stored; nothing secret in the log.
expect_match "$(gf_sql "SELECT string_agg(pw_hash, ' ') FROM console_users")" "^pbkdf2-sha256\\\$200000\\\$" "passwords stored as PBKDF2 hashes"
login fin adm "$APW" >/dev/null
tok=$(awk '$6 == "gfsession" { print $7 }' "$T/jar.fin")
expect_match "$tok" "^[0-9A-Fa-f]{64}$" "the session cookie is a 32-byte token"
expect_eq "$(gf_sql "SELECT count(*) FROM console_sessions WHERE encode(token_hash, 'hex') = lower('$tok')")" "0" "the token itself is not stored"
expect_eq "$(gf_sql "SELECT count(*) FROM console_sessions WHERE token_hash = sha256(convert_to('$tok', 'UTF8'))")" "1" "the stored key is the SHA-256 of the token"
if [ -z "$tok" ] || [ -z "$CSRF_ADM" ] || [ -z "$CSRF_AUD" ]; then
	fail "tokens to look for in the log"
elif grep -qiF -e "$APW" -e "$UPW" -e "Another-pass-88" -e "$tok" -e "$CSRF_ADM" -e "$CSRF_AUD" "$T/log/appsrv.out"; then
	fail "a password or token appears in appsrv's log"
else ok "no password or token in appsrv's log"; fi
expect_match "$(grep -c 'console: login user=' "$T/log/appsrv.out")" "^[1-9]" "logins are logged (without secrets)"

# appsrv stops while a /api/status request waits for frontd's answers:
# a clean exit, nothing leaked (gf_done reads the sanitizer's report).
curl -s -o /dev/null -b "$T/jar.fin" "$B/api/status" &
cpid=$!
sleep 0.12	# past the session check, inside the 200 ms wait
gf_stop appsrv
wait "$cpid" 2>/dev/null
expect_match "$(grep -c 'console: login user=' "$T/log/appsrv.out")" "^[1-9]" "appsrv stopped with a console request pending"
gf_done
