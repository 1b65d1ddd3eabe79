#!/usr/bin/env bash
# t_terminal_life.sh - a terminal's and an operator's life through gfctl and
# the real daemons (docs/KEYS.md): rebind (the old address gets IP_MISMATCH
# and an alarm, the new one is served), rename and move (shown with their
# history), retire (UNKNOWN_TERMINAL, the id never reused, history and
# journal kept); each refused and accepted where it should be, each reaching
# frontd within the registry TTL and audited with who and why.  Operators:
# role change, PIN reset (generated, printed once, never on the command
# line), lock/unlock, retire.
. "$GF_SRC/tests/integration/lib.sh"
CONF_FRONTD_EXTRA="registry_ttl = 3
  alarm_threshold = 1"
gf_setup
gf_keys

G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
TS() { "$BIN_TERMSIM" -f "$GF_CONF" --keys "$T/keys" --timeout 5000 --terminals-file "$@"; }
T1=8613900000130001
T2=8613900000130002
# termsim binds the terminal's source address from its file: one file per
# address the SIM may come from.
line() { echo "$1 1 1 $2 - - $3 $4 $5"; }
mk() { line "$@" >"$T/tf.$6"; chmod 0600 "$T/tf.$6"; }

G terminal add --id $T1 --name "north 1" --suite 1 --ip 127.0.1.91 --reason "new device" >/dev/null ||
	fail "terminal add"
G terminal add --id $T2 --name "north 2" --suite 1 --ip 127.0.1.95 >/dev/null || fail "terminal add T2"

# ---- operators and their PINs (issue: PINs on the command line) ----
out=$(G operator add --id OPL1 --name "Li" --role collector --pin 135790 2>&1); rc=$?
expect_eq "$rc" 2 "operator add --pin P is refused"
expect_match "$out" "never taken on the command line" "and says why"
expect_eq "$(gf_sql "SELECT count(*) FROM operators WHERE id = 'OPL1'")" 0 "no operator made from an argv PIN"
out=$(G operator passwd OPX --pin 135790 2>&1); rc=$?
expect_eq "$rc" 2 "operator passwd --pin P is refused"
G operator add --id OPL1 --name "Li" --role collector --reason "hired" <<<135790 >/dev/null
expect_eq "$?" 0 "operator add with the PIN on standard input"
out=$(G operator add --id OPL2 --name "Wu" --role collector --generate-pin </dev/null); rc=$?
expect_eq "$rc" 0 "operator add --generate-pin"
PIN2=$(sed -n 's/^operator OPL2 PIN \([0-9]\{6\}\) .*/\1/p' <<<"$out")
expect_match "$PIN2" "^[0-9]{6}$" "the generated PIN is printed once"
expect_eq "$(gf_sql "SELECT count(*) FROM audit_log WHERE detail::text LIKE '%$PIN2%' OR detail::text LIKE '%135790%'")" 0 \
	"no PIN in the audit log"
out=$(G operator add --id OPL3 --name "Zh" --role collector </dev/null 2>&1); rc=$?
expect_eq "$rc" 2 "operator add without a PIN on stdin is refused"

mk $T1 127.0.1.91 OPL1 135790 collector a
mk $T1 127.0.1.92 OPL1 135790 collector b
mk $T1 127.0.1.91 OPL2 "$PIN2" collector c

gf_start_all || gf_done
gf_wait_for 30 TS "$T/tf.a" call ECHO || { fail "the station answers ECHO"; gf_done; }
expect_match "$(TS "$T/tf.c" call ARREARS_QUERY customer_no=5100000001 2>&1)" "ARREARS_QUERY: OK" "the generated PIN signs on"

