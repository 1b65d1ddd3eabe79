-- Dunning (MI1 §2): 3001 tasks, 3002 book arrears, 3003 disconnect check,
-- 3004 result.

-- Customers of a set of books with their total due as of d, those owing only.
CREATE OR REPLACE FUNCTION mk_owing(books text[], d date)
RETURNS TABLE (custno text, name text, addr text, bookno text, meterno text, totaldue bigint)
LANGUAGE sql STABLE AS $$
  SELECT c.custno, c.name, c.addr, c.bookno,
         (SELECT min(m.meterno) FROM mk_meters m WHERE m.custno = c.custno),
         t.due
    FROM mk_customers c
    CROSS JOIN LATERAL (SELECT mk_totaldue(c.custno, d) AS due) t
   WHERE c.bookno = ANY (books) AND t.due > 0
$$;

CREATE OR REPLACE FUNCTION mk_owing_page(books text[], d date, b json, with_meter boolean)
RETURNS json LANGUAGE plpgsql AS $$
DECLARE pg record; n bigint; items json;
BEGIN
  pg := mk_page(b);
  SELECT count(*), COALESCE(json_agg(CASE WHEN with_meter
           THEN json_build_object('custno', o.custno, 'custname', o.name,
                  'meterno', o.meterno, 'totaldue', o.totaldue)
           ELSE json_build_object('custno', o.custno, 'custname', o.name,
                  'addr', o.addr, 'totaldue', o.totaldue) END ORDER BY o.custno)
           FILTER (WHERE o.rn > (pg.page - 1)::bigint * pg.pagesize
                     AND o.rn <= pg.page::bigint * pg.pagesize), '[]')
    INTO n, items
    FROM (SELECT w.*, row_number() OVER (ORDER BY w.custno) AS rn
            FROM mk_owing(books, d) w) o;
  RETURN json_build_object('pagecount', (n + pg.pagesize - 1) / pg.pagesize, 'items', items);
END $$;

-- 3001: the given book, or (bookno empty) every book of the operator.
CREATE OR REPLACE FUNCTION mk_tx_3001(b json, d date) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE bk text := COALESCE(b ->> 'bookno', ''); books text[];
BEGIN
  IF bk <> '' THEN
    PERFORM mk_need_book(bk);
    books := ARRAY[bk];
  ELSE
    SELECT COALESCE(array_agg(bookno), '{}') INTO books FROM mk_books
     WHERE operid = mk_str(b, 'operid');
  END IF;
  RETURN mk_owing_page(books, d, b, false);
END $$;

CREATE OR REPLACE FUNCTION mk_tx_3002(b json, d date) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE bk text := mk_str(b, 'bookno');
BEGIN
  PERFORM mk_need_book(bk);
  RETURN mk_owing_page(ARRAY[bk], d, b, true);
END $$;

-- 3003: disconnection is allowed when some bill's principal is unpaid past
-- its due date.
CREATE OR REPLACE FUNCTION mk_tx_3003(b json, d date) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE c text := mk_str(b, 'custno'); overdue boolean;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM mk_customers WHERE custno = c) THEN
    PERFORM mk_fail('1001', 'no such customer');
  END IF;
  SELECT EXISTS (SELECT 1 FROM mk_bills WHERE custno = c AND due < d
                    AND paid_principal < principal) INTO overdue;
  RETURN json_build_object('totaldue', mk_totaldue(c, d),
           'allowed', CASE WHEN overdue THEN 1 ELSE 0 END,
           'msg', CASE WHEN overdue THEN '欠费逾期，允许停电' ELSE '无逾期欠费，不允许停电' END);
END $$;

CREATE OR REPLACE FUNCTION mk_tx_3004(b json) RETURNS json
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM mk_customers WHERE custno = mk_str(b, 'custno')) THEN
    PERFORM mk_fail('1001', 'no such customer');
  END IF;
  INSERT INTO mk_dunning_results (custno, resultcode, note, operid, ref)
  VALUES (b ->> 'custno', mk_str(b, 'resultcode'), COALESCE(b ->> 'note', ''),
          COALESCE(b ->> 'operid', ''), NULLIF(b ->> 'ref', ''));
  RETURN NULL;
END $$;
