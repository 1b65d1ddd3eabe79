#!/usr/bin/env bash
# cost: 70
# End to end, the whole station: mktsim, ifsvc, appsrv and frontd on a real
# PostgreSQL, driven by termsim with terminals of both suites, each bound to
# its own loopback address (127.0.1.x) as a SIM is.  A short mixed run on
# short connections, then one with --keepalive: each must finish with zero
# invariant violations and real traffic of every role.  Then the journal
# verifies and the day reconciles exactly with the marketing system.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

NTERM=8
TFILE=$T/terminals
CFILE=$T/customers
TERMSIM=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --keys "$T/keys" --timeout 20000)

# Terminals 1..8: odd suite 1 (TDES), even suite 2 (SM4).  Operators:
# 6 collectors, a reader and a dunning officer (the --mix below).
provision() {
	local i id suite role op pin
	: >"$TFILE"
	chmod 0600 "$TFILE"
	for i in $(seq 1 $NTERM); do
		id=$(printf '86139000002%05d' "$i")
		suite=$((2 - i % 2))
		if [ "$i" -le 6 ]; then role=collector; op=$(printf 'EC%02d' "$i")
		elif [ "$i" -eq 7 ]; then role=reader; op=OP001
		else role=dunning; op=OP002; fi
		pin=$(printf '%06d' $((100000 + i * 7919)))
		"$BIN_GFCTL" -f "$GF_CONF" terminal add --id "$id" --name "e2e $i" \
			--suite "$suite" --ip "127.0.1.$i" >>"$T/log/gfctl.out" 2>&1 ||
			{ fail "gfctl terminal add $id"; return 1; }
		"$BIN_GFCTL" -f "$GF_CONF" operator add --id "$op" --name "e2e $role $i" \
			--role "$role" <<<"$pin" >>"$T/log/gfctl.out" 2>&1 ||
			{ fail "gfctl operator add $op"; return 1; }
		# Half the terminals carry the keys gfctl prints for injection,
		# the other half "- -": termsim derives them from the key file.
		keys="- -"
		if [ $((i % 4)) -lt 2 ]; then
			keys=$("$BIN_GFCTL" -f "$GF_CONF" terminal keys "$id" 2>>"$T/log/gfctl.out" |
				awk '$1 == "enc" { e = $2 } $1 == "mac" { m = $2 } END { if (e != "" && m != "") print e, m }')
			[ -n "$keys" ] || { fail "gfctl terminal keys $id"; return 1; }
		fi
		echo "$id $suite 1 127.0.1.$i $keys $op $pin $role" >>"$TFILE"
	done
	ok "provisioned $NTERM terminals and their operators"
}

# run NAME ARGS...: a termsim run; its report (the text table) in $T/NAME.out.
run() {
	local name=$1 rc=0 f okn bad; shift
	"${TERMSIM[@]}" run --terminals $NTERM --mix collector=75,reader=13,dunning=12 \
		--seed 7 "$@" >"$T/$name.out" 2>"$T/log/termsim-$name.out" || rc=$?
	expect_eq "$rc" "0" "$name run: termsim exit status"
	expect_match "$(grep '^terminals=' "$T/$name.out")" " violations=0$" "$name run: no invariant violations"
	[ "$rc" = 0 ] || { cat "$T/$name.out"; grep -m 20 VIOLATION "$T/log/termsim-$name.out"; }
	for f in SIGN_ON ARREARS_QUERY PAYMENT PREPAY CARD_RECHARGE READ_TASKS READ_UPLOAD \
	    DUNNING_TASKS DISCONNECT_CHECK DUNNING_RESULT SIGN_OFF; do
		okn=$(awk -v f="$f" '$1 == f { print $3 }' "$T/$name.out")
		if [ "${okn:-0}" -gt 0 ]; then ok "$name run: $f answered OK ($okn)"
		else fail "$name run: no OK $f"; fi
	done
	# Transport trouble would hide behind retries: there must be none.
	bad=$(grep -oE '(TIMEOUT|CONN_ERROR|ALERT_[A-Z_]+|INTERNAL|retries)=[0-9]+' "$T/$name.out" | tr '\n' ' ')
	expect_eq "$bad" "" "$name run: no timeouts, retries, connection errors, alerts or INTERNAL"
}

pending_settled() {
	[ "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")" = 0 ]
}

MKT_CUSTOMERS=300
provision || gf_done
gf_start_all || gf_done
# Ready when a real request goes through the whole chain.
gf_wait_for 30 "${TERMSIM[@]}" call --terminal 8613900000200001 ECHO ||
	{ fail "the station answers ECHO"; gf_done; }
