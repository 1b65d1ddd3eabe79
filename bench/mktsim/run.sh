#!/bin/bash
# bench/mktsim/run.sh - the marketing simulator's cost per PAYMENT (1002)
# in its own database, without the station: pgbench calls
# mk_handle_group() with 4 payments of 1 fen to random customers with
# arrears (what tools/mktsim/db.c sends when requests queue), on CLIENTS
# connections.  Prints the rate, WAL records and bytes per payment (these
# do not depend on the machine's speed) and the whole machine's CPU time
# per payment (pgbench included).
#
#   [GF_BUILD=build-rel] bench/mktsim/run.sh [SECONDS] [CLIENTS]
# Without GF_TEST_PGHOST the run gets its own cluster.  Nothing here
# asserts a figure.
set -u
GF_SRC=${GF_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
GF_BUILD=${GF_BUILD:-$GF_SRC/build}
export GF_SRC GF_BUILD
DUR=${1:-8}
CLIENTS=${2:-8}
GF_QUIET=1
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
MKT_CUSTOMERS=2000
gf_start mktsim || exit 1
"$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 100000 2>/dev/null | cut -d'|' -f1 >"$T/cust"
n=$(wc -l <"$T/cust")
gf_psql -q -d "$GF_MKTDB" <<SQL
CREATE SEQUENCE bench_seq;
CREATE TABLE bench_cust (i serial PRIMARY KEY, custno text NOT NULL);
\copy bench_cust (custno) FROM '$T/cust'
SQL
cat >"$T/pay.sql" <<SQL
\set a random(1, $n)
\set b random(1, $n)
\set c random(1, $n)
\set d random(1, $n)
SELECT count(*) FROM mk_handle_group((SELECT json_agg(json_build_object('t', '1002', 'b', json_build_object('stserial', 'BENCH' || nextval('bench_seq'), 'custno', c.custno, 'amount', '1', 'paymode', '1'), 'd', current_date, 'h', '120000', 'o', false)) FROM bench_cust c WHERE c.i IN (:a, :b, :c, :d)));
SQL
payments() { gf_psql -d "$GF_MKTDB" -Atc "SELECT count(*) FROM mk_txns WHERE trcode = '1002'"; }
wal() { gf_sql "SELECT wal_records || ' ' || wal_bytes FROM pg_stat_wal"; }
cputicks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
n0=$(payments); read -r r0 b0 <<<"$(wal)"; c0=$(cputicks)
out=$("$PGBIN/pgbench" -h "$GF_PGHOST" -U gridfront -n -M prepared -c "$CLIENTS" -j 2 -T "$DUR" \
	-f "$T/pay.sql" "$GF_MKTDB" 2>&1); rc=$?
c1=$(cputicks); n1=$(payments); read -r r1 b1 <<<"$(wal)"
# A refusal (a customer without arrears) would abort a client: none expected.
[ "$rc" = 0 ] && ! grep -q "aborted" <<<"$out" || { echo "pgbench failed:"; echo "$out"; exit 1; }
awk -v n=$((n1 - n0)) -v d="$DUR" -v r=$((r1 - r0)) -v b=$((b1 - b0)) -v c=$((c1 - c0)) -v hz="$(getconf CLK_TCK)" -v cl="$CLIENTS" 'BEGIN {
	printf "mktsim  1002 in groups of 4, %d clients: %d payments in %ss = %.0f payments/s\n", cl, n, d, n / d
	printf "        per payment: %.2f WAL records, %.0f WAL bytes, %.3f ms CPU (whole machine, pgbench included)\n", r / n, b / n, 1000 * c / hz / n }'
GF_PASS=1
gf_done >/dev/null
