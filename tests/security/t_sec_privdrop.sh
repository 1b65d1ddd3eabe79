#!/usr/bin/env bash
# Issue 24 items 1 and 7: a daemon started as root keeps root only to bind
# and read its keys, then runs as the station's user (global user); it
# refuses to run as root or as a user that does not exist; what the
# daemons and the supervisor write is not for other users, and
# ./gf start's preparation leaves nothing under var/ for them.
. "$GF_SRC/tests/security/sec_lib.sh"
. "$GF_SRC/scripts/station.sh"

if [ "$(id -u)" != 0 ] || ! id gridfront >/dev/null 2>&1; then
	echo "needs root and the user gridfront (as ./gf test runs)"; exit 77
fi
gf_setup
gf_keys
GF_UID=$(id -u gridfront)
gf_start_all || gf_done

# The attack: anything that takes over a daemon (frontd parses untrusted
# input on the network) has root.  Every id of every daemon must be the
# station user's, and root must be gone for good (saved id too).
for d in mktsim ifsvc appsrv frontd; do
	ids=$(awk '/^Uid:/ { print $2, $3, $4, $5 }' "/proc/$(gf_pid $d)/status")
	expect_eq "$ids" "$GF_UID $GF_UID $GF_UID $GF_UID" "$d runs as gridfront (real, effective, saved, fs uid)"
	grp=$(awk '/^Groups:/ { $1 = ""; print }' "/proc/$(gf_pid $d)/status" | xargs)
	expect_eq "$grp" "$(id -g gridfront)" "$d keeps no supplementary group of root"
	capeff=$(awk '/^CapEff:/ { print $2 }' "/proc/$(gf_pid $d)/status")
	expect_eq "$capeff" "0000000000000000" "$d has no capability left"
done

# It still works as that user: a request end to end, the journal written.
unknown_answered() {
	"$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys" -t 8613900000000077 -T 5000 req |
		grep -q alert=UNKNOWN_TERMINAL
}
gf_wait_for 30 unknown_answered && ok "frontd answers after the drop" || fail "frontd answers after the drop"
# SIGHUP: the key file (the user's, 0600) is read again after the drop.
kill -HUP "$(gf_pid frontd)"
gf_wait_for 5 grep -q "keys=reloaded" "$T/log/frontd.out" && ok "frontd re-reads its key file as gridfront" ||
	fail "frontd re-reads its key file as gridfront"
for f in "$T"/journal/* "$T"/run/*.sock; do
	expect_eq "$(stat -c %U "$f")" gridfront "$(basename "$f") belongs to gridfront"
done
bad=$(find "$T/journal" "$T/run" -perm /o=rwx 2>/dev/null)
expect_eq "$bad" "" "nothing the daemons wrote is open to other users"
gf_stop_all

# Never root, never a user that is not there.
sed 's/^\(  org = "SC01"\)/\1\n  user = "root"/' "$GF_CONF" >"$T/root.conf"
out=$(timeout 20 "$BIN_FRONTD" -d -f "$T/root.conf" 2>&1); rc=$?
expect_eq "$rc" 1 "user = root: frontd exits 1"
expect_match "$out" "refusing to run as root" "user = root: says it refuses"
sed 's/^\(  org = "SC01"\)/\1\n  user = "no-such-user-gf"/' "$GF_CONF" >"$T/nouser.conf"
out=$(timeout 20 "$BIN_APPSRV" -d -f "$T/nouser.conf" 2>&1); rc=$?
expect_eq "$rc" 1 "a missing user: appsrv exits 1"
expect_match "$out" "no such user" "a missing user: says which"

# The supervisor and ./gf start's preparation: a fresh var/ of a station.
V=$T/station/var
mkdir -p "$V"
sed -e "s#$T/run#$V/run#; s#$T/log#$V/log#; s#$T/journal#$V/journal#; s#$T/recon#$V/recon#" \
	-e "s#keys_file = \"$T/keys\"#keys_file = \"$V/keys\"#" "$GF_CONF" >"$V/gridfront.conf"
chmod 0644 "$V/gridfront.conf"
out=$(GF_ROOT=$GF_SRC GF_BUILD=$GF_BUILD GF_VAR=$V GF_CONF=$V/gridfront.conf station_prepare 2>&1)
expect_eq "$?" 0 "station_prepare succeeds ($out)"
(umask 027; GF_BUILD=$GF_BUILD GF_VAR=$V GF_CONF=$V/gridfront.conf GF_SUPERVISE_DAEMONS=frontd \
	exec setsid "$GF_SRC/scripts/supervise.sh" >>"$V/log/supervise.log" 2>&1 </dev/null) &
SUP=$!
gf_wait_port "$FRONTD_PORT" || fail "frontd under the supervisor did not start"
gf_wait_for 10 test -s "$V/log/frontd.log.0" || fail "frontd's rolling log"
fpid=$(sed -n 's/^pid=//p' "$V/run/supervise-frontd.state")
expect_eq "$(awk '/^Uid:/ { print $3 }' "/proc/$fpid/status")" "$GF_UID" "under the supervisor frontd runs as gridfront"
kill -TERM "$SUP"; for _ in $(seq 100); do kill -0 "$SUP" 2>/dev/null || break; sleep 0.1; done
bad=$(find "$V" -perm /o=rwx ! -type l)
expect_eq "$bad" "" "nothing under var/ is open to other users"
bad=$(find "$V" -type d ! -type l -perm /g=w)
expect_eq "$bad" "" "no folder under var/ is group-writable"
bad=$(find "$V" -type f -perm /g=wx)
expect_eq "$bad" "" "no file under var/ is group-writable"
for p in "$V/log" "$V/journal" "$V/run" "$V/recon" "$V/keys" "$V/log/frontd.log.0" "$V"/journal/*; do
	expect_eq "$(stat -c %U "$p")" gridfront "var/${p#$V/} belongs to gridfront"
done
expect_eq "$(stat -c %a "$V/keys")" 600 "the key file stays 0600"
expect_eq "$(stat -c '%U %a' "$V/gridfront.conf")" "root 640" "the configuration stays root's, 0640"
gf_done
