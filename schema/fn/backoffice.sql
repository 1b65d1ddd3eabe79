-- fn/backoffice.sql - the back office's rules, in one place (tables:
-- 100_backoffice.sql; the console's handlers: appsrv/console_office.c;
-- ifsvc's side: ifsvc/office.c and recon.c).  Re-applied by `gfctl migrate`
-- whenever it changes; everything here is CREATE OR REPLACE or guarded.
--
-- The console's functions take the actor ('console:<user>') and answer one
-- JSON document.  A refusal that must leave an audit row (a change to a
-- signed-off day, the maker trying to be the checker) is answered as
-- {"error": code, "message": Chinese, "message_en": English} and commits;
-- other refusals RAISE with SQLSTATE GF001 (not found), GF002 (refused by
-- a rule), GF004 (locked) or 22023 (bad parameter), which roll back.

-- ---- small helpers ----

CREATE OR REPLACE FUNCTION gf_bo_err(p_code text, p_zh text, p_en text)
RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('error', p_code, 'message', p_zh, 'message_en', p_en)
$$;

CREATE OR REPLACE FUNCTION gf_bo_audit(p_actor text, p_action text, p_object text,
    p_detail jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES (p_actor, p_action, p_object, COALESCE(p_detail, '{}'::jsonb))
$$;

CREATE OR REPLACE FUNCTION gf_bo_ymd(p_date date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(p_date, 'YYYYMMDD') $$;

-- A date parameter: YYYYMMDD (or ISO); bad input is 22023 (HTTP 400).
CREATE OR REPLACE FUNCTION gf_bo_date(p text) RETURNS date
LANGUAGE plpgsql IMMUTABLE AS $$
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
END $$;

-- The page envelope of every list: {"total","page","size","rows"}.  The
-- console allows size <= 500 on a page and 100,000 for a CSV download.
CREATE OR REPLACE FUNCTION gf_bo_page(p_page int, p_size int) RETURNS int[]
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE pg int := COALESCE(p_page, 1); sz int := COALESCE(p_size, 50);
BEGIN
  IF pg < 1 OR sz < 1 OR sz > 100000 THEN
    RAISE EXCEPTION 'page >= 1, 1 <= size <= 100000' USING ERRCODE = '22023';
  END IF;
  RETURN ARRAY[pg, sz];
END $$;

-- The reasons a difference may be resolved with (the fixed list).
CREATE OR REPLACE FUNCTION gf_bo_reasons() RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT '[{"code":"SETTLED_LATER","zh":"事后已结清","en":"settled later"},
           {"code":"MKT_CORRECTION","zh":"营销侧更正","en":"marketing-side correction"},
           {"code":"STATION_FAULT","zh":"主站故障","en":"station fault"},
           {"code":"FRAUD_SUSPECTED","zh":"疑似舞弊","en":"fraud suspected"},
           {"code":"OTHER","zh":"其他","en":"other"}]'::jsonb
$$;

-- A reconciliation's source: 'MI1' (the marketing system's 9001 file) or a
-- bank's number (its day file, BK1 §5); NULL for anything else.
CREATE OR REPLACE FUNCTION gf_bo_source(p text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p IS NULL OR p = '' THEN 'MI1'
              WHEN p = 'MI1' OR p ~ '^[0-9]{4}$' THEN p END
$$;

-- What the audit rows of a reconciliation name: the date (the marketing
-- one, as before) or bank:date.
CREATE OR REPLACE FUNCTION gf_bo_recon_object(p_date date, p_source text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p_source = 'MI1' THEN gf_bo_ymd(p_date)
              ELSE p_source || ':' || gf_bo_ymd(p_date) END
$$;

-- The key of a (source, date)'s advisory lock: one decision at a time.
CREATE OR REPLACE FUNCTION gf_bo_recon_lock(p_date date, p_source text) RETURNS void
LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext('gf_bo_recon_day'
           || CASE WHEN p_source = 'MI1' THEN '' ELSE ':' || p_source END),
         p_date - date '2000-01-01')
$$;

-- The sign-off in force for a (source, date), if any.
CREATE OR REPLACE FUNCTION gf_bo_signoff_of(p_date date, p_source text DEFAULT 'MI1')
RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT id FROM recon_signoffs WHERE recon_date = p_date AND source = p_source
     AND reopened_at IS NULL
$$;

-- The (source, date)'s current run: its newest DONE run.
CREATE OR REPLACE FUNCTION gf_bo_current_run(p_date date, p_source text DEFAULT 'MI1')
RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT max(id) FROM recon_runs WHERE recon_date = p_date AND source = p_source
     AND state = 'DONE'
$$;

-- Dates holding transactions between two dates, without reading the rows
-- (one probe of transactions_day_st per date found).  The bounds are
-- written into the statement as constants so that the planner keeps only
-- their months' partitions: with parameters it plans all ~145 (about a
-- second, measured).
CREATE OR REPLACE FUNCTION gf_bo_tx_dates(p_from date, p_to date)
RETURNS SETOF date LANGUAGE plpgsql STABLE ROWS 30 AS $$
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
END $$;

-- ---- the evidence of a signed-off day is locked ----

CREATE OR REPLACE FUNCTION gf_bo_locked_run() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE d date; src text;
BEGIN
  d := CASE WHEN TG_OP = 'INSERT' THEN NEW.recon_date ELSE OLD.recon_date END;
  src := CASE WHEN TG_OP = 'INSERT' THEN NEW.source ELSE OLD.source END;
  IF gf_bo_signoff_of(d, src) IS NOT NULL THEN
    RAISE EXCEPTION 'reconciliation of % (%) is signed off: an admin must reopen it first',
      d, src USING ERRCODE = 'GF004';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
DROP TRIGGER IF EXISTS recon_runs_locked ON recon_runs;
CREATE TRIGGER recon_runs_locked BEFORE INSERT OR UPDATE OR DELETE ON recon_runs
  FOR EACH ROW EXECUTE FUNCTION gf_bo_locked_run();

-- recon_diffs, recon_stats: no change to the rows of a signed day's runs.
CREATE OR REPLACE FUNCTION gf_bo_locked_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM recon_runs r JOIN recon_signoffs s
               ON s.recon_date = r.recon_date AND s.source = r.source
              AND s.reopened_at IS NULL
              WHERE r.id = OLD.run_id) THEN
    RAISE EXCEPTION '% of a signed-off day cannot change', TG_TABLE_NAME
      USING ERRCODE = 'GF004';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE OR REPLACE FUNCTION gf_bo_locked_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM (SELECT DISTINCT run_id FROM new_rows) n
               JOIN recon_runs r ON r.id = n.run_id
               JOIN recon_signoffs s ON s.recon_date = r.recon_date
                AND s.source = r.source AND s.reopened_at IS NULL) THEN
    RAISE EXCEPTION '% of a signed-off day cannot change', TG_TABLE_NAME
      USING ERRCODE = 'GF004';
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS recon_diffs_locked ON recon_diffs;
CREATE TRIGGER recon_diffs_locked BEFORE UPDATE OR DELETE ON recon_diffs
  FOR EACH ROW EXECUTE FUNCTION gf_bo_locked_rows();
