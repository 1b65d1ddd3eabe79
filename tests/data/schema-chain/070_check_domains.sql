-- 070_check_domains.sql - the single-column CHECK constraints of the tables
-- written on every payment become domains: the same rules, cheaper to keep.
--
-- PostgreSQL 15 reads a table's CHECK constraints back from their stored
-- text (stringToNode), plans and compiles them at every execution of an
-- INSERT or UPDATE into the table, and evaluates all of them on every row,
-- whatever columns the UPDATE assigns.  Measured with perf on the backend
-- of pgbench running bench/appsrv/payment.sql: ExecConstraints was 15 % of
-- the backend's time, and without these constraints the per-payment SQL
-- took 0.41-0.44 ms instead of 0.59-0.61 ms (one client, asynchronous
-- commit).  A domain's constraints are planned once per backend (the type
-- cache) and checked only on the values a statement assigns to a column of
-- that domain: INSERT checks every column as before; the seq check's
-- UPDATE of last_seq checks last_seq, the outcome's UPDATE checks state.
-- The two constraints over two columns of `transactions` stay table CHECKs.

-- The trigger's WHEN clause names terminals.id, whose type changes.
DROP TRIGGER terminals_notify_update ON terminals;

CREATE DOMAIN gf_terminal_id AS text CHECK (VALUE ~ '^[0-9]{16}$');
CREATE DOMAIN gf_name AS text CHECK (VALUE <> '');
CREATE DOMAIN gf_suite AS smallint CHECK (VALUE IN (1, 2));
CREATE DOMAIN gf_keyver AS smallint CHECK (VALUE BETWEEN 1 AND 255);
CREATE DOMAIN gf_seq AS bigint CHECK (VALUE BETWEEN 0 AND 4294967295);
CREATE DOMAIN gf_term_serial AS text CHECK (VALUE <> '' AND length(VALUE) <= 32);
CREATE DOMAIN gf_func AS text
  CHECK (VALUE IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE', 'REVERSAL'));
CREATE DOMAIN gf_trcode AS smallint CHECK (VALUE IN (1002, 1003, 1004, 1005));
CREATE DOMAIN gf_amount AS bigint CHECK (VALUE >= 0);
CREATE DOMAIN gf_pay_mode AS smallint CHECK (VALUE IN (1, 2, 3));
CREATE DOMAIN gf_tx_state AS text
  CHECK (VALUE IN ('PENDING', 'SUCCESS', 'FAILED', 'UNKNOWN', 'REVERSED'));

ALTER TABLE terminals
  DROP CONSTRAINT terminals_id_check,
  DROP CONSTRAINT terminals_name_check,
  DROP CONSTRAINT terminals_suite_check,
  DROP CONSTRAINT terminals_keyver_check,
  DROP CONSTRAINT terminals_last_seq_check,
  ALTER COLUMN id TYPE gf_terminal_id,
  ALTER COLUMN name TYPE gf_name,
  ALTER COLUMN suite TYPE gf_suite,
  ALTER COLUMN keyver TYPE gf_keyver,
  ALTER COLUMN last_seq TYPE gf_seq;

ALTER TABLE tx_keys
  DROP CONSTRAINT tx_keys_term_serial_check,
  ALTER COLUMN term_serial TYPE gf_term_serial;

ALTER TABLE transactions
  DROP CONSTRAINT transactions_func_check,
  DROP CONSTRAINT transactions_trcode_check,
  DROP CONSTRAINT transactions_amount_check,
  DROP CONSTRAINT transactions_pay_mode_check,
  DROP CONSTRAINT transactions_state_check,
  ALTER COLUMN func TYPE gf_func,
  ALTER COLUMN trcode TYPE gf_trcode,
  ALTER COLUMN amount TYPE gf_amount,
  ALTER COLUMN pay_mode TYPE gf_pay_mode,
  ALTER COLUMN state TYPE gf_tx_state;

ALTER TABLE receipts
  DROP CONSTRAINT receipts_amount_check,
  ALTER COLUMN amount TYPE gf_amount;

CREATE TRIGGER terminals_notify_update AFTER UPDATE ON terminals
  FOR EACH ROW
  WHEN (NEW.enabled IS DISTINCT FROM OLD.enabled OR NEW.suite IS DISTINCT FROM OLD.suite
        OR NEW.keyver IS DISTINCT FROM OLD.keyver
        OR NEW.bound_ip IS DISTINCT FROM OLD.bound_ip
        OR NEW.id IS DISTINCT FROM OLD.id)
  EXECUTE FUNCTION gf_terminal_notify();

-- gf_tx_claim (010_appsrv.sql) unchanged but for its last RETURN QUERY,
-- which must give the declared result types: state and amount are now of
-- the domains gf_tx_state and gf_amount, and RETURN QUERY does not cast.
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
                      t.state::text, t.tp_status, t.response, t.orig_stserial,
                      t.customer_no, t.amount::bigint
                 FROM transactions t
                WHERE t.stserial = v_st AND t.settle_date = v_date;
END $$;
