#!/usr/bin/env bash
# What ./gf start and ./gf status do before and after the supervisor, in a
# temporary folder (scripts/station.sh, scripts/supervise.sh): on a fresh
# layout the config and a 0600 master key file are made, and kept on the
# next run; what cannot be made stops with one line saying what and how; a
# daemon that keeps exiting is reported with its last log line, and as
# running again once the cause is gone.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
. "$GF_SRC/scripts/station.sh"
export GF_ROOT=$GF_SRC

# prep DIR CONF: station_prepare from DIR (relative config paths are
# relative to it); its output in $out, its status in $rc.
prep() {
	out=$(cd "$1" && GF_VAR=$1/var GF_CONF=$2 station_prepare 2>&1); rc=$?
}

# ---- a fresh layout: config and master key file made ----
F=$T/fresh
mkdir -p "$F"
prep "$F" "$F/var/gridfront.conf"
expect_eq "$rc" 0 "fresh layout: prepare succeeds"
expect_match "$out" "created $F/var/gridfront.conf from etc/gridfront.conf.example" "it says it made the config"
check "the config is the example" -- cmp "$F/var/gridfront.conf" "$GF_SRC/etc/gridfront.conf.example"
expect_match "$out" "created master key file var/keys \\(mode 0600" "it says it made the key file"
expect_eq "$(stat -c %a "$F/var/keys" 2>/dev/null)" 600 "the key file is mode 0600"
expect_eq "$(grep -c '^[12] 1 [0-9A-F]\{32\} [0-9A-F]\{32\}$' "$F/var/keys")" 2 "with keys for both suites"
for d in run log journal recon; do
	[ -d "$F/var/$d" ] || fail "var/$d is made"
done
sum=$(md5sum <"$F/var/keys")
prep "$F" "$F/var/gridfront.conf"
expect_eq "$rc" 0 "second run: prepare succeeds"
expect_eq "$out" "" "second run: nothing made, nothing said"
expect_eq "$(md5sum <"$F/var/keys")" "$sum" "second run: the key file is kept"

# ---- what cannot be used or made: one line, what and how ----
chmod 644 "$F/var/keys"
prep "$F" "$F/var/gridfront.conf"
expect_eq "$rc" 1 "a key file readable by others: prepare fails"
expect_eq "$(wc -l <<<"$out")" 1 "with one line"
expect_match "$out" "var/keys is readable by group or others; chmod 600 var/keys" "that says what to do"
chmod 600 "$F/var/keys"

: >"$T/a-file"
printf 'frontd {\n  keys_file = "%s/a-file/keys"\n}\n' "$T" >"$T/nokeys.conf"
prep "$F" "$T/nokeys.conf"
expect_eq "$rc" 1 "a key file that cannot be made: prepare fails"
expect_eq "$(wc -l <<<"$out")" 1 "with one line"
expect_match "$out" "no master key file $T/a-file/keys and it cannot be made .*keys init --file $T/a-file/keys" \
	"that names the file and the command that makes it"

out=$(cd "$F" && GF_BUILD=$T/no-build GF_VAR=$F/var GF_CONF=$T/nokeys.conf station_prepare 2>&1); rc=$?
expect_eq "$rc" 1 "no build: prepare fails"
expect_match "$out" "no master key file .* run ./gf build" "and says to build"

printf 'frontd {\n  keys_file = "%s/var/keys"\n  max_frame = lots\n}\n' "$F" >"$T/bad.conf"
prep "$F" "$T/bad.conf"
expect_eq "$rc" 1 "a config frontd refuses: prepare fails"
expect_eq "$(wc -l <<<"$out")" 1 "with one line"
expect_match "$out" "frontd refuses the configuration: .*max_frame" "that carries frontd's reason"

# ---- a daemon that keeps exiting, reported by status ----
SLOG=$T/log/supervise.log
GF_SUPERVISE_DAEMONS=frontd GF_BUILD=$GF_BUILD GF_CONF=$GF_CONF GF_VAR=$T \
	"$GF_SRC/scripts/supervise.sh" >"$SLOG" 2>&1 &
GF_PIDS[supervise]=$!
sup=${GF_PIDS[supervise]}

looping() { [ "$(GF_VAR=$T station_state frontd exits)" -ge 2 ] 2>/dev/null; }
gf_wait_for 30 looping && ok "frontd without a key file exits again and again" ||
	{ fail "frontd without a key file exits again and again"; cat "$SLOG"; }
out=$(GF_VAR=$T station_status 2>&1); rc=$?
expect_eq "$rc" 1 "status fails while a daemon keeps restarting"
expect_match "$out" "gf: supervisor running \\(pid $sup\\)" "status shows the supervisor"
line=$(grep 'frontd' <<<"$out")
expect_match "$line" "^gf: frontd (keeps restarting: [0-9]+ exits in a row, the last with status=1 after [0-9]+s; its last log line: |running for [0-9]+s, after [0-9]+ quick exits in a row \\(last status=1\\): )" \
	"status says frontd keeps restarting"
expect_match "$line" "keys: $T/keys: No such file or directory" "and why: its last log line"
expect_match "$(GF_VAR=$T station_exited)" "^gf: frontd .*No such file or directory$" \
	"./gf start's check finds the daemon that exited"
expect_match "$(grep 'daemon=frontd .* exited' "$SLOG" | tail -1)" \
	"restart in [0-9]+s \\(exits in a row: [0-9]+; last log line: .*No such file or directory\\)" \
	"the supervisor's log line has the count and the reason"

gf_keys
running() { GF_VAR=$T station_status 2>/dev/null | grep -q '^gf: frontd running'; }
gf_wait_for 60 running && ok "with the key file made, frontd runs" || fail "with the key file made, frontd runs"
out=$(GF_VAR=$T station_status 2>&1); rc=$?
expect_eq "$rc" 0 "status succeeds once frontd runs"
expect_match "$(grep frontd <<<"$out")" "^gf: frontd running (for [0-9]+s, after [0-9]+ quick exits|\\(pid [0-9]+\\))" \
	"status says frontd runs"

kill -TERM "$sup"
gf_wait_for 30 eval '! kill -0 '"$sup"' 2>/dev/null' && ok "the supervisor stops" || fail "the supervisor stops"
unset "GF_PIDS[supervise]"
if [ -e "$T/run/supervise-frontd.state" ]; then fail "its state files are removed"; else ok "its state files are removed"; fi
out=$(GF_VAR=$T station_status 2>&1)
expect_match "$out" "gf: supervisor not running" "status then says the supervisor is not running"
gf_done