DROP TRIGGER IF EXISTS recon_diffs_locked_ins ON recon_diffs;
CREATE TRIGGER recon_diffs_locked_ins AFTER INSERT ON recon_diffs
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION gf_bo_locked_insert();
DROP TRIGGER IF EXISTS recon_stats_locked ON recon_stats;
CREATE TRIGGER recon_stats_locked BEFORE UPDATE OR DELETE ON recon_stats
  FOR EACH ROW EXECUTE FUNCTION gf_bo_locked_rows();
DROP TRIGGER IF EXISTS recon_stats_locked_ins ON recon_stats;
CREATE TRIGGER recon_stats_locked_ins AFTER INSERT ON recon_stats
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION gf_bo_locked_insert();

-- Resolutions and cash events are history: never updated or deleted.
CREATE OR REPLACE FUNCTION gf_bo_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: a correction is a new, linked row', TG_TABLE_NAME
    USING ERRCODE = 'GF002';
END $$;
DROP TRIGGER IF EXISTS recon_resolutions_append ON recon_resolutions;
CREATE TRIGGER recon_resolutions_append BEFORE UPDATE OR DELETE ON recon_resolutions
  FOR EACH ROW EXECUTE FUNCTION gf_bo_append_only();
DROP TRIGGER IF EXISTS cash_events_append ON cash_events;
CREATE TRIGGER cash_events_append BEFORE UPDATE OR DELETE ON cash_events
  FOR EACH ROW EXECUTE FUNCTION gf_bo_append_only();

-- A resolution of a signed-off day is refused whoever inserts it.
CREATE OR REPLACE FUNCTION gf_bo_resolution_locked() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF gf_bo_signoff_of(NEW.recon_date, NEW.source) IS NOT NULL THEN
    RAISE EXCEPTION 'reconciliation of % (%) is signed off', NEW.recon_date, NEW.source
      USING ERRCODE = 'GF004';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS recon_resolutions_locked ON recon_resolutions;
CREATE TRIGGER recon_resolutions_locked BEFORE INSERT ON recon_resolutions
  FOR EACH ROW EXECUTE FUNCTION gf_bo_resolution_locked();

-- A sign-off is only ever ended (reopened), once; never deleted.
CREATE OR REPLACE FUNCTION gf_bo_signoff_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.reopened_at IS NOT NULL
     OR NEW.id <> OLD.id OR NEW.recon_date <> OLD.recon_date
     OR NEW.source <> OLD.source
     OR NEW.run_id <> OLD.run_id OR NEW.actor <> OLD.actor
     OR NEW.note <> OLD.note OR NEW.signed_at <> OLD.signed_at THEN
    RAISE EXCEPTION 'a sign-off is history: only a reopen ends it'
      USING ERRCODE = 'GF002';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS recon_signoffs_guard ON recon_signoffs;
CREATE TRIGGER recon_signoffs_guard BEFORE UPDATE OR DELETE ON recon_signoffs
  FOR EACH ROW EXECUTE FUNCTION gf_bo_signoff_guard();

-- The cash states: OPEN -> HANDED_IN | BALANCED, HANDED_IN -> HANDED_IN
-- (a recount) | BALANCED, BALANCED -> DEPOSITED.  Never deleted.
CREATE OR REPLACE FUNCTION gf_bo_cash_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
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
DROP TRIGGER IF EXISTS cash_days_guard ON cash_days;
CREATE TRIGGER cash_days_guard BEFORE UPDATE OR DELETE ON cash_days
  FOR EACH ROW EXECUTE FUNCTION gf_bo_cash_guard();

-- ---- reconciliation: runs (ifsvc) ----

