// ui.js - the pieces every page is made of: tables, pagers, filter forms,
// dialogs, messages.  Values go in as text only (dom.js).
import { el, fill, clear } from './dom.js';
import { t, term } from './i18n.js';
import { yuan, dateTime, ymd } from './fmt.js';
import { ApiError, csvHref, list } from './api.js';

// An option's words: a dictionary key, or {text} given as it is.
function lbl(l) {
	return l && typeof l === 'object' ? String(l.text ?? '') : t(l);
}

// A column: {key, label (dictionary key), fmt: 'yuan'|'time'|'date'|
// 'bool'|'term:<group>'|function(row) -> Node|string, cls}.
export function cell(row, col) {
	const v = typeof col.key === 'function' ? col.key(row) : row?.[col.key];
	const f = col.fmt;
	if (typeof f === 'function')
		return f(row, v);
	if (v === null || v === undefined || v === '')
		return '';
	if (f === 'yuan')
		return yuan(v);
	if (f === 'time')
		return dateTime(v);
	if (f === 'date')
		return ymd(v);
	if (f === 'bool')
		return v ? t('common.yes') : t('common.no');
	if (typeof f === 'string' && f.startsWith('term:'))
		return term(f.slice(5), v);
	if (typeof v === 'object')
		return JSON.stringify(v);
	return String(v);
}

export function table(cols, rows, { empty = 'common.none', onRow, rowClass, testid } = {}) {
	const head = el('tr', null, cols.map((c) => el('th', { class: c.fmt === 'yuan' || c.cls === 'num' ? 'num' : null }, t(c.label))));
	const body = el('tbody');
	for (const r of rows) {
		const tr = el('tr', { class: rowClass ? rowClass(r) : null },
		    cols.map((c) => el('td', { class: c.fmt === 'yuan' ? 'num' : c.cls, 'data-col': typeof c.key === 'string' ? c.key : null }, cell(r, c))));
		if (onRow) {
			tr.classList.add('clickable');
			tr.tabIndex = 0;
			tr.addEventListener('click', (ev) => {
				if (!(ev.target instanceof HTMLElement) || !ev.target.closest('button,a,input,select'))
					onRow(r);
			});
			tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') onRow(r); });
		}
		body.append(tr);
	}
	if (rows.length === 0)
		body.append(el('tr', { class: 'empty' }, el('td', { colspan: cols.length }, t(empty))));
	return el('div', { class: 'table-wrap' }, el('table', { class: 'grid', 'data-testid': testid }, el('thead', null, head), body));
}

// Key/value pairs: [[label key, value or Node], ...]
export function kv(pairs, cls = 'kv') {
	return el('dl', { class: cls }, pairs.filter(Boolean).flatMap(([k, v]) => [el('dt', null, lbl(k)), el('dd', null, v ?? '')]));
}

export function badge(text, kind = '') {
	return el('span', { class: `badge ${kind}` }, text);
}

export function button(label, onclick, { kind = '', testid, disabled } = {}) {
	return el('button', { type: 'button', class: `btn ${kind}`, onclick, 'data-testid': testid, disabled }, t(label));
}

// Messages at the top of the view.
export function notice(kind, text) {
	const box = document.getElementById('notice');
	if (!box)
		return;
	const n = el('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
	box.append(n);
	setTimeout(() => n.remove(), kind === 'error' ? 12000 : 5000);
}

export function errorText(e) {
	return e instanceof ApiError ? e.text() : String(e?.message || e);
}

export function showError(e) {
	notice('error', errorText(e));
}

// A filter form: fields [{name, label, type, options:[[value,label key]], value}]
// calls onsubmit(values) on submit.
export function filterForm(fields, values, onsubmit, { submit = 'common.search', extra } = {}) {
	const inputs = {};
	const form = el('form', { class: 'filters', novalidate: true },
	    fields.map((f) => {
		let input;
		if (f.options) {
			input = el('select', { name: f.name },
			    f.options.map(([v, l]) => el('option', { value: v, selected: String(values[f.name] ?? '') === String(v) }, lbl(l))));
		} else {
			input = el('input', { name: f.name, type: f.type || 'text', value: values[f.name] ?? '',
			    placeholder: f.placeholder ? t(f.placeholder) : null, size: f.size, inputmode: f.inputmode });
		}
		inputs[f.name] = input;
		return el('label', null, el('span', null, t(f.label)), input);
	    }),
	    el('button', { type: 'submit', class: 'btn primary' }, t(submit)),
	    extra || null);
	form.addEventListener('submit', (ev) => {
		ev.preventDefault();
		const v = {};
		for (const [k, i] of Object.entries(inputs))
			v[k] = i.value.trim();
		onsubmit(v);
	});
	return form;
}

// Dates typed in a form (YYYY-MM-DD) go to the server as YYYYMMDD.
export function serverParams(values) {
	const o = {};
	for (const [k, v] of Object.entries(values))
		o[k] = typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) ? v.replace(/-/g, '') : v;
	return o;
}

