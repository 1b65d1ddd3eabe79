# station.sh - what `./gf start` and `./gf status` need, sourced by gf and
# by tests/integration/t_station.sh (bash).
#
#   station_prepare   the config (from etc/gridfront.conf.example), the var
#                     folders and the master key file (gfctl keys init,
#                     mode 0600), each made only when absent; then frontd -n
#                     checks the config and the key file.  0, or 1 after one
#                     line saying what is missing or wrong and how to fix it.
#   station_status    a line per daemon: running, or why it keeps restarting
#                     (from the state files scripts/supervise.sh writes).
#   station_exited    the station_status lines of the supervised daemons that
#                     have exited at least once since the supervisor started
#                     (./gf start's check that the station came up).
#
# Environment: GF_ROOT (repository), GF_BUILD (build dir), GF_CONF (config),
# GF_VAR (var dir).  Relative paths in the config are relative to the
# working directory, as for the daemons (./gf runs from the repository root).

STATION_DAEMONS=(mktsim ifsvc appsrv frontd)

station_say() { printf '%s\n' "gf: $*"; }

# station_conf_get SECTION KEY DEFAULT: a string value from the config file
# (the first one, or the first of a list), else DEFAULT.
station_conf_get() {
	local v
	v=$(sed -n "/^[[:space:]]*$1[[:space:]]*{/,/^[[:space:]]*}/s/^[[:space:]]*$2[[:space:]]*=[[:space:]]*{\\{0,1\\}[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p" \
		"$GF_CONF" 2>/dev/null | head -1)
	echo "${v:-$3}"
}

station_bin() {
	case $1 in
	mktsim|gfctl|termsim) echo "$GF_BUILD/tools/$1/$1" ;;
	*) echo "$GF_BUILD/$1/$1" ;;
	esac
}

# The config, made from the example when absent.
station_config() {
	mkdir -p "$GF_VAR/run" "$GF_VAR/log" "$GF_VAR/journal" "$GF_VAR/recon" || {
		station_say "cannot create the var folders under $GF_VAR"; return 1; }
	if [ ! -f "$GF_CONF" ]; then
		if ! (umask 027; cp "$GF_ROOT/etc/gridfront.conf.example" "$GF_CONF"); then
			station_say "no config $GF_CONF and it cannot be made; copy etc/gridfront.conf.example there"
			return 1
		fi
		station_say "created $GF_CONF from etc/gridfront.conf.example"
	fi
	station_var
}

# Run as root, the daemons become the configured user (global user,
# "gridfront"; common/daemon.h): what they write under var/ is theirs, and
# nothing under var/ is for other users (folders 0750, files 0640 or
# tighter).  The configuration stays root's (group readable): it says
# where a daemon started as root writes.
station_var() {
	local user d
	[ "$(id -u)" = 0 ] || { chmod -R o-rwx "$GF_VAR" 2>/dev/null; return 0; }
	user=$(station_conf_get global user gridfront)
	if ! id "$user" >/dev/null 2>&1; then
		if [ "$user" = gridfront ] && declare -F pg_ensure_user >/dev/null; then
			pg_ensure_user
		fi
		id "$user" >/dev/null 2>&1 || {
			station_say "no user $user for the daemons; create it (useradd --system $user) or set global user in $GF_CONF"
			return 1; }
	fi
	chmod 0750 "$GF_VAR"
	chgrp "$user" "$GF_VAR"
	for d in run log journal recon; do
		chown -R "$user:" "$GF_VAR/$d"
		chmod -R g-w,o-rwx "$GF_VAR/$d"
		chmod 0750 "$GF_VAR/$d"
	done
	# The rest (the configuration, the demo's lists, the test cluster's
	# links): no access for others.
	find "$GF_VAR" -maxdepth 1 -mindepth 1 ! -type l -exec chmod -R o-rwx {} +
	if [ -f "$GF_CONF" ] && [ "$(realpath "$(dirname "$GF_CONF")")" = "$(realpath "$GF_VAR")" ]; then
		chgrp "$user" "$GF_CONF" && chmod 0640 "$GF_CONF"
	fi
	return 0
}

