#!/usr/bin/env bash
# cost: 60
# The console's bank routes (appsrv/console_bank.c, console_office.c):
# every new route for anonymous, auditor, cashier and admin (401, or 403
# with nothing changed), the bank registry and the collection window
# changed over HTTP (each change the function gfctl bank calls, audited
# under console:<user>), bad input refused; a bank's reconciliation day
# reviewed, resolved and signed off over HTTP by the maker-checker rules of
# the marketing one, locked on its own; statistics by channel and today's
# money by channel.  Data: the back-office fixture, a bank and its day.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_psql -q -v ON_ERROR_STOP=1 -f "$GF_SRC/tests/integration/backoffice/fixture.sql" ||
	{ fail "fixture"; gf_done; }
B="http://127.0.0.1:$HTTP_PORT"
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
pw() { echo "Bank-Pass-$(echo -n "$1" | md5sum | cut -c1-8)-Z9"; }
for u in aud1:auditor aud2:auditor adm:admin cas:cashier; do
	pw "${u%%:*}" | G user add --id "${u%%:*}" --name "${u%%:*}" --roles "${u#*:}" \
		>>"$T/log/gfctl.out" 2>&1 || fail "gfctl user add ${u%%:*}"
done
# Bank 0102 with yesterday's collections and a reconciliation of its day
# file: BS1 matched, BS2 station-only, BS3 bank-only (as ifsvc stores a run).
gf_sql "INSERT INTO banks (bankno, name, addrs, suite) VALUES ('0102', '测试银行', '{10.1.2.3}', 1);
INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial, operator_id, customer_no,
    func, trcode, amount, pay_mode, state, mkt_serial, channel, bankno)
  VALUES ('SC01K0001', current_date - 1, 'BANK0102', 'BS1', 'BANK0102', '5100000001', 'PAYMENT', 1002, 1000, 4, 'SUCCESS', 'MK1', 'BANK', '0102'),
         ('SC01K0002', current_date - 1, 'BANK0102', 'BS2', 'BANK0102', '5100000002', 'PAYMENT', 1002, 2000, 4, 'SUCCESS', 'MK2', 'BANK', '0102'),
         ('SC01K0003', current_date, 'BANK0102', 'BS9', 'BANK0102', '5100000009', 'PAYMENT', 1002, 900, 4, 'SUCCESS', 'MK9', 'BANK', '0102');
INSERT INTO recon_runs (recon_date, source, state, finished_at, file_sha256, raw_file, remote_count, remote_total, local_count, local_total)
  VALUES (current_date - 1, '0102', 'DONE', now(), encode(sha256(convert_to(E'H|0102|x|2|1500\nD|BS1|5100000001|1000|OK|090000\nD|BS3|5100000003|500|OK|091500\n', 'UTF8')), 'hex'),
          E'H|0102|x|2|1500\nD|BS1|5100000001|1000|OK|090000\nD|BS3|5100000003|500|OK|091500\n', 2, 1500, 2, 3000);
INSERT INTO recon_diffs (run_id, category, stserial, l_state, l_expected, l_amount, l_operator_id, l_term_serial, l_stserial, r_custno, r_amount, r_status, r_txtime)
  SELECT (SELECT max(id) FROM recon_runs WHERE source = '0102'), c, s, ls, le, la, lo, lt, lst, rc, ra, rs, rt FROM (VALUES
    ('LOCAL_ONLY', 'BS2', 'SUCCESS', 'OK', 2000::bigint, 'BANK0102', 'BS2', 'SC01K0002', NULL, NULL::bigint, NULL, NULL),
    ('REMOTE_ONLY', 'BS3', NULL, NULL, NULL, NULL, NULL, NULL, '5100000003', 500, 'OK', '091500')) v(c, s, ls, le, la, lo, lt, lst, rc, ra, rs, rt)" >/dev/null ||
	fail "bank fixture"
gf_start appsrv || gf_done
gf_wait_port "$HTTP_PORT" || { fail "the console listens"; gf_done; }

req() {
	local who=$1 m=$2 p=$3 body=${4:-}
	local args=(-s -o "$T/body" -w '%{http_code}' -X "$m" -b "$T/jar.$who" -c "$T/jar.$who")
	[ -f "$T/csrf.$who" ] && args+=(-H "X-CSRF-Token: $(cat "$T/csrf.$who")")
	[ "$m" = POST ] && args+=(-H 'Content-Type: application/json' --data "${body:-{\}}")
	code=$(curl "${args[@]}" "$B$p")
	echo "$code $(jq -c . "$T/body" 2>/dev/null || head -c 2000 "$T/body")"
}
for who in aud1 aud2 adm cas; do
	for i in $(seq 50); do
		r=$(req "$who" POST /api/login "{\"id\":\"$who\",\"password\":\"$(pw "$who")\"}")
		[[ "$r" == 503* ]] || break; sleep 0.2
	done
	sed 's/^200 //' <<<"$r" | jq -r .csrf >"$T/csrf.$who"
	expect_match "$r" '^200 ' "$who logs in"
