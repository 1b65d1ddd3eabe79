#!/usr/bin/env bash
# The restore drill (scripts/backup.sh, scripts/restore.sh): a station takes
# termsim payments while a base backup is made and its WAL is archived
# (archive_command); its journal is archived; then the cluster is lost and
# a fresh one is recovered from the base backup and the archive to its end.
# Every payment frontd answered OK before the last archived segment was
# closed is in the restored database, as a success; the station runs on the
# restored cluster, settles what was in doubt at the cut, its books agree
# with the marketing system's and the day reconciles with 0 differences;
# the archived journal verifies, and a changed byte in it is caught.
# A PENDING row left by the crash is adopted deadline + 30 s after it began.
CONF_IFSVC_EXTRA='deadline = 2
  settle_interval = 1'
# The drill needs a cluster of its own (archiving on, then lost): not the
# shared one ./gf test gives the other tests.
unset GF_TEST_PGHOST
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

NTERM=4
TFILE=$T/terminals
CFILE=$T/customers
BK=$T/backup
TERMSIM=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --keys "$T/keys" --timeout 20000)
GFCTL_CMD="$BIN_GFCTL -f $GF_CONF"
export GFCTL=$GFCTL_CMD
mkdir -p "$BK"
gf_own "$BK"
[ "$(id -u)" = 0 ] && chmod 0755 "$BK"

# A second cluster (the restored one) is stopped and removed with the test's.
PG2=$T/pg2data
PG2SOCK=$T/pg2sock
bk_cleanup() {
	[ -f "$PG2/PG_VERSION" ] && pg_as_owner "$PGBIN/pg_ctl" -D "$PG2" -m immediate -w stop >/dev/null 2>&1
	gf_cleanup
}
trap bk_cleanup EXIT

provision() {
	local i id op pin
	: >"$TFILE"; chmod 0600 "$TFILE"
	for i in $(seq 1 $NTERM); do
		id=$(printf '86139000003%05d' "$i")
		op=$(printf 'BR%02d' "$i")
		pin=$(printf '%06d' $((100000 + i * 7919)))
		"$BIN_GFCTL" -f "$GF_CONF" terminal add --id "$id" --name "drill $i" \
			--suite $((2 - i % 2)) --ip "127.0.1.$i" >>"$T/log/gfctl.out" 2>&1 &&
		"$BIN_GFCTL" -f "$GF_CONF" operator add --id "$op" --name "drill $i" \
			--role collector <<<"$pin" >>"$T/log/gfctl.out" 2>&1 ||
			{ fail "provision terminal $id"; return 1; }
		echo "$id $((2 - i % 2)) 1 127.0.1.$i - - $op $pin collector" >>"$TFILE"
	done
}

# ---- archiving on: archive_command is backup.sh wal-push ----
PGDATA_REAL=$(realpath "$T/pg")
cat >>"$PGDATA_REAL/postgresql.conf" <<CONF
wal_level = replica
archive_mode = on
archive_command = '$GF_SRC/scripts/backup.sh wal-push %p %f $BK'
CONF
pg_as_owner "$PGBIN/pg_ctl" -D "$PGDATA_REAL" -w -m fast restart -l "$(dirname "$PGDATA_REAL")/server.log" >/dev/null ||
	{ fail "PostgreSQL restart with archiving"; gf_done; }
expect_eq "$(gf_sql "SHOW archive_mode")" on "archiving is on"

# wal-push: a retry with the same bytes is fine, other bytes are refused.
printf 'one' >"$T/w1"; printf 'two' >"$T/w2"
"$GF_SRC/scripts/backup.sh" wal-push "$T/w1" 0000000900000000000000AA "$T/bk-test" &&
	"$GF_SRC/scripts/backup.sh" wal-push "$T/w1" 0000000900000000000000AA "$T/bk-test"
expect_eq "$?" 0 "wal-push: archiving the same file twice succeeds"
"$GF_SRC/scripts/backup.sh" wal-push "$T/w2" 0000000900000000000000AA "$T/bk-test" 2>"$T/push.err"
expect_eq "$?:$(cat "$T/bk-test/wal/0000000900000000000000AA")" "1:one" "wal-push: different bytes under an archived name are refused, not overwritten"

MKT_CUSTOMERS=200
provision || gf_done
gf_start_all || gf_done
gf_wait_for 30 "${TERMSIM[@]}" call --terminal 8613900000300001 ECHO ||
	{ fail "the station answers ECHO"; gf_done; }
"$BIN_MKTSIM" -f "$GF_CONF" customers --limit 100000 >"$CFILE" 2>>"$T/log/mktsim.out"

# ---- payments; a base backup in the middle; the WAL archived after ----
"${TERMSIM[@]}" run --terminals $NTERM --mix collector=100 --payments-only --seed 5 \
	--duration 13 --customers-file "$CFILE" >"$T/load.out" 2>"$T/log/termsim-load.out" &
