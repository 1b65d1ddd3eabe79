-- fn/bank_money.sql - the bank channel's money (BK/1 §3, docs/BK1.md "Bank
-- business"), on the one state machine of fn/money.sql: a bank payment or
-- reversal is a transactions row (channel 'BANK'), moved by gf_tx_finish
-- and settled by ifsvc's settler like a terminal's.  Its key is
-- (bank, serial) in bank_keys (200_bank_keys.sql).  Defined here only.

-- The business date a bank signs in to (1001 settledate) and its
-- transactions are settled on: the station's, as for terminals.
CREATE OR REPLACE FUNCTION gf_bank_settledate() RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT to_char(current_date, 'YYYYMMDD')
$$;

-- A bank's day for p_date against its reversals and its day-end: a
-- reversal claim holds it shared, 9101 exclusively.
CREATE OR REPLACE FUNCTION gf_bank_day_lock(p_bankno text, p_date date, p_exclusive boolean)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_exclusive THEN
    PERFORM pg_advisory_xact_lock(hashtext('gf_bank_day:' || p_bankno), p_date - date '2000-01-01');
  ELSE
    PERFORM pg_advisory_xact_lock_shared(hashtext('gf_bank_day:' || p_bankno), p_date - date '2000-01-01');
  END IF;
END $$;

-- The claim of a bank's 2002 or 2003.  r_kind:
--   NEW      key claimed, transaction recorded PENDING: call the marketing system
--   REPEAT   the same request again: the stored state and answer
--   REUSED   the serial is this bank's for another request: 1004, nothing done
--   REFUSED  refused, r_code the BK/1 code (kept: its repeat hears it again):
--            2005 outside the window, 2002 original not found, 2001 reversal
--            not allowed
-- p_request is what identifies the request (its fields, joined by the
-- caller); a repeat must carry the same.
CREATE OR REPLACE FUNCTION gf_bank_claim(p_bankno text, p_serial text, p_org text,
    p_trcode integer, p_request text, p_custno text, p_amount bigint,
    p_branch text, p_teller text, p_medium text, p_origserial text)
RETURNS TABLE (r_kind text, r_code text, r_stserial text, r_date text, r_state text,
               r_answer_code text, r_answer_body text, r_answer_state text,
               r_receipt text, r_rspcode text, r_mkserial text,
               r_orig_stserial text, r_custno text, r_amount bigint)
LANGUAGE plpgsql AS $$
DECLARE
  k   record;
  t   record;
  o   record;
  v_st   text;
  v_date date;
  v_refusal text;
  v_cust text := p_custno;
  v_amt  bigint := p_amount;
  v_orig text;
  v_func text := CASE WHEN p_trcode = 2003 THEN 'REVERSAL' ELSE 'PAYMENT' END;
