// report.js - the printable daily report (print stylesheet in style.css):
// the day's collections by channel, pay mode and collector, collectors'
// cash, reconciliation, reading and dunning, on one page.
import { el, fill } from '../dom.js';
import { t, term, getLang } from '../i18n.js';
import * as api from '../api.js';
import { pageHeader, errorText, filterForm, button, table, kv, badge } from '../ui.js';
import { render } from '../generic.js';
import { ymd, compactDate, today, dateTime, yuan } from '../fmt.js';

const KNOWN = ['date', 'generated_at', 'closed', 'totals', 'by_channel', 'by_pay_mode', 'by_collector', 'cash', 'cash_totals', 'recon', 'reading', 'dunning'];

export function reportPage(view, date) {
	const day = date || today(-1);
	const out = el('div', { class: 'report', 'data-testid': 'report' });
	const form = filterForm([{ name: 'date', label: 'report.date', type: 'date' }], { date: ymd(day) },
	    (v) => { location.hash = `#/report/${compactDate(v.date)}`; }, { submit: 'stats.show' });
	fill(view, pageHeader(t('report.title_of', { date: ymd(day) }), button('report.print', () => window.print(), { kind: 'primary', testid: 'print' })),
	    el('div', { class: 'no-print' }, form), out);
	const label = (r) => String((getLang() === 'en' ? r.label_en ?? r.label : r.label) ?? r.key ?? '');
	const part = (key, title, ...body) => el('section', { class: 'card report-part', 'data-part': key }, el('h2', null, t(title)), body);
	(async () => {
		let d;
		try {
			d = await api.get('/api/report/daily', { date: day });
		} catch (e) {
			fill(out, el('p', { class: 'error' }, errorText(e)));
			return;
		}
		const tot = d.totals || {};
		const parts = [
			el('h1', { class: 'print-only' }, t('report.print_title', { date: ymd(day) })),
			el('p', { class: 'muted' }, t('report.generated', { at: dateTime(d.generated_at || new Date().toISOString()) }),
			    ' ', d.closed ? badge(t('report.closed'), 'good') : badge(t('report.not_closed'), 'warn')),
			part('totals', 'report.part.totals', el('div', { class: 'stats-row' },
				[['report.collected_count', String(tot.count ?? 0)], ['report.collected_amount', yuan(tot.amount ?? 0)],
				    ['report.reversed', `${tot.reversed_count ?? 0} / ${yuan(tot.reversed_amount ?? 0)}`],
				    ['report.failed', String(tot.failed_count ?? 0)], ['report.unsettled', String(tot.unsettled_count ?? 0)]]
				    .map(([k, v]) => el('div', { class: 'stat' }, el('div', { class: 'value' }, v), el('div', { class: 'label' }, t(k)))))),
			el('div', { class: 'cols' },
			    part('by_channel', 'report.part.by_channel', table([
				{ key: label, label: 'stats.by.channel' }, { key: 'count', label: 'stats.count', cls: 'num' }, { key: 'amount', label: 'stats.amount', fmt: 'yuan' },
			    ], d.by_channel || [])),
			    part('by_pay_mode', 'report.part.by_pay_mode', table([
				{ key: label, label: 'stats.by.pay_mode' }, { key: 'count', label: 'stats.count', cls: 'num' }, { key: 'amount', label: 'stats.amount', fmt: 'yuan' },
			    ], d.by_pay_mode || []))),
			part('by_collector', 'report.part.by_collector', table([
				{ key: 'collector', label: 'cash.collector', fmt: (r) => [r.collector ?? '', r.name ? ` ${r.name}` : ''] },
				{ key: 'count', label: 'stats.count', cls: 'num' },
				{ key: 'amount', label: 'stats.amount', fmt: 'yuan' },
				{ key: 'reversed_amount', label: 'stats.reversed_amount', fmt: 'yuan' },
				{ key: 'cash_state', label: 'cash.state', fmt: 'term:cash_state' },
				{ key: 'counted', label: 'cash.counted', fmt: 'yuan' },
				{ key: 'over_short', label: 'cash.over_short', fmt: 'yuan' },
				{ key: 'slip_no', label: 'cash.slip' },
			], d.by_collector || [], { testid: 'report-collectors' })),
			el('div', { class: 'cols' },
			    part('recon', 'report.part.recon', d.recon ? kv([
				['recon.state', term('recon_state', d.recon.state)],
				['recon.station_count', String(d.recon.local_count ?? '—')], ['recon.station_total', yuan(d.recon.local_total) || '—'],
				['recon.mkt_count', String(d.recon.remote_count ?? '—')], ['recon.mkt_total', yuan(d.recon.remote_total) || '—'],
				['recon.diffs', String(d.recon.diffs ?? 0)], ['recon.unresolved', String(d.recon.unresolved ?? 0)],
				['recon.signed_by', d.recon.signed_by ?? '—']]) : el('p', null, t('common.none'))),
			    part('cash', 'report.part.cash', kv([
				['report.cash_days', String(d.cash?.days ?? 0)],
				...Object.entries(d.cash?.by_state || {}).map(([k, v]) => [{ text: term('cash_state', k) }, String(v)]),
				['cash.counted', yuan(d.cash_totals?.counted ?? 0)], ['cash.over_short', yuan(d.cash_totals?.over_short ?? 0)],
				['report.deposited', yuan(d.cash_totals?.deposited ?? 0)]]))),
			el('div', { class: 'cols' },
			    part('reading', 'report.part.reading', kv([['stats.uploads', String(d.reading?.uploads ?? 0)], ['stats.with_exception', String(d.reading?.with_exception ?? 0)]])),
			    part('dunning', 'report.part.dunning', kv([['stats.visits', String(d.dunning?.visits ?? 0)], ['stats.customers', String(d.dunning?.customers ?? 0)]]))),
			Object.entries(d).filter(([k]) => !KNOWN.includes(k)).map(([k, v]) => el('section', { class: 'card report-part', 'data-part': k }, el('h2', null, k), render(v, k))),
		];
		fill(out, parts);
	})();
}
