#!/usr/bin/env bash
# t_mktsim_group - the simulator's requests in groups (tools/mktsim/db.c).
# With one database connection, requests naming a customer that queue while
# it is busy go together: one mk_handle_group() call, one transaction, each
# answered as it would be alone.  A group whose call fails is rolled back
# whole and each of its requests runs again alone, so that only the one at
# fault fails (9999).  A business refusal in a group is handled the same
# way, and the refused request gets its own rspcode.
#
# A trigger the test adds to mk_txns holds one customer's payment for a
# few seconds (so that the others queue behind it, even on a loaded machine) and refuses
# another's with an error that is not a business refusal (so that a group
# fails).
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
# A transaction's id (txid_current) is what tells requests that shared one.
msql "CREATE TABLE t_group_xid (stserial text, xid bigint);
CREATE FUNCTION t_group_hook() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
  INSERT INTO t_group_xid VALUES (NEW.stserial, txid_current());
  IF NEW.custno = '$SLOW' THEN PERFORM pg_sleep(4); END IF;
  IF NEW.custno = '$BAD' THEN RAISE EXCEPTION 't_mktsim_group: refused'; END IF;
  RETURN NEW;
END \$\$;
CREATE TRIGGER t_group_hook BEFORE INSERT ON mk_txns
  FOR EACH ROW EXECUTE FUNCTION t_group_hook();" >/dev/null
wait_slow() { gf_wait_sleeping "$GF_MKTDB" || fail "the slow request did not start"; }
pay() {	# pay STSERIAL CUSTOMER: answer in $T/STSERIAL
	mc 1002 stserial="$1" custno="$2" amount=100 paymode=1 termid=T1 operid=O1 >"$T/$1"
}
PIDS=()
bg() { "$@" & PIDS+=($!); }
waitall() { wait "${PIDS[@]}"; PIDS=(); }
txns() {	# distinct transactions that wrote these stserials' records
	local in; in=$(printf "'%s'," "$@"); in=${in%,}
	msql "SELECT count(DISTINCT x.xid) FROM mk_txns m JOIN t_group_xid x USING (stserial) WHERE m.stserial IN ($in)"
}
rsp() { grep "^rspcode=" "$T/$1" | cut -d= -f2; }

# ---- a group: three payments queued behind a slow one ----
bg pay G-A1 "$SLOW"
wait_slow
for i in 2 3 4; do bg pay "G-A$i" "${C[$((i - 1))]}"; done
waitall
expect_eq "$(rsp G-A1) $(rsp G-A2) $(rsp G-A3) $(rsp G-A4)" "0000 0000 0000 0000" "four payments answered 0000"
expect_eq "$(txns G-A2 G-A3 G-A4)" 1 "the three queued were one transaction"
expect_eq "$(txns G-A1 G-A2)" 2 "the slow one went alone"
for i in 2 3 4; do
	expect_eq "$(grep '^body.mkserial=' "$T/G-A$i" | cut -d= -f2)" "$(msql "SELECT mkserial FROM mk_txns WHERE stserial = 'G-A$i'")" "G-A$i got its own mkserial"
	expect_eq "$(grep '^body.totaldue=' "$T/G-A$i" | cut -d= -f2)" "$(mc -g body.totaldue 1001 custno="${C[$((i - 1))]}")" "G-A$i: totaldue as a query now tells"
done
mc 1002 stserial=G-A3 custno="${C[2]}" amount=100 paymode=1 termid=T1 operid=O1 >"$T/rep"
expect_eq "$(rsp rep)" 2001 "a repeat of a grouped payment is a duplicate (2001)"

# ---- a group that fails: each again alone, only the one at fault fails ----
bg pay G-B1 "$SLOW"
wait_slow
bg pay G-B2 "${C[1]}"
bg pay G-B3 "$BAD"
bg pay G-B4 "${C[3]}"
waitall
expect_eq "$(rsp G-B1) $(rsp G-B2) $(rsp G-B4)" "0000 0000 0000" "the others: 0000"
expect_eq "$(txns G-B2 G-B4)" 2 "each in a transaction of its own"
expect_eq "$(rsp G-B3)" 9999 "the one at fault: 9999"
expect_eq "$(msql "SELECT count(*) FROM mk_txns WHERE stserial = 'G-B3'")" 0 "and nothing of it recorded"
check "mktsim logged the failed group" -- grep -q 'db=group jobs=3 retry=single$' "$T/log/mktsim.out"

# ---- a group with a business refusal: the same, the refusal answered ----
# (mk_handle() has no sub-transaction of its own: a refusal ends the call.)
bg pay G-C1 "$SLOW"
wait_slow
bg pay G-C2 "${C[1]}"
bg pay G-C3 5199999999
bg pay G-C4 "${C[3]}"
waitall
expect_eq "$(rsp G-C1) $(rsp G-C2) $(rsp G-C4)" "0000 0000 0000" "beside a refusal, the others: 0000"
expect_eq "$(txns G-C2 G-C4)" 2 "each in a transaction of its own"
expect_eq "$(rsp G-C3)" 1001 "the refused one: its own rspcode (1001, no such customer)"
expect_eq "$(grep '^rspmsg=' "$T/G-C3" | cut -d= -f2-)" "no such customer" "and its rspmsg"
expect_eq "$(msql "SELECT count(*) FROM mk_txns WHERE stserial = 'G-C3'")" 0 "nothing of it recorded"
check "mktsim logged the group met a refusal" -- grep -q 'db=group jobs=3 retry=single cause=refusal' "$T/log/mktsim.out"

gf_done
