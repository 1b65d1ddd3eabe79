#!/bin/bash
# cost: 45
# t_appsrv_batch - PAYMENT claims in batches (appsrv/db.c).  With one
# database connection, claims that arrive while one is in flight go
# together: one statement, one transaction.  Checked here: a batch claims
# each payment and each is answered; a repeat in a batch is answered from
# its record (replayed) without a second claim, and so is a reversal, with
# its rules; a batch that fails is rolled
# back whole and each of its payments is claimed again alone, so that only
# the one at fault fails.
#
# A trigger the test adds to `transactions` holds the first claim for two
# seconds (so the others queue behind it) and refuses one customer number
# (so that a batch fails).
CONF_DATABASE_EXTRA='pool = 1'
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

source "$GF_SRC/tests/integration/appsrv_lib.sh"
# Until the slow claim sits in the trigger's sleep (it went alone).
wait_slow() { gf_wait_sleeping "$GF_DBNAME" || fail "the slow claim did not start"; }
# Distinct transactions that wrote the keys of these term_serials.
claims() {
	local in; in=$(printf "'%s'," "$@"); in=${in%,}
	gf_sql "SELECT count(DISTINCT xmin::text) FROM tx_keys WHERE term_serial IN ($in)"
}

appsrv_five_terminals
SLOW=${C[0]} BAD=${C[5]}
appsrv_hold_refuse transactions t_batch_hook

# ---- a batch: four claims queued behind a slow one ----
bg pay 1 a1 "$SLOW"
wait_slow
for n in 2 3 4 5; do bg pay $n a$n "${C[$((n - 1))]}"; done
waitall
for n in 1 2 3 4 5; do
	expect_eq "$(gf_status "$T/$n-a$n")" OK "terminal $n: PAYMENT OK"
done
expect_eq "$(claims a2 a3 a4 a5)" 1 "the four queued claims were one transaction"
expect_eq "$(claims a1 a2)" 2 "the slow one was claimed alone"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions t JOIN receipts r USING (stserial) WHERE t.state = 'SUCCESS' AND t.term_serial IN ('a1','a2','a3','a4','a5')")" 5 "five recorded SUCCESS with receipts"

# ---- a repeat in a batch: replayed, not claimed again ----
bg pay 1 b1 "$SLOW"
wait_slow
bg pay 2 a2 "${C[1]}"
bg pay 3 b3 "${C[2]}"
waitall
expect_eq "$(gf_status "$T/2-a2")" OK "the repeat answers OK"
expect_eq "$(gf_item "$T/2-a2" replayed)" 1 "with replayed = 1"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE term_serial = 'a2'")" 1 "one transaction for its key"
expect_eq "$(gf_status "$T/3-b3")" OK "the other in the batch: OK"

# ---- a reversal in a batch: claimed alone after the batch, with its rules ----
bg pay 1 r1 "$SLOW"
wait_slow
bg req "$(term 2)" "$T/2-rv2" "{\"func\":\"REVERSAL\",\"items\":[{\"token\":\"${TOK[2]}\"},{\"term_serial\":\"rv2\"},{\"orig_term_serial\":\"a2\"},{\"reason\":\"test\"}]}"
bg pay 4 r4 "${C[3]}"
waitall
expect_eq "$(gf_status "$T/2-rv2")" OK "the reversal answers OK"
expect_eq "$(gf_sql "SELECT state FROM transactions WHERE term_serial = 'a2'")" REVERSED "and its payment is REVERSED"
expect_eq "$(gf_status "$T/4-r4")" OK "the payment beside it: OK"

# ---- a batch that fails: each again alone, only the one at fault fails ----
bg pay 1 c1 "$SLOW"
wait_slow
bg pay 2 c2 "${C[1]}"
bg pay 3 c3 "$BAD"
bg pay 4 c4 "${C[3]}"
waitall
expect_eq "$(gf_status "$T/1-c1")" OK "the slow one: OK"
expect_eq "$(gf_status "$T/2-c2") $(gf_status "$T/4-c4")" "OK OK" "the others of the failed batch: OK, claimed alone"
expect_eq "$(claims c2 c4)" 2 "each in a transaction of its own"
expect_match "$(gf_status "$T/3-c3")" '^INTERNAL' "the one at fault fails alone"
expect_eq "$(gf_sql "SELECT count(*) FROM tx_keys WHERE term_serial = 'c3'")" 0 "and nothing of it is recorded"
check "appsrv logged the failed batch" -- grep -q 'db=batch stmt=money_begin items=3 .*retry=single' "$T/log/appsrv.out"
# The failed batch used no seq: each terminal goes on with its next one.
pay 3 d3 "${C[2]}"
expect_eq "$(gf_status "$T/3-d3")" OK "terminal 3 pays again afterwards"

gf_done
