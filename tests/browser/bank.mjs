// bank.mjs - the bank channel in the console: an admin registers a bank
// and sets an org's collection window on screen; an auditor opens the
// bank's reconciliation of a day beside the marketing one (the bank
// file's line beside the station's record) and resolves each difference;
// that auditor's sign-off is refused (maker is not checker); a second
// auditor signs the bank's day off and it locks.
import { run, person, login, shot, text, until, check, eq, fillDialog, BASE } from './lib.mjs';

const env = process.env;
const D = env.GF_DATE;
const ymd = `${D.slice(0, 4)}-${D.slice(4, 6)}-${D.slice(6)}`;

await run(async () => {
	// ---- the admin: a new bank, then SC01's collection window ----
	const m = await person('adm');
	await login(m, env.GF_ADM, env.GF_ADM_PW);
	await m.goto(`${BASE}/#/banks`);
	await m.locator('[data-testid=banks] tbody tr', { hasText: '0102' }).waitFor();
	await m.locator('[data-testid=add-bank]').click();
	await fillDialog(m, { bankno: '0305', name: '城市商业银行', addrs: '10.3.0.5, 10.3.0.6', suite: '2', reason: '新签约代收银行' });
	check(await until(async () => (await text(m.locator('[data-testid=bank-name]'))) === '城市商业银行'), 'the new bank\'s page opens');
	eq(await text(m.locator('[data-testid=bank-addrs]')), '10.3.0.5, 10.3.0.6', 'its addresses as entered');
	check((await text(m.locator('[data-testid=history]'))).includes('新签约代收银行'), 'its history shows the change with its reason');
	await shot(m, 'admin-bank', { doc: true });
	await m.locator('[data-testid=bank-rebind]').click();
	await fillDialog(m, { addrs: '10.3.1.1', reason: '更换专线' });
	check(await until(async () => (await text(m.locator('[data-testid=bank-addrs]'))) === '10.3.1.1'), 'the bank is rebound on screen');

	await m.goto(`${BASE}/#/bank-windows`);
	const sc01 = m.locator('[data-testid=bank-windows] tbody tr', { hasText: 'SC01' });
	await sc01.waitFor();
	check((await text(sc01)).includes('未设置'), 'SC01 has no window yet (always open)', await text(sc01));
	await m.locator('[data-testid="window-edit-SC01"]').click();
	await fillDialog(m, { first_day: '1', last_day: '20', opens: '08:00', closes: '18:00', reason: '代收时间调整' });
	check(await until(async () => (await text(sc01)).includes('每月 1–20 日 08:00–18:00')), 'SC01\'s window is on screen as set', await text(sc01));
	await shot(m, 'admin-bank-windows', { doc: true });

	// ---- auditor 1: the bank's day beside the marketing one ----
	const a = await person('aud1');
	await login(a, env.GF_AUD1, env.GF_AUD1_PW);
	await a.goto(`${BASE}/#/recon?source=*`);
	const row = a.locator('[data-testid=recon-days] tbody tr', { hasText: '测试银行' });
	await row.waitFor();
	check((await text(row)).includes(ymd), 'the bank\'s day is listed beside the marketing one', await text(row));
	await shot(a, 'auditor-recon-sources', { doc: true });
	await row.click();
	await a.locator('[data-testid=sources]').waitFor();
	const srcText = await text(a.locator('[data-testid=sources]'));
	check(srcText.includes('营销系统') && srcText.includes('30.00'), 'every source of the day, with the bank\'s collections (30.00)', srcText);
	eq(await a.locator('[data-testid=diff]').count(), 2, 'two bank differences on screen');
	const diff = (s) => a.locator(`[data-testid=diff][data-stserial="${s}"]`);
	const bs3 = await text(diff('BS3').locator('table.sides'));
	check(bs3.includes('D|BS3|5100000003|500|OK|091500') && bs3.includes('银行文件') === false, 'a bank-only difference shows the file\'s line', bs3);
	check((await text(diff('BS3'))).includes('本站无此记录'), 'and says the station has no record');
	const bs2 = await text(diff('BS2'));
	check(bs2.includes('SC01K0002') && bs2.includes('银行文件无此行'), 'a station-only one shows the station\'s record and no file line', bs2);
	await shot(a, 'auditor-bank-recon-day', { doc: true });
	for (const [s, reason, note] of [['BS2', 'SETTLED_LATER', '银行次日补传'], ['BS3', 'OTHER', '银行重复记账，已通知银行冲回']]) {
		await diff(s).locator('[data-testid=resolve]').click();
		await fillDialog(a, { reason, note });
		check(await until(async () => (await text(diff(s).locator('[data-testid=resolution]'))).includes(note)), `resolved ${s} on screen`);
	}
	await a.locator('[data-testid=signoff-btn]').click();
	await fillDialog(a, { note: '我来签核' });
	check(await until(async () => (await text(a.locator('[data-testid=signoff-error]'))).length > 0), 'aud1\'s sign-off of the bank day is refused on screen');

	// ---- auditor 2 signs the bank's day off ----
	const b = await person('aud2');
	await login(b, env.GF_AUD2, env.GF_AUD2_PW);
	await b.goto(`${BASE}/#/recon/${D}?source=0102`);
	await b.locator('[data-testid=signoff-btn]').click();
	await fillDialog(b, { note: '复核无误' });
	check(await until(async () => (await text(b.locator('[data-testid=day-state]'))).includes('已签核')), 'aud2 signs the bank day off');
	check((await text(b.locator('[data-testid=signoff]'))).includes('aud2'), 'the sign-off names aud2');
	check(await b.locator('[data-testid=resolve]').count() === 0, 'the signed bank day offers no more changes');
	await shot(b, 'auditor-bank-signed', { doc: true });
});
