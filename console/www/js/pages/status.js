// status.js - the live board: connected terminals, requests per second,
// each daemon's health, the MI/1 link and its breaker, pending
// settlements, the outbox; refreshed every few seconds while open.
import { el, fill } from '../dom.js';
import { t, term } from '../i18n.js';
import * as api from '../api.js';
import { pageHeader, errorText, badge, kv } from '../ui.js';
import { render, label, scalar } from '../generic.js';
import { dateTime, yuan } from '../fmt.js';

const REFRESH_MS = 5000;
// The figures shown first, as big numbers, when the answer has them.
const HEAD = ['connected_terminals', 'terminals_connected', 'requests_per_s', 'pending_settlements', 'unknown_transactions', 'open_alarms'];
// Shown in their own boxes below, not again among the details.
const OWN = [...HEAD, 'frontd', 'appsrv', 'ifsvc', 'mi1', 'daemons', 'today', 'today_by_channel', 'outbox', 'time', 'date'];

function health(name, up, detail) {
	return el('div', { class: `daemon ${up === false ? 'bad' : up ? 'good' : ''}`, 'data-name': name },
	    el('strong', null, name), el('span', null, up === false ? t('status.down') : up ? t('status.up') : '—'),
	    detail ? el('small', { class: 'muted' }, detail) : null);
}

function figure(k, v) {
	const shown = k === 'requests_per_s' && typeof v === 'number' ? v.toFixed(1) : scalar(k, v);
	return el('div', { class: 'stat', 'data-key': k }, el('div', { class: 'value' }, shown), el('div', { class: 'label' }, label(k)));
}

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
				if (!stopped) {
					fill(body, el('p', { class: 'error' }, errorText(e)));
					schedule();
				}
				return;
			}
		}
		if (stopped)
			return;
		const parts = [];
		const cards = HEAD.filter((k) => d[k] !== undefined && d[k] !== null && typeof d[k] !== 'object').map((k) => figure(k, d[k]));
		if (d.today && typeof d.today === 'object') {
			cards.push(figure('today_count', d.today.count ?? 0));
			cards.push(el('div', { class: 'stat', 'data-key': 'today_collected' }, el('div', { class: 'value' }, yuan(d.today.collected ?? 0)), el('div', { class: 'label' }, t('status.today_collected'))));
		}
		// Today's money by where it came in: handhelds, bank counters, withholding.
		if (d.today_by_channel && typeof d.today_by_channel === 'object')
			for (const ch of ['TERMINAL', 'BANK', 'WITHHOLD']) {
				const x = d.today_by_channel[ch] || {};
				cards.push(el('div', { class: 'stat', 'data-key': `today_${ch.toLowerCase()}` },
				    el('div', { class: 'value' }, yuan(x.collected ?? 0)),
				    el('div', { class: 'label' }, t('status.today_channel', { channel: term('source', ch), n: x.count ?? 0 }))));
			}
		if (cards.length)
			parts.push(el('div', { class: 'stats-row' }, cards));

		// Each daemon: frontd instances with their counters' age, appsrv,
		// the marketing link as the last minute's requests saw it.
		const boxes = [];
		if (d.appsrv)
			boxes.push(health('appsrv', d.appsrv.up !== false, null));
		for (const f of Array.isArray(d.frontd) ? d.frontd : [])
			boxes.push(health(`frontd ${f.peer ?? ''}`.trim(), f.up, f.connections !== undefined ? t('status.frontd_detail', { n: f.connections, ms: f.age_ms ?? '—' }) : null));
		if (Array.isArray(d.frontd) && !d.frontd.length)
			boxes.push(health('frontd', false, t('status.no_frontd')));
		if (d.ifsvc)
			boxes.push(health('ifsvc', d.ifsvc.up, d.ifsvc.up === false ? t('breaker.unreachable') : null));
		for (const x of Array.isArray(d.daemons) ? d.daemons : [])
			boxes.push(health(x.name ?? '', x.ok ?? (x.state ? /^(ok|up|running|connected)$/i.test(x.state) : undefined), x.detail));
		if (d.appsrv || d.frontd || d.daemons)
			parts.push(el('section', { class: 'card', 'data-testid': 'daemons' }, el('h2', null, t('status.daemons')),
			    el('div', { class: 'daemons' }, boxes)));
		if (d.mi1) {
			// ifsvc's own breaker (closed, open, half_open), or
			// unreachable when ifsvc does not answer.
			const m = d.mi1, br = m.breaker;
			const kind = br === 'closed' && m.usable !== false ? 'good' : br === 'half_open' || br === 'closed' ? 'warn' : 'bad';
			parts.push(el('section', { class: 'card', 'data-testid': 'mi1' }, el('h2', null, t('status.mi1')),
			    kv([['status.breaker', el('span', { 'data-testid': 'breaker', 'data-state': String(br ?? '') }, badge(term('breaker', br), kind))],
				m.reachable === false ? ['status.ifsvc_why', term('ifsvc_why', m.why) || '—'] : null,
				m.reachable !== false ? ['status.mi1_usable', m.usable ? t('common.yes') : t('common.no')] : null,
				m.conns !== undefined ? ['status.mi1_conns', t('status.mi1_conns_n', { up: m.conns_up ?? 0, n: m.conns })] : null,
				m.since ? ['status.breaker_since', dateTime(m.since)] : null,
				m.reachable !== false ? ['status.mi1_last_error', m.last_error ? `${m.last_error}${m.last_error_at ? ` (${dateTime(m.last_error_at)})` : ''}` : '—'] : null,
				['status.mi1_requests', String(d.mi1.requests_1m ?? 0)],
				['status.mi1_unavailable', String(d.mi1.unavailable_1m ?? 0)],
				d.outbox !== undefined && d.outbox !== null ? ['status.outbox', typeof d.outbox === 'object' ? render(d.outbox) : String(d.outbox)] : null])));
		}
		const rest = Object.fromEntries(Object.entries(d).filter(([k]) => !OWN.includes(k)));
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
