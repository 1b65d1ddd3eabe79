#!/bin/bash
# cost: 90
# t_withhold.sh - monthly withholding (docs/BK1.md "Withholding") against
# mktsim: bindings (add, remove, import twice), a list made from the
# marketing system's arrears, tampered result files refused whole with an
# alarm, the true result taken in and each debited line posted exactly once
# (a customer who paid everything at a bank counter in between, another a
# part: the excess becomes balance), refusals
# recorded, the same file again changing nothing, and ifsvc killed while
# postings are out: nothing posted twice, nothing lost.
. "$GF_SRC/tests/integration/lib.sh"
BANK_PORT=$(gf_free_port)
CONF_FRONTD_EXTRA="bank_port = $BANK_PORT"
CONF_IFSVC_EXTRA='deadline = 2
  settle_interval = 1
  heartbeat = 1
  withhold_poll = 1
  bank_dir = ""'
. "$GF_SRC/tests/integration/ifsvc_lib.sh"
gf_setup
BANKDIR=$T/bank		# bank_dir "": <var_dir>/bank
mkdir -p "$BANKDIR"
gf_own "$BANKDIR"
ifsvc_prepare
ifsvc_start 12
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
MONTH=202612
CLEAR=$(mkt_customers clear 1)
mdue() { "$TOOLS/mi_client" -p "$MKT_PORT" -g body.totaldue 1001 custno="$1"; }
mbal() { mktdb "SELECT balance FROM mk_customers WHERE custno = '$1'"; }

G bank add --bank 0102 --name 测试银行 --addr 127.0.0.1 --suite 1 >/dev/null 2>&1 || fail "bank 0102 added"
G bank add --bank 0103 --name 第二银行 --addr 127.0.0.1 --suite 2 >/dev/null 2>&1 || fail "bank 0103 added"
acct() { printf '62220%011d' "$1"; }
# The bank's counters reach the station through its bank port (BK/1).
gf_own "$T/bank_keys"
gf_keys
gf_start appsrv && gf_start frontd || gf_done
gf_wait_port "$BANK_PORT" || fail "bank port"

# ---- bindings ----
expect_eq "$(G binding add --bank 0102 --cust "${CUST[0]}" --account "$(acct 0)" --name 张三)" \
	"binding ${CUST[0]} added" "binding add"
expect_eq "$(G binding add --bank 0102 --cust "${CUST[0]}" --account "$(acct 0)")" \
	"binding ${CUST[0]} unchanged" "the same binding again changes nothing"
check "another account for a bound customer is refused" -- \
	bash -c "! '$BIN_GFCTL' -f '$GF_CONF' binding add --bank 0103 --cust '${CUST[0]}' --account $(acct 99) 2>/dev/null"
check "an unknown bank is refused" -- \
	bash -c "! '$BIN_GFCTL' -f '$GF_CONF' binding add --bank 0999 --cust '${CUST[1]}' --account $(acct 1) 2>/dev/null"
{
	echo "# custno|account|name"
	for i in 1 2 3 4; do echo "${CUST[$i]}|$(acct $i)|客户$i"; done
	echo "$CLEAR|$(acct 50)|"
	echo "${CUST[5]}|12ab|bad account"
	echo "just one field"
} >"$T/bind.txt"
G binding import --bank 0102 "$T/bind.txt" >"$T/imp1"; rc=$?
expect_eq "$rc" "1" "an import with refused lines exits 1"
expect_eq "$(tail -1 "$T/imp1")" "import bank=0102 accepted=5 unchanged=0 refused=2" "import: 5 accepted, 2 refused"
expect_match "$(grep '^line 7 ' "$T/imp1")" 'line 7 refused: an account number is 8..32 digits' "the refusal says why, per line"
G binding import --bank 0102 "$T/bind.txt" >"$T/imp2"
expect_eq "$(tail -1 "$T/imp2")" "import bank=0102 accepted=0 unchanged=5 refused=2" "the same import again changes nothing"
G binding add --bank 0102 --cust "${CUST[5]}" --account "$(acct 5)" >/dev/null
expect_eq "$(G binding remove --cust "${CUST[5]}" --reason 'customer closed the account')" \
	"binding ${CUST[5]} removed" "binding remove"
