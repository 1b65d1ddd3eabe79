-- 210_withhold.sql - monthly withholding (代扣, BK/1 §5, docs/BK1.md
-- "Withholding").
--
-- bank_bindings: which bank account a customer pays from.  One binding in
-- force per customer (removed_at IS NULL); a removed one stays as history.
-- Account numbers are not secrets, but logs show them masked.
--
-- wh_lists / wh_list_lines: the lists the station made (WH files), one
-- run number nn per (bank, month), never reused.  A list is MAKING while
-- its file is written, MADE once the file and its SHA-256 are in place.
--
-- wh_results: every result file (WR) the station read, accepted or refused
-- whole (with the reason); a file is known by (name, sha256), so the same
-- file seen again changes nothing.  One accepted result per list.
--
-- wh_result_lines: the lines of an accepted result; a debited line (0000)
-- is posted to the marketing system exactly once: wh_posts holds each
-- attempt (a `transactions` row, channel WITHHOLD, on the money state
-- machine); a new attempt is made only when every earlier one ended with
-- nothing posted (fn/withhold.sql).

CREATE TABLE bank_bindings (
  id          bigserial PRIMARY KEY,
  bankno      text NOT NULL REFERENCES banks (bankno),
  custno      text NOT NULL CHECK (custno ~ '^[0-9A-Za-z]{1,32}$'),
  account     text NOT NULL CHECK (account ~ '^[0-9]{8,32}$'),
  name        text NOT NULL DEFAULT '' CHECK (length(name) <= 64
                AND name !~ '[|=[:cntrl:]]'),
  bound_at    timestamptz NOT NULL DEFAULT now(),
  bound_by    text NOT NULL,
  removed_at  timestamptz,
  removed_by  text,
  CHECK ((removed_at IS NULL) = (removed_by IS NULL))
);
CREATE UNIQUE INDEX bank_bindings_one ON bank_bindings (custno)
  WHERE removed_at IS NULL;
CREATE INDEX bank_bindings_bank ON bank_bindings (bankno)
  WHERE removed_at IS NULL;

CREATE TABLE wh_lists (
  id          bigserial PRIMARY KEY,
  bankno      text NOT NULL REFERENCES banks (bankno),
  month       text NOT NULL CHECK (month ~ '^[0-9]{4}(0[1-9]|1[0-2])$'),
  nn          smallint NOT NULL CHECK (nn BETWEEN 1 AND 99),
  file_name   text NOT NULL UNIQUE,
  state       text NOT NULL DEFAULT 'MAKING'
                CHECK (state IN ('MAKING', 'MADE', 'FAILED')),
  count       integer NOT NULL CHECK (count >= 0),
  total       bigint NOT NULL CHECK (total >= 0),
  sha256      text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  actor       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  made_at     timestamptz,
  UNIQUE (bankno, month, nn),
  CHECK ((state = 'MADE') = (sha256 IS NOT NULL AND made_at IS NOT NULL))
);

CREATE TABLE wh_list_lines (
  list_id     bigint NOT NULL REFERENCES wh_lists (id),
  lineno      integer NOT NULL CHECK (lineno >= 1),
  custno      text NOT NULL,
  name        text NOT NULL,
  account     text NOT NULL,
  amount      bigint NOT NULL CHECK (amount > 0),
  months      text NOT NULL,
  PRIMARY KEY (list_id, lineno)
);

CREATE TABLE wh_results (
  id          bigserial PRIMARY KEY,
  bankno      text NOT NULL,
  file_name   text NOT NULL,
  sha256      text NOT NULL,
  list_id     bigint REFERENCES wh_lists (id),
  state       text NOT NULL CHECK (state IN ('ACCEPTED', 'REFUSED')),
  reason      text NOT NULL DEFAULT '',
  count       integer,
  total       bigint,
  okcount     integer,
  oktotal     bigint,
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (file_name, sha256),
  CHECK (state = 'REFUSED' OR list_id IS NOT NULL)
);
CREATE UNIQUE INDEX wh_results_one ON wh_results (list_id)
  WHERE state = 'ACCEPTED';

CREATE TABLE wh_result_lines (
  result_id   bigint NOT NULL REFERENCES wh_results (id),
  lineno      integer NOT NULL,
  custno      text NOT NULL,
  account     text NOT NULL,
  amount      bigint NOT NULL,
  result      text NOT NULL CHECK (result ~ '^[0-9]{4}$'),
  bankserial  text NOT NULL DEFAULT '',
  txdate      text NOT NULL DEFAULT '',
  -- NONE: the bank refused the debit (nothing to post); TODO: to post;
  -- POSTED: one posting in force (stserial); HELD: the marketing system
  -- refused the posting for good, a person settles it (alarm WH_POST).
  post_state  text NOT NULL CHECK (post_state IN ('NONE', 'TODO', 'POSTED', 'HELD')),
  stserial    text,
  PRIMARY KEY (result_id, lineno),
  CHECK ((post_state = 'POSTED') = (stserial IS NOT NULL))
);
CREATE INDEX wh_result_lines_todo ON wh_result_lines (result_id)
  WHERE post_state = 'TODO';

CREATE TABLE wh_posts (
  result_id   bigint NOT NULL,
  lineno      integer NOT NULL,
  attempt     integer NOT NULL CHECK (attempt >= 1),
  stserial    text NOT NULL UNIQUE,
  settle_date date NOT NULL,
  trcode      smallint NOT NULL CHECK (trcode IN (1002, 1004)),
  owner       text NOT NULL,	-- ifsvc:NODE:PID that sent it
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (result_id, lineno, attempt),
  FOREIGN KEY (result_id, lineno) REFERENCES wh_result_lines (result_id, lineno)
);
