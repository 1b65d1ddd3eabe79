#!/bin/bash
# cost: 90
# t_money_truth - one answer per term_serial, whatever failed in between
# (docs/MONEY.md).  Each section is a defect found in review and the repeat
# that must give the same answer:
#   SERIAL_REUSED     a term_serial reused for another request
#   stserial          the station's serial counter is never cut (10^9)
#   recon RUNNING     a started reconciliation blocks reversals
#   IN_DOUBT          an unknown reversal is rolled forward, not "not done"
#   adopted           the settler adopted the row before the answer came
#   expired           a claim older than frontd's deadline is never sent
#   stall             ifsvc stalled past the deadline sends nothing after
#   lost record       the outcome's commit whose result was lost is read back
#   guard timer       an answer that arrived wins over appsrv's guard timer
#   transitions       the database refuses an illegal state change
# Requests go to appsrv's IPC socket as frontd would send them (ipcprobe).
CONF_IFSVC_EXTRA='deadline = 2
  settle_interval = 1'
source "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

source "$GF_SRC/tests/integration/money_lib.sh"
stserial() { gf_sql "SELECT stserial FROM transactions WHERE terminal_id='$TERM1' AND term_serial='$1'"; }
mksql() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }
booked() { mksql "SELECT count(*) FROM mk_txns WHERE stserial = '$(stserial "$1")'"; }
wait_state() {	# wait_state TERM_SERIAL STATE [TENTHS]
	local i
	for i in $(seq "${3:-150}"); do [ "$(txstate "$1")" = "$2" ] && return 0; sleep 0.1; done
	return 1
}
# mk_hold CUSTOMER...: the marketing system's rows of those customers held
# (its money requests for them wait) until mk_release.
mk_hold() {
	local in
	in=$(printf "'%s'," "$@"); in=${in%,}
	mksql "SET application_name = 't_hold'; BEGIN; SELECT 1 FROM mk_customers WHERE custno IN ($in) FOR UPDATE; SELECT pg_sleep(30); COMMIT" >/dev/null 2>&1 &
	H=$!
	gf_wait_sleeping "$GF_MKTDB" || fail "the marketing system's rows are not held"
}
# mk_blocked: a money request of the marketing system waits on a held row.
mk_blocked() {
	local i
	for i in $(seq 200); do
		[ "$(mksql "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")" -ge 1 ] && return 0
		sleep 0.02
	done
	return 1
}
mk_release() {
	mksql "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = 't_hold'" >/dev/null
	wait "$H" 2>/dev/null
}

