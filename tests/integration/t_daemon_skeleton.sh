#!/usr/bin/env bash
# cost: 90
# common/daemon.c, the one daemon skeleton: frontd, appsrv, ifsvc and
# mktsim (its serve command) check a configuration the same way (-n: one
# line on stderr, exit 0 or 1), run in the foreground with their lines in
# the rolling files only (-D: nothing on stdout/stderr), re-read on SIGHUP,
# and drain on SIGTERM the same way; frontd's and mktsim's drains wait for
# the work in flight, bounded by their grace time.  mktsim's options stop
# at its command word, and its one-shot commands (init, seed, customers)
# run in the foreground with their lines on stderr.
. "$GF_SRC/tests/integration/lib.sh"
# log4c keeps some allocations past log4c_fini() (./gf sets the same).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$GF_SRC/tests/lsan.supp}
CONF_FRONTD_EXTRA='grace = 2'
gf_setup
gf_keys

DAEMONS=(frontd appsrv ifsvc mktsim)
bin_of() {
	case $1 in
	mktsim) echo "$GF_BUILD/tools/mktsim/mktsim" ;;
	*)      echo "$GF_BUILD/$1/$1" ;;
	esac
}
# The words after the options: mktsim's daemon is its serve command.
declare -A OPER=([mktsim]=serve)
oper() { echo "${OPER[$1]:-}"; }
nlines() { awk 'END { print NR }' "$1"; }

# ---- -n: one line on stderr, nothing on stdout, 0 when good, 1 when bad ----
printf 'global {\n  org = "SC01"\n  bogus = 1\n}\n' >"$T/bad.conf"
printf 'global {\n  log_max_files = 0\n}\n' >"$T/range.conf"
sed 's|keys_file = .*|keys_file = "'"$T"'/nokeys"|' "$GF_CONF" >"$T/nokeys.conf"
for d in "${DAEMONS[@]}"; do
	"$(bin_of "$d")" -n -f "$GF_CONF" $(oper "$d") >"$T/n.out" 2>"$T/n.err"; rc=$?
	expect_eq "$rc:$(nlines "$T/n.err"):$(nlines "$T/n.out")" "0:1:0" "$d -n good config: exit 0, one line on stderr, none on stdout"
	expect_eq "$(cat "$T/n.err")" "$d: configuration OK" "$d -n good config says so"
	"$(bin_of "$d")" -n -f "$T/bad.conf" $(oper "$d") >"$T/n.out" 2>"$T/n.err"; rc=$?
	expect_eq "$rc:$(nlines "$T/n.err"):$(nlines "$T/n.out")" "1:1:0" "$d -n bad config: exit 1, one line on stderr"
	expect_eq "$(cat "$T/n.err")" "$d: $T/bad.conf:3: no such option 'bogus'" "$d -n bad config names file, line and key"
	"$(bin_of "$d")" -n -f "$T/range.conf" $(oper "$d") >"$T/n.out" 2>"$T/n.err"; rc=$?
	expect_match "$rc:$(nlines "$T/n.err"):$(cat "$T/n.err")" "^1:1:$d: $T/range.conf:2: log_max_files = 0: must be between" "$d -n value out of range: one line, exit 1"
	"$(bin_of "$d")" -n -f "$T/missing.conf" $(oper "$d") >"$T/n.out" 2>"$T/n.err"; rc=$?
	expect_eq "$rc:$(nlines "$T/n.err")" "1:1" "$d -n missing file: exit 1, one line"
	# A bad configuration without -n: the same line, exit 1, no daemon left.
	"$(bin_of "$d")" -D -f "$T/bad.conf" $(oper "$d") >"$T/n.out" 2>"$T/n.err"; rc=$?
	expect_eq "$rc:$(cat "$T/n.err")" "1:$d: $T/bad.conf:3: no such option 'bogus'" "$d start with a bad config: the same one line, exit 1"
	"$(bin_of "$d")" -Z -f "$GF_CONF" $(oper "$d") >/dev/null 2>&1; rc=$?
	expect_eq "$rc" 2 "$d: an unknown option is a usage error"