-- The start of a run (ifsvc/recon.c, inside its transaction holding the
-- day's lock): the recon_runs row, or NULL when the day is signed off --
-- then the refusal is audited (the caller commits) and nothing runs.
CREATE OR REPLACE FUNCTION gf_recon_run_begin(p_date date, p_actor text,
    p_source text DEFAULT 'MI1')
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE v_id bigint;
BEGIN
  IF gf_bo_signoff_of(p_date, p_source) IS NOT NULL THEN
    PERFORM gf_bo_audit(p_actor, 'recon run refused', gf_bo_recon_object(p_date, p_source),
        jsonb_build_object('why', 'signed off', 'source', p_source));
    RETURN NULL;
  END IF;
  INSERT INTO recon_runs (recon_date, source) VALUES (p_date, p_source)
    RETURNING id INTO v_id;
  RETURN v_id;
END $$;

-- ifsvc on node p_node takes the oldest queued request (a console rerun),
-- under a lease of p_lease_s seconds that its ifsvc renews while the run
-- lasts (gf_recon_leases).  A request taken by another node is skipped; so
-- is one whose date a run (of any node) is reconciling: it waits for it.
CREATE OR REPLACE FUNCTION gf_bo_recon_take(p_node text, p_lease_s integer)
RETURNS TABLE (r_id bigint, r_date text, r_actor text, r_source text)
LANGUAGE sql AS $$
  UPDATE recon_requests q SET state = 'STARTED', started_at = now(),
         node = p_node, lease_until = now() + make_interval(secs => p_lease_s)
   WHERE q.id = (SELECT w.id FROM recon_requests w
                  WHERE w.state = 'QUEUED'
                    AND NOT EXISTS (SELECT 1 FROM recon_runs r
                                     WHERE r.recon_date = w.recon_date
                                       AND r.source = w.source
                                       AND r.state = 'RUNNING')
                  ORDER BY w.id LIMIT 1 FOR UPDATE SKIP LOCKED)
     AND q.state = 'QUEUED'
  RETURNING q.id, gf_bo_ymd(q.recon_date), q.actor, q.source
$$;

CREATE OR REPLACE FUNCTION gf_bo_recon_request_done(p_id bigint, p_ok boolean,
    p_run bigint, p_detail text) RETURNS void LANGUAGE sql AS $$
  UPDATE recon_requests SET state = CASE WHEN p_ok THEN 'DONE' ELSE 'FAILED' END,
         run_id = NULLIF(p_run, 0), detail = p_detail, finished_at = now(),
         lease_until = NULL
   WHERE id = p_id AND state = 'STARTED'
$$;

-- ifsvc (re)started on node p_node: a request its previous process had
-- taken will not finish (one ifsvc per node; a request without a node was
-- taken before nodes were recorded: the same).
CREATE OR REPLACE FUNCTION gf_bo_recon_requests_interrupted(p_node text)
RETURNS integer LANGUAGE sql AS $$
  WITH u AS (UPDATE recon_requests SET state = 'FAILED', finished_at = now(),
                    detail = 'interrupted (ifsvc restarted)', lease_until = NULL
              WHERE state = 'STARTED' AND (node = p_node OR node IS NULL)
              RETURNING 1)
  SELECT count(*)::integer FROM u
$$;

-- Every few seconds, from each ifsvc: while node p_node runs a
-- reconciliation (p_busy), the lease of its run and of the request it
-- serves is renewed for p_lease_s seconds; and a run or a request whose
-- lease ran out belongs to a node that stopped (killed, cut off from the
-- database): it is marked FAILED, so that its date can be reconciled again
-- and the request's author sees what happened.  Returns how many.
CREATE OR REPLACE FUNCTION gf_recon_leases(p_node text, p_lease_s integer,
    p_busy boolean)
RETURNS integer LANGUAGE plpgsql AS $$
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

-- ---- reconciliation: the console ----
--
-- Every function takes the source last ('MI1' when not given: the
-- marketing system; or a bank's number, its day file): a bank's day is
-- reviewed, resolved, signed off and locked on its own, by the same rules.

-- One (source, date)'s header: state, current run, totals, sign-off.
CREATE OR REPLACE FUNCTION gf_bo_recon_day_head(p_date date, p_source text DEFAULT 'MI1')
RETURNS jsonb LANGUAGE sql STABLE AS $$
  WITH cur AS (SELECT * FROM recon_runs
                WHERE id = gf_bo_current_run(p_date, p_source)),
  last AS (SELECT * FROM recon_runs WHERE recon_date = p_date AND source = p_source
            ORDER BY id DESC LIMIT 1),
  so AS (SELECT * FROM recon_signoffs WHERE recon_date = p_date AND source = p_source
          AND reopened_at IS NULL),
  d AS (SELECT count(*) AS n, count(*) FILTER (WHERE NOT EXISTS (
          SELECT 1 FROM recon_resolutions x WHERE x.recon_date = p_date
             AND x.source = p_source AND x.stserial = f.stserial)) AS open
          FROM recon_diffs f WHERE f.run_id = (SELECT id FROM cur))
  SELECT jsonb_build_object(
    'date', gf_bo_ymd(p_date),
    'source', p_source,
    'source_name', CASE WHEN p_source = 'MI1' THEN NULL
                        ELSE (SELECT name FROM banks WHERE bankno = p_source) END,
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
               AND source = p_source ORDER BY id DESC LIMIT 1))
$$;

-- (bank, date) pairs holding bank transactions between two dates (one bank
-- or all: p_bank NULL).  The bounds are written into the statement as
-- constants, as in gf_bo_tx_dates, so that only their months' partitions
-- are planned (transactions_bank index).
CREATE OR REPLACE FUNCTION gf_bo_bank_days(p_from date, p_to date, p_bank text)
RETURNS TABLE (day date, bankno text) LANGUAGE plpgsql STABLE ROWS 30 AS $$
BEGIN
  IF p_from IS NULL OR p_to IS NULL OR p_to < p_from THEN
    RETURN;
  END IF;
  RETURN QUERY EXECUTE format($q$
    SELECT DISTINCT t.settle_date, t.bankno FROM transactions t
     WHERE t.settle_date >= %1$L::date AND t.settle_date <= %2$L::date
       AND t.bankno IS NOT NULL AND t.channel = 'BANK'
       AND ($1::text IS NULL OR t.bankno = $1)$q$, p_from, p_to) USING p_bank;
END $$;

-- The station's bank collections of one date per bank (literal date, as
-- above).
CREATE OR REPLACE FUNCTION gf_bo_bank_day_totals(p_date date)
RETURNS TABLE (bankno text, n bigint, amt bigint, rn bigint, ramt bigint)
LANGUAGE plpgsql STABLE ROWS 10 AS $$
BEGIN
  RETURN QUERY EXECUTE format($q$
    SELECT t.bankno, count(*) FILTER (WHERE t.state = 'SUCCESS'),
           COALESCE(sum(t.amount) FILTER (WHERE t.state = 'SUCCESS'), 0)::bigint,
           count(*) FILTER (WHERE t.state = 'REVERSED'),
           COALESCE(sum(t.amount) FILTER (WHERE t.state = 'REVERSED'), 0)::bigint
      FROM transactions t WHERE t.settle_date = %1$L::date AND t.channel = 'BANK'
       AND t.bankno IS NOT NULL AND t.func <> 'REVERSAL' GROUP BY t.bankno$q$, p_date);
END $$;

-- The days of one source, or of every source (p_source '*': the
-- marketing system's days, and each bank's that has a run, a sign-off or
-- bank transactions), newest first, one row per (date, source).
CREATE OR REPLACE FUNCTION gf_bo_recon_days(p_from text, p_to text,
    p_page int, p_size int, p_source text DEFAULT 'MI1') RETURNS json
LANGUAGE plpgsql STABLE SET jit = off AS $$
DECLARE
  v_to date := COALESCE(gf_bo_date(p_to), current_date);
  v_from date := COALESCE(gf_bo_date(p_from), v_to - 30);
  v_src text := CASE WHEN p_source = '*' THEN '*' ELSE gf_bo_source(p_source) END;
  pg int[] := gf_bo_page(p_page, p_size);
  v json;
BEGIN
  IF v_src IS NULL THEN
    RAISE EXCEPTION 'source: MI1, a bank number or *' USING ERRCODE = '22023';
  END IF;
  IF v_to < v_from OR v_to - v_from > 366 THEN
    RAISE EXCEPTION 'from..to: at most 366 days' USING ERRCODE = '22023';
  END IF;
  WITH days AS (
    SELECT DISTINCT day, src FROM (
      SELECT recon_date AS day, source AS src FROM recon_runs
       WHERE recon_date BETWEEN v_from AND v_to
      UNION ALL SELECT recon_date, source FROM recon_signoffs
       WHERE recon_date BETWEEN v_from AND v_to
      UNION ALL SELECT x, 'MI1' FROM gf_bo_tx_dates(v_from, v_to) x
       WHERE v_src IN ('MI1', '*')
      UNION ALL SELECT b.day, b.bankno
        FROM gf_bo_bank_days(CASE WHEN v_src <> 'MI1' THEN v_from END, v_to,
                             NULLIF(v_src, '*')) b) x
     WHERE v_src = '*' OR src = v_src),
  pagev AS (SELECT day, src FROM days ORDER BY day DESC, src <> 'MI1', src
             OFFSET (pg[1] - 1) * pg[2] LIMIT pg[2])
  SELECT json_build_object('total', (SELECT count(*) FROM days), 'page', pg[1],
           'size', pg[2], 'source', v_src,
           'rows', COALESCE((SELECT json_agg(gf_bo_recon_day_head(day, src)
             ORDER BY day DESC, src <> 'MI1', src) FROM pagev), '[]'))
    INTO v;
  RETURN v;
