#!/usr/bin/env bash
# cost: 70
# t_bank_link - frontd's bank listener (BK1 §1-§2, docs/BK1.md "Listener")
# over real sockets: the address check at accept (closed without an
# answer), every check of BK1 §2 in order with its code (8002 length and
# header, 8003 bank/address and sign-in, 8004 key version, 8001 MAC and its
# alarm), sign-in (1001 settledate), heartbeat, the idle timeout, the
# connection caps, a disabled bank, a key move during its overlap, and the
# journal (both directions, verify, find --bank).
. "$GF_SRC/tests/integration/lib.sh"
BANK_PORT=$(gf_free_port)
CONF_FRONTD_EXTRA="bank_port = $BANK_PORT
  bank_idle = 3
  bank_per_bank = 2
  bank_max_conns = 5
  registry_ttl = 1
  alarm_threshold = 3"
gf_setup
gf_keys
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
wait_sql() {	# wait_sql SQL EXPECTED: up to 5 s
	local i
	for i in $(seq 50); do [ "$(gf_sql "$1")" = "$2" ] && return 0; sleep 0.1; done
	return 1
}
G bank add --bank 0102 --name "工商银行" --addr 127.0.0.2,127.0.0.3 --suite 1 --reason t >/dev/null 2>&1 || fail "bank add 0102"
G bank add --bank 0103 --name "建设银行" --addr 127.0.0.4 --suite 2 --reason t >/dev/null 2>&1 || fail "bank add 0103"
G bank add --bank 0104 --name "农业银行" --addr 127.0.0.6 --suite 1 --reason t >/dev/null 2>&1 || fail "bank add 0104"
G bank disable 0104 --reason t >/dev/null || fail "bank disable 0104"
gf_own "$T/bank_keys"
gf_start appsrv || gf_done
gf_start frontd || gf_done
gf_wait_port "$BANK_PORT" || fail "bank port"
B=("$TOOLS/bkprobe" -p "$BANK_PORT" -k "$T/bank_keys" -T 5000)
today=$(date +%Y%m%d)

# ---- sign-in, heartbeat ----
out=$("${B[@]}" -S 127.0.0.2 -b 0102 8001)
expect_match "$(sed -n 1p <<<"$out")" "^rspcode=0000 trcode=1001 serial=P[0-9]+ kind=A mac=ok settledate=$today\$" "sign-in answered with the business date"
expect_match "$(sed -n 2p <<<"$out")" "^rspcode=0000 trcode=8001 .*kind=A mac=ok\$" "heartbeat after sign-in"
expect_match "$("${B[@]}" -S 127.0.0.3 -b 0102 -B BR7 8001)" "trcode=8001.*" "the bank's second address"
expect_match "$("${B[@]}" -S 127.0.0.4 -b 0103 -s 2 8001 | tail -1)" "^rspcode=0000 trcode=8001 .*mac=ok" "suite 2 bank (32-digit MAC)"

# ---- before sign-in: 8003, the heartbeat too ----
out=$("${B[@]}" -S 127.0.0.2 -b 0102 -n 8001 2001,custno=1 | tr '\n' ' ')
expect_match "$out" "^rspcode=8003 trcode=8001 .*mac=ok rspcode=8003 trcode=2001 .*mac=ok \$" "before sign-in: 8003 (heartbeat too), connection kept"
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 -n 1001 | tail -1)" "rspcode=8002 trcode=1001" "sign-in without branch: 8002"

# ---- the address check at accept: closed, no answer ----
expect_eq "$("${B[@]}" -S 127.0.0.9 -b 0102 -n 8001)" "closed" "an address of no bank: closed without an answer"
expect_eq "$("${B[@]}" -S 127.0.0.6 -b 0104 -n 8001)" "closed" "an address of a disabled bank only: closed"

