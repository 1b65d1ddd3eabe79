# appsrv_lib.sh - helpers shared by t_appsrv_batch.sh and t_appsrv_group.sh
# (sourced after lib.sh and gf_setup): requests straight to appsrv's socket
# from five signed-on collector terminals, some of them in the background.

G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
SOCK=$T/run/appsrv.sock
SEQ=100	# one counter for all terminals, kept by this shell (see bg)
req() {	# req TERMINAL OUTFILE JSON
	SEQ=$((SEQ + 1))
	"$TOOLS/ipcprobe" req "$SOCK" "$1" "$SEQ" "$3" >"$2"
}
term() { printf '86139000000000%02d' "$1"; }
pay() {	# pay N TERM_SERIAL CUSTOMER: terminal N pays, answer in $T/N-TERM_SERIAL
	req "$(term "$1")" "$T/$1-$2" "{\"func\":\"PAYMENT\",\"items\":[{\"token\":\"${TOK[$1]}\"},{\"term_serial\":\"$2\"},{\"customer_no\":\"$3\"},{\"amount\":100},{\"pay_mode\":1}]}"
}
PIDS=()
bg() { SEQ=$((SEQ + 1)); "$@" & PIDS+=($!); }	# the child uses SEQ + 1
waitall() { wait "${PIDS[@]}"; PIDS=(); }	# not `wait`: the daemons are children too

# Terminals 1-5 with collectors op1-op5, mktsim, ifsvc and appsrv started,
# each terminal signed on (TOK[1..5]), six customers with arrears (C[0..5]).
declare -a TOK C
appsrv_five_terminals() {
	local n
	for n in 1 2 3 4 5; do
		G terminal add --id "$(term $n)" --name "T$n" --suite 1 >/dev/null
		G operator add --id "op$n" --name "N op$n" --role collector <<<123456 >/dev/null
	done
	gf_start mktsim --pool 4 && gf_start ifsvc && gf_start appsrv || gf_done
	mapfile -t C < <("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 6 | cut -d'|' -f1)
	[ ${#C[@]} -ge 6 ] || { fail "mktsim customers"; gf_done; }
	for n in 1 2 3 4 5; do
		req "$(term $n)" "$T/so$n" "{\"func\":\"SIGN_ON\",\"items\":[{\"operator_id\":\"op$n\"},{\"pin\":\"123456\"}]}"
		TOK[$n]=$(gf_item "$T/so$n" token)
	done
	expect_match "${TOK[1]}${TOK[5]}" '^[0-9A-F]{64}$' "five terminals signed on"
}

# appsrv_hold_refuse TABLE NAME: a BEFORE INSERT trigger NAME on TABLE that
# holds the row of customer $SLOW for two seconds (so that others queue
# behind it) and refuses the row of customer $BAD with an error that is not
# a business refusal (so that its batch or group fails).
appsrv_hold_refuse() {
	gf_psql -q <<SQL
CREATE FUNCTION $2() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
  IF NEW.customer_no = '$SLOW' THEN PERFORM pg_sleep(2); END IF;
  IF NEW.customer_no = '$BAD' THEN RAISE EXCEPTION '$2: refused'; END IF;
  RETURN NEW;
END \$\$;
CREATE TRIGGER $2 BEFORE INSERT ON $1
  FOR EACH ROW EXECUTE FUNCTION $2();
SQL
}
