# ifsvc_lib.sh - helpers shared by the t_ifsvc_*.sh tests (sourced after
# lib.sh).  They play appsrv's part in the database (DESIGN.md "Money-moving
# flow" steps 2-3) around calls made with tests/tools/mi_probe.

MI_PROBE=$TOOLS/mi_probe
TERM_ID=0000000000000001

# Short deadlines so that unknowns settle within seconds.
CONF_IFSVC_EXTRA=${CONF_IFSVC_EXTRA:-"deadline = 2
  settle_interval = 1
  heartbeat = 1
  breaker_failures = 3
  breaker_reset = 1"}

ifsvc_prepare() {
	MKT_ADMIN_PORT=$(gf_free_port)
	gf_sql "INSERT INTO terminals (id, name, suite) VALUES ('$TERM_ID', 't1', 1)
		ON CONFLICT DO NOTHING" >/dev/null
}

# ifsvc_start N: mktsim (with its admin port) and ifsvc up, N customers
# with arrears in CUST, ifsvc through to mktsim; ends the test if a daemon
# does not start.  ifsvc_start_all N: gf_setup, ifsvc_prepare, then that.
ifsvc_start() {
	gf_start mktsim --admin "127.0.0.1:$MKT_ADMIN_PORT" || gf_done
	gf_start ifsvc || gf_done
	SOCK=$T/run/ifsvc.sock
	MLOG=$T/log/mktsim.out
	ILOG=$T/log/ifsvc.out
	mapfile -t CUST < <(mkt_customers arrears "$1")
	[ "${#CUST[@]}" -eq "$1" ] || { fail "mktsim has $1 customers with arrears"; gf_done; }
	gf_wait_for 10 mi_ready || fail "ifsvc never reached mktsim"
}
ifsvc_start_all() {
	gf_setup
	ifsvc_prepare
	ifsvc_start "$1"
}

# SQL on mktsim's own database.
mktdb() { pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "$1"; }
# *_at_least N SQL: for gf_wait_for, which must re-run the query each try.
mkt_at_least() { [ "$(mktdb "$2")" -ge "$1" ]; }
gf_at_least() { [ "$(gf_sql "$2")" -ge "$1" ]; }
# mkt_stat KEY: one counter of mktsim's admin "stats".
mkt_stat() { mkt_admin stats | tr ' ' '\n' | sed -n "s/^$1=//p"; }
# mkt_saw SERIAL: mktsim logged a request with this serial.
mkt_saw() { grep -q "serial=$1 " "$MLOG"; }

# mkt_admin COMMAND...: one line to mktsim's admin port, prints the answer.
mkt_admin() {
	local line
	exec 7<>"/dev/tcp/127.0.0.1/$MKT_ADMIN_PORT" || return 1
	echo "$*" >&7
	read -r -t 5 line <&7
	exec 7>&-
	echo "$line"
	[[ $line == ok* ]]
}

mkt_customers() {	# mkt_customers KIND N
	"$BIN_MKTSIM" -f "$GF_CONF" customers --kind "$1" --limit "$2" | cut -d'|' -f1
}

# new_pending FUNC TRCODE CUSTNO AMOUNT TERM_SERIAL: as appsrv, prints stserial.
new_pending() {
	gf_sql "WITH k AS (INSERT INTO tx_keys (terminal_id, term_serial, stserial, settle_date)
		  VALUES ('$TERM_ID', '$5', gf_next_stserial('SC01'), current_date)
		  RETURNING stserial, settle_date)
		INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial,
		  operator_id, customer_no, func, trcode, amount, pay_mode)
		SELECT stserial, settle_date, '$TERM_ID', '$5', 'op1', '$3', '$1', $2, $4, 1
		FROM k RETURNING stserial" | head -1
}

# pay STSERIAL CUSTNO AMOUNT: a 1002 through ifsvc; prints the MI_RESULT.
pay() {
	"$MI_PROBE" "$T/run/ifsvc.sock" 1002 "$1" \
		"{\"custno\":\"$2\",\"amount\":$3,\"paymode\":1,\"termid\":\"$TERM_ID\",\"operid\":\"op1\"}"
}

# appsrv_apply STSERIAL RESULT_JSON: what appsrv does with an answer.
appsrv_apply() {
	local outcome rsp mk
	outcome=$(echo "$2" | jq -r .outcome)
	rsp=$(echo "$2" | jq -r .rspcode)
	mk=$(echo "$2" | jq -r '.body.mkserial // empty')
	if [ "$outcome" = ANSWERED ] && { [ "$rsp" = 0000 ] || [ "$rsp" = 2001 ]; }; then
		gf_sql "UPDATE transactions SET state='SUCCESS', mkt_serial='$mk', rspcode='$rsp'
			WHERE stserial='$1' AND state='PENDING'" >/dev/null
	elif [ "$outcome" != UNKNOWN ]; then
		gf_sql "UPDATE transactions SET state='FAILED', rspcode=NULLIF('$rsp','')
			WHERE stserial='$1' AND state='PENDING'" >/dev/null
	fi
}

tx_state() { gf_sql "SELECT state FROM transactions WHERE stserial='$1'"; }

# wait_state STSERIAL STATE SECONDS
wait_state() { gf_wait_eq "$2" "$3" tx_state "$1"; }

# mi_ready: ifsvc answers a heartbeat through the marketing system.
mi_ready() {
	"$MI_PROBE" "$T/run/ifsvc.sock" 9002 "" '{}' | grep -q '"outcome":"ANSWERED"'
}

# serials_ok WHAT: the request serials mktsim logged follow MI1 §1
# (unique per station, at most 32 characters).  A money-moving request
# repeated by the settler repeats its stserial (the serial) on purpose, so
# a serial may come back only with the same trcode; heartbeats (9002),
# never resent, must all differ.
serials_ok() {
	local f=$T/serials
	grep -o 'trcode=[0-9]* serial=[^ ]*' "$MLOG" | sed 's/trcode=//; s/ serial=/ /' >"$f"
	expect_eq "$(sort -u "$f" | awk '{ print $2 }' | sort | uniq -d | wc -l)" "0" \
		"$1: no serial used for two different requests ($(wc -l <"$f") requests)"
	expect_eq "$(awk '$1 == 9002 { print $2 }' "$f" | sort | uniq -d | wc -l)" "0" "$1: heartbeat serials all differ"
	expect_eq "$(awk 'length($2) > 32' "$f" | wc -l)" "0" "$1: serials at most 32 characters"
	grep -q '^9002 ' "$f" && ok "$1: heartbeats carried serials" || fail "$1: no heartbeat seen"
}
