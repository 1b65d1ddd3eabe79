#!/usr/bin/env bash
# A transaction's story (GET /api/tx/{stserial}, appsrv/console_story.c and
# console_journal.c) against the whole station: a real PAYMENT from a
# simulated terminal, then its page shows the row, the TP/1 answer decoded,
# and the request and response packets from frontd's journal (raw hex,
# frame header decoded, plaintext with PIN and token masked), each with a
# passing chain check; a damaged journal record is reported, not hidden.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys
MKT_CUSTOMERS=20
TFILE=$T/terminals
TS=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --timeout 20000)
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
: >"$TFILE"; chmod 0600 "$TFILE"
id=8613900000310011
G terminal add --id "$id" --name story --suite 1 --ip 127.0.1.51 >>"$T/log/gfctl.out" 2>&1 || fail "terminal add"
G operator add --id STORY1 --name story --role collector <<<135790 >>"$T/log/gfctl.out" 2>&1 || fail "operator add"
keys=$(G terminal keys "$id" | awk '$1 == "enc" { e = $2 } $1 == "mac" { m = $2 } END { print e, m }')
echo "$id 1 1 127.0.1.51 $keys STORY1 135790 collector" >>"$TFILE"
echo "Story-test-pw-1" | G user add --id aud --name aud --roles auditor >>"$T/log/gfctl.out" 2>&1 || fail "user add"
gf_start_all || gf_done
gf_wait_for 30 "${TS[@]}" call --terminal "$id" ECHO || fail "ECHO never answered"
cust=$("$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 1 | cut -d'|' -f1)
out=$("${TS[@]}" call --terminal "$id" PAYMENT customer_no="$cust" amount=100 pay_mode=1) || fail "PAYMENT"
ts=$(awk '$1 == "term_serial" { print $3; exit }' <<<"$out")
st=$(gf_sql "SELECT stserial FROM transactions WHERE terminal_id = '$id' AND term_serial = '$ts'")
expect_match "$st" "^SC01[0-9]+$" "the payment has its station serial"

B="http://127.0.0.1:$HTTP_PORT"
for i in $(seq 50); do	# 503 until the console's database connections are up
	code=$(curl -s -o /dev/null -w '%{http_code}' -c "$T/jar" -H 'Content-Type: application/json' \
		--data '{"id":"aud","password":"Story-test-pw-1"}' "$B/api/login")
	[ "$code" = 503 ] || break; sleep 0.2
done
expect_eq "$code" 200 "the auditor logs in"
story() { curl -s -b "$T/jar" "$B/api/tx/$st"; }
s=$(story)
expect_eq "$(jq -r '.tx.state + " " + (.tx.amount|tostring) + " " + .tx.operator_id' <<<"$s")" "SUCCESS 100 STORY1" "the row"
expect_eq "$(jq -r '.tx.response.status' <<<"$s")" "OK" "the TP/1 answer the terminal was given, decoded"
expect_eq "$(jq -r '[.packets[].type] | join(",")' <<<"$s")" "REQUEST,RESPONSE" "the request and its answer from the journal"
expect_eq "$(jq -r '[.packets[].chain | .crc_ok and .prev_ok and .next_ok] | all' <<<"$s")" "true" "each record's chain check passes"
expect_eq "$(jq -r '.packets[0].frame.terminal' <<<"$s")" "$id" "the frame header decoded"
expect_match "$(jq -r '.packets[0].raw' <<<"$s")" "^[0-9A-F]{80,}$" "the raw frame in hex"
expect_eq "$(jq -r '.packets[0].plain.func' <<<"$s")" "PAYMENT" "the journaled plaintext decoded"
expect_eq "$(jq -r '.journal.decrypted' <<<"$s")" "false" "the console says it decrypts nothing"
tok=$(jq -r '[.packets[0].plain.items[] | select(has("token")) | .token][0]' <<<"$s")
expect_match "$tok" "^(2[Aa])+$" "the session token is masked (every byte '*')"
if grep -q "135790" <<<"$s"; then fail "the PIN appears in the story"; else ok "no PIN in the story"; fi

# With frontd.workers > 1 the packets may be in another worker's chain
# (journal-DAY.wK.gfj): with the day's file under worker 3's name (frontd
# stopped first, it holds the file open), the page still finds them.
gf_stop frontd
f0=$(jq -r '.journal.file' <<<"$s")
w3=${f0%.gfj}.w3.gfj
mv "$T/journal/$f0" "$T/journal/$w3"
s3=$(story)
expect_eq "$(jq -r '.journal.file + " " + ([.packets[].type] | join(","))' <<<"$s3")" "$w3 REQUEST,RESPONSE" \
	"packets found in another worker's chain"
mv "$T/journal/$w3" "$T/journal/$f0"

# Damage the request's record on disk: its check fails, the page says so.
f=$T/journal/$(jq -r '.journal.file' <<<"$s")
off=$(jq -r '.packets[0].offset' <<<"$s")
printf '\xff' | dd of="$f" bs=1 seek=$((off + 60)) conv=notrunc status=none
s=$(story)
expect_eq "$(jq -r '[.packets[].type] | join(",")' <<<"$s")" "" "a damaged record is not shown as good"
expect_match "$(jq -r '.journal.stopped' <<<"$s")" "checksum" "the page says the journal is damaged there"
gf_done
