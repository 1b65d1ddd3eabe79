#!/bin/bash
# cost: 30
# t_banksim.sh - banksim's bank-side modes without a station: the debit
# responder over real sockets (3001/3006/8001, every check it makes, the
# repeat rules, its state across a restart, each fault), the withholding
# responder over real files (results, refusals, each tampering, a list it
# must refuse), day files from a ledger (each injected difference), and
# the counter load against a stand-in bank port (tests/tools/bkfake): with
# every fault its invariants hold and its books agree with the stand-in's;
# a stand-in that contradicts itself or lets a wrong address in fails it.
# Needs no database or daemon of the station.
source "$GF_SRC/tests/integration/lib.sh"

B=$GF_BUILD/tools/banksim/banksim
T=$(mktemp -d /tmp/gf-t_banksim.XXXXXX)
DPID=
trap '[ -n "$DPID" ] && kill "$DPID" 2>/dev/null; [ -n "${FPID:-}" ] && kill "$FPID" 2>/dev/null; rm -rf "$T"' EXIT
cd "$T" || exit 1

printf '0102 1 1 00112233445566778899AABBCCDDEEFF\n0102 1 2 FFEEDDCCBBAA99887766554433221100\n0103 2 1 0102030405060708090A0B0C0D0E0F10\n' > keys
chmod 600 keys
PORT=$(gf_free_port)
C="$B call --server 127.0.0.1:$PORT --bank 0102 --keys $T/keys"
n=0

# debit_start ARGS...: a debit-server on $PORT (log in ds.N.log).
debit_start() {
	n=$((n + 1))
	"$B" debit-server --listen 127.0.0.1:$PORT --bank 0102 --keys "$T/keys" \
	    --state "$T/dstate" "$@" >"$T/ds.$n.out" 2>"$T/ds.$n.log" &
	DPID=$!
	gf_wait_port "$PORT" 10 || fail "debit-server did not listen"
}
debit_stop() {
	kill -TERM "$DPID"; wait "$DPID"; DPID=
}
debit3001() {	# SERIAL CUSTNO AMOUNT [call options]
	local s=$1 c=$2 a=$3; shift 3
	$C "$@" --serial "$s" 3001 custno="$c" account="62$c" amount="$a" reason=WH ref=WH0102202612
}
field() { tr ' ' '\n' | sed -n "s/^$1=//p" | head -1; }

