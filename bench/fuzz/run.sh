#!/usr/bin/env bash
# bench/fuzz/run.sh - a long fuzzing campaign over every libFuzzer target.
#
#   bench/fuzz/run.sh [-t SECONDS] [-j JOBS] [-b BUILD] [-o OUT] [TARGET...]
#
# Each target (default: every fuzz_* of BUILD/tests/fuzz, built by
# `./gf test` or `cmake --build build-fuzz --target fuzz_all`) runs for
# SECONDS (default 3600) in libFuzzer's fork mode with JOBS processes
# (default: the number of cores), from its seed corpus tests/fuzz/corpus/<t>
# and a work corpus OUT/<target>/corpus (default OUT = var/fuzz) that is
# kept between campaigns.  A crash does not stop the campaign
# (-ignore_crashes): every crashing input is kept in OUT/<target>/ as
# crash-*, leak-*, timeout-* or oom-*.  Afterwards the units that add
# coverage are merged back into tests/fuzz/corpus/<t> (commit them).
#
# Prints one line per target: executions, coverage (cov = edges, ft =
# features, libFuzzer's own counters), corpus size, and the inputs that
# crashed.  Run it at low priority on a shared machine:
#   nice -n 19 bench/fuzz/run.sh -t 1800
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SECS=3600
JOBS=$(nproc)
BUILD=$ROOT/build-fuzz
OUT=$ROOT/var/fuzz
while getopts t:j:b:o: o; do
	case $o in
	t) SECS=$OPTARG ;;
	j) JOBS=$OPTARG ;;
	b) BUILD=$OPTARG ;;
	o) OUT=$OPTARG ;;
	*) echo "usage: $0 [-t SECONDS] [-j JOBS] [-b BUILD] [-o OUT] [TARGET...]" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
if [ $# -eq 0 ]; then
	set -- $(cd "$BUILD/tests/fuzz" && ls fuzz_* 2>/dev/null | grep -v '_corpus$')
fi
[ $# -gt 0 ] || { echo "no targets in $BUILD/tests/fuzz (build fuzz_all)" >&2; exit 1; }
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

printf '%-14s %14s %10s %8s %8s %8s %7s  %s\n' target executions exec/s cov ft corpus crashes inputs
total_crash=0
for t in "$@"; do
	t=${t#fuzz_}
	bin=$BUILD/tests/fuzz/fuzz_$t
	seeds=$ROOT/tests/fuzz/corpus/$t
	dir=$OUT/fuzz_$t
	mkdir -p "$dir/corpus" "$seeds"
	log=$dir/campaign.log
	start=$(date +%s)
	"$bin" -fork="$JOBS" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
		-max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="$dir/" "$dir/corpus" "$seeds" >"$log" 2>&1
	secs=$(( $(date +%s) - start ))
	# Fork mode's status lines: "#RUNS: cov: C ft: F corp: N exec/s E ...".
	last=$(grep -E '^#[0-9]+: cov: ' "$log" | tail -1)
	runs=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")
	cov=$(sed -E 's/.* cov: ([0-9]+) .*/\1/' <<<"$last")
	ft=$(sed -E 's/.* ft: ([0-9]+) .*/\1/' <<<"$last")
	corp=$(sed -E 's/.* corp: ([0-9]+) .*/\1/' <<<"$last")
	crashes=$(ls "$dir" | grep -cE '^(crash|leak|timeout|oom)-')
	total_crash=$((total_crash + crashes))
	eps=$(( ${runs:-0} / (secs > 0 ? secs : 1) ))
	printf '%-14s %14s %10s %8s %8s %8s %7s  %s\n' "fuzz_$t" "${runs:-0}" "$eps" \
		"${cov:-?}" "${ft:-?}" "${corp:-?}" "$crashes" \
		"$(ls "$dir" | grep -E '^(crash|leak|timeout|oom)-' | sed "s|^|$dir/|" | tr '\n' ' ')"
	# Units that add coverage go back into the seed corpus.
	"$bin" -merge=1 -timeout=10 -rss_limit_mb=2048 "$seeds" "$dir/corpus" \
		>"$dir/merge.log" 2>&1 || echo "fuzz_$t: merge failed (see $dir/merge.log)" >&2
done
[ "$total_crash" -eq 0 ]
