#!/usr/bin/env bash
# cost: 240
# t_two_nodes - two station nodes (frontd + appsrv + ifsvc each, own var,
# run and log folders, sockets and ports, node names n1 and n2) on one
# database and one marketing system (docs/DESIGN.md "Several nodes, one
# database").  What must happen once happens once across them:
#   settle     payments whose answers the marketing system lost are settled
#              once: one status query and one reversal per item over both
#              nodes, one settle claim each, one reversal in mktsim's books
#   alarm      an unknown that stays unsettled raises one UNSETTLED alarm
#   outbox     kept records whose first sends were lost are delivered once
#              (no duplicate at the marketing system)
#   daily      both nodes' daily timers: one run for yesterday
#   recon      a run asked for on both nodes at once runs once; a node's
#              ifsvc restarting does not end the other node's run; a
#              console rerun is taken by one node
#   kill -9    every process of node n1 killed under load: terminals go on
#              through n2's frontd, its unknowns are settled by n2, the
#              money invariants hold, the day reconciles with 0 differences
# Per fault it prints the seconds during which terminals saw errors and how
# many requests failed.
CONF_GLOBAL_EXTRA='node = "n1"'
CONF_IFSVC_EXTRA='deadline = 2
  settle_interval = 1
  settle_lease = 8
  settle_alarm = 3
  breaker_failures = 1000
  office_check = 1
  recon_time = "00:00:00"'
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

NTERM=8
TFILE=$T/terminals
CFILE=$T/customers
ADMIN_PORT=$(gf_free_port)

provision() {
	local i id suite role op pin
	: >"$TFILE"
	chmod 0600 "$TFILE"
	for i in $(seq 1 $NTERM); do
		id=$(printf '86139000003%05d' "$i")
		suite=$((2 - i % 2))
		if [ "$i" -le 6 ]; then role=collector; op=$(printf 'TC%02d' "$i")
		elif [ "$i" -eq 7 ]; then role=reader; op=OP001
		else role=dunning; op=OP002; fi
		pin=$(printf '%06d' $((100000 + i * 7919)))
		"$BIN_GFCTL" -f "$GF_CONF" terminal add --id "$id" --name "node $i" \
			--suite "$suite" --ip "127.0.1.$i" >>"$T/log/gfctl.out" 2>&1 ||
			{ fail "gfctl terminal add $id"; return 1; }
		"$BIN_GFCTL" -f "$GF_CONF" operator add --id "$op" --name "node $role $i" \
			--role "$role" <<<"$pin" >>"$T/log/gfctl.out" 2>&1 ||
			{ fail "gfctl operator add $op"; return 1; }
		echo "$id $suite 1 127.0.1.$i - - $op $pin $role" >>"$TFILE"
	done
}

mktdb() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }
mkt_admin() {
	local line
	exec 7<>"/dev/tcp/127.0.0.1/$ADMIN_PORT" || return 1
	echo "$*" >&7
	read -r -t 5 line <&7
	exec 7>&-
	[[ $line == ok* ]]
}
settled() {
	[ "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")" = 0 ]
}
outbox_empty() {
	[ "$(gf_sql "SELECT count(*) FROM outbox WHERE state IN ('PENDING', 'SENDING')")" = 0 ]
}
ilogs() { cat "$T/log/ifsvc.out" "$T/log/n2-ifsvc.out"; }
# sql_is VALUE SQL: for gf_wait_for, which runs the query on every try.
sql_is() { [ "$(gf_sql "$2")" = "$1" ]; }
sql_ge() { [ "$(gf_sql "$2")" -ge "$1" ]; }

C2=$(gf_node_conf n2)
SERVERS="127.0.0.1:$FRONTD_PORT"
TERMSIM=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --keys "$T/keys"
	--timeout 5000 --customers-file "$CFILE")

# window NAME FILE: the outage as terminals saw it, from termsim's report.
window() {
	local w
	w=$(grep '^error_window ' "$2")
	echo "# fault $1: $w"
	printf '%s %s\n' "$1" "$w" >>"$T/windows"
}

MKT_CUSTOMERS=300
provision || gf_done
gf_node_add n2
SERVERS="127.0.0.1:$FRONTD_PORT,127.0.0.1:${NODE_FRONTD_PORT[n2]}"
# The marketing system answers 9001 slowly at first: both nodes' daily
# timers fire while the first one's run for yesterday is still going on.
gf_start mktsim --admin "127.0.0.1:$ADMIN_PORT" --latency-ms 3000 --latency-pct 100 \
	--fault-trcodes 9001 || gf_done
