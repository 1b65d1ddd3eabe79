#!/usr/bin/env bash
# cost: 60
# HAProxy (Debian's, TCP mode, send-proxy-v2, health checks) in front of two
# frontd processes on two ports sharing one appsrv, termsim driving the
# terminals through it (docs/CLUSTER.md):
#  - frontd takes the PROXY v2 header from the balancer (proxy_from) and
#    binds each terminal to its own 127.0.1.x address carried in it: the
#    terminals are served, a terminal sending from another address gets
#    IP_MISMATCH, and the journal and the logs show both addresses;
#  - the health checks arrive as PROXY LOCAL and are counted;
#  - a direct connection that sends a PROXY header from an address not in
#    proxy_from is refused (closed, logged, counted);
#  - frontd 2 killed with -9 under load: the health check takes it out and
#    the terminals go on through frontd 1; no money is lost and every
#    journal verifies.
. "$GF_SRC/tests/integration/lib.sh"
command -v haproxy >/dev/null || { echo "haproxy missing (./gf deps installs Debian's)"; exit 1; }
CONF_FRONTD_EXTRA='proxy_from = {"127.0.0.1"}'
gf_setup
gf_keys

NTERM=6
TFILE=$T/terminals
G=("$BIN_GFCTL" -f "$GF_CONF")
: >"$TFILE"
chmod 0600 "$TFILE"
for i in $(seq 1 $NTERM); do
	id=$(printf '86139000004%05d' "$i")
	suite=$((2 - i % 2))
	op=$(printf 'EH%02d' "$i")
	pin=$(printf '%06d' $((100000 + i * 7919)))
	"${G[@]}" terminal add --id "$id" --name "ha $i" --suite "$suite" \
		--ip "127.0.1.$((20 + i))" >>"$T/log/gfctl.out" 2>&1 || fail "terminal add $id"
	"${G[@]}" operator add --id "$op" --name "ha $i" --role collector \
		<<<"$pin" >>"$T/log/gfctl.out" 2>&1 || fail "operator add $op"
	echo "$id $suite 1 127.0.1.$((20 + i)) - - $op $pin collector" >>"$TFILE"
done

# frontd 2: the same station, its own port, journal, metrics and run_dir.
FRONTD_PORT2=$(gf_free_port)
METRICS_PORT2=$(gf_free_port)
HA_PORT=$(gf_free_port)
mkdir -p "$T/journal2" "$T/run2"
gf_own "$T/journal2" "$T/run2"
CONF2=$T/gridfront2.conf
sed -e "s|127.0.0.1:$FRONTD_PORT\"|127.0.0.1:$FRONTD_PORT2\"|" \
    -e "s|journal_dir = \"$T/journal\"|journal_dir = \"$T/journal2\"|" \
    -e "s|metrics_listen = \"127.0.0.1:$METRICS_PORT\"|metrics_listen = \"127.0.0.1:$METRICS_PORT2\"|" \
    -e "s|run_dir = \"$T/run\"|run_dir = \"$T/run2\"|" "$GF_CONF" >"$CONF2"
grep -q "$FRONTD_PORT2" "$CONF2" && grep -q journal2 "$CONF2" || { fail "second configuration"; gf_done; }

MKT_CUSTOMERS=200
gf_start_all || gf_done
"$BIN_FRONTD" -d -f "$CONF2" >>"$T/log/frontd2.out" 2>&1 &
GF_PIDS[frontd2]=$!
gf_wait_port "$FRONTD_PORT2" || { fail "frontd 2 did not start"; gf_done; }

cat >"$T/haproxy.cfg" <<HA
global
  maxconn 2000
  stats socket $T/haproxy.sock mode 600 level admin
defaults
  mode tcp
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch
frontend tp1
  bind 127.0.0.1:$HA_PORT
  default_backend station
backend station
  balance roundrobin
  server f1 127.0.0.1:$FRONTD_PORT send-proxy-v2 check inter 300 fall 2 rise 2
  server f2 127.0.0.1:$FRONTD_PORT2 send-proxy-v2 check inter 300 fall 2 rise 2