expect_eq "$(G binding list --bank 0102 | tail -n +2 | wc -l)" "6" "list: the 6 bindings in force"
expect_eq "$(G binding list --bank 0102 --all | grep -c "${CUST[5]}")" "1" "list --all: the removed one as history"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action = 'binding add'")" "7" "each binding added audited once"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action = 'binding remove' AND object = '${CUST[5]}'")" "1" "the removal audited"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action LIKE 'binding%' AND detail::text LIKE '%$(acct 1)%'")" "0" "the audit shows accounts masked"

# ---- the list ----
declare -A DUE
for i in 0 1 2 3 4; do DUE[$i]=$(mdue "${CUST[$i]}"); done
out=$(G withhold make --bank 0102 --month $MONTH)
expect_match "$out" "^list WH0102${MONTH}01.txt count=5 total=[0-9]+ skipped=0 sha256=[0-9a-f]{64}$" "withhold make: list 01 of the month"
OUTBOX=$BANKDIR/0102/outbox
WH=WH0102${MONTH}01.txt
check "the list's .sha256 is sha256sum's" -- bash -c "cd '$OUTBOX' && sha256sum -c --quiet $WH.sha256"
expect_eq "$(head -1 "$OUTBOX/$WH")" "H|0102|$MONTH|01|5|$((DUE[0] + DUE[1] + DUE[2] + DUE[3] + DUE[4]))" "header: count and total"
expect_eq "$(grep -c '^D|' "$OUTBOX/$WH")" "5" "one line per bound customer with arrears (the clear one and the removed one left out)"
expect_eq "$(grep "^D|1|" "$OUTBOX/$WH" | cut -d'|' -f3-6)" "${CUST[0]}|张三|$(acct 0)|${DUE[0]}" "a line: custno, name, account, amount = totaldue"
expect_match "$(grep "^D|1|" "$OUTBOX/$WH" | cut -d'|' -f7)" '^[0-9]{6}(,[0-9]{6})*$' "a line: the bill months"
expect_eq "$(gf_sql "SELECT state || ' ' || count || ' ' || (sha256 IS NOT NULL) FROM wh_lists WHERE file_name = '$WH'")" "MADE 5 true" "the list recorded with its SHA-256"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action = 'withhold make' AND object = '$WH'")" "1" "the make audited"
expect_match "$(G withhold make --bank 0102 --month $MONTH)" "^list WH0102${MONTH}02.txt " "a second run of the month is 02"
expect_eq "$(grep -c "$(acct 1)" "$ILOG")" "0" "ifsvc's log never shows an account in full"
ls -a "$OUTBOX" | grep -q '\.tmp$' && fail "a temporary file left in the outbox" || ok "no temporary file left in the outbox"

# ---- paid in between: C1 everything at a bank counter, C2 a part at the marketing system ----
mc() { "$TOOLS/mi_client" -p "$MKT_PORT" "$@"; }
ctr=$("$TOOLS/bkprobe" -p "$BANK_PORT" -k "$T/bank_keys" -T 10000 -S 127.0.0.1 -b 0102 \
	"2002,CTR1,custno=${CUST[1]},amount=${DUE[1]},channel=C,branch=B001,teller=T01" | tail -1)
expect_match "$ctr" "^rspcode=0000 trcode=2002 serial=CTR1 .*mac=ok .*totaldue=0" "customer 1 pays everything at bank 0102's counter (BK/1 2002)"
expect_eq "$(gf_sql "SELECT channel || ' ' || state || ' ' || amount FROM transactions WHERE bankno = '0102' AND term_serial = 'CTR1'")" \
	"BANK SUCCESS ${DUE[1]}" "the counter payment is the station's, channel BANK"
