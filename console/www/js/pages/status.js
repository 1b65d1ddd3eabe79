// status.js - the live board: connected terminals, requests per second,
// each daemon's health, the MI/1 breaker, pending settlements; refreshed
// every few seconds while the page is open.
import { el, fill } from '../dom.js';
import { t, term } from '../i18n.js';
import * as api from '../api.js';
import { pageHeader, errorText } from '../ui.js';
import { render, label, scalar } from '../generic.js';
import { dateTime } from '../fmt.js';

const REFRESH_MS = 5000;
// The figures shown first, as big numbers, when the answer has them.
const HEAD = ['terminals_connected', 'connected_terminals', 'requests_per_s', 'rps', 'pending_settlements', 'outbox_depth', 'open_alarms'];

export function statusPage(view) {
	const stamp = el('span', { class: 'muted', 'data-testid': 'refreshed' });
	const body = el('div', { 'data-testid': 'status' });
	fill(view, pageHeader(t('status.title'), stamp), body);
	let timer = null, stopped = false;

	async function load() {
		let d;
		try {
			d = await api.get('/api/status');
		} catch (e) {
			if (e.status === 404) {
				try { d = await api.get('/api/summary'); } catch (e2) { d = null; }
			}
			if (!d) {
				fill(body, el('p', { class: 'error' }, errorText(e)));
				schedule();
				return;
			}
		}
		if (stopped)
			return;
		const cards = HEAD.filter((k) => d[k] !== undefined && typeof d[k] !== 'object')
		    .map((k) => el('div', { class: 'stat', 'data-key': k }, el('div', { class: 'value' }, scalar(k, d[k])), el('div', { class: 'label' }, label(k))));
		const parts = [];
		if (cards.length)
			parts.push(el('div', { class: 'stats-row' }, cards));
		const daemons = d.daemons ?? d.health;
		if (Array.isArray(daemons))
			parts.push(el('section', { class: 'card' }, el('h2', null, t('status.daemons')),
			    el('div', { class: 'daemons' }, daemons.map((x) => {
				const okv = x.ok ?? (x.state ? /^(ok|up|running|connected)$/i.test(x.state) : undefined);
				return el('div', { class: `daemon ${okv === false ? 'bad' : okv ? 'good' : ''}`, 'data-name': x.name ?? x.peer },
				    el('strong', null, x.name ?? x.peer ?? ''),
				    el('span', null, x.state !== undefined ? term('health', x.state) : okv ? t('status.up') : t('status.down')),
				    x.detail ? el('small', null, String(x.detail)) : null);
			    }))));
		else if (daemons && typeof daemons === 'object')
			parts.push(el('section', { class: 'card' }, el('h2', null, t('status.daemons')), render(daemons)));
		const rest = Object.fromEntries(Object.entries(d).filter(([k]) => !HEAD.includes(k) && k !== 'daemons' && k !== 'health'));
		if (Object.keys(rest).length)
			parts.push(el('section', { class: 'card' }, el('h2', null, t('status.details')), render(rest)));
		fill(body, parts);
		stamp.textContent = t('status.refreshed', { at: dateTime(new Date().toISOString()) });
		schedule();
	}
	function schedule() {
		if (!stopped)
			timer = setTimeout(load, REFRESH_MS);
	}
	load();
	return () => { stopped = true; clearTimeout(timer); };
}
