#!/usr/bin/env bash
# cost: 50
# termsim's own checks under a marketing-system outage (TP1 §4, MONEY.md):
# collectors on the real station while mktsim first refuses and drops every
# connection, then loses the answers of money-moving requests.  A terminal
# backs off instead of hammering the station (the request rate during the
# outage is bounded), a failed verification query drops its expectation
# instead of judging the next customer by it, and a HOST_TIMEOUT or an
# unanswered request is checked only once the station has settled it, at
# the end of the run: termsim reports no violation, and the deferred checks
# were really made (none left unsettled).
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

NTERM=4
TFILE=$T/terminals
CFILE=$T/customers
# A short breaker reset, so that the station notices the marketing system
# is back within the run.
CONF_IFSVC_EXTRA='breaker_reset = 2'
TERMSIM=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --keys "$T/keys" --timeout 5000)

provision() {
	local i id op pin
	: >"$TFILE"
	chmod 0600 "$TFILE"
	for i in $(seq 1 $NTERM); do
		id=$(printf '86139000007%05d' "$i")
		op=$(printf 'TC%02d' "$i")
		pin=$(printf '%06d' $((200000 + i * 7919)))
		"$BIN_GFCTL" -f "$GF_CONF" terminal add --id "$id" --name "checks $i" \
			--suite 2 >>"$T/log/gfctl.out" 2>&1 || { fail "gfctl terminal add $id"; return 1; }
		"$BIN_GFCTL" -f "$GF_CONF" operator add --id "$op" --name "checks collector $i" \
			--role collector <<<"$pin" >>"$T/log/gfctl.out" 2>&1 ||
			{ fail "gfctl operator add $op"; return 1; }
		echo "$id 2 1 - - - $op $pin collector" >>"$TFILE"
	done
	ok "provisioned $NTERM collector terminals"
}

ADMIN_PORT=$(gf_free_port)
admin() {	# one admin command to mktsim, prints the answer line
	local l
	exec 9<>"/dev/tcp/127.0.0.1/$ADMIN_PORT" || return 1
	echo "$*" >&9
	read -r -t 5 l <&9
	exec 9<&-
	echo "$l"
}
fault() { admin reset >/dev/null; local kv; for kv in "$@"; do admin set "${kv%%=*}" "${kv#*=}" >/dev/null; done; }
# tx_at SECONDS: termsim's request rate over the 5 s before that progress line.
tx_at() { awk -v s="$1" '$2 ~ "^elapsed=" s "\\." { sub("tx_per_s=", "", $4); print $4; exit }' "$T/log/termsim.out"; }

MKT_CUSTOMERS=120
provision || gf_done
gf_start mktsim --admin "127.0.0.1:$ADMIN_PORT" --fault-seed 5 && gf_start ifsvc &&
	gf_start appsrv && gf_start frontd || gf_done
gf_wait_for 30 "${TERMSIM[@]}" call --terminal 8613900000700001 ECHO ||
	{ fail "the station answers ECHO"; gf_done; }
"$BIN_MKTSIM" -f "$GF_CONF" customers --limit 100000 >"$CFILE" 2>>"$T/log/mktsim.out"

# 0-3 s healthy; 3-13 s the marketing system is down (every connection
# refused or closed); 13-15 s healthy; 15-20 s the answers of payments,
# prepays and card recharges are lost half the time (HOST_TIMEOUT); then
# healthy to the end of the run at 26 s, and termsim settles its deferred
# checks.  (Reversals keep their answers here: a station that answers a
# lost one HOST_TIMEOUT and then completes it is caught by termsim, rightly,
# but that is the station's matter, not this test's; IN_DOUBT is tested
# against a scripted station in t_termsim_repeat.)
"${TERMSIM[@]}" run --terminals $NTERM --mix collector=100 --duration 26 --seed 3 \
	--customers-file "$CFILE" >"$T/run.out" 2>"$T/log/termsim.out" &
tpid=$!
sleep 3
rows0=$(gf_sql "SELECT count(*) FROM transactions")
fault refuse_pct=100 drop_before_pct=100
sleep 10
rows1=$(gf_sql "SELECT count(*) FROM transactions")
fault
sleep 2
fault drop_after_pct=50 trcodes=1002,1004,1005
sleep 5
fault
rc=0
wait $tpid || rc=$?
cat "$T/run.out" >>"$T/log/termsim.out"

expect_eq "$rc" "0" "termsim exit status"
expect_match "$(grep '^terminals=' "$T/run.out")" " violations=0$" "no violations reported"
[ "$rc" = 0 ] || grep -m 20 'VIOLATION\|unsettled' "$T/log/termsim.out"

# The outage really happened and the terminals saw it.
expect_match "$(grep -E '^(ARREARS_QUERY|SIGN_ON) ' "$T/run.out")" "HOST_UNAVAILABLE=[0-9]+" \
	"the outage answered HOST_UNAVAILABLE"
# Backoff: the rate over 5-10 s, wholly inside the outage, stays under one
# request per second per terminal (without it: hundreds per second).
r=$(tx_at 10)
if [ -n "$r" ] && [ "$r" -le "$NTERM" ]; then
	ok "request rate during the outage is bounded ($r/s for $NTERM terminals)"
else
	fail "request rate during the outage '${r}'/s, wanted <= $NTERM"
fi
if [ $((rows1 - rows0)) -le $((NTERM * 10)) ]; then
	ok "money rows written during the outage bounded ($((rows1 - rows0)))"
else
	fail "money rows written during the outage: $((rows1 - rows0)), wanted <= $((NTERM * 10))"
fi

# Lost answers: HOST_TIMEOUT for payments happened, and their checks were
# deferred and then made, none left unsettled.
expect_match "$(grep -E '^(PAYMENT|PREPAY|CARD_RECHARGE) ' "$T/run.out")" \
	"HOST_TIMEOUT=[0-9]+" "lost answers were answered HOST_TIMEOUT"
chk=$(grep '^checks ' "$T/run.out")
expect_match "$chk" "deferred=[1-9][0-9]* " "some checks were deferred ($chk)"
d=$(sed -n 's/.*deferred=\([0-9]*\).*/\1/p' <<<"$chk")
m=$(sed -n 's/.* made=\([0-9]*\).*/\1/p' <<<"$chk")
expect_eq "${m:-x}" "${d:-y}" "every deferred check was made"
expect_match "$chk" " unsettled=0( |$)" "no deferred check left unsettled"

settled() { [ "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")" = 0 ]; }
gf_wait_for 60 settled && ok "the station settled everything" || fail "transactions left pending or unknown"
gf_done
