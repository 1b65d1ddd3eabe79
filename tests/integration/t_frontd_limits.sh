#!/usr/bin/env bash
# frontd's per-connection limits over real sockets: the keep-alive idle
# timeout, the kernel send buffer capped at out_highwater, and running out
# of descriptors: accept pauses a second at a time instead of spinning, and
# frontd serves again once descriptors come back.
. "$GF_SRC/tests/integration/lib.sh"
CONF_FRONTD_EXTRA='idle_timeout = 2
  out_highwater = 20000'
gf_setup
gf_keys

T1=8613900000700001
HELD=8613900000710000		# 200 terminals for the descriptor run
"$BIN_GFCTL" -f "$GF_CONF" terminal add --id $T1 --name lim --suite 2 >/dev/null ||
	fail "terminal add"
gf_sql "INSERT INTO terminals (id, name, suite)
	SELECT ($HELD + g)::text, 'held ' || g, 2 FROM generate_series(0, 199) g" >/dev/null
gf_start appsrv || gf_done
# frontd with 64 descriptors in all (hard limit), started at a soft 32;
# without CAP_SYS_RESOURCE, so that root too stays under the hard limit.
(ulimit -S -n 32; ulimit -H -n 64
 exec setpriv --bounding-set -sys_resource "$BIN_FRONTD" -d -f "$GF_CONF") >>"$T/log/frontd.out" 2>&1 &
GF_PIDS[frontd]=$!
gf_wait_port "$FRONTD_PORT" || { fail "frontd did not start"; gf_done; }
expect_match "$(grep '^Max open files' "/proc/$(gf_pid frontd)/limits")" "^Max open files +64 +64 " \
	"frontd raises its descriptor limit to the hard limit at start"
P=("$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys" -T 15000)

# ---- keep-alive: answered, then closed after idle_timeout (2 s) ----
"${P[@]}" -t $T1 -q 1 idle >"$T/idle.out" 2>&1 &
ipid=$!
sleep 0.8
# ---- out_highwater: the kernel's send buffer of that connection ----
# (Linux reports twice the value set, its bookkeeping overhead included.)
tb=$(ss -tmnH state established "( sport = :$FRONTD_PORT )" | grep -o 'tb[0-9]*' | head -1)
expect_eq "$tb" "tb40000" "a connection's send buffer is capped at out_highwater (20000 set)"
wait "$ipid"
out=$(tr '\n' ' ' <"$T/idle.out")
expect_match "$out" "^response seq=1 func=ECHO status=OK.* closed idle_ms=" "keep-alive request answered, then the connection closed"
ms=$(sed -n 's/.*idle_ms=\([0-9]*\).*/\1/p' <<<"$out")
if [ -n "$ms" ] && [ "$ms" -ge 1500 ] && [ "$ms" -lt 10000 ]; then
	ok "closed by the idle timeout (after $ms ms; idle_timeout 2 s, read_deadline 15 s)"
else fail "closed by the idle timeout (after '$ms' ms)"; fi

# ---- out of descriptors ----
# 100 slow connections from 100 addresses (the per-IP cap stays out of the
# way) need more descriptors than frontd has: the rest wait in the backlog.
"$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys" -t $HELD -q 10 -P 1 -B 3 -m 50 hold 100 \
	>"$T/hold.out" 2>&1 &
hpid=$!
gf_wait_for 15 grep -q "listener=paused" "$T/log/frontd.out" &&
	ok "accept pauses when descriptors run out" || fail "accept pauses when descriptors run out"
# While descriptors stay short, accept is retried once a second: a spinning
# loop would log nothing (it never pauses) and burn the CPU; count pauses.
n0=$(grep -c "listener=paused" "$T/log/frontd.out")
c0=$(awk '{ print $14 + $15 }' "/proc/$(gf_pid frontd)/stat")
sleep 3
n1=$(grep -c "listener=paused" "$T/log/frontd.out")
c1=$(awk '{ print $14 + $15 }' "/proc/$(gf_pid frontd)/stat")
d=$((n1 - n0))
if [ "$d" -ge 1 ] && [ "$d" -le 6 ]; then ok "accept retried about once a second ($d pauses in 3 s)"
else fail "accept retried about once a second ($d pauses in 3 s)"; fi
hz=$(getconf CLK_TCK)
if [ $((c1 - c0)) -lt "$hz" ]; then ok "no spinning: $((c1 - c0)) CPU ticks in 3 s (of $((3 * hz)))"
else fail "no spinning: $((c1 - c0)) CPU ticks in 3 s (of $((3 * hz)))"; fi
kill "$hpid" 2>/dev/null; wait "$hpid" 2>/dev/null
SQ=20
serves() { SQ=$((SQ + 1)); "${P[@]}" -T 3000 -t $T1 -q "$SQ" req | grep -q "status=OK"; }
gf_wait_for 15 serves && ok "serves again once descriptors come back" ||
	fail "serves again once descriptors come back"
gf_wait_for 5 grep -q "listener=resumed" "$T/log/frontd.out" && ok "accept resumed" ||
	fail "accept resumed"
nofd=$(gf_metric 'gf_frontd_connections_refused_total{reason="no_fd"}')
expect_match "${nofd:-0}" "^[1-9][0-9]?$" "refusals for want of descriptors counted on /metrics ($nofd)"
gf_done
