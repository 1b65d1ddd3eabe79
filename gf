#!/usr/bin/env bash
# gf - GridFront's one entry point.
#
#   ./gf test     install what is missing, build (normal, sanitizers, fuzz), run every test
#   ./gf demo     install, build, start the whole station and show it working
#   ./gf start | stop | status    manage the stack (embedded PostgreSQL unless a DSN is configured);
#                 start makes what is absent (config, master key file, schema) or says what is
#                 missing; status says which daemon keeps restarting and its last log line
#   ./gf build    install and build only
set -euo pipefail

ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"
. "$ROOT/scripts/pg.sh"
. "$ROOT/scripts/station.sh"

BUILD=$ROOT/build
BUILD_ASAN=$ROOT/build-asan
BUILD_FUZZ=$ROOT/build-fuzz
VAR=$ROOT/var
export GF_CONF=${GF_CONF:-$VAR/gridfront.conf}
export LOG4C_RCPATH=$ROOT/etc
JOBS=$(nproc 2>/dev/null || echo 2)

DEB_PACKAGES=(build-essential cmake pkg-config clang libclang-rt-14-dev
	libevent-dev libpq-dev libssl-dev liblog4c-dev libxml2-dev libjansson-dev
	libcmocka-dev libconfuse-dev libsystemd-dev postgresql-15 postgresql-client-15
	nginx libnginx-mod-stream haproxy procps iproute2 util-linux xxd jq curl socat
	chromium fonts-wqy-microhei
	postgresql-15-auto-failover pg-auto-failover-cli)

say() { printf '%s\n' "gf: $*"; }

install_deps() {
	local missing=() p
	for p in "${DEB_PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" != 0 ]; then
		say "missing Debian packages: ${missing[*]} (run as root to install them)"
		exit 1
	fi
	say "installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	# The nginx and haproxy packages must not start servers of their own.
	printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
	chmod +x /usr/sbin/policy-rc.d
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	rm -f /usr/sbin/policy-rc.d
}

# Node.js and npm for the console's packages: the machine's own when it
# has them (a newer Node.js than Debian's may be installed), else Debian's.
install_node() {
	command -v node >/dev/null && command -v npm >/dev/null && return 0
	if [ "$(id -u)" != 0 ]; then
		say "missing node and npm (run as root to install Debian's nodejs and npm)"
		exit 1
	fi
	say "installing nodejs npm"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
}

# The console's npm packages (console/package-lock.json: echarts,
# playwright-core), installed again only when the lockfile changed; and
# echarts copied where appsrv serves it (console/www/vendor/, not in git).
build_console() {
	local c=$ROOT/console
	install_node
	if [ ! -f "$c/node_modules/.package-lock.json" ] ||
	    [ "$c/package-lock.json" -nt "$c/node_modules/.package-lock.json" ]; then
		(cd "$c" && npm ci --no-audit --no-fund >"$c/npm-ci.log" 2>&1) ||
			{ tail -20 "$c/npm-ci.log"; say "npm ci failed in console/"; exit 1; }
		rm -f "$c/npm-ci.log"
	fi
	mkdir -p "$c/www/vendor"
	cmp -s "$c/node_modules/echarts/dist/echarts.min.js" "$c/www/vendor/echarts.min.js" ||
		cp "$c/node_modules/echarts/dist/echarts.min.js" "$c/www/vendor/echarts.min.js"
}

configure_build() {	# configure_build DIR [--target T] [CMAKE ARGS...]: quiet unless it fails
	local dir=$1 target=(); shift
	if [ "${1:-}" = --target ]; then target=(--target "$2"); shift 2; fi
	mkdir -p "$dir"
	if [ ! -f "$dir/CMakeCache.txt" ]; then
		cmake -S "$ROOT" -B "$dir" "$@" >"$dir/gf-configure.log" 2>&1 ||
			{ cat "$dir/gf-configure.log"; exit 1; }
	fi
	cmake --build "$dir" -j "$JOBS" "${target[@]}" >"$dir/gf-build.log" 2>&1 ||
		{ grep -E 'error|Error' -A3 "$dir/gf-build.log" | head -60; say "build failed in $dir"; exit 1; }
}

build_all() {
	build_console
	configure_build "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo
}

build_test_variants() {
	configure_build "$BUILD_ASAN" -DCMAKE_BUILD_TYPE=Debug -DENABLE_SANITIZERS=ON
	CC=clang configure_build "$BUILD_FUZZ" --target fuzz_all -DCMAKE_BUILD_TYPE=Debug \
		-DENABLE_SANITIZERS=ON -DENABLE_FUZZ=ON
}

# The station's config: generated once from the example, then the user's.
ensure_config() {
	GF_ROOT=$ROOT GF_BUILD=$BUILD GF_VAR=$VAR station_config || exit 1
}

# Prints the configured DSN, empty for the embedded cluster.
configured_dsn() {
	sed -n '/^database[[:space:]]*{/,/}/s/^[[:space:]]*dsn[[:space:]]*=[[:space:]]*"\(.*\)".*/\1/p' "$GF_CONF" | head -1
}

start_db() {
	ensure_config
	if [ -z "$(configured_dsn)" ]; then
		pg_cluster_start "$VAR/pg" "$VAR/run/pg"
		if ! pg_psql "$VAR/run/pg" -d postgres -At -c "SELECT 1 FROM pg_database WHERE datname='gridfront'" | grep -q 1; then
			pg_psql "$VAR/run/pg" -d postgres -c "CREATE DATABASE gridfront" >/dev/null
		fi
	fi
	GF_SCHEMA_DIR=$ROOT/schema "$BUILD/tools/gfctl/gfctl" -f "$GF_CONF" migrate
}

