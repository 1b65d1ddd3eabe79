#!/usr/bin/env bash
# cost: 60
# t_bank_recon.sh - a bank's day file (BK1 §5) reconciled with the station's
# bank transactions (ifsvc/bank_recon.c): each kind of difference injected
# into a BD file written here (the test plays the bank's file transfer) is
# found, and only those; a bad file (SHA-256, header, line, duplicate) is
# refused whole with an alarm; the scan takes a file once and a corrected
# one again; the differences are resolved and signed off by the back
# office's rules per (bank, date) without touching the marketing day;
# `gfctl recon run --bank` of a signed bank day is refused and audited;
# a console rerun of a bank day is run by ifsvc; runs per source hold
# their own leases.
. "$GF_SRC/tests/integration/lib.sh"
CONF_IFSVC_EXTRA='bank_dir = "@BANK_DIR@"
  bank_scan = 1'
gf_setup
BANK_DIR=$T/bank
mkdir -p "$BANK_DIR"
sed -i "s|@BANK_DIR@|$BANK_DIR|" "$GF_CONF"
gf_own "$BANK_DIR"
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }

D=$(gf_sql "SELECT to_char(current_date - 1, 'YYYYMMDD')")
D2=$(gf_sql "SELECT to_char(current_date - 2, 'YYYYMMDD')")
D3=$(gf_sql "SELECT to_char(current_date - 3, 'YYYYMMDD')")
D4=$(gf_sql "SELECT to_char(current_date - 4, 'YYYYMMDD')")
gf_sql "INSERT INTO banks (bankno, name, suite) VALUES ('0102', '测试银行甲', 1), ('0305', '测试银行乙', 1)" >/dev/null

# The station's side: bank 0102's collections of D.  tx(serial, state, amount)
# S1 matched, S2 reversed and listed REVERSED (matched), S3 not listed
# (station-only), S5 listed with another amount, S6 reversed but listed OK,
# S7 failed and not listed (no difference), S8 failed but listed OK, S9
# unknown and listed OK.  Not the bank's D rows: a reversal row, a
# terminal's row with serial S1, bank 0305's S3, 0102's S4 of another day.
bank_tx() {	# stserial date channel bank serial func state amount
	local ms="'M$1'" bk="'$4'" term="'BANK$4'"
	[ "$7" = SUCCESS ] || [ "$7" = REVERSED ] || ms=NULL
	[ "$3" = TERMINAL ] && { bk=NULL; term="'8613900000900001'"; }
	gf_sql "INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial, operator_id,
	    customer_no, func, trcode, amount, pay_mode, state, mkt_serial, channel, bankno, orig_stserial)
	  VALUES ('$1', '$2'::date, $term, '$5', 'BANK$4', '5100000$8', '$6',
	    CASE '$6' WHEN 'REVERSAL' THEN 1003 ELSE 1002 END, $8,
	    CASE '$6' WHEN 'REVERSAL' THEN NULL ELSE 4 END, '$7', $ms, '$3', $bk,
	    CASE '$6' WHEN 'REVERSAL' THEN 'SC01K0002' END)" >/dev/null
}
bank_tx SC01K0001 "$D" BANK 0102 S1 PAYMENT SUCCESS 10000
bank_tx SC01K0002 "$D" BANK 0102 S2 PAYMENT REVERSED 5000
bank_tx SC01K0003 "$D" BANK 0102 S3 PAYMENT SUCCESS 2000
bank_tx SC01K0005 "$D" BANK 0102 S5 PAYMENT SUCCESS 4000
bank_tx SC01K0006 "$D" BANK 0102 S6 PAYMENT REVERSED 6000
bank_tx SC01K0007 "$D" BANK 0102 S7 PAYMENT FAILED 700
bank_tx SC01K0008 "$D" BANK 0102 S8 PAYMENT FAILED 800
bank_tx SC01K0009 "$D" BANK 0102 S9 PAYMENT UNKNOWN 900
bank_tx SC01K0010 "$D" BANK 0102 R2 REVERSAL SUCCESS 5000
bank_tx SC01K0011 "$D" TERMINAL 0102 S1 PAYMENT SUCCESS 10000
bank_tx SC01K0012 "$D" BANK 0305 S3 PAYMENT SUCCESS 2000
bank_tx SC01K0013 "$D2" BANK 0102 S4 PAYMENT SUCCESS 3000
gf_sql "UPDATE transactions SET reversed_by = 'SC01K0010' WHERE stserial IN ('SC01K0002', 'SC01K0006')" >/dev/null

