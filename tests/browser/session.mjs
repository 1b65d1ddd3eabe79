// session.mjs - one browser, several tabs: a tab opened after the login
// shows the console without a login (its CSRF token from GET
// /api/session) and acknowledges an alarm; a page of another origin on
// the same machine (same site: the cookie travels) can neither read the
// token nor change anything.  The live status shows ifsvc's own MI/1
// breaker (closed, then unreachable while ifsvc is stopped).
import http from 'node:http';
import { run, person, login, shot, text, until, check, eq, fillDialog, apiGet, BASE } from './lib.mjs';

const env = process.env;

await run(async () => {
	const a = await person('admin');
	await login(a, env.GF_ADM, env.GF_ADM_PW);

	// A second tab of the same browser: no login asked.
	const b = await a.context().newPage();
	b.on('pageerror', (e) => check(false, `second tab: script error ${e.message}`));
	await b.goto(`${BASE}/#/alarms`);
	check(await until(async () => (await b.locator('[data-testid=user]').count()) > 0, 10000), 'the second tab shows the console without a login');
	eq(await b.locator('[data-testid=login]').count(), 0, 'no login form in the second tab');
	const row = b.locator('[data-testid=alarms] tbody tr', { hasText: 'TAB-TWO' });
	check(await until(async () => (await row.count()) > 0), 'the second tab lists the open alarm');
	await row.first().locator('[data-testid=ack]').click();
	await fillDialog(b, { note: '第二个标签页确认' });
	check(await until(async () => (await row.count()) === 0), 'the second tab acknowledged it (a POST with the session\'s CSRF token)');
	const acked = JSON.parse((await apiGet(b, '/api/alarms?state=acked')).body);
	check(acked.rows.some((r) => String(r.detail).includes('TAB-TWO') && String(r.acked_by).endsWith(env.GF_ADM)), 'the server has it acknowledged by the admin', JSON.stringify(acked.rows));
	await shot(b, 'second-tab');

	// The first tab still works: one token for the session.
	const tok1 = await a.evaluate(() => sessionStorage.getItem('gf.csrf'));
	const tok2 = await b.evaluate(() => sessionStorage.getItem('gf.csrf'));
	check(tok1 && tok1 === tok2, 'both tabs hold the same session token');

	// Without the token, even from our own origin: refused.
	const noTok = await b.evaluate(async () => {
		const r = await fetch('/api/alarms/1/ack', { method: 'POST', credentials: 'same-origin',
		    headers: { 'Content-Type': 'application/json' }, body: '{"note":"x"}' });
		return r.status;
	});
	eq(noTok, 403, 'a POST without X-CSRF-Token is refused 403');

	// Another origin on the same machine (another port: same site, so the
	// SameSite=Strict cookie is sent along).
	const evil = http.createServer((req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html' });
		res.end('<!doctype html><title>other</title><p>other origin</p>');
	});
	await new Promise((r) => evil.listen(0, '127.0.0.1', r));
	const EVIL = `http://127.0.0.1:${evil.address().port}`;
	const c = await a.context().newPage();
	await c.goto(`${EVIL}/`);
	const target = JSON.parse((await apiGet(a, '/api/alarms?state=open')).body).rows.find((r) => String(r.detail).includes('EVIL-TARGET'));
	check(target, 'an open alarm to attack');
	const got = await c.evaluate(async ({ base, id }) => {
		const out = {};
		// Read the token: CORS lets no other origin read the answer.
		try {
			const r = await fetch(`${base}/api/session`, { credentials: 'include' });
			out.read = `status ${r.status} ${await r.text()}`;
		} catch (e) { out.read = 'blocked'; }
		// A simple cross-origin POST (no preflight), with a guessed token.
		try {
			await fetch(`${base}/api/alarms/${id}/ack`, { method: 'POST', mode: 'no-cors', credentials: 'include',
			    headers: { 'Content-Type': 'text/plain' }, body: '{"note":"evil"}' });
			out.post = 'sent';
		} catch (e) { out.post = 'blocked'; }
		return out;
	}, { base: BASE, id: target.id });
	eq(got.read, 'blocked', 'another origin cannot read GET /api/session');
	const still = JSON.parse((await apiGet(a, '/api/alarms?state=open')).body).rows.some((r) => r.id === target.id);
	check(still, 'the other origin\'s POST changed nothing (the alarm is still open)');
	// The same requests sent by hand, as another origin's page would
	// send them: the server refuses both.
	const cookies = (await a.context().cookies(BASE)).map((k) => `${k.name}=${k.value}`).join('; ');
	const r1 = await fetch(`${BASE}/api/session`, { headers: { Cookie: cookies, Origin: EVIL, 'Sec-Fetch-Site': 'same-site' } });
	eq(r1.status, 403, 'GET /api/session from a foreign Origin: 403');
	const r2 = await fetch(`${BASE}/api/alarms/${target.id}/ack`, { method: 'POST', headers: { Cookie: cookies, Origin: EVIL,
	    'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-site', 'X-CSRF-Token': tok1 }, body: '{"note":"evil"}' });
	eq(r2.status, 403, 'a POST from a foreign Origin is refused even with the token');
	const r3 = await fetch(`${BASE}/api/session`, { headers: { Cookie: cookies } });
	const s3 = await r3.json();
	eq(s3.csrf, tok1, 'with the cookie, from no page (a script of the user\'s own): the same token');
	eq(r3.headers.get('cache-control'), 'no-store', 'the answer is not cached');
	const r4 = await fetch(`${BASE}/api/session`);
	eq(r4.status, 401, 'without the cookie: 401');
	evil.close();

	// The breaker as ifsvc tells it, on the status board.
	await a.goto(`${BASE}/#/status`);
	const br = a.locator('[data-testid=mi1] [data-testid=breaker]');
	check(await until(async () => (await br.getAttribute('data-state')) === 'closed', 15000), 'status: the MI/1 breaker is closed (ifsvc says so)');
	check((await text(br)).includes('闭合'), 'shown in Chinese', await text(br));
	check((await text(a.locator('[data-testid=mi1]'))).includes('状态起始'), 'with the time it is in that state since');
	await shot(a, 'status-breaker', { doc: true });
	if (env.GF_IFSVC_STOP) {
		const fs = await import('node:fs');
		fs.writeFileSync(env.GF_IFSVC_STOP, 'stop\n');
		check(await until(async () => (await br.getAttribute('data-state')) === 'unreachable', 20000), 'ifsvc stopped: the status says unreachable, not closed');
		check((await text(br)).includes('不可达'), 'shown as 不可达', await text(br));
		const box = a.locator('[data-testid=daemons] .daemon[data-name=ifsvc]');
		check((await box.getAttribute('class')).includes('bad'), 'ifsvc marked down among the processes');
		await shot(a, 'status-ifsvc-unreachable');
	}


	// Logging out in one tab ends the other's session too.
	await a.locator('[data-testid=logout]').click();
	await a.locator('[data-testid=login]').waitFor();
	await b.reload();
	check(await until(async () => (await b.locator('[data-testid=login]').count()) > 0), 'after the logout, a new tab asks for a login');
});
