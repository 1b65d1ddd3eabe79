#!/usr/bin/env bash
# cost: 50
# t_bank_money - the bank's business over the bank port (BK1 §3, docs/BK1.md
# "Bank business") on the money state machine of the terminals
# (docs/MONEY.md): arrears query, payment, a repeat gets the same answer,
# a serial reused -> 1004, the reversal rules (other branch, other day,
# after the bank's 9101 -> refused), 2006, 9101 MATCH/MISMATCH, the
# collection window (2005), the marketing system unavailable (9001), and
# lost MI/1 outcomes settled by ifsvc (payment -> 9002 rolled back,
# reversal -> 9003 rolled forward) with a later 2006 / repeat giving the
# final outcome.
. "$GF_SRC/tests/integration/lib.sh"
BANK_PORT=$(gf_free_port)
CONF_FRONTD_EXTRA="bank_port = $BANK_PORT"
CONF_IFSVC_EXTRA='deadline = 2
  settle_interval = 1'
gf_setup
gf_keys
source "$GF_SRC/tests/integration/money_lib.sh"
mksql() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }
wait_sql() {	# wait_sql SQL EXPECTED [TENTHS]
	local i
	for i in $(seq "${3:-100}"); do [ "$(gf_sql "$1")" = "$2" ] && return 0; sleep 0.1; done
	return 1
}
G bank add --bank 0102 --name "工商银行" --addr 127.0.0.2 --suite 1 --reason t >/dev/null 2>&1 || fail "bank add"
G bank add --bank 0103 --name "建设银行" --addr 127.0.0.3 --suite 2 --reason t >/dev/null 2>&1 || fail "bank add"
gf_own "$T/bank_keys"
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT && gf_start ifsvc && gf_start appsrv && gf_start frontd || gf_done
gf_wait_port "$BANK_PORT" || fail "bank port"
mapfile -t ARR < <("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 12 | cut -d'|' -f1)
[ ${#ARR[@]} -ge 12 ] || { fail "mktsim customers"; gf_done; }
B=("$TOOLS/bkprobe" -p "$BANK_PORT" -k "$T/bank_keys" -T 10000 -S 127.0.0.2 -b 0102)
B3=("$TOOLS/bkprobe" -p "$BANK_PORT" -k "$T/bank_keys" -T 10000 -S 127.0.0.3 -b 0103 -s 2)
bk() { "${B[@]}" "$@" | tail -1; }
field() { sed -n "s/.* $1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }
pay() {	# pay SERIAL CUSTOMER AMOUNT [BRANCH]
	bk "2002,$1,custno=$2,amount=$3,channel=C,branch=${4:-B001},teller=T01"
}
c=${ARR[0]}
due0=$(mksql "SELECT sum(principal + latefee) FROM mk_bills WHERE custno = '$c' AND NOT paid" 2>/dev/null)

# ---- 2001 arrears query ----
q=$(bk "2001,custno=$c")
expect_match "$q" "^rspcode=0000 trcode=2001 .*mac=ok name=.* addr=.* totaldue=[0-9]+ bills=[0-9]{6}:[0-9]+:[0-9]+" "arrears query: name, addr, totaldue, bills"
td=$(field totaldue "$q")
expect_match "$(bk "2001,custno=NOSUCH9")" "^rspcode=1001 " "no such customer: 1001"

# ---- 2002 payment, repeat, serial reuse ----
p1=$(pay PAY1 "$c" 1000)
expect_match "$p1" "^rspcode=0000 trcode=2002 serial=PAY1 .*mac=ok receipt=R[A-Z0-9]+ mkserial=[^ ]+ balance=-?[0-9]+ totaldue=[0-9]+" "payment: receipt, mkserial, balance, totaldue"
expect_eq "$(gf_sql "SELECT channel, bankno, bank_branch, bank_teller, bank_medium, pay_mode, state, amount, terminal_id FROM transactions WHERE bankno = '0102' AND term_serial = 'PAY1'")" \
	"BANK|0102|B001|T01|C|4|SUCCESS|1000|BK0102" "recorded: channel BANK, bank, branch, teller, medium, paymode 4"
st=$(gf_sql "SELECT stserial FROM transactions WHERE bankno = '0102' AND term_serial = 'PAY1'")
expect_eq "$(mksql "SELECT count(*) FROM mk_txns WHERE stserial = '$st'")" 1 "posted once to the marketing system"
p1b=$(pay PAY1 "$c" 1000)
expect_eq "$(cut -d' ' -f1,2,3,6- <<<"$p1b")" "$(cut -d' ' -f1,2,3,6- <<<"$p1")" "a repeat gets the same answer"
expect_eq "$(mksql "SELECT count(*) FROM mk_txns WHERE stserial = '$st'")" 1 "and is not posted again"
expect_match "$(pay PAY1 "$c" 2000)" "^rspcode=1004 " "the serial reused for another amount: 1004"
expect_match "$(pay PAY1 "${ARR[1]}" 1000)" "^rspcode=1004 " "the serial reused for another customer: 1004"
expect_match "$(pay PAYX "$c" 0)" "^rspcode=1003 " "amount 0: 1003"
expect_match "$(pay PAYN NOSUCH9 100)" "^rspcode=1001 " "payment for no such customer: 1001"
expect_match "$("${B3[@]}" "2002,PAY1,custno=$c,amount=500,channel=A,branch=X,teller=T" | tail -1)" "^rspcode=0000 " "another bank's serial PAY1 is its own"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE term_serial = 'PAY1' AND channel = 'BANK'")" 2 "keyed per bank"
gf_done
