#!/usr/bin/env bash
# The back office's rules at the SQL level (schema/fn/backoffice.sql), on a
# small fixture (tests/integration/backoffice/fixture.sql): resolutions
# from the fixed list, append-only and linked; maker != checker; a signed
# day locked (refusals audited) for resolutions, reruns and ifsvc's own
# start of a run; reopen by an admin; the rerun queue; collectors' cash
# (expected, over/short, states, deposit); in-transit and its alarms; the
# closed-day summary; statistics; search paging; a transaction's story.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_psql -q -v ON_ERROR_STOP=1 -f "$GF_SRC/tests/integration/backoffice/fixture.sql" ||
	{ fail "fixture"; gf_done; }

q() { gf_psql -At -c "$1" 2>&1; }
j() { q "$1" | jq -c "${2:-.}" 2>&1; }
D0=$(q "SELECT to_char(current_date, 'YYYYMMDD')")
D1=$(q "SELECT to_char(current_date - 1, 'YYYYMMDD')")
D5=$(q "SELECT to_char(current_date - 5, 'YYYYMMDD')")
A1=console:aud1 A2=console:aud2 ADM=console:adm CS=console:cash1

# ---- reconciliation review ----
expect_eq "$(j "SELECT gf_bo_recon_day('$A1', '$D1', NULL, 1, 50)" '[.day.state, .day.diffs, .day.unresolved, .day.file_sha256 != null, .can_sign]')" \
	'["DIFFERENCES",3,3,true,false]' "the day shows 3 unresolved differences and cannot be signed"
expect_eq "$(j "SELECT gf_bo_recon_day('$A1', '$D1', NULL, 1, 50)" '[.diffs.rows[] | [.category, .stserial, .station.amount, .market.amount]]')" \
	'[["AMOUNT_MISMATCH","SC01A0002",2550,2500],["LOCAL_ONLY","SC01A0003",3000,null],["REMOTE_ONLY","SC01X0009",null,900]]' \
	"each difference with the station's record and the 9001 line side by side"
expect_eq "$(j "SELECT gf_bo_recon_day('$A1', '$D1', 'LOCAL_ONLY', 1, 50)" '[.diffs.total, .diffs.rows[0].stserial]')" '[1,"SC01A0003"]' "differences filtered by category"
expect_match "$(q "SELECT gf_bo_recon_resolve('$A1', '$D1', 'SC01A0002', 'BOGUS', 'x')")" "reason must be one of the list" "a reason outside the fixed list is refused"
expect_match "$(q "SELECT gf_bo_recon_resolve('$A1', '$D1', 'SC01A0002', 'OTHER', '  ')")" "note is required" "a resolution needs a note"
expect_match "$(q "SELECT gf_bo_recon_resolve('$A1', '$D1', 'NOPE', 'OTHER', 'x')")" "no difference NOPE" "an unknown difference is not found"
expect_eq "$(j "SELECT gf_bo_recon_resolve('$A1', '$D1', 'SC01A0002', 'MKT_CORRECTION', '营销侧金额录错')" '[.reason, .supersedes]')" '["MKT_CORRECTION",null]' "auditor 1 resolves a difference"
expect_match "$(q "SELECT gf_bo_recon_signoff('$A2', '$D1', 'x')")" "2 differences of .* are not resolved" "no sign-off while differences are open"
q "SELECT gf_bo_recon_resolve('$A1', '$D1', 'SC01A0003', 'STATION_FAULT', '主站漏报')" >/dev/null
q "SELECT gf_bo_recon_resolve('$A1', '$D1', 'SC01X0009', 'FRAUD_SUSPECTED', '待查')" >/dev/null
first=$(q "SELECT min(id) FROM recon_resolutions WHERE stserial = 'SC01A0002'")
expect_eq "$(j "SELECT gf_bo_recon_resolve('$A1', '$D1', 'SC01A0002', 'SETTLED_LATER', '更正：次日已结清')" '.supersedes')" "$first" \
	"a correction is a new resolution linked to the one it supersedes"