# ---- debits: answers, repeats, checks ----
debit_start --refuse C9:3002
a=$(debit3001 S1 C1 1500)
expect_eq "$(echo "$a" | field rspcode)" 0000 "3001 debited"
bs1=$(echo "$a" | field bankserial)
expect_match "$bs1" '^0102[0-9]{12}$' "with a bank serial"
expect_eq "$(echo "$a" | field mac)" ok "the answer's MAC checks under the bank's key"
a=$(debit3001 S1 C1 1500)
expect_eq "$(echo "$a" | field rspcode)/$(echo "$a" | field bankserial)" "0000/$bs1" "a repeat gets the same answer"
a=$(debit3001 S1 C1 1600)
expect_eq "$(echo "$a" | field rspcode)" 1004 "the serial with another amount: 1004"
a=$(debit3001 S2 C9 700)
expect_eq "$(echo "$a" | field rspcode)" 3002 "a refused customer: 3002"
expect_eq "$(echo "$a" | field bankserial)" "" "a refusal has no bank serial"
a=$($C --serial Q1 3006 origserial=S1)
expect_eq "$(echo "$a" | field rspcode)/$(echo "$a" | field status)/$(echo "$a" | field bankserial)" "0000/DEBITED/$bs1" "3006 of a debit: DEBITED and its bank serial"
a=$($C --serial Q2 3006 origserial=S2)
expect_eq "$(echo "$a" | field status)/$(echo "$a" | sed 's/.*status=[A-Z]* bankserial= rspcode=\([0-9]*\).*/\1/')" "REFUSED/3002" "3006 of a refusal: REFUSED and its code"
a=$($C --serial Q3 3006 origserial=NEVER)
expect_eq "$(echo "$a" | field status)" NOTFOUND "3006 of an unknown serial: NOTFOUND"
expect_eq "$($C --serial H1 8001 | field rspcode)" 0000 "heartbeat answered"
expect_eq "$($C --serial H2 --keyver 2 8001 | field rspcode)" 0000 "key version 2 answered"
a=$($C --serial H3 --badmac 8001)
expect_eq "$(echo "$a" | field rspcode)" 8001 "a bad MAC: 8001"
a=$(debit3001 S3 C3 100 --badmac)
expect_eq "$(echo "$a" | field rspcode)" 8001 "a debit with a bad MAC: 8001"
expect_eq "$($C --serial Q4 3006 origserial=S3 | field status)" NOTFOUND "and nothing was debited"
expect_eq "$($C --serial H4 --keyver 9 8001 | field rspcode)" 8004 "an unknown key version: 8004"
expect_eq "$($C --serial S4 3001 custno=C4 amount=100 reason=WH ref=x | field rspcode)" 8002 "a debit without its account: 8002"
expect_eq "$($C --serial S5 3001 custno=C4 account=1 amount=1x reason=WH ref=x | field rspcode)" 8002 "a malformed amount: 8002"
expect_eq "$($C --serial S6 3001 custno=C4 account=1 amount=5 reason=XX ref=x | field rspcode)" 8002 "an unknown reason: 8002"
expect_eq "$($C --serial S7 9101 | field rspcode)" 8002 "a transaction a bank does not serve: 8002"
out=$($B call --server 127.0.0.1:$PORT --bank 0103 --keys "$T/keys" --serial X1 8001); rc=$?
expect_eq "$out/$rc" "closed/3" "another bank's frame: closed without an answer"
out=$(exec 3<>/dev/tcp/127.0.0.1/$PORT; printf '000070XXgarbage%060d' 0 >&3; timeout 5 cat <&3; echo "eof")
expect_eq "$out" "eof" "an unreadable frame: closed without an answer"
expect_eq "$($C --serial H5 8001 | field rspcode)" 0000 "the server goes on after bad peers"
debit_stop
s=$(cat "$T/ds.$n.out")
expect_match "$s" "debited 1 total 1500 fen" "summary: debited count and total"
expect_match "$s" "refused 1" "summary: refused"
expect_match "$s" "repeats 1 \(serial reused 1004: 1\)" "summary: repeats and reuses"
expect_match "$s" "bad MAC 2, unknown keyver 1" "summary: bad MACs and key versions"

# ---- the state survives a restart ----
debit_start
a=$(debit3001 S1 C1 1500)
expect_eq "$(echo "$a" | field rspcode)/$(echo "$a" | field bankserial)" "0000/$bs1" "after a restart a repeat gets the same answer"
expect_eq "$($C --serial Q5 3006 origserial=S2 | field status)" REFUSED "and 3006 still knows the refusal"
bs8=$(debit3001 S8 C8 800 | field bankserial)
if [ -n "$bs8" ] && [ "$bs8" != "$bs1" ]; then ok "a new debit gets a new bank serial"; else fail "bank serial $bs8 after $bs1"; fi
debit_stop

# ---- faults ----
debit_start --drop-before 100
out=$(debit3001 S10 C10 1000); rc=$?
expect_eq "$out/$rc" "closed/3" "drop-before: closed without an answer"
debit_stop
debit_start
expect_eq "$($C --serial Q10 3006 origserial=S10 | field status)" NOTFOUND "drop-before: nothing was debited"
debit_stop
debit_start --drop-after 100
out=$(debit3001 S11 C11 1100); rc=$?
expect_eq "$out/$rc" "closed/3" "drop-after: closed without an answer"
debit_stop
debit_start
a=$($C --serial Q11 3006 origserial=S11)
expect_eq "$(echo "$a" | field status)" DEBITED "drop-after: the debit was made"
bs11=$(echo "$a" | field bankserial)
expect_eq "$(debit3001 S11 C11 1100 | field bankserial)" "$bs11" "drop-after: the repeat gets the debit's answer"
debit_stop
debit_start --code9999 100
expect_eq "$(debit3001 S12 C12 1200 | field rspcode)" 9999 "code9999: answered 9999"
debit_stop
debit_start
expect_eq "$($C --serial Q12 3006 origserial=S12 | field status)" NOTFOUND "code9999: nothing was debited"
debit_stop
debit_start --late-ms 2000
out=$(debit3001 S13 C13 1300 --timeout 300); rc=$?
expect_eq "$out/$rc" "timeout/4" "late: no answer within 300 ms of a 2000 ms delay"
a=$($C --serial Q13 --timeout 10000 3006 origserial=S13)
expect_eq "$(echo "$a" | field status)" DEBITED "late: the debit was made before the answer was held"
debit_stop
debit_start --refuse-rate 100 --refuse-code 3003
expect_eq "$(debit3001 S14 C14 1400 | field rspcode)" 3003 "refuse-rate 100 with 3003"
debit_stop
s=$(cat "$T"/ds.*.out)
expect_match "$s" "dropped before 1," "summary counts drop-before"
expect_match "$s" "dropped after 1," "summary counts drop-after"
expect_match "$s" "late 2, 9999 0" "summary counts late answers (both requests of that run)"
expect_match "$s" "9999 1" "summary counts 9999s"

