#!/bin/bash
# cost: 60
# t_ifsvc_recon.sh - reconciliation finds each kind of difference injected,
# and only those; the raw file is stored with its SHA-256; every difference
# raises an alarm; a second run makes a new run and keeps the old; the
# report (text and CSV) shows both sides of each difference.
source "$GF_SRC/tests/integration/lib.sh"
source "$GF_SRC/tests/integration/ifsvc_lib.sh"
ifsvc_start_all 10

# Ten good payments; the fourth is left out of 9001 by mktsim (omit_recon).
declare -a S
for i in $(seq 0 9); do
	[ "$i" = 3 ] && { mkt_admin set trcodes 1002 >/dev/null; mkt_admin set omit_recon_pct 100 >/dev/null; }
	S[$i]=$(new_pending PAYMENT 1002 "${CUST[$i]}" $((100 + i)) "r-$i")
	r=$(pay "${S[$i]}" "${CUST[$i]}" $((100 + i))); appsrv_apply "${S[$i]}" "$r"
	[ "$i" = 3 ] && mkt_admin reset >/dev/null
done
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state='SUCCESS'")" "10" "ten payments SUCCESS"
# A failed payment (never sent) is expected absent remotely: not a difference.
sf=$(new_pending PAYMENT 1002 "${CUST[0]}" 5 r-failed)
gf_sql "UPDATE transactions SET state='FAILED' WHERE stserial='$sf'" >/dev/null

# Inject: local says FAILED but the marketing system booked it (REMOTE_ONLY);
# local amount differs (AMOUNT_MISMATCH); local says REVERSED while the
# marketing system has it OK (STATUS_MISMATCH).  SUCCESS -> FAILED is no
# legal transition (schema/fn/money.sql): the injection goes around the
# trigger, as only a test may.
gf_sql "SET session_replication_role = replica; UPDATE transactions SET state='FAILED' WHERE stserial='${S[5]}'" >/dev/null
gf_sql "UPDATE transactions SET amount=amount+1 WHERE stserial='${S[6]}'" >/dev/null
gf_sql "UPDATE transactions SET state='REVERSED' WHERE stserial='${S[7]}'" >/dev/null

today=$(gf_sql "SELECT to_char(current_date,'YYYYMMDD')")
out=$("$BIN_GFCTL" -f "$GF_CONF" recon run --date "$today"); rc=$?
expect_eq "$rc" 0 "recon run exits 0"
expect_match "$out" "state=DONE" "run DONE"
expect_match "$out" "remote_count=9 remote_total=$((100+101+102+104+105+106+107+108+109)) " "remote count and total"
expect_match "$out" "MATCHED=6 LOCAL_ONLY=1 REMOTE_ONLY=1 AMOUNT_MISMATCH=1 STATUS_MISMATCH=1" "one of each difference, six matched"
run1=$(gf_sql "SELECT max(id) FROM recon_runs")
got=$(gf_sql "SELECT string_agg(category || '=' || stserial, ' ' ORDER BY category) FROM recon_diffs WHERE run_id=$run1")
expect_eq "$got" "AMOUNT_MISMATCH=${S[6]} LOCAL_ONLY=${S[3]} REMOTE_ONLY=${S[5]} STATUS_MISMATCH=${S[7]}" "exactly the injected differences, each on its transaction"
expect_eq "$(gf_sql "SELECT l_amount || '/' || r_amount FROM recon_diffs WHERE run_id=$run1 AND category='AMOUNT_MISMATCH'")" "107/106" "both sides' amounts kept"
expect_eq "$(gf_sql "SELECT l_state || '/' || r_status FROM recon_diffs WHERE run_id=$run1 AND category='STATUS_MISMATCH'")" "REVERSED/OK" "both sides' statuses kept"
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind='RECON_DIFF'")" "4" "one RECON_DIFF alarm per difference"
expect_eq "$(gf_sql "SELECT sum(n) FROM recon_stats WHERE run_id=$run1 AND operator_id='op1'")" "10" "per-collector stats"

# The raw file: in the database and on disk, with its SHA-256.
f=$(ls "$T/recon"/recon_${today}_run${run1}.txt 2>/dev/null)
[ -n "$f" ] && ok "raw file written under recon_dir" || fail "raw file missing"
sha=$(sha256sum "$f" | cut -d' ' -f1 | tr a-f A-F)
expect_eq "$(gf_sql "SELECT file_sha256 FROM recon_runs WHERE id=$run1")" "$sha" "stored SHA-256 is the file's"
expect_eq "$(gf_sql "SELECT md5(raw_file) FROM recon_runs WHERE id=$run1")" "$(md5sum "$f" | cut -d' ' -f1)" "raw file stored in the database"
expect_eq "$(wc -l <"$f")" "9" "file has the nine remote lines"

# Report, text and CSV.
rep=$("$BIN_GFCTL" -f "$GF_CONF" recon report --date "$today")
expect_match "$rep" "differences: 4" "text report lists 4 differences"
expect_match "$rep" "AMOUNT_MISMATCH stserial=${S[6]}" "text report names the transaction"
expect_match "$rep" "station: state=SUCCESS expected=OK amount=107" "text report gives the station side"
expect_match "$rep" "marketing: mkserial=[^ ]+ trcode=1002 custno=${CUST[6]} amount=106 status=OK" "text report gives the marketing side"
csv=$("$BIN_GFCTL" -f "$GF_CONF" recon report --date "$today" --csv)
expect_eq "$(echo "$csv" | grep -c '^DIFF,')" "4" "CSV has 4 DIFF rows"
expect_match "$(echo "$csv" | head -1)" "^record,id,recon_date,state,category,operator_id" "CSV header"
expect_match "$(echo "$csv" | grep '^RUN,')" "^RUN,$run1,[0-9-]+,DONE," "CSV RUN row"

# Running again makes a new run and keeps the old one.
"$BIN_GFCTL" -f "$GF_CONF" recon run --date "$today" >/dev/null
expect_eq "$(gf_sql "SELECT count(*) || '/' || count(*) FILTER (WHERE state='DONE') FROM recon_runs")" "2/2" "second run kept beside the first"
# A bad date is refused without a run.
"$BIN_GFCTL" -f "$GF_CONF" recon run --date 20260231 >/dev/null 2>&1
expect_eq "$?" "1" "invalid date refused"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_runs")" "2" "no run for an invalid date"

gf_done