done
D0=$(gf_sql "SELECT to_char(current_date, 'YYYYMMDD')")
D1=$(gf_sql "SELECT to_char(current_date - 1, 'YYYYMMDD')")

# What the refused calls must leave as it was.
snapshot() { gf_sql "SELECT md5(string_agg(b::text, ',' ORDER BY bankno)) FROM banks b"; gf_sql "SELECT count(*) FROM bank_windows"; gf_sql "SELECT count(*) FROM audit_log"; gf_sql "SELECT count(*) FROM recon_resolutions"; }
check_roles() {	# check_roles METHOD PATH BODY ALLOWED_ROLES...
	local m=$1 p=$2 body=$3 who r; shift 3
	for who in aud1 adm cas; do
		[[ " $* " == *" $who "* ]] && continue
		r=$(req "$who" "$m" "$p" "$body")
		expect_match "$r" '^403 \{"error":"forbidden"' "$m $p: $who refused"
	done
	r=$(req anon "$m" "$p" "$body"); expect_match "$r" '^401 ' "$m $p: no session, 401"
	for who in "$@"; do
		r=$(req "$who" "$m" "$p" "$body")
		[[ "$r" =~ ^(401|403) ]] && fail "$m $p: $who is refused ($r)" || ok "$m $p: $who allowed (${r%% *})"
	done
}
before=$(snapshot)
check_roles GET "/api/banks" "" adm
check_roles GET "/api/banks/0102" "" adm
check_roles GET "/api/bank-windows" "" adm
check_roles GET "/api/recon/$D1/sources" "" aud1 adm
check_roles GET "/api/recon/$D1?source=0102" "" aud1 adm
check_roles GET "/api/recon/days?source=*" "" aud1 adm
# POSTs: only the refused roles here (the admin's changes follow, checked).
for rt in "POST /api/banks {\"bankno\":\"0999\",\"name\":\"x\",\"addrs\":[\"10.0.0.9\"],\"suite\":1,\"reason\":\"x\"}" \
	  "POST /api/banks/0102/disable {\"reason\":\"x\"}" \
	  "POST /api/banks/0102/enable {\"reason\":\"x\"}" \
	  "POST /api/banks/0102/rebind {\"addrs\":[\"10.9.9.9\"],\"reason\":\"x\"}" \
	  "POST /api/bank-windows/SC01 {\"first_day\":1,\"last_day\":20,\"opens\":\"08:00\",\"closes\":\"18:00\",\"reason\":\"x\"}"; do
	set -- $rt
	for who in aud1 cas; do
		r=$(req "$who" POST "$2" "$3"); expect_match "$r" '^403 \{"error":"forbidden"' "POST $2: $who refused"
	done
	r=$(req anon POST "$2" "$3"); expect_match "$r" '^401 ' "POST $2: no session, 401"
done
r=$(req cas POST "/api/recon/$D1/diffs/BS2/resolve" '{"reason":"OTHER","note":"x","source":"0102"}'); expect_match "$r" '^403 ' "a cashier cannot resolve a bank difference"
r=$(req adm POST "/api/recon/$D1/diffs/BS2/resolve" '{"reason":"OTHER","note":"x","source":"0102"}'); expect_match "$r" '^403 ' "nor an admin"
expect_eq "$(snapshot)" "$before" "the refused calls changed nothing (banks, windows, audit, resolutions)"