# ---- withholding: list in, result out ----
BD=$T/bank
mkdir -p "$BD/0102/outbox"
wh() {	# NAME LINES...: a list with its head and .sha256
	local name=$1 i=0 cnt=0 tot=0 l; shift
	for l in "$@"; do cnt=$((cnt + 1)); tot=$((tot + $(echo "$l" | cut -d'|' -f6))); done
	{ echo "H|0102|${name:6:6}|${name:12:2}|$cnt|$tot"; for l in "$@"; do echo "$l"; done; } > "$BD/0102/outbox/$name"
	(cd "$BD/0102/outbox" && sha256sum "$name" > "$name.sha256")
}
wh WH010220261201.txt 'D|1|C1|张三|6201|1000|202611' 'D|2|C2|李四|6202|2000|202611;202612' \
    'D|3|C3|王五|6203|3000|202611' 'D|4|C4|赵六|6204|4000|202612'
out=$($B withhold --dir "$BD" --bank 0102 --refuse C2:3002 --refuse 6204:3003 --date 20261206); rc=$?
expect_eq "$rc" 0 "withhold answers a list"
R=$BD/0102/inbox/WR010220261201.txt
check "the result has a matching .sha256" -- bash -c "cd $BD/0102/inbox && sha256sum -c --quiet WR010220261201.txt.sha256"
expect_eq "$(head -1 "$R")" "H|0102|202612|01|4|10000|2|4000" "result head: count, total, ok count and total"
expect_eq "$(sed -n 2p "$R")" "D|1|C1|6201|1000|0000|010220261201000001|20261206" "a debited line with its bank serial and date"
expect_eq "$(sed -n 3p "$R")" "D|2|C2|6202|2000|3002||20261206" "a refused customer"
expect_eq "$(sed -n 5p "$R")" "D|4|C4|6204|4000|3003||20261206" "a refused account"
expect_eq "$(ls -a "$BD/0102/inbox" | grep -c tmp)" 0 "no temporary file left"
out=$($B withhold --dir "$BD" --bank 0102); rc=$?
expect_match "$out/$rc" "no list to answer.*/0" "an answered list is not answered again"
mv "$R" "$T/keep.txt"; rm -f "$R.sha256"
$B withhold --dir "$BD" --bank 0102 --refuse-rate 100 --seed 7 >/dev/null
expect_eq "$(tail -n +2 "$R" | cut -d'|' -f6 | grep -cv '^300[123]$')" 0 "refuse-rate 100: every line refused with 3001-3003"
expect_eq "$(head -1 "$R" | cut -d'|' -f7-8)" "0|0" "and the head says none debited"
rm -f "$R" "$R.sha256"
$B withhold --dir "$BD" --bank 0102 --refuse-rate 50 --seed 11 >/dev/null
k=$(tail -n +2 "$R" | cut -d'|' -f6 | grep -c '^0000$')
ksum=$(tail -n +2 "$R" | awk -F'|' '$6=="0000" {s+=$5} END {print s+0}')
expect_eq "$(head -1 "$R" | cut -d'|' -f7-8)" "$k|$ksum" "refuse-rate 50: the head's ok count and total agree with the lines"

for t in count total line sha; do
	rm -f "$R" "$R.sha256"
	$B withhold --dir "$BD" --bank 0102 --tamper $t --date 20261206 >/dev/null
	case $t in
	count) expect_eq "$(head -1 "$R" | cut -d'|' -f5)" 5 "tamper count: the head says 5 lines" ;;
	total) expect_eq "$(head -1 "$R" | cut -d'|' -f6)" 10001 "tamper total: the head says one fen more" ;;
	line) expect_eq "$(tail -1 "$R" | cut -d'|' -f3)" X9999999999 "tamper line: a customer not on the list" ;;
	sha) if (cd "$BD/0102/inbox" && sha256sum -c --quiet WR010220261201.txt.sha256) >/dev/null 2>&1; then
		fail "tamper sha: the digest still matches"; else ok "tamper sha: the digest does not match"; fi ;;
	esac
	if [ "$t" != sha ]; then
		check "tamper $t: its .sha256 matches (only the content is wrong)" -- bash -c "cd $BD/0102/inbox && sha256sum -c --quiet WR010220261201.txt.sha256"
	fi