# bd_write BANK DATE COUNT TOTAL LINE...: BD file + .sha256, written under
# a temporary name and renamed as the bank's transfer does (the file, then
# its .sha256).  With TAMPER=LINE, LINE is added to the file after its
# SHA-256 was taken.
bd_write() {
	local bank=$1 date=$2 count=$3 total=$4; shift 4
	local dir=$BANK_DIR/$bank/inbox name=BD$bank$date.txt
	mkdir -p "$dir"
	{ printf 'H|%s|%s|%s|%s\n' "$bank" "$date" "$count" "$total"; printf '%s\n' "$@"; } >"$dir/.$name.tmp"
	printf '%s  %s\n' "$(sha256sum <"$dir/.$name.tmp" | cut -c1-64)" "$name" >"$dir/.$name.sha256.tmp"
	[ -n "${TAMPER:-}" ] && printf '%s\n' "$TAMPER" >>"$dir/.$name.tmp"
	mv "$dir/.$name.tmp" "$dir/$name"
	mv "$dir/.$name.sha256.tmp" "$dir/$name.sha256"
}
LINES=("D|S1|510000010000|10000|OK|093001" "D|S2|51000005000|5000|REVERSED|093502"
       "D|S4|51000003000|3000|OK|100003" "D|S5|51000004000|4500|OK|101504"
       "D|S6|51000006000|6000|OK|110005" "D|S8|5100000800|800|OK|120006"
       "D|S9|5100000900|900|OK|130007")
bd_write 0102 "$D" 7 25200 "${LINES[@]}"	# total: the OK lines (MI1 §3)

gf_start ifsvc || gf_done
ILOG=$T/log/ifsvc.out
run_of() { gf_sql "SELECT COALESCE(max(id), 0) FROM recon_runs WHERE source = '$1' AND recon_date = '$2'::date AND state = 'DONE'"; }
has_run() { [ "$(run_of "$1" "$2")" != 0 ]; }
gf_wait_for 15 has_run 0102 "$D" && ok "the scan took the day file and reconciled it" || { fail "no run: $(tail -5 "$ILOG")"; gf_done; }
run1=$(run_of 0102 "$D")
diffs() { gf_sql "SELECT string_agg(category || ':' || stserial, ',' ORDER BY stserial) FROM recon_diffs WHERE run_id = $1"; }
expect_eq "$(diffs "$run1")" "LOCAL_ONLY:S3,REMOTE_ONLY:S4,AMOUNT_MISMATCH:S5,STATUS_MISMATCH:S6,REMOTE_ONLY:S8,REMOTE_ONLY:S9" "each injected difference is found, and only those"
expect_eq "$(gf_sql "SELECT string_agg(category || '=' || n, ',' ORDER BY category) FROM (SELECT category, sum(n) AS n FROM recon_stats WHERE run_id = $run1 GROUP BY 1) x")" \
	"AMOUNT_MISMATCH=1,LOCAL_ONLY=1,MATCHED=2,REMOTE_ONLY=3,STATUS_MISMATCH=1" "statistics by category"
expect_eq "$(gf_sql "SELECT remote_count || ' ' || remote_total || ' ' || file_sha256 FROM recon_runs WHERE id = $run1")" \
	"7 25200 $(cut -c1-64 "$BANK_DIR/0102/inbox/BD0102$D.txt.sha256")" "the run keeps the file's count, total and SHA-256"
expect_eq "$(gf_sql "SELECT encode(sha256(convert_to(raw_file, 'UTF8')), 'hex') FROM recon_runs WHERE id = $run1")" "$(sha256sum <"$BANK_DIR/0102/inbox/BD0102$D.txt" | cut -c1-64)" "and the file itself"
expect_eq "$(gf_sql "SELECT l_stserial || '/' || l_amount || '/' || r_amount || '/' || r_custno || '/' || r_txtime FROM recon_diffs WHERE run_id = $run1 AND stserial = 'S5'")" \
	"SC01K0005/4000/4500/51000004000/101504" "a difference has both sides: the station's record and the file's line"
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'RECON_DIFF' AND detail LIKE 'run=$run1 bank=0102 %'")" "6" "one RECON_DIFF alarm per difference"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_runs WHERE source = 'MI1'")" "0" "the marketing day is untouched"
expect_eq "$(gf_sql "SELECT state || ' ' || run_id FROM bank_day_files WHERE bankno = '0102'")" "DONE $run1" "the file is recorded as taken"
sleep 2.5
expect_eq "$(gf_sql "SELECT count(*) FROM recon_runs WHERE source = '0102'")" "1" "the scan takes a file once"

