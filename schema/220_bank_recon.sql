-- 220_bank_recon.sql - reconciliation by source: the marketing system's
-- 9001 file ('MI1', as before) and each bank's day file (BK1 §5, source =
-- the bank's number).  A run, its sign-off, its resolutions and its rerun
-- requests belong to a (source, date): a bank's day is reviewed, resolved,
-- signed off, locked and reopened on its own, with the rules of the
-- marketing one (fn/backoffice.sql).  Every existing row is the marketing
-- system's.
--
-- bank_day_files: every BD file ifsvc has looked at (ifsvc/bank_recon.c),
-- by its name, the SHA-256 its .sha256 announces and the file's size and
-- modification time as it was looked at (stamp): a file is taken once; a
-- file written again (corrected) is taken again.  A refused file stays here
-- with the reason.
--
-- The by-channel statistics need the channel in the summary of a closed
-- day: the summaries made so far are dropped (they are rebuilt on first
-- use, fn/backoffice.sql gf_bo_summarize).

ALTER TABLE recon_runs ADD COLUMN source text NOT NULL DEFAULT 'MI1'
  CHECK (source = 'MI1' OR source ~ '^[0-9]{4}$');
DROP INDEX recon_runs_one_running;
CREATE UNIQUE INDEX recon_runs_one_running ON recon_runs (source, recon_date)
  WHERE state = 'RUNNING';
CREATE INDEX recon_runs_source_day ON recon_runs (source, recon_date, id);

ALTER TABLE recon_signoffs ADD COLUMN source text NOT NULL DEFAULT 'MI1'
  CHECK (source = 'MI1' OR source ~ '^[0-9]{4}$');
DROP INDEX recon_signoffs_in_force;
CREATE UNIQUE INDEX recon_signoffs_in_force ON recon_signoffs (source, recon_date)
  WHERE reopened_at IS NULL;

ALTER TABLE recon_resolutions ADD COLUMN source text NOT NULL DEFAULT 'MI1'
  CHECK (source = 'MI1' OR source ~ '^[0-9]{4}$');
DROP INDEX recon_resolutions_day;
CREATE INDEX recon_resolutions_day ON recon_resolutions (source, recon_date, stserial, id);

ALTER TABLE recon_requests ADD COLUMN source text NOT NULL DEFAULT 'MI1'
  CHECK (source = 'MI1' OR source ~ '^[0-9]{4}$');

-- A bank's difference is keyed by the bank's serial (stserial holds it:
-- the one key both sides share, stable across reruns); the station's own
-- serial of the transaction, when there is one, is here.
ALTER TABLE recon_diffs ADD COLUMN l_stserial text;

CREATE TABLE bank_day_files (
  bankno      text NOT NULL,
  name        text NOT NULL,
  sha256      text NOT NULL,           -- as announced by <name>.sha256
  stamp       text NOT NULL,           -- size:mtime(ns) of the file
  recon_date  date NOT NULL,
  state       text NOT NULL CHECK (state IN ('TAKEN', 'DONE', 'REFUSED', 'FAILED')),
  run_id      bigint,
  detail      text,
  seen_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (bankno, name, sha256, stamp)
);

-- The functions whose arguments or answers gained the source: their old
-- forms go (fn/backoffice.sql defines the new ones).
DROP FUNCTION IF EXISTS gf_bo_signoff_of(date);
DROP FUNCTION IF EXISTS gf_bo_current_run(date);
DROP FUNCTION IF EXISTS gf_recon_run_begin(date, text);
DROP FUNCTION IF EXISTS gf_bo_recon_take(text, integer);
DROP FUNCTION IF EXISTS gf_bo_recon_day_head(date);
DROP FUNCTION IF EXISTS gf_bo_recon_days(text, text, int, int);
DROP FUNCTION IF EXISTS gf_bo_recon_day(text, text, text, int, int);
DROP FUNCTION IF EXISTS gf_bo_recon_resolve(text, text, text, text, text);
DROP FUNCTION IF EXISTS gf_bo_recon_signoff(text, text, text);
DROP FUNCTION IF EXISTS gf_bo_recon_reopen(text, text, text);
DROP FUNCTION IF EXISTS gf_bo_recon_rerun(text, text);

ALTER TABLE tx_day_summary ADD COLUMN channel text NOT NULL DEFAULT 'TERMINAL';
ALTER TABLE tx_day_summary DROP CONSTRAINT tx_day_summary_pkey;
ALTER TABLE tx_day_summary ADD PRIMARY KEY (settle_date, operator_id, func, pay_mode,
  state, channel);
DELETE FROM tx_day_summary;
DELETE FROM tx_day_summarized;
DELETE FROM tx_day_live;
DROP FUNCTION IF EXISTS gf_bo_day_rows(date);