gf_start ifsvc && gf_node_start n2 ifsvc || gf_done
gf_start appsrv && gf_start frontd || gf_done
gf_node_start n2 appsrv && gf_node_start n2 frontd || gf_done
"$BIN_MKTSIM" -f "$GF_CONF" customers --limit 100000 >"$CFILE" 2>>"$T/log/mktsim.out"
for s in "127.0.0.1:$FRONTD_PORT" "127.0.0.1:${NODE_FRONTD_PORT[n2]}"; do
	gf_wait_for 30 "${TERMSIM[@]}" --server "$s" call --terminal 8613900000300001 ECHO &&
		ok "node at $s answers ECHO" || { fail "node at $s answers ECHO"; gf_done; }
done

# ---- daily: both timers, one run for yesterday ----
gf_wait_for 30 sql_is 1 "SELECT count(*) FROM recon_runs WHERE recon_date = current_date - 1 AND state = 'DONE'" &&
	ok "the daily run of yesterday is DONE" || fail "no DONE daily run of yesterday"
sleep 2
expect_eq "$(gf_sql "SELECT count(*) FROM recon_runs WHERE recon_date = current_date - 1")" "1" \
	"daily: one run for yesterday across both nodes"
expect_eq "$(grep -c 'recon: daily run started' "$T/log/ifsvc.out" "$T/log/n2-ifsvc.out" | awk -F: '{ n += $2 } END { print n }')" "2" \
	"daily: both nodes' timers fired"
mkt_admin reset || fail "mktsim reset"

# ---- settle: lost answers of payments, settled once ----
mkt_admin set trcodes 1002,1004,1005 && mkt_admin set drop_after_pct 25 || fail "mktsim faults"
rc=0
"${TERMSIM[@]}" --server "$SERVERS" run --terminals $NTERM --mix collector=100 --seed 5 \
	--duration 6 --settle 20 >"$T/settle.out" 2>"$T/log/termsim-settle.out" || rc=$?
mkt_admin reset || fail "mktsim reset"
expect_match "$(grep '^terminals=' "$T/settle.out")" " violations=0$" "settle: termsim saw no invariant violation"
window "lost-answers" "$T/settle.out"
gf_wait_for 60 settled && ok "settle: nothing left pending or unknown" || fail "settle: unknowns left"
items=$(gf_sql "SELECT count(*) FROM ifsvc_settle WHERE outcome IS NOT NULL")
if [ "${items:-0}" -gt 0 ]; then ok "settle: $items unknown outcomes were settled"; else fail "settle: no unknown outcome"; fi
expect_eq "$(gf_sql "SELECT count(*) FROM ifsvc_settle WHERE outcome IS NOT NULL AND claims <> 1")" "0" \
	"settle: each item taken once (one claim each)"
for n in ifsvc n2-ifsvc; do echo "# $n settled $(grep -c 'settle: took' "$T/log/$n.out") items"; done
expect_eq "$(ilogs | grep -oE 'settle: status stserial=[0-9A-Z]+ ' | sort | uniq -d | wc -l)" "0" \
	"settle: one status query per item over both nodes"
expect_eq "$(ilogs | grep -c 'settle: status stserial=')" "$items" "settle: as many status queries as items"
rev=$(gf_sql "SELECT string_agg(quote_literal(stserial), ',') FROM ifsvc_settle WHERE outcome = 'REVERSED'")
if [ -n "$rev" ]; then
	expect_eq "$(mktdb "SELECT count(*) FROM mk_txns WHERE trcode = '1003' AND orig_stserial IN ($rev) GROUP BY orig_stserial HAVING count(*) <> 1" | wc -l)" "0" \
		"settle: one reversal per settled payment in the marketing books"
	expect_eq "$(mktdb "SELECT count(DISTINCT orig_stserial) FROM mk_txns WHERE trcode = '1003' AND orig_stserial IN ($rev)")" \
		"$(gf_sql "SELECT count(*) FROM ifsvc_settle WHERE outcome = 'REVERSED'")" "settle: every reversed payment reversed there"
fi

