# pg.sh - the embedded PostgreSQL cluster, sourced by ./gf and the tests.
#
# pg_cluster_start DATADIR SOCKDIR [throwaway [nosync]]
#                                    initdb if needed, start (Unix socket only);
#                                    nosync (the tests' clusters): started
#                                    without fsync (a crash of PostgreSQL
#                                    itself still loses nothing committed;
#                                    only one of the machine would)
# pg_cluster_stop DATADIR            fast shutdown
# pg_cluster_remove DATADIR          stop and delete a throw-away cluster
# As root the cluster runs as the unprivileged system user "gridfront", in a
# directory that user can reach (/var/lib/gridfront/clusters/<hash>), linked
# from DATADIR and SOCKDIR so that everything else sees the usual paths.

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PG_SUPERUSER=gridfront

pg_as_owner() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u gridfront -- "$@"
	else
		"$@"
	fi
}

pg_ensure_user() {
	[ "$(id -u)" = 0 ] || return 0
	id gridfront >/dev/null 2>&1 && return 0
	useradd --system --no-create-home --home-dir /nonexistent \
		--shell /usr/sbin/nologin gridfront
}

# Resolve where the cluster's files really live (see above).
_pg_real_dirs() {
	local data=$1 sock=$2 key
	if [ "$(id -u)" = 0 ]; then
		# Keyed by the link's own path (its parent resolved), never
		# by where an existing link points: otherwise the second start
		# would hash the real directory and initdb a fresh cluster.
		key=$(printf '%s/%s' "$(realpath -m "$(dirname "$data")")" "$(basename "$data")" |
			sha1sum | cut -c1-16)
		PG_REAL_DATA=/var/lib/gridfront/clusters/$key/data
		PG_REAL_SOCK=/var/lib/gridfront/clusters/$key/sock
		mkdir -p "$(dirname "$PG_REAL_DATA")"
		chown gridfront: "$(dirname "$PG_REAL_DATA")"
		chmod 0755 /var/lib/gridfront /var/lib/gridfront/clusters 2>/dev/null || true
	else
		PG_REAL_DATA=$(realpath -m "$data")
		PG_REAL_SOCK=$(realpath -m "$sock")
	fi
}

_pg_link() {	# _pg_link REAL LINK
	local real=$1 link=$2
	[ "$(realpath -m "$real")" = "$(realpath -m "$link")" ] && return 0
	mkdir -p "$(dirname "$link")"
	if [ -L "$link" ] || [ ! -e "$link" ]; then
		ln -sfn "$real" "$link"
	else
		echo "pg.sh: $link exists and is not a link to $real" >&2
		return 1
	fi
}

# As root: a cluster under /var/lib/gridfront whose link is gone was left by
# an earlier checkout at the same path (its var/ was deleted, and with it
# the keys and terminals that went with the data).  Starting it would mix
# its books with a new station's; it is stopped and moved aside, not
# deleted (a throw-away one, the tests', is deleted).
_pg_orphan_aside() {	# _pg_orphan_aside LINK [throwaway]
	local link=$1 dir aside
	[ "$(id -u)" = 0 ] && [ ! -L "$link" ] && [ ! -e "$link" ] &&
		[ -f "$PG_REAL_DATA/PG_VERSION" ] || return 0
	dir=$(dirname "$PG_REAL_DATA")
	pg_as_owner "$PGBIN/pg_ctl" -D "$PG_REAL_DATA" -m fast -w stop >/dev/null 2>&1 || true
	if [ "${2:-}" = throwaway ]; then
		rm -rf "$PG_REAL_DATA"
		return 0
	fi
	aside=$dir.orphaned-$(date +%Y%m%d%H%M%S)
	mkdir -p "$aside"
	mv "$PG_REAL_DATA" "$aside/data"
	echo "pg.sh: $link had no cluster; the one left at $PG_REAL_DATA by an earlier checkout is now $aside/data" >&2
}

pg_cluster_start() {
	local data=$1 sock=$2
	pg_ensure_user
	_pg_real_dirs "$data" "$sock"
	_pg_orphan_aside "$data" "${3:-}"
	mkdir -p "$PG_REAL_SOCK"
	[ "$(id -u)" = 0 ] && chown gridfront: "$PG_REAL_SOCK" "$(dirname "$PG_REAL_DATA")"
	_pg_link "$PG_REAL_DATA" "$data" || return 1
	_pg_link "$PG_REAL_SOCK" "$sock" || return 1
	if [ ! -f "$PG_REAL_DATA/PG_VERSION" ]; then
		pg_as_owner "$PGBIN/initdb" -D "$PG_REAL_DATA" -U "$PG_SUPERUSER" \
			--auth-local=trust --auth-host=reject -E UTF8 --locale=C.UTF-8 \
			>"$(dirname "$PG_REAL_DATA")/initdb.log" 2>&1 || {
			cat "$(dirname "$PG_REAL_DATA")/initdb.log" >&2; return 1; }
		cat >>"$PG_REAL_DATA/postgresql.conf" <<CONF
# GridFront embedded cluster: Unix socket only.
listen_addresses = ''
unix_socket_directories = '$PG_REAL_SOCK'
unix_socket_permissions = 0770
max_connections = 200
shared_buffers = 256MB
synchronous_commit = on
fsync = on
log_min_messages = warning
CONF
	fi
	if pg_as_owner "$PGBIN/pg_ctl" -D "$PG_REAL_DATA" status >/dev/null 2>&1; then
		return 0
	fi
	local opts=
	[ "${4:-}" = nosync ] && opts='-c fsync=off -c full_page_writes=off'
	# GF_PG_OPTS: more server options for this start (a benchmark that
	# wants pg_stat_statements, say).
	[ -n "${GF_PG_OPTS:-}" ] && opts="$opts $GF_PG_OPTS"
	pg_as_owner "$PGBIN/pg_ctl" -D "$PG_REAL_DATA" -l "$(dirname "$PG_REAL_DATA")/server.log" \
		${opts:+-o "$opts"} -w -t 60 start >/dev/null || {
		tail -20 "$(dirname "$PG_REAL_DATA")/server.log" >&2; return 1; }
}

pg_cluster_stop() {
	local data=$1
	[ -e "$data/PG_VERSION" ] || return 0
	pg_as_owner "$PGBIN/pg_ctl" -D "$(realpath "$data")" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_cluster_remove DATADIR: stop a throw-away cluster (a test's or a
# benchmark's) and delete its files, wherever they really live.
pg_cluster_remove() {
	local data=$1 real
	[ -e "$data" ] || return 0
	pg_cluster_stop "$data"
	real=$(realpath "$data")
	case $real in
	/var/lib/gridfront/clusters/*/data) rm -rf "$(dirname "$real")" ;;
	*) rm -rf "$real" ;;
	esac
	rm -f "$data" 2>/dev/null || true
}

pg_cluster_running() {
	local data=$1
	[ -e "$data/PG_VERSION" ] || return 1
	pg_as_owner "$PGBIN/pg_ctl" -D "$(realpath "$data")" status >/dev/null 2>&1
}

# psql against the cluster whose socket directory is $1.
pg_psql() {
	local sock=$1; shift
	"$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$(realpath "$sock")" -U "$PG_SUPERUSER" "$@"
}