BEGIN
  SELECT * INTO k FROM bank_keys b WHERE b.bankno = p_bankno AND b.serial = p_serial;
  IF FOUND THEN
    IF k.trcode <> p_trcode OR k.request <> p_request THEN
      RETURN QUERY SELECT 'REUSED'::text, '1004'::text, NULL::text, NULL::text,
          NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text,
          NULL::text, NULL::text, NULL::text, NULL::bigint;
      RETURN;
    END IF;
    IF k.refused_code IS NOT NULL THEN
      RETURN QUERY SELECT 'REFUSED'::text, k.refused_code, NULL::text, NULL::text,
          NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text,
          NULL::text, NULL::text, NULL::text, NULL::bigint;
      RETURN;
    END IF;
    SELECT * INTO t FROM transactions x
     WHERE x.stserial = k.stserial AND x.settle_date = k.settle_date;
    RETURN QUERY SELECT 'REPEAT'::text, NULL::text, t.stserial,
        to_char(t.settle_date, 'YYYYMMDD'), t.state::text, k.answer_code,
        k.answer_body, k.answer_state, t.receipt_no, t.rspcode, t.mkt_serial,
        t.orig_stserial, t.customer_no, t.amount::bigint;
    RETURN;
  END IF;
  IF p_trcode = 2002 AND NOT gf_bank_window_open(p_org, localtimestamp) THEN
    v_refusal := '2005';
  ELSIF p_trcode = 2003 THEN
    -- Lock the original's key: two reversals of one original are decided
    -- one after the other.
    SELECT x.* INTO o FROM bank_keys b
      JOIN transactions x ON x.stserial = b.stserial AND x.settle_date = b.settle_date
     WHERE b.bankno = p_bankno AND b.serial = p_origserial
       FOR UPDATE OF b;
    IF NOT FOUND THEN
      v_refusal := '2002';
    ELSE
      PERFORM gf_recon_day_lock(o.settle_date, false);
      PERFORM gf_bank_day_lock(p_bankno, o.settle_date, false);
      IF o.func <> 'PAYMENT' OR o.state <> 'SUCCESS' OR o.reversed_by IS NOT NULL
         OR o.settle_date <> current_date
         OR o.bank_branch IS DISTINCT FROM p_branch
         OR EXISTS (SELECT 1 FROM bank_days d WHERE d.bankno = p_bankno
                      AND d.settle_date = o.settle_date)
         OR EXISTS (SELECT 1 FROM recon_runs r WHERE r.recon_date = o.settle_date
                      AND r.state IN ('RUNNING', 'DONE'))
         OR EXISTS (SELECT 1 FROM transactions r
                     WHERE r.settle_date = o.settle_date AND r.func = 'REVERSAL'
                       AND r.orig_stserial = o.stserial
                       AND r.state IN ('PENDING', 'UNKNOWN', 'SUCCESS')) THEN
        v_refusal := '2001';
      END IF;
      v_cust := o.customer_no;
      v_amt := o.amount;
      v_orig := o.stserial;
    END IF;
  END IF;
  IF v_refusal IS NOT NULL THEN
    INSERT INTO bank_keys (bankno, serial, trcode, request, settle_date, refused_code)
    VALUES (p_bankno, p_serial, p_trcode, p_request, current_date, v_refusal)
    ON CONFLICT (bankno, serial) DO NOTHING;
    IF NOT FOUND THEN	-- a concurrent first attempt: decide as a repeat
      RETURN QUERY SELECT * FROM gf_bank_claim(p_bankno, p_serial, p_org, p_trcode,
          p_request, p_custno, p_amount, p_branch, p_teller, p_medium, p_origserial);
      RETURN;
    END IF;
    RETURN QUERY SELECT 'REFUSED'::text, v_refusal, NULL::text, NULL::text,
        NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text,
        NULL::text, NULL::text, NULL::text, NULL::bigint;
    RETURN;
  END IF;
  v_st := gf_next_stserial(p_org);
  INSERT INTO bank_keys (bankno, serial, trcode, request, stserial, settle_date)
  VALUES (p_bankno, p_serial, p_trcode, p_request, v_st, current_date)
  ON CONFLICT (bankno, serial) DO NOTHING
  RETURNING settle_date INTO v_date;
  IF v_date IS NULL THEN
    RETURN QUERY SELECT * FROM gf_bank_claim(p_bankno, p_serial, p_org, p_trcode,
        p_request, p_custno, p_amount, p_branch, p_teller, p_medium, p_origserial);
    RETURN;
  END IF;
  INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial,
      operator_id, customer_no, func, trcode, amount, pay_mode, orig_stserial,
      channel, bankno, bank_branch, bank_teller, bank_medium)
  VALUES (v_st, v_date, 'BK' || p_bankno, p_serial, p_teller, v_cust, v_func,
      CASE WHEN p_trcode = 2003 THEN 1003 ELSE 1002 END, v_amt,
      CASE WHEN p_trcode = 2002 THEN 4 END, v_orig,
      'BANK', p_bankno, p_branch, p_teller, p_medium);
  RETURN QUERY SELECT 'NEW'::text, NULL::text, v_st, to_char(v_date, 'YYYYMMDD'),
      'PENDING'::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text,
      NULL::text, v_orig, v_cust, v_amt;
END $$;

-- The outcome of a bank's payment or reversal (gf_tx_finish) and, when the
-- row took that outcome, the BK/1 answer its repeat replays.  The state
-- returned is the row's: the settler may have decided first.  appsrv
-- records a payment the marketing system answered with the same rules in
-- one statement on the date's partition (appsrv/sql.c bank_ok,
-- bank_failed); this function takes reversals and unknown outcomes.
CREATE OR REPLACE FUNCTION gf_bank_finish(p_bankno text, p_serial text, p_outcome text,
    p_rspcode text, p_mkserial text, p_custname text, p_answer_code text,
    p_answer_body text)
