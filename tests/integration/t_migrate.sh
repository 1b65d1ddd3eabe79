#!/usr/bin/env bash
# gfctl migrate: each migration once, in order, in a transaction; re-run is a
# no-op; an applied migration whose file changed is refused; the repeatable
# definitions of fn/ are re-applied when (and only when) their file changed;
# gfctl schema dump prints the same schema twice alike.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup

db=${GF_DBNAME}_m
pg_psql "$GF_PGHOST" -d postgres -c "CREATE DATABASE $db" >/dev/null
conf=$T/m.conf
printf 'database {\n  dsn = "host=%s dbname=%s user=gridfront"\n}\n' "$GF_PGHOST" "$db" >"$conf"
mig=$T/schema
mkdir -p "$mig"
cp "$GF_SRC"/schema/*.sql "$mig/"
n=$(ls "$GF_SRC"/schema/[0-9][0-9][0-9]_*.sql | wc -l)

out=$("$BIN_GFCTL" -f "$conf" migrate --dir "$mig")
expect_eq "$(grep -c '^applied ' <<<"$out")" "$n" "first run applies every migration"
expect_eq "$(pg_psql "$GF_PGHOST" -d "$db" -At -c 'SELECT count(*) FROM schema_migrations')" "$n" "each recorded once"
out=$("$BIN_GFCTL" -f "$conf" migrate --dir "$mig")
expect_match "$out" "^schema up to date" "second run is a no-op"

# A failing migration rolls back entirely and is not recorded.
cat >"$mig/998_bad.sql" <<'SQL'
CREATE TABLE half_done (x int);
SELECT no_such_function();
SQL
if "$BIN_GFCTL" -f "$conf" migrate --dir "$mig" >/dev/null 2>"$T/err"; then
	fail "a failing migration makes migrate fail"
else
	ok "a failing migration makes migrate fail"
fi
expect_eq "$(pg_psql "$GF_PGHOST" -d "$db" -At -c "SELECT count(*) FROM pg_tables WHERE tablename='half_done'")" "0" "its changes were rolled back"
expect_eq "$(pg_psql "$GF_PGHOST" -d "$db" -At -c "SELECT count(*) FROM schema_migrations WHERE version='998_bad.sql'")" "0" "and it is not recorded"

# Money columns are bigint and the database refuses bad states.
expect_eq "$(pg_psql "$GF_PGHOST" -d "$db" -At -c "SELECT data_type FROM information_schema.columns WHERE table_name='transactions' AND column_name='amount'")" "bigint" "amounts are bigint"
if pg_psql "$GF_PGHOST" -d "$db" -c "INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial, operator_id, customer_no, func, trcode, amount, state) VALUES ('x', '2026-11-22', 't', 's', 'o', 'c', 'PAYMENT', 1002, 1, 'WEIRD')" >/dev/null 2>&1; then
	fail "an invalid state is refused"
else
	ok "an invalid state is refused"
fi

q() { pg_psql "$GF_PGHOST" -d "$db" -At -c "$1"; }
rm -f "$mig/998_bad.sql"

# ---- an applied migration whose file changed is refused ----
first=$(ls "$mig"/[0-9][0-9][0-9]_*.sql | head -1); first=$(basename "$first")
cat >"$mig/999_later.sql" <<'SQL'
CREATE TABLE later_one (x int);
SQL
cp "$mig/$first" "$T/$first.orig"
printf '\n-- an edit after the fact\n' >>"$mig/$first"
out=$("$BIN_GFCTL" -f "$conf" migrate --dir "$mig" 2>&1); rc=$?
expect_eq "$rc" 1 "a changed applied migration: migrate exits 1"
expect_match "$out" "$first was changed after it was applied" "the refusal names the changed file"
expect_match "$out" "new numbered migration" "and says what to do instead"
expect_eq "$(q "SELECT count(*) FROM pg_tables WHERE tablename='later_one'")" 0 \
	"nothing pending is applied while a migration is changed"
expect_eq "$(q "SELECT count(*) FROM schema_migrations WHERE version='999_later.sql'")" 0 \
	"and nothing new is recorded"
cp "$T/$first.orig" "$mig/$first"
out=$("$BIN_GFCTL" -f "$conf" migrate --dir "$mig" 2>&1); rc=$?
expect_eq "$rc" 0 "the file restored: migrate runs again"
expect_eq "$out" "applied 999_later.sql" "and applies only the pending migration"

# ---- repeatable definitions (fn/) ----
mkdir -p "$mig/fn"
cat >"$mig/fn/gf_t_answer.sql" <<'SQL'
CREATE OR REPLACE FUNCTION gf_t_answer() RETURNS int LANGUAGE sql AS 'SELECT 41';
SQL
cat >"$mig/fn/gf_t_view.sql" <<'SQL'
CREATE OR REPLACE VIEW gf_t_view AS SELECT gf_t_answer() AS answer;
SQL
out=$("$BIN_GFCTL" -f "$conf" migrate --dir "$mig" 2>&1); rc=$?
expect_eq "$rc" 0 "new definitions: migrate exits 0"
expect_eq "$out" "applied fn/gf_t_answer.sql"$'\n'"applied fn/gf_t_view.sql" \
	"new definitions are applied, in name order, after the numbered ones"
expect_eq "$(q 'SELECT answer FROM gf_t_view')" 41 "the function and the view exist"
expect_eq "$(q "SELECT count(*) FROM schema_migrations WHERE version LIKE 'fn/%'")" 2 \
	"each definition is recorded"
stamp=$(q "SELECT applied_at FROM schema_migrations WHERE version='fn/gf_t_view.sql'")

out=$("$BIN_GFCTL" -f "$conf" migrate --dir "$mig" 2>&1); rc=$?
expect_eq "$rc" 0 "unchanged: migrate exits 0"
expect_match "$out" "^schema up to date \\([0-9]+ migrations, 2 definitions\\)$" "unchanged: nothing is applied"

sed -i 's/SELECT 41/SELECT 42/' "$mig/fn/gf_t_answer.sql"
out=$("$BIN_GFCTL" -f "$conf" migrate --dir "$mig" 2>&1); rc=$?
expect_eq "$rc" 0 "a changed definition: migrate exits 0"
expect_eq "$out" "applied fn/gf_t_answer.sql" "only the changed definition is re-applied"
expect_eq "$(q 'SELECT answer FROM gf_t_view')" 42 "the new definition is in force"
expect_eq "$(q "SELECT sha256 FROM schema_migrations WHERE version='fn/gf_t_answer.sql'")" \
	"$(sha256sum "$mig/fn/gf_t_answer.sql" | awk '{print toupper($1)}')" "its new checksum is recorded"
expect_eq "$(q "SELECT applied_at FROM schema_migrations WHERE version='fn/gf_t_view.sql'")" "$stamp" \
	"the unchanged one is left alone"
expect_match "$("$BIN_GFCTL" -f "$conf" migrate --dir "$mig" 2>&1)" "^schema up to date" "and then nothing again"

# A definition that fails rolls back and keeps the old one and its record.
cp "$mig/fn/gf_t_answer.sql" "$T/answer.orig"
printf 'CREATE OR REPLACE FUNCTION gf_t_answer() RETURNS int LANGUAGE sql AS %s;\n' \
	"'SELECT no_such_column FROM no_such_table'" >"$mig/fn/gf_t_answer.sql"
if "$BIN_GFCTL" -f "$conf" migrate --dir "$mig" >/dev/null 2>&1; then
	fail "a failing definition makes migrate fail"
else
	ok "a failing definition makes migrate fail"
fi
expect_eq "$(q 'SELECT answer FROM gf_t_view')" 42 "the old definition stays"
expect_eq "$(q "SELECT sha256 FROM schema_migrations WHERE version='fn/gf_t_answer.sql'")" \
	"$(sha256sum "$T/answer.orig" | awk '{print toupper($1)}')" "and so does its record"
cp "$T/answer.orig" "$mig/fn/gf_t_answer.sql"

# ---- gfctl schema dump ----
"$BIN_GFCTL" -f "$conf" schema dump >"$T/dump1" 2>"$T/dump.err"; rc=$?
expect_eq "$rc" 0 "schema dump exits 0"
expect_match "$(grep -c 'CREATE TABLE public.transactions ' "$T/dump1")" "^1$" "the dump shows the tables"
expect_match "$(grep -c 'CREATE FUNCTION public.gf_t_answer()' "$T/dump1")" "^1$" "and the functions"
"$BIN_GFCTL" -f "$conf" schema dump >"$T/dump2" 2>>"$T/dump.err"
check "two dumps of the same schema are identical" -- cmp "$T/dump1" "$T/dump2"
if grep -qE '^(\\restrict|-- Dumped (from|by))' "$T/dump1"; then
	fail "no version or per-run lines in the dump"
else
	ok "no version or per-run lines in the dump"
fi
sed -i 's/SELECT 42/SELECT 43/' "$mig/fn/gf_t_answer.sql"
"$BIN_GFCTL" -f "$conf" migrate --dir "$mig" >/dev/null 2>&1
"$BIN_GFCTL" -f "$conf" schema dump >"$T/dump3" 2>>"$T/dump.err"
if cmp -s "$T/dump1" "$T/dump3"; then fail "a changed definition shows in the dump"; else ok "a changed definition shows in the dump"; fi

pg_psql "$GF_PGHOST" -d postgres -c "DROP DATABASE $db" >/dev/null
gf_done
