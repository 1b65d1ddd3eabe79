// generic.js - a JSON document shown as it is, for answers whose fields
// the page does not name one by one (the status board's per-daemon
// details): scalars as label/value, lists of objects as tables, nested
// objects as nested lists.  Labels come from the dictionary when it has
// them ("field.<key>"), else the key itself.  Text only.
import { el } from './dom.js';
import { t } from './i18n.js';
import { yuan, dateTime } from './fmt.js';

const MONEY = /(^|_)(amount|total|sum|fen|expected|counted|collected|over|short|cash|money|balance|due|principal|fee|deposited)(_|$)/;
const TIME = /(_at|^at|time|seen|since)$/;

export function label(key) {
	const k = `field.${key}`;
	const s = t(k);
	return s === k ? key : s;
}

export function scalar(key, v) {
	if (v === null || v === undefined)
		return '—';
	if (typeof v === 'boolean')
		return v ? t('common.yes') : t('common.no');
	if ((typeof v === 'number' || /^-?\d+$/.test(String(v))) && MONEY.test(key) && !/count|_n$|^n$/.test(key))
		return yuan(v);
	if (typeof v === 'string' && TIME.test(key) && /^\d{4}-\d\d-\d\dT/.test(v))
		return dateTime(v);
	return String(v);
}

export function render(obj, key = '') {
	if (obj === null || typeof obj !== 'object')
		return el('span', null, scalar(key, obj));
	if (Array.isArray(obj)) {
		// A list of one-field objects (TLV items): one line each.
		if (obj.length && obj.every((x) => x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 1))
			return el('dl', { class: 'kv' }, obj.flatMap((x) => Object.entries(x).flatMap(([k, v]) =>
			    [el('dt', null, label(k)), el('dd', { 'data-key': k }, typeof v === 'object' && v !== null ? render(v, k) : scalar(k, v))])));
		if (obj.length && obj.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
			const keys = [...new Set(obj.flatMap((x) => Object.keys(x)))];
			return el('div', { class: 'table-wrap' }, el('table', { class: 'grid' },
			    el('thead', null, el('tr', null, keys.map((k) => el('th', null, label(k))))),
			    el('tbody', null, obj.map((x) => el('tr', null, keys.map((k) =>
				el('td', { 'data-col': k }, typeof x[k] === 'object' && x[k] !== null ? render(x[k], k) : scalar(k, x[k]))))))));
		}
		return el('span', null, obj.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', '));
	}
	return el('dl', { class: 'kv' }, Object.entries(obj).flatMap(([k, v]) =>
	    [el('dt', null, label(k)), el('dd', { 'data-key': k }, typeof v === 'object' && v !== null ? render(v, k) : scalar(k, v))]));
}
