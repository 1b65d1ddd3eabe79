-- fn/money.sql - the money state machine of the database, in one place
-- (docs/MONEY.md; its C side is common/money.h).  Every function that
-- claims a money-moving request or moves it from one state to another is
-- defined here, whole, and only here: `gfctl migrate` re-applies this file
-- whenever it changes (after the numbered migrations; the bodies of the same
-- functions in 010/040/060/070 are history).  A trigger refuses any UPDATE of
-- a transaction's state outside the legal transitions, whoever writes it:
-- appsrv, ifsvc's settler, the reconciliation, a person with psql.
-- Everything here is idempotent (CREATE OR REPLACE, DROP ... IF EXISTS).

-- Station serials: org code + a 20-digit counter (MI1 §2 revised: the
-- counter is never cut and never wraps; at most 8 + 20 = 28 characters).
-- The old form (org + date + 9 digits, cut at 10^9) is 21 characters for a
-- 4-character org, so old and new serials can never be equal.
CREATE OR REPLACE FUNCTION gf_next_stserial(org text) RETURNS text
LANGUAGE sql AS $$
  SELECT org || lpad(nextval('stserial_seq')::text, 20, '0')
$$;

-- The legal transitions of transactions.state (common/money.h):
--   PENDING -> SUCCESS | FAILED | UNKNOWN
--   UNKNOWN -> FAILED | REVERSED        (a payment settled: not done)
--   UNKNOWN -> SUCCESS | FAILED         (a reversal rolled forward)
--   SUCCESS -> REVERSED                 (a payment, by its reversal)
CREATE OR REPLACE FUNCTION gf_tx_transition_ok(p_func text, p_from text, p_to text)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT p_from = p_to
      OR (p_from = 'PENDING' AND p_to IN ('SUCCESS', 'FAILED', 'UNKNOWN'))
      OR (p_from = 'UNKNOWN' AND p_to = 'FAILED')
      OR (p_from = 'UNKNOWN' AND p_func <> 'REVERSAL' AND p_to = 'REVERSED')
      OR (p_from = 'UNKNOWN' AND p_func = 'REVERSAL' AND p_to = 'SUCCESS')
      OR (p_from = 'SUCCESS' AND p_func <> 'REVERSAL' AND p_to = 'REVERSED')
$$;

CREATE OR REPLACE FUNCTION gf_tx_illegal_transition() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'illegal money transition % -> % of % stserial %',
    OLD.state, NEW.state, OLD.func, OLD.stserial
    USING ERRCODE = 'GF001';
END $$;

-- The WHEN clause is evaluated without entering PL/pgSQL: a legal update
-- costs one inlined expression.
DROP TRIGGER IF EXISTS transactions_transition ON transactions;
CREATE TRIGGER transactions_transition BEFORE UPDATE OF state ON transactions
  FOR EACH ROW WHEN (NOT gf_tx_transition_ok(OLD.func, OLD.state, NEW.state))
  EXECUTE FUNCTION gf_tx_illegal_transition();

-- The lock of a day's reversals against the start of its reconciliation
-- (TP1 §5.2): a reversal claim holds it shared until it commits, the start
-- of a reconciliation run exclusively while it records RUNNING.
CREATE OR REPLACE FUNCTION gf_recon_day_lock(p_date date, p_exclusive boolean)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_exclusive THEN
    PERFORM pg_advisory_xact_lock(hashtext('gf_recon_day'), p_date - date '2000-01-01');
  ELSE
    PERFORM pg_advisory_xact_lock_shared(hashtext('gf_recon_day'), p_date - date '2000-01-01');
  END IF;
END $$;

