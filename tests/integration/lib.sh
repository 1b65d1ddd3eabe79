# lib.sh - shared harness of the integration tests (bash).
#
#   source "$GF_SRC/tests/integration/lib.sh"
#   gf_setup                 # temp dir $T, database, config $GF_CONF, ports
#   gf_keys                  # master key file (0600) at $T/keys
#   gf_start mktsim|ifsvc|appsrv|frontd   (gf_start_all starts the four)
#   ... ok/fail/expect_eq ...
#   gf_done                  # prints "N passed, M failed", exit status
#   gf_node_add NAME; gf_node_start NAME ifsvc|appsrv|frontd
#                            # a second station node on the same database
#
# Before gf_setup a test may set CONF_<SECTION>_EXTRA (e.g. CONF_FRONTD_EXTRA)
# to lines added to that section of the generated config (later keys win).
# Cleanup (daemons stopped, database dropped, temp dir removed unless
# GF_KEEP=1) happens on exit.  With GF_TEST_PGHOST set (./gf test does) the
# test uses that shared cluster; else it starts a private one in $T.

set -u
: "${GF_SRC:?GF_SRC must point at the source tree}"
: "${GF_BUILD:?GF_BUILD must point at the build tree}"
. "$GF_SRC/scripts/pg.sh"

BIN_FRONTD=$GF_BUILD/frontd/frontd
BIN_APPSRV=$GF_BUILD/appsrv/appsrv
BIN_IFSVC=$GF_BUILD/ifsvc/ifsvc
BIN_MKTSIM=$GF_BUILD/tools/mktsim/mktsim
BIN_GFCTL=$GF_BUILD/tools/gfctl/gfctl
BIN_TERMSIM=$GF_BUILD/tools/termsim/termsim
TOOLS=$GF_BUILD/tests

GF_PASS=0
GF_FAIL=0
declare -A GF_PIDS=()
GF_TEST_NAME=$(basename "${BASH_SOURCE[1]:-$0}" .sh)

ok()   { GF_PASS=$((GF_PASS + 1)); echo "ok $GF_PASS - $*"; }
fail() { GF_FAIL=$((GF_FAIL + 1)); echo "not ok - $*"; }
# expect_eq ACTUAL EXPECTED MESSAGE
expect_eq() {
	if [ "$1" = "$2" ]; then ok "$3"; else fail "$3 (got '$1', expected '$2')"; fi
}
# expect_match ACTUAL REGEX MESSAGE
expect_match() {
	if [[ "$1" =~ $2 ]]; then ok "$3"; else fail "$3 (got '$1', wanted /$2/)"; fi
}
# check MESSAGE -- COMMAND...: passes when the command exits 0.
check() {
	local msg=$1; shift; [ "$1" = "--" ] && shift
	if "$@" >/dev/null 2>&1; then ok "$msg"; else fail "$msg (command failed: $*)"; fi
}