# gfctl recon run --bank: the same file again, on request.
out=$(G recon run --bank 0102 --date "$D"); rc=$?
expect_eq "$rc" 0 "gfctl recon run --bank reconciles the day again"
expect_match "$out" "MATCHED=2 LOCAL_ONLY=1 REMOTE_ONLY=3 AMOUNT_MISMATCH=1 STATUS_MISMATCH=1" "with the same figures"
run2=$(run_of 0102 "$D")
expect_eq "$(diffs "$run2")" "$(diffs "$run1")" "and the same differences"
expect_match "$(G recon report --bank 0102 --date "$D")" "STATUS_MISMATCH" "gfctl recon report --bank shows them"
expect_match "$(G recon report --bank 0102 --date "$D")" "net in force: +station [0-9]+ payments [0-9]+ fen +bank 0102 [0-9]+ lines" "the report names the bank as the other side"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action = 'recon run' AND object = '0102:$D'")" "1" "the request is audited under bank:date"

# Bad files of bank 0305: each refused whole, with an alarm, nothing compared.
refused() { gf_sql "SELECT count(*) FROM bank_day_files WHERE bankno = '0305' AND name = 'BD0305$1.txt' AND state = 'REFUSED'"; }
is_refused() { [ "$(refused "$1")" -ge 1 ]; }
TAMPER='D|S99|51000009999|9999|OK|090000' bd_write 0305 "$D" 1 2000 "D|S3|51000002000|2000|OK|090000"	# changed after its SHA-256
bd_write 0305 "$D2" 2 2000 "D|S3|51000002000|2000|OK|090000"				# header count 2, one line
bd_write 0305 "$D3" 1 2000 "D|S3|51000002000|2000|PAID|090000"				# bad status
bd_write 0305 "$D4" 2 4000 "D|S3|51000002000|2000|OK|090000" "D|S3|51000002000|2000|OK|090001"	# serial twice
bd_write 0999 "$D" 1 2000 "D|S3|51000002000|2000|OK|090000"	# a bank not registered
for d in "$D" "$D2" "$D3" "$D4"; do
	gf_wait_for 10 is_refused "$d" || fail "BD0305$d.txt not refused"
