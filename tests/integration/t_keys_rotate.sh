#!/usr/bin/env bash
# cost: 60
# t_keys_rotate.sh - a master key rotation without downtime (docs/KEYS.md).
#
# termsim drives terminals of both suites while both suites rotate: the new
# versions are appended, frontd reloads, the terminals are moved to them
# (gfctl terminal rekey prints their new keys), termsim takes the new keys
# (SIGHUP) and each terminal's first frame under the new version moves it
# in the registry -- with zero failed transactions.  Retiring the old
# version is refused while a terminal is on it, then removes its keys, and a
# frame under it is refused.  A corrupt key file leaves frontd serving on
# the keys it has, with a KEYS alarm.  No key material is found in the
# logs, the journal, a dump of the database or a process's argv.
. "$GF_SRC/tests/integration/lib.sh"
CONF_FRONTD_EXTRA="registry_ttl = 2"
gf_setup
gf_keys

NTERM=6
TFILE=$T/terminals
CFILE=$T/customers
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
TERMSIM=("$BIN_TERMSIM" -f "$GF_CONF" --keys "$T/keys" --timeout 20000)
tid() { printf '86139000012%05d' "$1"; }

# tfile KEYVER1 KEYVER2: the terminals file, keys derived from the key file.
tfile() {
	local i suite kv
	: >"$TFILE.new"
	chmod 0600 "$TFILE.new"
	for i in $(seq 1 $NTERM); do
		suite=$((2 - i % 2))
		if [ "$suite" = 1 ]; then kv=$1; else kv=$2; fi
		echo "$(tid "$i") $suite $kv 127.0.1.$((80 + i)) - - KR$i $((246800 + i)) collector" >>"$TFILE.new"
	done
	mv "$TFILE.new" "$TFILE"
}

for i in $(seq 1 $NTERM); do
	G terminal add --id "$(tid "$i")" --name "rotate $i" --suite $((2 - i % 2)) \
		--ip "127.0.1.$((80 + i))" >>"$T/log/gfctl.out" 2>&1 || fail "terminal add $i"
	G operator add --id "KR$i" --name "rotate $i" --role collector <<<"$((246800 + i))" \
		>>"$T/log/gfctl.out" 2>&1 || fail "operator add KR$i"
done
tfile 1 1
# The old keys, to try them after retirement and to grep for them.
cp -p "$T/keys" "$T/keys.v1"
old1=$(G terminal keys "$(tid 1)" | awk '$1 == "enc" { e = $2 } $1 == "mac" { m = $2 } END { print e, m }')
echo "$(tid 1) 1 1 127.0.1.81 $old1 KR1 246801 collector" >"$T/terminals.v1"
chmod 0600 "$T/terminals.v1"

MKT_CUSTOMERS=200
gf_start_all || gf_done
gf_wait_for 30 "${TERMSIM[@]}" --terminals-file "$TFILE" call --terminal "$(tid 2)" ECHO ||
	{ fail "the station answers ECHO"; gf_done; }
"$BIN_MKTSIM" -f "$GF_CONF" customers --limit 100000 >"$CFILE" 2>>"$T/log/mktsim.out"

# keys status: versions, fingerprints, terminal counts.
st=$(G keys status)
expect_match "$(grep -E '^1 +1 ' <<<"$st")" "^1 +1 +live +[0-9A-F]{16} +3 +0$" "keys status: suite 1 v1 live, fingerprint, 3 terminals"
expect_match "$(grep -E '^2 +1 ' <<<"$st")" "^2 +1 +live +[0-9A-F]{16} +3 +0$" "keys status: suite 2 v1 live, 3 terminals"
FPR11=$(awk '$1 == 1 && $2 == 1 { print $4 }' <<<"$st")
pid=$(gf_pid frontd)
expect_eq "$(cat "$T/run/frontd.pid")" "$pid" "frontd's pid file"
# Under AddressSanitizer mlock is a no-op that reports success, so the
# locked size can only be seen in a build without it.
if nm "$BIN_FRONTD" 2>/dev/null | grep -q __asan_init; then
	echo "# VmLck not checked: this frontd is built with AddressSanitizer (mlock does nothing)"