END $$;

-- Every source of one date side by side: the marketing system's and each
-- bank's (a bank with a run, a sign-off or bank transactions that day),
-- with the station's bank collections of the date per bank.
CREATE OR REPLACE FUNCTION gf_bo_recon_sources(p_date text) RETURNS json
LANGUAGE plpgsql STABLE SET jit = off AS $$
DECLARE
  d date := gf_bo_date(p_date);
  v json;
BEGIN
  IF d IS NULL THEN
    RAISE EXCEPTION 'date required' USING ERRCODE = '22023';
  END IF;
  WITH bt AS (SELECT * FROM gf_bo_bank_day_totals(d)),
  s AS (
    SELECT 'MI1'::text AS src
    UNION SELECT source FROM recon_runs WHERE recon_date = d
    UNION SELECT source FROM recon_signoffs WHERE recon_date = d
    UNION SELECT bankno FROM bt)
  SELECT json_build_object('date', gf_bo_ymd(d), 'rows', COALESCE(json_agg(
           gf_bo_recon_day_head(d, s.src) || jsonb_build_object(
             'station_count', bt.n, 'station_amount', bt.amt,
             'station_reversed_count', bt.rn, 'station_reversed_amount', bt.ramt)
           ORDER BY s.src <> 'MI1', s.src), '[]'))
    INTO v
    FROM s LEFT JOIN bt ON bt.bankno = s.src;
  RETURN v;
END $$;

-- A (source, date)'s page: the header, every run, the statistics, the
-- differences (paged, optionally one category) with both sides and their
-- resolution, sign-offs, requests, and whether p_actor may sign it off.
-- For a bank, the other side is the day file's line ('line': the D line
-- as the file has it) and the station's record names its own serial.
CREATE OR REPLACE FUNCTION gf_bo_recon_day(p_actor text, p_date text,
    p_category text, p_page int, p_size int, p_source text DEFAULT 'MI1') RETURNS json
LANGUAGE plpgsql STABLE SET jit = off AS $$
DECLARE
  d date := gf_bo_date(p_date);
  src text := gf_bo_source(p_source);
  pg int[] := gf_bo_page(p_page, p_size);
  v_run bigint;
  v_maker boolean;
  v json;
BEGIN
  IF d IS NULL THEN
    RAISE EXCEPTION 'date required' USING ERRCODE = '22023';
  END IF;
  IF src IS NULL THEN
    RAISE EXCEPTION 'source: MI1 or a bank number' USING ERRCODE = '22023';
  END IF;
  v_run := gf_bo_current_run(d, src);
  v_maker := EXISTS (SELECT 1 FROM recon_resolutions WHERE recon_date = d
                       AND source = src AND actor = p_actor);
  SELECT json_build_object(
    'day', gf_bo_recon_day_head(d, src),
    'source', src,
    'runs', (SELECT COALESCE(json_agg(json_build_object('id', id, 'state', state,
               'started_at', started_at, 'finished_at', finished_at,
               'file_sha256', file_sha256, 'remote_count', remote_count,
               'remote_total', remote_total, 'local_count', local_count,
               'local_total', local_total, 'summary', summary, 'error', error,
               'has_file', raw_file IS NOT NULL) ORDER BY id DESC), '[]')
               FROM recon_runs WHERE recon_date = d AND source = src),
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
                    'stserial', COALESCE(f.l_stserial, f.stserial),
                    'created_at', f.l_created_at) END,
                 'market', CASE WHEN f.r_status IS NULL THEN NULL ELSE json_build_object(
                    'mkserial', f.r_mkserial, 'trcode', f.r_trcode,
                    'custno', f.r_custno, 'amount', f.r_amount,
                    'status', f.r_status, 'txdate', f.r_txdate,
                    'txtime', f.r_txtime,
                    'line', CASE WHEN src <> 'MI1' THEN concat_ws('|', 'D', f.stserial,
                       f.r_custno, f.r_amount, f.r_status, f.r_txtime) END) END,
                 'resolution', (SELECT json_build_object('id', x.id, 'reason', x.reason,
                    'note', x.note, 'actor', x.actor, 'created_at', x.created_at,
                    'run_id', x.run_id, 'supersedes', x.supersedes,
                    'versions', (SELECT count(*) FROM recon_resolutions y
                                  WHERE y.recon_date = d AND y.source = src
                                    AND y.stserial = f.stserial))
                    FROM recon_resolutions x WHERE x.recon_date = d AND x.source = src
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
               FROM recon_signoffs WHERE recon_date = d AND source = src),
    'requests', (SELECT COALESCE(json_agg(json_build_object('id', id,
               'actor', actor, 'state', state, 'run_id', run_id, 'detail', detail,
               'created_at', created_at, 'finished_at', finished_at)
               ORDER BY id DESC), '[]')
               FROM (SELECT * FROM recon_requests WHERE recon_date = d AND source = src
                      ORDER BY id DESC LIMIT 20) q),
    'you_resolved', v_maker,
    'can_sign', v_run IS NOT NULL AND NOT v_maker AND gf_bo_signoff_of(d, src) IS NULL
       AND NOT EXISTS (SELECT 1 FROM recon_diffs f WHERE f.run_id = v_run
             AND NOT EXISTS (SELECT 1 FROM recon_resolutions x
                              WHERE x.recon_date = d AND x.source = src
                                AND x.stserial = f.stserial)))
    INTO v;
  RETURN v;
END $$;

-- POST /api/recon/{date}/diffs/{stserial}/resolve[?source=]
CREATE OR REPLACE FUNCTION gf_bo_recon_resolve(p_actor text, p_date text,
    p_stserial text, p_reason text, p_note text, p_source text DEFAULT 'MI1') RETURNS json
LANGUAGE plpgsql AS $$
DECLARE
  d date := gf_bo_date(p_date);
  src text := gf_bo_source(p_source);
  v_run bigint;
  v_prev bigint;
  v_id bigint;