gf_done() {
	local f
	# Every daemon still running stops cleanly here, so that a sanitizer's
	# report (a leak is only known at exit) fails the test.
	gf_stop_all
	for f in "$T"/log/*.out; do
		[ -f "$f" ] || continue
		if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$f"; then
			fail "sanitizer report in $(basename "$f")"
			grep -E -m3 -A12 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$f"
		fi
	done
	echo "$GF_PASS passed, $GF_FAIL failed"
	gf_cpu_line
	[ "$GF_FAIL" -eq 0 ] && [ "$GF_PASS" -gt 0 ]
	exit $?
}

# gf_cpu_line: "# cpu_s=C wall_s=W": the CPU seconds of this test's shell
# and of every process it waited for (its daemons, tools, load clients; not
# the shared PostgreSQL) against its wall seconds: how much of the test is
# waiting (./gf test runs one test more than cores at a time).
gf_cpu_line() {
	times >"$T/times"	# not in a pipe: a subshell has times of its own
	awk -v w="$SECONDS" '
		function s(t) { split(t, a, /[ms]/); return a[1] * 60 + a[2] }
		{ c += s($1) + s($2) } END { printf "# cpu_s=%.1f wall_s=%d\n", c, w }' "$T/times"
}

# A TCP port nobody listens on (checked against /proc/net/tcp*), below the
# kernel's ephemeral range: a port from that range could be taken by any
# outgoing connection (another test's) before our daemon binds it.
gf_free_port() {
	local p hex lo
	read -r lo _ </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || lo=32768
	[ "$lo" -gt 11024 ] || lo=32768
	while :; do
		p=$((10000 + RANDOM % (lo - 10000)))
		hex=$(printf ':%04X ' "$p")
		grep -q "$hex" /proc/net/tcp /proc/net/tcp6 2>/dev/null && continue
		gf_port_claim "$p" && { echo "$p"; return; }
	done
}
# A port handed out is claimed until the test's folder (or the shell, for
# a caller without one) is gone, so that tests running side by side, or
# two picks in one test before either daemon binds, never get the same
# one: a symbolic link /tmp/gf-ports/PORT -> the owner (ln is atomic).
# ln -n: the claim is a link to a directory, and without -n a second ln
# made its link inside the first owner's folder and succeeded, so that two
# tests held one port (t_browser_office's frontd found it taken by
# t_browser_outbox's mktsim, and the test hung; t_port_claim).
GF_PORTS_DIR=${GF_PORTS_DIR:-/tmp/gf-ports}
gf_port_claim() {
	local l=$GF_PORTS_DIR/$1
	mkdir -p "$GF_PORTS_DIR" 2>/dev/null && chmod 1777 "$GF_PORTS_DIR" 2>/dev/null
	ln -sn "${T:-/proc/$$}" "$l" 2>/dev/null && return 0
	# a claim whose owner is gone is taken over (one of two racers wins)
	[ -e "$l" ] && return 1
	rm -f "$l" 2>/dev/null
	ln -sn "${T:-/proc/$$}" "$l" 2>/dev/null
}
gf_ports_release() {
	local l
	for l in "$GF_PORTS_DIR"/*; do
		[ -L "$l" ] && [ "$l" -ef "${T:-/proc/$$}" ] && rm -f "$l"
	done
	return 0
}

# An ipcprobe answer (JSON) kept in FILE: its status; the first value of
# item KEY (empty when absent).
gf_status() { jq -r .status "$1"; }
gf_item() { jq -r --arg k "$2" '[.items[] | select(has($k)) | .[$k]][0] // empty' "$1"; }

gf_psql() { pg_psql "$GF_PGHOST" -d "$GF_DBNAME" "$@"; }
# One value from a query: gf_sql "SELECT ..."
gf_sql() { gf_psql -At -c "$1"; }

gf_setup() {
	T=$(mktemp -d "/tmp/gf-${GF_TEST_NAME}.XXXXXX")
	chmod 0755 "$T"
	mkdir -p "$T/run" "$T/log" "$T/journal" "$T/recon"
	# Started as root, the daemons become the station's user (global
	# user, common/daemon.h): the folders they write are that user's.
	gf_own "$T/run" "$T/log" "$T/journal" "$T/recon"
	GF_DBNAME=t_$(echo "$GF_TEST_NAME" | tr -c 'a-z0-9_\n' '_')_$$
	GF_MKTDB=${GF_DBNAME}_mkt
	if [ -n "${GF_TEST_PGHOST:-}" ]; then
		GF_PGHOST=$GF_TEST_PGHOST
		GF_OWN_PG=
	else
		GF_OWN_PG=$T/pg
		# without fsync, except for a benchmark (GF_QUIET=1: a station's settings)
		pg_cluster_start "$T/pg" "$T/pgsock" throwaway "$([ "${GF_QUIET:-}" = 1 ] || echo nosync)" ||
			{ echo "cannot start PostgreSQL"; exit 1; }
		GF_PGHOST=$T/pgsock
	fi
	GF_PGHOST=$(realpath "$GF_PGHOST")
	if pg_psql "$GF_PGHOST" -d postgres -At -c "SELECT 1 FROM pg_database WHERE datname='gf_template'" | grep -q 1; then
		pg_psql "$GF_PGHOST" -d postgres -c "CREATE DATABASE $GF_DBNAME TEMPLATE gf_template" >/dev/null
	else
		pg_psql "$GF_PGHOST" -d postgres -c "CREATE DATABASE $GF_DBNAME" >/dev/null
		GF_NEED_MIGRATE=1
	fi
	FRONTD_PORT=$(gf_free_port)
	MKT_PORT=$(gf_free_port)
	METRICS_PORT=$(gf_free_port)
	HTTP_PORT=$(gf_free_port)
	GF_CONF=$T/gridfront.conf
	export GF_CONF
	cat >"$GF_CONF" <<CONF
# generated by tests/integration/lib.sh for $GF_TEST_NAME
global {
  org = "SC01"
  var_dir = "$T"
  run_dir = "$T/run"
  log_dir = "$T/log"
  ${CONF_GLOBAL_EXTRA:-}
}
database {
  dsn = "host=$GF_PGHOST dbname=$GF_DBNAME user=gridfront"
  ${CONF_DATABASE_EXTRA:-}
}
frontd {
  listen = {"127.0.0.1:$FRONTD_PORT"}
  keys_file = "$T/keys"
  bank_keys_file = "$T/bank_keys"
  journal_dir = "$T/journal"
  metrics_listen = "127.0.0.1:$METRICS_PORT"
  ${CONF_FRONTD_EXTRA:-}
}
appsrv {
  socket = "$T/run/appsrv.sock"
  http_listen = "127.0.0.1:$HTTP_PORT"
  console_www = "$GF_SRC/console/www"
  ${CONF_APPSRV_EXTRA:-}
}
ifsvc {
  socket = "$T/run/ifsvc.sock"
  mkt_host = "127.0.0.1"
  mkt_port = $MKT_PORT
  recon_dir = "$T/recon"
  recon_time = ""
  ${CONF_IFSVC_EXTRA:-}
}
mktsim {
  listen = "127.0.0.1:$MKT_PORT"
  dbname = "$GF_MKTDB"
  ${CONF_MKTSIM_EXTRA:-}
}
CONF
	if [ -n "${GF_NEED_MIGRATE:-}" ]; then
		GF_SCHEMA_DIR=$GF_SRC/schema "$BIN_GFCTL" -f "$GF_CONF" migrate >/dev/null ||
			{ echo "migrate failed"; exit 1; }
	fi
	trap gf_cleanup EXIT
}

gf_keys() {
	"$BIN_GFCTL" -f "$GF_CONF" keys init --file "$T/keys" >/dev/null
	gf_own "$T/keys"
}

# gf_own PATH...: as root, hand paths to the user the daemons run as
# (GF_USER, gridfront), folders mode 0750; else nothing to do.
GF_USER=${GF_USER:-gridfront}
gf_own() {
	[ "$(id -u)" = 0 ] || return 0
	chown "$GF_USER:" "$@" && chmod -f g-w,o-rwx "$@"
	local p
	for p in "$@"; do [ -d "$p" ] && chmod 0750 "$p"; done
	return 0
}

# gf_start NAME [ARGS...]: start a daemon in the foreground (-d) with the
# test config, log to $T/log/NAME.out, wait until it is ready.  appsrv,
# ifsvc and mktsim also log their debug lines (-v) unless GF_QUIET=1 (the
# benchmarks: the level a production station runs at).
gf_start() {
	local name=$1; shift
	local bin verbose=-v
	[ "${GF_QUIET:-}" = 1 ] && verbose=
	case $name in
	frontd) bin=$BIN_FRONTD; verbose= ;;
	appsrv) bin=$BIN_APPSRV ;;
	ifsvc)  bin=$BIN_IFSVC ;;
	mktsim)
		if [ -z "${GF_MKT_READY:-}" ]; then
			"$BIN_MKTSIM" -f "$GF_CONF" init >>"$T/log/mktsim.out" 2>&1 &&
			"$BIN_MKTSIM" -f "$GF_CONF" seed --customers "${MKT_CUSTOMERS:-200}" --seed 1 \
				>>"$T/log/mktsim.out" 2>&1 || { fail "mktsim init/seed"; cat "$T/log/mktsim.out"; return 1; }
			GF_MKT_READY=1
		fi
		bin=$BIN_MKTSIM; set -- serve "$@" ;;
	*) echo "gf_start: unknown $name"; return 1 ;;
	esac
	"$bin" -d $verbose -f "$GF_CONF" "$@" >>"$T/log/$name.out" 2>&1 &
	GF_PIDS[$name]=$!
	case $name in
	frontd) gf_wait_port "$FRONTD_PORT" ;;
	appsrv) gf_wait_sock "$T/run/appsrv.sock" ;;
	ifsvc)  gf_wait_sock "$T/run/ifsvc.sock" ;;
	mktsim) gf_wait_port "$MKT_PORT" ;;
	esac || { fail "$name did not become ready"; tail -20 "$T/log/$name.out"; return 1; }
}

# gf_wait_eq EXPECTED SECONDS CMD [ARG...]: until CMD prints EXPECTED
# (run every 0.1 s); 1 after SECONDS.
gf_wait_eq() {
	local want=$1 secs=$2 i
	shift 2
	for i in $(seq $((secs * 10))); do
		[ "$("$@")" = "$want" ] && return 0
		sleep 0.1
	done
	return 1
}

# gf_wait_sql SQL EXPECTED SECONDS: until the station's database answers
# EXPECTED to SQL; 1 after SECONDS.
gf_wait_sql() { gf_wait_eq "$2" "$3" gf_sql "$1"; }

# gf_stat COLUMN FILE: "median M (min A, max B)" of a column of numbers
# (the lower middle of an even count); the benchmarks' repeated runs.
gf_stat() {
	sort -n -k"$1","$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END { printf "median %s (min %s, max %s)", v[int((NR + 1) / 2)], v[1], v[NR] }'
}
# gf_wait_sleeping DBNAME: until one backend of that database sits in
# pg_sleep (a test's trigger holding a statement); 1 after 5 s.
gf_wait_sleeping() {
	local i
	for i in $(seq 100); do
		[ "$(pg_psql "$GF_PGHOST" -d "$1" -At -c "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'")" = 1 ] && return 0
		sleep 0.05
	done
	return 1
}

# ---- more nodes on the one database (docs/DESIGN.md "Several nodes") ----
# gf_node_add NAME: a node of its own (after gf_setup): var, run, log,
# journal and recon folders under $T/NAME, its own frontd port, metrics and
# console ports, sockets, and node = NAME in $T/NAME/gridfront.conf; the
# same database, marketing system and master key file as the first node.
# NODE_FRONTD_PORT[NAME] is its frontd port.  Give the first node a name
# too (CONF_GLOBAL_EXTRA='node = "n1"'): node names must differ.
declare -A NODE_FRONTD_PORT=() NODE_METRICS_PORT=()
gf_node_add() {
	local n=$1 d=$T/$1 fp mp hp
	mkdir -p "$d/run" "$d/log" "$d/journal" "$d/recon"
	chmod 0755 "$d"
	gf_own "$d/run" "$d/log" "$d/journal" "$d/recon"
	fp=$(gf_free_port); mp=$(gf_free_port); hp=$(gf_free_port)
	NODE_FRONTD_PORT[$n]=$fp
	NODE_METRICS_PORT[$n]=$mp
	sed -e "s|var_dir = \"$T\"|var_dir = \"$d\"|" \
	    -e "s|\"$T/run|\"$d/run|g" -e "s|\"$T/log|\"$d/log|g" \
	    -e "s|\"$T/journal|\"$d/journal|g" -e "s|\"$T/recon|\"$d/recon|g" \
	    -e "s|127.0.0.1:$FRONTD_PORT\"|127.0.0.1:$fp\"|" \
	    -e "s|127.0.0.1:$METRICS_PORT\"|127.0.0.1:$mp\"|" \
	    -e "s|127.0.0.1:$HTTP_PORT\"|127.0.0.1:$hp\"|" \
	    -e "/^[[:space:]]*node = /d" \
	    -e "s|^global {|global {\n  node = \"$n\"|" \
	    "$GF_CONF" >"$d/gridfront.conf"
}
gf_node_conf() { echo "$T/$1/gridfront.conf"; }

# gf_node_start NAME DAEMON [ARGS...]: as gf_start, for node NAME; its log
# is $T/log/NAME-DAEMON.out and gf_stop/gf_kill9 know it as NAME-DAEMON.
gf_node_start() {
	local n=$1 name=$2 bin verbose=-v d=$T/$1; shift 2
	[ "${GF_QUIET:-}" = 1 ] && verbose=
	case $name in
	frontd) bin=$BIN_FRONTD; verbose= ;;
	appsrv) bin=$BIN_APPSRV ;;
	ifsvc)  bin=$BIN_IFSVC ;;
	*) echo "gf_node_start: unknown $name"; return 1 ;;
	esac
	"$bin" -d $verbose -f "$d/gridfront.conf" "$@" >>"$T/log/$n-$name.out" 2>&1 &
	GF_PIDS[$n-$name]=$!
	case $name in
	frontd) gf_wait_port "${NODE_FRONTD_PORT[$n]}" ;;
	appsrv) gf_wait_sock "$d/run/appsrv.sock" ;;
	ifsvc)  gf_wait_sock "$d/run/ifsvc.sock" ;;
	esac || { fail "$n $name did not become ready"; tail -20 "$T/log/$n-$name.out"; return 1; }
}

gf_start_all() {
	gf_start mktsim && gf_start ifsvc && gf_start appsrv && gf_start frontd
}

gf_pid() { echo "${GF_PIDS[$1]:-}"; }

# gf_stop NAME [SIGNAL]: signal (TERM) and wait up to 20 s.
gf_stop() {
	local name=$1 sig=${2:-TERM} pid=${GF_PIDS[$1]:-} i
	[ -n "$pid" ] || return 0
	kill -"$sig" "$pid" 2>/dev/null
	for i in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	unset "GF_PIDS[$name]"
	return 0
}
gf_kill9() { gf_stop "$1" KILL; }
# gf_restart_deadline OLD NEW: ifsvc and appsrv again, on a copy of the
# config whose ifsvc deadline (CONF_IFSVC_EXTRA "deadline = OLD") is NEW.
gf_restart_deadline() {
	local conf=$T/deadline$2.conf
	sed "s/^  deadline = $1\$/  deadline = $2/" "$GF_CONF" >"$conf"
	grep -q "^  deadline = $2\$" "$conf" || fail "deadline = $2 not set"
	gf_stop appsrv
	gf_stop ifsvc
	GF_CONF=$conf gf_start ifsvc && GF_CONF=$conf gf_start appsrv || gf_done
}

# gf_stop_all: every daemon signalled (TERM) at once, then each waited for
# as gf_stop does (their exits, leak checks included, overlap).
gf_stop_all() {
	local name
	for name in "${!GF_PIDS[@]}"; do kill -TERM "${GF_PIDS[$name]}" 2>/dev/null; done
	for name in "${!GF_PIDS[@]}"; do gf_stop "$name"; done
}

# gf_metric NAME: the value of one line of frontd's /metrics (NAME with its
# labels, as printed), empty when absent.
gf_metric() {
	curl -s "http://127.0.0.1:$METRICS_PORT/metrics" | awk -v n="$1" '$1 == n { print $2 }'
}

gf_wait_port() {	# gf_wait_port PORT [SECONDS]
	local hex i
	hex=$(printf ':%04X ' "$1")
	for i in $(seq $((${2:-20} * 10))); do
		grep -q "$hex.* 0A " /proc/net/tcp /proc/net/tcp6 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

gf_wait_sock() {	# gf_wait_sock PATH [SECONDS]
	local i
	for i in $(seq $((${2:-20} * 10))); do
		[ -S "$1" ] && return 0
		sleep 0.1
	done
	return 1
}

# gf_wait_for SECONDS COMMAND...: poll until the command succeeds.  The
# command runs again each time: wrap a check of a query's result in a
# function (gf_wait_for 5 test "$(gf_sql ...)" -ge 1 would test one value).
gf_wait_for() {
	local secs=$1 i; shift
	for i in $(seq $((secs * 10))); do
		"$@" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}

gf_cleanup() {
	gf_stop_all
	if [ "$GF_FAIL" -gt 0 ] || [ -n "${GF_KEEP:-}" ]; then
		for f in "$T"/log/*.out; do
			[ -f "$f" ] || continue
			echo "---- last lines of $f"; tail -n 30 "$f"
		done
	fi
	if [ -z "${GF_KEEP:-}" ]; then
		pg_psql "$GF_PGHOST" -d postgres -c "DROP DATABASE IF EXISTS $GF_DBNAME WITH (FORCE)" >/dev/null 2>&1
		pg_psql "$GF_PGHOST" -d postgres -c "DROP DATABASE IF EXISTS $GF_MKTDB WITH (FORCE)" >/dev/null 2>&1
		[ -n "$GF_OWN_PG" ] && pg_cluster_remove "$GF_OWN_PG"
		gf_ports_release
		rm -rf "$T"
	else
		echo "kept $T (database $GF_DBNAME)"
	fi
}
