-- fn/bank.sql - the bank registry's life cycle (BK/1, docs/BK1.md), defined
-- here whole and only here; gfctl bank and the console call the same
-- functions.  Each takes the actor, writes its audit row in the same
-- transaction (gf_admin_audit, fn/admin.sql) and raises GF001 (no such
-- bank), GF002 (refused by a rule) or GF003 (already exists).

CREATE OR REPLACE FUNCTION gf_bank_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gf_bank', COALESCE(NEW.bankno, OLD.bankno));
  RETURN COALESCE(NEW, OLD);
END $$;

-- frontd caches the registry as it caches terminals' and hears of every
-- change on channel gf_bank.
DROP TRIGGER IF EXISTS banks_notify ON banks;
CREATE TRIGGER banks_notify AFTER INSERT OR UPDATE OR DELETE ON banks
  FOR EACH ROW EXECUTE FUNCTION gf_bank_notify();

CREATE OR REPLACE FUNCTION gf_bank_get(p_bankno text)
RETURNS banks LANGUAGE plpgsql AS $$
DECLARE
  b banks;
BEGIN
  SELECT * INTO b FROM banks WHERE bankno = p_bankno FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no bank %', p_bankno USING ERRCODE = 'GF001';
  END IF;
  RETURN b;
END $$;

