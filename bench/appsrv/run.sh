#!/bin/bash
# bench/appsrv/run.sh - PAYMENT throughput through the whole path (termsim
# -> frontd -> appsrv -> ifsvc -> mktsim, keep-alive connections) beside
# pgbench running, on the same cluster and in the same invocation, the SQL
# appsrv issues per payment (payment.sql) on as many connections as appsrv
# has.  The terminals do payments only (termsim's collector with
# --payments-only: each answer still checked against the
# customer's arrears).  Prints both rates, the path's PAYMENT p50/p99, the
# ratio and the CPU time per payment of each process (and of the
# PostgreSQL backends serving it) during the run.  Targets (2-core machine):
# >= 2,000 payments/s, p99 <= 50 ms, ratio >= 0.5.
# payment.sql is a payment's SQL issued alone; in the path, appsrv claims
# payments that queue behind one another in batches and records their
# outcomes in groups (common/pgconn.c), which "commits per payment" shows: 2.00
# when every claim and every outcome went alone.
# MI/1 allows one call in flight per connection, so ifsvc's pool bounds the
# rate at pool / (marketing system's answer time): with 4 connections and
# answers of 2-3 ms under this load the path stopped at 1,400-1,600/s with
# a fifth of the CPU idle.  The run uses 16 (ifsvc.pool; MI/1's default,
# and the station's, is 4).  The simulator keeps 1 database connection:
# what queues behind it goes in groups, one transaction each
# (tools/mktsim/db.c), so fewer commits and WAL flushes on both clusters'
# shared disk, as the "simulator's database" commits per payment show.
# Pairs of runs taken in turn (3 pairs, 10 s each, 2-3 runs per side):
#   MKT_POOL=2 MI_POOL=8:   medians 1,654-1,986/s, path/pgbench 0.63-0.73,
#                           simulator commits 0.45 per payment
#   MKT_POOL=1 MI_POOL=12:  medians 1,618-2,110/s, path/pgbench 0.77-0.80,
#                           simulator commits 0.20 per payment
# and later, on a faster spell (2 pairs):
#   MKT_POOL=1 MI_POOL=12:  medians 2,532-2,571/s, 0.61-0.66 ms busy/payment
#   MKT_POOL=1 MI_POOL=16:  medians 2,609-2,705/s, 0.57-0.62 ms busy/payment,
#                           WAL flushes 0.51 per payment (0.55 with 12)
#
#   [RUNS=1] [POOL=4] [MI_POOL=16] [MKT_POOL=1] [MKT_CUSTOMERS] GF_BUILD=build-rel bench/appsrv/run.sh [SECONDS] [TERMINALS] [CONCURRENCY]
# RUNS=N repeats the pair (pgbench, then the path) N times on the same
# setup and ends with the median, minimum and maximum of each figure: a
# 2-core virtual machine's speed can drift by a fifth from one minute to
# the next, so one run's figure says little.  Use a build without sanitizers.  Without GF_TEST_PGHOST the run gets its
# own cluster (scripts/pg.sh settings).  The load is closed-loop: latency is
# about CONCURRENCY / throughput.  Nothing here asserts a figure.
set -u
GF_SRC=${GF_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
GF_BUILD=${GF_BUILD:-$GF_SRC/build}
export GF_SRC GF_BUILD
DUR=${1:-10}
RUNS=${RUNS:-1}
NTERM=${2:-64}
CONC=${3:-40}
POOL=${POOL:-4}		# database.pool: appsrv's (and mktsim's) connections
MI_POOL=${MI_POOL:-16}	# ifsvc.pool: MI/1 connections, one call in flight each
MKT_POOL=${MKT_POOL:-1}	# mktsim's database connections
PGB_CLIENTS=$POOL	# pgbench gets as many connections as appsrv has
CONF_DATABASE_EXTRA="pool = $POOL"
CONF_IFSVC_EXTRA="pool = $MI_POOL"
CONF_FRONTD_EXTRA='per_ip = 100000'
GF_QUIET=1	# no debug lines: the level a production station runs at
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

# ---- pgbench: the per-payment SQL alone ----
gf_psql -q <<SQL
CREATE SEQUENCE bench_seq; CREATE SEQUENCE bench_ts;
INSERT INTO terminals (id, name, suite)
  SELECT '86139000008' || lpad(t::text, 5, '0'), 'pgb', 1 FROM generate_series(1, $NTERM) t;
INSERT INTO operators (id, name, role, pin_hash)
  SELECT 'PGB' || t, 'pgb', 'collector', 'x' FROM generate_series(1, $NTERM) t;
INSERT INTO sessions (token_hash, terminal_id, operator_id, settle_date, expires_at)
  SELECT sha256(decode(lpad(t::text, 32, '0'), 'hex')), '86139000008' || lpad(t::text, 5, '0'),
         'PGB' || t, current_date, now() + interval '1 day' FROM generate_series(1, $NTERM) t;
SQL
sed "s/@DATE@/DATE '$(gf_sql "SELECT current_date")'/g" "$GF_SRC/bench/appsrv/payment.sql" >"$T/payment.sql"
run_pgbench() {
pgb=$("$PGBIN/pgbench" -h "$GF_PGHOST" -U gridfront -n -M prepared -c "$PGB_CLIENTS" -j 2 \
	-T "$DUR" -D nterm="$NTERM" -f "$T/payment.sql" "$GF_DBNAME" 2>&1)
pgb_tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$pgb" | head -1)
pgb_lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$pgb")
[ -n "$pgb_tps" ] || { echo "pgbench failed:"; echo "$pgb"; exit 1; }
}

# ---- the whole path ----
TFILE=$T/terminals
: >"$TFILE"; chmod 0600 "$TFILE"
for i in $(seq 1 "$NTERM"); do
	id=$(printf '86139000007%05d' "$i")
	echo "$id 1 1 - - - BC$i 135790 collector"
done >"$TFILE"
gf_psql -q <<SQL
INSERT INTO terminals (id, name, suite)
  SELECT '86139000007' || lpad(t::text, 5, '0'), 'bench', 1 FROM generate_series(1, $NTERM) t;
SQL
"$BIN_GFCTL" -f "$GF_CONF" operator add --id BC1 --name bench --role collector <<<135790 >/dev/null
gf_psql -q -c "INSERT INTO operators (id, name, role, pin_hash) SELECT 'BC' || t, 'bench', 'collector', pin_hash FROM operators, generate_series(2, $NTERM) t WHERE id = 'BC1'"
# Each payment takes 1-500 fen of a customer's arrears, and a terminal
# whose customers owe nothing more stops: 2,000 customers last about a
# minute of payments at 2,500/s.  So 2,000 for every 20 s of load, and a
# run that still ends early says so and is left out of the summary.
MKT_CUSTOMERS=${MKT_CUSTOMERS:-$((2000 * ((DUR * RUNS + 19) / 20)))}
gf_start mktsim --pool "$MKT_POOL" && gf_start ifsvc && gf_start appsrv && gf_start frontd || exit 1
# Where the CPU went: utime + stime (clock ticks) of each process, and of
# the PostgreSQL backends serving it, sampled before and after a path run.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pgticks() {	# sum over the client backends that match the condition $1
	local t=0 p
	for p in $(gf_sql "SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND $1"); do
		t=$((t + $(ticks "$p")))
	done
	echo "$t"
}
cpu_sample() {	# appsrv, its PG, mktsim, its PG, frontd, ifsvc, its PG
	echo "$(ticks "$(gf_pid appsrv)") $(pgticks "application_name = 'appsrv'")" \
	    "$(ticks "$(gf_pid mktsim)") $(pgticks "datname = '$GF_MKTDB'")" \
	    "$(ticks "$(gf_pid frontd)") $(ticks "$(gf_pid ifsvc)")" \
	    "$(pgticks "datname = '$GF_DBNAME' AND application_name <> 'appsrv'")"
}
machine() {	# whole machine: busy, idle and stolen clock ticks (all CPUs)
	awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6, $9 }' /proc/stat
}
walsyncs() { gf_sql "SELECT wal_sync FROM pg_stat_wal"; }
commits() { gf_sql "SELECT xact_commit FROM pg_stat_database WHERE datname = '$1'"; }