else
	vmlck=$(awk '/^VmLck:/ { print $2 }' "/proc/$pid/status")
	if [ "${vmlck:-0}" -gt 0 ]; then ok "frontd's key pages are locked in memory (VmLck ${vmlck} kB)"
	else fail "frontd holds no locked pages (VmLck '${vmlck}')"; fi
fi
expect_match "$(grep 'keys=loaded' "$T/log/frontd.out")" "versions=1:1=$FPR11,2:1=[0-9A-F]{16} mlock=yes" \
	"frontd logs the versions by fingerprint"

# ---- rotation under load ----------------------------------------------------
"${TERMSIM[@]}" --terminals-file "$TFILE" run --terminals $NTERM --mix collector=100 --seed 5 \
	--duration 120 --customers-file "$CFILE" >"$T/run.out" 2>"$T/log/termsim-run.out" &
TS_PID=$!
sleep 3
out=$(G keys rotate --suite 1 2>&1); rc=$?
expect_eq "$rc" 0 "keys rotate --suite 1"
expect_match "$out" "suite 1 key version 2 added .*fingerprint [0-9A-F]{16}.*frontd pid $pid told to reload" "rotate appends v2 and reloads frontd"
expect_eq "$(stat -c %a "$T/keys")" 600 "the rewritten key file is 0600"
out=$(G keys rotate --suite 2 2>&1); rc=$?
expect_eq "$rc" 0 "keys rotate --suite 2"
gf_wait_for 30 grep -q 'keys=reloaded.*2:2=' "$T/log/frontd.out" && ok "frontd reloaded both new versions" ||
	fail "frontd did not reload"
expect_eq "$(grep -c '^1 1 ' "$T/keys")" 1 "the old version stays in the file"

G terminal rekey --all --suite 1 --keyver 2 --reason "yearly rotation" >"$T/rekey1.out" 2>>"$T/log/gfctl.out"
expect_eq "$?" 0 "terminal rekey --all --suite 1"
G terminal rekey --all --suite 2 --keyver 2 --overlap 7 --reason "yearly rotation" >"$T/rekey2.out" 2>>"$T/log/gfctl.out"
expect_eq "$?" 0 "terminal rekey --all --suite 2"
expect_eq "$(cat "$T/rekey1.out" "$T/rekey2.out" | grep -cE '^86139000012[0-9]{5} suite [12] keyver 2 enc [0-9A-F]{32} mac [0-9A-F]{32}$')" \
	$NTERM "rekey prints each terminal's new keys once"
# The printed keys are the ones derived from the new version.
expect_eq "$(G terminal keys "$(tid 1)" | awk '$1 == "enc" { e = $2 } $1 == "mac" { m = $2 } END { print e, m }')" \
	"$old1" "terminal keys still gives the registered (old) version before the move"
out=$(G keys retire --suite 1 --keyver 1 2>&1); rc=$?
expect_eq "$rc" 1 "retiring v1 while terminals use it is refused"
expect_match "$out" "refused: 3 terminal\\(s\\) still use suite 1 key version 1" "and says how many"
expect_match "$out" "$(tid 1) keyver 1 next 2" "and lists them"
expect_eq "$(G keys status | awk '$1 == 1 && $2 == 2 { print $5, $6 }')" "0 3" "keys status: 3 terminals moving into suite 1 v2"

