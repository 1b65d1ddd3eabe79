-- fn/terminal.sql - the terminal registry's change announcements.
-- frontd caches the registry; every change is announced on channel
-- gf_terminal with the terminal id as payload (appsrv relays it).  The
-- triggers that call it (terminals_notify, terminals_notify_update) are with
-- the table (000_baseline.sql, 120_key_life.sql): their WHEN clause leaves out the
-- last_seq / last_seen bumps of every request, so the test at the top of the
-- function only matters for a trigger without one.

CREATE OR REPLACE FUNCTION gf_terminal_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.enabled = OLD.enabled AND NEW.suite = OLD.suite
     AND NEW.keyver = OLD.keyver AND NEW.bound_ip IS NOT DISTINCT FROM OLD.bound_ip THEN
    RETURN NEW;   -- last_seq / last_seen bumps are not registry changes
  END IF;
  PERFORM pg_notify('gf_terminal', COALESCE(NEW.id, OLD.id));
  RETURN COALESCE(NEW, OLD);
END $$;