LOAD=$!
T_LOAD=$(date +%s)
sleep 3
PGHOST=$GF_PGHOST PGUSER=gridfront "$GF_SRC/scripts/backup.sh" base "$BK" >"$T/base.out" 2>&1
expect_eq "$?" 0 "base backup under load"
# The cut 9 s into the 13 s of load, whatever the base backup took.
while [ "$(date +%s)" -lt $((T_LOAD + 9)) ]; do sleep 0.2; done
# Every payment answered before this moment was committed before the switch.
CUT_US=$(($(date +%s%N) / 1000))
PGHOST=$GF_PGHOST PGUSER=gridfront "$GF_SRC/scripts/backup.sh" wal-switch "$BK" >"$T/switch.out" 2>&1
expect_eq "$?" 0 "WAL switched and archived: $(cat "$T/switch.out")"
wait "$LOAD"; rc=$?
expect_eq "$rc" 0 "termsim load: exit status"
expect_match "$(grep '^terminals=' "$T/load.out")" " violations=0$" "termsim load: no invariant violations"

# ---- the journal archived (twice: the open file grows in between) ----
"$GF_SRC/scripts/backup.sh" journal "$T/journal" "$BK" >"$T/jarch.out" 2>&1
expect_eq "$?" 0 "journal archived and verified"
"${TERMSIM[@]}" call --terminal 8613900000300002 ECHO >/dev/null 2>&1
"$GF_SRC/scripts/backup.sh" journal "$T/journal" "$BK" >>"$T/jarch.out" 2>&1
expect_eq "$?" 0 "journal archived again after it grew"
check "the archived journal is the journal" -- cmp "$T/journal/journal-$(date +%Y%m%d).gfj" "$BK/journal/journal-$(date +%Y%m%d).gfj"