expect_eq "$(q "SELECT count(*) FROM recon_resolutions WHERE stserial = 'SC01A0002'")" "2" "the first resolution is kept"
expect_match "$(q "UPDATE recon_resolutions SET note = 'changed'")" "append-only" "resolutions cannot be edited"
expect_match "$(q "DELETE FROM recon_resolutions")" "append-only" "resolutions cannot be deleted"
expect_eq "$(j "SELECT gf_bo_recon_day('$A1', '$D1', NULL, 1, 50)" '[.day.state, .day.unresolved, .you_resolved, .can_sign]')" '["READY",0,true,false]' \
	"all resolved: the maker is told it may not sign"
expect_eq "$(j "SELECT gf_bo_recon_day('$A2', '$D1', NULL, 1, 50)" '.can_sign')" 'true' "another auditor may sign"
expect_eq "$(j "SELECT gf_bo_recon_signoff('$A1', '$D1', 'x')" '.error')" '"conflict"' "maker = checker is refused"
expect_eq "$(q "SELECT count(*) FROM recon_signoffs")" "0" "nothing signed by the maker"
expect_eq "$(q "SELECT detail->>'why' FROM audit_log WHERE action = 'recon signoff refused' AND actor = '$A1'")" "maker is not checker" "the refused sign-off is audited"
expect_eq "$(j "SELECT gf_bo_recon_signoff('$A2', '$D1', '核对无误')" '.state')" '"SIGNED"' "auditor 2 signs the day off"
expect_eq "$(q "SELECT actor || ' ' || action FROM audit_log WHERE action = 'recon signoff'")" "$A2 recon signoff" "the sign-off is audited"
expect_eq "$(j "SELECT gf_bo_recon_signoff('$A2', '$D1', 'again')" '.error')" '"locked"' "a second sign-off: locked"

