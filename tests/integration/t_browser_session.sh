#!/usr/bin/env bash
# cost: 120
# One browser, several tabs (tests/browser/session.mjs): a tab opened after
# the login works without a new login (GET /api/session gives the
# session's CSRF token to same-origin pages) and can acknowledge an alarm;
# a page of another origin can neither read the token nor change anything;
# a POST without the token is refused.  And the live status board shows
# ifsvc's own MI/1 breaker: closed, then 不可达 while ifsvc is stopped.
. "$GF_SRC/tests/integration/lib.sh"
. "$GF_SRC/tests/integration/browser_lib.sh"
CONF_IFSVC_EXTRA="heartbeat = 1"
gf_setup
gf_keys
browser_ready || gf_done
console_user adm1 "管理员" admin 'admin-pass-one1'
gf_sql "INSERT INTO alarms (kind, source, detail) VALUES
	('CONSOLE_TEST', 'test', 'TAB-TWO <b>ack me</b>'),
	('CONSOLE_TEST', 'test', 'EVIL-TARGET')" >/dev/null
gf_start mktsim && gf_start ifsvc && gf_start appsrv || gf_done
gf_wait_port "$HTTP_PORT" || { fail "the console listens"; gf_done; }

# The walk writes this file when it wants ifsvc stopped.
STOPF=$T/stop-ifsvc
( for i in $(seq 600); do [ -f "$STOPF" ] && { kill "$(gf_pid ifsvc)"; break; }; sleep 0.1; done ) &
WATCH=$!
browser_walk session.mjs GF_ADM=adm1 GF_ADM_PW='admin-pass-one1' GF_IFSVC_STOP="$STOPF"
kill "$WATCH" 2>/dev/null
expect_eq "$(gf_sql "SELECT acked_by FROM alarms WHERE detail LIKE 'TAB-TWO%'")" console:adm1 "the second tab's acknowledgement is stored"
expect_eq "$(gf_sql "SELECT acked FROM alarms WHERE detail = 'EVIL-TARGET'")" f "the other origin changed nothing"
gf_done
