#!/usr/bin/env bash
# cost: 60
# The back office's API (appsrv/console_office.c) through appsrv's console:
# every office endpoint for every role, allowed and refused (and 401
# without a session), then the rules over HTTP: maker != checker (409,
# audited), a signed day locked (423, audited) for resolutions and reruns,
# reopen by an admin, collectors' cash over/short and deposit, the raw 9001
# file with its SHA-256, CSV downloads, bad input.  Data: the fixture of
# t_backoffice_sql (tests/integration/backoffice/fixture.sql).
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_psql -q -v ON_ERROR_STOP=1 -f "$GF_SRC/tests/integration/backoffice/fixture.sql" ||
	{ fail "fixture"; gf_done; }
B="http://127.0.0.1:$HTTP_PORT"
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
pw() { echo "Office-Pass-$(echo -n "$1" | md5sum | cut -c1-8)-Z9"; }	# never holds the id
for u in aud1:auditor aud2:auditor adm:admin cas:cashier; do
	pw "${u%%:*}" | G user add --id "${u%%:*}" --name "${u%%:*}" --roles "${u#*:}" \
		>>"$T/log/gfctl.out" 2>&1 || fail "gfctl user add ${u%%:*}"
done
gf_start appsrv || gf_done
gf_wait_port "$HTTP_PORT" || { fail "the console listens"; gf_done; }

# req WHO METHOD PATH [BODY]: prints "STATUS BODY"; the session's cookie in
# $T/jar.WHO, its CSRF token in $T/csrf.WHO.
req() {
	local who=$1 m=$2 p=$3 body=${4:-}
	local args=(-s -o "$T/body" -w '%{http_code}' -X "$m" -b "$T/jar.$who" -c "$T/jar.$who")
	[ -f "$T/csrf.$who" ] && args+=(-H "X-CSRF-Token: $(cat "$T/csrf.$who")")
	[ "$m" = POST ] && args+=(-H 'Content-Type: application/json' --data "${body:-{\}}")
	code=$(curl "${args[@]}" "$B$p")
	echo "$code $(jq -c . "$T/body" 2>/dev/null || head -c 2000 "$T/body")"
}
for who in aud1 aud2 adm cas; do
	for i in $(seq 50); do	# 503 until the console's database connections are up
		r=$(req "$who" POST /api/login "{\"id\":\"$who\",\"password\":\"$(pw "$who")\"}")
		[[ "$r" == 503* ]] || break; sleep 0.2
	done
	sed 's/^200 //' <<<"$r" | jq -r .csrf >"$T/csrf.$who"
	expect_match "$r" '^200 ' "$who logs in"
done
D0=$(gf_sql "SELECT to_char(current_date, 'YYYYMMDD')")
D1=$(gf_sql "SELECT to_char(current_date - 1, 'YYYYMMDD')")
D5=$(gf_sql "SELECT to_char(current_date - 5, 'YYYYMMDD')")

# ---- every endpoint x role ----
# allowed WHO... : each answers without 401/403; the others get 403.
check_roles() {	# check_roles METHOD PATH BODY ALLOWED_ROLES...
	local m=$1 p=$2 body=$3 who r; shift 3
	for who in aud1 adm cas; do
		r=$(req "$who" "$m" "$p" "$body")
		if [[ " $* " == *" $who "* ]]; then
			[[ "$r" =~ ^(401|403) ]] && fail "$m $p: $who is refused ($r)" || ok "$m $p: $who allowed (${r%% *})"
		else
			expect_match "$r" '^403 \{"error":"forbidden"' "$m $p: $who refused"
		fi
	done
	r=$(req anon "$m" "$p" "$body"); expect_match "$r" '^401 ' "$m $p: no session, 401"
}
check_roles GET "/api/recon/days" "" aud1 adm
check_roles GET "/api/recon/$D1" "" aud1 adm
check_roles GET "/api/recon/$D1/file" "" aud1 adm
check_roles GET "/api/cash?date=$D1" "" aud1 adm cas
check_roles GET "/api/cash/in-transit" "" aud1 adm cas
check_roles GET "/api/tx?from=$D5&to=$D0" "" aud1 adm cas
check_roles GET "/api/tx/SC01A0002" "" aud1 adm cas
check_roles GET "/api/stats?from=$D5&to=$D0&by=collector" "" aud1 adm cas
check_roles GET "/api/stats/reading?from=$D5&to=$D0" "" aud1 adm cas
check_roles GET "/api/stats/dunning?from=$D5&to=$D0" "" aud1 adm cas
check_roles GET "/api/report/daily?date=$D1" "" aud1 adm cas
# POSTs: the refused roles change nothing (checked below); the allowed
# role's call here is refused by a rule, never by the role.
check_roles POST "/api/recon/$D1/diffs/NOPE/resolve" '{"reason":"OTHER","note":"x"}' aud1
check_roles POST "/api/recon/$D1/signoff" '{"note":"x"}' aud1
check_roles POST "/api/recon/$D1/reopen" '{"reason":"x"}' adm
check_roles POST "/api/recon/$D5/rerun" '{}' aud1 adm
check_roles POST "/api/cash/C1/$D0/handin" '{"counted":900}' cas
check_roles POST "/api/cash/C1/$D1/deposit" '{"slip_no":"S1","bank":"b","amount":1}' cas
expect_eq "$(gf_sql "SELECT count(*) FROM recon_resolutions") $(gf_sql "SELECT count(*) FROM cash_days") $(gf_sql "SELECT count(*) FROM recon_signoffs")" "0 0 0" "no refused role changed anything"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_requests WHERE recon_date = current_date - 5")" "1" "the allowed rerun was queued (once)"

