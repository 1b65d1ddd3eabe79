// app.js - the console's shell: who is logged in, the menu their roles
// allow, and the hash routes (#/recon/20261205) to each page.
import { el, fill, $ } from './dom.js';
import { t, getLang, setLang, term } from './i18n.js';
import * as api from './api.js';
import { notice, errorText } from './ui.js';
import { session, hasRole } from './state.js';
import { loginPage } from './pages/login.js';
import { statusPage } from './pages/status.js';
import { reconListPage, reconDayPage } from './pages/recon.js';
import { txSearchPage, txStoryPage } from './pages/tx.js';
import { statsPage } from './pages/stats.js';
import { reportPage } from './pages/report.js';
import { cashPage, transitPage } from './pages/cash.js';
import { terminalsPage, terminalPage } from './pages/terminals.js';
import { operatorsPage } from './pages/operators.js';
import { usersPage } from './pages/users.js';
import { alarmsPage } from './pages/alarms.js';
import { auditPage } from './pages/audit.js';
import { outboxPage, outboxRecordPage } from './pages/outbox.js';
import { banksPage, bankPage, bankWindowsPage } from './pages/banks.js';

const A = 'auditor', C = 'cashier', M = 'admin';
const ALL = [A, C, M];

// The menu, in order; each entry's roles as the server checks them.
const MENU = [
	{ href: '#/status', label: 'nav.status', roles: ALL },
	{ href: '#/recon', label: 'nav.recon', roles: [A, M] },
	{ href: '#/tx', label: 'nav.tx', roles: [A, M] },
	{ href: '#/stats', label: 'nav.stats', roles: [A, M] },
	{ href: '#/report', label: 'nav.report', roles: [A, M] },
	{ href: '#/cash', label: 'nav.cash', roles: [C] },
	{ href: '#/transit', label: 'nav.transit', roles: [C] },
	{ href: '#/terminals', label: 'nav.terminals', roles: [M, A] },
	{ href: '#/operators', label: 'nav.operators', roles: [M] },
	{ href: '#/users', label: 'nav.users', roles: [M] },
	{ href: '#/banks', label: 'nav.banks', roles: [M] },
	{ href: '#/alarms', label: 'nav.alarms', roles: ALL },
	{ href: '#/outbox', label: 'nav.outbox', roles: [A, M] },
	{ href: '#/audit', label: 'nav.audit', roles: [A, M] },
];

const ROUTES = [
	[/^\/status$/, statusPage, ALL],
	[/^\/recon$/, reconListPage, [A, M]],
	[/^\/recon\/(\d{8})$/, reconDayPage, [A, M]],
	[/^\/tx$/, txSearchPage, [A, M]],
	[/^\/tx\/([^/]+)$/, txStoryPage, [A, M]],
	[/^\/stats$/, statsPage, [A, M]],
	[/^\/report$/, reportPage, [A, M]],
	[/^\/report\/(\d{8})$/, reportPage, [A, M]],
	[/^\/cash$/, cashPage, [C]],
	[/^\/transit$/, transitPage, [C]],
	[/^\/terminals$/, terminalsPage, [M, A]],
	[/^\/terminals\/(\d{16})$/, terminalPage, [M, A]],
	[/^\/operators$/, operatorsPage, [M]],
	[/^\/users$/, usersPage, [M]],
	[/^\/banks$/, banksPage, [M]],
	[/^\/banks\/(\d{4})$/, bankPage, [M]],
	[/^\/bank-windows$/, bankWindowsPage, [M]],
	[/^\/alarms$/, alarmsPage, ALL],
	[/^\/audit$/, auditPage, [A, M]],
	[/^\/outbox$/, outboxPage, [A, M]],
	[/^\/outbox\/(\d{1,18})$/, outboxRecordPage, [A, M]],
];

function normalizeMe(d) {
	const roles = Array.isArray(d?.roles) ? d.roles : d?.role ? [d.role] : [];
	return { user: d?.user ?? '', name: d?.name ?? d?.user ?? '', roles };
}