CTRST=$(gf_sql "SELECT stserial FROM transactions WHERE bankno = '0102' AND term_serial = 'CTR1'")
expect_eq "$(mktdb "SELECT count(*) FROM mk_txns WHERE stserial = '$CTRST' AND status = 'OK'")" "1" "and posted once at the marketing system"
expect_eq "$(mc -g rspcode 1002 stserial=CTR-2 custno="${CUST[2]}" amount=100 paymode=1 termid=T1 operid=O1)" "0000" "customer 2 pays 1.00 yuan"
declare -A BAL
for i in 0 1 2 3 4; do BAL[$i]=$(mbal "${CUST[$i]}"); done

# ---- result files ----
INBOX=$BANKDIR/0102/inbox
mkdir -p "$INBOX"
WR=WR0102${MONTH}01.txt
# put_result FILE-CONTENT [SHA]: as the transfer job: temporary name, rename, .sha256 last.
put_result() {
	rm -f "$INBOX/$WR" "$INBOX/$WR.sha256"
	printf '%s' "$1" >"$INBOX/.$WR.tmp" && mv "$INBOX/.$WR.tmp" "$INBOX/$WR"
	local s=${2:-$(sha256sum "$INBOX/$WR" | cut -d' ' -f1)}
	echo "$s  $WR" >"$INBOX/.$WR.sha.tmp" && mv "$INBOX/.$WR.sha.tmp" "$INBOX/$WR.sha256"
}
R=( 0000 0000 0000 3001 0000 )
lines() {	# lines [custno-override-of-line-3]
	local i c
	for i in 0 1 2 3 4; do
		c=${CUST[$i]}; [ "$i" = 2 ] && [ -n "${1:-}" ] && c=$1
		echo "D|$((i + 1))|$c|$(acct $i)|${DUE[$i]}|${R[$i]}|BK$i|20261206"
	done
}
TOTAL=$((DUE[0] + DUE[1] + DUE[2] + DUE[3] + DUE[4]))
OKTOTAL=$((DUE[0] + DUE[1] + DUE[2] + DUE[4]))
refused_n() { gf_sql "SELECT count(*) FROM wh_results WHERE file_name = '$WR' AND state = 'REFUSED'"; }
alarms_n() { gf_sql "SELECT count(*) FROM alarms WHERE kind = 'WH_REFUSED'"; }
# tamper NAME CONTENT [SHA]: refused whole, with an alarm, nothing posted.
tamper() {
	local n0 a0 p0 reason
	n0=$(refused_n); a0=$(alarms_n); p0=$(gf_sql "SELECT count(*) FROM wh_posts")
	put_result "$2" "${3:-}"
	if gf_wait_for 10 gf_at_least $((n0 + 1)) "SELECT count(*) FROM wh_results WHERE file_name = '$WR' AND state = 'REFUSED'"; then
		reason=$(gf_sql "SELECT reason FROM wh_results WHERE file_name = '$WR' ORDER BY id DESC LIMIT 1")
		ok "$1: refused whole ($reason)"
	else
		fail "$1: refused whole"
	fi
	expect_eq "$(alarms_n)" "$((a0 + 1))" "$1: one alarm"
	expect_eq "$(gf_sql "SELECT count(*) FROM wh_posts")" "$p0" "$1: nothing posted"
}
tamper "header count" "H|0102|$MONTH|01|6|$TOTAL|4|$OKTOTAL
$(lines)
"
tamper "header total" "H|0102|$MONTH|01|5|$((TOTAL + 1))|4|$OKTOTAL
$(lines)
"
tamper "okcount" "H|0102|$MONTH|01|5|$TOTAL|5|$OKTOTAL
$(lines)
"
tamper "an unknown line" "H|0102|$MONTH|01|5|$TOTAL|4|$OKTOTAL
$(lines 5199999999)
"
tamper "a line missing" "H|0102|$MONTH|01|4|$((TOTAL - DUE[4]))|3|$((OKTOTAL - DUE[4]))
$(lines | head -4)
"
tamper "a changed SHA-256" "H|0102|$MONTH|01|5|$TOTAL|4|$OKTOTAL
$(lines)
" "$(printf '%064d' 7)"
expect_match "$(gf_sql "SELECT reason FROM wh_results WHERE file_name = '$WR' ORDER BY id DESC LIMIT 1")" "SHA-256" "the reason names the SHA-256"