G terminal add --id $TERM1 --name T1 --suite 1 >/dev/null
G operator add --id op1 --name "N op1" --role collector <<<123456 >/dev/null
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT && gf_start ifsvc && gf_start appsrv || gf_done
mapfile -t ARR < <("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 12 | cut -d'|' -f1)
[ ${#ARR[@]} -ge 12 ] || { fail "mktsim customers"; gf_done; }
T1=$(signon op1)
expect_match "$T1" '^[0-9A-F]{32}$' "signed on"

# ---- SERIAL_REUSED: a repeat must be the same request (TP1 §4) ----
d0=$(due "$T1" "${ARR[0]}")
r=$(pay "$T1" s1 "${ARR[0]}" 100)
expect_eq "$(status "$r")" OK "payment s1"
expect_eq "$(status "$(pay "$T1" s1 "${ARR[1]}" 100)")" SERIAL_REUSED "s1 again for another customer"
expect_eq "$(status "$(pay "$T1" s1 "${ARR[0]}" 200)")" SERIAL_REUSED "s1 again for another amount"
expect_eq "$(status "$(tokreq PREPAY "$T1" ",{\"term_serial\":\"s1\"},{\"customer_no\":\"${ARR[0]}\"},{\"amount\":100}")")" SERIAL_REUSED "s1 again as a PREPAY"
expect_eq "$(status "$(rev "$T1" s1 s1)")" SERIAL_REUSED "s1 again as a REVERSAL (no reversal, no replayed receipt)"
r=$(pay "$T1" s1 "${ARR[0]}" 100)
expect_eq "$(status "$r") $(item "$r" replayed)" "OK 1" "the same request still replays OK"
expect_eq "$(due "$T1" "${ARR[0]}")" $((d0 - 100)) "money moved once"
expect_eq "$(txstate s1)" SUCCESS "s1 still SUCCESS, not reversed"
pay "$T1" s2 "${ARR[1]}" 100 >/dev/null
expect_eq "$(status "$(rev "$T1" rv1 s1)")" OK "reversal rv1 of s1"
expect_eq "$(status "$(rev "$T1" rv1 s2)")" SERIAL_REUSED "rv1 again naming another original"
expect_eq "$(status "$(pay "$T1" rv1 "${ARR[1]}" 100)")" SERIAL_REUSED "rv1 again as a PAYMENT"
expect_eq "$(txstate s2)" SUCCESS "s2 untouched"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE term_serial IN ('s1','rv1')")" 2 "nothing recorded for the reused serials"

# ---- stserial: the counter is never cut (MI1 §2) ----
gf_sql "SELECT setval('stserial_seq', 99999999)" >/dev/null
a=$(gf_sql "SELECT gf_next_stserial('SC01')")
gf_sql "SELECT setval('stserial_seq', 999999999)" >/dev/null
b=$(gf_sql "SELECT gf_next_stserial('SC01')")
expect_match "$a" '^SC01[0-9]{20}$' "stserial: org and a 20-digit counter"
expect_eq "${b: -10}" 1000000000 "counter 10^9 kept whole"
[ "$a" != "$b" ] && ok "10^8 and 10^9 give different serials" || fail "10^8 and 10^9 collide ($a)"
gf_sql "SELECT setval('stserial_seq', 9223372036854775806)" >/dev/null
expect_eq "$(gf_sql "SELECT length(gf_next_stserial('ORG12345'))")" 28 "the largest counter fits 28 characters"
gf_sql "SELECT setval('stserial_seq', 1000)" >/dev/null
expect_eq "$(status "$(pay "$T1" s3 "${ARR[2]}" 100)")" OK "a payment after the counter moved"

# ---- reconciliation started: RUNNING blocks a reversal (TP1 §5.2) ----
expect_eq "$(status "$(pay "$T1" s4 "${ARR[3]}" 100)")" OK "payment s4"
gf_sql "INSERT INTO recon_runs (recon_date, state) VALUES (current_date, 'RUNNING')" >/dev/null
expect_eq "$(status "$(rev "$T1" rv4 s4)")" REVERSAL_NOT_ALLOWED "reversal while reconciliation runs"
gf_sql "DELETE FROM recon_runs" >/dev/null
r=$(rev "$T1" rv4 s4)
expect_eq "$(status "$r") $(item "$r" replayed)" "REVERSAL_NOT_ALLOWED 1" "its repeat after the run: the same refusal, replayed"
expect_eq "$(status "$(pay "$T1" rv4 "${ARR[3]}" 100)")" SERIAL_REUSED "its term_serial cannot carry a payment"
expect_eq "$(status "$(rev "$T1" rvx nothing)")" ORIGINAL_NOT_FOUND "a reversal of nothing"
expect_eq "$(status "$(rev "$T1" rvx nothing)")" ORIGINAL_NOT_FOUND "its repeat: the same"
expect_eq "$(status "$(rev "$T1" rvx s4)")" SERIAL_REUSED "its term_serial naming another original"

# ---- IN_DOUBT: an unknown reversal is rolled forward ----
d5=$(due "$T1" "${ARR[5]}")
expect_eq "$(status "$(pay "$T1" p5 "${ARR[5]}" 300)")" OK "payment p5"
mkadmin "set trcodes 1003" && mkadmin "set drop_after_pct 100"
expect_eq $? 0 "mktsim: answers to 1003 lost after posting"
r=$(rev "$T1" rv5 p5)
expect_eq "$(status "$r")" IN_DOUBT "reversal with its answer lost: IN_DOUBT"
expect_eq "$(txstate rv5)" UNKNOWN "recorded in doubt"
expect_eq "$(status "$(rev "$T1" rv5 p5)")" IN_DOUBT "its repeat while in doubt: IN_DOUBT"
expect_eq "$(status "$(rev "$T1" rv5b p5)")" REVERSAL_NOT_ALLOWED "a second reversal of p5 is refused meanwhile"
mkadmin "reset"
wait_state rv5 SUCCESS
expect_eq "$(txstate rv5)" SUCCESS "the settler completed the reversal"
expect_eq "$(txstate p5)" REVERSED "its original is REVERSED"
r=$(rev "$T1" rv5 p5)
expect_eq "$(status "$r") $(item "$r" replayed)" "OK 1" "the repeat now answers the final outcome"
expect_eq "$(item "$r" receipt_no)" "R$(stserial rv5)" "with the reversal's receipt"
expect_match "$(item "$r" mkt_serial)" '^MK' "and the marketing system's serial"
expect_eq "$(due "$T1" "${ARR[5]}")" "$d5" "the customer's total due is restored"
expect_eq "$(mksql "SELECT count(*) FROM mk_txns WHERE stserial='$(stserial rv5)'")" 1 "the reversal booked once"
r=$(tokreq SIGN_OFF "$T1" '')
# in force: s1 reversed; s2 100, s3 100, s4 100; p5 reversed
expect_eq "$(item "$r" count) $(item "$r" amount)" "3 300" "SIGN_OFF counts neither p5 nor its reversal"
T1=$(signon op1)

# ---- IN_DOUBT, original reversed there meanwhile (a correction at the
# marketing system): the status query on the original decides SUCCESS even
# though the repeated 1003 is refused as "already reversed" ----
expect_eq "$(status "$(pay "$T1" p6 "${ARR[6]}" 100)")" OK "payment p6"
mkadmin "set trcodes 1003" && mkadmin "set drop_before_pct 100"
expect_eq "$(status "$(rev "$T1" rv6 p6)")" IN_DOUBT "reversal rv6 unanswered: IN_DOUBT"
mksql "UPDATE mk_txns SET status = 'REVERSED', reversed_by = 'BACKOFFICE' WHERE stserial = '$(stserial p6)'" >/dev/null
mkadmin "reset"
wait_state rv6 SUCCESS
expect_eq "$(txstate rv6) $(txstate p6)" "SUCCESS REVERSED" "rv6 SUCCESS: its original is not in force there"
expect_eq "$(status "$(rev "$T1" rv6 p6)")" OK "the repeat of rv6 answers OK"

# ---- 9999 after posting: an unknown outcome, settled (MI1 §5) ----
d3=$(due "$T1" "${ARR[3]}")
mkadmin "set error_after_pct 100"; expect_eq $? 0 "mktsim: 9999 after posting"
r=$(pay "$T1" e9 "${ARR[3]}" 100)
mkadmin "reset"
expect_eq "$(status "$r")" HOST_TIMEOUT "9999 after posting: HOST_TIMEOUT"
wait_state e9 REVERSED
expect_eq "$(txstate e9)" REVERSED "the settler found it booked and reversed it"
expect_eq "$(status "$(pay "$T1" e9 "${ARR[3]}" 100)")" HOST_TIMEOUT "its repeat: HOST_TIMEOUT"
expect_eq "$(due "$T1" "${ARR[3]}")" "$d3" "nothing stays posted"
expect_eq "$(mksql "SELECT status FROM mk_txns WHERE stserial = '$(stserial e9)'")" REVERSED "the marketing system's book: reversed"

# ---- recon start: a reversal on its way is in the day's file ----
# rv9's 1003 waits in the marketing system (its customer's row is held 0.8 s)
# when reconciliation of the day starts: the run waits for it, and the
# day reconciles with no difference.
expect_eq "$(status "$(pay "$T1" p9 "${ARR[4]}" 100)")" OK "payment p9"
mksql "BEGIN; SELECT 1 FROM mk_customers WHERE custno = '${ARR[4]}' FOR UPDATE; SELECT pg_sleep(0.8); COMMIT" >/dev/null &
H=$!
gf_wait_sleeping "$GF_MKTDB" || fail "the marketing system's row is not held"
rev "$T1" rv9 p9 >"$T/rv9.out" & P=$!
for i in $(seq 50); do [ "$(txstate rv9)" = PENDING ] && break; sleep 0.02; done
out=$(G recon run --date "$(date +%Y%m%d)")
wait $P $H
expect_eq "$(status "$(cat "$T/rv9.out")")" OK "the reversal in flight completed"
expect_match "$out" "LOCAL_ONLY=0 REMOTE_ONLY=0 AMOUNT_MISMATCH=0 STATUS_MISMATCH=0" "the day reconciles with no difference"
expect_eq "$(gf_sql "SELECT position('$(stserial p9)|' IN raw_file) > 0 AND raw_file ~ ('$(stserial p9)\|[^\n]*\|REVERSED\|') FROM recon_runs WHERE state = 'DONE'")" t "the day's 9001 file has p9 reversed"
expect_eq "$(status "$(rev "$T1" rv10 s2)")" REVERSAL_NOT_ALLOWED "no reversal after the reconciliation"

# ---- adopted: the settler took the row before the answer came ----
# A refusal arrives after the row was adopted (UNKNOWN, as the settler does
# after an appsrv stall): the terminal is told what the repeat will say.
# The marketing system is held on the customer's row lock meanwhile.
CLEAR=$("$BIN_MKTSIM" -f "$GF_CONF" customers --kind clear --limit 1 | cut -d'|' -f1)
mk_hold "$CLEAR"
pay "$T1" a1 "$CLEAR" 100 >"$T/a1.out" & P=$!
mk_blocked || fail "the payment did not reach the marketing system"
gf_sql "UPDATE transactions SET state = 'UNKNOWN', tp_status = 770, unknown_since = now(), next_settle_at = now() + interval '1 hour' WHERE term_serial = 'a1' AND state = 'PENDING'" >/dev/null
mk_release
wait $P
first=$(status "$(cat "$T/a1.out")")
again=$(status "$(pay "$T1" a1 "$CLEAR" 100)")
expect_eq "$first" HOST_TIMEOUT "the late refusal of an adopted row is answered HOST_TIMEOUT"
expect_eq "$again" "$first" "its repeat gives the same answer"
expect_match "$(grep 'term_serial=a1 ' "$T/log/appsrv.out")" 'outcome=FAILED rspcode=1002' "(the refusal did arrive, after the adoption)"

# ---- expired: appsrv never starts a claim frontd has given up on ----
gf_stop appsrv
CONF_APPSRV=$T/appsrv-short.conf
sed 's/^frontd {/frontd {\n  appsrv_timeout = 400/' "$GF_CONF" >"$CONF_APPSRV"
GF_CONF=$CONF_APPSRV gf_start appsrv || gf_done
T1=$(signon op1)
gf_sql "CREATE FUNCTION t_slow() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN IF NEW.term_serial LIKE 'slow%' THEN PERFORM pg_sleep(0.8); END IF; RETURN NEW; END \$\$; CREATE TRIGGER t_slow BEFORE INSERT ON tx_keys FOR EACH ROW EXECUTE FUNCTION t_slow()" >/dev/null
r=$(pay "$T1" slow1 "${ARR[6]}" 100)
expect_eq "$(status "$r")" HOST_UNAVAILABLE "a claim that took longer than frontd waits: not sent"
expect_eq "$(txstate slow1)" FAILED "recorded FAILED"
expect_eq "$(booked slow1)" 0 "the marketing system never saw it"
expect_eq "$(status "$(pay "$T1" slow1 "${ARR[6]}" 100)")" HOST_UNAVAILABLE "its repeat: the same answer"
gf_sql "DROP TRIGGER t_slow ON tx_keys" >/dev/null

# ---- stall: an ifsvc stopped past the deadline sends nothing after ----
kill -STOP "$(gf_pid ifsvc)"
pay "$T1" st1 "${ARR[7]}" 100 >"$T/st1.out" & P=$!
for i in $(seq 50); do [ "$(txstate st1)" = PENDING ] && break; sleep 0.02; done
sleep 1
kill -CONT "$(gf_pid ifsvc)"
wait $P
r=$(cat "$T/st1.out")
expect_eq "$(status "$r")" HOST_UNAVAILABLE "ifsvc resumed after the terminal's deadline: not sent"
expect_eq "$(booked st1)" 0 "nothing booked for it"
expect_eq "$(txstate st1)" FAILED "recorded FAILED"
gf_stop appsrv
gf_start appsrv || gf_done
T1=$(signon op1)

# ---- lost record: the commit of the outcome happened, its result was lost ----
# appsrv reaches PostgreSQL through a proxy; the outcome's UPDATE is held in
# a trigger, the proxy is frozen, the UPDATE commits, the proxy dies with
# the result.  The terminal must not be told HOST_TIMEOUT for booked money.
PROXY=$T/pgproxy
mkdir -p "$PROXY"; chmod 0755 "$PROXY"	# appsrv reconnects as the station user
socat "UNIX-LISTEN:$PROXY/.s.PGSQL.5432,fork,unlink-early,mode=0777" "UNIX-CONNECT:$GF_PGHOST/.s.PGSQL.5432" &
SOCAT=$!
for i in $(seq 50); do [ -S "$PROXY/.s.PGSQL.5432" ] && break; sleep 0.05; done
gf_stop appsrv
sed "s|host=$GF_PGHOST |host=$PROXY |" "$GF_CONF" >"$T/appsrv-proxy.conf"
GF_CONF=$T/appsrv-proxy.conf gf_start appsrv || gf_done
T1=$(signon op1)
gf_sql "CREATE FUNCTION t_hold() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN IF NEW.term_serial = 'lost1' AND NEW.state = 'SUCCESS' THEN PERFORM pg_sleep(1.5); END IF; RETURN NEW; END \$\$; CREATE TRIGGER t_hold BEFORE UPDATE ON transactions FOR EACH ROW EXECUTE FUNCTION t_hold()" >/dev/null
d8=$(due "$T1" "${ARR[8]}")
pay "$T1" lost1 "${ARR[8]}" 100 >"$T/lost1.out" & P=$!
gf_wait_sleeping "$GF_DBNAME" || fail "the outcome's update did not start"
pkill -STOP -P "$SOCAT"; kill -STOP "$SOCAT"
for i in $(seq 60); do [ "$(txstate lost1)" = SUCCESS ] && break; sleep 0.05; done
pkill -KILL -P "$SOCAT"; kill -KILL "$SOCAT"; wait "$SOCAT" 2>/dev/null
socat "UNIX-LISTEN:$PROXY/.s.PGSQL.5432,fork,unlink-early,mode=0777" "UNIX-CONNECT:$GF_PGHOST/.s.PGSQL.5432" &
SOCAT=$!
wait $P
first=$(status "$(cat "$T/lost1.out")")
expect_eq "$(txstate lost1)" SUCCESS "the outcome was committed"
expect_match "$first" '^(OK|BUSY)$' "the terminal is told OK or BUSY, not HOST_TIMEOUT, for booked money"
# A terminal repeats after BUSY, for as long as the customer waits: appsrv's
# connections went down with the proxy, and come back with the pool's
# reconnect backoff (up to 1 s a step).
for i in $(seq 150); do
	r=$(pay "$T1" lost1 "${ARR[8]}" 100); [ "$(status "$r")" = BUSY ] || break; sleep 0.2
done
expect_eq "$(status "$r")" OK "its repeat answers OK"
expect_eq "$(due "$T1" "${ARR[8]}")" $((d8 - 100)) "booked once"
gf_sql "DROP TRIGGER t_hold ON transactions" >/dev/null
kill -KILL "$SOCAT" 2>/dev/null; pkill -KILL -P "$SOCAT" 2>/dev/null
gf_stop appsrv
gf_start appsrv || gf_done
T1=$(signon op1)

# ---- guard timer: an answer that arrived is read before the timer decides ----
# The marketing system answers four payments while appsrv is stopped (their
# customers' rows are held 1 s); when appsrv resumes, its guard timers
# (ifsvc deadline + 5 s) are due and the answers wait in its socket.
GC=("${ARR[8]}" "${ARR[9]}" "${ARR[10]}" "${ARR[11]}")
mksql "BEGIN; SELECT 1 FROM mk_customers WHERE custno IN ('${GC[0]}','${GC[1]}','${GC[2]}','${GC[3]}') FOR UPDATE; SELECT pg_sleep(1); COMMIT" >/dev/null &
H=$!
gf_wait_sleeping "$GF_MKTDB" || fail "the marketing system's rows are not held"
PS=()
for n in 1 2 3 4; do
	s=$(($(cat "$T/seq") + 1)); echo $s >"$T/seq"
	"$TOOLS/ipcprobe" req "$SOCK" "$TERM1" "$s" "{\"func\":\"PAYMENT\",\"items\":[{\"token\":\"$T1\"},{\"term_serial\":\"g$n\"},{\"customer_no\":\"${GC[$((n - 1))]}\"},{\"amount\":100},{\"pay_mode\":1}]}" >"$T/g$n.out" &
	PS+=($!)
	# the next one only once this one is claimed: seqs arrive in order
	for i in $(seq 100); do [ -n "$(txstate g$n)" ] && break; sleep 0.02; done
done
kill -STOP "$(gf_pid appsrv)"
wait $H
sleep 8
kill -CONT "$(gf_pid appsrv)"
wait "${PS[@]}"
gok=0
for n in 1 2 3 4; do
	[ "$(status "$(cat "$T/g$n.out")")" = OK ] && [ "$(txstate g$n)" = SUCCESS ] && gok=$((gok + 1))
done
expect_eq "$gok" 4 "answers received during the stall are recorded SUCCESS and answered OK"

# ---- database away: an answered payment is recorded once it is back ----
# The marketing system holds the payment; meanwhile the station's database
# stops taking connections and appsrv's are ended (as in a failover); the
# marketing system then books it and answers.  appsrv cannot record the
# outcome, but it knows it: it keeps it and records it when the database
# is back (before: it answered BUSY at once, the row stayed PENDING, and
# the settler later undid the payment the marketing system had made).
# ifsvc's deadline is 10 s here (2 s above): the steps between the
# payment reaching the marketing system and its answer (the database
# refused, appsrv's connections ended and noticed) must not outlast it on
# a loaded machine, or the payment is left unknown and settled instead.
gf_restart_deadline 2 10
T1=$(signon op1)
pgsu() { pg_psql "$GF_PGHOST" -d postgres -At -c "$1"; }
da=$(due "$T1" "${ARR[10]}")
mk_hold "${ARR[10]}"
pay "$T1" away1 "${ARR[10]}" 100 >"$T/away1.out" & P=$!
mk_blocked || fail "the payment did not reach the marketing system"
expect_eq "$(txstate away1)" PENDING "claimed, at the marketing system"
pgsu "ALTER DATABASE $GF_DBNAME ALLOW_CONNECTIONS false" >/dev/null
pgsu "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$GF_DBNAME'" >/dev/null
gf_wait_for 5 grep -q "db=down" "$T/log/appsrv.out" || fail "appsrv did not lose its database"
mk_release
gf_wait_for 10 grep -q "stserial=.* outcome=SUCCESS record=waiting" "$T/log/appsrv.out" &&
	ok "appsrv keeps the SUCCESS it cannot record" || fail "appsrv did not wait to record the outcome"
sleep 2
pgsu "ALTER DATABASE $GF_DBNAME ALLOW_CONNECTIONS true" >/dev/null
wait $P
expect_eq "$(status "$(cat "$T/away1.out")")" OK "the held answer is OK once the outcome is recorded"
expect_eq "$(txstate away1)" SUCCESS "recorded SUCCESS"
r=$(pay "$T1" away1 "${ARR[10]}" 100)
expect_eq "$(status "$r")" OK "its repeat answers OK"
expect_eq "$(due "$T1" "${ARR[10]}")" $((da - 100)) "booked once, never undone"

# ---- transitions: the database refuses an illegal state change ----
# The table of schema/fn/money.sql, the same as common/money.h's
# (test_money checks the C side against the same list).
got=$(gf_sql "SELECT string_agg(f || ':' || a || '>' || b, ' ' ORDER BY f, a, b) FROM (VALUES ('PAYMENT'), ('REVERSAL')) x(f), (VALUES ('PENDING'), ('SUCCESS'), ('FAILED'), ('UNKNOWN'), ('REVERSED')) y(a), (VALUES ('PENDING'), ('SUCCESS'), ('FAILED'), ('UNKNOWN'), ('REVERSED')) z(b) WHERE a <> b AND gf_tx_transition_ok(f, a, b)")
expect_eq "$got" "PAYMENT:PENDING>FAILED PAYMENT:PENDING>SUCCESS PAYMENT:PENDING>UNKNOWN PAYMENT:SUCCESS>REVERSED PAYMENT:UNKNOWN>FAILED PAYMENT:UNKNOWN>REVERSED REVERSAL:PENDING>FAILED REVERSAL:PENDING>SUCCESS REVERSAL:PENDING>UNKNOWN REVERSAL:UNKNOWN>FAILED REVERSAL:UNKNOWN>SUCCESS" "the legal transitions, and no other"
out=$(gf_psql -c "UPDATE transactions SET state = 'SUCCESS' WHERE term_serial = 'slow1'" 2>&1)
expect_match "$out" 'illegal money transition FAILED -> SUCCESS' "FAILED -> SUCCESS refused"
out=$(gf_psql -c "UPDATE transactions SET state = 'PENDING' WHERE term_serial = 's2'" 2>&1)
expect_match "$out" 'illegal money transition SUCCESS -> PENDING' "SUCCESS -> PENDING refused"
out=$(gf_psql -c "UPDATE transactions SET state = 'REVERSED' WHERE term_serial = 'rv5'" 2>&1)
expect_match "$out" 'illegal money transition SUCCESS -> REVERSED of REVERSAL' "a reversal cannot be reversed"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('PENDING','UNKNOWN') AND term_serial <> 'a1'")" 0 "nothing left pending or unknown"
gf_done
