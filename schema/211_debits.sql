-- 211_debits.sql - account debits the station asks of a bank (BK/1 §4:
-- 3001, settled by 3006), docs/BK1.md "Debits".
--
-- serial: the station's BK/1 request serial of the 3001, 20 characters,
-- unique per station and never reused ('D' || 19 digits of debit_seq; a
-- 3006 takes its own serial from the same sequence).  A debit whose answer
-- was lost (dropped, late, 9999) is UNKNOWN until a 3006 says DEBITED,
-- REFUSED or NOTFOUND (then it is NEW again and the same serial is sent
-- again: the bank is idempotent on it).  request/answer keep the raw bytes
-- of the last 3001 and of its answer for audit (no key is in them).
-- A withholding debit (reason WH) that is DEBITED becomes a line of its
-- list's online result (wh_result_lines), posted like a result file's.

CREATE SEQUENCE debit_seq;

CREATE TABLE debits (
  serial      text PRIMARY KEY CHECK (length(serial) = 20),
  bankno      text NOT NULL REFERENCES banks (bankno),
  custno      text NOT NULL,
  account     text NOT NULL,
  amount      bigint NOT NULL CHECK (amount > 0),
  reason      text NOT NULL CHECK (reason IN ('WH', 'SMS')),
  ref         text NOT NULL,
  state       text NOT NULL DEFAULT 'NEW'
                CHECK (state IN ('NEW', 'SENT', 'UNKNOWN', 'DEBITED', 'REFUSED')),
  bankserial  text,
  rspcode     text,
  request     bytea,
  answer      bytea,
  attempts    integer NOT NULL DEFAULT 0,
  queries     integer NOT NULL DEFAULT 0,
  next_at     timestamptz NOT NULL DEFAULT now(),
  owner       text,
  result_id   bigint REFERENCES wh_results (id),
  lineno      integer,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (reason, ref),
  CHECK ((state = 'DEBITED') = (bankserial IS NOT NULL))
);
CREATE INDEX debits_due ON debits (next_at) WHERE state IN ('NEW', 'SENT', 'UNKNOWN');

ALTER TABLE wh_results ADD COLUMN online boolean NOT NULL DEFAULT false;
