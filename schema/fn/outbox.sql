-- fn/outbox.sql - store and forward: every state change of an outbox
-- record (schema/140_outbox.sql), defined here and only here.  Used by
-- appsrv (gf_outbox_put, gf_outbox_result on the terminal's own attempt),
-- ifsvc's deliverer (gf_outbox_claim, gf_outbox_result, gf_outbox_stats)
-- and people (gf_outbox_resend, gf_outbox_close, through gfctl).
-- Errors for people: SQLSTATE GF001 no such record, GF002 refused by a
-- rule (the message says which).

-- The terminal's record, accepted: the station's own row and its outbox
-- row in one transaction.  r_send_now says whether the caller may send it
-- at once (no older undelivered record of the same meter/customer); the
-- row is then SENDING under the caller's lease of p_grace_s seconds, and
-- ifsvc takes it over if the caller never reports.  Else it waits its turn
-- as PENDING.
CREATE OR REPLACE FUNCTION gf_outbox_put(p_trcode integer, p_terminal text,
    p_operator text, p_org text, p_body jsonb, p_owner text, p_grace_s integer)
RETURNS TABLE (r_id bigint, r_ref text, r_send_now boolean)
LANGUAGE plpgsql AS $$
DECLARE v_key text; v_rec bigint;
BEGIN
  IF p_trcode = 2003 THEN
    v_key := 'M:' || (p_body ->> 'meterno');
    INSERT INTO reading_exceptions (terminal_id, operator_id, meter_no,
                                    exception_code, note, forwarded)
    VALUES (p_terminal, p_operator, p_body ->> 'meterno',
            (p_body ->> 'exccode')::integer, COALESCE(p_body ->> 'note', ''), false)
    RETURNING id INTO v_rec;
  ELSIF p_trcode = 3004 THEN
    v_key := 'C:' || (p_body ->> 'custno');
    INSERT INTO dunning_results (terminal_id, operator_id, customer_no,
                                 result_code, note, forwarded)
    VALUES (p_terminal, p_operator, p_body ->> 'custno',
            (p_body ->> 'resultcode')::integer, COALESCE(p_body ->> 'note', ''), false)
    RETURNING id INTO v_rec;
  ELSE
    RAISE EXCEPTION 'outbox: trcode % is not stored and forwarded', p_trcode
      USING ERRCODE = 'GF002';
  END IF;
  -- Two records of one key decide their order one after the other.
  PERFORM pg_advisory_xact_lock(hashtextextended('outbox:' || v_key, 0));
  r_id := nextval('outbox_id_seq');
  r_ref := 'OB' || p_org || lpad(r_id::text, 16, '0');
  r_send_now := NOT EXISTS (SELECT 1 FROM outbox o WHERE o.seq_key = v_key
                               AND o.state IN ('PENDING', 'SENDING'));
  INSERT INTO outbox (id, ref, trcode, seq_key, terminal_id, operator_id,
                      record_id, body, state, attempts, lease_until, leased_by)
  VALUES (r_id, r_ref, p_trcode, v_key, p_terminal, p_operator, v_rec,
          p_body || jsonb_build_object('ref', r_ref),
          CASE WHEN r_send_now THEN 'SENDING' ELSE 'PENDING' END,
          CASE WHEN r_send_now THEN 1 ELSE 0 END,
          CASE WHEN r_send_now THEN now() + make_interval(secs => p_grace_s) END,
          CASE WHEN r_send_now THEN p_owner END);
  IF p_trcode = 2003 THEN
    UPDATE reading_exceptions SET outbox_id = r_id WHERE id = v_rec;
  ELSE
    UPDATE dunning_results SET outbox_id = r_id WHERE id = v_rec;
  END IF;
  RETURN NEXT;
END $$;

-- The deliverer's batch: due records that are the oldest undelivered of
-- their key, leased to p_owner for p_lease_s seconds.  Rows another node
-- holds are skipped; a lease that ran out (its holder died) is taken over.
CREATE OR REPLACE FUNCTION gf_outbox_claim(p_owner text, p_lease_s integer, p_limit integer)
RETURNS TABLE (r_id bigint, r_trcode integer, r_ref text, r_body text, r_attempts integer)
LANGUAGE sql AS $$
  WITH c AS (
    SELECT o.id FROM outbox o
     WHERE o.state IN ('PENDING', 'SENDING')
       AND CASE WHEN o.state = 'PENDING' THEN o.next_at <= now()
                ELSE o.lease_until < now() END
       AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.seq_key = o.seq_key
                          AND p.id < o.id AND p.state IN ('PENDING', 'SENDING'))
     ORDER BY o.id LIMIT p_limit
     FOR UPDATE SKIP LOCKED)
  UPDATE outbox o SET state = 'SENDING', attempts = o.attempts + 1,
         lease_until = now() + make_interval(secs => p_lease_s), leased_by = p_owner
    FROM c WHERE o.id = c.id
  RETURNING o.id, o.trcode::integer, o.ref, o.body::text, o.attempts;
