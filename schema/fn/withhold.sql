-- fn/withhold.sql - monthly withholding (BK/1 §5, docs/BK1.md
-- "Withholding"), defined here whole and only here.  Bindings are changed
-- by gfctl binding (each change one audited call, like fn/bank.sql: GF001
-- no such thing, GF002 refused by a rule, GF003 already exists); lists are
-- recorded by ifsvc for gfctl withhold make; result files are taken in and
-- their debited lines posted by ifsvc (ifsvc/withhold.c).

-- An account as a log or a list shows it: the last four digits.
CREATE OR REPLACE FUNCTION gf_mask_account(p_account text)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN length(p_account) <= 4 THEN '****'
              ELSE repeat('*', length(p_account) - 4) || right(p_account, 4) END
$$;

-- Bind a customer to an account of a bank.  'ADDED', or 'SAME' when the
-- customer is bound to that very account already (nothing changes: an
-- import run twice is harmless).  A customer bound elsewhere is refused:
-- remove that binding first.
CREATE OR REPLACE FUNCTION gf_binding_add(p_actor text, p_bankno text, p_custno text,
    p_account text, p_name text, p_reason text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  b record;
  k banks;
BEGIN
  IF p_custno IS NULL OR p_custno !~ '^[0-9A-Za-z]{1,32}$' THEN
    RAISE EXCEPTION 'a customer number is 1..32 letters or digits' USING ERRCODE = 'GF002';
  END IF;
  IF p_account IS NULL OR p_account !~ '^[0-9]{8,32}$' THEN
    RAISE EXCEPTION 'an account number is 8..32 digits' USING ERRCODE = 'GF002';
  END IF;
  IF p_name IS NOT NULL AND (length(p_name) > 64 OR p_name ~ '[|=[:cntrl:]]') THEN
    RAISE EXCEPTION 'a name is at most 64 characters, without | = or control characters'
      USING ERRCODE = 'GF002';
  END IF;
  SELECT * INTO k FROM banks WHERE bankno = p_bankno;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no bank %', p_bankno USING ERRCODE = 'GF001';
  END IF;
  IF NOT k.enabled THEN
    RAISE EXCEPTION 'bank % is disabled', p_bankno USING ERRCODE = 'GF002';
  END IF;
  -- One binding in force per customer: its changes one after the other.
  PERFORM pg_advisory_xact_lock(hashtext('gf_binding'), hashtext(p_custno));
  SELECT * INTO b FROM bank_bindings WHERE custno = p_custno AND removed_at IS NULL;
  IF FOUND THEN
    IF b.bankno = p_bankno AND b.account = p_account THEN
      RETURN 'SAME';
    END IF;
    RAISE EXCEPTION 'customer % is bound to bank % account % already: remove it first',
      p_custno, b.bankno, gf_mask_account(b.account) USING ERRCODE = 'GF003';
  END IF;
  INSERT INTO bank_bindings (bankno, custno, account, name, bound_by)
  VALUES (p_bankno, p_custno, p_account, COALESCE(p_name, ''), p_actor);
  PERFORM gf_admin_audit(p_actor, 'binding add', p_custno, p_reason,
    jsonb_build_object('bank', p_bankno, 'account', gf_mask_account(p_account)));
  RETURN 'ADDED';
END $$;

CREATE OR REPLACE FUNCTION gf_binding_remove(p_actor text, p_custno text, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  b record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('gf_binding'), hashtext(p_custno));
  UPDATE bank_bindings SET removed_at = now(), removed_by = p_actor
   WHERE custno = p_custno AND removed_at IS NULL
  RETURNING bankno, account INTO b;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'customer % has no binding', p_custno USING ERRCODE = 'GF001';
  END IF;
  PERFORM gf_admin_audit(p_actor, 'binding remove', p_custno, p_reason,
    jsonb_build_object('bank', b.bankno, 'account', gf_mask_account(b.account)));
END $$;

-- ---- lists (gfctl withhold make, through ifsvc) ----

-- Record a list: the next run number of the month for the bank, its lines
-- (p_lines: [{custno, name, account, amount, months}] in list order), the
-- audit row.  The list is MAKING until its file is in place.
CREATE OR REPLACE FUNCTION gf_wh_list_begin(p_actor text, p_bankno text, p_month text,
    p_lines jsonb)
RETURNS TABLE (r_id bigint, r_nn integer, r_file text, r_count integer, r_total bigint)
LANGUAGE plpgsql AS $$
DECLARE
  k banks;
  v_nn integer;
  v_id bigint;
  v_file text;
  v_count integer := jsonb_array_length(p_lines);
  v_total bigint;
BEGIN
  IF p_month IS NULL OR p_month !~ '^[0-9]{4}(0[1-9]|1[0-2])$' THEN
    RAISE EXCEPTION 'a month is YYYYMM' USING ERRCODE = 'GF002';
  END IF;
  SELECT * INTO k FROM banks WHERE bankno = p_bankno FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no bank %', p_bankno USING ERRCODE = 'GF001';
  END IF;
  SELECT COALESCE(max(nn), 0) + 1 INTO v_nn FROM wh_lists
   WHERE bankno = p_bankno AND month = p_month;
  IF v_nn > 99 THEN
    RAISE EXCEPTION 'bank % has 99 lists for %', p_bankno, p_month USING ERRCODE = 'GF002';
  END IF;
  SELECT COALESCE(sum((l->>'amount')::bigint), 0) INTO v_total
    FROM jsonb_array_elements(p_lines) l;
  v_file := 'WH' || p_bankno || p_month || lpad(v_nn::text, 2, '0') || '.txt';
  INSERT INTO wh_lists (bankno, month, nn, file_name, count, total, actor)
  VALUES (p_bankno, p_month, v_nn, v_file, v_count, v_total, p_actor)
  RETURNING id INTO v_id;
  INSERT INTO wh_list_lines (list_id, lineno, custno, name, account, amount, months)
  SELECT v_id, n::integer, l->>'custno', COALESCE(l->>'name', ''), l->>'account',
         (l->>'amount')::bigint, l->>'months'
    FROM jsonb_array_elements(p_lines) WITH ORDINALITY AS e(l, n);
  PERFORM gf_admin_audit(p_actor, 'withhold make', v_file, 'monthly withholding',
    jsonb_build_object('bank', p_bankno, 'month', p_month, 'count', v_count,
                       'total', v_total));
  RETURN QUERY SELECT v_id, v_nn, v_file, v_count, v_total;
END $$;

CREATE OR REPLACE FUNCTION gf_wh_list_end(p_id bigint, p_sha256 text)
RETURNS void LANGUAGE sql AS $$
  UPDATE wh_lists SET state = CASE WHEN p_sha256 IS NULL THEN 'FAILED' ELSE 'MADE' END,
         sha256 = p_sha256, made_at = CASE WHEN p_sha256 IS NULL THEN NULL ELSE now() END
   WHERE id = p_id AND state = 'MAKING'
$$;

-- ---- result files (ifsvc/withhold.c) ----

-- Refuse a result file whole: recorded with its reason, one alarm.
CREATE OR REPLACE FUNCTION gf_wh_result_refuse(p_bankno text, p_file text, p_sha256 text,
    p_list_id bigint, p_reason text)
RETURNS TABLE (r_state text, r_reason text, r_id bigint)
LANGUAGE plpgsql AS $$
DECLARE
  v_id bigint;
BEGIN
  INSERT INTO wh_results (bankno, file_name, sha256, list_id, state, reason)
  VALUES (p_bankno, p_file, p_sha256, p_list_id, 'REFUSED', p_reason)
  ON CONFLICT (file_name, sha256) DO NOTHING
  RETURNING id INTO v_id;
  IF v_id IS NULL THEN
    RETURN QUERY SELECT 'KNOWN'::text, ''::text, NULL::bigint;
    RETURN;
  END IF;
  INSERT INTO alarms (kind, source, detail)
  VALUES ('WH_REFUSED', 'ifsvc', 'bank=' || p_bankno || ' file=' || p_file
          || ' reason=' || p_reason);
  RETURN QUERY SELECT 'REFUSED'::text, p_reason, v_id;
END $$;

-- Take in a result file that parsed and whose SHA-256 matched: every
-- check of BK1 §5 against its list, then the whole file accepted (its
-- lines recorded, the debited ones to post) or refused.  A file already
-- seen (same name and SHA-256) is 'KNOWN' and changes nothing.
-- p_lines: [{lineno, custno, account, amount, result, bankserial, txdate}].
CREATE OR REPLACE FUNCTION gf_wh_result_take(p_bankno text, p_file text, p_sha256 text,
    p_month text, p_nn integer, p_count integer, p_total bigint, p_okcount integer,
    p_oktotal bigint, p_lines jsonb)
RETURNS TABLE (r_state text, r_reason text, r_id bigint)
LANGUAGE plpgsql AS $$
DECLARE
  l wh_lists;
  v_id bigint;
  v_reason text;
  v_n integer;
  v_sum bigint;
  v_okn integer;
  v_oksum bigint;
  v_bad record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('gf_wh_result'), hashtext(p_file));
  IF EXISTS (SELECT 1 FROM wh_results WHERE file_name = p_file AND sha256 = p_sha256) THEN
    RETURN QUERY SELECT 'KNOWN'::text, ''::text, NULL::bigint;
    RETURN;
  END IF;
  SELECT * INTO l FROM wh_lists
   WHERE bankno = p_bankno AND month = p_month AND nn = p_nn AND state = 'MADE';
  IF NOT FOUND THEN
    RETURN QUERY SELECT * FROM gf_wh_result_refuse(p_bankno, p_file, p_sha256, NULL,
        format('no list %s/%s/%s made by the station', p_bankno, p_month, p_nn));
    RETURN;
  END IF;
  IF p_file <> 'WR' || p_bankno || p_month || lpad(p_nn::text, 2, '0') || '.txt' THEN
    v_reason := 'the header does not match the file name';
  ELSIF EXISTS (SELECT 1 FROM wh_results WHERE list_id = l.id AND state = 'ACCEPTED') THEN
    v_reason := 'a result for ' || l.file_name || ' was taken in already';
  END IF;
  IF v_reason IS NULL THEN
    SELECT count(*), COALESCE(sum((x->>'amount')::bigint), 0),
           count(*) FILTER (WHERE x->>'result' = '0000'),
           COALESCE(sum((x->>'amount')::bigint) FILTER (WHERE x->>'result' = '0000'), 0)
      INTO v_n, v_sum, v_okn, v_oksum
      FROM jsonb_array_elements(p_lines) x;
    IF p_count <> v_n THEN
      v_reason := format('header count %s, %s lines', p_count, v_n);
    ELSIF p_total <> v_sum THEN
      v_reason := format('header total %s, lines sum to %s', p_total, v_sum);
    ELSIF p_okcount <> v_okn THEN
      v_reason := format('header okcount %s, %s lines debited', p_okcount, v_okn);
    ELSIF p_oktotal <> v_oksum THEN
      v_reason := format('header oktotal %s, debited lines sum to %s', p_oktotal, v_oksum);
    ELSIF p_count <> l.count THEN
      v_reason := format('count %s, the list has %s', p_count, l.count);
    ELSIF p_total <> l.total THEN
      v_reason := format('total %s, the list has %s', p_total, l.total);
    END IF;
  END IF;
  IF v_reason IS NULL THEN
    -- Every line the list's, each once: the same number and no line that
    -- differs from or is missing in the list means the same set.
    SELECT x->>'lineno' AS lineno INTO v_bad
      FROM jsonb_array_elements(p_lines) x
      LEFT JOIN wh_list_lines w ON w.list_id = l.id
           AND w.lineno = (x->>'lineno')::integer
     WHERE w.lineno IS NULL OR w.custno <> x->>'custno' OR w.account <> x->>'account'
        OR w.amount <> (x->>'amount')::bigint
     LIMIT 1;
    IF FOUND THEN
      v_reason := format('line %s is not the list''s', v_bad.lineno);
    ELSIF (SELECT count(DISTINCT (x->>'lineno')) FROM jsonb_array_elements(p_lines) x)
          <> v_n THEN
      v_reason := 'a line number appears twice';
    END IF;
  END IF;
  IF v_reason IS NOT NULL THEN
    RETURN QUERY SELECT * FROM gf_wh_result_refuse(p_bankno, p_file, p_sha256, l.id,
        v_reason);
    RETURN;
  END IF;
  INSERT INTO wh_results (bankno, file_name, sha256, list_id, state, count, total,
      okcount, oktotal)
  VALUES (p_bankno, p_file, p_sha256, l.id, 'ACCEPTED', p_count, p_total, p_okcount,
      p_oktotal)
  RETURNING id INTO v_id;
  INSERT INTO wh_result_lines (result_id, lineno, custno, account, amount, result,
      bankserial, txdate, post_state)
  SELECT v_id, (x->>'lineno')::integer, x->>'custno', x->>'account',
         (x->>'amount')::bigint, x->>'result', COALESCE(x->>'bankserial', ''),
         COALESCE(x->>'txdate', ''),
         CASE WHEN x->>'result' = '0000' THEN 'TODO' ELSE 'NONE' END
    FROM jsonb_array_elements(p_lines) x;
  RETURN QUERY SELECT 'ACCEPTED'::text, ''::text, v_id;
