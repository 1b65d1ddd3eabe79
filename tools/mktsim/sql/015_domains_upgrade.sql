-- A database made before 005_domains.sql: its CHECK constraints become the
-- domains of 010_tables.sql (nothing to do on a new database).
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
