// lib.mjs - what the browser tests share: Debian's chromium driven by
// playwright-core (console/node_modules), one browser context per person
// (own cookies), checks printed as "ok N - ..." and a closing
// "N passed, M failed", screenshots kept under $GF_ARTIFACTS (and copied to
// docs/img/ when GF_DOC_IMG is set: the pictures of docs/CONSOLE.md).
//
// Environment (set by tests/integration/t_browser_*.sh):
//   GF_CONSOLE_URL   http://127.0.0.1:PORT of appsrv's console
//   GF_SRC           the source tree
//   GF_ARTIFACTS     where screenshots go
//   GF_CHROMIUM      the browser (default /usr/bin/chromium)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const SRC = process.env.GF_SRC || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const require = createRequire(path.join(SRC, 'console/package.json'));
const { chromium } = require('playwright-core');

export const BASE = process.env.GF_CONSOLE_URL;
if (!BASE) {
	console.log('not ok - GF_CONSOLE_URL is not set');
	process.exit(1);
}
const ARTIFACTS = process.env.GF_ARTIFACTS || path.join(SRC, 'build/test-artifacts');
const DOC_IMG = process.env.GF_DOC_IMG ? path.join(SRC, 'docs/img') : null;
fs.mkdirSync(ARTIFACTS, { recursive: true });
if (DOC_IMG)
	fs.mkdirSync(DOC_IMG, { recursive: true });

let passed = 0, failed = 0;
export function ok(msg) { passed++; console.log(`ok ${passed + failed} - ${msg}`); }
export function fail(msg) { failed++; console.log(`not ok ${passed + failed} - ${msg}`); }
export function check(cond, msg, extra) {
	if (cond)
		ok(msg);
	else
		fail(extra !== undefined ? `${msg} (got ${JSON.stringify(extra)})` : msg);
	return !!cond;
}
export function eq(got, want, msg) {
	return check(got === want, msg, got === want ? undefined : `${got}', wanted '${want}`);
}

let browser;
const pages = [];
let bridge = false;

// Until appsrv serves console/www itself, the test hands the browser the
// same files, with the console's Content-Security-Policy, and only /api/
// reaches appsrv.  Said in the output, so that nobody takes it for
// appsrv's own serving.
const WWW = path.join(SRC, 'console/www');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
async function serveStatic(route) {
	const u = new URL(route.request().url());
	let p = decodeURIComponent(u.pathname);
	if (p === '/')
		p = '/index.html';
	const file = path.normalize(path.join(WWW, p));
	if (!file.startsWith(WWW + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile())
		return route.fulfill({ status: 404, body: 'not found' });
	return route.fulfill({ status: 200, body: fs.readFileSync(file),
	    headers: { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' } });
}

export async function start() {
	browser = await chromium.launch({
		executablePath: process.env.GF_CHROMIUM || '/usr/bin/chromium',
		headless: true,
		args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--lang=zh-CN'],
	});
	const r = await fetch(`${BASE}/js/app.js`).catch(() => null);
	bridge = !r || r.status !== 200;
	if (bridge)
		console.log('# appsrv does not serve console/www here: the test serves those files, /api/ goes to appsrv');
	return browser;
}

// A person at a browser: their own context (cookies, storage).  Script
// errors and CSP violations on their pages fail the test.
export async function person(name, { width = 1280, height = 860, lang = 'zh-CN' } = {}) {
	const ctx = await browser.newContext({ viewport: { width, height }, locale: lang, acceptDownloads: true });
	if (bridge)
		await ctx.route((u) => !u.pathname.startsWith('/api/'), serveStatic);
	const page = await ctx.newPage();
	page.setDefaultTimeout(15000);
	page.on('pageerror', (e) => fail(`${name}: script error on the page: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()))
			fail(`${name}: ${m.text()}`);
	});
	page.gfName = name;
	pages.push(page);
	return page;
}

// Log in through the form; checks the menu shows the user.
export async function login(page, id, password) {
	await page.goto(`${BASE}/`);
	await page.locator('[data-testid=login] input[name=id]').fill(id);
	await page.locator('[data-testid=login] input[name=password]').fill(password);
	await page.locator('[data-testid=login] button[type=submit]').click();
	await page.locator('[data-testid=user]').waitFor();
}

// shot(page, name, {doc, fullPage, at}): the whole page from its top (the
// menu bar is sticky), or with `at` (a locator) the window around it.
export async function shot(page, name, { doc = false, fullPage = true, at } = {}) {
	if (at) {
		await at.scrollIntoViewIfNeeded();
		await page.evaluate(() => window.scrollBy(0, 200));
		fullPage = false;
	} else if (fullPage) {
		await page.evaluate(() => window.scrollTo(0, 0));
	}
	await page.waitForTimeout(150);	/* let fonts and charts settle */
	const file = path.join(ARTIFACTS, `${name}.png`);
	await page.screenshot({ path: file, fullPage });
	if (doc && DOC_IMG)
		fs.copyFileSync(file, path.join(DOC_IMG, `${name}.png`));
	return file;
}

// The text of a locator, '' when absent (never throws).
export async function text(loc) {
	try {
		if (await loc.count() === 0)
			return '';
		return (await loc.first().innerText()).trim();
	} catch (e) {
		return '';
	}
}

// Waits until fn() is true (polling), false after ms.
export async function until(fn, ms = 10000) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		try {
			if (await fn())
				return true;
		} catch (e) { /* not yet */ }
		await new Promise((r) => setTimeout(r, 150));
	}
	return false;
}

// Fill a dialog's fields by name and confirm it.
export async function fillDialog(page, values) {
	const d = page.locator('dialog[open]');
	await d.waitFor();
	for (const [k, v] of Object.entries(values)) {
		const f = d.locator(`[name="${k}"]`);
		if (Array.isArray(v)) {
			for (const c of await f.all())
				if (v.includes(await c.getAttribute('value')))
					await c.check();
				else
					await c.uncheck();
		} else if (await f.evaluate((e) => e.tagName) === 'SELECT') {
			await f.selectOption(String(v));
		} else {
			await f.fill(String(v));
		}
	}
	await d.locator('[data-testid=dialog-ok]').click();
}

// Runs the walk; a thrown error is one failed check, with a screenshot.
export async function run(walk) {
	try {
		await start();
		await walk();
	} catch (e) {
		fail(`walk stopped: ${e.message.split('\n')[0]}`);
		for (const p of pages)
			try { await shot(p, `FAILED-${p.gfName}`); } catch (e2) { /* page gone */ }
	} finally {
		try { await browser?.close(); } catch (e) { /* already gone */ }
	}
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

// The API as a logged-in page sees it (same cookies), for checks of what
// the server stored behind the screen.
export async function apiGet(page, p) {
	return page.evaluate(async (u) => {
		const r = await fetch(u, { credentials: 'same-origin' });
		return { status: r.status, body: await r.text() };
	}, p);
}
