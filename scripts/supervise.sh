#!/usr/bin/env bash
# supervise.sh - the station's small supervisor.
#
# Starts the four daemons in dependency order (mktsim serve, ifsvc, appsrv,
# frontd), each in the foreground with its lines in the rolling files (-D)
# and -f "$GF_CONF" (mktsim with its command, serve); restarts one that
# exits, with a log line and a backoff that doubles from 1 s to 30 s (reset
# after a minute of good running); stops them all on SIGTERM/SIGINT.  Its
# own pid is in $GF_VAR/run/supervise.pid.  Each daemon's stdout/stderr is
# appended to $GF_VAR/log/<name>.out; this script's own lines go to stdout
# (./gf sends them to var/log/supervise.log).
#
# Each daemon's state is in $GF_VAR/run/supervise-<name>.state, key=value
# lines that ./gf status reads (scripts/station.sh): pid and started (epoch
# s) of the running instance, exits (how many times in a row it exited
# within a minute of starting), status and ran (s) of the last exit, and
# last, the last line it wrote to its log before that exit.
#
# Environment: GF_BUILD (build dir), GF_CONF (config), GF_VAR (var dir).
# GF_SUPERVISE_DAEMONS overrides the list (e.g. "frontd" alone).
set -u

: "${GF_BUILD:?GF_BUILD must name the build directory}"
: "${GF_CONF:?GF_CONF must name the configuration file}"
GF_VAR=${GF_VAR:-var}
DAEMONS=(${GF_SUPERVISE_DAEMONS:-mktsim ifsvc appsrv frontd})
PIDFILE=$GF_VAR/run/supervise.pid

declare -A PID=() STARTED=() BACKOFF=() NEXT=()
declare -A STARTED_AT=() EXITS=() LASTRC=() LASTRAN=() LASTLINE=()
STOPPING=

log() { printf '%s supervise: %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$*"; }

# The state file of a daemon, replaced whole (./gf status may read it).
write_state() {
	local name=$1 f=$GF_VAR/run/supervise-$1.state
	{
		echo "pid=${PID[$name]:-}"
		echo "started=${STARTED_AT[$name]:-}"
		echo "exits=${EXITS[$name]:-0}"
		echo "status=${LASTRC[$name]:-}"
		echo "ran=${LASTRAN[$name]:-}"
		echo "last=${LASTLINE[$name]:-}"
	} >"$f.new" && mv -f "$f.new" "$f"
}

# The last non-blank line a daemon wrote (its stderr: why it died; else its
# rolling log file), on one line.
last_line() {
	local f
	for f in "$GF_VAR/log/$1.out" "$GF_VAR/log/$1.log.0"; do
		[ -s "$f" ] || continue
		tail -n 50 "$f" 2>/dev/null | grep -v '^[[:space:]]*$' | tail -n 1 | tr -d '\r' | cut -c1-400
		return
	done
}

bin_of() {
	case $1 in
	mktsim) echo "$GF_BUILD/tools/mktsim/mktsim" ;;
	*)      echo "$GF_BUILD/$1/$1" ;;
	esac
}

start_one() {
	local name=$1 bin
	bin=$(bin_of "$name")
	if [ ! -x "$bin" ]; then
		log "daemon=$name missing binary $bin; not started"
		return 1
	fi
	# -D: in the foreground, logging to the rolling files (log_dir,
	# log_max_size, log_max_files); only a fatal line reaches stderr, so
	# NAME.out says why a daemon died.  mktsim's daemon is its serve command.
	local cmd=()
	[ "$name" = mktsim ] && cmd=(serve)
	"$bin" -D -f "$GF_CONF" "${cmd[@]}" >>"$GF_VAR/log/$name.out" 2>&1 &
	PID[$name]=$!
	STARTED[$name]=$SECONDS
	STARTED_AT[$name]=$(date +%s)
	write_state "$name"
	log "daemon=$name pid=${PID[$name]} started"
}

