-- The one entry point of the server: one call, one SQL transaction, per
-- request.  Returns {"rspcode", "rspmsg", "body"}.  A business refusal
-- (mk_fail) is an error of SQLSTATE MK000 that ends the call, and with it
-- the transaction and all the request did: db.c answers it with the
-- rspcode and rspmsg the error carries.  (No sub-transaction here: a
-- request alone has its transaction to roll back, and a group that meets a
-- refusal is rolled back whole and each of its requests runs again alone.)
CREATE OR REPLACE FUNCTION mk_handle(p_trcode text, b json, d date, t text, omit boolean)
RETURNS json LANGUAGE plpgsql AS $$
DECLARE body json; orig json; st text;
BEGIN
  IF b IS NULL THEN
    b := '{}';
  END IF;
  IF json_typeof(b) <> 'object' THEN
    RETURN json_build_object('rspcode', '9001', 'rspmsg', 'body is not an object', 'body', NULL);
  END IF;
  -- Idempotency on stserial (MI1 §2): concurrent duplicates, and a status
  -- query (1006) for the same stserial, are serialised by an advisory lock
  -- held to the end of the transaction.
  IF p_trcode IN ('1002', '1003', '1004', '1005') THEN
    st := b ->> 'stserial';
    IF COALESCE(st, '') = '' THEN
      RETURN json_build_object('rspcode', '9001', 'rspmsg', 'missing field stserial', 'body', NULL);
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(st, 0));
    SELECT x.response INTO orig FROM mk_txns x WHERE x.stserial = st;
    IF FOUND THEN
      RETURN json_build_object('rspcode', '2001', 'rspmsg', '重复交易', 'body', orig);
    END IF;
    -- A status query already answered NOTFOUND for it (mk_tx_1006): it
    -- must never book now.  9001 is a definite refusal (nothing done);
    -- 2001 would claim a result that does not exist, 9999 an unknown one.
    IF EXISTS (SELECT 1 FROM mk_absent a WHERE a.stserial = st) THEN
      RETURN json_build_object('rspcode', '9001', 'rspmsg',
               'stserial already reported NOTFOUND', 'body', NULL);
    END IF;
  END IF;
  -- A kept record sent again (its answer was lost): 2001, recorded once.
  IF p_trcode IN ('2003', '3004') AND COALESCE(b ->> 'ref', '') <> '' THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('ref:' || (b ->> 'ref'), 0));
    IF p_trcode = '2003' THEN
      UPDATE mk_reading_exceptions SET dups = dups + 1 WHERE ref = b ->> 'ref';
    ELSE
      UPDATE mk_dunning_results SET dups = dups + 1 WHERE ref = b ->> 'ref';
    END IF;
    IF FOUND THEN
      RETURN json_build_object('rspcode', '2001', 'rspmsg', '重复记录', 'body', NULL);
    END IF;
  END IF;
  body := CASE p_trcode
    WHEN '1001' THEN mk_tx_1001(b, d)
    WHEN '1002' THEN mk_tx_1002(b, d, t, omit)
    WHEN '1003' THEN mk_tx_1003(b, d, t)
    WHEN '1004' THEN mk_tx_1004(b, d, t, omit)
    WHEN '1005' THEN mk_tx_1005(b, d, t, omit)
    WHEN '1006' THEN mk_tx_1006(b)
    WHEN '2001' THEN mk_tx_2001(b)
    WHEN '2002' THEN mk_tx_2002(b)
    WHEN '2003' THEN mk_tx_2003(b)
    WHEN '2004' THEN mk_tx_2004(b)
    WHEN '3001' THEN mk_tx_3001(b, d)
    WHEN '3002' THEN mk_tx_3002(b, d)
    WHEN '3003' THEN mk_tx_3003(b, d)
    WHEN '3004' THEN mk_tx_3004(b)
    WHEN '9001' THEN mk_tx_9001(b)
    WHEN '9002' THEN NULL
    ELSE NULL END;
  IF p_trcode NOT IN ('1001', '1002', '1003', '1004', '1005', '1006', '2001', '2002',
                    '2003', '2004', '3001', '3002', '3003', '3004', '9001', '9002') THEN
    PERFORM mk_fail('9001', 'unknown trcode ' || p_trcode);
  END IF;
  RETURN json_build_object('rspcode', '0000', 'rspmsg', '成功', 'body', body);
END $$;

-- Several requests in one transaction (db.c groups the ones that queued
-- while every connection was busy): each answered as mk_handle() answers
-- it alone, in customer-number order, so that two groups lock customers in
-- the same order.  A refusal or an error of any one ends the call; db.c
-- then runs each again alone.  p is a JSON array of {"t": trcode, "b":
-- body, "d": date, "h": time, "o": omit}; one row per element, ord its
-- position (from 1).  Only requests naming a customer (1001, 1002, 1004,
-- 1005) are grouped.
CREATE OR REPLACE FUNCTION mk_handle_group(p json)
RETURNS TABLE (ord bigint, response json) LANGUAGE plpgsql AS $$
DECLARE e record;
BEGIN
  FOR e IN SELECT x.v, x.n FROM json_array_elements(p) WITH ORDINALITY AS x(v, n)
            ORDER BY x.v -> 'b' ->> 'custno', x.n LOOP
    ord := e.n;
    response := mk_handle(e.v ->> 't', e.v -> 'b', (e.v ->> 'd')::date,
                          e.v ->> 'h', (e.v ->> 'o')::boolean);
    RETURN NEXT;
  END LOOP;
END $$;
