-- Meter reading (MI1 §2): 2001 tasks, 2002 upload, 2003 exception,
-- 2004 estimate.  Uploads record the reading and move lastreading; billing
-- runs are not simulated, so an upload does not create a bill.

CREATE OR REPLACE FUNCTION mk_need_book(bookno text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM mk_books WHERE mk_books.bookno = mk_need_book.bookno) THEN
    PERFORM mk_fail('3001', 'no such book');
  END IF;
END $$;

CREATE OR REPLACE FUNCTION mk_tx_2001(b json) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE bk text := mk_str(b, 'bookno'); pg record; n bigint; items json;
BEGIN
  pg := mk_page(b);
  PERFORM mk_need_book(bk);
  SELECT count(*) INTO n FROM mk_meters m JOIN mk_customers c USING (custno)
   WHERE c.bookno = bk;
  SELECT COALESCE(json_agg(json_build_object('custno', s.custno, 'custname', s.name,
           'addr', s.addr, 'meterno', s.meterno, 'lastreading', s.lastreading,
           'multiplier', s.multiplier, 'tariff', s.tariff) ORDER BY s.custno, s.meterno), '[]')
    INTO items
    FROM (SELECT c.custno, c.name, c.addr, m.meterno, m.lastreading, m.multiplier, c.tariff
            FROM mk_meters m JOIN mk_customers c USING (custno)
           WHERE c.bookno = bk ORDER BY c.custno, m.meterno
           LIMIT pg.pagesize OFFSET (pg.page - 1)::bigint * pg.pagesize) s;
  RETURN json_build_object('pagecount', (n + pg.pagesize - 1) / pg.pagesize, 'items', items);
END $$;

-- The consumption and charge of a new reading on meter m; 1003 when the
-- reading is below the last one (meter rollover is not simulated).
CREATE OR REPLACE FUNCTION mk_estimate(m mk_meters, reading bigint,
    OUT kwh bigint, OUT amount bigint) LANGUAGE plpgsql AS $$
BEGIN
  IF reading < m.lastreading THEN
    PERFORM mk_fail('1003', 'reading below last reading');
  END IF;
  kwh := (reading - m.lastreading) * m.multiplier;
  amount := mk_tariff(kwh);
END $$;

CREATE OR REPLACE FUNCTION mk_tx_2002(b json) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE it json; m mk_meters; r bigint; e record; res json[] := '{}';
BEGIN
  IF json_typeof(b -> 'items') IS DISTINCT FROM 'array' THEN
    PERFORM mk_fail('9001', 'missing items');
  END IF;
  FOR it IN SELECT * FROM json_array_elements(b -> 'items') LOOP
    SELECT * INTO m FROM mk_meters WHERE meterno = it ->> 'meterno' FOR UPDATE;
    IF NOT FOUND THEN
      res := res || json_build_object('meterno', it ->> 'meterno', 'code', '3001', 'kwh', 0, 'amount', 0);
      CONTINUE;
    END IF;
    r := mk_int(it, 'reading');
    IF r < m.lastreading THEN
      res := res || json_build_object('meterno', m.meterno, 'code', '1003', 'kwh', 0, 'amount', 0);
      CONTINUE;
    END IF;
    e := mk_estimate(m, r);
    INSERT INTO mk_readings (meterno, reading, readtime, exccode, kwh, amount)
    VALUES (m.meterno, r, COALESCE(it ->> 'readtime', ''), COALESCE(it ->> 'exccode', ''),
            e.kwh, e.amount);
    UPDATE mk_meters SET lastreading = r WHERE meterno = m.meterno;
    res := res || json_build_object('meterno', m.meterno, 'code', '0000', 'kwh', e.kwh, 'amount', e.amount);
  END LOOP;
  RETURN json_build_object('items', array_to_json(res));
END $$;

CREATE OR REPLACE FUNCTION mk_tx_2003(b json) RETURNS json
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM mk_meters WHERE meterno = mk_str(b, 'meterno')) THEN
    PERFORM mk_fail('3001', 'no such meter');
  END IF;
  INSERT INTO mk_reading_exceptions (meterno, exccode, note, operid, ref)
  VALUES (b ->> 'meterno', mk_str(b, 'exccode'), COALESCE(b ->> 'note', ''),
          COALESCE(b ->> 'operid', ''), NULLIF(b ->> 'ref', ''));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION mk_tx_2004(b json) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE m mk_meters; e record;
BEGIN
  SELECT * INTO m FROM mk_meters WHERE meterno = mk_str(b, 'meterno');
  IF NOT FOUND THEN
    PERFORM mk_fail('3001', 'no such meter');
  END IF;
  e := mk_estimate(m, mk_int(b, 'reading'));
  RETURN json_build_object('kwh', e.kwh, 'amount', e.amount);
END $$;
