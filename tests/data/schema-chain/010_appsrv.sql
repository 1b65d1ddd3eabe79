-- 010_appsrv.sql - appsrv's server-side functions.
--
-- Each step of a request that must be atomic is one function, so that appsrv
-- makes one round trip (one implicit transaction, one commit) per step and
-- never holds a transaction open across a call to the marketing system.

-- TP1 §4 step 7 (durable freshness check) and the session of the token, in
-- one round trip.  r_seq_ok is NULL for a terminal that is not registered.
CREATE FUNCTION gf_req_begin(p_terminal text, p_seq bigint, p_token bytea)
RETURNS TABLE (r_seq_ok boolean, r_last_seq bigint, r_operator text,
               r_role text, r_name text, r_settle_date text, r_locked boolean)
LANGUAGE plpgsql AS $$
DECLARE v_last bigint;
BEGIN
  UPDATE terminals t SET last_seq = p_seq, last_seen = now()
   WHERE t.id = p_terminal AND t.last_seq < p_seq
  RETURNING t.last_seq INTO v_last;
  IF NOT FOUND THEN
    SELECT t.last_seq INTO v_last FROM terminals t WHERE t.id = p_terminal;
    RETURN QUERY SELECT CASE WHEN v_last IS NULL THEN NULL ELSE false END,
                        COALESCE(v_last, 0), NULL::text, NULL::text, NULL::text,
                        NULL::text, NULL::boolean;
    RETURN;
  END IF;
  RETURN QUERY
    SELECT true, v_last, s.operator_id, o.role, o.name,
           to_char(s.settle_date, 'YYYYMMDD'), o.locked
      FROM sessions s JOIN operators o ON o.id = s.operator_id
     WHERE p_token IS NOT NULL AND s.token_hash = p_token
       AND s.terminal_id = p_terminal AND s.ended_at IS NULL
       AND s.expires_at > now() AND s.settle_date = current_date;
  IF NOT FOUND THEN
    RETURN QUERY SELECT true, v_last, NULL::text, NULL::text, NULL::text,
                        NULL::text, NULL::boolean;
  END IF;
END $$;

-- The money-moving claim (DESIGN "money-moving flow" step 2, and the local
-- reversal rules of TP1 §5.2 / DESIGN step 5).  r_kind:
--   NEW          key claimed, transaction recorded PENDING: call ifsvc
--   REPEAT       the key existed: r_state / r_tp_status / r_response are the
--                stored outcome (never call ifsvc again)
--   NOT_FOUND    reversal: no original (terminal, orig_term_serial)
--   NOT_ALLOWED  reversal: the original may not be reversed
CREATE FUNCTION gf_tx_claim(p_terminal text, p_term_serial text, p_org text,
    p_operator text, p_customer text, p_func text, p_trcode smallint,
    p_amount bigint, p_pay_mode smallint, p_meter text, p_orig_term_serial text)
RETURNS TABLE (r_kind text, r_stserial text, r_settle_date text, r_state text,
               r_tp_status integer, r_response bytea, r_orig_stserial text,
               r_customer text, r_amount bigint)
LANGUAGE plpgsql AS $$
DECLARE
  v_st   text;
  v_date date;
  o      record;
  v_orig text;
  v_cust text := p_customer;
  v_amt  bigint := p_amount;
