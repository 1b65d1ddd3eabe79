#!/usr/bin/env bash
# cost: 60
# mktsim business rules over MI/1 (MI1 §2-§4): arrears, late fees, payment
# allocation, idempotency, reversal, prepay, card recharge, status query,
# reading/dunning, the reconciliation file, and format errors.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup

D=$(date +%Y%m%d)		# business date, fixed for the whole test
MKT_CUSTOMERS=300
gf_start mktsim --today "$D" || gf_done
M() { "$BIN_MKTSIM" -f "$GF_CONF" "$@" --today "$D"; }
mc() { "$TOOLS/mi_client" -p "$MKT_PORT" "$@"; }
get() { local k=$1; shift; mc -g "$k" "$@"; }
msql() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }

# ---- init and seed ----
check "init is idempotent" -- "$BIN_MKTSIM" -f "$GF_CONF" init
before=$(M customers --limit 1000 | md5sum)
"$BIN_MKTSIM" -f "$GF_CONF" seed --customers $MKT_CUSTOMERS --seed 1 --today "$D" >/dev/null 2>&1
expect_eq "$(M customers --limit 1000 | md5sum)" "$before" "seed is deterministic"
expect_eq "$(M customers --limit 1000 | wc -l)" "$MKT_CUSTOMERS" "seed made N customers"
expect_match "$(M customers --limit 1)" '^51[0-9]{8}\|[^|]+\|B[0-9]{4}\|M[0-9]+\|' "custno, book and meter formats"
for k in arrears clear card prepaid overdue; do
	n=$(M customers --limit 1000 --kind $k | wc -l)
	if [ "$n" -gt 0 ]; then ok "seed has $k customers ($n)"; else fail "seed has $k customers"; fi
done

# ---- 1001 and late fees (0.1 %/day after the 20th of the next month) ----
mc 9002 >"$T/hb"
expect_eq "$(grep ^rspcode= "$T/hb")" "rspcode=0000" "heartbeat"
c=$(M customers --kind overdue --limit 1 | cut -d'|' -f1)
due=$(M customers --kind overdue --limit 1 | cut -d'|' -f5)
mc 1001 custno=$c >"$T/q"
expect_eq "$(grep ^rspcode= "$T/q")" "rspcode=0000" "1001 answers"
expect_eq "$(grep ^body.totaldue= "$T/q" | cut -d= -f2)" "$due" "1001 totaldue matches the books"
nb=$(grep -c '^body.bills.[0-9]*.month=' "$T/q")
sum=0; feeok=1
for i in $(seq "$nb"); do
	mon=$(grep "^body.bills.$i.month=" "$T/q" | cut -d= -f2)
	p=$(grep "^body.bills.$i.principal=" "$T/q" | cut -d= -f2)
	f=$(grep "^body.bills.$i.latefee=" "$T/q" | cut -d= -f2)
	sum=$((sum + p + f))
	dd=$(date -d "${mon}01 +1 month +19 days" +%Y-%m-%d)
	days=$(( ($(date -d "$D" +%s) - $(date -d "$dd" +%s)) / 86400 ))
	[ $days -lt 0 ] && days=0
	paid=$(msql "SELECT paid_principal FROM mk_bills WHERE custno='$c' AND month='$mon'")
	# Seeded partial payments happened before the due date: fee on the rest.
	[ "$f" = "$(( p * days / 1000 ))" ] || { feeok=0; echo "bill $mon p=$p f=$f days=$days paid=$paid"; }
done
expect_eq "$sum" "$due" "bills add up to totaldue"
expect_eq "$feeok" 1 "late fee = floor(unpaid x days x 0.1%) for every bill"
expect_eq "$(get rspcode 1001 custno=5199999999)" "1001" "unknown customer: 1001"

