#!/bin/bash
# cost: 95
# t_bank_load.sh - a bank load through the whole station (banksim -> frontd
# bank port -> appsrv -> ifsvc -> mktsim): first with banksim's faults
# (drops before and after sending, late halves, bad MACs, a wrong source
# address), then with a kill -9 of frontd, appsrv and ifsvc in turn during
# the load, each restarted.  After each: banksim saw no invariant violation
# (every payment and reversal ended with one definite answer, no answer
# contradicted another, 2006 agrees, and in the marketing system's books
# every payment answered 0000 is posted exactly once and nothing else
# stands for the run's customers); the station holds one transaction per
# (bank, serial), none left PENDING or UNKNOWN once settled, and its bank
# transactions agree with the marketing system's books one by one.
CONF_IFSVC_EXTRA='deadline = 2
  settle_interval = 1'
source "$GF_SRC/tests/integration/lib.sh"
BANK_PORT=$(gf_free_port)
CONF_FRONTD_EXTRA="bank_port = $BANK_PORT"
gf_setup
gf_keys

B=$GF_BUILD/tools/banksim/banksim
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
G bank add --bank 0102 --name "工商银行" --addr 127.0.0.2 --suite 1 --reason test >/dev/null 2>>"$T/log/gfctl.out"
G bank add --bank 0103 --name "建设银行" --addr 127.0.0.3 --suite 2 --reason test >/dev/null 2>>"$T/log/gfctl.out"
expect_eq "$(grep -c '^010[23] ' "$T/bank_keys")" 2 "two banks with their keys"

MKT_CUSTOMERS=300
ADMIN_PORT=$(gf_free_port)
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT && gf_start ifsvc && gf_start appsrv && gf_start frontd || gf_done
gf_wait_port "$BANK_PORT" 20 || { fail "the bank port listens"; gf_done; }
"$BIN_MKTSIM" -f "$GF_CONF" customers --limit 300 >"$T/customers" 2>>"$T/log/mktsim.out"
head -150 "$T/customers" >"$T/cust1"
tail -n +151 "$T/customers" >"$T/cust2"
DSN="host=$(realpath "$GF_PGHOST") dbname=$GF_MKTDB user=$PG_SUPERUSER"
signin=$("$B" call --server 127.0.0.1:$BANK_PORT --bank 0102 --keys "$T/bank_keys" --source 127.0.0.2 1001 branch=010201)
expect_match "$signin" "^rspcode=0000 .*settledate=[0-9]{8} mac=ok" "a bank signs in over the bank port"

LOAD=("$B" run --server 127.0.0.1:$BANK_PORT --banks 0102,0103 --sources 127.0.0.2,127.0.0.3
	--keys "$T/bank_keys" --serials "$T/serials" --ledger "$T/ledger" --quiet --audit
	--books "$DSN" --timeout 8000 --settle 45)

# ---- 1. faults from the bank side ----
"${LOAD[@]}" --customers "$T/cust1" --conns 4 --rate 60 --duration 8 --reverse-rate 8 --seed 1 \
	--faults drop-before=2,drop-after=4,late=3,badmac=3,wrongaddr=2 >"$T/run1.out" 2>"$T/run1.err"
rc=$?
cat "$T/run1.out" "$T/run1.err" >>"$T/log/banksim.out"
expect_eq "$rc" 0 "a faulted bank load: banksim exits 0"
expect_match "$(cat "$T/run1.out")" "unsettled 0, invariant violations 0" "every request had a definite answer, none contradicted"
expect_match "$(cat "$T/run1.out")" "customers agree" "the marketing system's books hold each payment answered 0000 once"
ok1=$(sed -n 's/.*payments ok \([0-9]*\).*/\1/p' "$T/run1.out")
if [ "${ok1:-0}" -gt 20 ]; then ok "the load paid ($ok1 payments)"; else fail "only ${ok1:-0} payments"; fi
for f in drop-after badmac wrongaddr; do
	nf=$(sed -n "s/.*$f \([0-9]*\).*/\1/p" "$T/run1.out")
	if [ "${nf:-0}" -gt 0 ]; then ok "fault $f injected ($nf)"; else fail "fault $f never injected"; fi
done

