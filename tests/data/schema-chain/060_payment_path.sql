-- 060_payment_path.sql - the money-moving hot path made cheaper, same
-- meaning, same results (bench/appsrv, pgbench on payment.sql).
--
-- 1. tx_keys.receipt_no went: it was written on every success (a non-HOT
--    update of tx_keys, three index entries) and read by nothing.  A
--    receipt number's uniqueness across the partitions of `transactions`
--    is the primary key of `receipts`, which every receipt gets in the same
--    transaction.
-- 2. transactions_key (terminal_id, term_serial) went: a key is found
--    through tx_keys (its primary key), never through this index, and each
--    insert and each outcome update of `transactions` paid for it.
-- 3. gf_money_begin is one PL/pgSQL body instead of two nested calls
--    (gf_req_begin + gf_tx_claim, each a set-returning SPI query); the
--    reversal branch still calls gf_tx_claim, whose rules are unchanged.

ALTER TABLE tx_keys DROP COLUMN receipt_no;
DROP INDEX transactions_key;

CREATE OR REPLACE FUNCTION gf_tx_finish(p_stserial text, p_settle_date date, p_outcome text,
    p_tp_status integer, p_rspcode text, p_mkt_serial text, p_response bytea,
    p_customer_name text, p_items bytea)
RETURNS TABLE (r_state text, r_receipt text)
LANGUAGE plpgsql AS $$
DECLARE
  t record;
  v_receipt text;
  v_state text;
BEGIN
  IF p_outcome = 'SUCCESS' THEN
    v_receipt := 'R' || p_stserial;
    UPDATE transactions x SET state = 'SUCCESS', tp_status = p_tp_status,
           rspcode = p_rspcode, mkt_serial = p_mkt_serial, receipt_no = v_receipt,
           response = p_response, updated_at = now()
     WHERE x.stserial = p_stserial AND x.settle_date = p_settle_date
       AND x.state = 'PENDING'
    RETURNING x.terminal_id, x.operator_id, x.customer_no, x.amount, x.func,
              x.orig_stserial INTO t;
    IF FOUND THEN
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
    END IF;
  ELSIF p_outcome = 'FAILED' THEN
    UPDATE transactions x SET state = 'FAILED', tp_status = p_tp_status,
           rspcode = p_rspcode, response = p_response, updated_at = now()
     WHERE x.stserial = p_stserial AND x.settle_date = p_settle_date
       AND x.state = 'PENDING';
    IF FOUND THEN
      RETURN QUERY SELECT 'FAILED'::text, NULL::text;
      RETURN;
    END IF;
  ELSIF p_outcome IN ('UNKNOWN', 'LOST') THEN
    UPDATE transactions x SET tp_status = p_tp_status, response = p_response,
           state = CASE WHEN x.state = 'PENDING' THEN 'UNKNOWN' ELSE x.state END,
           unknown_since = COALESCE(x.unknown_since, now()),
           next_settle_at = COALESCE(x.next_settle_at, now()),
           updated_at = now()
     WHERE x.stserial = p_stserial AND x.settle_date = p_settle_date
    RETURNING x.state INTO v_state;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'gf_tx_finish: no transaction %', p_stserial;
    END IF;
    RETURN QUERY SELECT v_state, NULL::text;
    RETURN;
  END IF;
  -- Not PENDING any more (the settler decided first: the terminal is told
  -- HOST_TIMEOUT), or an outcome this function does not know.
  SELECT x.state INTO v_state FROM transactions x
   WHERE x.stserial = p_stserial AND x.settle_date = p_settle_date;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'gf_tx_finish: no transaction %', p_stserial;
  END IF;
  RETURN QUERY SELECT v_state, NULL::text;
END $$;

-- gf_money_begin (010_appsrv.sql): the seq check and session of
-- gf_req_begin, then the claim of gf_tx_claim, written out in one body for
-- the usual case (a new PAYMENT, PREPAY or CARD_RECHARGE key).  A repeat
-- and a reversal are answered as before.
CREATE OR REPLACE FUNCTION gf_money_begin(p_terminal text, p_seq bigint, p_token bytea,
    p_roles text[], p_term_serial text, p_org text, p_customer text,
    p_func text, p_trcode smallint, p_amount bigint, p_pay_mode smallint,
    p_meter text, p_orig_term_serial text)
