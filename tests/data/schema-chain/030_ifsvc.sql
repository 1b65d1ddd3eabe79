-- 030_ifsvc.sql - ifsvc's own tables: settlement of unknown outcomes and
-- reconciliation results (recon_runs itself is in 001_core.sql).

-- One row per transaction the settler has taken on.  rev_stserial is the
-- station serial of the settlement reversal, fixed before it is first sent
-- so that every retry (also after a restart) repeats the same stserial and
-- the marketing system's idempotency (MI1 §2, 2001) moves money at most once.
CREATE TABLE ifsvc_settle (
  stserial      text PRIMARY KEY,
  settle_date   date NOT NULL,
  rev_stserial  text UNIQUE,
  last_status   text,              -- last 1006 answer: SUCCESS/REVERSED/NOTFOUND
  alarmed_at    timestamptz,       -- UNSETTLED alarm raised (once)
  settled_at    timestamptz,
  outcome       text,              -- FAILED / REVERSED / SUCCESS (reversals)
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Counts and sums per category and per collector of one run.
CREATE TABLE recon_stats (
  run_id        bigint NOT NULL REFERENCES recon_runs(id),
  category      text NOT NULL CHECK (category IN ('MATCHED', 'LOCAL_ONLY',
                  'REMOTE_ONLY', 'AMOUNT_MISMATCH', 'STATUS_MISMATCH')),
  operator_id   text NOT NULL,     -- '' when there is no local record
  n             bigint NOT NULL,
  local_sum     bigint NOT NULL,   -- fen, local amounts (0 where absent)
  remote_sum    bigint NOT NULL,   -- fen, remote amounts (0 where absent)
  PRIMARY KEY (run_id, category, operator_id)
);

-- Every difference of a run with both sides' fields.
CREATE TABLE recon_diffs (
  run_id        bigint NOT NULL REFERENCES recon_runs(id),
  category      text NOT NULL CHECK (category IN ('LOCAL_ONLY', 'REMOTE_ONLY',
                  'AMOUNT_MISMATCH', 'STATUS_MISMATCH')),
  stserial      text NOT NULL,
  -- local side (NULL when absent)
  l_state       text,
  l_expected    text,              -- OK / REVERSED / ABSENT / UNKNOWN
  l_amount      bigint,
  l_trcode      smallint,
  l_customer_no text,
  l_mkt_serial  text,
  l_terminal_id text,
  l_operator_id text,
  l_term_serial text,
  l_created_at  timestamptz,
  -- remote side (NULL when absent)
  r_mkserial    text,
  r_trcode      text,
  r_custno      text,
  r_amount      bigint,
  r_status      text,
  r_txdate      text,
  r_txtime      text,
  PRIMARY KEY (run_id, stserial)
);
