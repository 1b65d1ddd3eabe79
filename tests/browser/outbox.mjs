// outbox.mjs - store-and-forward records on the console.  Phase "audit":
// an auditor sees the parked records (with the marketing system's reason)
// and a waiting one (with its age), reads a record's body, and has no
// button to change anything (the server refuses it too: 403).  Phase
// "admin": an administrator corrects a parked record's meter number and
// resends it, and closes another with a reason; both are in its history.
import { run, person, login, shot, text, until, check, eq, fillDialog, apiGet, BASE } from './lib.mjs';

const env = process.env;
const B1 = env.GF_B1, B2 = env.GF_B2;

await run(async () => {
	if (env.GF_PHASE === 'audit') {
		const a = await person('auditor');
		await login(a, env.GF_AUD, env.GF_AUD_PW);
		check((await text(a.locator('#menu'))).includes('待发记录'), 'the auditor\'s menu has the outbox');
		await a.goto(`${BASE}/#/outbox`);
		const rows = a.locator('[data-testid=outbox] tbody tr');
		check(await until(async () => (await rows.count()) >= 3), 'parked and waiting records listed', String(await rows.count()));
		const r1 = rows.filter({ hasText: 'M:MBAD1' });
		check((await r1.locator('[data-testid=ob-state]').getAttribute('data-state')) === 'PARKED', 'MBAD1\'s record is parked');
		check((await text(r1)).includes('已搁置'), 'shown as 已搁置', await text(r1));
		check((await text(r1.locator('td[data-col=last_error]'))).includes('3001'), 'with the marketing system\'s code', await text(r1));
		const w = rows.filter({ hasText: `M:${env.GF_M1}` });
		check((await text(w)).includes('待发送'), 'the waiting record is listed as 待发送', await text(w));
		check(/\d+ (秒|分钟)/.test(await text(w.locator('td[data-col=age_s]'))), 'with its age', await text(w));
		await shot(a, 'outbox-list', { doc: true });
		await r1.click();
		await a.locator('[data-testid=outbox-record]').waitFor();
		const body = JSON.parse(await text(a.locator('[data-testid=ob-body]')));
		eq(body.meterno, 'MBAD1', 'the record\'s body as sent');
		check((await text(a.locator('[data-testid=ob-body]'))).includes('<b>'), 'markup in the note stays text');
		eq(await a.locator('[data-testid=ob-resend]').count(), 0, 'no resend button for an auditor');
		eq(await a.locator('[data-testid=ob-close]').count(), 0, 'no close button for an auditor');
		const r = await a.evaluate(async (id) => {
			const res = await fetch(`/api/outbox/${id}/resend`, { method: 'POST', credentials: 'same-origin',
			    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': sessionStorage.getItem('gf.csrf') },
			    body: JSON.stringify({ set: { meterno: 'X' }, reason: 'auditor' }) });
			return res.status;
		}, B1);
		eq(r, 403, 'an auditor\'s resend is refused 403 by the server');
		await shot(a, 'outbox-record-auditor');
		return;
	}

	const m = await person('admin');
	await login(m, env.GF_ADM, env.GF_ADM_PW);
	await m.goto(`${BASE}/#/outbox/${B1}`);
	await m.locator('[data-testid=ob-resend]').click();
	const d = m.locator('dialog[open]');
	await d.waitFor();
	eq(await d.locator('[name=meterno]').inputValue(), 'MBAD1', 'the dialog holds the record\'s meter number');
	eq(await d.locator('[name=amount]').count(), 0, 'only the fields the terminal sent can be corrected');
	await shot(m, 'outbox-resend-dialog', { doc: true });
	await fillDialog(m, { meterno: env.GF_M0, reason: '表号录入错误，已核对' });
	check(await until(async () => (await m.locator('[data-testid=ob-state]').first().getAttribute('data-state')) !== 'PARKED'), 'resent: no longer parked');
	check(await until(async () => {
		await m.reload();
		await m.locator('[data-testid=outbox-record]').waitFor();
		return (await m.locator('[data-testid=ob-state]').first().getAttribute('data-state')) === 'DELIVERED';
	}, 20000), 'the corrected record is delivered');
	const hist = await text(m.locator('[data-testid=ob-history]'));
	check(hist.includes('表号录入错误') && hist.includes(`console:${env.GF_ADM}`), 'its history shows who resent it and why', hist);
	await shot(m, 'outbox-resent', { doc: true });

	await m.goto(`${BASE}/#/outbox/${B2}`);
	await m.locator('[data-testid=ob-close]').click();
	await fillDialog(m, { reason: '该表已拆除' });
	check(await until(async () => (await m.locator('[data-testid=ob-state]').first().getAttribute('data-state')) === 'CLOSED'), 'the other record is closed');
	check((await text(m.locator('[data-testid=ob-history]'))).includes('该表已拆除'), 'with the reason in its history');
	eq(await m.locator('[data-testid=ob-close]').count(), 0, 'a closed record has no buttons');
	const again = await m.evaluate(async (id) => {
		const res = await fetch(`/api/outbox/${id}/close`, { method: 'POST', credentials: 'same-origin',
		    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': sessionStorage.getItem('gf.csrf') },
		    body: JSON.stringify({ reason: 'again' }) });
		return res.status;
	}, B2);
	eq(again, 409, 'closing it again is refused (409)');
	const list = JSON.parse((await apiGet(m, '/api/outbox?state=parked')).body);
	eq(list.total, 0, 'no parked record left');
});
