#!/usr/bin/env bash
# cost: 85
# t_bank_money - the bank's business over the bank port (BK1 §3, docs/BK1.md
# "Bank business") on the money state machine of the terminals
# (docs/MONEY.md): arrears query, payment, a repeat gets the same answer,
# a serial reused -> 1004, the reversal rules (other branch, other day,
# after the bank's 9101 -> refused), 2006, 9101 MATCH/MISMATCH, the
# collection window (2005), the marketing system unavailable (9001), and
# lost MI/1 outcomes settled by ifsvc (payment -> 9002 rolled back,
# reversal -> 9003 rolled forward) with a later 2006 / repeat giving the
# final outcome.
. "$GF_SRC/tests/integration/lib.sh"
BANK_PORT=$(gf_free_port)
CONF_FRONTD_EXTRA="bank_port = $BANK_PORT"
CONF_IFSVC_EXTRA='deadline = 2
  settle_interval = 1'
gf_setup
gf_keys
source "$GF_SRC/tests/integration/money_lib.sh"
mksql() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }
wait_sql() {	# wait_sql SQL EXPECTED [TENTHS]
	local i
	for i in $(seq "${3:-100}"); do [ "$(gf_sql "$1")" = "$2" ] && return 0; sleep 0.1; done
	return 1
}
G bank add --bank 0102 --name "工商银行" --addr 127.0.0.2 --suite 1 --reason t >/dev/null 2>&1 || fail "bank add"
G bank add --bank 0103 --name "建设银行" --addr 127.0.0.3 --suite 2 --reason t >/dev/null 2>&1 || fail "bank add"
gf_own "$T/bank_keys"
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT && gf_start ifsvc && gf_start appsrv && gf_start frontd || gf_done
gf_wait_port "$BANK_PORT" || fail "bank port"
mapfile -t ARR < <("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 12 | cut -d'|' -f1)
[ ${#ARR[@]} -ge 12 ] || { fail "mktsim customers"; gf_done; }
B=("$TOOLS/bkprobe" -p "$BANK_PORT" -k "$T/bank_keys" -T 10000 -S 127.0.0.2 -b 0102)
B3=("$TOOLS/bkprobe" -p "$BANK_PORT" -k "$T/bank_keys" -T 10000 -S 127.0.0.3 -b 0103 -s 2)
bk() { "${B[@]}" "$@" | tail -1; }
field() { sed -n "s/.* $1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }
pay() {	# pay SERIAL CUSTOMER AMOUNT [BRANCH]
	bk "2002,$1,custno=$2,amount=$3,channel=C,branch=${4:-B001},teller=T01"
}
c=${ARR[0]}
due0=$(mksql "SELECT sum(principal + latefee) FROM mk_bills WHERE custno = '$c' AND NOT paid" 2>/dev/null)

# ---- 2001 arrears query ----
q=$(bk "2001,custno=$c")
expect_match "$q" "^rspcode=0000 trcode=2001 .*mac=ok name=.* addr=.* totaldue=[0-9]+ bills=[0-9]{6}:[0-9]+:[0-9]+" "arrears query: name, addr, totaldue, bills"
td=$(field totaldue "$q")
expect_match "$(bk "2001,custno=NOSUCH9")" "^rspcode=1001 " "no such customer: 1001"

# ---- 2002 payment, repeat, serial reuse ----
p1=$(pay PAY1 "$c" 1000)
expect_match "$p1" "^rspcode=0000 trcode=2002 serial=PAY1 .*mac=ok receipt=R[A-Z0-9]+ mkserial=[^ ]+ balance=-?[0-9]+ totaldue=[0-9]+" "payment: receipt, mkserial, balance, totaldue"
expect_eq "$(gf_sql "SELECT channel, bankno, bank_branch, bank_teller, bank_medium, pay_mode, state, amount, terminal_id FROM transactions WHERE bankno = '0102' AND term_serial = 'PAY1'")" \
	"BANK|0102|B001|T01|C|4|SUCCESS|1000|BK0102" "recorded: channel BANK, bank, branch, teller, medium, paymode 4"
st=$(gf_sql "SELECT stserial FROM transactions WHERE bankno = '0102' AND term_serial = 'PAY1'")
expect_eq "$(mksql "SELECT count(*) FROM mk_txns WHERE stserial = '$st'")" 1 "posted once to the marketing system"
p1b=$(pay PAY1 "$c" 1000)
expect_eq "$(cut -d' ' -f1,2,3,6- <<<"$p1b")" "$(cut -d' ' -f1,2,3,6- <<<"$p1")" "a repeat gets the same answer"
expect_eq "$(mksql "SELECT count(*) FROM mk_txns WHERE stserial = '$st'")" 1 "and is not posted again"
expect_match "$(pay PAY1 "$c" 2000)" "^rspcode=1004 " "the serial reused for another amount: 1004"
expect_match "$(pay PAY1 "${ARR[1]}" 1000)" "^rspcode=1004 " "the serial reused for another customer: 1004"
expect_match "$(pay PAYX "$c" 0)" "^rspcode=1003 " "amount 0: 1003"
expect_match "$(pay PAYN NOSUCH9 100)" "^rspcode=1001 " "payment for no such customer: 1001"
expect_match "$("${B3[@]}" "2002,PAY1,custno=$c,amount=500,channel=A,branch=X,teller=T" | tail -1)" "^rspcode=0000 " "another bank's serial PAY1 is its own"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE term_serial = 'PAY1' AND channel = 'BANK'")" 2 "keyed per bank"
bstate() { gf_sql "SELECT state FROM transactions WHERE bankno = '${2:-0102}' AND term_serial = '$1'"; }
rev() {	# rev SERIAL ORIGSERIAL [BRANCH]
	bk "2003,$1,origserial=$2,branch=${3:-B001},teller=T01"
}
stat() { bk "2006,origserial=$1"; }

# ---- 2006 status query ----
expect_match "$(stat PAY1)" "^rspcode=0000 trcode=2006 .* status=SUCCESS amount=1000\$" "2006 of a payment: SUCCESS and its amount"
expect_match "$(stat NOSUCH1)" " status=NOTFOUND amount=0\$" "2006 of an unknown serial: NOTFOUND"
expect_match "$(stat PAYN)" " status=NOTFOUND " "2006 of a refused payment: NOTFOUND"

# ---- 2003 reversal: the rules ----
c2=${ARR[2]}
due2=$(field totaldue "$(bk "2001,custno=$c2")")
pay PAY2 "$c2" 700 >/dev/null
expect_match "$(rev REV2X PAY2 B999)" "^rspcode=2001 " "reversal from another branch: 2001"
expect_match "$(rev REV2Y NOSUCH1)" "^rspcode=2002 " "reversal of nothing: 2002"
expect_match "$(rev REV2Y NOSUCH1)" "^rspcode=2002 " "its repeat: the same refusal"
expect_match "$(rev REV2Y PAY2)" "^rspcode=1004 " "its serial naming another original: 1004"
expect_match "$("${B3[@]}" "2003,REV3,origserial=PAY2,branch=B001,teller=T" | tail -1)" "^rspcode=2002 " "another bank cannot reverse it (not found for it)"
r=$(rev REV2 PAY2)
expect_match "$r" "^rspcode=0000 trcode=2003 serial=REV2 .*mac=ok receipt=R[A-Z0-9]+\$" "reversal: 0000 and its receipt"
expect_eq "$(bstate PAY2) $(bstate REV2)" "REVERSED SUCCESS" "the payment REVERSED, the reversal SUCCESS"
expect_eq "$(field totaldue "$(bk "2001,custno=$c2")")" "$due2" "the customer's total due restored"
expect_eq "$(cut -d' ' -f1,2,3,6- <<<"$(rev REV2 PAY2)")" "$(cut -d' ' -f1,2,3,6- <<<"$r")" "its repeat: the same answer"
expect_match "$(rev REV2B PAY2)" "^rspcode=2001 " "a second reversal of it: 2001"
expect_match "$(stat PAY2)" " status=REVERSED amount=700\$" "2006: REVERSED"
expect_match "$(pay PAY2 "$c2" 700)" "^rspcode=0000 .*receipt=" "the payment's repeat: its original answer as it stands"
pay PAY3 "${ARR[3]}" 300 >/dev/null
gf_sql "UPDATE transactions SET settle_date = current_date - 1 WHERE term_serial = 'PAY3' AND bankno = '0102'; UPDATE bank_keys SET settle_date = current_date - 1 WHERE serial = 'PAY3'" >/dev/null
expect_match "$(rev REV3 PAY3)" "^rspcode=2001 " "reversal of another day's payment: 2001"

# ---- 9101 day-end: the station's totals; the day closed ----
n=$(gf_sql "SELECT count(*) FROM transactions WHERE bankno = '0102' AND settle_date = current_date AND func = 'PAYMENT' AND state = 'SUCCESS'")
tot=$(gf_sql "SELECT sum(amount) FROM transactions WHERE bankno = '0102' AND settle_date = current_date AND func = 'PAYMENT' AND state = 'SUCCESS'")
pay PAY4 "${ARR[4]}" 400 >/dev/null
n=$((n + 1)); tot=$((tot + 400))
today=$(date +%Y%m%d)
expect_match "$(bk "9101,txdate=$today,count=$((n + 1)),total=$tot")" "^rspcode=0000 trcode=9101 .* result=MISMATCH count=$n total=$tot\$" "9101 with one too many: MISMATCH and the station's totals"
expect_match "$(bk "9101,txdate=$today,count=$n,total=$tot")" " result=MATCH count=$n total=$tot\$" "9101 with the same totals: MATCH"
expect_eq "$(gf_sql "SELECT result, count, total FROM bank_days WHERE bankno = '0102' AND settle_date = current_date")" "MATCH|$n|$tot" "the day-end recorded"
expect_match "$(rev REV4 PAY4)" "^rspcode=2001 " "a reversal after the bank's 9101: 2001"
expect_eq "$(bstate PAY4)" SUCCESS "and the payment stands"
expect_match "$(bk "9101,txdate=2026x,count=1,total=1")" "^rspcode=8002 " "9101 with a malformed date: 8002"

# ---- the marketing system unavailable: 9001, nothing done ----
gf_stop mktsim
expect_match "$(pay PAY5 "${ARR[5]}" 500)" "^rspcode=9001 " "payment while the marketing system is down: 9001"
expect_eq "$(bstate PAY5)" FAILED "recorded: nothing done"
expect_match "$(stat PAY5)" " status=NOTFOUND " "2006: NOTFOUND"
expect_match "$(pay PAY5 "${ARR[5]}" 500)" "^rspcode=9001 " "its repeat: 9001, the stored answer"
expect_eq "$(gf_sql "SELECT k.answer_code || ' ' || k.answer_state FROM bank_keys k WHERE k.bankno = '0102' AND k.serial = 'PAY5'")" \
	"9001 FAILED" "the answer is stored with the outcome"
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT || gf_done
for i in $(seq 100); do [[ "$(bk "2001,custno=$c")" == rspcode=0000* ]] && break; sleep 0.2; done

# ---- lost MI/1 outcomes, settled by ifsvc ----
c6=${ARR[6]}
due6=$(field totaldue "$(bk "2001,custno=$c6")")
mkadmin "set trcodes 1002" && mkadmin "set drop_after_pct 100"
expect_eq $? 0 "mktsim: answers to 1002 lost after posting"
expect_match "$(pay PAY6 "$c6" 600)" "^rspcode=9002 " "payment with its answer lost: 9002"
expect_match "$(bstate PAY6)" '^(UNKNOWN|REVERSED|FAILED)$' "left to the settler"
mkadmin "reset"
wait_sql "SELECT state FROM transactions WHERE bankno = '0102' AND term_serial = 'PAY6'" REVERSED 200
expect_eq "$(bstate PAY6)" REVERSED "the settler undid the lost payment"
expect_eq "$(gf_sql "SELECT channel, bankno, bank_branch, state FROM transactions WHERE term_serial = 'settle:' || (SELECT stserial FROM transactions WHERE bankno = '0102' AND term_serial = 'PAY6')")" \
	"BANK|0102|B001|SUCCESS" "its undoing is recorded in the bank's channel"
expect_eq "$(field totaldue "$(bk "2001,custno=$c6")")" "$due6" "the customer owes what they owed"
expect_match "$(pay PAY6 "$c6" 600)" "^rspcode=9002 " "its repeat: 9002 (nothing was done)"
expect_match "$(stat PAY6)" " status=NOTFOUND " "2006: NOTFOUND"

# (bank 0103: 0102 closed today with its 9101)
bk3() { "${B3[@]}" "$@" | tail -1; }
c7=${ARR[7]}
due7=$(field totaldue "$(bk3 "2001,custno=$c7")")
bk3 "2002,PAY7,custno=$c7,amount=800,channel=E,branch=W1,teller=T9" >/dev/null
mkadmin "set trcodes 1003" && mkadmin "set drop_after_pct 100"
expect_match "$(bk3 "2003,REV7,origserial=PAY7,branch=W1,teller=T9")" "^rspcode=9003 " "reversal with its answer lost: 9003"
expect_match "$(bk3 "2003,REV7,origserial=PAY7,branch=W1,teller=T9")" "^rspcode=9003 " "its repeat while in doubt: 9003"
expect_match "$(bk3 "2006,origserial=REV7")" " status=PENDING " "2006 of it meanwhile: PENDING"
mkadmin "reset"
wait_sql "SELECT state FROM transactions WHERE bankno = '0103' AND term_serial = 'REV7'" SUCCESS 200
expect_eq "$(bstate REV7 0103) $(bstate PAY7 0103)" "SUCCESS REVERSED" "the settler completed the reversal"
expect_match "$(bk3 "2003,REV7,origserial=PAY7,branch=W1,teller=T9")" "^rspcode=0000 .* receipt=R[A-Z0-9]+\$" "its repeat now: 0000 and the receipt"
expect_match "$(bk3 "2006,origserial=PAY7")" " status=REVERSED " "2006 of the payment: REVERSED"
expect_eq "$(field totaldue "$(bk3 "2001,custno=$c7")")" "$due7" "the customer's total due restored"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE channel = 'BANK' AND state IN ('PENDING', 'UNKNOWN')")" 0 "no bank transaction left undecided"

# ---- appsrv unreachable: a repeat of a done serial is never told "nothing
# done" (9001/9002): frontd cannot know, it answers 9999 (ask again) ----
"${B[@]}" "2002,PAY1,custno=$c,amount=1000,channel=C,branch=B001,teller=T01,@sleep=1500" \
	"2006,origserial=PAY1" >"$T/away.out" & hp=$!
sleep 0.5
gf_stop appsrv
wait $hp
expect_match "$(sed -n 2p "$T/away.out")" "^rspcode=9999 trcode=2002 serial=PAY1 " "appsrv unreachable: the repeat of a paid serial is answered 9999, not 9001"
expect_match "$(sed -n 3p "$T/away.out")" "^rspcode=9999 trcode=2006 " "and a 2006 too"
gf_start appsrv || gf_done
for i in $(seq 100); do [[ "$(stat PAY1)" == *status=SUCCESS* ]] && break; sleep 0.2; done
expect_match "$(pay PAY1 "$c" 1000)" "^rspcode=0000 .*receipt=" "appsrv back: the repeat gets its answer"

# ---- database away: an answered payment is recorded once it is back ----
# (docs/MONEY.md, transition 6; the terminals' case is in t_money_truth.)
# The marketing system holds the payment; the station's database stops
# taking connections and appsrv's are ended; the marketing system books it.
# appsrv keeps the outcome and records it when the database is back: the
# bank hears 0000, not 9003 for a payment the settler would then undo.
# ifsvc's deadline is 10 s here (2 s above): the steps between the
# payment reaching the marketing system and its answer (the database
# refused, appsrv's connections ended and noticed) must not outlast it on
# a loaded machine, or the payment is left unknown and settled instead.
gf_restart_deadline 2 10
# frontd's link to appsrv is back once a 2006 is answered
for i in $(seq 100); do [[ "$(stat PAY1)" == *status=SUCCESS* ]] && break; sleep 0.2; done
expect_match "$(stat PAY1)" "status=SUCCESS" "appsrv and ifsvc restarted (ifsvc deadline 10 s)"
c8=${ARR[8]}
pgsu() { pg_psql "$GF_PGHOST" -d postgres -At -c "$1"; }
mksql "SET application_name = 't_hold'; BEGIN; SELECT 1 FROM mk_customers WHERE custno = '$c8' FOR UPDATE; SELECT pg_sleep(30); COMMIT" >/dev/null 2>&1 &
H=$!
gf_wait_sleeping "$GF_MKTDB" || fail "the marketing system's row is not held"
pay PAY9 "$c8" 900 >"$T/pay9.out" & P=$!
wait_sql "SELECT state FROM transactions WHERE bankno = '0102' AND term_serial = 'PAY9'" PENDING ||
	fail "PAY9 not claimed"
pgsu "ALTER DATABASE $GF_DBNAME ALLOW_CONNECTIONS false" >/dev/null
pgsu "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$GF_DBNAME'" >/dev/null
gf_wait_for 5 grep -q "db=down" "$T/log/appsrv.out" || fail "appsrv did not lose its database"
mksql "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = 't_hold'" >/dev/null
wait "$H" 2>/dev/null
gf_wait_for 10 grep -q "bank=0102 serial=PAY9 .* outcome=SUCCESS record=waiting" "$T/log/appsrv.out" &&
	ok "appsrv keeps the bank payment's SUCCESS it cannot record" || fail "appsrv did not wait to record PAY9"
sleep 2
pgsu "ALTER DATABASE $GF_DBNAME ALLOW_CONNECTIONS true" >/dev/null
wait $P
expect_match "$(tail -1 "$T/pay9.out")" "^rspcode=0000 trcode=2002 serial=PAY9 .*receipt=" "the held answer is 0000 once recorded"
expect_eq "$(bstate PAY9)" SUCCESS "recorded SUCCESS"
st9=$(gf_sql "SELECT stserial FROM transactions WHERE bankno = '0102' AND term_serial = 'PAY9'")
expect_eq "$(mksql "SELECT count(*) FROM mk_txns WHERE stserial = '$st9'")" 1 "posted once"
expect_match "$(stat PAY9)" " status=SUCCESS " "2006: SUCCESS"
p9b=$(pay PAY9 "$c8" 900)
expect_eq "$(cut -d' ' -f1,2,3,6- <<<"$p9b")" "$(tail -1 "$T/pay9.out" | cut -d' ' -f1,2,3,6-)" "its repeat gets the same answer"
expect_eq "$(mksql "SELECT count(*) FROM mk_txns WHERE stserial = '$st9'")" 1 "and is not posted again"

# ---- the settler decided first: the late outcome changes nothing ----
# The marketing system answers 0000 after 3 s; meanwhile the row is decided
# (as the settler does with one it adopted).  appsrv's record then finds a
# row no longer PENDING: it stores no answer and no receipt, and the bank
# is told what the row's state says, as is its repeat.
c9=${ARR[9]}
mkadmin "set trcodes 1002" && mkadmin "set latency_ms 3000" && mkadmin "set latency_pct 100"
expect_eq $? 0 "mktsim: answers to 1002 after 3 s"
"${B3[@]}" "2002,LATE1,custno=$c9,amount=700,channel=A,branch=B001,teller=T01" >"$T/late1.out" 2>&1 &
P=$!
wait_sql "SELECT state FROM transactions WHERE bankno = '0103' AND term_serial = 'LATE1'" PENDING 50
expect_eq "$(gf_sql "UPDATE transactions SET state = 'FAILED', updated_at = now() WHERE bankno = '0103' AND term_serial = 'LATE1' AND state = 'PENDING' RETURNING state")" \
	FAILED "decided while the marketing system is slow"
wait $P
mkadmin "reset"
expect_match "$(tail -1 "$T/late1.out")" "^rspcode=9002 " "the late 0000 is not the answer: 9002, as the row says"
expect_eq "$(gf_sql "SELECT x.state || ' ' || COALESCE(x.receipt_no, '-') || ' ' || COALESCE(k.answer_code, '-') FROM transactions x JOIN bank_keys k ON k.stserial = x.stserial WHERE x.bankno = '0103' AND x.term_serial = 'LATE1'")" \
	"FAILED - -" "the row keeps its state, no receipt, no stored answer"
expect_eq "$(gf_sql "SELECT count(*) FROM receipts r JOIN transactions x ON x.stserial = r.stserial WHERE x.bankno = '0103' AND x.term_serial = 'LATE1'")" 0 "no receipt row"
expect_match "$("${B3[@]}" "2002,LATE1,custno=$c9,amount=700,channel=A,branch=B001,teller=T01" | tail -1)" "^rspcode=9002 " "its repeat: 9002 too"

# ---- the collection window (per org, here the station's) ----
G bank window set --org SC01 --days 1-1 --hours 00:00-00:01 --reason t >/dev/null 2>&1 ||
	gf_sql "INSERT INTO bank_windows (org, first_day, last_day, opens, closes) VALUES ('SC01', 1, 1, '00:00', '00:01')" >/dev/null
if [ "$(gf_sql "SELECT gf_bank_window_open('SC01', localtimestamp)")" = f ]; then
	expect_match "$(bk "2001,custno=$c")" "^rspcode=2005 " "arrears query outside the window: 2005"
	expect_match "$(pay PAY8 "$c" 100)" "^rspcode=2005 " "payment outside the window: 2005"
	expect_match "$(pay PAY8 "$c" 100)" "^rspcode=2005 " "its repeat: 2005"
	expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE term_serial = 'PAY8'")" 0 "nothing recorded"
	expect_match "$(stat PAY1)" " status=SUCCESS " "2006 is answered outside the window"
else
	fail "the window set for the test is open now (it is 00:00)"
fi
gf_done
