# sec_lib.sh - shared by the tests of tests/security/ (bash): each replays
# one attack of issue 24 against the real daemons.  On top of
# tests/integration/lib.sh:
#
#   sec_terminals SPEC...   terminals and their operators, written to
#                           $TFILE for termsim; SPEC is
#                           "ID SUITE IP ROLE OPERATOR PIN [ORG]"
#   TS=(termsim ...)        termsim on the test station and $TFILE
. "$GF_SRC/tests/integration/lib.sh"
GF_TEST_NAME=$(basename "${BASH_SOURCE[1]:-$0}" .sh)

TFILE=
TS=()

sec_terminals() {
	local spec id suite ip role op pin org keys
	TFILE=$T/terminals
	: >"$TFILE"; chmod 0600 "$TFILE"
	for spec in "$@"; do
		set -- $spec
		id=$1 suite=$2 ip=$3 role=$4 op=$5 pin=$6 org=${7:-}
		"$BIN_GFCTL" -f "$GF_CONF" terminal add --id "$id" --name "t$id" --suite "$suite" \
			--ip "$ip" ${org:+--org "$org"} >>"$T/log/gfctl.out" 2>&1 || fail "terminal add $id"
		# The PIN on standard input, never in argv.
		"$BIN_GFCTL" -f "$GF_CONF" operator add --id "$op" --name "op $op" --role "$role" \
			${org:+--org "$org"} <<<"$pin" >>"$T/log/gfctl.out" 2>&1 || fail "operator add $op"
		keys=$("$BIN_GFCTL" -f "$GF_CONF" terminal keys "$id" |
			awk '$1 == "enc" { e = $2 } $1 == "mac" { m = $2 } END { print e, m }')
		echo "$id $suite 1 $ip $keys $op $pin $role" >>"$TFILE"
	done
	TS=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --timeout 20000)
}

# sec_field OUTPUT NAME: the value termsim call printed for NAME.
sec_field() { awk -v n="$2" '$1 == n { $1 = ""; $2 = ""; sub(/^  /, ""); print; exit }' <<<"$1"; }
