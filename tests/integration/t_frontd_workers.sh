#!/usr/bin/env bash
# cost: 60
# frontd with two workers (frontd.workers = 2: a parent and two processes
# on one port through SO_REUSEPORT) under termsim load: both workers serve
# connections, nothing fails, SIGHUP to run/frontd.pid reaches both, a
# worker killed with -9 mid-load is started again by the parent and its
# journal chain continues; `gfctl journal verify` checks both chains and,
# after one worker's file is tampered with, names that chain and record
# while the other stays OK.
. "$GF_SRC/tests/integration/lib.sh"
CONF_FRONTD_EXTRA='workers = 2'
gf_setup
gf_keys

NTERM=8
TFILE=$T/terminals
TERMSIM=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --keys "$T/keys" --timeout 20000)
G=("$BIN_GFCTL" -f "$GF_CONF")

: >"$TFILE"
chmod 0600 "$TFILE"
for i in $(seq 1 $NTERM); do
	id=$(printf '86139000003%05d' "$i")
	suite=$((2 - i % 2))
	op=$(printf 'EW%02d' "$i")
	pin=$(printf '%06d' $((100000 + i * 7919)))
	"${G[@]}" terminal add --id "$id" --name "workers $i" --suite "$suite" \
		--ip "127.0.1.$i" >>"$T/log/gfctl.out" 2>&1 || fail "terminal add $id"
	"${G[@]}" operator add --id "$op" --name "workers $i" --role collector \
		<<<"$pin" >>"$T/log/gfctl.out" 2>&1 || fail "operator add $op"
	echo "$id $suite 1 127.0.1.$i - - $op $pin collector" >>"$TFILE"
done

MKT_CUSTOMERS=200
gf_start_all || gf_done
gf_wait_for 30 "${TERMSIM[@]}" call --terminal 8613900000300001 ECHO ||
	{ fail "the station answers ECHO"; gf_done; }
"$BIN_MKTSIM" -f "$GF_CONF" customers --limit 100000 >"$T/customers" 2>>"$T/log/mktsim.out"
TERMSIM+=(--customers-file "$T/customers")
PARENT=$(gf_pid frontd)
expect_eq "$(cat "$T/run/frontd.pid")" "$PARENT" "run/frontd.pid names the parent"
gf_wait_for 10 test -s "$T/run/frontd.w1.pid"
W0=$(cat "$T/run/frontd.w0.pid" 2>/dev/null)
W1=$(cat "$T/run/frontd.w1.pid" 2>/dev/null)
expect_eq "$(ps -o ppid= -p "$W0" | tr -d ' ')/$(ps -o ppid= -p "$W1" | tr -d ' ')" \
	"$PARENT/$PARENT" "two workers, children of the parent"

# run NAME ARGS...: a termsim run; no violations, no transport trouble.
run() {
	local name=$1 rc=0 bad; shift
	"${TERMSIM[@]}" run --terminals $NTERM --mix collector=100 --seed 5 "$@" \
		>"$T/$name.out" 2>"$T/log/termsim-$name.out" || rc=$?
	expect_eq "$rc" "0" "$name run: termsim exit status"
	expect_match "$(grep '^terminals=' "$T/$name.out")" " violations=0$" "$name run: no invariant violations"
	[ "$rc" = 0 ] || { cat "$T/$name.out"; grep -m 20 VIOLATION "$T/log/termsim-$name.out"; }
	okn=$(awk '$1 == "PAYMENT" || $1 == "PREPAY" { n += $3 } END { print n + 0 }' "$T/$name.out")
	if [ "$okn" -gt 0 ]; then ok "$name run: payments answered OK ($okn)"; else fail "$name run: no OK payment"; fi
}

# ---- load on short connections: both workers take connections ----
run short --duration 6
bad=$(grep -oE '(TIMEOUT|CONN_ERROR|ALERT_[A-Z_]+|INTERNAL|retries)=[0-9]+' "$T/short.out" | tr '\n' ' ')
expect_eq "$bad" "" "short run: no timeouts, retries, connection errors, alerts or INTERNAL"
a0=$(curl -s "http://127.0.0.1:$METRICS_PORT/metrics" | awk '$1 == "gf_frontd_connections_accepted_total" { print $2 }')
a1=$(curl -s "http://127.0.0.1:$((METRICS_PORT + 1))/metrics" | awk '$1 == "gf_frontd_connections_accepted_total" { print $2 }')
expect_match "${a0:-0} ${a1:-0}" "^[1-9][0-9]* [1-9][0-9]*$" "both workers accepted connections (w0=$a0 w1=$a1)"
w=$(curl -s "http://127.0.0.1:$((METRICS_PORT + 1))/metrics" | awk '$1 == "gf_frontd_worker" { print $2 }')
expect_eq "$w" "1" "worker 1 answers on metrics port + 1"
n=$(ls "$T"/journal/journal-*.w1.gfj 2>/dev/null | wc -l)
expect_eq "$(ls "$T"/journal/journal-????????.gfj | wc -l)/$n" "1/1" "one journal file per worker chain"

