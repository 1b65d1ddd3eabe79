#!/usr/bin/env bash
# scripts/schema_current.sh [BUILD] - regenerate schema/CURRENT.sql: the
# schema the migrations make on a fresh database (gfctl schema dump), in a
# throwaway PostgreSQL cluster.  t_schema_current fails until this is run
# after a change to schema/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
. "$ROOT/scripts/pg.sh"
tmp=$(mktemp -d)
trap 'pg_cluster_stop "$tmp/pg" >/dev/null 2>&1; rm -rf "$tmp"' EXIT
pg_cluster_start "$tmp/pg" "$tmp/sock" throwaway >/dev/null
pg_psql "$tmp/sock" -d postgres -c "CREATE DATABASE gf_current" >/dev/null
printf 'database {\n  dsn = "host=%s dbname=gf_current user=gridfront"\n}\n' \
	"$(realpath "$tmp/sock")" >"$tmp/c.conf"
"$BUILD/tools/gfctl/gfctl" -f "$tmp/c.conf" migrate --dir "$ROOT/schema" >/dev/null
"$BUILD/tools/gfctl/gfctl" -f "$tmp/c.conf" schema dump >"$ROOT/schema/CURRENT.sql"
echo "schema/CURRENT.sql: $(wc -l <"$ROOT/schema/CURRENT.sql") lines"
