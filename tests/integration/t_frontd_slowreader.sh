#!/usr/bin/env bash
# A terminal that sends a request and never reads its (large) answer: frontd
# holds no more than out_highwater in the kernel for it, closes it at the
# write deadline (read_deadline), journals why, and serves everyone else
# meanwhile.  Then the cap on open connections (max_conns).  frontd alone,
# behind tests/tools/fake_appsrv answering every request with 40,000 bytes
# of padding.
. "$GF_SRC/tests/integration/lib.sh"
CONF_FRONTD_EXTRA='read_deadline = 4
  out_highwater = 4096
  max_conns = 20'
gf_setup
gf_keys
"$TOOLS/fake_appsrv" -s "$T/run/appsrv.sock" -b 40000 >"$T/log/fake_appsrv.out" 2>&1 &
GF_PIDS[fake_appsrv]=$!
gf_wait_sock "$T/run/appsrv.sock" || { fail "fake_appsrv did not start"; gf_done; }
gf_start frontd || gf_done
P=("$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys")
open_conns() { gf_metric gf_frontd_connections_open; }

expect_match "$("${P[@]}" -T 5000 -t 8613900000800001 -q 1 req)" "^response seq=1 func=ECHO status=OK" \
	"a reading terminal gets the 40 KB answer"

"${P[@]}" -T 12000 -t 8613900000800002 -q 1 noread >"$T/noread.out" 2>&1 &
npid=$!
gf_wait_for 5 grep -q sent "$T/noread.out" || fail "the non-reading terminal sent its request"
# Its answer cannot leave: 40 KB against a 2 KiB window and out_highwater.
expect_match "$("${P[@]}" -T 5000 -t 8613900000800003 -q 1 req)" "status=OK" \
	"others are served while it blocks"
one_open() { [ "$(open_conns)" = 1 ]; }
gf_wait_for 3 one_open && ok "the blocked connection is held for now" ||
	fail "the blocked connection is held for now ($(open_conns) open)"
none_open() { [ "$(open_conns)" = 0 ]; }
gf_wait_for 10 none_open && ok "closed at the write deadline while the terminal still holds it" ||
	fail "closed at the write deadline ($(open_conns) open)"
check "the terminal was still connected then" -- kill -0 "$npid"
kill "$npid" 2>/dev/null; wait "$npid" 2>/dev/null

# ---- max_conns = 20: 30 slow terminals from 30 addresses ----
"$TOOLS/tpprobe" -p "$FRONTD_PORT" -k "$T/keys" -t 8613900000810000 -q 1 -P 1 -B 4 -m 20 \
	hold 30 >"$T/hold.out" 2>&1 &
hpid=$!
refused() { gf_metric 'gf_frontd_connections_refused_total{reason="max_conns"}'; }
ten_refused() { [ "$(refused)" -ge 10 ]; }
gf_wait_for 10 ten_refused && ok "connections over max_conns are refused ($(refused))" ||
	fail "connections over max_conns are refused ($(refused))"
expect_eq "$(open_conns)" "20" "max_conns connections stay open"
expect_match "$("${P[@]}" -T 3000 -t 8613900000800004 -q 1 req)" "^(closed|timeout)" \
	"a new terminal is turned away at the cap"
kill "$hpid" 2>/dev/null; wait "$hpid" 2>/dev/null
gf_wait_for 10 none_open || fail "the held connections close"
expect_match "$("${P[@]}" -T 5000 -t 8613900000800005 -q 1 req)" "status=OK" "served again below the cap"

gf_stop frontd
d=$("$BIN_GFCTL" -f "$GF_CONF" journal dump)
expect_eq "$(jq -r 'select(.type == "CLOSE" and .terminal == "8613900000800002") | .note' <<<"$d")" \
	"write timeout" "the journal says why it was closed"
expect_match "$(jq -r 'select(.type == "RESPONSE" and .terminal == "8613900000800002") | .type' <<<"$d")" \
	"^RESPONSE$" "its response is journaled (it was made and made durable)"
gf_done