BEGIN
  SELECT k.stserial, k.settle_date INTO v_st, v_date FROM tx_keys k
   WHERE k.terminal_id = p_terminal AND k.term_serial = p_term_serial;
  IF NOT FOUND AND p_func = 'REVERSAL' THEN
    -- Lock the original's key so that two reversals of one original
    -- (different term_serials) are decided one after the other.
    SELECT k.stserial, k.settle_date INTO v_orig, v_date FROM tx_keys k
     WHERE k.terminal_id = p_terminal AND k.term_serial = p_orig_term_serial
       FOR UPDATE;
    IF NOT FOUND THEN
      RETURN QUERY SELECT 'NOT_FOUND'::text, NULL::text, NULL::text, NULL::text,
                          NULL::integer, NULL::bytea, NULL::text, NULL::text, NULL::bigint;
      RETURN;
    END IF;
    SELECT * INTO o FROM transactions t
     WHERE t.stserial = v_orig AND t.settle_date = v_date;
    IF NOT FOUND THEN
      RETURN QUERY SELECT 'NOT_FOUND'::text, NULL::text, NULL::text, NULL::text,
                          NULL::integer, NULL::bytea, NULL::text, NULL::text, NULL::bigint;
      RETURN;
    END IF;
    IF o.func NOT IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE') OR o.state <> 'SUCCESS'
       OR o.reversed_by IS NOT NULL OR o.settle_date <> current_date
       OR o.operator_id <> p_operator
       OR EXISTS (SELECT 1 FROM recon_runs r
                   WHERE r.recon_date = o.settle_date AND r.state = 'DONE')
       OR EXISTS (SELECT 1 FROM transactions r
                   WHERE r.settle_date = o.settle_date AND r.func = 'REVERSAL'
                     AND r.orig_stserial = o.stserial
                     AND r.state IN ('PENDING', 'UNKNOWN', 'SUCCESS')) THEN
      RETURN QUERY SELECT 'NOT_ALLOWED'::text, NULL::text, NULL::text, NULL::text,
                          NULL::integer, NULL::bytea, o.stserial, NULL::text, NULL::bigint;
      RETURN;
    END IF;
    v_orig := o.stserial;
    v_cust := o.customer_no;
    v_amt := o.amount;
  END IF;
  IF v_st IS NULL THEN
    INSERT INTO tx_keys (terminal_id, term_serial, stserial, settle_date)
    VALUES (p_terminal, p_term_serial, gf_next_stserial(p_org), current_date)
    ON CONFLICT DO NOTHING
    RETURNING stserial, settle_date INTO v_st, v_date;
    IF v_st IS NOT NULL THEN
      INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial,
          operator_id, customer_no, func, trcode, amount, pay_mode, meter_no,
          orig_stserial)
      VALUES (v_st, v_date, p_terminal, p_term_serial, p_operator, v_cust,
          p_func, p_trcode, v_amt, p_pay_mode, p_meter, v_orig);
      RETURN QUERY SELECT 'NEW'::text, v_st, to_char(v_date, 'YYYYMMDD'),
                          'PENDING'::text, NULL::integer, NULL::bytea, v_orig,
                          v_cust, v_amt;
      RETURN;
    END IF;
    -- A concurrent first attempt committed the key while we waited.
    SELECT k.stserial, k.settle_date INTO v_st, v_date FROM tx_keys k
     WHERE k.terminal_id = p_terminal AND k.term_serial = p_term_serial;
  END IF;
  RETURN QUERY SELECT 'REPEAT'::text, t.stserial, to_char(t.settle_date, 'YYYYMMDD'),
                      t.state, t.tp_status, t.response, t.orig_stserial,
                      t.customer_no, t.amount
                 FROM transactions t
                WHERE t.stserial = v_st AND t.settle_date = v_date;
END $$;

-- Record the outcome of a money-moving call (DESIGN step 3), before the
-- answer goes out.  p_outcome:
--   SUCCESS  the marketing system answered 0000/2001
--   FAILED   any other answer, or not sent (UNAVAILABLE)
--   UNKNOWN  ifsvc reported the outcome unknown (it has set the state)
--   LOST     appsrv lost ifsvc during the call: nobody may have recorded the
--            doubt, so appsrv marks the row UNKNOWN for the settler
-- Only a PENDING row changes state: the settler may have got there first.
CREATE FUNCTION gf_tx_finish(p_stserial text, p_settle_date date, p_outcome text,
    p_tp_status integer, p_rspcode text, p_mkt_serial text, p_response bytea,
    p_customer_name text, p_items bytea)
RETURNS TABLE (r_state text, r_receipt text)
LANGUAGE plpgsql AS $$
DECLARE
  t record;
  v_receipt text;
