#!/usr/bin/env bash
# backup.sh - a GridFront station's backups (docs/OPERATIONS.md).
#
#   backup.sh base BACKUP_DIR
#	A base backup of the PostgreSQL cluster (pg_basebackup, tar, with
#	the WAL it needs) into BACKUP_DIR/base/YYYYmmddTHHMMSS/.  The
#	connection comes from the libpq variables (PGHOST, PGPORT, PGUSER).
#   backup.sh wal-push PATH NAME BACKUP_DIR
#	PostgreSQL's archive_command:
#	  archive_command = '/usr/share/gridfront/scripts/backup.sh wal-push %p %f /backup/gridfront'
#	Copies one WAL file into BACKUP_DIR/wal/NAME, durably (written to a
#	temporary name, synced, renamed).  An archived file of that name with
#	the same bytes is success (a retry after a crash); different bytes
#	is a failure, never an overwrite.
#   backup.sh wal-switch BACKUP_DIR
#	Closes the current WAL segment (pg_switch_wal) and waits until it is
#	in the archive: every transaction committed before the call can then
#	be restored.
#   backup.sh journal JOURNAL_DIR BACKUP_DIR
#	Copies frontd's journal files (every chain: journal_dir and its
#	subfolders) into BACKUP_DIR/journal/, keeping the layout.  A closed
#	file (an earlier day's) is copied once and never changed after; the
#	open file (today's) is copied as it is now and replaced on the next
#	run, after checking that the archived copy is a prefix of the file.
#	Then every archived chain is checked with gfctl journal verify: each
#	file's first record carries the hash of the previous file's last, so
#	the archive verifies across days as the journal itself does.
set -u
umask 027

die() { echo "backup.sh: $*" >&2; exit 1; }
GFCTL=${GFCTL:-gfctl}

base() {
	local dir=$1 stamp dest
	stamp=$(date -u +%Y%m%dT%H%M%S)
	dest=$dir/base/$stamp
	mkdir -p "$dir/base" || die "cannot make $dir/base"
	[ -e "$dest" ] && die "$dest exists"
	pg_basebackup -D "$dest.partial" -Ft -z -X stream --checkpoint=fast \
		--label "gridfront $stamp" --no-password ||
		{ rm -rf "$dest.partial"; die "pg_basebackup failed"; }
	sync -f "$dest.partial" 2>/dev/null || sync
	mv "$dest.partial" "$dest" || die "cannot rename $dest.partial"
	echo "base=$dest"
}

wal_push() {
	local src=$1 name=$2 dir=$3/wal tmp
	mkdir -p "$dir" || die "cannot make $dir"
	case $name in */*|.*|'') die "bad WAL file name '$name'" ;; esac
	if [ -e "$dir/$name" ]; then
		cmp -s "$src" "$dir/$name" && exit 0
		die "$dir/$name exists with other contents; not overwritten"
	fi
	tmp=$dir/.$name.tmp.$$
	cp "$src" "$tmp" && sync "$tmp" && mv "$tmp" "$dir/$name" && sync "$dir" ||
		{ rm -f "$tmp"; die "cannot archive $name into $dir"; }
}

sql() { psql -X -At -v ON_ERROR_STOP=1 -d "${PGDATABASE:-postgres}" -c "$1"; }

wal_switch() {
	local dir=$1/wal seg i
	seg=$(sql "SELECT pg_walfile_name(pg_switch_wal())") || die "pg_switch_wal failed"
	[ -n "$seg" ] || die "pg_switch_wal gave no segment"
	for i in $(seq 600); do
		[ -e "$dir/$seg" ] && { echo "wal=$seg"; return 0; }
		sleep 0.1
	done
	die "segment $seg not archived within 60 s (archive_command, pg_stat_archiver)"
}

# Each folder holding journal-*.gfj files is one chain.
journal() {
	local jdir=$1 dest=$2/journal today d rel f name arch sz files
	[ -d "$jdir" ] || die "no journal folder $jdir"
	today=$(date +%Y%m%d)
	while IFS= read -r d; do
		rel=${d#"$jdir"}; rel=${rel#/}
		mkdir -p "$dest/$rel" || die "cannot make $dest/$rel"
		for f in "$d"/journal-*.gfj; do
			[ -f "$f" ] || continue
			name=$(basename "$f"); arch=$dest/$rel/$name
			if [ "$name" \< "journal-$today.gfj" ] && [ -e "$arch" ] && cmp -s "$f" "$arch"; then
				continue	# closed, archived before
			fi
			if [ -e "$arch" ]; then
				# Only a file that grew: the archived bytes are its start.
				sz=$(stat -c %s "$arch")
				cmp -s -n "$sz" "$f" "$arch" ||
					die "$f does not begin with the archived $arch: the journal was changed"
			fi
			cp "$f" "$arch.tmp.$$" && sync "$arch.tmp.$$" && mv "$arch.tmp.$$" "$arch" ||
				{ rm -f "$arch.tmp.$$"; die "cannot copy $f"; }
		done
	done < <(find "$jdir" -name 'journal-*.gfj' -printf '%h\n' | sort -u)
	# Verify every archived chain in date order.
	while IFS= read -r d; do
		files=$(find "$d" -maxdepth 1 -name 'journal-*.gfj' | sort)
		# shellcheck disable=SC2086
		$GFCTL journal verify $files || die "archived journal $d does not verify"
	done < <(find "$dest" -name 'journal-*.gfj' -printf '%h\n' | sort -u)
}

case ${1:-} in
base)		[ $# = 2 ] || die "usage: backup.sh base BACKUP_DIR"; base "$2" ;;
wal-push)	[ $# = 4 ] || die "usage: backup.sh wal-push PATH NAME BACKUP_DIR"; wal_push "$2" "$3" "$4" ;;
wal-switch)	[ $# = 2 ] || die "usage: backup.sh wal-switch BACKUP_DIR"; wal_switch "$2" ;;
journal)	[ $# = 3 ] || die "usage: backup.sh journal JOURNAL_DIR BACKUP_DIR"; journal "$2" "$3" ;;
*)		echo "usage: backup.sh base DIR | wal-push PATH NAME DIR | wal-switch DIR | journal JOURNAL_DIR DIR" >&2; exit 2 ;;
esac
