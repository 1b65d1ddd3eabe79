-- 050_console.sql - who may use the web console (appsrv/console.c), and
-- their sessions.  Passwords are PBKDF2 hashes (common/pinhash.h); a
-- session is known only by the SHA-256 of its 32-byte cookie token, and
-- its CSRF token likewise.  Every change a console user makes is written
-- to audit_log in the same transaction as the change (gf_con_* below).

CREATE TABLE console_users (
  id              text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_.-]{1,32}$'),
  name            text NOT NULL,
  role            text NOT NULL CHECK (role IN ('admin', 'auditor')),
  pw_hash         text NOT NULL,
  locked          boolean NOT NULL DEFAULT false,
  failed_attempts integer NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE console_sessions (
  token_hash  bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  csrf_hash   bytea NOT NULL CHECK (length(csrf_hash) = 32),
  user_id     text NOT NULL REFERENCES console_users(id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  last_seen   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX console_sessions_user ON console_sessions (user_id);

-- A wrong password: one more failure, locked at the fifth.  Returns
-- whether the user is now locked.
CREATE FUNCTION gf_con_fail(p_user text) RETURNS boolean
LANGUAGE sql AS $$
  UPDATE console_users SET failed_attempts = failed_attempts + 1,
         locked = locked OR failed_attempts + 1 >= 5
   WHERE id = p_user RETURNING locked;
$$;

-- A right password: failures forgotten, the session stored, the login
-- audited.  Returns the role ('' when the user was locked meanwhile).
CREATE FUNCTION gf_con_login(p_user text, p_token_hash bytea, p_csrf_hash bytea)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE v_role text;
BEGIN
  UPDATE console_users SET failed_attempts = 0
   WHERE id = p_user AND NOT locked RETURNING role INTO v_role;
  IF NOT FOUND THEN
    RETURN '';
  END IF;
  DELETE FROM console_sessions WHERE last_seen < now() - interval '1 day';
  INSERT INTO console_sessions (token_hash, csrf_hash, user_id)
  VALUES (p_token_hash, p_csrf_hash, p_user);
  INSERT INTO audit_log (actor, action, object) VALUES ('console:' || p_user, 'console login', p_user);
  RETURN v_role;
END $$;

-- The session of a cookie, if it is live (used within p_idle_s seconds and
-- its user not locked); touches it.
CREATE FUNCTION gf_con_session(p_token_hash bytea, p_idle_s integer)
RETURNS TABLE (r_user text, r_role text, r_csrf_hash bytea)
LANGUAGE sql AS $$
  UPDATE console_sessions s SET last_seen = now()
    FROM console_users u
   WHERE s.token_hash = p_token_hash AND u.id = s.user_id AND NOT u.locked
     AND s.last_seen > now() - make_interval(secs => p_idle_s)
  RETURNING u.id, u.role, s.csrf_hash;
$$;

-- An admin's action, with its audit row, in one transaction.  Returns
-- false when the object does not exist (nothing changed, nothing audited).
CREATE FUNCTION gf_con_action(p_user text, p_action text, p_object text)
RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF p_action = 'terminal enable' OR p_action = 'terminal disable' THEN
    UPDATE terminals SET enabled = (p_action = 'terminal enable') WHERE id = p_object;
  ELSIF p_action = 'operator unlock' THEN
    UPDATE operators SET locked = false, failed_attempts = 0 WHERE id = p_object;
  ELSIF p_action = 'alarm ack' THEN
    UPDATE alarms SET acked = true WHERE id::text = p_object;
  ELSE
    RAISE EXCEPTION 'gf_con_action: unknown action %', p_action USING ERRCODE = '22023';
  END IF;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  INSERT INTO audit_log (actor, action, object) VALUES ('console:' || p_user, p_action, p_object);
  RETURN true;
END $$;