# ---- 1002 payment: oldest bill first, late fee before principal ----
f1=$(grep '^body.bills.1.latefee=' "$T/q" | cut -d= -f2)
p1=$(grep '^body.bills.1.principal=' "$T/q" | cut -d= -f2)
m1=$(grep '^body.bills.1.month=' "$T/q" | cut -d= -f2)
amt=$((f1 + p1 / 2 + 1))
mc -s R1 1002 stserial=ST-A1 custno=$c amount=$amt paymode=1 termid=T1 operid=O1 >"$T/p"
expect_eq "$(grep ^rspcode= "$T/p")" "rspcode=0000" "payment accepted"
expect_eq "$(grep -c '^body.settled.[0-9]*.month=' "$T/p")" "1" "partial payment settles one bill"
expect_eq "$(grep ^body.settled.1.month= "$T/p" | cut -d= -f2)" "$m1" "the oldest bill"
expect_eq "$(grep ^body.settled.1.latefee= "$T/p" | cut -d= -f2)" "$f1" "its late fee first"
expect_eq "$(grep ^body.settled.1.principal= "$T/p" | cut -d= -f2)" "$((amt - f1))" "then principal"
expect_eq "$(grep ^body.totaldue= "$T/p" | cut -d= -f2)" "$((due - amt))" "totaldue reduced by the amount"
expect_match "$(grep ^body.mkserial= "$T/p")" '^body.mkserial=MK[0-9]+$' "mkserial returned"
expect_eq "$(grep ^serial= "$T/p")" "serial=R1" "response echoes serial"
expect_eq "$(grep ^trcode= "$T/p")" "trcode=1002" "response echoes trcode"

# Idempotency: same stserial -> 2001 with the original body, no money moves.
mc -s R2 1002 stserial=ST-A1 custno=$c amount=$amt paymode=1 termid=T1 operid=O1 >"$T/p2"
expect_eq "$(grep ^rspcode= "$T/p2")" "rspcode=2001" "repeat: 2001"
expect_eq "$(grep ^body "$T/p2")" "$(grep ^body "$T/p")" "repeat: the original body"
expect_eq "$(get body.totaldue 1001 custno=$c)" "$((due - amt))" "repeat moved no money"

# Overpayment: everything due is paid, the excess goes to the balance.
due2=$(get body.totaldue 1001 custno=$c)
bal0=$(get body.balance 1001 custno=$c)
mc 1002 stserial=ST-A2 custno=$c amount=$((due2 + 1234)) paymode=1 termid=T1 operid=O1 >"$T/p3"
expect_eq "$(grep ^body.totaldue= "$T/p3" | cut -d= -f2)" "0" "overpayment clears the arrears"
expect_eq "$(grep ^body.balance= "$T/p3" | cut -d= -f2)" "$((bal0 + 1234))" "excess goes to the prepaid balance"
months=$(grep '^body.settled.[0-9]*.month=' "$T/p3" | cut -d= -f2 | tr '\n' ' ')
expect_eq "$months" "$(grep '^body.settled.[0-9]*.month=' "$T/p3" | cut -d= -f2 | sort | tr '\n' ' ')" "settled oldest first"
expect_eq "$(get rspcode 1002 stserial=ST-A3 custno=$c amount=100 paymode=1 termid=T1 operid=O1)" "1002" "nothing due: 1002"
expect_eq "$(get rspcode 1002 stserial=ST-A4 custno=$c amount=0 paymode=1 termid=T1 operid=O1)" "1003" "amount 0: 1003"
expect_eq "$(get rspcode 1002 stserial=ST-A5 custno=$c amount=12.5 paymode=1 termid=T1 operid=O1)" "1003" "amount not integer fen: 1003"