# The devices get their new keys: termsim reads its file again.
tfile 2 2
kill -HUP "$TS_PID"
moved() { [ "$(gf_sql "SELECT count(*) FROM terminals WHERE id LIKE '86139000012%' AND keyver = 2")" = $NTERM ]; }
gf_wait_for 30 moved || fail "not every terminal moved within 30 s"
# Some traffic under the new keys, then termsim stops (SIGINT: its
# terminals finish their requests and sign off).
sleep 3
kill -INT "$TS_PID"
wait "$TS_PID"; rc=$?
expect_eq "$rc" 0 "termsim exit status over the rotation"
expect_match "$(grep '^terminals=' "$T/run.out")" " violations=0$" "no invariant violations"
bad=$(grep -oE '(TIMEOUT|CONN_ERROR|ALERT_[A-Z_]+|INTERNAL|BUSY|retries)=[0-9]+' "$T/run.out" | tr '\n' ' ')
expect_eq "$bad" "" "zero failed transactions: no alerts, timeouts, retries or errors"
[ -z "$bad" ] || cat "$T/run.out"
grep -q 'reload: 6 terminal(s) take a new key version' "$T/log/termsim-run.out" &&
	ok "termsim switched all terminals" || fail "termsim did not switch"
okn=$(awk '$1 == "PAYMENT" { print $3 }' "$T/run.out")
if [ "${okn:-0}" -gt 0 ]; then ok "payments went through ($okn)"; else fail "no payment went through"; fi
n=$(gf_sql "SELECT count(*) FROM transactions t JOIN terminals r ON r.id = t.terminal_id WHERE t.created_at > (SELECT min(created_at) FROM audit_log WHERE action = 'terminal keyver moved') AND t.state = 'SUCCESS'")
if [ "${n:-0}" -gt 0 ]; then ok "transactions succeeded after the move ($n)"; else fail "no transaction after the move"; fi
expect_eq "$(gf_sql "SELECT count(*) FROM terminals WHERE id LIKE '86139000012%' AND keyver = 2 AND next_keyver IS NULL")" \
	$NTERM "every terminal moved to v2 by its first frame under it"
expect_eq "$(gf_sql "SELECT count(*), count(DISTINCT object), min(actor) FROM audit_log WHERE action = 'terminal keyver moved' AND detail->>'to' = '2'")" \
	"$NTERM|$NTERM|frontd" "each move audited once, by frontd"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE action = 'terminal rekey' AND detail->>'reason' = 'yearly rotation' AND actor LIKE 'gfctl:%'")" \
	$NTERM "each rekey audited with who and why"
expect_eq "$(G terminal rekey-status --suite 1 | awk 'NR > 1 { print $5, $6 }' | sort -u)" "on 2" "rekey-status: suite 1 all on 2"

# ---- retirement -------------------------------------------------------------
out=$(G keys retire --suite 1 --keyver 1 2>&1); rc=$?
expect_eq "$rc" 0 "retiring v1 once nobody uses it"
expect_eq "$(grep -c '^1 1 retired$' "$T/keys")" 1 "only its number stays in the file"
gf_wait_for 5 grep -q 'keys=reloaded.*versions=2:1=' "$T/log/frontd.out" ||
	gf_wait_for 30 grep -q 'keys=reloaded versions=.*' "$T/log/frontd.out"
gf_wait_for 30 sh -c "grep 'keys=reloaded' '$T/log/frontd.out' | tail -1 | grep -qv '1:1='" &&
	ok "frontd dropped suite 1 v1 from memory" || fail "frontd still holds suite 1 v1"
out=$("${TERMSIM[@]}" --terminals-file "$T/terminals.v1" call --terminal "$(tid 1)" ECHO 2>&1)
expect_match "$out" "ALERT_UNKNOWN_KEY_VERSION" "a frame under the retired version is refused"
out=$("${TERMSIM[@]}" --terminals-file "$TFILE" call --terminal "$(tid 1)" ECHO 2>&1)
expect_match "$out" "ECHO: OK" "the same terminal under v2 is served"
out=$(G keys rotate --suite 1 2>&1)
expect_match "$out" "suite 1 key version 3 added" "the next version after a retirement is new (3)"
out=$(G keys retire --suite 1 --keyver 2 2>&1); rc=$?
expect_eq "$rc" 1 "v2 cannot be retired while terminals use it"

