#!/bin/bash
# cost: 60
# t_appsrv_pipeline - appsrv's libpq pipeline mode (appsrv/db.c) under a
# burst: one pooled connection, so that the concurrent requests of many
# terminals are in flight on it together, each payment's answer checked by
# termsim against its own customer's arrears (a result handed to the wrong
# request would break the arithmetic), receipts distinct, and every
# payment answered OK committed.  Midway appsrv's backends are terminated
# with queries in the pipeline: those fail, the pool reconnects, the load
# goes on.
CONF_DATABASE_EXTRA='pool = 1'
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

NTERM=8
TFILE=$T/terminals
CFILE=$T/customers
TERMSIM=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --keys "$T/keys" --timeout 20000)
: >"$TFILE"; chmod 0600 "$TFILE"
for i in $(seq 1 $NTERM); do
	id=$(printf '86139000006%05d' "$i")
	"$BIN_GFCTL" -f "$GF_CONF" terminal add --id "$id" --name "pl $i" --suite $((2 - i % 2)) >>"$T/log/gfctl.out" 2>&1
	"$BIN_GFCTL" -f "$GF_CONF" operator add --id "PL$i" --name "pl $i" --role collector <<<135246 >>"$T/log/gfctl.out" 2>&1
	echo "$id $((2 - i % 2)) 1 - - - PL$i 135246 collector" >>"$TFILE"
done
MKT_CUSTOMERS=300
gf_start_all || gf_done
gf_wait_for 30 "${TERMSIM[@]}" call --terminal 8613900000600001 ECHO ||
	{ fail "the station answers ECHO"; gf_done; }
"$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 100000 >"$CFILE" 2>>"$T/log/mktsim.out"

run() {	# run SECONDS OUT: payments only, all terminals at once
	"${TERMSIM[@]}" --customers-file "$CFILE" run \
		--terminals $NTERM --mix collector=100 --payments-only --duration "$1" --concurrency $NTERM \
		--keepalive --seed 5 --json >"$2" 2>>"$T/log/termsim.out"
}
pay_ok() { jq -r '[.functions[] | select(.function=="PAYMENT") | .ok] | add // 0' "$1"; }

# ---- a burst on one connection ----
run 4 "$T/run1.json"
expect_eq "$(jq -r .violations "$T/run1.json")" 0 "burst: every answer fits its own request (no violation)"
ok1=$(pay_ok "$T/run1.json")
if [ "$ok1" -gt 50 ]; then ok "burst: $ok1 payments answered OK"; else fail "burst: only $ok1 payments OK"; fi
succ=$(gf_sql "SELECT count(*) FROM transactions WHERE func = 'PAYMENT' AND state = 'SUCCESS'")
expect_eq "$succ" "$ok1" "every payment answered OK is committed, no other"
expect_eq "$(gf_sql "SELECT count(DISTINCT receipt_no) FROM transactions WHERE state = 'SUCCESS'")" "$succ" "distinct receipt numbers"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state <> 'SUCCESS'")" 0 "nothing failed or pending"
expect_eq "$(jq -r '[.functions[] | select(.function=="PAYMENT") | .count] | add' "$T/run1.json")" "$ok1" "burst: every payment answered OK"

# ---- the connection dies with queries in its pipeline ----
# (what the customers owe now, after the burst)
"$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 100000 >"$CFILE" 2>>"$T/log/mktsim.out"
run 6 "$T/run2.json" &
tpid=$!
sleep 2
killed=$(gf_sql "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'appsrv' AND datname = current_database()")
if [ "$killed" -ge 1 ]; then ok "terminated $killed appsrv backends under load"; else fail "no appsrv backend to terminate"; fi
wait $tpid
expect_eq "$(jq -r .violations "$T/run2.json")" 0 "after the loss: no violation"
ok2=$(pay_ok "$T/run2.json")
if [ "$ok2" -gt 20 ]; then ok "load went on after the reconnect ($ok2 payments OK)"; else fail "only $ok2 payments OK after the loss"; fi
up=$(cat "$T/log/"appsrv* 2>/dev/null | grep -c 'db=up conn=0')
if [ "$up" -ge 2 ]; then ok "the pooled connection came back"; else fail "no reconnect logged ($up)"; fi
expect_eq "$(gf_sql "SELECT count(*) FROM (SELECT 1 FROM transactions GROUP BY terminal_id, term_serial HAVING count(*) > 1) d")" 0 "one transaction per (terminal, term_serial)"
answered=$((ok1 + ok2))
succ=$(gf_sql "SELECT count(*) FROM transactions WHERE func = 'PAYMENT' AND state = 'SUCCESS'")
if [ "$succ" -ge "$answered" ]; then ok "every payment answered OK is committed ($succ >= $answered)"; else fail "answered $answered OK, committed $succ"; fi
expect_eq "$(gf_sql "SELECT count(DISTINCT receipt_no) FROM transactions WHERE state = 'SUCCESS'")" "$succ" "distinct receipt numbers after the loss"
gf_done
