-- payment.sql - the SQL appsrv issues per PAYMENT (appsrv/sql.c), for
-- pgbench -M prepared: the seq check, session and claim in one call
-- (gf_money_begin: key + PENDING row), then the outcome (sql.c's tx_ok:
-- SUCCESS + receipt, with the settle date a constant: run.sh writes
-- today's date over @DATE@, as appsrv prepares it per date).  run.sh
-- creates the terminals, sessions and sequences it uses.
\set t random(1, :nterm)
SELECT r_stserial AS st FROM gf_money_begin(
    '86139000008' || lpad(:t::text, 5, '0'), nextval('bench_seq'),
    sha256(decode(lpad(:t::text, 32, '0'), 'hex')), '{collector,supervisor}',
    'pgb' || nextval('bench_ts'), 'SC01', '5100000001', 'PAYMENT',
    1002::smallint, 100, 1::smallint, NULL, NULL) \gset
WITH u AS (UPDATE transactions x SET state = 'SUCCESS', tp_status = 0, rspcode = '0000', mkt_serial = 'MKBENCH' || :st, receipt_no = 'R' || x.stserial, response = '\x0302000017000a4d4b42454e4348'::bytea, updated_at = now() WHERE x.stserial = :st AND x.settle_date = @DATE@ AND x.state = 'PENDING' AND x.func <> 'REVERSAL' RETURNING x.stserial, x.settle_date, x.terminal_id, x.operator_id, x.customer_no, x.amount), r AS (INSERT INTO receipts (receipt_no, stserial, settle_date, terminal_id, operator_id, customer_no, customer_name, amount, items) SELECT 'R' || u.stserial, u.stserial, u.settle_date, u.terminal_id, u.operator_id, u.customer_no, '', u.amount, NULL FROM u RETURNING receipt_no) SELECT 'SUCCESS'::text, r.receipt_no FROM r UNION ALL SELECT x.state, NULL FROM transactions x WHERE NOT EXISTS (SELECT 1 FROM r) AND x.stserial = :st AND x.settle_date = @DATE@;
