#!/bin/bash
# cost: 60
# t_ifsvc_recon_pages.sh - a 9001 file spread over many pages (mktsim cut
# to 3 lines a page) is fetched whole and reconciled; a page whose total
# does not match the others, or a file whose lines do not add up to its
# count/total, fails the run loudly (FAILED, RECON_FAILED alarm, no DONE).
# The report keeps a payment reversed the same day (9001 status REVERSED,
# MI1 §3) apart from the payments in force, on both sides.
source "$GF_SRC/tests/integration/lib.sh"
source "$GF_SRC/tests/integration/ifsvc_lib.sh"
ifsvc_start_all 8
mkt_admin set recon_page_size 3 >/dev/null && ok "page size set to 3" || fail "admin: recon_page_size"

# Eight payments of 200..207 fen; the last is reversed the same day.
declare -a S
for i in $(seq 0 7); do
	S[$i]=$(new_pending PAYMENT 1002 "${CUST[$i]}" $((200 + i)) "p-$i")
	r=$(pay "${S[$i]}" "${CUST[$i]}" $((200 + i))); appsrv_apply "${S[$i]}" "$r"
done
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state='SUCCESS'")" "8" "eight payments SUCCESS"
rs=$(gf_sql "SELECT gf_next_stserial('SC01')")
r=$("$MI_PROBE" "$T/run/ifsvc.sock" 1003 "$rs" "{\"origstserial\":\"${S[7]}\",\"reason\":\"test\"}")
expect_eq "$(echo "$r" | jq -r .rspcode)" "0000" "reversal of the eighth payment accepted"
gf_sql "UPDATE transactions SET state='REVERSED', reversed_by='$rs' WHERE stserial='${S[7]}'" >/dev/null

today=$(gf_sql "SELECT to_char(current_date,'YYYYMMDD')")
n9001() { grep -c "trcode=9001 " "$T/log/mktsim.out"; }
before=$(n9001)
out=$("$BIN_GFCTL" -f "$GF_CONF" recon run --date "$today"); rc=$?
expect_eq "$rc" 0 "multi-page run exits 0"
expect_match "$out" "state=DONE remote_count=8 remote_total=$((200+201+202+203+204+205+206)) " "count and total over three pages"
expect_match "$out" "MATCHED=8 LOCAL_ONLY=0 REMOTE_ONLY=0 AMOUNT_MISMATCH=0 STATUS_MISMATCH=0" "all eight lines matched"
expect_eq "$(( $(n9001) - before ))" "3" "three 9001 pages fetched"
run1=$(gf_sql "SELECT max(id) FROM recon_runs")
f="$T/recon/recon_${today}_run${run1}.txt"
expect_eq "$(cut -d'|' -f1 "$f" | sort | tr '\n' ' ')" "$(printf '%s\n' "${S[@]}" | sort | tr '\n' ' ')" "stored file has every line of every page, once"
expect_eq "$(grep -c '|REVERSED|' "$f")" "1" "the reversed payment is listed with status REVERSED"

# The report: payments in force and the reversed one apart, and net sums.
rep=$("$BIN_GFCTL" -f "$GF_CONF" recon report --date "$today")
expect_match "$rep" "MATCHED +SUCCESS +OK +7 +1421 +1421" "MATCHED payments in force: 7, 1421 fen both sides"
expect_match "$rep" "MATCHED +REVERSED +REVERSED +1 +207 +207" "MATCHED reversed same day: 1, 207 fen, on its own line"
expect_match "$rep" "net in force: +station 7 payments 1421 fen +marketing 7 lines 1421 fen" "net in force excludes the reversal"
expect_match "$rep" "reversed same day: station 1 payments 207 fen +marketing 1 lines 207 fen" "reversed same day shown apart"
csv=$("$BIN_GFCTL" -f "$GF_CONF" recon report --date "$today" --csv)
expect_eq "$(echo "$csv" | grep -c '^CATEGORY,.*,MATCHED,')" "2" "CSV: MATCHED split into two CATEGORY rows"
# Columns: n, local_count, local_total, remote_count, remote_total, ...
expect_match "$(echo "$csv" | grep '^CATEGORY,.*,REVERSED,')" "^CATEGORY,$run1,,,MATCHED,,1,,207,,207,.*,REVERSED,.*,REVERSED,," "CSV: reversed payments on their own row, sums in the total columns"
expect_match "$(echo "$csv" | grep '^CATEGORY,.*,SUCCESS,')" "^CATEGORY,$run1,,,MATCHED,,7,,1421,,1421,.*,SUCCESS,.*,OK,," "CSV: payments in force on theirs"

# A page whose total differs from the other pages: rejected, run FAILED.
fails() {	# fails WHY: a run that must fail loudly; its output in $o
	local rc
	o=$("$BIN_GFCTL" -f "$GF_CONF" recon run --date "$today"); rc=$?
	expect_eq "$rc" 1 "$1: gfctl exits 1"
	expect_match "$o" "state=FAILED" "$1: run FAILED"
}
mkt_admin set recon_corrupt_page 2 >/dev/null
fails "page 2 total off by one"
expect_match "$o" "9001 page 2: bad or changing pagecount/count/total" "page 2 named in the error"
# The last page wrong: caught too (not only the first page counts).
mkt_admin set recon_corrupt_page 3 >/dev/null
fails "last page total off by one"
expect_match "$o" "9001 page 3" "page 3 named in the error"
# A single page whose total does not add up: the file check fails.
mkt_admin set recon_page_size 1000 >/dev/null
mkt_admin set recon_corrupt_page 1 >/dev/null
fails "single page, wrong total"
expect_match "$o" "file check failed: count 8 lines 8, total 1422 sum 1421" "sum of the lines checked against total"
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind='RECON_FAILED'")" "3" "one RECON_FAILED alarm per failed run"
expect_eq "$(gf_sql "SELECT string_agg(state, ',' ORDER BY id) FROM recon_runs")" "DONE,FAILED,FAILED,FAILED" "failed runs kept, none DONE"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_stats WHERE run_id > $run1")" "0" "no statistics from a rejected file"

# Fault off again: the next run is DONE.
mkt_admin reset >/dev/null
"$BIN_GFCTL" -f "$GF_CONF" recon run --date "$today" | grep -q "state=DONE" && ok "fault cleared: run DONE" || fail "run after reset"
gf_done
