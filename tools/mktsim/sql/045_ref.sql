-- Store and forward (the station's outbox): a kept record carries <ref>,
-- its idempotency key.  A record that arrives again under a ref already
-- recorded is answered 2001 (duplicate) and recorded once; dups counts the
-- repeats, so that a test can tell "delivered once" from "sent once".
ALTER TABLE mk_reading_exceptions ADD COLUMN IF NOT EXISTS ref text;
ALTER TABLE mk_reading_exceptions ADD COLUMN IF NOT EXISTS dups integer NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX IF NOT EXISTS mk_reading_exceptions_ref ON mk_reading_exceptions (ref);
ALTER TABLE mk_dunning_results ADD COLUMN IF NOT EXISTS ref text;
ALTER TABLE mk_dunning_results ADD COLUMN IF NOT EXISTS dups integer NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX IF NOT EXISTS mk_dunning_results_ref ON mk_dunning_results (ref);