-- The claim of a money-moving request (DESIGN "money-moving flow" step 2).
-- r_kind:
--   NEW          key claimed, transaction recorded PENDING: call ifsvc
--   REPEAT       the same request again: r_state / r_tp_status / r_response
--                are the stored outcome (never call ifsvc again)
--   REUSED       the term_serial is this terminal's for another request
--                (function, customer, amount or original differ):
--                SERIAL_REUSED, nothing done
--   NOT_FOUND    reversal: no original (terminal, orig_term_serial)
--   NOT_ALLOWED  reversal: the original may not be reversed (TP1 §5.2; a
--                reconciliation of its day that started, RUNNING or DONE,
--                forbids it)
CREATE OR REPLACE FUNCTION gf_tx_claim(p_terminal text, p_term_serial text, p_org text,
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
  t      record;
  kr     record;
  v_orig text;
  v_cust text := p_customer;
  v_amt  bigint := p_amount;
  v_refusal text;
BEGIN
  SELECT k0.stserial, k0.settle_date, k0.refused_status, k0.refused_func,
         k0.refused_orig INTO kr FROM tx_keys k0
   WHERE k0.terminal_id = p_terminal AND k0.term_serial = p_term_serial;
  IF FOUND AND kr.refused_status IS NOT NULL THEN
    -- Refused before (080_refused_keys.sql): the same refusal, or
    -- SERIAL_REUSED for another request.
    IF kr.refused_func = p_func AND kr.refused_orig IS NOT DISTINCT FROM p_orig_term_serial THEN
      RETURN QUERY SELECT 'REPEAT'::text, kr.stserial, to_char(kr.settle_date, 'YYYYMMDD'),
                          'FAILED'::text, kr.refused_status, NULL::bytea, NULL::text,
                          NULL::text, NULL::bigint;
    ELSE
      RETURN QUERY SELECT 'REUSED'::text, NULL::text, NULL::text, NULL::text,
                          NULL::integer, NULL::bytea, NULL::text, NULL::text, NULL::bigint;
    END IF;
    RETURN;
  END IF;
  v_st := kr.stserial;
  v_date := kr.settle_date;
  IF v_st IS NULL AND p_func = 'REVERSAL' THEN
    -- Lock the original's key so that two reversals of one original
    -- (different term_serials) are decided one after the other.
    SELECT k.stserial, k.settle_date INTO v_orig, v_date FROM tx_keys k
     WHERE k.terminal_id = p_terminal AND k.term_serial = p_orig_term_serial
       FOR UPDATE;
    IF FOUND THEN
      SELECT * INTO o FROM transactions x
       WHERE x.stserial = v_orig AND x.settle_date = v_date;
    END IF;
    IF NOT FOUND THEN
      v_refusal := 'NOT_FOUND';
      v_orig := NULL;
    ELSE
      PERFORM gf_recon_day_lock(o.settle_date, false);
      IF o.func NOT IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE') OR o.state <> 'SUCCESS'
         OR o.reversed_by IS NOT NULL OR o.settle_date <> current_date
         OR o.operator_id <> p_operator
         OR EXISTS (SELECT 1 FROM recon_runs r
                     WHERE r.recon_date = o.settle_date AND r.source = 'MI1'
                       AND r.state IN ('RUNNING', 'DONE'))
         OR EXISTS (SELECT 1 FROM transactions r
                     WHERE r.settle_date = o.settle_date AND r.func = 'REVERSAL'
                       AND r.orig_stserial = o.stserial
                       AND r.state IN ('PENDING', 'UNKNOWN', 'SUCCESS')) THEN
        v_refusal := 'NOT_ALLOWED';
      END IF;
    END IF;
    IF v_refusal IS NOT NULL THEN
      -- Keep the key: its repeat hears this refusal again (TP1 §6 codes:
      -- 0x0205 ORIGINAL_NOT_FOUND = 517, 0x0204 REVERSAL_NOT_ALLOWED = 516).
      INSERT INTO tx_keys (terminal_id, term_serial, stserial, settle_date,
          refused_status, refused_func, refused_orig)
      VALUES (p_terminal, p_term_serial, gf_next_stserial(p_org), current_date,
          CASE v_refusal WHEN 'NOT_FOUND' THEN 517 ELSE 516 END, p_func,
          p_orig_term_serial)
      ON CONFLICT (terminal_id, term_serial) DO NOTHING;
      IF NOT FOUND THEN
        -- A concurrent first attempt of this very request committed its
        -- key while we waited for the original's lock (its own PENDING
        -- reversal is what made this one look not allowed): decide as a
        -- repeat of it, never answer a refusal it will contradict.
        RETURN QUERY SELECT * FROM gf_tx_claim(p_terminal, p_term_serial, p_org,
            p_operator, p_customer, p_func, p_trcode, p_amount, p_pay_mode,
            p_meter, p_orig_term_serial);
        RETURN;
      END IF;
      RETURN QUERY SELECT v_refusal, NULL::text, NULL::text, NULL::text,
                          NULL::integer, NULL::bytea, v_orig, NULL::text,
                          NULL::bigint;
      RETURN;
    END IF;
    v_orig := o.stserial;
    v_cust := o.customer_no;
    v_amt := o.amount;
  END IF;
  IF v_st IS NULL THEN
    INSERT INTO tx_keys (terminal_id, term_serial, stserial, settle_date)
    VALUES (p_terminal, p_term_serial, gf_next_stserial(p_org), current_date)
    ON CONFLICT (terminal_id, term_serial) DO NOTHING
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
    -- A concurrent first attempt committed the key while we waited: the
    -- claim again finds it (a repeat, or a refusal kept).
    RETURN QUERY SELECT * FROM gf_tx_claim(p_terminal, p_term_serial, p_org,
        p_operator, p_customer, p_func, p_trcode, p_amount, p_pay_mode,
        p_meter, p_orig_term_serial);
    RETURN;
  END IF;
  SELECT * INTO t FROM transactions x
   WHERE x.stserial = v_st AND x.settle_date = v_date;
  -- TP1 §4: a repeat must be the same request.
  IF t.func::text <> p_func
     OR (p_func <> 'REVERSAL' AND (t.customer_no <> p_customer
                                   OR t.amount <> p_amount))
     OR (p_func = 'REVERSAL' AND t.orig_stserial IS DISTINCT FROM
         (SELECT k.stserial FROM tx_keys k WHERE k.terminal_id = p_terminal
             AND k.term_serial = p_orig_term_serial)) THEN
    RETURN QUERY SELECT 'REUSED'::text, NULL::text, NULL::text, NULL::text,
                        NULL::integer, NULL::bytea, NULL::text, NULL::text, NULL::bigint;
    RETURN;
  END IF;
  RETURN QUERY SELECT 'REPEAT'::text, t.stserial, to_char(t.settle_date, 'YYYYMMDD'),
                      t.state::text, t.tp_status, t.response, t.orig_stserial,
                      t.customer_no, t.amount::bigint;
