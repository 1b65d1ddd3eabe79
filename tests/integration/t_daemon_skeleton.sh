#!/usr/bin/env bash
# common/daemon.c, the one daemon skeleton: frontd, appsrv and ifsvc check a
# configuration the same way (-n: one line on stderr, exit 0 or 1), run in
# the foreground with their lines in the rolling files only (-D: nothing on
# stdout/stderr), re-read on SIGHUP, and drain on SIGTERM the same way;
# frontd's drain is bounded by its grace time.
. "$GF_SRC/tests/integration/lib.sh"
# log4c keeps some allocations past log4c_fini() (./gf sets the same).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$GF_SRC/tests/lsan.supp}
CONF_FRONTD_EXTRA='grace = 2'
gf_setup
gf_keys

DAEMONS=(frontd appsrv ifsvc)
bin_of() { echo "$GF_BUILD/$1/$1"; }
nlines() { awk 'END { print NR }' "$1"; }

# ---- -n: one line on stderr, nothing on stdout, 0 when good, 1 when bad ----
printf 'global {\n  org = "SC01"\n  bogus = 1\n}\n' >"$T/bad.conf"
printf 'global {\n  log_max_files = 0\n}\n' >"$T/range.conf"
sed 's|keys_file = .*|keys_file = "'"$T"'/nokeys"|' "$GF_CONF" >"$T/nokeys.conf"
for d in "${DAEMONS[@]}"; do
	"$(bin_of "$d")" -n -f "$GF_CONF" >"$T/n.out" 2>"$T/n.err"; rc=$?
	expect_eq "$rc:$(nlines "$T/n.err"):$(nlines "$T/n.out")" "0:1:0" "$d -n good config: exit 0, one line on stderr, none on stdout"
	expect_eq "$(cat "$T/n.err")" "$d: configuration OK" "$d -n good config says so"
	"$(bin_of "$d")" -n -f "$T/bad.conf" >"$T/n.out" 2>"$T/n.err"; rc=$?
	expect_eq "$rc:$(nlines "$T/n.err"):$(nlines "$T/n.out")" "1:1:0" "$d -n bad config: exit 1, one line on stderr"
	expect_eq "$(cat "$T/n.err")" "$d: $T/bad.conf:3: no such option 'bogus'" "$d -n bad config names file, line and key"
	"$(bin_of "$d")" -n -f "$T/range.conf" >"$T/n.out" 2>"$T/n.err"; rc=$?
	expect_match "$rc:$(nlines "$T/n.err"):$(cat "$T/n.err")" "^1:1:$d: $T/range.conf:2: log_max_files = 0: must be between" "$d -n value out of range: one line, exit 1"
	"$(bin_of "$d")" -n -f "$T/missing.conf" >"$T/n.out" 2>"$T/n.err"; rc=$?
	expect_eq "$rc:$(nlines "$T/n.err")" "1:1" "$d -n missing file: exit 1, one line"
	# A bad configuration without -n: the same line, exit 1, no daemon left.
	"$(bin_of "$d")" -D -f "$T/bad.conf" >"$T/n.out" 2>"$T/n.err"; rc=$?
	expect_eq "$rc:$(cat "$T/n.err")" "1:$d: $T/bad.conf:3: no such option 'bogus'" "$d start with a bad config: the same one line, exit 1"
	"$(bin_of "$d")" -Z -f "$GF_CONF" >/dev/null 2>&1; rc=$?
	expect_eq "$rc" 2 "$d: an unknown option is a usage error"
done
"$(bin_of frontd)" -n -f "$T/nokeys.conf" >"$T/n.out" 2>"$T/n.err"; rc=$?
expect_match "$rc:$(nlines "$T/n.err"):$(cat "$T/n.err")" "^1:1:frontd: keys: " "frontd -n checks the key file too"

# ---- -D: foreground, lines only in the rolling file ----
# dstart NAME: start with -D -v, wait for its socket or port.
dstart() {
	local d=$1
	"$(bin_of "$d")" -D -v -f "$GF_CONF" >>"$T/log/$d.out" 2>&1 &
	GF_PIDS[$d]=$!
	case $d in
	frontd) gf_wait_port "$FRONTD_PORT" ;;
	appsrv) gf_wait_sock "$T/run/appsrv.sock" ;;
	ifsvc)  gf_wait_sock "$T/run/ifsvc.sock" ;;
	esac
}
inlog() { grep -qE "$2" "$T/log/$1.log.0"; }
# dterm NAME: SIGTERM; DRC is the exit status, or "running" after 10 s.
dterm() {
	local pid=${GF_PIDS[$1]} i
	kill -TERM "$pid"
	for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	if kill -0 "$pid" 2>/dev/null; then DRC=running; return; fi
	wait "$pid"; DRC=$?
	unset "GF_PIDS[$1]"
}
declare -A RELOADED=(
	[frontd]='level=info keys=reloaded file='
	[appsrv]='level=info reload=unsupported daemon=appsrv'
	[ifsvc]='level=info reload=unsupported daemon=ifsvc'
)
for d in ifsvc appsrv frontd; do
	dstart "$d" && ok "$d -D becomes ready" || fail "$d -D becomes ready"
	gf_wait_for 5 inlog "$d" "level=(info|debug) " &&
		ok "$d -D: lines reach $d.log.0 under log_dir" ||
		fail "$d -D: lines reach $d.log.0 under log_dir"
	expect_eq "$(grep -c 'level=' "$T/log/$d.out")" 0 "$d -D: no log line on stdout/stderr"
	kill -HUP "${GF_PIDS[$d]}"
	gf_wait_for 5 inlog "$d" "${RELOADED[$d]}" &&
		ok "$d handles SIGHUP (${RELOADED[$d]#level=info })" ||
		fail "$d handles SIGHUP"
	check "$d still runs after SIGHUP" -- kill -0 "${GF_PIDS[$d]}"
