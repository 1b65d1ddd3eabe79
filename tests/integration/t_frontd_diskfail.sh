#!/usr/bin/env bash
# The journal's disk fills up under a running frontd (the LD_PRELOAD shim
# tests/shim/failjournal.c: the first journal write() after the trigger is
# cut one byte short, every later one fails with ENOSPC).  The fdatasync
# side is t_frontd_journal_fail.  frontd must answer nothing whose records
# are not durable - neither the request that hit the failure nor one still
# being read on another connection -, close the listening socket (a new
# connection is refused, not left in a backlog), store a JOURNAL alarm,
# show the failure in /metrics, stay up, not resume on its own; what it
# wrote verifies, and a restart on a good disk truncates the torn record,
# continues the chain and answers again.
. "$GF_SRC/tests/integration/lib.sh"
# The slow sender below takes ~10 s for its frame: keep it under the deadline.
CONF_FRONTD_EXTRA='read_deadline = 30'
gf_setup
gf_keys
SHIM=$GF_BUILD/tests/failjournal.so
[ -f "$SHIM" ] || { fail "shim $SHIM built"; gf_done; }
T1=8613900000700001
"$BIN_GFCTL" -f "$GF_CONF" terminal add --id $T1 --name diskfail --suite 2 \
	>>"$T/log/gfctl.out" 2>&1 || fail "terminal add"
gf_start appsrv || gf_done
# Only frontd runs with the shim.  (ASan wants its runtime first in the
# library list; the shim is not instrumented and intercepts only write().)
GF_FAILJ_TRIGGER=$T/disk-full LD_PRELOAD=$SHIM \
	ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0" gf_start frontd || gf_done
FPID=$(gf_pid frontd)
P=("$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys" -t $T1 -T 15000)
G=("$BIN_GFCTL" -f "$GF_CONF")
# The record's own "seq" (not the decoded frame's) of every RESPONSE, sorted.
responses() {
	"${G[@]}" journal dump 2>/dev/null | grep '"type": *"RESPONSE"' |
		sed -n 's/^[^{]*{.*"type": *"RESPONSE"[^{]*"seq": *\([0-9]*\).*/\1/p' |
		sort -n | tr '\n' ' '
}

# ---- the disk is good ----
expect_match "$("${P[@]}" -q 1 req)" "^response seq=1 func=ECHO status=OK" "ECHO answered while the disk is good"
out=$("${P[@]}" -q 2 keepalive 2 | tr '\n' ' ')
expect_match "$out" "seq=2 .*status=OK.* seq=3 .*status=OK" "keep-alive answered while the disk is good"
expect_eq "$(responses)" "1 2 3 " "every answer given so far is in the journal"

# A request still being read (a byte every 100 ms) when the disk fails.
"${P[@]}" -q 4 slow 100 >"$T/slow.out" 2>&1 &
slow=$!
sleep 1

# ---- the disk fills up ----
touch "$T/disk-full"
out=$("${P[@]}" -q 5 req)
expect_eq "$out" "closed" "the request that hit the failed write gets no answer (connection closed)"
gf_wait_for 10 grep -q 'journal=failed reason="write: No space left on device"' "$T/log/frontd.out" &&
	ok "frontd logs the failed journal write" || fail "frontd logs the failed journal write"
gf_wait_for 10 grep -q "frontd=stopped_accepting" "$T/log/frontd.out" &&
	ok "frontd stops taking work" || fail "frontd stops taking work"
wait "$slow"
expect_eq "$(cat "$T/slow.out")" "closed" "the request being read on another connection is not answered"
expect_eq "$("${P[@]}" -q 6 req)" "refused" "a new connection is refused"
alarm() { [ "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'JOURNAL' AND source = 'frontd'
	AND detail LIKE '%No space left%' AND NOT acked")" -ge 1 ]; }
gf_wait_for 10 alarm && ok "a JOURNAL alarm is stored for the console" ||
	fail "a JOURNAL alarm is stored for the console"
m=$(curl -s "http://127.0.0.1:$METRICS_PORT/metrics")
expect_match "$m" $'(^|\n)gf_frontd_journal_failed 1(\n|$)' "/metrics shows the journal failed"
expect_match "$m" $'(^|\n)gf_frontd_connections_open 0(\n|$)' "no connection is left open"

# ---- the disk has room again: frontd does not resume by itself ----
rm -f "$T/disk-full"
sleep 0.5
expect_eq "$("${P[@]}" -q 7 req)" "refused" "still refused after the disk recovers (no silent resume)"
check "frontd stays up (metrics, alarm, clean stop)" -- kill -0 "$FPID"
expect_eq "$(responses)" "1 2 3 " "the journal holds exactly the answers given"
out=$("${G[@]}" journal verify 2>&1); rc=$?
expect_eq "$rc" "0" "journal verify passes on what was written ($out)"
expect_match "$out" "WARNING .*torn tail" "verify reports the record the full disk cut short"

# ---- restart on a good disk ----
gf_stop frontd
gf_start frontd || gf_done
expect_match "$(cat "$T/log/frontd.out")" "journal=torn_tail .*action=truncated" "restart truncates the torn record"
expect_match "$("${P[@]}" -q 8 req)" "^response seq=8 func=ECHO status=OK" "ECHO answered again after the restart"
out=$("${G[@]}" journal verify 2>&1); rc=$?
expect_eq "$rc" "0" "the chain continues across the failure and the restart ($out)"
if grep -q "WARNING" <<<"$out"; then fail "no torn record left: $out"; else ok "no torn record left"; fi
expect_eq "$(responses)" "1 2 3 8 " "every answer given is in the journal, nothing else answered"
gf_done
