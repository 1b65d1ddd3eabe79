#!/usr/bin/env bash
# cost: 200
# t_db_failover - the station database as a primary and a synchronous
# streaming standby under pg_auto_failover (scripts/pgaf.sh; docs/DESIGN.md
# "Database failover").  One node (frontd, appsrv, ifsvc) connects with a
# multi-host libpq string (target_session_attrs=read-write) and terminals
# pay through it; the primary's host dies (kill -9 of its pg_autoctl and
# its postmaster).  The standby is promoted, the daemons notice, reconnect
# and write again; money in flight is settled by the repeat rules (a lost
# commit is read back, never guessed): termsim sees no invariant broken,
# nothing stays unknown, the day reconciles with 0 differences.  Prints the
# failover window (seconds in which terminals saw errors) and the failed
# request count.  The marketing system's books stay in the test's own
# cluster (another system's database).
CONF_IFSVC_EXTRA='deadline = 2
  settle_interval = 1'
. "$GF_SRC/tests/integration/lib.sh"
. "$GF_SRC/scripts/pgaf.sh"
gf_setup
gf_keys

command -v pg_autoctl >/dev/null ||
	{ fail "pg_autoctl is not installed (./gf installs postgresql-15-auto-failover)"; gf_done; }

PGAF=$T/pgaf
trap 'pgaf_stop "$PGAF"; gf_cleanup' EXIT
mkdir -p "$PGAF"
t0=$(date +%s)
pgaf_start "$PGAF" "$(gf_free_port)" "$(gf_free_port)" "$(gf_free_port)" ||
	{ fail "pg_auto_failover: a primary and a standby"; tail -5 "$PGAF"/*-run.log; gf_done; }
ok "pg_auto_failover: primary a and synchronous standby b in $(( $(date +%s) - t0 )) s"
HA_DSN=$(pgaf_dsn "$PGAF" gridfront)

# The station's config: the multi-host string; the simulator's books stay
# in the test's cluster.
HA_CONF=$T/ha.conf
sed -e "s|^  dsn = .*|  dsn = \"$HA_DSN\"|" \
    -e "s|^mktsim {|mktsim {\n  dsn = \"host=$GF_PGHOST dbname=$GF_MKTDB user=gridfront\"|" \
    "$GF_CONF" >"$HA_CONF"
# (Its commits need not wait for the standby: set-up, not under test.)
PGOPTIONS='-c synchronous_commit=local' GF_SCHEMA_DIR=$GF_SRC/schema "$BIN_GFCTL" -f "$HA_CONF" migrate >"$T/log/migrate.out" 2>&1 &&
	ok "schema migrated on the primary" || { fail "migrate"; cat "$T/log/migrate.out"; gf_done; }

TFILE=$T/terminals
CFILE=$T/customers
: >"$TFILE"; chmod 0600 "$TFILE"
for i in 1 2 3 4 5 6; do
	id=$(printf '86139000004%05d' "$i")
	op=$(printf 'FC%02d' "$i")
	pin=$(printf '%06d' $((200000 + i * 7919)))
	"$BIN_GFCTL" -f "$HA_CONF" terminal add --id "$id" --name "fo $i" --suite $((2 - i % 2)) \
		--ip "127.0.1.$i" >>"$T/log/gfctl.out" 2>&1 &&
	"$BIN_GFCTL" -f "$HA_CONF" operator add --id "$op" --name "fo $i" --role collector \
		<<<"$pin" >>"$T/log/gfctl.out" 2>&1 || { fail "provision $id"; gf_done; }
	echo "$id $((2 - i % 2)) 1 127.0.1.$i - - $op $pin collector" >>"$TFILE"
done

MKT_CUSTOMERS=300
gf_start mktsim || gf_done
GF_CONF=$HA_CONF gf_start ifsvc && GF_CONF=$HA_CONF gf_start appsrv && GF_CONF=$HA_CONF gf_start frontd || gf_done
"$BIN_MKTSIM" -f "$GF_CONF" customers --limit 100000 >"$CFILE" 2>>"$T/log/mktsim.out"
TERMSIM=("$BIN_TERMSIM" -f "$HA_CONF" --terminals-file "$TFILE" --keys "$T/keys"
	--timeout 5000 --customers-file "$CFILE")
gf_wait_for 30 "${TERMSIM[@]}" call --terminal 8613900000400001 ECHO &&
	ok "the station answers" || { fail "the station answers ECHO"; gf_done; }

hsql() { "$PGBIN/psql" -X -At "$HA_DSN" -c "$1" 2>/dev/null; }
settled() { [ "$(hsql "SELECT count(*) FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")" = 0 ]; }
promoted() { [ "$(pgaf_primary "$PGAF")" = "$1" ]; }

old=$(pgaf_primary "$PGAF")
new=b; [ "$old" = b ] && new=a
rc=0
"${TERMSIM[@]}" run --terminals 6 --mix collector=100 --seed 3 --duration 32 --settle 60 \
	>"$T/run.out" 2>"$T/log/termsim.out" &
tp=$!
sleep 8
before=$(hsql "SELECT count(*) FROM transactions WHERE state = 'SUCCESS'")
killed=$(date +%s.%N)
pgaf_kill "$PGAF" "$old"
ok "primary $old killed (its pg_autoctl and postmaster, kill -9) under load"
gf_wait_for 30 promoted "$new" && ok "standby $new promoted" ||
	fail "standby not promoted: $(pgaf_state "$PGAF" | tr '\n' ' ')"
echo "# promoted after $(awk -v a="$(date +%s.%N)" -v b="$killed" 'BEGIN { printf "%.1f", a - b }') s"
wait $tp || rc=$?
expect_eq "$rc" "0" "termsim exit status"
expect_match "$(grep '^terminals=' "$T/run.out")" " violations=0$" "termsim saw no invariant violation"
expect_match "$(grep '^checks ' "$T/run.out")" " unsettled=0 " "every deferred check made"
w=$(grep '^error_window ' "$T/run.out")
echo "# fault db-primary-kill9: $w"
after=$(hsql "SELECT count(*) FROM transactions WHERE state = 'SUCCESS'")
if [ "${after:-0}" -gt "${before:-0}" ]; then ok "writes resumed on $new ($before -> $after payments)"
else fail "no payment after the failover ($before -> ${after:-?})"; fi
expect_eq "$(hsql "SELECT pg_is_in_recovery()")" "f" "the station's string reaches the new primary"
grep -q 'db=down' "$T/log/appsrv.out" && ok "appsrv noticed the primary go" || fail "appsrv never saw the database go"
# While the database was away (about 10 s) each daemon tried again at least
# once a second, so that it found the new primary within a second of its
# promotion; the delay doubles from 250 ms and stops at 1 s.
for d in appsrv ifsvc; do
	mx=$(grep -o 'db=connect conn=[0-9]* .* retry_ms=[0-9]*$' "$T/log/$d.out" | sed 's/.*retry_ms=//' | sort -n | tail -1)
	expect_eq "${mx:-none}" "1000" "$d: reconnect attempts at most 1 s apart during the failover (largest delay ms)"
done
gf_wait_for 90 settled && ok "nothing left pending or unknown" || fail "transactions left pending or unknown"
out=$("$BIN_GFCTL" -f "$HA_CONF" recon run --date "$(date +%Y%m%d)" 2>&1)
expect_match "$out" "state=DONE .*LOCAL_ONLY=0 REMOTE_ONLY=0 AMOUNT_MISMATCH=0 STATUS_MISMATCH=0" \
	"the day reconciles with 0 differences"
out=$("$BIN_GFCTL" -f "$HA_CONF" journal verify 2>&1) && ok "the journal verifies" || fail "journal: $out"
gf_done
