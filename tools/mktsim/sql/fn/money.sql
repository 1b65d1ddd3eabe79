-- Money-moving transactions (MI1 §2): 1001 arrears query, 1002 payment,
-- 1003 reversal, 1004 prepay, 1005 card recharge, 1006 status query.
-- Each runs inside mk_handle(), i.e. one SQL transaction per request.

CREATE OR REPLACE FUNCTION mk_lock_customer(c text) RETURNS mk_customers
LANGUAGE plpgsql AS $$
DECLARE r mk_customers;
BEGIN
  SELECT * INTO r FROM mk_customers WHERE custno = c FOR UPDATE;
  IF NOT FOUND THEN
    PERFORM mk_fail('1001', 'no such customer');
  END IF;
  RETURN r;
END $$;

CREATE OR REPLACE FUNCTION mk_record(b json, trcode text, custno text,
    amount bigint, d date, t text, omit boolean, response json, effect json,
    orig text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
#variable_conflict use_variable
BEGIN
  -- PL/pgSQL, not SQL: the INSERT's plan is kept for the session.
  INSERT INTO mk_txns (stserial, mkserial, trcode, custno, amount, txdate,
                       txtime, omit_recon, response, effect, orig_stserial)
  VALUES (b ->> 'stserial', response ->> 'mkserial', trcode, custno, amount,
          d, t, omit, response, effect, orig);
END $$;

-- 1001: bills with anything outstanding, oldest first.
CREATE OR REPLACE FUNCTION mk_tx_1001(b json, d date) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE c mk_customers; items json;
BEGIN
  SELECT * INTO c FROM mk_customers WHERE custno = mk_str(b, 'custno');
  IF NOT FOUND THEN
    PERFORM mk_fail('1001', 'no such customer');
  END IF;
  SELECT COALESCE(json_agg(json_build_object('month', x.month,
           'principal', x.principal - x.paid_principal,
           'latefee', mk_fee(x, d)) ORDER BY x.month), '[]')
    INTO items FROM mk_bills x
   WHERE x.custno = c.custno
     AND x.principal - x.paid_principal + mk_fee(x, d) > 0;
  RETURN json_build_object('custname', c.name, 'addr', c.addr,
           'balance', c.balance, 'totaldue', mk_totaldue(c.custno, d),
           'bills', items);
END $$;

-- 1002: oldest bill first, late fee before principal within a bill, the
-- rest to the prepaid balance.  Before a bill's principal changes its fee
-- accrual is brought up to d, so later accrual runs on the new principal.
-- One pass over the customer's bills gives both the allocation and the
-- total due before the payment (mk_totaldue's sum); the total due after it
-- is that less what went to the bills: a bill brought up to d owes its fee
-- accrued to d, less what was paid now.
CREATE OR REPLACE FUNCTION mk_tx_1002(b json, d date, t text, omit boolean)
RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  c mk_customers; x mk_bills; amount bigint; rest bigint; acc bigint;
  f bigint; p bigint; due bigint := 0; settled json[] := '{}';
  alloc json[] := '{}'; body json;
BEGIN
  amount := mk_amount(b);
  c := mk_lock_customer(mk_str(b, 'custno'));
  rest := amount;
  -- No FOR UPDATE: every writer of a customer's bills (1002, 1003) holds
  -- the customer's row lock first (mk_lock_customer), and this statement's
  -- snapshot is taken after that lock was granted.
  FOR x IN SELECT * FROM mk_bills WHERE custno = c.custno
            ORDER BY month LOOP
    acc := mk_fee_acc(x, d);
    due := due + x.principal - x.paid_principal + acc / 1000 - x.paid_latefee;
    CONTINUE WHEN rest = 0;
    f := LEAST(rest, acc / 1000 - x.paid_latefee);
    rest := rest - f;
    p := LEAST(rest, x.principal - x.paid_principal);
    rest := rest - p;
    CONTINUE WHEN f = 0 AND p = 0;
    UPDATE mk_bills SET fee_acc = acc, fee_asof = GREATEST(d, x.due),
           paid_latefee = paid_latefee + f, paid_principal = paid_principal + p
     WHERE id = x.id;
    settled := settled || json_build_object('month', x.month, 'principal', p, 'latefee', f);
    alloc := alloc || json_build_object('id', x.id, 'principal', p, 'latefee', f);
  END LOOP;
  IF due <= 0 THEN
    PERFORM mk_fail('1002', 'no arrears');
  END IF;
  UPDATE mk_customers SET balance = balance + rest WHERE custno = c.custno
    RETURNING * INTO c;
  body := json_build_object('mkserial', mk_new_mkserial(d), 'balance', c.balance,
            'totaldue', due - (amount - rest), 'settled', array_to_json(settled));
  PERFORM mk_record(b, '1002', c.custno, amount, d, t, omit, body,
            json_build_object('alloc', array_to_json(alloc), 'excess', rest));
  RETURN body;
END $$;

-- 1004: straight to the prepaid balance.
CREATE OR REPLACE FUNCTION mk_tx_1004(b json, d date, t text, omit boolean)
RETURNS json LANGUAGE plpgsql AS $$
DECLARE c mk_customers; amount bigint; body json;
BEGIN
  amount := mk_amount(b);
  c := mk_lock_customer(mk_str(b, 'custno'));
  UPDATE mk_customers SET balance = balance + amount WHERE custno = c.custno
    RETURNING * INTO c;
  body := json_build_object('mkserial', mk_new_mkserial(d), 'balance', c.balance);
  PERFORM mk_record(b, '1004', c.custno, amount, d, t, omit, body,
            json_build_object('balance', amount));
  RETURN body;
END $$;

-- Bytes to write to the IC card, derived only from the card serial, the
-- new purchase count and the amount: amount (8 bytes BE) || count (4 bytes
-- BE) || first 12 bytes of SHA-256("cardserial|count|amount"), upper hex.
CREATE OR REPLACE FUNCTION mk_carddata(cardserial text, pc bigint, amount bigint)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT upper(lpad(to_hex(amount), 16, '0') || lpad(to_hex(pc), 8, '0') ||
         substr(encode(sha256(convert_to(cardserial || '|' || pc || '|' || amount,
                'UTF8')), 'hex'), 1, 24))
$$;

-- 1005: the request's purchasecount is the purchase being made, i.e. the
-- meter's stored count + 1 (else 9001 "purchasecount mismatch"); the card
-- serial must be the meter's (else 3001).
CREATE OR REPLACE FUNCTION mk_tx_1005(b json, d date, t text, omit boolean)
RETURNS json LANGUAGE plpgsql AS $$
DECLARE c mk_customers; m mk_meters; amount bigint; pc bigint; body json;
BEGIN
  amount := mk_amount(b);
  pc := mk_int(b, 'purchasecount');
  c := mk_lock_customer(mk_str(b, 'custno'));
  SELECT * INTO m FROM mk_meters WHERE meterno = mk_str(b, 'meterno')
     AND custno = c.custno FOR UPDATE;
  IF NOT FOUND OR NOT m.is_card THEN
    PERFORM mk_fail('3001', 'no such card meter');
  END IF;
  IF m.cardserial <> mk_str(b, 'cardserial') THEN
    PERFORM mk_fail('3001', 'card does not belong to meter');
  END IF;
  IF pc <> m.purchasecount + 1 THEN
    PERFORM mk_fail('9001', 'purchasecount mismatch: expected ' || (m.purchasecount + 1));
  END IF;
  UPDATE mk_meters SET purchasecount = pc WHERE meterno = m.meterno;
  body := json_build_object('mkserial', mk_new_mkserial(d),
            'carddata', mk_carddata(m.cardserial, pc, amount), 'purchasecount', pc);
  PERFORM mk_record(b, '1005', c.custno, amount, d, t, omit, body,
            json_build_object('meterno', m.meterno, 'purchasecount', pc));
  RETURN body;
END $$;

-- 1003: same business date, not reversed, not itself a reversal; undoes
-- the recorded effect exactly.
CREATE OR REPLACE FUNCTION mk_tx_1003(b json, d date, t text) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE o mk_txns; a json; n int; body json;
BEGIN
  PERFORM mk_str(b, 'stserial');
  SELECT * INTO o FROM mk_txns WHERE stserial = mk_str(b, 'origstserial') FOR UPDATE;
  IF NOT FOUND THEN
    PERFORM mk_fail('2002', 'original not found');
  END IF;
  IF o.trcode NOT IN ('1002', '1004', '1005') THEN
    PERFORM mk_fail('2003', 'not a reversible transaction');
  END IF;
  IF o.status = 'REVERSED' THEN
    PERFORM mk_fail('2003', 'already reversed');
  END IF;
  IF o.txdate <> d THEN
    PERFORM mk_fail('2003', 'not of today''s business date');
  END IF;
  PERFORM mk_lock_customer(o.custno);
  IF o.trcode = '1002' THEN
    FOR a IN SELECT * FROM json_array_elements(o.effect -> 'alloc') LOOP
      UPDATE mk_bills SET paid_principal = paid_principal - (a ->> 'principal')::bigint,
             paid_latefee = paid_latefee - (a ->> 'latefee')::bigint
       WHERE id = (a ->> 'id')::bigint;
    END LOOP;
    UPDATE mk_customers SET balance = balance - (o.effect ->> 'excess')::bigint
     WHERE custno = o.custno AND balance >= (o.effect ->> 'excess')::bigint;
    GET DIAGNOSTICS n = ROW_COUNT;
  ELSIF o.trcode = '1004' THEN
    UPDATE mk_customers SET balance = balance - o.amount
     WHERE custno = o.custno AND balance >= o.amount;
    GET DIAGNOSTICS n = ROW_COUNT;
  ELSE
    -- A later purchase was written to the card: this one cannot be undone.
    UPDATE mk_meters SET purchasecount = purchasecount - 1
     WHERE meterno = o.effect ->> 'meterno'
       AND purchasecount = (o.effect ->> 'purchasecount')::int;
    GET DIAGNOSTICS n = ROW_COUNT;
  END IF;
  IF n <> 1 THEN
    PERFORM mk_fail('2003', 'effect can no longer be undone');
  END IF;
  body := json_build_object('mkserial', mk_new_mkserial(d));
  UPDATE mk_txns SET status = 'REVERSED', reversed_by = b ->> 'stserial'
   WHERE stserial = o.stserial;
  PERFORM mk_record(b, '1003', o.custno, o.amount, d, t, false, body,
            json_build_object('orig', o.stserial), o.stserial);
  RETURN body;
END $$;

-- 1006: what became of a stserial.  It first takes the lock a request with
-- that stserial holds from its duplicate check to its commit (mk_handle),
-- so a request being executed is waited for, never answered NOTFOUND.  A
-- NOTFOUND is recorded in mk_absent in this same transaction: the answer
-- is final, and mk_handle refuses the stserial from then on.
CREATE OR REPLACE FUNCTION mk_tx_1006(b json) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE o mk_txns; st text := mk_str(b, 'origstserial');
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(st, 0));
  -- A new statement, so a new snapshot: it sees what the holder committed.
  SELECT * INTO o FROM mk_txns WHERE stserial = st;
  IF NOT FOUND THEN
    INSERT INTO mk_absent (stserial) VALUES (st) ON CONFLICT DO NOTHING;
    RETURN json_build_object('status', 'NOTFOUND', 'mkserial', '', 'amount', 0);
  END IF;
  RETURN json_build_object('status',
           CASE o.status WHEN 'OK' THEN 'SUCCESS' ELSE 'REVERSED' END,
           'mkserial', o.mkserial, 'amount', o.amount);
END $$;