BEGIN
  SELECT * INTO t FROM transactions x
   WHERE x.stserial = p_stserial AND x.settle_date = p_settle_date FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'gf_tx_finish: no transaction %', p_stserial;
  END IF;
  IF p_outcome = 'SUCCESS' AND t.state = 'PENDING' THEN
    v_receipt := 'R' || p_stserial;
    UPDATE transactions x SET state = 'SUCCESS', tp_status = p_tp_status,
           rspcode = p_rspcode, mkt_serial = p_mkt_serial, receipt_no = v_receipt,
           response = p_response, updated_at = now()
     WHERE x.stserial = p_stserial AND x.settle_date = p_settle_date;
    UPDATE tx_keys k SET receipt_no = v_receipt WHERE k.stserial = p_stserial;
    INSERT INTO receipts (receipt_no, stserial, settle_date, terminal_id,
        operator_id, customer_no, customer_name, amount, items)
    VALUES (v_receipt, p_stserial, p_settle_date, t.terminal_id, t.operator_id,
        t.customer_no, COALESCE(p_customer_name, ''), t.amount, p_items);
    IF t.func = 'REVERSAL' THEN
      UPDATE transactions x SET state = 'REVERSED', reversed_by = p_stserial,
             updated_at = now()
       WHERE x.stserial = t.orig_stserial AND x.state = 'SUCCESS';
    END IF;
    RETURN QUERY SELECT 'SUCCESS'::text, v_receipt;
    RETURN;
  ELSIF p_outcome = 'FAILED' AND t.state = 'PENDING' THEN
    UPDATE transactions x SET state = 'FAILED', tp_status = p_tp_status,
           rspcode = p_rspcode, response = p_response, updated_at = now()
     WHERE x.stserial = p_stserial AND x.settle_date = p_settle_date;
    RETURN QUERY SELECT 'FAILED'::text, NULL::text;
    RETURN;
  ELSIF p_outcome IN ('UNKNOWN', 'LOST') THEN
    UPDATE transactions x SET tp_status = p_tp_status, response = p_response,
           state = CASE WHEN x.state = 'PENDING' THEN 'UNKNOWN' ELSE x.state END,
           unknown_since = COALESCE(x.unknown_since, now()),
           next_settle_at = COALESCE(x.next_settle_at, now()),
           updated_at = now()
     WHERE x.stserial = p_stserial AND x.settle_date = p_settle_date;
    RETURN QUERY SELECT x.state, NULL::text FROM transactions x
     WHERE x.stserial = p_stserial AND x.settle_date = p_settle_date;
    RETURN;
  END IF;
  -- The settler decided first: the terminal is told HOST_TIMEOUT.
  RETURN QUERY SELECT t.state, NULL::text;
END $$;

-- The money-moving hot path in one round trip and one commit: the seq
-- check and session of gf_req_begin, then, only if the session may use the
-- function (p_roles), the claim of gf_tx_claim.  appsrv uses it when the
-- request already passed its local checks; the statuses come out in the
-- order of TP1 §4 all the same (appsrv judges the columns in that order).
CREATE FUNCTION gf_money_begin(p_terminal text, p_seq bigint, p_token bytea,
    p_roles text[], p_term_serial text, p_org text, p_customer text,
    p_func text, p_trcode smallint, p_amount bigint, p_pay_mode smallint,
    p_meter text, p_orig_term_serial text)
RETURNS TABLE (r_seq_ok boolean, r_last_seq bigint, r_operator text,
               r_role text, r_name text, r_settle_date text, r_locked boolean,
               r_kind text, r_stserial text, r_tx_date text, r_state text,
               r_tp_status integer, r_response bytea, r_orig_stserial text,
               r_customer text, r_amount bigint)
LANGUAGE plpgsql AS $$
DECLARE b record; c record;
BEGIN
  SELECT * INTO b FROM gf_req_begin(p_terminal, p_seq, p_token) x;
  IF b.r_seq_ok IS NOT TRUE OR b.r_operator IS NULL OR b.r_locked
     OR NOT (b.r_role = ANY (p_roles)) THEN
    RETURN QUERY SELECT b.r_seq_ok, b.r_last_seq, b.r_operator, b.r_role,
        b.r_name, b.r_settle_date, b.r_locked, NULL::text, NULL::text,
        NULL::text, NULL::text, NULL::integer, NULL::bytea, NULL::text,
        NULL::text, NULL::bigint;
    RETURN;
  END IF;
  SELECT * INTO c FROM gf_tx_claim(p_terminal, p_term_serial, p_org,
      b.r_operator, p_customer, p_func, p_trcode, p_amount, p_pay_mode,
      p_meter, p_orig_term_serial) y;
  RETURN QUERY SELECT b.r_seq_ok, b.r_last_seq, b.r_operator, b.r_role,
      b.r_name, b.r_settle_date, b.r_locked, c.r_kind, c.r_stserial,
      c.r_settle_date, c.r_state, c.r_tp_status, c.r_response,
      c.r_orig_stserial, c.r_customer, c.r_amount;
END $$;
