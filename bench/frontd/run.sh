#!/usr/bin/env bash
# bench/frontd/run.sh - frontd throughput and latency beside nginx's stream
# module (prints figures; not a test).
#
#   GF_BUILD=build-rel bench/frontd/run.sh [SECONDS]
#
# Starts a private PostgreSQL, appsrv and frontd (journal fsync on, per-IP
# cap 16 on) through tests/integration/lib.sh at a station's settings
# (GF_QUIET=1: PostgreSQL with fsync on, no debug lines), and nginx
# (Debian nginx + libnginx-mod-stream) on another loopback port with its
# own temp prefix, answering every connection with 200 bytes.  The load client is
# tests/tools/tpprobe: one source address in 127.0.0.0/8 per simulated
# terminal, two client processes.  Then 10,000 slow connections (a byte
# every 100 ms, KEEPALIVE) are held while the ECHO load runs again.
# FRONTD_WORKERS=N runs frontd with frontd.workers = N (N processes on the
# port through SO_REUSEPORT; default 1); the figures from /metrics, RSS and
# CPU are then summed over the workers.  SKIP_HOLD=1 leaves out the
# 10,000 held connections.
# ROUNDS=N runs the closed-loop table N times, nginx then frontd in each
# round, and ends with the median, min and max of each ratio: this machine's
# speed drifts by a fifth over minutes, which one round cannot tell from a
# change.  JOURNAL_SYNC_US sets frontd.journal_sync_us (the group-commit
# window; default 2000).  OPEN_RATE=R offers R/s in the open-loop runs
# instead of OPEN_FRAC of the measured capacity (two builds at one rate);
# with ROUNDS the capacity is the last round's.
# OPEN_ROUNDS=N runs the open-loop lines N times and ends with the median,
# min and max of each suite's p99.
# APPSRV=fake puts tests/tools/fake_appsrv (no database, no seq check)
# behind frontd, to measure frontd itself.
# Use a build without sanitizers (-DCMAKE_BUILD_TYPE=Release).
#
# Two kinds of load (see the header the script prints):
#   closed  each of C terminals starts its next transaction the moment the
#           last one ends: saturation, tx/s is the capacity; latency is then
#           C / capacity by Little's law (c=1000 at 22k tx/s: 45 ms mean) and
#           says nothing about the server's own latency.
#   open    C terminals together offer a stated rate (tpprobe -r): each
#           starts a transaction on its own schedule; the rate is OPEN_FRAC
#           (0.5) of frontd's measured SM4 short c=100 capacity, the same
#           rate for nginx and both suites; latency from the scheduled start.
set -u
GF_SRC=${GF_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
GF_BUILD=${GF_BUILD:-$GF_SRC/build-rel}
export GF_SRC GF_BUILD
SECS=${1:-8}
HOLD=${HOLD:-10000}
NGINX_WORKERS=${NGINX_WORKERS:-auto}
OPEN_FRAC=${OPEN_FRAC:-0.5}
ROUNDS=${ROUNDS:-1}
# The holding client stands for 10,000 remote terminals: in the field its
# 100,000 sends/s are not on the station's CPUs.  Here it shares 2 cores
# with frontd and the measuring client, so it runs niced (HOLD_NICE=0 to
# give it equal weight).
HOLD_NICE=${HOLD_NICE:-10}
FRONTD_WORKERS=${FRONTD_WORKERS:-1}
CONF_FRONTD_EXTRA="max_conns = 19000
  workers = $FRONTD_WORKERS${JOURNAL_SYNC_US:+
  journal_sync_us = $JOURNAL_SYNC_US}"
# A station's settings, as the other benches: before 2026-12-07 this bench
# ran PostgreSQL without fsync (the tests' setting) and appsrv with its
# debug lines, so its figures with appsrv were not a station's.  With
# fsync on, and one commit per seq check as there was then, frontd with
# appsrv did about half the requests per second it showed.
GF_QUIET=${GF_QUIET:-1}
. "$GF_SRC/tests/integration/lib.sh"
ulimit -n "$(ulimit -Hn)"
gf_setup
gf_keys
BASE2=8613900000200000		# SM4 terminals
BASE1=8613900000300000		# 3DES terminals
BASEH=8613900000400000		# held slow terminals (SM4)
gf_sql "INSERT INTO terminals (id, name, suite)
	SELECT ($BASE2 + g)::text, 'bench sm4 ' || g, 2 FROM generate_series(0, 1999) g
	UNION ALL SELECT ($BASE1 + g)::text, 'bench 3des ' || g, 1 FROM generate_series(0, 1999) g
	UNION ALL SELECT ($BASEH + g)::text, 'bench held ' || g, 2 FROM generate_series(0, $HOLD) g" >/dev/null
if [ "${APPSRV:-real}" = fake ]; then
	# frontd alone: tests/tools/fake_appsrv answers at once, no database
	"$TOOLS/fake_appsrv" -s "$T/run/appsrv.sock" -1 86139000003 >"$T/log/fake.out" 2>&1 &
	GF_PIDS[fake_appsrv]=$!
	gf_wait_sock "$T/run/appsrv.sock" || exit 1
else
	gf_start appsrv || exit 1
fi
gf_start frontd || exit 1
FPID=$(gf_pid frontd)
# The processes that serve: frontd itself, or its workers.
if [ "$FRONTD_WORKERS" -gt 1 ]; then
	for i in $(seq 50); do [ "$(pgrep -c -P "$FPID")" -ge "$FRONTD_WORKERS" ] && break; sleep 0.1; done
	FPIDS=$(pgrep -d ' ' -P "$FPID")
else
	FPIDS=$FPID
fi
MPORTS=$(seq "$METRICS_PORT" $((METRICS_PORT + FRONTD_WORKERS - 1)))
# /metrics of every worker, counters and buckets summed by line name.
metrics_all() {
	local p
	for p in $MPORTS; do curl -s "http://127.0.0.1:$p/metrics"; done |
		awk '/^#/ { next } { v[$1] += $2; if (!($1 in o)) { o[$1] = ++n; k[n] = $1 } }
		END { for (i = 1; i <= n; i++) printf "%s %.6f\n", k[i], v[k[i]] }'
}
gf_metric() { metrics_all | awk -v n="$1" '$1 == n { printf "%d\n", $2 }'; }
# FRONTD_NICE=-10: frontd at a higher priority than the load and holding
# clients (shows what of the latency under hold is waiting for a CPU).
[ -n "${FRONTD_NICE:-}" ] && renice -n "$FRONTD_NICE" -p $FPIDS >/dev/null

NGX=$T/nginx
NGX_PORT=$(gf_free_port)
mkdir -p "$NGX/logs"
REPLY=$(head -c 200 /dev/zero | tr '\0' 'x')
cat >"$NGX/nginx.conf" <<NGINX
load_module /usr/lib/nginx/modules/ngx_stream_module.so;
worker_processes $NGINX_WORKERS;
worker_rlimit_nofile 20000;
daemon off;
pid $NGX/nginx.pid;
error_log $NGX/logs/error.log;
events { worker_connections 16000; }
stream { server { listen 127.0.0.1:$NGX_PORT backlog=4096; return "$REPLY"; } }
NGINX
/usr/sbin/nginx -p "$NGX" -c "$NGX/nginx.conf" 2>>"$NGX/logs/error.log" &
NGX_PID=$!
gf_wait_port "$NGX_PORT" || { echo "nginx did not start"; exit 1; }

S0=$(date +%s)
seq_now() { echo $(( ($(date +%s) - S0 + 1) * 200000 )); }
P=("$TOOLS/tpprobe" -k "$T/keys" -T 30000 -w 2)
# frontd_load SUITE CONC [-K]: one line of figures
frontd_load() {
	local suite=$1 conc=$2 base=$BASE2; shift 2
	[ "$suite" = 1 ] && base=$BASE1
	"${P[@]}" -p "$FRONTD_PORT" -s "$suite" -t $base -n "$conc" -c "$conc" \
		-q "$(seq_now)" -d "$SECS" -B $((10 + RANDOM % 100)) -P 1 "$@" load
}
nginx_load() {
	local conc=$1; shift
	"${P[@]}" -p "$NGX_PORT" -c "$conc" -d "$SECS" -B $((10 + RANDOM % 100)) -P 1 -R "$@" load
}
# frontd's own view: its request_seconds histogram (complete request frame
# to response written, journal fsync included) between two snapshots.
hist() { metrics_all | awk '/^gf_frontd_(request|journal_fsync)_seconds_bucket/ { print }'; }
hist_p99() {	# hist_p99 BEFORE AFTER [NAME]: the bucket bound holding the 99th percentile
	awk -v want="${3:-request}" 'NR == FNR { a[$1] = $2; next }
	index($1, "gf_frontd_" want "_seconds") != 1 { next }
	{ d[++n] = $2 - a[$1]; le[n] = $1 }
	END { t = d[n]; for (i = 1; i <= n; i++) if (d[i] >= 0.99 * t) {
		x = le[i]; sub(/.*le="/, "", x); sub(/".*/, "", x)
		if (x == "+Inf") print "> 5 s"; else printf "<= %g ms\n", x * 1000; exit } }' "$1" "$2"
}
rss_kb() { local t=0 p; for p in "$@"; do t=$((t + $(awk '/^VmRSS/ { print $2 }' "/proc/$p/status"))); done; echo "$t"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
txs() { sed -n 's/.*tx\/s=\([0-9]*\).*/\1/p' <<<"$1"; }
p99() { sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' <<<"$1"; }

cat <<HDR
# frontd vs nginx stream, ${SECS}s per run, $(nproc) cores shared with the load
# client, journal fsync on ($T/journal), frontd: workers=$FRONTD_WORKERS (one event
# loop and one journal chain each), nginx: worker_processes $NGINX_WORKERS, nice ${FRONTD_NICE:-0}.
# "closed": C terminals back to back (next transaction the moment the last
#   ends) = saturation; tx/s is the capacity, and mean latency is C/tx/s by
#   Little's law whatever the server does (c=1000: ~45 ms at 22k tx/s), so
#   closed c=1000 latency measures the queue the load client builds.
# "open": C concurrent terminals together offering a fixed rate, each on its
#   own schedule (latency from the scheduled start, late starts included):
#   the server's latency at a stated load.  Rate = ${OPEN_FRAC} x frontd's SM4
#   short c=100 closed capacity, the same rate for nginx and both suites.
HDR
[ -n "${OPEN_RATE:-}" ] && echo "# open-loop rate set by OPEN_RATE: ${OPEN_RATE}/s (not the fraction above)"
printf '%-34s %-58s %-58s %s\n' run frontd nginx ratio
declare -A NG RAT
SUITES="2 1"; SPECS=("100" "1000" "100 -K")
if [ -n "${ONLY_HOLD:-}" ]; then	# ONLY_HOLD=1: just what the hold part compares with
	SUITES=2; SPECS=("100")
fi
LABELS=()
for round in $(seq "$ROUNDS"); do
	[ "$ROUNDS" -gt 1 ] && echo "# round $round of $ROUNDS"
	for c in 100 1000; do NG[$c]=$(nginx_load "$c"); done
	for suite in $SUITES; do
		name=SM4; [ "$suite" = 1 ] && name=3DES
		for spec in "${SPECS[@]}"; do
			set -- $spec
			c=$1; shift
			f=$(frontd_load "$suite" "$c" "$@")
			n=${NG[$c]}
			label="$name short closed c=$c"; [ $# -gt 0 ] && label="$name keepalive closed c=$c"
			r=$(ratio "$(txs "$f")" "$(txs "$n")")
			printf '%-34s %-58s %-58s %s\n' "$label" "$f" "$n" "$r"
			[ "$round" = 1 ] && LABELS+=("$label")
			RAT[$label]="${RAT[$label]:-} $r"
			[ "$suite" = 2 ] && [ "$c" = 100 ] && [ $# = 0 ] && BASE_P99=$(p99 "$f") && CAP=$(txs "$f")
		done
	done
done
# ROUNDS=N: each round runs nginx and then frontd again, so a drift of the
# machine's speed over minutes falls on both sides of each ratio; the
# median of the rounds is the figure to quote.
if [ "$ROUNDS" -gt 1 ]; then
	echo "# frontd / nginx over $ROUNDS rounds"
	for label in "${LABELS[@]}"; do
		tr ' ' '\n' <<<"${RAT[$label]}" | grep . >"$T/ratios"
		printf '%-34s %s\n' "$label" "$(gf_stat 1 "$T/ratios")"
	done
fi
RATE=${OPEN_RATE:-$(awk -v c="$CAP" -v f="$OPEN_FRAC" 'BEGIN { printf "%d", c * f }')}
n=$(nginx_load 1000 -r "$RATE")
# OPEN_ROUNDS=N runs each suite's open loop N times: one 5-10 s run's p99
# is its worst 1 %, which one stall of the machine can fill.  Each line
# also shows frontd's own p99 (request frame complete -> response written,
# from its histogram) and its journal group commit's, for that run alone.
declare -A OP99
for oround in $(seq "${OPEN_ROUNDS:-1}"); do
	for suite in $SUITES; do
		name=SM4; [ "$suite" = 1 ] && name=3DES
		hist >"$T/ho0"
		f=$(frontd_load "$suite" 1000 -r "$RATE")
		hist >"$T/ho1"
		[ "$suite" = 2 ] && [ "$oround" = 1 ] && cp "$T/ho0" "$T/h0" && cp "$T/ho1" "$T/h1"
		printf '%-34s %-58s %-58s %s\n' "$name short open c=1000 @${RATE}/s" "$f" "$n" "p99 $(ratio "$(p99 "$f")" "$(p99 "$n")")x"
		printf '%-34s frontd own p99 %s, journal commit p99 %s\n' "" "$(hist_p99 "$T/ho0" "$T/ho1")" "$(hist_p99 "$T/ho0" "$T/ho1" journal_fsync)"
		[ "$suite" = 2 ] && [ "$oround" = 1 ] && OPEN_P99=$(p99 "$f")
		OP99[$name]="${OP99[$name]:-} $(p99 "$f")"
	done
done
if [ "${OPEN_ROUNDS:-1}" -gt 1 ]; then
	for name in SM4 3DES; do
		[ -n "${OP99[$name]:-}" ] || continue
		tr ' ' '\n' <<<"${OP99[$name]}" | grep . >"$T/p99s"
		printf '%-34s p99 ms over %s runs: %s\n' "$name short open c=1000" "$OPEN_ROUNDS" "$(gf_stat 1 "$T/p99s")"
	done
fi
if [ -z "${ONLY_HOLD:-}" ]; then
	f=$(frontd_load 2 1000 -r "$RATE" -K)
	printf '%-34s %-58s %-58s %s\n' "SM4 keepalive open c=1000 @${RATE}/s" "$f" "(nginx closes)" ""
fi

if [ -n "${SKIP_HOLD:-}" ]; then
	kill "$NGX_PID"; wait "$NGX_PID" 2>/dev/null
	GF_PASS=1
	exit 0
fi
# ---- 10,000 held slow connections ----
rss0=$(rss_kb $FPIDS)
nice -n "$HOLD_NICE" "$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys" -t $BASEH -q "$(seq_now)" -B 200 -P 16 -m 100 hold "$HOLD" >"$T/hold.out" 2>&1 &
HOLD_PID=$!
for i in $(seq 60); do
	open=$(gf_metric gf_frontd_connections_open)
	[ "${open:-0}" -ge "$HOLD" ] && break
	sleep 1
done
sleep 2
rss1=$(rss_kb $FPIDS)
open=$(gf_metric gf_frontd_connections_open)
# CPU (utime + stime, jiffies) of frontd and of the holding client's
# processes, over the two loads below: where the machine's time goes.
jif() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
HOLDERS=$(pgrep -d ' ' -P "$HOLD_PID"; echo "$HOLD_PID")
# and the whole machine's idle share (/proc/stat: idle + iowait of all jiffies)
idle() { awk '$1 == "cpu" { t = 0; for (i = 2; i <= NF; i++) t += $i; print $5 + $6, t }' /proc/stat; }
cf0=$(jif $FPIDS); ch0=$(jif $HOLDERS); t0=$(date +%s%N); read -r i0 a0 <<<"$(idle)"
f=$(frontd_load 2 100)
hist >"$T/h2"
fo=$(frontd_load 2 1000 -r "$RATE")
hist >"$T/h3"
cf1=$(jif $FPIDS); ch1=$(jif $HOLDERS); t1=$(date +%s%N); read -r i1 a1 <<<"$(idle)"
echo
echo "held connections open: $open (target $HOLD; holding client at nice $HOLD_NICE)"
echo "frontd RSS: ${rss0} KiB before, ${rss1} KiB held; per held connection: $(awk -v a="$rss0" -v b="$rss1" -v n="$open" 'BEGIN { if (n > 0) printf "%.2f KiB", (b - a) / n }')"
echo "SM4 short c=100 under hold: $f"
echo "p99 under hold / unloaded p99: $(ratio "$(p99 "$f")" "$BASE_P99") (closed c=100)"
echo "SM4 short open c=1000 @${RATE}/s under hold: $fo"
echo "p99 under hold / unloaded p99: $(ratio "$(p99 "$fo")" "$OPEN_P99") (open c=1000 @${RATE}/s)"
echo "frontd's own p99 (request frame complete -> response written), SM4 open c=1000: unloaded $(hist_p99 "$T/h0" "$T/h1"), under hold $(hist_p99 "$T/h2" "$T/h3")"
echo "its journal group commit (write + fdatasync) p99, same runs: unloaded $(hist_p99 "$T/h0" "$T/h1" journal_fsync), under hold $(hist_p99 "$T/h2" "$T/h3" journal_fsync)"
hz=$(getconf CLK_TCK)
awk -v f=$((cf1 - cf0)) -v h=$((ch1 - ch0)) -v hz="$hz" -v ns=$((t1 - t0)) \
    -v id=$((i1 - i0)) -v all=$((a1 - a0)) -v nc="$(nproc)" 'BEGIN {
	s = ns / 1e9; printf "cpu during the two loads under hold (%.1f s): frontd %.0f%% of a core, holding client %.0f%%; the machine (%d cores) idle %.0f%% of the time\n", s, 100 * f / hz / s, 100 * h / hz / s, nc, 100 * id / all }'
echo "(each held terminal completes a slow KEEPALIVE ECHO every ~7 s, out of phase with the others: ~1,400 tx/s more load)"
kill "$HOLD_PID" 2>/dev/null; wait "$HOLD_PID" 2>/dev/null
metrics_all | grep -E '^gf_frontd_(journal_fsync_seconds_(sum|count)|connections_refused_total)'
kill "$NGX_PID"; wait "$NGX_PID" 2>/dev/null
GF_PASS=1
