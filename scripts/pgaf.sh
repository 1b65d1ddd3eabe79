# pgaf.sh - a PostgreSQL primary and a streaming standby under
# pg_auto_failover (Debian: postgresql-15-auto-failover, pg-auto-failover-cli)
# on this machine, for the failover test and for trying it by hand.
# Sourced after scripts/pg.sh (PGBIN, pg_as_owner).
#
#   pgaf_start DIR MONPORT PORT_A PORT_B   monitor, node a (primary), node b
#                                          (standby, synchronous); DIR is the
#                                          station user's (everything runs as
#                                          gridfront when started as root)
#   pgaf_dsn DIR DBNAME                    the multi-host libpq string
#   pgaf_primary DIR                       the primary's node name (a or b)
#   pgaf_kill DIR NODE                     kill -9 everything of that node:
#                                          its pg_autoctl and its postmaster
#                                          (the host died)
#   pgaf_stop DIR                          stop all (immediate)
#
# The monitor's health checks are made fast (1 s, one retry, unhealthy
# after 2 s, demote timeout 3 s) so that a failover takes seconds, not the
# default half minute.  The data nodes listen on 127.0.0.1 only (the
# monitor where pg_autoctl puts it: all addresses, its pg_hba.conf rules
# from --hostname); the Unix sockets are in DIR/sock; the connections
# between them are trusted and unencrypted: a test on one machine.  A
# station uses --ssl-self-signed or certificates, and passwords.

_pgaf_run() {	# _pgaf_run DIR CMD...: as the station user, clean environment
	local d=$1; shift
	pg_as_owner env -i HOME="$d" PATH="$PGBIN:/usr/bin:/bin" \
		XDG_CONFIG_HOME="$d/xdg/config" XDG_DATA_HOME="$d/xdg/data" \
		XDG_RUNTIME_DIR="$d/xdg/run" PGHOST="$d/sock" "$@"
}

# _pgaf_initdb DIR NAME PORT: a data directory whose sockets go to DIR/sock
# (pg_autoctl would otherwise use the system's /var/run/postgresql).
_pgaf_initdb() {
	local d=$1 n=$2
	_pgaf_run "$d" initdb -D "$d/$n" -U gridfront --auth-local=trust \
		--auth-host=trust -E UTF8 --locale=C.UTF-8 >"$d/$n-initdb.log" 2>&1 || return 1
	cat >>"$d/$n/postgresql.conf" <<CONF
unix_socket_directories = '$d/sock'
listen_addresses = '127.0.0.1'
CONF
}

# _pgaf_serve DIR NAME: pg_autoctl run for that node, in a session of its
# own (its process group id is kept in DIR/NAME.pgid).
_pgaf_serve() {
	local d=$1 n=$2
	_pgaf_run "$d" setsid sh -c 'echo $$ >"$1.pgid"; exec pg_autoctl run --pgdata "$1"' \
		sh "$d/$n" >>"$d/$n-run.log" 2>&1 &
	local i
	for i in $(seq 50); do [ -s "$d/$n.pgid" ] && return 0; sleep 0.1; done
	return 1
}

pgaf_state() {	# pgaf_state DIR: "name state" per data node, from the monitor
	"$PGBIN/psql" -X -At -h "$1/sock" -p "$(cat "$1/monport")" -U gridfront -d pg_auto_failover \
		-c "SELECT nodename || ' ' || reportedstate || ' ' || goalstate FROM pgautofailover.node ORDER BY nodeid" 2>/dev/null
}

_pgaf_wait() {	# _pgaf_wait DIR SECONDS PATTERN: the state text matches
	local i
	for i in $(seq $(($2 * 2))); do
		[[ $(pgaf_state "$1" | tr '\n' ' ') =~ $3 ]] && return 0
		sleep 0.5
	done
	return 1
}

