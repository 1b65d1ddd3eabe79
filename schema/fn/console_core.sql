-- console_core.sql - the console's users, sessions and administration
-- (appsrv/console_login.c, console_admin.c; docs/CONSOLE.md).  Every change
-- is written to audit_log in the same transaction; errors use the
-- contract's SQLSTATEs: GF001 not found, GF002 refused by a rule, GF003
-- exists.

-- The session of a cookie, if it is live: used within p_idle_s seconds,
-- begun within p_max_age_s, its user not locked.  Touches it.
CREATE OR REPLACE FUNCTION gf_con_session(p_token_hash bytea, p_idle_s integer,
                                          p_max_age_s integer)
RETURNS TABLE (r_user text, r_roles text[], r_csrf_hash bytea)
LANGUAGE sql AS $$
  UPDATE console_sessions s SET last_seen = now()
    FROM console_users u
   WHERE s.token_hash = p_token_hash AND u.id = s.user_id AND NOT u.locked
     AND (u.locked_until IS NULL OR u.locked_until <= now())
     AND s.last_seen > now() - make_interval(secs => p_idle_s)
     AND s.created_at > now() - make_interval(secs => p_max_age_s)
  RETURNING u.id, u.roles, s.csrf_hash;
$$;

-- A right password: failures forgotten, the session the browser came with
-- (p_old_token_hash) ended, a new one stored, the login audited.  Returns
-- {user, name, roles}, or NULL when the user was locked meanwhile.
CREATE OR REPLACE FUNCTION gf_con_login(p_user text, p_token_hash bytea,
    p_csrf_hash bytea, p_old_token_hash bytea, p_addr text)
RETURNS json LANGUAGE plpgsql AS $$
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

-- A wrong password for a user who is not locked: one more failure within
-- the window of p_lockout_s seconds since the first counted one (older ones
-- are forgotten); at p_max the user is locked for p_lockout_s seconds, the
-- user's sessions end, the lock is audited and raises an alarm.  Returns
-- whether it locked.
CREATE OR REPLACE FUNCTION gf_con_fail(p_user text, p_max integer,
    p_lockout_s integer, p_addr text)
RETURNS boolean LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION gf_con_roles_ok(p_roles text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT p_roles IS NOT NULL AND cardinality(p_roles) BETWEEN 1 AND 3
     AND p_roles <@ ARRAY['auditor', 'cashier', 'admin']::text[]
     AND cardinality(p_roles) = (SELECT count(DISTINCT r) FROM unnest(p_roles) r);
$$;

-- At least one administrator who can log in stays (else nobody could
-- undo the change from the console).
CREATE OR REPLACE FUNCTION gf_con_admin_left(p_what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM console_users WHERE 'admin' = ANY (roles) AND NOT locked) THEN
    RAISE EXCEPTION '% would leave no administrator', p_what USING ERRCODE = 'GF002';
  END IF;
END $$;

CREATE OR REPLACE FUNCTION gf_con_user_add(p_actor text, p_id text, p_name text,
    p_roles text[], p_pw_hash text)
RETURNS void LANGUAGE plpgsql AS $$
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
END $$;

CREATE OR REPLACE FUNCTION gf_con_user_roles(p_actor text, p_id text, p_roles text[])
RETURNS void LANGUAGE plpgsql AS $$
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

-- Locked by an administrator: until unlocked, and the sessions end.
-- Unlocking also lifts a lock after wrong passwords.
CREATE OR REPLACE FUNCTION gf_con_user_lock(p_actor text, p_id text, p_locked boolean)
RETURNS void LANGUAGE plpgsql AS $$
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

-- A new password ends the user's sessions.
CREATE OR REPLACE FUNCTION gf_con_user_password(p_actor text, p_id text, p_pw_hash text)
RETURNS void LANGUAGE plpgsql AS $$
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
END $$;

CREATE OR REPLACE FUNCTION gf_con_alarm_ack(p_actor text, p_id bigint, p_note text)
RETURNS void LANGUAGE plpgsql AS $$
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

-- The depth of the station's outbox, when it has one (NULL otherwise).
CREATE OR REPLACE FUNCTION gf_con_outbox_depth() RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
DECLARE v bigint;
BEGIN
  IF to_regclass('outbox') IS NULL THEN
    RETURN NULL;
  END IF;
  EXECUTE 'SELECT count(*) FROM outbox' INTO v;
  RETURN v;
END $$;
