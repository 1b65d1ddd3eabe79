#!/usr/bin/env bash
# cost: 5
# t_moneysim_relay - t_money_sim's MI/1 relay (moneysim proxy) passes an
# answer of any length MI/1 allows.  It kept at most 64 KiB of one answer
# and gave up the link beyond that; a busy seed's reconciliation (a 9001
# page of 1,000 lines) then failed with "no answer to 9001 ...: connection
# closed" (seed 500103), a failure of the harness, not of the station.
# Here the marketing system holds 1,500 of today's payments and the
# station reconciles the day through the relay: one 9001 page is over
# 64 KiB, and the run must be DONE with every payment on the remote side.
. "$GF_SRC/tests/integration/lib.sh"
PX_PORT=$(gf_free_port)
CONF_IFSVC_EXTRA="mkt_port = $PX_PORT"
gf_setup
MKT_CUSTOMERS=400
gf_start mktsim || gf_done
"$TOOLS/moneysim" proxy -L "$PX_PORT" -U "$MKT_PORT" -s 1 -e 0 2>>"$T/log/proxy.out" &
GF_PIDS[proxy]=$!
gf_wait_port "$PX_PORT" || fail "the relay listens"
gf_start ifsvc || gf_done

# 1,500 payments of 1 fen, booked by the simulator's own function.
"$BIN_MKTSIM" -f "$GF_CONF" customers --kind arrears --limit 400 2>/dev/null | cut -d'|' -f1 >"$T/cust"
gf_psql -q -d "$GF_MKTDB" <<SQL
CREATE TEMP TABLE c (i serial, custno text);
\copy c (custno) FROM '$T/cust'
SELECT count(*) FROM (SELECT mk_handle_group((SELECT json_agg(json_build_object('t', '1002',
    'b', json_build_object('stserial', 'RELAY' || lpad(g::text, 6, '0'), 'custno', c.custno,
    'amount', '1', 'paymode', '1'), 'd', current_date, 'h', '120000', 'o', false))
  FROM c WHERE c.i = 1 + g % (SELECT count(*) FROM c)))
  FROM generate_series(1, 1500) g) x;
SQL
expect_eq "$(gf_psql -At -d "$GF_MKTDB" -c "SELECT count(*) FROM mk_txns WHERE stserial LIKE 'RELAY%' AND txdate = current_date")" 1500 "the marketing system holds 1,500 payments of today"

out=$("$BIN_GFCTL" -f "$GF_CONF" recon run --date "$(date +%Y%m%d)" 2>&1)
expect_match "$out" "state=DONE" "the reconciliation through the relay is DONE"
expect_match "$out" "remote_count=1500 remote_total=1500 " "with every payment of the remote side"
gf_done