# ---- reconciliation over HTTP ----
r=$(req aud1 GET "/api/recon/$D1")
expect_match "$r" '"state":"DIFFERENCES"' "the day page shows open differences"
expect_eq "$(sed 's/^200 //' <<<"$r" | jq -c '[.diffs.rows[] | [.stserial, .station.amount, .market.amount]]')" \
	'[["SC01A0002",2550,2500],["SC01A0003",3000,null],["SC01X0009",null,900]]' "both sides of each difference"
curl -s -b "$T/jar.aud1" -D "$T/fhead" -o "$T/9001.txt" "$B/api/recon/$D1/file"
expect_eq "$(sha256sum "$T/9001.txt" | cut -d' ' -f1)" "$(gf_sql "SELECT file_sha256 FROM recon_runs WHERE recon_date = current_date - 1")" "the downloaded 9001 file matches its SHA-256"
expect_match "$(cat "$T/fhead")" "attachment; filename=\"?recon_${D1}_run" "the file is an attachment"
r=$(req aud1 POST "/api/recon/$D1/diffs/SC01A0002/resolve" '{"reason":"BOGUS","note":"x"}'); expect_match "$r" '^400 ' "a reason outside the list: 400"
r=$(req aud1 POST "/api/recon/$D1/diffs/SC01A0002/resolve" '{"reason":"OTHER"}'); expect_match "$r" '^400 ' "no note: 400"
r=$(req aud1 POST "/api/recon/$D1/diffs/NOPE/resolve" '{"reason":"OTHER","note":"x"}'); expect_match "$r" '^404 ' "an unknown difference: 404"
r=$(req aud1 POST "/api/recon/2026x/diffs/SC01A0002/resolve" '{"reason":"OTHER","note":"x"}'); expect_match "$r" '^400 ' "a bad date: 400"
for d in SC01A0002:MKT_CORRECTION SC01A0003:STATION_FAULT SC01X0009:SETTLED_LATER; do
	r=$(req aud1 POST "/api/recon/$D1/diffs/${d%%:*}/resolve" "{\"reason\":\"${d#*:}\",\"note\":\"说明 ${d%%:*}\"}")
	expect_match "$r" "^200 .*\"reason\":\"${d#*:}\"" "auditor 1 resolves ${d%%:*}"
done
r=$(req aud1 POST "/api/recon/$D1/signoff" '{"note":"自己签"}')
expect_match "$r" '^409 \{"error":"conflict"' "maker = checker: 409"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE actor = 'console:aud1' AND action = 'recon signoff refused'")" "1" "the refused sign-off is audited"
r=$(req aud2 POST "/api/recon/$D1/signoff" '{"note":"复核无误"}')
expect_match "$r" '^200 .*"state":"SIGNED"' "another auditor signs off"
r=$(req aud1 POST "/api/recon/$D1/diffs/SC01A0002/resolve" '{"reason":"OTHER","note":"late"}')
expect_match "$r" '^423 \{"error":"locked"' "a resolution of a signed day: 423"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action = 'recon resolve refused'")" "1" "and audited"
r=$(req adm POST "/api/recon/$D1/rerun"); expect_match "$r" '^423 ' "a rerun of a signed day: 423"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action = 'recon rerun refused' AND actor = 'console:adm'")" "1" "and audited"
r=$(req aud1 GET "/api/recon/days"); expect_match "$r" "\"date\":\"$D1\"[^}]*\"state\":\"SIGNED\"|\"state\":\"SIGNED\"[^}]*\"date\":\"$D1\"" "the days list shows the sign-off"
r=$(req adm POST "/api/recon/$D1/reopen" '{}'); expect_match "$r" '^400 ' "a reopen needs a reason"
r=$(req adm POST "/api/recon/$D1/reopen" '{"reason":"营销系统更正"}'); expect_match "$r" '^200 .*"REOPENED"' "an admin reopens the day"
expect_eq "$(gf_sql "SELECT actor FROM audit_log WHERE action = 'recon reopen'")" "console:adm" "the reopen is audited"
r=$(req aud1 POST "/api/recon/$D1/rerun"); expect_match "$r" '^200 .*"QUEUED"' "after the reopen a rerun is queued"
r=$(req aud1 POST "/api/recon/$D1/rerun"); expect_match "$r" '^409 ' "a second rerun: 409"
r=$(req aud1 GET "/api/recon/$D1"); expect_match "$r" '"requests":\[\{[^]]*"state":"QUEUED"' "the day page shows the queued run"

