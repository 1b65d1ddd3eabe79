-- 040_perf.sql - the per-request SQL of appsrv made cheaper, same meaning.
--
-- Measured on the 2-core machine (bench/appsrv, perf on the backends): the
-- payment path is CPU-bound in PostgreSQL, and most of a money request's
-- backend time went to statements on the partitioned `transactions` table
-- (each one planned again for its parameters, or run as a generic plan that
-- locks every one of the ~145 partitions) and to nested PL/pgSQL calls.

-- The registry trigger fired (and entered PL/pgSQL) on every seq check,
-- i.e. on every request, only to find that last_seq / last_seen are not
-- registry columns.  The same decision is now made by WHEN clauses, before
-- any function is called; what is announced is unchanged.
DROP TRIGGER terminals_notify ON terminals;
CREATE TRIGGER terminals_notify AFTER INSERT OR DELETE ON terminals
  FOR EACH ROW EXECUTE FUNCTION gf_terminal_notify();
CREATE TRIGGER terminals_notify_update AFTER UPDATE ON terminals
  FOR EACH ROW
  WHEN (NEW.enabled IS DISTINCT FROM OLD.enabled OR NEW.suite IS DISTINCT FROM OLD.suite
        OR NEW.keyver IS DISTINCT FROM OLD.keyver
        OR NEW.bound_ip IS DISTINCT FROM OLD.bound_ip
        OR NEW.id IS DISTINCT FROM OLD.id)
  EXECUTE FUNCTION gf_terminal_notify();

-- gf_tx_finish (010_appsrv.sql), same arguments, results and rules.  The
-- usual case -- a PENDING row gets its SUCCESS or FAILED outcome -- is one
-- UPDATE of `transactions` (was SELECT ... FOR UPDATE, then UPDATE).  The
-- UPDATE's `state = 'PENDING'` is re-checked on the newest row version if
-- the settler changed the row meanwhile, so when it finds nothing the
-- settler decided first and the row is read as before.
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