END $$;

-- ---- posting the debited lines ----

-- The next attempts to post: lines TODO none of whose attempts is still
-- open (PENDING or UNKNOWN: the money state machine and its settler own
-- those) -- every earlier attempt ended with nothing posted.  Each gets a
-- new `transactions` row, PENDING, channel WITHHOLD, pay_mode 5: a 1002,
-- or a 1004 (prepay: to the balance) when the marketing system said the
-- customer owes nothing any more (1002 refused 1002).  Under FOR UPDATE
-- SKIP LOCKED: several nodes never post one line together.
-- A generic plan from the second call: the lines' join with `transactions`
-- has no settle date to prune by, and a custom plan over every partition
-- took 28-60 ms at each of a connection's first five polls (PostgreSQL's
-- own choice then goes generic), with nothing to post.
CREATE OR REPLACE FUNCTION gf_wh_post_claim(p_owner text, p_org text, p_limit integer)
RETURNS TABLE (r_stserial text, r_settle_date text, r_custno text, r_amount bigint,
    r_trcode integer, r_bankno text, r_file text, r_lineno integer)
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  c record;
  v_st text;
  v_trcode integer;
  v_attempt integer;
  v_last record;
BEGIN
  FOR c IN
    SELECT rl.result_id, rl.lineno, rl.custno, rl.amount, r.bankno, r.file_name
      FROM wh_result_lines rl JOIN wh_results r ON r.id = rl.result_id
     WHERE rl.post_state = 'TODO'
       AND NOT EXISTS (SELECT 1 FROM wh_posts p JOIN transactions t
                         ON t.stserial = p.stserial AND t.settle_date = p.settle_date
                        WHERE p.result_id = rl.result_id AND p.lineno = rl.lineno
                          AND t.state IN ('PENDING', 'UNKNOWN'))
     ORDER BY rl.result_id, rl.lineno
     LIMIT p_limit
     FOR UPDATE OF rl SKIP LOCKED
  LOOP
    -- Recheck under the lock (another node may have posted it meanwhile;
    -- a line whose attempt is SUCCESS is POSTED now, not tried again).
    IF EXISTS (SELECT 1 FROM wh_posts p JOIN transactions t
                 ON t.stserial = p.stserial AND t.settle_date = p.settle_date
                WHERE p.result_id = c.result_id AND p.lineno = c.lineno
                  AND t.state IN ('PENDING', 'UNKNOWN', 'SUCCESS')) THEN
      PERFORM gf_wh_line_sync(c.result_id, c.lineno);
      CONTINUE;
    END IF;
    SELECT p.attempt, p.trcode, t.state, t.rspcode INTO v_last
      FROM wh_posts p JOIN transactions t
        ON t.stserial = p.stserial AND t.settle_date = p.settle_date
     WHERE p.result_id = c.result_id AND p.lineno = c.lineno
     ORDER BY p.attempt DESC LIMIT 1;
    v_attempt := COALESCE(v_last.attempt, 0) + 1;
    v_trcode := CASE WHEN v_last.trcode = 1004
                       OR (v_last.trcode = 1002 AND v_last.rspcode = '1002')
                     THEN 1004 ELSE 1002 END;
    v_st := gf_next_stserial(p_org);
    INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial,
        operator_id, customer_no, func, trcode, amount, pay_mode, channel, bankno)
    VALUES (v_st, current_date, 'WH' || c.bankno,
        replace(c.file_name, '.txt', '') || ':' || c.lineno || ':' || v_attempt, 'WITHHOLD',
        c.custno, CASE WHEN v_trcode = 1004 THEN 'PREPAY' ELSE 'PAYMENT' END,
        v_trcode, c.amount, 5, 'WITHHOLD', c.bankno);
    INSERT INTO wh_posts (result_id, lineno, attempt, stserial, settle_date, trcode, owner)
    VALUES (c.result_id, c.lineno, v_attempt, v_st, current_date, v_trcode, p_owner);
    RETURN QUERY SELECT v_st, to_char(current_date, 'YYYYMMDD'), c.custno,
        c.amount::bigint, v_trcode, c.bankno, c.file_name, c.lineno;
  END LOOP;
