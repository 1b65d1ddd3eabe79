#!/bin/bash
# cost: 90
# t_appsrv_midnight - payments on both sides of a settle-date change.
# appsrv records a PAYMENT's outcome with a statement prepared per settle
# date (the date a constant, so the plan holds one partition) and switches
# a connection's statement when the date changes.  With one database
# connection, this test makes appsrv finish payments of day D, then D+1,
# then D again (one claimed before midnight and answered after), then D+1,
# and checks that each is recorded and answered.  It also checks the case
# where the settler has decided before the answer came (HOST_TIMEOUT, the
# row left alone).
#
# Midnight comes on time: PostgreSQL's current_date follows the session's
# TimeZone, so appsrv runs with a zone whose midnight is the next minute
# boundary a little ahead (PGOPTIONS, for every libpq client of the test).
CONF_DATABASE_EXTRA='pool = 1'
CONF_IFSVC_EXTRA='deadline = 30
  settle_interval = 1'
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
TERM1=8613900000000001
SOCK=$T/run/appsrv.sock
echo 100 >"$T/seq"
req() {	# req OUTFILE JSON: one request, the answer in OUTFILE
	local s=$(($(cat "$T/seq") + 1)); echo $s >"$T/seq"
	"$TOOLS/ipcprobe" req "$SOCK" "$TERM1" "$s" "$2" >"$1"
}
signon() {
	req "$T/so" '{"func":"SIGN_ON","items":[{"operator_id":"op1"},{"pin":"123456"}]}'
	gf_item "$T/so" token
}
pay() {	# pay OUTFILE TOKEN TERM_SERIAL CUSTOMER
	req "$1" "{\"func\":\"PAYMENT\",\"items\":[{\"token\":\"$2\"},{\"term_serial\":\"$3\"},{\"customer_no\":\"$4\"},{\"amount\":100},{\"pay_mode\":1}]}"
}
tx() { gf_sql "SELECT state || ' ' || settle_date FROM transactions WHERE term_serial = '$1'"; }
# Hold customer $1's row in the simulator's database until $T/release-$1
# exists: a payment of that customer waits there, claimed, for its answer.
hold() {
	rm -f "$T/release-$1"
	{ echo "BEGIN; SELECT 1 FROM mk_customers WHERE custno = '$1' FOR UPDATE;"
	  while [ ! -e "$T/release-$1" ]; do sleep 0.1; done
	  echo "COMMIT;"; } | pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -q >/dev/null &
}
release() { touch "$T/release-$1"; }
wait_row() {	# wait_row TERM_SERIAL: until its transaction is recorded
	local i
	for i in $(seq 100); do
		[ -n "$(tx "$1")" ] && return 0
		sleep 0.1
	done
}
until_utc() {	# sleep until the epoch second $1
	local now; now=$(date +%s.%N)
	awk -v a="$1" -v b="$now" 'BEGIN { exit !(a > b) }' &&
		sleep "$(awk -v a="$1" -v b="$now" 'BEGIN { printf "%.2f", a - b }')"
}

