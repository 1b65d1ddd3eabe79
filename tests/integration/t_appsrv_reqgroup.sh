#!/bin/bash
# cost: 40
# t_appsrv_reqgroup - the seq check of every request that is not a new
# payment (gf_req_begin: the terminal's last_seq moved forward) is a group
# statement (appsrv/sql.c), as the payment outcomes are: the checks that
# queue while one is in flight go together, each its own statement, one
# sync point, so one transaction and one commit.  Alone, each ECHO, query
# or sign-in was a transaction and a commit of its own: with fsync on,
# bench/frontd's ECHO load was bound by those commits.
# Checked here: a group answers each request and moves each terminal's
# last_seq; a group that fails is rolled back whole and each of its checks
# runs again alone, so that only the one at fault fails; two checks of one
# seq in one group give one OK and one SEQ_REPLAY.
#
# A trigger the test adds to `terminals` holds terminal 1's seq update for
# two seconds (so the others queue behind it) and refuses terminal 5's (so
# that a group fails).  Two connections: the checks of the others queue
# on the pool meanwhile, as one group of a statement is in flight at once.
CONF_DATABASE_EXTRA='pool = 2'
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

source "$GF_SRC/tests/integration/appsrv_lib.sh"
wait_slow() { gf_wait_sleeping "$GF_DBNAME" || fail "the slow seq check did not start"; }
echo_req() {	# echo_req N NAME: terminal N sends ECHO, answer in $T/N-NAME
	req "$(term "$1")" "$T/$1-$2" '{"func":"ECHO","items":[]}'
}
# Distinct transactions that last wrote these terminals' rows.
xacts() {
	local in n; in=
	for n in "$@"; do in="$in'$(term "$n")',"; done
	gf_sql "SELECT count(DISTINCT xmin::text) FROM terminals WHERE id IN (${in%,})"
}
last_seq() { gf_sql "SELECT last_seq FROM terminals WHERE id = '$(term "$1")'"; }

appsrv_five_terminals
gf_psql -q <<SQL
CREATE FUNCTION t_reqgroup_hook() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
  IF NEW.last_seq IS DISTINCT FROM OLD.last_seq THEN
    IF NEW.id = '$(term 1)' THEN PERFORM pg_sleep(2); END IF;
    IF NEW.id = '$(term 5)' THEN RAISE EXCEPTION 't_reqgroup_hook: refused'; END IF;
  END IF;
  RETURN NEW;
END \$\$;
CREATE TRIGGER t_reqgroup_hook BEFORE UPDATE ON terminals
  FOR EACH ROW EXECUTE FUNCTION t_reqgroup_hook();
SQL

# ---- a group: three seq checks queued behind a slow one ----
bg echo_req 1 a1
wait_slow
for n in 2 3 4; do bg echo_req $n a$n; done
waitall
for n in 1 2 3 4; do
	expect_eq "$(gf_status "$T/$n-a$n")" OK "terminal $n: ECHO OK"
done
expect_eq "$(xacts 2 3 4)" 1 "the three queued seq checks were one transaction"
expect_eq "$(xacts 1 2)" 2 "the slow one was alone"
s2=$(last_seq 2); s3=$(last_seq 3); s4=$(last_seq 4)
expect_eq "$((s2 < s3 && s3 < s4))" 1 "each terminal's last_seq moved to its own request's seq ($s2 $s3 $s4)"

# ---- a group that fails: each again alone, only the one at fault fails ----
bg echo_req 1 c1
wait_slow
bg echo_req 2 c2
bg echo_req 5 c5
bg echo_req 4 c4
waitall
expect_eq "$(gf_status "$T/1-c1")" OK "the slow one: OK"
expect_eq "$(gf_status "$T/2-c2") $(gf_status "$T/4-c4")" "OK OK" "the others of the failed group: OK, checked alone"
expect_eq "$(xacts 2 4)" 2 "each in a transaction of its own"
expect_eq "$(gf_status "$T/5-c5")" INTERNAL "the one at fault: INTERNAL"
expect_eq "$(($(last_seq 2) > s2 && $(last_seq 4) > s4))" 1 "terminals 2 and 4: last_seq moved"
check "appsrv logged the failed group" -- grep -q 'db=group stmt=req_begin items=3 .*retry=single' "$T/log/appsrv.out"
# ---- one terminal twice in a group: its checks run in order ----
# Two requests of terminal 3 with one seq queue behind the slow one: in
# one transaction, the second sees what the first moved, so exactly one
# is answered and the other is a replay, as if each were alone.
bg echo_req 1 d1
wait_slow
s3=$(( $(last_seq 3) + 5 ))
"$TOOLS/ipcprobe" req "$SOCK" "$(term 3)" "$s3" '{"func":"ECHO","items":[]}' >"$T/3-d1" & PIDS+=($!)
"$TOOLS/ipcprobe" req "$SOCK" "$(term 3)" "$s3" '{"func":"ECHO","items":[]}' >"$T/3-d2" & PIDS+=($!)
waitall
expect_eq "$(printf '%s\n' "$(gf_status "$T/3-d1")" "$(gf_status "$T/3-d2")" | sort | xargs)" \
	"OK SEQ_REPLAY" "one seq twice in a group: one OK, one SEQ_REPLAY"
expect_eq "$(last_seq 3)" "$s3" "terminal 3's last_seq is that seq"

# What a request of the group checked and moved is kept: terminal 2's
# last seq again is a replay.
gf_sql "DROP TRIGGER t_reqgroup_hook ON terminals" >/dev/null
"$TOOLS/ipcprobe" req "$SOCK" "$(term 2)" "$(last_seq 2)" '{"func":"ECHO","items":[]}' >"$T/2-replay"
expect_eq "$(gf_status "$T/2-replay")" SEQ_REPLAY "terminal 2's last seq again: SEQ_REPLAY"

gf_done