run_path() {
local cpu0 cpu1 mach0 mach1 sync0 sync1 commits0 commits1 mcommits0 mcommits1
# The customers with arrears as the simulator has them now (termsim checks
# each answer against them; a run before this one paid some).
"$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 100000 >"$T/customers" 2>/dev/null
cpu0=$(cpu_sample); mach0=$(machine)
sync0=$(walsyncs); commits0=$(commits "$GF_DBNAME"); mcommits0=$(commits "$GF_MKTDB")
# Payments only: every collector sequence is one PAYMENT of part of an
# owned customer's arrears (termsim --payments-only).
"$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --keys "$T/keys" --timeout 20000 \
	--customers-file "$T/customers" run --terminals "$NTERM" --mix collector=100 --payments-only \
	--duration "$DUR" --concurrency "$CONC" --keepalive --json >"$T/path.json" 2>>"$T/log/termsim.out"
cpu1=$(cpu_sample); mach1=$(machine)
sleep 0.6	# pg_stat_database is flushed at most every 500 ms
sync1=$(walsyncs); commits1=$(commits "$GF_DBNAME"); mcommits1=$(commits "$GF_MKTDB")
read -r el pay p50 p99 viol <<<"$(jq -r '[.elapsed_s, (.functions[] | select(.function=="PAYMENT") | .ok, .p50_ms, .p99_ms), .violations] | @tsv' "$T/path.json")"
path_tps=$(awk -v n="$pay" -v e="$el" 'BEGIN { printf "%.0f", n / e }')
all_tps=$(jq -r '.tx_per_s | floor' "$T/path.json")
ratio=$(awk -v a="$path_tps" -v b="$pgb_tps" 'BEGIN { printf "%.2f", a / b }')
echo
echo "pgbench  per-payment SQL (2 statements, $PGB_CLIENTS clients, -M prepared): ${pgb_tps%.*} payments/s, avg ${pgb_lat} ms"
echo "path     termsim -> frontd -> appsrv -> ifsvc -> mktsim ($NTERM terminals, concurrency $CONC, keep-alive, payments only;"
echo "         appsrv $POOL pipelined PostgreSQL connections, ifsvc $MI_POOL MI/1 connections, mktsim $MKT_POOL, $MKT_CUSTOMERS customers):"
echo "         PAYMENT ok: $pay in ${el}s = $path_tps payments/s (all requests: $all_tps/s), p50 ${p50} ms, p99 ${p99} ms, violations $viol"
echo "         cpu ms per payment (this run): $(awk -v n="$pay" -v hz="$(getconf CLK_TCK)" -v a="$cpu0" -v b="$cpu1" 'BEGIN {
	split(a, x, " "); split(b, y, " "); for (i = 1; i <= 7; i++) d[i] = 1000 * (y[i] - x[i]) / hz / n
	if (n > 0) printf "appsrv %.2f + PG %.2f, mktsim %.2f + PG %.2f, frontd %.2f, ifsvc %.2f + PG %.2f", d[1], d[2], d[3], d[4], d[5], d[6], d[7] }')"
