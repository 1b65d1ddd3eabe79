#!/bin/bash
# cost: 60
# t_appsrv_group - payment outcomes in groups (appsrv/db.c).  The outcomes
# that queue while one is in flight go together: each its own statement,
# one sync point, so one transaction and one commit.  Checked here: a group
# records every outcome and answers each payment; a group that fails is
# rolled back whole and each of its outcomes is recorded again alone, so
# that only the one at fault is not recorded (its terminal is told
# HOST_TIMEOUT and the settler settles it).
#
# A trigger the test adds to `receipts` (written with each SUCCESS) holds
# the first outcome for two seconds (so the others queue behind it) and
# refuses one customer number (so that a group fails).  Two connections:
# the claims of the others go on the free one meanwhile.
CONF_DATABASE_EXTRA='pool = 2'
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

source "$GF_SRC/tests/integration/appsrv_lib.sh"
# Until the slow outcome sits in the trigger's sleep (it went alone).
wait_slow() { gf_wait_sleeping "$GF_DBNAME" || fail "the slow outcome did not start"; }
# Distinct transactions that wrote the receipts of these term_serials.
outcomes() {
	local in; in=$(printf "'%s'," "$@"); in=${in%,}
	gf_sql "SELECT count(DISTINCT r.xmin::text) FROM receipts r JOIN transactions t USING (stserial) WHERE t.term_serial IN ($in)"
}

appsrv_five_terminals
SLOW=${C[0]} BAD=${C[5]}
appsrv_hold_refuse receipts t_group_hook

# ---- a group: three outcomes queued behind a slow one ----
bg pay 1 a1 "$SLOW"
wait_slow
for n in 2 3 4; do bg pay $n a$n "${C[$((n - 1))]}"; done
waitall
for n in 1 2 3 4; do
	expect_eq "$(gf_status "$T/$n-a$n")" OK "terminal $n: PAYMENT OK"
done
expect_eq "$(outcomes a2 a3 a4)" 1 "the three queued outcomes were one transaction"
expect_eq "$(outcomes a1 a2)" 2 "the slow one was recorded alone"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions t JOIN receipts r USING (stserial) WHERE t.state = 'SUCCESS' AND t.term_serial IN ('a1','a2','a3','a4')")" 4 "four recorded SUCCESS with receipts"
for n in 2 3 4; do
	expect_eq "$(gf_item "$T/$n-a$n" receipt_no)" "$(gf_sql "SELECT receipt_no FROM transactions WHERE term_serial = 'a$n'")" "terminal $n got its own receipt number"
done

# ---- a group that fails: each again alone, only the one at fault fails ----
bg pay 1 c1 "$SLOW"
wait_slow
bg pay 2 c2 "${C[1]}"
bg pay 3 c3 "$BAD"
bg pay 4 c4 "${C[3]}"
waitall
expect_eq "$(gf_status "$T/1-c1")" OK "the slow one: OK"
expect_eq "$(gf_status "$T/2-c2") $(gf_status "$T/4-c4")" "OK OK" "the others of the failed group: OK, recorded alone"
expect_eq "$(outcomes c2 c4)" 2 "each in a transaction of its own"
expect_eq "$(gf_status "$T/3-c3")" HOST_TIMEOUT "the one at fault: HOST_TIMEOUT"
expect_eq "$(gf_sql "SELECT count(*) FROM receipts r JOIN transactions t USING (stserial) WHERE t.term_serial = 'c3'")" 0 "and no receipt of it"
expect_match "$(gf_sql "SELECT state FROM transactions WHERE term_serial = 'c3'")" '^(PENDING|UNKNOWN|REVERSED)$' "its record is left to the settler"
check "appsrv logged the failed group" -- grep -q 'db=group stmt=tx_ok items=3 .*retry=single' "$T/log/appsrv.out"

gf_done
