-- 9001 reconciliation file (MI1 §3): every successful money-moving
-- transaction of the date (reversals themselves excluded), one line each,
-- ordered by mkserial; pages of at most 1,000 lines; count and total cover
-- the whole day; total sums the OK lines.  Page 1 always exists (an empty
-- day has pagecount 1 and no data); a page past the end is empty.
-- Rows flagged omit_recon (fault injection) are left out entirely.
CREATE OR REPLACE FUNCTION mk_tx_9001(b json) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE ds text := mk_str(b, 'recondate'); d date; page bigint; n bigint;
        total bigint; data text;
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
  page := mk_int(b, 'page');
  IF page < 1 THEN
    PERFORM mk_fail('9001', 'bad page');
  END IF;
  SELECT count(*), COALESCE(sum(amount) FILTER (WHERE status = 'OK'), 0)
    INTO n, total FROM mk_txns
   WHERE txdate = d AND trcode IN ('1002', '1004', '1005') AND NOT omit_recon;
  SELECT COALESCE(string_agg(concat_ws('|', x.stserial, x.mkserial, x.trcode,
           x.custno, x.amount, x.status, to_char(x.txdate, 'YYYYMMDD'), x.txtime),
           E'\n' ORDER BY x.mkserial), '')
    INTO data
    FROM (SELECT * FROM mk_txns
           WHERE txdate = d AND trcode IN ('1002', '1004', '1005') AND NOT omit_recon
           ORDER BY mkserial LIMIT 1000 OFFSET (page - 1) * 1000) x;
  RETURN json_build_object('pagecount', GREATEST(1, (n + 999) / 1000), 'count', n,
           'total', total, 'data', data);
END $$;