echo "         whole machine (termsim, the kernel and PostgreSQL's own processes included): $(awk -v n="$pay" -v hz="$(getconf CLK_TCK)" -v a="$mach0" -v b="$mach1" 'BEGIN {
	split(a, x, " "); split(b, y, " "); busy = y[1] - x[1]; idle = y[2] - x[2]; st = y[3] - x[3]
	if (n > 0 && busy + idle + st > 0) printf "%.2f ms busy per payment, %.0f%% idle, %.0f%% stolen by the hypervisor", 1000 * busy / hz / n, 100 * idle / (busy + idle + st), 100 * st / (busy + idle + st) }')"
echo "         station database: $(awk -v a="$commits0" -v b="$commits1" -v n="$pay" 'BEGIN { printf "%.2f", (b - a) / n }') commits per payment (all processes); simulator's database: $(awk -v a="$mcommits0" -v b="$mcommits1" -v n="$pay" 'BEGIN { printf "%.2f", (b - a) / n }'); WAL flushes (fdatasync, whole cluster): $(awk -v a="$sync0" -v b="$sync1" -v n="$pay" 'BEGIN { printf "%.2f", (b - a) / n }') per payment"
echo "ratio    path / pgbench = $ratio   (targets: >= 2000/s, p99 <= 50 ms, ratio >= 0.5)"
if awk -v e="$el" -v d="$DUR" 'BEGIN { exit !(e < 0.95 * d) }'; then
	echo "NOTE     termsim stopped after ${el}s of ${DUR}s: its customers owe nothing more (raise MKT_CUSTOMERS, now $MKT_CUSTOMERS);"
	echo "         the terminals ran out of work, so this run's figures are not the path's and are left out of the summary"
	return
fi
echo "$path_tps $p99 $ratio ${pgb_tps%.*}" >>"$T/rounds"
}

: >"$T/rounds"
for r in $(seq 1 "$RUNS"); do
	[ "$RUNS" -gt 1 ] && echo && echo "---- run $r of $RUNS ----"
	run_pgbench
	run_path
done
if [ "$RUNS" -gt 1 ] && [ -s "$T/rounds" ]; then
	stat() { gf_stat "$1" "$T/rounds"; }
	echo
	echo "over $(wc -l <"$T/rounds") of $RUNS runs: path payments/s $(stat 1); p99 ms $(stat 2); path / pgbench $(stat 3); pgbench payments/s $(stat 4)"
fi
GF_PASS=1
gf_done >/dev/null