BEGIN
  IF d IS NULL THEN
    RAISE EXCEPTION 'date required' USING ERRCODE = '22023';
  END IF;
  IF src IS NULL THEN
    RAISE EXCEPTION 'source: MI1 or a bank number' USING ERRCODE = '22023';
  END IF;
  IF p_reason IS NULL OR NOT gf_bo_reasons() @> jsonb_build_array(
       jsonb_build_object('code', p_reason)) THEN
    RAISE EXCEPTION 'reason must be one of the list' USING ERRCODE = '22023';
  END IF;
  IF p_note IS NULL OR btrim(p_note) = '' OR length(p_note) > 2000 THEN
    RAISE EXCEPTION 'a note is required (at most 2000 characters)' USING ERRCODE = '22023';
  END IF;
  -- One decision at a time per (source, day): sign-off and resolutions queue here.
  PERFORM gf_bo_recon_lock(d, src);
  IF gf_bo_signoff_of(d, src) IS NOT NULL THEN
    PERFORM gf_bo_audit(p_actor, 'recon resolve refused', gf_bo_recon_object(d, src),
        jsonb_build_object('stserial', p_stserial, 'why', 'signed off',
                           'reason', p_reason, 'source', src));
    RETURN gf_bo_err('locked', '该日对账已签核，不能修改；须由管理员重新打开',
        'the day is signed off: an admin must reopen it first')::json;
  END IF;
  v_run := gf_bo_current_run(d, src);
  IF v_run IS NULL OR NOT EXISTS (SELECT 1 FROM recon_diffs
                                   WHERE run_id = v_run AND stserial = p_stserial) THEN
    RAISE EXCEPTION 'no difference % on %', p_stserial, d USING ERRCODE = 'GF001';
  END IF;
  SELECT max(id) INTO v_prev FROM recon_resolutions
   WHERE recon_date = d AND source = src AND stserial = p_stserial;
  INSERT INTO recon_resolutions (recon_date, source, run_id, stserial, reason, note,
      actor, supersedes)
  VALUES (d, src, v_run, p_stserial, p_reason, p_note, p_actor, v_prev)
  RETURNING id INTO v_id;
  PERFORM gf_bo_audit(p_actor, 'recon resolve', gf_bo_recon_object(d, src),
      jsonb_build_object('stserial', p_stserial, 'reason', p_reason,
                         'note', p_note, 'resolution', v_id,
                         'supersedes', v_prev, 'run_id', v_run, 'source', src));
  RETURN json_build_object('id', v_id, 'date', gf_bo_ymd(d), 'source', src,
      'stserial', p_stserial, 'reason', p_reason, 'note', p_note, 'actor', p_actor,
      'supersedes', v_prev, 'run_id', v_run);
END $$;

-- POST /api/recon/{date}/signoff[?source=]: the checker is not a maker.
CREATE OR REPLACE FUNCTION gf_bo_recon_signoff(p_actor text, p_date text,
    p_note text, p_source text DEFAULT 'MI1') RETURNS json
LANGUAGE plpgsql AS $$
DECLARE
  d date := gf_bo_date(p_date);
  src text := gf_bo_source(p_source);
  v_run bigint;
  v_open bigint;
  v_id bigint;
BEGIN
  IF d IS NULL THEN
    RAISE EXCEPTION 'date required' USING ERRCODE = '22023';
  END IF;
  IF src IS NULL THEN
    RAISE EXCEPTION 'source: MI1 or a bank number' USING ERRCODE = '22023';
  END IF;
  IF length(COALESCE(p_note, '')) > 2000 THEN
    RAISE EXCEPTION 'note: at most 2000 characters' USING ERRCODE = '22023';
  END IF;
  PERFORM gf_bo_recon_lock(d, src);
  -- The reconciliation's own day lock: no run starts while we decide.
  PERFORM gf_recon_day_lock(d, true);
  IF gf_bo_signoff_of(d, src) IS NOT NULL THEN
    PERFORM gf_bo_audit(p_actor, 'recon signoff refused', gf_bo_recon_object(d, src),
        jsonb_build_object('why', 'already signed off', 'source', src));
    RETURN gf_bo_err('locked', '该日对账已签核', 'the day is already signed off')::json;
  END IF;
  IF EXISTS (SELECT 1 FROM recon_resolutions WHERE recon_date = d AND source = src
               AND actor = p_actor) THEN
    PERFORM gf_bo_audit(p_actor, 'recon signoff refused', gf_bo_recon_object(d, src),
        jsonb_build_object('why', 'maker is not checker', 'source', src));
    RETURN gf_bo_err('conflict', '您处理过该日的差异，不能再签核（经办与复核须为不同的人）',
        'you resolved differences of this day: another auditor must sign it off')::json;
  END IF;
  IF EXISTS (SELECT 1 FROM recon_runs WHERE recon_date = d AND source = src
               AND state = 'RUNNING')
     OR EXISTS (SELECT 1 FROM recon_requests WHERE recon_date = d AND source = src
                  AND state IN ('QUEUED', 'STARTED')) THEN
    RAISE EXCEPTION 'a reconciliation of % is running or queued', d USING ERRCODE = 'GF002';
  END IF;
  v_run := gf_bo_current_run(d, src);
  IF v_run IS NULL OR (SELECT state FROM recon_runs WHERE recon_date = d AND source = src
                        ORDER BY id DESC LIMIT 1) <> 'DONE' THEN
    RAISE EXCEPTION 'no completed reconciliation of % (its last run must be DONE)', d
      USING ERRCODE = 'GF002';
  END IF;
  SELECT count(*) INTO v_open FROM recon_diffs f WHERE f.run_id = v_run
     AND NOT EXISTS (SELECT 1 FROM recon_resolutions x
                      WHERE x.recon_date = d AND x.source = src
                        AND x.stserial = f.stserial);
  IF v_open > 0 THEN
    RAISE EXCEPTION '% differences of % are not resolved', v_open, d USING ERRCODE = 'GF002';
  END IF;
  INSERT INTO recon_signoffs (recon_date, source, run_id, actor, note)
  VALUES (d, src, v_run, p_actor, COALESCE(p_note, '')) RETURNING id INTO v_id;
  PERFORM gf_bo_audit(p_actor, 'recon signoff', gf_bo_recon_object(d, src),
      jsonb_build_object('signoff', v_id, 'run_id', v_run, 'note', COALESCE(p_note, ''),
                         'source', src));
  RETURN json_build_object('id', v_id, 'date', gf_bo_ymd(d), 'source', src,
      'run_id', v_run, 'actor', p_actor, 'state', 'SIGNED');
END $$;

-- POST /api/recon/{date}/reopen[?source=] (admin): ends the sign-off, audited.
CREATE OR REPLACE FUNCTION gf_bo_recon_reopen(p_actor text, p_date text,
    p_reason text, p_source text DEFAULT 'MI1') RETURNS json
LANGUAGE plpgsql AS $$
DECLARE
  d date := gf_bo_date(p_date);
  src text := gf_bo_source(p_source);
  v_id bigint;
