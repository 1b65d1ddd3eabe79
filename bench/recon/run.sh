#!/bin/bash
# bench/recon/run.sh - reconcile one business date of N (1,000,000)
# transactions and print seconds and rows/s beside a bare COPY of the same
# file into PostgreSQL, in the same run.  Target: <= 15 s, >= 0.25x COPY.
#
#   GF_BUILD=build GF_SRC=. bench/recon/run.sh [N]
#   (RECON_FETCH=0 skips the end-to-end run through mktsim)
#
# Two measurements, same date, same data:
#  recon:      `ifsvc -R DATE -F FILE`: the code of a real run after the
#              9001 fetch (parse and check the file, store it in the
#              database and recon_dir with SHA-256, COPY, set-based
#              compare, stats, diffs, alarms, DONE).
#  recon_full: a real run end to end: `gfctl recon run` to a running ifsvc,
#              which fetches every 9001 page from a running mktsim holding
#              the same N lines, then does all of the above.
# Phase times come from ifsvc's log lines and are printed after "#".
set -eu
: "${GF_SRC:?}" "${GF_BUILD:?}"
N=${1:-1000000}
. "$GF_SRC/scripts/pg.sh"
T=$(mktemp -d /tmp/gf-bench-recon.XXXXXX); chmod 0755 "$T"
mkdir -p "$T/recon"
PIDS=()
cleanup() {
	local p
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
	pg_cluster_remove "$T/pg" >/dev/null 2>&1 || true; rm -rf "$T"
}
trap cleanup EXIT
pg_cluster_start "$T/pg" "$T/sock" >/dev/null
H=$(realpath "$T/sock")
pg_psql "$H" -d postgres -c "CREATE DATABASE bench" -c "CREATE DATABASE mkbench" >/dev/null
PORT=$(( 20000 + RANDOM % 20000 ))
cat >"$T/gf.conf" <<CONF
global { org = "SC01" var_dir = "$T" run_dir = "$T" log_dir = "$T" }
database { dsn = "host=$H dbname=bench user=gridfront" }
ifsvc { socket = "$T/ifsvc.sock" mkt_host = "127.0.0.1" mkt_port = $PORT
  recon_dir = "$T/recon" recon_time = "" }
mktsim { listen = "127.0.0.1:$PORT" dsn = "host=$H dbname=mkbench user=gridfront" }
CONF
GF_SCHEMA_DIR=$GF_SRC/schema "$GF_BUILD/tools/gfctl/gfctl" -f "$T/gf.conf" migrate >/dev/null
psql() { pg_psql "$H" -d bench -v ON_ERROR_STOP=1 -At "$@"; }
D=2026-03-15; DC=20260315
# Local books: N payments of the date, 1% REVERSED.
psql -c "INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial,
  operator_id, customer_no, func, trcode, amount, state, mkt_serial)
  SELECT 'SC0120260315' || lpad(g::text, 9, '0'), '$D', '000000000000000' || (g % 10),
  't' || g, 'op' || (g % 50), lpad((g % 100000)::text, 10, '0'), 'PAYMENT', 1002,
  1000 + g % 5000, CASE WHEN g % 100 = 0 THEN 'REVERSED' ELSE 'SUCCESS' END, 'MK' || g
  FROM generate_series(1, $N) g" >/dev/null
psql -c "ANALYZE transactions" >/dev/null
# The marketing system's file for the same day, in MI1 §3 format, with
# 100 amounts differing (one line in 10,000): the difference path (diffs,
# alarms) is part of what is timed.
psql -c "COPY (SELECT stserial, mkt_serial, trcode, customer_no,
  amount + (right(stserial, 4) = '0077')::int,
  CASE state WHEN 'SUCCESS' THEN 'OK' ELSE 'REVERSED' END, '$DC', '101500'
  FROM transactions WHERE settle_date = '$D') TO STDOUT (DELIMITER '|')" >"$T/file.txt"
