-- 120_key_life.sql - terminals and operators over their whole life
-- (docs/KEYS.md): a terminal may be moved to a new key version with an
-- overlap during which frames under either version are accepted, and
-- terminals and operators are retired rather than deleted (their history,
-- journal and transactions stay; a retired id is never used again).
-- The life-cycle operations themselves are the functions of fn/admin.sql.
ALTER TABLE terminals
  ADD COLUMN next_keyver gf_keyver,           -- accepted too until rekey_until
  ADD COLUMN rekey_until timestamptz,
  ADD COLUMN retired_at timestamptz,
  ADD CONSTRAINT terminals_next_keyver_check
    CHECK (next_keyver IS NULL OR (next_keyver <> keyver AND rekey_until IS NOT NULL)),
  ADD CONSTRAINT terminals_retired_check
    CHECK (retired_at IS NULL OR (NOT enabled AND next_keyver IS NULL));

ALTER TABLE operators
  ADD COLUMN retired_at timestamptz,
  ADD CONSTRAINT operators_retired_check CHECK (retired_at IS NULL OR locked);

-- What frontd caches (appsrv's term_lookup) now includes the overlap and
-- retirement: announce their changes too.
DROP TRIGGER terminals_notify_update ON terminals;
CREATE TRIGGER terminals_notify_update AFTER UPDATE ON terminals
  FOR EACH ROW
  WHEN (NEW.enabled IS DISTINCT FROM OLD.enabled OR NEW.suite IS DISTINCT FROM OLD.suite
        OR NEW.keyver IS DISTINCT FROM OLD.keyver
        OR NEW.next_keyver IS DISTINCT FROM OLD.next_keyver
        OR NEW.rekey_until IS DISTINCT FROM OLD.rekey_until
        OR NEW.retired_at IS DISTINCT FROM OLD.retired_at
        OR NEW.bound_ip IS DISTINCT FROM OLD.bound_ip
        OR NEW.id IS DISTINCT FROM OLD.id)
  EXECUTE FUNCTION gf_terminal_notify();

CREATE INDEX terminals_keyver_idx ON terminals (suite, keyver) WHERE retired_at IS NULL;
CREATE INDEX sessions_operator_open ON sessions (operator_id) WHERE ended_at IS NULL;
