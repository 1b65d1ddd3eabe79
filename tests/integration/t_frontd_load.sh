#!/usr/bin/env bash
# frontd under load against the real appsrv and PostgreSQL: the per-IP cap,
# 2,000 concurrent connections, SIGTERM draining an in-flight request,
# `gfctl journal verify` catching a flipped byte, a deleted record and a
# swapped pair in a real journal, and kill -9 of frontd mid-load: verify
# passes and the journal holds every response a client received.
. "$GF_SRC/tests/integration/lib.sh"
CONF_FRONTD_EXTRA='grace = 15'
gf_setup
gf_keys
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"

BASE=8613900000100000
gf_sql "INSERT INTO terminals (id, name, suite)
	SELECT ($BASE + g)::text, 'load ' || g, 2 FROM generate_series(0, 2099) g" >/dev/null ||
	fail "insert terminals"
gf_start appsrv || gf_done
gf_start frontd || gf_done
P=("$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys" -T 30000)

# ---- per-IP cap (16): 20 connections from one address, all held open ----
out=$("${P[@]}" -t $BASE -B 3 -P 20 conns 20)
expect_match "$out" "response_OK=16( |$)" "per-IP cap: 16 of 20 answered"
expect_match "$out" "closed=4( |$)" "per-IP cap: 4 refused"
m=$(curl -s "http://127.0.0.1:$METRICS_PORT/metrics")
expect_match "$m" 'refused_total\{reason="per_ip"\} 4' "per-IP refusals counted"

# ---- 2,000 concurrent connections, 10 per address ----
out=$("${P[@]}" -t $BASE -q 2 -B 4 -P 10 conns 2000)
expect_match "$out" "^sent=2000 response_OK=2000$" "2,000 concurrent connections all answered"

# ---- SIGTERM drains: a request still being read is finished ----
"${P[@]}" -t $BASE -q 3 slow 40 >"$T/drain.out" &
probe=$!
sleep 1
kill -TERM "$(gf_pid frontd)"
sleep 0.3
out=$("${P[@]}" -t $((BASE + 1)) -q 3 req)
expect_match "$out" "^(closed|refused)" "draining frontd accepts no new connection"
wait "$probe"
expect_match "$(cat "$T/drain.out")" "status=OK" "in-flight request finished during the drain"
gf_wait_for 10 sh -c "! kill -0 $(gf_pid frontd) 2>/dev/null"
check "frontd exited after the drain" -- sh -c "! kill -0 $(gf_pid frontd) 2>/dev/null"
unset "GF_PIDS[frontd]"
out=$("$BIN_GFCTL" -f "$GF_CONF" journal dump | tail -1)
expect_match "$out" '"type":"STOP"' "clean shutdown recorded last"

# ---- verify catches damage in a real journal ----
J=$(ls "$T"/journal/journal-*.gfj)
check "journal verify passes" -- "$BIN_GFCTL" -f "$GF_CONF" journal verify
mapfile -t OFF < <("$BIN_GFCTL" -f "$GF_CONF" journal dump | jq -r .offset)
n=${#OFF[@]}
i=$((n / 2))
a=${OFF[$i]} b=${OFF[$((i + 1))]} c=${OFF[$((i + 2))]}
size=$(stat -c %s "$J")
cp "$J" "$T/bad.gfj"
printf '\x5a' | dd of="$T/bad.gfj" bs=1 seek=$((a + 60)) conv=notrunc status=none
out=$("$BIN_GFCTL" -f "$GF_CONF" journal verify "$T/bad.gfj")
expect_match "$out" "^BAD file=.*bad.gfj offset=$a record=$((i + 1)) " "verify names the record with a flipped byte"
{ head -c "$a" "$J"; tail -c +$((b + 1)) "$J"; } >"$T/del.gfj"
out=$("$BIN_GFCTL" -f "$GF_CONF" journal verify "$T/del.gfj")
expect_match "$out" "^BAD .*offset=$a record=$((i + 1)) .*hash chain" "verify catches a deleted record"
{ head -c "$a" "$J"; dd if="$J" bs=1 skip="$b" count=$((c - b)) status=none
  dd if="$J" bs=1 skip="$a" count=$((b - a)) status=none; tail -c +$((c + 1)) "$J"; } >"$T/swap.gfj"
expect_eq "$(stat -c %s "$T/swap.gfj")" "$size" "swapped copy has the same size"
out=$("$BIN_GFCTL" -f "$GF_CONF" journal verify "$T/swap.gfj")
expect_match "$out" "^BAD .*offset=$a record=$((i + 1)) .*hash chain" "verify catches a swapped pair"
rm -f "$T"/bad.gfj "$T"/del.gfj "$T"/swap.gfj

# ---- kill -9 mid-load ----
gf_start frontd || gf_done
: >"$T/got"
"${P[@]}" -t $BASE -q 100 -n 200 -c 200 -d 6 -B 5 -P 4 -L "$T/got" load >"$T/load.out" 2>&1 &
load=$!
sleep 2.5
gf_kill9 frontd
wait "$load"
got=$(wc -l <"$T/got")
expect_match "$got" "^[1-9][0-9]+$" "clients received responses before the kill ($got)"
out=$("$BIN_GFCTL" -f "$GF_CONF" journal verify)
expect_match "$out" "^(WARNING .*torn tail.*
)?OK files=1 records=" "journal verify passes after kill -9"
"$BIN_GFCTL" -f "$GF_CONF" journal dump |
	jq -r 'select(.type == "RESPONSE" and .status == "OK") | "\(.terminal) \(.seq)"' | sort -u >"$T/journaled"
missing=$(sort -u "$T/got" | comm -23 - "$T/journaled" | wc -l)
expect_eq "$missing" "0" "every response a client received is in the journal"
# frontd restarts on the same journal: torn tail truncated, chain continues
gf_start frontd || gf_done
expect_match "$("${P[@]}" -t $BASE -q 999999 req)" "status=OK" "frontd serves again after kill -9"
gf_stop frontd
check "journal verify passes after the restart" -- "$BIN_GFCTL" -f "$GF_CONF" journal verify
gf_done
