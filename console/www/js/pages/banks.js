// banks.js - the banks of BK/1 (admin): the registry (list, add; a bank's
// page with enable/disable and rebind of its addresses, each with a
// reason, audited by the server; its key version and its history) and the
// collection-window calendar per org.  No MAC key is made or shown here:
// the key file is frontd's, written by `gfctl bank add|rekey` on the
// station.
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import * as api from '../api.js';
import { pagedList, kv, badge, button, dialog, notice, errorText, pageHeader, table, loading } from '../ui.js';
import { dateTime, yuan, ymd } from '../fmt.js';
import { setRouteQuery, routeQuery } from '../state.js';
import { detailText } from './terminals.js';

const addrsOf = (b) => (Array.isArray(b.addrs) ? b.addrs.join(', ') : '');
const bankState = (b) => badge(t(b.enabled === false ? 'bank.disabled' : 'bank.enabled'), b.enabled === false ? 'warn' : 'good');
const keyText = (b) => (b.next_keyver ? t('bank.key_moving', { v: b.keyver, next: b.next_keyver, until: dateTime(b.rekey_until) }) : String(b.keyver ?? ''));

export function banksPage(view) {
	const list = pagedList({
		path: '/api/banks', testid: 'banks', values: routeQuery(),
		filters: [{ name: 'q', label: 'bank.search', size: 12 }],
		cols: [
			{ key: 'bankno', label: 'bank.no', cls: 'mono', fmt: (r) => el('a', { href: `#/banks/${r.bankno}` }, r.bankno) },
			{ key: 'name', label: 'bank.name' },
			{ key: 'addrs', label: 'bank.addrs', cls: 'mono', fmt: (r) => addrsOf(r) },
			{ key: 'suite', label: 'bank.suite', fmt: 'term:suite' },
			{ key: 'keyver', label: 'bank.keyver', fmt: (r) => keyText(r) },
			{ key: 'enabled', label: 'bank.state', fmt: (r) => bankState(r) },
		],
		onRow: (r) => { location.hash = `#/banks/${r.bankno}`; },
		onChange: (s) => setRouteQuery(s),
	});
	fill(view, pageHeader(t('bank.title'), el('a', { class: 'btn', href: '#/bank-windows' }, t('bank.windows')),
	    button('bank.add', add, { kind: 'primary', testid: 'add-bank' })), list);

	async function add() {
		const v = await dialog({ title: 'bank.add', confirm: 'common.add', intro: t('bank.add_intro'), fields: [
			{ name: 'bankno', label: 'bank.no', required: true, inputmode: 'numeric' },
			{ name: 'name', label: 'bank.name', required: true },
			{ name: 'addrs', label: 'bank.addrs_input', required: true },
			{ name: 'suite', label: 'bank.suite', options: [['1', 'suite.1'], ['2', 'suite.2']], required: true, value: '1' },
			{ name: 'debit_addr', label: 'bank.debit_addr' },
			{ name: 'reason', label: 'common.reason', textarea: true, required: true },
		], validate: (v) => (!/^\d{4}$/.test(v.bankno) || v.bankno === '0000' ? t('bank.bad_no') : null) });
		if (!v)
			return;
		try {
			await api.post('/api/banks', { ...v, suite: Number(v.suite) });
			notice('ok', t('bank.added', { bank: v.bankno }));
			location.hash = `#/banks/${v.bankno}`;
		} catch (e) {
			notice('error', errorText(e));
		}
	}
}

