#!/usr/bin/env bash
# cost: 60
# Issue 24 item 6: without any key, one address (a) floods the journal with
# frames for unknown terminals and (b) raises IP_MISMATCH alarms for
# terminals whose ids it guesses (they are sequential).  Per address and per
# terminal, only alert_journal_limit alerts a window are journaled, the rest
# counted (a SUPPRESSED record, /metrics); an address raises at most
# alarms_per_source alarms a window, the rest collapse into one alarm with
# their count.
CONF_FRONTD_EXTRA='alarm_threshold = 3
  alarm_window = 15
  alarms_per_source = 2
  alert_journal_limit = 10
  per_ip = 1000'
. "$GF_SRC/tests/security/sec_lib.sh"
gf_setup
gf_keys
for i in 1 2 3 4 5 6 7 8; do
	"$BIN_GFCTL" -f "$GF_CONF" terminal add --id "86139000007000$((10 + i))" --name "b$i" --suite 2 \
		--ip 127.0.0.99 >/dev/null || fail "terminal add $i"
done
gf_start appsrv || gf_done
gf_start frontd || gf_done
jbytes() { cat "$T"/journal/*.gfj | wc -c; }
jrecs() {	# jrecs PEER: records journaled for that source address
	"$BIN_GFCTL" -f "$GF_CONF" journal dump | jq -r --arg p "$1" 'select(.peer == $p) | .type' | grep -c .
}

# frontd answers from the registry (appsrv may still be busy starting).
unknown_answered() {
	"$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys" -t 8613900000980000 -T 5000 req |
		grep -q alert=UNKNOWN_TERMINAL
}
gf_wait_for 30 unknown_answered || fail "frontd answers an unknown terminal"

# (a) 200 connections, each a frame for an unknown terminal, one address.
b0=$(jbytes)
out=$("$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys" -t 8613900000990000 -P 200 -T 20000 conns 200)
expect_match "$out" "alert_UNKNOWN_TERMINAL=200" "every frame is still answered with its alert"
SRC=127.1.0.1
gf_wait_for 5 sh -c "test \"\$(curl -s http://127.0.0.1:$METRICS_PORT/metrics | awk '\$1 == \"gf_frontd_suppressed_total{what=\\\"alert_journal\\\"}\" { print \$2 }')\" = 190"
expect_eq "$(gf_metric 'gf_frontd_suppressed_total{what="alert_journal"}')" 190 "/metrics: 190 alerts not journaled"
n=$("$BIN_GFCTL" -f "$GF_CONF" journal dump | jq -r --arg p "$SRC" 'select(.peer == $p and .type == "ALERT") | .type' | grep -c .)
expect_eq "$n" 10 "alert_journal_limit (10) alerts journaled for the address"
r=$(jrecs "$SRC")
if [ "$r" -le 40 ]; then ok "the address left $r journal records for 200 frames"; else
	fail "the address left $r journal records for 200 frames (at most 40 wanted)"; fi
echo "# journal grew by $(( $(jbytes) - b0 )) bytes for 200 frames"
# The window ends: one SUPPRESSED record says how many.
gf_wait_for 20 sh -c "'$BIN_GFCTL' -f '$GF_CONF' journal dump | grep -q '\"type\":\"SUPPRESSED\"'" ||
	fail "no SUPPRESSED record after the window"
s=$("$BIN_GFCTL" -f "$GF_CONF" journal dump | jq -r --arg p "$SRC" 'select(.type == "SUPPRESSED" and .peer == $p) | .count')
expect_eq "$s" 190 "the SUPPRESSED record counts 190 alerts for the address"
grep -q "alerts=suppressed count=190 peer=$SRC" "$T/log/frontd.out" && ok "one log line for them" ||
	fail "one log line for them"
expect_match "$("$BIN_GFCTL" -f "$GF_CONF" journal verify)" "^OK " "the journal verifies"

# (b) 3 frames for each of 8 bound terminals from another address
# (127.2.0.1), all within one window.
base=$(gf_sql "SELECT count(*) FROM alarms")
for q in 1 2 3; do
	out=$("$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys" -t 8613900000700011 -q "$q" -P 8 -B 2 \
		-T 20000 conns 8)
	expect_match "$out" "alert_IP_MISMATCH=8" "round $q: 8 frames from the wrong address, 8 alerts"
done
alarms_at_least() { [ "$(gf_sql "SELECT count(*) FROM alarms WHERE detail LIKE '$1'")" -ge "$2" ]; }
gf_wait_for 10 alarms_at_least % $((base + 2))
sleep 1
expect_eq "$(gf_sql "SELECT count(*) - $base FROM alarms")" 2 "alarms_per_source (2) alarms at once, not 9"
expect_eq "$(gf_metric 'gf_frontd_suppressed_total{what="alarm"}')" 7 "/metrics: 7 alarms collapsed"
gf_wait_for 30 alarms_at_least %collapsed% 1 || fail "no collapsed alarm after the window"
sleep 1
expect_match "$(gf_sql "SELECT detail FROM alarms WHERE detail LIKE '%collapsed%'")" \
	"^7 further alarms caused by address 127.2.0.1 " "one alarm carries the count of the collapsed ones"
expect_match "$(gf_sql "SELECT detail FROM alarms WHERE detail LIKE '%further failures%'")" \
	"^21 further failures from address 127.2.0.1" "and one the failures after the address's alarm"
expect_eq "$(gf_sql "SELECT count(*) - $base FROM alarms")" 4 "4 alarms for 24 frames and 8 terminals"
gf_done
