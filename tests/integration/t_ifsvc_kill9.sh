#!/bin/bash
# cost: 60
# t_ifsvc_kill9.sh - unknown outcomes survive kill -9 of ifsvc: with
# payments unknown and their settlement reversals sent but unanswered,
# ifsvc is killed and restarted; every unknown settles exactly once (one
# reversal per payment in the marketing system's books), a stale PENDING
# row left by a crashed appsrv is adopted, an item unsettled too long raises
# one UNSETTLED alarm, and the books agree afterwards.
# The five lost answers must not open the breaker (3 in a row would, when a
# loaded machine delays the heartbeats that close it in between): the
# breaker is t_ifsvc_breaker's subject, not this test's.
CONF_IFSVC_EXTRA="deadline = 2
  settle_interval = 1
  settle_alarm = 2
  heartbeat = 1
  breaker_failures = 20"
source "$GF_SRC/tests/integration/lib.sh"
source "$GF_SRC/tests/integration/ifsvc_lib.sh"
ifsvc_start_all 5

# Payments and reversals are booked, then their answers are lost.
mkt_admin set trcodes 1002,1003 >/dev/null
mkt_admin set drop_after_pct 100 >/dev/null
declare -a S
for i in 0 1 2 3 4; do
	S[$i]=$(new_pending PAYMENT 1002 "${CUST[$i]}" $((200 + i)) "k-$i")
	r=$(pay "${S[$i]}" "${CUST[$i]}" $((200 + i))); appsrv_apply "${S[$i]}" "$r"
	expect_eq "$(echo "$r" | jq -r .outcome)" "UNKNOWN" "payment $i unknown"
done
# Wait until the settler has sent (and lost the answers of) reversals.
gf_wait_for 20 mkt_at_least 3 "SELECT count(*) FROM mk_txns WHERE trcode='1003'" &&
	ok "settlement reversals reached the marketing system" || fail "no reversals booked"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state='UNKNOWN'")" "5" "all five still unknown locally"
gf_kill9 ifsvc
ok "ifsvc killed with unknowns pending"

# An appsrv that crashed mid-call leaves a stale PENDING row (never sent).
sp=$(new_pending PAYMENT 1002 "${CUST[0]}" 300 k-stale)
gf_sql "UPDATE transactions SET created_at = now() - interval '5 minutes' WHERE stserial='$sp'" >/dev/null

# Restart while the faults persist: nothing settles, alarms are raised.
gf_start ifsvc || gf_done
gf_wait_for 20 gf_at_least 6 "SELECT count(*) FROM alarms WHERE kind='UNSETTLED'" &&
	ok "unsettled items raise UNSETTLED alarms" || fail "no UNSETTLED alarms"
sleep 2
expect_eq "$(gf_sql "SELECT count(*) - count(DISTINCT split_part(detail, ' ', 1)) FROM alarms WHERE kind='UNSETTLED'")" "0" "one alarm per item, not repeated"

# The marketing system recovers: everything settles, once.
mkt_admin reset >/dev/null
for i in 0 1 2 3 4; do
	wait_state "${S[$i]}" REVERSED 40 && ok "payment $i settled REVERSED" || fail "payment $i state $(tx_state "${S[$i]}")"
done
wait_state "$sp" FAILED 40 && ok "stale PENDING adopted and settled FAILED" || fail "stale state $(tx_state "$sp")"
in_list=$(printf "'%s'," "${S[@]}"); in_list=${in_list%,}
expect_eq "$(mktdb "SELECT count(*) || '/' || count(DISTINCT orig_stserial) FROM mk_txns WHERE trcode='1003'")" "5/5" "exactly one reversal per payment in the marketing books"
expect_eq "$(mktdb "SELECT count(*) FROM mk_txns WHERE stserial IN ($in_list) AND status='REVERSED'")" "5" "all five reversed remotely"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE func='REVERSAL' AND orig_stserial IN ($in_list)")" "5" "one local reversal record each"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('UNKNOWN','PENDING')")" "0" "nothing left unknown"

today=$(gf_sql "SELECT to_char(current_date,'YYYYMMDD')")
out=$("$BIN_GFCTL" -f "$GF_CONF" recon run --date "$today")
expect_match "$out" "MATCHED=5 LOCAL_ONLY=0 REMOTE_ONLY=0 AMOUNT_MISMATCH=0 STATUS_MISMATCH=0" "books agree after settling"

serials_ok "across a kill -9 restart"

gf_done
