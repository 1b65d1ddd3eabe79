// terminals.js - the terminal registry: list and add; a terminal's page
// with rename, rebind of its SIM address, move, enable/disable, retire
// (each with a reason, audited by the server) and its history.
import { el, fill } from '../dom.js';
import { t, term } from '../i18n.js';
import * as api from '../api.js';
import { pagedList, kv, badge, button, dialog, notice, errorText, pageHeader, table, loading } from '../ui.js';
import { dateTime } from '../fmt.js';
import { pick } from '../codes.js';
import { routeQuery, setRouteQuery, hasRole } from '../state.js';

const ipOf = (r) => pick(r, 'sim_ip', 'bound_ip');
export function termState(r) {
	const s = r.state ?? (r.retired || r.retired_at ? 'retired' : r.enabled === false ? 'disabled' : 'enabled');
	return badge(term('term_state', s), { enabled: 'good', disabled: 'warn', retired: 'bad' }[s] ?? '');
}

export function terminalsPage(view) {
	const q = routeQuery();
	const list = pagedList({
		path: '/api/terminals', testid: 'terminals', values: q,
		filters: [
			{ name: 'q', label: 'term.search', size: 16 },
			{ name: 'org', label: 'term.org', size: 6 },
			{ name: 'state', label: 'term.state', options: [['', 'common.any'], ['enabled', 'term_state.enabled'], ['disabled', 'term_state.disabled'], ['retired', 'term_state.retired']] },
		],
		cols: [
			{ key: 'id', label: 'term.id', cls: 'mono', fmt: (r) => el('a', { href: `#/terminals/${r.id}` }, r.id) },
			{ key: 'name', label: 'term.name' },
			{ key: 'org', label: 'term.org' },
			{ key: 'suite', label: 'term.suite', fmt: 'term:suite' },
			{ key: 'keyver', label: 'term.keyver', cls: 'num' },
			{ key: ipOf, label: 'term.sim_ip', cls: 'mono' },
			{ key: 'state', label: 'term.state', fmt: (r) => termState(r) },
			{ key: 'last_seen', label: 'term.last_seen', fmt: 'time' },
		],
		onRow: (r) => { location.hash = `#/terminals/${r.id}`; },
		onChange: (s) => setRouteQuery(s),
	});
	fill(view, pageHeader(t('term.title'), hasRole('admin') ? button('term.add', add, { kind: 'primary', testid: 'add-terminal' }) : null), list);

	async function add() {
		const v = await dialog({ title: 'term.add', confirm: 'common.add', fields: [
			{ name: 'id', label: 'term.id', required: true, inputmode: 'numeric' },
			{ name: 'name', label: 'term.name', required: true },
			{ name: 'org', label: 'term.org', required: true },
			{ name: 'suite', label: 'term.suite', options: [['1', 'suite.1'], ['2', 'suite.2']], required: true, value: '1' },
			{ name: 'keyver', label: 'term.keyver', value: '1', inputmode: 'numeric', required: true },
			{ name: 'sim_ip', label: 'term.sim_ip', required: true },
			{ name: 'reason', label: 'common.reason', textarea: true, required: true },
		], validate: (v) => (!/^\d{16}$/.test(v.id) ? t('term.bad_id') : !/^\d+$/.test(v.keyver) ? t('term.bad_keyver') : null) });
		if (!v)
			return;
		try {
			await api.post('/api/terminals', { ...v, suite: Number(v.suite), keyver: Number(v.keyver) });
			notice('ok', t('term.added', { id: v.id }));
			location.hash = `#/terminals/${v.id}`;
		} catch (e) {
			notice('error', errorText(e));
		}
	}
}

export function terminalPage(view, id) {
	loading(view);
	load();
	async function load() {
		let d;
		try {
			d = await api.get(`/api/terminals/${api.seg(id)}`);
		} catch (e) {
			fill(view, pageHeader(t('term.one', { id })), el('p', { class: 'error' }, errorText(e)));
			return;
		}
		const tm = d.terminal || d;
		const retired = (tm.state ?? '') === 'retired' || tm.retired === true || !!tm.retired_at;
		const enabled = tm.state ? tm.state === 'enabled' : tm.enabled !== false;
		const admin = hasRole('admin') && !retired;
		const history = pick(d, 'history', 'audit') || [];
		fill(view,
		    pageHeader(t('term.one', { id }), termState(tm), el('a', { class: 'btn', href: '#/terminals' }, t('term.back'))),
		    el('section', { class: 'card', 'data-testid': 'terminal' }, kv([
			['term.id', el('span', { class: 'mono' }, tm.id ?? id)],
			['term.name', el('span', { 'data-testid': 'term-name' }, tm.name ?? '')],
			['term.org', tm.org],
			['term.suite', term('suite', tm.suite)],
			['term.keyver', tm.keyver],
			['term.sim_ip', el('span', { class: 'mono', 'data-testid': 'sim-ip' }, ipOf(tm) ?? '')],
			['term.last_seen', dateTime(tm.last_seen)],
			['term.created', dateTime(tm.created_at)],
		    ]),
		    admin ? el('div', { class: 'actions' },
			button('term.rename', () => act('rename', 'term.rename', [{ name: 'name', label: 'term.name', required: true, value: tm.name }])),
			button('term.rebind', () => act('rebind', 'term.rebind', [{ name: 'sim_ip', label: 'term.new_sim_ip', required: true }]), { testid: 'rebind' }),
			button('term.move', () => act('move', 'term.move', [{ name: 'org', label: 'term.org', required: true, value: tm.org }])),
			enabled ? button('term.disable', () => act('disable', 'term.disable', [])) : button('term.enable', () => act('enable', 'term.enable', [])),
			button('term.retire', () => act('retire', 'term.retire', [], true), { kind: 'danger' })) : null),
		    el('section', { class: 'card' }, el('h2', null, t('term.history')),
			table([
				{ key: 'created_at', label: 'common.at', fmt: 'time' },
				{ key: 'actor', label: 'audit.actor' },
				{ key: 'action', label: 'audit.action', fmt: 'term:action' },
				{ key: (r) => pick(r, 'reason') ?? r.detail?.reason, label: 'common.reason' },
				{ key: 'detail', label: 'audit.detail', fmt: (r) => detailText(r.detail) },
			], history, { testid: 'history' })));
	}
	async function act(what, title, fields, danger) {
		const v = await dialog({ title, confirm: title, danger, fields: [...fields, { name: 'reason', label: 'common.reason', textarea: true, required: true }] });
		if (!v)
			return;
		try {
			await api.post(`/api/terminals/${api.seg(id)}/${what}`, v);
			notice('ok', t('common.saved'));
		} catch (e) {
			notice('error', errorText(e));
		}
		load();
	}
}

export function detailText(d) {
	if (d === null || d === undefined)
		return '';
	if (typeof d !== 'object')
		return String(d);
	return Object.entries(d).filter(([k]) => k !== 'reason').map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : v}`).join(' ');
}
