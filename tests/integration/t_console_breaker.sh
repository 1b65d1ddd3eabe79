#!/usr/bin/env bash
# The console's live status shows ifsvc's own MI/1 breaker (asked over
# IPC_MI_STATE_REQ), not a guess from the last minute's requests: closed
# while the marketing system answers; open (since when, the last error)
# within a few seconds of the marketing system going away, with no money
# request made meanwhile; closed again after it returns; and unreachable
# (never "closed") while ifsvc is down or hangs.
CONF_IFSVC_EXTRA="deadline = 2
  heartbeat = 1
  breaker_failures = 3
  breaker_reset = 2"
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys
G() { "$BIN_GFCTL" -f "$GF_CONF" "$@"; }
echo "Auditor-password-2" | G user add --id aud --name 审计员 --roles auditor >>"$T/log/gfctl.out" 2>&1 || fail "add aud"
gf_start mktsim && gf_start ifsvc && gf_start appsrv || gf_done
gf_wait_port "$HTTP_PORT" || { fail "the console listens"; gf_done; }
B="http://127.0.0.1:$HTTP_PORT"
code=$(curl -s -o "$T/login" -w '%{http_code}' -c "$T/jar" -H 'Content-Type: application/json' \
	--data '{"id":"aud","password":"Auditor-password-2"}' "$B/api/login")
expect_eq "$code" 200 "auditor logs in"

st() { curl -s --max-time 5 -b "$T/jar" "$B/api/status" >"$T/st" && jq -r "$1" "$T/st"; }
breaker_is() { [ "$(st .mi1.breaker)" = "$1" ]; }

check "marketing system up: the breaker is closed" -- gf_wait_for 10 breaker_is closed
expect_eq "$(jq -r '.mi1.reachable, .mi1.usable, .ifsvc.up' "$T/st" | tr '\n' ' ')" "true true true " "ifsvc reachable, MI/1 usable"
expect_match "$(jq -r .mi1.since "$T/st")" '^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z$' "closed since a time"
expect_eq "$(jq -r .mi1.requests_1m "$T/st")" 0 "no money request was made"

# The marketing system goes away: no request is made, the pool's own
# reconnects fail and open the breaker.
gf_stop mktsim
t0=$(date +%s)
check "marketing system down: the status shows the breaker open" -- gf_wait_for 10 breaker_is open
echo "# open after $(( $(date +%s) - t0 )) s"
expect_eq "$(jq -r '.mi1.usable, .mi1.reachable' "$T/st" | tr '\n' ' ')" "false true " "not usable, ifsvc still reachable"
expect_match "$(jq -r .mi1.last_error "$T/st")" 'connect failed|closed by peer' "the last error says why"
expect_match "$(jq -r .mi1.last_error_at "$T/st")" '^20[0-9]{2}-' "and when"
since_open=$(jq -r .mi1.since "$T/st")
expect_match "$since_open" '^20[0-9]{2}-' "open since a time"
expect_eq "$(jq -r .mi1.requests_1m "$T/st")" 0 "still no money request: the state is ifsvc's, not inferred"
# While it stays down the breaker stays open (or half-open for a trial).
sleep 3
expect_match "$(st .mi1.breaker)" '^(open|half_open)$' "still open or half-open while the marketing system is down"

# Back: closed again after the cool-down and one answered heartbeat.
gf_start mktsim || gf_done
check "marketing system back: the breaker closes" -- gf_wait_for 20 breaker_is closed
expect_eq "$(st .mi1.usable)" true "usable again"

# ifsvc itself down: unreachable, never "closed".
gf_stop ifsvc
check "ifsvc down: the status says unreachable" -- gf_wait_for 5 breaker_is unreachable
expect_eq "$(jq -r '.mi1.reachable, .ifsvc.up' "$T/st" | tr '\n' ' ')" "false false " "ifsvc marked down"
gf_start ifsvc || gf_done
check "ifsvc back: closed again" -- gf_wait_for 20 breaker_is closed

# ifsvc hangs (stopped, its socket still open): no answer within 3 s is
# unreachable too.
kill -STOP "$(gf_pid ifsvc)"
check "ifsvc hung: unreachable" -- gf_wait_for 10 breaker_is unreachable
expect_eq "$(st .mi1.why)" "ifsvc does not answer" "because it does not answer"
kill -CONT "$(gf_pid ifsvc)"
check "ifsvc resumed: closed again" -- gf_wait_for 10 breaker_is closed
gf_done