done
rm -f "$R" "$R.sha256"
echo 'D|5|C5|x|6205|1|202612' >> "$BD/0102/outbox/WH010220261201.txt"
out=$($B withhold --dir "$BD" --bank 0102 2>&1); rc=$?
expect_eq "$rc" 1 "a list that does not match its .sha256 is refused"
expect_match "$out" "SHA-256 differs" "and says why"
[ -e "$R" ] && fail "a refused list got a result" || ok "a refused list gets no result"
wh WH010220261202.txt 'D|1|C1|张三|6201|1000|202611'
sed -i '1s/|1|1000$/|2|1000/' "$BD/0102/outbox/WH010220261202.txt"
(cd "$BD/0102/outbox" && sha256sum WH010220261202.txt > WH010220261202.txt.sha256)
out=$($B withhold --dir "$BD" --bank 0102 --file WH010220261202.txt 2>&1); rc=$?
expect_match "$out/$rc" "head says 2 lines.*/1" "a list whose head disagrees with its lines is refused"

# ---- day files from the ledger ----
cat > ledger <<'EOF'
P|0102|A1||C1|1000|20261206|100000
P|0102|A2||C2|2000|20261206|100100
R|0102|A3|A2|C2|2000|20261206|100200
P|0102|A4||C4|4000|20261206|100300
P|0102|A5||C5|5000|20261206|100400
P|0102|A6||C6|6000|20261206|100500
P|0103|B1||C7|700|20261206|100600
P|0102|A7||C8|800|20261205|100700
EOF
D=$BD/0102/inbox/BD010220261206.txt
out=$($B dayfile --dir "$BD" --bank 0102 --date 20261206 --from ledger); rc=$?
expect_eq "$rc" 0 "dayfile writes a day file"
check "the day file has a matching .sha256" -- bash -c "cd $BD/0102/inbox && sha256sum -c --quiet BD010220261206.txt.sha256"
expect_eq "$(cat "$D")" "H|0102|20261206|5|16000
D|A1|C1|1000|OK|100000
D|A2|C2|2000|REVERSED|100100
D|A4|C4|4000|OK|100300
D|A5|C5|5000|OK|100400
D|A6|C6|6000|OK|100500" "only this bank's payments of the date; a reversed one REVERSED; total of OK"
out=$($B dayfile --dir "$BD" --bank 0102 --date 20261206 --from ledger --drop 1 --extra 1 --amount-diff 1 --status-diff 1)
expect_eq "$(echo "$out" | head -4 | tr '\n' ' ')" "drop A1 amount A2 status A4 extra XTR202612060001 " "each difference said, on distinct lines"
expect_eq "$(grep -c '^D|A1|' "$D")" 0 "drop: the payment is left out"
expect_eq "$(grep '^D|A2|' "$D" | cut -d'|' -f4)" 2001 "amount-diff: one fen more"
expect_eq "$(grep '^D|A4|' "$D" | cut -d'|' -f5)" REVERSED "status-diff: the other status"
expect_eq "$(grep -c '^D|XTR202612060001|' "$D")" 1 "extra: a line the station never saw"
hc=$(head -1 "$D" | cut -d'|' -f4); ht=$(head -1 "$D" | cut -d'|' -f5)
lc=$(tail -n +2 "$D" | wc -l); lt=$(tail -n +2 "$D" | awk -F'|' '$5=="OK" {s+=$4} END {print s+0}')
expect_eq "$hc|$ht" "$lc|$lt" "the head agrees with the lines written"
out=$($B dayfile --dir "$BD" --bank 0102 --date 20261206 --from /nonexistent 2>&1); rc=$?
expect_eq "$rc" 2 "a missing ledger is an error"