END $$;

-- Record the outcome of a money-moving call (DESIGN step 3), before the
-- answer goes out.  Only a PENDING row changes state here (the settler may
-- have decided first); the state returned is the row's, which is what the
-- terminal must be told (common/money.h money_state_status).
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
    -- Only a row still undecided takes the unknown answer: one the settler
    -- already decided (while this appsrv was stopped past its deadline,
    -- say) keeps the answer its repeats replay.  Overwriting it made every
    -- repeat of a completed reversal hear IN_DOUBT for good (t_money_sim
    -- seed 266311; t_money_late_unknown).
    UPDATE transactions x SET tp_status = p_tp_status, response = p_response,
           state = 'UNKNOWN',
           unknown_since = COALESCE(x.unknown_since, now()),
           next_settle_at = COALESCE(x.next_settle_at, now()),
           updated_at = now()
     WHERE x.stserial = p_stserial AND x.settle_date = p_settle_date
       AND x.state IN ('PENDING', 'UNKNOWN')
    RETURNING x.state INTO v_state;
    IF FOUND THEN
      RETURN QUERY SELECT v_state, NULL::text;
      RETURN;
    END IF;
  END IF;
  -- Not PENDING any more (the settler decided first: the terminal is told
  -- HOST_TIMEOUT or IN_DOUBT, its repeats the stored answer), or an outcome
  -- this function does not know.
  SELECT x.state INTO v_state FROM transactions x
   WHERE x.stserial = p_stserial AND x.settle_date = p_settle_date;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'gf_tx_finish: no transaction %', p_stserial;
  END IF;
  RETURN QUERY SELECT v_state, NULL::text;
END $$;

-- The money-moving hot path in one round trip: the seq check (TP1 §4 step
-- 7), the session, and for a new key of a PAYMENT, PREPAY or
-- CARD_RECHARGE the claim; a repeat and a reversal go on to gf_tx_claim.
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
    ON CONFLICT (terminal_id, term_serial) DO NOTHING
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

