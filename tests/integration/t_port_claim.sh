#!/usr/bin/env bash
# cost: 2
# t_port_claim - lib.sh's port claims: a port handed out to one test is
# not handed to another while the first test's folder exists, and is taken
# over once it is gone.  A claim is a link /tmp/gf-ports/PORT -> the
# owner's folder; ln without -n followed that link and made the second
# claim inside the first owner's folder, and succeeded: two tests ran
# daemons on one port (a full run: t_browser_office and t_browser_outbox).
# No daemon, no database: the claims go to a directory of this test's own.
. "$GF_SRC/tests/integration/lib.sh"
T=$(mktemp -d "/tmp/gf-t_port_claim.XXXXXX")
mkdir -p "$T/log"
GF_PORTS_DIR=$T/ports
A=$T/owner-a
B=$T/owner-b
mkdir -p "$A" "$B"
T0=$T
trap 'rm -rf "$T0"' EXIT
claim() { T=$1 gf_port_claim "$2"; }
claim "$A" 40001; expect_eq $? 0 "the first test claims port 40001"
claim "$B" 40001; expect_eq $? 1 "a second test cannot claim it while the first runs"
expect_eq "$(readlink "$GF_PORTS_DIR/40001")" "$A" "the claim still names the first test"
expect_eq "$(find "$A" -mindepth 1 | wc -l)" 0 "nothing was made inside the first test's folder"
claim "$B" 40002; expect_eq $? 0 "the second test claims another port"
rmdir "$A"
claim "$B" 40001; expect_eq $? 0 "once the first test's folder is gone, the port is taken over"
expect_eq "$(readlink "$GF_PORTS_DIR/40001")" "$B" "and the claim names the second test"
T=$B gf_ports_release
expect_eq "$(ls "$GF_PORTS_DIR" | wc -l)" 0 "the second test's release drops both its claims"
T=$T0
gf_done
