-- Domains for the single-column checks of the tables every payment writes.
-- PostgreSQL 15 turns a table's CHECK constraints back from text into
-- expressions on every INSERT or UPDATE statement; a domain's check is
-- prepared once per connection and runs only on the columns a statement
-- assigns.  (The station's schema does the same: schema/070_check_domains.sql.)
DO $$
BEGIN
  IF to_regtype('mk_fen') IS NULL THEN
    CREATE DOMAIN mk_fen AS bigint CHECK (VALUE >= 0);
  END IF;
  IF to_regtype('mk_txn_status') IS NULL THEN
    CREATE DOMAIN mk_txn_status AS text CHECK (VALUE IN ('OK', 'REVERSED'));
  END IF;
END $$;
