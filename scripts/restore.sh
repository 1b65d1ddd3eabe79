#!/usr/bin/env bash
# restore.sh - put a station back from its backups (scripts/backup.sh,
# docs/OPERATIONS.md).
#
#   restore.sh db BACKUP_DIR DATADIR [--base NAME] [--target-time TIME]
#	Unpacks a base backup (the newest, or BACKUP_DIR/base/NAME) into
#	DATADIR, which must be missing or empty, and sets up recovery from
#	BACKUP_DIR/wal: without --target-time to the end of the archive,
#	with it to that moment ('2026-12-06 01:40:00+00'); then the cluster
#	is promoted.  Start PostgreSQL on DATADIR as its owner to run the
#	recovery; the server log says "archive recovery complete".
#	archive_mode stays as the backup had it: point archive_command at a
#	fresh BACKUP_DIR (the restored cluster is a new timeline), or turn
#	it off.
#   restore.sh journal BACKUP_DIR JOURNAL_DIR
#	Copies the archived journal files back into JOURNAL_DIR (every chain,
#	the same layout), never over a file that differs, and verifies them.
set -u
umask 077

die() { echo "restore.sh: $*" >&2; exit 1; }
GFCTL=${GFCTL:-gfctl}
SELF=$(realpath "$0")

db() {
	local bdir dir base="" target="" src
	bdir=$(realpath "$1") || die "no backup folder $1"
	dir=$2; shift 2
	while [ $# -gt 0 ]; do
		case $1 in
		--base) base=$2; shift 2 ;;
		--target-time) target=$2; shift 2 ;;
		*) die "unknown option $1" ;;
		esac
	done
	[ -d "$bdir/wal" ] || die "no WAL archive $bdir/wal"
	if [ -z "$base" ]; then
		base=$(find "$bdir/base" -mindepth 1 -maxdepth 1 -type d ! -name '*.partial' -printf '%f\n' 2>/dev/null | sort | tail -1)
		[ -n "$base" ] || die "no base backup in $bdir/base"
	fi
	src=$bdir/base/$base
	[ -f "$src/base.tar.gz" ] || die "no $src/base.tar.gz"
	if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
		die "$dir is not empty; restore into a fresh folder"
	fi
	mkdir -p "$dir" && chmod 0700 "$dir" || die "cannot make $dir"
	tar -xzf "$src/base.tar.gz" -C "$dir" || die "cannot unpack $src/base.tar.gz"
	if [ -f "$src/pg_wal.tar.gz" ]; then
		tar -xzf "$src/pg_wal.tar.gz" -C "$dir/pg_wal" || die "cannot unpack $src/pg_wal.tar.gz"
	fi
	{
		echo "# restore.sh $(date -u +%FT%TZ): base $base, WAL from $bdir/wal"
		echo "restore_command = '$SELF wal-fetch %f %p $bdir'"
		echo "recovery_target_action = 'promote'"
		echo "recovery_target_timeline = 'latest'"
		[ -n "$target" ] && echo "recovery_target_time = '$target'"
	} >>"$dir/postgresql.auto.conf"
	: >"$dir/recovery.signal"
	echo "restored=$dir base=$base target=${target:-end of archive}"
}

# restore_command: a missing file is the end of the archive (exit 1).
wal_fetch() {
	local name=$1 dst=$2 dir=$3/wal
	case $name in */*|.*|'') exit 2 ;; esac
	[ -f "$dir/$name" ] || exit 1
	cp "$dir/$name" "$dst"
}

journal() {
	local src=$1/journal jdir=$2 f rel d files
	[ -d "$src" ] || die "no archived journal in $src"
	while IFS= read -r f; do
		rel=${f#"$src"/}
		mkdir -p "$jdir/$(dirname "$rel")" || die "cannot make $jdir/$(dirname "$rel")"
		if [ -e "$jdir/$rel" ]; then
			cmp -s "$f" "$jdir/$rel" && continue
			die "$jdir/$rel exists and differs from the archive; move it aside first"
		fi
		cp "$f" "$jdir/$rel" || die "cannot copy $rel"
	done < <(find "$src" -name 'journal-*.gfj' | sort)
	while IFS= read -r d; do
		files=$(find "$d" -maxdepth 1 -name 'journal-*.gfj' | sort)
		$GFCTL journal verify $files || die "restored journal $d does not verify"
	done < <(find "$jdir" -name 'journal-*.gfj' -printf '%h\n' | sort -u)
}

case ${1:-} in
db)		[ $# -ge 3 ] || die "usage: restore.sh db BACKUP_DIR DATADIR [--base NAME] [--target-time TIME]"; shift; db "$@" ;;
wal-fetch)	[ $# = 4 ] || exit 2; wal_fetch "$2" "$3" "$4" ;;
journal)	[ $# = 3 ] || die "usage: restore.sh journal BACKUP_DIR JOURNAL_DIR"; journal "$2" "$3" ;;
*)		echo "usage: restore.sh db BACKUP_DIR DATADIR [--base NAME] [--target-time TIME] | journal BACKUP_DIR JOURNAL_DIR" >&2; exit 2 ;;
esac
