-- 001_core.sql - the station's core tables.
-- Money is integer fen (bigint) everywhere.  Applied once, in a transaction,
-- by `gfctl migrate`, which records it in schema_migrations.

-- Month partitions for the large append-mostly tables: one per month from
-- 2024 to 2035, plus a default partition so no insert ever fails for lack
-- of one.
CREATE FUNCTION gf_month_partitions(parent text, col_from date, col_to date)
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

CREATE TABLE terminals (
  id          text PRIMARY KEY CHECK (id ~ '^[0-9]{16}$'),
  name        text NOT NULL CHECK (name <> ''),
  org         text NOT NULL DEFAULT '',
  suite       smallint NOT NULL CHECK (suite IN (1, 2)),
  keyver      smallint NOT NULL DEFAULT 1 CHECK (keyver BETWEEN 1 AND 255),
  bound_ip    inet,
  enabled     boolean NOT NULL DEFAULT true,
  last_seq    bigint NOT NULL DEFAULT 0 CHECK (last_seq BETWEEN 0 AND 4294967295),
  last_seen   timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- frontd caches the registry; every change is announced on channel
-- gf_terminal with the terminal id as payload (appsrv relays it).
CREATE FUNCTION gf_terminal_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.enabled = OLD.enabled AND NEW.suite = OLD.suite
     AND NEW.keyver = OLD.keyver AND NEW.bound_ip IS NOT DISTINCT FROM OLD.bound_ip THEN
    RETURN NEW;   -- last_seq / last_seen bumps are not registry changes
  END IF;
  PERFORM pg_notify('gf_terminal', COALESCE(NEW.id, OLD.id));
  RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER terminals_notify AFTER INSERT OR UPDATE OR DELETE ON terminals
  FOR EACH ROW EXECUTE FUNCTION gf_terminal_notify();

CREATE TABLE operators (
  id               text PRIMARY KEY CHECK (id <> ''),
  name             text NOT NULL CHECK (name <> ''),
  org              text NOT NULL DEFAULT '',
  role             text NOT NULL CHECK (role IN ('collector', 'reader', 'dunning', 'supervisor')),
  pin_hash         text NOT NULL,     -- "pbkdf2-sha256$<iter>$<salt hex>$<hash hex>"
  locked           boolean NOT NULL DEFAULT false,
  failed_attempts  integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash   bytea PRIMARY KEY CHECK (length(token_hash) = 32),  -- SHA-256 of the token
  terminal_id  text NOT NULL REFERENCES terminals(id),
  operator_id  text NOT NULL REFERENCES operators(id),
  settle_date  date NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  ended_at     timestamptz
);
CREATE INDEX sessions_terminal ON sessions (terminal_id, operator_id);

-- Station serials: org code + date + counter, unique forever (MI1 §2).
CREATE SEQUENCE stserial_seq;
CREATE FUNCTION gf_next_stserial(org text) RETURNS text LANGUAGE sql AS $$
  SELECT org || to_char(now(), 'YYYYMMDD') || lpad(nextval('stserial_seq')::text, 9, '0')
$$;
CREATE SEQUENCE receipt_seq;

-- Idempotency keys of money-moving requests: global uniqueness lives here,
-- so that the transactions table itself can be partitioned by month.
CREATE TABLE tx_keys (
  terminal_id  text NOT NULL REFERENCES terminals(id),
  term_serial  text NOT NULL CHECK (term_serial <> '' AND length(term_serial) <= 32),
  stserial     text NOT NULL UNIQUE,
  receipt_no   text UNIQUE,
  settle_date  date NOT NULL,
  PRIMARY KEY (terminal_id, term_serial)
);

CREATE TABLE transactions (
  stserial        text NOT NULL,
  settle_date     date NOT NULL,
  terminal_id     text NOT NULL,
  term_serial     text NOT NULL,
  operator_id     text NOT NULL,
  customer_no     text NOT NULL,
  func            text NOT NULL CHECK (func IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE', 'REVERSAL')),
  trcode          smallint NOT NULL CHECK (trcode IN (1002, 1003, 1004, 1005)),
  amount          bigint NOT NULL CHECK (amount >= 0),
  pay_mode        smallint CHECK (pay_mode IN (1, 2, 3)),
  meter_no        text,
  orig_stserial   text,              -- reversals: the transaction reversed
  state           text NOT NULL DEFAULT 'PENDING'
                  CHECK (state IN ('PENDING', 'SUCCESS', 'FAILED', 'UNKNOWN', 'REVERSED')),
  tp_status       integer,           -- TP/1 status answered to the terminal
  rspcode         text,              -- MI/1 rspcode of the answer, if any
  mkt_serial      text,
  receipt_no      text,
  response        bytea,             -- TP/1 response plaintext, replayed verbatim
  reversed_by     text,              -- stserial of the reversal that undid it
  settle_attempts integer NOT NULL DEFAULT 0,
  next_settle_at  timestamptz,
  unknown_since   timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stserial, settle_date),
  CHECK (state <> 'SUCCESS' OR mkt_serial IS NOT NULL),
  CHECK (func <> 'REVERSAL' OR orig_stserial IS NOT NULL)
) PARTITION BY RANGE (settle_date);
SELECT gf_month_partitions('transactions', '2024-01-01', '2036-01-01');
CREATE INDEX transactions_key ON transactions (terminal_id, term_serial);
CREATE INDEX transactions_state ON transactions (state) WHERE state IN ('PENDING', 'UNKNOWN');
CREATE INDEX transactions_op ON transactions (settle_date, operator_id, terminal_id);

CREATE TABLE receipts (
  receipt_no    text PRIMARY KEY,
  stserial      text NOT NULL UNIQUE,
  settle_date   date NOT NULL,
  terminal_id   text NOT NULL,
  operator_id   text NOT NULL,
  customer_no   text NOT NULL,
  customer_name text NOT NULL DEFAULT '',
  amount        bigint NOT NULL CHECK (amount >= 0),
  items         bytea,               -- the settled-bills records, TP/1 TLV
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reading_uploads (
  id            bigserial,
  upload_date   date NOT NULL DEFAULT current_date,
  terminal_id   text NOT NULL,
  operator_id   text NOT NULL,
  meter_no      text NOT NULL,
  reading       bigint NOT NULL,
  read_time     text NOT NULL,
  exception_code integer,
  item_status   integer,
  kwh           bigint,
  amount        bigint,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, upload_date)
) PARTITION BY RANGE (upload_date);
SELECT gf_month_partitions('reading_uploads', '2024-01-01', '2036-01-01');

CREATE TABLE reading_exceptions (
  id             bigserial PRIMARY KEY,
  terminal_id    text NOT NULL,
  operator_id    text NOT NULL,
  meter_no       text NOT NULL,
  exception_code integer NOT NULL,
  note           text NOT NULL DEFAULT '',
  forwarded      boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dunning_results (
  id           bigserial PRIMARY KEY,
  terminal_id  text NOT NULL,
  operator_id  text NOT NULL,
  customer_no  text NOT NULL,
  result_code  integer NOT NULL,
  note         text NOT NULL DEFAULT '',
  forwarded    boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE disconnect_checks (
  id                 bigserial PRIMARY KEY,
  terminal_id        text NOT NULL,
  operator_id        text NOT NULL,
  customer_no        text NOT NULL,
  total_due          bigint,
  disconnect_allowed boolean,
  created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE alarms (
  id          bigserial PRIMARY KEY,
  kind        text NOT NULL,     -- BAD_MAC, IP_MISMATCH, JOURNAL, UNSETTLED, RECON_DIFF, ...
  source      text NOT NULL,     -- process or peer address
  terminal_id text,
  detail      text NOT NULL DEFAULT '',
  acked       boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alarms_open ON alarms (created_at) WHERE NOT acked;

CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  actor       text NOT NULL,     -- unix user of gfctl, or console user
  action      text NOT NULL,     -- "terminal add", "operator lock", ...
  object      text NOT NULL,
  detail      jsonb NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Reconciliation runs (ifsvc).  At most one RUNNING run per date; a date
-- with a DONE run refuses reversals (TP1 §5.2).
CREATE TABLE recon_runs (
  id            bigserial PRIMARY KEY,
  recon_date    date NOT NULL,
  state         text NOT NULL DEFAULT 'RUNNING' CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
  started_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz,
  file_sha256   text,
  raw_file      text,
  remote_count  bigint,
  remote_total  bigint,
  local_count   bigint,
  local_total   bigint,
  summary       jsonb,
  error         text
);
CREATE UNIQUE INDEX recon_runs_one_running ON recon_runs (recon_date) WHERE state = 'RUNNING';
