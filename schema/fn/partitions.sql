-- fn/partitions.sql - month partitions of the large append-mostly tables
-- (transactions by settle_date, reading_uploads by upload_date).
-- gf_month_partitions(parent, from, to) makes one partition per month in
-- [from, to) and the parent's DEFAULT partition, so that no insert ever fails
-- for lack of one.  The baseline calls it for 2024-01 .. 2035-12.

CREATE OR REPLACE FUNCTION gf_month_partitions(parent text, col_from date, col_to date)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE d date := col_from;
BEGIN
  WHILE d < col_to LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                   parent || '_' || to_char(d, 'YYYYMM'), parent, d,
                   (d + interval '1 month')::date);
    d := (d + interval '1 month')::date;
  END LOOP;
  EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', parent || '_default', parent);
END $$;