# ---- 1003 reversal restores exactly ----
c2=$(M customers --kind arrears --limit 5 | tail -1 | cut -d'|' -f1)
mc 1001 custno=$c2 >"$T/r0"
d2=$(grep ^body.totaldue= "$T/r0" | cut -d= -f2)
mc 1002 stserial=ST-B1 custno=$c2 amount=$((d2 + 500)) paymode=1 termid=T1 operid=O1 >/dev/null
expect_eq "$(get body.status 1006 origstserial=ST-B1)" "SUCCESS" "status query: SUCCESS"
expect_eq "$(get body.amount 1006 origstserial=ST-B1)" "$((d2 + 500))" "status query: amount"
expect_eq "$(get rspcode 1003 stserial=ST-B2 origstserial=ST-B1 reason=test)" "0000" "reversal accepted"
mc 1001 custno=$c2 >"$T/r1"
expect_eq "$(grep ^body "$T/r1")" "$(grep ^body "$T/r0")" "reversal restores bills, late fees and balance"
expect_eq "$(get body.status 1006 origstserial=ST-B1)" "REVERSED" "status query: REVERSED"
expect_eq "$(get rspcode 1003 stserial=ST-B2 origstserial=ST-B1 reason=test)" "2001" "repeated reversal: 2001"
expect_eq "$(get rspcode 1003 stserial=ST-B3 origstserial=ST-B1 reason=test)" "2003" "second reversal: 2003"
expect_eq "$(get rspcode 1003 stserial=ST-B4 origstserial=NOPE reason=test)" "2002" "unknown original: 2002"
expect_eq "$(get rspcode 1003 stserial=ST-B5 origstserial=ST-B2 reason=test)" "2003" "reversal of a reversal: 2003"
expect_eq "$(get body.status 1006 origstserial=NEVER)" "NOTFOUND" "status query: NOTFOUND"
mc 1004 stserial=ST-B6 custno=$c2 amount=300 termid=T1 operid=O1 >/dev/null
msql "UPDATE mk_txns SET txdate = txdate - 1 WHERE stserial='ST-B6'" >/dev/null
expect_eq "$(get rspcode 1003 stserial=ST-B7 origstserial=ST-B6 reason=test)" "2003" "reversal of another day: 2003"
msql "UPDATE mk_txns SET txdate = txdate + 1 WHERE stserial='ST-B6'" >/dev/null

# ---- 1004 prepay and its reversal ----
b0=$(get body.balance 1001 custno=$c2)
expect_eq "$(get body.balance 1004 stserial=ST-C1 custno=$c2 amount=2500 termid=T1 operid=O1)" "$((b0 + 2500))" "prepay adds to the balance"
get rspcode 1003 stserial=ST-C2 origstserial=ST-C1 reason=x >/dev/null
expect_eq "$(get body.balance 1001 custno=$c2)" "$b0" "prepay reversal restores the balance"

# ---- 1005 card recharge ----
IFS='|' read -r cc _ _ cm _ _ cs pc <<<"$(M customers --kind card --limit 1)"
expect_eq "$(get rspcode 1005 stserial=ST-D0 custno=$cc meterno=$cm cardserial=$cs purchasecount=$((pc + 2)) amount=5000 termid=T1 operid=O1)" "9001" "wrong purchasecount: 9001"
expect_eq "$(get rspcode 1005 stserial=ST-D0 custno=$cc meterno=$cm cardserial=CBAD purchasecount=$((pc + 1)) amount=5000 termid=T1 operid=O1)" "3001" "wrong card: 3001"
mc 1005 stserial=ST-D1 custno=$cc meterno=$cm cardserial=$cs purchasecount=$((pc + 1)) amount=5000 termid=T1 operid=O1 >"$T/k"
expect_eq "$(grep ^rspcode= "$T/k")" "rspcode=0000" "card recharge accepted"
expect_eq "$(grep ^body.purchasecount= "$T/k" | cut -d= -f2)" "$((pc + 1))" "new purchase count"
h=$(printf '%s|%s|%s' "$cs" $((pc + 1)) 5000 | sha256sum | cut -c1-24)
expect_eq "$(grep ^body.carddata= "$T/k" | cut -d= -f2)" "$(printf '%016X%08X%s' 5000 $((pc + 1)) "${h^^}")" "carddata = amount|count|sha256 prefix"
expect_eq "$(M customers --kind card --limit 1 | cut -d'|' -f8)" "$((pc + 1))" "count stored"

