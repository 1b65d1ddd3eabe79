-- 100_backoffice.sql - the back office: reconciliation review and sign-off
-- (maker-checker), collectors' cash hand-over and deposits, the console's
-- search indexes and the per-day summary of closed days.  The functions are
-- in fn/backoffice.sql; docs/CONSOLE.md describes the work.
--
-- Money is never edited here: a resolution, a recount or a deposit is a
-- new row; the tables of the day's evidence (recon_runs, recon_diffs,
-- recon_stats of a signed day; resolutions; cash events) refuse changes
-- through triggers (fn/backoffice.sql), whoever writes.

-- A difference's explanation.  Appending a new resolution of the same
-- difference supersedes the previous one (linked, never overwritten).
CREATE TABLE recon_resolutions (
  id          bigserial PRIMARY KEY,
  recon_date  date NOT NULL,
  run_id      bigint NOT NULL,
  stserial    text NOT NULL,
  reason      text NOT NULL CHECK (reason IN ('SETTLED_LATER', 'MKT_CORRECTION',
                'STATION_FAULT', 'FRAUD_SUSPECTED', 'OTHER')),
  note        text NOT NULL CHECK (btrim(note) <> '' AND length(note) <= 2000),
  actor       text NOT NULL,
  supersedes  bigint UNIQUE REFERENCES recon_resolutions(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (run_id, stserial) REFERENCES recon_diffs (run_id, stserial)
);
CREATE INDEX recon_resolutions_day ON recon_resolutions (recon_date, stserial, id);

-- A day signed off by an auditor (the checker).  A reopen by an admin ends
-- the sign-off (the row stays, with who reopened it and why); at most one
-- sign-off of a date is in force.
CREATE TABLE recon_signoffs (
  id            bigserial PRIMARY KEY,
  recon_date    date NOT NULL,
  run_id        bigint NOT NULL REFERENCES recon_runs(id),
  actor         text NOT NULL,
  note          text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  signed_at     timestamptz NOT NULL DEFAULT now(),
  reopened_by   text,
  reopen_reason text,
  reopened_at   timestamptz,
  CHECK ((reopened_at IS NULL) = (reopened_by IS NULL)
     AND (reopened_at IS NULL) = (reopen_reason IS NULL))
);
CREATE UNIQUE INDEX recon_signoffs_in_force ON recon_signoffs (recon_date)
  WHERE reopened_at IS NULL;

-- A reconciliation run asked for from the console; ifsvc takes it
-- (ifsvc/office.c) and writes back the run it started.
CREATE TABLE recon_requests (
  id          bigserial PRIMARY KEY,
  recon_date  date NOT NULL,
  actor       text NOT NULL,
  state       text NOT NULL DEFAULT 'QUEUED'
              CHECK (state IN ('QUEUED', 'STARTED', 'DONE', 'FAILED')),
  run_id      bigint,
  detail      text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  started_at  timestamptz,
  finished_at timestamptz
);
CREATE INDEX recon_requests_open ON recon_requests (id)
  WHERE state IN ('QUEUED', 'STARTED');

-- A collector's cash of one settle day.  expected is the cash in force at
-- the last hand-in (the live figure is computed, gf_bo_cash_expected);
-- over_short = counted - expected.
CREATE TABLE cash_days (
  operator_id    text NOT NULL REFERENCES operators(id),
  settle_date    date NOT NULL,
  state          text NOT NULL DEFAULT 'OPEN'
                 CHECK (state IN ('OPEN', 'HANDED_IN', 'BALANCED', 'DEPOSITED')),
  expected       bigint,
  counted        bigint CHECK (counted >= 0),
  over_short     bigint,
  reason         text,
  handed_in_by   text,
  handed_in_at   timestamptz,
  slip_no        text,
  bank           text,
  deposit_amount bigint CHECK (deposit_amount > 0),
  deposited_by   text,
  deposited_at   timestamptz,
  PRIMARY KEY (operator_id, settle_date)
);

-- Every step of the cash, append-only: a recount is a new HANDIN.
CREATE TABLE cash_events (
  id          bigserial PRIMARY KEY,
  operator_id text NOT NULL,
  settle_date date NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('HANDIN', 'DEPOSIT')),
  expected    bigint,
  amount      bigint NOT NULL CHECK (amount >= 0),
  over_short  bigint,
  reason      text,
  slip_no     text,
  bank        text,
  actor       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (operator_id, settle_date) REFERENCES cash_days (operator_id, settle_date)
);
CREATE INDEX cash_events_day ON cash_events (operator_id, settle_date, id);

-- A closed day's transactions in counts and sums (a day is closed once it
-- is over and holds no PENDING or UNKNOWN row: after that no legal
-- transition can change it, docs/MONEY.md).  Written once per day, on
-- first use; statistics, cash and reports of past days read it instead of
-- a million rows.
CREATE TABLE tx_day_summary (
  settle_date date NOT NULL,
  operator_id text NOT NULL,
  func        text NOT NULL,
  pay_mode    smallint NOT NULL,     -- 0: none given (PREPAY, CARD_RECHARGE, REVERSAL)
  state       text NOT NULL,
  n           bigint NOT NULL,
  amount      bigint NOT NULL,
  PRIMARY KEY (settle_date, operator_id, func, pay_mode, state)
);
CREATE TABLE tx_day_summarized (
  settle_date date PRIMARY KEY,
  n           bigint NOT NULL,
  made_at     timestamptz NOT NULL DEFAULT now()
);

-- The console's search (GET /api/tx): a day in station-serial order (keyset
-- paging), a collector's day in the same order (transactions_op had
-- terminal_id third, which nothing reads by: same width, now it pages and
-- counts a collector's day from the index alone), a customer's
-- transactions, a marketing serial.
CREATE INDEX transactions_day_st ON transactions (settle_date, stserial);
DROP INDEX transactions_op;
CREATE INDEX transactions_op ON transactions (settle_date, operator_id, stserial);
CREATE INDEX transactions_customer ON transactions (customer_no, settle_date);
CREATE INDEX transactions_mkt ON transactions (mkt_serial) WHERE mkt_serial IS NOT NULL;
-- A payment's reversals, for its story (only reversal rows carry
-- orig_stserial: a payment's insert or update never touches this index).
CREATE INDEX transactions_orig ON transactions (orig_stserial) WHERE orig_stserial IS NOT NULL;
-- An open day's sums (today's, usually) kept for a few seconds, so that
-- the statistics and cash pages of a busy day do not count its rows on
-- every request (gf_bo_day_rows; the money decisions always count live).
CREATE TABLE tx_day_live (
  settle_date date PRIMARY KEY,
  made_at     timestamptz NOT NULL,
  rows        jsonb NOT NULL
);