ok "the station answers ECHO"
"$BIN_MKTSIM" -f "$GF_CONF" customers --limit 100000 >"$CFILE" 2>>"$T/log/mktsim.out"
expect_eq "$(wc -l <"$CFILE")" "$MKT_CUSTOMERS" "mktsim lists its customers"

# Short connections (one request per connection, the default).  The
# collectors take their customers from mktsim's list (with card meters).
run short --duration 6 --customers-file "$CFILE"
# Keep-alive connections.
run keepalive --duration 6 --keepalive --customers-file "$CFILE"

# GPRS-like links (latency and bandwidth in termsim): fewer requests in the
# time, so only the core of the checks; the terminals' deadlines hold.
rc=0
"${TERMSIM[@]}" run --terminals $NTERM --mix collector=75,reader=13,dunning=12 --seed 11 \
	--duration 8 --gprs --customers-file "$CFILE" >"$T/gprs.out" 2>"$T/log/termsim-gprs.out" || rc=$?
expect_eq "$rc" "0" "gprs run: termsim exit status"
expect_match "$(grep '^terminals=' "$T/gprs.out")" " violations=0$" "gprs run: no invariant violations"
okn=$(awk '$1 == "PAYMENT" || $1 == "PREPAY" { n += $3 } END { print n + 0 }' "$T/gprs.out")
if [ "$okn" -gt 0 ]; then ok "gprs run: payments answered OK ($okn)"; else fail "gprs run: no OK PAYMENT or PREPAY"; fi
expect_eq "$(grep -oE '(TIMEOUT|CONN_ERROR|ALERT_[A-Z_]+|INTERNAL|retries)=[0-9]+' "$T/gprs.out" | tr '\n' ' ')" "" \
	"gprs run: no timeouts, retries, connection errors, alerts or INTERNAL"
# Termsim holds each request back by one uplink delay of at least 150 ms
# before sending it: a lower bound on the latency, which slowness cannot
# break.
p50=$(awk '$1 == "ARREARS_QUERY" { print $4 }' "$T/gprs.out")
if awk -v g="${p50:-0}" 'BEGIN { exit !(g >= 150) }'; then
	ok "gprs run: the link's latency applies (ARREARS_QUERY p50 ${p50} ms >= 150 ms)"
else fail "gprs run: ARREARS_QUERY p50 '${p50}' ms below the link's 150 ms minimum"; fi

expect_eq "$(gf_sql "SELECT count(DISTINCT suite) FROM terminals WHERE last_seq > 0 AND id LIKE '861390000020%'")" \
	"2" "terminals of both suites were served"
expect_eq "$(gf_sql "SELECT count(*) FROM terminals WHERE last_seq > 0 AND id LIKE '861390000020%'")" \
	"$NTERM" "every terminal was served"
n=$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('SUCCESS', 'REVERSED') AND settle_date = current_date")
if [ "${n:-0}" -gt 0 ]; then ok "money moved ($n transactions)"; else fail "no successful money-moving transaction"; fi

# Nothing may stay in doubt before the day is reconciled.
gf_wait_for 60 pending_settled &&
	ok "no transaction left pending or unknown" || fail "transactions left pending or unknown"

out=$("$BIN_GFCTL" -f "$GF_CONF" journal verify 2>&1); rc=$?
expect_eq "$rc" "0" "journal verify passes"
[ "$rc" = 0 ] || echo "$out" | tail -5

day=$(date +%Y%m%d)
out=$("$BIN_GFCTL" -f "$GF_CONF" recon run --date "$day" 2>&1); rc=$?
expect_eq "$rc" "0" "recon run for $day"
[ "$rc" = 0 ] || echo "$out" | tail -5
run_row=$(gf_sql "SELECT state, local_count = remote_count, local_total = remote_total, local_count FROM recon_runs WHERE recon_date = current_date ORDER BY id DESC LIMIT 1")
expect_match "$run_row" "^DONE\|t\|t\|[1-9][0-9]*$" "reconciliation: counts and totals equal on both sides"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_diffs WHERE run_id = (SELECT max(id) FROM recon_runs WHERE recon_date = current_date)")" \
	"0" "reconciliation: no difference"
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'RECON_DIFF'")" "0" "no RECON_DIFF alarm"
# The station's own view matches what the marketing system books show.
local_total=$(gf_sql "SELECT COALESCE(sum(amount), 0) FROM transactions WHERE settle_date = current_date AND state = 'SUCCESS' AND func <> 'REVERSAL'")
expect_eq "$(gf_sql "SELECT local_total FROM recon_runs WHERE recon_date = current_date ORDER BY id DESC LIMIT 1")" \
	"$local_total" "reconciled total is the day's successful amount"
out=$("$BIN_GFCTL" -f "$GF_CONF" recon report --date "$day" 2>&1); rc=$?
expect_eq "$rc" "0" "recon report for $day"
gf_done