# ---- rebind ----
expect_match "$(TS "$T/tf.b" call ECHO 2>&1)" "ALERT_IP_MISMATCH" "before the rebind, 127.0.1.92 is refused"
out=$(G terminal rebind $T1 --ip 127.0.1.92 2>&1); rc=$?
expect_eq "$rc" 2 "rebind without a reason is refused"
G terminal rebind $T1 --ip not-an-ip --reason x >/dev/null 2>&1
expect_eq "$?" 2 "rebind to a bad address is refused"
G terminal rebind $T1 --ip 127.0.1.92 --reason "SIM moved to a new handheld" >/dev/null
expect_eq "$?" 0 "rebind to 127.0.1.92"
n0=$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'IP_MISMATCH' AND terminal_id = '$T1'")
# Within the registry TTL (3 s) frontd must see the change.
gf_wait_for 4 sh -c "'$BIN_TERMSIM' -f '$GF_CONF' --keys '$T/keys' --timeout 5000 --terminals-file '$T/tf.a' call ECHO 2>&1 | grep -q ALERT_IP_MISMATCH" &&
	ok "after the rebind the old address gets IP_MISMATCH (within the TTL)" ||
	fail "the old address was still served after the TTL"
expect_match "$(TS "$T/tf.b" call ECHO 2>&1)" "ECHO: OK" "the new address is served"
mismatch_alarm() { [ "$(gf_sql "SELECT count(*) FROM alarms WHERE kind = 'IP_MISMATCH' AND terminal_id = '$T1'")" -gt "$n0" ]; }
gf_wait_for 30 mismatch_alarm &&
	ok "the frame from the old address raised an IP_MISMATCH alarm" || fail "no IP_MISMATCH alarm"

# ---- rename, move, show ----
G terminal rename $T1 --name "north one" --reason "naming rule" >/dev/null; expect_eq "$?" 0 "rename"
G terminal move $T1 --org SC02 --reason "handed to SC02" >/dev/null; expect_eq "$?" 0 "move"
G terminal move 8613900000139999 --org SC02 --reason x >/dev/null 2>&1; expect_eq "$?" 1 "move of an unknown terminal is refused"
show=$(G terminal show $T1)
expect_match "$(grep '^name' <<<"$show")" "north one$" "show: the new name"
expect_match "$(grep '^org' <<<"$show")" "SC02$" "show: the new org"
expect_match "$(grep '^bound ip' <<<"$show")" "127.0.1.92$" "show: the new address"
expect_match "$show" "gfctl:[a-z0-9_-]+ terminal rebind reason=\"SIM moved to a new handheld\" \\{\"to\": \"127.0.1.92\", \"from\": \"127.0.1.91\"\\}" \
	"show: the rebind in the history, who and why"
expect_match "$show" "terminal add reason=\"new device\"" "show: the add in the history"
expect_match "$show" "terminal move reason=\"handed to SC02\"" "show: the move in the history"

# ---- operators: role, lock, PIN reset, retire ----
G operator role OPL1 --role reader --reason "now reads meters" >/dev/null; expect_eq "$?" 0 "role change"
expect_match "$(TS "$T/tf.b" call PAYMENT customer_no=5100000001 amount=100 pay_mode=1 2>&1)" "PAYMENT: FORBIDDEN" \
	"a reader may not take payments"
