#!/usr/bin/env bash
# t_campaign_resume.sh BUILD RUNSH - bench/fuzz/run.sh -r: a campaign that
# is resumed counts the executions of its earlier runs towards -n, prints its
# totals and stops once -n is reached; a run without -r stands alone; -l
# starts a new process on the same corpus every L seconds.  Runs
# fuzz_ipc (the fastest target) for a few seconds on a copy of its seeds and
# a campaign file of its own, so that nothing in the repository changes.
set -u
BUILD=$1
RUNSH=$2
SRC=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/seeds/ipc"
cp "$SRC"/corpus/ipc/* "$tmp/seeds/ipc/"
seeds_before=$(ls -l "$SRC/corpus/ipc" | md5sum)
fails=0
check() { # check DESCRIPTION COND...
	local d=$1; shift
	if "$@"; then echo "ok: $d"; else echo "FAIL: $d"; fails=$((fails + 1)); fi
}
campaign() {
	GF_FUZZ_SEEDS=$tmp/seeds GF_FUZZ_CAMPAIGNS=$tmp/campaigns bash "$RUNSH" -j 1 -b "$BUILD" -o "$tmp/out" "$@" fuzz_ipc \
		>"$tmp/last" 2>&1
}
# This run's executions (the target's line) and the campaign's total.
runs_of() { awk '$1 == "fuzz_ipc" { print $2 }' "$tmp/last"; }
total_of() { sed -nE 's/.*campaign: ([0-9]+) executions.*/\1/p' "$tmp/last"; }
tsv=$tmp/campaigns/fuzz_ipc.tsv

# Two time-bound runs of one campaign: the second adds to the first.
campaign -r -t 2 -n 1000000000
r1=$(runs_of)
check "first run executed inputs ($r1)" [ "${r1:-0}" -gt 0 ]
check "first run prints no campaign line" [ -z "$(total_of)" ]
campaign -r -t 2 -n 1000000000
r2=$(runs_of)
check "second run executed inputs ($r2)" [ "${r2:-0}" -gt 0 ]
check "campaign total is the sum ($(total_of) = $r1 + $r2)" [ "$(total_of)" = $((r1 + r2)) ]
check "campaign.tsv has one line per run" [ "$(wc -l <"$tsv")" -eq 2 ]

# -n counts the earlier runs: 5,000 more executions, not 5,000 in all.
goal=$((r1 + r2 + 5000))
campaign -r -t 60 -n "$goal"
r3=$(runs_of)
check "third run stops near what was left of -n ($r3 of 5000)" \
	[ "${r3:-0}" -ge 5000 -a "${r3:-0}" -lt 6000 ]
check "campaign total reaches -n ($(total_of) >= $goal)" [ "$(total_of)" -ge "$goal" ]

# Reached: a fourth run does nothing but say so.
campaign -r -t 60 -n "$goal"
check "a campaign that reached -n does not run again" \
	grep -q "^fuzz_ipc *campaign done: $((r1 + r2 + r3)) executions" "$tmp/last"
check "campaign.tsv unchanged" [ "$(wc -l <"$tsv")" -eq 3 ]

# Without -r a run stands alone: -n counts only its own executions, and the
# campaign's file is left as it was.
campaign -t 60 -n 3000
r5=$(runs_of)
check "without -r: -n is this run's alone ($r5 of 3000)" [ "${r5:-0}" -ge 3000 -a "${r5:-0}" -lt 4000 ]
check "without -r: no campaign line" [ -z "$(total_of)" ]
check "without -r: campaign.tsv unchanged" [ "$(wc -l <"$tsv")" -eq 3 ]

# A new campaign starts when the file is removed.
rm -f "$tsv"
campaign -r -t 60 -n 2000
r6=$(runs_of)
check "a new campaign counts from zero ($r6 of 2000)" [ "${r6:-0}" -ge 2000 -a "${r6:-0}" -lt 3000 ]
check "a new campaign has one run" [ "$(wc -l <"$tsv")" -eq 1 ]

# -l: no process runs longer than L seconds; the next starts on the same
# corpus, and every process's executions count (towards -n too).
procs() { grep -c '^stat::number_of_executed_units:' "$tmp/out/fuzz_ipc/worker-1.log"; }
campaign -t 4 -l 1
check "-l 1 for 4 s: one process after the other ($(procs) processes)" [ "$(procs)" -ge 2 ]
campaign -t 2 -l 0
check "-l 0: one process for the whole run ($(procs))" [ "$(procs)" -eq 1 ]
campaign -t 60 -l 1 -n 400000
r7=$(runs_of)
check "-l 1 with -n: several processes ($(procs))" [ "$(procs)" -ge 2 ]
check "-l 1 with -n: -n counts every process's executions ($r7 of 400000)" \
	[ "${r7:-0}" -ge 400000 -a "${r7:-0}" -lt 405000 ]

# The units merged back went to the copy of the seeds.
check "the repository's seeds are untouched" \
	[ "$(ls -l "$SRC/corpus/ipc" | md5sum)" = "$seeds_before" ]
[ "$fails" -eq 0 ] || { echo "--- last run:"; cat "$tmp/last"; exit 1; }
