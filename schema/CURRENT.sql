--
-- PostgreSQL database dump
--



SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: gf_amount; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.gf_amount AS bigint
	CONSTRAINT gf_amount_check CHECK ((VALUE >= 0));


--
-- Name: gf_func; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.gf_func AS text
	CONSTRAINT gf_func_check CHECK ((VALUE = ANY (ARRAY['PAYMENT'::text, 'PREPAY'::text, 'CARD_RECHARGE'::text, 'REVERSAL'::text])));


--
-- Name: gf_keyver; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.gf_keyver AS smallint
	CONSTRAINT gf_keyver_check CHECK (((VALUE >= 1) AND (VALUE <= 255)));


--
-- Name: gf_name; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.gf_name AS text
	CONSTRAINT gf_name_check CHECK ((VALUE <> ''::text));


--
-- Name: gf_pay_mode; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.gf_pay_mode AS smallint
	CONSTRAINT gf_pay_mode_check CHECK ((VALUE = ANY (ARRAY[1, 2, 3])));


--
-- Name: gf_seq; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.gf_seq AS bigint
	CONSTRAINT gf_seq_check CHECK (((VALUE >= 0) AND (VALUE <= '4294967295'::bigint)));


--
-- Name: gf_suite; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.gf_suite AS smallint
	CONSTRAINT gf_suite_check CHECK ((VALUE = ANY (ARRAY[1, 2])));


--
-- Name: gf_term_serial; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.gf_term_serial AS text
	CONSTRAINT gf_term_serial_check CHECK (((VALUE <> ''::text) AND (length(VALUE) <= 32)));


--
-- Name: gf_terminal_id; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.gf_terminal_id AS text
	CONSTRAINT gf_terminal_id_check CHECK ((VALUE ~ '^[0-9]{16}$'::text));


--
-- Name: gf_trcode; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.gf_trcode AS smallint
	CONSTRAINT gf_trcode_check CHECK ((VALUE = ANY (ARRAY[1002, 1003, 1004, 1005])));


--
-- Name: gf_tx_state; Type: DOMAIN; Schema: public; Owner: -
--

CREATE DOMAIN public.gf_tx_state AS text
	CONSTRAINT gf_tx_state_check CHECK ((VALUE = ANY (ARRAY['PENDING'::text, 'SUCCESS'::text, 'FAILED'::text, 'UNKNOWN'::text, 'REVERSED'::text])));


--
-- Name: gf_admin_audit(text, text, text, text, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_admin_audit(p_actor text, p_action text, p_object text, p_reason text, p_detail jsonb) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF p_actor IS NULL OR btrim(p_actor) = '' THEN
    RAISE EXCEPTION 'an actor is required' USING ERRCODE = 'GF002';
  END IF;
  IF p_reason IS NULL OR btrim(p_reason) = '' THEN
    RAISE EXCEPTION '% %: a reason is required', p_action, p_object USING ERRCODE = 'GF002';
  END IF;
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES (p_actor, p_action, p_object,
          jsonb_build_object('reason', p_reason) || COALESCE(p_detail, '{}'::jsonb));
END $$;


--
-- Name: gf_bo_alarms(integer, integer, bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_alarms(p_signoff_days integer, p_cash_days integer, p_cash_amount bigint) RETURNS integer
    LANGUAGE plpgsql
    SET jit TO 'off'
    AS $$
DECLARE n1 integer := 0; n2 integer := 0;
BEGIN
  -- Every node's ifsvc checks: one at a time, so that the second sees the
  -- alarms the first raised (each statement below takes a new snapshot).
  PERFORM pg_advisory_xact_lock(hashtextextended('alarm:gf_bo_alarms', 0));
  IF p_signoff_days > 0 THEN
    WITH days AS (
      SELECT day FROM (SELECT gf_bo_tx_dates(current_date - 62,
                         current_date - p_signoff_days - 1) AS day
                       UNION SELECT recon_date FROM recon_runs
                        WHERE recon_date BETWEEN current_date - 62
                          AND current_date - p_signoff_days - 1) x
       WHERE gf_bo_signoff_of(day) IS NULL),
    ins AS (
      INSERT INTO alarms (kind, source, detail)
      SELECT 'RECON_UNSIGNED', 'ifsvc', format('date=%s not signed off after %s days',
               gf_bo_ymd(day), p_signoff_days)
        FROM days
       WHERE NOT EXISTS (SELECT 1 FROM alarms a WHERE a.kind = 'RECON_UNSIGNED'
                           AND NOT a.acked
                           AND left(a.detail, 14) = 'date=' || gf_bo_ymd(day) || ' ')
      RETURNING 1)
    SELECT count(*) INTO n1 FROM ins;
  END IF;
  IF p_cash_days > 0 OR p_cash_amount > 0 THEN
    WITH t AS (SELECT * FROM gf_bo_cash_transit(62)),
    per AS (SELECT operator_id, sum(expected) AS total, max(days_out) AS oldest,
                   min(settle_date) AS since
              FROM t GROUP BY operator_id),
    bad AS (SELECT * FROM per WHERE (p_cash_days > 0 AND oldest > p_cash_days)
                                  OR (p_cash_amount > 0 AND total > p_cash_amount)),
    ins AS (
      INSERT INTO alarms (kind, source, detail)
      SELECT 'CASH_IN_TRANSIT', 'ifsvc', format('collector=%s in_transit=%s fen since=%s days=%s',
               operator_id, total, gf_bo_ymd(since), oldest)
        FROM bad
       WHERE NOT EXISTS (SELECT 1 FROM alarms a WHERE a.kind = 'CASH_IN_TRANSIT'
                           AND NOT a.acked
                           AND left(a.detail, length(bad.operator_id) + 11)
                               = 'collector=' || bad.operator_id || ' ')
      RETURNING 1)
    SELECT count(*) INTO n2 FROM ins;
  END IF;
  RETURN n1 + n2;
END $$;


--
-- Name: gf_bo_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: a correction is a new, linked row', TG_TABLE_NAME
    USING ERRCODE = 'GF002';
END $$;


--
-- Name: gf_bo_audit(text, text, text, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_audit(p_actor text, p_action text, p_object text, p_detail jsonb) RETURNS void
    LANGUAGE sql
    AS $$
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES (p_actor, p_action, p_object, COALESCE(p_detail, '{}'::jsonb))
$$;


--
-- Name: gf_bo_cash_day(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_cash_day(p_date date) RETURNS TABLE(operator_id text, settle_date date, expected bigint, gross bigint, reversed bigint, n bigint, unknown_amount bigint, pending_n bigint)
    LANGUAGE sql
    AS $$
  SELECT r.operator_id, p_date,
         COALESCE(sum(r.amount) FILTER (WHERE r.state = 'SUCCESS'), 0)::bigint,
         COALESCE(sum(r.amount) FILTER (WHERE r.state IN ('SUCCESS', 'REVERSED')), 0)::bigint,
         COALESCE(sum(r.amount) FILTER (WHERE r.state = 'REVERSED'), 0)::bigint,
         COALESCE(sum(r.n) FILTER (WHERE r.state = 'SUCCESS'), 0)::bigint,
         COALESCE(sum(r.amount) FILTER (WHERE r.state = 'UNKNOWN'), 0)::bigint,
         COALESCE(sum(r.n) FILTER (WHERE r.state = 'PENDING'), 0)::bigint
    FROM gf_bo_day_rows(p_date) r
   WHERE gf_bo_is_cash(r.func, NULLIF(r.pay_mode, 0))
   GROUP BY r.operator_id
$$;


--
-- Name: gf_bo_cash_deposit(text, text, text, text, text, bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_cash_deposit(p_actor text, p_collector text, p_date text, p_slip text, p_bank text, p_amount bigint) RETURNS json
    LANGUAGE plpgsql
    AS $_$
DECLARE
  d date := gf_bo_date(p_date);
  k record;
BEGIN
  IF d IS NULL THEN
    RAISE EXCEPTION 'date required' USING ERRCODE = '22023';
  END IF;
  IF p_slip IS NULL OR p_slip !~ '^[A-Za-z0-9-]{1,40}$' THEN
    RAISE EXCEPTION 'slip_no: 1-40 letters, digits or -' USING ERRCODE = '22023';
  END IF;
  IF p_bank IS NULL OR btrim(p_bank) = '' OR length(p_bank) > 100 THEN
    RAISE EXCEPTION 'bank required' USING ERRCODE = '22023';
  END IF;
  IF p_amount IS NULL OR p_amount <= 0 THEN
    RAISE EXCEPTION 'amount: fen > 0' USING ERRCODE = '22023';
  END IF;
  SELECT * INTO k FROM cash_days WHERE operator_id = p_collector AND settle_date = d
     FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no hand-in of % on %', p_collector, d USING ERRCODE = 'GF001';
  END IF;
  IF k.state <> 'BALANCED' THEN
    RAISE EXCEPTION 'the cash of % on % is %, not BALANCED', p_collector, d, k.state
      USING ERRCODE = 'GF002';
  END IF;
  IF p_amount <> k.counted THEN
    RAISE EXCEPTION 'the deposit (% fen) is not the cash counted (% fen)', p_amount, k.counted
      USING ERRCODE = 'GF002';
  END IF;
  UPDATE cash_days SET state = 'DEPOSITED', slip_no = p_slip, bank = btrim(p_bank),
         deposit_amount = p_amount, deposited_by = p_actor, deposited_at = now()
   WHERE operator_id = p_collector AND settle_date = d;
  INSERT INTO cash_events (operator_id, settle_date, kind, amount, slip_no, bank, actor)
  VALUES (p_collector, d, 'DEPOSIT', p_amount, p_slip, btrim(p_bank), p_actor);
  PERFORM gf_bo_audit(p_actor, 'cash deposit', p_collector || '/' || gf_bo_ymd(d),
      jsonb_build_object('slip_no', p_slip, 'bank', btrim(p_bank), 'amount', p_amount));
  RETURN json_build_object('collector', p_collector, 'date', gf_bo_ymd(d),
      'state', 'DEPOSITED', 'slip_no', p_slip, 'bank', btrim(p_bank), 'amount', p_amount);
END $_$;


--
-- Name: gf_bo_cash_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_cash_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NOT (
       (OLD.state = 'OPEN' AND NEW.state IN ('HANDED_IN', 'BALANCED'))
    OR (OLD.state = 'HANDED_IN' AND NEW.state IN ('HANDED_IN', 'BALANCED'))
    OR (OLD.state = 'BALANCED' AND NEW.state = 'DEPOSITED')) THEN
    RAISE EXCEPTION 'illegal cash transition % -> % of % %', OLD.state,
      CASE WHEN TG_OP = 'DELETE' THEN 'DELETE' ELSE NEW.state END,
      OLD.operator_id, OLD.settle_date USING ERRCODE = 'GF002';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;


--
-- Name: gf_bo_cash_handin(text, text, text, bigint, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_cash_handin(p_actor text, p_collector text, p_date text, p_counted bigint, p_reason text) RETURNS json
    LANGUAGE plpgsql
    AS $$
DECLARE
  d date := gf_bo_date(p_date);
  c record;
  k record;
  v_os bigint;
  v_state text;
  v_reason text := NULLIF(btrim(COALESCE(p_reason, '')), '');
BEGIN
  IF d IS NULL OR d > current_date THEN
    RAISE EXCEPTION 'a settle date up to today is required' USING ERRCODE = '22023';
  END IF;
  IF p_counted IS NULL OR p_counted < 0 THEN
    RAISE EXCEPTION 'counted: an amount in fen >= 0' USING ERRCODE = '22023';
  END IF;
  IF length(COALESCE(v_reason, '')) > 500 THEN
    RAISE EXCEPTION 'reason: at most 500 characters' USING ERRCODE = '22023';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM operators WHERE id = p_collector) THEN
    RAISE EXCEPTION 'no collector %', p_collector USING ERRCODE = 'GF001';
  END IF;
  INSERT INTO cash_days (operator_id, settle_date) VALUES (p_collector, d)
  ON CONFLICT DO NOTHING;
  SELECT * INTO k FROM cash_days WHERE operator_id = p_collector AND settle_date = d
     FOR UPDATE;
  IF k.state NOT IN ('OPEN', 'HANDED_IN') THEN
    RAISE EXCEPTION 'the cash of % on % is already %', p_collector, d, k.state
      USING ERRCODE = 'GF002';
  END IF;
  SELECT * INTO c FROM gf_bo_cash_live(p_collector, d);
  IF c.pending_n > 0 THEN
    RAISE EXCEPTION '% payments of % on % are still in progress', c.pending_n,
      p_collector, d USING ERRCODE = 'GF002';
  END IF;
  v_os := p_counted - c.expected;
  v_state := CASE WHEN v_os = 0 OR v_reason IS NOT NULL THEN 'BALANCED' ELSE 'HANDED_IN' END;
  UPDATE cash_days SET state = v_state, expected = c.expected, counted = p_counted,
         over_short = v_os, reason = v_reason, handed_in_by = p_actor,
         handed_in_at = now()
   WHERE operator_id = p_collector AND settle_date = d;
  INSERT INTO cash_events (operator_id, settle_date, kind, expected, amount,
      over_short, reason, actor)
  VALUES (p_collector, d, 'HANDIN', c.expected, p_counted, v_os, v_reason, p_actor);
  PERFORM gf_bo_audit(p_actor, 'cash handin', p_collector || '/' || gf_bo_ymd(d),
      jsonb_build_object('expected', c.expected, 'counted', p_counted,
                         'over_short', v_os, 'reason', v_reason, 'state', v_state));
  RETURN json_build_object('collector', p_collector, 'date', gf_bo_ymd(d),
      'state', v_state, 'expected', c.expected, 'counted', p_counted,
      'over_short', v_os, 'reason', v_reason);
END $$;


--
-- Name: gf_bo_cash_in_transit(integer, bigint, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_cash_in_transit(p_days integer, p_amount bigint, p_page integer, p_size integer) RETURNS json
    LANGUAGE plpgsql
    SET jit TO 'off'
    AS $$
DECLARE
  pg int[] := gf_bo_page(p_page, p_size);
  v json;
BEGIN
  WITH t AS (SELECT * FROM gf_bo_cash_transit(62)),
  per AS (SELECT t.operator_id, sum(t.expected) AS total, max(t.days_out) AS oldest
            FROM t GROUP BY t.operator_id)
  SELECT json_build_object('total', (SELECT count(*) FROM t), 'page', pg[1],
    'size', pg[2], 'limit_days', p_days, 'limit_amount', p_amount,
    'rows', COALESCE((SELECT json_agg(json_build_object(
      'collector', x.operator_id, 'name', o.name, 'org', o.org,
      'date', gf_bo_ymd(x.settle_date), 'amount', x.expected, 'days_out', x.days_out,
      'collector_total', p.total,
      'over_days', p_days > 0 AND x.days_out > p_days,
      'over_amount', p_amount > 0 AND p.total > p_amount)
      ORDER BY x.settle_date, x.operator_id)
      FROM (SELECT * FROM t ORDER BY settle_date, operator_id
             OFFSET (pg[1] - 1) * pg[2] LIMIT pg[2]) x
      JOIN per p ON p.operator_id = x.operator_id
      LEFT JOIN operators o ON o.id = x.operator_id), '[]'))
    INTO v;
  RETURN v;
END $$;


--
-- Name: gf_bo_cash_list(text, text, text, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_cash_list(p_date text, p_collector text, p_state text, p_page integer, p_size integer) RETURNS json
    LANGUAGE plpgsql
    SET jit TO 'off'
    AS $$
DECLARE
  d date := gf_bo_date(p_date);
  pg int[] := gf_bo_page(p_page, p_size);
  v json;
BEGIN
  IF p_state IS NOT NULL AND p_state NOT IN ('OPEN', 'HANDED_IN', 'BALANCED', 'DEPOSITED') THEN
    RAISE EXCEPTION 'bad state' USING ERRCODE = '22023';
  END IF;
  IF d IS NULL AND p_collector IS NULL THEN
    d := current_date;
  END IF;
  CREATE TEMP TABLE IF NOT EXISTS bo_cash (operator_id text, settle_date date,
      expected bigint, gross bigint, reversed bigint, n bigint,
      unknown_amount bigint, pending_n bigint) ON COMMIT DROP;
  TRUNCATE bo_cash;
  IF d IS NOT NULL THEN
    INSERT INTO bo_cash SELECT * FROM gf_bo_cash_day(d) c
     WHERE p_collector IS NULL OR c.operator_id = p_collector;
  ELSE
    INSERT INTO bo_cash SELECT c.* FROM gf_bo_tx_dates(current_date - 62, current_date) x,
        gf_bo_cash_day(x) c WHERE c.operator_id = p_collector;
  END IF;
  WITH j AS (
    SELECT COALESCE(c.operator_id, k.operator_id) AS op,
           COALESCE(c.settle_date, k.settle_date) AS day,
           c.expected, c.gross, c.reversed, c.n, c.unknown_amount, c.pending_n,
           COALESCE(k.state, 'OPEN') AS state, k.expected AS handin_expected,
           k.counted, k.over_short, k.reason, k.handed_in_by, k.handed_in_at,
           k.slip_no, k.bank, k.deposit_amount, k.deposited_by, k.deposited_at
      FROM bo_cash c
      FULL JOIN (SELECT * FROM cash_days k0
                  WHERE (d IS NULL OR k0.settle_date = d)
                    AND (p_collector IS NULL OR k0.operator_id = p_collector)
                    AND (d IS NOT NULL OR k0.settle_date >= current_date - 62)) k
        ON k.operator_id = c.operator_id AND k.settle_date = c.settle_date),
  f AS (SELECT * FROM j WHERE p_state IS NULL OR state = p_state)
  SELECT json_build_object('total', (SELECT count(*) FROM f), 'page', pg[1], 'size', pg[2],
    'rows', COALESCE((SELECT json_agg(json_build_object(
      'collector', f.op, 'name', o.name, 'org', o.org, 'date', gf_bo_ymd(f.day),
      'state', f.state, 'expected', COALESCE(f.expected, 0),
      'collected', COALESCE(f.gross, 0), 'reversed', COALESCE(f.reversed, 0),
      'count', COALESCE(f.n, 0), 'unknown_amount', COALESCE(f.unknown_amount, 0),
      'pending', COALESCE(f.pending_n, 0), 'handin_expected', f.handin_expected,
      'counted', f.counted, 'over_short', f.over_short, 'reason', f.reason,
      'handed_in_by', f.handed_in_by, 'handed_in_at', f.handed_in_at,
      'changed_since_handin', f.handin_expected IS NOT NULL
                              AND f.handin_expected <> COALESCE(f.expected, 0),
      'slip_no', f.slip_no, 'bank', f.bank, 'deposit_amount', f.deposit_amount,
      'deposited_by', f.deposited_by, 'deposited_at', f.deposited_at)
      ORDER BY f.day DESC, f.op)
      FROM (SELECT * FROM f ORDER BY day DESC, op OFFSET (pg[1] - 1) * pg[2]
             LIMIT pg[2]) f LEFT JOIN operators o ON o.id = f.op), '[]'))
    INTO v;
  RETURN v;
END $$;


--
-- Name: gf_bo_cash_live(text, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_cash_live(p_op text, p_date date) RETURNS TABLE(expected bigint, gross bigint, reversed bigint, n bigint, unknown_n bigint, unknown_amount bigint, pending_n bigint)
    LANGUAGE sql STABLE
    AS $$
  SELECT COALESCE(sum(amount) FILTER (WHERE state = 'SUCCESS'), 0)::bigint,
         COALESCE(sum(amount) FILTER (WHERE state IN ('SUCCESS', 'REVERSED')), 0)::bigint,
         COALESCE(sum(amount) FILTER (WHERE state = 'REVERSED'), 0)::bigint,
         count(*) FILTER (WHERE state = 'SUCCESS'),
         count(*) FILTER (WHERE state = 'UNKNOWN'),
         COALESCE(sum(amount) FILTER (WHERE state = 'UNKNOWN'), 0)::bigint,
         count(*) FILTER (WHERE state = 'PENDING')
    FROM transactions
   WHERE settle_date = p_date AND operator_id = p_op
     AND gf_bo_is_cash(func, pay_mode)
$$;


--
-- Name: gf_bo_cash_transit(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_cash_transit(p_window integer) RETURNS TABLE(operator_id text, settle_date date, expected bigint, days_out integer)
    LANGUAGE sql
    AS $$
  SELECT c.operator_id, c.settle_date, c.expected, (current_date - c.settle_date)::int
    FROM gf_bo_tx_dates(current_date - p_window, current_date) x,
         gf_bo_cash_day(x) c
   WHERE c.expected > 0
     AND NOT EXISTS (SELECT 1 FROM cash_days k WHERE k.operator_id = c.operator_id
                       AND k.settle_date = c.settle_date AND k.state <> 'OPEN')
$$;


--
-- Name: gf_bo_current_run(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_current_run(p_date date) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
  SELECT max(id) FROM recon_runs WHERE recon_date = p_date AND state = 'DONE'
$$;


--
-- Name: gf_bo_date(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_date(p text) RETURNS date
    LANGUAGE plpgsql IMMUTABLE
    AS $_$
BEGIN
  IF p IS NULL OR p = '' THEN
    RETURN NULL;
  END IF;
  IF p !~ '^[0-9]{8}$' AND p !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
    RAISE EXCEPTION 'bad date %', p USING ERRCODE = '22023';
  END IF;
  RETURN p::date;
EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
  RAISE EXCEPTION 'bad date %', p USING ERRCODE = '22023';
END $_$;


--
-- Name: gf_bo_day_rows(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_day_rows(p_date date) RETURNS TABLE(operator_id text, func text, pay_mode smallint, state text, n bigint, amount bigint)
    LANGUAGE plpgsql ROWS 500
    AS $$
DECLARE v jsonb;
BEGIN
  IF gf_bo_summarize(p_date) THEN
    RETURN QUERY SELECT s.operator_id, s.func, s.pay_mode, s.state, s.n, s.amount
                   FROM tx_day_summary s WHERE s.settle_date = p_date;
    RETURN;
  END IF;
  SELECT l.rows INTO v FROM tx_day_live l
   WHERE l.settle_date = p_date AND l.made_at > clock_timestamp() - interval '10 seconds';
  IF v IS NULL THEN
    SELECT COALESCE(jsonb_agg(jsonb_build_array(x.op, x.func, x.pm, x.state, x.n, x.amt)), '[]')
      INTO v
      FROM (SELECT t.operator_id AS op, t.func::text AS func,
                   COALESCE(t.pay_mode, 0)::smallint AS pm, t.state::text AS state,
                   count(*) AS n, sum(t.amount)::bigint AS amt
              FROM transactions t WHERE t.settle_date = p_date
             GROUP BY 1, 2, 3, 4) x;
    INSERT INTO tx_day_live (settle_date, made_at, rows)
    VALUES (p_date, clock_timestamp(), v)
    ON CONFLICT (settle_date) DO UPDATE SET made_at = EXCLUDED.made_at, rows = EXCLUDED.rows;
  END IF;
  RETURN QUERY SELECT e->>0, e->>1, (e->>2)::smallint, e->>3, (e->>4)::bigint,
                      (e->>5)::bigint
                 FROM jsonb_array_elements(v) e;
END $$;


--
-- Name: gf_bo_err(text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_err(p_code text, p_zh text, p_en text) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    AS $$
  SELECT jsonb_build_object('error', p_code, 'message', p_zh, 'message_en', p_en)
$$;


--
-- Name: gf_bo_is_cash(text, smallint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_is_cash(p_func text, p_pay_mode smallint) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$
  SELECT p_func IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE')
     AND (p_pay_mode = 1 OR (p_pay_mode IS NULL AND p_func <> 'PAYMENT'))
$$;


--
-- Name: gf_bo_label(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_label(p_by text, p_key text) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    AS $$
  SELECT CASE p_by
    WHEN 'pay_mode' THEN CASE p_key
      WHEN '1' THEN '["现金", "cash"]' WHEN '2' THEN '["银行卡", "bank card"]'
      WHEN '3' THEN '["转账", "transfer"]' ELSE '["未指定", "not given"]' END::jsonb
    WHEN 'channel' THEN CASE p_key
      WHEN 'PAYMENT' THEN '["缴费", "payment"]' WHEN 'PREPAY' THEN '["预付费", "prepayment"]'
      WHEN 'CARD_RECHARGE' THEN '["IC卡充值", "card recharge"]'
      ELSE jsonb_build_array(p_key, p_key) END
    ELSE NULL END
$$;


--
-- Name: gf_bo_locked_insert(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_locked_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM (SELECT DISTINCT run_id FROM new_rows) n
               JOIN recon_runs r ON r.id = n.run_id
               JOIN recon_signoffs s ON s.recon_date = r.recon_date
                AND s.reopened_at IS NULL) THEN
    RAISE EXCEPTION '% of a signed-off day cannot change', TG_TABLE_NAME
      USING ERRCODE = 'GF004';
  END IF;
  RETURN NULL;
END $$;


--
-- Name: gf_bo_locked_rows(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_locked_rows() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM recon_runs r JOIN recon_signoffs s
               ON s.recon_date = r.recon_date AND s.reopened_at IS NULL
              WHERE r.id = OLD.run_id) THEN
    RAISE EXCEPTION '% of a signed-off day cannot change', TG_TABLE_NAME
      USING ERRCODE = 'GF004';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;


--
-- Name: gf_bo_locked_run(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_locked_run() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE d date;
BEGIN
  d := CASE WHEN TG_OP = 'INSERT' THEN NEW.recon_date ELSE OLD.recon_date END;
  IF gf_bo_signoff_of(d) IS NOT NULL THEN
    RAISE EXCEPTION 'reconciliation of % is signed off: an admin must reopen it first', d
      USING ERRCODE = 'GF004';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;


--
-- Name: gf_bo_page(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_page(p_page integer, p_size integer) RETURNS integer[]
    LANGUAGE plpgsql IMMUTABLE
    AS $$
DECLARE pg int := COALESCE(p_page, 1); sz int := COALESCE(p_size, 50);
BEGIN
  IF pg < 1 OR sz < 1 OR sz > 100000 THEN
    RAISE EXCEPTION 'page >= 1, 1 <= size <= 100000' USING ERRCODE = '22023';
  END IF;
  RETURN ARRAY[pg, sz];
END $$;


--
-- Name: gf_bo_reasons(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_reasons() RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    AS $$
  SELECT '[{"code":"SETTLED_LATER","zh":"事后已结清","en":"settled later"},
           {"code":"MKT_CORRECTION","zh":"营销侧更正","en":"marketing-side correction"},
           {"code":"STATION_FAULT","zh":"主站故障","en":"station fault"},
           {"code":"FRAUD_SUSPECTED","zh":"疑似舞弊","en":"fraud suspected"},
           {"code":"OTHER","zh":"其他","en":"other"}]'::jsonb
$$;


--
-- Name: gf_bo_recon_day(text, text, text, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_recon_day(p_actor text, p_date text, p_category text, p_page integer, p_size integer) RETURNS json
    LANGUAGE plpgsql STABLE
    SET jit TO 'off'
    AS $$
DECLARE
  d date := gf_bo_date(p_date);
  pg int[] := gf_bo_page(p_page, p_size);
  v_run bigint;
  v_maker boolean;
  v json;
BEGIN
  IF d IS NULL THEN
    RAISE EXCEPTION 'date required' USING ERRCODE = '22023';
  END IF;
  v_run := gf_bo_current_run(d);
  v_maker := EXISTS (SELECT 1 FROM recon_resolutions WHERE recon_date = d
                       AND actor = p_actor);
  SELECT json_build_object(
    'day', gf_bo_recon_day_head(d),
    'runs', (SELECT COALESCE(json_agg(json_build_object('id', id, 'state', state,
               'started_at', started_at, 'finished_at', finished_at,
               'file_sha256', file_sha256, 'remote_count', remote_count,
               'remote_total', remote_total, 'local_count', local_count,
               'local_total', local_total, 'summary', summary, 'error', error,
               'has_file', raw_file IS NOT NULL) ORDER BY id DESC), '[]')
               FROM recon_runs WHERE recon_date = d),
    'stats', (SELECT COALESCE(json_agg(json_build_object('category', category,
               'n', n, 'local_sum', ls, 'remote_sum', rs) ORDER BY o), '[]')
               FROM (SELECT s.category, sum(s.n) AS n, sum(s.local_sum) AS ls,
                            sum(s.remote_sum) AS rs,
                            array_position(ARRAY['MATCHED', 'LOCAL_ONLY',
                              'REMOTE_ONLY', 'AMOUNT_MISMATCH',
                              'STATUS_MISMATCH'], s.category) AS o
                       FROM recon_stats s WHERE s.run_id = v_run
                      GROUP BY s.category) st),
    'diffs', (SELECT json_build_object(
               'total', (SELECT count(*) FROM recon_diffs WHERE run_id = v_run
                          AND (p_category IS NULL OR category = p_category)),
               'page', pg[1], 'size', pg[2],
               'rows', COALESCE(json_agg(json_build_object(
                 'category', f.category, 'stserial', f.stserial,
                 'station', CASE WHEN f.l_state IS NULL THEN NULL ELSE json_build_object(
                    'state', f.l_state, 'expected', f.l_expected, 'amount', f.l_amount,
                    'trcode', f.l_trcode, 'customer_no', f.l_customer_no,
                    'mkt_serial', f.l_mkt_serial, 'terminal_id', f.l_terminal_id,
                    'operator_id', f.l_operator_id, 'term_serial', f.l_term_serial,
                    'created_at', f.l_created_at) END,
                 'market', CASE WHEN f.r_status IS NULL THEN NULL ELSE json_build_object(
                    'mkserial', f.r_mkserial, 'trcode', f.r_trcode,
                    'custno', f.r_custno, 'amount', f.r_amount,
                    'status', f.r_status, 'txdate', f.r_txdate,
                    'txtime', f.r_txtime) END,
                 'resolution', (SELECT json_build_object('id', x.id, 'reason', x.reason,
                    'note', x.note, 'actor', x.actor, 'created_at', x.created_at,
                    'run_id', x.run_id, 'supersedes', x.supersedes,
                    'versions', (SELECT count(*) FROM recon_resolutions y
                                  WHERE y.recon_date = d AND y.stserial = f.stserial))
                    FROM recon_resolutions x WHERE x.recon_date = d
                     AND x.stserial = f.stserial ORDER BY x.id DESC LIMIT 1))
                 ORDER BY f.category, f.stserial), '[]'))
               FROM (SELECT * FROM recon_diffs WHERE run_id = v_run
                      AND (p_category IS NULL OR category = p_category)
                      ORDER BY category, stserial
                     OFFSET (pg[1] - 1) * pg[2] LIMIT pg[2]) f),
    'reasons', gf_bo_reasons(),
    'signoffs', (SELECT COALESCE(json_agg(json_build_object('id', id, 'run_id', run_id,
               'actor', actor, 'note', note, 'signed_at', signed_at,
               'reopened_by', reopened_by, 'reopen_reason', reopen_reason,
               'reopened_at', reopened_at) ORDER BY id DESC), '[]')
               FROM recon_signoffs WHERE recon_date = d),
    'requests', (SELECT COALESCE(json_agg(json_build_object('id', id,
               'actor', actor, 'state', state, 'run_id', run_id, 'detail', detail,
               'created_at', created_at, 'finished_at', finished_at)
               ORDER BY id DESC), '[]')
               FROM (SELECT * FROM recon_requests WHERE recon_date = d
                      ORDER BY id DESC LIMIT 20) q),
    'you_resolved', v_maker,
    'can_sign', v_run IS NOT NULL AND NOT v_maker AND gf_bo_signoff_of(d) IS NULL
       AND NOT EXISTS (SELECT 1 FROM recon_diffs f WHERE f.run_id = v_run
             AND NOT EXISTS (SELECT 1 FROM recon_resolutions x
                              WHERE x.recon_date = d AND x.stserial = f.stserial)))
    INTO v;
  RETURN v;
END $$;


--
-- Name: gf_bo_recon_day_head(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_recon_day_head(p_date date) RETURNS jsonb
    LANGUAGE sql STABLE
    AS $$
  WITH cur AS (SELECT * FROM recon_runs
                WHERE id = gf_bo_current_run(p_date)),
  last AS (SELECT * FROM recon_runs WHERE recon_date = p_date
            ORDER BY id DESC LIMIT 1),
  so AS (SELECT * FROM recon_signoffs WHERE recon_date = p_date
          AND reopened_at IS NULL),
  d AS (SELECT count(*) AS n, count(*) FILTER (WHERE NOT EXISTS (
          SELECT 1 FROM recon_resolutions x WHERE x.recon_date = p_date
             AND x.stserial = f.stserial)) AS open
          FROM recon_diffs f WHERE f.run_id = (SELECT id FROM cur))
  SELECT jsonb_build_object(
    'date', gf_bo_ymd(p_date),
    'state', CASE WHEN EXISTS (SELECT 1 FROM so) THEN 'SIGNED'
                  WHEN NOT EXISTS (SELECT 1 FROM last) THEN 'NONE'
                  WHEN (SELECT state FROM last) = 'RUNNING' THEN 'RUNNING'
                  WHEN NOT EXISTS (SELECT 1 FROM cur) THEN 'FAILED'
                  WHEN (SELECT open FROM d) > 0 THEN 'DIFFERENCES'
                  ELSE 'READY' END,
    'locked', EXISTS (SELECT 1 FROM so),
    'run_id', (SELECT id FROM cur),
    'last_run_state', (SELECT state FROM last),
    'local_count', (SELECT local_count FROM cur),
    'local_total', (SELECT local_total FROM cur),
    'remote_count', (SELECT remote_count FROM cur),
    'remote_total', (SELECT remote_total FROM cur),
    'file_sha256', (SELECT file_sha256 FROM cur),
    'diffs', (SELECT n FROM d),
    'unresolved', (SELECT open FROM d),
    'signed_by', (SELECT actor FROM so),
    'signed_at', (SELECT signed_at FROM so),
    'rerun', (SELECT state FROM recon_requests WHERE recon_date = p_date
               ORDER BY id DESC LIMIT 1))
$$;


--
-- Name: gf_bo_recon_days(text, text, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_recon_days(p_from text, p_to text, p_page integer, p_size integer) RETURNS json
    LANGUAGE plpgsql STABLE
    SET jit TO 'off'
    AS $$
DECLARE
  v_to date := COALESCE(gf_bo_date(p_to), current_date);
  v_from date := COALESCE(gf_bo_date(p_from), v_to - 30);
  pg int[] := gf_bo_page(p_page, p_size);
  v json;
BEGIN
  IF v_to < v_from OR v_to - v_from > 366 THEN
    RAISE EXCEPTION 'from..to: at most 366 days' USING ERRCODE = '22023';
  END IF;
  WITH days AS (
    SELECT DISTINCT day FROM (
      SELECT recon_date AS day FROM recon_runs WHERE recon_date BETWEEN v_from AND v_to
      UNION ALL SELECT recon_date FROM recon_signoffs WHERE recon_date BETWEEN v_from AND v_to
      UNION ALL SELECT gf_bo_tx_dates(v_from, v_to)) x),
  pagev AS (SELECT day FROM days ORDER BY day DESC
             OFFSET (pg[1] - 1) * pg[2] LIMIT pg[2])
  SELECT json_build_object('total', (SELECT count(*) FROM days), 'page', pg[1],
           'size', pg[2], 'rows', COALESCE((SELECT json_agg(gf_bo_recon_day_head(day)
             ORDER BY day DESC) FROM pagev), '[]'))
    INTO v;
  RETURN v;
END $$;


--
-- Name: gf_bo_recon_reopen(text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_recon_reopen(p_actor text, p_date text, p_reason text) RETURNS json
    LANGUAGE plpgsql
    AS $$
DECLARE
  d date := gf_bo_date(p_date);
  v_id bigint;
BEGIN
  IF d IS NULL THEN
    RAISE EXCEPTION 'date required' USING ERRCODE = '22023';
  END IF;
  IF p_reason IS NULL OR btrim(p_reason) = '' OR length(p_reason) > 2000 THEN
    RAISE EXCEPTION 'a reason is required' USING ERRCODE = '22023';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('gf_bo_recon_day'), d - date '2000-01-01');
  UPDATE recon_signoffs SET reopened_by = p_actor, reopen_reason = p_reason,
         reopened_at = now()
   WHERE recon_date = d AND reopened_at IS NULL RETURNING id INTO v_id;
  IF v_id IS NULL THEN
    RAISE EXCEPTION '% is not signed off', d USING ERRCODE = 'GF002';
  END IF;
  PERFORM gf_bo_audit(p_actor, 'recon reopen', gf_bo_ymd(d),
      jsonb_build_object('signoff', v_id, 'reason', p_reason));
  RETURN json_build_object('date', gf_bo_ymd(d), 'signoff', v_id, 'state', 'REOPENED');
END $$;


--
-- Name: gf_bo_recon_request_done(bigint, boolean, bigint, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_recon_request_done(p_id bigint, p_ok boolean, p_run bigint, p_detail text) RETURNS void
    LANGUAGE sql
    AS $$
  UPDATE recon_requests SET state = CASE WHEN p_ok THEN 'DONE' ELSE 'FAILED' END,
         run_id = NULLIF(p_run, 0), detail = p_detail, finished_at = now(),
         lease_until = NULL
   WHERE id = p_id AND state = 'STARTED'
$$;


--
-- Name: gf_bo_recon_requests_interrupted(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_recon_requests_interrupted(p_node text) RETURNS integer
    LANGUAGE sql
    AS $$
  WITH u AS (UPDATE recon_requests SET state = 'FAILED', finished_at = now(),
                    detail = 'interrupted (ifsvc restarted)', lease_until = NULL
              WHERE state = 'STARTED' AND (node = p_node OR node IS NULL)
              RETURNING 1)
  SELECT count(*)::integer FROM u
$$;


--
-- Name: gf_bo_recon_rerun(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_recon_rerun(p_actor text, p_date text) RETURNS json
    LANGUAGE plpgsql
    AS $$
DECLARE
  d date := gf_bo_date(p_date);
  v_id bigint;
BEGIN
  IF d IS NULL OR d > current_date THEN
    RAISE EXCEPTION 'a date up to today is required' USING ERRCODE = '22023';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('gf_bo_recon_day'), d - date '2000-01-01');
  IF gf_bo_signoff_of(d) IS NOT NULL THEN
    PERFORM gf_bo_audit(p_actor, 'recon rerun refused', gf_bo_ymd(d),
        jsonb_build_object('why', 'signed off'));
    RETURN gf_bo_err('locked', '该日对账已签核，重新对账须先由管理员重新打开',
        'the day is signed off: an admin must reopen it before a new run')::json;
  END IF;
  IF EXISTS (SELECT 1 FROM recon_requests WHERE recon_date = d
               AND state IN ('QUEUED', 'STARTED'))
     OR EXISTS (SELECT 1 FROM recon_runs WHERE recon_date = d AND state = 'RUNNING') THEN
    RAISE EXCEPTION 'a run of % is already queued or running', d USING ERRCODE = 'GF002';
  END IF;
  INSERT INTO recon_requests (recon_date, actor) VALUES (d, p_actor) RETURNING id INTO v_id;
  PERFORM gf_bo_audit(p_actor, 'recon rerun', gf_bo_ymd(d),
      jsonb_build_object('request', v_id));
  RETURN json_build_object('request', v_id, 'date', gf_bo_ymd(d), 'state', 'QUEUED');
END $$;


--
-- Name: gf_bo_recon_resolve(text, text, text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_recon_resolve(p_actor text, p_date text, p_stserial text, p_reason text, p_note text) RETURNS json
    LANGUAGE plpgsql
    AS $$
DECLARE
  d date := gf_bo_date(p_date);
  v_run bigint;
  v_prev bigint;
  v_id bigint;
BEGIN
  IF d IS NULL THEN
    RAISE EXCEPTION 'date required' USING ERRCODE = '22023';
  END IF;
  IF p_reason IS NULL OR NOT gf_bo_reasons() @> jsonb_build_array(
       jsonb_build_object('code', p_reason)) THEN
    RAISE EXCEPTION 'reason must be one of the list' USING ERRCODE = '22023';
  END IF;
  IF p_note IS NULL OR btrim(p_note) = '' OR length(p_note) > 2000 THEN
    RAISE EXCEPTION 'a note is required (at most 2000 characters)' USING ERRCODE = '22023';
  END IF;
  -- One decision at a time per day: sign-off and resolutions queue here.
  PERFORM pg_advisory_xact_lock(hashtext('gf_bo_recon_day'), d - date '2000-01-01');
  IF gf_bo_signoff_of(d) IS NOT NULL THEN
    PERFORM gf_bo_audit(p_actor, 'recon resolve refused', gf_bo_ymd(d),
        jsonb_build_object('stserial', p_stserial, 'why', 'signed off',
                           'reason', p_reason));
    RETURN gf_bo_err('locked', '该日对账已签核，不能修改；须由管理员重新打开',
        'the day is signed off: an admin must reopen it first')::json;
  END IF;
  v_run := gf_bo_current_run(d);
  IF v_run IS NULL OR NOT EXISTS (SELECT 1 FROM recon_diffs
                                   WHERE run_id = v_run AND stserial = p_stserial) THEN
    RAISE EXCEPTION 'no difference % on %', p_stserial, d USING ERRCODE = 'GF001';
  END IF;
  SELECT max(id) INTO v_prev FROM recon_resolutions
   WHERE recon_date = d AND stserial = p_stserial;
  INSERT INTO recon_resolutions (recon_date, run_id, stserial, reason, note,
      actor, supersedes)
  VALUES (d, v_run, p_stserial, p_reason, p_note, p_actor, v_prev)
  RETURNING id INTO v_id;
  PERFORM gf_bo_audit(p_actor, 'recon resolve', gf_bo_ymd(d),
      jsonb_build_object('stserial', p_stserial, 'reason', p_reason,
                         'note', p_note, 'resolution', v_id,
                         'supersedes', v_prev, 'run_id', v_run));
  RETURN json_build_object('id', v_id, 'date', gf_bo_ymd(d), 'stserial', p_stserial,
      'reason', p_reason, 'note', p_note, 'actor', p_actor, 'supersedes', v_prev,
      'run_id', v_run);
END $$;


--
-- Name: gf_bo_recon_signoff(text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_recon_signoff(p_actor text, p_date text, p_note text) RETURNS json
    LANGUAGE plpgsql
    AS $$
DECLARE
  d date := gf_bo_date(p_date);
  v_run bigint;
  v_open bigint;
  v_id bigint;
BEGIN
  IF d IS NULL THEN
    RAISE EXCEPTION 'date required' USING ERRCODE = '22023';
  END IF;
  IF length(COALESCE(p_note, '')) > 2000 THEN
    RAISE EXCEPTION 'note: at most 2000 characters' USING ERRCODE = '22023';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('gf_bo_recon_day'), d - date '2000-01-01');
  -- The reconciliation's own day lock: no run starts while we decide.
  PERFORM gf_recon_day_lock(d, true);
  IF gf_bo_signoff_of(d) IS NOT NULL THEN
    PERFORM gf_bo_audit(p_actor, 'recon signoff refused', gf_bo_ymd(d),
        jsonb_build_object('why', 'already signed off'));
    RETURN gf_bo_err('locked', '该日对账已签核', 'the day is already signed off')::json;
  END IF;
  IF EXISTS (SELECT 1 FROM recon_resolutions WHERE recon_date = d AND actor = p_actor) THEN
    PERFORM gf_bo_audit(p_actor, 'recon signoff refused', gf_bo_ymd(d),
        jsonb_build_object('why', 'maker is not checker'));
    RETURN gf_bo_err('conflict', '您处理过该日的差异，不能再签核（经办与复核须为不同的人）',
        'you resolved differences of this day: another auditor must sign it off')::json;
  END IF;
  IF EXISTS (SELECT 1 FROM recon_runs WHERE recon_date = d AND state = 'RUNNING')
     OR EXISTS (SELECT 1 FROM recon_requests WHERE recon_date = d
                  AND state IN ('QUEUED', 'STARTED')) THEN
    RAISE EXCEPTION 'a reconciliation of % is running or queued', d USING ERRCODE = 'GF002';
  END IF;
  v_run := gf_bo_current_run(d);
  IF v_run IS NULL OR (SELECT state FROM recon_runs WHERE recon_date = d
                        ORDER BY id DESC LIMIT 1) <> 'DONE' THEN
    RAISE EXCEPTION 'no completed reconciliation of % (its last run must be DONE)', d
      USING ERRCODE = 'GF002';
  END IF;
  SELECT count(*) INTO v_open FROM recon_diffs f WHERE f.run_id = v_run
     AND NOT EXISTS (SELECT 1 FROM recon_resolutions x
                      WHERE x.recon_date = d AND x.stserial = f.stserial);
  IF v_open > 0 THEN
    RAISE EXCEPTION '% differences of % are not resolved', v_open, d USING ERRCODE = 'GF002';
  END IF;
  INSERT INTO recon_signoffs (recon_date, run_id, actor, note)
  VALUES (d, v_run, p_actor, COALESCE(p_note, '')) RETURNING id INTO v_id;
  PERFORM gf_bo_audit(p_actor, 'recon signoff', gf_bo_ymd(d),
      jsonb_build_object('signoff', v_id, 'run_id', v_run, 'note', COALESCE(p_note, '')));
  RETURN json_build_object('id', v_id, 'date', gf_bo_ymd(d), 'run_id', v_run,
      'actor', p_actor, 'state', 'SIGNED');
END $$;


--
-- Name: gf_bo_recon_take(text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_recon_take(p_node text, p_lease_s integer) RETURNS TABLE(r_id bigint, r_date text, r_actor text)
    LANGUAGE sql
    AS $$
  UPDATE recon_requests q SET state = 'STARTED', started_at = now(),
         node = p_node, lease_until = now() + make_interval(secs => p_lease_s)
   WHERE q.id = (SELECT w.id FROM recon_requests w
                  WHERE w.state = 'QUEUED'
                    AND NOT EXISTS (SELECT 1 FROM recon_runs r
                                     WHERE r.recon_date = w.recon_date
                                       AND r.state = 'RUNNING')
                  ORDER BY w.id LIMIT 1 FOR UPDATE SKIP LOCKED)
     AND q.state = 'QUEUED'
  RETURNING q.id, gf_bo_ymd(q.recon_date), q.actor
$$;


--
-- Name: gf_bo_report_daily(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_report_daily(p_date text) RETURNS json
    LANGUAGE plpgsql
    SET jit TO 'off'
    AS $$
DECLARE
  d date := COALESCE(gf_bo_date(p_date), current_date - 1);
  v json;
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS bo_day (operator_id text, func text,
      pay_mode smallint, state text, n bigint, amount bigint) ON COMMIT DROP;
  TRUNCATE bo_day;
  INSERT INTO bo_day SELECT * FROM gf_bo_day_rows(d);
  SELECT json_build_object(
    'date', gf_bo_ymd(d), 'generated_at', now(),
    'closed', EXISTS (SELECT 1 FROM tx_day_summarized WHERE settle_date = d),
    'totals', (SELECT json_build_object(
        'count', COALESCE(sum(n) FILTER (WHERE state = 'SUCCESS' AND func <> 'REVERSAL'), 0),
        'amount', COALESCE(sum(amount) FILTER (WHERE state = 'SUCCESS' AND func <> 'REVERSAL'), 0),
        'reversed_count', COALESCE(sum(n) FILTER (WHERE state = 'REVERSED'), 0),
        'reversed_amount', COALESCE(sum(amount) FILTER (WHERE state = 'REVERSED'), 0),
        'failed_count', COALESCE(sum(n) FILTER (WHERE state = 'FAILED'), 0),
        'unsettled_count', COALESCE(sum(n) FILTER (WHERE state IN ('PENDING', 'UNKNOWN')), 0))
        FROM bo_day),
    'by_channel', (SELECT COALESCE(json_agg(json_build_object('key', func,
        'label', gf_bo_label('channel', func)->>0, 'label_en', gf_bo_label('channel', func)->>1,
        'count', c, 'amount', a) ORDER BY func), '[]')
        FROM (SELECT func, sum(n) AS c, sum(amount) AS a FROM bo_day
               WHERE state = 'SUCCESS' AND func <> 'REVERSAL' GROUP BY func) x),
    'by_pay_mode', (SELECT COALESCE(json_agg(json_build_object('key', pay_mode,
        'label', gf_bo_label('pay_mode', pay_mode::text)->>0,
        'label_en', gf_bo_label('pay_mode', pay_mode::text)->>1,
        'count', c, 'amount', a) ORDER BY pay_mode), '[]')
        FROM (SELECT pay_mode, sum(n) AS c, sum(amount) AS a FROM bo_day
               WHERE state = 'SUCCESS' AND func <> 'REVERSAL' GROUP BY pay_mode) x),
    'by_collector', (SELECT COALESCE(json_agg(json_build_object('collector', x.operator_id,
        'name', o.name, 'org', o.org, 'count', c, 'amount', a, 'reversed_amount', ra,
        'cash_state', COALESCE(k.state, 'OPEN'), 'counted', k.counted,
        'over_short', k.over_short, 'slip_no', k.slip_no) ORDER BY x.operator_id), '[]')
        FROM (SELECT operator_id,
                     COALESCE(sum(n) FILTER (WHERE state = 'SUCCESS' AND func <> 'REVERSAL'), 0) AS c,
                     COALESCE(sum(amount) FILTER (WHERE state = 'SUCCESS' AND func <> 'REVERSAL'), 0) AS a,
                     COALESCE(sum(amount) FILTER (WHERE state = 'REVERSED'), 0) AS ra
                FROM bo_day GROUP BY operator_id) x
        LEFT JOIN operators o ON o.id = x.operator_id
        LEFT JOIN cash_days k ON k.operator_id = x.operator_id AND k.settle_date = d),
    'cash', (SELECT json_build_object('days', count(*),
        'by_state', COALESCE(json_object_agg(state, n), '{}'))
        FROM (SELECT state, count(*) AS n FROM cash_days WHERE settle_date = d
               GROUP BY state) s),
    'cash_totals', (SELECT json_build_object('counted', COALESCE(sum(counted), 0),
        'over_short', COALESCE(sum(over_short), 0),
        'deposited', COALESCE(sum(deposit_amount), 0)) FROM cash_days WHERE settle_date = d),
    'recon', gf_bo_recon_day_head(d),
    'reading', (SELECT json_build_object('uploads', count(*),
        'with_exception', count(*) FILTER (WHERE COALESCE(exception_code, 0) <> 0))
        FROM reading_uploads WHERE upload_date = d),
    'dunning', (SELECT json_build_object('visits', count(*),
        'customers', count(DISTINCT customer_no))
        FROM dunning_results WHERE created_at >= d AND created_at < d + 1))
    INTO v;
  RETURN v;
END $$;


--
-- Name: gf_bo_resolution_locked(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_resolution_locked() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF gf_bo_signoff_of(NEW.recon_date) IS NOT NULL THEN
    RAISE EXCEPTION 'reconciliation of % is signed off', NEW.recon_date
      USING ERRCODE = 'GF004';
  END IF;
  RETURN NEW;
END $$;


--
-- Name: gf_bo_signoff_guard(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_signoff_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.reopened_at IS NOT NULL
     OR NEW.id <> OLD.id OR NEW.recon_date <> OLD.recon_date
     OR NEW.run_id <> OLD.run_id OR NEW.actor <> OLD.actor
     OR NEW.note <> OLD.note OR NEW.signed_at <> OLD.signed_at THEN
    RAISE EXCEPTION 'a sign-off is history: only a reopen ends it'
      USING ERRCODE = 'GF002';
  END IF;
  RETURN NEW;
END $$;


--
-- Name: gf_bo_signoff_of(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_signoff_of(p_date date) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
  SELECT id FROM recon_signoffs WHERE recon_date = p_date AND reopened_at IS NULL
$$;


--
-- Name: gf_bo_stats(text, text, text, text, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_stats(p_period text, p_from text, p_to text, p_by text, p_page integer, p_size integer) RETURNS json
    LANGUAGE plpgsql
    SET jit TO 'off'
    AS $$
DECLARE
  v_to date := COALESCE(gf_bo_date(p_to), current_date);
  v_from date := COALESCE(gf_bo_date(p_from), v_to);
  v_period text := COALESCE(p_period, 'day');
  v_by text := COALESCE(p_by, 'collector');
  pg int[] := gf_bo_page(p_page, p_size);
  v json;
BEGIN
  IF v_period NOT IN ('day', 'month') OR v_by NOT IN ('org', 'collector', 'pay_mode', 'channel') THEN
    RAISE EXCEPTION 'period=day|month, by=org|collector|pay_mode|channel' USING ERRCODE = '22023';
  END IF;
  IF v_to < v_from OR v_to - v_from > 366 THEN
    RAISE EXCEPTION 'from..to: at most 366 days' USING ERRCODE = '22023';
  END IF;
  WITH r AS (
    SELECT x AS day, d.* FROM gf_bo_tx_dates(v_from, v_to) x, gf_bo_day_rows(x) d
     WHERE d.func <> 'REVERSAL'),
  k AS (
    SELECT CASE v_period WHEN 'day' THEN gf_bo_ymd(r.day) ELSE to_char(r.day, 'YYYYMM') END AS per,
           CASE v_by WHEN 'org' THEN COALESCE(o.org, '') WHEN 'collector' THEN r.operator_id
                     WHEN 'pay_mode' THEN r.pay_mode::text ELSE r.func END AS key,
           r.state, r.n, r.amount, o.name
      FROM r LEFT JOIN operators o ON o.id = r.operator_id),
  g AS (
    SELECT per, key, max(name) AS name,
           COALESCE(sum(n) FILTER (WHERE state = 'SUCCESS'), 0) AS cnt,
           COALESCE(sum(amount) FILTER (WHERE state = 'SUCCESS'), 0) AS amt,
           COALESCE(sum(n) FILTER (WHERE state = 'REVERSED'), 0) AS rcnt,
           COALESCE(sum(amount) FILTER (WHERE state = 'REVERSED'), 0) AS ramt,
           COALESCE(sum(n) FILTER (WHERE state = 'FAILED'), 0) AS fcnt,
           COALESCE(sum(n) FILTER (WHERE state IN ('UNKNOWN', 'PENDING')), 0) AS ucnt
      FROM k GROUP BY per, key)
  SELECT json_build_object('period', v_period, 'by', v_by,
    'from', gf_bo_ymd(v_from), 'to', gf_bo_ymd(v_to),
    'total', (SELECT count(*) FROM g), 'page', pg[1], 'size', pg[2],
    'totals', (SELECT json_build_object('count', COALESCE(sum(cnt), 0),
               'amount', COALESCE(sum(amt), 0), 'reversed_count', COALESCE(sum(rcnt), 0),
               'reversed_amount', COALESCE(sum(ramt), 0), 'failed_count', COALESCE(sum(fcnt), 0),
               'unsettled_count', COALESCE(sum(ucnt), 0)) FROM g),
    'rows', COALESCE((SELECT json_agg(json_build_object('period', per, 'key', key,
               'label', CASE v_by WHEN 'collector' THEN COALESCE(name, key)
                                  WHEN 'org' THEN NULLIF(key, '')
                                  ELSE gf_bo_label(v_by, key)->>0 END,
               'label_en', CASE v_by WHEN 'collector' THEN COALESCE(name, key)
                                  WHEN 'org' THEN NULLIF(key, '')
                                  ELSE gf_bo_label(v_by, key)->>1 END,
               'count', cnt, 'amount', amt, 'reversed_count', rcnt,
               'reversed_amount', ramt, 'failed_count', fcnt, 'unsettled_count', ucnt)
               ORDER BY per, amt DESC, key)
             FROM (SELECT * FROM g ORDER BY per, amt DESC, key
                    OFFSET (pg[1] - 1) * pg[2] LIMIT pg[2]) g), '[]'))
    INTO v;
  RETURN v;
END $$;


--
-- Name: gf_bo_stats_dunning(text, text, text, text, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_stats_dunning(p_period text, p_from text, p_to text, p_by text, p_page integer, p_size integer) RETURNS json
    LANGUAGE plpgsql STABLE
    SET jit TO 'off'
    AS $$
DECLARE
  v_to date := COALESCE(gf_bo_date(p_to), current_date);
  v_from date := COALESCE(gf_bo_date(p_from), v_to);
  v_period text := COALESCE(p_period, 'day');
  v_by text := COALESCE(p_by, 'result');
  pg int[] := gf_bo_page(p_page, p_size);
  v json;
BEGIN
  IF v_period NOT IN ('day', 'month') OR v_by NOT IN ('org', 'collector', 'result') THEN
    RAISE EXCEPTION 'period=day|month, by=org|collector|result' USING ERRCODE = '22023';
  END IF;
  IF v_to < v_from OR v_to - v_from > 366 THEN
    RAISE EXCEPTION 'from..to: at most 366 days' USING ERRCODE = '22023';
  END IF;
  WITH g AS (
    SELECT CASE v_period WHEN 'day' THEN gf_bo_ymd(x.created_at::date)
                ELSE to_char(x.created_at::date, 'YYYYMM') END AS per,
           CASE v_by WHEN 'org' THEN COALESCE(o.org, '') WHEN 'collector' THEN x.operator_id
                     ELSE x.result_code::text END AS key,
           max(o.name) FILTER (WHERE v_by = 'collector') AS name,
           count(*) AS n, count(DISTINCT x.customer_no) AS customers,
           count(*) FILTER (WHERE x.forwarded) AS forwarded
      FROM dunning_results x LEFT JOIN operators o ON o.id = x.operator_id
     WHERE x.created_at >= v_from AND x.created_at < v_to + 1 GROUP BY 1, 2)
  SELECT json_build_object('period', v_period, 'by', v_by,
    'from', gf_bo_ymd(v_from), 'to', gf_bo_ymd(v_to),
    'total', (SELECT count(*) FROM g), 'page', pg[1], 'size', pg[2],
    'rows', COALESCE((SELECT json_agg(json_build_object('period', per, 'key', key,
               'label', COALESCE(name, NULLIF(key, '')), 'count', n,
               'customers', customers, 'forwarded', forwarded) ORDER BY per, key)
             FROM (SELECT * FROM g ORDER BY per, key
                    OFFSET (pg[1] - 1) * pg[2] LIMIT pg[2]) g), '[]'))
    INTO v;
  RETURN v;
END $$;


--
-- Name: gf_bo_stats_reading(text, text, text, text, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_stats_reading(p_period text, p_from text, p_to text, p_by text, p_page integer, p_size integer) RETURNS json
    LANGUAGE plpgsql STABLE
    SET jit TO 'off'
    AS $$
DECLARE
  v_to date := COALESCE(gf_bo_date(p_to), current_date);
  v_from date := COALESCE(gf_bo_date(p_from), v_to);
  v_period text := COALESCE(p_period, 'day');
  v_by text := COALESCE(p_by, 'collector');
  pg int[] := gf_bo_page(p_page, p_size);
  v json;
BEGIN
  IF v_period NOT IN ('day', 'month') OR v_by NOT IN ('org', 'collector') THEN
    RAISE EXCEPTION 'period=day|month, by=org|collector' USING ERRCODE = '22023';
  END IF;
  IF v_to < v_from OR v_to - v_from > 366 THEN
    RAISE EXCEPTION 'from..to: at most 366 days' USING ERRCODE = '22023';
  END IF;
  WITH u AS (
    SELECT CASE v_period WHEN 'day' THEN gf_bo_ymd(u.upload_date)
                ELSE to_char(u.upload_date, 'YYYYMM') END AS per,
           CASE v_by WHEN 'org' THEN COALESCE(o.org, '') ELSE u.operator_id END AS key,
           max(o.name) AS name, count(*) AS uploads,
           count(*) FILTER (WHERE COALESCE(u.exception_code, 0) <> 0) AS exc,
           COALESCE(sum(u.kwh), 0) AS kwh, COALESCE(sum(u.amount), 0) AS amt,
           count(DISTINCT u.meter_no) AS meters
      FROM reading_uploads u LEFT JOIN operators o ON o.id = u.operator_id
     WHERE u.upload_date BETWEEN v_from AND v_to GROUP BY 1, 2),
  e AS (
    SELECT CASE v_period WHEN 'day' THEN gf_bo_ymd(x.created_at::date)
                ELSE to_char(x.created_at::date, 'YYYYMM') END AS per,
           CASE v_by WHEN 'org' THEN COALESCE(o.org, '') ELSE x.operator_id END AS key,
           count(*) AS n
      FROM reading_exceptions x LEFT JOIN operators o ON o.id = x.operator_id
     WHERE x.created_at >= v_from AND x.created_at < v_to + 1 GROUP BY 1, 2),
  g AS (SELECT COALESCE(u.per, e.per) AS per, COALESCE(u.key, e.key) AS key, u.name,
               COALESCE(u.uploads, 0) AS uploads, COALESCE(u.meters, 0) AS meters,
               COALESCE(u.exc, 0) AS exc, COALESCE(u.kwh, 0) AS kwh,
               COALESCE(u.amt, 0) AS amt, COALESCE(e.n, 0) AS reported
          FROM u FULL JOIN e ON e.per = u.per AND e.key = u.key)
  SELECT json_build_object('period', v_period, 'by', v_by,
    'from', gf_bo_ymd(v_from), 'to', gf_bo_ymd(v_to),
    'total', (SELECT count(*) FROM g), 'page', pg[1], 'size', pg[2],
    'rows', COALESCE((SELECT json_agg(json_build_object('period', per, 'key', key,
               'label', COALESCE(name, NULLIF(key, '')), 'uploads', uploads,
               'meters', meters, 'with_exception', exc, 'kwh', kwh, 'amount', amt,
               'exceptions_reported', reported) ORDER BY per, key)
             FROM (SELECT * FROM g ORDER BY per, key
                    OFFSET (pg[1] - 1) * pg[2] LIMIT pg[2]) g), '[]'))
    INTO v;
  RETURN v;
END $$;


--
-- Name: gf_bo_summarize(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_summarize(p_date date) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE v_n bigint;
BEGIN
  IF EXISTS (SELECT 1 FROM tx_day_summarized WHERE settle_date = p_date) THEN
    RETURN true;
  END IF;
  IF p_date >= current_date OR EXISTS (SELECT 1 FROM transactions
       WHERE state IN ('PENDING', 'UNKNOWN') AND settle_date = p_date) THEN
    RETURN false;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('gf_bo_summary'), p_date - date '2000-01-01');
  IF EXISTS (SELECT 1 FROM tx_day_summarized WHERE settle_date = p_date) THEN
    RETURN true;
  END IF;
  INSERT INTO tx_day_summary (settle_date, operator_id, func, pay_mode, state, n, amount)
  SELECT p_date, operator_id, func, COALESCE(pay_mode, 0), state, count(*), sum(amount)
    FROM transactions WHERE settle_date = p_date
   GROUP BY operator_id, func, COALESCE(pay_mode, 0), state;
  GET DIAGNOSTICS v_n = ROW_COUNT;
  INSERT INTO tx_day_summarized (settle_date, n) VALUES (p_date, v_n);
  RETURN true;
END $$;


--
-- Name: gf_bo_tx_dates(date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_tx_dates(p_from date, p_to date) RETURNS SETOF date
    LANGUAGE plpgsql STABLE ROWS 30
    AS $_$
BEGIN
  IF p_from IS NULL OR p_to IS NULL OR p_to < p_from THEN
    RETURN;
  END IF;
  RETURN QUERY EXECUTE format($q$
    WITH RECURSIVE d(day) AS (
      (SELECT settle_date FROM transactions
        WHERE settle_date >= %1$L::date AND settle_date <= %2$L::date
        ORDER BY settle_date LIMIT 1)
      UNION ALL
      SELECT (SELECT t.settle_date FROM transactions t
               WHERE t.settle_date > d.day AND t.settle_date >= %1$L::date
                 AND t.settle_date <= %2$L::date
               ORDER BY t.settle_date LIMIT 1)
        FROM d WHERE d.day IS NOT NULL)
    SELECT day FROM d WHERE day IS NOT NULL$q$, p_from, p_to);
END $_$;


--
-- Name: gf_bo_tx_search(text, text, text, text, text, text, text, text, text, text, integer, integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_tx_search(p_from text, p_to text, p_terminal text, p_operator text, p_customer text, p_receipt text, p_stserial text, p_mkserial text, p_state text, p_func text, p_page integer, p_size integer, p_after text) RETURNS json
    LANGUAGE plpgsql
    SET jit TO 'off'
    AS $_$
DECLARE
  v_to date := COALESCE(gf_bo_date(p_to), current_date);
  v_from date := COALESCE(gf_bo_date(p_from), v_to);
  pg int[] := gf_bo_page(p_page, p_size);
  a_date date;
  a_st text;
  w text := 't.settle_date BETWEEN $1 AND $2';
  src text := 'transactions t';
  ks text := '';
  v_total bigint := 0;
  v_n bigint;
  v_rows json;
  v_last text;
  d date;
  summable boolean;
BEGIN
  IF v_to < v_from OR v_to - v_from > 366 THEN
    RAISE EXCEPTION 'from..to: at most 366 days' USING ERRCODE = '22023';
  END IF;
  IF p_state IS NOT NULL AND p_state NOT IN ('PENDING', 'SUCCESS', 'FAILED', 'UNKNOWN', 'REVERSED') THEN
    RAISE EXCEPTION 'bad state' USING ERRCODE = '22023';
  END IF;
  IF p_func IS NOT NULL AND p_func NOT IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE', 'REVERSAL') THEN
    RAISE EXCEPTION 'bad func' USING ERRCODE = '22023';
  END IF;
  IF p_after IS NOT NULL THEN
    IF p_after !~ '^[0-9]{8}:[A-Za-z0-9]{1,40}$' THEN
      RAISE EXCEPTION 'bad after' USING ERRCODE = '22023';
    END IF;
    a_date := gf_bo_date(split_part(p_after, ':', 1));
    a_st := split_part(p_after, ':', 2);
    ks := ' AND (t.settle_date, t.stserial) < ($13, $14)';
  END IF;
  IF p_terminal IS NOT NULL THEN
    -- The terminal's keys in order; its transactions joined per key.
    src := '(SELECT k.settle_date, k.stserial FROM tx_keys k WHERE k.terminal_id = $3'
        || ' AND k.refused_status IS NULL AND k.settle_date BETWEEN $1 AND $2) t';
  END IF;
  IF p_operator IS NOT NULL THEN w := w || ' AND t.operator_id = $4'; END IF;
  IF p_customer IS NOT NULL THEN w := w || ' AND t.customer_no = $5'; END IF;
  IF p_receipt IS NOT NULL THEN
    w := w || ' AND t.stserial = (SELECT r.stserial FROM receipts r WHERE r.receipt_no = $6)';
  END IF;
  IF p_stserial IS NOT NULL THEN w := w || ' AND t.stserial = $7'; END IF;
  IF p_mkserial IS NOT NULL THEN w := w || ' AND t.mkt_serial = $8'; END IF;
  IF p_state IS NOT NULL THEN w := w || ' AND t.state = $9'; END IF;
  IF p_func IS NOT NULL THEN w := w || ' AND t.func = $10'; END IF;
  IF p_terminal IS NOT NULL THEN
    IF w <> 't.settle_date BETWEEN $1 AND $2' THEN
      -- other filters too: read each of the terminal's rows
      src := '(SELECT x.* FROM ' || src || ' JOIN transactions x ON x.stserial = t.stserial'
          || ' AND x.settle_date = t.settle_date AND x.settle_date BETWEEN $1 AND $2) t';
    END IF;
  END IF;
  summable := p_terminal IS NULL AND p_customer IS NULL AND p_receipt IS NULL
          AND p_stserial IS NULL AND p_mkserial IS NULL;
  IF summable THEN
    FOR d IN SELECT * FROM gf_bo_tx_dates(v_from, v_to) LOOP
      IF EXISTS (SELECT 1 FROM tx_day_summarized z WHERE z.settle_date = d) THEN
        SELECT COALESCE(sum(z.n), 0) INTO v_n FROM tx_day_summary z
         WHERE z.settle_date = d AND (p_operator IS NULL OR z.operator_id = p_operator)
           AND (p_state IS NULL OR z.state = p_state) AND (p_func IS NULL OR z.func = p_func);
      ELSE
        EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM ' || src || ' WHERE '
             || replace(w, 't.settle_date BETWEEN $1 AND $2', 't.settle_date = $1')
             || ' LIMIT $11) c'
          INTO v_n
          USING d, d, p_terminal, p_operator, p_customer, p_receipt, p_stserial,
                p_mkserial, p_state, p_func, 10001 - v_total;
      END IF;
      v_total := v_total + v_n;
      EXIT WHEN v_total > 10000;
    END LOOP;
  ELSE
    EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM ' || src || ' WHERE ' || w
         || ' LIMIT 10001) c'
      INTO v_total
      USING v_from, v_to, p_terminal, p_operator, p_customer, p_receipt, p_stserial,
            p_mkserial, p_state, p_func;
  END IF;
  EXECUTE 'SELECT json_agg(json_build_object(''stserial'', t.stserial,'
       || ' ''date'', to_char(t.settle_date, ''YYYYMMDD''), ''terminal_id'', t.terminal_id,'
       || ' ''term_serial'', t.term_serial, ''operator_id'', t.operator_id,'
       || ' ''customer_no'', t.customer_no, ''func'', t.func, ''amount'', t.amount,'
       || ' ''pay_mode'', t.pay_mode, ''state'', t.state, ''tp_status'', t.tp_status,'
       || ' ''rspcode'', t.rspcode, ''mkt_serial'', t.mkt_serial, ''receipt_no'', t.receipt_no,'
       || ' ''orig_stserial'', t.orig_stserial, ''reversed_by'', t.reversed_by,'
       || ' ''created_at'', t.created_at, ''updated_at'', t.updated_at)'
       || ' ORDER BY t.settle_date DESC, t.stserial DESC),'
       || ' (array_agg(to_char(t.settle_date, ''YYYYMMDD'') || '':'' || t.stserial'
       || '   ORDER BY t.settle_date, t.stserial))[1]'
       || ' FROM (SELECT x.* FROM (SELECT t.settle_date, t.stserial FROM ' || src
       || ' WHERE ' || w || ks
       || ' ORDER BY t.settle_date DESC, t.stserial DESC'
       || CASE WHEN p_after IS NULL THEN ' OFFSET ($11 - 1) * $12' ELSE '' END
       || ' LIMIT $12) p JOIN transactions x ON x.stserial = p.stserial'
       || ' AND x.settle_date = p.settle_date AND x.settle_date BETWEEN $1 AND $2) t'
    INTO v_rows, v_last
    USING v_from, v_to, p_terminal, p_operator, p_customer, p_receipt, p_stserial,
          p_mkserial, p_state, p_func, pg[1], pg[2], a_date, a_st;
  RETURN json_build_object('total', LEAST(v_total, 10001), 'more', v_total > 10000,
    'page', CASE WHEN p_after IS NULL THEN pg[1] END, 'size', pg[2],
    'from', gf_bo_ymd(v_from), 'to', gf_bo_ymd(v_to),
    'rows', COALESCE(v_rows, '[]'),
    'next', CASE WHEN json_array_length(COALESCE(v_rows, '[]')) = pg[2] THEN v_last END);
END $_$;


--
-- Name: gf_bo_tx_story(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_tx_story(p_stserial text) RETURNS json
    LANGUAGE plpgsql STABLE
    SET jit TO 'off'
    AS $$
DECLARE
  k record;
  t record;
  v_run bigint;
  v_cat text;
BEGIN
  SELECT * INTO k FROM tx_keys WHERE stserial = p_stserial;
  IF NOT FOUND THEN
    -- a settlement reversal (ifsvc) has a transactions row and no key
    SELECT settle_date, terminal_id, term_serial, NULL::integer AS refused_status,
           NULL::text AS refused_func, NULL::text AS refused_orig INTO k
      FROM transactions WHERE stserial = p_stserial LIMIT 1;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'no transaction %', p_stserial USING ERRCODE = 'GF001';
    END IF;
  END IF;
  SELECT * INTO t FROM transactions WHERE stserial = p_stserial
     AND settle_date = k.settle_date;
  v_run := gf_bo_current_run(k.settle_date);
  IF t.stserial IS NOT NULL AND v_run IS NOT NULL THEN
    SELECT category INTO v_cat FROM recon_diffs WHERE run_id = v_run AND stserial = p_stserial;
    IF v_cat IS NULL THEN
      v_cat := CASE WHEN t.func = 'REVERSAL' THEN 'NOT_LISTED'
                    WHEN t.state = 'FAILED' THEN 'ABSENT_AS_EXPECTED'
                    ELSE 'MATCHED' END;
    END IF;
    -- A matched line is not looked up in the run's file: finding it in
    -- tens of MB of text took 15 s on a million-line day (measured); a
    -- difference keeps the marketing system's fields (recon_diffs).
  END IF;
  RETURN json_build_object(
    'stserial', p_stserial,
    'refused_key', CASE WHEN t.stserial IS NULL THEN json_build_object(
        'terminal_id', k.terminal_id, 'term_serial', k.term_serial,
        'refused_status', k.refused_status, 'refused_func', k.refused_func,
        'refused_orig', k.refused_orig) END,
    'tx', CASE WHEN t.stserial IS NOT NULL THEN json_build_object(
        'date', gf_bo_ymd(t.settle_date), 'terminal_id', t.terminal_id,
        'term_serial', t.term_serial, 'operator_id', t.operator_id,
        'operator_name', (SELECT name FROM operators WHERE id = t.operator_id),
        'customer_no', t.customer_no, 'func', t.func, 'trcode', t.trcode,
        'amount', t.amount, 'pay_mode', t.pay_mode, 'meter_no', t.meter_no,
        'state', t.state, 'tp_status', t.tp_status, 'rspcode', t.rspcode,
        'mkt_serial', t.mkt_serial, 'receipt_no', t.receipt_no,
        'orig_stserial', t.orig_stserial, 'reversed_by', t.reversed_by,
        'settle_attempts', t.settle_attempts, 'unknown_since', t.unknown_since,
        'created_at', t.created_at, 'updated_at', t.updated_at,
        'created_us', (extract(epoch FROM t.created_at) * 1000000)::bigint,
        'response_hex', encode(t.response, 'hex')) END,
    'receipt', (SELECT json_build_object('receipt_no', r.receipt_no,
        'customer_name', r.customer_name, 'amount', r.amount,
        'items_hex', encode(r.items, 'hex'), 'created_at', r.created_at)
        FROM receipts r WHERE r.stserial = p_stserial),
    'original', (SELECT json_build_object('stserial', o.stserial, 'func', o.func,
        'state', o.state, 'amount', o.amount, 'created_at', o.created_at)
        FROM transactions o WHERE o.stserial = t.orig_stserial
         AND o.settle_date = t.settle_date),
    'reversals', (SELECT COALESCE(json_agg(json_build_object('stserial', r.stserial,
        'term_serial', r.term_serial, 'state', r.state, 'amount', r.amount,
        'by_settlement', r.term_serial LIKE 'settle:%', 'created_at', r.created_at)
        ORDER BY r.created_at), '[]')
        FROM transactions r WHERE r.settle_date = t.settle_date
         AND r.orig_stserial = p_stserial AND r.orig_stserial IS NOT NULL),
    'settlement', (SELECT json_build_object('rev_stserial', s.rev_stserial,
        'last_status', s.last_status, 'alarmed_at', s.alarmed_at,
        'settled_at', s.settled_at, 'outcome', s.outcome, 'created_at', s.created_at)
        FROM ifsvc_settle s WHERE s.stserial = p_stserial),
    'recon', CASE WHEN v_run IS NULL THEN NULL ELSE json_build_object(
        'run_id', v_run, 'category', v_cat,
        'diff', (SELECT json_build_object('l_state', f.l_state, 'l_expected', f.l_expected,
            'l_amount', f.l_amount, 'r_mkserial', f.r_mkserial, 'r_amount', f.r_amount,
            'r_status', f.r_status, 'r_txdate', f.r_txdate, 'r_txtime', f.r_txtime)
            FROM recon_diffs f WHERE f.run_id = v_run AND f.stserial = p_stserial),
        'resolution', (SELECT json_build_object('reason', x.reason, 'note', x.note,
            'actor', x.actor, 'created_at', x.created_at)
            FROM recon_resolutions x WHERE x.recon_date = k.settle_date
             AND x.stserial = p_stserial ORDER BY x.id DESC LIMIT 1),
        'signed', gf_bo_signoff_of(k.settle_date) IS NOT NULL) END,
    'audit', (SELECT COALESCE(json_agg(json_build_object('actor', a.actor,
        'action', a.action, 'detail', a.detail, 'created_at', a.created_at)
        ORDER BY a.id), '[]') FROM audit_log a WHERE a.object = p_stserial));
END $$;


--
-- Name: gf_bo_ymd(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_bo_ymd(p_date date) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT to_char(p_date, 'YYYYMMDD') $$;


--
-- Name: gf_con_admin_left(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_con_admin_left(p_what text) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM console_users WHERE 'admin' = ANY (roles) AND NOT locked) THEN
    RAISE EXCEPTION '% would leave no administrator', p_what USING ERRCODE = 'GF002';
  END IF;
END $$;


--
-- Name: gf_con_alarm_ack(text, bigint, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_con_alarm_ack(p_actor text, p_id bigint, p_note text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE v_acked boolean;
BEGIN
  IF p_note IS NULL OR btrim(p_note) = '' THEN
    RAISE EXCEPTION 'a note is required' USING ERRCODE = 'GF002';
  END IF;
  SELECT acked INTO v_acked FROM alarms WHERE id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no alarm %', p_id USING ERRCODE = 'GF001';
  END IF;
  IF v_acked THEN
    RAISE EXCEPTION 'alarm % is already acknowledged', p_id USING ERRCODE = 'GF002';
  END IF;
  UPDATE alarms SET acked = true, acked_by = p_actor, acked_at = now(), ack_note = p_note
   WHERE id = p_id;
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES (p_actor, 'alarm ack', p_id::text, jsonb_build_object('note', p_note));
END $$;


--
-- Name: gf_con_fail(text, integer, integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_con_fail(p_user text, p_max integer, p_lockout_s integer, p_addr text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE v_n integer; v_until timestamptz;
BEGIN
  UPDATE console_users
     SET failed_attempts = CASE WHEN failed_since > now() - make_interval(secs => p_lockout_s)
                                THEN failed_attempts + 1 ELSE 1 END,
         failed_since = CASE WHEN failed_since > now() - make_interval(secs => p_lockout_s)
                             THEN failed_since ELSE now() END
   WHERE id = p_user AND NOT locked
     AND (locked_until IS NULL OR locked_until <= now())
  RETURNING failed_attempts INTO v_n;
  IF NOT FOUND OR v_n < p_max THEN
    RETURN false;
  END IF;
  v_until := now() + make_interval(secs => p_lockout_s);
  UPDATE console_users SET failed_attempts = 0, failed_since = NULL, locked_until = v_until
   WHERE id = p_user;
  DELETE FROM console_sessions WHERE user_id = p_user;
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES ('console', 'console lockout', p_user,
          jsonb_build_object('failures', v_n, 'until', v_until, 'last_addr', p_addr));
  INSERT INTO alarms (kind, source, detail)
  VALUES ('CONSOLE_LOCKOUT', p_addr,
          format('console user %s locked until %s after %s wrong passwords', p_user, v_until, v_n));
  RETURN true;
END $$;


--
-- Name: gf_con_login(text, bytea, bytea, bytea, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_con_login(p_user text, p_token_hash bytea, p_csrf_hash bytea, p_old_token_hash bytea, p_addr text) RETURNS json
    LANGUAGE plpgsql
    AS $$
DECLARE u console_users;
BEGIN
  SELECT * INTO u FROM console_users WHERE id = p_user FOR UPDATE;
  IF NOT FOUND OR u.locked OR COALESCE(u.locked_until > now(), false) THEN
    RETURN NULL;
  END IF;
  UPDATE console_users SET failed_attempts = 0, failed_since = NULL, locked_until = NULL
   WHERE id = p_user;
  IF p_old_token_hash IS NOT NULL THEN
    DELETE FROM console_sessions WHERE token_hash = p_old_token_hash;
  END IF;
  DELETE FROM console_sessions WHERE last_seen < now() - interval '1 day';
  INSERT INTO console_sessions (token_hash, csrf_hash, user_id)
  VALUES (p_token_hash, p_csrf_hash, p_user);
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES ('console:' || p_user, 'console login', p_user, jsonb_build_object('addr', p_addr));
  RETURN json_build_object('user', u.id, 'name', u.name, 'roles', u.roles);
END $$;


--
-- Name: gf_con_outbox_depth(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_con_outbox_depth() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
  SELECT count(*) FROM outbox WHERE state IN ('PENDING', 'SENDING');
$$;


--
-- Name: gf_con_roles_ok(text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_con_roles_ok(p_roles text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$
  SELECT p_roles IS NOT NULL AND cardinality(p_roles) BETWEEN 1 AND 3
     AND p_roles <@ ARRAY['auditor', 'cashier', 'admin']::text[]
     AND cardinality(p_roles) = (SELECT count(DISTINCT r) FROM unnest(p_roles) r);
$$;


--
-- Name: gf_con_session(bytea, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_con_session(p_token_hash bytea, p_idle_s integer, p_max_age_s integer) RETURNS TABLE(r_user text, r_roles text[], r_csrf_hash bytea)
    LANGUAGE sql
    AS $$
  UPDATE console_sessions s SET last_seen = now()
    FROM console_users u
   WHERE s.token_hash = p_token_hash AND u.id = s.user_id AND NOT u.locked
     AND (u.locked_until IS NULL OR u.locked_until <= now())
     AND s.last_seen > now() - make_interval(secs => p_idle_s)
     AND s.created_at > now() - make_interval(secs => p_max_age_s)
  RETURNING u.id, u.roles, s.csrf_hash;
$$;


--
-- Name: gf_con_user_add(text, text, text, text[], text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_con_user_add(p_actor text, p_id text, p_name text, p_roles text[], p_pw_hash text) RETURNS void
    LANGUAGE plpgsql
    AS $_$
BEGIN
  IF p_id IS NULL OR p_id !~ '^[A-Za-z0-9_.-]{1,32}$' THEN
    RAISE EXCEPTION 'a user id is 1 to 32 letters, digits, _ . -' USING ERRCODE = 'GF002';
  END IF;
  IF p_name IS NULL OR btrim(p_name) = '' THEN
    RAISE EXCEPTION 'a name is required' USING ERRCODE = 'GF002';
  END IF;
  IF NOT gf_con_roles_ok(p_roles) THEN
    RAISE EXCEPTION 'roles are one or more of auditor, cashier, admin' USING ERRCODE = 'GF002';
  END IF;
  IF p_pw_hash IS NULL OR p_pw_hash !~ '^pbkdf2-sha256\$[0-9]+\$[0-9a-fA-F]{32}\$[0-9a-fA-F]{64}$' THEN
    RAISE EXCEPTION 'the password must arrive as a PBKDF2 hash' USING ERRCODE = 'GF002';
  END IF;
  INSERT INTO console_users (id, name, roles, pw_hash) VALUES (p_id, p_name, p_roles, p_pw_hash)
  ON CONFLICT (id) DO NOTHING;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'user % already exists', p_id USING ERRCODE = 'GF003';
  END IF;
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES (p_actor, 'user add', p_id, jsonb_build_object('name', p_name, 'roles', p_roles));
END $_$;


--
-- Name: gf_con_user_lock(text, text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_con_user_lock(p_actor text, p_id text, p_locked boolean) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  UPDATE console_users SET locked = p_locked, failed_attempts = 0,
         locked_until = CASE WHEN p_locked THEN locked_until END
   WHERE id = p_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no user %', p_id USING ERRCODE = 'GF001';
  END IF;
  IF p_locked THEN
    DELETE FROM console_sessions WHERE user_id = p_id;
    PERFORM gf_con_admin_left('locking ' || p_id);
  END IF;
  INSERT INTO audit_log (actor, action, object)
  VALUES (p_actor, CASE WHEN p_locked THEN 'user lock' ELSE 'user unlock' END, p_id);
END $$;


--
-- Name: gf_con_user_password(text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_con_user_password(p_actor text, p_id text, p_pw_hash text) RETURNS void
    LANGUAGE plpgsql
    AS $_$
BEGIN
  IF p_pw_hash IS NULL OR p_pw_hash !~ '^pbkdf2-sha256\$[0-9]+\$[0-9a-fA-F]{32}\$[0-9a-fA-F]{64}$' THEN
    RAISE EXCEPTION 'the password must arrive as a PBKDF2 hash' USING ERRCODE = 'GF002';
  END IF;
  UPDATE console_users SET pw_hash = p_pw_hash, failed_attempts = 0 WHERE id = p_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no user %', p_id USING ERRCODE = 'GF001';
  END IF;
  DELETE FROM console_sessions WHERE user_id = p_id;
  INSERT INTO audit_log (actor, action, object) VALUES (p_actor, 'user passwd', p_id);
END $_$;


--
-- Name: gf_con_user_roles(text, text, text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_con_user_roles(p_actor text, p_id text, p_roles text[]) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE v_old text[];
BEGIN
  IF NOT gf_con_roles_ok(p_roles) THEN
    RAISE EXCEPTION 'roles are one or more of auditor, cashier, admin' USING ERRCODE = 'GF002';
  END IF;
  SELECT roles INTO v_old FROM console_users WHERE id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no user %', p_id USING ERRCODE = 'GF001';
  END IF;
  UPDATE console_users SET roles = p_roles WHERE id = p_id;
  PERFORM gf_con_admin_left('changing the roles of ' || p_id);
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES (p_actor, 'user roles', p_id, jsonb_build_object('before', v_old, 'after', p_roles));
END $$;


--
-- Name: gf_money_begin(text, bigint, bytea, text[], text, text, text, text, smallint, bigint, smallint, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_money_begin(p_terminal text, p_seq bigint, p_token bytea, p_roles text[], p_term_serial text, p_org text, p_customer text, p_func text, p_trcode smallint, p_amount bigint, p_pay_mode smallint, p_meter text, p_orig_term_serial text) RETURNS TABLE(r_seq_ok boolean, r_last_seq bigint, r_operator text, r_role text, r_name text, r_settle_date text, r_locked boolean, r_kind text, r_stserial text, r_tx_date text, r_state text, r_tp_status integer, r_response bytea, r_orig_stserial text, r_customer text, r_amount bigint)
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: gf_month_partitions(text, date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_month_partitions(parent text, col_from date, col_to date) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE d date := col_from;
BEGIN
  WHILE d < col_to LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                   parent || '_' || to_char(d, 'YYYYMM'), parent, d,
                   (d + interval '1 month')::date);
    d := (d + interval '1 month')::date;
  END LOOP;
  EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', parent || '_default', parent);
END $$;


--
-- Name: gf_next_stserial(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_next_stserial(org text) RETURNS text
    LANGUAGE sql
    AS $$
  SELECT org || lpad(nextval('stserial_seq')::text, 20, '0')
$$;


--
-- Name: gf_op_add(text, text, text, text, text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_op_add(p_actor text, p_id text, p_name text, p_org text, p_role text, p_pin_hash text, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
  old_retired timestamptz;
BEGIN
  IF p_id IS NULL OR btrim(p_id) = '' OR length(p_id) > 32 THEN
    RAISE EXCEPTION 'an operator id is 1 to 32 characters' USING ERRCODE = 'GF002';
  END IF;
  IF p_role IS NULL OR p_role NOT IN ('collector', 'reader', 'dunning', 'supervisor') THEN
    RAISE EXCEPTION 'role must be collector, reader, dunning or supervisor'
      USING ERRCODE = 'GF002';
  END IF;
  IF NOT COALESCE(gf_op_hash_ok(p_pin_hash), false) THEN
    RAISE EXCEPTION 'the PIN must arrive as a PBKDF2 hash' USING ERRCODE = 'GF002';
  END IF;
  SELECT retired_at INTO old_retired FROM operators WHERE id = p_id;
  IF FOUND THEN
    IF old_retired IS NOT NULL THEN
      RAISE EXCEPTION 'operator % was retired; an operator id is never used again', p_id
        USING ERRCODE = 'GF003';
    END IF;
    RAISE EXCEPTION 'operator % already exists', p_id USING ERRCODE = 'GF003';
  END IF;
  BEGIN
    INSERT INTO operators (id, name, org, role, pin_hash)
    VALUES (p_id, p_name, COALESCE(p_org, ''), p_role, p_pin_hash);
  EXCEPTION WHEN unique_violation THEN
    RAISE EXCEPTION 'operator % already exists', p_id USING ERRCODE = 'GF003';
  END;
  PERFORM gf_admin_audit(p_actor, 'operator add', p_id, p_reason,
    jsonb_build_object('name', p_name, 'org', COALESCE(p_org, ''), 'role', p_role));
END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: operators; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.operators (
    id text NOT NULL,
    name text NOT NULL,
    org text DEFAULT ''::text NOT NULL,
    role text NOT NULL,
    pin_hash text NOT NULL,
    locked boolean DEFAULT false NOT NULL,
    failed_attempts integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    retired_at timestamp with time zone,
    CONSTRAINT operators_failed_attempts_check CHECK ((failed_attempts >= 0)),
    CONSTRAINT operators_id_check CHECK ((id <> ''::text)),
    CONSTRAINT operators_name_check CHECK ((name <> ''::text)),
    CONSTRAINT operators_retired_check CHECK (((retired_at IS NULL) OR locked)),
    CONSTRAINT operators_role_check CHECK ((role = ANY (ARRAY['collector'::text, 'reader'::text, 'dunning'::text, 'supervisor'::text])))
);


--
-- Name: gf_op_get(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_op_get(p_id text, p_what text) RETURNS public.operators
    LANGUAGE plpgsql
    AS $$
DECLARE
  o operators;
BEGIN
  SELECT * INTO o FROM operators WHERE id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no operator %', p_id USING ERRCODE = 'GF001';
  END IF;
  IF o.retired_at IS NOT NULL THEN
    RAISE EXCEPTION 'operator % is retired: cannot %', p_id, p_what USING ERRCODE = 'GF002';
  END IF;
  RETURN o;
END $$;


--
-- Name: gf_op_hash_ok(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_op_hash_ok(p_pin_hash text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
  SELECT p_pin_hash ~ '^pbkdf2-sha256\$[0-9]+\$[0-9A-Fa-f]{32}\$[0-9A-Fa-f]{64}$'
$_$;


--
-- Name: gf_op_lock(text, text, boolean, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_op_lock(p_actor text, p_id text, p_locked boolean, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
  o operators := gf_op_get(p_id, CASE WHEN p_locked THEN 'lock' ELSE 'unlock' END);
BEGIN
  IF p_locked IS NULL THEN
    RAISE EXCEPTION 'locked must be true or false' USING ERRCODE = 'GF002';
  END IF;
  IF p_locked THEN
    UPDATE operators SET locked = true WHERE id = p_id;
  ELSE
    UPDATE operators SET locked = false, failed_attempts = 0 WHERE id = p_id;
  END IF;
  PERFORM gf_admin_audit(p_actor,
    CASE WHEN p_locked THEN 'operator lock' ELSE 'operator unlock' END, p_id, p_reason,
    jsonb_build_object('was_locked', o.locked, 'failed_attempts', o.failed_attempts));
END $$;


--
-- Name: gf_op_retire(text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_op_retire(p_actor text, p_id text, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
  o operators := gf_op_get(p_id, 'retire');
BEGIN
  UPDATE operators SET locked = true, retired_at = now() WHERE id = p_id;
  UPDATE sessions SET ended_at = now() WHERE operator_id = p_id AND ended_at IS NULL;
  PERFORM gf_admin_audit(p_actor, 'operator retire', p_id, p_reason,
    jsonb_build_object('role', o.role, 'org', o.org));
END $$;


--
-- Name: gf_op_set_pin(text, text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_op_set_pin(p_actor text, p_id text, p_pin_hash text, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
  o operators := gf_op_get(p_id, 'reset the PIN');
BEGIN
  IF NOT COALESCE(gf_op_hash_ok(p_pin_hash), false) THEN
    RAISE EXCEPTION 'the PIN must arrive as a PBKDF2 hash' USING ERRCODE = 'GF002';
  END IF;
  UPDATE operators SET pin_hash = p_pin_hash, failed_attempts = 0 WHERE id = p_id;
  UPDATE sessions SET ended_at = now() WHERE operator_id = p_id AND ended_at IS NULL;
  PERFORM gf_admin_audit(p_actor, 'operator passwd', p_id, p_reason,
    jsonb_build_object('was_locked', o.locked));
END $$;


--
-- Name: gf_op_set_role(text, text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_op_set_role(p_actor text, p_id text, p_role text, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
  o operators := gf_op_get(p_id, 'change role');
BEGIN
  IF p_role IS NULL OR p_role NOT IN ('collector', 'reader', 'dunning', 'supervisor') THEN
    RAISE EXCEPTION 'role must be collector, reader, dunning or supervisor'
      USING ERRCODE = 'GF002';
  END IF;
  -- Requests read the role at each request: open sessions follow it.
  UPDATE operators SET role = p_role WHERE id = p_id;
  PERFORM gf_admin_audit(p_actor, 'operator role', p_id, p_reason,
    jsonb_build_object('from', o.role, 'to', p_role));
END $$;


--
-- Name: gf_outbox_claim(text, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_outbox_claim(p_owner text, p_lease_s integer, p_limit integer) RETURNS TABLE(r_id bigint, r_trcode integer, r_ref text, r_body text, r_attempts integer)
    LANGUAGE sql
    AS $$
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


--
-- Name: gf_outbox_close(text, bigint, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_outbox_close(p_actor text, p_id bigint, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: gf_outbox_put(integer, text, text, text, jsonb, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_outbox_put(p_trcode integer, p_terminal text, p_operator text, p_org text, p_body jsonb, p_owner text, p_grace_s integer) RETURNS TABLE(r_id bigint, r_ref text, r_send_now boolean)
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: gf_outbox_resend(text, bigint, jsonb, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_outbox_resend(p_actor text, p_id bigint, p_patch jsonb, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: gf_outbox_result(bigint, text, text, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_outbox_result(p_id bigint, p_owner text, p_outcome text, p_rspcode text, p_msg text, p_backoff_max integer) RETURNS text
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: gf_outbox_stale_alarm(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_outbox_stale_alarm(p_alarm_s integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: gf_outbox_stats(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_outbox_stats() RETURNS TABLE(r_depth bigint, r_oldest_s bigint, r_parked bigint)
    LANGUAGE sql STABLE
    AS $$
  SELECT (SELECT count(*) FROM outbox WHERE state IN ('PENDING', 'SENDING')),
         COALESCE((SELECT extract(epoch FROM now() - min(created_at))::bigint
                     FROM outbox WHERE state IN ('PENDING', 'SENDING')), 0),
         (SELECT count(*) FROM outbox WHERE state = 'PARKED');
$$;


--
-- Name: gf_recon_day_lock(date, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_recon_day_lock(p_date date, p_exclusive boolean) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF p_exclusive THEN
    PERFORM pg_advisory_xact_lock(hashtext('gf_recon_day'), p_date - date '2000-01-01');
  ELSE
    PERFORM pg_advisory_xact_lock_shared(hashtext('gf_recon_day'), p_date - date '2000-01-01');
  END IF;
END $$;


--
-- Name: gf_recon_leases(text, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_recon_leases(p_node text, p_lease_s integer, p_busy boolean) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE n1 integer; n2 integer;
BEGIN
  IF p_busy THEN
    UPDATE recon_runs SET lease_until = now() + make_interval(secs => p_lease_s)
     WHERE state = 'RUNNING' AND node = p_node;
    UPDATE recon_requests SET lease_until = now() + make_interval(secs => p_lease_s)
     WHERE state = 'STARTED' AND node = p_node;
  END IF;
  WITH r AS (UPDATE recon_runs SET state = 'FAILED', finished_at = now(),
                    error = format('node %s stopped (its lease ran out)', node)
              WHERE state = 'RUNNING' AND lease_until < now() RETURNING 1)
  SELECT count(*) INTO n1 FROM r;
  WITH u AS (UPDATE recon_requests SET state = 'FAILED', finished_at = now(),
                    detail = format('node %s stopped (its lease ran out)', node)
              WHERE state = 'STARTED' AND lease_until < now() RETURNING 1)
  SELECT count(*) INTO n2 FROM u;
  RETURN n1 + n2;
END $$;


--
-- Name: gf_recon_run_begin(date, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_recon_run_begin(p_date date, p_actor text) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE v_id bigint;
BEGIN
  IF gf_bo_signoff_of(p_date) IS NOT NULL THEN
    PERFORM gf_bo_audit(p_actor, 'recon run refused', gf_bo_ymd(p_date),
        jsonb_build_object('why', 'signed off'));
    RETURN NULL;
  END IF;
  INSERT INTO recon_runs (recon_date) VALUES (p_date) RETURNING id INTO v_id;
  RETURN v_id;
END $$;


--
-- Name: gf_req_begin(text, bigint, bytea); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_req_begin(p_terminal text, p_seq bigint, p_token bytea) RETURNS TABLE(r_seq_ok boolean, r_last_seq bigint, r_operator text, r_role text, r_name text, r_settle_date text, r_locked boolean)
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: gf_settle_alarms(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_settle_alarms(p_alarm_s integer) RETURNS integer
    LANGUAGE sql
    AS $$
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
$$;


--
-- Name: gf_settle_claim(text, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_settle_claim(p_owner text, p_lease_s integer, p_limit integer) RETURNS TABLE(r_stserial text, r_settle_date date, r_func text, r_orig text, r_rev text, r_amount bigint, r_age bigint)
    LANGUAGE sql
    AS $$
  WITH c AS (
    SELECT t.stserial, t.settle_date FROM transactions t
     WHERE t.state = 'UNKNOWN'
       AND (t.next_settle_at IS NULL OR t.next_settle_at <= now())
       AND NOT (t.func = 'REVERSAL' AND EXISTS (SELECT 1 FROM recon_runs r
                 WHERE r.recon_date = t.settle_date AND r.state = 'RUNNING'))
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
    FROM u JOIN s ON s.stserial = u.stserial
$$;


--
-- Name: gf_settle_release(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_settle_release(p_node text) RETURNS integer
    LANGUAGE sql
    AS $$
  WITH u AS (
    UPDATE transactions t SET next_settle_at = now()
      FROM ifsvc_settle s
     WHERE s.stserial = t.stserial AND s.settle_date = t.settle_date
       AND t.state = 'UNKNOWN' AND t.next_settle_at > now()
       AND split_part(s.lease_owner, ':', 2) = p_node
    RETURNING 1)
  SELECT count(*)::integer FROM u
$$;


--
-- Name: gf_settle_retry(text, date, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_settle_retry(p_stserial text, p_date date, p_owner text, p_interval_s integer) RETURNS integer
    LANGUAGE sql
    AS $$
  WITH u AS (
    UPDATE transactions SET settle_attempts = settle_attempts + 1,
           next_settle_at = now() + make_interval(secs => LEAST(300,
               p_interval_s * power(2, LEAST(settle_attempts, 16))))
     WHERE stserial = p_stserial AND settle_date = p_date AND state = 'UNKNOWN'
       AND EXISTS (SELECT 1 FROM ifsvc_settle s WHERE s.stserial = p_stserial
                      AND s.lease_owner = p_owner)
    RETURNING 1)
  SELECT count(*)::integer FROM u
$$;


--
-- Name: gf_term_add(text, text, text, text, integer, integer, inet, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_term_add(p_actor text, p_id text, p_name text, p_org text, p_suite integer, p_keyver integer, p_sim_ip inet, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $_$
DECLARE
  old_retired timestamptz;
BEGIN
  IF p_id IS NULL OR p_id !~ '^[0-9]{16}$' THEN
    RAISE EXCEPTION 'terminal id must be 16 digits' USING ERRCODE = 'GF002';
  END IF;
  IF p_suite IS NULL OR p_suite NOT IN (1, 2) THEN
    RAISE EXCEPTION 'suite must be 1 or 2' USING ERRCODE = 'GF002';
  END IF;
  IF p_keyver IS NULL OR p_keyver NOT BETWEEN 1 AND 255 THEN
    RAISE EXCEPTION 'key version must be 1..255' USING ERRCODE = 'GF002';
  END IF;
  SELECT retired_at INTO old_retired FROM terminals WHERE id = p_id;
  IF FOUND THEN
    IF old_retired IS NOT NULL THEN
      RAISE EXCEPTION 'terminal % was retired; a terminal id is never used again', p_id
        USING ERRCODE = 'GF003';
    END IF;
    RAISE EXCEPTION 'terminal % already exists', p_id USING ERRCODE = 'GF003';
  END IF;
  BEGIN
    INSERT INTO terminals (id, name, org, suite, keyver, bound_ip)
    VALUES (p_id, p_name, COALESCE(p_org, ''), p_suite, p_keyver, p_sim_ip);
  EXCEPTION WHEN unique_violation THEN
    RAISE EXCEPTION 'terminal % already exists', p_id USING ERRCODE = 'GF003';
  END;
  PERFORM gf_admin_audit(p_actor, 'terminal add', p_id, p_reason,
    jsonb_build_object('name', p_name, 'org', COALESCE(p_org, ''), 'suite', p_suite,
                       'keyver', p_keyver, 'ip', COALESCE(host(p_sim_ip), '')));
END $_$;


--
-- Name: gf_term_enable(text, text, boolean, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_term_enable(p_actor text, p_id text, p_enabled boolean, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
  t terminals := gf_term_get(p_id, CASE WHEN p_enabled THEN 'enable' ELSE 'disable' END);
BEGIN
  IF p_enabled IS NULL THEN
    RAISE EXCEPTION 'enabled must be true or false' USING ERRCODE = 'GF002';
  END IF;
  UPDATE terminals SET enabled = p_enabled WHERE id = p_id;
  PERFORM gf_admin_audit(p_actor,
    CASE WHEN p_enabled THEN 'terminal enable' ELSE 'terminal disable' END, p_id, p_reason,
    jsonb_build_object('was_enabled', t.enabled));
END $$;


--
-- Name: terminals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.terminals (
    id public.gf_terminal_id NOT NULL,
    name public.gf_name NOT NULL,
    org text DEFAULT ''::text NOT NULL,
    suite public.gf_suite NOT NULL,
    keyver public.gf_keyver DEFAULT 1 NOT NULL,
    bound_ip inet,
    enabled boolean DEFAULT true NOT NULL,
    last_seq public.gf_seq DEFAULT 0 NOT NULL,
    last_seen timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    next_keyver public.gf_keyver,
    rekey_until timestamp with time zone,
    retired_at timestamp with time zone,
    CONSTRAINT terminals_next_keyver_check CHECK (((next_keyver IS NULL) OR (((next_keyver)::smallint <> (keyver)::smallint) AND (rekey_until IS NOT NULL)))),
    CONSTRAINT terminals_retired_check CHECK (((retired_at IS NULL) OR ((NOT enabled) AND (next_keyver IS NULL))))
);


--
-- Name: gf_term_get(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_term_get(p_id text, p_what text) RETURNS public.terminals
    LANGUAGE plpgsql
    AS $$
DECLARE
  t terminals;
BEGIN
  SELECT * INTO t FROM terminals WHERE id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no terminal %', p_id USING ERRCODE = 'GF001';
  END IF;
  IF t.retired_at IS NOT NULL THEN
    RAISE EXCEPTION 'terminal % is retired: cannot %', p_id, p_what USING ERRCODE = 'GF002';
  END IF;
  RETURN t;
END $$;


--
-- Name: gf_term_keyver_seen(text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_term_keyver_seen(p_id text, p_keyver integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE
  old int;
BEGIN
  SELECT keyver INTO old FROM terminals
   WHERE id = p_id AND next_keyver = p_keyver AND rekey_until > now()
     AND retired_at IS NULL
  FOR UPDATE;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  UPDATE terminals SET keyver = p_keyver, next_keyver = NULL, rekey_until = NULL
   WHERE id = p_id;
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES ('frontd', 'terminal keyver moved', p_id,
          jsonb_build_object('reason', 'first valid frame under the new key version',
                             'from', old, 'to', p_keyver));
  RETURN true;
END $$;


--
-- Name: gf_term_move(text, text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_term_move(p_actor text, p_id text, p_org text, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
  t terminals := gf_term_get(p_id, 'move');
BEGIN
  IF p_org IS NULL OR btrim(p_org) = '' THEN
    RAISE EXCEPTION 'an org is required' USING ERRCODE = 'GF002';
  END IF;
  UPDATE terminals SET org = p_org WHERE id = p_id;
  PERFORM gf_admin_audit(p_actor, 'terminal move', p_id, p_reason,
    jsonb_build_object('from', t.org, 'to', p_org));
END $$;


--
-- Name: gf_term_rebind(text, text, inet, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_term_rebind(p_actor text, p_id text, p_sim_ip inet, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
  t terminals := gf_term_get(p_id, 'rebind');
BEGIN
  UPDATE terminals SET bound_ip = p_sim_ip WHERE id = p_id;
  PERFORM gf_admin_audit(p_actor, 'terminal rebind', p_id, p_reason,
    jsonb_build_object('from', COALESCE(host(t.bound_ip), ''),
                       'to', COALESCE(host(p_sim_ip), '')));
END $$;


--
-- Name: gf_term_rekey(text, text, integer, interval, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_term_rekey(p_actor text, p_id text, p_keyver integer, p_overlap interval, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
  t terminals := gf_term_get(p_id, 'rekey');
BEGIN
  IF p_keyver IS NULL OR p_keyver NOT BETWEEN 1 AND 255 THEN
    RAISE EXCEPTION 'key version must be 1..255' USING ERRCODE = 'GF002';
  END IF;
  IF p_keyver <= t.keyver THEN
    RAISE EXCEPTION 'terminal % is on key version %: a terminal moves only to a newer one',
      p_id, t.keyver USING ERRCODE = 'GF002';
  END IF;
  IF p_overlap IS NULL OR p_overlap <= interval '0' THEN
    RAISE EXCEPTION 'the overlap must be positive' USING ERRCODE = 'GF002';
  END IF;
  UPDATE terminals SET next_keyver = p_keyver, rekey_until = now() + p_overlap
   WHERE id = p_id;
  PERFORM gf_admin_audit(p_actor, 'terminal rekey', p_id, p_reason,
    jsonb_build_object('keyver', t.keyver, 'next_keyver', p_keyver,
                       'until', now() + p_overlap));
END $$;


--
-- Name: gf_term_rename(text, text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_term_rename(p_actor text, p_id text, p_name text, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
  t terminals := gf_term_get(p_id, 'rename');
BEGIN
  IF p_name IS NULL OR btrim(p_name) = '' THEN
    RAISE EXCEPTION 'a terminal name may not be empty' USING ERRCODE = 'GF002';
  END IF;
  UPDATE terminals SET name = p_name WHERE id = p_id;
  PERFORM gf_admin_audit(p_actor, 'terminal rename', p_id, p_reason,
    jsonb_build_object('from', t.name, 'to', p_name));
END $$;


--
-- Name: gf_term_retire(text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_term_retire(p_actor text, p_id text, p_reason text) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
  t terminals := gf_term_get(p_id, 'retire');
BEGIN
  UPDATE terminals SET enabled = false, next_keyver = NULL, rekey_until = NULL,
                       retired_at = now()
   WHERE id = p_id;
  UPDATE sessions SET ended_at = now() WHERE terminal_id = p_id AND ended_at IS NULL;
  PERFORM gf_admin_audit(p_actor, 'terminal retire', p_id, p_reason,
    jsonb_build_object('keyver', t.keyver, 'ip', COALESCE(host(t.bound_ip), ''),
                       'org', t.org));
END $$;


--
-- Name: gf_terminal_notify(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_terminal_notify() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  -- The same columns as the triggers' WHEN clause (120_key_life.sql):
  -- everything frontd's cache holds.
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id
     AND NEW.enabled IS NOT DISTINCT FROM OLD.enabled
     AND NEW.suite IS NOT DISTINCT FROM OLD.suite
     AND NEW.keyver IS NOT DISTINCT FROM OLD.keyver
     AND NEW.next_keyver IS NOT DISTINCT FROM OLD.next_keyver
     AND NEW.rekey_until IS NOT DISTINCT FROM OLD.rekey_until
     AND NEW.retired_at IS NOT DISTINCT FROM OLD.retired_at
     AND NEW.bound_ip IS NOT DISTINCT FROM OLD.bound_ip THEN
    RETURN NEW;   -- last_seq / last_seen bumps are not registry changes
  END IF;
  PERFORM pg_notify('gf_terminal', COALESCE(NEW.id, OLD.id));
  RETURN COALESCE(NEW, OLD);
END $$;


--
-- Name: gf_tx_adopt_stale(integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_tx_adopt_stale(p_stale_s integer, p_payment_status integer, p_reversal_status integer) RETURNS integer
    LANGUAGE sql
    AS $$
  WITH u AS (
    UPDATE transactions SET state = 'UNKNOWN',
           tp_status = COALESCE(tp_status, CASE WHEN func = 'REVERSAL'
                       THEN p_reversal_status ELSE p_payment_status END),
           unknown_since = now(), next_settle_at = now(), updated_at = now()
     WHERE state = 'PENDING'
       AND created_at < now() - make_interval(secs => p_stale_s)
    RETURNING 1)
  SELECT count(*)::integer FROM u
$$;


--
-- Name: gf_tx_claim(text, text, text, text, text, text, smallint, bigint, smallint, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_tx_claim(p_terminal text, p_term_serial text, p_org text, p_operator text, p_customer text, p_func text, p_trcode smallint, p_amount bigint, p_pay_mode smallint, p_meter text, p_orig_term_serial text) RETURNS TABLE(r_kind text, r_stserial text, r_settle_date text, r_state text, r_tp_status integer, r_response bytea, r_orig_stserial text, r_customer text, r_amount bigint)
    LANGUAGE plpgsql
    AS $$
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
                     WHERE r.recon_date = o.settle_date
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


--
-- Name: gf_tx_finish(text, date, text, integer, text, text, bytea, text, bytea); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_tx_finish(p_stserial text, p_settle_date date, p_outcome text, p_tp_status integer, p_rspcode text, p_mkt_serial text, p_response bytea, p_customer_name text, p_items bytea) RETURNS TABLE(r_state text, r_receipt text)
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: gf_tx_illegal_transition(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_tx_illegal_transition() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  RAISE EXCEPTION 'illegal money transition % -> % of % stserial %',
    OLD.state, NEW.state, OLD.func, OLD.stserial
    USING ERRCODE = 'GF001';
END $$;


--
-- Name: gf_tx_settle_payment(text, date, text, text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_tx_settle_payment(p_stserial text, p_date date, p_state text, p_rev text, p_mkserial text, p_last_status text) RETURNS void
    LANGUAGE sql
    AS $$
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
        mkt_serial, rspcode)
    SELECT p_rev, settle_date, terminal_id, 'settle:' || stserial, operator_id,
        customer_no, 'REVERSAL', 1003, amount, stserial, 'SUCCESS', p_mkserial,
        '0000'
      FROM u WHERE p_rev IS NOT NULL AND p_state = 'REVERSED'
    ON CONFLICT (stserial, settle_date) DO NOTHING)
  INSERT INTO ifsvc_settle (stserial, settle_date, rev_stserial, last_status,
      settled_at, outcome)
  SELECT p_stserial, p_date, p_rev, p_last_status, now(), p_state FROM u
  ON CONFLICT (stserial) DO UPDATE SET last_status = p_last_status,
      settled_at = now(), outcome = p_state
$$;


--
-- Name: gf_tx_settle_reversal(text, date, text, text, integer, bytea, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_tx_settle_reversal(p_stserial text, p_date date, p_state text, p_mkserial text, p_tp_status integer, p_response bytea, p_rspcode text) RETURNS void
    LANGUAGE sql
    AS $$
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
  ON CONFLICT (stserial) DO UPDATE SET settled_at = now(), outcome = p_state
$$;


--
-- Name: gf_tx_transition_ok(text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_tx_transition_ok(p_func text, p_from text, p_to text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$
  SELECT p_from = p_to
      OR (p_from = 'PENDING' AND p_to IN ('SUCCESS', 'FAILED', 'UNKNOWN'))
      OR (p_from = 'UNKNOWN' AND p_to = 'FAILED')
      OR (p_from = 'UNKNOWN' AND p_func <> 'REVERSAL' AND p_to = 'REVERSED')
      OR (p_from = 'UNKNOWN' AND p_func = 'REVERSAL' AND p_to = 'SUCCESS')
      OR (p_from = 'SUCCESS' AND p_func <> 'REVERSAL' AND p_to = 'REVERSED')
$$;


--
-- Name: gf_tx_unknown(text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gf_tx_unknown(p_stserial text, p_tp_status integer) RETURNS integer
    LANGUAGE sql
    AS $$
  WITH u AS (
    UPDATE transactions SET state = 'UNKNOWN', tp_status = p_tp_status,
           unknown_since = now(), next_settle_at = now(), updated_at = now()
     WHERE stserial = p_stserial AND state = 'PENDING'
       AND settle_date = (SELECT settle_date FROM tx_keys WHERE stserial = p_stserial)
    RETURNING 1)
  SELECT count(*)::integer FROM u
$$;


--
-- Name: alarms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alarms (
    id bigint NOT NULL,
    kind text NOT NULL,
    source text NOT NULL,
    terminal_id text,
    detail text DEFAULT ''::text NOT NULL,
    acked boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    acked_by text,
    acked_at timestamp with time zone,
    ack_note text
);


--
-- Name: alarms_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.alarms_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alarms_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.alarms_id_seq OWNED BY public.alarms.id;


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    object text NOT NULL,
    detail jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_log_id_seq OWNED BY public.audit_log.id;


--
-- Name: cash_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cash_days (
    operator_id text NOT NULL,
    settle_date date NOT NULL,
    state text DEFAULT 'OPEN'::text NOT NULL,
    expected bigint,
    counted bigint,
    over_short bigint,
    reason text,
    handed_in_by text,
    handed_in_at timestamp with time zone,
    slip_no text,
    bank text,
    deposit_amount bigint,
    deposited_by text,
    deposited_at timestamp with time zone,
    CONSTRAINT cash_days_counted_check CHECK ((counted >= 0)),
    CONSTRAINT cash_days_deposit_amount_check CHECK ((deposit_amount > 0)),
    CONSTRAINT cash_days_state_check CHECK ((state = ANY (ARRAY['OPEN'::text, 'HANDED_IN'::text, 'BALANCED'::text, 'DEPOSITED'::text])))
);


--
-- Name: cash_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cash_events (
    id bigint NOT NULL,
    operator_id text NOT NULL,
    settle_date date NOT NULL,
    kind text NOT NULL,
    expected bigint,
    amount bigint NOT NULL,
    over_short bigint,
    reason text,
    slip_no text,
    bank text,
    actor text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT cash_events_amount_check CHECK ((amount >= 0)),
    CONSTRAINT cash_events_kind_check CHECK ((kind = ANY (ARRAY['HANDIN'::text, 'DEPOSIT'::text])))
);


--
-- Name: cash_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cash_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cash_events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.cash_events_id_seq OWNED BY public.cash_events.id;


--
-- Name: console_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.console_sessions (
    token_hash bytea NOT NULL,
    csrf_hash bytea NOT NULL,
    user_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_seen timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT console_sessions_csrf_hash_check CHECK ((length(csrf_hash) = 32)),
    CONSTRAINT console_sessions_token_hash_check CHECK ((length(token_hash) = 32))
);


--
-- Name: console_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.console_users (
    id text NOT NULL,
    name text NOT NULL,
    pw_hash text NOT NULL,
    locked boolean DEFAULT false NOT NULL,
    failed_attempts integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    roles text[] NOT NULL,
    locked_until timestamp with time zone,
    failed_since timestamp with time zone,
    CONSTRAINT console_users_id_check CHECK ((id ~ '^[A-Za-z0-9_.-]{1,32}$'::text)),
    CONSTRAINT console_users_roles_check CHECK ((((cardinality(roles) >= 1) AND (cardinality(roles) <= 3)) AND (roles <@ ARRAY['auditor'::text, 'cashier'::text, 'admin'::text])))
);


--
-- Name: disconnect_checks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.disconnect_checks (
    id bigint NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    total_due bigint,
    disconnect_allowed boolean,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: disconnect_checks_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.disconnect_checks_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: disconnect_checks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.disconnect_checks_id_seq OWNED BY public.disconnect_checks.id;


--
-- Name: dunning_results; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dunning_results (
    id bigint NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    result_code integer NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    forwarded boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    outbox_id bigint
);


--
-- Name: dunning_results_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.dunning_results_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dunning_results_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.dunning_results_id_seq OWNED BY public.dunning_results.id;


--
-- Name: ifsvc_settle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ifsvc_settle (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    rev_stserial text,
    last_status text,
    alarmed_at timestamp with time zone,
    settled_at timestamp with time zone,
    outcome text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    lease_owner text,
    claims integer DEFAULT 0 NOT NULL
);


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    id bigint NOT NULL,
    ref text NOT NULL,
    trcode smallint NOT NULL,
    seq_key text NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    record_id bigint NOT NULL,
    body jsonb NOT NULL,
    state text DEFAULT 'PENDING'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_at timestamp with time zone DEFAULT now() NOT NULL,
    lease_until timestamp with time zone,
    leased_by text,
    last_rspcode text,
    last_error text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    delivered_at timestamp with time zone,
    closed_by text,
    CONSTRAINT outbox_state_check CHECK ((state = ANY (ARRAY['PENDING'::text, 'SENDING'::text, 'DELIVERED'::text, 'REFUSED'::text, 'PARKED'::text, 'CLOSED'::text]))),
    CONSTRAINT outbox_trcode_check CHECK ((trcode = ANY (ARRAY[2003, 3004])))
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.outbox_id_seq OWNED BY public.outbox.id;


--
-- Name: reading_exceptions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_exceptions (
    id bigint NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    exception_code integer NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    forwarded boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    outbox_id bigint
);


--
-- Name: reading_exceptions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.reading_exceptions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: reading_exceptions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.reading_exceptions_id_seq OWNED BY public.reading_exceptions.id;


--
-- Name: reading_uploads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads (
    id bigint NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
)
PARTITION BY RANGE (upload_date);


--
-- Name: reading_uploads_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.reading_uploads_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: reading_uploads_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.reading_uploads_id_seq OWNED BY public.reading_uploads.id;


--
-- Name: reading_uploads_202401; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202401 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202402; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202402 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202403; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202403 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202404; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202404 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202405; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202405 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202406; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202406 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202407; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202407 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202408; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202408 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202409; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202409 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202410; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202410 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202411; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202411 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202412; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202412 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202501; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202501 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202502; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202502 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202503; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202503 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202504; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202504 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202505; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202505 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202506; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202506 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202507; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202507 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202508; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202508 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202509; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202509 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202510; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202510 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202511; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202511 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202512; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202512 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202601; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202601 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202602; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202602 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202603; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202603 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202604; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202604 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202605; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202605 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202606; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202606 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202607; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202607 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202608; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202608 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202609; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202609 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202610; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202610 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202611; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202611 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202612; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202612 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202701; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202701 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202702; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202702 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202703; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202703 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202704; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202704 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202705; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202705 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202706; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202706 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202707; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202707 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202708; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202708 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202709; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202709 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202710; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202710 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202711; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202711 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202712; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202712 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202801; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202801 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202802; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202802 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202803; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202803 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202804; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202804 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202805; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202805 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202806; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202806 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202807; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202807 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202808; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202808 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202809; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202809 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202810; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202810 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202811; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202811 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202812; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202812 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202901; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202901 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202902; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202902 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202903; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202903 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202904; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202904 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202905; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202905 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202906; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202906 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202907; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202907 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202908; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202908 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202909; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202909 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202910; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202910 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202911; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202911 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_202912; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_202912 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203001; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203001 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203002; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203002 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203003; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203003 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203004; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203004 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203005; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203005 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203006; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203006 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203007; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203007 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203008; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203008 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203009; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203009 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203010; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203010 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203011; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203011 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203012; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203012 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203101; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203101 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203102; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203102 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203103; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203103 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203104; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203104 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203105; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203105 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203106; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203106 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203107; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203107 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203108; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203108 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203109; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203109 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203110; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203110 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203111; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203111 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203112; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203112 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203201; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203201 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203202; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203202 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203203; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203203 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203204; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203204 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203205; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203205 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203206; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203206 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203207; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203207 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203208; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203208 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203209; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203209 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203210; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203210 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203211; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203211 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203212; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203212 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203301; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203301 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203302; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203302 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203303; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203303 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203304; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203304 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203305; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203305 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203306; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203306 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203307; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203307 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203308; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203308 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203309; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203309 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203310; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203310 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203311; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203311 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203312; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203312 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203401; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203401 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203402; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203402 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203403; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203403 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203404; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203404 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203405; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203405 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203406; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203406 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203407; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203407 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203408; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203408 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203409; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203409 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203410; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203410 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203411; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203411 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203412; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203412 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203501; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203501 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203502; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203502 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203503; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203503 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203504; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203504 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203505; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203505 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203506; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203506 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203507; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203507 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203508; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203508 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203509; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203509 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203510; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203510 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203511; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203511 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_203512; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_203512 (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reading_uploads_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reading_uploads_default (
    id bigint DEFAULT nextval('public.reading_uploads_id_seq'::regclass) NOT NULL,
    upload_date date DEFAULT CURRENT_DATE NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    meter_no text NOT NULL,
    reading bigint NOT NULL,
    read_time text NOT NULL,
    exception_code integer,
    item_status integer,
    kwh bigint,
    amount bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: receipt_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.receipt_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: receipts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.receipts (
    receipt_no text NOT NULL,
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    customer_name text DEFAULT ''::text NOT NULL,
    amount public.gf_amount NOT NULL,
    items bytea,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: recon_diffs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recon_diffs (
    run_id bigint NOT NULL,
    category text NOT NULL,
    stserial text NOT NULL,
    l_state text,
    l_expected text,
    l_amount bigint,
    l_trcode smallint,
    l_customer_no text,
    l_mkt_serial text,
    l_terminal_id text,
    l_operator_id text,
    l_term_serial text,
    l_created_at timestamp with time zone,
    r_mkserial text,
    r_trcode text,
    r_custno text,
    r_amount bigint,
    r_status text,
    r_txdate text,
    r_txtime text,
    CONSTRAINT recon_diffs_category_check CHECK ((category = ANY (ARRAY['LOCAL_ONLY'::text, 'REMOTE_ONLY'::text, 'AMOUNT_MISMATCH'::text, 'STATUS_MISMATCH'::text])))
);


--
-- Name: recon_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recon_requests (
    id bigint NOT NULL,
    recon_date date NOT NULL,
    actor text NOT NULL,
    state text DEFAULT 'QUEUED'::text NOT NULL,
    run_id bigint,
    detail text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    node text,
    lease_until timestamp with time zone,
    CONSTRAINT recon_requests_state_check CHECK ((state = ANY (ARRAY['QUEUED'::text, 'STARTED'::text, 'DONE'::text, 'FAILED'::text])))
);


--
-- Name: recon_requests_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.recon_requests_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: recon_requests_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.recon_requests_id_seq OWNED BY public.recon_requests.id;


--
-- Name: recon_resolutions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recon_resolutions (
    id bigint NOT NULL,
    recon_date date NOT NULL,
    run_id bigint NOT NULL,
    stserial text NOT NULL,
    reason text NOT NULL,
    note text NOT NULL,
    actor text NOT NULL,
    supersedes bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT recon_resolutions_note_check CHECK (((btrim(note) <> ''::text) AND (length(note) <= 2000))),
    CONSTRAINT recon_resolutions_reason_check CHECK ((reason = ANY (ARRAY['SETTLED_LATER'::text, 'MKT_CORRECTION'::text, 'STATION_FAULT'::text, 'FRAUD_SUSPECTED'::text, 'OTHER'::text])))
);


--
-- Name: recon_resolutions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.recon_resolutions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: recon_resolutions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.recon_resolutions_id_seq OWNED BY public.recon_resolutions.id;


--
-- Name: recon_runs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recon_runs (
    id bigint NOT NULL,
    recon_date date NOT NULL,
    state text DEFAULT 'RUNNING'::text NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    file_sha256 text,
    raw_file text,
    remote_count bigint,
    remote_total bigint,
    local_count bigint,
    local_total bigint,
    summary jsonb,
    error text,
    node text,
    lease_until timestamp with time zone,
    CONSTRAINT recon_runs_state_check CHECK ((state = ANY (ARRAY['RUNNING'::text, 'DONE'::text, 'FAILED'::text])))
);
ALTER TABLE ONLY public.recon_runs ALTER COLUMN raw_file SET COMPRESSION lz4;


--
-- Name: recon_runs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.recon_runs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: recon_runs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.recon_runs_id_seq OWNED BY public.recon_runs.id;


--
-- Name: recon_signoffs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recon_signoffs (
    id bigint NOT NULL,
    recon_date date NOT NULL,
    run_id bigint NOT NULL,
    actor text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    signed_at timestamp with time zone DEFAULT now() NOT NULL,
    reopened_by text,
    reopen_reason text,
    reopened_at timestamp with time zone,
    CONSTRAINT recon_signoffs_check CHECK ((((reopened_at IS NULL) = (reopened_by IS NULL)) AND ((reopened_at IS NULL) = (reopen_reason IS NULL)))),
    CONSTRAINT recon_signoffs_note_check CHECK ((length(note) <= 2000))
);


--
-- Name: recon_signoffs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.recon_signoffs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: recon_signoffs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.recon_signoffs_id_seq OWNED BY public.recon_signoffs.id;


--
-- Name: recon_stats; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recon_stats (
    run_id bigint NOT NULL,
    category text NOT NULL,
    operator_id text NOT NULL,
    n bigint NOT NULL,
    local_sum bigint NOT NULL,
    remote_sum bigint NOT NULL,
    l_state text DEFAULT ''::text NOT NULL,
    r_status text DEFAULT ''::text NOT NULL,
    CONSTRAINT recon_stats_category_check CHECK ((category = ANY (ARRAY['MATCHED'::text, 'LOCAL_ONLY'::text, 'REMOTE_ONLY'::text, 'AMOUNT_MISMATCH'::text, 'STATUS_MISMATCH'::text])))
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version text NOT NULL,
    sha256 text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    token_hash bytea NOT NULL,
    terminal_id text NOT NULL,
    operator_id text NOT NULL,
    settle_date date NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    CONSTRAINT sessions_token_hash_check CHECK ((length(token_hash) = 32))
);


--
-- Name: stserial_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.stserial_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: transactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
)
PARTITION BY RANGE (settle_date);


--
-- Name: transactions_202401; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202401 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202402; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202402 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202403; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202403 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202404; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202404 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202405; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202405 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202406; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202406 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202407; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202407 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202408; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202408 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202409; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202409 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202410; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202410 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202411; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202411 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202412; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202412 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202501; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202501 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202502; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202502 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202503; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202503 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202504; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202504 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202505; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202505 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202506; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202506 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202507; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202507 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202508; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202508 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202509; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202509 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202510; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202510 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202511; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202511 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202512; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202512 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202601; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202601 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202602; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202602 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202603; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202603 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202604; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202604 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202605; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202605 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202606; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202606 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202607; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202607 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202608; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202608 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202609; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202609 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202610; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202610 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202611; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202611 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202612; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202612 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202701; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202701 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202702; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202702 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202703; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202703 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202704; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202704 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202705; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202705 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202706; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202706 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202707; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202707 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202708; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202708 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202709; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202709 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202710; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202710 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202711; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202711 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202712; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202712 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202801; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202801 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202802; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202802 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202803; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202803 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202804; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202804 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202805; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202805 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202806; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202806 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202807; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202807 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202808; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202808 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202809; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202809 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202810; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202810 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202811; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202811 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202812; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202812 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202901; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202901 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202902; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202902 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202903; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202903 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202904; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202904 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202905; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202905 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202906; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202906 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202907; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202907 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202908; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202908 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202909; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202909 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202910; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202910 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202911; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202911 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_202912; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_202912 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203001; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203001 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203002; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203002 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203003; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203003 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203004; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203004 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203005; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203005 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203006; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203006 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203007; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203007 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203008; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203008 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203009; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203009 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203010; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203010 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203011; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203011 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203012; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203012 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203101; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203101 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203102; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203102 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203103; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203103 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203104; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203104 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203105; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203105 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203106; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203106 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203107; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203107 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203108; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203108 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203109; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203109 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203110; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203110 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203111; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203111 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203112; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203112 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203201; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203201 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203202; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203202 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203203; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203203 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203204; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203204 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203205; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203205 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203206; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203206 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203207; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203207 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203208; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203208 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203209; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203209 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203210; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203210 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203211; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203211 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203212; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203212 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203301; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203301 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203302; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203302 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203303; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203303 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203304; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203304 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203305; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203305 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203306; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203306 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203307; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203307 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203308; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203308 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203309; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203309 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203310; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203310 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203311; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203311 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203312; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203312 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203401; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203401 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203402; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203402 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203403; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203403 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203404; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203404 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203405; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203405 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203406; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203406 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203407; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203407 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203408; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203408 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203409; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203409 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203410; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203410 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203411; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203411 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203412; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203412 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203501; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203501 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203502; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203502 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203503; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203503 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203504; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203504 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203505; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203505 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203506; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203506 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203507; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203507 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203508; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203508 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203509; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203509 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203510; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203510 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203511; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203511 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_203512; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_203512 (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: transactions_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions_default (
    stserial text NOT NULL,
    settle_date date NOT NULL,
    terminal_id text NOT NULL,
    term_serial text NOT NULL,
    operator_id text NOT NULL,
    customer_no text NOT NULL,
    func public.gf_func NOT NULL,
    trcode public.gf_trcode NOT NULL,
    amount public.gf_amount NOT NULL,
    pay_mode public.gf_pay_mode,
    meter_no text,
    orig_stserial text,
    state public.gf_tx_state DEFAULT 'PENDING'::text NOT NULL,
    tp_status integer,
    rspcode text,
    mkt_serial text,
    receipt_no text,
    response bytea,
    reversed_by text,
    settle_attempts integer DEFAULT 0 NOT NULL,
    next_settle_at timestamp with time zone,
    unknown_since timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_check CHECK ((((state)::text <> 'SUCCESS'::text) OR (mkt_serial IS NOT NULL))),
    CONSTRAINT transactions_check1 CHECK ((((func)::text <> 'REVERSAL'::text) OR (orig_stserial IS NOT NULL)))
);


--
-- Name: tx_day_live; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tx_day_live (
    settle_date date NOT NULL,
    made_at timestamp with time zone NOT NULL,
    rows jsonb NOT NULL
);


--
-- Name: tx_day_summarized; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tx_day_summarized (
    settle_date date NOT NULL,
    n bigint NOT NULL,
    made_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tx_day_summary; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tx_day_summary (
    settle_date date NOT NULL,
    operator_id text NOT NULL,
    func text NOT NULL,
    pay_mode smallint NOT NULL,
    state text NOT NULL,
    n bigint NOT NULL,
    amount bigint NOT NULL
);


--
-- Name: tx_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tx_keys (
    terminal_id text NOT NULL,
    term_serial public.gf_term_serial NOT NULL,
    stserial text NOT NULL,
    settle_date date NOT NULL,
    refused_status integer,
    refused_func text,
    refused_orig text
);


--
-- Name: reading_uploads_202401; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202401 FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');


--
-- Name: reading_uploads_202402; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202402 FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');


--
-- Name: reading_uploads_202403; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202403 FOR VALUES FROM ('2024-03-01') TO ('2024-04-01');


--
-- Name: reading_uploads_202404; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202404 FOR VALUES FROM ('2024-04-01') TO ('2024-05-01');


--
-- Name: reading_uploads_202405; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202405 FOR VALUES FROM ('2024-05-01') TO ('2024-06-01');


--
-- Name: reading_uploads_202406; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202406 FOR VALUES FROM ('2024-06-01') TO ('2024-07-01');


--
-- Name: reading_uploads_202407; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202407 FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');


--
-- Name: reading_uploads_202408; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202408 FOR VALUES FROM ('2024-08-01') TO ('2024-09-01');


--
-- Name: reading_uploads_202409; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202409 FOR VALUES FROM ('2024-09-01') TO ('2024-10-01');


--
-- Name: reading_uploads_202410; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202410 FOR VALUES FROM ('2024-10-01') TO ('2024-11-01');


--
-- Name: reading_uploads_202411; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202411 FOR VALUES FROM ('2024-11-01') TO ('2024-12-01');


--
-- Name: reading_uploads_202412; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202412 FOR VALUES FROM ('2024-12-01') TO ('2025-01-01');


--
-- Name: reading_uploads_202501; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202501 FOR VALUES FROM ('2025-01-01') TO ('2025-02-01');


--
-- Name: reading_uploads_202502; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202502 FOR VALUES FROM ('2025-02-01') TO ('2025-03-01');


--
-- Name: reading_uploads_202503; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202503 FOR VALUES FROM ('2025-03-01') TO ('2025-04-01');


--
-- Name: reading_uploads_202504; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202504 FOR VALUES FROM ('2025-04-01') TO ('2025-05-01');


--
-- Name: reading_uploads_202505; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202505 FOR VALUES FROM ('2025-05-01') TO ('2025-06-01');


--
-- Name: reading_uploads_202506; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202506 FOR VALUES FROM ('2025-06-01') TO ('2025-07-01');


--
-- Name: reading_uploads_202507; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202507 FOR VALUES FROM ('2025-07-01') TO ('2025-08-01');


--
-- Name: reading_uploads_202508; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202508 FOR VALUES FROM ('2025-08-01') TO ('2025-09-01');


--
-- Name: reading_uploads_202509; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202509 FOR VALUES FROM ('2025-09-01') TO ('2025-10-01');


--
-- Name: reading_uploads_202510; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202510 FOR VALUES FROM ('2025-10-01') TO ('2025-11-01');


--
-- Name: reading_uploads_202511; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202511 FOR VALUES FROM ('2025-11-01') TO ('2025-12-01');


--
-- Name: reading_uploads_202512; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202512 FOR VALUES FROM ('2025-12-01') TO ('2026-01-01');


--
-- Name: reading_uploads_202601; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202601 FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');


--
-- Name: reading_uploads_202602; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202602 FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');


--
-- Name: reading_uploads_202603; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202603 FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');


--
-- Name: reading_uploads_202604; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202604 FOR VALUES FROM ('2026-04-01') TO ('2026-05-01');


--
-- Name: reading_uploads_202605; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202605 FOR VALUES FROM ('2026-05-01') TO ('2026-06-01');


--
-- Name: reading_uploads_202606; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202606 FOR VALUES FROM ('2026-06-01') TO ('2026-07-01');


--
-- Name: reading_uploads_202607; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202607 FOR VALUES FROM ('2026-07-01') TO ('2026-08-01');


--
-- Name: reading_uploads_202608; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202608 FOR VALUES FROM ('2026-08-01') TO ('2026-09-01');


--
-- Name: reading_uploads_202609; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202609 FOR VALUES FROM ('2026-09-01') TO ('2026-10-01');


--
-- Name: reading_uploads_202610; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202610 FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');


--
-- Name: reading_uploads_202611; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202611 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');


--
-- Name: reading_uploads_202612; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202612 FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');


--
-- Name: reading_uploads_202701; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202701 FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');


--
-- Name: reading_uploads_202702; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202702 FOR VALUES FROM ('2027-02-01') TO ('2027-03-01');


--
-- Name: reading_uploads_202703; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202703 FOR VALUES FROM ('2027-03-01') TO ('2027-04-01');


--
-- Name: reading_uploads_202704; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202704 FOR VALUES FROM ('2027-04-01') TO ('2027-05-01');


--
-- Name: reading_uploads_202705; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202705 FOR VALUES FROM ('2027-05-01') TO ('2027-06-01');


--
-- Name: reading_uploads_202706; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202706 FOR VALUES FROM ('2027-06-01') TO ('2027-07-01');


--
-- Name: reading_uploads_202707; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202707 FOR VALUES FROM ('2027-07-01') TO ('2027-08-01');


--
-- Name: reading_uploads_202708; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202708 FOR VALUES FROM ('2027-08-01') TO ('2027-09-01');


--
-- Name: reading_uploads_202709; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202709 FOR VALUES FROM ('2027-09-01') TO ('2027-10-01');


--
-- Name: reading_uploads_202710; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202710 FOR VALUES FROM ('2027-10-01') TO ('2027-11-01');


--
-- Name: reading_uploads_202711; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202711 FOR VALUES FROM ('2027-11-01') TO ('2027-12-01');


--
-- Name: reading_uploads_202712; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202712 FOR VALUES FROM ('2027-12-01') TO ('2028-01-01');


--
-- Name: reading_uploads_202801; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202801 FOR VALUES FROM ('2028-01-01') TO ('2028-02-01');


--
-- Name: reading_uploads_202802; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202802 FOR VALUES FROM ('2028-02-01') TO ('2028-03-01');


--
-- Name: reading_uploads_202803; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202803 FOR VALUES FROM ('2028-03-01') TO ('2028-04-01');


--
-- Name: reading_uploads_202804; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202804 FOR VALUES FROM ('2028-04-01') TO ('2028-05-01');


--
-- Name: reading_uploads_202805; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202805 FOR VALUES FROM ('2028-05-01') TO ('2028-06-01');


--
-- Name: reading_uploads_202806; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202806 FOR VALUES FROM ('2028-06-01') TO ('2028-07-01');


--
-- Name: reading_uploads_202807; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202807 FOR VALUES FROM ('2028-07-01') TO ('2028-08-01');


--
-- Name: reading_uploads_202808; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202808 FOR VALUES FROM ('2028-08-01') TO ('2028-09-01');


--
-- Name: reading_uploads_202809; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202809 FOR VALUES FROM ('2028-09-01') TO ('2028-10-01');


--
-- Name: reading_uploads_202810; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202810 FOR VALUES FROM ('2028-10-01') TO ('2028-11-01');


--
-- Name: reading_uploads_202811; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202811 FOR VALUES FROM ('2028-11-01') TO ('2028-12-01');


--
-- Name: reading_uploads_202812; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202812 FOR VALUES FROM ('2028-12-01') TO ('2029-01-01');


--
-- Name: reading_uploads_202901; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202901 FOR VALUES FROM ('2029-01-01') TO ('2029-02-01');


--
-- Name: reading_uploads_202902; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202902 FOR VALUES FROM ('2029-02-01') TO ('2029-03-01');


--
-- Name: reading_uploads_202903; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202903 FOR VALUES FROM ('2029-03-01') TO ('2029-04-01');


--
-- Name: reading_uploads_202904; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202904 FOR VALUES FROM ('2029-04-01') TO ('2029-05-01');


--
-- Name: reading_uploads_202905; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202905 FOR VALUES FROM ('2029-05-01') TO ('2029-06-01');


--
-- Name: reading_uploads_202906; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202906 FOR VALUES FROM ('2029-06-01') TO ('2029-07-01');


--
-- Name: reading_uploads_202907; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202907 FOR VALUES FROM ('2029-07-01') TO ('2029-08-01');


--
-- Name: reading_uploads_202908; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202908 FOR VALUES FROM ('2029-08-01') TO ('2029-09-01');


--
-- Name: reading_uploads_202909; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202909 FOR VALUES FROM ('2029-09-01') TO ('2029-10-01');


--
-- Name: reading_uploads_202910; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202910 FOR VALUES FROM ('2029-10-01') TO ('2029-11-01');


--
-- Name: reading_uploads_202911; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202911 FOR VALUES FROM ('2029-11-01') TO ('2029-12-01');


--
-- Name: reading_uploads_202912; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_202912 FOR VALUES FROM ('2029-12-01') TO ('2030-01-01');


--
-- Name: reading_uploads_203001; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203001 FOR VALUES FROM ('2030-01-01') TO ('2030-02-01');


--
-- Name: reading_uploads_203002; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203002 FOR VALUES FROM ('2030-02-01') TO ('2030-03-01');


--
-- Name: reading_uploads_203003; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203003 FOR VALUES FROM ('2030-03-01') TO ('2030-04-01');


--
-- Name: reading_uploads_203004; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203004 FOR VALUES FROM ('2030-04-01') TO ('2030-05-01');


--
-- Name: reading_uploads_203005; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203005 FOR VALUES FROM ('2030-05-01') TO ('2030-06-01');


--
-- Name: reading_uploads_203006; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203006 FOR VALUES FROM ('2030-06-01') TO ('2030-07-01');


--
-- Name: reading_uploads_203007; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203007 FOR VALUES FROM ('2030-07-01') TO ('2030-08-01');


--
-- Name: reading_uploads_203008; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203008 FOR VALUES FROM ('2030-08-01') TO ('2030-09-01');


--
-- Name: reading_uploads_203009; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203009 FOR VALUES FROM ('2030-09-01') TO ('2030-10-01');


--
-- Name: reading_uploads_203010; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203010 FOR VALUES FROM ('2030-10-01') TO ('2030-11-01');


--
-- Name: reading_uploads_203011; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203011 FOR VALUES FROM ('2030-11-01') TO ('2030-12-01');


--
-- Name: reading_uploads_203012; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203012 FOR VALUES FROM ('2030-12-01') TO ('2031-01-01');


--
-- Name: reading_uploads_203101; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203101 FOR VALUES FROM ('2031-01-01') TO ('2031-02-01');


--
-- Name: reading_uploads_203102; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203102 FOR VALUES FROM ('2031-02-01') TO ('2031-03-01');


--
-- Name: reading_uploads_203103; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203103 FOR VALUES FROM ('2031-03-01') TO ('2031-04-01');


--
-- Name: reading_uploads_203104; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203104 FOR VALUES FROM ('2031-04-01') TO ('2031-05-01');


--
-- Name: reading_uploads_203105; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203105 FOR VALUES FROM ('2031-05-01') TO ('2031-06-01');


--
-- Name: reading_uploads_203106; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203106 FOR VALUES FROM ('2031-06-01') TO ('2031-07-01');


--
-- Name: reading_uploads_203107; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203107 FOR VALUES FROM ('2031-07-01') TO ('2031-08-01');


--
-- Name: reading_uploads_203108; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203108 FOR VALUES FROM ('2031-08-01') TO ('2031-09-01');


--
-- Name: reading_uploads_203109; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203109 FOR VALUES FROM ('2031-09-01') TO ('2031-10-01');


--
-- Name: reading_uploads_203110; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203110 FOR VALUES FROM ('2031-10-01') TO ('2031-11-01');


--
-- Name: reading_uploads_203111; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203111 FOR VALUES FROM ('2031-11-01') TO ('2031-12-01');


--
-- Name: reading_uploads_203112; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203112 FOR VALUES FROM ('2031-12-01') TO ('2032-01-01');


--
-- Name: reading_uploads_203201; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203201 FOR VALUES FROM ('2032-01-01') TO ('2032-02-01');


--
-- Name: reading_uploads_203202; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203202 FOR VALUES FROM ('2032-02-01') TO ('2032-03-01');


--
-- Name: reading_uploads_203203; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203203 FOR VALUES FROM ('2032-03-01') TO ('2032-04-01');


--
-- Name: reading_uploads_203204; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203204 FOR VALUES FROM ('2032-04-01') TO ('2032-05-01');


--
-- Name: reading_uploads_203205; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203205 FOR VALUES FROM ('2032-05-01') TO ('2032-06-01');


--
-- Name: reading_uploads_203206; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203206 FOR VALUES FROM ('2032-06-01') TO ('2032-07-01');


--
-- Name: reading_uploads_203207; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203207 FOR VALUES FROM ('2032-07-01') TO ('2032-08-01');


--
-- Name: reading_uploads_203208; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203208 FOR VALUES FROM ('2032-08-01') TO ('2032-09-01');


--
-- Name: reading_uploads_203209; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203209 FOR VALUES FROM ('2032-09-01') TO ('2032-10-01');


--
-- Name: reading_uploads_203210; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203210 FOR VALUES FROM ('2032-10-01') TO ('2032-11-01');


--
-- Name: reading_uploads_203211; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203211 FOR VALUES FROM ('2032-11-01') TO ('2032-12-01');


--
-- Name: reading_uploads_203212; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203212 FOR VALUES FROM ('2032-12-01') TO ('2033-01-01');


--
-- Name: reading_uploads_203301; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203301 FOR VALUES FROM ('2033-01-01') TO ('2033-02-01');


--
-- Name: reading_uploads_203302; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203302 FOR VALUES FROM ('2033-02-01') TO ('2033-03-01');


--
-- Name: reading_uploads_203303; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203303 FOR VALUES FROM ('2033-03-01') TO ('2033-04-01');


--
-- Name: reading_uploads_203304; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203304 FOR VALUES FROM ('2033-04-01') TO ('2033-05-01');


--
-- Name: reading_uploads_203305; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203305 FOR VALUES FROM ('2033-05-01') TO ('2033-06-01');


--
-- Name: reading_uploads_203306; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203306 FOR VALUES FROM ('2033-06-01') TO ('2033-07-01');


--
-- Name: reading_uploads_203307; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203307 FOR VALUES FROM ('2033-07-01') TO ('2033-08-01');


--
-- Name: reading_uploads_203308; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203308 FOR VALUES FROM ('2033-08-01') TO ('2033-09-01');


--
-- Name: reading_uploads_203309; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203309 FOR VALUES FROM ('2033-09-01') TO ('2033-10-01');


--
-- Name: reading_uploads_203310; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203310 FOR VALUES FROM ('2033-10-01') TO ('2033-11-01');


--
-- Name: reading_uploads_203311; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203311 FOR VALUES FROM ('2033-11-01') TO ('2033-12-01');


--
-- Name: reading_uploads_203312; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203312 FOR VALUES FROM ('2033-12-01') TO ('2034-01-01');


--
-- Name: reading_uploads_203401; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203401 FOR VALUES FROM ('2034-01-01') TO ('2034-02-01');


--
-- Name: reading_uploads_203402; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203402 FOR VALUES FROM ('2034-02-01') TO ('2034-03-01');


--
-- Name: reading_uploads_203403; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203403 FOR VALUES FROM ('2034-03-01') TO ('2034-04-01');


--
-- Name: reading_uploads_203404; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203404 FOR VALUES FROM ('2034-04-01') TO ('2034-05-01');


--
-- Name: reading_uploads_203405; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203405 FOR VALUES FROM ('2034-05-01') TO ('2034-06-01');


--
-- Name: reading_uploads_203406; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203406 FOR VALUES FROM ('2034-06-01') TO ('2034-07-01');


--
-- Name: reading_uploads_203407; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203407 FOR VALUES FROM ('2034-07-01') TO ('2034-08-01');


--
-- Name: reading_uploads_203408; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203408 FOR VALUES FROM ('2034-08-01') TO ('2034-09-01');


--
-- Name: reading_uploads_203409; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203409 FOR VALUES FROM ('2034-09-01') TO ('2034-10-01');


--
-- Name: reading_uploads_203410; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203410 FOR VALUES FROM ('2034-10-01') TO ('2034-11-01');


--
-- Name: reading_uploads_203411; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203411 FOR VALUES FROM ('2034-11-01') TO ('2034-12-01');


--
-- Name: reading_uploads_203412; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203412 FOR VALUES FROM ('2034-12-01') TO ('2035-01-01');


--
-- Name: reading_uploads_203501; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203501 FOR VALUES FROM ('2035-01-01') TO ('2035-02-01');


--
-- Name: reading_uploads_203502; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203502 FOR VALUES FROM ('2035-02-01') TO ('2035-03-01');


--
-- Name: reading_uploads_203503; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203503 FOR VALUES FROM ('2035-03-01') TO ('2035-04-01');


--
-- Name: reading_uploads_203504; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203504 FOR VALUES FROM ('2035-04-01') TO ('2035-05-01');


--
-- Name: reading_uploads_203505; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203505 FOR VALUES FROM ('2035-05-01') TO ('2035-06-01');


--
-- Name: reading_uploads_203506; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203506 FOR VALUES FROM ('2035-06-01') TO ('2035-07-01');


--
-- Name: reading_uploads_203507; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203507 FOR VALUES FROM ('2035-07-01') TO ('2035-08-01');


--
-- Name: reading_uploads_203508; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203508 FOR VALUES FROM ('2035-08-01') TO ('2035-09-01');


--
-- Name: reading_uploads_203509; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203509 FOR VALUES FROM ('2035-09-01') TO ('2035-10-01');


--
-- Name: reading_uploads_203510; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203510 FOR VALUES FROM ('2035-10-01') TO ('2035-11-01');


--
-- Name: reading_uploads_203511; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203511 FOR VALUES FROM ('2035-11-01') TO ('2035-12-01');


--
-- Name: reading_uploads_203512; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_203512 FOR VALUES FROM ('2035-12-01') TO ('2036-01-01');


--
-- Name: reading_uploads_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ATTACH PARTITION public.reading_uploads_default DEFAULT;


--
-- Name: transactions_202401; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202401 FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');


--
-- Name: transactions_202402; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202402 FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');


--
-- Name: transactions_202403; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202403 FOR VALUES FROM ('2024-03-01') TO ('2024-04-01');


--
-- Name: transactions_202404; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202404 FOR VALUES FROM ('2024-04-01') TO ('2024-05-01');


--
-- Name: transactions_202405; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202405 FOR VALUES FROM ('2024-05-01') TO ('2024-06-01');


--
-- Name: transactions_202406; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202406 FOR VALUES FROM ('2024-06-01') TO ('2024-07-01');


--
-- Name: transactions_202407; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202407 FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');


--
-- Name: transactions_202408; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202408 FOR VALUES FROM ('2024-08-01') TO ('2024-09-01');


--
-- Name: transactions_202409; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202409 FOR VALUES FROM ('2024-09-01') TO ('2024-10-01');


--
-- Name: transactions_202410; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202410 FOR VALUES FROM ('2024-10-01') TO ('2024-11-01');


--
-- Name: transactions_202411; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202411 FOR VALUES FROM ('2024-11-01') TO ('2024-12-01');


--
-- Name: transactions_202412; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202412 FOR VALUES FROM ('2024-12-01') TO ('2025-01-01');


--
-- Name: transactions_202501; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202501 FOR VALUES FROM ('2025-01-01') TO ('2025-02-01');


--
-- Name: transactions_202502; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202502 FOR VALUES FROM ('2025-02-01') TO ('2025-03-01');


--
-- Name: transactions_202503; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202503 FOR VALUES FROM ('2025-03-01') TO ('2025-04-01');


--
-- Name: transactions_202504; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202504 FOR VALUES FROM ('2025-04-01') TO ('2025-05-01');


--
-- Name: transactions_202505; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202505 FOR VALUES FROM ('2025-05-01') TO ('2025-06-01');


--
-- Name: transactions_202506; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202506 FOR VALUES FROM ('2025-06-01') TO ('2025-07-01');


--
-- Name: transactions_202507; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202507 FOR VALUES FROM ('2025-07-01') TO ('2025-08-01');


--
-- Name: transactions_202508; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202508 FOR VALUES FROM ('2025-08-01') TO ('2025-09-01');


--
-- Name: transactions_202509; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202509 FOR VALUES FROM ('2025-09-01') TO ('2025-10-01');


--
-- Name: transactions_202510; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202510 FOR VALUES FROM ('2025-10-01') TO ('2025-11-01');


--
-- Name: transactions_202511; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202511 FOR VALUES FROM ('2025-11-01') TO ('2025-12-01');


--
-- Name: transactions_202512; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202512 FOR VALUES FROM ('2025-12-01') TO ('2026-01-01');


--
-- Name: transactions_202601; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202601 FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');


--
-- Name: transactions_202602; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202602 FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');


--
-- Name: transactions_202603; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202603 FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');


--
-- Name: transactions_202604; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202604 FOR VALUES FROM ('2026-04-01') TO ('2026-05-01');


--
-- Name: transactions_202605; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202605 FOR VALUES FROM ('2026-05-01') TO ('2026-06-01');


--
-- Name: transactions_202606; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202606 FOR VALUES FROM ('2026-06-01') TO ('2026-07-01');


--
-- Name: transactions_202607; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202607 FOR VALUES FROM ('2026-07-01') TO ('2026-08-01');


--
-- Name: transactions_202608; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202608 FOR VALUES FROM ('2026-08-01') TO ('2026-09-01');


--
-- Name: transactions_202609; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202609 FOR VALUES FROM ('2026-09-01') TO ('2026-10-01');


--
-- Name: transactions_202610; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202610 FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');


--
-- Name: transactions_202611; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202611 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');


--
-- Name: transactions_202612; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202612 FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');


--
-- Name: transactions_202701; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202701 FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');


--
-- Name: transactions_202702; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202702 FOR VALUES FROM ('2027-02-01') TO ('2027-03-01');


--
-- Name: transactions_202703; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202703 FOR VALUES FROM ('2027-03-01') TO ('2027-04-01');


--
-- Name: transactions_202704; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202704 FOR VALUES FROM ('2027-04-01') TO ('2027-05-01');


--
-- Name: transactions_202705; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202705 FOR VALUES FROM ('2027-05-01') TO ('2027-06-01');


--
-- Name: transactions_202706; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202706 FOR VALUES FROM ('2027-06-01') TO ('2027-07-01');


--
-- Name: transactions_202707; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202707 FOR VALUES FROM ('2027-07-01') TO ('2027-08-01');


--
-- Name: transactions_202708; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202708 FOR VALUES FROM ('2027-08-01') TO ('2027-09-01');


--
-- Name: transactions_202709; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202709 FOR VALUES FROM ('2027-09-01') TO ('2027-10-01');


--
-- Name: transactions_202710; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202710 FOR VALUES FROM ('2027-10-01') TO ('2027-11-01');


--
-- Name: transactions_202711; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202711 FOR VALUES FROM ('2027-11-01') TO ('2027-12-01');


--
-- Name: transactions_202712; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202712 FOR VALUES FROM ('2027-12-01') TO ('2028-01-01');


--
-- Name: transactions_202801; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202801 FOR VALUES FROM ('2028-01-01') TO ('2028-02-01');


--
-- Name: transactions_202802; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202802 FOR VALUES FROM ('2028-02-01') TO ('2028-03-01');


--
-- Name: transactions_202803; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202803 FOR VALUES FROM ('2028-03-01') TO ('2028-04-01');


--
-- Name: transactions_202804; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202804 FOR VALUES FROM ('2028-04-01') TO ('2028-05-01');


--
-- Name: transactions_202805; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202805 FOR VALUES FROM ('2028-05-01') TO ('2028-06-01');


--
-- Name: transactions_202806; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202806 FOR VALUES FROM ('2028-06-01') TO ('2028-07-01');


--
-- Name: transactions_202807; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202807 FOR VALUES FROM ('2028-07-01') TO ('2028-08-01');


--
-- Name: transactions_202808; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202808 FOR VALUES FROM ('2028-08-01') TO ('2028-09-01');


--
-- Name: transactions_202809; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202809 FOR VALUES FROM ('2028-09-01') TO ('2028-10-01');


--
-- Name: transactions_202810; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202810 FOR VALUES FROM ('2028-10-01') TO ('2028-11-01');


--
-- Name: transactions_202811; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202811 FOR VALUES FROM ('2028-11-01') TO ('2028-12-01');


--
-- Name: transactions_202812; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202812 FOR VALUES FROM ('2028-12-01') TO ('2029-01-01');


--
-- Name: transactions_202901; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202901 FOR VALUES FROM ('2029-01-01') TO ('2029-02-01');


--
-- Name: transactions_202902; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202902 FOR VALUES FROM ('2029-02-01') TO ('2029-03-01');


--
-- Name: transactions_202903; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202903 FOR VALUES FROM ('2029-03-01') TO ('2029-04-01');


--
-- Name: transactions_202904; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202904 FOR VALUES FROM ('2029-04-01') TO ('2029-05-01');


--
-- Name: transactions_202905; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202905 FOR VALUES FROM ('2029-05-01') TO ('2029-06-01');


--
-- Name: transactions_202906; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202906 FOR VALUES FROM ('2029-06-01') TO ('2029-07-01');


--
-- Name: transactions_202907; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202907 FOR VALUES FROM ('2029-07-01') TO ('2029-08-01');


--
-- Name: transactions_202908; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202908 FOR VALUES FROM ('2029-08-01') TO ('2029-09-01');


--
-- Name: transactions_202909; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202909 FOR VALUES FROM ('2029-09-01') TO ('2029-10-01');


--
-- Name: transactions_202910; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202910 FOR VALUES FROM ('2029-10-01') TO ('2029-11-01');


--
-- Name: transactions_202911; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202911 FOR VALUES FROM ('2029-11-01') TO ('2029-12-01');


--
-- Name: transactions_202912; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_202912 FOR VALUES FROM ('2029-12-01') TO ('2030-01-01');


--
-- Name: transactions_203001; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203001 FOR VALUES FROM ('2030-01-01') TO ('2030-02-01');


--
-- Name: transactions_203002; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203002 FOR VALUES FROM ('2030-02-01') TO ('2030-03-01');


--
-- Name: transactions_203003; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203003 FOR VALUES FROM ('2030-03-01') TO ('2030-04-01');


--
-- Name: transactions_203004; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203004 FOR VALUES FROM ('2030-04-01') TO ('2030-05-01');


--
-- Name: transactions_203005; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203005 FOR VALUES FROM ('2030-05-01') TO ('2030-06-01');


--
-- Name: transactions_203006; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203006 FOR VALUES FROM ('2030-06-01') TO ('2030-07-01');


--
-- Name: transactions_203007; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203007 FOR VALUES FROM ('2030-07-01') TO ('2030-08-01');


--
-- Name: transactions_203008; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203008 FOR VALUES FROM ('2030-08-01') TO ('2030-09-01');


--
-- Name: transactions_203009; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203009 FOR VALUES FROM ('2030-09-01') TO ('2030-10-01');


--
-- Name: transactions_203010; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203010 FOR VALUES FROM ('2030-10-01') TO ('2030-11-01');


--
-- Name: transactions_203011; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203011 FOR VALUES FROM ('2030-11-01') TO ('2030-12-01');


--
-- Name: transactions_203012; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203012 FOR VALUES FROM ('2030-12-01') TO ('2031-01-01');


--
-- Name: transactions_203101; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203101 FOR VALUES FROM ('2031-01-01') TO ('2031-02-01');


--
-- Name: transactions_203102; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203102 FOR VALUES FROM ('2031-02-01') TO ('2031-03-01');


--
-- Name: transactions_203103; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203103 FOR VALUES FROM ('2031-03-01') TO ('2031-04-01');


--
-- Name: transactions_203104; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203104 FOR VALUES FROM ('2031-04-01') TO ('2031-05-01');


--
-- Name: transactions_203105; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203105 FOR VALUES FROM ('2031-05-01') TO ('2031-06-01');


--
-- Name: transactions_203106; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203106 FOR VALUES FROM ('2031-06-01') TO ('2031-07-01');


--
-- Name: transactions_203107; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203107 FOR VALUES FROM ('2031-07-01') TO ('2031-08-01');


--
-- Name: transactions_203108; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203108 FOR VALUES FROM ('2031-08-01') TO ('2031-09-01');


--
-- Name: transactions_203109; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203109 FOR VALUES FROM ('2031-09-01') TO ('2031-10-01');


--
-- Name: transactions_203110; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203110 FOR VALUES FROM ('2031-10-01') TO ('2031-11-01');


--
-- Name: transactions_203111; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203111 FOR VALUES FROM ('2031-11-01') TO ('2031-12-01');


--
-- Name: transactions_203112; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203112 FOR VALUES FROM ('2031-12-01') TO ('2032-01-01');


--
-- Name: transactions_203201; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203201 FOR VALUES FROM ('2032-01-01') TO ('2032-02-01');


--
-- Name: transactions_203202; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203202 FOR VALUES FROM ('2032-02-01') TO ('2032-03-01');


--
-- Name: transactions_203203; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203203 FOR VALUES FROM ('2032-03-01') TO ('2032-04-01');


--
-- Name: transactions_203204; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203204 FOR VALUES FROM ('2032-04-01') TO ('2032-05-01');


--
-- Name: transactions_203205; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203205 FOR VALUES FROM ('2032-05-01') TO ('2032-06-01');


--
-- Name: transactions_203206; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203206 FOR VALUES FROM ('2032-06-01') TO ('2032-07-01');


--
-- Name: transactions_203207; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203207 FOR VALUES FROM ('2032-07-01') TO ('2032-08-01');


--
-- Name: transactions_203208; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203208 FOR VALUES FROM ('2032-08-01') TO ('2032-09-01');


--
-- Name: transactions_203209; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203209 FOR VALUES FROM ('2032-09-01') TO ('2032-10-01');


--
-- Name: transactions_203210; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203210 FOR VALUES FROM ('2032-10-01') TO ('2032-11-01');


--
-- Name: transactions_203211; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203211 FOR VALUES FROM ('2032-11-01') TO ('2032-12-01');


--
-- Name: transactions_203212; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203212 FOR VALUES FROM ('2032-12-01') TO ('2033-01-01');


--
-- Name: transactions_203301; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203301 FOR VALUES FROM ('2033-01-01') TO ('2033-02-01');


--
-- Name: transactions_203302; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203302 FOR VALUES FROM ('2033-02-01') TO ('2033-03-01');


--
-- Name: transactions_203303; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203303 FOR VALUES FROM ('2033-03-01') TO ('2033-04-01');


--
-- Name: transactions_203304; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203304 FOR VALUES FROM ('2033-04-01') TO ('2033-05-01');


--
-- Name: transactions_203305; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203305 FOR VALUES FROM ('2033-05-01') TO ('2033-06-01');


--
-- Name: transactions_203306; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203306 FOR VALUES FROM ('2033-06-01') TO ('2033-07-01');


--
-- Name: transactions_203307; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203307 FOR VALUES FROM ('2033-07-01') TO ('2033-08-01');


--
-- Name: transactions_203308; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203308 FOR VALUES FROM ('2033-08-01') TO ('2033-09-01');


--
-- Name: transactions_203309; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203309 FOR VALUES FROM ('2033-09-01') TO ('2033-10-01');


--
-- Name: transactions_203310; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203310 FOR VALUES FROM ('2033-10-01') TO ('2033-11-01');


--
-- Name: transactions_203311; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203311 FOR VALUES FROM ('2033-11-01') TO ('2033-12-01');


--
-- Name: transactions_203312; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203312 FOR VALUES FROM ('2033-12-01') TO ('2034-01-01');


--
-- Name: transactions_203401; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203401 FOR VALUES FROM ('2034-01-01') TO ('2034-02-01');


--
-- Name: transactions_203402; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203402 FOR VALUES FROM ('2034-02-01') TO ('2034-03-01');


--
-- Name: transactions_203403; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203403 FOR VALUES FROM ('2034-03-01') TO ('2034-04-01');


--
-- Name: transactions_203404; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203404 FOR VALUES FROM ('2034-04-01') TO ('2034-05-01');


--
-- Name: transactions_203405; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203405 FOR VALUES FROM ('2034-05-01') TO ('2034-06-01');


--
-- Name: transactions_203406; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203406 FOR VALUES FROM ('2034-06-01') TO ('2034-07-01');


--
-- Name: transactions_203407; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203407 FOR VALUES FROM ('2034-07-01') TO ('2034-08-01');


--
-- Name: transactions_203408; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203408 FOR VALUES FROM ('2034-08-01') TO ('2034-09-01');


--
-- Name: transactions_203409; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203409 FOR VALUES FROM ('2034-09-01') TO ('2034-10-01');


--
-- Name: transactions_203410; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203410 FOR VALUES FROM ('2034-10-01') TO ('2034-11-01');


--
-- Name: transactions_203411; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203411 FOR VALUES FROM ('2034-11-01') TO ('2034-12-01');


--
-- Name: transactions_203412; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203412 FOR VALUES FROM ('2034-12-01') TO ('2035-01-01');


--
-- Name: transactions_203501; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203501 FOR VALUES FROM ('2035-01-01') TO ('2035-02-01');


--
-- Name: transactions_203502; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203502 FOR VALUES FROM ('2035-02-01') TO ('2035-03-01');


--
-- Name: transactions_203503; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203503 FOR VALUES FROM ('2035-03-01') TO ('2035-04-01');


--
-- Name: transactions_203504; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203504 FOR VALUES FROM ('2035-04-01') TO ('2035-05-01');


--
-- Name: transactions_203505; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203505 FOR VALUES FROM ('2035-05-01') TO ('2035-06-01');


--
-- Name: transactions_203506; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203506 FOR VALUES FROM ('2035-06-01') TO ('2035-07-01');


--
-- Name: transactions_203507; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203507 FOR VALUES FROM ('2035-07-01') TO ('2035-08-01');


--
-- Name: transactions_203508; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203508 FOR VALUES FROM ('2035-08-01') TO ('2035-09-01');


--
-- Name: transactions_203509; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203509 FOR VALUES FROM ('2035-09-01') TO ('2035-10-01');


--
-- Name: transactions_203510; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203510 FOR VALUES FROM ('2035-10-01') TO ('2035-11-01');


--
-- Name: transactions_203511; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203511 FOR VALUES FROM ('2035-11-01') TO ('2035-12-01');


--
-- Name: transactions_203512; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_203512 FOR VALUES FROM ('2035-12-01') TO ('2036-01-01');


--
-- Name: transactions_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions ATTACH PARTITION public.transactions_default DEFAULT;


--
-- Name: alarms id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alarms ALTER COLUMN id SET DEFAULT nextval('public.alarms_id_seq'::regclass);


--
-- Name: audit_log id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log ALTER COLUMN id SET DEFAULT nextval('public.audit_log_id_seq'::regclass);


--
-- Name: cash_events id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cash_events ALTER COLUMN id SET DEFAULT nextval('public.cash_events_id_seq'::regclass);


--
-- Name: disconnect_checks id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disconnect_checks ALTER COLUMN id SET DEFAULT nextval('public.disconnect_checks_id_seq'::regclass);


--
-- Name: dunning_results id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dunning_results ALTER COLUMN id SET DEFAULT nextval('public.dunning_results_id_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox ALTER COLUMN id SET DEFAULT nextval('public.outbox_id_seq'::regclass);


--
-- Name: reading_exceptions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_exceptions ALTER COLUMN id SET DEFAULT nextval('public.reading_exceptions_id_seq'::regclass);


--
-- Name: reading_uploads id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads ALTER COLUMN id SET DEFAULT nextval('public.reading_uploads_id_seq'::regclass);


--
-- Name: recon_requests id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_requests ALTER COLUMN id SET DEFAULT nextval('public.recon_requests_id_seq'::regclass);


--
-- Name: recon_resolutions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_resolutions ALTER COLUMN id SET DEFAULT nextval('public.recon_resolutions_id_seq'::regclass);


--
-- Name: recon_runs id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_runs ALTER COLUMN id SET DEFAULT nextval('public.recon_runs_id_seq'::regclass);


--
-- Name: recon_signoffs id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_signoffs ALTER COLUMN id SET DEFAULT nextval('public.recon_signoffs_id_seq'::regclass);


--
-- Name: alarms alarms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alarms
    ADD CONSTRAINT alarms_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: cash_days cash_days_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cash_days
    ADD CONSTRAINT cash_days_pkey PRIMARY KEY (operator_id, settle_date);


--
-- Name: cash_events cash_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cash_events
    ADD CONSTRAINT cash_events_pkey PRIMARY KEY (id);


--
-- Name: console_sessions console_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.console_sessions
    ADD CONSTRAINT console_sessions_pkey PRIMARY KEY (token_hash);


--
-- Name: console_users console_users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.console_users
    ADD CONSTRAINT console_users_pkey PRIMARY KEY (id);


--
-- Name: disconnect_checks disconnect_checks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disconnect_checks
    ADD CONSTRAINT disconnect_checks_pkey PRIMARY KEY (id);


--
-- Name: dunning_results dunning_results_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dunning_results
    ADD CONSTRAINT dunning_results_pkey PRIMARY KEY (id);


--
-- Name: ifsvc_settle ifsvc_settle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ifsvc_settle
    ADD CONSTRAINT ifsvc_settle_pkey PRIMARY KEY (stserial);


--
-- Name: ifsvc_settle ifsvc_settle_rev_stserial_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ifsvc_settle
    ADD CONSTRAINT ifsvc_settle_rev_stserial_key UNIQUE (rev_stserial);


--
-- Name: operators operators_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.operators
    ADD CONSTRAINT operators_pkey PRIMARY KEY (id);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: outbox outbox_ref_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_ref_key UNIQUE (ref);


--
-- Name: reading_exceptions reading_exceptions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_exceptions
    ADD CONSTRAINT reading_exceptions_pkey PRIMARY KEY (id);


--
-- Name: reading_uploads reading_uploads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads
    ADD CONSTRAINT reading_uploads_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202401 reading_uploads_202401_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202401
    ADD CONSTRAINT reading_uploads_202401_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202402 reading_uploads_202402_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202402
    ADD CONSTRAINT reading_uploads_202402_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202403 reading_uploads_202403_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202403
    ADD CONSTRAINT reading_uploads_202403_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202404 reading_uploads_202404_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202404
    ADD CONSTRAINT reading_uploads_202404_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202405 reading_uploads_202405_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202405
    ADD CONSTRAINT reading_uploads_202405_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202406 reading_uploads_202406_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202406
    ADD CONSTRAINT reading_uploads_202406_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202407 reading_uploads_202407_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202407
    ADD CONSTRAINT reading_uploads_202407_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202408 reading_uploads_202408_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202408
    ADD CONSTRAINT reading_uploads_202408_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202409 reading_uploads_202409_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202409
    ADD CONSTRAINT reading_uploads_202409_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202410 reading_uploads_202410_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202410
    ADD CONSTRAINT reading_uploads_202410_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202411 reading_uploads_202411_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202411
    ADD CONSTRAINT reading_uploads_202411_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202412 reading_uploads_202412_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202412
    ADD CONSTRAINT reading_uploads_202412_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202501 reading_uploads_202501_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202501
    ADD CONSTRAINT reading_uploads_202501_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202502 reading_uploads_202502_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202502
    ADD CONSTRAINT reading_uploads_202502_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202503 reading_uploads_202503_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202503
    ADD CONSTRAINT reading_uploads_202503_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202504 reading_uploads_202504_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202504
    ADD CONSTRAINT reading_uploads_202504_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202505 reading_uploads_202505_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202505
    ADD CONSTRAINT reading_uploads_202505_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202506 reading_uploads_202506_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202506
    ADD CONSTRAINT reading_uploads_202506_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202507 reading_uploads_202507_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202507
    ADD CONSTRAINT reading_uploads_202507_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202508 reading_uploads_202508_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202508
    ADD CONSTRAINT reading_uploads_202508_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202509 reading_uploads_202509_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202509
    ADD CONSTRAINT reading_uploads_202509_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202510 reading_uploads_202510_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202510
    ADD CONSTRAINT reading_uploads_202510_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202511 reading_uploads_202511_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202511
    ADD CONSTRAINT reading_uploads_202511_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202512 reading_uploads_202512_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202512
    ADD CONSTRAINT reading_uploads_202512_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202601 reading_uploads_202601_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202601
    ADD CONSTRAINT reading_uploads_202601_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202602 reading_uploads_202602_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202602
    ADD CONSTRAINT reading_uploads_202602_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202603 reading_uploads_202603_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202603
    ADD CONSTRAINT reading_uploads_202603_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202604 reading_uploads_202604_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202604
    ADD CONSTRAINT reading_uploads_202604_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202605 reading_uploads_202605_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202605
    ADD CONSTRAINT reading_uploads_202605_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202606 reading_uploads_202606_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202606
    ADD CONSTRAINT reading_uploads_202606_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202607 reading_uploads_202607_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202607
    ADD CONSTRAINT reading_uploads_202607_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202608 reading_uploads_202608_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202608
    ADD CONSTRAINT reading_uploads_202608_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202609 reading_uploads_202609_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202609
    ADD CONSTRAINT reading_uploads_202609_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202610 reading_uploads_202610_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202610
    ADD CONSTRAINT reading_uploads_202610_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202611 reading_uploads_202611_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202611
    ADD CONSTRAINT reading_uploads_202611_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202612 reading_uploads_202612_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202612
    ADD CONSTRAINT reading_uploads_202612_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202701 reading_uploads_202701_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202701
    ADD CONSTRAINT reading_uploads_202701_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202702 reading_uploads_202702_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202702
    ADD CONSTRAINT reading_uploads_202702_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202703 reading_uploads_202703_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202703
    ADD CONSTRAINT reading_uploads_202703_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202704 reading_uploads_202704_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202704
    ADD CONSTRAINT reading_uploads_202704_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202705 reading_uploads_202705_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202705
    ADD CONSTRAINT reading_uploads_202705_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202706 reading_uploads_202706_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202706
    ADD CONSTRAINT reading_uploads_202706_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202707 reading_uploads_202707_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202707
    ADD CONSTRAINT reading_uploads_202707_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202708 reading_uploads_202708_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202708
    ADD CONSTRAINT reading_uploads_202708_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202709 reading_uploads_202709_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202709
    ADD CONSTRAINT reading_uploads_202709_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202710 reading_uploads_202710_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202710
    ADD CONSTRAINT reading_uploads_202710_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202711 reading_uploads_202711_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202711
    ADD CONSTRAINT reading_uploads_202711_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202712 reading_uploads_202712_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202712
    ADD CONSTRAINT reading_uploads_202712_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202801 reading_uploads_202801_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202801
    ADD CONSTRAINT reading_uploads_202801_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202802 reading_uploads_202802_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202802
    ADD CONSTRAINT reading_uploads_202802_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202803 reading_uploads_202803_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202803
    ADD CONSTRAINT reading_uploads_202803_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202804 reading_uploads_202804_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202804
    ADD CONSTRAINT reading_uploads_202804_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202805 reading_uploads_202805_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202805
    ADD CONSTRAINT reading_uploads_202805_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202806 reading_uploads_202806_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202806
    ADD CONSTRAINT reading_uploads_202806_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202807 reading_uploads_202807_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202807
    ADD CONSTRAINT reading_uploads_202807_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202808 reading_uploads_202808_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202808
    ADD CONSTRAINT reading_uploads_202808_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202809 reading_uploads_202809_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202809
    ADD CONSTRAINT reading_uploads_202809_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202810 reading_uploads_202810_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202810
    ADD CONSTRAINT reading_uploads_202810_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202811 reading_uploads_202811_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202811
    ADD CONSTRAINT reading_uploads_202811_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202812 reading_uploads_202812_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202812
    ADD CONSTRAINT reading_uploads_202812_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202901 reading_uploads_202901_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202901
    ADD CONSTRAINT reading_uploads_202901_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202902 reading_uploads_202902_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202902
    ADD CONSTRAINT reading_uploads_202902_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202903 reading_uploads_202903_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202903
    ADD CONSTRAINT reading_uploads_202903_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202904 reading_uploads_202904_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202904
    ADD CONSTRAINT reading_uploads_202904_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202905 reading_uploads_202905_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202905
    ADD CONSTRAINT reading_uploads_202905_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202906 reading_uploads_202906_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202906
    ADD CONSTRAINT reading_uploads_202906_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202907 reading_uploads_202907_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202907
    ADD CONSTRAINT reading_uploads_202907_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202908 reading_uploads_202908_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202908
    ADD CONSTRAINT reading_uploads_202908_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202909 reading_uploads_202909_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202909
    ADD CONSTRAINT reading_uploads_202909_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202910 reading_uploads_202910_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202910
    ADD CONSTRAINT reading_uploads_202910_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202911 reading_uploads_202911_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202911
    ADD CONSTRAINT reading_uploads_202911_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_202912 reading_uploads_202912_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_202912
    ADD CONSTRAINT reading_uploads_202912_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203001 reading_uploads_203001_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203001
    ADD CONSTRAINT reading_uploads_203001_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203002 reading_uploads_203002_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203002
    ADD CONSTRAINT reading_uploads_203002_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203003 reading_uploads_203003_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203003
    ADD CONSTRAINT reading_uploads_203003_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203004 reading_uploads_203004_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203004
    ADD CONSTRAINT reading_uploads_203004_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203005 reading_uploads_203005_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203005
    ADD CONSTRAINT reading_uploads_203005_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203006 reading_uploads_203006_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203006
    ADD CONSTRAINT reading_uploads_203006_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203007 reading_uploads_203007_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203007
    ADD CONSTRAINT reading_uploads_203007_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203008 reading_uploads_203008_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203008
    ADD CONSTRAINT reading_uploads_203008_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203009 reading_uploads_203009_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203009
    ADD CONSTRAINT reading_uploads_203009_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203010 reading_uploads_203010_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203010
    ADD CONSTRAINT reading_uploads_203010_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203011 reading_uploads_203011_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203011
    ADD CONSTRAINT reading_uploads_203011_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203012 reading_uploads_203012_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203012
    ADD CONSTRAINT reading_uploads_203012_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203101 reading_uploads_203101_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203101
    ADD CONSTRAINT reading_uploads_203101_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203102 reading_uploads_203102_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203102
    ADD CONSTRAINT reading_uploads_203102_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203103 reading_uploads_203103_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203103
    ADD CONSTRAINT reading_uploads_203103_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203104 reading_uploads_203104_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203104
    ADD CONSTRAINT reading_uploads_203104_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203105 reading_uploads_203105_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203105
    ADD CONSTRAINT reading_uploads_203105_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203106 reading_uploads_203106_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203106
    ADD CONSTRAINT reading_uploads_203106_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203107 reading_uploads_203107_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203107
    ADD CONSTRAINT reading_uploads_203107_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203108 reading_uploads_203108_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203108
    ADD CONSTRAINT reading_uploads_203108_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203109 reading_uploads_203109_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203109
    ADD CONSTRAINT reading_uploads_203109_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203110 reading_uploads_203110_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203110
    ADD CONSTRAINT reading_uploads_203110_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203111 reading_uploads_203111_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203111
    ADD CONSTRAINT reading_uploads_203111_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203112 reading_uploads_203112_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203112
    ADD CONSTRAINT reading_uploads_203112_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203201 reading_uploads_203201_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203201
    ADD CONSTRAINT reading_uploads_203201_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203202 reading_uploads_203202_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203202
    ADD CONSTRAINT reading_uploads_203202_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203203 reading_uploads_203203_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203203
    ADD CONSTRAINT reading_uploads_203203_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203204 reading_uploads_203204_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203204
    ADD CONSTRAINT reading_uploads_203204_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203205 reading_uploads_203205_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203205
    ADD CONSTRAINT reading_uploads_203205_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203206 reading_uploads_203206_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203206
    ADD CONSTRAINT reading_uploads_203206_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203207 reading_uploads_203207_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203207
    ADD CONSTRAINT reading_uploads_203207_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203208 reading_uploads_203208_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203208
    ADD CONSTRAINT reading_uploads_203208_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203209 reading_uploads_203209_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203209
    ADD CONSTRAINT reading_uploads_203209_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203210 reading_uploads_203210_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203210
    ADD CONSTRAINT reading_uploads_203210_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203211 reading_uploads_203211_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203211
    ADD CONSTRAINT reading_uploads_203211_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203212 reading_uploads_203212_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203212
    ADD CONSTRAINT reading_uploads_203212_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203301 reading_uploads_203301_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203301
    ADD CONSTRAINT reading_uploads_203301_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203302 reading_uploads_203302_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203302
    ADD CONSTRAINT reading_uploads_203302_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203303 reading_uploads_203303_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203303
    ADD CONSTRAINT reading_uploads_203303_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203304 reading_uploads_203304_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203304
    ADD CONSTRAINT reading_uploads_203304_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203305 reading_uploads_203305_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203305
    ADD CONSTRAINT reading_uploads_203305_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203306 reading_uploads_203306_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203306
    ADD CONSTRAINT reading_uploads_203306_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203307 reading_uploads_203307_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203307
    ADD CONSTRAINT reading_uploads_203307_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203308 reading_uploads_203308_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203308
    ADD CONSTRAINT reading_uploads_203308_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203309 reading_uploads_203309_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203309
    ADD CONSTRAINT reading_uploads_203309_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203310 reading_uploads_203310_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203310
    ADD CONSTRAINT reading_uploads_203310_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203311 reading_uploads_203311_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203311
    ADD CONSTRAINT reading_uploads_203311_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203312 reading_uploads_203312_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203312
    ADD CONSTRAINT reading_uploads_203312_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203401 reading_uploads_203401_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203401
    ADD CONSTRAINT reading_uploads_203401_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203402 reading_uploads_203402_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203402
    ADD CONSTRAINT reading_uploads_203402_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203403 reading_uploads_203403_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203403
    ADD CONSTRAINT reading_uploads_203403_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203404 reading_uploads_203404_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203404
    ADD CONSTRAINT reading_uploads_203404_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203405 reading_uploads_203405_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203405
    ADD CONSTRAINT reading_uploads_203405_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203406 reading_uploads_203406_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203406
    ADD CONSTRAINT reading_uploads_203406_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203407 reading_uploads_203407_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203407
    ADD CONSTRAINT reading_uploads_203407_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203408 reading_uploads_203408_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203408
    ADD CONSTRAINT reading_uploads_203408_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203409 reading_uploads_203409_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203409
    ADD CONSTRAINT reading_uploads_203409_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203410 reading_uploads_203410_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203410
    ADD CONSTRAINT reading_uploads_203410_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203411 reading_uploads_203411_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203411
    ADD CONSTRAINT reading_uploads_203411_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203412 reading_uploads_203412_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203412
    ADD CONSTRAINT reading_uploads_203412_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203501 reading_uploads_203501_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203501
    ADD CONSTRAINT reading_uploads_203501_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203502 reading_uploads_203502_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203502
    ADD CONSTRAINT reading_uploads_203502_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203503 reading_uploads_203503_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203503
    ADD CONSTRAINT reading_uploads_203503_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203504 reading_uploads_203504_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203504
    ADD CONSTRAINT reading_uploads_203504_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203505 reading_uploads_203505_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203505
    ADD CONSTRAINT reading_uploads_203505_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203506 reading_uploads_203506_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203506
    ADD CONSTRAINT reading_uploads_203506_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203507 reading_uploads_203507_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203507
    ADD CONSTRAINT reading_uploads_203507_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203508 reading_uploads_203508_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203508
    ADD CONSTRAINT reading_uploads_203508_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203509 reading_uploads_203509_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203509
    ADD CONSTRAINT reading_uploads_203509_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203510 reading_uploads_203510_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203510
    ADD CONSTRAINT reading_uploads_203510_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203511 reading_uploads_203511_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203511
    ADD CONSTRAINT reading_uploads_203511_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_203512 reading_uploads_203512_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_203512
    ADD CONSTRAINT reading_uploads_203512_pkey PRIMARY KEY (id, upload_date);


--
-- Name: reading_uploads_default reading_uploads_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reading_uploads_default
    ADD CONSTRAINT reading_uploads_default_pkey PRIMARY KEY (id, upload_date);


--
-- Name: receipts receipts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.receipts
    ADD CONSTRAINT receipts_pkey PRIMARY KEY (receipt_no);


--
-- Name: receipts receipts_stserial_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.receipts
    ADD CONSTRAINT receipts_stserial_key UNIQUE (stserial);


--
-- Name: recon_diffs recon_diffs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_diffs
    ADD CONSTRAINT recon_diffs_pkey PRIMARY KEY (run_id, stserial);


--
-- Name: recon_requests recon_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_requests
    ADD CONSTRAINT recon_requests_pkey PRIMARY KEY (id);


--
-- Name: recon_resolutions recon_resolutions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_resolutions
    ADD CONSTRAINT recon_resolutions_pkey PRIMARY KEY (id);


--
-- Name: recon_resolutions recon_resolutions_supersedes_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_resolutions
    ADD CONSTRAINT recon_resolutions_supersedes_key UNIQUE (supersedes);


--
-- Name: recon_runs recon_runs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_runs
    ADD CONSTRAINT recon_runs_pkey PRIMARY KEY (id);


--
-- Name: recon_signoffs recon_signoffs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_signoffs
    ADD CONSTRAINT recon_signoffs_pkey PRIMARY KEY (id);


--
-- Name: recon_stats recon_stats_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_stats
    ADD CONSTRAINT recon_stats_pkey PRIMARY KEY (run_id, category, operator_id, l_state, r_status);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token_hash);


--
-- Name: terminals terminals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.terminals
    ADD CONSTRAINT terminals_pkey PRIMARY KEY (id);


--
-- Name: transactions transactions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202401 transactions_202401_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202401
    ADD CONSTRAINT transactions_202401_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202402 transactions_202402_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202402
    ADD CONSTRAINT transactions_202402_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202403 transactions_202403_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202403
    ADD CONSTRAINT transactions_202403_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202404 transactions_202404_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202404
    ADD CONSTRAINT transactions_202404_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202405 transactions_202405_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202405
    ADD CONSTRAINT transactions_202405_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202406 transactions_202406_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202406
    ADD CONSTRAINT transactions_202406_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202407 transactions_202407_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202407
    ADD CONSTRAINT transactions_202407_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202408 transactions_202408_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202408
    ADD CONSTRAINT transactions_202408_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202409 transactions_202409_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202409
    ADD CONSTRAINT transactions_202409_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202410 transactions_202410_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202410
    ADD CONSTRAINT transactions_202410_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202411 transactions_202411_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202411
    ADD CONSTRAINT transactions_202411_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202412 transactions_202412_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202412
    ADD CONSTRAINT transactions_202412_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202501 transactions_202501_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202501
    ADD CONSTRAINT transactions_202501_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202502 transactions_202502_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202502
    ADD CONSTRAINT transactions_202502_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202503 transactions_202503_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202503
    ADD CONSTRAINT transactions_202503_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202504 transactions_202504_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202504
    ADD CONSTRAINT transactions_202504_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202505 transactions_202505_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202505
    ADD CONSTRAINT transactions_202505_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202506 transactions_202506_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202506
    ADD CONSTRAINT transactions_202506_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202507 transactions_202507_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202507
    ADD CONSTRAINT transactions_202507_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202508 transactions_202508_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202508
    ADD CONSTRAINT transactions_202508_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202509 transactions_202509_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202509
    ADD CONSTRAINT transactions_202509_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202510 transactions_202510_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202510
    ADD CONSTRAINT transactions_202510_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202511 transactions_202511_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202511
    ADD CONSTRAINT transactions_202511_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202512 transactions_202512_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202512
    ADD CONSTRAINT transactions_202512_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202601 transactions_202601_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202601
    ADD CONSTRAINT transactions_202601_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202602 transactions_202602_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202602
    ADD CONSTRAINT transactions_202602_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202603 transactions_202603_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202603
    ADD CONSTRAINT transactions_202603_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202604 transactions_202604_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202604
    ADD CONSTRAINT transactions_202604_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202605 transactions_202605_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202605
    ADD CONSTRAINT transactions_202605_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202606 transactions_202606_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202606
    ADD CONSTRAINT transactions_202606_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202607 transactions_202607_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202607
    ADD CONSTRAINT transactions_202607_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202608 transactions_202608_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202608
    ADD CONSTRAINT transactions_202608_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202609 transactions_202609_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202609
    ADD CONSTRAINT transactions_202609_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202610 transactions_202610_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202610
    ADD CONSTRAINT transactions_202610_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202611 transactions_202611_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202611
    ADD CONSTRAINT transactions_202611_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202612 transactions_202612_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202612
    ADD CONSTRAINT transactions_202612_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202701 transactions_202701_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202701
    ADD CONSTRAINT transactions_202701_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202702 transactions_202702_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202702
    ADD CONSTRAINT transactions_202702_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202703 transactions_202703_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202703
    ADD CONSTRAINT transactions_202703_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202704 transactions_202704_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202704
    ADD CONSTRAINT transactions_202704_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202705 transactions_202705_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202705
    ADD CONSTRAINT transactions_202705_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202706 transactions_202706_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202706
    ADD CONSTRAINT transactions_202706_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202707 transactions_202707_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202707
    ADD CONSTRAINT transactions_202707_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202708 transactions_202708_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202708
    ADD CONSTRAINT transactions_202708_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202709 transactions_202709_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202709
    ADD CONSTRAINT transactions_202709_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202710 transactions_202710_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202710
    ADD CONSTRAINT transactions_202710_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202711 transactions_202711_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202711
    ADD CONSTRAINT transactions_202711_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202712 transactions_202712_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202712
    ADD CONSTRAINT transactions_202712_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202801 transactions_202801_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202801
    ADD CONSTRAINT transactions_202801_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202802 transactions_202802_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202802
    ADD CONSTRAINT transactions_202802_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202803 transactions_202803_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202803
    ADD CONSTRAINT transactions_202803_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202804 transactions_202804_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202804
    ADD CONSTRAINT transactions_202804_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202805 transactions_202805_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202805
    ADD CONSTRAINT transactions_202805_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202806 transactions_202806_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202806
    ADD CONSTRAINT transactions_202806_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202807 transactions_202807_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202807
    ADD CONSTRAINT transactions_202807_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202808 transactions_202808_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202808
    ADD CONSTRAINT transactions_202808_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202809 transactions_202809_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202809
    ADD CONSTRAINT transactions_202809_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202810 transactions_202810_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202810
    ADD CONSTRAINT transactions_202810_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202811 transactions_202811_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202811
    ADD CONSTRAINT transactions_202811_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202812 transactions_202812_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202812
    ADD CONSTRAINT transactions_202812_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202901 transactions_202901_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202901
    ADD CONSTRAINT transactions_202901_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202902 transactions_202902_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202902
    ADD CONSTRAINT transactions_202902_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202903 transactions_202903_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202903
    ADD CONSTRAINT transactions_202903_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202904 transactions_202904_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202904
    ADD CONSTRAINT transactions_202904_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202905 transactions_202905_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202905
    ADD CONSTRAINT transactions_202905_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202906 transactions_202906_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202906
    ADD CONSTRAINT transactions_202906_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202907 transactions_202907_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202907
    ADD CONSTRAINT transactions_202907_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202908 transactions_202908_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202908
    ADD CONSTRAINT transactions_202908_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202909 transactions_202909_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202909
    ADD CONSTRAINT transactions_202909_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202910 transactions_202910_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202910
    ADD CONSTRAINT transactions_202910_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202911 transactions_202911_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202911
    ADD CONSTRAINT transactions_202911_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_202912 transactions_202912_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_202912
    ADD CONSTRAINT transactions_202912_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203001 transactions_203001_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203001
    ADD CONSTRAINT transactions_203001_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203002 transactions_203002_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203002
    ADD CONSTRAINT transactions_203002_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203003 transactions_203003_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203003
    ADD CONSTRAINT transactions_203003_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203004 transactions_203004_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203004
    ADD CONSTRAINT transactions_203004_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203005 transactions_203005_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203005
    ADD CONSTRAINT transactions_203005_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203006 transactions_203006_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203006
    ADD CONSTRAINT transactions_203006_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203007 transactions_203007_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203007
    ADD CONSTRAINT transactions_203007_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203008 transactions_203008_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203008
    ADD CONSTRAINT transactions_203008_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203009 transactions_203009_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203009
    ADD CONSTRAINT transactions_203009_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203010 transactions_203010_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203010
    ADD CONSTRAINT transactions_203010_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203011 transactions_203011_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203011
    ADD CONSTRAINT transactions_203011_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203012 transactions_203012_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203012
    ADD CONSTRAINT transactions_203012_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203101 transactions_203101_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203101
    ADD CONSTRAINT transactions_203101_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203102 transactions_203102_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203102
    ADD CONSTRAINT transactions_203102_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203103 transactions_203103_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203103
    ADD CONSTRAINT transactions_203103_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203104 transactions_203104_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203104
    ADD CONSTRAINT transactions_203104_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203105 transactions_203105_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203105
    ADD CONSTRAINT transactions_203105_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203106 transactions_203106_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203106
    ADD CONSTRAINT transactions_203106_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203107 transactions_203107_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203107
    ADD CONSTRAINT transactions_203107_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203108 transactions_203108_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203108
    ADD CONSTRAINT transactions_203108_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203109 transactions_203109_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203109
    ADD CONSTRAINT transactions_203109_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203110 transactions_203110_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203110
    ADD CONSTRAINT transactions_203110_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203111 transactions_203111_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203111
    ADD CONSTRAINT transactions_203111_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203112 transactions_203112_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203112
    ADD CONSTRAINT transactions_203112_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203201 transactions_203201_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203201
    ADD CONSTRAINT transactions_203201_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203202 transactions_203202_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203202
    ADD CONSTRAINT transactions_203202_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203203 transactions_203203_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203203
    ADD CONSTRAINT transactions_203203_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203204 transactions_203204_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203204
    ADD CONSTRAINT transactions_203204_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203205 transactions_203205_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203205
    ADD CONSTRAINT transactions_203205_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203206 transactions_203206_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203206
    ADD CONSTRAINT transactions_203206_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203207 transactions_203207_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203207
    ADD CONSTRAINT transactions_203207_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203208 transactions_203208_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203208
    ADD CONSTRAINT transactions_203208_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203209 transactions_203209_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203209
    ADD CONSTRAINT transactions_203209_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203210 transactions_203210_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203210
    ADD CONSTRAINT transactions_203210_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203211 transactions_203211_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203211
    ADD CONSTRAINT transactions_203211_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203212 transactions_203212_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203212
    ADD CONSTRAINT transactions_203212_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203301 transactions_203301_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203301
    ADD CONSTRAINT transactions_203301_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203302 transactions_203302_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203302
    ADD CONSTRAINT transactions_203302_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203303 transactions_203303_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203303
    ADD CONSTRAINT transactions_203303_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203304 transactions_203304_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203304
    ADD CONSTRAINT transactions_203304_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203305 transactions_203305_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203305
    ADD CONSTRAINT transactions_203305_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203306 transactions_203306_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203306
    ADD CONSTRAINT transactions_203306_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203307 transactions_203307_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203307
    ADD CONSTRAINT transactions_203307_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203308 transactions_203308_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203308
    ADD CONSTRAINT transactions_203308_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203309 transactions_203309_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203309
    ADD CONSTRAINT transactions_203309_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203310 transactions_203310_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203310
    ADD CONSTRAINT transactions_203310_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203311 transactions_203311_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203311
    ADD CONSTRAINT transactions_203311_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203312 transactions_203312_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203312
    ADD CONSTRAINT transactions_203312_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203401 transactions_203401_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203401
    ADD CONSTRAINT transactions_203401_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203402 transactions_203402_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203402
    ADD CONSTRAINT transactions_203402_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203403 transactions_203403_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203403
    ADD CONSTRAINT transactions_203403_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203404 transactions_203404_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203404
    ADD CONSTRAINT transactions_203404_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203405 transactions_203405_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203405
    ADD CONSTRAINT transactions_203405_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203406 transactions_203406_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203406
    ADD CONSTRAINT transactions_203406_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203407 transactions_203407_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203407
    ADD CONSTRAINT transactions_203407_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203408 transactions_203408_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203408
    ADD CONSTRAINT transactions_203408_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203409 transactions_203409_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203409
    ADD CONSTRAINT transactions_203409_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203410 transactions_203410_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203410
    ADD CONSTRAINT transactions_203410_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203411 transactions_203411_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203411
    ADD CONSTRAINT transactions_203411_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203412 transactions_203412_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203412
    ADD CONSTRAINT transactions_203412_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203501 transactions_203501_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203501
    ADD CONSTRAINT transactions_203501_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203502 transactions_203502_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203502
    ADD CONSTRAINT transactions_203502_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203503 transactions_203503_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203503
    ADD CONSTRAINT transactions_203503_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203504 transactions_203504_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203504
    ADD CONSTRAINT transactions_203504_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203505 transactions_203505_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203505
    ADD CONSTRAINT transactions_203505_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203506 transactions_203506_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203506
    ADD CONSTRAINT transactions_203506_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203507 transactions_203507_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203507
    ADD CONSTRAINT transactions_203507_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203508 transactions_203508_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203508
    ADD CONSTRAINT transactions_203508_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203509 transactions_203509_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203509
    ADD CONSTRAINT transactions_203509_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203510 transactions_203510_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203510
    ADD CONSTRAINT transactions_203510_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203511 transactions_203511_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203511
    ADD CONSTRAINT transactions_203511_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_203512 transactions_203512_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_203512
    ADD CONSTRAINT transactions_203512_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: transactions_default transactions_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions_default
    ADD CONSTRAINT transactions_default_pkey PRIMARY KEY (stserial, settle_date);


--
-- Name: tx_day_live tx_day_live_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tx_day_live
    ADD CONSTRAINT tx_day_live_pkey PRIMARY KEY (settle_date);


--
-- Name: tx_day_summarized tx_day_summarized_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tx_day_summarized
    ADD CONSTRAINT tx_day_summarized_pkey PRIMARY KEY (settle_date);


--
-- Name: tx_day_summary tx_day_summary_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tx_day_summary
    ADD CONSTRAINT tx_day_summary_pkey PRIMARY KEY (settle_date, operator_id, func, pay_mode, state);


--
-- Name: tx_keys tx_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tx_keys
    ADD CONSTRAINT tx_keys_pkey PRIMARY KEY (terminal_id, term_serial);


--
-- Name: tx_keys tx_keys_stserial_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tx_keys
    ADD CONSTRAINT tx_keys_stserial_key UNIQUE (stserial);


--
-- Name: alarms_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alarms_created ON public.alarms USING btree (created_at);


--
-- Name: alarms_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alarms_open ON public.alarms USING btree (created_at) WHERE (NOT acked);


--
-- Name: audit_log_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_created ON public.audit_log USING btree (created_at);


--
-- Name: audit_log_object; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_object ON public.audit_log USING btree (object, id);


--
-- Name: cash_events_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cash_events_day ON public.cash_events USING btree (operator_id, settle_date, id);


--
-- Name: console_sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX console_sessions_user ON public.console_sessions USING btree (user_id);


--
-- Name: outbox_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_due ON public.outbox USING btree (next_at) WHERE (state = ANY (ARRAY['PENDING'::text, 'SENDING'::text]));


--
-- Name: outbox_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_open ON public.outbox USING btree (seq_key, id) WHERE (state = ANY (ARRAY['PENDING'::text, 'SENDING'::text]));


--
-- Name: recon_requests_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX recon_requests_open ON public.recon_requests USING btree (id) WHERE (state = ANY (ARRAY['QUEUED'::text, 'STARTED'::text]));


--
-- Name: recon_resolutions_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX recon_resolutions_day ON public.recon_resolutions USING btree (recon_date, stserial, id);


--
-- Name: recon_runs_one_running; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX recon_runs_one_running ON public.recon_runs USING btree (recon_date) WHERE (state = 'RUNNING'::text);


--
-- Name: recon_signoffs_in_force; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX recon_signoffs_in_force ON public.recon_signoffs USING btree (recon_date) WHERE (reopened_at IS NULL);


--
-- Name: sessions_operator_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_operator_open ON public.sessions USING btree (operator_id) WHERE (ended_at IS NULL);


--
-- Name: sessions_terminal; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_terminal ON public.sessions USING btree (terminal_id, operator_id);


--
-- Name: terminals_keyver_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX terminals_keyver_idx ON public.terminals USING btree (suite, keyver) WHERE (retired_at IS NULL);


--
-- Name: transactions_customer; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_customer ON ONLY public.transactions USING btree (customer_no, settle_date);


--
-- Name: transactions_202401_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202401_customer_no_settle_date_idx ON public.transactions_202401 USING btree (customer_no, settle_date);


--
-- Name: transactions_mkt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_mkt ON ONLY public.transactions USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202401_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202401_mkt_serial_idx ON public.transactions_202401 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_orig; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_orig ON ONLY public.transactions USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202401_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202401_orig_stserial_idx ON public.transactions_202401 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_op; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_op ON ONLY public.transactions USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202401_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202401_settle_date_operator_id_stserial_idx ON public.transactions_202401 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_day_st; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_day_st ON ONLY public.transactions USING btree (settle_date, stserial);


--
-- Name: transactions_202401_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202401_settle_date_stserial_idx ON public.transactions_202401 USING btree (settle_date, stserial);


--
-- Name: transactions_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_state ON ONLY public.transactions USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202401_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202401_state_idx ON public.transactions_202401 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202402_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202402_customer_no_settle_date_idx ON public.transactions_202402 USING btree (customer_no, settle_date);


--
-- Name: transactions_202402_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202402_mkt_serial_idx ON public.transactions_202402 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202402_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202402_orig_stserial_idx ON public.transactions_202402 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202402_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202402_settle_date_operator_id_stserial_idx ON public.transactions_202402 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202402_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202402_settle_date_stserial_idx ON public.transactions_202402 USING btree (settle_date, stserial);


--
-- Name: transactions_202402_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202402_state_idx ON public.transactions_202402 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202403_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202403_customer_no_settle_date_idx ON public.transactions_202403 USING btree (customer_no, settle_date);


--
-- Name: transactions_202403_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202403_mkt_serial_idx ON public.transactions_202403 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202403_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202403_orig_stserial_idx ON public.transactions_202403 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202403_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202403_settle_date_operator_id_stserial_idx ON public.transactions_202403 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202403_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202403_settle_date_stserial_idx ON public.transactions_202403 USING btree (settle_date, stserial);


--
-- Name: transactions_202403_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202403_state_idx ON public.transactions_202403 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202404_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202404_customer_no_settle_date_idx ON public.transactions_202404 USING btree (customer_no, settle_date);


--
-- Name: transactions_202404_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202404_mkt_serial_idx ON public.transactions_202404 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202404_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202404_orig_stserial_idx ON public.transactions_202404 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202404_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202404_settle_date_operator_id_stserial_idx ON public.transactions_202404 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202404_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202404_settle_date_stserial_idx ON public.transactions_202404 USING btree (settle_date, stserial);


--
-- Name: transactions_202404_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202404_state_idx ON public.transactions_202404 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202405_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202405_customer_no_settle_date_idx ON public.transactions_202405 USING btree (customer_no, settle_date);


--
-- Name: transactions_202405_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202405_mkt_serial_idx ON public.transactions_202405 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202405_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202405_orig_stserial_idx ON public.transactions_202405 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202405_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202405_settle_date_operator_id_stserial_idx ON public.transactions_202405 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202405_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202405_settle_date_stserial_idx ON public.transactions_202405 USING btree (settle_date, stserial);


--
-- Name: transactions_202405_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202405_state_idx ON public.transactions_202405 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202406_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202406_customer_no_settle_date_idx ON public.transactions_202406 USING btree (customer_no, settle_date);


--
-- Name: transactions_202406_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202406_mkt_serial_idx ON public.transactions_202406 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202406_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202406_orig_stserial_idx ON public.transactions_202406 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202406_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202406_settle_date_operator_id_stserial_idx ON public.transactions_202406 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202406_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202406_settle_date_stserial_idx ON public.transactions_202406 USING btree (settle_date, stserial);


--
-- Name: transactions_202406_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202406_state_idx ON public.transactions_202406 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202407_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202407_customer_no_settle_date_idx ON public.transactions_202407 USING btree (customer_no, settle_date);


--
-- Name: transactions_202407_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202407_mkt_serial_idx ON public.transactions_202407 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202407_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202407_orig_stserial_idx ON public.transactions_202407 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202407_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202407_settle_date_operator_id_stserial_idx ON public.transactions_202407 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202407_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202407_settle_date_stserial_idx ON public.transactions_202407 USING btree (settle_date, stserial);


--
-- Name: transactions_202407_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202407_state_idx ON public.transactions_202407 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202408_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202408_customer_no_settle_date_idx ON public.transactions_202408 USING btree (customer_no, settle_date);


--
-- Name: transactions_202408_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202408_mkt_serial_idx ON public.transactions_202408 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202408_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202408_orig_stserial_idx ON public.transactions_202408 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202408_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202408_settle_date_operator_id_stserial_idx ON public.transactions_202408 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202408_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202408_settle_date_stserial_idx ON public.transactions_202408 USING btree (settle_date, stserial);


--
-- Name: transactions_202408_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202408_state_idx ON public.transactions_202408 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202409_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202409_customer_no_settle_date_idx ON public.transactions_202409 USING btree (customer_no, settle_date);


--
-- Name: transactions_202409_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202409_mkt_serial_idx ON public.transactions_202409 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202409_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202409_orig_stserial_idx ON public.transactions_202409 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202409_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202409_settle_date_operator_id_stserial_idx ON public.transactions_202409 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202409_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202409_settle_date_stserial_idx ON public.transactions_202409 USING btree (settle_date, stserial);


--
-- Name: transactions_202409_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202409_state_idx ON public.transactions_202409 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202410_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202410_customer_no_settle_date_idx ON public.transactions_202410 USING btree (customer_no, settle_date);


--
-- Name: transactions_202410_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202410_mkt_serial_idx ON public.transactions_202410 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202410_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202410_orig_stserial_idx ON public.transactions_202410 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202410_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202410_settle_date_operator_id_stserial_idx ON public.transactions_202410 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202410_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202410_settle_date_stserial_idx ON public.transactions_202410 USING btree (settle_date, stserial);


--
-- Name: transactions_202410_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202410_state_idx ON public.transactions_202410 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202411_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202411_customer_no_settle_date_idx ON public.transactions_202411 USING btree (customer_no, settle_date);


--
-- Name: transactions_202411_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202411_mkt_serial_idx ON public.transactions_202411 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202411_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202411_orig_stserial_idx ON public.transactions_202411 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202411_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202411_settle_date_operator_id_stserial_idx ON public.transactions_202411 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202411_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202411_settle_date_stserial_idx ON public.transactions_202411 USING btree (settle_date, stserial);


--
-- Name: transactions_202411_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202411_state_idx ON public.transactions_202411 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202412_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202412_customer_no_settle_date_idx ON public.transactions_202412 USING btree (customer_no, settle_date);


--
-- Name: transactions_202412_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202412_mkt_serial_idx ON public.transactions_202412 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202412_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202412_orig_stserial_idx ON public.transactions_202412 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202412_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202412_settle_date_operator_id_stserial_idx ON public.transactions_202412 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202412_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202412_settle_date_stserial_idx ON public.transactions_202412 USING btree (settle_date, stserial);


--
-- Name: transactions_202412_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202412_state_idx ON public.transactions_202412 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202501_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202501_customer_no_settle_date_idx ON public.transactions_202501 USING btree (customer_no, settle_date);


--
-- Name: transactions_202501_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202501_mkt_serial_idx ON public.transactions_202501 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202501_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202501_orig_stserial_idx ON public.transactions_202501 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202501_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202501_settle_date_operator_id_stserial_idx ON public.transactions_202501 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202501_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202501_settle_date_stserial_idx ON public.transactions_202501 USING btree (settle_date, stserial);


--
-- Name: transactions_202501_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202501_state_idx ON public.transactions_202501 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202502_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202502_customer_no_settle_date_idx ON public.transactions_202502 USING btree (customer_no, settle_date);


--
-- Name: transactions_202502_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202502_mkt_serial_idx ON public.transactions_202502 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202502_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202502_orig_stserial_idx ON public.transactions_202502 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202502_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202502_settle_date_operator_id_stserial_idx ON public.transactions_202502 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202502_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202502_settle_date_stserial_idx ON public.transactions_202502 USING btree (settle_date, stserial);


--
-- Name: transactions_202502_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202502_state_idx ON public.transactions_202502 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202503_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202503_customer_no_settle_date_idx ON public.transactions_202503 USING btree (customer_no, settle_date);


--
-- Name: transactions_202503_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202503_mkt_serial_idx ON public.transactions_202503 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202503_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202503_orig_stserial_idx ON public.transactions_202503 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202503_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202503_settle_date_operator_id_stserial_idx ON public.transactions_202503 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202503_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202503_settle_date_stserial_idx ON public.transactions_202503 USING btree (settle_date, stserial);


--
-- Name: transactions_202503_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202503_state_idx ON public.transactions_202503 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202504_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202504_customer_no_settle_date_idx ON public.transactions_202504 USING btree (customer_no, settle_date);


--
-- Name: transactions_202504_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202504_mkt_serial_idx ON public.transactions_202504 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202504_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202504_orig_stserial_idx ON public.transactions_202504 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202504_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202504_settle_date_operator_id_stserial_idx ON public.transactions_202504 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202504_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202504_settle_date_stserial_idx ON public.transactions_202504 USING btree (settle_date, stserial);


--
-- Name: transactions_202504_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202504_state_idx ON public.transactions_202504 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202505_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202505_customer_no_settle_date_idx ON public.transactions_202505 USING btree (customer_no, settle_date);


--
-- Name: transactions_202505_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202505_mkt_serial_idx ON public.transactions_202505 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202505_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202505_orig_stserial_idx ON public.transactions_202505 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202505_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202505_settle_date_operator_id_stserial_idx ON public.transactions_202505 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202505_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202505_settle_date_stserial_idx ON public.transactions_202505 USING btree (settle_date, stserial);


--
-- Name: transactions_202505_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202505_state_idx ON public.transactions_202505 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202506_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202506_customer_no_settle_date_idx ON public.transactions_202506 USING btree (customer_no, settle_date);


--
-- Name: transactions_202506_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202506_mkt_serial_idx ON public.transactions_202506 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202506_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202506_orig_stserial_idx ON public.transactions_202506 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202506_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202506_settle_date_operator_id_stserial_idx ON public.transactions_202506 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202506_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202506_settle_date_stserial_idx ON public.transactions_202506 USING btree (settle_date, stserial);


--
-- Name: transactions_202506_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202506_state_idx ON public.transactions_202506 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202507_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202507_customer_no_settle_date_idx ON public.transactions_202507 USING btree (customer_no, settle_date);


--
-- Name: transactions_202507_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202507_mkt_serial_idx ON public.transactions_202507 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202507_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202507_orig_stserial_idx ON public.transactions_202507 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202507_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202507_settle_date_operator_id_stserial_idx ON public.transactions_202507 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202507_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202507_settle_date_stserial_idx ON public.transactions_202507 USING btree (settle_date, stserial);


--
-- Name: transactions_202507_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202507_state_idx ON public.transactions_202507 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202508_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202508_customer_no_settle_date_idx ON public.transactions_202508 USING btree (customer_no, settle_date);


--
-- Name: transactions_202508_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202508_mkt_serial_idx ON public.transactions_202508 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202508_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202508_orig_stserial_idx ON public.transactions_202508 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202508_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202508_settle_date_operator_id_stserial_idx ON public.transactions_202508 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202508_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202508_settle_date_stserial_idx ON public.transactions_202508 USING btree (settle_date, stserial);


--
-- Name: transactions_202508_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202508_state_idx ON public.transactions_202508 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202509_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202509_customer_no_settle_date_idx ON public.transactions_202509 USING btree (customer_no, settle_date);


--
-- Name: transactions_202509_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202509_mkt_serial_idx ON public.transactions_202509 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202509_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202509_orig_stserial_idx ON public.transactions_202509 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202509_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202509_settle_date_operator_id_stserial_idx ON public.transactions_202509 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202509_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202509_settle_date_stserial_idx ON public.transactions_202509 USING btree (settle_date, stserial);


--
-- Name: transactions_202509_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202509_state_idx ON public.transactions_202509 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202510_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202510_customer_no_settle_date_idx ON public.transactions_202510 USING btree (customer_no, settle_date);


--
-- Name: transactions_202510_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202510_mkt_serial_idx ON public.transactions_202510 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202510_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202510_orig_stserial_idx ON public.transactions_202510 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202510_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202510_settle_date_operator_id_stserial_idx ON public.transactions_202510 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202510_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202510_settle_date_stserial_idx ON public.transactions_202510 USING btree (settle_date, stserial);


--
-- Name: transactions_202510_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202510_state_idx ON public.transactions_202510 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202511_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202511_customer_no_settle_date_idx ON public.transactions_202511 USING btree (customer_no, settle_date);


--
-- Name: transactions_202511_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202511_mkt_serial_idx ON public.transactions_202511 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202511_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202511_orig_stserial_idx ON public.transactions_202511 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202511_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202511_settle_date_operator_id_stserial_idx ON public.transactions_202511 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202511_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202511_settle_date_stserial_idx ON public.transactions_202511 USING btree (settle_date, stserial);


--
-- Name: transactions_202511_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202511_state_idx ON public.transactions_202511 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202512_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202512_customer_no_settle_date_idx ON public.transactions_202512 USING btree (customer_no, settle_date);


--
-- Name: transactions_202512_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202512_mkt_serial_idx ON public.transactions_202512 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202512_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202512_orig_stserial_idx ON public.transactions_202512 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202512_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202512_settle_date_operator_id_stserial_idx ON public.transactions_202512 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202512_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202512_settle_date_stserial_idx ON public.transactions_202512 USING btree (settle_date, stserial);


--
-- Name: transactions_202512_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202512_state_idx ON public.transactions_202512 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202601_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202601_customer_no_settle_date_idx ON public.transactions_202601 USING btree (customer_no, settle_date);


--
-- Name: transactions_202601_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202601_mkt_serial_idx ON public.transactions_202601 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202601_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202601_orig_stserial_idx ON public.transactions_202601 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202601_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202601_settle_date_operator_id_stserial_idx ON public.transactions_202601 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202601_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202601_settle_date_stserial_idx ON public.transactions_202601 USING btree (settle_date, stserial);


--
-- Name: transactions_202601_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202601_state_idx ON public.transactions_202601 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202602_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202602_customer_no_settle_date_idx ON public.transactions_202602 USING btree (customer_no, settle_date);


--
-- Name: transactions_202602_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202602_mkt_serial_idx ON public.transactions_202602 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202602_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202602_orig_stserial_idx ON public.transactions_202602 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202602_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202602_settle_date_operator_id_stserial_idx ON public.transactions_202602 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202602_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202602_settle_date_stserial_idx ON public.transactions_202602 USING btree (settle_date, stserial);


--
-- Name: transactions_202602_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202602_state_idx ON public.transactions_202602 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202603_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202603_customer_no_settle_date_idx ON public.transactions_202603 USING btree (customer_no, settle_date);


--
-- Name: transactions_202603_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202603_mkt_serial_idx ON public.transactions_202603 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202603_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202603_orig_stserial_idx ON public.transactions_202603 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202603_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202603_settle_date_operator_id_stserial_idx ON public.transactions_202603 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202603_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202603_settle_date_stserial_idx ON public.transactions_202603 USING btree (settle_date, stserial);


--
-- Name: transactions_202603_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202603_state_idx ON public.transactions_202603 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202604_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202604_customer_no_settle_date_idx ON public.transactions_202604 USING btree (customer_no, settle_date);


--
-- Name: transactions_202604_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202604_mkt_serial_idx ON public.transactions_202604 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202604_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202604_orig_stserial_idx ON public.transactions_202604 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202604_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202604_settle_date_operator_id_stserial_idx ON public.transactions_202604 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202604_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202604_settle_date_stserial_idx ON public.transactions_202604 USING btree (settle_date, stserial);


--
-- Name: transactions_202604_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202604_state_idx ON public.transactions_202604 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202605_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202605_customer_no_settle_date_idx ON public.transactions_202605 USING btree (customer_no, settle_date);


--
-- Name: transactions_202605_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202605_mkt_serial_idx ON public.transactions_202605 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202605_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202605_orig_stserial_idx ON public.transactions_202605 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202605_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202605_settle_date_operator_id_stserial_idx ON public.transactions_202605 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202605_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202605_settle_date_stserial_idx ON public.transactions_202605 USING btree (settle_date, stserial);


--
-- Name: transactions_202605_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202605_state_idx ON public.transactions_202605 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202606_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202606_customer_no_settle_date_idx ON public.transactions_202606 USING btree (customer_no, settle_date);


--
-- Name: transactions_202606_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202606_mkt_serial_idx ON public.transactions_202606 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202606_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202606_orig_stserial_idx ON public.transactions_202606 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202606_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202606_settle_date_operator_id_stserial_idx ON public.transactions_202606 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202606_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202606_settle_date_stserial_idx ON public.transactions_202606 USING btree (settle_date, stserial);


--
-- Name: transactions_202606_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202606_state_idx ON public.transactions_202606 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202607_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202607_customer_no_settle_date_idx ON public.transactions_202607 USING btree (customer_no, settle_date);


--
-- Name: transactions_202607_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202607_mkt_serial_idx ON public.transactions_202607 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202607_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202607_orig_stserial_idx ON public.transactions_202607 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202607_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202607_settle_date_operator_id_stserial_idx ON public.transactions_202607 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202607_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202607_settle_date_stserial_idx ON public.transactions_202607 USING btree (settle_date, stserial);


--
-- Name: transactions_202607_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202607_state_idx ON public.transactions_202607 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202608_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202608_customer_no_settle_date_idx ON public.transactions_202608 USING btree (customer_no, settle_date);


--
-- Name: transactions_202608_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202608_mkt_serial_idx ON public.transactions_202608 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202608_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202608_orig_stserial_idx ON public.transactions_202608 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202608_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202608_settle_date_operator_id_stserial_idx ON public.transactions_202608 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202608_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202608_settle_date_stserial_idx ON public.transactions_202608 USING btree (settle_date, stserial);


--
-- Name: transactions_202608_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202608_state_idx ON public.transactions_202608 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202609_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202609_customer_no_settle_date_idx ON public.transactions_202609 USING btree (customer_no, settle_date);


--
-- Name: transactions_202609_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202609_mkt_serial_idx ON public.transactions_202609 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202609_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202609_orig_stserial_idx ON public.transactions_202609 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202609_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202609_settle_date_operator_id_stserial_idx ON public.transactions_202609 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202609_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202609_settle_date_stserial_idx ON public.transactions_202609 USING btree (settle_date, stserial);


--
-- Name: transactions_202609_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202609_state_idx ON public.transactions_202609 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202610_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202610_customer_no_settle_date_idx ON public.transactions_202610 USING btree (customer_no, settle_date);


--
-- Name: transactions_202610_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202610_mkt_serial_idx ON public.transactions_202610 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202610_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202610_orig_stserial_idx ON public.transactions_202610 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202610_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202610_settle_date_operator_id_stserial_idx ON public.transactions_202610 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202610_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202610_settle_date_stserial_idx ON public.transactions_202610 USING btree (settle_date, stserial);


--
-- Name: transactions_202610_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202610_state_idx ON public.transactions_202610 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202611_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202611_customer_no_settle_date_idx ON public.transactions_202611 USING btree (customer_no, settle_date);


--
-- Name: transactions_202611_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202611_mkt_serial_idx ON public.transactions_202611 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202611_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202611_orig_stserial_idx ON public.transactions_202611 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202611_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202611_settle_date_operator_id_stserial_idx ON public.transactions_202611 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202611_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202611_settle_date_stserial_idx ON public.transactions_202611 USING btree (settle_date, stserial);


--
-- Name: transactions_202611_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202611_state_idx ON public.transactions_202611 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202612_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202612_customer_no_settle_date_idx ON public.transactions_202612 USING btree (customer_no, settle_date);


--
-- Name: transactions_202612_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202612_mkt_serial_idx ON public.transactions_202612 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202612_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202612_orig_stserial_idx ON public.transactions_202612 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202612_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202612_settle_date_operator_id_stserial_idx ON public.transactions_202612 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202612_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202612_settle_date_stserial_idx ON public.transactions_202612 USING btree (settle_date, stserial);


--
-- Name: transactions_202612_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202612_state_idx ON public.transactions_202612 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202701_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202701_customer_no_settle_date_idx ON public.transactions_202701 USING btree (customer_no, settle_date);


--
-- Name: transactions_202701_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202701_mkt_serial_idx ON public.transactions_202701 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202701_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202701_orig_stserial_idx ON public.transactions_202701 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202701_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202701_settle_date_operator_id_stserial_idx ON public.transactions_202701 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202701_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202701_settle_date_stserial_idx ON public.transactions_202701 USING btree (settle_date, stserial);


--
-- Name: transactions_202701_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202701_state_idx ON public.transactions_202701 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202702_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202702_customer_no_settle_date_idx ON public.transactions_202702 USING btree (customer_no, settle_date);


--
-- Name: transactions_202702_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202702_mkt_serial_idx ON public.transactions_202702 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202702_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202702_orig_stserial_idx ON public.transactions_202702 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202702_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202702_settle_date_operator_id_stserial_idx ON public.transactions_202702 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202702_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202702_settle_date_stserial_idx ON public.transactions_202702 USING btree (settle_date, stserial);


--
-- Name: transactions_202702_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202702_state_idx ON public.transactions_202702 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202703_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202703_customer_no_settle_date_idx ON public.transactions_202703 USING btree (customer_no, settle_date);


--
-- Name: transactions_202703_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202703_mkt_serial_idx ON public.transactions_202703 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202703_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202703_orig_stserial_idx ON public.transactions_202703 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202703_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202703_settle_date_operator_id_stserial_idx ON public.transactions_202703 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202703_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202703_settle_date_stserial_idx ON public.transactions_202703 USING btree (settle_date, stserial);


--
-- Name: transactions_202703_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202703_state_idx ON public.transactions_202703 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202704_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202704_customer_no_settle_date_idx ON public.transactions_202704 USING btree (customer_no, settle_date);


--
-- Name: transactions_202704_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202704_mkt_serial_idx ON public.transactions_202704 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202704_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202704_orig_stserial_idx ON public.transactions_202704 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202704_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202704_settle_date_operator_id_stserial_idx ON public.transactions_202704 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202704_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202704_settle_date_stserial_idx ON public.transactions_202704 USING btree (settle_date, stserial);


--
-- Name: transactions_202704_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202704_state_idx ON public.transactions_202704 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202705_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202705_customer_no_settle_date_idx ON public.transactions_202705 USING btree (customer_no, settle_date);


--
-- Name: transactions_202705_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202705_mkt_serial_idx ON public.transactions_202705 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202705_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202705_orig_stserial_idx ON public.transactions_202705 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202705_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202705_settle_date_operator_id_stserial_idx ON public.transactions_202705 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202705_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202705_settle_date_stserial_idx ON public.transactions_202705 USING btree (settle_date, stserial);


--
-- Name: transactions_202705_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202705_state_idx ON public.transactions_202705 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202706_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202706_customer_no_settle_date_idx ON public.transactions_202706 USING btree (customer_no, settle_date);


--
-- Name: transactions_202706_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202706_mkt_serial_idx ON public.transactions_202706 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202706_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202706_orig_stserial_idx ON public.transactions_202706 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202706_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202706_settle_date_operator_id_stserial_idx ON public.transactions_202706 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202706_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202706_settle_date_stserial_idx ON public.transactions_202706 USING btree (settle_date, stserial);


--
-- Name: transactions_202706_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202706_state_idx ON public.transactions_202706 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202707_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202707_customer_no_settle_date_idx ON public.transactions_202707 USING btree (customer_no, settle_date);


--
-- Name: transactions_202707_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202707_mkt_serial_idx ON public.transactions_202707 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202707_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202707_orig_stserial_idx ON public.transactions_202707 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202707_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202707_settle_date_operator_id_stserial_idx ON public.transactions_202707 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202707_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202707_settle_date_stserial_idx ON public.transactions_202707 USING btree (settle_date, stserial);


--
-- Name: transactions_202707_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202707_state_idx ON public.transactions_202707 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202708_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202708_customer_no_settle_date_idx ON public.transactions_202708 USING btree (customer_no, settle_date);


--
-- Name: transactions_202708_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202708_mkt_serial_idx ON public.transactions_202708 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202708_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202708_orig_stserial_idx ON public.transactions_202708 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202708_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202708_settle_date_operator_id_stserial_idx ON public.transactions_202708 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202708_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202708_settle_date_stserial_idx ON public.transactions_202708 USING btree (settle_date, stserial);


--
-- Name: transactions_202708_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202708_state_idx ON public.transactions_202708 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202709_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202709_customer_no_settle_date_idx ON public.transactions_202709 USING btree (customer_no, settle_date);


--
-- Name: transactions_202709_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202709_mkt_serial_idx ON public.transactions_202709 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202709_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202709_orig_stserial_idx ON public.transactions_202709 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202709_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202709_settle_date_operator_id_stserial_idx ON public.transactions_202709 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202709_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202709_settle_date_stserial_idx ON public.transactions_202709 USING btree (settle_date, stserial);


--
-- Name: transactions_202709_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202709_state_idx ON public.transactions_202709 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202710_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202710_customer_no_settle_date_idx ON public.transactions_202710 USING btree (customer_no, settle_date);


--
-- Name: transactions_202710_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202710_mkt_serial_idx ON public.transactions_202710 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202710_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202710_orig_stserial_idx ON public.transactions_202710 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202710_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202710_settle_date_operator_id_stserial_idx ON public.transactions_202710 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202710_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202710_settle_date_stserial_idx ON public.transactions_202710 USING btree (settle_date, stserial);


--
-- Name: transactions_202710_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202710_state_idx ON public.transactions_202710 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202711_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202711_customer_no_settle_date_idx ON public.transactions_202711 USING btree (customer_no, settle_date);


--
-- Name: transactions_202711_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202711_mkt_serial_idx ON public.transactions_202711 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202711_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202711_orig_stserial_idx ON public.transactions_202711 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202711_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202711_settle_date_operator_id_stserial_idx ON public.transactions_202711 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202711_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202711_settle_date_stserial_idx ON public.transactions_202711 USING btree (settle_date, stserial);


--
-- Name: transactions_202711_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202711_state_idx ON public.transactions_202711 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202712_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202712_customer_no_settle_date_idx ON public.transactions_202712 USING btree (customer_no, settle_date);


--
-- Name: transactions_202712_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202712_mkt_serial_idx ON public.transactions_202712 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202712_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202712_orig_stserial_idx ON public.transactions_202712 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202712_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202712_settle_date_operator_id_stserial_idx ON public.transactions_202712 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202712_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202712_settle_date_stserial_idx ON public.transactions_202712 USING btree (settle_date, stserial);


--
-- Name: transactions_202712_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202712_state_idx ON public.transactions_202712 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202801_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202801_customer_no_settle_date_idx ON public.transactions_202801 USING btree (customer_no, settle_date);


--
-- Name: transactions_202801_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202801_mkt_serial_idx ON public.transactions_202801 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202801_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202801_orig_stserial_idx ON public.transactions_202801 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202801_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202801_settle_date_operator_id_stserial_idx ON public.transactions_202801 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202801_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202801_settle_date_stserial_idx ON public.transactions_202801 USING btree (settle_date, stserial);


--
-- Name: transactions_202801_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202801_state_idx ON public.transactions_202801 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202802_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202802_customer_no_settle_date_idx ON public.transactions_202802 USING btree (customer_no, settle_date);


--
-- Name: transactions_202802_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202802_mkt_serial_idx ON public.transactions_202802 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202802_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202802_orig_stserial_idx ON public.transactions_202802 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202802_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202802_settle_date_operator_id_stserial_idx ON public.transactions_202802 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202802_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202802_settle_date_stserial_idx ON public.transactions_202802 USING btree (settle_date, stserial);


--
-- Name: transactions_202802_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202802_state_idx ON public.transactions_202802 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202803_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202803_customer_no_settle_date_idx ON public.transactions_202803 USING btree (customer_no, settle_date);


--
-- Name: transactions_202803_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202803_mkt_serial_idx ON public.transactions_202803 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202803_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202803_orig_stserial_idx ON public.transactions_202803 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202803_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202803_settle_date_operator_id_stserial_idx ON public.transactions_202803 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202803_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202803_settle_date_stserial_idx ON public.transactions_202803 USING btree (settle_date, stserial);


--
-- Name: transactions_202803_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202803_state_idx ON public.transactions_202803 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202804_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202804_customer_no_settle_date_idx ON public.transactions_202804 USING btree (customer_no, settle_date);


--
-- Name: transactions_202804_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202804_mkt_serial_idx ON public.transactions_202804 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202804_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202804_orig_stserial_idx ON public.transactions_202804 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202804_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202804_settle_date_operator_id_stserial_idx ON public.transactions_202804 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202804_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202804_settle_date_stserial_idx ON public.transactions_202804 USING btree (settle_date, stserial);


--
-- Name: transactions_202804_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202804_state_idx ON public.transactions_202804 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202805_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202805_customer_no_settle_date_idx ON public.transactions_202805 USING btree (customer_no, settle_date);


--
-- Name: transactions_202805_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202805_mkt_serial_idx ON public.transactions_202805 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202805_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202805_orig_stserial_idx ON public.transactions_202805 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202805_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202805_settle_date_operator_id_stserial_idx ON public.transactions_202805 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202805_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202805_settle_date_stserial_idx ON public.transactions_202805 USING btree (settle_date, stserial);


--
-- Name: transactions_202805_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202805_state_idx ON public.transactions_202805 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202806_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202806_customer_no_settle_date_idx ON public.transactions_202806 USING btree (customer_no, settle_date);


--
-- Name: transactions_202806_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202806_mkt_serial_idx ON public.transactions_202806 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202806_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202806_orig_stserial_idx ON public.transactions_202806 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202806_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202806_settle_date_operator_id_stserial_idx ON public.transactions_202806 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202806_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202806_settle_date_stserial_idx ON public.transactions_202806 USING btree (settle_date, stserial);


--
-- Name: transactions_202806_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202806_state_idx ON public.transactions_202806 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202807_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202807_customer_no_settle_date_idx ON public.transactions_202807 USING btree (customer_no, settle_date);


--
-- Name: transactions_202807_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202807_mkt_serial_idx ON public.transactions_202807 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202807_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202807_orig_stserial_idx ON public.transactions_202807 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202807_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202807_settle_date_operator_id_stserial_idx ON public.transactions_202807 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202807_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202807_settle_date_stserial_idx ON public.transactions_202807 USING btree (settle_date, stserial);


--
-- Name: transactions_202807_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202807_state_idx ON public.transactions_202807 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202808_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202808_customer_no_settle_date_idx ON public.transactions_202808 USING btree (customer_no, settle_date);


--
-- Name: transactions_202808_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202808_mkt_serial_idx ON public.transactions_202808 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202808_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202808_orig_stserial_idx ON public.transactions_202808 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202808_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202808_settle_date_operator_id_stserial_idx ON public.transactions_202808 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202808_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202808_settle_date_stserial_idx ON public.transactions_202808 USING btree (settle_date, stserial);


--
-- Name: transactions_202808_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202808_state_idx ON public.transactions_202808 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202809_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202809_customer_no_settle_date_idx ON public.transactions_202809 USING btree (customer_no, settle_date);


--
-- Name: transactions_202809_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202809_mkt_serial_idx ON public.transactions_202809 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202809_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202809_orig_stserial_idx ON public.transactions_202809 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202809_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202809_settle_date_operator_id_stserial_idx ON public.transactions_202809 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202809_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202809_settle_date_stserial_idx ON public.transactions_202809 USING btree (settle_date, stserial);


--
-- Name: transactions_202809_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202809_state_idx ON public.transactions_202809 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202810_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202810_customer_no_settle_date_idx ON public.transactions_202810 USING btree (customer_no, settle_date);


--
-- Name: transactions_202810_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202810_mkt_serial_idx ON public.transactions_202810 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202810_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202810_orig_stserial_idx ON public.transactions_202810 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202810_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202810_settle_date_operator_id_stserial_idx ON public.transactions_202810 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202810_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202810_settle_date_stserial_idx ON public.transactions_202810 USING btree (settle_date, stserial);


--
-- Name: transactions_202810_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202810_state_idx ON public.transactions_202810 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202811_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202811_customer_no_settle_date_idx ON public.transactions_202811 USING btree (customer_no, settle_date);


--
-- Name: transactions_202811_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202811_mkt_serial_idx ON public.transactions_202811 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202811_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202811_orig_stserial_idx ON public.transactions_202811 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202811_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202811_settle_date_operator_id_stserial_idx ON public.transactions_202811 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202811_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202811_settle_date_stserial_idx ON public.transactions_202811 USING btree (settle_date, stserial);


--
-- Name: transactions_202811_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202811_state_idx ON public.transactions_202811 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202812_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202812_customer_no_settle_date_idx ON public.transactions_202812 USING btree (customer_no, settle_date);


--
-- Name: transactions_202812_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202812_mkt_serial_idx ON public.transactions_202812 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202812_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202812_orig_stserial_idx ON public.transactions_202812 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202812_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202812_settle_date_operator_id_stserial_idx ON public.transactions_202812 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202812_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202812_settle_date_stserial_idx ON public.transactions_202812 USING btree (settle_date, stserial);


--
-- Name: transactions_202812_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202812_state_idx ON public.transactions_202812 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202901_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202901_customer_no_settle_date_idx ON public.transactions_202901 USING btree (customer_no, settle_date);


--
-- Name: transactions_202901_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202901_mkt_serial_idx ON public.transactions_202901 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202901_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202901_orig_stserial_idx ON public.transactions_202901 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202901_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202901_settle_date_operator_id_stserial_idx ON public.transactions_202901 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202901_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202901_settle_date_stserial_idx ON public.transactions_202901 USING btree (settle_date, stserial);


--
-- Name: transactions_202901_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202901_state_idx ON public.transactions_202901 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202902_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202902_customer_no_settle_date_idx ON public.transactions_202902 USING btree (customer_no, settle_date);


--
-- Name: transactions_202902_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202902_mkt_serial_idx ON public.transactions_202902 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202902_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202902_orig_stserial_idx ON public.transactions_202902 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202902_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202902_settle_date_operator_id_stserial_idx ON public.transactions_202902 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202902_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202902_settle_date_stserial_idx ON public.transactions_202902 USING btree (settle_date, stserial);


--
-- Name: transactions_202902_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202902_state_idx ON public.transactions_202902 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202903_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202903_customer_no_settle_date_idx ON public.transactions_202903 USING btree (customer_no, settle_date);


--
-- Name: transactions_202903_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202903_mkt_serial_idx ON public.transactions_202903 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202903_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202903_orig_stserial_idx ON public.transactions_202903 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202903_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202903_settle_date_operator_id_stserial_idx ON public.transactions_202903 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202903_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202903_settle_date_stserial_idx ON public.transactions_202903 USING btree (settle_date, stserial);


--
-- Name: transactions_202903_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202903_state_idx ON public.transactions_202903 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202904_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202904_customer_no_settle_date_idx ON public.transactions_202904 USING btree (customer_no, settle_date);


--
-- Name: transactions_202904_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202904_mkt_serial_idx ON public.transactions_202904 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202904_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202904_orig_stserial_idx ON public.transactions_202904 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202904_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202904_settle_date_operator_id_stserial_idx ON public.transactions_202904 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202904_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202904_settle_date_stserial_idx ON public.transactions_202904 USING btree (settle_date, stserial);


--
-- Name: transactions_202904_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202904_state_idx ON public.transactions_202904 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202905_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202905_customer_no_settle_date_idx ON public.transactions_202905 USING btree (customer_no, settle_date);


--
-- Name: transactions_202905_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202905_mkt_serial_idx ON public.transactions_202905 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202905_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202905_orig_stserial_idx ON public.transactions_202905 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202905_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202905_settle_date_operator_id_stserial_idx ON public.transactions_202905 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202905_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202905_settle_date_stserial_idx ON public.transactions_202905 USING btree (settle_date, stserial);


--
-- Name: transactions_202905_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202905_state_idx ON public.transactions_202905 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202906_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202906_customer_no_settle_date_idx ON public.transactions_202906 USING btree (customer_no, settle_date);


--
-- Name: transactions_202906_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202906_mkt_serial_idx ON public.transactions_202906 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202906_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202906_orig_stserial_idx ON public.transactions_202906 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202906_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202906_settle_date_operator_id_stserial_idx ON public.transactions_202906 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202906_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202906_settle_date_stserial_idx ON public.transactions_202906 USING btree (settle_date, stserial);


--
-- Name: transactions_202906_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202906_state_idx ON public.transactions_202906 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202907_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202907_customer_no_settle_date_idx ON public.transactions_202907 USING btree (customer_no, settle_date);


--
-- Name: transactions_202907_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202907_mkt_serial_idx ON public.transactions_202907 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202907_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202907_orig_stserial_idx ON public.transactions_202907 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202907_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202907_settle_date_operator_id_stserial_idx ON public.transactions_202907 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202907_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202907_settle_date_stserial_idx ON public.transactions_202907 USING btree (settle_date, stserial);


--
-- Name: transactions_202907_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202907_state_idx ON public.transactions_202907 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202908_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202908_customer_no_settle_date_idx ON public.transactions_202908 USING btree (customer_no, settle_date);


--
-- Name: transactions_202908_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202908_mkt_serial_idx ON public.transactions_202908 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202908_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202908_orig_stserial_idx ON public.transactions_202908 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202908_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202908_settle_date_operator_id_stserial_idx ON public.transactions_202908 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202908_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202908_settle_date_stserial_idx ON public.transactions_202908 USING btree (settle_date, stserial);


--
-- Name: transactions_202908_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202908_state_idx ON public.transactions_202908 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202909_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202909_customer_no_settle_date_idx ON public.transactions_202909 USING btree (customer_no, settle_date);


--
-- Name: transactions_202909_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202909_mkt_serial_idx ON public.transactions_202909 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202909_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202909_orig_stserial_idx ON public.transactions_202909 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202909_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202909_settle_date_operator_id_stserial_idx ON public.transactions_202909 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202909_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202909_settle_date_stserial_idx ON public.transactions_202909 USING btree (settle_date, stserial);


--
-- Name: transactions_202909_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202909_state_idx ON public.transactions_202909 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202910_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202910_customer_no_settle_date_idx ON public.transactions_202910 USING btree (customer_no, settle_date);


--
-- Name: transactions_202910_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202910_mkt_serial_idx ON public.transactions_202910 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202910_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202910_orig_stserial_idx ON public.transactions_202910 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202910_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202910_settle_date_operator_id_stserial_idx ON public.transactions_202910 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202910_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202910_settle_date_stserial_idx ON public.transactions_202910 USING btree (settle_date, stserial);


--
-- Name: transactions_202910_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202910_state_idx ON public.transactions_202910 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202911_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202911_customer_no_settle_date_idx ON public.transactions_202911 USING btree (customer_no, settle_date);


--
-- Name: transactions_202911_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202911_mkt_serial_idx ON public.transactions_202911 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202911_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202911_orig_stserial_idx ON public.transactions_202911 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202911_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202911_settle_date_operator_id_stserial_idx ON public.transactions_202911 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202911_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202911_settle_date_stserial_idx ON public.transactions_202911 USING btree (settle_date, stserial);


--
-- Name: transactions_202911_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202911_state_idx ON public.transactions_202911 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_202912_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202912_customer_no_settle_date_idx ON public.transactions_202912 USING btree (customer_no, settle_date);


--
-- Name: transactions_202912_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202912_mkt_serial_idx ON public.transactions_202912 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_202912_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202912_orig_stserial_idx ON public.transactions_202912 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_202912_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202912_settle_date_operator_id_stserial_idx ON public.transactions_202912 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_202912_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202912_settle_date_stserial_idx ON public.transactions_202912 USING btree (settle_date, stserial);


--
-- Name: transactions_202912_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_202912_state_idx ON public.transactions_202912 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203001_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203001_customer_no_settle_date_idx ON public.transactions_203001 USING btree (customer_no, settle_date);


--
-- Name: transactions_203001_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203001_mkt_serial_idx ON public.transactions_203001 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203001_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203001_orig_stserial_idx ON public.transactions_203001 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203001_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203001_settle_date_operator_id_stserial_idx ON public.transactions_203001 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203001_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203001_settle_date_stserial_idx ON public.transactions_203001 USING btree (settle_date, stserial);


--
-- Name: transactions_203001_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203001_state_idx ON public.transactions_203001 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203002_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203002_customer_no_settle_date_idx ON public.transactions_203002 USING btree (customer_no, settle_date);


--
-- Name: transactions_203002_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203002_mkt_serial_idx ON public.transactions_203002 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203002_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203002_orig_stserial_idx ON public.transactions_203002 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203002_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203002_settle_date_operator_id_stserial_idx ON public.transactions_203002 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203002_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203002_settle_date_stserial_idx ON public.transactions_203002 USING btree (settle_date, stserial);


--
-- Name: transactions_203002_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203002_state_idx ON public.transactions_203002 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203003_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203003_customer_no_settle_date_idx ON public.transactions_203003 USING btree (customer_no, settle_date);


--
-- Name: transactions_203003_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203003_mkt_serial_idx ON public.transactions_203003 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203003_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203003_orig_stserial_idx ON public.transactions_203003 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203003_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203003_settle_date_operator_id_stserial_idx ON public.transactions_203003 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203003_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203003_settle_date_stserial_idx ON public.transactions_203003 USING btree (settle_date, stserial);


--
-- Name: transactions_203003_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203003_state_idx ON public.transactions_203003 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203004_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203004_customer_no_settle_date_idx ON public.transactions_203004 USING btree (customer_no, settle_date);


--
-- Name: transactions_203004_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203004_mkt_serial_idx ON public.transactions_203004 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203004_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203004_orig_stserial_idx ON public.transactions_203004 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203004_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203004_settle_date_operator_id_stserial_idx ON public.transactions_203004 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203004_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203004_settle_date_stserial_idx ON public.transactions_203004 USING btree (settle_date, stserial);


--
-- Name: transactions_203004_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203004_state_idx ON public.transactions_203004 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203005_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203005_customer_no_settle_date_idx ON public.transactions_203005 USING btree (customer_no, settle_date);


--
-- Name: transactions_203005_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203005_mkt_serial_idx ON public.transactions_203005 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203005_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203005_orig_stserial_idx ON public.transactions_203005 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203005_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203005_settle_date_operator_id_stserial_idx ON public.transactions_203005 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203005_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203005_settle_date_stserial_idx ON public.transactions_203005 USING btree (settle_date, stserial);


--
-- Name: transactions_203005_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203005_state_idx ON public.transactions_203005 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203006_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203006_customer_no_settle_date_idx ON public.transactions_203006 USING btree (customer_no, settle_date);


--
-- Name: transactions_203006_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203006_mkt_serial_idx ON public.transactions_203006 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203006_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203006_orig_stserial_idx ON public.transactions_203006 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203006_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203006_settle_date_operator_id_stserial_idx ON public.transactions_203006 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203006_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203006_settle_date_stserial_idx ON public.transactions_203006 USING btree (settle_date, stserial);


--
-- Name: transactions_203006_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203006_state_idx ON public.transactions_203006 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203007_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203007_customer_no_settle_date_idx ON public.transactions_203007 USING btree (customer_no, settle_date);


--
-- Name: transactions_203007_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203007_mkt_serial_idx ON public.transactions_203007 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203007_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203007_orig_stserial_idx ON public.transactions_203007 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203007_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203007_settle_date_operator_id_stserial_idx ON public.transactions_203007 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203007_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203007_settle_date_stserial_idx ON public.transactions_203007 USING btree (settle_date, stserial);


--
-- Name: transactions_203007_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203007_state_idx ON public.transactions_203007 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203008_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203008_customer_no_settle_date_idx ON public.transactions_203008 USING btree (customer_no, settle_date);


--
-- Name: transactions_203008_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203008_mkt_serial_idx ON public.transactions_203008 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203008_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203008_orig_stserial_idx ON public.transactions_203008 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203008_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203008_settle_date_operator_id_stserial_idx ON public.transactions_203008 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203008_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203008_settle_date_stserial_idx ON public.transactions_203008 USING btree (settle_date, stserial);


--
-- Name: transactions_203008_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203008_state_idx ON public.transactions_203008 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203009_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203009_customer_no_settle_date_idx ON public.transactions_203009 USING btree (customer_no, settle_date);


--
-- Name: transactions_203009_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203009_mkt_serial_idx ON public.transactions_203009 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203009_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203009_orig_stserial_idx ON public.transactions_203009 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203009_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203009_settle_date_operator_id_stserial_idx ON public.transactions_203009 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203009_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203009_settle_date_stserial_idx ON public.transactions_203009 USING btree (settle_date, stserial);


--
-- Name: transactions_203009_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203009_state_idx ON public.transactions_203009 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203010_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203010_customer_no_settle_date_idx ON public.transactions_203010 USING btree (customer_no, settle_date);


--
-- Name: transactions_203010_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203010_mkt_serial_idx ON public.transactions_203010 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203010_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203010_orig_stserial_idx ON public.transactions_203010 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203010_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203010_settle_date_operator_id_stserial_idx ON public.transactions_203010 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203010_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203010_settle_date_stserial_idx ON public.transactions_203010 USING btree (settle_date, stserial);


--
-- Name: transactions_203010_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203010_state_idx ON public.transactions_203010 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203011_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203011_customer_no_settle_date_idx ON public.transactions_203011 USING btree (customer_no, settle_date);


--
-- Name: transactions_203011_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203011_mkt_serial_idx ON public.transactions_203011 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203011_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203011_orig_stserial_idx ON public.transactions_203011 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203011_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203011_settle_date_operator_id_stserial_idx ON public.transactions_203011 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203011_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203011_settle_date_stserial_idx ON public.transactions_203011 USING btree (settle_date, stserial);


--
-- Name: transactions_203011_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203011_state_idx ON public.transactions_203011 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203012_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203012_customer_no_settle_date_idx ON public.transactions_203012 USING btree (customer_no, settle_date);


--
-- Name: transactions_203012_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203012_mkt_serial_idx ON public.transactions_203012 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203012_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203012_orig_stserial_idx ON public.transactions_203012 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203012_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203012_settle_date_operator_id_stserial_idx ON public.transactions_203012 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203012_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203012_settle_date_stserial_idx ON public.transactions_203012 USING btree (settle_date, stserial);


--
-- Name: transactions_203012_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203012_state_idx ON public.transactions_203012 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203101_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203101_customer_no_settle_date_idx ON public.transactions_203101 USING btree (customer_no, settle_date);


--
-- Name: transactions_203101_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203101_mkt_serial_idx ON public.transactions_203101 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203101_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203101_orig_stserial_idx ON public.transactions_203101 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203101_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203101_settle_date_operator_id_stserial_idx ON public.transactions_203101 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203101_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203101_settle_date_stserial_idx ON public.transactions_203101 USING btree (settle_date, stserial);


--
-- Name: transactions_203101_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203101_state_idx ON public.transactions_203101 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203102_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203102_customer_no_settle_date_idx ON public.transactions_203102 USING btree (customer_no, settle_date);


--
-- Name: transactions_203102_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203102_mkt_serial_idx ON public.transactions_203102 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203102_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203102_orig_stserial_idx ON public.transactions_203102 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203102_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203102_settle_date_operator_id_stserial_idx ON public.transactions_203102 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203102_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203102_settle_date_stserial_idx ON public.transactions_203102 USING btree (settle_date, stserial);


--
-- Name: transactions_203102_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203102_state_idx ON public.transactions_203102 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203103_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203103_customer_no_settle_date_idx ON public.transactions_203103 USING btree (customer_no, settle_date);


--
-- Name: transactions_203103_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203103_mkt_serial_idx ON public.transactions_203103 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203103_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203103_orig_stserial_idx ON public.transactions_203103 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203103_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203103_settle_date_operator_id_stserial_idx ON public.transactions_203103 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203103_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203103_settle_date_stserial_idx ON public.transactions_203103 USING btree (settle_date, stserial);


--
-- Name: transactions_203103_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203103_state_idx ON public.transactions_203103 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203104_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203104_customer_no_settle_date_idx ON public.transactions_203104 USING btree (customer_no, settle_date);


--
-- Name: transactions_203104_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203104_mkt_serial_idx ON public.transactions_203104 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203104_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203104_orig_stserial_idx ON public.transactions_203104 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203104_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203104_settle_date_operator_id_stserial_idx ON public.transactions_203104 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203104_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203104_settle_date_stserial_idx ON public.transactions_203104 USING btree (settle_date, stserial);


--
-- Name: transactions_203104_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203104_state_idx ON public.transactions_203104 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203105_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203105_customer_no_settle_date_idx ON public.transactions_203105 USING btree (customer_no, settle_date);


--
-- Name: transactions_203105_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203105_mkt_serial_idx ON public.transactions_203105 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203105_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203105_orig_stserial_idx ON public.transactions_203105 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203105_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203105_settle_date_operator_id_stserial_idx ON public.transactions_203105 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203105_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203105_settle_date_stserial_idx ON public.transactions_203105 USING btree (settle_date, stserial);


--
-- Name: transactions_203105_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203105_state_idx ON public.transactions_203105 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203106_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203106_customer_no_settle_date_idx ON public.transactions_203106 USING btree (customer_no, settle_date);


--
-- Name: transactions_203106_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203106_mkt_serial_idx ON public.transactions_203106 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203106_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203106_orig_stserial_idx ON public.transactions_203106 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203106_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203106_settle_date_operator_id_stserial_idx ON public.transactions_203106 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203106_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203106_settle_date_stserial_idx ON public.transactions_203106 USING btree (settle_date, stserial);


--
-- Name: transactions_203106_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203106_state_idx ON public.transactions_203106 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203107_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203107_customer_no_settle_date_idx ON public.transactions_203107 USING btree (customer_no, settle_date);


--
-- Name: transactions_203107_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203107_mkt_serial_idx ON public.transactions_203107 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203107_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203107_orig_stserial_idx ON public.transactions_203107 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203107_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203107_settle_date_operator_id_stserial_idx ON public.transactions_203107 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203107_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203107_settle_date_stserial_idx ON public.transactions_203107 USING btree (settle_date, stserial);


--
-- Name: transactions_203107_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203107_state_idx ON public.transactions_203107 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203108_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203108_customer_no_settle_date_idx ON public.transactions_203108 USING btree (customer_no, settle_date);


--
-- Name: transactions_203108_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203108_mkt_serial_idx ON public.transactions_203108 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203108_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203108_orig_stserial_idx ON public.transactions_203108 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203108_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203108_settle_date_operator_id_stserial_idx ON public.transactions_203108 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203108_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203108_settle_date_stserial_idx ON public.transactions_203108 USING btree (settle_date, stserial);


--
-- Name: transactions_203108_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203108_state_idx ON public.transactions_203108 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203109_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203109_customer_no_settle_date_idx ON public.transactions_203109 USING btree (customer_no, settle_date);


--
-- Name: transactions_203109_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203109_mkt_serial_idx ON public.transactions_203109 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203109_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203109_orig_stserial_idx ON public.transactions_203109 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203109_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203109_settle_date_operator_id_stserial_idx ON public.transactions_203109 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203109_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203109_settle_date_stserial_idx ON public.transactions_203109 USING btree (settle_date, stserial);


--
-- Name: transactions_203109_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203109_state_idx ON public.transactions_203109 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203110_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203110_customer_no_settle_date_idx ON public.transactions_203110 USING btree (customer_no, settle_date);


--
-- Name: transactions_203110_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203110_mkt_serial_idx ON public.transactions_203110 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203110_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203110_orig_stserial_idx ON public.transactions_203110 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203110_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203110_settle_date_operator_id_stserial_idx ON public.transactions_203110 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203110_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203110_settle_date_stserial_idx ON public.transactions_203110 USING btree (settle_date, stserial);


--
-- Name: transactions_203110_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203110_state_idx ON public.transactions_203110 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203111_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203111_customer_no_settle_date_idx ON public.transactions_203111 USING btree (customer_no, settle_date);


--
-- Name: transactions_203111_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203111_mkt_serial_idx ON public.transactions_203111 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203111_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203111_orig_stserial_idx ON public.transactions_203111 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203111_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203111_settle_date_operator_id_stserial_idx ON public.transactions_203111 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203111_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203111_settle_date_stserial_idx ON public.transactions_203111 USING btree (settle_date, stserial);


--
-- Name: transactions_203111_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203111_state_idx ON public.transactions_203111 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203112_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203112_customer_no_settle_date_idx ON public.transactions_203112 USING btree (customer_no, settle_date);


--
-- Name: transactions_203112_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203112_mkt_serial_idx ON public.transactions_203112 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203112_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203112_orig_stserial_idx ON public.transactions_203112 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203112_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203112_settle_date_operator_id_stserial_idx ON public.transactions_203112 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203112_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203112_settle_date_stserial_idx ON public.transactions_203112 USING btree (settle_date, stserial);


--
-- Name: transactions_203112_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203112_state_idx ON public.transactions_203112 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203201_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203201_customer_no_settle_date_idx ON public.transactions_203201 USING btree (customer_no, settle_date);


--
-- Name: transactions_203201_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203201_mkt_serial_idx ON public.transactions_203201 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203201_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203201_orig_stserial_idx ON public.transactions_203201 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203201_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203201_settle_date_operator_id_stserial_idx ON public.transactions_203201 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203201_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203201_settle_date_stserial_idx ON public.transactions_203201 USING btree (settle_date, stserial);


--
-- Name: transactions_203201_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203201_state_idx ON public.transactions_203201 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203202_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203202_customer_no_settle_date_idx ON public.transactions_203202 USING btree (customer_no, settle_date);


--
-- Name: transactions_203202_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203202_mkt_serial_idx ON public.transactions_203202 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203202_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203202_orig_stserial_idx ON public.transactions_203202 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203202_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203202_settle_date_operator_id_stserial_idx ON public.transactions_203202 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203202_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203202_settle_date_stserial_idx ON public.transactions_203202 USING btree (settle_date, stserial);


--
-- Name: transactions_203202_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203202_state_idx ON public.transactions_203202 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203203_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203203_customer_no_settle_date_idx ON public.transactions_203203 USING btree (customer_no, settle_date);


--
-- Name: transactions_203203_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203203_mkt_serial_idx ON public.transactions_203203 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203203_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203203_orig_stserial_idx ON public.transactions_203203 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203203_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203203_settle_date_operator_id_stserial_idx ON public.transactions_203203 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203203_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203203_settle_date_stserial_idx ON public.transactions_203203 USING btree (settle_date, stserial);


--
-- Name: transactions_203203_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203203_state_idx ON public.transactions_203203 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203204_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203204_customer_no_settle_date_idx ON public.transactions_203204 USING btree (customer_no, settle_date);


--
-- Name: transactions_203204_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203204_mkt_serial_idx ON public.transactions_203204 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203204_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203204_orig_stserial_idx ON public.transactions_203204 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203204_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203204_settle_date_operator_id_stserial_idx ON public.transactions_203204 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203204_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203204_settle_date_stserial_idx ON public.transactions_203204 USING btree (settle_date, stserial);


--
-- Name: transactions_203204_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203204_state_idx ON public.transactions_203204 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203205_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203205_customer_no_settle_date_idx ON public.transactions_203205 USING btree (customer_no, settle_date);


--
-- Name: transactions_203205_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203205_mkt_serial_idx ON public.transactions_203205 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203205_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203205_orig_stserial_idx ON public.transactions_203205 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203205_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203205_settle_date_operator_id_stserial_idx ON public.transactions_203205 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203205_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203205_settle_date_stserial_idx ON public.transactions_203205 USING btree (settle_date, stserial);


--
-- Name: transactions_203205_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203205_state_idx ON public.transactions_203205 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203206_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203206_customer_no_settle_date_idx ON public.transactions_203206 USING btree (customer_no, settle_date);


--
-- Name: transactions_203206_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203206_mkt_serial_idx ON public.transactions_203206 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203206_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203206_orig_stserial_idx ON public.transactions_203206 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203206_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203206_settle_date_operator_id_stserial_idx ON public.transactions_203206 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203206_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203206_settle_date_stserial_idx ON public.transactions_203206 USING btree (settle_date, stserial);


--
-- Name: transactions_203206_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203206_state_idx ON public.transactions_203206 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203207_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203207_customer_no_settle_date_idx ON public.transactions_203207 USING btree (customer_no, settle_date);


--
-- Name: transactions_203207_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203207_mkt_serial_idx ON public.transactions_203207 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203207_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203207_orig_stserial_idx ON public.transactions_203207 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203207_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203207_settle_date_operator_id_stserial_idx ON public.transactions_203207 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203207_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203207_settle_date_stserial_idx ON public.transactions_203207 USING btree (settle_date, stserial);


--
-- Name: transactions_203207_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203207_state_idx ON public.transactions_203207 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203208_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203208_customer_no_settle_date_idx ON public.transactions_203208 USING btree (customer_no, settle_date);


--
-- Name: transactions_203208_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203208_mkt_serial_idx ON public.transactions_203208 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203208_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203208_orig_stserial_idx ON public.transactions_203208 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203208_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203208_settle_date_operator_id_stserial_idx ON public.transactions_203208 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203208_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203208_settle_date_stserial_idx ON public.transactions_203208 USING btree (settle_date, stserial);


--
-- Name: transactions_203208_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203208_state_idx ON public.transactions_203208 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203209_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203209_customer_no_settle_date_idx ON public.transactions_203209 USING btree (customer_no, settle_date);


--
-- Name: transactions_203209_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203209_mkt_serial_idx ON public.transactions_203209 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203209_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203209_orig_stserial_idx ON public.transactions_203209 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203209_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203209_settle_date_operator_id_stserial_idx ON public.transactions_203209 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203209_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203209_settle_date_stserial_idx ON public.transactions_203209 USING btree (settle_date, stserial);


--
-- Name: transactions_203209_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203209_state_idx ON public.transactions_203209 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203210_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203210_customer_no_settle_date_idx ON public.transactions_203210 USING btree (customer_no, settle_date);


--
-- Name: transactions_203210_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203210_mkt_serial_idx ON public.transactions_203210 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203210_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203210_orig_stserial_idx ON public.transactions_203210 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203210_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203210_settle_date_operator_id_stserial_idx ON public.transactions_203210 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203210_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203210_settle_date_stserial_idx ON public.transactions_203210 USING btree (settle_date, stserial);


--
-- Name: transactions_203210_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203210_state_idx ON public.transactions_203210 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203211_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203211_customer_no_settle_date_idx ON public.transactions_203211 USING btree (customer_no, settle_date);


--
-- Name: transactions_203211_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203211_mkt_serial_idx ON public.transactions_203211 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203211_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203211_orig_stserial_idx ON public.transactions_203211 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203211_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203211_settle_date_operator_id_stserial_idx ON public.transactions_203211 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203211_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203211_settle_date_stserial_idx ON public.transactions_203211 USING btree (settle_date, stserial);


--
-- Name: transactions_203211_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203211_state_idx ON public.transactions_203211 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203212_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203212_customer_no_settle_date_idx ON public.transactions_203212 USING btree (customer_no, settle_date);


--
-- Name: transactions_203212_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203212_mkt_serial_idx ON public.transactions_203212 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203212_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203212_orig_stserial_idx ON public.transactions_203212 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203212_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203212_settle_date_operator_id_stserial_idx ON public.transactions_203212 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203212_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203212_settle_date_stserial_idx ON public.transactions_203212 USING btree (settle_date, stserial);


--
-- Name: transactions_203212_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203212_state_idx ON public.transactions_203212 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203301_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203301_customer_no_settle_date_idx ON public.transactions_203301 USING btree (customer_no, settle_date);


--
-- Name: transactions_203301_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203301_mkt_serial_idx ON public.transactions_203301 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203301_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203301_orig_stserial_idx ON public.transactions_203301 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203301_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203301_settle_date_operator_id_stserial_idx ON public.transactions_203301 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203301_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203301_settle_date_stserial_idx ON public.transactions_203301 USING btree (settle_date, stserial);


--
-- Name: transactions_203301_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203301_state_idx ON public.transactions_203301 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203302_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203302_customer_no_settle_date_idx ON public.transactions_203302 USING btree (customer_no, settle_date);


--
-- Name: transactions_203302_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203302_mkt_serial_idx ON public.transactions_203302 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203302_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203302_orig_stserial_idx ON public.transactions_203302 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203302_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203302_settle_date_operator_id_stserial_idx ON public.transactions_203302 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203302_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203302_settle_date_stserial_idx ON public.transactions_203302 USING btree (settle_date, stserial);


--
-- Name: transactions_203302_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203302_state_idx ON public.transactions_203302 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203303_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203303_customer_no_settle_date_idx ON public.transactions_203303 USING btree (customer_no, settle_date);


--
-- Name: transactions_203303_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203303_mkt_serial_idx ON public.transactions_203303 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203303_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203303_orig_stserial_idx ON public.transactions_203303 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203303_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203303_settle_date_operator_id_stserial_idx ON public.transactions_203303 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203303_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203303_settle_date_stserial_idx ON public.transactions_203303 USING btree (settle_date, stserial);


--
-- Name: transactions_203303_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203303_state_idx ON public.transactions_203303 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203304_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203304_customer_no_settle_date_idx ON public.transactions_203304 USING btree (customer_no, settle_date);


--
-- Name: transactions_203304_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203304_mkt_serial_idx ON public.transactions_203304 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203304_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203304_orig_stserial_idx ON public.transactions_203304 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203304_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203304_settle_date_operator_id_stserial_idx ON public.transactions_203304 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203304_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203304_settle_date_stserial_idx ON public.transactions_203304 USING btree (settle_date, stserial);


--
-- Name: transactions_203304_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203304_state_idx ON public.transactions_203304 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203305_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203305_customer_no_settle_date_idx ON public.transactions_203305 USING btree (customer_no, settle_date);


--
-- Name: transactions_203305_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203305_mkt_serial_idx ON public.transactions_203305 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203305_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203305_orig_stserial_idx ON public.transactions_203305 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203305_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203305_settle_date_operator_id_stserial_idx ON public.transactions_203305 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203305_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203305_settle_date_stserial_idx ON public.transactions_203305 USING btree (settle_date, stserial);


--
-- Name: transactions_203305_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203305_state_idx ON public.transactions_203305 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203306_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203306_customer_no_settle_date_idx ON public.transactions_203306 USING btree (customer_no, settle_date);


--
-- Name: transactions_203306_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203306_mkt_serial_idx ON public.transactions_203306 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203306_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203306_orig_stserial_idx ON public.transactions_203306 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203306_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203306_settle_date_operator_id_stserial_idx ON public.transactions_203306 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203306_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203306_settle_date_stserial_idx ON public.transactions_203306 USING btree (settle_date, stserial);


--
-- Name: transactions_203306_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203306_state_idx ON public.transactions_203306 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203307_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203307_customer_no_settle_date_idx ON public.transactions_203307 USING btree (customer_no, settle_date);


--
-- Name: transactions_203307_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203307_mkt_serial_idx ON public.transactions_203307 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203307_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203307_orig_stserial_idx ON public.transactions_203307 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203307_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203307_settle_date_operator_id_stserial_idx ON public.transactions_203307 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203307_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203307_settle_date_stserial_idx ON public.transactions_203307 USING btree (settle_date, stserial);


--
-- Name: transactions_203307_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203307_state_idx ON public.transactions_203307 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203308_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203308_customer_no_settle_date_idx ON public.transactions_203308 USING btree (customer_no, settle_date);


--
-- Name: transactions_203308_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203308_mkt_serial_idx ON public.transactions_203308 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203308_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203308_orig_stserial_idx ON public.transactions_203308 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203308_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203308_settle_date_operator_id_stserial_idx ON public.transactions_203308 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203308_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203308_settle_date_stserial_idx ON public.transactions_203308 USING btree (settle_date, stserial);


--
-- Name: transactions_203308_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203308_state_idx ON public.transactions_203308 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203309_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203309_customer_no_settle_date_idx ON public.transactions_203309 USING btree (customer_no, settle_date);


--
-- Name: transactions_203309_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203309_mkt_serial_idx ON public.transactions_203309 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203309_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203309_orig_stserial_idx ON public.transactions_203309 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203309_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203309_settle_date_operator_id_stserial_idx ON public.transactions_203309 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203309_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203309_settle_date_stserial_idx ON public.transactions_203309 USING btree (settle_date, stserial);


--
-- Name: transactions_203309_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203309_state_idx ON public.transactions_203309 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203310_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203310_customer_no_settle_date_idx ON public.transactions_203310 USING btree (customer_no, settle_date);


--
-- Name: transactions_203310_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203310_mkt_serial_idx ON public.transactions_203310 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203310_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203310_orig_stserial_idx ON public.transactions_203310 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203310_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203310_settle_date_operator_id_stserial_idx ON public.transactions_203310 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203310_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203310_settle_date_stserial_idx ON public.transactions_203310 USING btree (settle_date, stserial);


--
-- Name: transactions_203310_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203310_state_idx ON public.transactions_203310 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203311_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203311_customer_no_settle_date_idx ON public.transactions_203311 USING btree (customer_no, settle_date);


--
-- Name: transactions_203311_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203311_mkt_serial_idx ON public.transactions_203311 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203311_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203311_orig_stserial_idx ON public.transactions_203311 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203311_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203311_settle_date_operator_id_stserial_idx ON public.transactions_203311 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203311_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203311_settle_date_stserial_idx ON public.transactions_203311 USING btree (settle_date, stserial);


--
-- Name: transactions_203311_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203311_state_idx ON public.transactions_203311 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203312_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203312_customer_no_settle_date_idx ON public.transactions_203312 USING btree (customer_no, settle_date);


--
-- Name: transactions_203312_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203312_mkt_serial_idx ON public.transactions_203312 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203312_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203312_orig_stserial_idx ON public.transactions_203312 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203312_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203312_settle_date_operator_id_stserial_idx ON public.transactions_203312 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203312_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203312_settle_date_stserial_idx ON public.transactions_203312 USING btree (settle_date, stserial);


--
-- Name: transactions_203312_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203312_state_idx ON public.transactions_203312 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203401_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203401_customer_no_settle_date_idx ON public.transactions_203401 USING btree (customer_no, settle_date);


--
-- Name: transactions_203401_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203401_mkt_serial_idx ON public.transactions_203401 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203401_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203401_orig_stserial_idx ON public.transactions_203401 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203401_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203401_settle_date_operator_id_stserial_idx ON public.transactions_203401 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203401_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203401_settle_date_stserial_idx ON public.transactions_203401 USING btree (settle_date, stserial);


--
-- Name: transactions_203401_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203401_state_idx ON public.transactions_203401 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203402_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203402_customer_no_settle_date_idx ON public.transactions_203402 USING btree (customer_no, settle_date);


--
-- Name: transactions_203402_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203402_mkt_serial_idx ON public.transactions_203402 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203402_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203402_orig_stserial_idx ON public.transactions_203402 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203402_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203402_settle_date_operator_id_stserial_idx ON public.transactions_203402 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203402_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203402_settle_date_stserial_idx ON public.transactions_203402 USING btree (settle_date, stserial);


--
-- Name: transactions_203402_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203402_state_idx ON public.transactions_203402 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203403_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203403_customer_no_settle_date_idx ON public.transactions_203403 USING btree (customer_no, settle_date);


--
-- Name: transactions_203403_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203403_mkt_serial_idx ON public.transactions_203403 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203403_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203403_orig_stserial_idx ON public.transactions_203403 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203403_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203403_settle_date_operator_id_stserial_idx ON public.transactions_203403 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203403_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203403_settle_date_stserial_idx ON public.transactions_203403 USING btree (settle_date, stserial);


--
-- Name: transactions_203403_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203403_state_idx ON public.transactions_203403 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203404_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203404_customer_no_settle_date_idx ON public.transactions_203404 USING btree (customer_no, settle_date);


--
-- Name: transactions_203404_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203404_mkt_serial_idx ON public.transactions_203404 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203404_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203404_orig_stserial_idx ON public.transactions_203404 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203404_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203404_settle_date_operator_id_stserial_idx ON public.transactions_203404 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203404_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203404_settle_date_stserial_idx ON public.transactions_203404 USING btree (settle_date, stserial);


--
-- Name: transactions_203404_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203404_state_idx ON public.transactions_203404 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203405_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203405_customer_no_settle_date_idx ON public.transactions_203405 USING btree (customer_no, settle_date);


--
-- Name: transactions_203405_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203405_mkt_serial_idx ON public.transactions_203405 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203405_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203405_orig_stserial_idx ON public.transactions_203405 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203405_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203405_settle_date_operator_id_stserial_idx ON public.transactions_203405 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203405_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203405_settle_date_stserial_idx ON public.transactions_203405 USING btree (settle_date, stserial);


--
-- Name: transactions_203405_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203405_state_idx ON public.transactions_203405 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203406_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203406_customer_no_settle_date_idx ON public.transactions_203406 USING btree (customer_no, settle_date);


--
-- Name: transactions_203406_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203406_mkt_serial_idx ON public.transactions_203406 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203406_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203406_orig_stserial_idx ON public.transactions_203406 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203406_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203406_settle_date_operator_id_stserial_idx ON public.transactions_203406 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203406_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203406_settle_date_stserial_idx ON public.transactions_203406 USING btree (settle_date, stserial);


--
-- Name: transactions_203406_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203406_state_idx ON public.transactions_203406 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203407_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203407_customer_no_settle_date_idx ON public.transactions_203407 USING btree (customer_no, settle_date);


--
-- Name: transactions_203407_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203407_mkt_serial_idx ON public.transactions_203407 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203407_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203407_orig_stserial_idx ON public.transactions_203407 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203407_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203407_settle_date_operator_id_stserial_idx ON public.transactions_203407 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203407_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203407_settle_date_stserial_idx ON public.transactions_203407 USING btree (settle_date, stserial);


--
-- Name: transactions_203407_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203407_state_idx ON public.transactions_203407 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203408_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203408_customer_no_settle_date_idx ON public.transactions_203408 USING btree (customer_no, settle_date);


--
-- Name: transactions_203408_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203408_mkt_serial_idx ON public.transactions_203408 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203408_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203408_orig_stserial_idx ON public.transactions_203408 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203408_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203408_settle_date_operator_id_stserial_idx ON public.transactions_203408 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203408_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203408_settle_date_stserial_idx ON public.transactions_203408 USING btree (settle_date, stserial);


--
-- Name: transactions_203408_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203408_state_idx ON public.transactions_203408 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203409_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203409_customer_no_settle_date_idx ON public.transactions_203409 USING btree (customer_no, settle_date);


--
-- Name: transactions_203409_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203409_mkt_serial_idx ON public.transactions_203409 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203409_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203409_orig_stserial_idx ON public.transactions_203409 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203409_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203409_settle_date_operator_id_stserial_idx ON public.transactions_203409 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203409_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203409_settle_date_stserial_idx ON public.transactions_203409 USING btree (settle_date, stserial);


--
-- Name: transactions_203409_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203409_state_idx ON public.transactions_203409 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203410_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203410_customer_no_settle_date_idx ON public.transactions_203410 USING btree (customer_no, settle_date);


--
-- Name: transactions_203410_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203410_mkt_serial_idx ON public.transactions_203410 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203410_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203410_orig_stserial_idx ON public.transactions_203410 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203410_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203410_settle_date_operator_id_stserial_idx ON public.transactions_203410 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203410_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203410_settle_date_stserial_idx ON public.transactions_203410 USING btree (settle_date, stserial);


--
-- Name: transactions_203410_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203410_state_idx ON public.transactions_203410 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203411_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203411_customer_no_settle_date_idx ON public.transactions_203411 USING btree (customer_no, settle_date);


--
-- Name: transactions_203411_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203411_mkt_serial_idx ON public.transactions_203411 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203411_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203411_orig_stserial_idx ON public.transactions_203411 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203411_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203411_settle_date_operator_id_stserial_idx ON public.transactions_203411 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203411_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203411_settle_date_stserial_idx ON public.transactions_203411 USING btree (settle_date, stserial);


--
-- Name: transactions_203411_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203411_state_idx ON public.transactions_203411 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203412_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203412_customer_no_settle_date_idx ON public.transactions_203412 USING btree (customer_no, settle_date);


--
-- Name: transactions_203412_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203412_mkt_serial_idx ON public.transactions_203412 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203412_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203412_orig_stserial_idx ON public.transactions_203412 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203412_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203412_settle_date_operator_id_stserial_idx ON public.transactions_203412 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203412_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203412_settle_date_stserial_idx ON public.transactions_203412 USING btree (settle_date, stserial);


--
-- Name: transactions_203412_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203412_state_idx ON public.transactions_203412 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203501_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203501_customer_no_settle_date_idx ON public.transactions_203501 USING btree (customer_no, settle_date);


--
-- Name: transactions_203501_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203501_mkt_serial_idx ON public.transactions_203501 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203501_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203501_orig_stserial_idx ON public.transactions_203501 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203501_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203501_settle_date_operator_id_stserial_idx ON public.transactions_203501 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203501_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203501_settle_date_stserial_idx ON public.transactions_203501 USING btree (settle_date, stserial);


--
-- Name: transactions_203501_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203501_state_idx ON public.transactions_203501 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203502_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203502_customer_no_settle_date_idx ON public.transactions_203502 USING btree (customer_no, settle_date);


--
-- Name: transactions_203502_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203502_mkt_serial_idx ON public.transactions_203502 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203502_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203502_orig_stserial_idx ON public.transactions_203502 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203502_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203502_settle_date_operator_id_stserial_idx ON public.transactions_203502 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203502_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203502_settle_date_stserial_idx ON public.transactions_203502 USING btree (settle_date, stserial);


--
-- Name: transactions_203502_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203502_state_idx ON public.transactions_203502 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203503_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203503_customer_no_settle_date_idx ON public.transactions_203503 USING btree (customer_no, settle_date);


--
-- Name: transactions_203503_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203503_mkt_serial_idx ON public.transactions_203503 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203503_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203503_orig_stserial_idx ON public.transactions_203503 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203503_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203503_settle_date_operator_id_stserial_idx ON public.transactions_203503 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203503_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203503_settle_date_stserial_idx ON public.transactions_203503 USING btree (settle_date, stserial);


--
-- Name: transactions_203503_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203503_state_idx ON public.transactions_203503 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203504_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203504_customer_no_settle_date_idx ON public.transactions_203504 USING btree (customer_no, settle_date);


--
-- Name: transactions_203504_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203504_mkt_serial_idx ON public.transactions_203504 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203504_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203504_orig_stserial_idx ON public.transactions_203504 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203504_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203504_settle_date_operator_id_stserial_idx ON public.transactions_203504 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203504_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203504_settle_date_stserial_idx ON public.transactions_203504 USING btree (settle_date, stserial);


--
-- Name: transactions_203504_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203504_state_idx ON public.transactions_203504 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203505_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203505_customer_no_settle_date_idx ON public.transactions_203505 USING btree (customer_no, settle_date);


--
-- Name: transactions_203505_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203505_mkt_serial_idx ON public.transactions_203505 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203505_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203505_orig_stserial_idx ON public.transactions_203505 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203505_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203505_settle_date_operator_id_stserial_idx ON public.transactions_203505 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203505_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203505_settle_date_stserial_idx ON public.transactions_203505 USING btree (settle_date, stserial);


--
-- Name: transactions_203505_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203505_state_idx ON public.transactions_203505 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203506_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203506_customer_no_settle_date_idx ON public.transactions_203506 USING btree (customer_no, settle_date);


--
-- Name: transactions_203506_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203506_mkt_serial_idx ON public.transactions_203506 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203506_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203506_orig_stserial_idx ON public.transactions_203506 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203506_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203506_settle_date_operator_id_stserial_idx ON public.transactions_203506 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203506_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203506_settle_date_stserial_idx ON public.transactions_203506 USING btree (settle_date, stserial);


--
-- Name: transactions_203506_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203506_state_idx ON public.transactions_203506 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203507_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203507_customer_no_settle_date_idx ON public.transactions_203507 USING btree (customer_no, settle_date);


--
-- Name: transactions_203507_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203507_mkt_serial_idx ON public.transactions_203507 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203507_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203507_orig_stserial_idx ON public.transactions_203507 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203507_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203507_settle_date_operator_id_stserial_idx ON public.transactions_203507 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203507_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203507_settle_date_stserial_idx ON public.transactions_203507 USING btree (settle_date, stserial);


--
-- Name: transactions_203507_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203507_state_idx ON public.transactions_203507 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203508_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203508_customer_no_settle_date_idx ON public.transactions_203508 USING btree (customer_no, settle_date);


--
-- Name: transactions_203508_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203508_mkt_serial_idx ON public.transactions_203508 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203508_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203508_orig_stserial_idx ON public.transactions_203508 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203508_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203508_settle_date_operator_id_stserial_idx ON public.transactions_203508 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203508_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203508_settle_date_stserial_idx ON public.transactions_203508 USING btree (settle_date, stserial);


--
-- Name: transactions_203508_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203508_state_idx ON public.transactions_203508 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203509_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203509_customer_no_settle_date_idx ON public.transactions_203509 USING btree (customer_no, settle_date);


--
-- Name: transactions_203509_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203509_mkt_serial_idx ON public.transactions_203509 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203509_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203509_orig_stserial_idx ON public.transactions_203509 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203509_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203509_settle_date_operator_id_stserial_idx ON public.transactions_203509 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203509_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203509_settle_date_stserial_idx ON public.transactions_203509 USING btree (settle_date, stserial);


--
-- Name: transactions_203509_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203509_state_idx ON public.transactions_203509 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203510_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203510_customer_no_settle_date_idx ON public.transactions_203510 USING btree (customer_no, settle_date);


--
-- Name: transactions_203510_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203510_mkt_serial_idx ON public.transactions_203510 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203510_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203510_orig_stserial_idx ON public.transactions_203510 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203510_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203510_settle_date_operator_id_stserial_idx ON public.transactions_203510 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203510_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203510_settle_date_stserial_idx ON public.transactions_203510 USING btree (settle_date, stserial);


--
-- Name: transactions_203510_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203510_state_idx ON public.transactions_203510 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203511_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203511_customer_no_settle_date_idx ON public.transactions_203511 USING btree (customer_no, settle_date);


--
-- Name: transactions_203511_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203511_mkt_serial_idx ON public.transactions_203511 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203511_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203511_orig_stserial_idx ON public.transactions_203511 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203511_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203511_settle_date_operator_id_stserial_idx ON public.transactions_203511 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203511_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203511_settle_date_stserial_idx ON public.transactions_203511 USING btree (settle_date, stserial);


--
-- Name: transactions_203511_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203511_state_idx ON public.transactions_203511 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_203512_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203512_customer_no_settle_date_idx ON public.transactions_203512 USING btree (customer_no, settle_date);


--
-- Name: transactions_203512_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203512_mkt_serial_idx ON public.transactions_203512 USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_203512_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203512_orig_stserial_idx ON public.transactions_203512 USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_203512_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203512_settle_date_operator_id_stserial_idx ON public.transactions_203512 USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_203512_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203512_settle_date_stserial_idx ON public.transactions_203512 USING btree (settle_date, stserial);


--
-- Name: transactions_203512_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_203512_state_idx ON public.transactions_203512 USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: transactions_default_customer_no_settle_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_default_customer_no_settle_date_idx ON public.transactions_default USING btree (customer_no, settle_date);


--
-- Name: transactions_default_mkt_serial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_default_mkt_serial_idx ON public.transactions_default USING btree (mkt_serial) WHERE (mkt_serial IS NOT NULL);


--
-- Name: transactions_default_orig_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_default_orig_stserial_idx ON public.transactions_default USING btree (orig_stserial) WHERE (orig_stserial IS NOT NULL);


--
-- Name: transactions_default_settle_date_operator_id_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_default_settle_date_operator_id_stserial_idx ON public.transactions_default USING btree (settle_date, operator_id, stserial);


--
-- Name: transactions_default_settle_date_stserial_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_default_settle_date_stserial_idx ON public.transactions_default USING btree (settle_date, stserial);


--
-- Name: transactions_default_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_default_state_idx ON public.transactions_default USING btree (state) WHERE ((state)::text = ANY (ARRAY['PENDING'::text, 'UNKNOWN'::text]));


--
-- Name: reading_uploads_202401_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202401_pkey;


--
-- Name: reading_uploads_202402_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202402_pkey;


--
-- Name: reading_uploads_202403_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202403_pkey;


--
-- Name: reading_uploads_202404_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202404_pkey;


--
-- Name: reading_uploads_202405_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202405_pkey;


--
-- Name: reading_uploads_202406_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202406_pkey;


--
-- Name: reading_uploads_202407_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202407_pkey;


--
-- Name: reading_uploads_202408_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202408_pkey;


--
-- Name: reading_uploads_202409_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202409_pkey;


--
-- Name: reading_uploads_202410_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202410_pkey;


--
-- Name: reading_uploads_202411_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202411_pkey;


--
-- Name: reading_uploads_202412_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202412_pkey;


--
-- Name: reading_uploads_202501_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202501_pkey;


--
-- Name: reading_uploads_202502_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202502_pkey;


--
-- Name: reading_uploads_202503_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202503_pkey;


--
-- Name: reading_uploads_202504_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202504_pkey;


--
-- Name: reading_uploads_202505_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202505_pkey;


--
-- Name: reading_uploads_202506_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202506_pkey;


--
-- Name: reading_uploads_202507_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202507_pkey;


--
-- Name: reading_uploads_202508_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202508_pkey;


--
-- Name: reading_uploads_202509_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202509_pkey;


--
-- Name: reading_uploads_202510_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202510_pkey;


--
-- Name: reading_uploads_202511_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202511_pkey;


--
-- Name: reading_uploads_202512_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202512_pkey;


--
-- Name: reading_uploads_202601_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202601_pkey;


--
-- Name: reading_uploads_202602_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202602_pkey;


--
-- Name: reading_uploads_202603_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202603_pkey;


--
-- Name: reading_uploads_202604_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202604_pkey;


--
-- Name: reading_uploads_202605_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202605_pkey;


--
-- Name: reading_uploads_202606_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202606_pkey;


--
-- Name: reading_uploads_202607_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202607_pkey;


--
-- Name: reading_uploads_202608_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202608_pkey;


--
-- Name: reading_uploads_202609_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202609_pkey;


--
-- Name: reading_uploads_202610_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202610_pkey;


--
-- Name: reading_uploads_202611_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202611_pkey;


--
-- Name: reading_uploads_202612_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202612_pkey;


--
-- Name: reading_uploads_202701_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202701_pkey;


--
-- Name: reading_uploads_202702_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202702_pkey;


--
-- Name: reading_uploads_202703_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202703_pkey;


--
-- Name: reading_uploads_202704_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202704_pkey;


--
-- Name: reading_uploads_202705_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202705_pkey;


--
-- Name: reading_uploads_202706_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202706_pkey;


--
-- Name: reading_uploads_202707_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202707_pkey;


--
-- Name: reading_uploads_202708_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202708_pkey;


--
-- Name: reading_uploads_202709_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202709_pkey;


--
-- Name: reading_uploads_202710_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202710_pkey;


--
-- Name: reading_uploads_202711_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202711_pkey;


--
-- Name: reading_uploads_202712_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202712_pkey;


--
-- Name: reading_uploads_202801_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202801_pkey;


--
-- Name: reading_uploads_202802_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202802_pkey;


--
-- Name: reading_uploads_202803_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202803_pkey;


--
-- Name: reading_uploads_202804_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202804_pkey;


--
-- Name: reading_uploads_202805_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202805_pkey;


--
-- Name: reading_uploads_202806_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202806_pkey;


--
-- Name: reading_uploads_202807_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202807_pkey;


--
-- Name: reading_uploads_202808_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202808_pkey;


--
-- Name: reading_uploads_202809_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202809_pkey;


--
-- Name: reading_uploads_202810_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202810_pkey;


--
-- Name: reading_uploads_202811_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202811_pkey;


--
-- Name: reading_uploads_202812_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202812_pkey;


--
-- Name: reading_uploads_202901_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202901_pkey;


--
-- Name: reading_uploads_202902_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202902_pkey;


--
-- Name: reading_uploads_202903_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202903_pkey;


--
-- Name: reading_uploads_202904_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202904_pkey;


--
-- Name: reading_uploads_202905_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202905_pkey;


--
-- Name: reading_uploads_202906_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202906_pkey;


--
-- Name: reading_uploads_202907_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202907_pkey;


--
-- Name: reading_uploads_202908_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202908_pkey;


--
-- Name: reading_uploads_202909_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202909_pkey;


--
-- Name: reading_uploads_202910_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202910_pkey;


--
-- Name: reading_uploads_202911_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202911_pkey;


--
-- Name: reading_uploads_202912_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_202912_pkey;


--
-- Name: reading_uploads_203001_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203001_pkey;


--
-- Name: reading_uploads_203002_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203002_pkey;


--
-- Name: reading_uploads_203003_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203003_pkey;


--
-- Name: reading_uploads_203004_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203004_pkey;


--
-- Name: reading_uploads_203005_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203005_pkey;


--
-- Name: reading_uploads_203006_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203006_pkey;


--
-- Name: reading_uploads_203007_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203007_pkey;


--
-- Name: reading_uploads_203008_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203008_pkey;


--
-- Name: reading_uploads_203009_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203009_pkey;


--
-- Name: reading_uploads_203010_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203010_pkey;


--
-- Name: reading_uploads_203011_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203011_pkey;


--
-- Name: reading_uploads_203012_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203012_pkey;


--
-- Name: reading_uploads_203101_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203101_pkey;


--
-- Name: reading_uploads_203102_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203102_pkey;


--
-- Name: reading_uploads_203103_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203103_pkey;


--
-- Name: reading_uploads_203104_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203104_pkey;


--
-- Name: reading_uploads_203105_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203105_pkey;


--
-- Name: reading_uploads_203106_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203106_pkey;


--
-- Name: reading_uploads_203107_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203107_pkey;


--
-- Name: reading_uploads_203108_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203108_pkey;


--
-- Name: reading_uploads_203109_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203109_pkey;


--
-- Name: reading_uploads_203110_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203110_pkey;


--
-- Name: reading_uploads_203111_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203111_pkey;


--
-- Name: reading_uploads_203112_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203112_pkey;


--
-- Name: reading_uploads_203201_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203201_pkey;


--
-- Name: reading_uploads_203202_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203202_pkey;


--
-- Name: reading_uploads_203203_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203203_pkey;


--
-- Name: reading_uploads_203204_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203204_pkey;


--
-- Name: reading_uploads_203205_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203205_pkey;


--
-- Name: reading_uploads_203206_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203206_pkey;


--
-- Name: reading_uploads_203207_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203207_pkey;


--
-- Name: reading_uploads_203208_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203208_pkey;


--
-- Name: reading_uploads_203209_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203209_pkey;


--
-- Name: reading_uploads_203210_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203210_pkey;


--
-- Name: reading_uploads_203211_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203211_pkey;


--
-- Name: reading_uploads_203212_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203212_pkey;


--
-- Name: reading_uploads_203301_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203301_pkey;


--
-- Name: reading_uploads_203302_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203302_pkey;


--
-- Name: reading_uploads_203303_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203303_pkey;


--
-- Name: reading_uploads_203304_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203304_pkey;


--
-- Name: reading_uploads_203305_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203305_pkey;


--
-- Name: reading_uploads_203306_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203306_pkey;


--
-- Name: reading_uploads_203307_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203307_pkey;


--
-- Name: reading_uploads_203308_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203308_pkey;


--
-- Name: reading_uploads_203309_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203309_pkey;


--
-- Name: reading_uploads_203310_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203310_pkey;


--
-- Name: reading_uploads_203311_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203311_pkey;


--
-- Name: reading_uploads_203312_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203312_pkey;


--
-- Name: reading_uploads_203401_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203401_pkey;


--
-- Name: reading_uploads_203402_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203402_pkey;


--
-- Name: reading_uploads_203403_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203403_pkey;


--
-- Name: reading_uploads_203404_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203404_pkey;


--
-- Name: reading_uploads_203405_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203405_pkey;


--
-- Name: reading_uploads_203406_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203406_pkey;


--
-- Name: reading_uploads_203407_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203407_pkey;


--
-- Name: reading_uploads_203408_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203408_pkey;


--
-- Name: reading_uploads_203409_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203409_pkey;


--
-- Name: reading_uploads_203410_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203410_pkey;


--
-- Name: reading_uploads_203411_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203411_pkey;


--
-- Name: reading_uploads_203412_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203412_pkey;


--
-- Name: reading_uploads_203501_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203501_pkey;


--
-- Name: reading_uploads_203502_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203502_pkey;


--
-- Name: reading_uploads_203503_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203503_pkey;


--
-- Name: reading_uploads_203504_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203504_pkey;


--
-- Name: reading_uploads_203505_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203505_pkey;


--
-- Name: reading_uploads_203506_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203506_pkey;


--
-- Name: reading_uploads_203507_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203507_pkey;


--
-- Name: reading_uploads_203508_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203508_pkey;


--
-- Name: reading_uploads_203509_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203509_pkey;


--
-- Name: reading_uploads_203510_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203510_pkey;


--
-- Name: reading_uploads_203511_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203511_pkey;


--
-- Name: reading_uploads_203512_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_203512_pkey;


--
-- Name: reading_uploads_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.reading_uploads_pkey ATTACH PARTITION public.reading_uploads_default_pkey;


--
-- Name: transactions_202401_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202401_customer_no_settle_date_idx;


--
-- Name: transactions_202401_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202401_mkt_serial_idx;


--
-- Name: transactions_202401_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202401_orig_stserial_idx;


--
-- Name: transactions_202401_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202401_pkey;


--
-- Name: transactions_202401_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202401_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202401_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202401_settle_date_stserial_idx;


--
-- Name: transactions_202401_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202401_state_idx;


--
-- Name: transactions_202402_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202402_customer_no_settle_date_idx;


--
-- Name: transactions_202402_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202402_mkt_serial_idx;


--
-- Name: transactions_202402_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202402_orig_stserial_idx;


--
-- Name: transactions_202402_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202402_pkey;


--
-- Name: transactions_202402_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202402_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202402_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202402_settle_date_stserial_idx;


--
-- Name: transactions_202402_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202402_state_idx;


--
-- Name: transactions_202403_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202403_customer_no_settle_date_idx;


--
-- Name: transactions_202403_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202403_mkt_serial_idx;


--
-- Name: transactions_202403_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202403_orig_stserial_idx;


--
-- Name: transactions_202403_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202403_pkey;


--
-- Name: transactions_202403_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202403_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202403_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202403_settle_date_stserial_idx;


--
-- Name: transactions_202403_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202403_state_idx;


--
-- Name: transactions_202404_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202404_customer_no_settle_date_idx;


--
-- Name: transactions_202404_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202404_mkt_serial_idx;


--
-- Name: transactions_202404_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202404_orig_stserial_idx;


--
-- Name: transactions_202404_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202404_pkey;


--
-- Name: transactions_202404_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202404_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202404_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202404_settle_date_stserial_idx;


--
-- Name: transactions_202404_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202404_state_idx;


--
-- Name: transactions_202405_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202405_customer_no_settle_date_idx;


--
-- Name: transactions_202405_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202405_mkt_serial_idx;


--
-- Name: transactions_202405_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202405_orig_stserial_idx;


--
-- Name: transactions_202405_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202405_pkey;


--
-- Name: transactions_202405_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202405_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202405_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202405_settle_date_stserial_idx;


--
-- Name: transactions_202405_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202405_state_idx;


--
-- Name: transactions_202406_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202406_customer_no_settle_date_idx;


--
-- Name: transactions_202406_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202406_mkt_serial_idx;


--
-- Name: transactions_202406_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202406_orig_stserial_idx;


--
-- Name: transactions_202406_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202406_pkey;


--
-- Name: transactions_202406_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202406_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202406_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202406_settle_date_stserial_idx;


--
-- Name: transactions_202406_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202406_state_idx;


--
-- Name: transactions_202407_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202407_customer_no_settle_date_idx;


--
-- Name: transactions_202407_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202407_mkt_serial_idx;


--
-- Name: transactions_202407_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202407_orig_stserial_idx;


--
-- Name: transactions_202407_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202407_pkey;


--
-- Name: transactions_202407_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202407_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202407_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202407_settle_date_stserial_idx;


--
-- Name: transactions_202407_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202407_state_idx;


--
-- Name: transactions_202408_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202408_customer_no_settle_date_idx;


--
-- Name: transactions_202408_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202408_mkt_serial_idx;


--
-- Name: transactions_202408_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202408_orig_stserial_idx;


--
-- Name: transactions_202408_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202408_pkey;


--
-- Name: transactions_202408_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202408_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202408_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202408_settle_date_stserial_idx;


--
-- Name: transactions_202408_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202408_state_idx;


--
-- Name: transactions_202409_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202409_customer_no_settle_date_idx;


--
-- Name: transactions_202409_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202409_mkt_serial_idx;


--
-- Name: transactions_202409_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202409_orig_stserial_idx;


--
-- Name: transactions_202409_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202409_pkey;


--
-- Name: transactions_202409_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202409_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202409_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202409_settle_date_stserial_idx;


--
-- Name: transactions_202409_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202409_state_idx;


--
-- Name: transactions_202410_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202410_customer_no_settle_date_idx;


--
-- Name: transactions_202410_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202410_mkt_serial_idx;


--
-- Name: transactions_202410_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202410_orig_stserial_idx;


--
-- Name: transactions_202410_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202410_pkey;


--
-- Name: transactions_202410_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202410_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202410_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202410_settle_date_stserial_idx;


--
-- Name: transactions_202410_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202410_state_idx;


--
-- Name: transactions_202411_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202411_customer_no_settle_date_idx;


--
-- Name: transactions_202411_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202411_mkt_serial_idx;


--
-- Name: transactions_202411_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202411_orig_stserial_idx;


--
-- Name: transactions_202411_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202411_pkey;


--
-- Name: transactions_202411_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202411_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202411_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202411_settle_date_stserial_idx;


--
-- Name: transactions_202411_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202411_state_idx;


--
-- Name: transactions_202412_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202412_customer_no_settle_date_idx;


--
-- Name: transactions_202412_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202412_mkt_serial_idx;


--
-- Name: transactions_202412_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202412_orig_stserial_idx;


--
-- Name: transactions_202412_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202412_pkey;


--
-- Name: transactions_202412_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202412_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202412_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202412_settle_date_stserial_idx;


--
-- Name: transactions_202412_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202412_state_idx;


--
-- Name: transactions_202501_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202501_customer_no_settle_date_idx;


--
-- Name: transactions_202501_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202501_mkt_serial_idx;


--
-- Name: transactions_202501_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202501_orig_stserial_idx;


--
-- Name: transactions_202501_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202501_pkey;


--
-- Name: transactions_202501_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202501_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202501_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202501_settle_date_stserial_idx;


--
-- Name: transactions_202501_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202501_state_idx;


--
-- Name: transactions_202502_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202502_customer_no_settle_date_idx;


--
-- Name: transactions_202502_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202502_mkt_serial_idx;


--
-- Name: transactions_202502_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202502_orig_stserial_idx;


--
-- Name: transactions_202502_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202502_pkey;


--
-- Name: transactions_202502_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202502_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202502_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202502_settle_date_stserial_idx;


--
-- Name: transactions_202502_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202502_state_idx;


--
-- Name: transactions_202503_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202503_customer_no_settle_date_idx;


--
-- Name: transactions_202503_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202503_mkt_serial_idx;


--
-- Name: transactions_202503_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202503_orig_stserial_idx;


--
-- Name: transactions_202503_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202503_pkey;


--
-- Name: transactions_202503_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202503_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202503_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202503_settle_date_stserial_idx;


--
-- Name: transactions_202503_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202503_state_idx;


--
-- Name: transactions_202504_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202504_customer_no_settle_date_idx;


--
-- Name: transactions_202504_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202504_mkt_serial_idx;


--
-- Name: transactions_202504_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202504_orig_stserial_idx;


--
-- Name: transactions_202504_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202504_pkey;


--
-- Name: transactions_202504_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202504_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202504_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202504_settle_date_stserial_idx;


--
-- Name: transactions_202504_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202504_state_idx;


--
-- Name: transactions_202505_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202505_customer_no_settle_date_idx;


--
-- Name: transactions_202505_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202505_mkt_serial_idx;


--
-- Name: transactions_202505_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202505_orig_stserial_idx;


--
-- Name: transactions_202505_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202505_pkey;


--
-- Name: transactions_202505_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202505_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202505_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202505_settle_date_stserial_idx;


--
-- Name: transactions_202505_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202505_state_idx;


--
-- Name: transactions_202506_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202506_customer_no_settle_date_idx;


--
-- Name: transactions_202506_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202506_mkt_serial_idx;


--
-- Name: transactions_202506_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202506_orig_stserial_idx;


--
-- Name: transactions_202506_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202506_pkey;


--
-- Name: transactions_202506_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202506_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202506_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202506_settle_date_stserial_idx;


--
-- Name: transactions_202506_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202506_state_idx;


--
-- Name: transactions_202507_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202507_customer_no_settle_date_idx;


--
-- Name: transactions_202507_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202507_mkt_serial_idx;


--
-- Name: transactions_202507_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202507_orig_stserial_idx;


--
-- Name: transactions_202507_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202507_pkey;


--
-- Name: transactions_202507_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202507_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202507_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202507_settle_date_stserial_idx;


--
-- Name: transactions_202507_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202507_state_idx;


--
-- Name: transactions_202508_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202508_customer_no_settle_date_idx;


--
-- Name: transactions_202508_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202508_mkt_serial_idx;


--
-- Name: transactions_202508_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202508_orig_stserial_idx;


--
-- Name: transactions_202508_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202508_pkey;


--
-- Name: transactions_202508_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202508_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202508_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202508_settle_date_stserial_idx;


--
-- Name: transactions_202508_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202508_state_idx;


--
-- Name: transactions_202509_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202509_customer_no_settle_date_idx;


--
-- Name: transactions_202509_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202509_mkt_serial_idx;


--
-- Name: transactions_202509_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202509_orig_stserial_idx;


--
-- Name: transactions_202509_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202509_pkey;


--
-- Name: transactions_202509_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202509_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202509_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202509_settle_date_stserial_idx;


--
-- Name: transactions_202509_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202509_state_idx;


--
-- Name: transactions_202510_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202510_customer_no_settle_date_idx;


--
-- Name: transactions_202510_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202510_mkt_serial_idx;


--
-- Name: transactions_202510_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202510_orig_stserial_idx;


--
-- Name: transactions_202510_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202510_pkey;


--
-- Name: transactions_202510_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202510_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202510_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202510_settle_date_stserial_idx;


--
-- Name: transactions_202510_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202510_state_idx;


--
-- Name: transactions_202511_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202511_customer_no_settle_date_idx;


--
-- Name: transactions_202511_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202511_mkt_serial_idx;


--
-- Name: transactions_202511_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202511_orig_stserial_idx;


--
-- Name: transactions_202511_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202511_pkey;


--
-- Name: transactions_202511_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202511_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202511_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202511_settle_date_stserial_idx;


--
-- Name: transactions_202511_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202511_state_idx;


--
-- Name: transactions_202512_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202512_customer_no_settle_date_idx;


--
-- Name: transactions_202512_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202512_mkt_serial_idx;


--
-- Name: transactions_202512_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202512_orig_stserial_idx;


--
-- Name: transactions_202512_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202512_pkey;


--
-- Name: transactions_202512_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202512_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202512_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202512_settle_date_stserial_idx;


--
-- Name: transactions_202512_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202512_state_idx;


--
-- Name: transactions_202601_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202601_customer_no_settle_date_idx;


--
-- Name: transactions_202601_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202601_mkt_serial_idx;


--
-- Name: transactions_202601_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202601_orig_stserial_idx;


--
-- Name: transactions_202601_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202601_pkey;


--
-- Name: transactions_202601_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202601_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202601_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202601_settle_date_stserial_idx;


--
-- Name: transactions_202601_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202601_state_idx;


--
-- Name: transactions_202602_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202602_customer_no_settle_date_idx;


--
-- Name: transactions_202602_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202602_mkt_serial_idx;


--
-- Name: transactions_202602_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202602_orig_stserial_idx;


--
-- Name: transactions_202602_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202602_pkey;


--
-- Name: transactions_202602_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202602_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202602_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202602_settle_date_stserial_idx;


--
-- Name: transactions_202602_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202602_state_idx;


--
-- Name: transactions_202603_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202603_customer_no_settle_date_idx;


--
-- Name: transactions_202603_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202603_mkt_serial_idx;


--
-- Name: transactions_202603_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202603_orig_stserial_idx;


--
-- Name: transactions_202603_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202603_pkey;


--
-- Name: transactions_202603_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202603_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202603_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202603_settle_date_stserial_idx;


--
-- Name: transactions_202603_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202603_state_idx;


--
-- Name: transactions_202604_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202604_customer_no_settle_date_idx;


--
-- Name: transactions_202604_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202604_mkt_serial_idx;


--
-- Name: transactions_202604_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202604_orig_stserial_idx;


--
-- Name: transactions_202604_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202604_pkey;


--
-- Name: transactions_202604_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202604_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202604_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202604_settle_date_stserial_idx;


--
-- Name: transactions_202604_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202604_state_idx;


--
-- Name: transactions_202605_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202605_customer_no_settle_date_idx;


--
-- Name: transactions_202605_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202605_mkt_serial_idx;


--
-- Name: transactions_202605_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202605_orig_stserial_idx;


--
-- Name: transactions_202605_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202605_pkey;


--
-- Name: transactions_202605_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202605_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202605_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202605_settle_date_stserial_idx;


--
-- Name: transactions_202605_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202605_state_idx;


--
-- Name: transactions_202606_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202606_customer_no_settle_date_idx;


--
-- Name: transactions_202606_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202606_mkt_serial_idx;


--
-- Name: transactions_202606_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202606_orig_stserial_idx;


--
-- Name: transactions_202606_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202606_pkey;


--
-- Name: transactions_202606_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202606_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202606_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202606_settle_date_stserial_idx;


--
-- Name: transactions_202606_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202606_state_idx;


--
-- Name: transactions_202607_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202607_customer_no_settle_date_idx;


--
-- Name: transactions_202607_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202607_mkt_serial_idx;


--
-- Name: transactions_202607_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202607_orig_stserial_idx;


--
-- Name: transactions_202607_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202607_pkey;


--
-- Name: transactions_202607_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202607_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202607_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202607_settle_date_stserial_idx;


--
-- Name: transactions_202607_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202607_state_idx;


--
-- Name: transactions_202608_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202608_customer_no_settle_date_idx;


--
-- Name: transactions_202608_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202608_mkt_serial_idx;


--
-- Name: transactions_202608_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202608_orig_stserial_idx;


--
-- Name: transactions_202608_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202608_pkey;


--
-- Name: transactions_202608_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202608_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202608_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202608_settle_date_stserial_idx;


--
-- Name: transactions_202608_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202608_state_idx;


--
-- Name: transactions_202609_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202609_customer_no_settle_date_idx;


--
-- Name: transactions_202609_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202609_mkt_serial_idx;


--
-- Name: transactions_202609_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202609_orig_stserial_idx;


--
-- Name: transactions_202609_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202609_pkey;


--
-- Name: transactions_202609_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202609_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202609_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202609_settle_date_stserial_idx;


--
-- Name: transactions_202609_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202609_state_idx;


--
-- Name: transactions_202610_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202610_customer_no_settle_date_idx;


--
-- Name: transactions_202610_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202610_mkt_serial_idx;


--
-- Name: transactions_202610_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202610_orig_stserial_idx;


--
-- Name: transactions_202610_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202610_pkey;


--
-- Name: transactions_202610_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202610_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202610_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202610_settle_date_stserial_idx;


--
-- Name: transactions_202610_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202610_state_idx;


--
-- Name: transactions_202611_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202611_customer_no_settle_date_idx;


--
-- Name: transactions_202611_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202611_mkt_serial_idx;


--
-- Name: transactions_202611_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202611_orig_stserial_idx;


--
-- Name: transactions_202611_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202611_pkey;


--
-- Name: transactions_202611_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202611_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202611_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202611_settle_date_stserial_idx;


--
-- Name: transactions_202611_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202611_state_idx;


--
-- Name: transactions_202612_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202612_customer_no_settle_date_idx;


--
-- Name: transactions_202612_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202612_mkt_serial_idx;


--
-- Name: transactions_202612_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202612_orig_stserial_idx;


--
-- Name: transactions_202612_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202612_pkey;


--
-- Name: transactions_202612_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202612_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202612_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202612_settle_date_stserial_idx;


--
-- Name: transactions_202612_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202612_state_idx;


--
-- Name: transactions_202701_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202701_customer_no_settle_date_idx;


--
-- Name: transactions_202701_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202701_mkt_serial_idx;


--
-- Name: transactions_202701_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202701_orig_stserial_idx;


--
-- Name: transactions_202701_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202701_pkey;


--
-- Name: transactions_202701_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202701_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202701_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202701_settle_date_stserial_idx;


--
-- Name: transactions_202701_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202701_state_idx;


--
-- Name: transactions_202702_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202702_customer_no_settle_date_idx;


--
-- Name: transactions_202702_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202702_mkt_serial_idx;


--
-- Name: transactions_202702_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202702_orig_stserial_idx;


--
-- Name: transactions_202702_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202702_pkey;


--
-- Name: transactions_202702_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202702_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202702_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202702_settle_date_stserial_idx;


--
-- Name: transactions_202702_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202702_state_idx;


--
-- Name: transactions_202703_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202703_customer_no_settle_date_idx;


--
-- Name: transactions_202703_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202703_mkt_serial_idx;


--
-- Name: transactions_202703_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202703_orig_stserial_idx;


--
-- Name: transactions_202703_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202703_pkey;


--
-- Name: transactions_202703_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202703_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202703_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202703_settle_date_stserial_idx;


--
-- Name: transactions_202703_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202703_state_idx;


--
-- Name: transactions_202704_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202704_customer_no_settle_date_idx;


--
-- Name: transactions_202704_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202704_mkt_serial_idx;


--
-- Name: transactions_202704_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202704_orig_stserial_idx;


--
-- Name: transactions_202704_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202704_pkey;


--
-- Name: transactions_202704_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202704_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202704_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202704_settle_date_stserial_idx;


--
-- Name: transactions_202704_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202704_state_idx;


--
-- Name: transactions_202705_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202705_customer_no_settle_date_idx;


--
-- Name: transactions_202705_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202705_mkt_serial_idx;


--
-- Name: transactions_202705_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202705_orig_stserial_idx;


--
-- Name: transactions_202705_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202705_pkey;


--
-- Name: transactions_202705_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202705_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202705_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202705_settle_date_stserial_idx;


--
-- Name: transactions_202705_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202705_state_idx;


--
-- Name: transactions_202706_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202706_customer_no_settle_date_idx;


--
-- Name: transactions_202706_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202706_mkt_serial_idx;


--
-- Name: transactions_202706_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202706_orig_stserial_idx;


--
-- Name: transactions_202706_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202706_pkey;


--
-- Name: transactions_202706_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202706_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202706_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202706_settle_date_stserial_idx;


--
-- Name: transactions_202706_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202706_state_idx;


--
-- Name: transactions_202707_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202707_customer_no_settle_date_idx;


--
-- Name: transactions_202707_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202707_mkt_serial_idx;


--
-- Name: transactions_202707_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202707_orig_stserial_idx;


--
-- Name: transactions_202707_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202707_pkey;


--
-- Name: transactions_202707_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202707_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202707_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202707_settle_date_stserial_idx;


--
-- Name: transactions_202707_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202707_state_idx;


--
-- Name: transactions_202708_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202708_customer_no_settle_date_idx;


--
-- Name: transactions_202708_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202708_mkt_serial_idx;


--
-- Name: transactions_202708_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202708_orig_stserial_idx;


--
-- Name: transactions_202708_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202708_pkey;


--
-- Name: transactions_202708_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202708_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202708_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202708_settle_date_stserial_idx;


--
-- Name: transactions_202708_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202708_state_idx;


--
-- Name: transactions_202709_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202709_customer_no_settle_date_idx;


--
-- Name: transactions_202709_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202709_mkt_serial_idx;


--
-- Name: transactions_202709_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202709_orig_stserial_idx;


--
-- Name: transactions_202709_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202709_pkey;


--
-- Name: transactions_202709_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202709_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202709_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202709_settle_date_stserial_idx;


--
-- Name: transactions_202709_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202709_state_idx;


--
-- Name: transactions_202710_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202710_customer_no_settle_date_idx;


--
-- Name: transactions_202710_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202710_mkt_serial_idx;


--
-- Name: transactions_202710_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202710_orig_stserial_idx;


--
-- Name: transactions_202710_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202710_pkey;


--
-- Name: transactions_202710_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202710_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202710_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202710_settle_date_stserial_idx;


--
-- Name: transactions_202710_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202710_state_idx;


--
-- Name: transactions_202711_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202711_customer_no_settle_date_idx;


--
-- Name: transactions_202711_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202711_mkt_serial_idx;


--
-- Name: transactions_202711_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202711_orig_stserial_idx;


--
-- Name: transactions_202711_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202711_pkey;


--
-- Name: transactions_202711_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202711_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202711_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202711_settle_date_stserial_idx;


--
-- Name: transactions_202711_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202711_state_idx;


--
-- Name: transactions_202712_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202712_customer_no_settle_date_idx;


--
-- Name: transactions_202712_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202712_mkt_serial_idx;


--
-- Name: transactions_202712_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202712_orig_stserial_idx;


--
-- Name: transactions_202712_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202712_pkey;


--
-- Name: transactions_202712_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202712_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202712_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202712_settle_date_stserial_idx;


--
-- Name: transactions_202712_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202712_state_idx;


--
-- Name: transactions_202801_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202801_customer_no_settle_date_idx;


--
-- Name: transactions_202801_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202801_mkt_serial_idx;


--
-- Name: transactions_202801_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202801_orig_stserial_idx;


--
-- Name: transactions_202801_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202801_pkey;


--
-- Name: transactions_202801_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202801_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202801_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202801_settle_date_stserial_idx;


--
-- Name: transactions_202801_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202801_state_idx;


--
-- Name: transactions_202802_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202802_customer_no_settle_date_idx;


--
-- Name: transactions_202802_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202802_mkt_serial_idx;


--
-- Name: transactions_202802_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202802_orig_stserial_idx;


--
-- Name: transactions_202802_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202802_pkey;


--
-- Name: transactions_202802_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202802_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202802_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202802_settle_date_stserial_idx;


--
-- Name: transactions_202802_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202802_state_idx;


--
-- Name: transactions_202803_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202803_customer_no_settle_date_idx;


--
-- Name: transactions_202803_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202803_mkt_serial_idx;


--
-- Name: transactions_202803_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202803_orig_stserial_idx;


--
-- Name: transactions_202803_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202803_pkey;


--
-- Name: transactions_202803_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202803_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202803_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202803_settle_date_stserial_idx;


--
-- Name: transactions_202803_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202803_state_idx;


--
-- Name: transactions_202804_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202804_customer_no_settle_date_idx;


--
-- Name: transactions_202804_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202804_mkt_serial_idx;


--
-- Name: transactions_202804_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202804_orig_stserial_idx;


--
-- Name: transactions_202804_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202804_pkey;


--
-- Name: transactions_202804_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202804_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202804_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202804_settle_date_stserial_idx;


--
-- Name: transactions_202804_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202804_state_idx;


--
-- Name: transactions_202805_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202805_customer_no_settle_date_idx;


--
-- Name: transactions_202805_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202805_mkt_serial_idx;


--
-- Name: transactions_202805_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202805_orig_stserial_idx;


--
-- Name: transactions_202805_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202805_pkey;


--
-- Name: transactions_202805_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202805_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202805_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202805_settle_date_stserial_idx;


--
-- Name: transactions_202805_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202805_state_idx;


--
-- Name: transactions_202806_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202806_customer_no_settle_date_idx;


--
-- Name: transactions_202806_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202806_mkt_serial_idx;


--
-- Name: transactions_202806_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202806_orig_stserial_idx;


--
-- Name: transactions_202806_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202806_pkey;


--
-- Name: transactions_202806_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202806_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202806_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202806_settle_date_stserial_idx;


--
-- Name: transactions_202806_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202806_state_idx;


--
-- Name: transactions_202807_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202807_customer_no_settle_date_idx;


--
-- Name: transactions_202807_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202807_mkt_serial_idx;


--
-- Name: transactions_202807_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202807_orig_stserial_idx;


--
-- Name: transactions_202807_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202807_pkey;


--
-- Name: transactions_202807_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202807_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202807_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202807_settle_date_stserial_idx;


--
-- Name: transactions_202807_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202807_state_idx;


--
-- Name: transactions_202808_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202808_customer_no_settle_date_idx;


--
-- Name: transactions_202808_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202808_mkt_serial_idx;


--
-- Name: transactions_202808_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202808_orig_stserial_idx;


--
-- Name: transactions_202808_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202808_pkey;


--
-- Name: transactions_202808_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202808_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202808_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202808_settle_date_stserial_idx;


--
-- Name: transactions_202808_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202808_state_idx;


--
-- Name: transactions_202809_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202809_customer_no_settle_date_idx;


--
-- Name: transactions_202809_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202809_mkt_serial_idx;


--
-- Name: transactions_202809_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202809_orig_stserial_idx;


--
-- Name: transactions_202809_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202809_pkey;


--
-- Name: transactions_202809_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202809_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202809_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202809_settle_date_stserial_idx;


--
-- Name: transactions_202809_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202809_state_idx;


--
-- Name: transactions_202810_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202810_customer_no_settle_date_idx;


--
-- Name: transactions_202810_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202810_mkt_serial_idx;


--
-- Name: transactions_202810_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202810_orig_stserial_idx;


--
-- Name: transactions_202810_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202810_pkey;


--
-- Name: transactions_202810_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202810_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202810_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202810_settle_date_stserial_idx;


--
-- Name: transactions_202810_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202810_state_idx;


--
-- Name: transactions_202811_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202811_customer_no_settle_date_idx;


--
-- Name: transactions_202811_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202811_mkt_serial_idx;


--
-- Name: transactions_202811_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202811_orig_stserial_idx;


--
-- Name: transactions_202811_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202811_pkey;


--
-- Name: transactions_202811_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202811_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202811_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202811_settle_date_stserial_idx;


--
-- Name: transactions_202811_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202811_state_idx;


--
-- Name: transactions_202812_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202812_customer_no_settle_date_idx;


--
-- Name: transactions_202812_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202812_mkt_serial_idx;


--
-- Name: transactions_202812_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202812_orig_stserial_idx;


--
-- Name: transactions_202812_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202812_pkey;


--
-- Name: transactions_202812_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202812_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202812_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202812_settle_date_stserial_idx;


--
-- Name: transactions_202812_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202812_state_idx;


--
-- Name: transactions_202901_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202901_customer_no_settle_date_idx;


--
-- Name: transactions_202901_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202901_mkt_serial_idx;


--
-- Name: transactions_202901_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202901_orig_stserial_idx;


--
-- Name: transactions_202901_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202901_pkey;


--
-- Name: transactions_202901_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202901_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202901_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202901_settle_date_stserial_idx;


--
-- Name: transactions_202901_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202901_state_idx;


--
-- Name: transactions_202902_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202902_customer_no_settle_date_idx;


--
-- Name: transactions_202902_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202902_mkt_serial_idx;


--
-- Name: transactions_202902_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202902_orig_stserial_idx;


--
-- Name: transactions_202902_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202902_pkey;


--
-- Name: transactions_202902_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202902_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202902_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202902_settle_date_stserial_idx;


--
-- Name: transactions_202902_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202902_state_idx;


--
-- Name: transactions_202903_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202903_customer_no_settle_date_idx;


--
-- Name: transactions_202903_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202903_mkt_serial_idx;


--
-- Name: transactions_202903_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202903_orig_stserial_idx;


--
-- Name: transactions_202903_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202903_pkey;


--
-- Name: transactions_202903_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202903_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202903_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202903_settle_date_stserial_idx;


--
-- Name: transactions_202903_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202903_state_idx;


--
-- Name: transactions_202904_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202904_customer_no_settle_date_idx;


--
-- Name: transactions_202904_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202904_mkt_serial_idx;


--
-- Name: transactions_202904_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202904_orig_stserial_idx;


--
-- Name: transactions_202904_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202904_pkey;


--
-- Name: transactions_202904_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202904_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202904_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202904_settle_date_stserial_idx;


--
-- Name: transactions_202904_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202904_state_idx;


--
-- Name: transactions_202905_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202905_customer_no_settle_date_idx;


--
-- Name: transactions_202905_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202905_mkt_serial_idx;


--
-- Name: transactions_202905_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202905_orig_stserial_idx;


--
-- Name: transactions_202905_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202905_pkey;


--
-- Name: transactions_202905_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202905_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202905_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202905_settle_date_stserial_idx;


--
-- Name: transactions_202905_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202905_state_idx;


--
-- Name: transactions_202906_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202906_customer_no_settle_date_idx;


--
-- Name: transactions_202906_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202906_mkt_serial_idx;


--
-- Name: transactions_202906_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202906_orig_stserial_idx;


--
-- Name: transactions_202906_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202906_pkey;


--
-- Name: transactions_202906_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202906_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202906_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202906_settle_date_stserial_idx;


--
-- Name: transactions_202906_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202906_state_idx;


--
-- Name: transactions_202907_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202907_customer_no_settle_date_idx;


--
-- Name: transactions_202907_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202907_mkt_serial_idx;


--
-- Name: transactions_202907_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202907_orig_stserial_idx;


--
-- Name: transactions_202907_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202907_pkey;


--
-- Name: transactions_202907_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202907_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202907_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202907_settle_date_stserial_idx;


--
-- Name: transactions_202907_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202907_state_idx;


--
-- Name: transactions_202908_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202908_customer_no_settle_date_idx;


--
-- Name: transactions_202908_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202908_mkt_serial_idx;


--
-- Name: transactions_202908_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202908_orig_stserial_idx;


--
-- Name: transactions_202908_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202908_pkey;


--
-- Name: transactions_202908_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202908_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202908_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202908_settle_date_stserial_idx;


--
-- Name: transactions_202908_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202908_state_idx;


--
-- Name: transactions_202909_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202909_customer_no_settle_date_idx;


--
-- Name: transactions_202909_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202909_mkt_serial_idx;


--
-- Name: transactions_202909_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202909_orig_stserial_idx;


--
-- Name: transactions_202909_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202909_pkey;


--
-- Name: transactions_202909_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202909_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202909_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202909_settle_date_stserial_idx;


--
-- Name: transactions_202909_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202909_state_idx;


--
-- Name: transactions_202910_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202910_customer_no_settle_date_idx;


--
-- Name: transactions_202910_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202910_mkt_serial_idx;


--
-- Name: transactions_202910_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202910_orig_stserial_idx;


--
-- Name: transactions_202910_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202910_pkey;


--
-- Name: transactions_202910_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202910_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202910_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202910_settle_date_stserial_idx;


--
-- Name: transactions_202910_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202910_state_idx;


--
-- Name: transactions_202911_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202911_customer_no_settle_date_idx;


--
-- Name: transactions_202911_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202911_mkt_serial_idx;


--
-- Name: transactions_202911_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202911_orig_stserial_idx;


--
-- Name: transactions_202911_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202911_pkey;


--
-- Name: transactions_202911_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202911_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202911_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202911_settle_date_stserial_idx;


--
-- Name: transactions_202911_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202911_state_idx;


--
-- Name: transactions_202912_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_202912_customer_no_settle_date_idx;


--
-- Name: transactions_202912_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_202912_mkt_serial_idx;


--
-- Name: transactions_202912_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_202912_orig_stserial_idx;


--
-- Name: transactions_202912_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_202912_pkey;


--
-- Name: transactions_202912_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_202912_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_202912_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_202912_settle_date_stserial_idx;


--
-- Name: transactions_202912_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_202912_state_idx;


--
-- Name: transactions_203001_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203001_customer_no_settle_date_idx;


--
-- Name: transactions_203001_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203001_mkt_serial_idx;


--
-- Name: transactions_203001_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203001_orig_stserial_idx;


--
-- Name: transactions_203001_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203001_pkey;


--
-- Name: transactions_203001_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203001_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203001_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203001_settle_date_stserial_idx;


--
-- Name: transactions_203001_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203001_state_idx;


--
-- Name: transactions_203002_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203002_customer_no_settle_date_idx;


--
-- Name: transactions_203002_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203002_mkt_serial_idx;


--
-- Name: transactions_203002_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203002_orig_stserial_idx;


--
-- Name: transactions_203002_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203002_pkey;


--
-- Name: transactions_203002_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203002_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203002_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203002_settle_date_stserial_idx;


--
-- Name: transactions_203002_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203002_state_idx;


--
-- Name: transactions_203003_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203003_customer_no_settle_date_idx;


--
-- Name: transactions_203003_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203003_mkt_serial_idx;


--
-- Name: transactions_203003_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203003_orig_stserial_idx;


--
-- Name: transactions_203003_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203003_pkey;


--
-- Name: transactions_203003_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203003_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203003_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203003_settle_date_stserial_idx;


--
-- Name: transactions_203003_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203003_state_idx;


--
-- Name: transactions_203004_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203004_customer_no_settle_date_idx;


--
-- Name: transactions_203004_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203004_mkt_serial_idx;


--
-- Name: transactions_203004_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203004_orig_stserial_idx;


--
-- Name: transactions_203004_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203004_pkey;


--
-- Name: transactions_203004_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203004_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203004_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203004_settle_date_stserial_idx;


--
-- Name: transactions_203004_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203004_state_idx;


--
-- Name: transactions_203005_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203005_customer_no_settle_date_idx;


--
-- Name: transactions_203005_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203005_mkt_serial_idx;


--
-- Name: transactions_203005_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203005_orig_stserial_idx;


--
-- Name: transactions_203005_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203005_pkey;


--
-- Name: transactions_203005_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203005_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203005_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203005_settle_date_stserial_idx;


--
-- Name: transactions_203005_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203005_state_idx;


--
-- Name: transactions_203006_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203006_customer_no_settle_date_idx;


--
-- Name: transactions_203006_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203006_mkt_serial_idx;


--
-- Name: transactions_203006_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203006_orig_stserial_idx;


--
-- Name: transactions_203006_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203006_pkey;


--
-- Name: transactions_203006_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203006_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203006_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203006_settle_date_stserial_idx;


--
-- Name: transactions_203006_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203006_state_idx;


--
-- Name: transactions_203007_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203007_customer_no_settle_date_idx;


--
-- Name: transactions_203007_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203007_mkt_serial_idx;


--
-- Name: transactions_203007_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203007_orig_stserial_idx;


--
-- Name: transactions_203007_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203007_pkey;


--
-- Name: transactions_203007_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203007_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203007_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203007_settle_date_stserial_idx;


--
-- Name: transactions_203007_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203007_state_idx;


--
-- Name: transactions_203008_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203008_customer_no_settle_date_idx;


--
-- Name: transactions_203008_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203008_mkt_serial_idx;


--
-- Name: transactions_203008_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203008_orig_stserial_idx;


--
-- Name: transactions_203008_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203008_pkey;


--
-- Name: transactions_203008_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203008_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203008_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203008_settle_date_stserial_idx;


--
-- Name: transactions_203008_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203008_state_idx;


--
-- Name: transactions_203009_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203009_customer_no_settle_date_idx;


--
-- Name: transactions_203009_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203009_mkt_serial_idx;


--
-- Name: transactions_203009_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203009_orig_stserial_idx;


--
-- Name: transactions_203009_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203009_pkey;


--
-- Name: transactions_203009_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203009_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203009_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203009_settle_date_stserial_idx;


--
-- Name: transactions_203009_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203009_state_idx;


--
-- Name: transactions_203010_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203010_customer_no_settle_date_idx;


--
-- Name: transactions_203010_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203010_mkt_serial_idx;


--
-- Name: transactions_203010_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203010_orig_stserial_idx;


--
-- Name: transactions_203010_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203010_pkey;


--
-- Name: transactions_203010_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203010_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203010_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203010_settle_date_stserial_idx;


--
-- Name: transactions_203010_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203010_state_idx;


--
-- Name: transactions_203011_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203011_customer_no_settle_date_idx;


--
-- Name: transactions_203011_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203011_mkt_serial_idx;


--
-- Name: transactions_203011_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203011_orig_stserial_idx;


--
-- Name: transactions_203011_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203011_pkey;


--
-- Name: transactions_203011_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203011_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203011_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203011_settle_date_stserial_idx;


--
-- Name: transactions_203011_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203011_state_idx;


--
-- Name: transactions_203012_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203012_customer_no_settle_date_idx;


--
-- Name: transactions_203012_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203012_mkt_serial_idx;


--
-- Name: transactions_203012_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203012_orig_stserial_idx;


--
-- Name: transactions_203012_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203012_pkey;


--
-- Name: transactions_203012_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203012_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203012_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203012_settle_date_stserial_idx;


--
-- Name: transactions_203012_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203012_state_idx;


--
-- Name: transactions_203101_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203101_customer_no_settle_date_idx;


--
-- Name: transactions_203101_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203101_mkt_serial_idx;


--
-- Name: transactions_203101_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203101_orig_stserial_idx;


--
-- Name: transactions_203101_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203101_pkey;


--
-- Name: transactions_203101_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203101_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203101_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203101_settle_date_stserial_idx;


--
-- Name: transactions_203101_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203101_state_idx;


--
-- Name: transactions_203102_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203102_customer_no_settle_date_idx;


--
-- Name: transactions_203102_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203102_mkt_serial_idx;


--
-- Name: transactions_203102_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203102_orig_stserial_idx;


--
-- Name: transactions_203102_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203102_pkey;


--
-- Name: transactions_203102_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203102_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203102_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203102_settle_date_stserial_idx;


--
-- Name: transactions_203102_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203102_state_idx;


--
-- Name: transactions_203103_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203103_customer_no_settle_date_idx;


--
-- Name: transactions_203103_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203103_mkt_serial_idx;


--
-- Name: transactions_203103_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203103_orig_stserial_idx;


--
-- Name: transactions_203103_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203103_pkey;


--
-- Name: transactions_203103_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203103_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203103_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203103_settle_date_stserial_idx;


--
-- Name: transactions_203103_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203103_state_idx;


--
-- Name: transactions_203104_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203104_customer_no_settle_date_idx;


--
-- Name: transactions_203104_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203104_mkt_serial_idx;


--
-- Name: transactions_203104_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203104_orig_stserial_idx;


--
-- Name: transactions_203104_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203104_pkey;


--
-- Name: transactions_203104_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203104_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203104_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203104_settle_date_stserial_idx;


--
-- Name: transactions_203104_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203104_state_idx;


--
-- Name: transactions_203105_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203105_customer_no_settle_date_idx;


--
-- Name: transactions_203105_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203105_mkt_serial_idx;


--
-- Name: transactions_203105_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203105_orig_stserial_idx;


--
-- Name: transactions_203105_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203105_pkey;


--
-- Name: transactions_203105_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203105_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203105_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203105_settle_date_stserial_idx;


--
-- Name: transactions_203105_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203105_state_idx;


--
-- Name: transactions_203106_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203106_customer_no_settle_date_idx;


--
-- Name: transactions_203106_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203106_mkt_serial_idx;


--
-- Name: transactions_203106_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203106_orig_stserial_idx;


--
-- Name: transactions_203106_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203106_pkey;


--
-- Name: transactions_203106_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203106_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203106_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203106_settle_date_stserial_idx;


--
-- Name: transactions_203106_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203106_state_idx;


--
-- Name: transactions_203107_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203107_customer_no_settle_date_idx;


--
-- Name: transactions_203107_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203107_mkt_serial_idx;


--
-- Name: transactions_203107_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203107_orig_stserial_idx;


--
-- Name: transactions_203107_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203107_pkey;


--
-- Name: transactions_203107_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203107_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203107_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203107_settle_date_stserial_idx;


--
-- Name: transactions_203107_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203107_state_idx;


--
-- Name: transactions_203108_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203108_customer_no_settle_date_idx;


--
-- Name: transactions_203108_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203108_mkt_serial_idx;


--
-- Name: transactions_203108_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203108_orig_stserial_idx;


--
-- Name: transactions_203108_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203108_pkey;


--
-- Name: transactions_203108_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203108_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203108_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203108_settle_date_stserial_idx;


--
-- Name: transactions_203108_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203108_state_idx;


--
-- Name: transactions_203109_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203109_customer_no_settle_date_idx;


--
-- Name: transactions_203109_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203109_mkt_serial_idx;


--
-- Name: transactions_203109_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203109_orig_stserial_idx;


--
-- Name: transactions_203109_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203109_pkey;


--
-- Name: transactions_203109_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203109_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203109_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203109_settle_date_stserial_idx;


--
-- Name: transactions_203109_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203109_state_idx;


--
-- Name: transactions_203110_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203110_customer_no_settle_date_idx;


--
-- Name: transactions_203110_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203110_mkt_serial_idx;


--
-- Name: transactions_203110_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203110_orig_stserial_idx;


--
-- Name: transactions_203110_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203110_pkey;


--
-- Name: transactions_203110_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203110_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203110_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203110_settle_date_stserial_idx;


--
-- Name: transactions_203110_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203110_state_idx;


--
-- Name: transactions_203111_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203111_customer_no_settle_date_idx;


--
-- Name: transactions_203111_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203111_mkt_serial_idx;


--
-- Name: transactions_203111_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203111_orig_stserial_idx;


--
-- Name: transactions_203111_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203111_pkey;


--
-- Name: transactions_203111_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203111_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203111_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203111_settle_date_stserial_idx;


--
-- Name: transactions_203111_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203111_state_idx;


--
-- Name: transactions_203112_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203112_customer_no_settle_date_idx;


--
-- Name: transactions_203112_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203112_mkt_serial_idx;


--
-- Name: transactions_203112_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203112_orig_stserial_idx;


--
-- Name: transactions_203112_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203112_pkey;


--
-- Name: transactions_203112_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203112_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203112_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203112_settle_date_stserial_idx;


--
-- Name: transactions_203112_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203112_state_idx;


--
-- Name: transactions_203201_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203201_customer_no_settle_date_idx;


--
-- Name: transactions_203201_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203201_mkt_serial_idx;


--
-- Name: transactions_203201_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203201_orig_stserial_idx;


--
-- Name: transactions_203201_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203201_pkey;


--
-- Name: transactions_203201_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203201_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203201_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203201_settle_date_stserial_idx;


--
-- Name: transactions_203201_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203201_state_idx;


--
-- Name: transactions_203202_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203202_customer_no_settle_date_idx;


--
-- Name: transactions_203202_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203202_mkt_serial_idx;


--
-- Name: transactions_203202_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203202_orig_stserial_idx;


--
-- Name: transactions_203202_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203202_pkey;


--
-- Name: transactions_203202_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203202_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203202_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203202_settle_date_stserial_idx;


--
-- Name: transactions_203202_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203202_state_idx;


--
-- Name: transactions_203203_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203203_customer_no_settle_date_idx;


--
-- Name: transactions_203203_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203203_mkt_serial_idx;


--
-- Name: transactions_203203_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203203_orig_stserial_idx;


--
-- Name: transactions_203203_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203203_pkey;


--
-- Name: transactions_203203_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203203_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203203_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203203_settle_date_stserial_idx;


--
-- Name: transactions_203203_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203203_state_idx;


--
-- Name: transactions_203204_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203204_customer_no_settle_date_idx;


--
-- Name: transactions_203204_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203204_mkt_serial_idx;


--
-- Name: transactions_203204_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203204_orig_stserial_idx;


--
-- Name: transactions_203204_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203204_pkey;


--
-- Name: transactions_203204_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203204_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203204_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203204_settle_date_stserial_idx;


--
-- Name: transactions_203204_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203204_state_idx;


--
-- Name: transactions_203205_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203205_customer_no_settle_date_idx;


--
-- Name: transactions_203205_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203205_mkt_serial_idx;


--
-- Name: transactions_203205_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203205_orig_stserial_idx;


--
-- Name: transactions_203205_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203205_pkey;


--
-- Name: transactions_203205_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203205_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203205_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203205_settle_date_stserial_idx;


--
-- Name: transactions_203205_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203205_state_idx;


--
-- Name: transactions_203206_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203206_customer_no_settle_date_idx;


--
-- Name: transactions_203206_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203206_mkt_serial_idx;


--
-- Name: transactions_203206_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203206_orig_stserial_idx;


--
-- Name: transactions_203206_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203206_pkey;


--
-- Name: transactions_203206_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203206_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203206_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203206_settle_date_stserial_idx;


--
-- Name: transactions_203206_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203206_state_idx;


--
-- Name: transactions_203207_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203207_customer_no_settle_date_idx;


--
-- Name: transactions_203207_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203207_mkt_serial_idx;


--
-- Name: transactions_203207_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203207_orig_stserial_idx;


--
-- Name: transactions_203207_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203207_pkey;


--
-- Name: transactions_203207_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203207_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203207_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203207_settle_date_stserial_idx;


--
-- Name: transactions_203207_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203207_state_idx;


--
-- Name: transactions_203208_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203208_customer_no_settle_date_idx;


--
-- Name: transactions_203208_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203208_mkt_serial_idx;


--
-- Name: transactions_203208_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203208_orig_stserial_idx;


--
-- Name: transactions_203208_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203208_pkey;


--
-- Name: transactions_203208_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203208_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203208_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203208_settle_date_stserial_idx;


--
-- Name: transactions_203208_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203208_state_idx;


--
-- Name: transactions_203209_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203209_customer_no_settle_date_idx;


--
-- Name: transactions_203209_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203209_mkt_serial_idx;


--
-- Name: transactions_203209_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203209_orig_stserial_idx;


--
-- Name: transactions_203209_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203209_pkey;


--
-- Name: transactions_203209_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203209_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203209_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203209_settle_date_stserial_idx;


--
-- Name: transactions_203209_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203209_state_idx;


--
-- Name: transactions_203210_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203210_customer_no_settle_date_idx;


--
-- Name: transactions_203210_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203210_mkt_serial_idx;


--
-- Name: transactions_203210_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203210_orig_stserial_idx;


--
-- Name: transactions_203210_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203210_pkey;


--
-- Name: transactions_203210_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203210_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203210_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203210_settle_date_stserial_idx;


--
-- Name: transactions_203210_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203210_state_idx;


--
-- Name: transactions_203211_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203211_customer_no_settle_date_idx;


--
-- Name: transactions_203211_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203211_mkt_serial_idx;


--
-- Name: transactions_203211_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203211_orig_stserial_idx;


--
-- Name: transactions_203211_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203211_pkey;


--
-- Name: transactions_203211_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203211_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203211_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203211_settle_date_stserial_idx;


--
-- Name: transactions_203211_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203211_state_idx;


--
-- Name: transactions_203212_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203212_customer_no_settle_date_idx;


--
-- Name: transactions_203212_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203212_mkt_serial_idx;


--
-- Name: transactions_203212_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203212_orig_stserial_idx;


--
-- Name: transactions_203212_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203212_pkey;


--
-- Name: transactions_203212_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203212_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203212_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203212_settle_date_stserial_idx;


--
-- Name: transactions_203212_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203212_state_idx;


--
-- Name: transactions_203301_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203301_customer_no_settle_date_idx;


--
-- Name: transactions_203301_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203301_mkt_serial_idx;


--
-- Name: transactions_203301_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203301_orig_stserial_idx;


--
-- Name: transactions_203301_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203301_pkey;


--
-- Name: transactions_203301_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203301_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203301_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203301_settle_date_stserial_idx;


--
-- Name: transactions_203301_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203301_state_idx;


--
-- Name: transactions_203302_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203302_customer_no_settle_date_idx;


--
-- Name: transactions_203302_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203302_mkt_serial_idx;


--
-- Name: transactions_203302_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203302_orig_stserial_idx;


--
-- Name: transactions_203302_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203302_pkey;


--
-- Name: transactions_203302_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203302_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203302_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203302_settle_date_stserial_idx;


--
-- Name: transactions_203302_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203302_state_idx;


--
-- Name: transactions_203303_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203303_customer_no_settle_date_idx;


--
-- Name: transactions_203303_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203303_mkt_serial_idx;


--
-- Name: transactions_203303_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203303_orig_stserial_idx;


--
-- Name: transactions_203303_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203303_pkey;


--
-- Name: transactions_203303_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203303_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203303_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203303_settle_date_stserial_idx;


--
-- Name: transactions_203303_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203303_state_idx;


--
-- Name: transactions_203304_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203304_customer_no_settle_date_idx;


--
-- Name: transactions_203304_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203304_mkt_serial_idx;


--
-- Name: transactions_203304_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203304_orig_stserial_idx;


--
-- Name: transactions_203304_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203304_pkey;


--
-- Name: transactions_203304_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203304_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203304_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203304_settle_date_stserial_idx;


--
-- Name: transactions_203304_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203304_state_idx;


--
-- Name: transactions_203305_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203305_customer_no_settle_date_idx;


--
-- Name: transactions_203305_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203305_mkt_serial_idx;


--
-- Name: transactions_203305_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203305_orig_stserial_idx;


--
-- Name: transactions_203305_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203305_pkey;


--
-- Name: transactions_203305_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203305_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203305_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203305_settle_date_stserial_idx;


--
-- Name: transactions_203305_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203305_state_idx;


--
-- Name: transactions_203306_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203306_customer_no_settle_date_idx;


--
-- Name: transactions_203306_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203306_mkt_serial_idx;


--
-- Name: transactions_203306_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203306_orig_stserial_idx;


--
-- Name: transactions_203306_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203306_pkey;


--
-- Name: transactions_203306_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203306_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203306_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203306_settle_date_stserial_idx;


--
-- Name: transactions_203306_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203306_state_idx;


--
-- Name: transactions_203307_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203307_customer_no_settle_date_idx;


--
-- Name: transactions_203307_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203307_mkt_serial_idx;


--
-- Name: transactions_203307_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203307_orig_stserial_idx;


--
-- Name: transactions_203307_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203307_pkey;


--
-- Name: transactions_203307_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203307_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203307_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203307_settle_date_stserial_idx;


--
-- Name: transactions_203307_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203307_state_idx;


--
-- Name: transactions_203308_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203308_customer_no_settle_date_idx;


--
-- Name: transactions_203308_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203308_mkt_serial_idx;


--
-- Name: transactions_203308_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203308_orig_stserial_idx;


--
-- Name: transactions_203308_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203308_pkey;


--
-- Name: transactions_203308_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203308_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203308_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203308_settle_date_stserial_idx;


--
-- Name: transactions_203308_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203308_state_idx;


--
-- Name: transactions_203309_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203309_customer_no_settle_date_idx;


--
-- Name: transactions_203309_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203309_mkt_serial_idx;


--
-- Name: transactions_203309_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203309_orig_stserial_idx;


--
-- Name: transactions_203309_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203309_pkey;


--
-- Name: transactions_203309_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203309_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203309_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203309_settle_date_stserial_idx;


--
-- Name: transactions_203309_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203309_state_idx;


--
-- Name: transactions_203310_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203310_customer_no_settle_date_idx;


--
-- Name: transactions_203310_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203310_mkt_serial_idx;


--
-- Name: transactions_203310_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203310_orig_stserial_idx;


--
-- Name: transactions_203310_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203310_pkey;


--
-- Name: transactions_203310_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203310_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203310_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203310_settle_date_stserial_idx;


--
-- Name: transactions_203310_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203310_state_idx;


--
-- Name: transactions_203311_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203311_customer_no_settle_date_idx;


--
-- Name: transactions_203311_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203311_mkt_serial_idx;


--
-- Name: transactions_203311_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203311_orig_stserial_idx;


--
-- Name: transactions_203311_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203311_pkey;


--
-- Name: transactions_203311_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203311_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203311_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203311_settle_date_stserial_idx;


--
-- Name: transactions_203311_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203311_state_idx;


--
-- Name: transactions_203312_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203312_customer_no_settle_date_idx;


--
-- Name: transactions_203312_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203312_mkt_serial_idx;


--
-- Name: transactions_203312_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203312_orig_stserial_idx;


--
-- Name: transactions_203312_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203312_pkey;


--
-- Name: transactions_203312_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203312_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203312_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203312_settle_date_stserial_idx;


--
-- Name: transactions_203312_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203312_state_idx;


--
-- Name: transactions_203401_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203401_customer_no_settle_date_idx;


--
-- Name: transactions_203401_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203401_mkt_serial_idx;


--
-- Name: transactions_203401_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203401_orig_stserial_idx;


--
-- Name: transactions_203401_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203401_pkey;


--
-- Name: transactions_203401_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203401_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203401_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203401_settle_date_stserial_idx;


--
-- Name: transactions_203401_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203401_state_idx;


--
-- Name: transactions_203402_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203402_customer_no_settle_date_idx;


--
-- Name: transactions_203402_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203402_mkt_serial_idx;


--
-- Name: transactions_203402_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203402_orig_stserial_idx;


--
-- Name: transactions_203402_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203402_pkey;


--
-- Name: transactions_203402_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203402_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203402_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203402_settle_date_stserial_idx;


--
-- Name: transactions_203402_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203402_state_idx;


--
-- Name: transactions_203403_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203403_customer_no_settle_date_idx;


--
-- Name: transactions_203403_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203403_mkt_serial_idx;


--
-- Name: transactions_203403_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203403_orig_stserial_idx;


--
-- Name: transactions_203403_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203403_pkey;


--
-- Name: transactions_203403_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203403_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203403_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203403_settle_date_stserial_idx;


--
-- Name: transactions_203403_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203403_state_idx;


--
-- Name: transactions_203404_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203404_customer_no_settle_date_idx;


--
-- Name: transactions_203404_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203404_mkt_serial_idx;


--
-- Name: transactions_203404_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203404_orig_stserial_idx;


--
-- Name: transactions_203404_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203404_pkey;


--
-- Name: transactions_203404_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203404_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203404_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203404_settle_date_stserial_idx;


--
-- Name: transactions_203404_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203404_state_idx;


--
-- Name: transactions_203405_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203405_customer_no_settle_date_idx;


--
-- Name: transactions_203405_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203405_mkt_serial_idx;


--
-- Name: transactions_203405_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203405_orig_stserial_idx;


--
-- Name: transactions_203405_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203405_pkey;


--
-- Name: transactions_203405_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203405_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203405_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203405_settle_date_stserial_idx;


--
-- Name: transactions_203405_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203405_state_idx;


--
-- Name: transactions_203406_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203406_customer_no_settle_date_idx;


--
-- Name: transactions_203406_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203406_mkt_serial_idx;


--
-- Name: transactions_203406_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203406_orig_stserial_idx;


--
-- Name: transactions_203406_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203406_pkey;


--
-- Name: transactions_203406_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203406_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203406_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203406_settle_date_stserial_idx;


--
-- Name: transactions_203406_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203406_state_idx;


--
-- Name: transactions_203407_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203407_customer_no_settle_date_idx;


--
-- Name: transactions_203407_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203407_mkt_serial_idx;


--
-- Name: transactions_203407_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203407_orig_stserial_idx;


--
-- Name: transactions_203407_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203407_pkey;


--
-- Name: transactions_203407_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203407_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203407_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203407_settle_date_stserial_idx;


--
-- Name: transactions_203407_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203407_state_idx;


--
-- Name: transactions_203408_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203408_customer_no_settle_date_idx;


--
-- Name: transactions_203408_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203408_mkt_serial_idx;


--
-- Name: transactions_203408_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203408_orig_stserial_idx;


--
-- Name: transactions_203408_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203408_pkey;


--
-- Name: transactions_203408_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203408_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203408_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203408_settle_date_stserial_idx;


--
-- Name: transactions_203408_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203408_state_idx;


--
-- Name: transactions_203409_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203409_customer_no_settle_date_idx;


--
-- Name: transactions_203409_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203409_mkt_serial_idx;


--
-- Name: transactions_203409_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203409_orig_stserial_idx;


--
-- Name: transactions_203409_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203409_pkey;


--
-- Name: transactions_203409_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203409_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203409_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203409_settle_date_stserial_idx;


--
-- Name: transactions_203409_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203409_state_idx;


--
-- Name: transactions_203410_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203410_customer_no_settle_date_idx;


--
-- Name: transactions_203410_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203410_mkt_serial_idx;


--
-- Name: transactions_203410_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203410_orig_stserial_idx;


--
-- Name: transactions_203410_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203410_pkey;


--
-- Name: transactions_203410_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203410_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203410_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203410_settle_date_stserial_idx;


--
-- Name: transactions_203410_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203410_state_idx;


--
-- Name: transactions_203411_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203411_customer_no_settle_date_idx;


--
-- Name: transactions_203411_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203411_mkt_serial_idx;


--
-- Name: transactions_203411_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203411_orig_stserial_idx;


--
-- Name: transactions_203411_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203411_pkey;


--
-- Name: transactions_203411_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203411_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203411_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203411_settle_date_stserial_idx;


--
-- Name: transactions_203411_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203411_state_idx;


--
-- Name: transactions_203412_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203412_customer_no_settle_date_idx;


--
-- Name: transactions_203412_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203412_mkt_serial_idx;


--
-- Name: transactions_203412_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203412_orig_stserial_idx;


--
-- Name: transactions_203412_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203412_pkey;


--
-- Name: transactions_203412_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203412_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203412_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203412_settle_date_stserial_idx;


--
-- Name: transactions_203412_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203412_state_idx;


--
-- Name: transactions_203501_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203501_customer_no_settle_date_idx;


--
-- Name: transactions_203501_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203501_mkt_serial_idx;


--
-- Name: transactions_203501_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203501_orig_stserial_idx;


--
-- Name: transactions_203501_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203501_pkey;


--
-- Name: transactions_203501_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203501_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203501_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203501_settle_date_stserial_idx;


--
-- Name: transactions_203501_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203501_state_idx;


--
-- Name: transactions_203502_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203502_customer_no_settle_date_idx;


--
-- Name: transactions_203502_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203502_mkt_serial_idx;


--
-- Name: transactions_203502_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203502_orig_stserial_idx;


--
-- Name: transactions_203502_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203502_pkey;


--
-- Name: transactions_203502_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203502_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203502_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203502_settle_date_stserial_idx;


--
-- Name: transactions_203502_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203502_state_idx;


--
-- Name: transactions_203503_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203503_customer_no_settle_date_idx;


--
-- Name: transactions_203503_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203503_mkt_serial_idx;


--
-- Name: transactions_203503_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203503_orig_stserial_idx;


--
-- Name: transactions_203503_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203503_pkey;


--
-- Name: transactions_203503_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203503_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203503_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203503_settle_date_stserial_idx;


--
-- Name: transactions_203503_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203503_state_idx;


--
-- Name: transactions_203504_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203504_customer_no_settle_date_idx;


--
-- Name: transactions_203504_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203504_mkt_serial_idx;


--
-- Name: transactions_203504_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203504_orig_stserial_idx;


--
-- Name: transactions_203504_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203504_pkey;


--
-- Name: transactions_203504_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203504_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203504_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203504_settle_date_stserial_idx;


--
-- Name: transactions_203504_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203504_state_idx;


--
-- Name: transactions_203505_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203505_customer_no_settle_date_idx;


--
-- Name: transactions_203505_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203505_mkt_serial_idx;


--
-- Name: transactions_203505_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203505_orig_stserial_idx;


--
-- Name: transactions_203505_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203505_pkey;


--
-- Name: transactions_203505_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203505_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203505_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203505_settle_date_stserial_idx;


--
-- Name: transactions_203505_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203505_state_idx;


--
-- Name: transactions_203506_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203506_customer_no_settle_date_idx;


--
-- Name: transactions_203506_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203506_mkt_serial_idx;


--
-- Name: transactions_203506_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203506_orig_stserial_idx;


--
-- Name: transactions_203506_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203506_pkey;


--
-- Name: transactions_203506_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203506_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203506_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203506_settle_date_stserial_idx;


--
-- Name: transactions_203506_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203506_state_idx;


--
-- Name: transactions_203507_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203507_customer_no_settle_date_idx;


--
-- Name: transactions_203507_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203507_mkt_serial_idx;


--
-- Name: transactions_203507_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203507_orig_stserial_idx;


--
-- Name: transactions_203507_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203507_pkey;


--
-- Name: transactions_203507_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203507_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203507_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203507_settle_date_stserial_idx;


--
-- Name: transactions_203507_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203507_state_idx;


--
-- Name: transactions_203508_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203508_customer_no_settle_date_idx;


--
-- Name: transactions_203508_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203508_mkt_serial_idx;


--
-- Name: transactions_203508_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203508_orig_stserial_idx;


--
-- Name: transactions_203508_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203508_pkey;


--
-- Name: transactions_203508_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203508_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203508_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203508_settle_date_stserial_idx;


--
-- Name: transactions_203508_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203508_state_idx;


--
-- Name: transactions_203509_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203509_customer_no_settle_date_idx;


--
-- Name: transactions_203509_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203509_mkt_serial_idx;


--
-- Name: transactions_203509_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203509_orig_stserial_idx;


--
-- Name: transactions_203509_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203509_pkey;


--
-- Name: transactions_203509_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203509_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203509_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203509_settle_date_stserial_idx;


--
-- Name: transactions_203509_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203509_state_idx;


--
-- Name: transactions_203510_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203510_customer_no_settle_date_idx;


--
-- Name: transactions_203510_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203510_mkt_serial_idx;


--
-- Name: transactions_203510_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203510_orig_stserial_idx;


--
-- Name: transactions_203510_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203510_pkey;


--
-- Name: transactions_203510_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203510_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203510_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203510_settle_date_stserial_idx;


--
-- Name: transactions_203510_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203510_state_idx;


--
-- Name: transactions_203511_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203511_customer_no_settle_date_idx;


--
-- Name: transactions_203511_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203511_mkt_serial_idx;


--
-- Name: transactions_203511_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203511_orig_stserial_idx;


--
-- Name: transactions_203511_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203511_pkey;


--
-- Name: transactions_203511_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203511_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203511_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203511_settle_date_stserial_idx;


--
-- Name: transactions_203511_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203511_state_idx;


--
-- Name: transactions_203512_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_203512_customer_no_settle_date_idx;


--
-- Name: transactions_203512_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_203512_mkt_serial_idx;


--
-- Name: transactions_203512_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_203512_orig_stserial_idx;


--
-- Name: transactions_203512_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_203512_pkey;


--
-- Name: transactions_203512_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_203512_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_203512_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_203512_settle_date_stserial_idx;


--
-- Name: transactions_203512_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_203512_state_idx;


--
-- Name: transactions_default_customer_no_settle_date_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_customer ATTACH PARTITION public.transactions_default_customer_no_settle_date_idx;


--
-- Name: transactions_default_mkt_serial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_mkt ATTACH PARTITION public.transactions_default_mkt_serial_idx;


--
-- Name: transactions_default_orig_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_orig ATTACH PARTITION public.transactions_default_orig_stserial_idx;


--
-- Name: transactions_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_pkey ATTACH PARTITION public.transactions_default_pkey;


--
-- Name: transactions_default_settle_date_operator_id_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_op ATTACH PARTITION public.transactions_default_settle_date_operator_id_stserial_idx;


--
-- Name: transactions_default_settle_date_stserial_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_day_st ATTACH PARTITION public.transactions_default_settle_date_stserial_idx;


--
-- Name: transactions_default_state_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.transactions_state ATTACH PARTITION public.transactions_default_state_idx;


--
-- Name: cash_days cash_days_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cash_days_guard BEFORE DELETE OR UPDATE ON public.cash_days FOR EACH ROW EXECUTE FUNCTION public.gf_bo_cash_guard();


--
-- Name: cash_events cash_events_append; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cash_events_append BEFORE DELETE OR UPDATE ON public.cash_events FOR EACH ROW EXECUTE FUNCTION public.gf_bo_append_only();


--
-- Name: recon_diffs recon_diffs_locked; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER recon_diffs_locked BEFORE DELETE OR UPDATE ON public.recon_diffs FOR EACH ROW EXECUTE FUNCTION public.gf_bo_locked_rows();


--
-- Name: recon_diffs recon_diffs_locked_ins; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER recon_diffs_locked_ins AFTER INSERT ON public.recon_diffs REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.gf_bo_locked_insert();


--
-- Name: recon_resolutions recon_resolutions_append; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER recon_resolutions_append BEFORE DELETE OR UPDATE ON public.recon_resolutions FOR EACH ROW EXECUTE FUNCTION public.gf_bo_append_only();


--
-- Name: recon_resolutions recon_resolutions_locked; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER recon_resolutions_locked BEFORE INSERT ON public.recon_resolutions FOR EACH ROW EXECUTE FUNCTION public.gf_bo_resolution_locked();


--
-- Name: recon_runs recon_runs_locked; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER recon_runs_locked BEFORE INSERT OR DELETE OR UPDATE ON public.recon_runs FOR EACH ROW EXECUTE FUNCTION public.gf_bo_locked_run();


--
-- Name: recon_signoffs recon_signoffs_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER recon_signoffs_guard BEFORE DELETE OR UPDATE ON public.recon_signoffs FOR EACH ROW EXECUTE FUNCTION public.gf_bo_signoff_guard();


--
-- Name: recon_stats recon_stats_locked; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER recon_stats_locked BEFORE DELETE OR UPDATE ON public.recon_stats FOR EACH ROW EXECUTE FUNCTION public.gf_bo_locked_rows();


--
-- Name: recon_stats recon_stats_locked_ins; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER recon_stats_locked_ins AFTER INSERT ON public.recon_stats REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.gf_bo_locked_insert();


--
-- Name: terminals terminals_notify; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER terminals_notify AFTER INSERT OR DELETE ON public.terminals FOR EACH ROW EXECUTE FUNCTION public.gf_terminal_notify();


--
-- Name: terminals terminals_notify_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER terminals_notify_update AFTER UPDATE ON public.terminals FOR EACH ROW WHEN (((new.enabled IS DISTINCT FROM old.enabled) OR ((new.suite)::smallint IS DISTINCT FROM (old.suite)::smallint) OR ((new.keyver)::smallint IS DISTINCT FROM (old.keyver)::smallint) OR ((new.next_keyver)::smallint IS DISTINCT FROM (old.next_keyver)::smallint) OR (new.rekey_until IS DISTINCT FROM old.rekey_until) OR (new.retired_at IS DISTINCT FROM old.retired_at) OR (new.bound_ip IS DISTINCT FROM old.bound_ip) OR ((new.id)::text IS DISTINCT FROM (old.id)::text))) EXECUTE FUNCTION public.gf_terminal_notify();


--
-- Name: transactions transactions_transition; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER transactions_transition BEFORE UPDATE OF state ON public.transactions FOR EACH ROW WHEN ((NOT public.gf_tx_transition_ok((old.func)::text, (old.state)::text, (new.state)::text))) EXECUTE FUNCTION public.gf_tx_illegal_transition();


--
-- Name: cash_days cash_days_operator_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cash_days
    ADD CONSTRAINT cash_days_operator_id_fkey FOREIGN KEY (operator_id) REFERENCES public.operators(id);


--
-- Name: cash_events cash_events_operator_id_settle_date_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cash_events
    ADD CONSTRAINT cash_events_operator_id_settle_date_fkey FOREIGN KEY (operator_id, settle_date) REFERENCES public.cash_days(operator_id, settle_date);


--
-- Name: console_sessions console_sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.console_sessions
    ADD CONSTRAINT console_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.console_users(id) ON DELETE CASCADE;


--
-- Name: recon_diffs recon_diffs_run_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_diffs
    ADD CONSTRAINT recon_diffs_run_id_fkey FOREIGN KEY (run_id) REFERENCES public.recon_runs(id);


--
-- Name: recon_resolutions recon_resolutions_run_id_stserial_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_resolutions
    ADD CONSTRAINT recon_resolutions_run_id_stserial_fkey FOREIGN KEY (run_id, stserial) REFERENCES public.recon_diffs(run_id, stserial);


--
-- Name: recon_resolutions recon_resolutions_supersedes_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_resolutions
    ADD CONSTRAINT recon_resolutions_supersedes_fkey FOREIGN KEY (supersedes) REFERENCES public.recon_resolutions(id);


--
-- Name: recon_signoffs recon_signoffs_run_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_signoffs
    ADD CONSTRAINT recon_signoffs_run_id_fkey FOREIGN KEY (run_id) REFERENCES public.recon_runs(id);


--
-- Name: recon_stats recon_stats_run_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recon_stats
    ADD CONSTRAINT recon_stats_run_id_fkey FOREIGN KEY (run_id) REFERENCES public.recon_runs(id);


--
-- Name: sessions sessions_operator_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_operator_id_fkey FOREIGN KEY (operator_id) REFERENCES public.operators(id);


--
-- Name: sessions sessions_terminal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_terminal_id_fkey FOREIGN KEY (terminal_id) REFERENCES public.terminals(id);


--
-- Name: tx_keys tx_keys_terminal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tx_keys
    ADD CONSTRAINT tx_keys_terminal_id_fkey FOREIGN KEY (terminal_id) REFERENCES public.terminals(id);


--
-- PostgreSQL database dump complete
--