# ---- SIGHUP to run/frontd.pid (what gfctl keys does) reaches every worker ----
kill -HUP "$(cat "$T/run/frontd.pid")"
gf_wait_for 5 sh -c "grep 'frontd.w0\[$W0\].*keys=reloaded' '$T/log/frontd.out' && grep 'frontd.w1\[$W1\].*keys=reloaded' '$T/log/frontd.out'" &&
	ok "SIGHUP to the parent reloaded the keys in both workers" ||
	fail "SIGHUP to the parent did not reach both workers"

# ---- kill -9 worker 1 under load: restarted, terminals go on ----
"${TERMSIM[@]}" run --terminals $NTERM --mix collector=100 --seed 6 --duration 8 \
	>"$T/kill.out" 2>"$T/log/termsim-kill.out" &
ts=$!
sleep 3
kill -KILL "$W1"
wait "$ts"; rc=$?
expect_eq "$rc" "0" "kill run: termsim exit status (repeats settle what the kill cut)"
expect_match "$(grep '^terminals=' "$T/kill.out")" " violations=0$" "kill run: no invariant violations"
gf_wait_for 10 sh -c "test \"\$(cat '$T/run/frontd.w1.pid')\" != '$W1' && kill -0 \$(cat '$T/run/frontd.w1.pid')" &&
	ok "the parent started worker 1 again" || fail "worker 1 was not started again"
W1B=$(cat "$T/run/frontd.w1.pid")
grep -q "worker=1 pid=$W1 died signal=9" "$T/log/frontd.out" && ok "the parent logged the death" ||
	fail "no death line for worker 1"
pending_settled() {
	[ "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")" = 0 ]
}
gf_wait_for 60 pending_settled &&
	ok "no transaction left pending or unknown" ||
	{ fail "transactions left pending or unknown"; gf_psql -c "SELECT * FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')"; }
# FAILED with HOST_DECLINED (0x0303) is the marketing system's answer to a
# card recharge it refuses: a business outcome, not a failure of the station.
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state = 'FAILED' AND tp_status <> 771")" "0" \
	"no failed transaction (other than the host's own refusals)"

# ---- stop: both workers drain and write STOP; every chain verifies ----
gf_stop frontd
check "no worker left" -- sh -c "! kill -0 $W0 2>/dev/null && ! kill -0 $W1B 2>/dev/null"
out=$("${G[@]}" journal verify 2>&1); rc=$?
expect_eq "$rc" "0" "journal verify passes on both chains"
expect_match "$out" "OK chain=w0 files=1 records=[0-9]+" "chain w0 verified"
expect_match "$out" "OK chain=w1 files=1 records=[0-9]+" "chain w1 verified"
expect_match "$out" "OK chains=2 files=2 records=[0-9]+" "verify totals both chains"
J1=$(ls "$T"/journal/journal-*.w1.gfj)
starts=$("${G[@]}" journal dump "$J1" | jq -r 'select(.type == "START") | .note' | wc -l)
expect_eq "$starts" "2" "chain w1 continued across the restart (two START records)"
last=$("${G[@]}" journal dump | jq -r 'select(.type == "STOP") | .offset' | wc -l)
expect_eq "$last" "2" "each worker wrote its STOP record"

# ---- tamper with worker 1's file: verify names that chain and record ----
mapfile -t OFF < <("${G[@]}" journal dump "$J1" | jq -r .offset)
i=$(( ${#OFF[@]} / 2 ))
printf '\x5a' | dd of="$J1" bs=1 seek=$((OFF[i] + 60)) conv=notrunc status=none
out=$("${G[@]}" journal verify 2>&1); rc=$?
expect_eq "$rc" "1" "journal verify fails after the tampering"
expect_match "$out" "BAD chain=w1 file=.*\\.w1\\.gfj offset=${OFF[i]} record=$((i + 1)) " "verify names chain w1 and the record"
expect_match "$out" "OK chain=w0 " "chain w0 still verifies"
expect_match "$out" "BAD chains=2 bad=1" "verify sums up: one chain of two is bad"
[ -n "${GF_DEBUG_SQL:-}" ] && gf_psql -c "$GF_DEBUG_SQL"; [ -n "${GF_DEBUG_SQL:-}" ] && ls -la $T/run; gf_done
