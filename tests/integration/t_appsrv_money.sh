#!/bin/bash
# cost: 60
# t_appsrv_money - the money-moving functions and the marketing-system
# queries through real ifsvc and mktsim: success and failure of each,
# idempotency (sequential and two concurrent repeats of one term_serial),
# every reversal rule, RECEIPT / STATS / SIGN_OFF from the records, and the
# statuses only faults produce (HOST_DECLINED, HOST_TIMEOUT).  Requests go
# to appsrv's IPC socket as frontd would send them (tests/tools/ipcprobe).
CONF_IFSVC_EXTRA='deadline = 2
  settle_interval = 1'
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

source "$GF_SRC/tests/integration/money_lib.sh"
nrec() { jq '[.items[] | select(has("record"))] | length' <<<"$1"; }

G terminal add --id $TERM1 --name T1 --suite 1 >/dev/null
for o in op1:collector op2:collector sup:supervisor rd:reader dn:dunning; do
	G operator add --id ${o%%:*} --name "N ${o%%:*}" --role ${o##*:} <<<123456 >/dev/null
done
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT && gf_start ifsvc && gf_start appsrv || gf_done
MK() { "$BIN_MKTSIM" -f "$GF_CONF" customers "$@"; }
mapfile -t ARR < <(MK --kind arrears --limit 6 | cut -d'|' -f1)
CLEAR=$(MK --kind clear --limit 1 | cut -d'|' -f1)
CARD=$(MK --kind card --limit 1)
BOOK=$(MK --kind arrears --limit 1 | cut -d'|' -f3)
[ ${#ARR[@]} -ge 6 ] && [ -n "$CLEAR" ] && [ -n "$CARD" ] || { fail "mktsim customers"; gf_done; }
T1=$(signon op1); T2=$(signon op2); TS=$(signon sup); TR=$(signon rd); TD=$(signon dn)
expect_match "$T1$T2$TS$TR$TD" '^[0-9A-F]{160}$' "five operators signed on"

# ---- ARREARS_QUERY ----
r=$(tokreq ARREARS_QUERY "$T1" ",{\"customer_no\":\"${ARR[0]}\"}")
expect_eq "$(status "$r")" OK "ARREARS_QUERY OK"
expect_match "$(item "$r" customer_name)" . "ARREARS_QUERY customer_name"
expect_match "$(item "$r" total_due)" '^[1-9][0-9]*$' "ARREARS_QUERY total_due"
expect_match "$(nrec "$r")" '^[1-9]' "ARREARS_QUERY bill records"
expect_eq "$(status "$(tokreq ARREARS_QUERY "$T1" ',{"customer_no":"99999999999"}')")" NO_SUCH_CUSTOMER "ARREARS_QUERY of nobody"

# ---- PAYMENT, replay ----
d0=$(due "$T1" "${ARR[0]}")
r=$(pay "$T1" p1 "${ARR[0]}" 100)
expect_eq "$(status "$r")" OK "PAYMENT OK"
RCPT=$(item "$r" receipt_no)
expect_match "$RCPT" '^RSC01[0-9]{20}$' "PAYMENT receipt_no is R || stserial (20-digit counter)"
expect_match "$(item "$r" mkt_serial)" '^MK' "PAYMENT mkt_serial"
expect_eq "$(item "$r" replayed)" "" "first answer not replayed"
expect_eq "$(due "$T1" "${ARR[0]}")" $((d0 - 100)) "total due went down by the amount"
expect_eq "$(txstate p1)" SUCCESS "recorded SUCCESS"
expect_eq "$(gf_sql "SELECT count(*) FROM receipts WHERE receipt_no='$RCPT'")" 1 "receipt recorded"
r2=$(pay "$T1" p1 "${ARR[0]}" 100)
expect_eq "$(status "$r2")" OK "repeat answers OK"
expect_eq "$(item "$r2" replayed)" 1 "repeat carries replayed = 1"
expect_eq "$(item "$r2" receipt_no)" "$RCPT" "repeat gives the same receipt"
expect_eq "$(due "$T1" "${ARR[0]}")" $((d0 - 100)) "repeat moved no money"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE term_serial='p1'")" 1 "one transaction for the key"

# ---- two concurrent repeats ----
# The marketing system answers in 700 ms; the repeat (a new seq, the same
# term_serial) arrives 200 ms after the first attempt, while it is in flight.
d1=$(due "$T1" "${ARR[1]}")
mkadmin "set latency_ms 700"; mkadmin "set latency_pct 100"
s=$(($(cat "$T/seq") + 1)); echo $((s + 1)) >"$T/seq"
out=$("$TOOLS/ipcprobe" req "$SOCK" $TERM1 $s "{\"func\":\"PAYMENT\",\"items\":[{\"token\":\"$T1\"},{\"term_serial\":\"c1\"},{\"customer_no\":\"${ARR[1]}\"},{\"amount\":250},{\"pay_mode\":2}]}" 2 200)
mkadmin "reset"
expect_eq "$(jq -r .status <<<"$out" | tr '\n' ' ')" "OK BUSY " "concurrent repeat: first OK, the repeat in flight BUSY"
expect_eq "$(due "$T1" "${ARR[1]}")" $((d1 - 250)) "concurrent repeats moved money once"
expect_eq "$(gf_sql "SELECT count(*) || ' ' || min(state) FROM transactions WHERE term_serial='c1'")" "1 SUCCESS" "one SUCCESS transaction"
r=$(pay "$T1" c1 "${ARR[1]}" 250)
expect_eq "$(item "$r" replayed)" 1 "later repeat replayed"

# ---- failure statuses from the marketing system ----
expect_eq "$(status "$(pay "$T1" f1 99999999999 100)")" NO_SUCH_CUSTOMER "PAYMENT to nobody"
expect_eq "$(txstate f1)" FAILED "recorded FAILED"
expect_eq "$(status "$(pay "$T1" f1 99999999999 100)")" NO_SUCH_CUSTOMER "repeat of a failure replays it"
expect_eq "$(status "$(pay "$T1" f2 "$CLEAR" 100)")" NO_ARREARS "PAYMENT without arrears"

# ---- PREPAY, CARD_RECHARGE ----
r=$(tokreq PREPAY "$T1" ",{\"term_serial\":\"pp1\"},{\"customer_no\":\"$CLEAR\"},{\"amount\":5000}")
expect_eq "$(status "$r")" OK "PREPAY OK"
expect_match "$(item "$r" balance)" '^[0-9]+$' "PREPAY balance"
IFS='|' read -r ccust _ _ cmeter _ _ cserial cpc <<<"$CARD"
r=$(tokreq CARD_RECHARGE "$T1" ",{\"term_serial\":\"cr1\"},{\"customer_no\":\"$ccust\"},{\"meter_no\":\"$cmeter\"},{\"card_serial\":\"$cserial\"},{\"purchase_count\":$((cpc + 1))},{\"amount\":3000}")
expect_eq "$(status "$r")" OK "CARD_RECHARGE OK"
expect_match "$(item "$r" card_data)" '^[0-9A-F]+$' "CARD_RECHARGE card_data"
expect_match "$(item "$r" purchase_count)" '^[0-9]+$' "CARD_RECHARGE purchase_count"
r=$(tokreq CARD_RECHARGE "$T1" ",{\"term_serial\":\"cr2\"},{\"customer_no\":\"$ccust\"},{\"meter_no\":\"MNOPE\"},{\"card_serial\":\"$cserial\"},{\"purchase_count\":$cpc},{\"amount\":3000}")
expect_eq "$(status "$r")" NO_SUCH_METER "CARD_RECHARGE on a wrong meter"

# ---- RECEIPT ----
r=$(tokreq RECEIPT "$T1" ",{\"receipt_no\":\"$RCPT\"}")
expect_eq "$(status "$r")" OK "RECEIPT reprint"
expect_eq "$(item "$r" amount) $(item "$r" customer_no) $(item "$r" operator_name)" "100 ${ARR[0]} N op1" "RECEIPT amount, customer, operator"

# ---- reversal rules ----
expect_eq "$(status "$(rev "$T2" r0 p1)")" REVERSAL_NOT_ALLOWED "reversal by another operator"
r=$(rev "$T1" r1 p1)
expect_eq "$(status "$r")" OK "REVERSAL OK"
expect_match "$(item "$r" mkt_serial)" '^MK' "REVERSAL mkt_serial"
expect_eq "$(txstate p1)" REVERSED "original REVERSED"
expect_eq "$(gf_sql "SELECT t.reversed_by = r.stserial FROM transactions t, transactions r WHERE t.term_serial='p1' AND r.term_serial='r1'")" t "reversed_by set"
expect_eq "$(due "$T1" "${ARR[0]}")" "$d0" "reversal restored the total due"
expect_eq "$(item "$(rev "$T1" r1 p1)" replayed)" 1 "repeat of the reversal replayed"
expect_eq "$(status "$(rev "$T1" r2 p1)")" REVERSAL_NOT_ALLOWED "already reversed"
expect_eq "$(status "$(rev "$T1" r3 r1)")" REVERSAL_NOT_ALLOWED "a reversal cannot be reversed"
expect_eq "$(status "$(rev "$T1" r4 f1)")" REVERSAL_NOT_ALLOWED "a failed payment cannot be reversed"
expect_eq "$(status "$(rev "$T1" r5 nothing)")" ORIGINAL_NOT_FOUND "no original"
pay "$T1" p3 "${ARR[2]}" 100 >/dev/null
gf_sql "UPDATE transactions SET settle_date = current_date - 1 WHERE term_serial='p3'; UPDATE tx_keys SET settle_date = current_date - 1 WHERE term_serial='p3'" >/dev/null
expect_eq "$(status "$(rev "$T1" r6 p3)")" REVERSAL_NOT_ALLOWED "reversal on another day"
expect_eq "$(status "$(pay "$T1" p4 "${ARR[3]}" 100)")" OK "payment p4"
gf_sql "INSERT INTO recon_runs (recon_date, state) VALUES (current_date, 'DONE')" >/dev/null
expect_eq "$(status "$(rev "$T1" r7 p4)")" REVERSAL_NOT_ALLOWED "reversal after reconciliation"
gf_sql "DELETE FROM recon_runs" >/dev/null
expect_eq "$(status "$(rev "$T1" r8 p4)")" OK "same reversal before reconciliation is allowed"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE func='REVERSAL'")" 2 "refused reversals recorded nothing"

# ---- STATS, SIGN_OFF ----
# op1's successful collection: p3 100 (moved to yesterday), today c1 250 +
# pp1 5000 + cr1 3000 (p1, p4 reversed).
r=$(tokreq STATS "$T1" ',{"date_from":"20240101"},{"date_to":"20351231"}')
expect_eq "$(jq -c '[.items[] | select(has("record")) | .record | map(to_entries[0]) | from_entries | [.count, .amount]]' <<<"$r")" "[[1,100],[3,8250]]" "STATS: count and amount per settle date"
r=$(tokreq STATS "$TS" ',{"date_from":"20240101"},{"date_to":"20351231"}')
expect_eq "$(jq -c '[.items[] | select(has("record")) | .record | map(to_entries[0]) | from_entries | .count] | add' <<<"$r")" 4 "supervisor STATS"

# ---- reading and dunning functions ----
r=$(tokreq READ_TASKS "$TR" ",{\"book_no\":\"$BOOK\"},{\"page\":1}")
expect_eq "$(status "$r")" OK "READ_TASKS OK"
expect_eq "$(item "$r" page)" 1 "READ_TASKS page"
expect_match "$(item "$r" page_count)" '^[1-9]' "READ_TASKS page_count"
expect_match "$(nrec "$r")" '^[1-9]' "READ_TASKS records"
METER=$(jq -r '[.items[] | select(has("record")) | .record[] | select(has("meter_no")) | .meter_no][0]' <<<"$r")
expect_eq "$(status "$(tokreq READ_TASKS "$TR" ",{\"book_no\":\"$BOOK\"},{\"page\":0}")")" BAD_REQUEST "page 0"
expect_eq "$(status "$(tokreq READ_TASKS "$TR" ',{"book_no":"NOBOOK"},{"page":1}')")" NO_SUCH_METER "READ_TASKS of an unknown book"
r=$(tokreq BILL_ESTIMATE "$TR" ",{\"meter_no\":\"$METER\"},{\"reading\":99999999}")
expect_eq "$(status "$r")" OK "BILL_ESTIMATE OK"
expect_match "$(item "$r" kwh)" '^-?[0-9]+$' "BILL_ESTIMATE kwh"
expect_eq "$(status "$(tokreq BILL_ESTIMATE "$TR" ',{"meter_no":"MNOPE"},{"reading":1}')")" NO_SUCH_METER "BILL_ESTIMATE of an unknown meter"
r=$(tokreq READ_UPLOAD "$TR" ",{\"record\":[{\"meter_no\":\"$METER\"},{\"reading\":99999999},{\"read_time\":\"20261122080000\"}]},{\"record\":[{\"meter_no\":\"MNOPE\"},{\"reading\":5},{\"read_time\":\"20261122080000\"}]}")
expect_eq "$(status "$r")" OK "READ_UPLOAD OK"
expect_eq "$(item "$r" count)" 2 "READ_UPLOAD count"
expect_eq "$(gf_sql "SELECT string_agg(meter_no || ':' || COALESCE(item_status::text,'-'), ' ' ORDER BY id) FROM reading_uploads")" "$METER:0 MNOPE:518" "uploads recorded with their item status"
r=$(tokreq READ_EXCEPTION "$TR" ",{\"meter_no\":\"$METER\"},{\"exception_code\":2},{\"note\":\"broken seal\"}")
expect_eq "$(status "$r")" OK "READ_EXCEPTION OK"
expect_eq "$(gf_sql "SELECT forwarded FROM reading_exceptions")" t "exception recorded and forwarded"
r=$(tokreq DUNNING_TASKS "$TD" ',{"page":1}')
expect_eq "$(status "$r")" OK "DUNNING_TASKS OK"
r=$(tokreq BOOK_ARREARS "$TD" ",{\"book_no\":\"$BOOK\"},{\"page\":1}")
expect_eq "$(status "$r")" OK "BOOK_ARREARS OK"
expect_match "$(nrec "$r")" '^[1-9]' "BOOK_ARREARS records"
r=$(tokreq DISCONNECT_CHECK "$TD" ",{\"customer_no\":\"${ARR[4]}\"}")
expect_eq "$(status "$r")" OK "DISCONNECT_CHECK OK"
expect_match "$(item "$r" disconnect_allowed)" '^[01]$' "DISCONNECT_CHECK disconnect_allowed"
expect_eq "$(gf_sql "SELECT count(*) FROM disconnect_checks WHERE total_due IS NOT NULL")" 1 "disconnect check recorded"
r=$(tokreq DUNNING_RESULT "$TD" ",{\"customer_no\":\"${ARR[4]}\"},{\"result_code\":1},{\"note\":\"promised\"}")
expect_eq "$(status "$r")" OK "DUNNING_RESULT OK"
expect_eq "$(gf_sql "SELECT forwarded FROM dunning_results")" t "dunning result recorded and forwarded"

# ---- faults: HOST_DECLINED, HOST_TIMEOUT ----
# MI1 §5 (rev. 2026-12): 9999 to a payment is an unknown outcome, not a
# refusal: HOST_TIMEOUT, and the settler makes sure nothing stays posted.
mkadmin "set error_pct 100"; expect_eq $? 0 "mktsim: error_pct 100"
r=$(pay "$T1" e1 "${ARR[5]}" 100)
expect_eq "$(status "$r")" HOST_TIMEOUT "9999 to a payment is HOST_TIMEOUT"
expect_eq "$(txstate e1)" UNKNOWN "9999 recorded UNKNOWN for the settler"
mkadmin "reset"
for i in $(seq 150); do [ "$(txstate e1)" = UNKNOWN ] || break; sleep 0.2; done
expect_eq "$(txstate e1)" FAILED "settled: nothing was posted (NOTFOUND)"
expect_eq "$(status "$(pay "$T1" e1 "${ARR[5]}" 100)")" HOST_TIMEOUT "its repeat keeps HOST_TIMEOUT"
d5=$(due "$T1" "${ARR[5]}")
# Only the payment loses its answer: an idle connection's heartbeat (9002,
# after 30 s) dropped the same way closes that connection, and three of
# them open the breaker, so the payment was not sent at all
# (HOST_UNAVAILABLE; seen when the heartbeats fell between these two lines).
mkadmin "set trcodes 1002"; expect_eq $? 0 "mktsim: faults for payments only"
mkadmin "set drop_after_pct 100"; expect_eq $? 0 "mktsim: drop_after_pct 100"
r=$(pay "$T1" u1 "${ARR[5]}" 100)
expect_eq "$(status "$r")" HOST_TIMEOUT "no answer is HOST_TIMEOUT"
expect_match "$(txstate u1)" '^(UNKNOWN|REVERSED|FAILED)$' "not answered: left to the settler"
mkadmin "reset"
for i in $(seq 150); do
	st=$(txstate u1); [ "$st" = UNKNOWN ] || [ "$st" = PENDING ] || break; sleep 0.2
done
expect_eq "$(txstate u1)" REVERSED "settler reversed the unknown payment"
expect_eq "$(due "$T1" "${ARR[5]}")" "$d5" "nothing moved in the end"
r=$(pay "$T1" u1 "${ARR[5]}" 100)
expect_eq "$(status "$r")" HOST_TIMEOUT "a repeat of the unknown keeps HOST_TIMEOUT"

r=$(tokreq SIGN_OFF "$T1" '')
expect_eq "$(item "$r" count) $(item "$r" amount)" "3 8250" "SIGN_OFF: op1's net collection today on this terminal"
gf_done
