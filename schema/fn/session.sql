-- fn/session.sql - the first step of every request (appsrv/seq.c): the
-- durable freshness check of TP1 §4 step 7 and the session of the token, in
-- one round trip.  r_seq_ok is NULL for a terminal that is not registered.
-- (The money-moving requests do the same inside gf_money_begin, fn/money.sql.)
CREATE OR REPLACE FUNCTION gf_req_begin(p_terminal text, p_seq bigint, p_token bytea)
RETURNS TABLE (r_seq_ok boolean, r_last_seq bigint, r_operator text,
               r_role text, r_name text, r_settle_date text, r_locked boolean)
-- Generic plans: PostgreSQL otherwise planned the session query again at
-- every call.  Without a token (ECHO, SIGN_ON) `p_token IS NOT NULL` folds
-- to false in a custom plan, which then always looks cheaper than the
-- generic join, so the plan cache never settled: the session query spent
-- 0.19 of its 0.22 ms planning (bench/bank STATEMENTS=1), and planning was
-- a third of the database's CPU under bench/frontd's ECHO load (perf).
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
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