$$;

-- What became of one send.  p_outcome: DELIVERED (0000, or 2001: the
-- marketing system has it already), RETRY (down, no answer, 9999: again
-- after a backoff doubling to p_backoff_max seconds), REFUSED (refused
-- while the terminal waited: the terminal was told, the record was not
-- accepted), PARKED (refused for good later: a person decides, alarmed).
-- Only the lease holder's report counts, except DELIVERED, which is true
-- whoever learnt it.  Returns the record's state afterwards.
CREATE OR REPLACE FUNCTION gf_outbox_result(p_id bigint, p_owner text, p_outcome text,
    p_rspcode text, p_msg text, p_backoff_max integer)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE o outbox;
BEGIN
  SELECT * INTO o FROM outbox WHERE id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'outbox: no record %', p_id USING ERRCODE = 'GF001';
  END IF;
  IF p_outcome = 'DELIVERED' THEN
    IF o.state IN ('SENDING', 'PENDING') THEN
      UPDATE outbox SET state = 'DELIVERED', delivered_at = now(), last_rspcode = p_rspcode,
             lease_until = NULL WHERE id = p_id;
      IF o.trcode = 2003 THEN
        UPDATE reading_exceptions SET forwarded = true WHERE id = o.record_id;
      ELSE
        UPDATE dunning_results SET forwarded = true WHERE id = o.record_id;
      END IF;
      RETURN 'DELIVERED';
    END IF;
    RETURN o.state;
  END IF;
  IF o.state <> 'SENDING' OR o.leased_by IS DISTINCT FROM p_owner THEN
    RETURN o.state;		-- not ours any more
  END IF;
  IF p_outcome = 'RETRY' THEN
    UPDATE outbox SET state = 'PENDING', lease_until = NULL, leased_by = NULL,
           last_rspcode = p_rspcode, last_error = p_msg,
           next_at = now() + make_interval(secs =>
                     least(p_backoff_max, power(2, least(o.attempts, 16))::integer))
     WHERE id = p_id;
    RETURN 'PENDING';
  ELSIF p_outcome = 'REFUSED' THEN
    UPDATE outbox SET state = 'REFUSED', lease_until = NULL, last_rspcode = p_rspcode,
           last_error = p_msg WHERE id = p_id;
    RETURN 'REFUSED';
  ELSIF p_outcome = 'PARKED' THEN
    UPDATE outbox SET state = 'PARKED', lease_until = NULL, last_rspcode = p_rspcode,
           last_error = p_msg WHERE id = p_id;
    INSERT INTO alarms (kind, source, terminal_id, detail)
    VALUES ('OUTBOX_PARKED', 'ifsvc', o.terminal_id,
            format('record %s (%s %s) refused by the marketing system: %s %s',
                   o.ref, o.trcode, o.seq_key, p_rspcode, p_msg));
    RETURN 'PARKED';
  END IF;
  RAISE EXCEPTION 'outbox: unknown outcome %', p_outcome;
END $$;