// A paged list from the server: filters, the table, a pager, CSV link.
// Keeps its filters and page in the route's query (back button works).
export function pagedList({ path, cols, filters = [], values = {}, onRow, size = 50, onChange, testid, rowClass, title }) {
	const wrap = el('section', { class: 'paged' });
	const out = el('div');
	const state = { ...values, page: Number(values.page) || 1, size };
	async function load() {
		fill(out, el('p', { class: 'muted' }, t('common.loading')));
		let d;
		try {
			d = await list(path, serverParams(state));
		} catch (e) {
			fill(out, el('p', { class: 'error' }, errorText(e)));
			return;
		}
		const pages = Math.max(1, Math.ceil(d.total / (d.size || size)));
		const pager = el('div', { class: 'pager' },
		    el('span', { 'data-testid': 'total' }, t('common.total_rows', { n: d.total })),
		    el('button', { type: 'button', class: 'btn', disabled: d.page <= 1, onclick: () => go(d.page - 1) }, t('common.prev')),
		    el('span', { 'data-testid': 'page' }, t('common.page_of', { p: d.page, n: pages })),
		    el('button', { type: 'button', class: 'btn', disabled: d.page >= pages, onclick: () => go(d.page + 1) }, t('common.next')),
		    el('a', { class: 'btn csv', href: csvHref(path, serverParams(state)), download: '' }, t('common.csv')));
		fill(out, table(cols, d.rows, { onRow, testid, rowClass }), pager);
	}
	function go(p) {
		state.page = p;
		onChange?.(state);
		load();
	}
	if (title)
		wrap.append(el('h2', null, t(title)));
	if (filters.length)
		wrap.append(filterForm(filters, state, (v) => {
			for (const f of filters)
				state[f.name] = v[f.name];
			go(1);
		}));
	wrap.append(out);
	load();
	wrap.reload = load;
	return wrap;
}

// A modal dialog; resolves with the form's values or null when cancelled.
// fields as in filterForm plus {textarea: true, required: true}.
export function dialog({ title, fields = [], intro, confirm = 'common.ok', danger = false, validate }) {
	return new Promise((resolve) => {
		const d = el('dialog', { class: 'modal', 'data-testid': 'dialog' });
		const inputs = {};
		const err = el('p', { class: 'error', role: 'alert' });
		const form = el('form', { method: 'dialog', novalidate: true },
		    el('h2', null, t(title)),
		    intro ? el('div', { class: 'intro' }, intro) : null,
		    fields.map((f) => {
			let input;
			if (f.options)
				input = el('select', { name: f.name, required: f.required },
				    el('option', { value: '' }, t('common.choose')),
				    f.options.map(([v, l]) => el('option', { value: v, selected: f.value === v }, lbl(l))));
			else if (f.textarea)
				input = el('textarea', { name: f.name, rows: 3, required: f.required, value: f.value });
			else if (f.checkboxes)
				input = el('span', { class: 'checks' }, f.checkboxes.map(([v, l]) =>
				    el('label', null, el('input', { type: 'checkbox', name: f.name, value: v, checked: (f.value || []).includes(v) }), lbl(l))));
			else
				input = el('input', { name: f.name, type: f.type || 'text', required: f.required, value: f.value ?? '',
				    autocomplete: f.type === 'password' ? 'new-password' : 'off', inputmode: f.inputmode });
			inputs[f.name] = input;
			return el('label', { class: 'field' }, el('span', null, t(f.label)), input);
		    }),
		    err,
		    el('div', { class: 'actions' },
			el('button', { type: 'button', class: 'btn', value: 'cancel', onclick: () => finish(null) }, t('common.cancel')),
			el('button', { type: 'submit', class: `btn ${danger ? 'danger' : 'primary'}`, 'data-testid': 'dialog-ok' }, t(confirm))));
		form.addEventListener('submit', (ev) => {
			ev.preventDefault();
			const v = {};
			for (const [k, i] of Object.entries(inputs)) {
				if (i.classList?.contains('checks'))
					v[k] = Array.from(i.querySelectorAll('input:checked')).map((c) => c.value);
				else
					v[k] = i.value.trim();
			}
			for (const f of fields)
				if (f.required && (v[f.name] === '' || (Array.isArray(v[f.name]) && !v[f.name].length))) {
					err.textContent = t('common.required', { field: t(f.label) });
					return;
				}
			const problem = validate?.(v);
			if (problem) {
				err.textContent = problem;
				return;
			}
			finish(v);
		});
		d.addEventListener('cancel', (ev) => { ev.preventDefault(); finish(null); });
		function finish(v) {
			d.close();
			d.remove();
			resolve(v);
		}
		d.append(form);
		document.body.append(d);
		d.showModal();
		form.querySelector('input,select,textarea')?.focus();
	});
}

// Shown once (a new PIN): the value and a button to close; never stored.
export function showOnce(title, label, value) {
	return new Promise((resolve) => {
		const d = el('dialog', { class: 'modal', 'data-testid': 'show-once' },
		    el('h2', null, t(title)),
		    el('p', null, t('common.shown_once')),
		    el('p', { class: 'secret' }, el('span', null, t(label)), ' ', el('code', { 'data-testid': 'secret' }, value)),
		    el('div', { class: 'actions' }, el('button', { type: 'button', class: 'btn primary', onclick: () => { d.close(); d.remove(); resolve(); } }, t('common.done'))));
		document.body.append(d);
		d.showModal();
	});
}

export function loading(view) {
	return fill(view, el('p', { class: 'muted' }, t('common.loading')));
}

export function pageHeader(title, ...extra) {
	return el('header', { class: 'page-head' }, el('h1', null, title), el('div', { class: 'tools' }, extra));
}

export { el, fill, clear };
