#!/bin/bash
# cost: 100
# t_bank_debit.sh - the station's side of BK/1 debits (3001, settled by
# 3006; docs/BK1.md "Debits") against banksim's debit server, through
# withholding's online mode (gfctl withhold send): a request dropped before
# the bank saw it (3006 NOTFOUND, the same serial again), an answer dropped
# after the bank debited (3006 finds DEBITED, nothing debited twice), 9999
# answers, refusals; each debited line posted to mktsim exactly once, and
# the station's debits agree with the bank's books.
. "$GF_SRC/tests/integration/lib.sh"
CONF_IFSVC_EXTRA='deadline = 2
  settle_interval = 1
  heartbeat = 1
  withhold_poll = 1
  bank_dir = ""'
. "$GF_SRC/tests/integration/ifsvc_lib.sh"
gf_setup
mkdir -p "$T/bank"
gf_own "$T/bank"
ifsvc_prepare
ifsvc_start 12
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
BS=$GF_BUILD/tools/banksim/banksim
DPORT=$(gf_free_port)
DPID=
trap '[ -n "$DPID" ] && kill "$DPID" 2>/dev/null; gf_cleanup' EXIT
G bank add --bank 0102 --name 测试银行 --addr 127.0.0.1 --suite 1 --debit "127.0.0.1:$DPORT" >/dev/null 2>&1 ||
	fail "bank added with a debit address"
gf_own "$T/bank_keys"
acct() { printf '62220%011d' "$1"; }
mdue() { "$TOOLS/mi_client" -p "$MKT_PORT" -g body.totaldue 1001 custno="$1"; }
n=0
ds_start() {	# banksim's debit server, its answers kept in $T/ds.state
	n=$((n + 1))
	"$BS" debit-server --listen "127.0.0.1:$DPORT" --bank 0102 --keys "$T/bank_keys" \
		--state "$T/ds.state" --seed 7 "$@" >"$T/ds.$n.out" 2>"$T/ds.$n.log" &
	DPID=$!
	gf_wait_port "$DPORT" 10 || fail "debit server listening"
}
ds_stop() { kill -TERM "$DPID"; wait "$DPID" 2>/dev/null; DPID=; }
dstate() { gf_sql "SELECT state FROM debits WHERE custno = '$1'"; }
dwait() { local i; for i in $(seq $(($3 * 10))); do [ "$(dstate "$1")" = "$2" ] && return 0; sleep 0.1; done; return 1; }
posted_once() {	# posted_once CUSTNO AMOUNT MSG: exactly one posting in force at mktsim
	expect_eq "$(mktdb "SELECT count(*) || ' ' || COALESCE(sum(amount), 0) FROM mk_txns WHERE custno = '$1' AND status = 'OK' AND trcode IN ('1002', '1004') AND stserial LIKE 'SC01%'")" \
		"1 $2" "$3"
}

# phase K MONTH FAULTS...: customer K alone bound, a list for MONTH sent
# online while the bank misbehaves; the debit must end UNKNOWN.  Then the
# bank is restarted without faults (its answers kept) and the debit settles.
phase() {
	local k=$1 m=$2 c=${CUST[$1]}; shift 2
	G binding add --bank 0102 --cust "$c" --account "$(acct "$k")" >/dev/null
	G withhold make --bank 0102 --month "$m" >/dev/null || fail "list $m made"
	ds_start "$@"
	expect_match "$(G withhold send --bank 0102 --month "$m")" "^sent WH0102${m}01.txt debits=1 total=[0-9]+$" "$m: withhold send"
	if dwait "$c" UNKNOWN 10; then ok "$m: the lost answer left the debit UNKNOWN"
	else fail "$m: the debit is UNKNOWN when its answer is lost ($(dstate "$c"))"; fi
	ds_stop
	ds_start
	dwait "$c" DEBITED 20 || fail "$m: settled DEBITED ($(dstate "$c"))"
	G binding remove --cust "$c" --reason "next phase" >/dev/null
}

# ---- dropped before the bank processed it: NOTFOUND, the same serial again ----
D0=$(mdue "${CUST[0]}")
phase 0 202601 --drop-before 100
s=$(gf_sql "SELECT serial FROM debits WHERE custno = '${CUST[0]}'")
expect_match "$s" '^D[0-9]{19}$' "a debit serial: 20 characters"
grep -q "status origserial=$s status=NOTFOUND" "$T"/ds.*.log && ok "drop-before: the 3006 heard NOTFOUND" || fail "drop-before: the 3006 heard NOTFOUND"
expect_eq "$(grep -h "debit serial=$s " "$T"/ds.*.log | grep -c 'rspcode=0000')" "1" "drop-before: the same serial sent again and debited once"
expect_eq "$(gf_sql "SELECT attempts >= 2 AND queries >= 1 FROM debits WHERE serial = '$s'")" "t" "drop-before: sent twice, asked about between"
ds_stop
gf_wait_for 15 gf_at_least 1 "SELECT count(*) FROM wh_result_lines WHERE custno = '${CUST[0]}' AND post_state = 'POSTED'" || fail "drop-before: posted"
posted_once "${CUST[0]}" "$D0" "drop-before: the debited amount posted once to the marketing system"

