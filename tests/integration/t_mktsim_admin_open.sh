#!/usr/bin/env bash
# cost: 8
# t_mktsim_admin_open - mktsim stops cleanly with admin connections still
# open: one that sent half a line and one that sent bytes that are no
# command at all (a test whose client reached the admin port by mistake,
# as when two tests once shared a port).  Before, each such connection's
# buffers were leaked at exit, and the sanitizer build's leak report
# failed the test that stopped mktsim (t_browser_outbox in a full run).
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
ADMIN_PORT=$(gf_free_port)
gf_start mktsim --admin 127.0.0.1:$ADMIN_PORT || gf_done
admin() { local l; exec 7<>"/dev/tcp/127.0.0.1/$ADMIN_PORT"; echo "$1" >&7; read -r -t 5 l <&7; exec 7>&-; echo "$l"; }
expect_match "$(admin stats)" "^ok requests=" "the admin port answers"
exec 5<>"/dev/tcp/127.0.0.1/$ADMIN_PORT"
printf 'set latency_ms' >&5
exec 6<>"/dev/tcp/127.0.0.1/$ADMIN_PORT"
printf '\x47\x46\x01\x02\x00\x00\x00\x10' >&6
sleep 0.3
expect_match "$(admin stats)" "^ok requests=" "and still answers with two connections hanging"
gf_stop mktsim
expect_eq "$(grep -c 'level=info stopped' "$T/log/mktsim.out")" 1 "mktsim stopped"
exec 5>&- 6>&-
gf_done
