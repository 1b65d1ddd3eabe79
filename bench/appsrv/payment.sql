-- payment.sql - the SQL appsrv issues per PAYMENT (appsrv/sql.c), for
-- pgbench -M prepared: the seq check, session and claim in one call
-- (gf_money_begin: key + PENDING row), then the outcome (gf_tx_finish:
-- SUCCESS + receipt).  bench/appsrv/run.sh creates the terminals, sessions
-- and sequences it uses.
\set t random(1, :nterm)
SELECT r_stserial AS st, r_tx_date AS sd FROM gf_money_begin(
    '86139000008' || lpad(:t::text, 5, '0'), nextval('bench_seq'),
    sha256(decode(lpad(:t::text, 32, '0'), 'hex')), '{collector,supervisor}',
    'pgb' || nextval('bench_ts'), 'SC01', '5100000001', 'PAYMENT',
    1002::smallint, 100, 1::smallint, NULL, NULL) \gset
SELECT r_state FROM gf_tx_finish(:st, :sd::date, 'SUCCESS', 0, '0000',
    'MKBENCH' || :st, '\x0302000017000a4d4b42454e4348'::bytea, '', NULL);
