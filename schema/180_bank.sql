-- 180_bank.sql - the bank registry of BK/1 (docs/BK1.md).
--
-- A bank is known by its 4-digit number; it connects only from its
-- registered addresses; its MAC keys are in frontd's bank key file (never
-- here): the row says which suite and key version the bank is on and, while
-- it is being moved to a new version, which one it may use as well.  A
-- bank's number is never given to another bank: a bank is disabled, not
-- deleted.  The functions that change a bank, and the trigger that announces
-- each change to frontd (channel gf_bank), are in fn/bank.sql.

CREATE TABLE banks (
  bankno      text PRIMARY KEY CHECK (bankno ~ '^[0-9]{4}$' AND bankno <> '0000'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  addrs       inet[] NOT NULL DEFAULT '{}',
  suite       smallint NOT NULL CHECK (suite IN (1, 2)),
  keyver      smallint NOT NULL DEFAULT 1 CHECK (keyver BETWEEN 1 AND 99),
  next_keyver smallint CHECK (next_keyver BETWEEN 1 AND 99),
  rekey_until timestamptz,
  debit_addr  text,            -- host:port the station dials for 3001/3006
  enabled     boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK ((next_keyver IS NULL) = (rekey_until IS NULL)),
  CHECK (next_keyver IS NULL OR next_keyver > keyver)
);

-- The collection window (BK1 §3): the days of the month, and the hours of
-- a day, within which banks may query (2001) and collect (2002) for the
-- customers of an org.  No row: always open.
CREATE TABLE bank_windows (
  org         text PRIMARY KEY,
  first_day   smallint NOT NULL CHECK (first_day BETWEEN 1 AND 31),
  last_day    smallint NOT NULL CHECK (last_day BETWEEN 1 AND 31),
  opens       time NOT NULL DEFAULT '00:00',
  closes      time NOT NULL DEFAULT '24:00',
  CHECK (first_day <= last_day),
  CHECK (opens < closes)
);
