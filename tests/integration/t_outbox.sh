#!/bin/bash
# cost: 60
# t_outbox - store and forward: every reading exception and dunning result
# the station accepts reaches the marketing system, once and in order per
# meter or customer, whatever is down in between (docs/DESIGN.md "Store and
# forward").  Through real appsrv, ifsvc (two of them at one point) and
# mktsim; requests go to appsrv's IPC socket as frontd would send them.
source "$GF_SRC/tests/integration/lib.sh"
OBM_PORT=$(gf_free_port)
OBM2_PORT=$(gf_free_port)
CONF_IFSVC_EXTRA="deadline = 2
  breaker_reset = 1
  outbox_backoff_max = 2
  outbox_alarm = 4
  metrics_listen = \"127.0.0.1:$OBM_PORT\""
gf_setup
gf_keys
source "$GF_SRC/tests/integration/money_lib.sh"

MKSQL() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }
obmetric() {	# obmetric NAME [PORT]: one value of ifsvc's /metrics
	curl -s "http://127.0.0.1:${2:-$OBM_PORT}/metrics" | awk -v n="$1" '$1 == n { print $2 }'
}
# wait_metric NAME EXPECTED SECONDS: the value once it is EXPECTED, or the
# last one read.  The outbox gauges are read from the database at the start
# of each outbox tick (every second), so they show a change up to a tick
# after it was committed.
wait_metric() { gf_wait_eq "$2" "$3" obmetric "$1" || true; obmetric "$1"; }
exc() {	# exc TOKEN METER CODE: a reading exception
	tokreq READ_EXCEPTION "$1" ",{\"meter_no\":\"$2\"},{\"exception_code\":$3},{\"note\":\"n$3\"}"
}
dun() {	# dun TOKEN CUSTOMER CODE: a dunning result
	tokreq DUNNING_RESULT "$1" ",{\"customer_no\":\"$2\"},{\"result_code\":$3},{\"note\":\"d$3\"}"
}
wait_sql() { gf_wait_sql "$@"; }	# wait_sql SQL EXPECTED SECONDS
KEPT="已保存，主站将转发至营销系统"

