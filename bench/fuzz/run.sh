#!/usr/bin/env bash
# bench/fuzz/run.sh - a long fuzzing campaign over every libFuzzer target.
#
#   bench/fuzz/run.sh [-t SECONDS] [-n RUNS] [-j JOBS] [-m parallel|fork]
#                     [-r] [-l SECONDS] [-b BUILD] [-o OUT] [TARGET[:SECONDS]...]
#
# Each target (default: every fuzz_* of BUILD/tests/fuzz, built by
# `./gf test` or `cmake --build build-fuzz --target fuzz_all`) runs for
# SECONDS (default 3600; TARGET:SECONDS gives one target its own time) on
# JOBS processes (default: the number of cores), one target after the other,
# from its seed corpus tests/fuzz/corpus/<t> and a work corpus
# OUT/<target>/corpus (default OUT = var/fuzz) that is kept between
# campaigns.  -n RUNS (parallel mode) ends a target once its processes have
# run RUNS inputs in all (RUNS/JOBS each); the seconds it did not use are
# given to the next target.
#
# -r resumes each target's campaign (parallel mode): the executions and
# seconds of its earlier runs count towards -n, and a second line prints the
# campaign's totals.  A campaign's runs are kept one per line (start,
# executions, wall seconds, crashes, commit, cov, ft) in
# GF_FUZZ_CAMPAIGNS/<target>.tsv (default bench/fuzz/campaigns, committed
# with the corpus units), so that a campaign goes on in a new clone: the
# units merged back into the seeds carry what the work corpus had found.
# Without -r a run stands alone and is recorded nowhere; a new campaign
# starts when the target's file is removed.
#
# -l SECONDS (parallel mode; default 600, 0 = no limit): no fuzzer process
# runs longer than this; the next one starts on the same work corpus, and
# the processes' executions add up.  Under ASan a process slows down as it
# ages (the sanitizer allocator's recycled chunks; fuzz_conf's figures are
# in bench/fuzz/RESULTS.md).  A new process reads the corpus again in a
# second or two.
#
# Modes (-m):
#   parallel (default) - libFuzzer's plain parallel mode: JOBS independent
#     fuzzer processes sharing the work corpus (each reloads what the others
#     add), as -jobs=JOBS -workers=JOBS starts them; a process that stops on
#     a crash is started again for the time left, so a crash does not end the
#     campaign.  On this machine it runs several times as many executions a
#     second as fork mode, which starts a new process (loading its corpus and
#     warming the sanitizer allocator again) for every short job.
#   fork - libFuzzer's fork mode (-fork=JOBS -ignore_crashes=1).
#
# The seed corpora are GF_FUZZ_SEEDS/<t> (default tests/fuzz/corpus).
#
# Every crashing input is kept in OUT/<target>/ as crash-*, leak-*,
# timeout-* or oom-*.  Afterwards the units that add coverage are merged
# back into the seed corpus (commit them).
#
# Prints one line per target: executions (parallel: the exact sum of every
# process's stat::number_of_executed_units; fork: libFuzzer's total), exec/s
# over the wall time, coverage (cov = edges, ft = features) and corpus
# (units libFuzzer keeps), libFuzzer's own counters (parallel: the most any
# process reached; fork mode counts cov otherwise), crashes and their inputs,
# wall seconds.  Run it at low priority on a shared
# machine:
#   nice -n 19 bench/fuzz/run.sh -t 1800
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SECS=3600
JOBS=$(nproc)
MODE=parallel
RUNS=0
RESUME=0
LIFE=600
BUILD=$ROOT/build-fuzz
OUT=$ROOT/var/fuzz
while getopts t:n:j:m:rl:b:o: o; do
	case $o in
	t) SECS=$OPTARG ;;
	n) RUNS=$OPTARG ;;
	j) JOBS=$OPTARG ;;
	m) MODE=$OPTARG ;;
	r) RESUME=1 ;;
	l) LIFE=$OPTARG ;;
	b) BUILD=$OPTARG ;;
	o) OUT=$OPTARG ;;
	*) echo "usage: $0 [-t SECONDS] [-n RUNS] [-j JOBS] [-m parallel|fork] [-r]" \
	    "[-l SECONDS] [-b BUILD] [-o OUT] [TARGET[:SECONDS]...]" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