-- ---- ifsvc's writes (appsrv_link.c, settler.c) ----

-- MONEY.md transition 3: a money-moving call sent and not answered (or
-- answered 9999) becomes UNKNOWN -- UNDOING for a payment, IN_DOUBT for a
-- reversal -- with the status its terminal is told (a bank's request is
-- keyed in bank_keys, 200_bank_keys.sql).  Only a PENDING row:
-- appsrv or the settler may have decided first.
CREATE OR REPLACE FUNCTION gf_tx_unknown(p_stserial text, p_tp_status integer)
RETURNS integer LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  n integer;
BEGIN
  WITH u AS (
    UPDATE transactions SET state = 'UNKNOWN', tp_status = p_tp_status,
           unknown_since = now(), next_settle_at = now(), updated_at = now()
     WHERE stserial = p_stserial AND state = 'PENDING'
       AND settle_date = COALESCE(
             (SELECT settle_date FROM tx_keys WHERE stserial = p_stserial),
             (SELECT settle_date FROM bank_keys WHERE stserial = p_stserial))
    RETURNING 1)
  SELECT count(*)::integer FROM u
    INTO n;
  RETURN n;
END $$;

-- A PENDING row older than p_stale_s (an appsrv or ifsvc crash mid-call)
-- is adopted by the settler as UNKNOWN; nothing sends it any more
-- (MONEY.md transition 1: ifsvc never sends a claim past its not_after).
CREATE OR REPLACE FUNCTION gf_tx_adopt_stale(p_stale_s integer,
    p_payment_status integer, p_reversal_status integer)
RETURNS integer LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  n integer;
BEGIN
  WITH u AS (
    UPDATE transactions SET state = 'UNKNOWN',
           tp_status = COALESCE(tp_status, CASE WHEN func = 'REVERSAL'
                       THEN p_reversal_status ELSE p_payment_status END),
           unknown_since = now(), next_settle_at = now(), updated_at = now()
     WHERE state = 'PENDING'
       AND created_at < now() - make_interval(secs => p_stale_s)
    RETURNING 1)
  SELECT count(*)::integer FROM u
    INTO n;
  RETURN n;
END $$;

-- MONEY.md transition 4: a payment settled NOT_DONE -- FAILED (never
-- posted) or REVERSED (the station's own 1003 p_rev confirmed, recorded as
-- a reversal of its own, of the payment's channel and bank).  The settle row changes with it.
CREATE OR REPLACE FUNCTION gf_tx_settle_payment(p_stserial text, p_date date,
    p_state text, p_rev text, p_mkserial text, p_last_status text)
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  WITH u AS (
    UPDATE transactions SET state = p_state,
           reversed_by = CASE WHEN p_state = 'REVERSED' THEN p_rev END,
           next_settle_at = NULL, updated_at = now()
     WHERE stserial = p_stserial AND settle_date = p_date AND state = 'UNKNOWN'
       AND func <> 'REVERSAL'
    RETURNING *),
  r AS (
    INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial,
        operator_id, customer_no, func, trcode, amount, orig_stserial, state,
        mkt_serial, rspcode, channel, bankno, bank_branch, bank_teller,
        bank_medium)
    SELECT p_rev, settle_date, terminal_id, 'settle:' || stserial, operator_id,
        customer_no, 'REVERSAL', 1003, amount, stserial, 'SUCCESS', p_mkserial,
        '0000', channel, bankno, bank_branch, bank_teller, bank_medium
      FROM u WHERE p_rev IS NOT NULL AND p_state = 'REVERSED'
    ON CONFLICT (stserial, settle_date) DO NOTHING)
  INSERT INTO ifsvc_settle (stserial, settle_date, rev_stserial, last_status,
      settled_at, outcome)
  SELECT p_stserial, p_date, p_rev, p_last_status, now(), p_state FROM u
  ON CONFLICT (stserial) DO UPDATE SET last_status = p_last_status,
      settled_at = now(), outcome = p_state;
END $$;

