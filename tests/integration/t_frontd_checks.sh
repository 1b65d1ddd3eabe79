#!/usr/bin/env bash
# cost: 50
# frontd against the real appsrv and PostgreSQL: every alert and every check
# status of TP1 §4 provoked over a real socket, both suites, keep-alive, a
# slow sender hitting the read deadline, alarms after repeated MAC failures
# and IP mismatches, a disabled terminal refused within registry_ttl, BUSY /
# OVERLOADED with appsrv down, the journal (verify, find, PIN masked) and
# the /metrics endpoint.
. "$GF_SRC/tests/integration/lib.sh"
CONF_FRONTD_EXTRA='read_deadline = 2
  alarm_threshold = 3
  appsrv_timeout = 3000'
gf_setup
gf_keys

G=("$BIN_GFCTL" -f "$GF_CONF")
T1=8613900000000001	# SM4
T2=8613900000000002	# 3DES
T3=8613900000000003	# SM4, bound to 127.0.0.99
T4=8613900000000004	# SM4, disabled
T5=8613900000000005	# SM4, for the alarm counts
for spec in "$T1 2" "$T2 1" "$T3 2 --ip 127.0.0.99" "$T4 2" "$T5 2"; do
	set -- $spec
	"${G[@]}" terminal add --id "$1" --name "t$1" --suite "$2" "${@:3}" >/dev/null ||
		fail "terminal add $1"
done
"${G[@]}" terminal disable "$T4" >/dev/null || fail "terminal disable"

gf_start appsrv || { gf_done; }
gf_start frontd || { gf_done; }
P=("$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys" -T 15000)

# ---- check statuses (TP1 §4 steps 6-8) and normal traffic ----
expect_match "$("${P[@]}" -t $T1 -q 1 req)" "^response seq=1 func=ECHO status=OK server_time" "SM4 echo"
expect_match "$("${P[@]}" -t $T2 -s 1 -q 1 req)" "^response seq=1 func=ECHO status=OK" "3DES echo"
out=$("${P[@]}" -t $T1 -q 10 keepalive 3 | tr '\n' ' ')
expect_match "$out" "^response seq=10 .*status=OK.* response seq=11 .*status=OK.* response seq=12 .*status=OK" \
	"keep-alive: three requests on one connection, answered in order"
out=$("${P[@]}" -t $T1 -q 13 pipeline 3 | tr '\n' ' ')
expect_match "$out" "^response seq=13 .*status=OK.* response seq=14 .*status=OK.* response seq=15 .*status=OK" \
	"keep-alive: three requests in one write (read ahead), answered in order"
expect_match "$("${P[@]}" -t $T1 -q 11 req)" "status=SEQ_REPLAY last_seq=15" "seq replay carries last_seq"
expect_match "$("${P[@]}" -t $T1 -q 200 -o 1000 req)" "status=TIME_SKEW server_time" "clock skew carries server_time"
expect_match "$("${P[@]}" -t $T1 -q 21 -o -1000 req)" "status=TIME_SKEW" "clock skew (behind)"
expect_match "$("${P[@]}" -t $T1 -q 22 -F 0x7777 req)" "status=UNSUPPORTED_FUNCTION" "unknown function"
expect_match "$("${P[@]}" -t $T1 -q 23 -F SIGN_ON req)" "status=BAD_REQUEST" "missing required fields"
expect_match "$("${P[@]}" -t $T1 -q 24 -F SIGN_ON -I '[{"operator_id":"NOPE"},{"pin":"735911"},{"app_version":"1.0"}]' req)" \
	"status=BAD_OPERATOR" "SIGN_ON with a pin reaches appsrv"
expect_match "$("${P[@]}" -t $T1 -q 25 -I '[{"term_serial":"TS-77"}]' req)" "status=OK" "echo carrying a term_serial"

# ---- two frontd instances, one appsrv/database: the seq check is shared ----
F2_PORT=$(gf_free_port)
M2_PORT=$(gf_free_port)
sed -e "s/127.0.0.1:$FRONTD_PORT/127.0.0.1:$F2_PORT/" -e "s/127.0.0.1:$METRICS_PORT/127.0.0.1:$M2_PORT/" \
	-e "s#$T/journal#$T/journal2#" "$GF_CONF" >"$T/frontd2.conf"