# ---- the registry over HTTP (admin) ----
r=$(req adm GET "/api/banks"); expect_eq "$(sed 's/^200 //' <<<"$r" | jq -c '[.rows[] | [.bankno, .name, .addrs]]')" '[["0102","测试银行",["10.1.2.3"]]]' "the admin lists the banks"
r=$(req adm POST /api/banks '{"bankno":"0305","name":"新银行","addrs":"10.3.0.5, 10.3.0.6","suite":2,"reason":"新签约"}')
expect_match "$r" '^200 \{"ok":true' "the admin adds a bank"
expect_eq "$(gf_sql "SELECT name || ' ' || suite || ' ' || addrs::text || ' ' || enabled FROM banks WHERE bankno = '0305'")" "新银行 2 {10.3.0.5,10.3.0.6} true" "registered as given"
expect_eq "$(gf_sql "SELECT actor || ' ' || (detail->>'reason') FROM audit_log WHERE action = 'bank add' AND object = '0305'")" "console:adm 新签约" "audited with the admin and the reason"
r=$(req adm POST /api/banks '{"bankno":"0305","name":"again","addrs":["10.3.0.7"],"suite":1,"reason":"x"}'); expect_match "$r" '^409 ' "the same number again: 409"
r=$(req adm POST /api/banks '{"bankno":"12a4","name":"x","addrs":["10.3.0.7"],"suite":1,"reason":"x"}'); expect_match "$r" '^400 ' "a bad bank number: 400"
r=$(req adm POST /api/banks '{"bankno":"0400","name":"x","addrs":["10.0.0.1}"],"suite":1,"reason":"x"}'); expect_match "$r" '^400 ' "an address that is not one: 400"
r=$(req adm POST /api/banks '{"bankno":"0400","name":"x","addrs":["10.0.0.1"],"suite":3,"reason":"x"}'); expect_match "$r" '^400 ' "a bad suite: 400"
r=$(req adm POST /api/banks '{"bankno":"0400","name":"x","addrs":["10.0.0.1"],"suite":1}'); expect_match "$r" '^400 ' "no reason: 400"
expect_eq "$(gf_sql "SELECT count(*) FROM banks")" "2" "nothing registered by the refused adds"
r=$(req adm POST /api/banks/0305/rebind '{"addrs":["10.3.1.1"],"reason":"换专线"}'); expect_match "$r" '^200 ' "the admin rebinds its addresses"
expect_eq "$(gf_sql "SELECT addrs::text FROM banks WHERE bankno = '0305'")" "{10.3.1.1}" "to the new address"
r=$(req adm POST /api/banks/0305/disable '{"reason":"暂停合作"}'); expect_match "$r" '^200 ' "the admin disables it"
r=$(req adm POST /api/banks/0305/disable '{"reason":"again"}'); expect_match "$r" '^409 ' "disabled twice: 409"
r=$(req adm POST /api/banks/0305/enable '{"reason":"恢复"}'); expect_match "$r" '^200 ' "and enables it again"
r=$(req adm POST /api/banks/0999/enable '{"reason":"x"}'); expect_match "$r" '^404 ' "an unknown bank: 404"
expect_eq "$(gf_sql "SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE object = '0305' AND actor = 'console:adm'")" "bank add,bank rebind,bank disable,bank enable" "each change audited in order"
r=$(req adm GET "/api/banks/0102"); expect_match "$r" '"days":\[\{"date":"'"$D0"'","count":1,"amount":900\},\{"date":"'"$D1"'","count":2,"amount":3000\}\]' "a bank's page shows its recent collections"

# ---- the collection window (admin) ----
r=$(req adm POST /api/bank-windows/SC01 '{"first_day":1,"last_day":20,"opens":"08:00","closes":"18:00","reason":"营业时间"}')
expect_match "$r" '^200 ' "the admin sets SC01's window"
expect_eq "$(gf_sql "SELECT first_day || '-' || last_day || ' ' || opens || '-' || closes FROM bank_windows WHERE org = 'SC01'")" "1-20 08:00:00-18:00:00" "stored"
r=$(req adm POST /api/bank-windows/SC01 '{"first_day":21,"last_day":20,"reason":"x"}'); expect_match "$r" '^409 ' "first after last: refused"
r=$(req adm POST /api/bank-windows/SC01 '{"first_day":1,"last_day":20,"opens":"8h","reason":"x"}'); expect_match "$r" '^400 ' "a bad time: 400"
r=$(req adm GET /api/bank-windows)
expect_match "$r" '\{"org":"SC01","window":true,"first_day":1,"last_day":20,"opens":"08:00","closes":"18:00"' "the calendar shows SC01's window"
expect_match "$r" '\{"org":"SC02","window":false' "and SC02 without one (always open)"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action = 'bank window' AND object = 'SC01' AND actor = 'console:adm'")" "1" "the window change is audited"

