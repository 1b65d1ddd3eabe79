#!/bin/bash
# The back office's rules on ifsvc's own path (ifsvc/recon.c, office.c):
# `gfctl recon run` of a signed-off day is refused and audited; after an
# admin's reopen a rerun asked for from the console (the recon_requests
# queue) is taken by ifsvc, run in the requester's name and recorded; the
# RECON_UNSIGNED and CASH_IN_TRANSIT alarms come from ifsvc's timer.
source "$GF_SRC/tests/integration/lib.sh"
source "$GF_SRC/tests/integration/ifsvc_lib.sh"
CONF_IFSVC_EXTRA="$CONF_IFSVC_EXTRA
  signoff_alarm_days = 3
  cash_alarm_days = 2
  cash_alarm_amount = 1000000
  office_check = 1"
ifsvc_start_all 3

declare -a S
for i in 0 1 2; do
	S[$i]=$(new_pending PAYMENT 1002 "${CUST[$i]}" $((200 + i)) "bo-$i")
	r=$(pay "${S[$i]}" "${CUST[$i]}" $((200 + i))); appsrv_apply "${S[$i]}" "$r"
done
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state = 'SUCCESS'")" "3" "three payments"
# One difference: the station's amount differs (as in t_ifsvc_recon).
# (A station never changes an amount: today's figures, counted at most every
# 10 s into tx_day_live, are counted again after this test's change.)
gf_sql "UPDATE transactions SET amount = amount + 1 WHERE stserial = '${S[1]}'; DELETE FROM tx_day_live" >/dev/null
today=$(gf_sql "SELECT to_char(current_date, 'YYYYMMDD')")
out=$("$BIN_GFCTL" -f "$GF_CONF" recon run --date "$today"); rc=$?
expect_eq "$rc" 0 "the day reconciles"
expect_match "$out" "AMOUNT_MISMATCH=1" "with one difference"
run1=$(gf_sql "SELECT max(id) FROM recon_runs")

# Auditor 1 resolves it, auditor 2 signs the day off.
expect_match "$(gf_sql "SELECT gf_bo_recon_resolve('console:aud1', '$today', '${S[1]}', 'STATION_FAULT', '测试注入的金额差')")" '"id"' "auditor 1 resolves the difference"
expect_match "$(gf_sql "SELECT gf_bo_recon_signoff('console:aud2', '$today', '')")" '"SIGNED"' "auditor 2 signs the day off"

# gfctl recon run (IPC_RECON_RUN to ifsvc) of the signed day: refused, audited.
out=$("$BIN_GFCTL" -f "$GF_CONF" recon run --date "$today" 2>&1); rc=$?
expect_eq "$rc" 1 "gfctl recon run of a signed day fails"
expect_match "$out" "signed off: an admin must reopen it" "and says why"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_runs")" "1" "no new run"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE actor = 'ifsvc:ipc' AND action = 'recon run refused' AND object = '$today'")" "1" "ifsvc's refusal is audited"
expect_eq "$(gf_sql "SELECT gf_bo_recon_rerun('console:aud2', '$today')::jsonb->>'error'")" "locked" "a console rerun of the signed day: locked"

# An admin reopens; the console's rerun is queued, ifsvc runs it.
gf_sql "SELECT gf_bo_recon_reopen('console:adm', '$today', '营销系统重发了对账文件')" >/dev/null
expect_eq "$(gf_sql "SELECT gf_bo_recon_rerun('console:aud2', '$today')::jsonb->>'state'")" "QUEUED" "after the reopen a rerun is queued"
req_done() { [ "$(gf_sql "SELECT state FROM recon_requests ORDER BY id DESC LIMIT 1")" = DONE ]; }
gf_wait_for 30 req_done && ok "ifsvc took and ran the request" || fail "the request was not run ($(gf_sql "SELECT state || ' ' || COALESCE(detail, '') FROM recon_requests"))"
run2=$(gf_sql "SELECT run_id FROM recon_requests ORDER BY id DESC LIMIT 1")
expect_eq "$(gf_sql "SELECT state FROM recon_runs WHERE id = $run2") $([ "$run2" -gt "$run1" ] && echo new)" "DONE new" "the request names its new run, DONE"
expect_match "$(grep "office: request=" "$ILOG" | tail -1)" "ok=1 run=$run2" "ifsvc logs the request's run"
expect_eq "$(gf_sql "SELECT gf_bo_recon_day('console:aud2', '$today', NULL, 1, 50)::jsonb->'day'->>'run_id'")" "$run2" "the day's page shows the new run"
# The difference is still there and keeps its resolution; a fresh auditor signs.
expect_eq "$(gf_sql "SELECT gf_bo_recon_day('console:aud3', '$today', NULL, 1, 50)::jsonb->'day'->>'unresolved'")" "0" "the resolution carries over to the new run"
expect_match "$(gf_sql "SELECT gf_bo_recon_signoff('console:aud3', '$today', '')")" '"SIGNED"' "the day is signed again"

# The alarms of ifsvc's timer: a day 5 days back with cash never handed in
# and never signed off.
gf_sql "INSERT INTO tx_keys (terminal_id, term_serial, stserial, settle_date) VALUES ('$TERM_ID', 'old-1', 'SC01OLD1', current_date - 5);
	INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial, operator_id, customer_no, func, trcode, amount, pay_mode, state, mkt_serial)
	VALUES ('SC01OLD1', current_date - 5, '$TERM_ID', 'old-1', 'op1', '${CUST[0]}', 'PAYMENT', 1002, 1200, 1, 'SUCCESS', 'MOLD1')" >/dev/null
alarms_up() { [ "$(gf_sql "SELECT count(DISTINCT kind) FROM alarms WHERE kind IN ('RECON_UNSIGNED', 'CASH_IN_TRANSIT')")" = 2 ]; }
gf_wait_for 15 alarms_up && ok "ifsvc raised RECON_UNSIGNED and CASH_IN_TRANSIT" || fail "alarms: $(gf_sql "SELECT string_agg(kind, ',') FROM alarms")"
expect_match "$(gf_sql "SELECT detail FROM alarms WHERE kind = 'CASH_IN_TRANSIT'")" "^collector=op1 in_transit=$((1200 + 200 + 202 + 202)) fen since=[0-9]{8} days=5$" "the cash alarm names the collector and the amount"
sleep 2.5
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind IN ('RECON_UNSIGNED', 'CASH_IN_TRANSIT')")" "2" "raised once while open"
gf_done