"$BIN_FRONTD" -d -f "$T/frontd2.conf" >>"$T/log/frontd2.out" 2>&1 &
GF_PIDS[frontd2]=$!
gf_wait_port "$F2_PORT" || fail "second frontd did not start"
P2=("$TOOLS/tpprobe" -p "$F2_PORT" -k "$T/keys" -T 15000)
expect_match "$("${P[@]}" -t $T1 -q 100 req)" "status=OK" "frontd A accepts seq 100"
expect_match "$("${P2[@]}" -t $T1 -q 100 req)" "status=SEQ_REPLAY last_seq=100" "frontd B refuses the same seq 100"
expect_match "$("${P2[@]}" -t $T1 -q 101 req)" "status=OK" "frontd B accepts seq 101"
expect_match "$("${P[@]}" -t $T1 -q 101 req)" "status=SEQ_REPLAY last_seq=101" "frontd A refuses seq 101"
gf_stop frontd2

# ---- alerts (TP1 §6) ----
alert() {	# alert NAME EXPECTED ARGS...
	local name=$1 want=$2; shift 2
	expect_match "$("${P[@]}" "$@")" "^alert=$want " "alert $want: $name"
}
alert "bad magic" BAD_FRAME -t $T1 -q 30 badmagic
alert "kind response" BAD_FRAME -t $T1 -q 30 badkind
alert "unknown flag bits" BAD_FRAME -t $T1 -q 30 badflags
alert "L not block-aligned" BAD_FRAME -t $T1 -q 30 badalign
alert "bad padding under a good MAC" BAD_FRAME -t $T1 -q 30 badpad
alert "bad padding, 3DES" BAD_FRAME -t $T2 -s 1 -q 30 badpad
alert "version 2" UNSUPPORTED -t $T1 -q 30 badversion
alert "suite 9" UNSUPPORTED -t $T1 -q 30 badsuite
alert "3DES frame from an SM4 terminal" UNSUPPORTED -t $T1 -s 1 -q 30 req
alert "unregistered terminal" UNKNOWN_TERMINAL -t 8613999999999999 -q 30 req
alert "disabled terminal" TERMINAL_DISABLED -t $T4 -q 30 req
alert "wrong source address" IP_MISMATCH -t $T3 -q 30 -S 127.0.0.98 req
expect_match "$("${P[@]}" -t $T3 -q 31 -S 127.0.0.99 req)" "status=OK" "bound terminal from its address"
alert "key version 9" UNKNOWN_KEY_VERSION -t $T1 -v 9 -q 30 req
alert "flipped MAC byte" BAD_MAC -t $T1 -q 30 badmac
alert "flipped MAC byte, 3DES" BAD_MAC -t $T2 -s 1 -q 30 badmac
alert "length above max_frame" FRAME_TOO_LARGE -t $T1 -q 30 toolarge
alert "slow sender, a byte every 600 ms" READ_TIMEOUT -t $T1 -q 30 slow 600
alert "header then silence" READ_TIMEOUT -t $T1 -q 30 stall
out=$("${P[@]}" -t $T1 -q 30 badmac)
expect_match "$out" "seq=30 terminal=$T1" "alert echoes terminal and seq"

# ---- alarms: repeated failures from one terminal / address ----
for i in 1 2 3; do "${P[@]}" -t $T5 -q 40 -S 127.0.0.50 badmac >/dev/null; done
for i in 1 2 3; do "${P[@]}" -t $T3 -q 40 -S 127.0.0.51 req >/dev/null; done
badmac_alarm() { [ "$(gf_sql "SELECT count(*) FROM alarms WHERE kind='BAD_MAC' AND terminal_id='$T5'")" -ge 1 ]; }
gf_wait_for 30 badmac_alarm
expect_eq "$(gf_sql "SELECT count(*) > 0 FROM alarms WHERE kind='BAD_MAC' AND terminal_id='$T5'")" "t" "BAD_MAC alarm stored"
expect_eq "$(gf_sql "SELECT count(*) > 0 FROM alarms WHERE kind='IP_MISMATCH' AND terminal_id='$T3'")" "t" "IP_MISMATCH alarm stored"

# ---- an admin disables a terminal: refused within registry_ttl (5 s) ----
expect_match "$("${P[@]}" -t $T2 -s 1 -q 50 req)" "status=OK" "T2 works before disable"
"${G[@]}" terminal disable "$T2" >/dev/null
sleep 5.5
expect_match "$("${P[@]}" -t $T2 -s 1 -q 51 req)" "^alert=TERMINAL_DISABLED" "disabled terminal refused within 5 s"
"${G[@]}" terminal enable "$T2" >/dev/null
sleep 5.5
expect_match "$("${P[@]}" -t $T2 -s 1 -q 52 req)" "status=OK" "re-enabled terminal works again"

