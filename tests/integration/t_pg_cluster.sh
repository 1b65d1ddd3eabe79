#!/usr/bin/env bash
# The embedded cluster of scripts/pg.sh keeps its data across a stop and a
# start (the station's books live there), and pg_cluster_remove deletes a
# throw-away cluster completely.  Uses its own cluster, not the shared one.
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

pg_cluster_remove "$T/pg"
if [ -e "$real1" ]; then fail "remove deletes the data directory"; else ok "remove deletes the data directory"; fi
if [ -e "$T/pg" ] || [ -L "$T/pg" ]; then fail "remove deletes the link"; else ok "remove deletes the link"; fi
gf_done