GOOD="H|0102|$MONTH|01|5|$TOTAL|4|$OKTOTAL
$(lines)
"
put_result "$GOOD"
gf_wait_for 20 gf_at_least 4 "SELECT count(*) FROM wh_result_lines WHERE post_state = 'POSTED'" ||
	fail "the 4 debited lines posted in time"
expect_eq "$(gf_sql "SELECT state FROM wh_results WHERE file_name = '$WR' ORDER BY id DESC LIMIT 1")" "ACCEPTED" "the true result accepted"
expect_eq "$(gf_sql "SELECT post_state || ' ' || result FROM wh_result_lines WHERE lineno = 4")" "NONE 3001" "the refusal recorded for customer 3"
expect_eq "$(gf_sql "SELECT string_agg(lineno::text, ',' ORDER BY lineno) FROM wh_result_lines WHERE post_state = 'POSTED'")" "1,2,3,5" "lines 1, 2, 3, 5 posted"
# The marketing system's books: each debited line in force exactly once.
for i in 0 1 2 4; do
	expect_eq "$(mktdb "SELECT count(*) || ' ' || COALESCE(sum(amount), 0) FROM mk_txns WHERE custno = '${CUST[$i]}' AND status = 'OK' AND trcode IN ('1002', '1004') AND stserial LIKE 'SC01%' AND stserial <> '$CTRST'")" \
		"1 ${DUE[$i]}" "customer $i: one withholding posting in force, of its amount"
done
expect_eq "$(mktdb "SELECT count(*) FROM mk_txns WHERE custno = '${CUST[3]}' AND stserial LIKE 'SC01%' AND stserial <> '$CTRST'")" "0" "customer 3 (refused by the bank): nothing posted"
expect_eq "$(mdue "${CUST[3]}")" "${DUE[3]}" "customer 3 still owes the same"
for i in 0 4; do
	expect_eq "$(mdue "${CUST[$i]}") $(mbal "${CUST[$i]}")" "0 ${BAL[$i]}" "customer $i: arrears paid, balance unchanged"
done
expect_eq "$(mdue "${CUST[1]}")" "0" "customer 1 (paid in between) owes nothing"
expect_eq "$(mbal "${CUST[1]}")" "$((BAL[1] + DUE[1]))" "customer 1: the whole debit became balance"
expect_eq "$(mktdb "SELECT trcode FROM mk_txns WHERE custno = '${CUST[1]}' AND status = 'OK' AND trcode IN ('1002', '1004') AND stserial LIKE 'SC01%' AND stserial <> '$CTRST'")" "1004" "customer 1: posted as a prepay once 1002 said nothing is due"
expect_eq "$(mdue "${CUST[2]}") $(mbal "${CUST[2]}")" "0 $((BAL[2] + 100))" "customer 2 (paid a part in between): the excess became balance"
expect_eq "$(gf_sql "SELECT count(*) || ' ' || sum(amount) FROM transactions WHERE channel = 'WITHHOLD' AND bankno = '0102' AND pay_mode = 5 AND state = 'SUCCESS'")" \
	"4 $OKTOTAL" "the station's records: 4 withholding postings in force, oktotal"
expect_match "$(G withhold show "$WH" | grep "^4 ")" "3001 +NONE" "gfctl withhold show: the refusal per customer"

# ---- the same file again changes nothing ----
n_res=$(gf_sql "SELECT count(*) FROM wh_results"); n_tx=$(gf_sql "SELECT count(*) FROM transactions")
n_mk=$(mktdb "SELECT count(*) FROM mk_txns")
put_result "$GOOD"
sleep 3
expect_eq "$(gf_sql "SELECT count(*) FROM wh_results") $(gf_sql "SELECT count(*) FROM transactions") $(mktdb "SELECT count(*) FROM mk_txns")" \
	"$n_res $n_tx $n_mk" "the same result file again: nothing recorded, nothing posted"
