-- 080_refused_keys.sql - a REVERSAL refused by the station's own rules
-- (ORIGINAL_NOT_FOUND, REVERSAL_NOT_ALLOWED) keeps its key, so that a
-- repeat of it hears the same refusal (one answer per term_serial, TP1 §4)
-- and the term_serial cannot be used again for another request
-- (SERIAL_REUSED).  Such a key has no transactions row: nothing was sent.
-- The columns are NULL for every other key (no cost on the payment path).
ALTER TABLE tx_keys
  ADD COLUMN refused_status integer,   -- TP/1 status answered
  ADD COLUMN refused_func text,        -- the function refused
  ADD COLUMN refused_orig text;        -- its orig_term_serial
