-- Shared rules: errors, request fields, tariff, late fee, totals.

-- A business refusal: rspcode in MESSAGE, rspmsg in DETAIL.  mk_handle()
-- catches SQLSTATE MK000, so the request's work is rolled back with it.
CREATE OR REPLACE FUNCTION mk_fail(code text, msg text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'MK000', MESSAGE = code, DETAIL = msg;
END $$;

-- A required text field; missing or empty is a format error (9001).
-- STABLE: in a WHERE clause (custno = mk_str(b, 'custno')) it is worked
-- out once and the index is used; as a VOLATILE function it was called for
-- every row of a sequential scan (a 1003 read all of mk_txns: 7.5 ms a call
-- in bench/settle, and growing with the day).
CREATE OR REPLACE FUNCTION mk_str(b json, k text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE v text := b ->> k;
BEGIN
  IF v IS NULL OR v = '' THEN
    PERFORM mk_fail('9001', 'missing field ' || k);
  END IF;
  RETURN v;
END $$;

-- A required integer field: missing -> 9001, not an integer -> badcode.
CREATE OR REPLACE FUNCTION mk_int(b json, k text, badcode text DEFAULT '9001')
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE v text := b ->> k;
BEGIN
  IF v IS NULL OR v = '' THEN
    PERFORM mk_fail('9001', 'missing field ' || k);
  END IF;
  IF v !~ '^-?[0-9]{1,18}$' THEN
    PERFORM mk_fail(badcode, 'bad integer in ' || k);
  END IF;
  RETURN v::bigint;
END $$;

-- A money amount: integer fen, > 0 and at most 100,000,000.00 yuan; else 1003.
CREATE OR REPLACE FUNCTION mk_amount(b json) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE a bigint := mk_int(b, 'amount', '1003');
BEGIN
  IF a <= 0 OR a > 10000000000 THEN
    PERFORM mk_fail('1003', 'amount invalid');
  END IF;
  RETURN a;
END $$;

-- Sichuan residential three-tier tariff, per month: up to 180 kWh at
-- 0.5224 yuan/kWh, 180-280 kWh at 0.6224, above 280 kWh at 0.8224.
-- kwh is in 0.01 kWh and prices in 0.0001 yuan/kWh, so each product is in
-- 0.0001 fen; the bill is the exact sum rounded half up to the fen once.
CREATE OR REPLACE FUNCTION mk_tariff(kwh bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
  SELECT (LEAST(kwh, 18000) * 5224
        + GREATEST(LEAST(kwh, 28000) - 18000, 0) * 6224
        + GREATEST(kwh - 28000, 0) * 8224 + 5000) / 10000
$$;

-- Due date of a bill month YYYYMM: the 20th of the following month.
CREATE OR REPLACE FUNCTION mk_due(month text) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
  SELECT (to_date(month || '01', 'YYYYMMDD') + interval '1 month' + interval '19 days')::date
$$;

-- Late fee accrued (milli-fen) on bill b as of day d: 0.1 % of the unpaid
-- principal for each day after the due date.
CREATE OR REPLACE FUNCTION mk_fee_acc(b mk_bills, d date) RETURNS bigint
LANGUAGE sql STABLE AS $$
  SELECT b.fee_acc + (b.principal - b.paid_principal)
         * GREATEST(0, d - GREATEST(b.due, COALESCE(b.fee_asof, b.due)))
$$;

-- Late fee owed on b as of d, in fen, rounded down.
CREATE OR REPLACE FUNCTION mk_fee(b mk_bills, d date) RETURNS bigint
LANGUAGE sql STABLE AS $$
  SELECT mk_fee_acc(b, d) / 1000 - b.paid_latefee
$$;

-- Total due of a customer as of d: unpaid principal plus late fees owed.
-- PL/pgSQL keeps the query's plan for the session; as a SQL function (which
-- cannot be inlined: it reads a table) it was parsed and planned again on
-- every call, twice per payment.
CREATE OR REPLACE FUNCTION mk_totaldue(c text, d date) RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT COALESCE(sum(b.principal - b.paid_principal + mk_fee(b, d)), 0)::bigint
            FROM mk_bills b WHERE b.custno = c);
END $$;

CREATE OR REPLACE FUNCTION mk_new_mkserial(d date) RETURNS text
LANGUAGE sql AS $$
  SELECT 'MK' || to_char(d, 'YYYYMMDD') || lpad(nextval('mk_serial_seq')::text, 10, '0')
$$;

-- Page arithmetic shared by the list transactions: page >= 1,
-- 1 <= pagesize <= 1000, else 9001.
CREATE OR REPLACE FUNCTION mk_page(b json, OUT page int, OUT pagesize int)
LANGUAGE plpgsql AS $$
BEGIN
  page := mk_int(b, 'page');
  pagesize := mk_int(b, 'pagesize');
  IF page < 1 OR pagesize < 1 OR pagesize > 1000 THEN
    PERFORM mk_fail('9001', 'bad page or pagesize');
  END IF;
END $$;