export function bankPage(view, bankno) {
	loading(view);
	load();
	async function load() {
		let b;
		try {
			b = await api.get(`/api/banks/${api.seg(bankno)}`);
		} catch (e) {
			fill(view, pageHeader(t('bank.one', { bank: bankno })), el('p', { class: 'error' }, errorText(e)));
			return;
		}
		fill(view,
		    pageHeader(t('bank.one', { bank: bankno }), bankState(b), el('a', { class: 'btn', href: '#/banks' }, t('bank.back'))),
		    el('section', { class: 'card', 'data-testid': 'bank' }, kv([
			['bank.no', el('span', { class: 'mono' }, b.bankno)],
			['bank.name', el('span', { 'data-testid': 'bank-name' }, b.name ?? '')],
			['bank.addrs', el('span', { class: 'mono', 'data-testid': 'bank-addrs' }, addrsOf(b))],
			['bank.suite', t(`suite.${b.suite}`)],
			['bank.keyver', el('span', { 'data-testid': 'bank-keyver' }, keyText(b))],
			['bank.debit_addr', b.debit_addr ?? ''],
			['bank.created', dateTime(b.created_at)],
		    ]),
		    el('p', { class: 'muted' }, t('bank.key_hint', { bank: b.bankno })),
		    el('div', { class: 'actions' },
			button('bank.rebind', () => act('rebind', 'bank.rebind', [{ name: 'addrs', label: 'bank.addrs_input', required: true, value: addrsOf(b) }]), { testid: 'bank-rebind' }),
			b.enabled === false ? button('bank.enable', () => act('enable', 'bank.enable', []), { testid: 'bank-enable' })
			    : button('bank.disable', () => act('disable', 'bank.disable', [], true), { kind: 'danger', testid: 'bank-disable' }))),
		    el('section', { class: 'card' }, el('h2', null, t('bank.days')),
			table([
				{ key: 'date', label: 'recon.date', fmt: (r) => el('a', { href: `#/recon/${r.date}?source=${b.bankno}` }, ymd(r.date)) },
				{ key: 'count', label: 'stats.count', cls: 'num' },
				{ key: 'amount', label: 'stats.amount', fmt: (r) => yuan(r.amount) },
			], b.days || [], { testid: 'bank-days' })),
		    el('section', { class: 'card' }, el('h2', null, t('bank.history')),
			table([
				{ key: 'created_at', label: 'common.at', fmt: 'time' },
				{ key: 'actor', label: 'audit.actor' },
				{ key: 'action', label: 'audit.action', fmt: 'term:action' },
				{ key: (r) => r.detail?.reason, label: 'common.reason' },
				{ key: 'detail', label: 'audit.detail', fmt: (r) => detailText(r.detail) },
			], b.history || [], { testid: 'history' })));
	}
	async function act(what, title, fields, danger) {
		const v = await dialog({ title, confirm: title, danger, fields: [...fields, { name: 'reason', label: 'common.reason', textarea: true, required: true }] });
		if (!v)
			return;
		try {
			await api.post(`/api/banks/${api.seg(bankno)}/${what}`, v);
			notice('ok', t('common.saved'));
		} catch (e) {
			notice('error', errorText(e));
		}
		load();
	}
}

// The collection window (BK1 §3) per org: the days of the month and the
// hours within which banks may query and collect; no window: always open.
export function bankWindowsPage(view) {
	loading(view);
	load();
	async function load() {
		let d;
		try {
			d = await api.list('/api/bank-windows', { size: 500 });
		} catch (e) {
			fill(view, pageHeader(t('bank.windows')), el('p', { class: 'error' }, errorText(e)));
			return;
		}
		fill(view,
		    pageHeader(t('bank.windows'), el('a', { class: 'btn', href: '#/banks' }, t('bank.back'))),
		    el('p', { class: 'muted' }, t('bank.windows_intro')),
		    table([
			{ key: 'org', label: 'term.org', cls: 'mono' },
			{ key: 'window', label: 'bank.window', fmt: (r) => (r.window ? t('bank.window_text', { first: r.first_day, last: r.last_day, opens: r.opens, closes: r.closes }) : t('bank.window_none')) },
			{ key: 'open_now', label: 'bank.open_now', fmt: (r) => badge(t(r.open_now ? 'bank.open' : 'bank.closed'), r.open_now ? 'good' : 'warn') },
			{ key: 'org', label: 'common.actions', fmt: (r) => button('bank.window_edit', () => edit(r), { testid: `window-edit-${r.org}` }) },
		    ], d.rows || [], { testid: 'bank-windows' }),
		    button('bank.window_new', () => edit(null), { testid: 'window-new' }));
	}
	async function edit(r) {
		const v = await dialog({ title: 'bank.window_edit', confirm: 'common.save', fields: [
			...(r ? [] : [{ name: 'org', label: 'term.org', required: true }]),
			{ name: 'first_day', label: 'bank.first_day', required: true, inputmode: 'numeric', value: String(r?.first_day ?? 1) },
			{ name: 'last_day', label: 'bank.last_day', required: true, inputmode: 'numeric', value: String(r?.last_day ?? 31) },
			{ name: 'opens', label: 'bank.opens', required: true, value: r?.opens ?? '00:00' },
			{ name: 'closes', label: 'bank.closes', required: true, value: r?.closes ?? '24:00' },
			{ name: 'reason', label: 'common.reason', textarea: true, required: true },
		], validate: (v) => (!/^\d{1,2}$/.test(v.first_day) || !/^\d{1,2}$/.test(v.last_day) || !/^\d\d:\d\d$/.test(v.opens) || !/^\d\d:\d\d$/.test(v.closes) ? t('bank.bad_window') : null) });
		if (!v)
			return;
		const org = r ? r.org : v.org;
		try {
			await api.post(`/api/bank-windows/${api.seg(org)}`, { first_day: Number(v.first_day), last_day: Number(v.last_day), opens: v.opens, closes: v.closes, reason: v.reason });
			notice('ok', t('common.saved'));
		} catch (e) {
			notice('error', errorText(e));
		}
		load();
	}
}
