#!/bin/bash
# bench/soak/run.sh - the money fault simulation for as long as you like:
# seed after seed of tests/integration/t_money_sim.sh (one fresh station,
# one seeded fault schedule, the invariants of MONEY.md), then how many
# schedules and faults the station survived and which seeds failed, with
# the invariants each one broke.
#
#   GF_SRC=. GF_BUILD=build-asan bench/soak/run.sh [SECONDS] [FIRST_SEED]
#   (the long form of `./gf test`'s t_money_sim; a `./gf soak` would run this)
#
# SECONDS (default 1800) bounds the time at which a new seed may start;
# seeds run one after the other from FIRST_SEED (default from the clock).
# MONEYSIM_SECS, MONEYSIM_TERMINALS and MONEYSIM_STRICT_REPLAYED pass
# through.  Each seed's whole output is kept in the results directory
# (printed), and a failing seed reruns its schedule with
#   MONEYSIM_SEED=S GF_SRC=. GF_BUILD=... bash tests/integration/t_money_sim.sh
set -u
: "${GF_SRC:?GF_SRC must point at the source tree}" "${GF_BUILD:?GF_BUILD must point at the build tree}"
GF_SRC=$(realpath "$GF_SRC"); GF_BUILD=$(realpath "$GF_BUILD")
export GF_SRC GF_BUILD
DURATION=${1:-1800}
SEED=${2:-$(( $(date +%s) % 100000 * 10 ))}
OUT=${SOAK_OUT:-$(mktemp -d /tmp/gf-soak.XXXXXX)}
mkdir -p "$OUT"
[ -x "$GF_BUILD/tests/moneysim" ] || { echo "soak: $GF_BUILD/tests/moneysim is not built"; exit 2; }

end=$(( $(date +%s) + DURATION ))
runs=0 passed=0 faults=0 faults_ok=0 answers=0
failing=()
echo "soak: ${DURATION}s from seed $SEED, results in $OUT"
while [ "$(date +%s)" -lt "$end" ]; do
	f=$OUT/seed-$SEED.out
	MONEYSIM_SEED=$SEED bash "$GF_SRC/tests/integration/t_money_sim.sh" >"$f" 2>&1
	rc=$?
	line=$(grep -E '^moneysim: seed=[0-9]+ faults=' "$f" | tail -1)
	nf=$(echo "$line" | sed -nE 's/.* faults=([0-9]+).*/\1/p')
	na=$(echo "$line" | sed -nE 's/.* answers=([0-9]+).*/\1/p')
	runs=$((runs + 1)); faults=$((faults + ${nf:-0})); answers=$((answers + ${na:-0}))
	if [ "$rc" = 0 ]; then
		passed=$((passed + 1)); faults_ok=$((faults_ok + ${nf:-0}))
		echo "seed $SEED: survived (${nf:-?} faults, ${na:-?} answers)"
	else
		broke=$(grep -oE '^not ok - (invariant )?[A-Za-z_ ]+' "$f" | sed -E 's/^not ok - (invariant )?//' |
			sort -u | tr '\n' ',' | sed 's/,$//')
		failing+=("$SEED [$broke]")
		echo "seed $SEED: FAILED (${nf:-?} faults): $broke"
	fi
	SEED=$((SEED + 1))
done
echo "soak: schedules=$runs survived=$passed faults=$faults faults_in_survived=$faults_ok answers=$answers"
# How often each invariant broke, and under which kinds of fault.
for f in "$OUT"/seed-*.out; do
	[ -f "$f" ] && grep -oE '^not ok - invariant [A-Z_]+' "$f" | sort -u
done | awk '{ n[$5]++ } END { for (k in n) printf "soak: broken %s in %d schedules\n", k, n[k] }' | sort
for f in "$OUT"/seed-*.out; do
	[ -f "$f" ] && grep -E '^# [0-9:.]+ t=[0-9]+ms ' "$f"
done | awk '{ a = $4 (NF >= 5 ? " " $5 : "") }
	a !~ /^(start|cont|mkt reset|mkt latency_pct|proxy off)/ { n[a]++ }
	END { for (k in n) printf "soak: fault %-22s x%d\n", k, n[k] }' | sort
if [ "${#failing[@]}" -gt 0 ]; then
	echo "soak: failing seeds (rerun one: MONEYSIM_SEED=S bash tests/integration/t_money_sim.sh):"
	printf '  %s\n' "${failing[@]}"
	exit 1
fi
echo "soak: no failing seed"
