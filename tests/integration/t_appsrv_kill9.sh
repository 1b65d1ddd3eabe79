#!/bin/bash
# cost: 70
# t_appsrv_kill9 - kill -9 of appsrv in the middle of a collection load
# through the whole path (termsim -> frontd -> appsrv -> ifsvc -> mktsim),
# then restart: no transaction lost (the station's books and the marketing
# system's agree, by reconciliation), none duplicated (one transaction per
# (terminal, term_serial), termsim sees no invariant violation), none left
# PENDING or UNKNOWN once ifsvc's settler has run.
CONF_IFSVC_EXTRA='deadline = 2
  settle_interval = 1'
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

NTERM=6
TFILE=$T/terminals
CFILE=$T/customers
TERMSIM=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --keys "$T/keys" --timeout 20000)
: >"$TFILE"; chmod 0600 "$TFILE"
for i in $(seq 1 $NTERM); do
	id=$(printf '86139000009%05d' "$i")
	"$BIN_GFCTL" -f "$GF_CONF" terminal add --id "$id" --name "k9 $i" --suite $((2 - i % 2)) >>"$T/log/gfctl.out" 2>&1
	"$BIN_GFCTL" -f "$GF_CONF" operator add --id "K9$i" --name "k9 $i" --role collector <<<246810 >>"$T/log/gfctl.out" 2>&1
	echo "$id $((2 - i % 2)) 1 - - - K9$i 246810 collector" >>"$TFILE"
done
MKT_CUSTOMERS=200
ADMIN_PORT=$(gf_free_port)
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT && gf_start ifsvc && gf_start appsrv && gf_start frontd || gf_done
gf_wait_for 30 "${TERMSIM[@]}" call --terminal 8613900000900001 ECHO ||
	{ fail "the station answers ECHO"; gf_done; }
"$BIN_MKTSIM" -f "$GF_CONF" customers --limit 100000 >"$CFILE" 2>>"$T/log/mktsim.out"

# The marketing system takes 100 ms per request and the collectors only
# pay, so that payments are in flight (PENDING) when appsrv dies.
exec 3<>/dev/tcp/127.0.0.1/$ADMIN_PORT
echo "set latency_ms 100" >&3; read -r -t 5 l1 <&3
echo "set latency_pct 100" >&3; read -r -t 5 l2 <&3
exec 3>&-
expect_eq "$l1 $l2" "ok ok" "mktsim latency set"
"${TERMSIM[@]}" run --terminals $NTERM --mix collector=100 --payments-only --duration 14 --concurrency 12 \
	--retries 20 --seed 9 --customers-file "$CFILE" >"$T/run.out" 2>"$T/log/termsim.out" &
tpid=$!
sleep 4
pending() { [ "$(gf_sql "SELECT count(*) FROM transactions WHERE state = 'PENDING'")" -gt 0 ]; }
gf_wait_for 5 pending
before=$(gf_sql "SELECT count(*) FROM transactions")
gf_kill9 appsrv
ok "appsrv killed with SIGKILL after $before transactions"
inflight=$(gf_sql "SELECT count(*) FROM transactions WHERE state = 'PENDING'")
if [ "$inflight" -gt 0 ]; then ok "$inflight payments were in flight at the kill"; else fail "nothing was in flight at the kill"; fi
sleep 1
gf_start appsrv || gf_done
wait $tpid
cat "$T/run.out" >>"$T/log/termsim.out"
expect_match "$(grep '^terminals=' "$T/run.out")" " violations=0$" "termsim: no invariant violation across the crash"
after=$(gf_sql "SELECT count(*) FROM transactions")
if [ "$after" -gt "$before" ]; then ok "load went on after the restart ($after transactions)"; else fail "no transaction after the restart"; fi
expect_eq "$(gf_sql "SELECT count(*) FROM (SELECT 1 FROM transactions GROUP BY terminal_id, term_serial HAVING count(*) > 1) d")" 0 "one transaction per (terminal, term_serial)"
# (ifsvc's settler records its own reversals, term_serial "settle:...",
# without a terminal key or a receipt.)
expect_eq "$(gf_sql "SELECT count(*) FROM transactions t LEFT JOIN tx_keys k USING (stserial) WHERE k.stserial IS NULL AND t.term_serial NOT LIKE 'settle:%'")" 0 "every terminal transaction has its key"

settled() { [ "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")" = 0 ]; }
gf_wait_for 90 settled && ok "none left PENDING or UNKNOWN" || fail "left: $(gf_sql "SELECT string_agg(state || ' ' || stserial, ', ') FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")"

# The marketing system's books against the station's, transaction by transaction.
MK() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }
MK "SELECT stserial || ' ' || status FROM mk_txns WHERE trcode IN ('1002', '1004', '1005') ORDER BY 1" >"$T/mk.txt"
gf_sql "SELECT stserial || ' ' || CASE state WHEN 'SUCCESS' THEN 'OK' ELSE state END FROM transactions WHERE func <> 'REVERSAL' AND state IN ('SUCCESS', 'REVERSED') ORDER BY 1" >"$T/st.txt"
if diff "$T/mk.txt" "$T/st.txt" >"$T/diff.txt"; then
	ok "marketing and station books agree ($(wc -l <"$T/st.txt") transactions)"
else
	fail "books differ: $(head -5 "$T/diff.txt" | tr '\n' ' ')"
fi
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state = 'SUCCESS' AND receipt_no IS NULL AND term_serial NOT LIKE 'settle:%'")" 0 "every success has a receipt number"
gf_done