RETURNS TABLE (r_state text, r_receipt text)
LANGUAGE plpgsql AS $$
DECLARE
  k  record;
  f  record;
BEGIN
  SELECT * INTO k FROM bank_keys b WHERE b.bankno = p_bankno AND b.serial = p_serial;
  IF NOT FOUND OR k.stserial IS NULL THEN
    RAISE EXCEPTION 'gf_bank_finish: no transaction for bank % serial %', p_bankno, p_serial;
  END IF;
  SELECT * INTO f FROM gf_tx_finish(k.stserial, k.settle_date, p_outcome, NULL,
      p_rspcode, p_mkserial, NULL, p_custname, NULL);
  IF f.r_state = (CASE WHEN p_outcome = 'LOST' THEN 'UNKNOWN' ELSE p_outcome END) THEN
    UPDATE bank_keys SET answer_code = p_answer_code, answer_body = p_answer_body,
           answer_state = f.r_state
     WHERE bankno = p_bankno AND serial = p_serial;
  END IF;
  RETURN QUERY SELECT f.r_state, f.r_receipt;
END $$;

-- 2006: what became of the bank's request p_serial.  SUCCESS (done, not
-- reversed), REVERSED (undone by the bank's own 2003), PENDING (not decided
-- yet: ask again), NOTFOUND (never done: unknown serial, refused, failed,
-- or a lost payment the station rolled back).
CREATE OR REPLACE FUNCTION gf_bank_status(p_bankno text, p_serial text)
RETURNS TABLE (r_status text, r_amount bigint)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  t record;
BEGIN
  SELECT x.* INTO t FROM bank_keys b
    JOIN transactions x ON x.stserial = b.stserial AND x.settle_date = b.settle_date
   WHERE b.bankno = p_bankno AND b.serial = p_serial;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'NOTFOUND'::text, 0::bigint;
    RETURN;
  END IF;
  RETURN QUERY SELECT CASE
      WHEN t.state IN ('PENDING', 'UNKNOWN') THEN 'PENDING'
      WHEN t.state = 'SUCCESS' THEN 'SUCCESS'
      WHEN t.state = 'REVERSED' AND EXISTS (SELECT 1 FROM transactions r
             WHERE r.stserial = t.reversed_by AND r.channel = 'BANK'
               AND r.term_serial NOT LIKE 'settle:%') THEN 'REVERSED'
      ELSE 'NOTFOUND' END,
    CASE WHEN t.state IN ('FAILED') THEN 0 ELSE t.amount::bigint END;
END $$;

-- 9101: the bank's totals of p_date against the station's (its bank
-- payments of that settle date that stand); the first one closes the
-- bank's day: its reversals are refused from then on.
CREATE OR REPLACE FUNCTION gf_bank_dayend(p_bankno text, p_date date, p_count integer,
    p_total bigint)
RETURNS TABLE (r_result text, r_count integer, r_total bigint)
LANGUAGE plpgsql AS $$
DECLARE
  v_count integer;
  v_total bigint;
  v_result text;
BEGIN
  PERFORM gf_bank_day_lock(p_bankno, p_date, true);
  SELECT count(*)::integer, COALESCE(sum(amount), 0)::bigint INTO v_count, v_total
    FROM transactions
   WHERE settle_date = p_date AND bankno = p_bankno AND channel = 'BANK'
     AND func = 'PAYMENT' AND state = 'SUCCESS';
  v_result := CASE WHEN v_count = p_count AND v_total = p_total THEN 'MATCH'
                   ELSE 'MISMATCH' END;
  INSERT INTO bank_days (bankno, settle_date, bank_count, bank_total, count, total, result)
  VALUES (p_bankno, p_date, p_count, p_total, v_count, v_total, v_result)
  ON CONFLICT (bankno, settle_date) DO UPDATE SET bank_count = EXCLUDED.bank_count,
      bank_total = EXCLUDED.bank_total, count = EXCLUDED.count,
      total = EXCLUDED.total, result = EXCLUDED.result, updated_at = now();
  RETURN QUERY SELECT v_result, v_count, v_total;
END $$;
