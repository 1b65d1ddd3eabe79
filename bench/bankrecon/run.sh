#!/bin/bash
# bench/bankrecon/run.sh - reconcile one bank's day file of N (200,000)
# lines against as many bank transactions of the station, and print the
# run's seconds and lines/s beside a bare COPY of the same lines into
# PostgreSQL, in the same run.
#
#   GF_BUILD=build GF_SRC=. bench/bankrecon/run.sh [N]
#
# The run is `gfctl recon run --bank 0102` to a running ifsvc: read the
# file, SHA-256 against its .sha256, every line checked, stored in the
# run, COPY, set-based compare, stats, diffs, alarms, DONE.  Three lines
# in a thousand differ (one of each of three kinds), so the diffs and
# alarms are written too.  The run's own figure comes from ifsvc's log.
set -eu
: "${GF_SRC:?}" "${GF_BUILD:?}"
N=${1:-200000}
. "$GF_SRC/scripts/pg.sh"
T=$(mktemp -d /tmp/gf-bench-bankrecon.XXXXXX); chmod 0755 "$T"
PIDS=()
cleanup() {
	local p
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
	pg_cluster_remove "$T/pg" >/dev/null 2>&1 || true; rm -rf "$T"
}
trap cleanup EXIT
pg_cluster_start "$T/pg" "$T/sock" >/dev/null
H=$(realpath "$T/sock")
pg_psql "$H" -d postgres -c "CREATE DATABASE bench" >/dev/null
mkdir -p "$T/bank/0102/inbox" "$T/recon"
[ "$(id -u)" = 0 ] && chown -R gridfront: "$T/bank" "$T/recon"
cat >"$T/gf.conf" <<CONF
global { org = "SC01" var_dir = "$T" run_dir = "$T" log_dir = "$T" }
database { dsn = "host=$H dbname=bench user=gridfront" }
ifsvc { socket = "$T/ifsvc.sock" mkt_host = "127.0.0.1" mkt_port = 1
  recon_dir = "$T/recon" recon_time = "" bank_dir = "$T/bank" bank_scan = 0 }
CONF
GF_SCHEMA_DIR=$GF_SRC/schema "$GF_BUILD/tools/gfctl/gfctl" -f "$T/gf.conf" migrate >/dev/null
sql() { pg_psql "$H" -d bench -At -q -c "$1"; }
D=$(sql "SELECT to_char(current_date - 1, 'YYYYMMDD')")
# The station's side: N bank payments of 0102; i % 1000 = 1 reversed.
sql "INSERT INTO banks (bankno, name, suite) VALUES ('0102', 'bench', 1);
INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial, operator_id, customer_no,
    func, trcode, amount, pay_mode, state, mkt_serial, channel, bankno)
  SELECT 'SC01B' || lpad(i::text, 9, '0'), current_date - 1, 'BANK0102', 'S' || i, 'BANK0102',
         '51' || lpad((i % 50000)::text, 8, '0'), 'PAYMENT', 1002, 1000 + i % 9000, 4,
         CASE WHEN i % 1000 = 1 THEN 'REVERSED' ELSE 'SUCCESS' END, 'M' || i, 'BANK', '0102'
    FROM generate_series(1, $N) i; ANALYZE transactions"
# The bank's file: the same lines, except i % 1000 = 2 (not listed),
# i % 1000 = 3 (another amount), i % 1000 = 1 listed OK (status differs).
awk -v n="$N" -v d="$D" 'BEGIN {
	for (i = 1; i <= n; i++) {
		if (i % 1000 == 2) continue
		a = 1000 + i % 9000; if (i % 1000 == 3) a++
		c++; t += a
		l[c] = sprintf("D|S%d|51%08d|%d|OK|%02d%02d%02d", i, i % 50000, a, 9 + i % 8, i % 60, int(i / 60) % 60)
	}
	printf "H|0102|%s|%d|%d\n", d, c, t
	for (i = 1; i <= c; i++) print l[i]
}' >"$T/bank/0102/inbox/BD0102$D.txt"
(cd "$T/bank/0102/inbox" && sha256sum "BD0102$D.txt" >"BD0102$D.txt.sha256")
[ "$(id -u)" = 0 ] && chown -R gridfront: "$T/bank"
lines=$(($(wc -l <"$T/bank/0102/inbox/BD0102$D.txt") - 1))

"$GF_BUILD/ifsvc/ifsvc" -d -f "$T/gf.conf" >"$T/ifsvc.out" 2>&1 &
PIDS+=($!)
for i in $(seq 100); do [ -S "$T/ifsvc.sock" ] && break; sleep 0.1; done
sleep 1.5	# the interrupted runs are marked before a run may start
t0=$(date +%s%N)
out=$("$GF_BUILD/tools/gfctl/gfctl" -f "$T/gf.conf" recon run --bank 0102 --date "$D")
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
run_ms=$(sed -n 's/.*bankrecon: bank=0102 .* ms=\([0-9]*\)$/\1/p' "$T/ifsvc.out" | tail -1)
# A bare COPY of the same lines, for scale.
sql "CREATE TABLE copy_only (serial text, custno text, amount bigint, status text, txtime text)"
c0=$(date +%s%N)
tail -n +2 "$T/bank/0102/inbox/BD0102$D.txt" | cut -d'|' -f2- |
	pg_psql "$H" -d bench -q -c "COPY copy_only FROM STDIN (DELIMITER '|')"
c1=$(date +%s%N)
cms=$(( (c1 - c0) / 1000000 ))
echo "bankrecon lines=$lines station_rows=$N"
echo "bankrecon_run_ms=$run_ms gfctl_ms=$ms lines_per_s=$(( lines * 1000 / (run_ms > 0 ? run_ms : 1) ))"
echo "copy_only_ms=$cms lines_per_s=$(( lines * 1000 / (cms > 0 ? cms : 1) ))"
echo "# $out"