stop_all() {
	local name i alive
	STOPPING=1
	log "stopping"
	# Reverse order: the terminal-facing side first, so it can drain.
	for ((i = ${#DAEMONS[@]} - 1; i >= 0; i--)); do
		name=${DAEMONS[$i]}
		[ -n "${PID[$name]:-}" ] && kill -TERM "${PID[$name]}" 2>/dev/null
	done
	for i in $(seq 150); do
		alive=
		for name in "${!PID[@]}"; do
			kill -0 "${PID[$name]}" 2>/dev/null && alive=1
		done
		[ -z "$alive" ] && break
		sleep 0.1
	done
	for name in "${!PID[@]}"; do
		if kill -0 "${PID[$name]}" 2>/dev/null; then
			log "daemon=$name pid=${PID[$name]} did not stop; killing"
			kill -KILL "${PID[$name]}" 2>/dev/null
		fi
		wait "${PID[$name]}" 2>/dev/null
	done
	rm -f "$PIDFILE"
	for name in "${DAEMONS[@]}"; do rm -f "$GF_VAR/run/supervise-$name.state"; done
	log "stopped"
	exit 0
}

trap stop_all TERM INT
# NAME.out, the state files: nothing under var/ is for other users.
umask 027

mkdir -p "$GF_VAR/run" "$GF_VAR/log"
echo $$ >"$PIDFILE"
for name in mktsim ifsvc appsrv frontd "${DAEMONS[@]}"; do
	rm -f "$GF_VAR/run/supervise-$name.state"
done
log "pid=$$ daemons=${DAEMONS[*]}"

# mktsim's own database: creating it is idempotent (a no-op when it exists).
for name in "${DAEMONS[@]}"; do
	if [ "$name" = mktsim ] && [ -x "$(bin_of mktsim)" ]; then
		"$(bin_of mktsim)" -f "$GF_CONF" init >>"$GF_VAR/log/mktsim.out" 2>&1 ||
			log "daemon=mktsim init failed (see $GF_VAR/log/mktsim.out)"
	fi
done

for name in "${DAEMONS[@]}"; do
	BACKOFF[$name]=1
	start_one "$name"
	# Give each a moment to open its socket before its client starts;
	# the clients reconnect anyway, this only avoids noise in the logs.
	sleep 0.3
done

# Poll once a second rather than `wait -n -p`: bash reaps a child that
# dies while the script is busy elsewhere (a backoff sleep, another
# restart), and `wait -n` then never reports it.  kill -0 cannot miss one.
while :; do
	sleep 1 &
	wait $! 2>/dev/null
	[ -n "$STOPPING" ] && continue
	for name in "${DAEMONS[@]}"; do
		pid=${PID[$name]:-}
		[ -n "$pid" ] || continue
		kill -0 "$pid" 2>/dev/null && continue
		wait "$pid" 2>/dev/null
		rc=$?
		ran=$((SECONDS - ${STARTED[$name]}))
		if [ "$ran" -ge 60 ]; then BACKOFF[$name]=1; EXITS[$name]=0; fi
		EXITS[$name]=$((${EXITS[$name]:-0} + 1))
		LASTRC[$name]=$rc
		LASTRAN[$name]=$ran
		LASTLINE[$name]=$(last_line "$name")
		log "daemon=$name pid=$pid exited status=$rc after ${ran}s; restart in ${BACKOFF[$name]}s" \
			"(exits in a row: ${EXITS[$name]}; last log line: ${LASTLINE[$name]})"
		unset "PID[$name]"
		write_state "$name"
		sleep "${BACKOFF[$name]}" &
		wait $! 2>/dev/null
		[ -n "$STOPPING" ] && break
		start_one "$name"
		b=$((BACKOFF[$name] * 2))
		[ "$b" -gt 30 ] && b=30
		BACKOFF[$name]=$b
	done
done