done
unknown_refused() { [ "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'BANK_FILE_REFUSED' AND detail LIKE 'bank=0999 %not registered'")" = 1 ]; }
gf_wait_for 10 unknown_refused && ok "a file of a bank not registered is refused with an alarm" || fail "0999: $(gf_sql "SELECT string_agg(detail, ';') FROM bank_day_files WHERE bankno = '0999'")"
expect_eq "$(gf_sql "SELECT string_agg(detail, ' # ' ORDER BY recon_date DESC) FROM bank_day_files WHERE bankno = '0305'")" \
"its SHA-256 $(sha256sum "$BANK_DIR/0305/inbox/BD0305$D.txt" | cut -c1-64) is not the one announced ($(cut -c1-64 "$BANK_DIR/0305/inbox/BD0305$D.txt.sha256")) # the lines (1, OK total 2000) do not add up to the header's count 2 and total 2000 # line 2: a field is malformed (serial, custno, amount > 0, status OK|REVERSED, txtime HHMMSS) # serial S3 is listed twice" \
	"each bad file is refused for its fault"
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'BANK_FILE_REFUSED' AND detail LIKE 'bank=0305 file=BD0305%'")" "4" "one BANK_FILE_REFUSED alarm each"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_runs WHERE source = '0305'")" "0" "no run of a refused file"
sleep 2.5
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'BANK_FILE_REFUSED'")" "5" "a refused file is not refused again on every scan"
out=$(G recon run --bank 0305 --date "$D2" 2>&1); rc=$?
expect_eq "$rc" 1 "gfctl recon run --bank of a bad file fails"
expect_match "$out" "refused: the lines \(1, OK total 2000\) do not add up" "and says why"
# The corrected file (a new SHA-256) is taken.
bd_write 0305 "$D" 1 2000 "D|S3|51000002000|2000|OK|090000"
gf_wait_for 10 has_run 0305 "$D" && ok "the corrected file is taken" || fail "corrected file not taken"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_diffs WHERE run_id = $(run_of 0305 "$D")")" "0" "and matches"

# A day file as the bank simulator writes it from its books (banksim
# dayfile, the same layout and rules): each difference it injects is found.
D5=$(gf_sql "SELECT to_char(current_date - 5, 'YYYYMMDD')")
for i in 1 2 3 4 5; do
	st=SUCCESS; [ "$i" = 2 ] && st=REVERSED
	bank_tx "SC01L000$i" "$D5" BANK 0305 "L$i" PAYMENT "$st" "${i}000"
done
bank_tx SC01L0009 "$D5" BANK 0305 L9 REVERSAL SUCCESS 2000
printf '%s\n' "P|0305|L1||5100001000|1000|$D5|100000" "P|0305|L2||5100002000|2000|$D5|100100" \
	"R|0305|L9|L2|5100002000|2000|$D5|100200" "P|0305|L3||5100003000|3000|$D5|100300" \
	"P|0305|L4||5100004000|4000|$D5|100400" "P|0305|L5||5100005000|5000|$D5|100500" >"$T/ledger"
said=$("$GF_BUILD/tools/banksim/banksim" dayfile --dir "$BANK_DIR" --bank 0305 --date "$D5" --from "$T/ledger" \
	--drop 1 --extra 1 --amount-diff 1 --status-diff 1) || fail "banksim dayfile"
want=$(awk '$1 == "drop" { print "LOCAL_ONLY:" $2 } $1 == "amount" { print "AMOUNT_MISMATCH:" $2 }
	$1 == "status" { print "STATUS_MISMATCH:" $2 } $1 == "extra" { print "REMOTE_ONLY:" $2 }' <<<"$said" | sort | paste -sd,)
gf_wait_for 15 has_run 0305 "$D5" && ok "banksim's day file is taken" || fail "banksim's day file: $(gf_sql "SELECT string_agg(state || ' ' || COALESCE(detail, ''), ';') FROM bank_day_files WHERE name = 'BD0305$D5.txt'")"
expect_eq "$(gf_sql "SELECT string_agg(category || ':' || stserial, ',' ORDER BY category || ':' || stserial COLLATE \"C\") FROM recon_diffs WHERE run_id = $(run_of 0305 "$D5")")" \
	"$(tr ',' '\n' <<<"$want" | LC_ALL=C sort | paste -sd,)" "each difference banksim injected is found, and only those ($want)"

# The back office: the bank's day is reviewed and signed off on its own.
BO() { gf_sql "SELECT $1"; }
day=$(BO "gf_bo_recon_day('console:aud1', '$D', NULL, 1, 50, '0102')")
expect_eq "$(jq -r '.day.state + " " + (.day.unresolved|tostring) + " " + .source' <<<"$day")" "DIFFERENCES 6 0102" "the bank day's page: six to resolve"
expect_eq "$(jq -r '.diffs.rows[] | select(.stserial == "S5") | .market.line + " " + .station.stserial' <<<"$day")" "D|S5|51000004000|4500|OK|101504 SC01K0005" "the file's line beside the station's record"
expect_eq "$(BO "gf_bo_recon_day('console:aud1', '$D', NULL, 1, 50)::jsonb->'day'->>'state'")" "NONE" "the marketing day of the date stays apart"
srcs=$(BO "gf_bo_recon_sources('$D')")
expect_eq "$(jq -r '[.rows[] | .source + ":" + .state + ":" + ((.station_amount // 0)|tostring)] | join(",")' <<<"$srcs")" "MI1:NONE:0,0102:DIFFERENCES:16000,0305:READY:2000" "every source of the date side by side, with the bank's collections"
for s in S3 S4 S5 S6 S8 S9; do
	expect_match "$(BO "gf_bo_recon_resolve('console:aud1', '$D', '$s', 'OTHER', '银行对账差异 $s', '0102')")" '"source" : "0102"' "auditor 1 resolves $s"
done
expect_eq "$(BO "gf_bo_recon_signoff('console:aud1', '$D', '', '0102')::jsonb->>'error'")" "conflict" "the maker cannot sign"
expect_eq "$(BO "gf_bo_recon_signoff('console:aud2', '$D', '', '0102')::jsonb->>'state'")" "SIGNED" "auditor 2 signs the bank day off"
expect_eq "$(BO "gf_bo_signoff_of('$D'::date, 'MI1') IS NULL")" "t" "the marketing day is not signed by it"
out=$(G recon run --bank 0102 --date "$D" 2>&1); rc=$?
expect_eq "$rc" 1 "gfctl recon run --bank of the signed bank day fails"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE actor = 'ifsvc:ipc' AND action = 'recon run refused' AND object = '0102:$D'")" "1" "and ifsvc's refusal is audited"
expect_eq "$(BO "gf_bo_recon_rerun('console:aud2', '$D', '0102')::jsonb->>'error'")" "locked" "a console rerun of it: locked"
expect_eq "$(BO "gf_bo_recon_resolve('console:aud1', '$D', 'S5', 'OTHER', 'x', '0102')::jsonb->>'error'")" "locked" "a resolution of it: locked"
gf_sql "UPDATE recon_diffs SET r_amount = 1 WHERE run_id = $run2" >/dev/null 2>&1 && fail "a signed bank day's difference changed" || ok "the signed bank day's differences are locked"
expect_eq "$(BO "gf_bo_recon_rerun('console:aud2', '$D', 'MI1')::jsonb->>'state'")" "QUEUED" "the marketing day of the same date is not locked"
gf_sql "UPDATE recon_requests SET state = 'FAILED' WHERE source = 'MI1'" >/dev/null

# An admin reopens the bank day; a console rerun is run by ifsvc.
expect_eq "$(BO "gf_bo_recon_reopen('console:adm', '$D', '银行重发', '0102')::jsonb->>'state'")" "REOPENED" "an admin reopens the bank day"
expect_eq "$(BO "gf_bo_recon_rerun('console:aud2', '$D', '0102')::jsonb->>'state'")" "QUEUED" "a rerun of the bank day is queued"
req_done() { [ "$(gf_sql "SELECT state FROM recon_requests WHERE source = '0102' ORDER BY id DESC LIMIT 1")" = DONE ]; }
gf_wait_for 15 req_done && ok "ifsvc ran the bank day's request" || fail "request: $(gf_sql "SELECT state || ' ' || COALESCE(detail, '') FROM recon_requests WHERE source = '0102'")"
run3=$(gf_sql "SELECT run_id FROM recon_requests WHERE source = '0102' ORDER BY id DESC LIMIT 1")
expect_eq "$(gf_sql "SELECT source || ' ' || state FROM recon_runs WHERE id = $run3")" "0102 DONE" "as a run of the bank"
expect_eq "$(BO "gf_bo_recon_day('console:aud3', '$D', NULL, 1, 50, '0102')::jsonb->'day'->>'unresolved'")" "0" "the resolutions carry over to the new run"

# Runs per source: a bank's and the marketing system's may run at once; a
# second one of the same (source, date) may not; a dead node's lease ends it.
# (The dead node's lease runs out 4 s after the insert: ifsvc ends expired
# runs every 5 s, and with a lease already out it could end this one before
# the second insert, which a CI run saw.)
gf_sql "INSERT INTO recon_runs (recon_date, source, node, lease_until) VALUES ('$D2'::date, '0102', 'dead', now() + interval '4 s'), ('$D2'::date, 'MI1', 'dead', now() + interval '1 h')" >/dev/null &&
	ok "a bank run and a marketing run of one date run at once" || fail "runs of two sources refused"
gf_sql "INSERT INTO recon_runs (recon_date, source) VALUES ('$D2'::date, '0102')" >/dev/null 2>&1 && fail "two runs of one bank day" || ok "not two of one bank day"
lease_gone() { [ "$(gf_sql "SELECT state FROM recon_runs WHERE source = '0102' AND node = 'dead'")" = FAILED ]; }
gf_wait_for 15 lease_gone && ok "a dead node's bank run is ended by its lease" || fail "the dead node's bank run is still $(gf_sql "SELECT state FROM recon_runs WHERE source = '0102' AND node = 'dead'")"

# A bank's day reconciled and not signed off after signoff_alarm_days (3),
# banksim's day D5: RECON_UNSIGNED names the bank, once while open; the
# signed (then reopened and rerun) bank day of D is too recent.
gf_sql "SELECT gf_bo_alarms(3, 0, 0)" >/dev/null
expect_eq "$(gf_sql "SELECT string_agg(detail, ';') FROM alarms WHERE kind = 'RECON_UNSIGNED' AND detail LIKE 'bank=%'")" "bank=0305 date=$D5 not signed off after 3 days" "an unsigned bank day raises its alarm, naming the bank and the day"
expect_eq "$(gf_sql "SELECT gf_bo_alarms(3, 0, 0)")" "0" "once while it is open"
gf_done