-- A person corrects a parked record and sends it again.  Only the fields
-- the terminal supplied may change (2003: meterno, exccode, note; 3004:
-- custno, resultcode, note); the station's own record keeps what the
-- terminal sent, the audit log keeps both.
CREATE OR REPLACE FUNCTION gf_outbox_resend(p_actor text, p_id bigint, p_patch jsonb,
    p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE o outbox; v_allowed text[]; k text; v_body jsonb;
BEGIN
  SELECT * INTO o FROM outbox WHERE id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no outbox record %', p_id USING ERRCODE = 'GF001';
  END IF;
  IF o.state <> 'PARKED' THEN
    RAISE EXCEPTION 'record % is %, only a PARKED record is resent', p_id, o.state
      USING ERRCODE = 'GF002';
  END IF;
  IF COALESCE(p_reason, '') = '' THEN
    RAISE EXCEPTION 'a reason is required' USING ERRCODE = 'GF002';
  END IF;
  v_allowed := CASE o.trcode WHEN 2003 THEN ARRAY['meterno', 'exccode', 'note']
                             ELSE ARRAY['custno', 'resultcode', 'note'] END;
  FOR k IN SELECT jsonb_object_keys(COALESCE(p_patch, '{}')) LOOP
    IF NOT k = ANY (v_allowed) THEN
      RAISE EXCEPTION 'field % cannot be changed (allowed: %)', k,
        array_to_string(v_allowed, ', ') USING ERRCODE = 'GF002';
    END IF;
  END LOOP;
  v_body := o.body || COALESCE(p_patch, '{}');
  UPDATE outbox SET body = v_body, state = 'PENDING', next_at = now(), attempts = 0,
         leased_by = NULL, lease_until = NULL,
         seq_key = CASE o.trcode WHEN 2003 THEN 'M:' || (v_body ->> 'meterno')
                                 ELSE 'C:' || (v_body ->> 'custno') END
   WHERE id = p_id;
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES (p_actor, 'outbox resend', o.ref,
          jsonb_build_object('reason', p_reason, 'before', o.body, 'after', v_body,
                             'refused', o.last_rspcode || ' ' || COALESCE(o.last_error, '')));
END $$;

-- A person gives a parked record up, with the reason.
CREATE OR REPLACE FUNCTION gf_outbox_close(p_actor text, p_id bigint, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE o outbox;
BEGIN
  SELECT * INTO o FROM outbox WHERE id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no outbox record %', p_id USING ERRCODE = 'GF001';
  END IF;
  IF o.state <> 'PARKED' THEN
    RAISE EXCEPTION 'record % is %, only a PARKED record is closed', p_id, o.state
      USING ERRCODE = 'GF002';
  END IF;
  IF COALESCE(p_reason, '') = '' THEN
    RAISE EXCEPTION 'a reason is required' USING ERRCODE = 'GF002';
  END IF;
  UPDATE outbox SET state = 'CLOSED', closed_by = p_actor WHERE id = p_id;
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES (p_actor, 'outbox close', o.ref,
          jsonb_build_object('reason', p_reason, 'body', o.body,
                             'refused', o.last_rspcode || ' ' || COALESCE(o.last_error, '')));
END $$;

-- Queue depth (records still to deliver), the oldest one's age in
-- seconds (0 when none) and how many wait parked for a person.
CREATE OR REPLACE FUNCTION gf_outbox_stats()
RETURNS TABLE (r_depth bigint, r_oldest_s bigint, r_parked bigint)
LANGUAGE sql STABLE AS $$
  SELECT (SELECT count(*) FROM outbox WHERE state IN ('PENDING', 'SENDING')),
         COALESCE((SELECT extract(epoch FROM now() - min(created_at))::bigint
                     FROM outbox WHERE state IN ('PENDING', 'SENDING')), 0),
         (SELECT count(*) FROM outbox WHERE state = 'PARKED');
$$;

-- OUTBOX_STALE: one open alarm at a time, whichever node notices first,
-- while a record has waited longer than p_alarm_s seconds.  Returns
-- whether it raised one.
CREATE OR REPLACE FUNCTION gf_outbox_stale_alarm(p_alarm_s integer)
RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE v_n bigint; v_age bigint;
BEGIN
  SELECT r_depth, r_oldest_s INTO v_n, v_age FROM gf_outbox_stats();
  IF v_age <= p_alarm_s THEN
    RETURN false;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('alarm:OUTBOX_STALE', 0));
  IF EXISTS (SELECT 1 FROM alarms WHERE kind = 'OUTBOX_STALE' AND NOT acked) THEN
    RETURN false;
  END IF;
  INSERT INTO alarms (kind, source, detail)
  VALUES ('OUTBOX_STALE', 'ifsvc',
          format('%s kept records undelivered, the oldest for %s s', v_n, v_age));
  RETURN true;
END $$;