G operator role OPL1 --role collector --reason "back" >/dev/null
G operator lock OPL1 --reason "on leave" >/dev/null; expect_eq "$?" 0 "lock"
expect_match "$(TS "$T/tf.b" call ECHO 2>&1; TS "$T/tf.b" call ARREARS_QUERY customer_no=5100000001 2>&1)" "OPERATOR_LOCKED" "a locked operator is refused"
G operator unlock OPL1 --reason "back from leave" >/dev/null; expect_eq "$?" 0 "unlock"
out=$(G operator passwd OPL1 --generate-pin --reason "forgot the PIN" </dev/null)
NEWPIN=$(sed -n 's/^operator OPL1 PIN \([0-9]\{6\}\) .*/\1/p' <<<"$out")
expect_match "$NEWPIN" "^[0-9]{6}$" "PIN reset prints the new PIN once"
expect_match "$(TS "$T/tf.b" call ARREARS_QUERY customer_no=5100000001 2>&1)" "BAD_PIN|SIGN_ON: [A-Z_]+" "the old PIN no longer signs on"
mk $T1 127.0.1.92 OPL1 "$NEWPIN" collector d
expect_match "$(TS "$T/tf.d" call ARREARS_QUERY customer_no=5100000001 2>&1)" "ARREARS_QUERY: OK" "the new PIN signs on"
G operator retire OPL2 >/dev/null 2>&1; expect_eq "$?" 2 "operator retire without a reason is refused"
G operator retire OPL2 --reason "left the company" >/dev/null; expect_eq "$?" 0 "operator retire"
G operator unlock OPL2 --reason x >/dev/null 2>&1; expect_eq "$?" 1 "a retired operator cannot be unlocked"
G operator add --id OPL2 --name "Wu" --role collector <<<112233 >/dev/null 2>&1; expect_eq "$?" 1 "a retired operator id is never reused"
mk $T1 127.0.1.92 OPL2 "$PIN2" collector f
expect_match "$(TS "$T/tf.f" call ARREARS_QUERY customer_no=5100000001 2>&1)" "SIGN_ON: OPERATOR_LOCKED" "a retired operator cannot sign on"
expect_match "$(G operator list | awk '$1 == "OPL2"')" " retired " "operator list shows retired"
expect_eq "$(gf_sql "SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE object = 'OPL1'")" \
	"operator add,operator role,operator role,operator lock,operator unlock,operator passwd" "the operator's history, in order"

# ---- retire a terminal ----
G terminal retire $T1 >/dev/null 2>&1; expect_eq "$?" 2 "retire without a reason is refused"
G terminal retire $T1 --reason "handheld destroyed" >/dev/null; expect_eq "$?" 0 "retire"
gf_wait_for 4 sh -c "'$BIN_TERMSIM' -f '$GF_CONF' --keys '$T/keys' --timeout 5000 --terminals-file '$T/tf.d' call ECHO 2>&1 | grep -q ALERT_UNKNOWN_TERMINAL" &&
	ok "a retired terminal's frames are refused UNKNOWN_TERMINAL (within the TTL)" ||
	fail "a retired terminal was still served"
G terminal enable $T1 >/dev/null 2>&1; expect_eq "$?" 1 "a retired terminal cannot be enabled"
G terminal rebind $T1 --ip 127.0.1.93 --reason x >/dev/null 2>&1; expect_eq "$?" 1 "a retired terminal cannot be rebound"
G terminal retire $T1 --reason again >/dev/null 2>&1; expect_eq "$?" 1 "retire twice is refused"
out=$(G terminal add --id $T1 --name reuse --suite 1 2>&1); rc=$?
expect_eq "$rc" 1 "a retired terminal id is never reused"
expect_match "$out" "never used again" "and says why"
G terminal keys $T1 >/dev/null 2>&1; expect_eq "$?" 1 "no keys are printed for a retired terminal"
expect_match "$(G terminal list | awk -v t=$T1 '$1 == t')" " retired " "terminal list shows retired"
expect_match "$(G terminal show $T1)" "terminal retire reason=\"handheld destroyed\"" "show: the retirement in the history"
n=$(G journal find --terminal $T1 2>/dev/null | wc -l)
if [ "$n" -gt 0 ]; then ok "its journal records are kept ($n lines)"; else fail "no journal records for the retired terminal"; fi
check "journal verify" -- G journal verify
expect_match "$(TS "$T/tf.d" call ECHO 2>&1 | head -1; line $T2 127.0.1.95 OPL1 "$NEWPIN" collector >"$T/tf.e"; chmod 600 "$T/tf.e"; TS "$T/tf.e" call ECHO 2>&1)" "ECHO: OK" \
	"other terminals are unaffected"

gf_done