# ---- alarm: an unknown that stays unsettled, one UNSETTLED alarm ----
mkt_admin set trcodes 1002,1006 && mkt_admin set drop_after_pct 100 || fail "mktsim faults"
for s in "127.0.0.1:$FRONTD_PORT" "127.0.0.1:${NODE_FRONTD_PORT[n2]}"; do
	c=$(sed -n "$((RANDOM % 200 + 1))p" "$CFILE" | cut -d'|' -f1)
	"${TERMSIM[@]}" --server "$s" --retries 0 call --terminal 8613900000300002 PAYMENT \
		customer_no="$c" amount=100 pay_mode=1 >>"$T/log/termsim-alarm.out" 2>&1
done
gf_wait_for 20 sql_ge 2 "SELECT count(*) FROM alarms WHERE kind = 'UNSETTLED'" &&
	ok "alarm: unsettled items raise UNSETTLED" || fail "alarm: no UNSETTLED alarm"
sleep 4	# both nodes' settlers tick several times meanwhile
expect_eq "$(gf_sql "SELECT count(*) || '/' || count(DISTINCT detail) FROM alarms WHERE kind = 'UNSETTLED'" | awk -F/ '{ print ($1 == $2) }')" "1" \
	"alarm: one UNSETTLED alarm per item across both nodes"
unk=$(gf_sql "SELECT count(*) FROM transactions WHERE state = 'UNKNOWN'")
expect_eq "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'UNSETTLED'") $unk" "$unk $unk" "alarm: as many alarms as unsettled items"
# The back office's checks (office_check = 1 s on both nodes): one open
# CASH_IN_TRANSIT alarm per collector.
expect_eq "$(gf_sql "SELECT count(*) - count(DISTINCT split_part(detail, ' ', 1)) FROM alarms WHERE kind = 'CASH_IN_TRANSIT'")" "0" \
	"alarm: one CASH_IN_TRANSIT alarm per collector across both nodes"
mkt_admin reset || fail "mktsim reset"
gf_wait_for 60 settled && ok "alarm: the items settle once the marketing system answers" || fail "alarm: unknowns left"

# ---- outbox: kept records whose sends were lost, delivered once ----
mkt_admin set trcodes 2003,3004 && mkt_admin set drop_before_pct 60 || fail "mktsim faults"
rc=0
"${TERMSIM[@]}" --server "$SERVERS" run --terminals $NTERM --mix reader=50,dunning=50 --seed 9 \
	--duration 5 >"$T/outbox.out" 2>"$T/log/termsim-outbox.out" || rc=$?
mkt_admin reset || fail "mktsim reset"
expect_match "$(grep '^terminals=' "$T/outbox.out")" " violations=0$" "outbox: termsim saw no invariant violation"
kept=$(gf_sql "SELECT count(*) FROM outbox WHERE attempts > 1")
if [ "${kept:-0}" -gt 0 ]; then ok "outbox: $kept records delivered after a lost send"; else fail "outbox: no record needed the deliverer"; fi
gf_wait_for 60 outbox_empty && ok "outbox: every record delivered" || fail "outbox: records left"
expect_eq "$(gf_sql "SELECT count(*) FROM outbox WHERE state NOT IN ('DELIVERED', 'REFUSED')")" "0" "outbox: nothing parked or waiting"
expect_eq "$(mktdb "SELECT COALESCE(sum(dups), 0) FROM (SELECT dups FROM mk_reading_exceptions UNION ALL SELECT dups FROM mk_dunning_results) d")" "0" \
	"outbox: no record reached the marketing system twice"
expect_eq "$(mktdb "SELECT count(*) FROM (SELECT ref FROM mk_reading_exceptions UNION ALL SELECT ref FROM mk_dunning_results) d WHERE ref IS NOT NULL")" \
	"$(gf_sql "SELECT count(*) FROM outbox WHERE state = 'DELIVERED'")" "outbox: one copy there per delivered record"

# ---- recon: asked on both nodes at once; the other node's restart ----
today=$(date +%Y%m%d)
# The run is held at its comparison (a session of the test holds the
# table it writes its stats to) for 8 s: it lasts that long, whatever the
# machine's load.
gf_psql -At -c "SET application_name = 't_hold'; BEGIN; LOCK TABLE recon_stats IN EXCLUSIVE MODE; SELECT pg_sleep(8); COMMIT" >/dev/null 2>&1 &
hold=$!
gf_wait_sleeping "$GF_DBNAME" || fail "recon: the stats table is not held"
before=$(gf_sql "SELECT count(*) FROM recon_runs WHERE recon_date = current_date")
"$BIN_GFCTL" -f "$GF_CONF" recon run --date "$today" >"$T/recon1.out" 2>&1 &
p1=$!
"$BIN_GFCTL" -f "$C2" recon run --date "$today" >"$T/recon2.out" 2>&1 &
p2=$!
gf_wait_for 10 sql_is 1 "SELECT count(*) FROM recon_runs WHERE recon_date = current_date AND state = 'RUNNING'" ||
	fail "recon: no run going on"