# ---- a bank's reconciliation day over HTTP ----
r=$(req aud1 GET "/api/recon/$D1/sources")
expect_eq "$(sed 's/^200 //' <<<"$r" | jq -c '[.rows[] | [.source, .state, .station_count, .station_amount]]')" '[["MI1","DIFFERENCES",null,null],["0102","DIFFERENCES",2,3000]]' "the day's sources side by side, with the bank's collections"
r=$(req aud1 GET "/api/recon/$D1?source=0102")
expect_eq "$(sed 's/^200 //' <<<"$r" | jq -c '[.diffs.rows[] | [.category, .stserial, .station.stserial, .market.line]]')" '[["LOCAL_ONLY","BS2","SC01K0002",null],["REMOTE_ONLY","BS3",null,"D|BS3|5100000003|500|OK|091500"]]' "each bank difference with the station's record and the file's line"
r=$(req aud1 GET "/api/recon/$D1?source=MI9"); expect_match "$r" '^400 ' "a bad source: 400"
r=$(req aud1 GET "/api/recon/days?source=*&from=$D1&to=$D1"); expect_eq "$(sed 's/^200 //' <<<"$r" | jq -c '[.rows[] | .source]')" '["MI1","0102"]' "the days of every source"
curl -s -b "$T/jar.aud1" -o "$T/bd.txt" "$B/api/recon/$D1/file?source=0102"
expect_eq "$(sha256sum "$T/bd.txt" | cut -c1-64)" "$(gf_sql "SELECT file_sha256 FROM recon_runs WHERE source = '0102'")" "the bank file downloads with its SHA-256"
for s in BS2:SETTLED_LATER BS3:OTHER; do
	r=$(req aud1 POST "/api/recon/$D1/diffs/${s%%:*}/resolve" "{\"reason\":\"${s#*:}\",\"note\":\"银行差异 ${s%%:*}\",\"source\":\"0102\"}")
	expect_match "$r" '^200 .*"source":"0102"' "auditor 1 resolves bank difference ${s%%:*}"
done
r=$(req aud1 POST "/api/recon/$D1/diffs/SC01A0002/resolve" '{"reason":"OTHER","note":"x","source":"0102"}'); expect_match "$r" '^404 ' "a marketing difference is not the bank's: 404"
r=$(req aud1 POST "/api/recon/$D1/signoff" '{"note":"x","source":"0102"}'); expect_match "$r" '^409 \{"error":"conflict"' "the maker cannot sign the bank day"
r=$(req aud2 POST "/api/recon/$D1/signoff" '{"note":"复核","source":"0102"}'); expect_match "$r" '^200 .*"SIGNED"' "auditor 2 signs the bank day off"
r=$(req aud2 POST "/api/recon/$D1/signoff" '{"note":"x"}'); expect_match "$r" '^409 ' "the marketing day still has open differences"
r=$(req aud1 POST "/api/recon/$D1/diffs/BS2/resolve" '{"reason":"OTHER","note":"late","source":"0102"}'); expect_match "$r" '^423 ' "the signed bank day is locked: 423"
r=$(req aud1 POST "/api/recon/$D1/diffs/SC01A0002/resolve" '{"reason":"OTHER","note":"营销差异"}'); expect_match "$r" '^200 ' "the marketing day of the date is not"
r=$(req adm POST "/api/recon/$D1/reopen" '{"reason":"银行重发文件","source":"0102"}'); expect_match "$r" '^200 .*"REOPENED"' "an admin reopens the bank day"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action = 'recon reopen' AND object = '0102:$D1'")" "1" "audited under bank:date"

r=$(req aud1 GET "/api/tx/SC01K0002")
expect_eq "$(sed 's/^200 //' <<<"$r" | jq -c '[.tx.channel, .tx.bankno, .bank_recon.category, .bank_recon.resolution.reason, .bank_recon.signed]')" '["BANK","0102","LOCAL_ONLY","SETTLED_LATER",false]' "a bank transaction's story shows its bank day's difference and resolution"
r=$(req aud1 GET "/api/tx/SC01K0001"); expect_eq "$(sed 's/^200 //' <<<"$r" | jq -r '.bank_recon.category')" "MATCHED" "and a matched one as matched"

# ---- statistics and today's money by channel ----
r=$(req aud1 GET "/api/stats?from=$D1&to=$D1&by=source")
expect_eq "$(sed 's/^200 //' <<<"$r" | jq -c '[.rows[] | [.key, .label, .count, .amount]]')" '[["TERMINAL","手持终端",6,27550],["BANK","银行代收",2,3000]]' "collections by channel (source), largest first"
r=$(req aud1 GET "/api/stats?from=$D1&to=$D1&by=channel"); expect_match "$r" '"key":"PAYMENT","label":"缴费"' "the TP/1 function dimension stays"
r=$(req aud1 GET "/api/report/daily?date=$D1"); expect_match "$r" '"by_source":\[\{"key":"BANK"[^]]*"amount":3000' "the daily report splits by channel"
r=$(req cas GET "/api/status"); expect_eq "$(sed 's/^200 //' <<<"$r" | jq -cS '.today_by_channel')" '{"BANK":{"collected":900,"count":1},"TERMINAL":{"collected":900,"count":1},"WITHHOLD":{"collected":0,"count":0}}' "today's money by channel"
gf_done