END $$;

-- The answer to an attempt (ifsvc): the transaction's outcome through the
-- money state machine (gf_tx_finish), and the line's state with it.
-- p_held: a refusal the marketing system will repeat (a person settles
-- it: the line is HELD, one alarm).
CREATE OR REPLACE FUNCTION gf_wh_post_done(p_stserial text, p_date date, p_outcome text,
    p_rspcode text, p_mkserial text, p_held boolean)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  v_state text;
  p wh_posts;
BEGIN
  SELECT * INTO p FROM wh_posts WHERE stserial = p_stserial;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'gf_wh_post_done: no posting %', p_stserial;
  END IF;
  SELECT r_state INTO v_state FROM gf_tx_finish(p_stserial, p_date, p_outcome,
      NULL, p_rspcode, p_mkserial, NULL, NULL, NULL);
  PERFORM gf_wh_line_sync(p.result_id, p.lineno);
  IF v_state = 'FAILED' AND p_held THEN
    UPDATE wh_result_lines SET post_state = 'HELD'
     WHERE result_id = p.result_id AND lineno = p.lineno AND post_state = 'TODO';
    IF FOUND THEN
      INSERT INTO alarms (kind, source, detail)
      SELECT 'WH_POST', 'ifsvc', 'file=' || r.file_name || ' line=' || p.lineno
             || ' stserial=' || p_stserial || ' rspcode=' || COALESCE(p_rspcode, '')
        FROM wh_results r WHERE r.id = p.result_id;
    END IF;
  END IF;
  RETURN v_state;
