#!/usr/bin/env bash
# cost: 70
# Migrations (common/migrate.h), for the station (gfctl migrate) and the
# simulator (mktsim init): each numbered migration once, in order, in a
# transaction; a re-run is a no-op; an applied migration whose file changed
# is refused; the repeatable definitions of fn/ are re-applied when (and only
# when) their file changed.  The station's baseline (schema/000_baseline.sql)
# makes on an empty database exactly the schema the old chain 001-080 made
# (tests/data/schema-chain), is recorded without running on a database that
# applied that chain, and migrations 100 and up come after it either way.
# gfctl schema dump prints the same schema twice alike.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup

q_db() { pg_psql "$GF_PGHOST" -d "$1" -At -c "$2"; }
newdb() {	# newdb NAME: an empty database and a config for it at $T/NAME.conf
	pg_psql "$GF_PGHOST" -d postgres -c "CREATE DATABASE ${GF_DBNAME}_$1" >/dev/null
	printf 'database {\n  dsn = "host=%s dbname=%s user=gridfront"\n}\nmktsim {\n  dbname = "%s"\n}\n' \
		"$GF_PGHOST" "${GF_DBNAME}_$1" "${GF_DBNAME}_$1" >"$T/$1.conf"
	DBS+=("${GF_DBNAME}_$1")
}
DBS=()
migrate() { "$BIN_GFCTL" -f "$T/$1.conf" migrate --dir "$2" 2>&1; }
dump() { "$BIN_GFCTL" -f "$T/$1.conf" schema dump; }