CREATE OR REPLACE FUNCTION gf_bank_add(p_actor text, p_bankno text, p_name text,
                                       p_addrs inet[], p_suite int, p_debit_addr text,
                                       p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_bankno IS NULL OR p_bankno !~ '^[0-9]{4}$' OR p_bankno = '0000' THEN
    RAISE EXCEPTION 'a bank number is 4 digits, not 0000' USING ERRCODE = 'GF002';
  END IF;
  IF p_suite IS NULL OR p_suite NOT IN (1, 2) THEN
    RAISE EXCEPTION 'suite must be 1 or 2' USING ERRCODE = 'GF002';
  END IF;
  IF p_name IS NULL OR length(btrim(p_name)) NOT BETWEEN 1 AND 64 THEN
    RAISE EXCEPTION 'a bank needs a name of 1..64 characters' USING ERRCODE = 'GF002';
  END IF;
  IF p_addrs IS NULL OR cardinality(p_addrs) = 0 THEN
    RAISE EXCEPTION 'a bank connects from at least one registered address'
      USING ERRCODE = 'GF002';
  END IF;
  IF EXISTS (SELECT 1 FROM banks WHERE bankno = p_bankno) THEN
    RAISE EXCEPTION 'bank % already exists', p_bankno USING ERRCODE = 'GF003';
  END IF;
  INSERT INTO banks (bankno, name, addrs, suite, debit_addr)
  VALUES (p_bankno, btrim(p_name), p_addrs, p_suite, p_debit_addr);
  PERFORM gf_admin_audit(p_actor, 'bank add', p_bankno, p_reason,
    jsonb_build_object('name', btrim(p_name), 'suite', p_suite,
                       'addrs', (SELECT jsonb_agg(host(a)) FROM unnest(p_addrs) a),
                       'debit_addr', COALESCE(p_debit_addr, '')));
END $$;

CREATE OR REPLACE FUNCTION gf_bank_enable(p_actor text, p_bankno text, p_on boolean,
                                          p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  b banks := gf_bank_get(p_bankno);
BEGIN
  IF b.enabled = p_on THEN
    RAISE EXCEPTION 'bank % is already %', p_bankno,
      CASE WHEN p_on THEN 'enabled' ELSE 'disabled' END USING ERRCODE = 'GF002';
  END IF;
  UPDATE banks SET enabled = p_on WHERE bankno = p_bankno;
  PERFORM gf_admin_audit(p_actor, CASE WHEN p_on THEN 'bank enable' ELSE 'bank disable' END,
                         p_bankno, p_reason, '{}'::jsonb);
END $$;

CREATE OR REPLACE FUNCTION gf_bank_rebind(p_actor text, p_bankno text, p_addrs inet[],
                                          p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  b banks := gf_bank_get(p_bankno);
BEGIN
  IF p_addrs IS NULL OR cardinality(p_addrs) = 0 THEN
    RAISE EXCEPTION 'a bank connects from at least one registered address'
      USING ERRCODE = 'GF002';
  END IF;
  UPDATE banks SET addrs = p_addrs WHERE bankno = p_bankno;
  PERFORM gf_admin_audit(p_actor, 'bank rebind', p_bankno, p_reason,
    jsonb_build_object('from', (SELECT jsonb_agg(host(a)) FROM unnest(b.addrs) a),
                       'to', (SELECT jsonb_agg(host(a)) FROM unnest(p_addrs) a)));
END $$;

-- A new MAC key version is in the key file: the bank may use it beside its
-- current one for p_overlap; its first valid frame under it moves the row
-- (gf_bank_keyver_seen), never back.
CREATE OR REPLACE FUNCTION gf_bank_rekey(p_actor text, p_bankno text, p_keyver int,
                                         p_overlap interval, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  b banks := gf_bank_get(p_bankno);
BEGIN
  IF p_keyver IS NULL OR p_keyver <= b.keyver OR p_keyver > 99 THEN
    RAISE EXCEPTION 'bank % is on key version %: a move goes forward (to 1..99)',
      p_bankno, b.keyver USING ERRCODE = 'GF002';
  END IF;
  IF p_overlap IS NULL OR p_overlap <= interval '0' THEN
    RAISE EXCEPTION 'the overlap must be positive' USING ERRCODE = 'GF002';
  END IF;
  UPDATE banks SET next_keyver = p_keyver, rekey_until = now() + p_overlap
   WHERE bankno = p_bankno;
  PERFORM gf_admin_audit(p_actor, 'bank rekey', p_bankno, p_reason,
    jsonb_build_object('keyver', b.keyver, 'next_keyver', p_keyver,
                       'overlap', p_overlap::text));
END $$;

CREATE OR REPLACE FUNCTION gf_bank_keyver_seen(p_bankno text, p_keyver int)
RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  b banks;
BEGIN
  UPDATE banks SET keyver = p_keyver, next_keyver = NULL, rekey_until = NULL
   WHERE bankno = p_bankno AND next_keyver = p_keyver AND rekey_until > now()
  RETURNING * INTO b;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  INSERT INTO audit_log (actor, action, object, detail)
  VALUES ('frontd', 'bank keyver moved', p_bankno, jsonb_build_object('keyver', p_keyver));
  RETURN true;
END $$;

CREATE OR REPLACE FUNCTION gf_bank_window_set(p_actor text, p_org text, p_first int,
                                              p_last int, p_opens time, p_closes time,
                                              p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_org IS NULL OR btrim(p_org) = '' THEN
    RAISE EXCEPTION 'an org is required' USING ERRCODE = 'GF002';
  END IF;
  IF p_first IS NULL OR p_last IS NULL OR p_first NOT BETWEEN 1 AND 31
     OR p_last NOT BETWEEN 1 AND 31 OR p_first > p_last THEN
    RAISE EXCEPTION 'the window''s days are 1..31, first <= last' USING ERRCODE = 'GF002';
  END IF;
  IF COALESCE(p_opens, '00:00') >= COALESCE(p_closes, '24:00') THEN
    RAISE EXCEPTION 'the window opens before it closes' USING ERRCODE = 'GF002';
  END IF;
  INSERT INTO bank_windows (org, first_day, last_day, opens, closes)
  VALUES (p_org, p_first, p_last, COALESCE(p_opens, '00:00'), COALESCE(p_closes, '24:00'))
  ON CONFLICT (org) DO UPDATE SET first_day = EXCLUDED.first_day,
    last_day = EXCLUDED.last_day, opens = EXCLUDED.opens, closes = EXCLUDED.closes;
  PERFORM gf_admin_audit(p_actor, 'bank window', p_org, p_reason,
    jsonb_build_object('first_day', p_first, 'last_day', p_last,
                       'opens', COALESCE(p_opens, '00:00')::text,
                       'closes', COALESCE(p_closes, '24:00')::text));
END $$;

-- Is the window open for an org at a moment (local time)?  Days past the
-- month's end count as its last day (a window to the 31st ends with the
-- month).
-- PL/pgSQL, so that its plan is kept: as a SQL function (not inlined, for
-- its sub-select) it was planned at every call, on every bank payment.
CREATE OR REPLACE FUNCTION gf_bank_window_open(p_org text, p_at timestamp)
RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN COALESCE((
    SELECT extract(day FROM p_at)::int BETWEEN w.first_day
             AND least(w.last_day, extract(day FROM (date_trunc('month', p_at)
                                   + interval '1 month - 1 day'))::int)
           AND p_at::time >= w.opens AND (w.closes = '24:00' OR p_at::time < w.closes)
      FROM bank_windows w WHERE w.org = p_org), true);
END $$;