G terminal add --id $TERM1 --name T1 --suite 1 >/dev/null
for o in rd:reader dn:dunning; do
	G operator add --id ${o%%:*} --name "N ${o%%:*}" --role ${o##*:} <<<123456 >/dev/null
done
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT && gf_start ifsvc && gf_start appsrv || gf_done
mapfile -t M < <(MKSQL "SELECT meterno FROM mk_meters ORDER BY meterno LIMIT 4")
mapfile -t C < <("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 3 | cut -d'|' -f1)
[ ${#M[@]} -eq 4 ] && [ ${#C[@]} -eq 3 ] || { fail "mktsim meters and customers"; gf_done; }
TR=$(signon rd); TD=$(signon dn)
expect_match "$TR$TD" '^[0-9A-F]{64}$' "reader and dunning officer signed on"

# ---- the marketing system up: delivered while the terminal waits ----
r=$(exc "$TR" "${M[0]}" 1)
expect_eq "$(status "$r")" OK "exception: OK"
expect_eq "$(item "$r" message)" "" "delivered at once: no 'kept' message"
expect_eq "$(gf_sql "SELECT o.state || ' ' || e.forwarded FROM outbox o JOIN reading_exceptions e ON e.outbox_id = o.id")" "DELIVERED true" "outbox DELIVERED, record forwarded"
expect_eq "$(MKSQL "SELECT count(*) || ' ' || sum(dups) FROM mk_reading_exceptions WHERE ref = '$(gf_sql "SELECT ref FROM outbox")'")" "1 0" "the marketing system has it once, under its ref"
r=$(exc "$TR" MNOPE 2)
expect_eq "$(status "$r")" NO_SUCH_METER "refused while the terminal waits: the terminal hears why"
expect_eq "$(gf_sql "SELECT state FROM outbox WHERE seq_key = 'M:MNOPE'")" REFUSED "the refused record is REFUSED, not queued"
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'OUTBOX_PARKED'")" 0 "no alarm for a refusal the terminal heard"
r=$(dun "$TD" "${C[0]}" 1)
expect_eq "$(status "$r")/$(item "$r" message)" "OK/" "dunning result delivered at once"

# ---- 9999: kept, then delivered ----
mkadmin "set trcodes 2003"; mkadmin "set error_pct 100"
r=$(exc "$TR" "${M[3]}" 5)
expect_eq "$(status "$r")/$(item "$r" message)" "OK/$KEPT" "9999: the terminal hears OK, record kept"
mkadmin "reset"; mkadmin "set trcodes -"
check "the kept record is delivered after the 9999" -- wait_sql "SELECT state FROM outbox WHERE seq_key = 'M:${M[3]}'" DELIVERED 15

# ---- the marketing system down: readers and dunning officers keep working ----
gf_stop mktsim
for i in 1 2 3 4; do
	exc "$TR" "${M[1]}" $i >"$T/e1-$i"
	exc "$TR" "${M[2]}" $((i + 10)) >"$T/e2-$i"
	dun "$TD" "${C[1]}" $i >"$T/d1-$i"
done
exc "$TR" MBAD1 7 >"$T/bad1"; exc "$TR" MBAD2 8 >"$T/bad2"
n=0; for f in "$T"/e1-* "$T"/e2-* "$T"/d1-* "$T"/bad*; do
	[ "$(jq -r .status "$f")/$(gf_item "$f" message)" = "OK/$KEPT" ] && n=$((n + 1))
done
expect_eq "$n" 14 "14 records answered OK, kept (the marketing system down)"
expect_eq "$(gf_sql "SELECT count(*) FROM outbox WHERE state IN ('PENDING', 'SENDING')")" 14 "14 records waiting in the outbox"
sleep 5.5
expect_eq "$(obmetric gf_outbox_depth)" 14 "/metrics: queue depth"
expect_match "$(obmetric gf_outbox_oldest_age_seconds)" '^([5-9]|[1-9][0-9]+)$' "/metrics: oldest age"
expect_eq "$(obmetric gf_ifsvc_mi1_usable)" 0 "/metrics: MI/1 not usable"
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'OUTBOX_STALE'")" 1 "one OUTBOX_STALE alarm for the old record"
expect_eq "$(gf_sql "SELECT max(attempts) FROM outbox WHERE state IN ('PENDING', 'SENDING')")" 1 "no attempt but the terminal's own while the breaker is open"

# A second ifsvc on the same database (a second node): each record is sent
# by one of them only.
sed -e "s#$T/run/ifsvc.sock#$T/run/ifsvc2.sock#" -e "s#127.0.0.1:$OBM_PORT#127.0.0.1:$OBM2_PORT#" \
	"$GF_CONF" >"$T/ifsvc2.conf"
"$BIN_IFSVC" -d -v -f "$T/ifsvc2.conf" >>"$T/log/ifsvc2.out" 2>&1 &
GF_PIDS[ifsvc2]=$!
gf_wait_sock "$T/run/ifsvc2.sock" || fail "second ifsvc ready"
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT || gf_done
check "after the marketing system returns, the queue drains" -- \
	wait_sql "SELECT count(*) FROM outbox WHERE state IN ('PENDING', 'SENDING')" 0 30
expect_eq "$(gf_sql "SELECT count(*) FROM outbox WHERE state = 'DELIVERED'")" 15 "15 records delivered in all (3 before the outage, 12 kept)"
expect_eq "$(MKSQL "SELECT string_agg(exccode, ',' ORDER BY id) FROM mk_reading_exceptions WHERE meterno = '${M[1]}'")" "1,2,3,4" "meter 1: every record, in order"
expect_eq "$(MKSQL "SELECT string_agg(exccode, ',' ORDER BY id) FROM mk_reading_exceptions WHERE meterno = '${M[2]}'")" "11,12,13,14" "meter 2: every record, in order"
expect_eq "$(MKSQL "SELECT string_agg(resultcode, ',' ORDER BY id) FROM mk_dunning_results WHERE custno = '${C[1]}'")" "1,2,3,4" "customer: every record, in order"
expect_eq "$(MKSQL "SELECT COALESCE(sum(dups), 0) FROM mk_reading_exceptions") $(MKSQL "SELECT COALESCE(sum(dups), 0) FROM mk_dunning_results")" "0 0" "two deliverers, each record sent once"
expect_eq "$(gf_sql "SELECT bool_and(forwarded) FROM reading_exceptions e JOIN outbox o ON o.id = e.outbox_id WHERE o.state = 'DELIVERED'")" t "delivered records marked forwarded"
gf_stop ifsvc2

# ---- refused for good while kept: parked, alarmed, corrected, resent ----
expect_eq "$(gf_sql "SELECT string_agg(state || ':' || last_rspcode, ' ' ORDER BY id) FROM outbox WHERE seq_key LIKE 'M:MBAD%'")" "PARKED:3001 PARKED:3001" "records for unknown meters parked with the code"
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'OUTBOX_PARKED'")" 2 "an alarm per parked record"
expect_eq "$(wait_metric gf_outbox_parked 2 5)" 2 "/metrics: parked"
B1=$(gf_sql "SELECT id FROM outbox WHERE seq_key = 'M:MBAD1'")
B2=$(gf_sql "SELECT id FROM outbox WHERE seq_key = 'M:MBAD2'")
G outbox resend "$B1" --set meterno="${M[0]}" >/dev/null 2>&1; expect_eq $? 2 "resend without a reason refused"
out=$(G outbox resend "$B1" --set amount=1 --reason x 2>&1); expect_match "$out" "cannot be changed" "a field the terminal did not send cannot be changed"
G outbox resend "$B1" --set meterno="${M[0]}" --reason "meter number mistyped" >/dev/null; expect_eq $? 0 "corrected and resent"
check "the corrected record is delivered" -- wait_sql "SELECT state FROM outbox WHERE id = $B1" DELIVERED 15
expect_eq "$(MKSQL "SELECT count(*) FROM mk_reading_exceptions WHERE meterno = '${M[0]}' AND exccode = '7'")" 1 "the marketing system has the corrected record"
expect_eq "$(gf_sql "SELECT detail->>'reason' || '|' || (detail->'before'->>'meterno') || '|' || (detail->'after'->>'meterno') FROM audit_log WHERE action = 'outbox resend'")" "meter number mistyped|MBAD1|${M[0]}" "the resend is audited with before and after"
G outbox close "$B2" --reason "meter removed" >/dev/null; expect_eq $? 0 "a parked record closed"
expect_eq "$(gf_sql "SELECT state FROM outbox WHERE id = $B2")" CLOSED "CLOSED"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action = 'outbox close' AND detail->>'reason' = 'meter removed'")" 1 "the close is audited"
G outbox close "$B2" --reason again >/dev/null 2>&1; expect_eq $? 1 "a closed record cannot be closed again"
G outbox resend "$B1" --reason again >/dev/null 2>&1; expect_eq $? 1 "a delivered record cannot be resent"

# ---- kill -9 of ifsvc and appsrv mid-delivery: nothing lost, nothing doubled ----
# Answers take 1.5 s and a third are dropped after processing, so sends are
# in flight when ifsvc dies, and some answers are lost for good.
gf_stop mktsim
for i in $(seq 1 8); do
	exc "$TR" "${M[3]}" $((20 + i)) >/dev/null
	dun "$TD" "${C[2]}" $((20 + i)) >/dev/null
done
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT || gf_done
mkadmin "set latency_ms 1500"; mkadmin "set latency_pct 100"; mkadmin "set drop_after_pct 30"
sleep 3
gf_kill9 ifsvc
gf_start ifsvc || gf_done
# appsrv dies while its own first send waits for the answer: ifsvc takes
# the record over when appsrv's lease runs out.
# (appsrv reconnects to the new ifsvc on its own schedule: until it has,
# its send fails at once and the record waits PENDING; then try another.)
CODE=
for k in 40 41 42 43 44 45; do
	exc "$TR" "${M[0]}" $k >/dev/null &
	if wait_sql "SELECT count(*) FROM outbox o JOIN reading_exceptions e ON e.outbox_id = o.id WHERE e.exception_code = $k AND o.state = 'SENDING' AND o.leased_by LIKE 'appsrv:%'" 1 3; then
		CODE=$k; break
	fi
	# its record goes first (order per meter): wait until it is delivered
	wait_sql "SELECT count(*) FROM outbox WHERE seq_key = 'M:${M[0]}' AND state IN ('PENDING', 'SENDING')" 0 20
done
expect_match "$CODE" '^4[0-5]$' "appsrv sends a record itself"
sleep 0.3
gf_kill9 appsrv
gf_start appsrv || gf_done
sleep 2
gf_kill9 ifsvc
gf_start ifsvc || gf_done
mkadmin "reset"
check "everything delivered after the kills" -- \
	wait_sql "SELECT count(*) FROM outbox WHERE state IN ('PENDING', 'SENDING')" 0 45
expect_eq "$(MKSQL "SELECT string_agg(exccode, ',' ORDER BY id) FROM mk_reading_exceptions WHERE meterno = '${M[3]}' AND exccode::int > 20")" "21,22,23,24,25,26,27,28" "meter: all 8, once each, in order"
expect_eq "$(MKSQL "SELECT string_agg(resultcode, ',' ORDER BY id) FROM mk_dunning_results WHERE custno = '${C[2]}'")" "21,22,23,24,25,26,27,28" "customer: all 8, once each, in order"
expect_eq "$(MKSQL "SELECT count(*) FROM mk_reading_exceptions WHERE meterno = '${M[0]}' AND exccode = '$CODE'")" 1 "the record appsrv was sending when it died: once"
expect_eq "$(MKSQL "SELECT string_agg(exccode, ',' ORDER BY id) FROM mk_reading_exceptions WHERE meterno = '${M[0]}' AND exccode::int >= 40")" "$(seq -s, 40 "$CODE")" "meter 0: the records sent around appsrv's death, once each, in order"
expect_eq "$(MKSQL "SELECT (SELECT count(*) FROM mk_reading_exceptions WHERE ref IS NOT NULL) + (SELECT count(*) FROM mk_dunning_results WHERE ref IS NOT NULL)")" \
	"$(gf_sql "SELECT count(*) FROM outbox WHERE state = 'DELIVERED'")" \
	"the marketing system holds exactly the records the station delivered"
expect_eq "$(MKSQL "SELECT count(*) FROM (SELECT ref FROM mk_reading_exceptions WHERE ref IS NOT NULL GROUP BY ref HAVING count(*) > 1) x")" 0 "no ref twice"
gf_done