done
"$(bin_of frontd)" -n -f "$T/nokeys.conf" >"$T/n.out" 2>"$T/n.err"; rc=$?
expect_match "$rc:$(nlines "$T/n.err"):$(cat "$T/n.err")" "^1:1:frontd: keys: " "frontd -n checks the key file too"

# ---- mktsim: a command word; the options stop at it ----
MK=$(bin_of mktsim)
"$MK" -n -f "$GF_CONF" >"$T/n.out" 2>"$T/n.err"; rc=$?
expect_eq "$rc:$(cat "$T/n.err")" "1:mktsim: a command is needed: init, seed, customers or serve" "mktsim without a command: one line, exit 1"
"$MK" -n -f "$GF_CONF" init >/dev/null 2>"$T/n.err"; rc=$?
expect_eq "$rc:$(cat "$T/n.err")" "0:mktsim: configuration OK" "mktsim -n with a one-shot command"
"$MK" -n -f "$GF_CONF" serve -d >/dev/null 2>"$T/n.err"; rc=$?
expect_eq "$rc:$(head -1 "$T/n.err")" "2:usage: mktsim [-dDenv] [-f FILE] COMMAND" "mktsim: an option after the command word is the command's (serve -d: usage)"
"$MK" -n -f "$GF_CONF" serve --pool 0 >/dev/null 2>&1; rc=$?
expect_eq "$rc" 2 "mktsim serve: a bad argument is a usage error, before anything starts"
"$MK" -n -f "$GF_CONF" nosuch >/dev/null 2>&1; rc=$?
expect_eq "$rc" 2 "mktsim: an unknown command is a usage error"
"$MK" -D -f "$T/bad.conf" init >"$T/n.out" 2>"$T/n.err"; rc=$?
expect_eq "$rc:$(cat "$T/n.err")" "1:mktsim: $T/bad.conf:3: no such option 'bogus'" "mktsim init with a bad config: the same one line, exit 1"
# One-shot commands: in the foreground, on stderr even with -D.
"$MK" -D -f "$GF_CONF" init >"$T/n.out" 2>"$T/n.err"; rc=$?
expect_eq "$rc" 0 "mktsim -D init runs in the foreground and exits 0"
check "mktsim -D init logs on stderr" -- grep -Eq 'mktsim\[[0-9]+\] level=info db=schema migrations=[0-9]+ applied=[0-9]+' "$T/n.err"
"$MK" -D -f "$GF_CONF" seed --customers 50 --seed 1 >"$T/n.out" 2>"$T/n.err"; rc=$?
expect_eq "$rc" 0 "mktsim -D seed exits 0"
check "mktsim -D seed logs on stderr" -- grep -q 'level=info seed customers=50 seed=1' "$T/n.err"
check "mktsim's one-shot commands write no rolling file" -- test ! -e "$T/log/mktsim.log.0"

