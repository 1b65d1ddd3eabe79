-- 9001 reconciliation file (MI1 §3): every successful money-moving
-- transaction of the date (reversals themselves excluded), one line each,
-- ordered by mkserial; pages of at most 1,000 lines; count and total cover
-- the whole day; total sums the OK lines.  Page 1 always exists (an empty
-- day has pagecount 1 and no data); a page past the end is empty.
-- Rows flagged omit_recon (fault injection) are left out entirely.
--
-- The file is cut into pages once, when page 1 is asked for (a client
-- reads a file from its first page), and the next pages are served from
-- that snapshot: every page of one fetch belongs to the same file, and a
-- day of a million lines costs one sort instead of a thousand OFFSET
-- scans.  A page asked for before any page 1 builds the snapshot too.

CREATE OR REPLACE FUNCTION mk_recon_build(d date) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE ps int;
BEGIN
  SELECT c.page_size INTO ps FROM mk_recon_conf c;
  -- A busy day sorts a million lines: in memory, not on disk.
  PERFORM set_config('work_mem', '128MB', true);
  DELETE FROM mk_recon_pages p WHERE p.recondate = d;
  DELETE FROM mk_recon_files f WHERE f.recondate = d;
  INSERT INTO mk_recon_pages (recondate, page, n, total, data)
  SELECT d, y.rn / ps + 1, count(*),
         COALESCE(sum(y.amount) FILTER (WHERE y.status = 'OK'), 0),
         string_agg(y.line, E'\n' ORDER BY y.rn)
    FROM (SELECT concat_ws('|', x.stserial, x.mkserial, x.trcode, x.custno,
                   x.amount, x.status, to_char(x.txdate, 'YYYYMMDD'), x.txtime)
                   AS line, x.amount, x.status,
                 row_number() OVER (ORDER BY x.mkserial) - 1 AS rn
            FROM mk_txns x
           WHERE x.txdate = d AND x.trcode IN ('1002', '1004', '1005')
             AND NOT x.omit_recon) y
   GROUP BY y.rn / ps;
  INSERT INTO mk_recon_files (recondate, pagecount, n, total)
  SELECT d, GREATEST(1, count(*)), COALESCE(sum(p.n), 0),
         COALESCE(sum(p.total), 0)
    FROM mk_recon_pages p WHERE p.recondate = d;
END $$;

CREATE OR REPLACE FUNCTION mk_tx_9001(b json) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE ds text := mk_str(b, 'recondate'); d date; pg bigint; bad int;
        f mk_recon_files; pdata text;
BEGIN
  IF ds !~ '^[0-9]{8}$' THEN
    PERFORM mk_fail('9001', 'bad recondate');
  END IF;
  BEGIN
    d := to_date(ds, 'YYYYMMDD');
  EXCEPTION WHEN others THEN
    PERFORM mk_fail('9001', 'bad recondate');
  END;
  IF to_char(d, 'YYYYMMDD') <> ds THEN
    PERFORM mk_fail('9001', 'bad recondate');
  END IF;
  pg := mk_int(b, 'page');
  IF pg < 1 THEN
    PERFORM mk_fail('9001', 'bad page');
  END IF;
  -- One builder per date at a time; readers of other dates go on.
  PERFORM pg_advisory_xact_lock(9001, (d - DATE '2000-01-01'));
  SELECT * INTO f FROM mk_recon_files x WHERE x.recondate = d;
  IF pg = 1 OR NOT FOUND THEN
    PERFORM mk_recon_build(d);
    SELECT * INTO f FROM mk_recon_files x WHERE x.recondate = d;
  END IF;
  SELECT p.data INTO pdata FROM mk_recon_pages p
   WHERE p.recondate = d AND p.page = pg;
  SELECT c.corrupt_page INTO bad FROM mk_recon_conf c;
  RETURN json_build_object('pagecount', f.pagecount, 'count', f.n,
           'total', f.total + CASE WHEN pg = bad THEN 1 ELSE 0 END,
           'data', COALESCE(pdata, ''));
END $$;
