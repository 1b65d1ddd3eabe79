#!/usr/bin/env bash
# cost: 120
# Parked store-and-forward records on the console (tests/browser/
# outbox.mjs): two reading exceptions for unknown meters are kept while the
# marketing system answers 9999, then refused (3001) and parked; a third
# waits while the marketing system is down.  An auditor sees them all (the
# reason, the age, the body) and cannot resend (403); an administrator
# corrects one and resends it (delivered once), and closes the other with
# a reason; both audited as gfctl's resend and close are, with the console
# user as the actor.
CONF_IFSVC_EXTRA="deadline = 2
  breaker_reset = 1
  outbox_backoff_max = 2"
. "$GF_SRC/tests/integration/lib.sh"
. "$GF_SRC/tests/integration/browser_lib.sh"
gf_setup
gf_keys
browser_ready || gf_done
. "$GF_SRC/tests/integration/money_lib.sh"
MKSQL() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }
exc() {	# exc TOKEN METER CODE NOTE: a reading exception
	tokreq READ_EXCEPTION "$1" ",{\"meter_no\":\"$2\"},{\"exception_code\":$3},{\"note\":\"$4\"}"
}
wait_sql() { gf_wait_sql "$@"; }	# wait_sql SQL EXPECTED SECONDS
console_user aud1 "审计员" auditor 'auditor-pass-one'
console_user adm1 "管理员" admin 'admin-pass-one1'
G terminal add --id $TERM1 --name T1 --suite 1 >/dev/null
G operator add --id rd --name "抄表员" --role reader <<<123456 >/dev/null
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT && gf_start ifsvc && gf_start appsrv || gf_done
gf_wait_port "$HTTP_PORT" || { fail "the console listens"; gf_done; }
mapfile -t M < <(MKSQL "SELECT meterno FROM mk_meters ORDER BY meterno LIMIT 2")
TR=$(signon rd)
expect_match "$TR" '^[0-9A-F]{32}$' "the reader signed on"

# 9999 for reading exceptions: kept; then refused for good (no such meter).
mkadmin "set trcodes 2003"; mkadmin "set error_pct 100"
for i in 1 2; do
	r=$(exc "$TR" "MBAD$i" $((6 + i)) "n$i <b>x</b>")
	expect_eq "$(status "$r")" OK "exception $i for an unknown meter: OK, kept"
done
mkadmin "reset"; mkadmin "set trcodes -"
check "both refused by the marketing system and parked" -- \
	wait_sql "SELECT count(*) FROM outbox WHERE state = 'PARKED' AND last_rspcode = '3001'" 2 20
B1=$(gf_sql "SELECT id FROM outbox WHERE seq_key = 'M:MBAD1'")
B2=$(gf_sql "SELECT id FROM outbox WHERE seq_key = 'M:MBAD2'")
# The marketing system down: one more waits, with its age.
gf_stop mktsim
r=$(exc "$TR" "${M[1]}" 3 "waiting")
expect_eq "$(status "$r")" OK "an exception while the marketing system is down: kept"
sleep 2

B="http://127.0.0.1:$HTTP_PORT"
curl -s -c "$T/jar.aud" -H 'Content-Type: application/json' \
	--data '{"id":"aud1","password":"auditor-pass-one"}' "$B/api/login" >"$T/aud.json"
expect_eq "$(curl -s -b "$T/jar.aud" "$B/api/outbox" | jq -r '[.rows[].state] | sort | join(",")')" "PARKED,PARKED,PENDING" "GET /api/outbox: parked and waiting"
expect_eq "$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar.aud" -H 'Content-Type: application/json' \
	-H "X-CSRF-Token: $(jq -r .csrf "$T/aud.json")" --data '{"reason":"x"}' "$B/api/outbox/$B2/close")" 403 "an auditor cannot close (403)"
expect_eq "$(curl -s -o /dev/null -w '%{http_code}' "$B/api/outbox")" 401 "anonymous: 401"

WALK_NAME=outbox-audit browser_walk outbox.mjs GF_PHASE=audit GF_AUD=aud1 GF_AUD_PW='auditor-pass-one' \
	GF_B1="$B1" GF_B2="$B2" GF_M1="${M[1]}"
expect_eq "$(gf_sql "SELECT state FROM outbox WHERE id IN ($B1, $B2) ORDER BY id" | tr '\n' ' ')" "PARKED PARKED " "the auditor changed nothing"

gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT || gf_done
check "the waiting record is delivered once the marketing system is back" -- \
	wait_sql "SELECT state FROM outbox WHERE seq_key = 'M:${M[1]}'" DELIVERED 20

WALK_NAME=outbox-admin browser_walk outbox.mjs GF_PHASE=admin GF_ADM=adm1 GF_ADM_PW='admin-pass-one1' \
	GF_B1="$B1" GF_B2="$B2" GF_M0="${M[0]}"
expect_eq "$(gf_sql "SELECT state FROM outbox WHERE id = $B1")" DELIVERED "the corrected record delivered"
expect_eq "$(MKSQL "SELECT count(*) || ' ' || sum(dups) FROM mk_reading_exceptions WHERE meterno = '${M[0]}' AND exccode = '7'")" "1 0" "the marketing system has it once"
expect_eq "$(gf_sql "SELECT actor || '|' || (detail->>'reason') || '|' || (detail->'before'->>'meterno') || '|' || (detail->'after'->>'meterno') || '|' || split_part(detail->>'refused', ' ', 1) FROM audit_log WHERE action = 'outbox resend'")" \
	"console:adm1|表号录入错误，已核对|MBAD1|${M[0]}|3001" \
	"the resend is audited (one row): the console user, the reason, before and after, the refusal"
expect_eq "$(gf_sql "SELECT state || '|' || closed_by FROM outbox WHERE id = $B2")" "CLOSED|console:adm1" "the other record closed by the administrator"
expect_eq "$(gf_sql "SELECT actor || '|' || (detail->>'reason') FROM audit_log WHERE action = 'outbox close'")" "console:adm1|该表已拆除" "the close is audited with its reason"
gf_done
