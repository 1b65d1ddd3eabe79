-- mktsim: the simulated marketing system's own books (database "mktsim").
-- Applied idempotently by `mktsim init`: every statement may run again.
-- Money is integer fen (bigint); readings and kWh are integer 0.01 kWh.

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