HA
haproxy -c -f "$T/haproxy.cfg" >>"$T/log/haproxy.out" 2>&1 || { fail "haproxy -c"; cat "$T/log/haproxy.out"; gf_done; }
haproxy -db -f "$T/haproxy.cfg" >>"$T/log/haproxy.out" 2>&1 &
GF_PIDS[haproxy]=$!
ha() { echo "$1" | timeout 5 socat - "UNIX-CONNECT:$T/haproxy.sock"; }
# Serving means both: its port listens and its own stats socket answers
# (a port that listens could be someone else's).
ha_serving() { kill -0 "${GF_PIDS[haproxy]}" 2>/dev/null && ha "show info" | grep -q "^Pid: ${GF_PIDS[haproxy]}$"; }
gf_wait_port "$HA_PORT" && gf_wait_for 10 ha_serving ||
	{ fail "haproxy did not start"; cat "$T/log/haproxy.out"; gf_done; }
# server states: "f1 2" = UP (srv_op_state 2), "f2 0" = DOWN
ha_state() { ha "show servers state station" | awk -v s="$1" '$4 == s { print $6 }'; }
up() { [ "$(ha_state f1)" = 2 ] && [ "$(ha_state f2)" = 2 ]; }
gf_wait_for 10 up && ok "HAProxy sees both frontd up" ||
	{ fail "HAProxy health checks: f1=$(ha_state f1) f2=$(ha_state f2)"; tail -20 "$T/log/haproxy.out"; gf_done; }

"$BIN_MKTSIM" -f "$GF_CONF" customers --limit 100000 >"$T/customers" 2>>"$T/log/mktsim.out"
TERMSIM=(timeout 120 "$BIN_TERMSIM" -f "$GF_CONF" --server "127.0.0.1:$HA_PORT" --terminals-file "$TFILE"
	--keys "$T/keys" --timeout 20000 --customers-file "$T/customers")
gf_wait_for 30 "${TERMSIM[@]}" call --terminal 8613900000400001 ECHO &&
	ok "a terminal bound to its 127.0.1.x address is served through HAProxy" ||
	{ fail "ECHO through HAProxy"; tail -5 "$T/log/frontd.out"; gf_done; }

m1() { curl -s "http://127.0.0.1:$METRICS_PORT/metrics" | awk -v n="$1" '$1 == n { print $2 }'; }
m2() { curl -s "http://127.0.0.1:$METRICS_PORT2/metrics" | awk -v n="$1" '$1 == n { print $2 }'; }
expect_match "$(m1 'gf_frontd_proxy_headers_total{command="local"}')" "^[1-9]" \
	"HAProxy's health checks arrive as PROXY LOCAL"

# ---- load through the balancer: both frontd serve, nothing fails ----
"${TERMSIM[@]}" run --terminals $NTERM --mix collector=100 --seed 9 --duration 5 \
	>"$T/ha.out" 2>"$T/log/termsim-ha.out"; rc=$?
expect_eq "$rc" "0" "load through HAProxy: termsim exit status"
expect_match "$(grep '^terminals=' "$T/ha.out")" " violations=0$" "load through HAProxy: no invariant violations"
bad=$(grep -oE '(TIMEOUT|CONN_ERROR|ALERT_[A-Z_]+|INTERNAL|retries)=[0-9]+' "$T/ha.out" | tr '\n' ' ')
expect_eq "$bad" "" "load through HAProxy: no timeouts, retries, connection errors, alerts or INTERNAL"
p1=$(m1 'gf_frontd_proxy_headers_total{command="proxy"}')
p2=$(m2 'gf_frontd_proxy_headers_total{command="proxy"}')
expect_match "${p1:-0} ${p2:-0}" "^[1-9][0-9]* [1-9][0-9]*$" "both frontd took terminals' connections through HAProxy ($p1, $p2)"
open=$("${G[@]}" journal dump | jq -r 'select(.type == "OPEN") | "\(.peer) \(.note)"' | sort -u | head -50)
nopen=$(grep -c . <<<"$open")
nbad=$(grep -cvE '^127\.0\.1\.2[1-6] via=127\.0\.0\.1:[0-9]+$' <<<"$open")
[ "$nopen" -gt 0 ] && [ "$nbad" = 0 ] &&
	ok "journal OPEN records: the terminal's address as peer, the balancer's as via= ($nopen)" ||
	fail "journal OPEN records without both addresses: $(grep -vE '^127\.0\.1\.2[1-6] via=' <<<"$open" | head -3)"
nb=$(grep -c "^127.0.0.1 " <<<"$open")
expect_eq "$nb" "0" "no journal record takes the balancer's address for a terminal's"

