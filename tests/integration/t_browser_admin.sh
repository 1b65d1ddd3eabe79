#!/usr/bin/env bash
# cost: 120
# An administrator's day in the browser (tests/browser/admin.mjs): rebind a
# terminal's SIM address on screen, after which the next frame from the
# old address is refused IP_MISMATCH (sent with termsim from 127.0.1.x as
# a SIM would) and the new address works; add, rename and disable a
# terminal; add an operator (PIN shown once), reset the PIN, lock and
# unlock; add and lock a console user; the audit log shows it all; the
# IP_MISMATCH alarm is acknowledged on screen with a note.
. "$GF_SRC/tests/integration/lib.sh"
. "$GF_SRC/tests/integration/browser_lib.sh"
# One refused frame is enough for an alarm here (the default waits for 5).
CONF_FRONTD_EXTRA='alarm_threshold = 1'
gf_setup
gf_keys
browser_ready || gf_done
TID=8613900000720001 OLD_IP=127.0.1.56 NEW_IP=127.0.1.57
console_user adm1 "管理员甲" admin 'admin-pass-one1'
"$BIN_GFCTL" -f "$GF_CONF" terminal add --id "$TID" --name "掌机一号" --suite 1 \
	--ip "$OLD_IP" >>"$T/log/gfctl.out" 2>&1 || fail "terminal add"
"$BIN_GFCTL" -f "$GF_CONF" operator add --id ADM1OP --name "收费员" --role collector \
	<<<246813 >>"$T/log/gfctl.out" 2>&1 || fail "operator add"
keys=$("$BIN_GFCTL" -f "$GF_CONF" terminal keys "$TID" |
	awk '$1 == "enc" { e = $2 } $1 == "mac" { m = $2 } END { print e, m }')
(umask 077; echo "$TID 1 1 $OLD_IP $keys ADM1OP 246813 collector" >"$T/terminals.old")
sed "s/ $OLD_IP / $NEW_IP /" "$T/terminals.old" >"$T/terminals.new"
TS_OLD=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$T/terminals.old" --timeout 20000)
TS_NEW=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$T/terminals.new" --timeout 20000)
gf_start_all || gf_done
gf_wait_for 30 "${TS_OLD[@]}" call --terminal "$TID" ECHO || fail "ECHO from the bound address"
out=$("${TS_NEW[@]}" call --terminal "$TID" ECHO 2>&1)
expect_match "$out" "ALERT_IP_MISMATCH" "before the rebind the new address is refused"

WALK=(GF_ADM=adm1 GF_ADM_PW='admin-pass-one1' GF_TID=$TID GF_OLD_IP=$OLD_IP GF_NEW_IP=$NEW_IP
	GF_NEW_TID=8613900000720002 GF_NEW_TIP=127.0.1.58 GF_NEW_OP=ADM1NEW)
WALK_NAME=admin-rebind browser_walk admin.mjs "${WALK[@]}" GF_PHASE=rebind
expect_eq "$(gf_sql "SELECT host(bound_ip) FROM terminals WHERE id = '$TID'")" "$NEW_IP" "the rebind is stored"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE object = '$TID' AND actor = 'console:adm1'")" "1" "the rebind is audited once, by the admin"

# The next frame from the old address: IP_MISMATCH (frontd's registry
# follows the change within its refresh); the new address works.
gf_wait_for 30 "${TS_NEW[@]}" call --terminal "$TID" ECHO || fail "ECHO from the new address"
out=$("${TS_OLD[@]}" call --terminal "$TID" ECHO 2>&1); rc=$?
expect_eq "$rc" "3" "a frame from the old address: termsim exits 3"
expect_match "$out" "ALERT_IP_MISMATCH" "a frame from the old address is refused IP_MISMATCH"
alarm_old() { gf_sql "SELECT count(*) FROM alarms WHERE kind = 'IP_MISMATCH' AND terminal_id = '$TID' AND source LIKE '$OLD_IP%' AND NOT acked"; }
alarm_old_raised() { [ "$(alarm_old)" -ge 1 ]; }
if gf_wait_for 10 alarm_old_raised; then ok "the frame from the old address raises an IP_MISMATCH alarm"
else fail "the frame from the old address raises an IP_MISMATCH alarm"; fi

expect_eq "$(gf_sql "SELECT enabled FROM terminals WHERE id = '8613900000720002'")" "f" "the added terminal is disabled"
expect_eq "$(gf_sql "SELECT count(*) FROM operators WHERE id = 'ADM1NEW' AND NOT locked")" "1" "the added operator exists, unlocked"
expect_eq "$(gf_sql "SELECT locked FROM console_users WHERE id = 'cash9'")" "t" "the added console user is locked"
if grep -qF 'cashier-pass-nine' "$T/log/appsrv.out"; then fail "a password appears in appsrv's log"; else ok "no password in appsrv's log"; fi

WALK_NAME=admin-alarm browser_walk admin.mjs "${WALK[@]}" GF_PHASE=alarm
expect_eq "$(alarm_old)" "0" "the alarm is acknowledged"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE actor = 'console:adm1' AND action = 'alarm ack'")" "1" "the acknowledgement is audited"
gf_done