# ---- BK1 §2 in order ----
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 -n 8001,@badlen)" "^rspcode=8002 .*mac=zero" "bad length: 8002 (MAC of zeros)"
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 -n 8001,@badlen 8001 | tail -1)" "^closed\$" "and the connection closed (framing lost)"
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 -n 8001,@badhdr)" "^rspcode=8002 " "bad header: 8002"
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 8001,@kind=A | tail -1)" "^rspcode=8002 trcode=8001" "kind A in a request: 8002"
out=$("${B[@]}" -S 127.0.0.2 -b 0102 -n 8001,@bank=0103 8001 | tr '\n' ' ')
expect_match "$out" "^rspcode=8003 trcode=8001 .*mac=zero.* closed \$" "another bank's number from this address: 8003, closed"
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 -n 8001,@bank=0999)" "^rspcode=8003 .*mac=zero" "an unregistered bank: 8003"
out=$("${B[@]}" -S 127.0.0.2 -b 0102 -n 8001,@keyver=7 8001,@keyver=7,@badmac | tr '\n' ' ')
expect_match "$out" "^rspcode=8004 trcode=8001 .*mac=zero.* rspcode=8004 " "unknown key version: 8004 (before the MAC), connection kept"
out=$("${B[@]}" -S 127.0.0.2 -b 0102 -n 8001,@badmac 1001,branch=B1 8001 | tr '\n' ' ')
expect_match "$out" "^rspcode=8001 trcode=8001 .*mac=ok rspcode=0000 trcode=1001 .* rspcode=0000 trcode=8001" "bad MAC: 8001 (before sign-in is checked), then the connection goes on"
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 8001,@nomac | tail -1)" "^rspcode=8002 trcode=8001" "a frame too short for its MAC: 8002"
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 '8001,@raw=a=1||b=2' | tail -1)" "^rspcode=8002 " "a malformed body: 8002"
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 7777 | tail -1)" "^rspcode=8002 trcode=7777" "an unknown trcode: 8002"
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 2001 | tail -1)" "^rspcode=8002 trcode=2001" "a required field missing: 8002"
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 2002,custno=1,amount=x,channel=C,branch=B,teller=T | tail -1)" "^rspcode=8002 trcode=2002" "a malformed field: 8002"

# ---- repeated MAC failures raise an alarm ----
"${B[@]}" -S 127.0.0.3 -b 0102 -n 8001,@badmac 8001,@badmac 8001,@badmac >/dev/null
wait_sql "SELECT count(*) > 0 FROM alarms WHERE kind = 'BANK_BAD_MAC' AND terminal_id = 'BK0102'" t
expect_eq "$?" 0 "three MAC failures raise a BANK_BAD_MAC alarm"

# ---- limits: idle timeout, per bank, overall ----
out=$("${B[@]}" -S 127.0.0.2 -b 0102 -I)
ms=$(sed -n 's/^closed_after_ms=//p' <<<"$out")
check "idle connection closed after bank_idle (3 s): ${ms} ms" test "${ms:-0}" -ge 2500 -a "${ms:-0}" -le 6000
"${B[@]}" -S 127.0.0.2 -b 0102 -I >/dev/null & h1=$!
"${B[@]}" -S 127.0.0.3 -b 0102 -I >/dev/null & h2=$!
sleep 0.7
expect_eq "$("${B[@]}" -S 127.0.0.2 -b 0102 8001)" "closed" "a third connection of a bank (bank_per_bank 2): closed"
wait $h1 $h2
hs=()
for i in 1 2 3 4 5; do "${B[@]}" -S 127.0.0.4 -b 0103 -s 2 -n -I >/dev/null & hs+=($!); done
sleep 0.7
expect_eq "$("${B[@]}" -S 127.0.0.2 -b 0102 -n 8001)" "closed" "past bank_max_conns (5): refused"
wait "${hs[@]}"

# ---- a bank disabled while connected: 8003 within registry_ttl ----
G bank disable 0103 --reason t >/dev/null
sleep 1.5
expect_eq "$("${B[@]}" -S 127.0.0.4 -b 0103 -s 2 8001)" "closed" "a disabled bank's address is refused"
G bank enable 0103 >/dev/null

