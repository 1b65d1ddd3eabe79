#!/bin/bash
# bench/recon/run.sh - reconcile one business date of N (1,000,000)
# transactions and print seconds and rows/s beside a bare COPY of the same
# file into PostgreSQL, in the same run.  Target: <= 15 s, >= 0.25x COPY.
#
#   GF_BUILD=build GF_SRC=. bench/recon/run.sh [N]
#
# The compare runs through `ifsvc -R DATE -F FILE` (the same code as a real
# run after the 9001 fetch: store the file with SHA-256, COPY, set-based
# compare, stats, diffs, DONE).  The MI/1 fetch itself is not timed here.
set -eu
: "${GF_SRC:?}" "${GF_BUILD:?}"
N=${1:-1000000}
. "$GF_SRC/scripts/pg.sh"
T=$(mktemp -d /tmp/gf-bench-recon.XXXXXX); chmod 0755 "$T"
mkdir -p "$T/recon"
cleanup() { pg_cluster_remove "$T/pg" >/dev/null 2>&1 || true; rm -rf "$T"; }
trap cleanup EXIT
pg_cluster_start "$T/pg" "$T/sock" >/dev/null
H=$(realpath "$T/sock")
pg_psql "$H" -d postgres -c "CREATE DATABASE bench" >/dev/null
cat >"$T/gf.conf" <<CONF
global { org = "SC01" var_dir = "$T" run_dir = "$T" log_dir = "$T" }
database { dsn = "host=$H dbname=bench user=gridfront" }
ifsvc { recon_dir = "$T/recon" recon_time = "" }
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
# The marketing system's file for the same day, in MI1 §3 format.
psql -c "COPY (SELECT stserial, mkt_serial, trcode, customer_no, amount,
  CASE state WHEN 'SUCCESS' THEN 'OK' ELSE 'REVERSED' END, '$DC', '101500'
  FROM transactions WHERE settle_date = '$D') TO STDOUT (DELIMITER '|')" >"$T/file.txt"
lines=$(wc -l <"$T/file.txt")
# Bare COPY of the same file.
t0=$(date +%s.%N)
psql -c "CREATE TABLE bare (stserial text, mkserial text, trcode text, custno text,
  amount bigint, status text, txdate text, txtime text)" -c "\\copy bare FROM '$T/file.txt' (DELIMITER '|')" >/dev/null
t1=$(date +%s.%N)
# Reconciliation.
out=$("$GF_BUILD/ifsvc/ifsvc" -f "$T/gf.conf" -R "$DC" -F "$T/file.txt" 2>"$T/recon.log")
t2=$(date +%s.%N)
awk -v n="$lines" -v a="$t0" -v b="$t1" -v c="$t2" -v out="$out" 'BEGIN {
  cp = b - a; rc = c - b;
  printf "rows=%d\n", n;
  printf "bare_copy: seconds=%.2f rows_per_s=%.0f\n", cp, n / cp;
  printf "recon:     seconds=%.2f rows_per_s=%.0f ratio_to_copy=%.2f\n", rc, n / rc, cp / rc;
  printf "target: seconds<=15 ratio>=0.25\n";
  printf "result: %s\n", out }'
grep -Eo "recon: (file|stored|run=[0-9]+ copy).*" "$T/recon.log" | sed 's/^/# /' || true
