# money_lib.sh - one collector terminal's requests straight to appsrv's IPC
# socket, as frontd would send them (ipcprobe), and a marketing system with
# an admin port; shared by t_appsrv_money.sh and t_money_truth.sh (sourced
# after lib.sh, gf_setup and gf_keys).

G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
TERM1=8613900000000001
SOCK=$T/run/appsrv.sock
echo 100 >"$T/seq"
req() {
	local s=$(($(cat "$T/seq") + 1)); echo $s >"$T/seq"
	"$TOOLS/ipcprobe" req "$SOCK" "$TERM1" "$s" "$@"
}
status() { jq -r .status <<<"$1"; }
item() { jq -r --arg k "$2" '[.items[] | select(has($k)) | .[$k]][0] // empty' <<<"$1"; }
tokreq() { req "{\"func\":\"$1\",\"items\":[{\"token\":\"$2\"}$3]}"; }
signon() { item "$(req "{\"func\":\"SIGN_ON\",\"items\":[{\"operator_id\":\"$1\"},{\"pin\":\"123456\"}]}")" token; }
pay() {	# pay TOKEN TERM_SERIAL CUSTOMER AMOUNT
	tokreq PAYMENT "$1" ",{\"term_serial\":\"$2\"},{\"customer_no\":\"$3\"},{\"amount\":$4},{\"pay_mode\":1}"
}
rev() { tokreq REVERSAL "$1" ",{\"term_serial\":\"$2\"},{\"orig_term_serial\":\"$3\"},{\"reason\":\"t\"}"; }
due() { item "$(tokreq ARREARS_QUERY "$1" ",{\"customer_no\":\"$2\"}")" total_due; }
txstate() { gf_sql "SELECT state FROM transactions WHERE terminal_id='$TERM1' AND term_serial='$1'"; }
ADMIN_PORT=$(gf_free_port)
mkadmin() {	# mkadmin "set error_pct 100"
	exec 3<>/dev/tcp/127.0.0.1/$ADMIN_PORT && echo "$1" >&3 && read -r -t 5 line <&3
	exec 3>&-
	[[ "$line" == ok* ]]
}
