-- Deterministic test data: `mktsim seed --customers N --seed S`.
-- Every random choice is a hash of (seed, customer index, purpose), so the
-- same N, S and reference date always give the same books.

CREATE OR REPLACE FUNCTION mk_rnd(seed int, i int, tag text, m int) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (('x' || substr(md5(seed || ':' || i || ':' || tag), 1, 8))::bit(32)::bigint % m)::int
$$;

-- Customer classes (r = mk_rnd(.., 'class', 100)):
--   0-9   card meter (prepaid IC card), no bills
--   10-19 all bills paid, a prepaid balance
--   20-59 last month's bill unpaid
--   60-84 last two unpaid, the older one partly paid (before its due date)
--   85-99 last five unpaid (long arrears, large late fees)
-- Six monthly bills per non-card customer, months d-6 .. d-1.
CREATE OR REPLACE FUNCTION mk_seed(n int, seed int, d date) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  surnames text[] := '{王,李,张,刘,陈,杨,黄,赵,吴,周,徐,孙,马,朱,胡,郭,何,高,林,罗}';
  given text[] := '{伟,芳,娜,敏,静,丽,强,磊,军,洋,勇,艳,杰,娟,涛,明,超,秀英,华,平,建国,玉兰,志强,桂芳}';
  districts text[] := '{锦江区,青羊区,金牛区,武侯区,成华区,龙泉驿区,双流区,郫都区}';
  roads text[] := '{人民南路,蜀都大道,建设路,春熙路,天府大道,红星路,玉林路,府河路}';
BEGIN
  TRUNCATE mk_txns, mk_absent, mk_bills, mk_meters, mk_customers, mk_books,
           mk_readings, mk_reading_exceptions, mk_dunning_results RESTART IDENTITY;
  PERFORM setval('mk_serial_seq', 1, false);

  INSERT INTO mk_books (bookno, name, operid)
  SELECT 'B' || lpad(k::text, 4, '0'), '表段' || k, 'OP' || lpad(((k - 1) % 10 + 1)::text, 3, '0')
    FROM generate_series(1, (n + 99) / 100) k;

  CREATE TEMP TABLE mk_seed_c ON COMMIT DROP AS
  SELECT i, '51' || lpad(i::text, 8, '0') AS custno, mk_rnd(seed, i, 'class', 100) AS cls
    FROM generate_series(1, n) i;

  INSERT INTO mk_customers (custno, name, addr, bookno, balance)
  SELECT s.custno,
         surnames[1 + mk_rnd(seed, s.i, 'sur', 20)] || given[1 + mk_rnd(seed, s.i, 'giv', 24)],
         '成都市' || districts[1 + mk_rnd(seed, s.i, 'dist', 8)] || roads[1 + mk_rnd(seed, s.i, 'road', 8)]
           || (1 + mk_rnd(seed, s.i, 'no', 300)) || '号' || (1 + mk_rnd(seed, s.i, 'unit', 6)) || '单元'
           || (1 + mk_rnd(seed, s.i, 'fl', 30)) || lpad((1 + mk_rnd(seed, s.i, 'rm', 4))::text, 2, '0'),
         'B' || lpad(((s.i - 1) / 100 + 1)::text, 4, '0'),
         CASE WHEN s.cls BETWEEN 10 AND 19 THEN 100 + mk_rnd(seed, s.i, 'bal', 20000) ELSE 0 END
    FROM mk_seed_c s;

  INSERT INTO mk_meters (meterno, custno, multiplier, lastreading, is_card, cardserial, purchasecount)
  SELECT 'M' || lpad(s.i::text, 10, '0'), s.custno, 1,
         100000 + mk_rnd(seed, s.i, 'read', 5000000),
         s.cls < 10,
         CASE WHEN s.cls < 10 THEN 'C' || lpad(s.i::text, 10, '0') END,
         CASE WHEN s.cls < 10 THEN mk_rnd(seed, s.i, 'pc', 30) ELSE 0 END
    FROM mk_seed_c s;

  INSERT INTO mk_bills (custno, month, kwh, principal, due, paid_principal)
  SELECT x.custno, x.month, x.kwh, mk_tariff(x.kwh), mk_due(x.month),
         CASE WHEN x.k > x.unpaid THEN mk_tariff(x.kwh)
              WHEN x.k = x.unpaid AND x.cls BETWEEN 60 AND 84 THEN mk_tariff(x.kwh) / 3
              ELSE 0 END
    FROM (SELECT s.custno, s.cls, k,
                 to_char(d - make_interval(months => k), 'YYYYMM') AS month,
                 5000 + mk_rnd(seed, s.i, 'kwh' || k, 40000)::bigint AS kwh,
                 CASE WHEN s.cls < 20 THEN 0 WHEN s.cls < 60 THEN 1
                      WHEN s.cls < 85 THEN 2 ELSE 5 END AS unpaid
            FROM mk_seed_c s CROSS JOIN generate_series(1, 6) k
           WHERE s.cls >= 10) x;
  ANALYZE mk_books; ANALYZE mk_customers; ANALYZE mk_meters; ANALYZE mk_bills;
END $$;

-- `mktsim customers`: custno|name|book|meter|totaldue|balance|card|purchasecount
CREATE OR REPLACE FUNCTION mk_customer_list(kind text, lim int, d date)
RETURNS TABLE (line text) LANGUAGE sql STABLE AS $$
  SELECT concat_ws('|', c.custno, c.name, c.bookno, m.meterno, t.due, c.balance,
                   COALESCE(m.cardserial, ''), m.purchasecount)
    FROM mk_customers c
    JOIN LATERAL (SELECT * FROM mk_meters m WHERE m.custno = c.custno
                   ORDER BY meterno LIMIT 1) m ON true
    CROSS JOIN LATERAL (SELECT mk_totaldue(c.custno, d) AS due) t
   WHERE CASE kind WHEN 'arrears' THEN t.due > 0
                   WHEN 'clear' THEN t.due = 0 AND NOT m.is_card
                   WHEN 'card' THEN m.is_card
                   WHEN 'prepaid' THEN c.balance > 0
                   WHEN 'overdue' THEN EXISTS (SELECT 1 FROM mk_bills b
                        WHERE b.custno = c.custno AND b.due < d AND b.paid_principal < b.principal)
                   ELSE true END
   ORDER BY c.custno
   LIMIT lim
$$;
