-- fn/debit.sql - account debits (BK/1 §4, docs/BK1.md "Debits"), defined
-- here whole and only here.  ifsvc/debit.c sends them and settles the ones
-- whose answer was lost; withholding's online mode (gfctl withhold send)
-- queues one per line of a list.

CREATE OR REPLACE FUNCTION gf_debit_serial() RETURNS text
LANGUAGE sql AS $$
  SELECT 'D' || lpad(nextval('debit_seq')::text, 19, '0')
$$;

-- Online withholding: the month's newest list of the bank, sent as one
-- debit (3001) per line instead of waiting for a result file.  Its result
-- is a wh_results row marked online, ACCEPTED at once; a line is added to
-- it as each debit is answered (gf_debit_answer).  A list that has a
-- result already (a file, or sent before) is refused.
CREATE OR REPLACE FUNCTION gf_wh_send(p_actor text, p_bankno text, p_month text)
RETURNS TABLE (r_file text, r_count integer, r_total bigint)
LANGUAGE plpgsql AS $$
DECLARE
  l wh_lists;
  v_id bigint;
BEGIN
  SELECT * INTO l FROM wh_lists WHERE bankno = p_bankno AND month = p_month
     AND state = 'MADE' ORDER BY nn DESC LIMIT 1 FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'bank % has no list for %: make one first', p_bankno, p_month
      USING ERRCODE = 'GF001';
  END IF;
  IF EXISTS (SELECT 1 FROM wh_results WHERE list_id = l.id AND state = 'ACCEPTED') THEN
    RAISE EXCEPTION 'list % has a result already', l.file_name USING ERRCODE = 'GF002';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM banks WHERE bankno = p_bankno AND enabled
                    AND COALESCE(debit_addr, '') <> '') THEN
    RAISE EXCEPTION 'bank % has no debit address (gfctl bank add --debit)', p_bankno
      USING ERRCODE = 'GF002';
  END IF;
  INSERT INTO wh_results (bankno, file_name, sha256, list_id, state, count, total,
      online)
  VALUES (p_bankno, 'ONLINE-' || l.file_name, 'online', l.id, 'ACCEPTED', l.count,
      l.total, true)
  RETURNING id INTO v_id;
  INSERT INTO debits (serial, bankno, custno, account, amount, reason, ref,
      result_id, lineno)
  SELECT gf_debit_serial(), p_bankno, w.custno, w.account, w.amount, 'WH',
         l.file_name || ':' || w.lineno, v_id, w.lineno
    FROM wh_list_lines w WHERE w.list_id = l.id ORDER BY w.lineno;
  PERFORM gf_admin_audit(p_actor, 'withhold send', l.file_name, 'online withholding',
    jsonb_build_object('bank', p_bankno, 'count', l.count, 'total', l.total));
  RETURN QUERY SELECT l.file_name, l.count, l.total;
END $$;

-- The debits due now, taken by p_owner: NEW ones become SENT (the 3001 is
-- about to go out; its lease is p_lease_s), UNKNOWN ones get a fresh
-- serial for their 3006.  A SENT one whose lease ran out (its sender
-- died, or never recorded an answer) is UNKNOWN first.
CREATE OR REPLACE FUNCTION gf_debit_claim(p_owner text, p_lease_s integer, p_limit integer)
RETURNS TABLE (r_serial text, r_state text, r_qserial text, r_bankno text,
    r_custno text, r_account text, r_amount bigint, r_reason text, r_ref text,
    r_addr text, r_keyver integer)
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE debits SET state = 'UNKNOWN', updated_at = now()
   WHERE state = 'SENT' AND next_at < now();
  RETURN QUERY
  WITH c AS (
    SELECT d.serial FROM debits d
     WHERE d.state IN ('NEW', 'UNKNOWN') AND d.next_at <= now()
     ORDER BY d.next_at LIMIT p_limit
     FOR UPDATE SKIP LOCKED),
  u AS (
    UPDATE debits d SET
           state = CASE WHEN d.state = 'NEW' THEN 'SENT' ELSE d.state END,
           attempts = d.attempts + CASE WHEN d.state = 'NEW' THEN 1 ELSE 0 END,
           queries = d.queries + CASE WHEN d.state = 'UNKNOWN' THEN 1 ELSE 0 END,
           owner = p_owner, next_at = now() + make_interval(secs => p_lease_s),
           updated_at = now()
      FROM c WHERE d.serial = c.serial
    RETURNING d.*)
  SELECT u.serial, u.state, CASE WHEN u.state = 'UNKNOWN' THEN gf_debit_serial() END,
         u.bankno, u.custno, u.account, u.amount::bigint, u.reason, u.ref,
         b.debit_addr, b.keyver::integer
    FROM u JOIN banks b USING (bankno);