let cleanup = null;

function firstPage() {
	const m = MENU.find((x) => x.roles.some((r) => session.me.roles.includes(r)));
	return m ? m.href : '#/status';
}

async function render() {
	if (cleanup) {
		try { cleanup(); } catch (e) { /* a page's timers only */ }
		cleanup = null;
	}
	const view = $('#view');
	renderChrome();
	if (!session.me) {
		cleanup = loginPage(view, async (d) => {
			session.me = normalizeMe(d);
			api.setCsrf(d.csrf);
			if (!location.hash || location.hash === '#/login')
				location.hash = firstPage();
			else
				render();
		});
		return;
	}
	const path = location.hash.slice(1).split('?')[0];
	if (!path || path === '/' || path === '/login') {
		location.hash = firstPage();
		return;
	}
	for (const [re, page, roles] of ROUTES) {
		const m = re.exec(path);
		if (!m)
			continue;
		if (!hasRole(...roles)) {
			fill(view, el('section', { class: 'card' }, el('h1', null, t('common.forbidden_title')), el('p', null, t('common.forbidden_text'))));
			return;
		}
		markMenu(path);
		try {
			cleanup = page(view, ...m.slice(1).map(decodeURIComponent)) || null;
		} catch (e) {
			fill(view, el('p', { class: 'error' }, errorText(e)));
		}
		return;
	}
	fill(view, el('section', { class: 'card' }, el('h1', null, t('common.not_found'))));
}

function markMenu(path) {
	for (const a of document.querySelectorAll('#menu a')) {
		const target = a.getAttribute('href').slice(1);
		a.classList.toggle('active', path === target || path.startsWith(`${target}/`));
	}
}

function renderChrome() {
	document.title = t('app.title');
	fill($('#brand'), t('app.title'));
	const langBtn = el('button', { type: 'button', class: 'btn lang', 'data-testid': 'lang',
	    onclick: () => { setLang(getLang() === 'zh' ? 'en' : 'zh'); render(); } }, t('app.other_lang'));
	if (!session.me) {
		fill($('#menu'));
		fill($('#who'), langBtn);
		return;
	}
	fill($('#menu'), MENU.filter((m) => m.roles.some((r) => session.me.roles.includes(r)))
	    .map((m) => el('a', { href: m.href }, t(m.label))));
	fill($('#who'),
	    el('span', { class: 'user', 'data-testid': 'user' }, session.me.name || session.me.user),
	    el('span', { class: 'roles' }, session.me.roles.map((r) => term('role', r)).join(' · ')),
	    langBtn,
	    el('button', { type: 'button', class: 'btn', 'data-testid': 'logout', onclick: logout }, t('app.logout')));
}

async function logout() {
	try {
		await api.post('/api/logout', {});
	} catch (e) { /* the session is over either way */ }
	session.me = null;
	api.setCsrf('');
	location.hash = '#/login';
	render();
}

api.setUnauthenticatedHandler(() => {
	if (!session.me)
		return;
	session.me = null;
	api.setCsrf('');
	notice('error', t('app.session_over'));
	render();
});

async function start() {
	$('#menu-toggle').addEventListener('click', () => document.body.classList.toggle('menu-open'));
	$('#menu').addEventListener('click', () => document.body.classList.remove('menu-open'));
	try {
		// The session this browser already has (another tab logged
		// in): its CSRF token comes from GET /api/session, which only
		// a page of this origin can read (docs/CONSOLE.md "CSRF").
		const me = await api.get('/api/session');
		session.me = normalizeMe(me);
		if (me?.csrf)
			api.setCsrf(me.csrf);
		if (!api.csrf())
			session.me = null;	/* a session from before: log in again */
	} catch (e) {
		session.me = null;
	}
	window.addEventListener('hashchange', render);
	render();
}

start();