G terminal add --id $TERM1 --name T1 --suite 1 >/dev/null
G operator add --id op1 --name "N op1" --role collector <<<123456 >/dev/null
gf_start mktsim --pool 4 && gf_start ifsvc || gf_done	# pool: a held customer blocks one
mapfile -t C < <("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 5 | cut -d'|' -f1)
[ ${#C[@]} -ge 5 ] || { fail "mktsim customers"; gf_done; }

# Midnight at M, the first minute boundary at least 15 s ahead.  A POSIX
# zone "XYZ-hh:mm" is hh:mm east of UTC.
now=$(date +%s)
M=$(( (now + 15 + 59) / 60 * 60 ))
off=$(( (86400 - M % 86400) % 86400 ))
[ $off -gt 43200 ] && off=$((off - 86400))
if [ $off -ge 0 ]; then tz=$(printf 'XYZ-%02d:%02d' $((off / 3600)) $((off % 3600 / 60)))
else tz=$(printf 'XYZ+%02d:%02d' $((-off / 3600)) $((-off % 3600 / 60))); fi
export PGOPTIONS="-c TimeZone=$tz"
gf_start appsrv || gf_done
D=$(gf_sql "SELECT current_date")
D1=$(gf_sql "SELECT current_date + 1")
expect_match "$(gf_sql "SELECT to_char(localtimestamp, 'HH24:MI')")" '^23:5[89]$' "appsrv's zone ($tz): midnight is near"

# ---- day D: P1 answered, P2 claimed and held in the simulator ----
until_utc $((M - 10))
TOK=$(signon)
pay "$T/p1" "$TOK" p1 "${C[0]}"
expect_eq "$(gf_status "$T/p1")" OK "D: P1 OK"
expect_eq "$(tx p1)" "SUCCESS $D" "D: P1 recorded on D"
hold "${C[1]}"
sleep 0.5
pay "$T/p2" "$TOK" p2 "${C[1]}" &
P2=$!
wait_row p2
expect_eq "$(tx p2)" "PENDING $D" "D: P2 claimed on D, waiting for its answer"
[ "$(date +%s)" -lt "$M" ] || fail "the day-D part ran past midnight (machine too slow?)"

# ---- day D+1: P3 answered while P2 still waits ----
until_utc $((M + 1))
expect_eq "$(gf_sql "SELECT current_date")" "$D1" "appsrv's zone: the date changed"
pay "$T/p3x" "$TOK" p3x "${C[2]}"
expect_eq "$(gf_status "$T/p3x")" NOT_SIGNED_ON "D+1: D's session is over"
TOK1=$(signon)
pay "$T/p3" "$TOK1" p3 "${C[2]}"
expect_eq "$(gf_status "$T/p3")" OK "D+1: P3 OK"
expect_eq "$(tx p3)" "SUCCESS $D1" "D+1: P3 recorded on D+1"
expect_eq "$(tx p2)" "PENDING $D" "P2 still waits"

# ---- P2's answer comes after midnight: recorded on D ----
release "${C[1]}"
wait $P2
expect_eq "$(gf_status "$T/p2")" OK "P2 OK after midnight"
expect_eq "$(tx p2)" "SUCCESS $D" "P2 recorded on D"
expect_eq "$(gf_item "$T/p2" receipt_no)" "R$(gf_sql "SELECT stserial FROM transactions WHERE term_serial = 'p2'")" "P2's receipt"
pay "$T/p4" "$TOK1" p4 "${C[3]}"
expect_eq "$(gf_status "$T/p4")" OK "D+1: P4 OK"
expect_eq "$(tx p4)" "SUCCESS $D1" "D+1: P4 recorded on D+1"
expect_eq "$(gf_sql "SELECT string_agg(t.term_serial || '=' || (r.receipt_no = 'R' || t.stserial AND r.amount = t.amount AND r.settle_date = t.settle_date), ' ' ORDER BY t.term_serial) FROM transactions t JOIN receipts r USING (stserial)")" \
	"p1=true p2=true p3=true p4=true" "one receipt per payment, with its amount and date"

# ---- the settler decided first ----
hold "${C[4]}"
sleep 0.5
pay "$T/p5" "$TOK1" p5 "${C[4]}" &
P5=$!
wait_row p5
# As ifsvc's settler does when an answer is overdue; not due to be settled
# again within this test.
gf_sql "UPDATE transactions SET state = 'UNKNOWN', unknown_since = now(), next_settle_at = now() + interval '1 hour' WHERE term_serial = 'p5'" >/dev/null
release "${C[4]}"
wait $P5
expect_eq "$(gf_status "$T/p5")" HOST_TIMEOUT "an answer after the settler decided: HOST_TIMEOUT"
expect_eq "$(tx p5)" "UNKNOWN $D1" "that row is left to the settler"
expect_eq "$(gf_sql "SELECT count(*) FROM receipts r JOIN transactions t USING (stserial) WHERE t.term_serial = 'p5'")" 0 "and it has no receipt"

check "appsrv logged no prepare error" -- bash -c "! grep -q 'db=prepare' '$T/log/appsrv.out'"
gf_done
