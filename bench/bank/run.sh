#!/bin/bash
# bench/bank/run.sh - bank payments per second through the whole path
# (banksim -> frontd's bank port -> appsrv -> ifsvc -> mktsim) beside the
# terminal payment figure of bench/appsrv (termsim -> frontd -> appsrv ->
# ifsvc -> mktsim, payments only, keep-alive), on one station, in the same
# invocation, one after the other.
#
# Banks: 4 banks (127.0.0.2-5 registered), 8 connections, closed loop
# (each connection sends its next payment as soon as it has the answer),
# payments only (no 2001 before them, no reversals), each answer checked by
# banksim's invariants.  Terminals: bench/appsrv's defaults (64 terminals,
# 40 requests in flight), and again with as many requests in flight as the
# banks have connections (BK/1 allows one outstanding request per
# connection, so 8 bank connections are 8 in flight: the second figure
# compares the two paths at equal concurrency).  Prints the rates, the
# bank p50/p95/p99, the ratios bank / terminal (target >= 0.8 against
# bench/appsrv's figure), and each load generator's own
# CPU and memory (/usr/bin/time), so that what the generator costs is
# seen beside what the station does.  Nothing here asserts a figure.
#
# Measured (2-core machine shared with other runs, load average 5-8,
# release build): 8 bank connections 148-184 payments/s, p50 39-47 ms;
# terminals at 8 in flight 130-166/s (bank/terminal 0.89-1.09); terminals
# at 40 in flight 376-600/s (bank/terminal 0.31-0.41, target 0.8 not met).
# BANK_CONNS=32: banks 171/s p50 171 ms against terminals at 32 in flight
# 342/s p50 80 ms: above ~8 in flight bank payments queue in the station.
# The queue was appsrv's database pool: each bank claim and each bank
# outcome was a transaction of its own on one of POOL connections, while
# the terminal path groups what queued meanwhile into one transaction.
# With both grouped (load average 7): BANK_CONNS=32 257/s p50 129 ms
# before, 372/s p50 73 ms after (terminals at 32 in flight 432-505/s,
# bank/terminal 0.51 -> 0.86); 8 connections unchanged, 135-146/s at
# p50 42-48 ms against terminals at 8 in flight 131-163/s (0.89-1.04).
# With 8 connections and one outstanding request each the bank figure is
# 8 / latency: against the terminal figure at 40 in flight it stays near
# 0.3-0.4 unless banks open more connections.
# On a quiet machine (load average 0.5-1.7 before the run), three runs:
# banks 632-644/s p50 12.3-12.4 ms; terminals at 40 in flight 1,235-1,478/s,
# at 8 in flight 595-690/s: bank/terminal 0.44 (40 in flight), 0.91-1.06
# (8 in flight).  vmstat 2 during the bank phase: 75-80 % of both cores
# busy (us 52, sy 24), 15,000 context switches/s; during the terminals at
# 40 in flight 90 %.  So at 8 in flight the path is not waiting on
# something that could be shortened (JOURNAL_SYNC_US=0, no group-commit
# window in frontd's journal: 644/s, the same): each payment costs about
# 2.5 ms of CPU across the processes (banksim, frontd, appsrv, ifsvc,
# mktsim, three PostgreSQL commits) against about 1.4 ms when 40 in flight
# share batches and wake-ups.
#
# Each load also prints the CPU per payment of frontd, appsrv, ifsvc and
# mktsim and of the PostgreSQL backends serving each of them (whole-process
# utime + stime).  Quiet machine, 2026-12-06, `bench/bank/run.sh 10`:
# banks 536/s, terminals 1,243/s at 40 in flight and 513/s at 8 (0.43,
# 1.05); banks 2.72 ms of CPU per payment, of which the backends 1.95
# (appsrv's 1.25); terminals at 8 in flight 2.77 (backends 1.87, appsrv's
# 1.08); terminals at 40 in flight 1.28 (backends 0.85, appsrv's 0.47).
# appsrv's statements are prepared and pipelined, and
# claims and outcomes that queue meanwhile share one transaction and one
# commit; at 8 in flight there is about one payment per transaction, so each
# pays a transaction's and a commit's fixed cost alone.
# STATEMENTS=1 then showed that a bank's answered payment cost appsrv's
# backend more than a terminal's: gf_bank_finish -> gf_tx_finish planned
# its update over all partitions at each call (0.2 of 0.37 ms).  Recorded
# now by one dated statement (sql.c bank_ok), 2026-12-07, `RUNS=3
# bench/bank/run.sh 8` on the code before and after, the rounds with
# statistics (WARMUP below): banks 614-724 -> 779-801/s, appsrv's backends
# 1.06-1.08 -> 0.65-0.76 ms per payment, all processes 2.16-2.18 ->
# 1.61-1.85; terminals at 8 in flight 1.70-2.06 in the same rounds, so the
# two paths now cost alike at equal concurrency.
#
#   [RUNS=1] [WARMUP=3] [BANK_CONNS=8] [MI_POOL=16] [POOL=4] [MKT_POOL=1] [JOURNAL_SYNC_US=2000] [STATEMENTS=1] GF_BUILD=build-rel \
#     bench/bank/run.sh [SECONDS] [TERMINALS] [CONCURRENCY]
#
# Use a build without sanitizers.  RUNS=N repeats the pair (banks, then
# terminals) and ends with the median, minimum and maximum of each figure.
set -u
GF_SRC=${GF_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
GF_BUILD=${GF_BUILD:-$GF_SRC/build}
export GF_SRC GF_BUILD
DUR=${1:-10}
NTERM=${2:-64}
CONC=${3:-40}
RUNS=${RUNS:-1}
BANK_CONNS=${BANK_CONNS:-8}
POOL=${POOL:-4}
MI_POOL=${MI_POOL:-16}
MKT_POOL=${MKT_POOL:-1}
CONF_DATABASE_EXTRA="pool = $POOL"
# STATEMENTS=1: after each load, the statements that cost the station
# database most in it (pg_stat_statements, planning included).
[ "${STATEMENTS:-}" = 1 ] && export GF_PG_OPTS='-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c pg_stat_statements.track_planning=on'

CONF_IFSVC_EXTRA="pool = $MI_POOL"
GF_QUIET=1
source "$GF_SRC/tests/integration/lib.sh"
BANK_PORT=$(gf_free_port)
CONF_FRONTD_EXTRA="per_ip = 100000
  journal_sync_us = ${JOURNAL_SYNC_US:-2000}
  bank_port = $BANK_PORT"
gf_setup
gf_keys
[ "${STATEMENTS:-}" = 1 ] && gf_sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
B=$GF_BUILD/tools/banksim/banksim
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench/bank: /usr/bin/time is needed"; exit 1; }

# ---- four banks, two connections each ----
BANKS=0102,0103,0104,0105
SOURCES=127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5
i=2
for b in ${BANKS//,/ }; do
	"$BIN_GFCTL" -f "$GF_CONF" bank add --bank "$b" --name "bench $b" --addr 127.0.0.$i \
	    --suite $((1 + i % 2)) --reason bench >/dev/null 2>>"$T/log/gfctl.out" || exit 1
	i=$((i + 1))
done

# ---- terminals as bench/appsrv has them ----
TFILE=$T/terminals
: >"$TFILE"; chmod 0600 "$TFILE"
for i in $(seq 1 "$NTERM"); do
	echo "$(printf '86139000007%05d' "$i") 1 1 - - - BC$i 135790 collector"
done >"$TFILE"
gf_psql -q <<SQL
INSERT INTO terminals (id, name, suite)
  SELECT '86139000007' || lpad(t::text, 5, '0'), 'bench', 1 FROM generate_series(1, $NTERM) t;
SQL
"$BIN_GFCTL" -f "$GF_CONF" operator add --id BC1 --name bench --role collector <<<135790 >/dev/null
gf_psql -q -c "INSERT INTO operators (id, name, role, pin_hash) SELECT 'BC' || t, 'bench', 'collector', pin_hash FROM operators, generate_series(2, $NTERM) t WHERE id = 'BC1'"
WARMUP=${WARMUP:-3}
MKT_CUSTOMERS=${MKT_CUSTOMERS:-$((4000 * ((DUR * RUNS + 2 * WARMUP + 19) / 20)))}
gf_start mktsim --pool "$MKT_POOL" && gf_start ifsvc && gf_start appsrv && gf_start frontd || exit 1
gf_wait_port "$BANK_PORT" 20 || { echo "bench/bank: no bank port"; exit 1; }

tfmt='%e s elapsed, %U s user, %S s sys, %M KB max'
# CPU per payment of each station process and of the PostgreSQL backends
# serving each of them (by application_name), whole-process figures from
# /proc/PID/stat (utime + stime) around one load: where a payment's CPU
# goes.  cpu_snap FILE before the load, cpu_report FILE PAYMENTS after it.
stmt_reset() { [ "${STATEMENTS:-}" = 1 ] && gf_sql "SELECT pg_stat_statements_reset()" >/dev/null; }
stmt_report() {	# LABEL PAYMENTS
	[ "${STATEMENTS:-}" = 1 ] || return 0
	echo "          $1: the statements that cost the station database most (ms per payment, calls per payment, ms per call, of which planning):"
	gf_sql "SELECT round((sum(total_exec_time + total_plan_time) / $2)::numeric, 3) || E'\t' || round(sum(calls)::numeric / $2, 2) || E'\t' || round((sum(total_exec_time + total_plan_time) / sum(calls))::numeric, 3) || E'\t' || round((sum(total_plan_time) / sum(calls))::numeric, 3) || E'\t' || left(regexp_replace(query, '\s+', ' ', 'g'), 100) FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) GROUP BY query ORDER BY sum(total_exec_time + total_plan_time) DESC LIMIT 12" | sed 's/^/            /'
}
pg_backends() {
	pg_psql "$GF_PGHOST" -d postgres -At -F ' ' -c "SELECT pid, 'pg:' || application_name
	    FROM pg_stat_activity WHERE application_name IN ('appsrv', 'ifsvc', 'mktsim')"
}
cpu_snap() {
	local d
	{ for d in frontd appsrv ifsvc mktsim; do echo "$(gf_pid $d) $d"; done; pg_backends; } |
	while read -r pid name; do
		[ -r "/proc/$pid/stat" ] || continue
		echo "$pid $name $(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
	done >"$1"
}
cpu_report() {	# FILE PAYMENTS
	cpu_snap "$1.after"
	awk -v n="$2" -v hz="$(getconf CLK_TCK)" 'NR == FNR { a[$1] = $3; next }
	($1 in a) { d[$2] += $3 - a[$1] }
	END { if (n <= 0) exit; for (k in d) t += d[k]
		printf "          CPU per payment (ms):"
		split("frontd appsrv ifsvc mktsim pg:appsrv pg:ifsvc pg:mktsim", o, " ")
		for (i = 1; i <= 7; i++) printf " %s %.2f", o[i], 1000 * d[o[i]] / hz / n
		printf "; all %.2f\n", 1000 * t / hz / n }' "$1" "$1.after"
}
# Before each load, as pgbench does: VACUUM ANALYZE of both databases, and
# before the first a warm-up (WARMUP seconds of each load, not measured).
# A fresh database has no statistics until autovacuum's first pass (about
# two minutes here), and a statement prepared meanwhile keeps a plan made
# for empty tables until an ANALYZE: the bank outcome read today's rows
# through transactions_op and grew from 0.36 to 2.0 ms a call over three
# rounds (before this change, gf_bank_finish too: the first of three rounds
# at 390 payments/s, the others 610-720).  Migration 230 took that index
# out of such plans; a station in service has its statistics anyway, and
# a measurement should not depend on what the planner guesses without
# them.
analyze() {
	gf_psql -q -c "VACUUM ANALYZE" 2>/dev/null
	pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -q -c "VACUUM ANALYZE" 2>/dev/null
}
run_bank() {
	analyze
	"$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 100000 >"$T/customers" 2>/dev/null
	cpu_snap "$T/cpu.bank"
	stmt_reset
	"$TIME" -f "$tfmt" -o "$T/bank.time" "$B" run --server 127.0.0.1:$BANK_PORT --banks "$BANKS" \
	    --sources "$SOURCES" --keys "$T/bank_keys" --serials "$T/serials" --customers "$T/customers" \
	    --conns "$BANK_CONNS" --rate 0 --duration "$DUR" --query-rate 0 --repeat-rate 0 \
	    --timeout 20000 --settle 30 --quiet >"$T/bank.out" 2>>"$T/log/banksim.out"
	bank_rc=$?
	bank_tps=$(sed -n 's/.*payments\/s \([0-9.]*\).*/\1/p' "$T/bank.out")
	bank_lat=$(sed -n 's/.*latency (queries and money) \(.*\) over.*/\1/p' "$T/bank.out")
	bank_viol=$(sed -n 's/^violations \([0-9]*\)/\1/p' "$T/bank.out")
	bank_cpu=$(cpu_report "$T/cpu.bank" "$(awk -v r="${bank_tps:-0}" -v d="$DUR" 'BEGIN { printf "%d", r * d }')")
	bank_stmt=$(stmt_report bank "$(awk -v r="${bank_tps:-0}" -v d="$DUR" 'BEGIN { printf "%d", r * d }')")
}
run_term() {	# CONCURRENCY
	analyze
	local conc=$1
	"$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 100000 >"$T/customers" 2>/dev/null
	cpu_snap "$T/cpu.term"
	stmt_reset
	"$TIME" -f "$tfmt" -o "$T/term.time" "$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" \
	    --keys "$T/keys" --timeout 20000 --customers-file "$T/customers" run --terminals "$NTERM" \
	    --mix collector=100 --payments-only --duration "$DUR" --concurrency "$conc" --keepalive \
	    --json >"$T/path.json" 2>>"$T/log/termsim.out"
	read -r el pay p50 p99 tviol <<<"$(jq -r '[.elapsed_s, (.functions[] | select(.function=="PAYMENT") | .ok, .p50_ms, .p99_ms), .violations] | @tsv' "$T/path.json")"
	term_tps=$(awk -v n="$pay" -v e="$el" 'BEGIN { printf "%.1f", n / e }')
	term_cpu=$(cpu_report "$T/cpu.term" "$pay")
	term_stmt=$(stmt_report "terminals at $conc in flight" "$pay")
}

if [ "$WARMUP" -gt 0 ]; then
	d=$DUR; DUR=$WARMUP
	run_bank; run_term "$CONC"
	DUR=$d
fi
: >"$T/rounds"
for r in $(seq 1 "$RUNS"); do
	[ "$RUNS" -gt 1 ] && echo && echo "---- run $r of $RUNS ----"
	run_bank
	run_term "$BANK_CONNS"
	eq_tps=$term_tps eq_p50=$p50 eq_p99=$p99 eq_viol=$tviol eq_cpu=$term_cpu eq_stmt=$term_stmt
	cp "$T/term.time" "$T/term_eq.time"
	run_term "$CONC"
	ratio=$(awk -v a="$bank_tps" -v b="$term_tps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
	ratio_eq=$(awk -v a="$bank_tps" -v b="$eq_tps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
	echo
	echo "bank      banksim -> frontd bank port -> appsrv -> ifsvc -> mktsim ($BANK_CONNS connections from 4 banks, closed loop, payments only):"
	echo "          $bank_tps payments/s over ${DUR}s, $bank_lat, violations ${bank_viol:-?} (exit $bank_rc)"
	echo "          banksim process: $(cat "$T/bank.time")"
	echo "$bank_cpu"
	[ "${STATEMENTS:-}" = 1 ] && echo "$bank_stmt"
	echo "terminal  termsim -> frontd -> appsrv -> ifsvc -> mktsim ($NTERM terminals, concurrency $CONC, keep-alive, payments only):"
	echo "          $term_tps payments/s over ${el}s, p50 ${p50} ms, p99 ${p99} ms, violations $tviol"
	echo "          termsim process: $(cat "$T/term.time")"
	echo "$term_cpu"
	[ "${STATEMENTS:-}" = 1 ] && echo "$term_stmt"
	echo "terminal  the same path with $BANK_CONNS requests in flight, as many as the banks have:"
	echo "          $eq_tps payments/s, p50 ${eq_p50} ms, p99 ${eq_p99} ms, violations $eq_viol"
	echo "          termsim process: $(cat "$T/term_eq.time")"
	echo "$eq_cpu"
	[ "${STATEMENTS:-}" = 1 ] && echo "$eq_stmt"
	echo "ratio     bank / terminal (bench/appsrv's $CONC in flight) = $ratio   (target >= 0.8)"
	echo "          bank / terminal (both $BANK_CONNS in flight)      = $ratio_eq"
	echo "$bank_tps $term_tps $ratio $eq_tps $ratio_eq" >>"$T/rounds"
done
if [ "$RUNS" -gt 1 ]; then
	stat() { gf_stat "$1" "$T/rounds"; }
	echo
	echo "over $RUNS runs: bank payments/s $(stat 1); terminal payments/s $(stat 2); ratio $(stat 3);"
	echo "  terminal with $BANK_CONNS in flight $(stat 4); ratio $(stat 5)"
fi
GF_PASS=1
gf_done >/dev/null
