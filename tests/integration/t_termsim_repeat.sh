#!/usr/bin/env bash
# cost: 50
# termsim repeats like a terminal (TP1 §4), against a scripted station
# (tpprobe station) that answers what the test says: after IN_DOUBT, BUSY
# or a closed connection the same request again, same term_serial, new seq,
# after a backoff that grows; a final answer (OK, HOST_UNAVAILABLE,
# SERIAL_REUSED) ends it; what is still not final after every repeat is
# said so (exit 4).  A station that cannot be reached is not hammered, nor
# is one that answers everything HOST_UNAVAILABLE.  No database needed.
. "$GF_SRC/tests/integration/lib.sh"

T=$(mktemp -d "/tmp/gf-${GF_TEST_NAME}.XXXXXX")
mkdir -p "$T/log"
trap 'gf_stop_all; rm -rf "$T"' EXIT	# gf_done reads $T/log/*.out for sanitizer reports
printf 'global {\n  org = "SC01"\n}\n' >"$T/gf.conf"
"$BIN_GFCTL" -f "$T/gf.conf" keys init --file "$T/keys" >/dev/null || { fail "keys init"; gf_done; }
TERM_ID=8613900000990001
echo "$TERM_ID 2 1 - - - OPR01 123456 collector" >"$T/terminals"
chmod 0600 "$T/terminals"
TS=("$BIN_TERMSIM" --terminals-file "$T/terminals" --keys "$T/keys" --timeout 3000)

# station NAME SCRIPT [OPTIONS]: a scripted station on a fresh port ($PORT);
# its requests are logged in $T/NAME.req.
station() {
	local name=$1 script=$2; shift 2
	gf_stop station
	PORT=$(gf_free_port)
	"$TOOLS/tpprobe" -H 127.0.0.1 -p "$PORT" -k "$T/keys" "$@" station "$script" \
		>"$T/$name.req" 2>"$T/log/station-$name.out" &
	GF_PIDS[station]=$!
	gf_wait_port "$PORT" || fail "station $1 did not listen"
}
# money NAME: the money-moving requests the station saw (not SIGN_ON).
money() { grep -v 'func=SIGN_ON' "$T/$1.req"; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }

# ---- IN_DOUBT, IN_DOUBT, BUSY, then OK: four attempts, one term_serial ----
station indoubt IN_DOUBT,IN_DOUBT,BUSY,OK
out=$("${TS[@]}" --server "127.0.0.1:$PORT" call REVERSAL orig_term_serial=P1 2>>"$T/log/call.out"); rc=$?
expect_eq "$rc" "0" "IN_DOUBT repeated until OK: exit 0"
expect_match "$out" "REVERSAL: OK .*retried" "the final answer is OK"
expect_eq "$(money indoubt | wc -l)" "4" "four attempts"
expect_eq "$(money indoubt | field term_serial | sort -u | wc -l)" "1" "one term_serial throughout"
expect_eq "$(money indoubt | field seq | sort -un | wc -l)" "4" "a new seq each attempt"
# Backoff: 0.5 s, 1 s, 2 s, each within 75..125 %.
ms=($(money indoubt | field ms))
g1=$((ms[1] - ms[0])) g2=$((ms[2] - ms[1])) g3=$((ms[3] - ms[2]))
if [ "$g1" -ge 350 ] && [ "$g2" -ge 700 ] && [ "$g3" -ge 1400 ] && [ "$g3" -le 2700 ]; then
	ok "repeats back off exponentially (${g1} ${g2} ${g3} ms)"
else
	fail "repeat gaps ${g1} ${g2} ${g3} ms, wanted >= 350, 700, 1400 (<= 2700)"
fi
expect_match "$out" "replayed = 1" "the repeat's OK says replayed"

# ---- a lost answer (connection closed) is repeated too ----
station lost close,close,OK
out=$("${TS[@]}" --server "127.0.0.1:$PORT" call PAYMENT customer_no=C1 amount=100 pay_mode=1 2>>"$T/log/call.out"); rc=$?
expect_eq "$rc" "0" "lost answers repeated until OK: exit 0"
expect_eq "$(money lost | wc -l)" "3" "three attempts after two lost answers"
expect_eq "$(money lost | field term_serial | sort -u | wc -l)" "1" "the same term_serial"

# ---- IN_DOUBT to the end: not final, said so ----
station stuck IN_DOUBT
out=$("${TS[@]}" --retries 2 --server "127.0.0.1:$PORT" call REVERSAL orig_term_serial=P2 2>>"$T/log/call.out"); rc=$?
expect_eq "$rc" "4" "still IN_DOUBT after every repeat: exit 4"
expect_match "$out" "REVERSAL: IN_DOUBT" "the answer is named IN_DOUBT"
expect_match "$out" "not final after 3 attempts: repeat the same request later \(term_serial=[0-9]+\)" \
	"call says the outcome is not final and which term_serial to repeat"
expect_eq "$(money stuck | wc -l)" "3" "--retries 2: three attempts"