case $MODE in parallel|fork) ;; *) echo "$0: -m parallel or fork" >&2; exit 2 ;; esac
[ "$RESUME" = 0 ] || [ "$MODE" = parallel ] || { echo "$0: -r needs parallel mode" >&2; exit 2; }
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
CAMPAIGNS=${GF_FUZZ_CAMPAIGNS:-$ROOT/bench/fuzz/campaigns}
if [ $# -eq 0 ]; then
	set -- $(cd "$BUILD/tests/fuzz" && ls fuzz_* 2>/dev/null | grep -v '_corpus$')
fi
[ $# -gt 0 ] || { echo "no targets in $BUILD/tests/fuzz (build fuzz_all)" >&2; exit 1; }
# Freed memory is not handed back to the kernel every few seconds only to be
# faulted in again (the quarantine that finds use-after-free is unchanged).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_release_to_os_interval_ms=-1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
FLAGS=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1)
# A target's own flags in a campaign (printed under its line).
#   journal: inputs of at most 2 KB, a dozen records.  The reader's rules
#   (the chain, record numbers, the first bad record, a torn tail) all show
#   within a few records, and the seeds are real 128-record journals of
#   20 KB: at their size an execution verifies and walks 128 records three
#   times, about 1,600 executions a second on one core against 13,900 with
#   the cap.  Records longer than 2 KB are still read by `./gf test`'s
#   short run and by the replay of the whole corpus (unit_replay_journal).
target_flags() {
	case $1 in
	journal) echo -max_len=2048 ;;
	esac
}

# Executions logged in the files given (each process's final stats).
executed() {
	cat "$@" 2>/dev/null | awk '/^stat::number_of_executed_units:/ { s += $2 }
		END { print s + 0 }'
}

# worker BIN DIR SEEDS DEADLINE N QUOTA: one fuzzer process after the other
# (each for at most LIFE seconds) until the deadline (or QUOTA executions,
# 0 = none), appending to DIR/worker-N.log.
worker() {
	local bin=$1 dir=$2 seeds=$3 deadline=$4 n=$5 quota=$6 left start t quick=0
	local runs=()
	while left=$((deadline - $(date +%s))); [ "$left" -gt 0 ]; do
		if [ "$quota" -gt 0 ]; then
			runs=(-runs=$((quota - $(executed "$dir/worker-$n.log"))))
			[ "${runs[0]#-runs=}" -gt 0 ] || break
		fi
		t=$left
		[ "$LIFE" -le 0 ] || [ "$LIFE" -ge "$left" ] || t=$LIFE
		start=$(date +%s)
		if "$bin" "${FLAGS[@]}" "${TFLAGS[@]}" "${runs[@]}" -max_total_time="$t" \
			-artifact_prefix="$dir/" "$dir/corpus" "$seeds" \
			>>"$dir/worker-$n.log" 2>&1; then
			# Its time or its runs are done: the next process, if
			# the loop's head finds time and quota left.
			quick=0
			continue
		fi
		# Stopped by a crash: again for the time left, unless it stops
		# at once over and over (a seed that crashes).
		if [ $(( $(date +%s) - start )) -lt 5 ]; then
			quick=$((quick + 1))
			[ "$quick" -lt 3 ] || { echo "worker $n: stops at once, given up" \
			    >>"$dir/worker-$n.log"; break; }
		else
			quick=0
		fi
	done
}

printf '%-14s %14s %10s %8s %8s %8s %7s %7s  %s\n' target executions exec/s cov ft \
	corpus crashes secs inputs
