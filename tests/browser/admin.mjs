// admin.mjs - an administrator's day.  Phase "rebind": rebinds a
// terminal's SIM address (the shell script then sends a frame from the
// old address, refused IP_MISMATCH), adds a terminal, renames and disables
// it, adds an operator (PIN shown once), resets a PIN, locks and unlocks,
// adds a console user, reads the audit log.  Phase "alarm": the
// IP_MISMATCH alarm that frame raised is on screen and is acknowledged
// with a note.
import { run, person, login, shot, text, until, ok, check, eq, fillDialog, BASE } from './lib.mjs';

const env = process.env;
const TID = env.GF_TID;		/* the terminal to rebind */
const NEW_IP = env.GF_NEW_IP;

await run(async () => {
	const a = await person('admin');
	await login(a, env.GF_ADM, env.GF_ADM_PW);

	if (env.GF_PHASE === 'alarm') {
		await a.goto(`${BASE}/#/alarms`);
		const row = a.locator('[data-testid=alarms] tbody tr', { hasText: TID }).filter({ hasText: 'IP 不符' }).filter({ hasText: env.GF_OLD_IP });
		check(await until(async () => (await row.count()) > 0), 'the IP_MISMATCH alarm of the old address is on screen');
		check((await text(row.first().locator('td[data-col=source]'))).includes(env.GF_OLD_IP), 'the alarm names the old address', await text(row.first()));
		await shot(a, 'admin-alarm', { doc: true });
		await row.first().locator('[data-testid=ack]').click();
		await fillDialog(a, { note: '旧 SIM 卡已收回，重新绑定后的残留请求' });
		check(await until(async () => (await row.count()) === 0), 'acknowledged, it leaves the open list');
		await a.locator('select[name=state]').selectOption('acked');
		await a.locator('form.filters button[type=submit]').click();
		const acked = a.locator('[data-testid=alarms] tbody tr', { hasText: TID }).filter({ hasText: env.GF_OLD_IP });
		check(await until(async () => (await text(acked.first())).includes('已确认')), 'it is listed as acknowledged');
		check((await text(acked.first())).includes('旧 SIM 卡已收回'), 'with the note', await text(acked.first()));
		await shot(a, 'admin-alarm-acked');
		return;
	}

	// The terminal list, then one terminal: rebind its SIM address.
	await a.goto(`${BASE}/#/terminals`);
	await a.locator('[data-testid=terminals] tbody tr', { hasText: TID }).waitFor();
	await shot(a, 'admin-terminals', { doc: true });
	await a.locator('[data-testid=terminals] tbody tr', { hasText: TID }).click();
	await a.locator('[data-testid=terminal]').waitFor();
	eq(await text(a.locator('[data-testid=sim-ip]')), env.GF_OLD_IP, 'the terminal page shows the bound SIM address');
	await a.locator('[data-testid=rebind]').click();
	await fillDialog(a, { sim_ip: NEW_IP, reason: 'SIM 卡更换' });
	check(await until(async () => (await text(a.locator('[data-testid=sim-ip]'))) === NEW_IP), 'after the rebind the page shows the new address');
	const hist = a.locator('[data-testid=history] tbody tr').first();
	check(await until(async () => (await text(hist)).includes('SIM 卡更换')), 'the history shows the rebind with its reason', await text(hist));
	await shot(a, 'admin-terminal-rebind', { doc: true });

	// A new terminal: add, rename, disable.
	const NID = env.GF_NEW_TID;
	await a.goto(`${BASE}/#/terminals`);
	await a.locator('[data-testid=add-terminal]').click();
	await fillDialog(a, { id: NID, name: '新掌机', org: 'SC01', suite: '2', keyver: '1', sim_ip: env.GF_NEW_TIP, reason: '新购设备' });
	check(await until(async () => location(a).endsWith(`#/terminals/${NID}`)), 'adding a terminal opens its page');
	check(await until(async () => (await text(a.locator('[data-testid=term-name]'))) === '新掌机'), 'the new terminal is shown');
	await a.locator('button', { hasText: '改名' }).click();
	await fillDialog(a, { name: '新掌机二号', reason: '按班组命名' });
	check(await until(async () => (await text(a.locator('[data-testid=term-name]'))) === '新掌机二号'), 'renamed on screen');
	await a.locator('button', { hasText: '停用' }).click();
	await fillDialog(a, { reason: '暂不使用' });
	check(await until(async () => (await text(a.locator('.page-head .badge'))) === '停用'), 'disabled on screen');

	// Operators: add (PIN shown once), reset PIN, lock, unlock.
	await a.goto(`${BASE}/#/operators`);
	await a.locator('[data-testid=add-operator]').click();
	await fillDialog(a, { id: env.GF_NEW_OP, name: '王收费', org: 'SC01', role: 'collector', reason: '新员工' });
	await a.locator('[data-testid=show-once]').waitFor();
	const pin1 = await text(a.locator('[data-testid=secret]'));
	check(/^\d{4,12}$/.test(pin1), 'the new operator\'s PIN is shown once', pin1);
	await shot(a, 'admin-operator-pin', { doc: true, fullPage: false });
	await a.locator('[data-testid=show-once] button').click();
	const orow = a.locator('[data-testid=operators] tbody tr', { hasText: env.GF_NEW_OP });
	await orow.waitFor();
	await orow.locator('[data-testid=reset-pin]').click();
	await fillDialog(a, { reason: '忘记 PIN' });
	await a.locator('[data-testid=show-once]').waitFor();
	const pin2 = await text(a.locator('[data-testid=secret]'));
	check(/^\d{4,12}$/.test(pin2) && pin2 !== pin1, 'a reset PIN is a new one, shown once');
	await a.locator('[data-testid=show-once] button').click();
	check(!(await a.content()).includes(pin2), 'the PIN is gone from the page once closed');
	await orow.locator('button', { hasText: '锁定' }).click();
	await fillDialog(a, { reason: '离岗' });
	check(await until(async () => (await text(orow)).includes('已锁定')), 'locked on screen');
	await orow.locator('button', { hasText: '解锁' }).click();
	await fillDialog(a, { reason: '返岗' });
	check(await until(async () => (await text(orow)).includes('正常')), 'unlocked on screen');

	// A console user: a cashier, then locked.
	await a.goto(`${BASE}/#/users`);
	await a.locator('[data-testid=add-user]').click();
	await fillDialog(a, { id: 'cash9', name: '出纳九', roles: ['cashier'], password: 'cashier-pass-nine' });
	const urow = a.locator('[data-testid=users] tbody tr', { hasText: 'cash9' });
	check(await until(async () => (await text(urow)).includes('收款/财务')), 'the new console user is listed with the cashier role');
	await urow.locator('button', { hasText: '锁定' }).click();
	check(await until(async () => (await text(urow)).includes('已锁定')), 'the user is locked on screen');
	await shot(a, 'admin-users', { doc: true });

	// The audit log names the admin and the rebind.
	await a.goto(`${BASE}/#/audit`);
	await a.locator('input[name=object]').fill(TID);
	await a.locator('form.filters button[type=submit]').click();
	const arow = a.locator('[data-testid=audit] tbody tr').first();
	check(await until(async () => /rebind|重新绑定/.test(await text(arow)) && (await text(arow)).includes(env.GF_ADM)), 'the audit log shows who rebound the terminal', await text(arow));
	await shot(a, 'admin-audit', { doc: true });
	ok('administrator\'s walk done');
});

function location(p) {
	return p.url();
}