# The master key file frontd reads, made when absent.  An existing one is
# never touched: a station's terminals are keyed from it.
station_keys() {
	local keys gfctl out bank
	# The bank key file (made by gfctl bank add) is the daemons' to read.
	bank=$(station_conf_get frontd bank_keys_file var/bank_keys)
	[ -e "$bank" ] && station_keys_owner "$bank"
	keys=$(station_conf_get frontd keys_file var/keys)
	gfctl=$(station_bin gfctl)
	if [ -e "$keys" ]; then
		station_keys_owner "$keys"
		if [ ! -r "$keys" ]; then
			station_say "master key file $keys is not readable by $(id -un); run ./gf as its owner"
			return 1
		fi
		if [ -n "$(find "$keys" -maxdepth 0 -perm /077 2>/dev/null)" ]; then
			station_say "master key file $keys is readable by group or others; chmod 600 $keys"
			return 1
		fi
		return 0
	fi
	if [ ! -x "$gfctl" ]; then
		station_say "no master key file $keys, and no $gfctl to make one; run ./gf build"
		return 1
	fi
	mkdir -p "$(dirname "$keys")" 2>/dev/null
	if ! out=$("$gfctl" -f "$GF_CONF" keys init --file "$keys" 2>&1); then
		station_say "no master key file $keys and it cannot be made (${out//$'\n'/ }); make it with: $gfctl -f $GF_CONF keys init --file $keys"
		return 1
	fi
	station_keys_owner "$keys"
	station_say "created master key file $keys (mode 0600; keep a copy: terminals are keyed from it)"
}

# frontd reads the key file again on SIGHUP, as the user it has become:
# the file (0600) is that user's.
station_keys_owner() {
	[ "$(id -u)" = 0 ] || return 0
	local user
	user=$(station_conf_get global user gridfront)
	id "$user" >/dev/null 2>&1 && chown "$user:" "$1"
	return 0
}

# frontd's own check of the config and the key file: its error line, if any.
station_check() {
	local frontd out
	frontd=$(station_bin frontd)
	[ -x "$frontd" ] || { station_say "no $frontd; run ./gf build"; return 1; }
	if ! out=$("$frontd" -n -f "$GF_CONF" 2>&1); then
		out=$(printf '%s\n' "$out" | grep -v '^[[:space:]]*$' | tail -1)
		station_say "frontd refuses the configuration: ${out}"
		return 1
	fi
}

station_prepare() {
	station_config && station_keys && station_check
}

station_supervisor_pid() {
	local f=$GF_VAR/run/supervise.pid
	[ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"
}

# station_state NAME KEY: a field of the daemon's supervise state file.
station_state() {
	sed -n "s/^$2=//p" "$GF_VAR/run/supervise-$1.state" 2>/dev/null | head -1
}

# One line about a daemon the supervisor runs; 1 when it is not running
# (exited, waiting to be restarted) or keeps restarting.
station_daemon_status() {
	local d=$1 pid started exits status ran last up
	pid=$(station_state "$d" pid)
	started=$(station_state "$d" started)
	exits=$(station_state "$d" exits)
	status=$(station_state "$d" status)
	ran=$(station_state "$d" ran)
	last=$(station_state "$d" last)
	exits=${exits:-0}
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		up=$(($(date +%s) - ${started:-0}))
		if [ "$exits" -ge 2 ] && [ "$up" -lt 60 ]; then
			station_say "$d running for ${up}s, after $exits quick exits in a row (last status=$status): $last"
		else
			station_say "$d running (pid $pid)"
		fi
		return 0
	fi
	if [ "$exits" -ge 2 ]; then
		station_say "$d keeps restarting: $exits exits in a row, the last with status=$status after ${ran}s; its last log line: $last"
	elif [ "$exits" -ge 1 ]; then
		station_say "$d not running: exited status=$status after ${ran}s, the supervisor restarts it; its last log line: $last"
	else
		station_say "$d not running (not started by the supervisor; see $GF_VAR/log/supervise.log)"
	fi
	return 1
}

station_exited() {
	local d
	for d in "${STATION_DAEMONS[@]}"; do
		[ -f "$GF_VAR/run/supervise-$d.state" ] || continue
		[ "$(station_state "$d" exits)" -ge 1 ] 2>/dev/null || continue
		station_daemon_status "$d" || true
	done
	return 0
}

# A line for the supervisor, one per daemon, one for the embedded
# PostgreSQL; 1 when a supervised daemon is not running or keeps restarting.
station_status() {
	local pid d rc=0
	if pid=$(station_supervisor_pid); then
		station_say "supervisor running (pid $pid)"
	else
		station_say "supervisor not running"
	fi
	for d in "${STATION_DAEMONS[@]}"; do
		if [ -n "$pid" ] && [ -f "$GF_VAR/run/supervise-$d.state" ]; then
			station_daemon_status "$d" || rc=1
		elif pgrep -f "$GF_BUILD/.*/$d( |$)" >/dev/null 2>&1; then
			station_say "$d running"
		else
			station_say "$d not running"
		fi
	done
	return $rc
}
