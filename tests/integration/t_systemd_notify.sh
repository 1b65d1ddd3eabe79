#!/usr/bin/env bash
# The service manager's notifications (common/daemon.c, common/sdnotify.c),
# without systemd: NOTIFY_SOCKET names a datagram socket tests/tools/
# notifylisten reads.  Each daemon sends READY=1 once, and only when it
# serves (the listener connects at that moment; appsrv and ifsvc say
# nothing while their database is unreachable), WATCHDOG=1 every half
# WATCHDOG_USEC from its loop (none without WATCHDOG_USEC), STOPPING=1 on
# SIGTERM.  Then the unit files of etc/systemd/ pass systemd-analyze
# verify, when that program is installed.
. "$GF_SRC/tests/integration/lib.sh"
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$GF_SRC/tests/lsan.supp}
NL=$GF_BUILD/tests/notifylisten
gf_setup
gf_keys
declare -A NLPIDS

# nlisten NAME [PROBE]: a notification socket $T/notify.NAME (writable by
# the user the daemons become), its lines in $T/notify.NAME.log.
nlisten() {
	"$NL" "$T/notify.$1" ${2:-} >"$T/notify.$1.log" 2>&1 &
	NLPIDS[$1]=$!
	gf_wait_sock "$T/notify.$1" 5 || { fail "notifylisten $1 did not start"; return 1; }
	chmod 0666 "$T/notify.$1"
}
nstop() { kill "${NLPIDS[$1]}" 2>/dev/null; wait "${NLPIDS[$1]}" 2>/dev/null; }
ncount() { grep -c -- "$2" "$T/notify.$1.log"; }
has_line() { grep -q -- "$2" "$T/notify.$1.log"; }

gf_start mktsim || exit 1

# ---- a database that does not answer: no READY, the loop still pings ----
sed "s|^  dsn = .*|  dsn = \"host=$T/nopg dbname=none user=gridfront connect_timeout=1\"|; s|$T/run/ifsvc.sock|$T/run/ifsvc-nodb.sock|; s|$T/run/appsrv.sock|$T/run/appsrv-nodb.sock|" \
	"$GF_CONF" >"$T/nodb.conf"
nlisten ifsvc-nodb "unix:$T/run/ifsvc-nodb.sock"
NOTIFY_SOCKET=$T/notify.ifsvc-nodb WATCHDOG_USEC=1000000 "$BIN_IFSVC" -d -f "$T/nodb.conf" >>"$T/log/ifsvc-nodb.out" 2>&1 &
p1=$!
nlisten appsrv-nodb "unix:$T/run/appsrv-nodb.sock"
NOTIFY_SOCKET=$T/notify.appsrv-nodb "$BIN_APPSRV" -d -f "$T/nodb.conf" >>"$T/log/appsrv-nodb.out" 2>&1 &
p2=$!
sleep 3
expect_eq "$(ncount ifsvc-nodb READY=1)" 0 "ifsvc without its database: no READY=1"
check "ifsvc without its database: its loop still sends WATCHDOG=1" -- test "$(ncount ifsvc-nodb WATCHDOG=1)" -ge 3
expect_eq "$(ncount appsrv-nodb READY=1)" 0 "appsrv without its database: no READY=1"
expect_eq "$(ncount appsrv-nodb WATCHDOG=1)" 0 "no WATCHDOG_USEC: no WATCHDOG=1"
kill -TERM "$p1" "$p2"; wait "$p1" "$p2" 2>/dev/null
sleep 0.2
check "ifsvc without its database: STOPPING=1 on SIGTERM" -- has_line ifsvc-nodb STOPPING=1
check "appsrv without its database: STOPPING=1 on SIGTERM" -- has_line appsrv-nodb STOPPING=1
expect_eq "$(ncount ifsvc-nodb READY=1)$(ncount appsrv-nodb READY=1)" 00 "still no READY=1 after the drain"
nstop ifsvc-nodb; nstop appsrv-nodb