# ---- the counter load against a stand-in bank port (tests/tools/bkfake) ----
FPORT=$(gf_free_port)
FPID=
fake_start() {
	"$GF_BUILD/tests/bkfake" --listen 127.0.0.1:$FPORT --keys "$T/keys" "$@" >"$T/fake.out" 2>"$T/fake.log" &
	FPID=$!
	gf_wait_port "$FPORT" 10 || fail "bkfake did not listen"
}
fake_stop() { kill -TERM "$FPID"; wait "$FPID"; FPID=; }
RUN="$B run --server 127.0.0.1:$FPORT --keys $T/keys --customers 5100000001-5100000040 --quiet --timeout 1000 --settle 10"
fake_start --allow 127.0.0.2,127.0.0.3 --indoubt 5 --drop-after 3 --seed 5
out=$($RUN --banks 0102,0103 --conns 4 --rate 200 --duration 3 --reverse-rate 10 --repeat-rate 5 --audit \
    --ledger "$T/run.ledger" --serials "$T/serials" --seed 3 \
    --faults drop-before=2,drop-after=3,late=3,badmac=3,wrongaddr=2 2>"$T/run.err"); rc=$?
fake_stop
expect_eq "$rc" 0 "a load with every fault on both sides: no violation"
expect_match "$out" "unsettled 0, invariant violations 0" "every request ended with a definite answer"
for f in drop-before drop-after late badmac wrongaddr; do
	nf=$(echo "$out" | sed -n "s/.*$f \([0-9]*\).*/\1/p")
	if [ "${nf:-0}" -gt 0 ]; then ok "fault $f was injected ($nf)"; else fail "fault $f never injected"; fi
done
okp=$(echo "$out" | sed -n 's/.*payments ok \([0-9]*\).*/\1/p')
okr=$(echo "$out" | sed -n 's/.*reversals ok \([0-9]*\).*/\1/p')
expect_eq "$(cat "$T/fake.out")" "payments $((okp - okr)) total $(awk -F'|' '$1=="P" {p[$3]=$6} $1=="R" {delete p[$4]} END {for (k in p) s+=p[k]; print s+0}' "$T/run.ledger") reversed $okr" \
    "the stand-in's standing payments are exactly those answered 0000 and not reversed"
expect_eq "$(grep -c '^P|' "$T/run.ledger")/$(grep -c '^R|' "$T/run.ledger")" "$okp/$okr" "the ledger holds each payment and reversal answered 0000"
expect_eq "$(cut -d'|' -f3 "$T/run.ledger" | sort | uniq -d | wc -l)" 0 "no serial twice in the ledger"
s1=$(awk '$1=="0102" {print $2}' "$T/serials")
fake_start
$RUN --banks 0102 --conns 1 --rate 20 --duration 1 --ledger "$T/run.ledger" --serials "$T/serials" >/dev/null 2>&1
fake_stop
expect_eq "$(cut -d'|' -f3 "$T/run.ledger" | sort | uniq -d | wc -l)" 0 "a second run uses new serials (--serials)"
s2=$(awk '$1=="0102" {print $2}' "$T/serials")
if [ "$s2" -gt "$s1" ]; then ok "the serial counter moved on"; else fail "serial counter $s1 -> $s2"; fi
out=$($B dayfile --dir "$T/bank2" --bank 0102 --date 20261206 --from "$T/run.ledger")
expect_match "$out" "^BD010220261206.txt: [1-9][0-9]* lines" "a day file from the load's ledger"

# The checks can fail: a stand-in that contradicts itself, one that lets a
# wrong address in.
fake_start --lie
out=$($RUN --banks 0102 --conns 2 --rate 100 --duration 2 --repeat-rate 20 2>&1); rc=$?
fake_stop
expect_eq "$rc" 1 "a repeat answered with another receipt: exit 1"
expect_match "$out" "VIOLATION serial=.*a repeat answered 0000 receipt=" "and the contradiction is named"
fake_start
out=$($RUN --banks 0102 --conns 1 --rate 50 --duration 2 --faults wrongaddr=20 2>&1); rc=$?
fake_stop
expect_eq "$rc" 1 "a sign-in from a wrong address answered 0000: exit 1"
expect_match "$out" "VIOLATION .*127.0.0.250.*answered 0000" "and it is named"
if grep -lE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$T/fake.log" "$T/run.err"; then
	fail "sanitizer report from the load or the stand-in"
fi

if grep -lE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$T"/ds.*.log; then
	fail "sanitizer report in a debit-server's log"
else
	ok "no sanitizer report from the debit-server"
fi
gf_done