tamper "a second, different result for a list taken in" "H|0102|$MONTH|01|5|$TOTAL|4|$OKTOTAL
$(R=(0000 0000 0000 3002 0000); lines)
"

# ---- ifsvc killed while postings are out ----
for i in 6 7 8 9 10 11; do G binding add --bank 0103 --cust "${CUST[$i]}" --account "$(acct $i)" >/dev/null; done
expect_match "$(G withhold make --bank 0103 --month $MONTH)" "^list WH0103${MONTH}01.txt count=6 " "bank 0103: list made"
WR2=WR0103${MONTH}01.txt
T2=0; body=""
for i in 6 7 8 9 10 11; do
	d=$(mdue "${CUST[$i]}"); T2=$((T2 + d))
	body+="D|$((i - 5))|${CUST[$i]}|$(acct $i)|$d|0000|BK$i|20261206"$'\n'
done
mkt_admin set latency_ms 2500 >/dev/null; mkt_admin set latency_pct 100 >/dev/null
mkdir -p "$BANKDIR/0103/inbox"
printf 'H|0103|%s|01|6|%s|6|%s\n%s' "$MONTH" "$T2" "$T2" "$body" >"$BANKDIR/0103/inbox/$WR2"
(cd "$BANKDIR/0103/inbox" && sha256sum "$WR2" >".$WR2.sha256.tmp" && mv ".$WR2.sha256.tmp" "$WR2.sha256")
PEND="SELECT count(*) FROM wh_posts p JOIN transactions t USING (stserial) WHERE t.state = 'PENDING' AND t.bankno = '0103'"
gf_wait_for 10 gf_at_least 1 "$PEND" || fail "postings out before the kill"
out_n=$(gf_sql "$PEND")
gf_stop ifsvc KILL
ok "ifsvc killed with $out_n postings out"
sleep 3		# the marketing system finishes what it was doing
mkt_admin reset >/dev/null
gf_start ifsvc || gf_done
gf_wait_for 45 gf_at_least 6 "SELECT count(*) FROM wh_result_lines rl JOIN wh_results r ON r.id = rl.result_id WHERE r.file_name = '$WR2' AND rl.post_state = 'POSTED'" ||
	fail "all 6 lines of bank 0103 posted after the restart"
expect_eq "$(mktdb "SELECT count(*) FROM (SELECT custno FROM mk_txns WHERE status = 'OK' AND trcode IN ('1002', '1004') AND stserial LIKE 'SC01%' AND stserial <> '$CTRST' AND custno IN ($(printf "'%s'," "${CUST[@]:6:6}" | sed 's/,$//')) GROUP BY custno HAVING count(*) = 1) x")" \
	"6" "after the kill: each of the 6 customers has exactly one posting in force"
expect_eq "$(mktdb "SELECT COALESCE(sum(amount), 0) FROM mk_txns WHERE status = 'OK' AND trcode IN ('1002', '1004') AND stserial LIKE 'SC01%' AND stserial <> '$CTRST' AND custno IN ($(printf "'%s'," "${CUST[@]:6:6}" | sed 's/,$//'))")" \
	"$T2" "after the kill: the amounts in force are the file's oktotal"
settled=$(gf_sql "SELECT count(*) FROM transactions WHERE bankno = '0103' AND func <> 'REVERSAL' AND state IN ('REVERSED', 'FAILED')")
[ "$settled" -ge 1 ] && ok "the attempts cut by the kill were settled ($settled) and posted again" || fail "an attempt cut by the kill was settled"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")" "0" "nothing left PENDING or UNKNOWN"
grep -q 'postings left out by the previous ifsvc are unknown now' "$ILOG" && ok "the restart took over the cut postings at once" || fail "the restart took over the cut postings"
gf_done