# ---- cash over HTTP ----
r=$(req cas GET "/api/cash?date=$D1")
expect_eq "$(sed 's/^200 //' <<<"$r" | jq -c '[.rows[] | [.collector, .state, .expected]]')" '[["C1","OPEN",13550],["C2","OPEN",5000]]' "the cashier sees each collector's expected cash"
r=$(req cas POST "/api/cash/C1/$D1/handin" '{"counted":"12x"}'); expect_match "$r" '^400 ' "a malformed amount: 400"
r=$(req cas POST "/api/cash/C1/$D1/handin" '{"counted":13000}'); expect_match "$r" '^200 .*"state":"HANDED_IN".*"over_short":-550' "short without a reason: handed in"
r=$(req cas POST "/api/cash/C1/$D1/deposit" '{"slip_no":"S-1","bank":"工商银行","amount":13000}'); expect_match "$r" '^409 ' "no deposit before it balances"
r=$(req cas POST "/api/cash/C1/$D1/handin" '{"counted":13500,"reason":"短款 0.50 元，收费员已说明"}'); expect_match "$r" '^200 .*"state":"BALANCED".*"over_short":-50' "a recount with a reason balances"
r=$(req cas POST "/api/cash/C1/$D1/deposit" '{"slip_no":"S-1","bank":"工商银行","amount":13550}'); expect_match "$r" '^409 ' "the deposit must be the cash counted"
r=$(req cas POST "/api/cash/C1/$D1/deposit" '{"slip_no":"S-1","bank":"工商银行","amount":13500}'); expect_match "$r" '^200 .*"DEPOSITED"' "balanced cash deposited"
r=$(req cas POST "/api/cash/C2/$D1/handin" '{"counted":5200}'); expect_match "$r" '"over_short":200' "over: +200 fen"
r=$(req cas POST "/api/cash/NOBODY/$D1/handin" '{"counted":1}'); expect_match "$r" '^404 ' "an unknown collector: 404"
expect_eq "$(gf_sql "SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE actor = 'console:cas' AND action LIKE 'cash %'")" "cash handin,cash handin,cash deposit,cash handin" "every cash step audited with the cashier"
r=$(req aud1 GET "/api/cash/in-transit"); expect_match "$r" "\"collector\":\"C2\",[^}]*\"date\":\"$D5\"" "in-transit lists the oldest first"

# ---- search, story, statistics, CSV ----
r=$(req cas GET "/api/tx?from=$D5&to=$D0&size=3"); n=$(sed 's/^200 //' <<<"$r" | jq -r .next)
expect_match "$r" '^200 \{"total":12' "search counts the range"
r=$(req cas GET "/api/tx?from=$D5&to=$D0&size=3&after=$n"); expect_match "$r" '"rows":\[\{"stserial":"SC01B0001"' "the next page by key"
r=$(req cas GET "/api/tx?from=$D5&to=$D0&size=501"); expect_match "$r" '^400 ' "a page of more than 500 rows: 400"
r=$(req cas GET "/api/tx?from=$D5&to=$D0&state=BOGUS"); expect_match "$r" '^400 ' "a bad state: 400"
r=$(req aud1 GET "/api/tx/SC01A0004"); expect_match "$r" '"reversals":\[\{"stserial":"SC01A0005"' "the story links the reversal"
expect_match "$r" '"journal":\{' "the story says where it looked in the journal"
r=$(req aud1 GET "/api/tx/NOPE"); expect_match "$r" '^404 ' "an unknown serial: 404"
r=$(req aud1 GET "/api/stats?from=$D1&to=$D1&by=channel"); expect_match "$r" '"key":"PAYMENT","label":"缴费"' "statistics by channel"
curl -s -b "$T/jar.cas" -D "$T/chead" -o "$T/cash.csv" "$B/api/cash?date=$D1&format=csv"
expect_match "$(cat "$T/chead")" "text/csv" "CSV has its type"
expect_eq "$(sed -n 1p "$T/cash.csv" | tr -d '\r' | cut -c4- | cut -d, -f1-5)" "collector,name,org,date,state" "CSV header"
expect_eq "$(grep -c '^C[12],' "$T/cash.csv")" "2" "one CSV row per collector"
curl -s -b "$T/jar.aud1" -o "$T/diffs.csv" "$B/api/recon/$D1?format=csv"
expect_match "$(sed -n 1p "$T/diffs.csv")" "category,stserial,station.state" "the differences as CSV, both sides flattened"
curl -s -b "$T/jar.aud1" -o "$T/tx.csv" "$B/api/tx?from=$D5&to=$D0&format=csv"
expect_eq "$(($(wc -l <"$T/tx.csv") - 1))" "12" "the search as CSV: every row"
gf_done
