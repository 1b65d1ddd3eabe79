#!/usr/bin/env bash
# cost: 120
# The console in a real browser (chromium, headless): the login page in
# Simplified Chinese, a wrong password refused on screen, each role's menu,
# English switchable and remembered, values shown as text (a terminal name
# and an alarm detail holding markup stay text), the live status board,
# the tablet layout, logout.  tests/browser/console.mjs is the walk.
. "$GF_SRC/tests/integration/lib.sh"
. "$GF_SRC/tests/integration/browser_lib.sh"
gf_setup
gf_keys
browser_ready || gf_done
console_user aud1 "审计员甲" auditor 'auditor-pass-one'
console_user adm1 "管理员" admin 'admin-pass-one1'
"$BIN_GFCTL" -f "$GF_CONF" terminal add --id 8613900000710001 --name 'T<b>1</b>' --suite 1 \
	--ip 127.0.1.51 >>"$T/log/gfctl.out" 2>&1 || fail "terminal add"
gf_sql "INSERT INTO alarms (kind, source, terminal_id, detail)
	VALUES ('BAD_MAC', '127.0.1.51', '8613900000710001', '<img src=x onerror=\"window.__xss=1\">MAC 错')" >/dev/null
gf_start appsrv || gf_done
gf_wait_port "$HTTP_PORT" || { fail "the console listens"; gf_done; }

browser_walk console.mjs GF_AUD=aud1 GF_AUD_PW='auditor-pass-one' GF_ADM=adm1 GF_ADM_PW='admin-pass-one1'
gf_done