total_crash=0
carry=0
for arg in "$@"; do
	t=${arg%%:*}
	t=${t#fuzz_}
	secs=$SECS
	[ "$arg" = "${arg#*:}" ] || secs=${arg#*:}
	secs=$((secs + carry))
	bin=$BUILD/tests/fuzz/fuzz_$t
	[ -x "$bin" ] || { echo "fuzz_$t: no $bin" >&2; total_crash=$((total_crash + 1)); continue; }
	seeds=${GF_FUZZ_SEEDS:-$ROOT/tests/fuzz/corpus}/$t
	read -r -a TFLAGS <<<"$(target_flags "$t")"
	dir=$OUT/fuzz_$t
	mkdir -p "$dir/corpus" "$seeds"
	rm -f "$dir"/worker-*.log "$dir/campaign.log"
	tsv=/dev/null
	if [ "$RESUME" = 1 ]; then
		tsv=$CAMPAIGNS/fuzz_$t.tsv
		mkdir -p "$CAMPAIGNS"
	fi
	# The campaign so far: executions, seconds, runs.
	read -r prev_runs prev_secs prev_parts < <(awk -F'\t' \
		'{ e += $2; s += $3; n++ } END { print e + 0, s + 0, n + 0 }' \
		"$tsv" 2>/dev/null || echo 0 0 0)
	quota=0
	if [ "$RUNS" -gt 0 ]; then
		quota=$((RUNS - prev_runs))
		if [ "$quota" -le 0 ]; then
			printf '%-14s campaign done: %s executions in %s s over %s runs\n' \
				"fuzz_$t" "$prev_runs" "$prev_secs" "$prev_parts"
			continue
		fi
	fi
	start=$(date +%s)
	stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	if [ "$MODE" = fork ]; then
		"$bin" -fork="$JOBS" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
			"${FLAGS[@]}" "${TFLAGS[@]}" -max_total_time="$secs" -artifact_prefix="$dir/" \
			"$dir/corpus" "$seeds" >"$dir/campaign.log" 2>&1
		# Fork mode's status lines: "#RUNS: cov: C ft: F corp: N ...".
		last=$(grep -E '^#[0-9]+: cov: ' "$dir/campaign.log" | tail -1)
		runs=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")
		cov=$(sed -E 's/.* cov: ([0-9]+) .*/\1/' <<<"$last")
		ft=$(sed -E 's/.* ft: ([0-9]+) .*/\1/' <<<"$last")
		corp=$(sed -E 's/.* corp: ([0-9]+) .*/\1/' <<<"$last")
	else
		pids=()
		for n in $(seq 1 "$JOBS"); do
			worker "$bin" "$dir" "$seeds" $((start + secs)) "$n" \
				$(( (quota + JOBS - 1) / JOBS )) &
			pids+=($!)
		done
		wait "${pids[@]}"
		runs=$(executed "$dir"/worker-*.log)
		# Status lines: "#RUNS<TAB>KIND cov: C ft: F corp: N/SIZE ...".
		cov=$(cat "$dir"/worker-*.log | sed -nE 's/^#[0-9]+.* cov: ([0-9]+) .*/\1/p' |
			sort -n | tail -1)
		ft=$(cat "$dir"/worker-*.log | sed -nE 's/^#[0-9]+.* ft: ([0-9]+) .*/\1/p' |
			sort -n | tail -1)
		corp=$(cat "$dir"/worker-*.log | sed -nE 's/^#[0-9]+.* corp: ([0-9]+)\/.*/\1/p' |
			sort -n | tail -1)
	fi
	secs_run=$(( $(date +%s) - start ))
	carry=$(( secs > secs_run ? secs - secs_run : 0 ))
	crashes=$(ls "$dir" | grep -cE '^(crash|leak|timeout|oom)-')
	total_crash=$((total_crash + crashes))
	eps=$(( ${runs:-0} / (secs_run > 0 ? secs_run : 1) ))
	printf '%-14s %14s %10s %8s %8s %8s %7s %7s  %s\n' "fuzz_$t" "${runs:-0}" "$eps" \
		"${cov:-?}" "${ft:-?}" "${corp:-?}" "$crashes" "$secs_run" \
		"$(ls "$dir" | grep -E '^(crash|leak|timeout|oom)-' | sed "s|^|$dir/|" | tr '\n' ' ')"
	[ ${#TFLAGS[@]} -eq 0 ] || echo "               (with ${TFLAGS[*]})"
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "${runs:-0}" "$secs_run" "$crashes" \
		"$COMMIT" "${cov:-?}" "${ft:-?}" >>"$tsv"
	if [ "$prev_parts" -gt 0 ]; then
		printf '%-14s campaign: %s executions in %s s over %s runs since %s\n' "" \
			$((prev_runs + ${runs:-0})) $((prev_secs + secs_run)) $((prev_parts + 1)) \
			"$(head -1 "$tsv" | cut -f1)"
	fi
	# Units that add coverage go back into the seed corpus.
	"$bin" -merge=1 -timeout=10 -rss_limit_mb=2048 "$seeds" "$dir/corpus" \
		>"$dir/merge.log" 2>&1 || echo "fuzz_$t: merge failed (see $dir/merge.log)" >&2
done
[ "$total_crash" -eq 0 ]