# ---- key move: the next version accepted beside the current, the first
# frame under it moves the bank, the old one is then refused ----
out=$(G bank rekey 0102 --overlap 7 --reason yearly 2>/dev/null) || fail "rekey"
gf_own "$T/bank_keys"
kill -HUP "$(gf_pid frontd)"
sleep 1.5
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 -v 1 8001 | tail -1)" "^rspcode=0000 trcode=8001" "old version still accepted during the overlap"
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 -v 2 8001 | tail -1)" "^rspcode=0000 trcode=8001 .*mac=ok" "new version accepted"
wait_sql "SELECT keyver FROM banks WHERE bankno = '0102'" 2
expect_eq "$(gf_sql "SELECT keyver, next_keyver IS NULL FROM banks WHERE bankno = '0102'")" "2|t" "the first frame under it moved the registry"
sleep 1.5
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 -v 1 -n 8001)" "^rspcode=8004" "the old version refused after the move"

# ---- /metrics ----
check "refused addresses counted" test "$(gf_metric 'gf_frontd_bank_refused_total{reason="address"}')" -ge 2
check "the connection cap counted" test "$(gf_metric 'gf_frontd_bank_refused_total{reason="max_conns"}')" -ge 1
check "the per-bank cap counted" test "$(gf_metric 'gf_frontd_bank_refused_total{reason="per_bank"}')" -ge 1
check "answers counted by code (8001)" test "$(gf_metric 'gf_frontd_bank_answers_total{rspcode="8001"}')" -ge 4
check "answers counted by code (0000)" test "$(gf_metric 'gf_frontd_bank_answers_total{rspcode="0000"}')" -ge 10

# ---- appsrv away: the registry cannot be asked, nothing is checked ----
"${B[@]}" -S 127.0.0.2 -b 0102 -v 2 "8001,@sleep=2500" >"$T/away.out" & hp=$!
sleep 0.8
gf_stop appsrv
wait $hp
expect_match "$(tail -1 "$T/away.out")" "^rspcode=9999 trcode=8001 .*mac=ok\$" "appsrv away: a signed-in connection's request answered 9999, MACed under its key"
expect_eq "$("${B[@]}" -S 127.0.0.2 -b 0102 -v 2 8001)" "closed" "and a new connection is closed (its address cannot be checked)"
check "counted as registry refusals" test "$(gf_metric 'gf_frontd_bank_refused_total{reason="registry"}')" -ge 1
gf_start appsrv || gf_done
for i in $(seq 50); do [[ "$("${B[@]}" -S 127.0.0.2 -b 0102 -v 2 8001 | tail -1)" == rspcode=0000* ]] && break; sleep 0.2; done
expect_match "$("${B[@]}" -S 127.0.0.2 -b 0102 -v 2 8001 | tail -1)" "^rspcode=0000 " "appsrv back: served again"

# ---- the journal: both directions, verify, find --bank ----
gf_stop frontd
expect_match "$(G journal verify)" "^OK " "journal verifies"
G journal find --bank 0102 >"$T/find.json"
G journal dump >"$T/dump.json"
check "requests journaled with their trcode" grep -q '"type":"BK_IN".*"trcode":2002' "$T/find.json"
check "answers journaled with their code" grep -q '"type":"BK_OUT".*"rspcode":8001' "$T/find.json"
check "the frames are kept whole" grep -q '"frame":"[0-9]\{6\}01010220' "$T/find.json"
check "connections journaled" grep -q '"type":"BK_OPEN"' "$T/dump.json"
check "a refused address left no journal record" test "$(grep -c '127.0.0.9' "$T/dump.json")" = 0

# ---- two workers: each has its own bank socket (SO_REUSEPORT) and chain ----
sed 's/^  bank_idle = 3$/  bank_idle = 3\n  workers = 2/' "$GF_CONF" >"$T/w.conf"
rm -f "$T"/journal/*
GF_CONF_SAVE=$GF_CONF; GF_CONF=$T/w.conf
gf_start frontd || gf_done
gf_wait_port "$BANK_PORT" || fail "bank port (workers)"
n=0
for i in $(seq 8); do [[ "$("${B[@]}" -S 127.0.0.2 -b 0102 -v 2 8001 | tail -1)" == rspcode=0000* ]] && n=$((n + 1)); done
expect_eq "$n" 8 "with two workers every connection is served"
gf_stop frontd
GF_CONF=$GF_CONF_SAVE
expect_match "$(G journal verify | tail -1)" "^OK chains=2 " "each worker's chain verifies"
check "both chains carry bank records" test "$(G journal dump | grep -c '"type":"BK_OUT"')" -ge 16
gf_done
