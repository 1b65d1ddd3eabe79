// cashier.mjs - a cashier balances a collector's day: the cash in transit
// (oldest first), the collector's expected cash from the station's own
// records, a count that comes up short needs a reason on screen, the
// count that matches balances the day, and the bank deposit is recorded.
import { run, person, login, shot, text, until, ok, check, eq, fillDialog, BASE } from './lib.mjs';

const env = process.env;
const D = env.GF_DATE;
const Dy = `${D.slice(0, 4)}-${D.slice(4, 6)}-${D.slice(6)}`;
const yuan = (fen) => {
	const s = String(fen).padStart(3, '0');
	return `${s.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${s.slice(-2)}`;
};

await run(async () => {
	const c = await person('cashier');
	await login(c, env.GF_CASH, env.GF_CASH_PW);
	const menu = await text(c.locator('#menu'));
	check(menu.includes('解款') && menu.includes('在途现金'), 'the cashier\'s menu: cash, in transit', menu);
	check(!menu.includes('对账') && !menu.includes('终端'), 'the cashier\'s menu has no reconciliation or terminals', menu);

	// In transit: both collectors, oldest first.
	await c.goto(`${BASE}/#/transit`);
	const tr = c.locator('[data-testid=transit] tbody tr', { hasText: env.GF_COL });
	await tr.waitFor();
	check((await text(tr)).includes(yuan(env.GF_EXP)), `${env.GF_COL}'s cash in transit: ${yuan(env.GF_EXP)}`, await text(tr));
	await shot(c, 'cashier-transit', { doc: true });

	// The day's cash per collector.
	await c.goto(`${BASE}/#/cash`);
	const row = c.locator('[data-testid=cash] tbody tr', { hasText: env.GF_COL });
	await row.waitFor();
	eq(await text(row.locator('td[data-col=expected]')), yuan(env.GF_EXP), 'expected cash on screen, from the station\'s records');
	const row2 = c.locator('[data-testid=cash] tbody tr', { hasText: env.GF_COL2 });
	eq(await text(row2.locator('td[data-col=expected]')), yuan(env.GF_EXP2), 'the other collector\'s expected cash');
	await shot(c, 'cashier-cash-open', { doc: true });

	// A short count without a reason is not accepted by the dialog.
	await row.locator('[data-testid=handin]').click();
	const short = yuan(Number(env.GF_EXP) - 50).replace(/,/g, '');
	await c.locator('dialog[open] [name=counted]').fill(short);
	await c.locator('dialog[open] [data-testid=dialog-ok]').click();
	check((await text(c.locator('dialog[open] .error'))).includes('0.50'), 'a short count asks for a reason, saying by how much');
	await shot(c, 'cashier-short-needs-reason', { doc: true, fullPage: false });
	await c.locator('dialog[open] button', { hasText: '取消' }).click();

	// The count matches: the day balances.
	await row.locator('[data-testid=handin]').click();
	await fillDialog(c, { counted: yuan(env.GF_EXP).replace(/,/g, '') });
	check(await until(async () => (await text(row.locator('td[data-col=state]'))) === '已平账'), 'the matching count balances the day');
	eq(await text(row.locator('td[data-col=over_short]')), '相符', 'no over or short');
	eq(await text(row.locator('td[data-col=counted]')), yuan(env.GF_EXP), 'the counted amount on screen');

	// The second collector comes up 1.00 short, with a reason.
	await row2.locator('[data-testid=handin]').click();
	await fillDialog(c, { counted: yuan(Number(env.GF_EXP2) - 100).replace(/,/g, ''), reason: 'CHANGE_GIVEN', note: '找零多给一元' });
	check(await until(async () => (await text(row2.locator('td[data-col=over_short]'))).includes('短款 1.00')), 'the second collector is 1.00 short on screen');
	check((await text(row2.locator('td[data-col=reason]'))).includes('找零多给一元'), 'with the reason given');

	// The deposit of the balanced day.
	await row.locator('[data-testid=deposit]').click();
	await fillDialog(c, { slip_no: 'YH20261205001', bank: '工商银行城东支行', amount: yuan(env.GF_EXP).replace(/,/g, '') });
	check(await until(async () => (await text(row.locator('td[data-col=state]'))) === '已存行'), 'the deposit is recorded: deposited');
	check((await text(row)).includes('YH20261205001'), 'the slip number on screen');
	await shot(c, 'cashier-cash-done', { doc: true });

	// Handed in, the collector's cash is no longer in transit.
	await c.goto(`${BASE}/#/transit`);
	await c.locator('[data-testid=transit]').waitFor();
	check(await until(async () => (await c.locator('[data-testid=transit] tbody tr', { hasText: env.GF_COL }).count()) === 0), `${env.GF_COL} no longer in transit`);
	ok('cashier\'s walk done');
});
