-- fn/admin.sql - the life cycle of terminals and operators (docs/KEYS.md),
-- defined here whole and only here.  gfctl (terminal, operator) and the
-- console's administration routes call these same functions, so a rule
-- holds whoever changes the registry.
--
-- Every function takes p_actor ('gfctl:root', 'console:alice'), writes its
-- audit_log row (who, what, why, the values before and after) in the same
-- transaction as the change, and raises:
--   GF001  no such terminal / operator
--   GF002  refused by a rule (the message says which)
--   GF003  already exists (a retired id counts: ids are never reused)
-- Nothing here takes or stores a PIN: operators' PINs arrive as PBKDF2
-- hashes (common/pinhash.h).  Everything is idempotent to re-apply.

CREATE OR REPLACE FUNCTION gf_admin_audit(p_actor text, p_action text, p_object text,
                                          p_reason text, p_detail jsonb)
RETURNS void LANGUAGE plpgsql AS $$
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

-- The row to change, locked; GF001 when absent, GF002 when retired.
CREATE OR REPLACE FUNCTION gf_term_get(p_id text, p_what text)
RETURNS terminals LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION gf_term_add(p_actor text, p_id text, p_name text, p_org text,
                                       p_suite int, p_keyver int, p_sim_ip inet, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
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
END $$;

CREATE OR REPLACE FUNCTION gf_term_rename(p_actor text, p_id text, p_name text, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
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

-- p_sim_ip NULL: not bound (frames from any address).
CREATE OR REPLACE FUNCTION gf_term_rebind(p_actor text, p_id text, p_sim_ip inet, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t terminals := gf_term_get(p_id, 'rebind');
BEGIN
  UPDATE terminals SET bound_ip = p_sim_ip WHERE id = p_id;
  PERFORM gf_admin_audit(p_actor, 'terminal rebind', p_id, p_reason,
    jsonb_build_object('from', COALESCE(host(t.bound_ip), ''),
                       'to', COALESCE(host(p_sim_ip), '')));
END $$;

CREATE OR REPLACE FUNCTION gf_term_move(p_actor text, p_id text, p_org text, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION gf_term_enable(p_actor text, p_id text, p_enabled bool, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
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

-- Retired: refused as UNKNOWN_TERMINAL from then on; the row, its
-- transactions and its journal records stay, and the id cannot be added
-- again.  Its open sessions end.
CREATE OR REPLACE FUNCTION gf_term_retire(p_actor text, p_id text, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
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

-- Key versions (not in the console contract; gfctl terminal rekey).  The
-- terminal may use p_keyver as well as its current version until now() +
-- p_overlap; its first valid frame under p_keyver moves it there for good
-- (gf_term_keyver_seen).  Only forward: p_keyver above the current one.
CREATE OR REPLACE FUNCTION gf_term_rekey(p_actor text, p_id text, p_keyver int,
                                         p_overlap interval, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
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

-- frontd opened a valid frame of p_id under p_keyver: when that is the
-- version the terminal is being moved to (and the overlap still runs), the
-- registry moves there, never back.  True when it moved (audited, actor
-- 'frontd'); false when there was nothing to do (already moved, or a stale
-- report).
CREATE OR REPLACE FUNCTION gf_term_keyver_seen(p_id text, p_keyver int)
RETURNS boolean LANGUAGE plpgsql AS $$
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

-- Operators -----------------------------------------------------------------

CREATE OR REPLACE FUNCTION gf_op_get(p_id text, p_what text)
RETURNS operators LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION gf_op_hash_ok(p_pin_hash text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT p_pin_hash ~ '^pbkdf2-sha256\$[0-9]+\$[0-9A-Fa-f]{32}\$[0-9A-Fa-f]{64}$'
$$;

CREATE OR REPLACE FUNCTION gf_op_add(p_actor text, p_id text, p_name text, p_org text,
                                     p_role text, p_pin_hash text, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION gf_op_set_role(p_actor text, p_id text, p_role text, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
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

-- A new PIN (as its hash): the failed-attempt count restarts and the
-- operator's open sessions end.  The hash is not written to the audit log.
CREATE OR REPLACE FUNCTION gf_op_set_pin(p_actor text, p_id text, p_pin_hash text, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
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

-- A locked operator's requests are answered OPERATOR_LOCKED (open sessions
-- included); unlock also clears the failed-attempt count (a lock after too
-- many wrong PINs is lifted the same way).
CREATE OR REPLACE FUNCTION gf_op_lock(p_actor text, p_id text, p_locked bool, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
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

-- Retired: locked for good (sign-on refuses a locked operator), sessions
-- ended; the row stays for the transactions and the audit log that name it.
CREATE OR REPLACE FUNCTION gf_op_retire(p_actor text, p_id text, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  o operators := gf_op_get(p_id, 'retire');
BEGIN
  UPDATE operators SET locked = true, retired_at = now() WHERE id = p_id;
  UPDATE sessions SET ended_at = now() WHERE operator_id = p_id AND ended_at IS NULL;
  PERFORM gf_admin_audit(p_actor, 'operator retire', p_id, p_reason,
    jsonb_build_object('role', o.role, 'org', o.org));
END $$;