-- MONEY.md transition 5: an IN_DOUBT reversal rolled forward to SUCCESS
-- (its original becomes REVERSED, it gets its receipt) or FAILED, with the
-- TP/1 answer its repeat replays.
CREATE OR REPLACE FUNCTION gf_tx_settle_reversal(p_stserial text, p_date date,
    p_state text, p_mkserial text, p_tp_status integer, p_response bytea,
    p_rspcode text)
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  WITH u AS (
    UPDATE transactions SET state = p_state,
           mkt_serial = CASE WHEN p_state = 'SUCCESS' THEN p_mkserial END,
           receipt_no = CASE WHEN p_state = 'SUCCESS' THEN 'R' || p_stserial END,
           tp_status = p_tp_status, response = p_response, rspcode = p_rspcode,
           next_settle_at = NULL, updated_at = now()
     WHERE stserial = p_stserial AND settle_date = p_date AND state = 'UNKNOWN'
       AND func = 'REVERSAL'
    RETURNING *),
  o AS (
    UPDATE transactions t SET state = 'REVERSED', reversed_by = p_stserial,
           updated_at = now()
      FROM u
     WHERE p_state = 'SUCCESS' AND t.stserial = u.orig_stserial
       AND t.settle_date = u.settle_date AND t.state = 'SUCCESS'),
  rc AS (
    INSERT INTO receipts (receipt_no, stserial, settle_date, terminal_id,
        operator_id, customer_no, amount)
    SELECT receipt_no, stserial, settle_date, terminal_id, operator_id,
        customer_no, amount FROM u WHERE p_state = 'SUCCESS'
    ON CONFLICT (receipt_no) DO NOTHING)
  INSERT INTO ifsvc_settle (stserial, settle_date, settled_at, outcome)
  SELECT p_stserial, p_date, now(), p_state FROM u
  ON CONFLICT (stserial) DO UPDATE SET settled_at = now(), outcome = p_state;
END $$;

-- ---- the settler on several nodes (docs/DESIGN.md "Several nodes") ----
--
-- The settler's functions that every node runs every few seconds over all
-- of transactions (gf_settle_claim, gf_settle_alarms, gf_tx_adopt_stale;
-- gf_settle_release at start) are PL/pgSQL with generic plans: their
-- statements cannot prune the month partitions, and as SQL functions each
-- call planned them again over all 145 partitions and their indexes, 25 to
-- 140 ms of database CPU per call on an empty station (5 % of a core per
-- node at settle_interval 2 s).  A generic plan is made once per
-- connection; a call then costs a few milliseconds.  The functions called
-- once per unknown outcome (gf_tx_unknown, gf_tx_settle_payment,
-- gf_tx_settle_reversal, gf_settle_retry) are written the same way: as SQL
-- functions an outage's unknown outcomes cost the database 61 ms each
-- (bench/settle).

-- One settler's batch: unknown outcomes that are due, taken under a lease
-- of p_lease_s seconds by p_owner ("ifsvc:NODE:PID").  The lease is the row's
-- next_settle_at: the row lock (rows another node is taking are skipped)
-- and its recheck both see it, so two nodes never take the same row while
-- a lease runs; one that ran out (its holder died) is taken again.
-- ifsvc_settle records the holder and how often the row was taken.  An
-- IN_DOUBT reversal waits while its day reconciles.
CREATE OR REPLACE FUNCTION gf_settle_claim(p_owner text, p_lease_s integer,
    p_limit integer)
