// outbox.js - the records the station keeps and forwards to the marketing
// system (store and forward): what is still waiting, with its age, and
// what the marketing system refused for good (parked), with the reason.
// An admin corrects a parked record's fields and sends it again, or
// closes it with a reason; the server audits both (as gfctl outbox does).
import { el, fill } from '../dom.js';
import { t, term } from '../i18n.js';
import * as api from '../api.js';
import { pagedList, kv, badge, button, dialog, notice, errorText, pageHeader, table, loading } from '../ui.js';
import { dateTime } from '../fmt.js';
import { routeQuery, setRouteQuery, hasRole } from '../state.js';
import { detailText } from './terminals.js';

const STATE_KIND = { PENDING: 'warn', SENDING: 'warn', PARKED: 'bad', DELIVERED: 'good', REFUSED: 'bad', CLOSED: '' };

function stateBadge(s) {
	return el('span', { 'data-testid': 'ob-state', 'data-state': s ?? '' }, badge(term('outbox_state', s), STATE_KIND[s] ?? ''));
}

// Seconds as the largest whole unit: 90 -> "1 分钟".
export function age(s) {
	if (s === null || s === undefined)
		return '';
	const n = Number(s);
	if (n < 60)
		return t('outbox.age_s', { n });
	if (n < 3600)
		return t('outbox.age_m', { n: Math.floor(n / 60) });
	if (n < 86400)
		return t('outbox.age_h', { n: Math.floor(n / 3600) });
	return t('outbox.age_d', { n: Math.floor(n / 86400) });
}

// The marketing system's last answer: its code and why (a delivered
// record keeps the text of an earlier refusal: only its code then).
function refused(r) {
	if (r.state === 'DELIVERED')
		return r.last_rspcode ?? '';
	return [r.last_rspcode, r.last_error].filter((x) => x !== null && x !== undefined && x !== '').join(' ');
}

export function outboxPage(view) {
	const q = routeQuery();
	const list = pagedList({
		path: '/api/outbox', testid: 'outbox', values: { state: q.state || 'open' },
		filters: [
			{ name: 'state', label: 'outbox.state', options: [['open', 'outbox.filter_open'], ['parked', 'outbox_state.PARKED'],
			    ['pending', 'outbox_state.PENDING'], ['all', 'common.all']] },
		],
		cols: [
			{ key: 'id', label: 'outbox.id', cls: 'num', fmt: (r) => el('a', { href: `#/outbox/${r.id}` }, String(r.id)) },
			{ key: 'trcode', label: 'outbox.trcode', fmt: (r) => term('outbox_tr', r.trcode) },
			{ key: 'seq_key', label: 'outbox.key', cls: 'mono' },
			{ key: 'terminal_id', label: 'outbox.terminal', cls: 'mono' },
			{ key: 'state', label: 'outbox.state', fmt: (r) => stateBadge(r.state) },
			{ key: 'attempts', label: 'outbox.attempts', cls: 'num' },
			{ key: 'last_error', label: 'outbox.reason', cls: 'wrap', fmt: (r) => refused(r) },
			{ key: 'created_at', label: 'outbox.created', fmt: 'time' },
			{ key: 'age_s', label: 'outbox.age', fmt: (r) => age(r.age_s) },
		],
		onRow: (r) => { location.hash = `#/outbox/${r.id}`; },
		onChange: (s) => setRouteQuery(s),
	});
	fill(view, pageHeader(t('outbox.title')), el('p', { class: 'muted' }, t('outbox.intro')), list);
}

