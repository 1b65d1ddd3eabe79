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

export async function start() {
	browser = await chromium.launch({
		executablePath: process.env.GF_CHROMIUM || '/usr/bin/chromium',
		headless: true,
		args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--lang=zh-CN'],
	});
	return browser;
}

// A person at a browser: their own context (cookies, storage).  Script
// errors and CSP violations on their pages fail the test.
export async function person(name, { width = 1280, height = 860, lang = 'zh-CN' } = {}) {
	const ctx = await browser.newContext({ viewport: { width, height }, locale: lang, acceptDownloads: true });
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
