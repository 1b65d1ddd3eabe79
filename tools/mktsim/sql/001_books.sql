-- 001_books.sql - mktsim: the simulated marketing system's own books
-- (database "mktsim"): domains, tables, the settings of the admin port.
-- Money is integer fen (bigint); readings and kWh are integer 0.01 kWh.
-- Every function is in sql/fn/*.sql (the rules, one file per family).
--
-- Applied once by `mktsim init` (common/migrate.h, the same rules as the
-- station's schema).  Written so that every statement may run again: a
-- database made before the simulator recorded its migrations (when init
-- ran every file each time) is taken over by applying this file to it.

-- Domains for the single-column checks of the tables every payment writes.
-- PostgreSQL 15 turns a table's CHECK constraints back from text into
-- expressions on every INSERT or UPDATE statement; a domain's check is
-- prepared once per connection and runs only on the columns a statement
-- assigns.  (The station's schema does the same.)
DO $$
BEGIN
  IF to_regtype('mk_fen') IS NULL THEN
    CREATE DOMAIN mk_fen AS bigint CHECK (VALUE >= 0);
  END IF;
  IF to_regtype('mk_txn_status') IS NULL THEN
    CREATE DOMAIN mk_txn_status AS text CHECK (VALUE IN ('OK', 'REVERSED'));
  END IF;
END $$;

CREATE TABLE IF NOT EXISTS mk_books (
  bookno  text PRIMARY KEY,            -- 表段, "B0001"
  name    text NOT NULL,
  operid  text NOT NULL                -- meter reader / dunning operator
);

CREATE TABLE IF NOT EXISTS mk_customers (
  custno   text PRIMARY KEY,           -- 10 digits, "51" + 8
  name     text NOT NULL,
  addr     text NOT NULL,
  bookno   text NOT NULL REFERENCES mk_books,
  balance  mk_fen NOT NULL DEFAULT 0,  -- prepaid, fen
  tariff   text NOT NULL DEFAULT 'RES3'
);
CREATE INDEX IF NOT EXISTS mk_customers_book ON mk_customers (bookno, custno);

CREATE TABLE IF NOT EXISTS mk_meters (
  meterno       text PRIMARY KEY,      -- "M" + 10 digits
  custno        text NOT NULL REFERENCES mk_customers,
  multiplier    int NOT NULL DEFAULT 1,
  lastreading   bigint NOT NULL,       -- 0.01 kWh
  is_card       boolean NOT NULL DEFAULT false,
  cardserial    text,                  -- card meters only
  purchasecount int NOT NULL DEFAULT 0 -- completed card purchases
);
CREATE INDEX IF NOT EXISTS mk_meters_cust ON mk_meters (custno);

-- A monthly bill.  The late fee accrues in milli-fen (0.1 % of a fen per
-- fen of unpaid principal per day after `due`): fee_acc holds what accrued
-- up to fee_asof; what accrues after is (unpaid principal) x (days).  The
-- fee owed is floor(accrued / 1000) - paid_latefee.
CREATE TABLE IF NOT EXISTS mk_bills (
  id             bigserial PRIMARY KEY,
  custno         text NOT NULL REFERENCES mk_customers,
  month          text NOT NULL,        -- YYYYMM
  kwh            bigint NOT NULL,      -- 0.01 kWh
  principal      bigint NOT NULL,
  due            date NOT NULL,        -- 20th of the month after `month`
  paid_principal mk_fen NOT NULL DEFAULT 0,
  paid_latefee   mk_fen NOT NULL DEFAULT 0,
  fee_acc        bigint NOT NULL DEFAULT 0,   -- milli-fen
  fee_asof       date,
  UNIQUE (custno, month),
  CHECK (paid_principal <= principal)
);

-- Every successful money-moving transaction (1002-1005) and reversal (1003),
-- keyed by the station's stserial (idempotency).  `response` is the original
-- response body; `effect` is what it did, so that a reversal undoes exactly
-- that.
CREATE TABLE IF NOT EXISTS mk_txns (
  stserial      text PRIMARY KEY,
  mkserial      text NOT NULL UNIQUE,
  trcode        text NOT NULL,
  custno        text NOT NULL,
  amount        bigint NOT NULL,
  txdate        date NOT NULL,
  txtime        text NOT NULL,
  status        mk_txn_status NOT NULL DEFAULT 'OK',
  orig_stserial text,
  reversed_by   text,
  omit_recon    boolean NOT NULL DEFAULT false,   -- fault injection
  response      json NOT NULL,
  effect        json NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS mk_txns_date ON mk_txns (txdate, mkserial);

-- Stserials a status query (1006) answered NOTFOUND, written in the same
-- transaction as that answer: NOTFOUND is final.  A money-moving request
-- with such a stserial that comes later (still queued in the simulator, or
-- late on the wire) is refused and books nothing (mk_handle, 090_dispatch).
CREATE TABLE IF NOT EXISTS mk_absent (
  stserial  text PRIMARY KEY,
  asked_at  timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE IF NOT EXISTS mk_serial_seq;

CREATE TABLE IF NOT EXISTS mk_readings (
  id        bigserial PRIMARY KEY,
  meterno   text NOT NULL,
  reading   bigint NOT NULL,
  readtime  text NOT NULL,
  exccode   text NOT NULL,
  kwh       bigint NOT NULL,
  amount    bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS mk_reading_exceptions (
  id        bigserial PRIMARY KEY,
  meterno   text NOT NULL,
  exccode   text NOT NULL,
  note      text NOT NULL,
  operid    text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS mk_dunning_results (
  id         bigserial PRIMARY KEY,
  custno     text NOT NULL,
  resultcode text NOT NULL,
  note       text NOT NULL,
  operid     text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A database made before the domains: its CHECK constraints become the
-- domains above (nothing to do on a new database).
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT c.conrelid::regclass AS tab, c.conname
             FROM pg_constraint c
            WHERE c.contype = 'c'
              AND c.conrelid IN ('mk_customers'::regclass, 'mk_bills'::regclass,
                                 'mk_txns'::regclass)
              AND pg_get_constraintdef(c.oid) IN (
                    'CHECK ((balance >= 0))',
                    'CHECK (((paid_principal >= 0) AND (paid_principal <= principal)))',
                    'CHECK ((paid_latefee >= 0))',
                    'CHECK ((status = ANY (ARRAY[''OK''::text, ''REVERSED''::text])))') LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tab, r.conname);
  END LOOP;
  IF (SELECT atttypid FROM pg_attribute WHERE attrelid = 'mk_customers'::regclass
       AND attname = 'balance') <> 'mk_fen'::regtype THEN
    ALTER TABLE mk_customers ALTER COLUMN balance TYPE mk_fen;
    ALTER TABLE mk_bills ALTER COLUMN paid_principal TYPE mk_fen,
                         ALTER COLUMN paid_latefee TYPE mk_fen,
                         ADD CHECK (paid_principal <= principal);
    ALTER TABLE mk_txns ALTER COLUMN status TYPE mk_txn_status;
  END IF;
END $$;

-- The 9001 reconciliation file (fn/recon.sql) is cut into pages once, when
-- page 1 is asked for, and the next pages are served from that snapshot.
-- Settings changed through the admin port (faults.c): the page size
-- (tests cut a small day into many pages) and a fault that reports a
-- wrong total on one page (0 = off).
CREATE TABLE IF NOT EXISTS mk_recon_conf (
  id            int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  page_size     int NOT NULL DEFAULT 1000 CHECK (page_size BETWEEN 1 AND 1000),
  corrupt_page  int NOT NULL DEFAULT 0 CHECK (corrupt_page >= 0)
);
INSERT INTO mk_recon_conf DEFAULT VALUES ON CONFLICT DO NOTHING;

CREATE UNLOGGED TABLE IF NOT EXISTS mk_recon_files (
  recondate  date PRIMARY KEY,
  pagecount  bigint NOT NULL,
  n          bigint NOT NULL,
  total      bigint NOT NULL
);
CREATE UNLOGGED TABLE IF NOT EXISTS mk_recon_pages (
  recondate  date NOT NULL,
  page       bigint NOT NULL,
  n          bigint NOT NULL,
  total      bigint NOT NULL,      -- OK lines of the page
  data       text NOT NULL,
  PRIMARY KEY (recondate, page)
);
-- Pages are read once or twice: compressing them cost more than it saved.
ALTER TABLE mk_recon_pages ALTER COLUMN data SET STORAGE EXTERNAL;