# ---- each daemon with its database: READY=1 once it serves ----
for d in ifsvc appsrv frontd; do
	case $d in
	frontd) probe=tcp:$FRONTD_PORT ;;
	*)      probe=unix:$T/run/$d.sock ;;
	esac
	nlisten "$d" "$probe" || continue
	NOTIFY_SOCKET=$T/notify.$d WATCHDOG_USEC=2000000 gf_start "$d" || continue
	gf_wait_for 10 has_line "$d" READY=1 || fail "$d: no READY=1"
	expect_eq "$(ncount "$d" READY=1)" 1 "$d: READY=1 sent once"
	check "$d: serving when READY=1 came (the probe connected)" -- has_line "$d" "READY=1 .*probe=ok"
	check "$d: READY=1 names its main pid" -- has_line "$d" "MAINPID=$(gf_pid "$d") "
done
declare -A W0
for d in ifsvc appsrv frontd; do W0[$d]=$(ncount "$d" WATCHDOG=1); done
sleep 3.5
for d in ifsvc appsrv frontd; do
	n=$(( $(ncount "$d" WATCHDOG=1) - W0[$d] ))
	# Every half WATCHDOG_USEC is about 3.5 in 3.5 s; a loaded machine may
	# delay one, so the bounds say "periodic, not flooding".
	check "$d: WATCHDOG=1 every half WATCHDOG_USEC (saw $n in about 3.5 s)" -- test "$n" -ge 2 -a "$n" -le 6
	# The contract with systemd: no gap as long as WATCHDOG_USEC (it would
	# restart the daemon). The gaps are measured where the listener reads
	# them, so a loaded machine can bunch two together: no lower bound.
	gaps=$(awk '/WATCHDOG=1/ { t = substr($1, 4); if (p) printf "%d ", t - p; p = t }' "$T/notify.$d.log")
	long=$(echo "$gaps" | tr ' ' '\n' | awk 'NF && $1 >= 2000 { bad++ } END { print bad + 0 }')
	expect_eq "$long" 0 "$d: no WATCHDOG=1 gap of WATCHDOG_USEC=2 s or more (gaps ms: $gaps)"
done
expect_eq "$(cat "$T"/notify.{ifsvc,appsrv,frontd}.log | grep -c STOPPING=1)" 0 "no STOPPING=1 before the signal"
for d in frontd appsrv ifsvc; do
	gf_stop "$d"
	check "$d: STOPPING=1 on SIGTERM" -- has_line "$d" STOPPING=1
	nstop "$d"
done

# ---- the unit files ----
if command -v systemd-analyze >/dev/null 2>&1; then
	# ExecStart must name programs that exist: the build's, in copies.
	mkdir -p "$T/units"
	for u in "$GF_SRC"/etc/systemd/*.service "$GF_SRC"/etc/systemd/*.target; do
		sed "s|/usr/sbin/\([a-z]*\)|$GF_BUILD/\1/\1|g" "$u" >"$T/units/$(basename "$u")"
	done
	for u in "$T"/units/*; do
		out=$(systemd-analyze verify --man=no "$u" 2>&1)
		rc=$?
		# Only complaints about the unit itself count: not the machine's
		# own units (no systemd runs here) nor the missing user.
		bad=$(printf '%s\n' "$out" | grep -F "$(basename "$u")" | grep -v 'Failed to resolve\|user.*does not exist' || true)
		expect_eq "$rc:$bad" "0:" "systemd-analyze verify $(basename "$u")"
		[ -n "$bad" ] && printf '%s\n' "$out"
	done
	check "frontd.service is Type=notify with a watchdog" -- grep -q '^WatchdogSec=' "$GF_SRC/etc/systemd/gridfront-frontd.service"
else
	echo "# systemd-analyze not installed: the unit files were not verified (not a pass)"
fi
gf_done
