-- 045_recon.sql - reconciliation: faster raw-file storage and statistics
-- an auditor can read without guessing what a sum includes.

-- The raw 9001 file of a run (tens of MB for a busy day) is compressed
-- with lz4 instead of pglz: several times faster to store, the run stores
-- it before comparing.  Existing values keep their compression.
ALTER TABLE recon_runs ALTER COLUMN raw_file SET COMPRESSION lz4;

-- Per category and collector, the statistics are now also split by the
-- state of each side: l_state is the station's transaction state
-- (SUCCESS, REVERSED, FAILED, PENDING, UNKNOWN; '' when the station has no
-- record) and r_status the 9001 line's status (OK, REVERSED; '' when the
-- marketing system lists none).  A payment reversed the same day is listed
-- by the marketing system with status REVERSED (MI1 §3) and the reversal
-- (1003) itself is not listed, so a MATCHED sum over both kinds mixed
-- money in force with money given back; the split keeps them apart.
ALTER TABLE recon_stats ADD COLUMN l_state text NOT NULL DEFAULT '',
  ADD COLUMN r_status text NOT NULL DEFAULT '';
ALTER TABLE recon_stats DROP CONSTRAINT recon_stats_pkey;
ALTER TABLE recon_stats ADD PRIMARY KEY (run_id, category, operator_id,
  l_state, r_status);
