#!/usr/bin/env bash
# cost: 60
# The bank channel in the browser (tests/browser/bank.mjs): an admin adds a
# bank, rebinds it and sets an org's collection window on screen; an auditor
# reviews a bank's reconciliation day beside the marketing one and resolves
# its differences, a second auditor signs it off.  The bank's day is as
# ifsvc stores one (t_bank_recon makes it from a real file).
. "$GF_SRC/tests/integration/lib.sh"
. "$GF_SRC/tests/integration/browser_lib.sh"
gf_setup
browser_ready || gf_done
console_user adm "管理员" admin 'admin-pass-bank1'
console_user aud1 "审计员甲" auditor 'auditor-pass-one'
console_user aud2 "审计员乙" auditor 'auditor-pass-two'
gf_sql "INSERT INTO terminals (id, name, org, suite) VALUES ('8613900000900001', 't1', 'SC01', 1);
INSERT INTO banks (bankno, name, addrs, suite) VALUES ('0102', '测试银行', '{10.1.2.3}', 1);
INSERT INTO transactions (stserial, settle_date, terminal_id, term_serial, operator_id, customer_no,
    func, trcode, amount, pay_mode, state, mkt_serial, channel, bankno)
  VALUES ('SC01K0001', current_date - 1, 'BANK0102', 'BS1', 'BANK0102', '5100000001', 'PAYMENT', 1002, 1000, 4, 'SUCCESS', 'MK1', 'BANK', '0102'),
         ('SC01K0002', current_date - 1, 'BANK0102', 'BS2', 'BANK0102', '5100000002', 'PAYMENT', 1002, 2000, 4, 'SUCCESS', 'MK2', 'BANK', '0102');
INSERT INTO recon_runs (recon_date, source, state, finished_at, file_sha256, raw_file, remote_count, remote_total, local_count, local_total)
  VALUES (current_date - 1, '0102', 'DONE', now(), encode(sha256(convert_to(E'H|0102|x|2|1500\nD|BS1|5100000001|1000|OK|090000\nD|BS3|5100000003|500|OK|091500\n', 'UTF8')), 'hex'),
          E'H|0102|x|2|1500\nD|BS1|5100000001|1000|OK|090000\nD|BS3|5100000003|500|OK|091500\n', 2, 1500, 2, 3000);
INSERT INTO recon_stats (run_id, category, operator_id, n, local_sum, remote_sum, l_state, r_status)
  SELECT max(id), c, 'BANK0102', 1, l, r, ls, rs FROM recon_runs, (VALUES ('MATCHED', 1000, 1000, 'SUCCESS', 'OK'),
    ('LOCAL_ONLY', 2000, 0, 'SUCCESS', ''), ('REMOTE_ONLY', 0, 500, '', 'OK')) v(c, l, r, ls, rs) GROUP BY c, l, r, ls, rs;
INSERT INTO recon_diffs (run_id, category, stserial, l_state, l_expected, l_amount, l_operator_id, l_term_serial, l_stserial, l_customer_no, r_custno, r_amount, r_status, r_txtime)
  SELECT (SELECT max(id) FROM recon_runs WHERE source = '0102'), c, s, ls, le, la, lo, lt, lst, lc, rc, ra, rs, rt FROM (VALUES
    ('LOCAL_ONLY', 'BS2', 'SUCCESS', 'OK', 2000::bigint, 'BANK0102', 'BS2', 'SC01K0002', '5100000002', NULL, NULL::bigint, NULL, NULL),
    ('REMOTE_ONLY', 'BS3', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '5100000003', 500, 'OK', '091500')) v(c, s, ls, le, la, lo, lt, lst, lc, rc, ra, rs, rt)" >/dev/null ||
	{ fail "bank fixture"; gf_done; }
gf_start appsrv || gf_done
gf_wait_port "$HTTP_PORT" || { fail "the console listens"; gf_done; }
D1=$(gf_sql "SELECT to_char(current_date - 1, 'YYYYMMDD')")

browser_walk bank.mjs GF_ADM=adm GF_ADM_PW='admin-pass-bank1' GF_AUD1=aud1 GF_AUD1_PW='auditor-pass-one' \
	GF_AUD2=aud2 GF_AUD2_PW='auditor-pass-two' GF_DATE="$D1"
audited() { gf_sql "SELECT count(*) FROM audit_log WHERE actor = 'console:$1' AND action = '$2'"; }
expect_eq "$(gf_sql "SELECT name || ' ' || suite || ' ' || addrs::text FROM banks WHERE bankno = '0305'")" "城市商业银行 2 {10.3.1.1}" "the bank added and rebound on screen is in the registry"
expect_eq "$(audited adm 'bank add') $(audited adm 'bank rebind') $(audited adm 'bank window')" "1 1 1" "each admin change audited, by the admin"
expect_eq "$(gf_sql "SELECT first_day || '-' || last_day || ' ' || opens || '-' || closes FROM bank_windows WHERE org = 'SC01'")" "1-20 08:00:00-18:00:00" "the window set on screen is stored"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_resolutions WHERE source = '0102' AND actor = 'console:aud1'")" "2" "two bank resolutions, by aud1"
expect_eq "$(audited aud1 'recon signoff refused')" "1" "aud1's refused sign-off is audited"
expect_eq "$(gf_sql "SELECT actor FROM recon_signoffs WHERE source = '0102' AND reopened_at IS NULL")" "console:aud2" "the bank day is signed off by aud2"
expect_eq "$(gf_sql "SELECT count(*) FROM recon_signoffs WHERE source = 'MI1'")" "0" "the marketing day is not"
gf_done
