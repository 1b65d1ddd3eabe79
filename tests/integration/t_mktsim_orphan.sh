#!/usr/bin/env bash
# t_mktsim_orphan - the simulator never books a stserial after it answered
# NOTFOUND for it, and never lets new groups overtake queued requests
# (tools/mktsim/db.c, sql/fn/dispatch.sql, sql/fn/money.sql).
#
#  1. FIFO: the requests of a failed group, put back to run one by one, run
#     before a group of requests that queued after them.
#  2. A status query (1006) for a payment being executed waits for it and
#     answers SUCCESS, also when the payment's client is gone (an orphan).
#  3. A 1006 that answered NOTFOUND is final: a payment with that stserial
#     arriving later is refused (9001) and books nothing, across the
#     simulator's database connections being cut and a restart.
#  4. An orphan still queued when its 1006 arrives: the answer and the
#     books agree.
#  5. stserials of 32 characters (a 20-digit counter, MI1 §2).
#
# A trigger the test adds to mk_txns holds one customer's payment for two
# seconds and a half and refuses another's (an error, so a group fails); the
# order in which payments were booked is kept in t_order.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup

D=$(date +%Y%m%d)
MKT_CUSTOMERS=50
gf_start mktsim --today "$D" --pool 1 || gf_done
mc() { "$TOOLS/mi_client" -p "$MKT_PORT" "$@"; }
msql() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }
mapfile -t C < <("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 6 --today "$D" | cut -d'|' -f1)
[ ${#C[@]} -ge 6 ] || { fail "mktsim customers"; gf_done; }
SLOW=${C[0]} BAD=${C[5]}
msql "CREATE TABLE t_order (id bigserial, stserial text);
CREATE FUNCTION t_orphan_hook() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
  INSERT INTO t_order (stserial) VALUES (NEW.stserial);
  IF NEW.custno = '$SLOW' THEN PERFORM pg_sleep(2.5); END IF;
  IF NEW.custno = '$BAD' THEN RAISE EXCEPTION 't_mktsim_orphan: refused'; END IF;
  RETURN NEW;
END \$\$;
CREATE TRIGGER t_orphan_hook BEFORE INSERT ON mk_txns
  FOR EACH ROW EXECUTE FUNCTION t_orphan_hook();" >/dev/null
wait_slow() { gf_wait_sleeping "$GF_MKTDB" || fail "the slow request did not start"; }
pay() {	# pay STSERIAL CUSTOMER [mi_client options]: answer in $T/STSERIAL
	local st=$1 cu=$2; shift 2
	mc "$@" 1002 stserial="$st" custno="$cu" amount=100 paymode=1 termid=T1 \
	    operid=O1 >"$T/$st"
}
PIDS=()
bg() { "$@" & PIDS+=($!); }
waitall() { wait "${PIDS[@]}"; PIDS=(); }
rsp() { grep "^rspcode=" "$T/$1" | cut -d= -f2; }
booked() { msql "SELECT count(*) FROM mk_txns WHERE stserial = '$1'"; }
order() { msql "SELECT min(id) FROM t_order o JOIN mk_txns USING (stserial) WHERE o.stserial = '$1'"; }
status() { mc -g body.status 1006 origstserial="$1"; }
# Nothing of the simulator's running in its database (but this query).
settled() { [ "$(msql "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle' AND pid <> pg_backend_pid()")" = 0 ]; }
# What a 1006 answered must be what the books hold, now and later.
agrees() {	# agrees STATUS STSERIAL
	case "$1:$(booked "$2")" in
	SUCCESS:1|NOTFOUND:0) return 0 ;;
	*) return 1 ;;
	esac
}

# ---- 1. a failed group's requests run before a group formed after them ----
# H1 holds the one connection; P1 and P2 queue and go as one group, which
# fails (P2) after P1 has slept; N1 and N2 queue while it runs.
bg pay H1 "$SLOW"; h1=$!
wait_slow
bg pay P1 "$SLOW"
bg pay P2 "$BAD"
sleep 0.5			# both queued behind H1 (it sleeps 2.5 s)
wait "$h1"			# H1 answered: the group {P1, P2} is running
wait_slow
bg pay N1 "${C[1]}"
bg pay N2 "${C[2]}"
waitall
expect_eq "$(rsp H1) $(rsp P1) $(rsp P2) $(rsp N1) $(rsp N2)" "0000 0000 9999 0000 0000" "answers: the one at fault 9999, the others 0000"
check "the group {P1, P2} failed and ran again alone" -- grep -q 'db=group jobs=2 retry=single$' "$T/log/mktsim.out"
p1=$(order P1) n1=$(order N1) n2=$(order N2)
echo "# booked in order: P1 $p1, N1 $n1, N2 $n2"
check "P1 (put back alone) booked before N1 (queued after it)" -- test "${p1:-0}" -lt "${n1:-0}"
check "P1 (put back alone) booked before N2 (queued after it)" -- test "${p1:-0}" -lt "${n2:-0}"
expect_eq "$(msql "SELECT count(DISTINCT xmin::text) FROM mk_txns WHERE stserial IN ('N1', 'N2')")" 1 "N1 and N2 still went as one group"

# ---- 2. a status query while its payment executes waits for it ----
gf_stop mktsim
gf_start mktsim --today "$D" --pool 2 || gf_done
bg pay E1 "$SLOW"
wait_slow
s=$(status E1)
waitall
expect_eq "$(rsp E1)" 0000 "E1 paid"
expect_eq "$s" SUCCESS "1006 asked while E1 executed: SUCCESS (it waited)"
check "and the books agree" -- agrees "$s" E1

# The same with the payment's client gone (it gave up after a second).
pay O1 "$SLOW" -t 1; rc=$?
expect_eq "$rc" 4 "O1's client timed out and left (its job is an orphan)"
s=$(status O1)
expect_eq "$s" SUCCESS "1006 for the orphan O1 while it executed: SUCCESS"
check "and the books agree" -- agrees "$s" O1
check "mktsim reported what the orphan did" -- gf_wait_for 5 grep -q 'trcode=1002 stserial=O1 orphan=1 rspcode=0000' "$T/log/mktsim.out"
check "O1 has finished" -- gf_wait_for 5 settled
check "and the books still agree with that 1006" -- agrees "$s" O1

# ---- 3. NOTFOUND is final ----
expect_eq "$(status X1)" NOTFOUND "1006 for a stserial never seen: NOTFOUND"
pay X1 "${C[1]}"
expect_eq "$(rsp X1)" 9001 "a payment with that stserial arriving later: refused (9001)"
expect_eq "$(grep '^rspmsg=' "$T/X1" | cut -d= -f2-)" "stserial already reported NOTFOUND" "with its reason"
expect_eq "$(booked X1)" 0 "and nothing booked"
expect_eq "$(mc -g rspcode 1004 stserial=X1 custno="${C[1]}" amount=100 termid=T1 operid=O1)" 9001 "as a prepay too"
expect_eq "$(status X1)" NOTFOUND "1006 again: still NOTFOUND"
# The simulator's database connections cut: the record is in the database.
msql "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()" >/dev/null
for i in 1 2 3 4 5; do	# the first answer may be 9999 while mktsim reconnects
	pay X1 "${C[1]}"
	[ "$(rsp X1)" = 9999 ] || break
	sleep 0.2
done
expect_eq "$(rsp X1)" 9001 "after mktsim's database connections were cut: still refused"
gf_stop mktsim
gf_start mktsim --today "$D" --pool 2 || gf_done
pay X1 "${C[1]}"
expect_eq "$(rsp X1)" 9001 "after a simulator restart: still refused"
expect_eq "$(booked X1)" 0 "X1 never booked"

# ---- 4. an orphan still queued when its 1006 comes ----
bg pay Q0 "$SLOW"
wait_slow
bg pay Q00 "$SLOW"		# waits for the customer's lock: both busy
sleep 0.3
pay Q1 "${C[3]}" -t 1; rc=$?
expect_eq "$rc" 4 "Q1's client timed out while Q1 was queued"
s=$(status Q1)
waitall
echo "# 1006 for the queued orphan Q1: $s"
check "mktsim reported what the queued orphan did" -- gf_wait_for 5 grep -q 'trcode=1002 stserial=Q1 orphan=1 rspcode=' "$T/log/mktsim.out"
check "1006 for the queued orphan and the books agree" -- agrees "$s" Q1
check "Q1 has finished" -- gf_wait_for 5 settled
check "and still agree" -- agrees "$s" Q1

# ---- 5. 32-character stserials (MI1 §2: counters never wrap) ----
S32=SC01${D}99999999999999999999
R32=SC01${D}99999999999999999998
expect_eq "${#S32}" 32 "a 32-character stserial"
pay "$S32" "${C[4]}" -s "$S32"
expect_eq "$(rsp "$S32")" 0000 "a payment with it: 0000"
expect_eq "$(grep '^serial=' "$T/$S32" | cut -d= -f2)" "$S32" "its 32-character request serial echoed"
expect_eq "$(status "$S32")" SUCCESS "1006: SUCCESS"
pay "$S32" "${C[4]}"
expect_eq "$(rsp "$S32")" 2001 "repeated: 2001"
mc -g body.data 9001 recondate="$D" page=1 >"$T/recon.txt"
expect_eq "$(grep -c "^$S32|" "$T/recon.txt")" 1 "in the reconciliation file whole"
expect_eq "$(mc -g rspcode 1003 stserial="$R32" origstserial="$S32" reason=x)" 0000 "reversed by a 32-character stserial"
expect_eq "$(status "$S32")" REVERSED "1006: REVERSED"

gf_done