chain=$GF_SRC/tests/data/schema-chain
nfn=$(ls "$GF_SRC"/schema/fn/*.sql | wc -l)
# The migrations after the baseline (100 and up), if the schema has any.
later=$(cd "$GF_SRC/schema" && ls [0-9][0-9][0-9]_*.sql | grep -v '^000_' || true)

# The repository's schema and one migration after the baseline (100 and up).
mkdir -p "$T/next"
cp -r "$GF_SRC/schema/." "$T/next/"
cat >"$T/next/999_after.sql" <<'SQL'
CREATE TABLE after_baseline (id gf_terminal_id REFERENCES terminals(id));
SQL
nlater=$(($(wc -w <<<"$later") + 1))

# ---- a fresh database: the baseline, then the definitions ----
newdb fresh
out=$(migrate fresh "$T/next"); rc=$?
expect_eq "$rc" 0 "fresh database: migrate exits 0"
expect_eq "$(grep -c '^applied 000_baseline.sql$' <<<"$out")" 1 "the baseline is applied"
expect_eq "$(grep -n '' <<<"$out" | grep -E ':applied fn/(partitions|terminal).sql$' | cut -d: -f1 | tr '\n' ' ')" "1 2 " \
	"the definitions it needs come first, in the same run"
expect_eq "$(grep -E '^applied [0-9]' <<<"$out" | sed -n '1p;$p' | tr '\n' ' ')" "applied 000_baseline.sql applied 999_after.sql " \
	"a later migration is applied after the baseline"
expect_eq "$(grep -c '^applied fn/' <<<"$out")" "$nfn" "every definition is applied once"
expect_eq "$(q_db "${GF_DBNAME}_fresh" "SELECT count(*) FROM schema_migrations")" "$((1 + nlater + nfn))" \
	"each file is recorded once"
expect_match "$(migrate fresh "$T/next")" "^schema up to date" "a second run is a no-op"
dump fresh >"$T/fresh.sql"
expect_match "$(grep -c 'CREATE TABLE public.transactions_2035' "$T/fresh.sql")" '^12$' "the month partitions are made"

# ---- an existing station: the old chain applied, then the baseline ----
# The station's tables, indexes and triggers are the old chain's (the
# baseline is not run there): the same dump proves the baseline makes the
# schema 001-080 made.
mkdir -p "$T/chain"
cp "$chain"/*.sql "$T/chain/"
newdb station
out=$(migrate station "$T/chain"); rc=$?
expect_eq "$rc:$(grep -c '^applied 0[0-9][0-9]_' <<<"$out")" "0:$(ls "$chain"/*.sql | wc -l)" "the old chain applies"
out=$(migrate station "$T/next"); rc=$?
expect_eq "$rc" 0 "a station on the old chain: migrate exits 0"
expect_match "$out" "recorded 000_baseline.sql without running it" "the baseline is recorded, not run"
expect_eq "$(grep -c '^applied 000_' <<<"$out")" 0 "and not applied"
expect_eq "$(grep -E '^applied [0-9]' <<<"$out" | tail -1)" "applied 999_after.sql" "the later migration is applied"
expect_eq "$(grep -c '^applied fn/' <<<"$out")" "$nfn" "the definitions are applied"
dump station >"$T/station.sql"
if diff -u "$T/station.sql" "$T/fresh.sql" >"$T/old.diff"; then
	ok "the baseline makes the schema the old chain made (schema dump identical)"
else
	fail "the baseline makes the schema the old chain made ($(grep -c '^[-+][^-+]' "$T/old.diff") lines differ)"
	head -40 "$T/old.diff"
fi
expect_match "$(migrate station "$T/next")" "^schema up to date" "a second run is a no-op"

# ---- refusals ----
# A station part of the way along the old chain (its records are what
# matters: the refusal comes before anything is run).
newdb part
pq() { q_db "${GF_DBNAME}_part" "$1"; }
pq "CREATE TABLE schema_migrations (version text PRIMARY KEY, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())" >/dev/null
for f in "$chain"/*.sql; do
	[ "$(basename "$f")" = 080_refused_keys.sql ] && continue
	pq "INSERT INTO schema_migrations (version, sha256) VALUES ('$(basename "$f")', '$(sha256sum "$f" | awk '{print toupper($1)}')')" >/dev/null
done
out=$(migrate part "$GF_SRC/schema"); rc=$?
expect_eq "$rc" 1 "a station that applied part of the old chain is refused"
expect_match "$out" "missing: 080_refused_keys.sql" "the refusal names what is missing"
expect_eq "$(pq "SELECT count(*) FROM schema_migrations WHERE version LIKE 'fn/%' OR version LIKE '000_%'")" 0 \
	"and nothing is applied or recorded"
# An old-chain file applied from another text.
pq "INSERT INTO schema_migrations (version, sha256) VALUES ('080_refused_keys.sql', '$(sha256sum "$chain/080_refused_keys.sql" | awk '{print toupper($1)}')')" >/dev/null
pq "UPDATE schema_migrations SET sha256 = 'AB' || substr(sha256, 3) WHERE version = '030_ifsvc.sql'" >/dev/null
out=$(migrate part "$GF_SRC/schema"); rc=$?
expect_eq "$rc" 1 "a station whose old migration differs from the chain's is refused"
expect_match "$out" "030_ifsvc.sql was applied from another text" "the refusal names it"
# A schema that still holds a file the baseline replaces.
cp "$chain/001_core.sql" "$T/next/"
out=$(migrate fresh "$T/next"); rc=$?
expect_eq "$rc" 1 "a replaced file left in the schema is refused"
expect_match "$out" "replaces 001_core.sql, which is still in the schema" "and named"
rm "$T/next/001_core.sql"
# The baseline changed after it was applied (and after it was recorded).
printf '\n-- an edit after the fact\n' >>"$T/next/000_baseline.sql"
for d in fresh station; do
	out=$(migrate $d "$T/next"); rc=$?
	expect_eq "$rc" 1 "$d: a changed applied baseline: migrate exits 1"
	expect_match "$out" "000_baseline.sql was changed after it was applied" "$d: the refusal names the changed file"
done

# ---- numbered migrations: rollback, refusal of a changed file ----
mig=$T/schema
mkdir -p "$mig"
cp "$GF_SRC"/schema/*.sql "$T/next/999_after.sql" "$mig/"
cp -r "$GF_SRC/schema/fn" "$mig/fn"
db=${GF_DBNAME}_fresh
q() { q_db "$db" "$1"; }
cat >"$mig/998_bad.sql" <<'SQL'
CREATE TABLE half_done (x int);
SELECT no_such_function();
SQL
out=$(migrate fresh "$mig"); rc=$?
expect_eq "$rc" 1 "a failing migration makes migrate fail"
expect_eq "$(q "SELECT count(*) FROM pg_tables WHERE tablename='half_done'")" "0" "its changes were rolled back"
expect_eq "$(q "SELECT count(*) FROM schema_migrations WHERE version='998_bad.sql'")" "0" "and it is not recorded"
rm -f "$mig/998_bad.sql"

# Money columns are bigint and the database refuses bad states.
expect_eq "$(q "SELECT data_type FROM information_schema.columns WHERE table_name='transactions' AND column_name='amount'")" "bigint" "amounts are bigint"
if q "INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial, operator_id, customer_no, func, trcode, amount, state) VALUES ('x', '2026-11-22', 't', 's', 'o', 'c', 'PAYMENT', 1002, 1, 'WEIRD')" >/dev/null 2>&1; then
	fail "an invalid state is refused"
else
	ok "an invalid state is refused"
fi

cat >"$mig/999_later.sql" <<'SQL'
CREATE TABLE later_one (x int);
SQL
cp "$mig/000_baseline.sql" "$T/baseline.orig"
printf '\n-- an edit after the fact\n' >>"$mig/000_baseline.sql"
out=$(migrate fresh "$mig"); rc=$?
expect_eq "$rc" 1 "a changed applied migration: migrate exits 1"
expect_match "$out" "000_baseline.sql was changed after it was applied" "the refusal names the changed file"
expect_match "$out" "new numbered migration" "and says what to do instead"
expect_eq "$(q "SELECT count(*) FROM pg_tables WHERE tablename='later_one'")" 0 \
	"nothing pending is applied while a migration is changed"
expect_eq "$(q "SELECT count(*) FROM schema_migrations WHERE version='999_later.sql'")" 0 \
	"and nothing new is recorded"
cp "$T/baseline.orig" "$mig/000_baseline.sql"
out=$(migrate fresh "$mig"); rc=$?
expect_eq "$rc" 0 "the file restored: migrate runs again"
expect_eq "$out" "applied 999_later.sql" "and applies only the pending migration"

# ---- repeatable definitions (fn/) ----
cat >"$mig/fn/gf_t_answer.sql" <<'SQL'
CREATE OR REPLACE FUNCTION gf_t_answer() RETURNS int LANGUAGE sql AS 'SELECT 41';
SQL
cat >"$mig/fn/gf_t_view.sql" <<'SQL'
CREATE OR REPLACE VIEW gf_t_view AS SELECT gf_t_answer() AS answer;
SQL
out=$(migrate fresh "$mig"); rc=$?
expect_eq "$rc" 0 "new definitions: migrate exits 0"
expect_eq "$out" "applied fn/gf_t_answer.sql"$'\n'"applied fn/gf_t_view.sql" \
	"new definitions are applied, in name order, after the numbered ones"
expect_eq "$(q 'SELECT answer FROM gf_t_view')" 41 "the function and the view exist"
stamp=$(q "SELECT applied_at FROM schema_migrations WHERE version='fn/gf_t_view.sql'")

out=$(migrate fresh "$mig"); rc=$?
expect_eq "$rc" 0 "unchanged: migrate exits 0"
expect_match "$out" "^schema up to date \\([0-9]+ migrations, $((nfn + 2)) definitions\\)$" "unchanged: nothing is applied"

sed -i 's/SELECT 41/SELECT 42/' "$mig/fn/gf_t_answer.sql"
out=$(migrate fresh "$mig"); rc=$?
expect_eq "$rc" 0 "a changed definition: migrate exits 0"
expect_eq "$out" "applied fn/gf_t_answer.sql" "only the changed definition is re-applied"
expect_eq "$(q 'SELECT answer FROM gf_t_view')" 42 "the new definition is in force"
expect_eq "$(q "SELECT sha256 FROM schema_migrations WHERE version='fn/gf_t_answer.sql'")" \
	"$(sha256sum "$mig/fn/gf_t_answer.sql" | awk '{print toupper($1)}')" "its new checksum is recorded"
expect_eq "$(q "SELECT applied_at FROM schema_migrations WHERE version='fn/gf_t_view.sql'")" "$stamp" \
	"the unchanged one is left alone"
expect_match "$(migrate fresh "$mig")" "^schema up to date" "and then nothing again"

# A definition that fails rolls back and keeps the old one and its record.
cp "$mig/fn/gf_t_answer.sql" "$T/answer.orig"
printf 'CREATE OR REPLACE FUNCTION gf_t_answer() RETURNS int LANGUAGE sql AS %s;\n' \
	"'SELECT no_such_column FROM no_such_table'" >"$mig/fn/gf_t_answer.sql"
out=$(migrate fresh "$mig"); rc=$?
expect_eq "$rc" 1 "a failing definition makes migrate fail"
expect_eq "$(q 'SELECT answer FROM gf_t_view')" 42 "the old definition stays"
expect_eq "$(q "SELECT sha256 FROM schema_migrations WHERE version='fn/gf_t_answer.sql'")" \
	"$(sha256sum "$T/answer.orig" | awk '{print toupper($1)}')" "and so does its record"
cp "$T/answer.orig" "$mig/fn/gf_t_answer.sql"

# A bad directive is refused before anything is applied.
printf -- '-- migrate: neds fn/x.sql\nCREATE TABLE never_made (x int);\n' >"$mig/997_directive.sql"
out=$(migrate fresh "$mig"); rc=$?
expect_eq "$rc" 1 "a bad directive line is refused"
expect_match "$out" "997_directive.sql: bad directive line" "and named"
rm -f "$mig/997_directive.sql"

# ---- gfctl schema dump ----
"$BIN_GFCTL" -f "$T/fresh.conf" schema dump >"$T/dump1" 2>"$T/dump.err"; rc=$?
expect_eq "$rc" 0 "schema dump exits 0"
expect_match "$(grep -c 'CREATE TABLE public.transactions ' "$T/dump1")" "^1$" "the dump shows the tables"
expect_match "$(grep -c 'CREATE FUNCTION public.gf_t_answer()' "$T/dump1")" "^1$" "and the functions"
dump fresh >"$T/dump2" 2>>"$T/dump.err"
check "two dumps of the same schema are identical" -- cmp "$T/dump1" "$T/dump2"
if grep -qE '^(\\restrict|-- Dumped (from|by))' "$T/dump1"; then
	fail "no version or per-run lines in the dump"
else
	ok "no version or per-run lines in the dump"
fi
sed -i 's/SELECT 42/SELECT 43/' "$mig/fn/gf_t_answer.sql"
migrate fresh "$mig" >/dev/null
dump fresh >"$T/dump3" 2>>"$T/dump.err"
if cmp -s "$T/dump1" "$T/dump3"; then fail "a changed definition shows in the dump"; else ok "a changed definition shows in the dump"; fi

# ---- mktsim init: the same mechanism, its schema compiled in ----
mksql=$GF_SRC/tools/mktsim/sql
mkfn=$(ls "$mksql"/fn/*.sql | wc -l)
mkmig=$(ls "$mksql"/[0-9][0-9][0-9]_*.sql | wc -l)
newdb mk
mkinit() { "$BIN_MKTSIM" -f "$T/$1.conf" init 2>"$T/mk.err"; }
out=$(mkinit mk); rc=$?
expect_eq "$rc" 0 "mktsim init on an empty database exits 0"
expect_eq "$(grep -c '^applied [0-9]' <<<"$out"):$(grep -c '^applied fn/' <<<"$out")" "$mkmig:$mkfn" \
	"each of its migrations and definitions is applied"
mq() { q_db "${GF_DBNAME}_mk" "$1"; }
expect_eq "$(mq "SELECT count(*) FROM schema_migrations")" "$((mkmig + mkfn))" "and recorded"
expect_eq "$(mq "SELECT sha256 FROM schema_migrations WHERE version='fn/money.sql'")" \
	"$(sha256sum "$mksql/fn/money.sql" | awk '{print toupper($1)}')" "with the checksum of the file in the repository"
out=$(mkinit mk); rc=$?
expect_eq "$rc:$out" "0:" "a second init applies nothing"
first=$(cd "$mksql" && ls [0-9][0-9][0-9]_*.sql | head -1)
mq "UPDATE schema_migrations SET sha256 = 'AB' || substr(sha256, 3) WHERE version = '$first'" >/dev/null
mq "UPDATE schema_migrations SET sha256 = 'AB' || substr(sha256, 3) WHERE version = 'fn/seed.sql'" >/dev/null
out=$(mkinit mk); rc=$?
expect_eq "$rc" 1 "mktsim: a migration changed after it was applied is refused"
expect_match "$(cat "$T/mk.err")" "$first was changed after it was applied" "the refusal names it"
expect_eq "$out" "" "and nothing is applied"
mq "UPDATE schema_migrations SET sha256 = '$(sha256sum "$mksql/$first" | awk '{print toupper($1)}')' WHERE version = '$first'" >/dev/null
out=$(mkinit mk); rc=$?
expect_eq "$rc:$out" "0:applied fn/seed.sql" "mktsim: a changed definition (only) is re-applied"
dump mk >"$T/mk1.sql"
# A database made by the former init (every file run, nothing recorded).
newdb mkold
for f in "$mksql"/[0-9][0-9][0-9]_*.sql "$mksql"/fn/*.sql; do
	pg_psql "$GF_PGHOST" -d "${GF_DBNAME}_mkold" -q -v ON_ERROR_STOP=1 -f "$f" >/dev/null 2>&1 ||
		fail "former init: $(basename "$f")"
done
out=$(mkinit mkold); rc=$?
expect_eq "$rc" 0 "mktsim: a database from before the records is taken over"
dump mkold >"$T/mk2.sql"
check "and has then the same schema" -- cmp "$T/mk1.sql" "$T/mk2.sql"

# A private cluster goes with $T; a shared one keeps nothing of this test.
if [ -z "${GF_OWN_PG:-}" ]; then
	for d in "${DBS[@]}"; do pg_psql "$GF_PGHOST" -d postgres -c "DROP DATABASE $d" >/dev/null; done
fi
gf_done
