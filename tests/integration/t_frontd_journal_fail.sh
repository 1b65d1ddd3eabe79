#!/usr/bin/env bash
# The journal's disk fails under a running frontd (fdatasync returns EIO,
# through the LD_PRELOAD shim tests/shim/failsync.c): frontd answers nothing
# whose records are not durable, stops taking work, raises a JOURNAL alarm
# for the console, stays up, and what it had written still verifies.
# Then again with appsrv away when the disk fails: the alarm is held and
# reaches the console once appsrv is back.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys
SHIM=$GF_BUILD/tests/failsync.so
[ -f "$SHIM" ] || { fail "shim $SHIM built"; gf_done; }
TFILE=$T/terminals
TS=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --keys "$T/keys" --timeout 3000 --retries 0)
"$BIN_GFCTL" -f "$GF_CONF" terminal add --id 8613900000600001 --name jf --suite 1 \
	--ip 127.0.1.71 >>"$T/log/gfctl.out" 2>&1 || fail "terminal add"
"$BIN_GFCTL" -f "$GF_CONF" operator add --id JF1 --name jf --role collector \
	<<<135246 >>"$T/log/gfctl.out" 2>&1 || fail "operator add"
(umask 077; echo "8613900000600001 1 1 127.0.1.71 - - JF1 135246 collector" >"$TFILE")

MKT_CUSTOMERS=20
gf_start mktsim && gf_start ifsvc && gf_start appsrv || gf_done
# Only frontd runs with the shim.  (ASan wants its runtime first in the
# library list; the shim is not instrumented and intercepts nothing of it.)
export GF_FAILSYNC_TRIGGER=$T/disk-fails
ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0" LD_PRELOAD=$SHIM gf_start frontd || gf_done
unset GF_FAILSYNC_TRIGGER

out=$("${TS[@]}" call --terminal 8613900000600001 ECHO 2>&1); rc=$?
expect_eq "$rc" "0" "ECHO answered while the disk is good"
before=$("$BIN_GFCTL" -f "$GF_CONF" journal dump 2>/dev/null | grep -c '"type": *"RESPONSE"')
expect_match "$before" "^[1-9][0-9]*$" "the answered ECHO's response is in the journal"

responses() { "$BIN_GFCTL" -f "$GF_CONF" journal dump 2>/dev/null | grep -c '"type": *"RESPONSE"'; }
sleep 1		# termsim call takes its seq from the clock: a new second
touch "$T/disk-fails"
out=$("${TS[@]}" call --terminal 8613900000600001 ECHO 2>&1); rc=$?
if [ "$rc" != 0 ] && ! grep -q "ECHO: OK" <<<"$out"; then
	ok "no answer for a request whose records could not be made durable"
else fail "a request was answered after the journal failed: $out"; fi
gf_wait_for 10 grep -q "journal=failed" "$T/log/frontd.out" && ok "frontd logs the journal failure" ||
	fail "frontd logs the journal failure"
gf_wait_for 10 grep -q "frontd=stopped_accepting" "$T/log/frontd.out" && ok "frontd stops taking work" ||
	fail "frontd stops taking work"
alarm() { [ "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'JOURNAL' AND source = 'frontd' AND NOT acked")" -ge 1 ]; }
gf_wait_for 10 alarm && ok "a JOURNAL alarm is stored for the console" || fail "a JOURNAL alarm is stored for the console"

# The batch whose fdatasync failed may be in the file (written, never
# released).  Still failed once the disk is back: frontd does not resume
# on its own, and journals nothing more.
mid=$(responses)
rm -f "$T/disk-fails"
sleep 1
out=$("${TS[@]}" call --terminal 8613900000600001 ECHO 2>&1); rc=$?
if [ "$rc" != 0 ]; then ok "no work is taken after the failure"; else fail "work taken after the failure: $out"; fi
if kill -0 "$(gf_pid frontd)" 2>/dev/null; then ok "frontd stays up (for its metrics and a clean stop)"
else fail "frontd died"; fi
curl -s "http://127.0.0.1:$METRICS_PORT/metrics" >"$T/metrics" 2>/dev/null
expect_match "$(grep -c . "$T/metrics")" "^[1-9]" "metrics still served"

gf_stop frontd
expect_eq "$(responses)" "$mid" "nothing journaled after the failure"
out=$("$BIN_GFCTL" -f "$GF_CONF" journal verify 2>&1); rc=$?
expect_eq "$rc" "0" "journal verify passes on what was written ($out)"

# ---- the disk fails while appsrv is down ----
gf_psql -q -c "UPDATE alarms SET acked = true WHERE kind = 'JOURNAL'"
export GF_FAILSYNC_TRIGGER=$T/disk-fails
ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0" LD_PRELOAD=$SHIM gf_start frontd || gf_done
unset GF_FAILSYNC_TRIGGER
gf_stop appsrv
gf_wait_for 10 grep -q "appsrv=down" "$T/log/frontd.out" || fail "frontd sees appsrv go"
nfail=$(grep -c "journal=failed" "$T/log/frontd.out")
touch "$T/disk-fails"
"${TS[@]}" call --terminal 8613900000600001 ECHO >/dev/null 2>&1
failed_again() { [ "$(grep -c "journal=failed" "$T/log/frontd.out")" -gt "$nfail" ]; }
gf_wait_for 10 failed_again && ok "the journal fails again with appsrv away" ||
	fail "the journal fails again with appsrv away"
sleep 0.5
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'JOURNAL' AND NOT acked")" "0" \
	"no alarm stored while appsrv is away"
gf_start appsrv || gf_done
gf_wait_for 15 alarm && ok "the held JOURNAL alarm reaches the console when appsrv is back" ||
	fail "the held JOURNAL alarm reaches the console when appsrv is back"
grep -q "appsrv=alarms_resent" "$T/log/frontd.out" && ok "frontd logs the resent alarm" ||
	fail "frontd logs the resent alarm"
rm -f "$T/disk-fails"
gf_stop frontd
gf_done
