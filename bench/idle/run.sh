#!/bin/bash
# bench/idle/run.sh - what the station costs with nothing to do: CPU
# seconds of each daemon and of its PostgreSQL backends over SECONDS with
# no terminal connected (timers only: the settler's scans, the console's
# and frontd's housekeeping).  Prints the figures; asserts nothing.
#
#   GF_BUILD=build-rel bench/idle/run.sh [SECONDS]
# Without GF_TEST_PGHOST the run gets its own cluster (scripts/pg.sh).
set -u
GF_SRC=${GF_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
GF_BUILD=${GF_BUILD:-$GF_SRC/build}
export GF_SRC GF_BUILD
DUR=${1:-20}
GF_QUIET=1	# no debug lines: the level a production station runs at
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys
gf_start_all || exit 1
sleep 2		# start-up done
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
backends() {	# PIDs of the client backends that match the condition $1
	gf_sql "SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND $1"
}
declare -A P
for d in frontd appsrv ifsvc mktsim; do P[$d]=$(gf_pid $d); done
P[appsrv_pg]=$(backends "application_name = 'appsrv'")
P[ifsvc_pg]=$(backends "datname = current_database() AND application_name <> 'appsrv'")
P[mktsim_pg]=$(backends "datname = '$GF_MKTDB'")
declare -A T0
for k in "${!P[@]}"; do t=0; for p in ${P[$k]}; do t=$((t + $(ticks "$p"))); done; T0[$k]=$t; done
sleep "$DUR"
echo "idle for ${DUR}s: CPU seconds (% of one core)"
for k in frontd appsrv appsrv_pg ifsvc ifsvc_pg mktsim mktsim_pg; do
	t=0; for p in ${P[$k]}; do t=$((t + $(ticks "$p"))); done
	awk -v k="$k" -v d=$((t - T0[$k])) -v s="$DUR" 'BEGIN { printf "  %-10s %6.2f s  (%.1f %%)\n", k, d / 100, d / s }'
done
GF_PASS=1
gf_done >/dev/null