export function outboxRecordPage(view, id) {
	loading(view);
	load();
	async function load() {
		let d;
		try {
			d = await api.get(`/api/outbox/${api.seg(id)}`);
		} catch (e) {
			fill(view, pageHeader(t('outbox.one', { id })), el('p', { class: 'error' }, errorText(e)));
			return;
		}
		const parked = d.state === 'PARKED';
		const admin = hasRole('admin') && parked;
		const editable = Array.isArray(d.editable) ? d.editable : [];
		fill(view,
		    pageHeader(t('outbox.one', { id }), stateBadge(d.state), el('a', { class: 'btn', href: '#/outbox' }, t('outbox.back'))),
		    el('section', { class: 'card', 'data-testid': 'outbox-record' }, kv([
			['outbox.ref', el('span', { class: 'mono' }, d.ref ?? '')],
			['outbox.trcode', `${d.trcode ?? ''} ${term('outbox_tr', d.trcode)}`],
			['outbox.key', el('span', { class: 'mono' }, d.seq_key ?? '')],
			['outbox.terminal', el('span', { class: 'mono' }, d.terminal_id ?? '')],
			['outbox.operator', d.operator_id ?? ''],
			['outbox.attempts', String(d.attempts ?? 0)],
			['outbox.reason', el('span', { 'data-testid': 'ob-reason' }, refused(d) || '—')],
			['outbox.created', dateTime(d.created_at)],
			['PENDING', 'SENDING', 'PARKED'].includes(d.state) ? ['outbox.age', age(d.age_s)] : null,
			d.delivered_at ? ['outbox.delivered_at', dateTime(d.delivered_at)] : null,
			d.closed_by ? ['outbox.closed_by', d.closed_by] : null,
		    ])),
		    el('section', { class: 'card' }, el('h2', null, t('outbox.body')),
		    el('pre', { class: 'mono', 'data-testid': 'ob-body' }, JSON.stringify(d.body ?? {}, null, 2)),
		    admin ? el('div', { class: 'actions' },
			button('outbox.resend', () => resend(d, editable), { kind: 'primary', testid: 'ob-resend' }),
			button('outbox.close', () => close(), { kind: 'danger', testid: 'ob-close' })) : null,
		    parked && !hasRole('admin') ? el('p', { class: 'muted' }, t('outbox.admin_only')) : null),
		    el('section', { class: 'card' }, el('h2', null, t('outbox.history')),
			table([
				{ key: 'at', label: 'common.at', fmt: 'time' },
				{ key: 'actor', label: 'audit.actor' },
				{ key: 'action', label: 'audit.action', fmt: 'term:action' },
				{ key: (r) => r.detail?.reason, label: 'common.reason' },
				{ key: 'detail', label: 'audit.detail', fmt: (r) => detailText(r.detail) },
			], Array.isArray(d.history) ? d.history : [], { testid: 'ob-history' })));
	}
	async function resend(d, editable) {
		const body = d.body ?? {};
		const v = await dialog({ title: 'outbox.resend', confirm: 'outbox.resend', intro: el('p', null, t('outbox.resend_intro')), fields: [
			...editable.map((k) => ({ name: k, label: `outbox_field.${k}`, value: body[k] === undefined || body[k] === null ? '' : String(body[k]) })),
			{ name: 'reason', label: 'common.reason', textarea: true, required: true },
		] });
		if (!v)
			return;
		// Only what changed is sent: the audit row shows before and after.
		const set = {};
		for (const k of editable)
			if (v[k] !== (body[k] === undefined || body[k] === null ? '' : String(body[k])))
				set[k] = v[k];
		try {
			await api.post(`/api/outbox/${api.seg(id)}/resend`, { set, reason: v.reason });
			notice('ok', t('outbox.resent'));
		} catch (e) {
			notice('error', errorText(e));
		}
		load();
	}
	async function close() {
		const v = await dialog({ title: 'outbox.close', confirm: 'outbox.close', danger: true, intro: el('p', null, t('outbox.close_intro')),
		    fields: [{ name: 'reason', label: 'common.reason', textarea: true, required: true }] });
		if (!v)
			return;
		try {
			await api.post(`/api/outbox/${api.seg(id)}/close`, v);
			notice('ok', t('outbox.closed'));
		} catch (e) {
			notice('error', errorText(e));
		}
		load();
	}
}