# ---- reading and dunning ----
IFS='|' read -r rc _ rb rm _ <<<"$(M customers --kind arrears --limit 1)"
last=$(msql "SELECT lastreading FROM mk_meters WHERE meterno='$rm'")
for kwh in 12345 25000 40000; do
	t1=$(( kwh < 18000 ? kwh : 18000 )); t2=$(( kwh < 28000 ? kwh : 28000 )); t2=$(( t2 > 18000 ? t2 - 18000 : 0 )); t3=$(( kwh > 28000 ? kwh - 28000 : 0 ))
	exp=$(( (t1 * 5224 + t2 * 6224 + t3 * 8224 + 5000) / 10000 ))
	expect_eq "$(get body.amount 2004 meterno=$rm reading=$((last + kwh)))" "$exp" "tariff for $kwh x 0.01 kWh (three tiers)"
done
expect_eq "$(get rspcode 2004 meterno=MNOPE reading=1)" "3001" "estimate for unknown meter: 3001"
mc 2002 items.1.meterno=$rm items.1.reading=$((last + 20000)) items.1.readtime=${D}0900 items.1.exccode= items.2.meterno=MNOPE items.2.reading=5 items.2.readtime=${D}0900 items.2.exccode= >"$T/u"
expect_eq "$(grep -E '^body.items.[12].code=' "$T/u" | cut -d= -f2 | tr '\n' ' ')" "0000 3001 " "upload: per-item codes"
expect_eq "$(msql "SELECT lastreading FROM mk_meters WHERE meterno='$rm'")" "$((last + 20000))" "upload moves lastreading"
n=$(msql "SELECT count(*) FROM mk_meters m JOIN mk_customers c USING (custno) WHERE c.bookno='$rb'")
expect_eq "$(get body.pagecount 2001 bookno=$rb page=1 pagesize=7)" "$(( (n + 6) / 7 ))" "reading tasks page count"
expect_eq "$(get rspcode 2001 bookno=B9999 page=1 pagesize=7)" "3001" "unknown book: 3001"
expect_eq "$(get rspcode 2003 meterno=$rm exccode=01 note=x operid=O1)" "0000" "reading exception"
owing=$(M customers --kind arrears --limit 1000 | awk -F'|' -v b="$rb" '$3 == b' | wc -l)
expect_eq "$(get body.pagecount 3002 bookno=$rb page=1 pagesize=10)" "$(( (owing + 9) / 10 ))" "book arrears counts the owing customers"
# Whether a bill is overdue depends on the day of the month (due the 20th
# of the next month): ask the simulator for customers of each kind.
c_od=$(M customers --kind overdue --limit 1 | cut -d'|' -f1)
c_pp=$(M customers --kind prepaid --limit 1 | cut -d'|' -f1)
expect_match "$c_od" "^51[0-9]{8}$" "an overdue customer exists"
expect_eq "$(get body.allowed 3003 custno=$c_od)" "1" "disconnect allowed when overdue"
expect_eq "$(get body.allowed 3003 custno=$c_pp)" "0" "disconnect refused with nothing overdue"
expect_eq "$(get rspcode 3004 custno=$c2 resultcode=1 note=x operid=O1)" "0000" "dunning result"

# ---- 9001 reconciliation: whole-day count and total, OK lines only ----
exp_n=$(msql "SELECT count(*) FROM mk_txns WHERE trcode IN ('1002','1004','1005')")
exp_t=$(msql "SELECT COALESCE(sum(amount),0) FROM mk_txns WHERE trcode IN ('1002','1004','1005') AND status='OK'")
mc 9001 recondate=$D page=1 >"$T/rc"
expect_eq "$(grep ^body.count= "$T/rc" | cut -d= -f2)" "$exp_n" "recon count"
expect_eq "$(grep ^body.total= "$T/rc" | cut -d= -f2)" "$exp_t" "recon total"
get body.data 9001 recondate=$D page=1 >"$T/lines"
expect_eq "$(wc -l <"$T/lines")" "$exp_n" "one line per transaction"
expect_eq "$(awk -F'|' '$6 == "OK" { s += $5 } END { print s + 0 }' "$T/lines")" "$exp_t" "total = sum of OK lines"
expect_eq "$(grep -c '^ST-B1|.*|REVERSED|' "$T/lines")" "1" "reversed payment listed as REVERSED"
expect_eq "$(grep -c '|1003|' "$T/lines")" "0" "reversals themselves not listed"
expect_match "$(head -1 "$T/lines")" "^[^|]+\|MK[0-9]+\|100[245]\|[0-9]+\|[0-9]+\|(OK|REVERSED)\|$D\|[0-9]{6}$" "line format"
# Paging: 1,000 lines a page, count/total still the whole day.
msql "INSERT INTO mk_txns (stserial, mkserial, trcode, custno, amount, txdate, txtime, response, effect)
      SELECT 'BULK' || g, 'MZ' || lpad(g::text, 8, '0'), '1004', '$c2', g, '$D', '120000', '{}', '{}'
        FROM generate_series(1, 1500) g" >/dev/null
