#!/usr/bin/env bash
# t_bank_admin.sh - the BK/1 bank registry and the banks' MAC keys
# (docs/BK1.md): gfctl bank add|list|show|enable|disable|rebind|rekey|window,
# each change one audited function of schema/fn/bank.sql; the MAC key made
# fresh in the 0600 bank key file, printed once and stored nowhere else;
# a key move only forward, moved by the bank's first frame under it; the
# collection window per org.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
audits() { gf_sql "SELECT count(*) FROM audit_log WHERE object = '$1' AND action = '$2'"; }

out=$(G bank add --bank 0102 --name "工商银行 成都分行" --addr 10.2.0.1,10.2.0.2 --suite 1 \
	--debit 10.2.0.1:7102 --reason "contract 2026-88" 2>"$T/add.err"); rc=$?
expect_eq "$rc" 0 "bank add"
expect_match "$out" '^bank 0102 suite 1 keyver 1 mac [0-9A-F]{32}$' "its MAC key printed once"
key1=$(awk '{ print $NF }' <<<"$out")
expect_match "$(cat "$T/add.err")" "not shown again" "and the custodian told so"
expect_eq "$(stat -c %a "$T/bank_keys")" 600 "the bank key file is 0600"
expect_eq "$(grep -c "^0102 1 1 $key1\$" "$T/bank_keys")" 1 "the key is in the file"
expect_eq "$(gf_sql "SELECT bankno, name, suite, keyver, array_to_string(addrs, ','), debit_addr, enabled FROM banks")" \
	"0102|工商银行 成都分行|1|1|10.2.0.1,10.2.0.2|10.2.0.1:7102|t" "the registry row"
expect_eq "$(audits 0102 'bank add')" 1 "add audited"
expect_eq "$(audits 0102 'bank key made')" 1 "the key audited by fingerprint"

G bank add --bank 0102 --name again --addr 10.2.0.9 --suite 2 >/dev/null 2>"$T/again.err"
expect_eq "$?" 1 "the same number again is refused"
expect_match "$(cat "$T/again.err")" "already exists" "saying why"
expect_eq "$(grep -c '^0102 ' "$T/bank_keys")" 1 "and makes no key"
G bank add --bank 0000 --name x --addr 10.2.0.9 --suite 1 >/dev/null 2>&1
expect_eq "$?" 2 "bank 0000 is a usage error"
G bank add --bank 0103 --name x --addr 10.2.0.300 --suite 1 >/dev/null 2>&1
expect_eq "$?" 2 "a bad address is a usage error"
expect_eq "$(gf_sql "SELECT count(*) FROM banks")" 1 "neither added a bank"

out=$(G bank add --bank 0103 --name "建设银行" --addr 10.3.0.1 --suite 2 2>/dev/null)
expect_match "$out" '^bank 0103 suite 2 keyver 1 mac [0-9A-F]{32}$' "a second bank, suite 2"
expect_match "$(G bank list)" "0103 +建设银行 +2 +1 +10.3.0.1 +enabled" "bank list"

show=$(G bank show 0102)
expect_match "$show" "keyver 1 suite 1 fingerprint [0-9A-F]{16}" "show names the key by fingerprint"
expect_eq "$(grep -c "$key1" <<<"$show")" 0 "and never shows it"
expect_match "$show" 'bank add reason="contract 2026-88"' "show gives the history"

G bank disable 0102 >/dev/null 2>&1
expect_eq "$?" 2 "disable needs a reason"
expect_eq "$(G bank disable 0102 --reason 'contract suspended')" "bank 0102 disabled" "disable"
expect_eq "$(gf_sql "SELECT enabled FROM banks WHERE bankno = '0102'")" f "disabled in the registry"
G bank disable 0102 --reason twice >/dev/null 2>&1
expect_eq "$?" 1 "disabling twice is refused"
expect_eq "$(G bank enable 0102)" "bank 0102 enabled" "enable"
expect_eq "$(G bank rebind 0102 --addr 10.2.0.3 --reason 'new line')" "bank 0102 rebound" "rebind"
expect_eq "$(gf_sql "SELECT array_to_string(addrs, ',') FROM banks WHERE bankno = '0102'")" 10.2.0.3 "the new address"
expect_eq "$(gf_sql "SELECT detail->>'from' FROM audit_log WHERE object = '0102' AND action = 'bank rebind'")" \
	'["10.2.0.1", "10.2.0.2"]' "the rebind audit says what it was"

