#!/usr/bin/env bash
# schema/CURRENT.sql is the station's schema as the migrations make it today
# (`gfctl schema dump` of a fresh database): a reader's view of every table,
# function and trigger in one file.  This test fails when a migration or a
# schema/fn file changes the schema and CURRENT.sql was not regenerated
# (scripts/schema_current.sh does it; the test prints the difference).
. "$GF_SRC/tests/integration/lib.sh"
gf_setup

db=${GF_DBNAME}_c
pg_psql "$GF_PGHOST" -d postgres -c "CREATE DATABASE $db" >/dev/null
conf=$T/c.conf
printf 'database {\n  dsn = "host=%s dbname=%s user=gridfront"\n}\n' "$GF_PGHOST" "$db" >"$conf"
"$BIN_GFCTL" -f "$conf" migrate --dir "$GF_SRC/schema" >/dev/null || fail "migrate"
"$BIN_GFCTL" -f "$conf" schema dump >"$T/now.sql" || fail "schema dump"
if diff -u "$GF_SRC/schema/CURRENT.sql" "$T/now.sql" >"$T/diff"; then
	ok "schema/CURRENT.sql is the schema the migrations make"
else
	fail "schema/CURRENT.sql is out of date ($(grep -c '^[-+][^-+]' "$T/diff") lines differ; run scripts/schema_current.sh)"
	head -40 "$T/diff"
fi
expect_match "$(grep -c 'CREATE FUNCTION public.gf_tx_claim' "$T/now.sql")" '^1$' "one live definition of gf_tx_claim"
gf_done
