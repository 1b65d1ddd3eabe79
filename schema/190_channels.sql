-- 190_channels.sql - where a money-moving request came from.
--
-- Until the bank channel every transaction came from a handheld terminal.
-- Now three channels post money to the marketing system through the same
-- state machine (fn/money.sql) and the same reconciliation:
--
--   TERMINAL   a collector's handheld (TP/1); terminal_id and term_serial
--              are the terminal's.
--   BANK       a bank's counter, ATM or online bank (BK/1 2002/2003);
--              bankno, bank_branch, bank_teller and bank_medium (C
--              counter, A ATM, E online, M mobile) say which.
--   WITHHOLD   a line of a bank's monthly withholding result (BK/1 §5)
--              or an account debit (3001), posted by the station.
--
-- MI/1's paymode for the two new channels: 4 bank collection (代收),
-- 5 withholding (代扣); 1-3 stay TP/1's (cash, bank card, transfer).
ALTER TABLE transactions
  ADD COLUMN channel text NOT NULL DEFAULT 'TERMINAL'
    CHECK (channel IN ('TERMINAL', 'BANK', 'WITHHOLD')),
  ADD COLUMN bankno text CHECK (bankno ~ '^[0-9]{4}$'),
  ADD COLUMN bank_branch text,
  ADD COLUMN bank_teller text,
  ADD COLUMN bank_medium text CHECK (bank_medium IN ('C', 'A', 'E', 'M')),
  ADD CONSTRAINT transactions_channel_bank
    CHECK ((channel = 'TERMINAL') = (bankno IS NULL));

CREATE INDEX transactions_bank ON transactions (settle_date, bankno)
  WHERE bankno IS NOT NULL;

ALTER DOMAIN gf_pay_mode DROP CONSTRAINT gf_pay_mode_check;
ALTER DOMAIN gf_pay_mode ADD CONSTRAINT gf_pay_mode_check
  CHECK (VALUE IN (1, 2, 3, 4, 5));
