#!/bin/bash
# t_ifsvc_breaker.sh - the circuit breaker (DESIGN "MI_CALL outcome"
# UNAVAILABLE): when the marketing system fails (every request dropped,
# every new connection refused) the breaker opens and new money requests
# are answered UNAVAILABLE (appsrv: HOST_UNAVAILABLE) at once: they never
# reach the marketing system, not then and not later (no queue).  Once the
# marketing system is back the breaker closes after its cool-down and
# payments go through again.
CONF_IFSVC_EXTRA="deadline = 2
  settle_interval = 1
  heartbeat = 1
  breaker_failures = 3
  breaker_reset = 2"
source "$GF_SRC/tests/integration/lib.sh"
source "$GF_SRC/tests/integration/ifsvc_lib.sh"
ifsvc_start_all 6
n1002() { grep -c "trcode=1002 " "$MLOG"; }	# payment requests mktsim saw

# Control: a payment reaches mktsim and its serial is in mktsim's log.
s0=$(new_pending PAYMENT 1002 "${CUST[0]}" 100 b-0)
r=$(pay "$s0" "${CUST[0]}" 100); appsrv_apply "$s0" "$r"
expect_eq "$(echo "$r" | jq -r .outcome)/$(echo "$r" | jq -r .rspcode)" "ANSWERED/0000" "healthy: payment answered"
mkt_saw "$s0" && ok "healthy: mktsim logged the payment's serial" || fail "control serial not in mktsim log"

# The marketing system fails: heartbeats and requests dropped, then every
# reconnect refused.  Failures open the breaker.
mkt_admin set drop_before_pct 100 >/dev/null
mkt_admin set refuse_pct 100 >/dev/null
gf_wait_for 20 grep -q "mkt: breaker open" "$ILOG" && ok "breaker opened" || fail "breaker never opened"
gf_wait_for 10 sh -c "! \"$MI_PROBE\" \"$T/run/ifsvc.sock\" 9002 '' '{}' | grep -q '\"outcome\":\"ANSWERED\"'" ||
	fail "heartbeat still answered"

# (A connection still up when the breaker opened may carry one more
# heartbeat: only money requests are counted here.)
req0=$(n1002)
declare -a S
for i in 1 2 3; do
	S[$i]=$(new_pending PAYMENT 1002 "${CUST[$i]}" $((100 + i)) "b-$i")
	r=$(pay "${S[$i]}" "${CUST[$i]}" $((100 + i))); appsrv_apply "${S[$i]}" "$r"
	expect_eq "$(echo "$r" | jq -r .outcome)" "UNAVAILABLE" "breaker open: payment $i UNAVAILABLE"
	expect_eq "$(tx_state "${S[$i]}")" "FAILED" "payment $i FAILED, never UNKNOWN (it was not sent)"
done
expect_eq "$(n1002)" "$req0" "mktsim received no payment request while the breaker was open"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state='UNKNOWN' AND stserial IN ('${S[1]}','${S[2]}','${S[3]}')")" "0" "nothing left for the settler"

# A peer that accepts and then drops every connection is redialled with a
# growing backoff (100 ms doubling to 5 s), not every 100 ms: over 3 s the
# pool's connections make a few attempts each, where a reset backoff would
# make about 30 each.  (An upper bound: a slow machine only makes fewer.)
r0=$(mkt_stat refused); sleep 3; r1=$(mkt_stat refused)
if [ $((r1 - r0)) -le 40 ]; then ok "refused reconnects back off ($((r1 - r0)) in 3 s)"
else fail "reconnect storm: $((r1 - r0)) refused connections in 3 s"; fi

# The marketing system is back: after the cool-down the breaker closes.
mkt_admin reset >/dev/null
gf_wait_for 30 mi_ready && ok "heartbeat answered again" || fail "never recovered"
gf_wait_for 10 grep -q "mkt: breaker closed" "$ILOG" && ok "breaker closed" || fail "breaker never closed"
s4=$(new_pending PAYMENT 1002 "${CUST[4]}" 104 b-4)
r=$(pay "$s4" "${CUST[4]}" 104); appsrv_apply "$s4" "$r"
expect_eq "$(echo "$r" | jq -r .outcome)/$(echo "$r" | jq -r .rspcode)" "ANSWERED/0000" "after recovery: payment answered"
mkt_saw "$s4" && ok "after recovery: mktsim logged the new payment" || fail "new payment not in mktsim log"
# No queue: the refused payments were never sent later either.
for i in 1 2 3; do
	mkt_saw "${S[$i]}" && fail "refused payment $i reached mktsim later" || ok "refused payment $i never reached mktsim"
done
expect_eq "$(n1002)" "$((req0 + 1))" "exactly one more payment reached mktsim: the new one"
expect_match "$(mkt_stat refused)" "^[1-9][0-9]*$" "mktsim did refuse connections meanwhile"
gf_done