RETURNS TABLE (r_stserial text, r_settle_date date, r_func text, r_orig text,
    r_rev text, r_amount bigint, r_age bigint)
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN QUERY
  WITH c AS (
    SELECT t.stserial, t.settle_date FROM transactions t
     WHERE t.state = 'UNKNOWN'
       AND (t.next_settle_at IS NULL OR t.next_settle_at <= now())
       AND NOT (t.func = 'REVERSAL' AND EXISTS (SELECT 1 FROM recon_runs r
                 WHERE r.recon_date = t.settle_date AND r.source = 'MI1'
                   AND r.state = 'RUNNING'))
     ORDER BY t.next_settle_at NULLS FIRST LIMIT p_limit
     FOR UPDATE OF t SKIP LOCKED),
  u AS (
    UPDATE transactions t
       SET next_settle_at = now() + make_interval(secs => p_lease_s)
      FROM c WHERE t.stserial = c.stserial AND t.settle_date = c.settle_date
    RETURNING t.stserial, t.settle_date, t.func::text AS func,
              COALESCE(t.orig_stserial, '') AS orig, t.amount::bigint AS amount,
              COALESCE(extract(epoch FROM now() - t.unknown_since), 0)::bigint AS age),
  s AS (
    INSERT INTO ifsvc_settle AS s (stserial, settle_date, lease_owner, claims)
    SELECT u.stserial, u.settle_date, p_owner, 1 FROM u
    ON CONFLICT (stserial) DO UPDATE SET lease_owner = p_owner,
        claims = s.claims + 1
    RETURNING s.stserial, s.rev_stserial)
  SELECT u.stserial, u.settle_date, u.func, u.orig, COALESCE(s.rev_stserial, ''),
         u.amount, u.age
    FROM u JOIN s ON s.stserial = u.stserial;
END $$;

-- The holder tries again later: the lease becomes the backoff, doubling
-- from p_interval_s up to 300 s.  Only the holder's word counts (a holder
-- whose lease ran out and was taken over changes nothing).  Returns 1 or 0.
CREATE OR REPLACE FUNCTION gf_settle_retry(p_stserial text, p_date date,
    p_owner text, p_interval_s integer)
RETURNS integer LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  n integer;
BEGIN
  WITH u AS (
    UPDATE transactions SET settle_attempts = settle_attempts + 1,
           next_settle_at = now() + make_interval(secs => LEAST(300,
               p_interval_s * power(2, LEAST(settle_attempts, 16))))
     WHERE stserial = p_stserial AND settle_date = p_date AND state = 'UNKNOWN'
       AND EXISTS (SELECT 1 FROM ifsvc_settle s WHERE s.stserial = p_stserial
                      AND s.lease_owner = p_owner)
    RETURNING 1)
  SELECT count(*)::integer FROM u
    INTO n;
  RETURN n;
END $$;

-- ifsvc (re)starting on node p_node: the leases its previous process held
-- are given back at once (one ifsvc per node; node names are unique).
CREATE OR REPLACE FUNCTION gf_settle_release(p_node text)
RETURNS integer LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  n integer;
BEGIN
  WITH u AS (
    UPDATE transactions t SET next_settle_at = now()
      FROM ifsvc_settle s
     WHERE s.stserial = t.stserial AND s.settle_date = t.settle_date
       AND t.state = 'UNKNOWN' AND t.next_settle_at > now()
       AND split_part(s.lease_owner, ':', 2) = p_node
    RETURNING 1)
  SELECT count(*)::integer FROM u
    INTO n;
  RETURN n;
END $$;

-- UNSETTLED: one alarm per transaction unknown longer than p_alarm_s,
-- whichever node sees it first (the settle row's alarmed_at is set once;
-- a node that finds it set meanwhile raises nothing).  Returns how many.
CREATE OR REPLACE FUNCTION gf_settle_alarms(p_alarm_s integer)
RETURNS integer LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  n integer;
BEGIN
  WITH due AS (
    SELECT t.stserial, t.settle_date, t.terminal_id, t.unknown_since
      FROM transactions t LEFT JOIN ifsvc_settle s USING (stserial)
     WHERE t.state = 'UNKNOWN' AND s.alarmed_at IS NULL
       AND t.unknown_since < now() - make_interval(secs => p_alarm_s)),
  m AS (
    INSERT INTO ifsvc_settle AS s (stserial, settle_date, alarmed_at)
    SELECT stserial, settle_date, now() FROM due
    ON CONFLICT (stserial) DO UPDATE SET alarmed_at = now()
     WHERE s.alarmed_at IS NULL
    RETURNING s.stserial),
  a AS (
    INSERT INTO alarms (kind, source, terminal_id, detail)
    SELECT 'UNSETTLED', 'ifsvc', due.terminal_id, 'stserial=' || due.stserial
           || ' unknown since ' || due.unknown_since
      FROM due JOIN m ON m.stserial = due.stserial
    RETURNING 1)
  SELECT count(*)::integer FROM a
    INTO n;
  RETURN n;
END $$;
