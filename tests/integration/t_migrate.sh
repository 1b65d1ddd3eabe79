#!/usr/bin/env bash
# gfctl migrate: each migration once, in order, in a transaction; re-run is a no-op.
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
pg_psql "$GF_PGHOST" -d postgres -c "DROP DATABASE $db" >/dev/null
gf_done
