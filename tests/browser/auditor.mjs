// auditor.mjs - two auditors' day: aud1 reviews the reconciliation of a
// day and resolves every difference; aud1's own sign-off is refused on
// screen (maker is not checker); aud2 signs the day off and it locks.
// Then search, a transaction's story with its journal packets, the
// statistics with their charts, and the printable daily report.
import fs from 'node:fs';
import crypto from 'node:crypto';
import { run, person, login, shot, text, until, ok, check, eq, fillDialog, BASE } from './lib.mjs';

const env = process.env;
const D = env.GF_DATE;
const yuan = (fen) => {
	const s = String(fen).padStart(3, '0');
	return `${s.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${s.slice(-2)}`;
};

await run(async () => {
	const a = await person('aud1');
	await login(a, env.GF_AUD1, env.GF_AUD1_PW);

	// The list of days.
	await a.goto(`${BASE}/#/recon`);
	const dayRow = a.locator('[data-testid=recon-days] tbody tr', { hasText: `${D.slice(0, 4)}-${D.slice(4, 6)}-${D.slice(6)}` });
	await dayRow.waitFor();
	check((await text(dayRow)).includes(yuan(env.GF_LT)), 'the day\'s row shows the station\'s total in yuan', await text(dayRow));
	await shot(a, 'auditor-recon-days', { doc: true });
	await dayRow.click();

	// The day's page: totals both sides, SHA-256, download.
	await a.locator('[data-testid=totals]').waitFor();
	const side = (s, row) => text(a.locator(`[data-testid=totals] tbody tr:nth-child(${row}) td[data-side=${s}]`));
	eq(await side('station', 1), env.GF_LC, 'station count on screen');
	eq(await side('mkt', 1), env.GF_RC, '9001 count on screen');
	eq(await side('station', 2), yuan(env.GF_LT), 'station amount on screen, in yuan');
	eq(await side('mkt', 2), yuan(env.GF_RT), '9001 amount on screen, in yuan');
	eq((await text(a.locator('[data-testid=sha256]'))).toUpperCase(), env.GF_SHA.toUpperCase(), 'the 9001 file\'s SHA-256 on screen');
	const [dl] = await Promise.all([a.waitForEvent('download'), a.locator('[data-testid=download]').click()]);
	const file = await dl.path();
	const sha = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').toUpperCase();
	eq(sha, env.GF_SHA.toUpperCase(), 'the downloaded 9001 file has that SHA-256');

	// Every difference, each side by side.
	const diff = (s) => a.locator(`[data-testid=diff][data-stserial="${s}"]`);
	eq(await a.locator('[data-testid=diff]').count(), 4, 'four differences on screen');
	for (const [s, cat] of [[env.GF_S_LOCAL, 'LOCAL_ONLY'], [env.GF_S_REMOTE, 'REMOTE_ONLY'], [env.GF_S_AMOUNT, 'AMOUNT_MISMATCH'], [env.GF_S_STATUS, 'STATUS_MISMATCH']])
		check(await a.locator(`section[data-category=${cat}] [data-testid=diff][data-stserial="${s}"]`).count() === 1, `${cat}: ${s} under its category`);
	const amt = diff(env.GF_S_AMOUNT).locator('tr.differ');
	check(await amt.count() >= 1, 'the amount that differs is marked');
	const amtText = await text(diff(env.GF_S_AMOUNT).locator('table.sides'));
	check(amtText.includes('60.01') && amtText.includes('60.00'), 'station 60.01 beside the 9001 line\'s 60.00', amtText);
	check((await text(diff(env.GF_S_LOCAL))).includes('营销系统无此对账行'), 'a station-only difference says the 9001 file has no line');
	const remote = await text(diff(env.GF_S_REMOTE).locator('table.sides'));
	check(remote.includes('失败') && remote.includes('50.00'), 'a marketing-only difference: the station\'s failed record beside the 9001 line\'s 50.00', remote);
	await shot(a, 'auditor-recon-day', { doc: true });

	// Resolve each with a reason and a note.
	const plan = [[env.GF_S_LOCAL, 'SETTLED_LATER', '次日 9001 文件已列出'], [env.GF_S_REMOTE, 'STATION_FAULT', '本站记录失败，营销已入账，已补记'],
		[env.GF_S_AMOUNT, 'MKT_CORRECTION', '营销侧金额更正为 60.01'], [env.GF_S_STATUS, 'OTHER', '冲正未送达营销系统，已人工处理']];
	for (const [s, reason, note] of plan) {
		await diff(s).locator('[data-testid=resolve]').click();
		if (s === plan[0][0]) {
			await a.locator('dialog[open] [data-testid=dialog-ok]').click();
			check((await text(a.locator('dialog[open] .error'))).length > 0, 'the resolve dialog wants a reason and a note');
			await shot(a, 'auditor-resolve-dialog', { doc: true, fullPage: false });
		}
		await fillDialog(a, { reason, note });
		check(await until(async () => (await text(diff(s).locator('[data-testid=resolution]'))).includes(note)), `resolved ${s}: reason and note on screen`);
	}
	check((await text(diff(env.GF_S_AMOUNT).locator('[data-testid=resolution]'))).includes('aud1'), 'the resolution names the auditor');

	// The same auditor may not sign the day off.
	await a.locator('[data-testid=signoff-btn]').click();
	await fillDialog(a, { note: '我来签核' });
	check(await until(async () => (await text(a.locator('[data-testid=signoff-error]'))).length > 0), 'aud1\'s sign-off is refused on screen');
	const refusal = await text(a.locator('[data-testid=signoff-error]'));
	check(/复核|不同|签核/.test(refusal), 'the refusal says why (maker is not checker)', refusal);
	check(!(await text(a.locator('[data-testid=day-state]'))).includes('已签核'), 'the day is not signed');
	await shot(a, 'auditor-signoff-refused', { doc: true, at: a.locator('[data-testid=signoff]') });

	// Another auditor signs off; the day locks.
	const b = await person('aud2');
	await login(b, env.GF_AUD2, env.GF_AUD2_PW);
	await b.goto(`${BASE}/#/recon/${D}`);
	await b.locator('[data-testid=signoff-btn]').click();
	await fillDialog(b, { note: '已复核四笔差异' });
	check(await until(async () => (await text(b.locator('[data-testid=day-state]'))).includes('已签核')), 'aud2 signs the day off');
	check((await text(b.locator('[data-testid=signoff]'))).includes('aud2'), 'the sign-off names aud2');
	eq(await b.locator('[data-testid=resolve]').count(), 0, 'a signed day offers no resolve');
	eq(await b.locator('[data-testid=rerun]').count(), 0, 'a signed day offers no rerun');
	await shot(b, 'auditor-signed', { doc: true, at: b.locator('[data-testid=signoff]') });
	await a.reload();
	await a.locator('[data-testid=totals]').waitFor();
	check(await until(async () => (await a.locator('[data-testid=resolve]').count()) === 0), 'aud1 sees the day locked too');
	const late = await a.evaluate(async ([d, s]) => {
		const r = await fetch(`/api/recon/${d}/diffs/${s}/resolve`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': sessionStorage.getItem('gf.csrf') },
		    body: JSON.stringify({ reason: 'OTHER', note: 'late' }) });
		return r.status;
	}, [D, env.GF_S_AMOUNT]);
	check(late === 423 || late === 409, 'a change after the sign-off is refused by the server', late);

	// Search and a transaction's story.
	await a.goto(`${BASE}/#/tx`);
	await a.locator('input[name=stserial]').fill(env.GF_S_PAY);
	await a.locator('form.filters button[type=submit]').click();
	const txRow = a.locator('[data-testid=tx-results] tbody tr', { hasText: env.GF_S_PAY });
	check(await until(async () => (await a.locator('[data-testid=tx-results] tbody tr').count()) === 1), 'the search finds that one transaction');
	check((await text(txRow)).includes('120.00'), 'its amount in yuan', await text(txRow));
	await a.locator('input[name=stserial]').fill('');
	await a.locator('form.filters button[type=submit]').click();
	check(await until(async () => (await a.locator('[data-testid=tx-results] tbody tr').count()) === 7), 'the day\'s seven payments listed');
	await shot(a, 'auditor-search', { doc: true });
	await txRow.click();
	await a.locator('[data-testid=tx-main]').waitFor();
	check((await text(a.locator('[data-testid=tx-main]'))).includes('120.00'), 'the story shows the amount');
	const pk = a.locator('[data-testid=packet]');
	check(await until(async () => (await pk.count()) >= 2), 'the story shows the request and answer packets from the journal', await pk.count());
	check(/^0000 {2}[0-9a-f]{2}( [0-9a-f]{2})+/.test(await text(pk.first().locator('[data-testid=hex]'))), 'a packet in hex');
	check((await text(pk.first().locator('.frame-header'))).length > 0, 'its frame header decoded');
	await shot(a, 'auditor-story', { doc: true });

	// Statistics with charts, and the daily report.
	await a.goto(`${BASE}/#/stats`);
	check(await until(async () => (await a.locator('[data-testid=stats-collections-chart] canvas').count()) > 0, 15000), 'the collections chart is drawn');
	check((await text(a.locator('[data-testid=stats-collections]'))).includes('SC01') || (await a.locator('[data-testid=stats-collections] tbody tr').count()) > 0, 'the collections table has rows');
	const csv = await a.locator('[data-testid=stats-collections] + a.csv, section a.csv').first().getAttribute('href');
	check(/format=csv/.test(csv || ''), 'a CSV export link', csv);
	await shot(a, 'auditor-stats', { doc: true });
	await a.goto(`${BASE}/#/report/${D}`);
	await a.locator('[data-testid=report-collectors]').waitFor();
	check((await text(a.locator('[data-testid=report-collectors]'))).includes('COL1'), 'the daily report lists the collectors');
	await a.emulateMedia({ media: 'print' });
	check(!(await a.locator('#top').isVisible()), 'printed, the report has no menu');
	await shot(a, 'auditor-report-print', { doc: true });
	await a.emulateMedia({ media: 'screen' });
	ok('auditors\' walk done');
});
