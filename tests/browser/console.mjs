// console.mjs - the console's frame in a real browser: language, login,
// menus per role, text-only rendering, status board, tablet layout,
// logout; and the money formatting and dictionaries as modules.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { run, person, login, shot, text, until, ok, check, eq, BASE } from './lib.mjs';

const env = process.env;
const WWW = path.join(env.GF_SRC, 'console/www/js');

await run(async () => {
	// Money as yuan: integer arithmetic on digits, exact beyond 2^53.
	const { yuan, fenOf } = await import(pathToFileURL(path.join(WWW, 'fmt.js')));
	eq(yuan(12345), '123.45', 'yuan: 12345 fen is 123.45');
	eq(yuan(5), '0.05', 'yuan: 5 fen is 0.05');
	eq(yuan(-5), '-0.05', 'yuan: -5 fen is -0.05');
	eq(yuan(0), '0.00', 'yuan: 0 fen is 0.00');
	eq(yuan(100000000), '1,000,000.00', 'yuan: thousands grouped');
	eq(yuan('900719925474099312'), '9,007,199,254,740,993.12', 'yuan: a bigint as text is exact past 2^53');
	eq(fenOf('0.1') + fenOf('0.2'), 30, 'fenOf: 0.1 + 0.2 yuan is exactly 30 fen');
	eq(fenOf('12.3'), 1230, 'fenOf: 12.3 yuan is 1230 fen');
	eq(fenOf('1e3'), null, 'fenOf: 1e3 is not an amount');
	eq(fenOf('1.234'), null, 'fenOf: three decimals refused');

	const zh = (await import(pathToFileURL(path.join(WWW, 'lang/zh.js')))).default;
	const en = (await import(pathToFileURL(path.join(WWW, 'lang/en.js')))).default;
	const missing = [...Object.keys(zh).filter((k) => !(k in en)), ...Object.keys(en).filter((k) => !(k in zh))];
	check(missing.length === 0, 'both dictionaries have the same keys', missing);

	// appsrv serves the pages itself, with a policy that allows no inline
	// script.
	const home = await fetch(`${BASE}/`);
	eq(home.status, 200, 'appsrv serves the console\'s page');
	const csp = home.headers.get('content-security-policy') || '';
	check(/script-src 'self'/.test(csp) || (/default-src 'self'/.test(csp) && !/script-src/.test(csp)), 'scripts only from the console itself', csp);
	const scriptSrc = (/(?:^|;)\s*script-src([^;]*)/.exec(csp) || /(?:^|;)\s*default-src([^;]*)/.exec(csp) || [])[1] || '';
	check(scriptSrc && !/unsafe-inline|unsafe-eval|\*/.test(scriptSrc), 'no inline script or eval allowed', scriptSrc);
	const js = await fetch(`${BASE}/js/app.js`);
	check(js.status === 200 && /javascript/.test(js.headers.get('content-type') || ''), 'the modules are served as JavaScript', js.headers.get('content-type'));

	const p = await person('auditor');
	await p.goto(`${BASE}/`);
	await p.locator('[data-testid=login]').waitFor();
	eq(await p.getAttribute('html', 'lang'), 'zh-CN', 'the page speaks Simplified Chinese by default');
	eq(await text(p.locator('[data-testid=login] h1')), '登录', 'the login form is in Chinese');
	await shot(p, 'login', { doc: true });

	await p.locator('input[name=id]').fill(env.GF_AUD);
	await p.locator('input[name=password]').fill('not-the-password');
	await p.locator('[data-testid=login] button[type=submit]').click();
	check(await until(async () => (await text(p.locator('[data-testid=login-error]'))) === '用户名或密码错误'),
	    'a wrong password is refused on screen');
	eq(await p.locator('input[name=password]').inputValue(), '', 'the password field is emptied');

	await login(p, env.GF_AUD, env.GF_AUD_PW);
	const menu = await text(p.locator('#menu'));
	check(menu.includes('对账') && menu.includes('交易查询') && menu.includes('统计'), 'the auditor\'s menu: reconciliation, search, statistics', menu);
	check(!menu.includes('操作员') && !menu.includes('后台用户') && !menu.includes('解款'), 'the auditor\'s menu has no admin or cashier pages', menu);
	await p.locator('[data-testid=status]').waitFor();
	check(await until(async () => (await text(p.locator('[data-testid=refreshed]'))).includes('更新于')), 'the status board shows when it was refreshed');
	const first = await text(p.locator('[data-testid=refreshed]'));
	check(await until(async () => (await text(p.locator('[data-testid=refreshed]'))) !== first, 9000), 'the status board refreshes by itself');
	await shot(p, 'status', { doc: true });

	// English, remembered across a reload.
	await p.locator('[data-testid=lang]').click();
	check(await until(async () => (await text(p.locator('#menu'))).includes('Reconciliation')), 'English on one click');
	await p.reload();
	await p.locator('[data-testid=user]').waitFor();
	check((await text(p.locator('#menu'))).includes('Reconciliation'), 'English is remembered after a reload');
	eq(await p.getAttribute('html', 'lang'), 'en', 'the page says it is English');
	await p.locator('[data-testid=lang]').click();
	check(await until(async () => (await text(p.locator('#menu'))).includes('对账')), 'back to Chinese');

	// A page outside the role: refused on screen (the server refuses too).
	await p.goto(`${BASE}/#/users`);
	check(await until(async () => (await text(p.locator('#view h1'))) === '无权访问'), 'an auditor opening the users page is told no');

	// Alarms: the detail holding markup stays text.
	await p.goto(`${BASE}/#/alarms`);
	await p.locator('[data-testid=alarms] tbody tr td[data-col=detail]').first().waitFor();
	const detail = await text(p.locator('[data-testid=alarms] td[data-col=detail]'));
	check(detail.startsWith('<img src=x onerror='), 'an alarm detail holding markup is shown as text', detail);
	eq(await p.locator('[data-testid=alarms] img').count(), 0, 'no element was made from it');
	eq(await p.evaluate(() => window.__xss), undefined, 'no script ran from it');
	check((await text(p.locator('[data-testid=alarms] td'))).length > 0, 'alarm rows shown');
	check(await p.locator('[data-testid=ack]').count() === 0, 'an auditor has no acknowledge button');
	await shot(p, 'alarms-auditor');

	// The admin: the menu of an administrator; a terminal name with markup.
	const a = await person('admin');
	await login(a, env.GF_ADM, env.GF_ADM_PW);
	const amenu = await text(a.locator('#menu'));
	check(amenu.includes('终端') && amenu.includes('告警') && amenu.includes('审计日志'), 'the admin\'s menu: terminals, alarms, audit log', amenu);
	await a.goto(`${BASE}/#/terminals`);
	await a.locator('[data-testid=terminals] tbody tr').first().waitFor();
	eq(await text(a.locator('[data-testid=terminals] td[data-col=name]')), 'T<b>1</b>', 'a terminal name with markup is shown as text');
	eq(await a.locator('[data-testid=terminals] b').count(), 0, 'no <b> element was made from it');

	// A tablet: the menu folds behind a button.
	const tab = await person('tablet', { width: 820, height: 1180 });
	await login(tab, env.GF_AUD, env.GF_AUD_PW);
	check(await tab.locator('#menu-toggle').isVisible(), 'on a tablet the menu button shows');
	check(!(await tab.locator('#menu').isVisible()), 'on a tablet the menu is folded');
	await shot(tab, 'tablet-status', { doc: true, fullPage: false });
	await tab.locator('#menu-toggle').click();
	check(await tab.locator('#menu a[href="#/recon"]').isVisible(), 'the menu opens on a tap');
	await shot(tab, 'tablet-menu', { fullPage: false });
	await tab.locator('#menu a[href="#/alarms"]').click();
	check(await until(async () => !(await tab.locator('#menu').isVisible())), 'choosing a page folds the menu');

	// Logout: back to the form; the old session is gone.
	await p.locator('[data-testid=logout]').click();
	await p.locator('[data-testid=login]').waitFor();
	ok('logout shows the login form');
	const me = await p.evaluate(async () => (await fetch('/api/me')).status);
	eq(me, 401, 'after logout the session is refused');
});
