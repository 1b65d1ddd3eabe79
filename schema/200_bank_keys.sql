-- 200_bank_keys.sql - the bank channel's money keys and day-ends (BK/1 §3,
-- docs/BK1.md "Bank business").
--
-- A bank's payment (2002) or reversal (2003) is a `transactions` row
-- (channel 'BANK', fn/money.sql's state machine) keyed by (bank, serial)
-- here, as a terminal's is keyed by (terminal, term_serial) in tx_keys.
-- tx_keys.terminal_id references terminals, and a bank is no terminal: so
-- the bank's keys have their own table, with the same duties (a repeat
-- finds its transaction, a refusal is kept for its repeat) and the BK/1
-- answer the bank was given (transactions.response holds TP/1 answers).
CREATE TABLE bank_keys (
  bankno       text NOT NULL REFERENCES banks (bankno),
  serial       text NOT NULL CHECK (serial ~ '^[0-9A-Za-z]{1,20}$'),
  trcode       smallint NOT NULL CHECK (trcode IN (2002, 2003)),
  request      text NOT NULL,   -- what the request asked (a repeat must ask it again)
  stserial     text,            -- its transaction; NULL when refused at once
  settle_date  date NOT NULL,
  refused_code text CHECK (refused_code ~ '^[0-9]{4}$'),
  answer_code  text CHECK (answer_code ~ '^[0-9]{4}$'),
  answer_body  text,
  answer_state text,            -- the transaction's state the answer was made for
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (bankno, serial),
  CHECK ((stserial IS NULL) = (refused_code IS NOT NULL))
);
CREATE UNIQUE INDEX bank_keys_stserial ON bank_keys (stserial);

-- A bank's day-end (9101) for a settle date: its totals, the station's, and
-- when the bank first closed the date (reversals of that date are refused
-- from then on).
CREATE TABLE bank_days (
  bankno       text NOT NULL REFERENCES banks (bankno),
  settle_date  date NOT NULL,
  bank_count   integer NOT NULL,
  bank_total   bigint NOT NULL,
  count        integer NOT NULL,
  total        bigint NOT NULL,
  result       text NOT NULL CHECK (result IN ('MATCH', 'MISMATCH')),
  closed_at    timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (bankno, settle_date)
);