# ---- a terminal sending from another address: IP_MISMATCH on the carried one ----
cp "$TFILE" "$T/wrongip"
sed -i 's/^8613900000400003 \([0-9]\) 1 127\.0\.1\.23 /8613900000400003 \1 1 127.0.1.99 /' "$T/wrongip"
chmod 0600 "$T/wrongip"
grep -q "127.0.1.99" "$T/wrongip" || fail "wrong-address terminals file"
out=$(timeout 60 "$BIN_TERMSIM" -f "$GF_CONF" --server "127.0.0.1:$HA_PORT" --terminals-file "$T/wrongip" \
	--keys "$T/keys" --timeout 5000 --retries 0 call --terminal 8613900000400003 ECHO 2>&1)
expect_match "$out" "IP_MISMATCH" "a terminal behind HAProxy sending from 127.0.1.99 gets IP_MISMATCH"
gf_wait_for 5 sh -c "grep -h 'alert=IP_MISMATCH' '$T/log/frontd.out' '$T/log/frontd2.out' | grep -q 'peer=127.0.1.99 via=127.0.0.1:'" &&
	ok "the log line names the terminal's address and the balancer's" ||
	fail "no IP_MISMATCH log line with both addresses"

# ---- a PROXY header straight from a terminal's address: refused ----
ref0=$(m1 'gf_frontd_connections_refused_total{reason="proxy_not_allowed"}')
out=$(python3 - "$FRONTD_PORT" <<'PY'
import socket, struct, sys
s = socket.socket(); s.bind(("127.0.1.50", 0)); s.settimeout(5)
s.connect(("127.0.0.1", int(sys.argv[1])))
a = socket.inet_aton("127.0.1.21") + socket.inet_aton("127.0.0.1") + struct.pack(">HH", 40000, 7001)
s.sendall(b"\r\n\r\n\0\r\nQUIT\n\x21\x11" + struct.pack(">H", len(a)) + a)
try:
    d = s.recv(100)
    print("closed" if d == b"" else "answered %d" % len(d))
except ConnectionResetError:
    print("closed")
except socket.timeout:
    print("open")
PY
)
expect_eq "$out" "closed" "a PROXY header from 127.0.1.50 (not a balancer): connection closed"
ref1=$(m1 'gf_frontd_connections_refused_total{reason="proxy_not_allowed"}')
expect_eq "$((ref1 - ref0))" "1" "the refusal is counted"
grep -q 'peer=127.0.1.50 .*proxy=refused reason="PROXY header from an address not in proxy_from"' "$T/log/frontd.out" &&
	ok "the refusal is logged" || fail "no log line for the refused PROXY header"

# ---- kill -9 frontd 2 under load: the health check takes it out ----
"${TERMSIM[@]}" run --terminals $NTERM --mix collector=100 --seed 10 --duration 10 \
	>"$T/kill.out" 2>"$T/log/termsim-kill.out" &
ts=$!
sleep 3
gf_kill9 frontd2
t0=$(date +%s%N)
down2() { [ "$(ha_state f2)" = 0 ]; }
gf_wait_for 10 down2 &&
	ok "HAProxy marked frontd 2 down ($(( ($(date +%s%N) - t0) / 1000000 )) ms after the kill)" ||
	fail "frontd 2 not taken out (state $(ha_state f2))"
a1=$(m1 gf_frontd_connections_accepted_total)
wait "$ts"; rc=$?
expect_eq "$rc" "0" "kill run: termsim exit status"
expect_match "$(grep '^terminals=' "$T/kill.out")" " violations=0$" "kill run: no invariant violations"
a2=$(m1 gf_frontd_connections_accepted_total)
[ "${a2:-0}" -gt "${a1:-0}" ] && ok "terminals went on through frontd 1 after the kill ($a1 -> $a2)" ||
	fail "frontd 1 took no connection after the kill ($a1 -> $a2)"
grep '^terminals=' "$T/kill.out"
pending_settled() {
	[ "$(gf_sql "SELECT count(*) FROM transactions WHERE state IN ('PENDING', 'UNKNOWN')")" = 0 ]
}
gf_wait_for 60 pending_settled && ok "no transaction left pending or unknown" ||
	fail "transactions left pending or unknown"
expect_eq "$(gf_sql "SELECT count(*) FROM transactions WHERE state = 'FAILED' AND tp_status <> 771")" "0" \
	"no failed transaction (other than the host's own refusals)"
gf_stop haproxy
gf_stop frontd
check "journal of frontd 1 verifies" -- "${G[@]}" journal verify
check "journal of frontd 2 verifies (after its kill -9)" -- "$BIN_GFCTL" -f "$CONF2" journal verify
gf_done