# Key rotation: version 2 made, printed once, usable beside 1; the first
# frame under 2 moves the bank (frontd calls gf_bank_keyver_seen), never back.
out=$(G bank rekey 0102 --overlap 7 --reason "yearly" 2>/dev/null); rc=$?
expect_eq "$rc" 0 "rekey"
expect_match "$out" '^bank 0102 suite 1 keyver 2 mac [0-9A-F]{32}$' "a new version printed once"
key2=$(awk '{ print $NF }' <<<"$out")
expect_eq "$(grep -c "^0102 1 1 $key1\$" "$T/bank_keys") $(grep -c "^0102 1 2 $key2\$" "$T/bank_keys")" "1 1" "both versions in the file"
expect_eq "$(gf_sql "SELECT keyver, next_keyver, rekey_until > now() + interval '6 days' FROM banks WHERE bankno = '0102'")" \
	"1|2|t" "on 1, may use 2 for 7 days"
expect_eq "$(gf_sql "SELECT gf_bank_keyver_seen('0102', 3)")" f "a frame under another version moves nothing"
expect_eq "$(gf_sql "SELECT gf_bank_keyver_seen('0102', 2)")" t "the first frame under 2 moves it"
expect_eq "$(gf_sql "SELECT keyver, next_keyver IS NULL FROM banks WHERE bankno = '0102'")" "2|t" "now on 2"
expect_eq "$(gf_sql "SELECT gf_bank_keyver_seen('0102', 2)")" f "the second frame moves nothing"
expect_eq "$(audits 0102 'bank keyver moved')" 1 "the move audited once"
G bank rekey 0104 --reason x >/dev/null 2>&1
expect_eq "$?" 1 "rekey of an unknown bank is refused"

# The change is announced to frontd's cache (channel gf_bank).
heard=$(printf "LISTEN gf_bank;\nUPDATE banks SET name = 'x' WHERE bankno = '0103';\nSELECT 1;\n" |
	gf_psql -At 2>&1 | grep -c 'notification "gf_bank" with payload "0103"')
expect_eq "$heard" 1 "a change is announced on gf_bank"

# The collection window.
expect_eq "$(G bank window set --org SC01 --days 1-20 --hours 08:00-18:00 --reason 'rules 2027')" \
	"collection window of SC01: days 1-20, 08:00-18:00" "window set"
G bank window set --org SC01 --days 21-20 --reason x >/dev/null 2>&1
expect_eq "$?" 1 "a window ending before it starts is refused"
expect_match "$(G bank window list)" "SC01 +1 +20 +08:00 +18:00" "window list"
expect_eq "$(gf_sql "SELECT gf_bank_window_open('SC01', '2026-12-05 09:00'), gf_bank_window_open('SC01', '2026-12-05 18:00'),
	gf_bank_window_open('SC01', '2026-12-21 09:00'), gf_bank_window_open('SC02', '2026-12-21 03:00')")" \
	"t|f|f|t" "open within its days and hours only; an org without one always"
G bank window set --org SC02 --days 25-31 --reason 'month end' >/dev/null
expect_eq "$(gf_sql "SELECT gf_bank_window_open('SC02', '2027-02-28 23:59'), gf_bank_window_open('SC02', '2027-02-24 12:00')")" \
	"t|f" "a window to the 31st ends with a short month"

# The keys are nowhere but the file.
dump=$("$PGBIN/pg_dump" -h "$GF_PGHOST" -U "$PG_SUPERUSER" "$GF_DBNAME" 2>&1)
expect_match "$dump" "COPY public.banks" "the database dumped"
expect_match "$dump" "工商银行 成都分行" "with the banks in it"
expect_eq "$(grep -c -e "$key1" -e "$key2" <<<"$dump")" 0 "no MAC key in the database"
expect_eq "$(grep -c -e "$key1" -e "$key2" "$T"/log/* 2>/dev/null | awk -F: '{ s += $2 } END { print s + 0 }')" 0 "nor in a log"
gf_done
