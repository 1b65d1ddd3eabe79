-- 140_outbox.sql - store and forward (docs/DESIGN.md "Store and forward").
-- Every non-money record the station accepts on the marketing system's
-- behalf (a reading exception, 2003; a dunning result, 3004) is written
-- here in the same transaction as the station's own record, before the
-- terminal hears anything.  From then on delivering it is the station's
-- duty: ifsvc sends it, in order per meter or customer (seq_key), retries
-- with backoff while the marketing system is down or answers 9999, and
-- parks it when the marketing system refuses it for good.  The functions
-- that move a record from state to state are in schema/fn/outbox.sql.
--
--   SENDING   -> DELIVERED | REFUSED | PENDING | PARKED
--   PENDING   -> SENDING
--   PARKED    -> PENDING (corrected and resent) | CLOSED (given up), by a person
-- REFUSED: refused at once while the terminal waited, and the terminal was
-- told why (the record was not accepted).  DELIVERED, REFUSED and CLOSED
-- are final.
CREATE TABLE outbox (
  id           bigserial PRIMARY KEY,
  ref          text NOT NULL UNIQUE,          -- the idempotency key sent as <ref>
  trcode       smallint NOT NULL CHECK (trcode IN (2003, 3004)),
  seq_key      text NOT NULL,                 -- meter (2003) or customer (3004)
  terminal_id  text NOT NULL,
  operator_id  text NOT NULL,
  record_id    bigint NOT NULL,               -- reading_exceptions.id / dunning_results.id
  body         jsonb NOT NULL,                -- the MI/1 body as sent (with ref)
  state        text NOT NULL DEFAULT 'PENDING'
               CHECK (state IN ('PENDING', 'SENDING', 'DELIVERED', 'REFUSED', 'PARKED', 'CLOSED')),
  attempts     integer NOT NULL DEFAULT 0,
  next_at      timestamptz NOT NULL DEFAULT now(),
  lease_until  timestamptz,
  leased_by    text,
  last_rspcode text,
  last_error   text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  closed_by    text
);
-- Undelivered records by key and age: the claim's "oldest of its key" test.
CREATE INDEX outbox_open ON outbox (seq_key, id) WHERE state IN ('PENDING', 'SENDING');
CREATE INDEX outbox_due ON outbox (next_at) WHERE state IN ('PENDING', 'SENDING');

ALTER TABLE reading_exceptions ADD COLUMN outbox_id bigint;
ALTER TABLE dunning_results ADD COLUMN outbox_id bigint;
