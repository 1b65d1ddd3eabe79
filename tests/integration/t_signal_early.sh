#!/usr/bin/env bash
# t_signal_early.sh - a reload or stop sent while a daemon starts is not
# lost and does not kill it: SIGHUP and SIGTERM wait (blocked) from the
# daemon's start until its loop has installed the handlers
# (common/daemon.c).  A supervisor or a test signals a daemon as soon as
# its socket is there, which is before the handlers are; on a loaded
# machine that window is long.  The LD_PRELOAD shim tests/shim/slowsignals.c
# makes it 1.5 s here.
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
gf_keys
SHIM=$GF_BUILD/tests/slowsignals.so
[ -f "$SHIM" ] || { fail "shim $SHIM built"; gf_done; }
gf_start mktsim || gf_done
slow() { GF_SLOWSIG_MS=1500 LD_PRELOAD=$SHIM \
	ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0" gf_start "$@"; }

for d in ifsvc appsrv frontd; do
	[ "$d" = frontd ] && gf_start appsrv
	slow "$d" || { fail "$d did not start"; continue; }
	pid=$(gf_pid "$d")
	kill -HUP "$pid"	# its socket is there, its handlers not yet
	gf_wait_for 10 grep -q 'signal=1 ' "$T/log/$d.out"
	check "$d: a SIGHUP while it starts does not kill it" -- kill -0 "$pid"
	check "$d: and is acted on once it runs" -- grep -q 'signal=1 ' "$T/log/$d.out"
	gf_stop "$d"
	[ "$d" = frontd ] && gf_stop appsrv
	rm -f "$T/run/ifsvc.sock" "$T/run/appsrv.sock"
done
# A SIGTERM sent then stops it cleanly, once it runs.
slow ifsvc || gf_done
pid=$(gf_pid ifsvc)
kill -TERM "$pid"
wait "$pid"; rc=$?
unset "GF_PIDS[ifsvc]"
expect_eq "$rc" 0 "ifsvc: a SIGTERM while it starts ends it with status 0"
gf_done