# ---- -D: foreground, lines only in the rolling file ----
# dstart NAME: start with -D -v, wait for its socket or port.
dstart() {
	local d=$1
	"$(bin_of "$d")" -D -v -f "$GF_CONF" $(oper "$d") >>"$T/log/$d.out" 2>&1 &
	GF_PIDS[$d]=$!
	case $d in
	mktsim) gf_wait_port "$MKT_PORT" ;;
	frontd) gf_wait_port "$FRONTD_PORT" ;;
	appsrv) gf_wait_sock "$T/run/appsrv.sock" ;;
	ifsvc)  gf_wait_sock "$T/run/ifsvc.sock" ;;
	esac
}
inlog() { grep -qE "$2" "$T/log/$1.log.0"; }
# dterm NAME: SIGTERM; DRC is the exit status, or "running" after 10 s.
dterm() {
	local pid=${GF_PIDS[$1]} i
	kill -TERM "$pid"
	for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	if kill -0 "$pid" 2>/dev/null; then DRC=running; return; fi
	wait "$pid"; DRC=$?
	unset "GF_PIDS[$1]"
}
declare -A RELOADED=(
	[frontd]='level=info keys=reloaded file='
	[appsrv]='level=info reload=unsupported daemon=appsrv'
	[ifsvc]='level=info reload=unsupported daemon=ifsvc'
	[mktsim]='level=info faults=reloaded file='
)
for d in mktsim ifsvc appsrv frontd; do
	dstart "$d" && ok "$d -D becomes ready" || fail "$d -D becomes ready"
	gf_wait_for 5 inlog "$d" "level=(info|debug) " &&
		ok "$d -D: lines reach $d.log.0 under log_dir" ||
		fail "$d -D: lines reach $d.log.0 under log_dir"
	expect_eq "$(grep -c 'level=' "$T/log/$d.out")" 0 "$d -D: no log line on stdout/stderr"
	kill -HUP "${GF_PIDS[$d]}"
	gf_wait_for 5 inlog "$d" "${RELOADED[$d]}" &&
		ok "$d handles SIGHUP (${RELOADED[$d]#level=info })" ||
		fail "$d handles SIGHUP"
	check "$d still runs after SIGHUP" -- kill -0 "${GF_PIDS[$d]}"
done
for d in frontd appsrv ifsvc mktsim; do
	dterm "$d"
	expect_eq "$DRC" 0 "$d exits 0 on SIGTERM"
	inlog "$d" 'level=info signal=15 draining busy=[0-9]+ grace=[0-9]+s' &&
		inlog "$d" 'level=info drain=done' &&
		ok "$d drains on SIGTERM: draining, then drain=done" ||
		fail "$d drains on SIGTERM: draining, then drain=done"
done

# ---- frontd: a session inside a frame holds the drain up to grace ----
dstart frontd
exec 3<>"/dev/tcp/127.0.0.1/$FRONTD_PORT"
printf 'GF' >&3		# the start of a TP/1 header: a frame being read
sleep 0.3
t0=$SECONDS
kill -TERM "${GF_PIDS[frontd]}"
gf_wait_for 2 inlog frontd 'signal=15 draining busy=1 grace=2s' &&
	ok "frontd drain waits for the session inside a frame" ||
	fail "frontd drain waits for the session inside a frame"
if (exec 4<>"/dev/tcp/127.0.0.1/$FRONTD_PORT") 2>/dev/null; then
	fail "draining frontd accepts no new connection"
else
	ok "draining frontd accepts no new connection"
fi
pid=${GF_PIDS[frontd]}
for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
wait "$pid"; rc=$?; unset "GF_PIDS[frontd]"
el=$((SECONDS - t0))
expect_eq "$rc" 0 "frontd exits 0 after the grace time"
inlog frontd 'level=warn drain=grace_expired busy=1' &&
	ok "frontd cuts the session when grace expires" ||
	fail "frontd cuts the session when grace expires"
[ "$el" -ge 1 ] && [ "$el" -le 6 ] && ok "frontd's drain is bounded by grace (${el}s)" ||
	fail "frontd's drain is bounded by grace (${el}s)"
exec 3>&-

# ---- a second signal stops at once ----
dstart frontd
exec 3<>"/dev/tcp/127.0.0.1/$FRONTD_PORT"
printf 'GF' >&3
sleep 0.3
expired0=$(grep -c 'drain=grace_expired' "$T/log/frontd.out")
kill -TERM "${GF_PIDS[frontd]}"; sleep 0.3; kill -INT "${GF_PIDS[frontd]}"
pid=${GF_PIDS[frontd]}
# "At once" is: by the second signal, not by the grace time running out (a
# loaded machine may take a while to get there either way).
for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
check "frontd stops on a second signal" -- sh -c "! kill -0 $pid"
expect_eq "$(grep -c 'drain=grace_expired' "$T/log/frontd.out")" "$expired0" \
	"frontd stops at once on a second signal (not by the grace time)"