stop_db() {
	[ -e "$VAR/pg" ] && pg_cluster_stop "$VAR/pg"
	return 0
}

supervisor_pid() {
	GF_VAR=$VAR station_supervisor_pid
}

cmd_start() {
	local i down
	install_deps
	build_all
	# Config and master key file made when absent, then frontd's own check;
	# anything else missing stops here with one line saying what.
	GF_ROOT=$ROOT GF_BUILD=$BUILD GF_VAR=$VAR station_prepare || exit 1
	start_db
	if [ -n "$(supervisor_pid || true)" ]; then
		say "already running (supervisor pid $(supervisor_pid))"
		return 0
	fi
	# Its log, like everything under var/, is not for other users.
	(umask 027; GF_BUILD=$BUILD GF_VAR=$VAR exec setsid "$ROOT/scripts/supervise.sh" \
		>>"$VAR/log/supervise.log" 2>&1 </dev/null) &
	# A daemon that exits at once (a port in use, a bad DSN) shows within
	# a few seconds; say so rather than report a station that is not up.
	for i in $(seq 8); do
		sleep 0.5
		down=$(GF_BUILD=$BUILD GF_VAR=$VAR station_exited)
		[ -n "$down" ] && break
	done
	if [ -n "$down" ]; then
		printf '%s\n' "$down"
		say "station started, but a daemon exits; logs under var/log (./gf status, ./gf stop)"
		exit 1
	fi
	say "station starting; logs under var/log (./gf status, ./gf stop)"
}

cmd_stop() {
	local pid i
	if pid=$(supervisor_pid); then
		kill -TERM "$pid"
		for i in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
	fi
	stop_db
	say "stopped"
}

cmd_status() {
	local rc=0
	GF_BUILD=$BUILD GF_VAR=$VAR station_status || rc=1
	if [ -e "$VAR/pg" ] && pg_cluster_running "$VAR/pg"; then say "postgresql running (var/pg)"; else say "postgresql (embedded) not running"; fi
	return $rc
}

# A shared cluster for the tests; each test makes its own database from
# the migrated template gf_template.
start_test_db() {
	local tvar=$VAR/test
	mkdir -p "$tvar"
	pg_cluster_start "$tvar/pg" "$tvar/run/pg" throwaway nosync
	export GF_TEST_PGHOST
	GF_TEST_PGHOST=$(realpath "$tvar/run/pg")
	pg_psql "$GF_TEST_PGHOST" -d postgres -c "DROP DATABASE IF EXISTS gf_template" >/dev/null
	pg_psql "$GF_TEST_PGHOST" -d postgres -c "CREATE DATABASE gf_template" >/dev/null
	local conf=$tvar/template.conf
	printf 'database {\n  dsn = "host=%s dbname=gf_template user=gridfront"\n}\n' "$GF_TEST_PGHOST" >"$conf"
	GF_SCHEMA_DIR=$ROOT/schema "$BUILD_ASAN/tools/gfctl/gfctl" -f "$conf" migrate >/dev/null
}

cmd_test() {
	install_deps
	say "building (normal, sanitizers, fuzz)"
	build_all
	build_test_variants
	start_test_db
	trap 'pg_cluster_stop "$VAR/test/pg"' EXIT
	local rc=0
	export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
	export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/tests/lsan.supp}
	export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
	say "unit tests (normal build)"
	(cd "$BUILD" && ctest -L unit --output-on-failure -j "$JOBS") || rc=1
	say "all tests (sanitizer build)"
	# One test more than cores: most integration tests spend much of their
	# time waiting (a timer, a fault, a settler); each prints its own CPU
	# against its wall time ("# cpu_s=C wall_s=W", tests/integration/lib.sh).
	(cd "$BUILD_ASAN" && ctest --output-on-failure -j "$((JOBS + 1))") || rc=1
	say "fuzz targets (bounded)"
	(cd "$BUILD_FUZZ" && ctest -L fuzz --output-on-failure -j "$JOBS") || rc=1
	if [ $rc -eq 0 ]; then say "all tests passed"; else say "TESTS FAILED"; fi
	return $rc
}

# For a developer: start the test cluster (if it is not up), migrate the
# template without dropping it, and print the environment the tests need:
#   source <(./gf testenv)
cmd_testenv() {
	local tvar=$VAR/test conf=$VAR/test/template.conf host
	mkdir -p "$tvar"
	pg_cluster_running "$tvar/pg" 2>/dev/null || pg_cluster_start "$tvar/pg" "$tvar/run/pg" throwaway nosync >&2
	host=$(realpath "$tvar/run/pg")
	pg_psql "$host" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'gf_template'" | grep -q 1 ||
		pg_psql "$host" -d postgres -c "CREATE DATABASE gf_template" >/dev/null
	printf 'database {\n  dsn = "host=%s dbname=gf_template user=gridfront"\n}\n' "$host" >"$conf"
	GF_SCHEMA_DIR=$ROOT/schema "$BUILD/tools/gfctl/gfctl" -f "$conf" migrate >&2
	echo "export GF_TEST_PGHOST=$host"
	echo "export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
	echo "export LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp"
	echo "export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
}

cmd_demo() {
	install_deps
	build_all
	start_db
	GF_BUILD=$BUILD GF_VAR=$VAR "$ROOT/scripts/demo.sh"
}

case "${1:-}" in
test)	cmd_test ;;
demo)	cmd_demo ;;
start)	cmd_start ;;
stop)	cmd_stop ;;
status)	cmd_status ;;
build)	install_deps; build_all ;;
testenv) cmd_testenv ;;
*)	echo "usage: ./gf test | demo | start | stop | status | build | testenv" >&2; exit 2 ;;
esac