# ---- a corrupt key file -----------------------------------------------------
cp -p "$T/keys" "$T/keys.good"
TERMSIM=("$BIN_TERMSIM" -f "$GF_CONF" --keys "$T/keys.good" --timeout 20000)
printf '1 2 nothex\n' >"$T/keys"
kill -HUP "$pid"
gf_wait_for 30 grep -q 'keys=reload_failed' "$T/log/frontd.out" &&
	ok "frontd refuses the corrupt file" || fail "no reload_failed line"
keys_alarms() { [ "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'KEYS' AND source = 'frontd'")" -ge "$1" ]; }
reload_failures() { [ "$(grep -c 'keys=reload_failed' "$T/log/frontd.out")" -ge "$1" ]; }
gf_wait_for 30 keys_alarms 1 &&
	ok "a KEYS alarm is raised" || fail "no KEYS alarm"
out=$("${TERMSIM[@]}" --terminals-file "$TFILE" call --terminal "$(tid 2)" ECHO 2>&1)
expect_match "$out" "ECHO: OK" "frontd keeps serving on the keys it has"
kill -0 "$pid" 2>/dev/null && ok "frontd still runs" || fail "frontd exited"
cp -p "$T/keys.good" "$T/keys"
chmod 0644 "$T/keys"
kill -HUP "$pid"
gf_wait_for 30 reload_failures 2 &&
	ok "a key file readable by others is refused too" || fail "a 0644 key file was loaded"
chmod 0600 "$T/keys"
out=$("${TERMSIM[@]}" --terminals-file "$TFILE" call --terminal "$(tid 3)" ECHO 2>&1)
expect_match "$out" "ECHO: OK" "still serving"

# ---- no key material anywhere it does not belong -----------------------------
# Every master key (all versions, retired ones too) and every terminal key
# ever derived here, as hex in both cases.
keys_hex() {
	awk 'NF == 4 && length($3) == 32 { print $3; print $4 }' "$T/keys.v1" "$T/keys.good"
	awk '{ print $7; print $9 }' "$T/rekey1.out" "$T/rekey2.out"
	echo "$old1" | tr ' ' '\n'
}
keys_hex | sort -u | grep -E '^[0-9A-Fa-f]{32}$' >"$T/secrets.hex"
expect_eq "$(wc -l <"$T/secrets.hex")" "$((5 * 2 + NTERM * 2 + 2))" "collected every key ($(wc -l <"$T/secrets.hex"))"
G journal verify >/dev/null 2>&1 || fail "journal verify"
"$PGBIN/pg_dump" -h "$GF_PGHOST" -U "$PG_SUPERUSER" "$GF_DBNAME" >"$T/db.dump" 2>>"$T/log/gfctl.out" ||
	fail "pg_dump"
[ -s "$T/db.dump" ] && ok "database dumped ($(wc -c <"$T/db.dump") bytes)"
# The journal is binary: search its bytes as hex.
for f in "$T"/journal/*; do xxd -p "$f" | tr -d '\n'; echo; done >"$T/journal.hex"
[ -s "$T/journal.hex" ] && ok "journal read ($(wc -c <"$T/journal.hex") hex digits)"
found=0
while read -r k; do
	lo=$(tr 'A-F' 'a-f' <<<"$k"); up=$(tr 'a-f' 'A-F' <<<"$k")
	for f in "$T"/log/*.out "$T/db.dump" "$T/journal.hex" "$T/run.out"; do
		if grep -qiF -e "$lo" "$f"; then echo "key material in $f"; found=$((found + 1)); fi
	done
	# A bytea dump shows bytes as \x + lower-case hex: covered above.
	for p in $(pgrep -u "$(id -u)" -f "$T" || true); do
		tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -qiF -e "$up" && { echo "key in argv of $p"; found=$((found + 1)); }
	done
done <"$T/secrets.hex"
expect_eq "$found" 0 "no key in the logs, the journal, the database dump or any argv"
# The grep above can find a key: check it on a file that holds one.
grep -qiF -f "$T/secrets.hex" "$T/keys.good" && ok "the search finds keys where they are" ||
	fail "the search cannot find a key"

gf_done
