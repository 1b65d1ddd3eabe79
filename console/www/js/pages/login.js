// login.js - the login form.
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import * as api from '../api.js';

export function loginPage(view, done) {
	const err = el('p', { class: 'error', role: 'alert', 'data-testid': 'login-error' });
	const id = el('input', { name: 'id', autocomplete: 'username', required: true, autofocus: true });
	const pw = el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
	const btn = el('button', { type: 'submit', class: 'btn primary' }, t('login.submit'));
	const form = el('form', { class: 'card login', 'data-testid': 'login' },
	    el('h1', null, t('login.title')),
	    el('label', { class: 'field' }, el('span', null, t('login.user')), id),
	    el('label', { class: 'field' }, el('span', null, t('login.password')), pw),
	    err, btn);
	form.addEventListener('submit', async (ev) => {
		ev.preventDefault();
		err.textContent = '';
		if (!id.value.trim() || !pw.value) {
			err.textContent = t('login.empty');
			return;
		}
		btn.disabled = true;
		try {
			const d = await api.post('/api/login', { id: id.value.trim(), password: pw.value });
			pw.value = '';
			done(d);
		} catch (e) {
			pw.value = '';
			err.textContent = e.status === 401 ? t('login.invalid') : e.status === 429 ? t('login.too_many') : (e.text ? e.text() : String(e));
			btn.disabled = false;
		}
	});
	fill(view, form);
	return null;
}