lines=$(wc -l <"$T/file.txt")
# Bare COPY of the same file.
t0=$(date +%s.%N)
psql -c "CREATE TABLE bare (stserial text, mkserial text, trcode text, custno text,
  amount bigint, status text, txdate text, txtime text)" -c "\\copy bare FROM '$T/file.txt' (DELIMITER '|')" >/dev/null
t1=$(date +%s.%N)
# Reconciliation of the file (everything after the fetch).
out=$("$GF_BUILD/ifsvc/ifsvc" -f "$T/gf.conf" -R "$DC" -F "$T/file.txt" 2>"$T/recon.log")
t2=$(date +%s.%N)
awk -v n="$lines" -v a="$t0" -v b="$t1" -v c="$t2" -v out="$out" 'BEGIN {
  cp = b - a; rc = c - b;
  printf "rows=%d\n", n;
  printf "bare_copy:  seconds=%.2f rows_per_s=%.0f\n", cp, n / cp;
  printf "recon:      seconds=%.2f rows_per_s=%.0f ratio_to_copy=%.2f\n", rc, n / rc, cp / rc;
  printf "target: seconds<=15 ratio>=0.25\n";
  printf "result: %s\n", out }'
grep -Eo "recon: (file|stored|run=[0-9]+ copy).*" "$T/recon.log" |
	sed -e 's/^/# /' -e 's/file=[^ ]* sha256=[0-9A-F]* //' || true
[ "${RECON_FETCH:-1}" = 0 ] && exit 0

# End to end: mktsim holds the same lines; ifsvc fetches every page.
MK=$GF_BUILD/tools/mktsim/mktsim
"$MK" -f "$T/gf.conf" init >"$T/mktsim.log" 2>&1
pg_psql "$H" -d mkbench -v ON_ERROR_STOP=1 -c "INSERT INTO mk_txns (stserial, mkserial,
  trcode, custno, amount, txdate, txtime, status, response, effect)
  SELECT 'SC0120260315' || lpad(g::text, 9, '0'), 'MK' || g, '1002',
  lpad((g % 100000)::text, 10, '0'), 1000 + g % 5000 + (g % 10000 = 77)::int, '$D', '101500',
  CASE WHEN g % 100 = 0 THEN 'REVERSED' ELSE 'OK' END, '{}', '{}'
  FROM generate_series(1, $N) g" -c "ANALYZE mk_txns" >/dev/null
"$MK" -d -f "$T/gf.conf" serve >>"$T/mktsim.log" 2>&1 & PIDS+=($!)
"$GF_BUILD/ifsvc/ifsvc" -d -f "$T/gf.conf" >"$T/ifsvc.log" 2>&1 & PIDS+=($!)
for i in $(seq 100); do [ -S "$T/ifsvc.sock" ] && break; sleep 0.1; done
sleep 1	# the pool connects
t3=$(date +%s.%N)
out=$("$GF_BUILD/tools/gfctl/gfctl" -f "$T/gf.conf" recon run --date "$DC" 2>&1) || true
t4=$(date +%s.%N)
awk -v n="$lines" -v a="$t0" -v b="$t1" -v c="$t3" -v d="$t4" -v out="$out" 'BEGIN {
  cp = b - a; rc = d - c;
  printf "recon_full: seconds=%.2f rows_per_s=%.0f ratio_to_copy=%.2f (fetch included)\n", rc, n / rc, cp / rc;
  printf "result: %s\n", out }'
grep -Eo "recon: (run=[0-9]+ fetched|stored|run=[0-9]+ copy).*" "$T/ifsvc.log" |
	sed -e 's/^/# /' -e 's/file=[^ ]* sha256=[0-9A-F]* //' || true
if [ -n "${RECON_KEEPLOG:-}" ]; then cp "$T/mktsim.log" "$T/ifsvc.log" "$RECON_KEEPLOG"/; fi
