#!/usr/bin/env bash
# cost: 6
# t_tx_lookup_plan - a transaction looked up by settle date and serial (as
# appsrv records an outcome: sql.c tx_ok, bank_ok, prepared per date) is
# read through an index that holds both, never through transactions_op,
# even when the statement is planned on a partition without statistics, as
# on a fresh database or a month's first day.  transactions_op was
# (settle_date, operator_id, stserial): such a plan took it, and read every
# row of the day at each call (schema/230_tx_op_index.sql).  (tx_ok's own
# form also tests state = 'PENDING', which such a plan may read through the
# partial index transactions_state instead; not checked here.)
. "$GF_SRC/tests/integration/lib.sh"
gf_setup
D=$(date +%Y-%m-%d)
plan() {	# plan SQL: the indexes a generic plan of SQL reads, one a line
	gf_psql -At -c "SET plan_cache_mode = force_generic_plan" \
		-c "PREPARE s(text) AS $1" -c "EXPLAIN (COSTS OFF) EXECUTE s('X')" |
		sed -n 's/.*Index Scan using \([^ ]*\) on .*/\1/p; s/.*Index Only Scan using \([^ ]*\) on .*/\1/p'
}
expect_eq "$(gf_sql "SELECT count(*) FROM pg_stats WHERE tablename = 'transactions_$(date +%Y%m)'")" 0 \
	"this month's partition has no statistics"
p=$(plan "SELECT state FROM transactions x WHERE x.stserial = \$1 AND x.settle_date = DATE '$D'")
expect_match "$p" "^transactions_[0-9]{6}_(pkey|settle_date_stserial_idx)$" "a lookup by date and serial reads the key or (settle_date, stserial)"
p=$(plan "UPDATE transactions x SET updated_at = now() WHERE x.stserial = \$1 AND x.settle_date = DATE '$D' AND x.func <> 'REVERSAL'")
expect_match "$p" "^transactions_[0-9]{6}_(pkey|settle_date_stserial_idx)$" "so does an update by date and serial"
p=$(plan "SELECT count(*) FROM transactions x WHERE x.operator_id = \$1 AND x.settle_date = DATE '$D'")
expect_match "$p" "^transactions_[0-9]{6}_operator_id_settle_date_stserial_idx$" "a collector's day still reads transactions_op"
gf_done