# The payments frontd answered OK, from the journal: (terminal, seq) of an
# OK PAYMENT response before the cut, joined with its request's term_serial.
$GFCTL_CMD journal dump >"$T/dump.json" 2>/dev/null
jq -r 'select(.type == "REQUEST" and .func == "PAYMENT") |
	[.terminal, (.seq|tostring), ([.plain.items[]? | select(has("term_serial")) | .term_serial][0] // "")] | @tsv' \
	"$T/dump.json" | sort -u >"$T/req.tsv"
jq -r --argjson cut "$CUT_US" 'select(.type == "RESPONSE" and .func == "PAYMENT" and .status == "OK") |
	[.terminal, (.seq|tostring), (if .ts_us < $cut then "before" else "after" end)] | @tsv' \
	"$T/dump.json" | sort -u >"$T/rsp.tsv"
join -t $'\t' <(awk -F'\t' '{ print $1 ":" $2 "\t" $3 }' "$T/req.tsv" | sort) \
	<(awk -F'\t' '{ print $1 ":" $2 "\t" $3 }' "$T/rsp.tsv" | sort) |
	awk -F'\t' '{ split($1, k, ":"); print k[1] "\t" $2 "\t" $3 }' | sort -u >"$T/acked.tsv"
nbefore=$(awk -F'\t' '$3 == "before"' "$T/acked.tsv" | wc -l)
nafter=$(awk -F'\t' '$3 == "after"' "$T/acked.tsv" | wc -l)
check "payments were answered OK before the cut ($nbefore) and after it ($nafter)" -- test "$nbefore" -gt 20 -a "$nafter" -gt 0
expect_eq "$(awk -F'\t' '$2 == ""' "$T/acked.tsv" | wc -l)" 0 "each answered payment's term_serial is in its journaled request"

# ---- the cluster is lost; a fresh one from the backups ----
# A crash, not a clean stop: a clean stop would archive the last segment
# too, and the archive would end at the crash instead of at the cut.
gf_stop_all
pg_as_owner "$PGBIN/pg_ctl" -D "$PGDATA_REAL" -m immediate -w stop >/dev/null
mkdir -p "$PG2SOCK"; gf_own "$PG2SOCK"; [ "$(id -u)" = 0 ] && chown gridfront: "$T"
out=$("$GF_SRC/scripts/restore.sh" db "$BK" "$PG2" 2>&1)
expect_eq "$?" 0 "restore.sh db: $out"
[ "$(id -u)" = 0 ] && chown -R gridfront: "$PG2"
out=$("$GF_SRC/scripts/restore.sh" db "$BK" "$PG2" 2>&1)
expect_match "$?:$out" "^1:.*not empty" "restore.sh refuses a folder that is not empty"
pg_as_owner "$PGBIN/pg_ctl" -D "$PG2" -w -t 90 -l "$T/pg2.log" \
	-o "-c unix_socket_directories=$PG2SOCK -c archive_mode=off" start >/dev/null ||
	{ fail "restored cluster starts"; tail -20 "$T/pg2.log"; gf_done; }
GF_PGHOST=$(realpath "$PG2SOCK")
in_production() { [ "$(gf_sql "SELECT pg_is_in_recovery()")" = f ]; }
gf_wait_for 60 in_production || { fail "the restored cluster leaves recovery"; tail -20 "$T/pg2.log"; gf_done; }
check "recovery used the archive" -- grep -q 'restored log file' "$T/pg2.log"
check "recovery ran to the end of the archive and promoted" -- grep -q 'archive recovery complete' "$T/pg2.log"

# Every payment answered OK before the cut: present, and a success.
gf_psql -c "CREATE TEMP TABLE x (terminal text, term_serial text, phase text)" -c "\\copy x FROM '$T/acked.tsv'" \
	-c "CREATE TABLE drill_acked AS SELECT * FROM x" >/dev/null
missing=$(gf_sql "SELECT count(*) FROM drill_acked a LEFT JOIN transactions t ON t.terminal_id = a.terminal
	AND t.term_serial = a.term_serial WHERE a.phase = 'before' AND (t.state IS NULL OR t.state <> 'SUCCESS')")
expect_eq "$missing" 0 "every payment answered OK before the cut is restored as a success ($nbefore)"
lost=$(gf_sql "SELECT count(*) FROM drill_acked a LEFT JOIN transactions t ON t.terminal_id = a.terminal
	AND t.term_serial = a.term_serial WHERE a.phase = 'after' AND t.stserial IS NULL")
echo "# answered after the cut: $nafter, of which $lost not in the archive (beyond its end)"

# ---- the station on the restored cluster ----
sed -i "s|^  dsn = .*|  dsn = \"host=$GF_PGHOST dbname=$GF_DBNAME user=gridfront\"|" "$GF_CONF"
GF_MKT_READY=1 gf_start_all || gf_done
gf_wait_for 30 "${TERMSIM[@]}" call --terminal 8613900000300001 ECHO &&
	ok "the station answers on the restored cluster" || fail "the station answers on the restored cluster"
settled() { [ "$(gf_sql "SELECT (SELECT count(*) FROM transactions WHERE state NOT IN ('SUCCESS','FAILED','REVERSED','NOT_DONE')) + (SELECT count(*) FROM ifsvc_settle WHERE settled_at IS NULL)")" = 0 ]; }
gf_wait_for 60 settled && ok "nothing left in doubt after settling" || fail "transactions left unsettled"

# The books: each success posted once in the marketing system with its
# amount, nothing posted there that the station does not hold as a success.
mk() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }
mk "COPY (SELECT stserial, amount, status FROM mk_txns) TO STDOUT" >"$T/mk.tsv"
gf_psql -c "CREATE TABLE drill_mk (stserial text, amount bigint, status text)" -c "\\copy drill_mk FROM '$T/mk.tsv'" >/dev/null
expect_eq "$(gf_sql "SELECT count(*) FROM transactions t LEFT JOIN drill_mk m ON m.stserial = t.stserial AND m.status = 'OK'
	WHERE t.func = 'PAYMENT' AND t.state = 'SUCCESS' AND (m.stserial IS NULL OR m.amount <> t.amount)")" 0 \
	"every successful payment is in the marketing system's book with its amount"
expect_eq "$(gf_sql "SELECT count(*) FROM drill_mk m LEFT JOIN transactions t ON t.stserial = m.stserial
	WHERE m.status = 'OK' AND (t.stserial IS NULL OR t.state <> 'SUCCESS')")" 0 \
	"nothing in force in the book that the station does not hold as a success"
expect_eq "$(gf_sql "SELECT count(*) FROM (SELECT stserial FROM drill_mk WHERE status = 'OK' GROUP BY 1 HAVING count(*) > 1) d")" 0 \
	"nothing posted twice"
day=$(date +%Y%m%d)
out=$("$BIN_GFCTL" -f "$GF_CONF" recon run --date "$day" 2>&1)
expect_eq "$?" 0 "recon run for $day"
expect_match "$(gf_sql "SELECT state, local_count = remote_count, local_total = remote_total, local_count FROM recon_runs WHERE recon_date = current_date ORDER BY id DESC LIMIT 1")" \
	"^DONE\|t\|t\|[1-9][0-9]*$" "reconciliation: counts and totals equal on both sides"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_diffs WHERE run_id = (SELECT max(id) FROM recon_runs WHERE recon_date = current_date)")" \
	0 "reconciliation: 0 differences"

# ---- the archived journal ----
out=$($GFCTL_CMD journal verify "$BK"/journal/journal-*.gfj 2>&1)
expect_match "$?:$out" "^0:OK files=[1-9]" "gfctl journal verify passes on the archived journal"
mkdir -p "$T/jrestore"
out=$("$GF_SRC/scripts/restore.sh" journal "$BK" "$T/jrestore" 2>&1)
expect_eq "$?" 0 "restore.sh journal copies and verifies the archive"
f=$(ls "$T"/jrestore/journal-*.gfj | tail -1)
printf '\xff' | dd of="$f" bs=1 seek=200 conv=notrunc status=none
out=$($GFCTL_CMD journal verify "$T"/jrestore/journal-*.gfj 2>&1)
expect_match "$?:$out" "^1:BAD " "a changed byte in the archived journal fails verify"
out=$("$GF_SRC/scripts/backup.sh" journal "$T/jrestore" "$BK" 2>&1)
expect_match "$?:$out" "^1:.*does not begin with the archived" "backup.sh journal refuses a journal whose archived part changed"
gf_done
