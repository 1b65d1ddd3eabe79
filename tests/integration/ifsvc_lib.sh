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
wait_state() {
	local i
	for i in $(seq $(($3 * 10))); do
		[ "$(tx_state "$1")" = "$2" ] && return 0
		sleep 0.1
	done
	return 1
}

# mi_ready: ifsvc answers a heartbeat through the marketing system.
mi_ready() {
	"$MI_PROBE" "$T/run/ifsvc.sock" 9002 "" '{}' | grep -q '"outcome":"ANSWERED"'
}