BEGIN
  IF d IS NULL THEN
    RAISE EXCEPTION 'date required' USING ERRCODE = '22023';
  END IF;
  IF src IS NULL THEN
    RAISE EXCEPTION 'source: MI1 or a bank number' USING ERRCODE = '22023';
  END IF;
  IF p_reason IS NULL OR btrim(p_reason) = '' OR length(p_reason) > 2000 THEN
    RAISE EXCEPTION 'a reason is required' USING ERRCODE = '22023';
  END IF;
  PERFORM gf_bo_recon_lock(d, src);
  UPDATE recon_signoffs SET reopened_by = p_actor, reopen_reason = p_reason,
         reopened_at = now()
   WHERE recon_date = d AND source = src AND reopened_at IS NULL RETURNING id INTO v_id;
  IF v_id IS NULL THEN
    RAISE EXCEPTION '% is not signed off', d USING ERRCODE = 'GF002';
  END IF;
  PERFORM gf_bo_audit(p_actor, 'recon reopen', gf_bo_recon_object(d, src),
      jsonb_build_object('signoff', v_id, 'reason', p_reason, 'source', src));
  RETURN json_build_object('date', gf_bo_ymd(d), 'source', src, 'signoff', v_id,
      'state', 'REOPENED');
END $$;

-- POST /api/recon/{date}/rerun[?source=]: queued for ifsvc (ifsvc/office.c).
CREATE OR REPLACE FUNCTION gf_bo_recon_rerun(p_actor text, p_date text,
    p_source text DEFAULT 'MI1')
RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  d date := gf_bo_date(p_date);
  src text := gf_bo_source(p_source);
  v_id bigint;
BEGIN
  IF d IS NULL OR d > current_date THEN
    RAISE EXCEPTION 'a date up to today is required' USING ERRCODE = '22023';
  END IF;
  IF src IS NULL OR (src <> 'MI1' AND NOT EXISTS (SELECT 1 FROM banks WHERE bankno = src)) THEN
    RAISE EXCEPTION 'source: MI1 or a registered bank' USING ERRCODE = '22023';
  END IF;
  PERFORM gf_bo_recon_lock(d, src);
  IF gf_bo_signoff_of(d, src) IS NOT NULL THEN
    PERFORM gf_bo_audit(p_actor, 'recon rerun refused', gf_bo_recon_object(d, src),
        jsonb_build_object('why', 'signed off', 'source', src));
    RETURN gf_bo_err('locked', '该日对账已签核，重新对账须先由管理员重新打开',
        'the day is signed off: an admin must reopen it before a new run')::json;
  END IF;
  IF EXISTS (SELECT 1 FROM recon_requests WHERE recon_date = d AND source = src
               AND state IN ('QUEUED', 'STARTED'))
     OR EXISTS (SELECT 1 FROM recon_runs WHERE recon_date = d AND source = src
                  AND state = 'RUNNING') THEN
    RAISE EXCEPTION 'a run of % is already queued or running', d USING ERRCODE = 'GF002';
  END IF;
  INSERT INTO recon_requests (recon_date, source, actor) VALUES (d, src, p_actor)
    RETURNING id INTO v_id;
  PERFORM gf_bo_audit(p_actor, 'recon rerun', gf_bo_recon_object(d, src),
      jsonb_build_object('request', v_id, 'source', src));
  RETURN json_build_object('request', v_id, 'date', gf_bo_ymd(d), 'source', src,
      'state', 'QUEUED');
END $$;

-- ---- a day's transactions in sums (closed days from tx_day_summary) ----

-- What a collector holds in cash: PAYMENT with pay_mode 1 (cash), and
-- PREPAY and CARD_RECHARGE, which carry no pay_mode in TP/1 (TP1 §5) and
-- are taken at the door in cash.
CREATE OR REPLACE FUNCTION gf_bo_is_cash(p_func text, p_pay_mode smallint)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT p_func IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE')
     AND (p_pay_mode = 1 OR (p_pay_mode IS NULL AND p_func <> 'PAYMENT'))
$$;

-- A day is closed once it is over and none of its rows is PENDING or
-- UNKNOWN: then no legal transition can change it.  Summarize it once.
CREATE OR REPLACE FUNCTION gf_bo_summarize(p_date date) RETURNS boolean
LANGUAGE plpgsql AS $$
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
  INSERT INTO tx_day_summary (settle_date, operator_id, func, pay_mode, state, channel,
      n, amount)
  SELECT p_date, operator_id, func, COALESCE(pay_mode, 0), state, channel, count(*),
         sum(amount)
    FROM transactions WHERE settle_date = p_date
   GROUP BY operator_id, func, COALESCE(pay_mode, 0), state, channel;
  GET DIAGNOSTICS v_n = ROW_COUNT;
  INSERT INTO tx_day_summarized (settle_date, n) VALUES (p_date, v_n);
  RETURN true;
END $$;

-- The day's sums: from the summary when closed; an open day's counted
-- from its rows at most GF_BO_LIVE_S (10) seconds ago (tx_day_live): a
-- page of a busy day's statistics or cash shows figures that old at most,
-- and its rows are counted once per interval, not per request.
-- Hand-in and every other money decision count live (gf_bo_cash_live).
CREATE OR REPLACE FUNCTION gf_bo_day_rows(p_date date)
RETURNS TABLE (operator_id text, func text, pay_mode smallint, state text,
               n bigint, amount bigint, channel text)
LANGUAGE plpgsql ROWS 500 AS $$
DECLARE v jsonb;
BEGIN
  IF gf_bo_summarize(p_date) THEN
    RETURN QUERY SELECT s.operator_id, s.func, s.pay_mode, s.state, s.n, s.amount,
                        s.channel
                   FROM tx_day_summary s WHERE s.settle_date = p_date;
    RETURN;
  END IF;
  SELECT l.rows INTO v FROM tx_day_live l
   WHERE l.settle_date = p_date AND l.made_at > clock_timestamp() - interval '10 seconds';
  IF v IS NULL THEN
    SELECT COALESCE(jsonb_agg(jsonb_build_array(x.op, x.func, x.pm, x.state, x.n, x.amt,
                                                x.ch)), '[]')
      INTO v
      FROM (SELECT t.operator_id AS op, t.func::text AS func,
                   COALESCE(t.pay_mode, 0)::smallint AS pm, t.state::text AS state,
                   count(*) AS n, sum(t.amount)::bigint AS amt, t.channel AS ch
              FROM transactions t WHERE t.settle_date = p_date
             GROUP BY 1, 2, 3, 4, 7) x;
    INSERT INTO tx_day_live (settle_date, made_at, rows)
    VALUES (p_date, clock_timestamp(), v)
    ON CONFLICT (settle_date) DO UPDATE SET made_at = EXCLUDED.made_at, rows = EXCLUDED.rows;
  END IF;
  RETURN QUERY SELECT e->>0, e->>1, (e->>2)::smallint, e->>3, (e->>4)::bigint,
                      (e->>5)::bigint, COALESCE(e->>6, 'TERMINAL')
                 FROM jsonb_array_elements(v) e;