# A signed day is locked: refused and audited, on every path.
n0=$(q "SELECT count(*) FROM audit_log")
expect_eq "$(j "SELECT gf_bo_recon_resolve('$A1', '$D1', 'SC01A0002', 'OTHER', 'late change')" '.error')" '"locked"' "a resolution of a signed day is refused (locked)"
expect_eq "$(q "SELECT count(*) FROM recon_resolutions")" "4" "no resolution was added"
expect_eq "$(q "SELECT action || ' ' || (detail->>'why') FROM audit_log WHERE actor = '$A1' ORDER BY id DESC LIMIT 1")" "recon resolve refused signed off" "the refused change is audited"
expect_eq "$(j "SELECT gf_bo_recon_rerun('$A2', '$D1')" '.error')" '"locked"' "a rerun of a signed day is refused (locked)"
expect_eq "$(q "SELECT count(*) FROM recon_requests")" "0" "no rerun queued"
expect_eq "$(q "SELECT count(*) - $n0 FROM audit_log")" "2" "both refusals audited"
expect_eq "$(q "SELECT COALESCE(gf_recon_run_begin(current_date - 1, 'gfctl'), 0)")" "0" "ifsvc's start of a run of a signed day is refused"
expect_eq "$(q "SELECT actor || ' ' || action FROM audit_log ORDER BY id DESC LIMIT 1")" "gfctl recon run refused" "ifsvc's refused run is audited"
expect_match "$(q "INSERT INTO recon_runs (recon_date) VALUES (current_date - 1)")" "signed off" "no run row of a signed day, whoever inserts it"
expect_match "$(q "UPDATE recon_diffs SET r_amount = 1")" "signed-off day cannot change" "the signed day's differences cannot change"
expect_match "$(q "DELETE FROM recon_stats")" "signed-off day cannot change" "the signed day's statistics cannot change"
expect_match "$(q "INSERT INTO recon_diffs (run_id, category, stserial) SELECT max(id), 'LOCAL_ONLY', 'SC01ZZ' FROM recon_runs")" "signed-off day cannot change" "no difference added to a signed day"
expect_match "$(q "DELETE FROM recon_signoffs")" "only a reopen ends it" "a sign-off cannot be deleted"
expect_eq "$(j "SELECT gf_bo_recon_days(NULL, NULL, 1, 50)" "[.rows[] | select(.date == \"$D1\") | .state, .signed_by][0:2]")" "[\"SIGNED\",\"$A2\"]" "the days list shows the sign-off"

# Reopen by an admin (the route checks the role), audited; then a rerun.
expect_match "$(q "SELECT gf_bo_recon_reopen('$ADM', '$D1', '')")" "reason is required" "a reopen needs a reason"
expect_eq "$(j "SELECT gf_bo_recon_reopen('$ADM', '$D1', '营销系统更正了对账文件')" '.state')" '"REOPENED"' "an admin reopens the day"
expect_eq "$(q "SELECT actor || ' ' || action || ' ' || (detail->>'reason') FROM audit_log WHERE action = 'recon reopen'")" "$ADM recon reopen 营销系统更正了对账文件" "the reopen is audited with its reason"
expect_match "$(q "SELECT gf_bo_recon_reopen('$ADM', '$D1', 'again')")" "is not signed off" "a day not signed cannot be reopened"
expect_eq "$(q "SELECT reopened_by FROM recon_signoffs")" "$ADM" "the sign-off row stays, with who reopened it"
expect_eq "$(j "SELECT gf_bo_recon_rerun('$A2', '$D1')" '.state')" '"QUEUED"' "after the reopen a rerun is queued"
expect_match "$(q "SELECT gf_bo_recon_rerun('$A2', '$D1')")" "already queued or running" "one rerun at a time"
expect_match "$(q "SELECT gf_bo_recon_signoff('$A2', '$D1', 'x')")" "running or queued" "no sign-off while a rerun is queued"
expect_eq "$(q "SELECT r_date || ' ' || r_actor FROM gf_bo_recon_take('n1', 30)")" "$D1 $A2" "ifsvc takes the request"
expect_eq "$(q "SELECT count(*) FROM gf_bo_recon_take('n1', 30)")" "0" "nothing else queued"
run=$(q "SELECT gf_recon_run_begin(current_date - 1, 'console:aud2')")
expect_match "$run" "^[0-9]+$" "the reopened day may run again"
q "UPDATE recon_runs SET state = 'DONE', finished_at = now() WHERE id = $run" >/dev/null
q "SELECT gf_bo_recon_request_done(r.id, true, $run, 'ok') FROM recon_requests r" >/dev/null
expect_eq "$(q "SELECT state || ' ' || run_id FROM recon_requests")" "DONE $run" "the request records its run"
expect_eq "$(j "SELECT gf_bo_recon_day('$A2', '$D1', NULL, 1, 50)" '[.day.run_id, .day.diffs, .day.state]')" "[$run,0,\"READY\"]" "the new run is the day's current run"
expect_eq "$(q "SELECT gf_bo_recon_request_done(1, true, 1, 'x'); SELECT gf_bo_recon_requests_interrupted('n1')" | tail -1)" "0" "a finished request is not marked interrupted"

# ---- collectors' cash ----
expect_eq "$(j "SELECT gf_bo_cash_list('$D1', NULL, NULL, 1, 50)" '[.rows[] | [.collector, .state, .expected, .collected, .reversed]]')" \
	'[["C1","OPEN",13550,17550,4000],["C2","OPEN",5000,5000,0]]' \
	"expected cash: cash payments and prepayments in force, minus same-day reversals, without card or transfer"
expect_eq "$(j "SELECT gf_bo_cash_in_transit(2, 50000, 1, 50)" '[.rows[] | [.collector, .date, .amount, .over_days, .over_amount]]')" \
	"[[\"C2\",\"$D5\",70000,true,true],[\"C1\",\"$D1\",13550,false,false],[\"C2\",\"$D1\",5000,false,true],[\"C1\",\"$D0\",900,false,false]]" \
	"in-transit cash oldest first, with the limits broken"
expect_match "$(q "SELECT gf_bo_cash_handin('$CS', 'C1', '$D1', -1, NULL)")" "counted" "a negative count is refused"
expect_match "$(q "SELECT gf_bo_cash_handin('$CS', 'C1', '$D0', 900, NULL)")" "still in progress" "no hand-in while a payment of the day is pending"
expect_eq "$(j "SELECT gf_bo_cash_handin('$CS', 'C1', '$D1', 13000, NULL)" '[.state, .over_short]')" '["HANDED_IN",-550]' "short without a reason: handed in, not balanced"
expect_match "$(q "SELECT gf_bo_cash_deposit('$CS', 'C1', '$D1', 'S-1', '工商银行', 13000)")" "not BALANCED" "no deposit before it balances"
expect_eq "$(j "SELECT gf_bo_cash_handin('$CS', 'C1', '$D1', 13500, '短款0.50元，已由收费员补交说明')" '[.state, .expected, .counted, .over_short]')" \
	'["BALANCED",13550,13500,-50]' "a recount with a reason balances"
expect_eq "$(q "SELECT count(*) FROM cash_events WHERE operator_id = 'C1' AND kind = 'HANDIN'")" "2" "both counts kept as events"
expect_match "$(q "SELECT gf_bo_cash_deposit('$CS', 'C1', '$D1', 'S-1', '工商银行', 13550)")" "not the cash counted" "a deposit must be the cash counted"
expect_match "$(q "SELECT gf_bo_cash_deposit('$CS', 'C1', '$D1', 'S 1;', '工商银行', 13500)")" "slip_no" "a malformed slip number is refused"
expect_eq "$(j "SELECT gf_bo_cash_deposit('$CS', 'C1', '$D1', 'S-1', '工商银行', 13500)" '.state')" '"DEPOSITED"' "balanced cash deposited"
expect_match "$(q "SELECT gf_bo_cash_handin('$CS', 'C1', '$D1', 13550, NULL)")" "already DEPOSITED" "no hand-in after the deposit"
expect_eq "$(j "SELECT gf_bo_cash_handin('$CS', 'C2', '$D1', 5100, NULL)" '[.state, .over_short]')" '["HANDED_IN",100]' "over without a reason"
expect_eq "$(j "SELECT gf_bo_cash_handin('$CS', 'C2', '$D1', 5000, NULL)" '[.state, .over_short]')" '["BALANCED",0]' "the recount equals expected: balanced"
expect_match "$(q "UPDATE cash_days SET state = 'OPEN' WHERE operator_id = 'C2'")" "illegal cash transition" "the cash states only move forward"
expect_match "$(q "UPDATE cash_events SET amount = 1")" "append-only" "cash events cannot be edited"
expect_eq "$(q "SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE actor = '$CS'")" "cash handin,cash handin,cash deposit,cash handin,cash handin" "every cash step audited"
expect_eq "$(j "SELECT gf_bo_cash_list('$D1', NULL, NULL, 1, 50)" '[.rows[] | [.collector, .state, .counted, .over_short, .slip_no]]')" \
	'[["C1","DEPOSITED",13500,-50,"S-1"],["C2","BALANCED",5000,0,null]]' "the day's cash list"
expect_eq "$(j "SELECT gf_bo_cash_list(NULL, 'C2', NULL, 1, 50)" '[.rows[] | [.date, .state]]')" "[[\"$D1\",\"BALANCED\"],[\"$D5\",\"OPEN\"]]" "one collector's days"
expect_eq "$(j "SELECT gf_bo_cash_in_transit(2, 50000, 1, 50)" '[.rows[] | [.collector, .date]]')" "[[\"C2\",\"$D5\"],[\"C1\",\"$D0\"]]" "handed-in days leave the in-transit list"

# ---- alarms ----
expect_eq "$(q "SELECT gf_bo_alarms(3, 2, 50000)")" "2" "an unsigned old day and a collector out too long raise alarms"
expect_eq "$(q "SELECT string_agg(kind || ' ' || detail, '; ' ORDER BY kind) FROM alarms")" \
	"CASH_IN_TRANSIT collector=C2 in_transit=70000 fen since=$D5 days=5; RECON_UNSIGNED date=$D5 not signed off after 3 days" "the alarms name the day and the collector"
expect_eq "$(q "SELECT gf_bo_alarms(3, 2, 50000)")" "0" "not raised again while open"
q "UPDATE alarms SET acked = true" >/dev/null
expect_eq "$(q "SELECT gf_bo_alarms(3, 2, 50000)")" "2" "raised again once acknowledged and still true"
expect_eq "$(q "SELECT gf_bo_alarms(0, 0, 0)")" "0" "0 turns the checks off"

# ---- summaries, statistics, report ----
expect_eq "$(q "SELECT string_agg(to_char(settle_date, 'YYYYMMDD'), ',' ORDER BY settle_date) FROM tx_day_summarized")" "$D5,$D1" "closed days summarized once, today not"
expect_eq "$(j "SELECT gf_bo_stats('day', '$D5', '$D0', 'channel', 1, 50)" '[.rows[] | [.period, .key, .count, .amount, .reversed_amount]]')" \
	"[[\"$D5\",\"PAYMENT\",1,70000,0],[\"$D1\",\"PAYMENT\",5,26550,4000],[\"$D1\",\"PREPAY\",1,1000,0],[\"$D0\",\"PAYMENT\",1,900,0]]" "collections per day and channel"
expect_eq "$(j "SELECT gf_bo_stats('day', '$D1', '$D1', 'pay_mode', 1, 50)" '[.rows[] | [.key, .label, .amount]]')" \
	'[["1","现金",17550],["3","转账",6000],["2","银行卡",3000],["0","未指定",1000]]' "per pay mode, labelled in Chinese"
expect_eq "$(j "SELECT gf_bo_stats('day', '$D1', '$D1', 'org', 1, 50)" '[.rows[] | [.key, .amount]]')" '[["SC01",16550],["SC02",11000]]' "per org"
expect_eq "$(j "SELECT gf_bo_stats('day', '$D1', '$D1', 'collector', 1, 50)" '[.rows[] | [.key, .label, .count]]')" '[["C1","张三",4],["C2","李四",2]]' "per collector"
expect_eq "$(j "SELECT gf_bo_stats('month', '$D5', '$D0', 'collector', 1, 50)" '.totals | [.count, .amount, .reversed_count, .failed_count]')" '[8,98450,1,1]' "monthly totals"
expect_match "$(q "SELECT gf_bo_stats('week', NULL, NULL, NULL, 1, 50)")" "period=day\\|month" "an unknown period is refused"
q "INSERT INTO reading_uploads (upload_date, terminal_id, operator_id, meter_no, reading, read_time, exception_code, kwh, amount) VALUES (current_date - 1, '8613900000900001', 'C1', 'M1', 100, 't', 0, 50, 3000), (current_date - 1, '8613900000900001', 'C1', 'M2', 100, 't', 3, 0, 0)" >/dev/null
q "INSERT INTO dunning_results (terminal_id, operator_id, customer_no, result_code, created_at) VALUES ('8613900000900001', 'C1', '5100000001', 2, now() - interval '1 day'), ('8613900000900001', 'C1', '5100000002', 2, now() - interval '1 day')" >/dev/null
expect_eq "$(j "SELECT gf_bo_stats_reading('day', '$D1', '$D1', 'collector', 1, 50)" '[.rows[] | [.key, .uploads, .with_exception, .kwh]]')" '[["C1",2,1,50]]' "reading results"
expect_eq "$(j "SELECT gf_bo_stats_dunning('day', '$D1', '$D1', 'result', 1, 50)" '[.rows[] | [.key, .count, .customers]]')" '[["2",2,2]]' "dunning results"
expect_eq "$(j "SELECT gf_bo_report_daily('$D1')" '[.closed, .totals.amount, .cash_totals.deposited, .recon.state, .reading.uploads, .dunning.visits]')" \
	'[true,27550,13500,"READY",2,2]' "the daily report gathers the day"

# ---- search and story ----
expect_eq "$(j "SELECT gf_bo_tx_search('$D5', '$D0', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 3, NULL)" '[.total, .next, [.rows[].stserial]]')" \
	"[12,\"$D1:SC01B0002\",[\"SC01A0102\",\"SC01A0101\",\"SC01B0002\"]]" "search: newest first, with a cursor"
expect_eq "$(j "SELECT gf_bo_tx_search('$D5', '$D0', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 3, '$D1:SC01B0002')" '[.rows[].stserial]')" \
	'["SC01B0001","SC01A0007","SC01A0006"]' "the cursor gives the next page"
expect_eq "$(j "SELECT gf_bo_tx_search('$D5', '$D0', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, 3, NULL)" '[.rows[].stserial]')" \
	'["SC01B0001","SC01A0007","SC01A0006"]' "page 2 by offset is the same"
expect_eq "$(j "SELECT gf_bo_tx_search('$D5', '$D0', '8613900000900002', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 50, NULL)" '[.rows[].stserial]')" \
	'["SC01B0002","SC01B0001","SC01B0101"]' "by terminal"
expect_eq "$(j "SELECT gf_bo_tx_search('$D5', '$D0', NULL, 'C1', NULL, NULL, NULL, NULL, 'SUCCESS', 'PAYMENT', 1, 50, NULL)" '[.rows[].stserial]')" \
	'["SC01A0101","SC01A0003","SC01A0002","SC01A0001"]' "by collector, state and function"
expect_eq "$(j "SELECT gf_bo_tx_search('$D5', '$D0', NULL, NULL, NULL, 'RSC01A0003', NULL, NULL, NULL, NULL, 1, 50, NULL)" '[.rows[].stserial]')" '["SC01A0003"]' "by receipt number"
expect_eq "$(j "SELECT gf_bo_tx_search('$D5', '$D0', NULL, NULL, NULL, NULL, NULL, 'MSC01B0002', NULL, NULL, 1, 50, NULL)" '[.rows[].stserial]')" '["SC01B0002"]' "by marketing serial"
expect_eq "$(j "SELECT gf_bo_tx_search('$D5', '$D0', NULL, NULL, '5100000003', NULL, NULL, NULL, NULL, NULL, 1, 50, NULL)" '[.rows[].stserial]')" '["SC01A0003"]' "by customer"
expect_match "$(q "SELECT gf_bo_tx_search('$D5', '$D0', NULL, NULL, NULL, NULL, NULL, NULL, 'X''; DROP TABLE x; --', NULL, 1, 50, NULL)")" "bad state" "a bad state is refused"
expect_match "$(q "SELECT gf_bo_tx_search('$D5', '$D0', NULL, NULL, 'x'' OR 1=1 --', NULL, NULL, NULL, NULL, NULL, 1, 50, NULL)")" '"total" : 0' "a value is a parameter, never SQL"
expect_eq "$(j "SELECT gf_bo_tx_story('SC01A0004')" '[.tx.state, .tx.reversed_by, .reversals[0].stserial, .recon.category]')" \
	'["REVERSED","SC01A0005","SC01A0005","MATCHED"]' "the story links the reversal"
expect_eq "$(j "SELECT gf_bo_tx_story('SC01A0005')" '[.tx.func, .original.stserial, .recon.category]')" '["REVERSAL","SC01A0004","NOT_LISTED"]' "a reversal's story names its original"
expect_match "$(q "SELECT gf_bo_tx_story('NOPE')")" "no transaction NOPE" "an unknown serial is not found"
gf_done