END $$;

-- What became of a debit (ifsvc/debit.c):
--   DEBITED / REFUSED   final (from a 3001's answer or a 3006's)
--   UNKNOWN             the 3001's answer was lost (or 9999): settle by 3006;
--                       or a 3006 went unanswered: ask again later
--   NOTFOUND            a 3006 says the bank never had it: NEW, the same
--                       serial goes out again
--   NOTSENT             the 3001 never left (no connection): NEW, later
-- Only the holder's word counts.  A withholding debit's final outcome
-- becomes a line of its online result (a DEBITED one to post).
CREATE OR REPLACE FUNCTION gf_debit_answer(p_serial text, p_owner text, p_outcome text,
    p_bankserial text, p_rspcode text, p_request bytea, p_answer bytea,
    p_retry_s integer)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  d debits;
BEGIN
  SELECT * INTO d FROM debits WHERE serial = p_serial FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'gf_debit_answer: no debit %', p_serial;
  END IF;
  IF d.state NOT IN ('SENT', 'UNKNOWN') OR d.owner IS DISTINCT FROM p_owner THEN
    RETURN d.state;
  END IF;
  IF p_outcome IN ('DEBITED', 'REFUSED') THEN
    UPDATE debits SET state = p_outcome,
           bankserial = CASE WHEN p_outcome = 'DEBITED' THEN p_bankserial END,
           rspcode = p_rspcode, request = COALESCE(p_request, request),
           answer = COALESCE(p_answer, answer), updated_at = now()
     WHERE serial = p_serial;
    IF d.result_id IS NOT NULL THEN
      INSERT INTO wh_result_lines (result_id, lineno, custno, account, amount, result,
          bankserial, txdate, post_state)
      VALUES (d.result_id, d.lineno, d.custno, d.account, d.amount,
          CASE WHEN p_outcome = 'DEBITED' THEN '0000' ELSE p_rspcode END,
          COALESCE(p_bankserial, ''), to_char(now(), 'YYYYMMDD'),
          CASE WHEN p_outcome = 'DEBITED' THEN 'TODO' ELSE 'NONE' END)
      ON CONFLICT (result_id, lineno) DO NOTHING;
      UPDATE wh_results r SET okcount = x.n, oktotal = x.s
        FROM (SELECT count(*)::integer AS n, COALESCE(sum(amount), 0) AS s
                FROM wh_result_lines WHERE result_id = d.result_id AND result = '0000') x
       WHERE r.id = d.result_id;
    END IF;
    RETURN p_outcome;
  ELSIF p_outcome = 'UNKNOWN' THEN
    UPDATE debits SET state = 'UNKNOWN', rspcode = COALESCE(p_rspcode, rspcode),
           request = COALESCE(p_request, request), answer = COALESCE(p_answer, answer),
           next_at = now() + make_interval(secs => p_retry_s), updated_at = now()
     WHERE serial = p_serial;
    RETURN 'UNKNOWN';
  ELSIF p_outcome IN ('NOTFOUND', 'NOTSENT') THEN
    UPDATE debits SET state = 'NEW', request = COALESCE(p_request, request),
           next_at = now() + make_interval(secs => p_retry_s), updated_at = now()
     WHERE serial = p_serial;
    RETURN 'NEW';
  END IF;
  RAISE EXCEPTION 'gf_debit_answer: outcome %', p_outcome;
END $$;

-- ifsvc (re)starting on p_node: 3001s its previous process had out are
-- unknown now (settled by 3006 at once, not after the lease).
CREATE OR REPLACE FUNCTION gf_debit_restart(p_node text)
RETURNS integer LANGUAGE sql AS $$
  WITH u AS (
    UPDATE debits SET state = CASE WHEN state = 'SENT' THEN 'UNKNOWN' ELSE state END,
           next_at = now(), updated_at = now()
     WHERE state IN ('SENT', 'UNKNOWN') AND split_part(owner, ':', 2) = p_node
    RETURNING 1)
  SELECT count(*)::integer FROM u
$$;
