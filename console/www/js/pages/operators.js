// operators.js - the handheld operators: add (PIN shown once), change
// role, reset PIN (shown once), lock/unlock, retire.
import { el, fill } from '../dom.js';
import { t, term } from '../i18n.js';
import * as api from '../api.js';
import { pagedList, badge, button, dialog, notice, errorText, pageHeader, showOnce } from '../ui.js';
import { OPERATOR_ROLES } from '../codes.js';
import { routeQuery, setRouteQuery } from '../state.js';

export function operatorsPage(view) {
	const list = pagedList({
		path: '/api/operators', testid: 'operators', values: routeQuery(),
		filters: [{ name: 'q', label: 'op.search', size: 10 }, { name: 'org', label: 'op.org', size: 6 }],
		cols: [
			{ key: 'id', label: 'op.id', cls: 'mono' },
			{ key: 'name', label: 'op.name' },
			{ key: 'org', label: 'op.org' },
			{ key: 'role', label: 'op.role', fmt: 'term:op_role' },
			{ key: 'locked', label: 'op.state', fmt: (r) => (r.retired || r.retired_at || r.state === 'retired' ? badge(t('op.retired'), 'bad') : r.locked ? badge(t('op.locked'), 'warn') : badge(t('op.active'), 'good')) },
			{ key: 'actions', label: 'common.actions', fmt: (r) => (r.retired || r.retired_at || r.state === 'retired' ? '' : el('span', { class: 'row-actions' },
				button('op.change_role', () => role(r)),
				button('op.reset_pin', () => resetPin(r), { testid: 'reset-pin' }),
				r.locked ? button('op.unlock', () => simple(r, 'unlock', 'op.unlock')) : button('op.lock', () => simple(r, 'lock', 'op.lock')),
				button('op.retire', () => simple(r, 'retire', 'op.retire', true), { kind: 'danger' }))) },
		],
		onChange: (s) => setRouteQuery(s),
	});
	fill(view, pageHeader(t('op.title'), button('op.add', add, { kind: 'primary', testid: 'add-operator' })), list);

	const roleOpts = OPERATOR_ROLES.map((r) => [r, `op_role.${r}`]);
	async function add() {
		const v = await dialog({ title: 'op.add', confirm: 'common.add', fields: [
			{ name: 'id', label: 'op.id', required: true },
			{ name: 'name', label: 'op.name', required: true },
			{ name: 'org', label: 'op.org', required: true },
			{ name: 'role', label: 'op.role', options: roleOpts, required: true },
			{ name: 'reason', label: 'common.reason', textarea: true, required: true }] });
		if (!v)
			return;
		try {
			const d = await api.post('/api/operators', v);
			await showOnce('op.pin_title', 'op.pin', d.pin);
		} catch (e) {
			notice('error', errorText(e));
		}
		list.reload();
	}
	async function role(r) {
		const v = await dialog({ title: 'op.change_role', confirm: 'common.save', fields: [
			{ name: 'role', label: 'op.role', options: roleOpts, required: true, value: r.role },
			{ name: 'reason', label: 'common.reason', textarea: true, required: true }] });
		if (!v)
			return;
		await post(r, 'role', v);
	}
	async function resetPin(r) {
		const v = await dialog({ title: 'op.reset_pin', confirm: 'op.reset_pin', intro: t('op.reset_intro', { id: r.id }),
		    fields: [{ name: 'reason', label: 'common.reason', textarea: true, required: true }] });
		if (!v)
			return;
		try {
			const d = await api.post(`/api/operators/${api.seg(r.id)}/reset-pin`, v);
			await showOnce('op.pin_title', 'op.pin', d.pin);
		} catch (e) {
			notice('error', errorText(e));
		}
		list.reload();
	}
	async function simple(r, what, title, danger) {
		const v = await dialog({ title, confirm: title, danger, fields: [{ name: 'reason', label: 'common.reason', textarea: true, required: true }] });
		if (!v)
			return;
		await post(r, what, v);
	}
	async function post(r, what, body) {
		try {
			await api.post(`/api/operators/${api.seg(r.id)}/${what}`, body);
			notice('ok', t('common.saved'));
		} catch (e) {
			notice('error', errorText(e));
		}
		list.reload();
	}
}