RETURNS TABLE (r_seq_ok boolean, r_last_seq bigint, r_operator text,
               r_role text, r_name text, r_settle_date text, r_locked boolean,
               r_kind text, r_stserial text, r_tx_date text, r_state text,
               r_tp_status integer, r_response bytea, r_orig_stserial text,
               r_customer text, r_amount bigint)
LANGUAGE plpgsql AS $$
DECLARE
  v_last bigint;
  v_op   text;
  v_role text;
  v_name text;
  v_sd   date;
  v_lock boolean;
  v_st   text;
  v_date date;
  c      record;
BEGIN
  -- TP1 §4 step 7: the durable freshness check.
  UPDATE terminals t SET last_seq = p_seq, last_seen = now()
   WHERE t.id = p_terminal AND t.last_seq < p_seq
  RETURNING t.last_seq INTO v_last;
  IF NOT FOUND THEN
    SELECT t.last_seq INTO v_last FROM terminals t WHERE t.id = p_terminal;
    RETURN QUERY SELECT CASE WHEN v_last IS NULL THEN NULL ELSE false END,
        COALESCE(v_last, 0), NULL::text, NULL::text, NULL::text, NULL::text,
        NULL::boolean, NULL::text, NULL::text, NULL::text, NULL::text,
        NULL::integer, NULL::bytea, NULL::text, NULL::text, NULL::bigint;
    RETURN;
  END IF;
  -- The session of the token.
  SELECT s.operator_id, o.role, o.name, s.settle_date, o.locked
    INTO v_op, v_role, v_name, v_sd, v_lock
    FROM sessions s JOIN operators o ON o.id = s.operator_id
   WHERE p_token IS NOT NULL AND s.token_hash = p_token
     AND s.terminal_id = p_terminal AND s.ended_at IS NULL
     AND s.expires_at > now() AND s.settle_date = current_date;
  IF NOT FOUND OR v_lock OR NOT (v_role = ANY (p_roles)) THEN
    RETURN QUERY SELECT true, v_last, v_op, v_role, v_name,
        to_char(v_sd, 'YYYYMMDD'), v_lock, NULL::text, NULL::text,
        NULL::text, NULL::text, NULL::integer, NULL::bytea, NULL::text,
        NULL::text, NULL::bigint;
    RETURN;
  END IF;
  IF p_func <> 'REVERSAL' AND NOT EXISTS (SELECT 1 FROM tx_keys k
       WHERE k.terminal_id = p_terminal AND k.term_serial = p_term_serial) THEN
    -- A new key: claimed and recorded PENDING.  A conflict (a concurrent
    -- first attempt that committed while we waited) and a repeat go on to
    -- gf_tx_claim, which reads the stored outcome.
    INSERT INTO tx_keys (terminal_id, term_serial, stserial, settle_date)
    VALUES (p_terminal, p_term_serial, gf_next_stserial(p_org), current_date)
    ON CONFLICT DO NOTHING
    RETURNING stserial, settle_date INTO v_st, v_date;
    IF v_st IS NOT NULL THEN
      INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial,
          operator_id, customer_no, func, trcode, amount, pay_mode, meter_no,
          orig_stserial)
      VALUES (v_st, v_date, p_terminal, p_term_serial, v_op, p_customer,
          p_func, p_trcode, p_amount, p_pay_mode, p_meter, NULL);
      RETURN QUERY SELECT true, v_last, v_op, v_role, v_name,
          to_char(v_sd, 'YYYYMMDD'), v_lock, 'NEW'::text, v_st,
          to_char(v_date, 'YYYYMMDD'), 'PENDING'::text, NULL::integer,
          NULL::bytea, NULL::text, p_customer, p_amount;
      RETURN;
    END IF;
  END IF;
  SELECT * INTO c FROM gf_tx_claim(p_terminal, p_term_serial, p_org,
      v_op, p_customer, p_func, p_trcode, p_amount, p_pay_mode,
      p_meter, p_orig_term_serial) y;
  RETURN QUERY SELECT true, v_last, v_op, v_role, v_name,
      to_char(v_sd, 'YYYYMMDD'), v_lock, c.r_kind, c.r_stserial,
      c.r_settle_date, c.r_state, c.r_tp_status, c.r_response,
      c.r_orig_stserial, c.r_customer, c.r_amount;
END $$;
