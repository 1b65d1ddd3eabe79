#!/usr/bin/env bash
# The daemons' PostgreSQL layer (common/pgconn.c):
# 1. a PostgreSQL that takes the connection and never answers (a remote
#    server that hangs): ifsvc still reaches its loop and serves its socket,
#    gives up the connect at its deadline and tries again, and stops on
#    SIGTERM at once.  (ifsvc used to connect with a blocking PQconnectdb
#    before its loop: it never served and ignored SIGTERM.)
# 2. every backend of appsrv, ifsvc and mktsim terminated
#    (pg_terminate_backend): each daemon connects again and prepares its
#    statements on the new connections, and a payment goes through.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys

# ---- 1. a server that never answers ----
SILENT=$(gf_free_port)
# The forked 'sleep' children must not hold the test's output open (ctest
# waits for it to close), and are killed with the listener below.
setsid socat "TCP-LISTEN:$SILENT,bind=127.0.0.1,fork,reuseaddr" SYSTEM:'exec sleep 120' >/dev/null 2>&1 </dev/null &
SOCAT=$!
gf_wait_port "$SILENT" 5 || fail "silent listener"
sed "s|^  dsn = .*|  dsn = \"host=127.0.0.1 port=$SILENT dbname=x user=gridfront sslmode=disable\"|" \
	"$GF_CONF" >"$T/silent.conf"
"$BIN_IFSVC" -d -v -f "$T/silent.conf" >>"$T/log/ifsvc-silent.out" 2>&1 &
SPID=$!
if gf_wait_sock "$T/run/ifsvc.sock" 10; then
	ok "ifsvc serves its socket while PostgreSQL does not answer"
else
	fail "ifsvc serves its socket while PostgreSQL does not answer"
fi
check "a connect that hangs is given up at its deadline" -- \
	gf_wait_for 20 grep -q 'db=connect conn=0 reason="connect timed out"' "$T/log/ifsvc-silent.out"
kill -TERM "$SPID"
stopped=0
for i in $(seq 50); do kill -0 "$SPID" 2>/dev/null || { stopped=1; break; }; sleep 0.1; done
expect_eq "$stopped" 1 "ifsvc stops on SIGTERM while connecting"
kill -KILL "$SPID" 2>/dev/null; wait "$SPID" 2>/dev/null
kill -- -"$SOCAT" 2>/dev/null; wait "$SOCAT" 2>/dev/null
rm -f "$T/run/ifsvc.sock"

# ---- 2. backends terminated: reconnect, prepare on connect ----
source "$GF_SRC/tests/integration/appsrv_lib.sh"
appsrv_five_terminals
pay 1 p1 "${C[0]}"
expect_eq "$(gf_status "$T/1-p1")" OK "a payment before"
n=$(gf_sql "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname IN ('$GF_DBNAME', '$GF_MKTDB') AND application_name IN ('appsrv', 'ifsvc', 'mktsim')")
# appsrv: 4 and its LISTEN connection; ifsvc: 1; mktsim: 4
expect_eq "$n" 10 "every backend of the three daemons terminated"
# seen DAEMON PATTERN N: PATTERN in DAEMON's log at least N times
seen() { [ "$(grep -c "$2" "$T/log/$1.out")" -ge "$3" ]; }
check "appsrv connected again" -- gf_wait_for 20 seen appsrv 'db=up conn=0$' 2
check "appsrv listens again" -- gf_wait_for 20 seen appsrv 'db=up conn=4 listen=gf_terminal' 2
check "ifsvc connected again" -- gf_wait_for 20 seen ifsvc 'db=up conn=0$' 2
check "mktsim connected again" -- gf_wait_for 20 seen mktsim 'db=up conn=3$' 2
pay 2 p2 "${C[1]}"
expect_eq "$(gf_status "$T/2-p2")" OK "a payment after: statements prepared again"
expect_eq "$(gf_sql "SELECT state FROM transactions WHERE term_serial = 'p2'")" SUCCESS "and recorded"
expect_eq "$(cat "$T"/log/{appsrv,ifsvc,mktsim}.out | grep -c 'does not exist')" 0 "no statement missing"
gf_done
