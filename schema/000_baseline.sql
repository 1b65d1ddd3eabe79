-- 000_baseline.sql - the station's schema: tables, indexes, partitions and
-- triggers, as the numbered migrations 001-080 had made it.  A reader reads
-- this file (and schema/fn/) as the schema of today; schema/CURRENT.sql is
-- what PostgreSQL makes of it (`gfctl schema dump`).
--
-- Money is integer fen (bigint) everywhere.  Every function, trigger
-- function and view of today is defined in schema/fn/*.sql, and only there;
-- the one exception is at the end of this file: the console functions of
-- 001-080, which 110_console_roles.sql drops (they are not part of the
-- schema any more, but 110 expects them).
--
-- `gfctl migrate` applies this file to an empty database, in one
-- transaction, after the definitions it needs (the lines below); on a
-- database that applied the migrations it replaces (every one of them, each
-- still the file that was applied) it records it without running it.  The
-- numbers up to 099 are retired; the changes after the baseline are
-- migrations 100 and up (docs/DESIGN.md).
--
-- migrate: needs fn/partitions.sql
-- migrate: needs fn/terminal.sql
-- migrate: replaces 001_core.sql 6B8F47642801FE1FB59B74BAFF9CCDC3830FEB700DE5109ED91720543E7FB18D
-- migrate: replaces 010_appsrv.sql 95EAFC1F591863CC4D17E7EAE5A5096B33FAB4B8B521BCE5ED290F6DF488D8B3
-- migrate: replaces 030_ifsvc.sql 2AE573948DE9F7BC1495E5AEEDD25F386161EDEDEEEA6787BB429A822B8FF48E
-- migrate: replaces 040_perf.sql 8A8A87CACE41FDDFF803E30EB30C6A1DFC3387ECA358DDE430F45C26EB1EBF7C
-- migrate: replaces 045_recon.sql 1B839700F7CE5C7872E7F9490AA574EC1052726205DA7461D42CAEC1C800ADFA
-- migrate: replaces 050_console.sql 3C15DCDBABDD873101A5A48FF81B28AEBC2EBB867E06D605B9D3522E0F6FEB39
-- migrate: replaces 060_payment_path.sql 13674CCA4276E0D997399F91111E46B6083907FFCB05E4744F43E78AF59C1B8A
-- migrate: replaces 070_check_domains.sql 123174FD9719105940E59B9BAC445631CDDC497E011FCD15638BCAF4ED2D6B73
-- migrate: replaces 080_refused_keys.sql 1FBFA7DC5A826C2FEA9467ED18F11284B09C1EE5ED12E72DD079C5514A9D7FA3

-- ---------------------------------------------------------------------------
-- Domains: the single-column checks of the tables written on every payment.
-- PostgreSQL 15 reads a table's CHECK constraints back from their stored
-- text, plans them at every execution of an INSERT or UPDATE and evaluates
-- all of them on every row; a domain's constraints are planned once per
-- backend and checked only on the values a statement assigns to a column of
-- that domain (perf on bench/appsrv: ExecConstraints was 15 % of a payment's
-- backend time).  Checks over two columns stay table CHECKs.

CREATE DOMAIN gf_terminal_id AS text CHECK (VALUE ~ '^[0-9]{16}$');
CREATE DOMAIN gf_name AS text CHECK (VALUE <> '');
CREATE DOMAIN gf_suite AS smallint CHECK (VALUE IN (1, 2));
CREATE DOMAIN gf_keyver AS smallint CHECK (VALUE BETWEEN 1 AND 255);
CREATE DOMAIN gf_seq AS bigint CHECK (VALUE BETWEEN 0 AND 4294967295);
CREATE DOMAIN gf_term_serial AS text CHECK (VALUE <> '' AND length(VALUE) <= 32);
CREATE DOMAIN gf_func AS text
  CHECK (VALUE IN ('PAYMENT', 'PREPAY', 'CARD_RECHARGE', 'REVERSAL'));
CREATE DOMAIN gf_trcode AS smallint CHECK (VALUE IN (1002, 1003, 1004, 1005));
CREATE DOMAIN gf_amount AS bigint CHECK (VALUE >= 0);
CREATE DOMAIN gf_pay_mode AS smallint CHECK (VALUE IN (1, 2, 3));
CREATE DOMAIN gf_tx_state AS text
  CHECK (VALUE IN ('PENDING', 'SUCCESS', 'FAILED', 'UNKNOWN', 'REVERSED'));

-- ---------------------------------------------------------------------------
-- Terminals, operators and their sessions.

CREATE TABLE terminals (
  id          gf_terminal_id PRIMARY KEY,
  name        gf_name NOT NULL,
  org         text NOT NULL DEFAULT '',
  suite       gf_suite NOT NULL,
  keyver      gf_keyver NOT NULL DEFAULT 1,
  bound_ip    inet,
  enabled     boolean NOT NULL DEFAULT true,
  last_seq    gf_seq NOT NULL DEFAULT 0,    -- highest TP/1 seq seen (TP1 §4)
  last_seen   timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- frontd caches the registry: every change of it is announced
-- (gf_terminal_notify, fn/terminal.sql).  The seq check updates last_seq and
-- last_seen on every request: the WHEN clause leaves those out without
-- entering PL/pgSQL.
CREATE TRIGGER terminals_notify AFTER INSERT OR DELETE ON terminals
  FOR EACH ROW EXECUTE FUNCTION gf_terminal_notify();
CREATE TRIGGER terminals_notify_update AFTER UPDATE ON terminals
  FOR EACH ROW
  WHEN (NEW.enabled IS DISTINCT FROM OLD.enabled OR NEW.suite IS DISTINCT FROM OLD.suite
        OR NEW.keyver IS DISTINCT FROM OLD.keyver
        OR NEW.bound_ip IS DISTINCT FROM OLD.bound_ip
        OR NEW.id IS DISTINCT FROM OLD.id)
  EXECUTE FUNCTION gf_terminal_notify();

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

-- ---------------------------------------------------------------------------
-- Money-moving requests (docs/MONEY.md; the state machine is fn/money.sql).

-- Station serials (gf_next_stserial, fn/money.sql) and receipt numbers.
CREATE SEQUENCE stserial_seq;
CREATE SEQUENCE receipt_seq;

-- Idempotency keys of money-moving requests: global uniqueness lives here,
-- so that the transactions table itself can be partitioned by month.  A
-- REVERSAL refused by the station's own rules (ORIGINAL_NOT_FOUND,
-- REVERSAL_NOT_ALLOWED) keeps its key with the refusal, so that a repeat of
-- it hears the same refusal (one answer per term_serial, TP1 §4) and the
-- term_serial cannot be used again (SERIAL_REUSED); such a key has no
-- transactions row: nothing was sent.  The refused_* columns are NULL for
-- every other key.
CREATE TABLE tx_keys (
  terminal_id     text NOT NULL REFERENCES terminals(id),
  term_serial     gf_term_serial NOT NULL,
  stserial        text NOT NULL UNIQUE,
  settle_date     date NOT NULL,
  refused_status  integer,            -- TP/1 status answered
  refused_func    text,               -- the function refused
  refused_orig    text,               -- its orig_term_serial
  PRIMARY KEY (terminal_id, term_serial)
);

-- One row per money-moving request, partitioned by month of settle_date.
-- A key is found through tx_keys (its primary key), never by
-- (terminal_id, term_serial) here.
CREATE TABLE transactions (
  stserial        text NOT NULL,
  settle_date     date NOT NULL,
  terminal_id     text NOT NULL,
  term_serial     text NOT NULL,
  operator_id     text NOT NULL,
  customer_no     text NOT NULL,
  func            gf_func NOT NULL,
  trcode          gf_trcode NOT NULL,
  amount          gf_amount NOT NULL,
  pay_mode        gf_pay_mode,
  meter_no        text,
  orig_stserial   text,              -- reversals: the transaction reversed
  state           gf_tx_state NOT NULL DEFAULT 'PENDING',
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
-- One partition per month from 2024 to 2035, and a default one
-- (gf_month_partitions, fn/partitions.sql).
SELECT gf_month_partitions('transactions', '2024-01-01', '2036-01-01');
CREATE INDEX transactions_state ON transactions (state) WHERE state IN ('PENDING', 'UNKNOWN');
CREATE INDEX transactions_op ON transactions (settle_date, operator_id, terminal_id);
-- The legal state transitions are enforced by the trigger
-- transactions_transition (fn/money.sql).

-- A receipt number is unique across the partitions of transactions by the
-- primary key here: every receipt gets its row in the same transaction.
CREATE TABLE receipts (
  receipt_no    text PRIMARY KEY,
  stserial      text NOT NULL UNIQUE,
  settle_date   date NOT NULL,
  terminal_id   text NOT NULL,
  operator_id   text NOT NULL,
  customer_no   text NOT NULL,
  customer_name text NOT NULL DEFAULT '',
  amount        gf_amount NOT NULL,
  items         bytea,               -- the settled-bills records, TP/1 TLV
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- ---------------------------------------------------------------------------
-- Meter reading and dunning: what the terminals reported.

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

-- ---------------------------------------------------------------------------
-- Alarms and the audit trail.

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

-- ---------------------------------------------------------------------------
-- ifsvc: reconciliation runs and settlement of unknown outcomes.

-- Reconciliation runs.  At most one RUNNING run per date; a date with a
-- DONE run refuses reversals (TP1 §5.2).  The raw 9001 file (tens of MB for
-- a busy day) is compressed with lz4: several times faster to store than
-- pglz, and the run stores it before comparing.
CREATE TABLE recon_runs (
  id            bigserial PRIMARY KEY,
  recon_date    date NOT NULL,
  state         text NOT NULL DEFAULT 'RUNNING' CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
  started_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz,
  file_sha256   text,
  raw_file      text COMPRESSION lz4,
  remote_count  bigint,
  remote_total  bigint,
  local_count   bigint,
  local_total   bigint,
  summary       jsonb,
  error         text
);
CREATE UNIQUE INDEX recon_runs_one_running ON recon_runs (recon_date) WHERE state = 'RUNNING';

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

-- Counts and sums of one run per category, collector and the state of each
-- side: l_state is the station's transaction state (SUCCESS, REVERSED,
-- FAILED, PENDING, UNKNOWN; '' when the station has no record) and r_status
-- the 9001 line's status (OK, REVERSED; '' when the marketing system lists
-- none).  A payment reversed the same day is listed by the marketing system
-- with status REVERSED (MI1 §3) and the reversal (1003) itself is not
-- listed: the split keeps money in force apart from money given back.
CREATE TABLE recon_stats (
  run_id        bigint NOT NULL REFERENCES recon_runs(id),
  category      text NOT NULL CHECK (category IN ('MATCHED', 'LOCAL_ONLY',
                  'REMOTE_ONLY', 'AMOUNT_MISMATCH', 'STATUS_MISMATCH')),
  operator_id   text NOT NULL,     -- '' when there is no local record
  n             bigint NOT NULL,
  local_sum     bigint NOT NULL,   -- fen, local amounts (0 where absent)
  remote_sum    bigint NOT NULL,   -- fen, remote amounts (0 where absent)
  l_state       text NOT NULL DEFAULT '',
  r_status      text NOT NULL DEFAULT '',
  PRIMARY KEY (run_id, category, operator_id, l_state, r_status)
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

-- ---------------------------------------------------------------------------
-- The web console (appsrv/console*.c; its functions are
-- fn/console_core.sql, its roles and lock times 110_console_roles.sql):
-- who may use it, and their sessions.  Passwords are PBKDF2 hashes
-- (common/pinhash.h); a session is known only by the SHA-256 of its 32-byte
-- cookie token, and its CSRF token likewise.

CREATE TABLE console_users (
  id              text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_.-]{1,32}$'),
  name            text NOT NULL,
  role            text NOT NULL CHECK (role IN ('admin', 'auditor')),
  pw_hash         text NOT NULL,
  locked          boolean NOT NULL DEFAULT false,
  failed_attempts integer NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE console_sessions (
  token_hash  bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  csrf_hash   bytea NOT NULL CHECK (length(csrf_hash) = 32),
  user_id     text NOT NULL REFERENCES console_users(id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  last_seen   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX console_sessions_user ON console_sessions (user_id);

-- ---------------------------------------------------------------------------
-- History: the console functions as 001-080 left them.  110_console_roles.sql
-- (written against that schema) drops them and fn/console_core.sql defines
-- their successors; they are here only so that 110 finds what it drops.
-- Do not change them and do not call them.

-- A wrong password: one more failure, locked at the fifth.  Returns
-- whether the user is now locked.
CREATE FUNCTION gf_con_fail(p_user text) RETURNS boolean
LANGUAGE sql AS $$
  UPDATE console_users SET failed_attempts = failed_attempts + 1,
         locked = locked OR failed_attempts + 1 >= 5
   WHERE id = p_user RETURNING locked;
$$;

-- A right password: failures forgotten, the session stored, the login
-- audited.  Returns the role ('' when the user was locked meanwhile).
CREATE FUNCTION gf_con_login(p_user text, p_token_hash bytea, p_csrf_hash bytea)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE v_role text;
BEGIN
  UPDATE console_users SET failed_attempts = 0
   WHERE id = p_user AND NOT locked RETURNING role INTO v_role;
  IF NOT FOUND THEN
    RETURN '';
  END IF;
  DELETE FROM console_sessions WHERE last_seen < now() - interval '1 day';
  INSERT INTO console_sessions (token_hash, csrf_hash, user_id)
  VALUES (p_token_hash, p_csrf_hash, p_user);
  INSERT INTO audit_log (actor, action, object) VALUES ('console:' || p_user, 'console login', p_user);
  RETURN v_role;
END $$;

-- The session of a cookie, if it is live (used within p_idle_s seconds and
-- its user not locked); touches it.
CREATE FUNCTION gf_con_session(p_token_hash bytea, p_idle_s integer)
RETURNS TABLE (r_user text, r_role text, r_csrf_hash bytea)
LANGUAGE sql AS $$
  UPDATE console_sessions s SET last_seen = now()
    FROM console_users u
   WHERE s.token_hash = p_token_hash AND u.id = s.user_id AND NOT u.locked
     AND s.last_seen > now() - make_interval(secs => p_idle_s)
  RETURNING u.id, u.role, s.csrf_hash;
$$;

-- An admin's action, with its audit row, in one transaction.  Returns
-- false when the object does not exist (nothing changed, nothing audited).
CREATE FUNCTION gf_con_action(p_user text, p_action text, p_object text)
RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF p_action = 'terminal enable' OR p_action = 'terminal disable' THEN
    UPDATE terminals SET enabled = (p_action = 'terminal enable') WHERE id = p_object;
  ELSIF p_action = 'operator unlock' THEN
    UPDATE operators SET locked = false, failed_attempts = 0 WHERE id = p_object;
  ELSIF p_action = 'alarm ack' THEN
    UPDATE alarms SET acked = true WHERE id::text = p_object;
  ELSE
    RAISE EXCEPTION 'gf_con_action: unknown action %', p_action USING ERRCODE = '22023';
  END IF;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  INSERT INTO audit_log (actor, action, object) VALUES ('console:' || p_user, p_action, p_object);
  RETURN true;
END $$;