END $$;

-- A line is POSTED once one of its attempts is SUCCESS (by its answer, or
-- by nothing else: a settled attempt is REVERSED or FAILED).
CREATE OR REPLACE FUNCTION gf_wh_line_sync(p_result bigint, p_lineno integer)
RETURNS void LANGUAGE sql AS $$
  UPDATE wh_result_lines rl SET post_state = 'POSTED', stserial = s.stserial
    FROM (SELECT p.stserial FROM wh_posts p JOIN transactions t
            ON t.stserial = p.stserial AND t.settle_date = p.settle_date
           WHERE p.result_id = p_result AND p.lineno = p_lineno AND t.state = 'SUCCESS'
           LIMIT 1) s
   WHERE rl.result_id = p_result AND rl.lineno = p_lineno AND rl.post_state = 'TODO'
$$;

-- ifsvc (re)starting on p_node: what its previous process had out
-- (PENDING, answer never recorded) is an unknown outcome now, for the
-- settler at once rather than after the stale age.
CREATE OR REPLACE FUNCTION gf_wh_restart(p_node text, p_status integer)
RETURNS integer LANGUAGE sql AS $$
  WITH u AS (
    UPDATE transactions t SET state = 'UNKNOWN', tp_status = p_status,
           unknown_since = now(), next_settle_at = now(), updated_at = now()
      FROM wh_posts p
     WHERE p.stserial = t.stserial AND p.settle_date = t.settle_date
       AND t.state = 'PENDING' AND split_part(p.owner, ':', 2) = p_node
    RETURNING 1)
  SELECT count(*)::integer FROM u
$$;