# ---- 2. kill -9 of each daemon in turn during a load ----
# The marketing system answers in 50 ms, so that payments are in flight.
exec 3<>/dev/tcp/127.0.0.1/$ADMIN_PORT
echo "set latency_ms 50" >&3; read -r -t 5 l1 <&3
echo "set latency_pct 100" >&3; read -r -t 5 l2 <&3
exec 3>&-
expect_eq "$l1 $l2" "ok ok" "mktsim latency set"
"${LOAD[@]}" --customers "$T/cust2" --conns 4 --rate 40 --duration 22 --reverse-rate 5 --seed 2 \
	>"$T/run2.out" 2>"$T/run2.err" &
lpid=$!
for d in frontd appsrv ifsvc; do
	sleep 4
	n0=$(gf_sql "SELECT count(*) FROM transactions WHERE channel = 'BANK'")
	gf_kill9 "$d"
	ok "$d killed with SIGKILL after $n0 bank transactions"
	sleep 1
	gf_start "$d" || { fail "$d restarts"; break; }
done
wait $lpid
rc=$?
cat "$T/run2.out" "$T/run2.err" >>"$T/log/banksim.out"
expect_eq "$rc" 0 "banksim exits 0 across the three crashes"
expect_match "$(cat "$T/run2.out")" "unsettled 0, invariant violations 0" "every request had a definite answer, none contradicted"
expect_match "$(cat "$T/run2.out")" "customers agree" "the marketing system's books hold each payment answered 0000 once, nothing else"
n2=$(gf_sql "SELECT count(*) FROM transactions WHERE channel = 'BANK'")
if [ "$n2" -gt "$n0" ]; then ok "the load went on after the restarts ($n2 bank transactions)"; else fail "no bank transaction after the last restart"; fi

# ---- the station's books ----
expect_eq "$(gf_sql "SELECT count(*) FROM (SELECT 1 FROM transactions WHERE channel = 'BANK' GROUP BY bankno, term_serial HAVING count(*) > 1) d")" 0 \
	"one transaction per (bank, serial)"
settled() { [ "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")" = 0 ]; }
gf_wait_for 60 settled && ok "none left PENDING or UNKNOWN" || fail "left: $(gf_sql "SELECT string_agg(state || ' ' || stserial, ', ') FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")"
# The bank payments standing at the station (SUCCESS) are exactly those
# banksim was answered 0000 for and did not reverse; each one it reversed
# is REVERSED.  (A payment the station rolled back after a lost outcome,
# answered 9002, stands REVERSED without a bank reversal: not in either.)
awk -F'|' '$1 == "P" { p[$2 " " $3] = 1 } $1 == "R" { r[$2 " " $4] = 1 }
	END { for (k in p) if (!(k in r)) print k }' "$T/ledger" | sort >"$T/bank.txt"
gf_sql "SELECT bankno || ' ' || term_serial FROM transactions WHERE channel = 'BANK' AND func <> 'REVERSAL' AND state = 'SUCCESS'" | sort >"$T/st.txt"
if diff "$T/bank.txt" "$T/st.txt" >"$T/diff.txt"; then
	ok "the station's standing bank payments are exactly those banksim was answered 0000 for ($(wc -l <"$T/st.txt"))"
else
	fail "standing bank payments differ: $(head -5 "$T/diff.txt" | tr '\n' ' ')"
fi
awk -F'|' '$1 == "R" { print $2 " " $4 }' "$T/ledger" | sort >"$T/rev.txt"
gf_sql "SELECT bankno || ' ' || term_serial FROM transactions WHERE channel = 'BANK' AND func <> 'REVERSAL' AND state = 'REVERSED'" | sort >"$T/st_rev.txt"
expect_eq "$(comm -23 "$T/rev.txt" "$T/st_rev.txt" | wc -l)" 0 "every payment banksim reversed is REVERSED at the station ($(wc -l <"$T/rev.txt"))"
MK() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }
MK "SELECT stserial || ' ' || status FROM mk_txns WHERE trcode IN ('1002', '1004', '1005') ORDER BY 1" >"$T/mk.txt"
gf_sql "SELECT stserial || ' ' || CASE state WHEN 'SUCCESS' THEN 'OK' ELSE state END FROM transactions WHERE func <> 'REVERSAL' AND state IN ('SUCCESS', 'REVERSED') ORDER BY 1" >"$T/st2.txt"
if diff "$T/mk.txt" "$T/st2.txt" >"$T/diff2.txt"; then
	ok "marketing and station books agree ($(wc -l <"$T/st2.txt") transactions)"
else
	fail "books differ: $(head -5 "$T/diff2.txt" | tr '\n' ' ')"
fi
if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$T/log/banksim.out"; then
	fail "sanitizer report from banksim"
fi
gf_done
