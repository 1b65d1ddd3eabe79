#!/usr/bin/env bash
# The embedded cluster of scripts/pg.sh keeps its data across a stop and a
# start (the station's books live there), and pg_cluster_remove deletes a
# throw-away cluster completely.  As root, a cluster left by an earlier
# checkout at the same path (its link gone with its var/) is not reused but
# moved aside.  Uses its own cluster, not the shared one.
. "$GF_SRC/tests/integration/lib.sh"
T=$(mktemp -d /tmp/gf-t_pg_cluster.XXXXXX)
chmod 0755 "$T"
trap 'pg_cluster_remove "$T/pg" >/dev/null 2>&1; rm -rf "$T"' EXIT

pg_cluster_start "$T/pg" "$T/sock" || { fail "first start"; gf_done; }
ok "first start"
real1=$(realpath "$T/pg")
pg_psql "$T/sock" -d postgres -qc "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)" ||
	fail "create a table"
pg_cluster_stop "$T/pg"
if pg_cluster_running "$T/pg"; then fail "stopped"; else ok "stopped"; fi

pg_cluster_start "$T/pg" "$T/sock" || fail "second start"
expect_eq "$(realpath "$T/pg")" "$real1" "the second start uses the same data directory"
expect_eq "$(pg_psql "$T/sock" -d postgres -Atc "SELECT v FROM kept" 2>&1)" "42" "the data survived stop and start"

if [ "$(id -u)" = 0 ]; then
	# The checkout's var/ is deleted while the cluster runs; a new one at
	# the same path starts.
	rm -f "$T/pg" "$T/sock"
	pg_cluster_start "$T/pg" "$T/sock" 2>"$T/err" || fail "start after the link went"
	expect_eq "$(pg_psql "$T/sock" -d postgres -Atc "SELECT count(*) FROM pg_class WHERE relname = 'kept'" 2>&1)" "0" \
		"a new checkout at the same path gets a new cluster"
	aside=$(ls -d "$(dirname "$real1")".orphaned-* 2>/dev/null | head -1)
	expect_match "$aside" orphaned "the earlier cluster was moved aside"
	check "it still holds its data" -- test -f "$aside/data/PG_VERSION"
	check "and says so" -- grep -q "by an earlier checkout" "$T/err"
	rm -rf "$(dirname "$real1")".orphaned-*
	# A throw-away cluster (the tests') left that way is deleted instead.
	pg_psql "$T/sock" -d postgres -qc "CREATE TABLE kept2 (v int)"
	rm -f "$T/pg" "$T/sock"
	pg_cluster_start "$T/pg" "$T/sock" throwaway 2>"$T/err" || fail "throw-away start after the link went"
	expect_eq "$(pg_psql "$T/sock" -d postgres -Atc "SELECT count(*) FROM pg_class WHERE relname = 'kept2'" 2>&1)" "0" \
		"a throw-away cluster starts afresh"
	expect_eq "$(ls -d "$(dirname "$real1")".orphaned-* 2>/dev/null | wc -l)" 0 "and nothing is kept of the earlier one"
fi

pg_cluster_remove "$T/pg"
if [ -e "$real1" ]; then fail "remove deletes the data directory"; else ok "remove deletes the data directory"; fi
if [ -e "$T/pg" ] || [ -L "$T/pg" ]; then fail "remove deletes the link"; else ok "remove deletes the link"; fi
gf_done
