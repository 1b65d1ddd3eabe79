-- A small station for the back-office tests: two collectors, one terminal
-- each, yesterday's (D1) and today's payments, a reconciliation run of D1
-- with three differences.  Dates are relative to the database's today.
INSERT INTO terminals (id, name, org, suite) VALUES
  ('8613900000900001', 'bo-t1', 'SC01', 1), ('8613900000900002', 'bo-t2', 'SC02', 1);
INSERT INTO operators (id, name, org, role, pin_hash) VALUES
  ('C1', '张三', 'SC01', 'collector', 'x'), ('C2', '李四', 'SC02', 'collector', 'x');

-- tx(stserial, days ago, terminal, operator, func, amount, pay_mode, state, term_serial)
CREATE TEMP TABLE fx (st text, ago int, term text, op text, func text, amt bigint,
                      pm smallint, state text, ts text, orig text);
INSERT INTO fx VALUES
  ('SC01A0001', 1, '8613900000900001', 'C1', 'PAYMENT',  10000, 1,    'SUCCESS',  'a1', NULL),
  ('SC01A0002', 1, '8613900000900001', 'C1', 'PAYMENT',   2550, 1,    'SUCCESS',  'a2', NULL),
  ('SC01A0003', 1, '8613900000900001', 'C1', 'PAYMENT',   3000, 2,    'SUCCESS',  'a3', NULL),
  ('SC01A0004', 1, '8613900000900001', 'C1', 'PAYMENT',   4000, 1,    'REVERSED', 'a4', NULL),
  ('SC01A0005', 1, '8613900000900001', 'C1', 'REVERSAL',  4000, NULL, 'SUCCESS',  'a5', 'SC01A0004'),
  ('SC01A0006', 1, '8613900000900001', 'C1', 'PREPAY',    1000, NULL, 'SUCCESS',  'a6', NULL),
  ('SC01A0007', 1, '8613900000900001', 'C1', 'PAYMENT',    700, 1,    'FAILED',   'a7', NULL),
  ('SC01B0001', 1, '8613900000900002', 'C2', 'PAYMENT',   5000, 1,    'SUCCESS',  'b1', NULL),
  ('SC01B0002', 1, '8613900000900002', 'C2', 'PAYMENT',   6000, 3,    'SUCCESS',  'b2', NULL),
  ('SC01A0101', 0, '8613900000900001', 'C1', 'PAYMENT',    900, 1,    'SUCCESS',  'c1', NULL),
  ('SC01A0102', 0, '8613900000900001', 'C1', 'PAYMENT',    800, 1,    'PENDING',  'c2', NULL),
  ('SC01B0101', 5, '8613900000900002', 'C2', 'PAYMENT',  70000, 1,    'SUCCESS',  'd1', NULL);
INSERT INTO tx_keys (terminal_id, term_serial, stserial, settle_date)
  SELECT term, ts, st, current_date - ago FROM fx;
INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial, operator_id,
    customer_no, func, trcode, amount, pay_mode, state, mkt_serial, receipt_no,
    orig_stserial, reversed_by, rspcode)
  SELECT st, current_date - ago, term, ts, op, '51000000' || right(st, 2), func,
         CASE func WHEN 'PAYMENT' THEN 1002 WHEN 'REVERSAL' THEN 1003
                   WHEN 'PREPAY' THEN 1004 ELSE 1005 END, amt, pm, state,
         CASE WHEN state IN ('SUCCESS', 'REVERSED') THEN 'M' || st END,
         CASE WHEN state IN ('SUCCESS', 'REVERSED') THEN 'R' || st END,
         orig, CASE WHEN st = 'SC01A0004' THEN 'SC01A0005' END,
         CASE WHEN state IN ('SUCCESS', 'REVERSED') THEN '0000' END
    FROM fx;
INSERT INTO receipts (receipt_no, stserial, settle_date, terminal_id, operator_id,
    customer_no, amount)
  SELECT 'R' || st, st, current_date - ago, term, op, '51000000' || right(st, 2), amt
    FROM fx WHERE state IN ('SUCCESS', 'REVERSED');

-- D1's reconciliation: A0002 amount differs, A0003 missing remotely,
-- X0009 only remote.
INSERT INTO recon_runs (recon_date, state, finished_at, file_sha256, raw_file,
    remote_count, remote_total, local_count, local_total)
VALUES (current_date - 1, 'DONE', now(),
        encode(sha256(convert_to(E'SC01A0001|MSC01A0001|1002|5100000001|10000|OK|d|t\nSC01A0002|MSC01A0002|1002|5100000002|2500|OK|d|t\nSC01X0009|MX9|1002|5100000009|900|OK|d|t\n', 'UTF8')), 'hex'),
        E'SC01A0001|MSC01A0001|1002|5100000001|10000|OK|d|t\nSC01A0002|MSC01A0002|1002|5100000002|2500|OK|d|t\nSC01X0009|MX9|1002|5100000009|900|OK|d|t\n',
        3, 13400, 7, 27550);
INSERT INTO recon_stats (run_id, category, operator_id, n, local_sum, remote_sum, l_state, r_status)
SELECT max(id), c, 'C1', 1, 100, 100, 'SUCCESS', 'OK' FROM recon_runs,
       unnest(ARRAY['MATCHED', 'AMOUNT_MISMATCH', 'LOCAL_ONLY']) c GROUP BY c;
INSERT INTO recon_diffs (run_id, category, stserial, l_state, l_expected, l_amount,
    l_operator_id, r_mkserial, r_amount, r_status)
SELECT (SELECT max(id) FROM recon_runs), c, s, ls, le, la, lo, rm, ra, rs FROM (VALUES
  ('AMOUNT_MISMATCH', 'SC01A0002', 'SUCCESS', 'OK', 2550::bigint, 'C1', 'MSC01A0002', 2500::bigint, 'OK'),
  ('LOCAL_ONLY', 'SC01A0003', 'SUCCESS', 'OK', 3000, 'C1', NULL, NULL, NULL),
  ('REMOTE_ONLY', 'SC01X0009', NULL, NULL, NULL, NULL, 'MX9', 900, 'OK')) v(c, s, ls, le, la, lo, rm, ra, rs);