runner=$(gf_sql "SELECT node FROM recon_runs WHERE recon_date = current_date AND state = 'RUNNING'")
gf_wait_for 10 grep -q 'already running' "$T/recon1.out" "$T/recon2.out" || fail "recon: the second ask was not answered"
# The other node's ifsvc restarts meanwhile (it once marked every RUNNING
# run FAILED at start).
if [ "$runner" = n1 ]; then gf_stop n2-ifsvc; gf_node_start n2 ifsvc
else gf_stop ifsvc; gf_start ifsvc; fi
sleep 1
expect_eq "$(gf_sql "SELECT state FROM recon_runs WHERE recon_date = current_date ORDER BY id DESC LIMIT 1")" "RUNNING" \
	"recon: the run is still RUNNING after the other node's ifsvc started"
wait $p1 $p2 $hold
expect_eq "$(gf_sql "SELECT count(*) FROM recon_runs WHERE recon_date = current_date") $(gf_sql "SELECT string_agg(state, ',') FROM recon_runs WHERE recon_date = current_date")" \
	"$((before + 1)) DONE" "recon: asked on both nodes at once, one run, DONE across the other node's restart"
expect_eq "$(cat "$T/recon1.out" "$T/recon2.out" | grep -c 'already running')" "1" "recon: the second ask is refused"
# A console rerun queued: one node takes it.
gf_sql "INSERT INTO recon_requests (recon_date, actor) VALUES (current_date - 1, 'console:t')" >/dev/null
gf_wait_for 20 sql_is DONE "SELECT state FROM recon_requests" &&
	ok "recon: the console rerun is done" || fail "recon: rerun state $(gf_sql "SELECT state || ' ' || COALESCE(detail, '') FROM recon_requests")"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_runs WHERE recon_date = current_date - 1")" "2" "recon: the rerun is one more run"

# ---- kill -9 of every process of node n1 under load ----
rc=0
"${TERMSIM[@]}" --server "$SERVERS" run --terminals $NTERM --mix collector=80,reader=10,dunning=10 --seed 13 \
	--duration 13 --settle 50 >"$T/kill.out" 2>"$T/log/termsim-kill.out" &
tp=$!
sleep 5
killed_at=$(gf_sql "SELECT now()")
gf_kill9 frontd; gf_kill9 appsrv; gf_kill9 ifsvc
ok "node n1 killed (frontd, appsrv, ifsvc) under load"
wait $tp || rc=$?
expect_eq "$rc" "0" "kill: termsim exit status"
expect_match "$(grep '^terminals=' "$T/kill.out")" " violations=0$" "kill: termsim saw no invariant violation"
expect_match "$(grep '^checks ' "$T/kill.out")" " unsettled=0 " "kill: every deferred check made"
window "node-kill9" "$T/kill.out"
late=$(awk '$1 == "PAYMENT" { print $3 }' "$T/kill.out")
if [ "${late:-0}" -gt 0 ]; then ok "kill: payments answered OK ($late)"; else fail "kill: no OK PAYMENT"; fi
gf_wait_for 90 settled && ok "kill: n1's unknowns and stale claims settled by n2" || fail "kill: unknowns left"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE created_at > '$killed_at'::timestamptz + interval '2 seconds' AND state = 'SUCCESS'" | awk '{ print ($1 > 0) }')" "1" \
	"kill: payments went on after the kill"
out=$("$BIN_GFCTL" -f "$C2" journal verify 2>&1) && ok "kill: n2's journal verifies" || fail "kill: n2 journal: $out"
out=$("$BIN_GFCTL" -f "$GF_CONF" journal verify 2>&1) && ok "kill: n1's journal verifies" || fail "kill: n1 journal: $out"
out=$("$BIN_GFCTL" -f "$C2" recon run --date "$today" 2>&1)
expect_match "$out" "state=DONE .*LOCAL_ONLY=0 REMOTE_ONLY=0 AMOUNT_MISMATCH=0 STATUS_MISMATCH=0" \
	"kill: the day reconciles with 0 differences"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_diffs WHERE run_id = (SELECT max(id) FROM recon_runs)")" "0" "kill: no difference recorded"
cat "$T/windows"
gf_done
