#!/usr/bin/env bash
# scripts/supervise.sh, the demo's supervisor: it starts the four daemons,
# restarts one that dies (kill -9 of appsrv, then of frontd) with a log line,
# and stops them all on SIGTERM.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys
TFILE=$T/terminals
TS=("$BIN_TERMSIM" -f "$GF_CONF" --terminals-file "$TFILE" --timeout 5000)
SLOG=$T/log/supervise.log

"$BIN_MKTSIM" -f "$GF_CONF" init >>"$T/log/mktsim.out" 2>&1 &&
	"$BIN_MKTSIM" -f "$GF_CONF" seed --customers 50 --seed 1 >>"$T/log/mktsim.out" 2>&1 ||
	{ fail "mktsim init/seed"; gf_done; }
"$BIN_GFCTL" -f "$GF_CONF" terminal add --id 8613900000500001 --name sup --suite 2 \
	--ip 127.0.1.61 >>"$T/log/gfctl.out" 2>&1 || fail "terminal add"
"$BIN_GFCTL" -f "$GF_CONF" operator add --id SUP1 --name sup --role collector \
	<<<112233 >>"$T/log/gfctl.out" 2>&1 || fail "operator add"
(umask 077; echo "8613900000500001 2 1 127.0.1.61 - - SUP1 112233 collector" >"$TFILE")
TS+=(--keys "$T/keys")

GF_BUILD=$GF_BUILD GF_CONF=$GF_CONF GF_VAR=$T "$GF_SRC/scripts/supervise.sh" >"$SLOG" 2>&1 &
GF_PIDS[supervise]=$!

echo_ok() { "${TS[@]}" call --terminal 8613900000500001 ECHO >/dev/null 2>&1; }
daemon_pid() { pgrep -f "^$1 -[dD] -f $GF_CONF" | head -1; }

gf_wait_for 60 echo_ok && ok "the supervised station answers ECHO" ||
	{ fail "the supervised station answers ECHO"; cat "$SLOG"; gf_done; }
expect_eq "$(cat "$T/run/supervise.pid" 2>/dev/null)" "${GF_PIDS[supervise]}" "the supervisor writes its pid file"

for d in appsrv frontd; do
	bin=$GF_BUILD/$d/$d
	old=$(daemon_pid "$bin")
	expect_match "$old" "^[0-9]+$" "$d runs under the supervisor"
	kill -9 "$old"
	restarted() { local p; p=$(daemon_pid "$bin"); [ -n "$p" ] && [ "$p" != "$old" ]; }
	gf_wait_for 30 restarted && ok "$d is restarted after kill -9" || fail "$d is restarted after kill -9"
	gf_wait_for 30 echo_ok && ok "ECHO answered again after $d's restart" ||
		fail "ECHO answered again after $d's restart"
	expect_match "$(grep "daemon=$d pid=$old exited" "$SLOG")" "restart in [0-9]+s" \
		"the supervisor logs $d's exit and restart"
done

sup=${GF_PIDS[supervise]}
kill -TERM "$sup"
gf_wait_for 30 eval '! kill -0 '"$sup"' 2>/dev/null' && ok "the supervisor stops on SIGTERM" ||
	fail "the supervisor stops on SIGTERM"
unset "GF_PIDS[supervise]"
left=
for d in frontd appsrv ifsvc; do [ -n "$(daemon_pid "$GF_BUILD/$d/$d")" ] && left+=" $d"; done
[ -n "$(daemon_pid "$BIN_MKTSIM")" ] && left+=" mktsim"
expect_eq "$left" "" "no daemon is left running after the supervisor stopped"
if [ -e "$T/run/supervise.pid" ]; then fail "the pid file is removed"; else ok "the pid file is removed"; fi
gf_done
