-- 230_tx_op_index.sql - transactions_op with the operator first.
--
-- (settle_date, operator_id, stserial) could serve a lookup by settle date
-- and serial: the serial is in it, after the operator.  Such a lookup then
-- reads all of the day's entries.  With statistics the planner never chose
-- it, but a statement prepared on a partition without them (a fresh
-- database; a month's first day, until autovacuum first analyzes the new
-- partition) did, and kept it: appsrv's record of an answered payment
-- (tx_ok, bank_ok) read every row of the day (bench/bank: 0.36 -> 2.0 ms a
-- call over three rounds).  With the operator first the index is of no use
-- to such a lookup; a collector's day (the console's listing and counts,
-- the cash desk's day) is still one range of it, in serial order.
DROP INDEX transactions_op;
CREATE INDEX transactions_op ON transactions (operator_id, settle_date, stserial);