END $$;

-- ---- collectors' cash ----

-- A collector's cash of a day, live: in force (SUCCESS), reversed the same
-- day, outcome unknown (never in force: the terminal was told it failed)
-- and still pending.
CREATE OR REPLACE FUNCTION gf_bo_cash_live(p_op text, p_date date)
RETURNS TABLE (expected bigint, gross bigint, reversed bigint, n bigint,
               unknown_n bigint, unknown_amount bigint, pending_n bigint)
LANGUAGE sql STABLE AS $$
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

-- Per collector of a day, from the day's sums.
CREATE OR REPLACE FUNCTION gf_bo_cash_day(p_date date)
RETURNS TABLE (operator_id text, settle_date date, expected bigint, gross bigint,
               reversed bigint, n bigint, unknown_amount bigint, pending_n bigint)
LANGUAGE sql AS $$
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

-- GET /api/cash?date=&collector=&state=
CREATE OR REPLACE FUNCTION gf_bo_cash_list(p_date text, p_collector text,
    p_state text, p_page int, p_size int) RETURNS json
LANGUAGE plpgsql SET jit = off AS $$
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

-- Collector-days with cash collected and not handed in, oldest first
-- (within p_window days), with whether each breaks a limit.
CREATE OR REPLACE FUNCTION gf_bo_cash_transit(p_window int)
RETURNS TABLE (operator_id text, settle_date date, expected bigint, days_out int)
LANGUAGE sql AS $$
  SELECT c.operator_id, c.settle_date, c.expected, (current_date - c.settle_date)::int
    FROM gf_bo_tx_dates(current_date - p_window, current_date) x,
         gf_bo_cash_day(x) c
   WHERE c.expected > 0
     AND NOT EXISTS (SELECT 1 FROM cash_days k WHERE k.operator_id = c.operator_id
                       AND k.settle_date = c.settle_date AND k.state <> 'OPEN')
$$;

-- GET /api/cash/in-transit: oldest first, with the limits of the config.
CREATE OR REPLACE FUNCTION gf_bo_cash_in_transit(p_days int, p_amount bigint,
    p_page int, p_size int) RETURNS json
LANGUAGE plpgsql SET jit = off AS $$
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

-- POST /api/cash/{collector}/{date}/handin {counted, reason?}: a cashier
-- counts the cash.  Equal to what is expected, or different with a reason:
-- BALANCED; different without a reason: HANDED_IN (a recount or a reason
-- follows).  Every count is a cash_events row.
CREATE OR REPLACE FUNCTION gf_bo_cash_handin(p_actor text, p_collector text,
    p_date text, p_counted bigint, p_reason text) RETURNS json
LANGUAGE plpgsql AS $$
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

-- POST /api/cash/{collector}/{date}/deposit {slip_no, bank, amount}: the
-- balanced cash went to the bank; the slip's amount is the cash counted.
CREATE OR REPLACE FUNCTION gf_bo_cash_deposit(p_actor text, p_collector text,
    p_date text, p_slip text, p_bank text, p_amount bigint) RETURNS json
LANGUAGE plpgsql AS $$
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
END $$;

-- ---- alarms (ifsvc/office.c, on its timer) ----

-- Days not signed off p_signoff_days after them (RECON_UNSIGNED), and
-- collectors whose cash stays out longer than p_cash_days or above
-- p_cash_amount fen (CASH_IN_TRANSIT).  One open alarm per day or
-- collector: raised again only after the previous one was acknowledged.
-- Returns the number raised.  0 turns a check off.
CREATE OR REPLACE FUNCTION gf_bo_alarms(p_signoff_days int, p_cash_days int,
    p_cash_amount bigint) RETURNS integer
LANGUAGE plpgsql SET jit = off AS $$
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
                        WHERE source = 'MI1' AND recon_date BETWEEN current_date - 62
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
    -- Each bank's days with a reconciliation run, not signed off.
    WITH days AS (
      SELECT DISTINCT recon_date AS day, source FROM recon_runs
       WHERE source <> 'MI1' AND recon_date BETWEEN current_date - 62
         AND current_date - p_signoff_days - 1
         AND gf_bo_signoff_of(recon_date, source) IS NULL),
    ins AS (
      INSERT INTO alarms (kind, source, detail)
      SELECT 'RECON_UNSIGNED', 'ifsvc', format('bank=%s date=%s not signed off after %s days',
               days.source, gf_bo_ymd(day), p_signoff_days)
        FROM days
       WHERE NOT EXISTS (SELECT 1 FROM alarms a WHERE a.kind = 'RECON_UNSIGNED'
                           AND NOT a.acked
                           AND left(a.detail, 24) = format('bank=%s date=%s ', days.source,
                                                           gf_bo_ymd(day)))
      RETURNING 1)
    SELECT n1 + count(*) INTO n1 FROM ins;
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

-- ---- statistics and the daily report ----