# ---- final answers are not repeated ----
station reused SERIAL_REUSED
out=$("${TS[@]}" --server "127.0.0.1:$PORT" call PREPAY customer_no=C1 amount=100 term_serial=S9 2>>"$T/log/call.out"); rc=$?
expect_eq "$rc" "1" "SERIAL_REUSED: exit 1"
expect_match "$out" "refused: term_serial S9 was already used for a different request; nothing was done" \
	"call explains SERIAL_REUSED"
expect_eq "$(money reused | wc -l)" "1" "SERIAL_REUSED is final: one attempt"

station unavail HOST_UNAVAILABLE
out=$("${TS[@]}" --server "127.0.0.1:$PORT" call PAYMENT customer_no=C1 amount=100 pay_mode=1 2>>"$T/log/call.out"); rc=$?
expect_eq "$rc" "1" "HOST_UNAVAILABLE: exit 1"
expect_eq "$(money unavail | wc -l)" "1" "HOST_UNAVAILABLE is final: one attempt"

# ---- nobody listening: connection errors back off too ----
gf_stop station
start=$(date +%s%N)
"${TS[@]}" --retries 3 --server "127.0.0.1:$PORT" call ECHO >/dev/null 2>>"$T/log/call.out"; rc=$?
el=$((($(date +%s%N) - start) / 1000000))
expect_eq "$rc" "3" "no station: exit 3"
if [ "$el" -ge 2500 ]; then ok "connection errors back off (4 attempts in $el ms)"
else fail "4 connection attempts in $el ms, wanted >= 2500 (0.5 + 1 + 2 s, less jitter)"; fi

# ---- a station that answers everything HOST_UNAVAILABLE is not hammered ----
station outage HOST_UNAVAILABLE
for i in $(seq 1 40); do printf '51%08d|c%d|B0001|M%08d|10000|0||0\n' "$i" "$i" "$i"; done >"$T/customers"
"${TS[@]}" --server "127.0.0.1:$PORT" run --terminals 1 --mix collector=100 --duration 8 \
	--customers-file "$T/customers" >"$T/run.out" 2>"$T/log/termsim.out"
n=$(money outage | wc -l)
if [ "$n" -ge 2 ] && [ "$n" -le 10 ]; then ok "8 s of HOST_UNAVAILABLE: $n requests (backoff)"
else fail "8 s of HOST_UNAVAILABLE: $n requests, wanted 2..10"; fi

# ---- checks deferred until the outcome is final and settled ----
# The scripted station's customers owe nothing and never change; only
# PREPAY follows the script, so a collector prepays each customer once.
head -5 "$T/customers" >"$T/five"
summary() { grep '^checks ' "$T/$1.out"; }
# HOST_TIMEOUT: checked after the run, not at once; each one made.
station hto HOST_TIMEOUT -F PREPAY
"${TS[@]}" --server "127.0.0.1:$PORT" run --terminals 1 --mix collector=100 --duration 4 \
	--customers-file "$T/five" >"$T/hto.out" 2>>"$T/log/termsim.out"; rc=$?
expect_eq "$rc" "0" "HOST_TIMEOUT run: exit 0"
expect_eq "$(grep -c 'func=PREPAY' "$T/hto.req")" "5" "each customer prepaid once, then left alone"
expect_match "$(summary hto)" "^checks deferred=5 made=5 unsettled=0 " "five HOST_TIMEOUT checks deferred and made"

# IN_DOUBT twice, then (at the end of the run) the repeat's final answer.
station doubt IN_DOUBT,IN_DOUBT,IN_DOUBT,HOST_DECLINED -F PREPAY
"${TS[@]}" --retries 1 --server "127.0.0.1:$PORT" run --terminals 1 --mix collector=100 --duration 4 \
	--customers-file "$T/five" >"$T/doubt.out" 2>>"$T/log/termsim.out"; rc=$?
expect_eq "$rc" "0" "IN_DOUBT run: exit 0"
first=$(grep -m1 'func=PREPAY' "$T/doubt.req" | field term_serial)
expect_eq "$(grep -c "func=PREPAY .*term_serial=$first " "$T/doubt.req")" "3" \
	"the request left IN_DOUBT is repeated after the run with its term_serial"
expect_match "$(grep "term_serial=$first " "$T/doubt.req" | tail -1)" "answer=HOST_DECLINED$" "until a final answer"
expect_match "$(summary doubt)" "^checks deferred=1 made=1 unsettled=0 " "its check deferred, then made"

# Never final: the check is not made, and that is not a pass.
station busy BUSY -F PREPAY
"${TS[@]}" --retries 1 --server "127.0.0.1:$PORT" run --terminals 1 --mix collector=100 --duration 3 \
	--settle 3 --customers-file "$T/five" >"$T/busy.out" 2>>"$T/log/termsim-busy.out"; rc=$?
expect_eq "$rc" "4" "checks left unmade: exit 4"
expect_match "$(summary busy)" "^checks deferred=([1-9]) made=0 unsettled=\1 " "every check unsettled, none passed"
expect_match "$(cat "$T/log/termsim-busy.out")" "unsettled: no final answer to its repeats" "termsim says why"
gf_done