pgaf_start() {
	local d=$1 mp=$2 pa=$3 pb=$4 mon
	pg_ensure_user
	mkdir -p "$d/sock" "$d/xdg/run"
	[ "$(id -u)" = 0 ] && chown -R gridfront: "$d"
	echo "$mp" >"$d/monport"
	mon="postgres://autoctl_node@127.0.0.1:$mp/pg_auto_failover?sslmode=disable"
	_pgaf_initdb "$d" mon || return 1
	_pgaf_run "$d" pg_autoctl create monitor --pgdata "$d/mon" --pgport "$mp" \
		--hostname 127.0.0.1 --auth trust --no-ssl >"$d/mon-create.log" 2>&1 || {
		tail -5 "$d/mon-create.log" >&2; return 1; }
	_pgaf_serve "$d" mon
	local i
	for i in $(seq 60); do
		"$PGBIN/pg_isready" -q -h "$d/sock" -p "$mp" && break
		sleep 0.5
	done
	"$PGBIN/psql" -X -q -h "$d/sock" -p "$mp" -U gridfront -d pg_auto_failover <<'SQL' >/dev/null || return 1
ALTER SYSTEM SET pgautofailover.health_check_period = 1000;
ALTER SYSTEM SET pgautofailover.health_check_timeout = 1000;
ALTER SYSTEM SET pgautofailover.health_check_max_retries = 1;
ALTER SYSTEM SET pgautofailover.health_check_retry_delay = 500;
ALTER SYSTEM SET pgautofailover.node_considered_unhealthy_timeout = 2000;
ALTER SYSTEM SET pgautofailover.primary_demote_timeout = 3000;
SELECT pg_reload_conf();
SQL
	_pgaf_initdb "$d" a || return 1
	_pgaf_run "$d" pg_autoctl create postgres --pgdata "$d/a" --pgport "$pa" \
		--pghost "$d/sock" --listen 127.0.0.1 --hostname 127.0.0.1 --name a \
		--dbname gridfront --username gridfront --monitor "$mon" --auth trust \
		--no-ssl >"$d/a-create.log" 2>&1 || { tail -5 "$d/a-create.log" >&2; return 1; }
	_pgaf_serve "$d" a
	_pgaf_wait "$d" 60 '^a single single' || { echo "pgaf: node a is not up" >&2; return 1; }
	# The standby: pg_basebackup from a (its postgresql.conf with it).
	_pgaf_run "$d" pg_autoctl create postgres --pgdata "$d/b" --pgport "$pb" \
		--pghost "$d/sock" --listen 127.0.0.1 --hostname 127.0.0.1 --name b \
		--dbname gridfront --username gridfront --monitor "$mon" --auth trust \
		--no-ssl >"$d/b-create.log" 2>&1 || { tail -5 "$d/b-create.log" >&2; return 1; }
	_pgaf_serve "$d" b
	_pgaf_wait "$d" 90 '^a primary primary b secondary secondary' ||
		{ echo "pgaf: no primary and secondary: $(pgaf_state "$d" | tr '\n' ' ')" >&2; return 1; }
	echo "127.0.0.1:$pa 127.0.0.1:$pb" >"$d/nodes"
}

pgaf_dsn() {
	local ports
	ports=$(tr ' ' '\n' <"$1/nodes" | cut -d: -f2 | paste -sd,)
	echo "host=127.0.0.1,127.0.0.1 port=$ports dbname=$2 user=gridfront target_session_attrs=read-write connect_timeout=2"
}

# The node that is primary and meant to stay so (a dead primary still shows
# its last report, "primary", with the goal "demoted").
pgaf_primary() {
	pgaf_state "$1" | awk '$2 ~ /primary$/ && $3 ~ /primary$/ { print $1; exit }'
}

pgaf_kill() {
	local d=$1 n=$2 pm
	pm=$(head -1 "$d/$n/postmaster.pid" 2>/dev/null)
	kill -KILL -- "-$(cat "$d/$n.pgid")" 2>/dev/null
	[ -n "$pm" ] && kill -KILL "$pm" 2>/dev/null
	return 0
}

pgaf_stop() {
	local d=$1 n
	for n in b a mon; do
		[ -f "$d/$n.pgid" ] || continue
		kill -TERM -- "-$(cat "$d/$n.pgid")" 2>/dev/null
	done
	sleep 1
	for n in b a mon; do
		[ -f "$d/$n.pgid" ] && kill -KILL -- "-$(cat "$d/$n.pgid")" 2>/dev/null
		[ -f "$d/$n/postmaster.pid" ] && kill -KILL "$(head -1 "$d/$n/postmaster.pid")" 2>/dev/null
	done
	return 0
}