CREATE OR REPLACE FUNCTION gf_bo_label(p_by text, p_key text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p_by
    WHEN 'pay_mode' THEN CASE p_key
      WHEN '1' THEN '["现金", "cash"]' WHEN '2' THEN '["银行卡", "bank card"]'
      WHEN '3' THEN '["转账", "transfer"]' WHEN '4' THEN '["银行代收", "bank collection"]'
      WHEN '5' THEN '["银行代扣", "withholding"]' ELSE '["未指定", "not given"]' END::jsonb
    WHEN 'channel' THEN CASE p_key
      WHEN 'PAYMENT' THEN '["缴费", "payment"]' WHEN 'PREPAY' THEN '["预付费", "prepayment"]'
      WHEN 'CARD_RECHARGE' THEN '["IC卡充值", "card recharge"]'
      ELSE jsonb_build_array(p_key, p_key) END
    WHEN 'source' THEN CASE p_key
      WHEN 'TERMINAL' THEN '["手持终端", "handheld terminal"]'
      WHEN 'BANK' THEN '["银行代收", "bank collection"]'
      WHEN 'WITHHOLD' THEN '["银行代扣", "withholding"]'
      ELSE jsonb_build_array(p_key, p_key) END
    ELSE NULL END
$$;

-- Collections per day or month and per org, collector, pay_mode,
-- channel (the TP/1 function: PAYMENT, PREPAY, CARD_RECHARGE) or source
-- (where the money came in: TERMINAL, BANK, WITHHOLD; transactions.channel).  count and
-- amount are in force (SUCCESS); reversed_* were undone the same day.
CREATE OR REPLACE FUNCTION gf_bo_stats(p_period text, p_from text, p_to text,
    p_by text, p_page int, p_size int) RETURNS json
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  v_to date := COALESCE(gf_bo_date(p_to), current_date);
  v_from date := COALESCE(gf_bo_date(p_from), v_to);
  v_period text := COALESCE(p_period, 'day');
  v_by text := COALESCE(p_by, 'collector');
  pg int[] := gf_bo_page(p_page, p_size);
  v json;
BEGIN
  IF v_period NOT IN ('day', 'month')
     OR v_by NOT IN ('org', 'collector', 'pay_mode', 'channel', 'source') THEN
    RAISE EXCEPTION 'period=day|month, by=org|collector|pay_mode|channel|source'
      USING ERRCODE = '22023';
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
                     WHEN 'pay_mode' THEN r.pay_mode::text
                     WHEN 'source' THEN r.channel ELSE r.func END AS key,
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

-- Meter reading per day or month and per reader or org: uploads,
-- readings with an exception code, kWh and amounts; exceptions reported.
CREATE OR REPLACE FUNCTION gf_bo_stats_reading(p_period text, p_from text, p_to text,
    p_by text, p_page int, p_size int) RETURNS json
LANGUAGE plpgsql STABLE SET jit = off AS $$
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

-- Dunning visits per day or month and per collector, org or result code.
CREATE OR REPLACE FUNCTION gf_bo_stats_dunning(p_period text, p_from text, p_to text,
    p_by text, p_page int, p_size int) RETURNS json
LANGUAGE plpgsql STABLE SET jit = off AS $$
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

-- GET /api/report/daily?date=: one printable page of a day.
CREATE OR REPLACE FUNCTION gf_bo_report_daily(p_date text) RETURNS json
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  d date := COALESCE(gf_bo_date(p_date), current_date - 1);
  v json;
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS bo_day (operator_id text, func text,
      pay_mode smallint, state text, n bigint, amount bigint, channel text) ON COMMIT DROP;
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
    'by_source', (SELECT COALESCE(json_agg(json_build_object('key', channel,
        'label', gf_bo_label('source', channel)->>0,
        'label_en', gf_bo_label('source', channel)->>1,
        'count', c, 'amount', a) ORDER BY channel), '[]')
        FROM (SELECT channel, sum(n) AS c, sum(amount) AS a FROM bo_day
               WHERE state = 'SUCCESS' AND func <> 'REVERSAL' GROUP BY channel) x),
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
    'recon_banks', (SELECT COALESCE(json_agg(gf_bo_recon_day_head(d, b) ORDER BY b), '[]')
        FROM (SELECT source AS b FROM recon_runs WHERE recon_date = d AND source <> 'MI1'
              UNION SELECT bankno FROM gf_bo_bank_day_totals(d)) x),
    'reading', (SELECT json_build_object('uploads', count(*),
        'with_exception', count(*) FILTER (WHERE COALESCE(exception_code, 0) <> 0))
        FROM reading_uploads WHERE upload_date = d),
    'dunning', (SELECT json_build_object('visits', count(*),
        'customers', count(DISTINCT customer_no))
        FROM dunning_results WHERE created_at >= d AND created_at < d + 1))
    INTO v;
  RETURN v;
END $$;

-- ---- search and a transaction's story ----

-- GET /api/tx: server-side paging in (settle_date, stserial) order, newest
-- first.  p_after ('YYYYMMDD:stserial', the previous page's "next") pages
-- by key; p_page by offset.  total counts up to 10,001 ("more": true);
-- with only date, collector, state and function filters a closed day's
-- count comes from its summary (tx_day_summary) instead of its rows.  A
-- terminal's rows are found through its keys (tx_keys), a customer's, a
-- marketing serial's and a receipt's through their indexes.  Every value
-- is a parameter; only fixed clauses are put together.
CREATE OR REPLACE FUNCTION gf_bo_tx_search(p_from text, p_to text, p_terminal text,
    p_operator text, p_customer text, p_receipt text, p_stserial text,
    p_mkserial text, p_state text, p_func text, p_page int, p_size int,
    p_after text) RETURNS json
LANGUAGE plpgsql VOLATILE SET jit = off AS $$
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
END $$;

-- GET /api/tx/{stserial}: what the database knows of one transaction; the
-- console adds the raw packets from frontd's journal (appsrv/console_story.c).
CREATE OR REPLACE FUNCTION gf_bo_tx_story(p_stserial text) RETURNS json
LANGUAGE plpgsql STABLE SET jit = off AS $$
DECLARE
  k record;
  t record;
  v_run bigint;
  v_cat text;
  v_brun bigint;
  v_bcat text;
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
  -- A bank's transaction is also in its bank's day file: keyed there by
  -- the bank's serial.
  IF t.stserial IS NOT NULL AND t.channel = 'BANK' THEN
    v_brun := gf_bo_current_run(k.settle_date, t.bankno);
    IF v_brun IS NOT NULL THEN
      SELECT category INTO v_bcat FROM recon_diffs
       WHERE run_id = v_brun AND stserial = t.term_serial;
      IF v_bcat IS NULL THEN
        v_bcat := CASE WHEN t.func = 'REVERSAL' THEN 'NOT_LISTED'
                       WHEN t.state = 'FAILED' THEN 'ABSENT_AS_EXPECTED'
                       ELSE 'MATCHED' END;
      END IF;
    END IF;
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
        'channel', t.channel, 'bankno', t.bankno, 'bank_branch', t.bank_branch,
        'bank_teller', t.bank_teller, 'bank_medium', t.bank_medium,
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
             AND x.source = 'MI1' AND x.stserial = p_stserial ORDER BY x.id DESC LIMIT 1),
        'signed', gf_bo_signoff_of(k.settle_date) IS NOT NULL) END,
    'bank_recon', CASE WHEN v_brun IS NULL THEN NULL ELSE json_build_object(
        'bankno', t.bankno, 'run_id', v_brun, 'category', v_bcat,
        'diff', (SELECT json_build_object('l_state', f.l_state, 'l_expected', f.l_expected,
            'l_amount', f.l_amount, 'r_custno', f.r_custno, 'r_amount', f.r_amount,
            'r_status', f.r_status, 'r_txtime', f.r_txtime)
            FROM recon_diffs f WHERE f.run_id = v_brun AND f.stserial = t.term_serial),
        'resolution', (SELECT json_build_object('reason', x.reason, 'note', x.note,
            'actor', x.actor, 'created_at', x.created_at)
            FROM recon_resolutions x WHERE x.recon_date = k.settle_date
             AND x.source = t.bankno AND x.stserial = t.term_serial
           ORDER BY x.id DESC LIMIT 1),
        'signed', gf_bo_signoff_of(k.settle_date, t.bankno) IS NOT NULL) END,
    'audit', (SELECT COALESCE(json_agg(json_build_object('actor', a.actor,
        'action', a.action, 'detail', a.detail, 'created_at', a.created_at)
        ORDER BY a.id), '[]') FROM audit_log a WHERE a.object = p_stserial));
END $$;
