#!/bin/bash
# t_ifsvc_daily.sh - the daily reconciliation: with recon_time set a few
# seconds ahead, a run for the previous business date appears by itself
# (no gfctl), and finds that date's difference; a restart later that day
# does not reconcile the date a second time.
# recon_time a few seconds ahead (HH:MM:SS); not across midnight.
target=$(( $(date +%s) + 8 ))
if [ "$(date -d "@$target" +%Y%m%d)" != "$(date +%Y%m%d)" ]; then
	sleep 10; target=$(( $(date +%s) + 8 ))
fi
CONF_IFSVC_EXTRA="recon_time = \"$(date -d "@$target" +%H:%M:%S)\""
source "$GF_SRC/tests/integration/lib.sh"
source "$GF_SRC/tests/integration/ifsvc_lib.sh"
gf_setup
ifsvc_prepare
# Yesterday the station booked a payment the marketing system does not
# list (its 9001 for that date is empty): the daily run must find it.
gf_sql "INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial,
	operator_id, customer_no, func, trcode, amount, state, mkt_serial)
	VALUES ('SC01DAILY0001', current_date - 1, '$TERM_ID', 'y-1', 'op1',
	'0000000001', 'PAYMENT', 1002, 321, 'SUCCESS', 'MKY1')" >/dev/null
yday=$(gf_sql "SELECT current_date - 1")
ifsvc_start 1
if [ "$(date +%s)" -lt "$target" ]; then
	expect_eq "$(gf_sql "SELECT count(*) FROM recon_runs")" "0" "no run before the configured time"
fi
runs_done() { [ "$(gf_sql "SELECT count(*) FROM recon_runs WHERE recon_date = '$yday' AND state = 'DONE'")" = 1 ]; }
gf_wait_for 40 runs_done && ok "a DONE run for the previous date appeared without gfctl" || fail "no daily run"
grep -q "recon: daily run started date=$(date -d "$yday" +%Y%m%d)" "$ILOG" && ok "started by the daily timer" || fail "no daily start in the log"
expect_eq "$(gf_sql "SELECT string_agg(category || '=' || stserial, ' ') FROM recon_diffs")" "LOCAL_ONLY=SC01DAILY0001" "the daily run found yesterday's difference"
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'RECON_DIFF'")" "1" "and raised its alarm"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_runs WHERE recon_date <> '$yday'")" "0" "no run for another date"

# Restart after the time: the date is already DONE, no second run.
gf_stop ifsvc
gf_start ifsvc || gf_done
skipped() { grep -q "recon: finished ok=0 date .* already reconciled" "$ILOG"; }
gf_wait_for 20 skipped && ok "after a restart the daily run sees the date done" || fail "no daily check after restart"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_runs")" "1" "still one run for the date"
gf_done
