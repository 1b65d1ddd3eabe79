#!/bin/bash
# bench/settle/run.sh - what an unknown outcome costs the station, against
# what an answered payment costs, in the same invocation.
#
#   [DUR=10] [NTERM=32] [CONC=16] GF_BUILD=build-rel bench/settle/run.sh
#
# One station (frontd, appsrv, ifsvc), its PostgreSQL, the marketing
# simulator.  Terminals make payments only, a short connection each, CONC at
# a time, for DUR seconds, twice:
#   answered  the marketing system answers every payment (0000);
#   unknown   it posts every payment and answers 9999 (MI/1 rev. 2026-12:
#             an unknown outcome).  Each payment becomes UNKNOWN, and ifsvc's
#             settler undoes it: a status query (1006), the station's own
#             reversal (1003), the record (MONEY.md transition 4).  The run
#             ends when nothing is left to settle.
# For each: the payments, the wall time (and, within it, the time from the
# end of the load to the last outcome settled), and CPU milliseconds per
# payment of the station database's backends (appsrv's and ifsvc's pools),
# of appsrv + ifsvc, and of the simulator database's backends.  The ratio
# unknown / answered of the station database's figure is the one to quote:
# it does not depend on the machine's speed the way the absolute ones do.
# Nothing here asserts a figure.  Use a build without sanitizers.
set -u
GF_SRC=${GF_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
GF_BUILD=${GF_BUILD:-$GF_SRC/build}
export GF_SRC GF_BUILD
DUR=${DUR:-10}
NTERM=${NTERM:-32}
CONC=${CONC:-16}
[ -n "${GF_TEST_PGHOST:-}" ] && { echo "bench/settle needs its own cluster: unset GF_TEST_PGHOST"; exit 1; }
# STATEMENTS=1: also print the statements that cost the database most
# (pg_stat_statements, planning included) over both runs.
[ "${STATEMENTS:-}" = 1 ] && export GF_PG_OPTS='-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c pg_stat_statements.track_planning=on'
# The first retry of an item after 1 s, as in the tests (the default is
# 2 s); none is expected here, as the simulator answers every 1006 and 1003.
CONF_IFSVC_EXTRA='settle_interval = 1'
GF_QUIET=1
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys
[ "${STATEMENTS:-}" = 1 ] && gf_sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null

TFILE=$T/terminals
for i in $(seq 1 "$NTERM"); do
	echo "$(printf '86139000007%05d' "$i") 1 1 - - - CS$i 135790 collector"
done >"$TFILE"
chmod 0600 "$TFILE"
gf_psql -q -c "INSERT INTO terminals (id, name, suite) SELECT '86139000007' || lpad(t::text, 5, '0'), 'bench', 1 FROM generate_series(1, $NTERM) t"
"$BIN_GFCTL" -f "$GF_CONF" operator add --id CS1 --name bench --role collector <<<135790 >/dev/null
gf_psql -q -c "INSERT INTO operators (id, name, role, pin_hash) SELECT 'CS' || t, 'bench', 'collector', pin_hash FROM operators, generate_series(2, $NTERM) t WHERE id = 'CS1'"

ADMIN=$(gf_free_port)
MKT_CUSTOMERS=${MKT_CUSTOMERS:-4000}
gf_start mktsim --admin "127.0.0.1:$ADMIN" && gf_start ifsvc && gf_start appsrv && gf_start frontd || exit 1
"$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 100000 >"$T/customers" 2>/dev/null

admin() {	# one mktsim admin command; its answer must be "ok ..."
	local line=
	exec 7<>"/dev/tcp/127.0.0.1/$ADMIN" || return 1
	echo "$*" >&7
	read -r -t 5 line <&7
	exec 7>&-
	[[ $line == ok* ]] || { echo "mktsim admin '$*': $line"; exit 1; }
}
# CPU ticks of the backends of one database ($1): "pid ticks" lines.  The
# daemons' pools keep their connections, so a phase is the difference per
# backend (one that appeared meanwhile counts from 0); the polls of this
# script (psql) are left out.
backends() {
	local p
	for p in $(gf_sql "SELECT pid FROM pg_stat_activity WHERE datname = '$1' AND backend_type = 'client backend' AND application_name <> 'psql'"); do
		echo "$p $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)"
	done
}
since() { awk 'NR == FNR { t0[$1] = $2; next } { d += $2 - t0[$1] } END { print d + 0 }' "$1" <(backends "$2"); }
dticks() { awk '{ print $14 + $15 }' "/proc/$(gf_pid appsrv)/stat" "/proc/$(gf_pid ifsvc)/stat" | paste -sd+ | bc; }
# (Today's partition only, by a constant: a count over all 145 month
# partitions costs the planner about 100 ms a call.)
count() { gf_sql "SELECT count(*) FROM transactions WHERE settle_date = '$(date +%F)' AND func = 'PAYMENT' AND $1"; }
open_items() { gf_sql "SELECT count(*) FROM transactions WHERE settle_date = '$(date +%F)' AND state IN ('PENDING', 'UNKNOWN')"; }
ms() { date +%s%3N; }
load() {
	"$BIN_TERMSIM" -f "$GF_CONF" --server "127.0.0.1:$FRONTD_PORT" --terminals-file "$TFILE" \
		--keys "$T/keys" --timeout 10000 --retries 0 --patience 1 --customers-file "$T/customers" \
		run --terminals "$NTERM" --mix collector=100 --payments-only \
		--duration "$DUR" --concurrency "$CONC" >>"$T/log/termsim.out" 2>&1
}
HZ=$(getconf CLK_TCK)
# phase NAME STATE: one load; payments counted by their final state.
phase() {
	local name=$1 state=$2 n0 d0 t0 t1 t2 n1 st mk d1 left
	n0=$(count "state = '$state'"); d0=$(dticks); t0=$(ms)
	backends "$GF_DBNAME" >"$T/st0"; backends "$GF_MKTDB" >"$T/mk0"
	load
	t1=$(ms)
	while left=$(open_items); [ "$left" -gt 0 ] && [ $(($(ms) - t1)) -lt 300000 ]; do sleep 0.2; done
	t2=$(ms)
	st=$(since "$T/st0" "$GF_DBNAME"); mk=$(since "$T/mk0" "$GF_MKTDB")
	n1=$(count "state = '$state'"); d1=$(dticks)
	[ "$left" = 0 ] || echo "$name: $left not settled after 300 s"
	[ $((n1 - n0)) -gt 0 ] || tail -5 "$T/log/termsim.out"
	awk -v name="$name" -v n=$((n1 - n0)) -v w=$((t2 - t0)) -v s=$((t2 - t1)) \
		-v st="$st" -v mk="$mk" -v d=$((d1 - d0)) -v hz="$HZ" 'BEGIN {
		if (n == 0) { printf "%-9s no payment (termsim: see below)\n", name; exit }
		printf "%-9s %5d payments %5.1f s (settle %4.1f s)  CPU ms per payment: station database %6.2f  appsrv+ifsvc %5.2f  simulator database %5.2f\n",
			name, n, w / 1000, s / 1000, 1000 * st / hz / n, 1000 * d / hz / n, 1000 * mk / hz / n }' | tee -a "$T/phases"
}
echo "$NTERM terminals, $CONC at a time, payments only, ${DUR}s of load per run"
phase answered SUCCESS
admin set trcodes 1002
admin set error_after_pct 100
phase unknown REVERSED
awk '{ for (i = 1; i <= NF; i++) if ($i == "database") { v[NR] = $(i + 1); break } }
	END { if (v[1] > 0 && v[2] > 0) printf "ratio     station database CPU per payment, unknown / answered: %.2f\n", v[2] / v[1] }' "$T/phases"
if [ "${STATEMENTS:-}" = 1 ]; then
	echo "the statements that cost the station database most (both runs; ms in all, calls, ms per call):"
	gf_sql "SELECT round(sum(total_exec_time + total_plan_time)) || E'\t' || sum(calls) || E'\t' || round((sum(total_exec_time + total_plan_time) / sum(calls))::numeric, 2) || E'\t' || left(regexp_replace(query, '\s+', ' ', 'g'), 110) FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) GROUP BY query ORDER BY sum(total_exec_time + total_plan_time) DESC LIMIT 15"
fi
GF_PASS=1
gf_done >/dev/null