gf_wait_for 2 inlog frontd 'level=warn signal=2 drain=cut reason="second signal" busy=1' &&
	ok "frontd logs the second signal" || fail "frontd logs the second signal"
wait "$pid" 2>/dev/null; unset "GF_PIDS[frontd]"
exec 3>&-

# ---- mktsim: a request on the database holds the drain, up to grace ----
# A trigger holds one customer's payment 1.5 s, another's 8 s.
mapfile -t C < <("$MK" -f "$GF_CONF" customers --kind arrears --limit 2 | cut -d'|' -f1)
[ ${#C[@]} -eq 2 ] || fail "mktsim customers"
pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -c "CREATE FUNCTION t_hold() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
  IF NEW.custno = '${C[0]}' THEN PERFORM pg_sleep(1.5); END IF;
  IF NEW.custno = '${C[1]}' THEN PERFORM pg_sleep(8); END IF;
  RETURN NEW;
END \$\$;
CREATE TRIGGER t_hold BEFORE INSERT ON mk_txns FOR EACH ROW EXECUTE FUNCTION t_hold();" >/dev/null
pay() {	# pay STSERIAL CUSTOMER: the answer in $T/STSERIAL, exit status in $T/STSERIAL.rc
	"$TOOLS/mi_client" -p "$MKT_PORT" -t 20 1002 stserial="$1" custno="$2" \
	    amount=100 paymode=1 termid=T1 operid=O1 >"$T/$1" 2>&1
	echo $? >"$T/$1.rc"
}
mkstart() {	# mkstart GRACE: mktsim -D serve
	"$MK" -D -f "$GF_CONF" serve --grace "$1" >>"$T/log/mktsim.out" 2>&1 &
	GF_PIDS[mktsim]=$!
	MKPID=$!
	gf_wait_port "$MKT_PORT"
}
# newlog PATTERN: a line of this mktsim (its pid), in any of its files.
newlog() { cat "$T"/log/mktsim.log.* | grep -qE "mktsim\[$MKPID\] $1"; }
mkwait() {	# mkwait: until mktsim exits (10 s); DRC as dterm
	local pid=${GF_PIDS[mktsim]} i
	for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	if kill -0 "$pid" 2>/dev/null; then DRC=running; return; fi
	wait "$pid"; DRC=$?
	unset "GF_PIDS[mktsim]"
}

mkstart 5
pay DR1 "${C[0]}" & cpid=$!
gf_wait_sleeping "$GF_MKTDB" || fail "the held payment did not start"
kill -TERM "${GF_PIDS[mktsim]}"
gf_wait_for 2 newlog 'level=info signal=15 draining busy=1 grace=5s' &&
	ok "mktsim drain waits for the request on the database" ||
	fail "mktsim drain waits for the request on the database"
if (exec 4<>"/dev/tcp/127.0.0.1/$MKT_PORT") 2>/dev/null; then
	fail "draining mktsim accepts no new connection"
else
	ok "draining mktsim accepts no new connection"
fi
wait "$cpid"
expect_eq "$(cat "$T/DR1.rc"):$(grep '^rspcode=' "$T/DR1")" "0:rspcode=0000" "mktsim answers the request in flight while draining"
mkwait
expect_eq "$DRC" 0 "mktsim exits 0 once drained"
newlog 'level=info drain=done' && ! newlog 'drain=grace_expired' &&
	ok "mktsim's drain ends when the request is answered" ||
	fail "mktsim's drain ends when the request is answered"
expect_eq "$(pg_psql "$GF_PGHOST" -d "$GF_MKTDB" -At -c "SELECT count(*) FROM mk_txns WHERE stserial = 'DR1'")" 1 "the drained payment is booked"

mkstart 1
pay DR2 "${C[1]}" & cpid=$!
gf_wait_sleeping "$GF_MKTDB" || fail "the long payment did not start"
t0=$SECONDS
kill -TERM "${GF_PIDS[mktsim]}"
mkwait
el=$((SECONDS - t0))
expect_eq "$DRC" 0 "mktsim exits 0 after its grace time"
[ "$el" -le 4 ] && ok "mktsim's drain is bounded by grace (${el}s)" ||
	fail "mktsim's drain is bounded by grace (${el}s)"
newlog 'level=warn drain=grace_expired busy=1' &&
	newlog 'level=warn conn=[0-9]+ trcode=1002 serial=[^ ]+ drain=cut' &&
	ok "mktsim cuts the request when grace expires, and names it" ||
	fail "mktsim cuts the request when grace expires, and names it"
wait "$cpid"
expect_eq "$(cat "$T/DR2.rc")" 3 "the cut request's client sees the connection closed"

# ---- SIGHUP with a broken file: the old settings kept, still running ----
cp "$GF_CONF" "$T/hup.conf"
"$(bin_of ifsvc)" -D -f "$T/hup.conf" >>"$T/log/ifsvc.out" 2>&1 &
GF_PIDS[ifsvc]=$!
gf_wait_sock "$T/run/ifsvc.sock"
printf 'global {\n  bogus = 1\n}\n' >>"$T/hup.conf"
kill -HUP "${GF_PIDS[ifsvc]}"
gf_wait_for 5 inlog ifsvc "level=warn reload=failed error=\"$T/hup.conf:[0-9]+: no such option 'bogus'\" action=kept_old" &&
	ok "ifsvc: SIGHUP with a broken file keeps the old settings" ||
	fail "ifsvc: SIGHUP with a broken file keeps the old settings"
check "ifsvc still runs after a failed reload" -- kill -0 "${GF_PIDS[ifsvc]}"
dterm ifsvc
expect_eq "$DRC" 0 "ifsvc exits 0 on SIGTERM after a failed reload"
# mktsim: its fault keys too are kept.
cp "$GF_CONF" "$T/hup.conf"
"$MK" -D -f "$T/hup.conf" serve >>"$T/log/mktsim.out" 2>&1 &
GF_PIDS[mktsim]=$!
gf_wait_port "$MKT_PORT"
printf 'global {\n  bogus = 1\n}\n' >>"$T/hup.conf"
kill -HUP "${GF_PIDS[mktsim]}"
gf_wait_for 5 inlog mktsim "level=warn faults=reload_failed error=\"$T/hup.conf:[0-9]+: no such option 'bogus'\" action=kept_old" &&
	ok "mktsim: SIGHUP with a broken file keeps its fault settings" ||
	fail "mktsim: SIGHUP with a broken file keeps its fault settings"
check "mktsim still runs after a failed reload" -- kill -0 "${GF_PIDS[mktsim]}"
dterm mktsim
expect_eq "$DRC" 0 "mktsim exits 0 on SIGTERM after a failed reload"

# ---- -D -e: the rolling file and a copy on stderr ----
"$(bin_of appsrv)" -D -e -f "$GF_CONF" >"$T/log/appsrv-e.out" 2>&1 &
GF_PIDS[appsrv]=$!
gf_wait_sock "$T/run/appsrv.sock"
gf_wait_for 5 grep -q 'level=info started org=SC01' "$T/log/appsrv-e.out" &&
	ok "appsrv -D -e copies lines to stderr" || fail "appsrv -D -e copies lines to stderr"
dterm appsrv
expect_eq "$DRC" 0 "appsrv -D -e exits 0 on SIGTERM"
inlog appsrv 'level=info started org=SC01' && ok "appsrv -D -e still writes the rolling file" ||
	fail "appsrv -D -e still writes the rolling file"

gf_done
