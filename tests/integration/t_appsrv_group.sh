#!/bin/bash
# t_appsrv_group - payment outcomes in groups (appsrv/db.c).  The outcomes
# that queue while one is in flight go together: each its own statement,
# one sync point, so one transaction and one commit.  Checked here: a group
# records every outcome and answers each payment; a group that fails is
# rolled back whole and each of its outcomes is recorded again alone, so
# that only the one at fault is not recorded (its terminal is told
# HOST_TIMEOUT and the settler settles it).
#
# A trigger the test adds to `receipts` (written with each SUCCESS) holds
# the first outcome for two seconds (so the others queue behind it) and
# refuses one customer number (so that a group fails).  Two connections:
# the claims of the others go on the free one meanwhile.
CONF_DATABASE_EXTRA='pool = 2'
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
SOCK=$T/run/appsrv.sock
SEQ=100	# one counter for all terminals, kept by this shell (see bg)
req() {	# req TERMINAL OUTFILE JSON
	SEQ=$((SEQ + 1))
	"$TOOLS/ipcprobe" req "$SOCK" "$1" "$SEQ" "$3" >"$2"
}
term() { printf '86139000000000%02d' "$1"; }
pay() {	# pay N TERM_SERIAL CUSTOMER: terminal N pays, answer in $T/N-TERM_SERIAL
	req "$(term "$1")" "$T/$1-$2" "{\"func\":\"PAYMENT\",\"items\":[{\"token\":\"${TOK[$1]}\"},{\"term_serial\":\"$2\"},{\"customer_no\":\"$3\"},{\"amount\":100},{\"pay_mode\":1}]}"
}
# Until the slow outcome sits in the trigger's sleep (it went alone).
wait_slow() {
	local i
	for i in $(seq 100); do
		[ "$(gf_sql "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'")" = 1 ] && return 0
		sleep 0.05
	done
	fail "the slow outcome did not start"
}
PIDS=()
bg() { SEQ=$((SEQ + 1)); "$@" & PIDS+=($!); }	# the child uses SEQ + 1
waitall() { wait "${PIDS[@]}"; PIDS=(); }	# not `wait`: the daemons are children too
# Distinct transactions that wrote the receipts of these term_serials.
outcomes() {
	local in; in=$(printf "'%s'," "$@"); in=${in%,}
	gf_sql "SELECT count(DISTINCT r.xmin::text) FROM receipts r JOIN transactions t USING (stserial) WHERE t.term_serial IN ($in)"
}

declare -a TOK
for n in 1 2 3 4 5; do
	G terminal add --id "$(term $n)" --name "T$n" --suite 1 >/dev/null
	G operator add --id "op$n" --name "N op$n" --role collector --pin 123456 >/dev/null
done
gf_start mktsim --pool 4 && gf_start ifsvc && gf_start appsrv || gf_done
mapfile -t C < <("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 6 | cut -d'|' -f1)
[ ${#C[@]} -ge 6 ] || { fail "mktsim customers"; gf_done; }
for n in 1 2 3 4 5; do
	req "$(term $n)" "$T/so$n" "{\"func\":\"SIGN_ON\",\"items\":[{\"operator_id\":\"op$n\"},{\"pin\":\"123456\"}]}"
	TOK[$n]=$(gf_item "$T/so$n" token)
done
expect_match "${TOK[1]}${TOK[5]}" '^[0-9A-F]{64}$' "five terminals signed on"
SLOW=${C[0]} BAD=${C[5]}
gf_psql -q <<SQL
CREATE FUNCTION t_group_hook() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
  IF NEW.customer_no = '$SLOW' THEN PERFORM pg_sleep(2); END IF;
  IF NEW.customer_no = '$BAD' THEN RAISE EXCEPTION 't_appsrv_group: refused'; END IF;
  RETURN NEW;
END \$\$;
CREATE TRIGGER t_group_hook BEFORE INSERT ON receipts
  FOR EACH ROW EXECUTE FUNCTION t_group_hook();
SQL

# ---- a group: three outcomes queued behind a slow one ----
bg pay 1 a1 "$SLOW"
wait_slow
for n in 2 3 4; do bg pay $n a$n "${C[$((n - 1))]}"; done
waitall
for n in 1 2 3 4; do
	expect_eq "$(gf_status "$T/$n-a$n")" OK "terminal $n: PAYMENT OK"
done
expect_eq "$(outcomes a2 a3 a4)" 1 "the three queued outcomes were one transaction"
expect_eq "$(outcomes a1 a2)" 2 "the slow one was recorded alone"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions t JOIN receipts r USING (stserial) WHERE t.state = 'SUCCESS' AND t.term_serial IN ('a1','a2','a3','a4')")" 4 "four recorded SUCCESS with receipts"
for n in 2 3 4; do
	expect_eq "$(gf_item "$T/$n-a$n" receipt_no)" "$(gf_sql "SELECT receipt_no FROM transactions WHERE term_serial = 'a$n'")" "terminal $n got its own receipt number"
done

# ---- a group that fails: each again alone, only the one at fault fails ----
bg pay 1 c1 "$SLOW"
wait_slow
bg pay 2 c2 "${C[1]}"
bg pay 3 c3 "$BAD"
bg pay 4 c4 "${C[3]}"
waitall
expect_eq "$(gf_status "$T/1-c1")" OK "the slow one: OK"
expect_eq "$(gf_status "$T/2-c2") $(gf_status "$T/4-c4")" "OK OK" "the others of the failed group: OK, recorded alone"
expect_eq "$(outcomes c2 c4)" 2 "each in a transaction of its own"
expect_eq "$(gf_status "$T/3-c3")" HOST_TIMEOUT "the one at fault: HOST_TIMEOUT"
expect_eq "$(gf_sql "SELECT count(*) FROM receipts r JOIN transactions t USING (stserial) WHERE t.term_serial = 'c3'")" 0 "and no receipt of it"
expect_match "$(gf_sql "SELECT state FROM transactions WHERE term_serial = 'c3'")" '^(PENDING|UNKNOWN|REVERSED)$' "its record is left to the settler"
check "appsrv logged the failed group" -- grep -q 'db=group stmt=tx_ok items=3 .*retry=single' "$T/log/appsrv.out"

gf_done