done
for d in frontd appsrv ifsvc; do
	dterm "$d"
	expect_eq "$DRC" 0 "$d exits 0 on SIGTERM"
	inlog "$d" 'level=info signal=15 draining busy=[0-9]+ grace=[0-9]+s' &&
		inlog "$d" 'level=info drain=done' &&
		ok "$d drains on SIGTERM: draining, then drain=done" ||
		fail "$d drains on SIGTERM: draining, then drain=done"
done

# ---- frontd: a session inside a frame holds the drain up to grace ----
dstart frontd
exec 3<>"/dev/tcp/127.0.0.1/$FRONTD_PORT"
printf 'GF' >&3		# the start of a TP/1 header: a frame being read
sleep 0.3
t0=$SECONDS
kill -TERM "${GF_PIDS[frontd]}"
gf_wait_for 2 inlog frontd 'signal=15 draining busy=1 grace=2s' &&
	ok "frontd drain waits for the session inside a frame" ||
	fail "frontd drain waits for the session inside a frame"
if (exec 4<>"/dev/tcp/127.0.0.1/$FRONTD_PORT") 2>/dev/null; then
	fail "draining frontd accepts no new connection"
else
	ok "draining frontd accepts no new connection"
fi
pid=${GF_PIDS[frontd]}
for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
wait "$pid"; rc=$?; unset "GF_PIDS[frontd]"
el=$((SECONDS - t0))
expect_eq "$rc" 0 "frontd exits 0 after the grace time"
inlog frontd 'level=warn drain=grace_expired busy=1' &&
	ok "frontd cuts the session when grace expires" ||
	fail "frontd cuts the session when grace expires"
[ "$el" -ge 1 ] && [ "$el" -le 6 ] && ok "frontd's drain is bounded by grace (${el}s)" ||
	fail "frontd's drain is bounded by grace (${el}s)"
exec 3>&-

# ---- a second signal stops at once ----
dstart frontd
exec 3<>"/dev/tcp/127.0.0.1/$FRONTD_PORT"
printf 'GF' >&3
sleep 0.3
kill -TERM "${GF_PIDS[frontd]}"; sleep 0.3; kill -INT "${GF_PIDS[frontd]}"
pid=${GF_PIDS[frontd]}
for i in $(seq 10); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
check "frontd stops at once on a second signal" -- sh -c "! kill -0 $pid"
gf_wait_for 2 inlog frontd 'level=warn signal=2 drain=cut reason="second signal" busy=1' &&
	ok "frontd logs the second signal" || fail "frontd logs the second signal"
wait "$pid" 2>/dev/null; unset "GF_PIDS[frontd]"
exec 3>&-

# ---- SIGHUP with a broken file: the old settings kept, still running ----
cp "$GF_CONF" "$T/hup.conf"
"$(bin_of ifsvc)" -D -f "$T/hup.conf" >>"$T/log/ifsvc.out" 2>&1 &
GF_PIDS[ifsvc]=$!
gf_wait_sock "$T/run/ifsvc.sock"
printf 'global {\n  bogus = 1\n}\n' >>"$T/hup.conf"
kill -HUP "${GF_PIDS[ifsvc]}"
gf_wait_for 5 inlog ifsvc "level=warn reload=failed error=\"$T/hup.conf:[0-9]+: no such option 'bogus'\" action=kept_old" &&
	ok "ifsvc: SIGHUP with a broken file keeps the old settings" ||
	fail "ifsvc: SIGHUP with a broken file keeps the old settings"
check "ifsvc still runs after a failed reload" -- kill -0 "${GF_PIDS[ifsvc]}"
dterm ifsvc
expect_eq "$DRC" 0 "ifsvc exits 0 on SIGTERM after a failed reload"

# ---- -D -e: the rolling file and a copy on stderr ----
"$(bin_of appsrv)" -D -e -f "$GF_CONF" >"$T/log/appsrv-e.out" 2>&1 &
GF_PIDS[appsrv]=$!
gf_wait_sock "$T/run/appsrv.sock"
gf_wait_for 5 grep -q 'level=info started org=SC01' "$T/log/appsrv-e.out" &&
	ok "appsrv -D -e copies lines to stderr" || fail "appsrv -D -e copies lines to stderr"
dterm appsrv
expect_eq "$DRC" 0 "appsrv -D -e exits 0 on SIGTERM"
inlog appsrv 'level=info started org=SC01' && ok "appsrv -D -e still writes the rolling file" ||
	fail "appsrv -D -e still writes the rolling file"

gf_done