# ---- metrics ----
m=$(curl -s "http://127.0.0.1:$METRICS_PORT/metrics")
expect_match "$m" 'gf_frontd_alerts_total\{alert="BAD_MAC"\} [1-9]' "metrics: BAD_MAC alerts counted"
expect_match "$m" 'gf_frontd_frames_total\{func="ECHO",status="OK"\} [1-9]' "metrics: ECHO OK counted"
expect_match "$m" 'gf_frontd_journal_fsync_seconds_count [1-9]' "metrics: fsync latency"

# ---- appsrv down: cached terminal gets BUSY, uncached gets OVERLOADED ----
"${P[@]}" -t $T1 -q 60 req >/dev/null
gf_stop appsrv
expect_match "$("${P[@]}" -t $T1 -q 61 req)" "status=BUSY" "appsrv down: BUSY for a cached terminal"
alert "appsrv down, terminal not cached" OVERLOADED -t 8613900000000077 -q 1 req
gf_start appsrv
gf_wait_for 10 sh -c "'$TOOLS/tpprobe' -p $FRONTD_PORT -k '$T/keys' -t $T1 -q \$(date +%s) req | grep -q status=OK"
expect_match "$("${P[@]}" -t $T1 -q 4000000000 req)" "status=OK" "frontd reconnected to appsrv"

# ---- SIGHUP reloads the key file ----
"$BIN_GFCTL" -f "$GF_CONF" keys init --file "$T/keys2" >/dev/null || fail "keys init"
P3=("$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys2" -T 15000)
expect_match "$("${P3[@]}" -t $T1 -q 4000000001 req)" "^alert=BAD_MAC " "new keys refused before SIGHUP"
cp -p "$T/keys2" "$T/keys"
gf_own "$T/keys"	# the key file is the daemon user's (frontd re-reads it as that user)
kill -HUP "$(gf_pid frontd)"
gf_wait_for 5 sh -c "'$TOOLS/tpprobe' -p $FRONTD_PORT -k '$T/keys2' -t $T1 -q 4000000002 req | grep -q status=OK"
expect_match "$("${P3[@]}" -t $T1 -q 4000000003 req)" "status=OK" "new keys work after SIGHUP"
printf 'garbage\n' >"$T/keys"
kill -HUP "$(gf_pid frontd)"
sleep 0.5
expect_match "$("${P3[@]}" -t $T1 -q 4000000004 req)" "status=OK" "a bad key file is refused, the loaded keys stay"
check "frontd still running" -- kill -0 "$(gf_pid frontd)"

# ---- the journal ----
gf_stop frontd
v=$("$BIN_GFCTL" -f "$GF_CONF" journal verify)
expect_match "$v" "^OK files=1 records=[0-9]+" "journal verify passes"
d=$("$BIN_GFCTL" -f "$GF_CONF" journal dump)
if grep -q 735911 <<<"$d"; then fail "the pin appears in the journal"; else ok "pin masked in the journal"; fi
expect_match "$(grep -c '"type":"ALERT"' <<<"$d")" "^[2-9][0-9]$" "alerts journaled"
# Every connection opened and closed, with its peer address and port.
opens=$(jq -r 'select(.type == "OPEN") | "\(.conn) \(.peer) \(.port)"' <<<"$d" | sort)
closes=$(jq -r 'select(.type == "CLOSE") | "\(.conn) \(.peer) \(.port)"' <<<"$d" | sort)
expect_match "$(grep -c . <<<"$opens")" "^[1-9][0-9]+$" "connections opened are journaled"
expect_match "$(head -1 <<<"$opens")" "^[0-9]+ 127\.[0-9.]+ [1-9][0-9]*$" "an OPEN record names its peer address and port"
expect_eq "$closes" "$opens" "every journaled connection has its CLOSE, same peer and port"
f=$("$BIN_GFCTL" -f "$GF_CONF" journal find --terminal $T1 --seq 24)
expect_match "$f" '"type":"REQUEST".*"operator_id":"NOPE"' "find: the request, plaintext decoded"
expect_match "$f" '"type":"RESPONSE".*"status":"BAD_OPERATOR"' "find: its response"
expect_eq "$(grep -c . <<<"$f")" "2" "find --seq: exactly request and response"
f=$("$BIN_GFCTL" -f "$GF_CONF" journal find --terminal $T1 --term-serial TS-77 --date "$(date +%Y%m%d)")
expect_eq "$(jq -r '"\(.type) \(.seq)"' <<<"$f" | tr '\n' ' ')" "REQUEST 25 RESPONSE 25 " "find --term-serial: the request and its response"
gf_done
