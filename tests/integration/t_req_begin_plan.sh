#!/usr/bin/env bash
# cost: 6
# t_req_begin_plan - the seq check of every request but a new payment
# (gf_req_begin, schema/fn/session.sql) is not planned again at each call.
# Its session query tests `p_token IS NOT NULL`.  Without a token (ECHO,
# SIGN_ON) a custom plan folds that to false and always looks cheaper than
# the generic join, so PostgreSQL's plan cache never settled on a generic
# plan and planned the query at every call: 0.19 of its 0.22 ms, and a
# third of the database's CPU under bench/frontd's ECHO load.  The function
# now runs with plan_cache_mode = force_generic_plan.
#
# How it is seen: with debug_print_plan on and client_min_messages at log,
# PostgreSQL sends the client one "plan:" message per planning, with the
# plan's range table (":relid" of each table it reads).  Twelve calls on
# one connection, without and with a token: in the last six, no plan reads
# `sessions` (psql's own SELECT around each call is planned every time,
# and reads no table).
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
TERM1=8613900000000001
gf_sql "INSERT INTO terminals (id, name, suite) VALUES ('$TERM1', 'T1', 2)" >/dev/null
calls() {	# calls FIRST LAST TOKEN: gf_req_begin once per seq, one a line
	local s
	for s in $(seq "$1" "$2"); do
		echo "SELECT r_seq_ok FROM gf_req_begin('$TERM1', $s, $3);"
	done
}
SESSIONS=$(gf_sql "SELECT 'sessions'::regclass::oid")
# plans_in_last_six SEQ TOKEN: "S A": of the plans made in calls 7-12, S
# read sessions; A is all of them (psql's own SELECTs included, so that a
# change in how PostgreSQL prints plans cannot pass as "none").
plans_in_last_six() {
	{ echo "SET client_min_messages = log;"
	  calls "$1" $(($1 + 5)) "$2"
	  echo "SET debug_print_plan = on;"
	  calls $(($1 + 6)) $(($1 + 11)) "$2"
	} | gf_psql -At 2>&1 | awk -v re=":relid $SESSIONS([^0-9]|\$)" '
		/LOG:  plan:/ { s += hit; hit = 0; a++ }
		$0 ~ re { hit = 1 }
		END { print s + hit, a + 0 }'
}
expect_eq "$(gf_sql "SELECT count(*) FROM pg_class WHERE oid = $SESSIONS AND relname = 'sessions'")" 1 "the sessions table's oid"
read -r s a <<<"$(plans_in_last_six 1 NULL)"
expect_eq "$s" 0 "without a token (ECHO): the session query is not planned from the seventh call on"
expect_eq "$((a >= 6))" 1 "the plans are seen: at least psql's six ($a)"
read -r s a <<<"$(plans_in_last_six 101 "'\\x00'::bytea")"
expect_eq "$s" 0 "with a token that matches no session: not planned either"
expect_eq "$(gf_sql "SELECT last_seq FROM terminals WHERE id = '$TERM1'")" 112 "each call moved the terminal's last_seq"
gf_done
