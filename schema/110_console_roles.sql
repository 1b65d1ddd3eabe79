-- 110_console_roles.sql - the back-office console (appsrv/console*.c):
-- a console user holds one or more roles (auditor, cashier, admin); a lock
-- after wrong passwords expires (locked_until) while a lock by an
-- administrator (locked) stays until lifted; an alarm is acknowledged with
-- a note, by someone, at a time.  The functions are fn/console_core.sql.
ALTER TABLE console_users ADD COLUMN roles text[];
UPDATE console_users SET roles = ARRAY[role];
ALTER TABLE console_users
  ALTER COLUMN roles SET NOT NULL,
  ADD CONSTRAINT console_users_roles_check
    CHECK (cardinality(roles) BETWEEN 1 AND 3
           AND roles <@ ARRAY['auditor', 'cashier', 'admin']::text[]),
  DROP COLUMN role,
  ADD COLUMN locked_until timestamptz,
  ADD COLUMN failed_since timestamptz;   -- the first failure counted now

ALTER TABLE alarms
  ADD COLUMN acked_by text,
  ADD COLUMN acked_at timestamptz,
  ADD COLUMN ack_note text;
CREATE INDEX alarms_created ON alarms (created_at);
CREATE INDEX audit_log_created ON audit_log (created_at);
CREATE INDEX audit_log_object ON audit_log (object, id);

-- The console's functions of 050 are replaced by fn/console_core.sql.
DROP FUNCTION gf_con_fail(text);
DROP FUNCTION gf_con_login(text, bytea, bytea);
DROP FUNCTION gf_con_session(bytea, integer);
DROP FUNCTION gf_con_action(text, text, text);