# ---- dropped after the bank debited: 3006 finds DEBITED ----
D1=$(mdue "${CUST[1]}")
phase 1 202602 --drop-after 100
s=$(gf_sql "SELECT serial FROM debits WHERE custno = '${CUST[1]}'")
grep -q "status origserial=$s status=DEBITED" "$T"/ds.*.log && ok "drop-after: the 3006 found it DEBITED" || fail "drop-after: the 3006 found it DEBITED"
expect_eq "$(grep -h "debit serial=$s " "$T"/ds.*.log | grep -c 'rspcode=0000')" "1" "drop-after: debited once at the bank"
expect_eq "$(gf_sql "SELECT attempts FROM debits WHERE serial = '$s'")" "1" "drop-after: not sent again"
expect_match "$(gf_sql "SELECT bankserial FROM debits WHERE serial = '$s'")" '^0102[0-9]{12}$' "drop-after: the bank's serial recorded from the 3006"
ds_stop
gf_wait_for 15 gf_at_least 1 "SELECT count(*) FROM wh_result_lines WHERE custno = '${CUST[1]}' AND post_state = 'POSTED'" || fail "drop-after: posted"
posted_once "${CUST[1]}" "$D1" "drop-after: posted once"

# ---- 9999: unknown, settled ----
D2=$(mdue "${CUST[2]}")
phase 2 202603 --code9999 100
s=$(gf_sql "SELECT serial FROM debits WHERE custno = '${CUST[2]}'")
expect_eq "$(gf_sql "SELECT rspcode FROM debits WHERE serial = '$s'")" "0000" "9999: settled, debited"
grep -q "status origserial=$s status=NOTFOUND" "$T"/ds.*.log && ok "9999: the 3006 heard NOTFOUND (9999 did nothing)" || fail "9999: NOTFOUND"
ds_stop
gf_wait_for 15 gf_at_least 1 "SELECT count(*) FROM wh_result_lines WHERE custno = '${CUST[2]}' AND post_state = 'POSTED'" || fail "9999: posted"
posted_once "${CUST[2]}" "$D2" "9999: posted once"

# ---- a month with every fault at once, and refusals ----
declare -A DD
for i in 3 4 5 6 7 8 9 10; do
	G binding add --bank 0102 --cust "${CUST[$i]}" --account "$(acct "$i")" >/dev/null
	DD[$i]=$(mdue "${CUST[$i]}")
done
expect_match "$(G withhold make --bank 0102 --month 202612)" "count=8 " "a list of 8"
ds_start --drop-before 15 --drop-after 15 --code9999 10 --late-ms 2500 --late 10 \
	--refuse "${CUST[4]}:3001" --refuse "$(acct 5):3002"
G withhold send --bank 0102 --month 202612 >/dev/null || fail "send 202612"
gf_wait_for 45 gf_at_least 8 "SELECT count(*) FROM debits WHERE state IN ('DEBITED', 'REFUSED') AND ref LIKE 'WH0102202612%'" ||
	fail "every debit of the month settled ($(gf_sql "SELECT string_agg(state, ',') FROM debits WHERE ref LIKE 'WH0102202612%'"))"
ds_stop
summary=$(cat "$T/ds.$n.out")
expect_eq "$(gf_sql "SELECT rspcode FROM debits WHERE custno = '${CUST[4]}'")" "3001" "a refusal: insufficient funds"
expect_eq "$(gf_sql "SELECT rspcode FROM debits WHERE custno = '${CUST[5]}'")" "3002" "a refusal: account closed"
expect_eq "$(gf_sql "SELECT result || ' ' || post_state FROM wh_result_lines WHERE custno = '${CUST[4]}'")" "3001 NONE" "the refusal recorded for the customer, nothing to post"
# The bank's books of this run (the month's debits) against the station's.
bank_n=$(echo "$summary" | sed -n 's/^ *debited \([0-9]*\) total \([0-9]*\) fen$/\1 \2/p')
expect_eq "$bank_n" "$(gf_sql "SELECT count(*) || ' ' || sum(amount) FROM debits WHERE state = 'DEBITED' AND ref LIKE 'WH0102202612%'")" \
	"the bank debited exactly what the station recorded DEBITED (count, total)"
expect_match "$summary" 'dropped before [1-9]' "faults happened: drops before"
expect_match "$summary" 'dropped after [1-9]' "faults happened: drops after"
expect_eq "$(gf_sql "SELECT count(*) FROM debits WHERE state = 'DEBITED' AND (request IS NULL OR bankserial IS NULL)")" "0" "each debit keeps its request bytes and the bank's serial"
gf_wait_for 20 gf_at_least 6 "SELECT count(*) FROM wh_result_lines rl JOIN wh_results r ON r.id = rl.result_id WHERE r.file_name = 'ONLINE-WH010220261201.txt' AND rl.post_state = 'POSTED'" ||
	fail "the 6 debited lines posted"
for i in 3 6 7 8 9 10; do posted_once "${CUST[$i]}" "${DD[$i]}" "customer $i: debited, posted once"; done
for i in 4 5; do expect_eq "$(mdue "${CUST[$i]}")" "${DD[$i]}" "customer $i (refused): still owes the same"; done
expect_eq "$(gf_sql "SELECT count(*) FROM debits WHERE state NOT IN ('DEBITED', 'REFUSED')")" "0" "no debit left unsettled"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")" "0" "no posting left unsettled"
check "a list sent online cannot be sent again" -- bash -c "! '$BIN_GFCTL' -f '$GF_CONF' withhold send --bank 0102 --month 202612 2>/dev/null"
expect_eq "$(grep -c "$(acct 3)" "$ILOG")" "0" "ifsvc's log never shows an account in full"
gf_done