# The file is cut when page 1 is asked for; later pages come from that cut.
expect_eq "$(get body.count 9001 recondate=$D page=2)" "$exp_n" "page 2 belongs to the file of the last page 1"
mc 9001 recondate=$D page=1 >/dev/null
mc 9001 recondate=$D page=2 >"$T/rc2"
expect_eq "$(grep ^body.pagecount= "$T/rc2" | cut -d= -f2)" "$(( (exp_n + 1500 + 999) / 1000 ))" "page count"
expect_eq "$(grep ^body.count= "$T/rc2" | cut -d= -f2)" "$((exp_n + 1500))" "count covers the day"
expect_eq "$(grep ^body.total= "$T/rc2" | cut -d= -f2)" "$((exp_t + 1500 * 1501 / 2))" "total covers the day"
expect_eq "$(get body.data 9001 recondate=$D page=1 | wc -l)" "1000" "a full page has 1000 lines"
expect_eq "$(get body.data 9001 recondate=$D page=2 | grep -c .)" "$((exp_n + 1500 - 1000))" "the rest on page 2"
expect_eq "$(get body.count 9001 recondate=20200101 page=1)" "0" "empty day"
expect_eq "$(get rspcode 9001 recondate=2020011 page=1)" "9001" "bad recondate: 9001"

# ---- format errors (MI1 §4: 9001) ----
expect_eq "$(get rspcode 7777)" "9001" "unknown trcode: 9001"
expect_eq "$(get rspcode 1001)" "9001" "missing field: 9001"
expect_eq "$(get rspcode 1002 custno=$c amount=1)" "9001" "money-moving without stserial: 9001"
printf '<msg><head><trcode>1001</trcode><serial>X1</serial>' >"$T/bad.xml"
mc -x "$T/bad.xml" >"$T/bad.out"
expect_eq "$(grep ^rspcode= "$T/bad.out")" "rspcode=9001" "malformed XML: 9001"
expect_eq "$(grep ^serial= "$T/bad.out")" "serial=X1" "malformed XML: serial echoed when readable"
printf '0000001x<msg/>' >"$T/badlen"
mc -R "$T/badlen" >/dev/null; rc=$?
expect_eq "$rc" "3" "bad length prefix: connection closed"
out=$(mc 9002 + 1006 origstserial=ST-A1 + 9002)
expect_eq "$(grep -c '^rspcode=0000' <<<"$out")" "3" "several requests on one connection, answers in order"
expect_eq "$(grep '^trcode=' <<<"$out" | tr '\n' ' ')" "trcode=9002 trcode=1006 trcode=9002 " "each answer echoes its trcode"

# ---- concurrency: parallel prepays to one customer all count ----
b0=$(get body.balance 1001 custno=$c2)
start=$(date +%s%N)
pids=""
for w in $(seq 8); do
	( for i in $(seq 25); do mc 1004 stserial=PAR-$w-$i custno=$c2 amount=$i termid=T operid=O >/dev/null; done ) &
	pids="$pids $!"
done
wait $pids	# not a bare wait: mktsim is a child too
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "# 200 prepays from 8 parallel clients in ${ms} ms"
expect_eq "$(get body.balance 1001 custno=$c2)" "$((b0 + 8 * 25 * 26 / 2))" "parallel prepays all applied once"
gf_done
