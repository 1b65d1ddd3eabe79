-- fn/terminal.sql - the terminal registry's change announcements.
-- frontd caches the registry; every change is announced on channel
-- gf_terminal with the terminal id as payload (appsrv relays it).  The
-- triggers that call it (terminals_notify, terminals_notify_update) are with
-- the table (000_baseline.sql, 120_key_life.sql): their WHEN clause leaves out the
-- last_seq / last_seen bumps of every request, so the test at the top of the
-- function only matters for a trigger without one.

CREATE OR REPLACE FUNCTION gf_terminal_notify() RETURNS trigger LANGUAGE plpgsql AS $$
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
