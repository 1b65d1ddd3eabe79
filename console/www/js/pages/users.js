// users.js - console users: add, roles, lock/unlock, password reset.
// Passwords are typed here and sent once; never shown, never kept.
import { el, fill } from '../dom.js';
import { t, term } from '../i18n.js';
import * as api from '../api.js';
import { pagedList, badge, button, dialog, notice, errorText, pageHeader } from '../ui.js';
import { CONSOLE_ROLES } from '../codes.js';

// The strength rule the server applies too: 10 to 63 characters.
function pwProblem(p) {
	return p.length < 10 || p.length > 63 ? t('user.pw_rule') : null;
}

export function usersPage(view) {
	const roleBoxes = CONSOLE_ROLES.map((r) => [r, `role.${r}`]);
	const rolesOf = (r) => (Array.isArray(r.roles) ? r.roles : r.role ? [r.role] : []);
	const list = pagedList({
		path: '/api/users', testid: 'users',
		cols: [
			{ key: 'id', label: 'user.id', cls: 'mono' },
			{ key: 'name', label: 'user.name' },
			{ key: 'roles', label: 'user.roles', fmt: (r) => rolesOf(r).map((x) => term('role', x)).join('、') },
			{ key: 'locked', label: 'user.state', fmt: (r) => (r.locked ? badge(t('user.locked'), 'warn') : badge(t('user.active'), 'good')) },
			{ key: 'last_login', label: 'user.last_login', fmt: 'time' },
			{ key: 'actions', label: 'common.actions', fmt: (r) => el('span', { class: 'row-actions' },
				button('user.roles', () => roles(r)),
				r.locked ? button('user.unlock', () => post(r, 'unlock', {})) : button('user.lock', () => post(r, 'lock', {})),
				button('user.password', () => password(r))) },
		],
	});
	fill(view, pageHeader(t('user.title'), button('user.add', add, { kind: 'primary', testid: 'add-user' })), list);

	async function add() {
		const v = await dialog({ title: 'user.add', confirm: 'common.add', fields: [
			{ name: 'id', label: 'user.id', required: true },
			{ name: 'name', label: 'user.name', required: true },
			{ name: 'roles', label: 'user.roles', checkboxes: roleBoxes, required: true },
			{ name: 'password', label: 'user.password_new', type: 'password', required: true }],
		validate: (v) => (!/^[A-Za-z0-9_.-]{1,32}$/.test(v.id) ? t('user.bad_id') : pwProblem(v.password)) });
		if (!v)
			return;
		try {
			await api.post('/api/users', v);
			notice('ok', t('user.added', { id: v.id }));
		} catch (e) {
			notice('error', errorText(e));
		}
		list.reload();
	}
	async function roles(r) {
		const v = await dialog({ title: 'user.roles', confirm: 'common.save', fields: [
			{ name: 'roles', label: 'user.roles', checkboxes: roleBoxes, value: rolesOf(r), required: true }] });
		if (v)
			await post(r, 'roles', v);
	}
	async function password(r) {
		const v = await dialog({ title: 'user.password', confirm: 'common.save', intro: t('user.password_intro', { id: r.id }),
		    fields: [{ name: 'password', label: 'user.password_new', type: 'password', required: true }], validate: (v) => pwProblem(v.password) });
		if (v)
			await post(r, 'password', v);
	}
	async function post(r, what, body) {
		try {
			await api.post(`/api/users/${api.seg(r.id)}/${what}`, body);
			notice('ok', t('common.saved'));
		} catch (e) {
			notice('error', errorText(e));
		}
		list.reload();
	}
}
