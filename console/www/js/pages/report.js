// report.js - the printable daily report (print stylesheet in style.css):
// the day's collections, reconciliation and cash in one page.
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import * as api from '../api.js';
import { pageHeader, errorText, filterForm, button } from '../ui.js';
import { render } from '../generic.js';
import { ymd, compactDate, today, dateTime } from '../fmt.js';

export function reportPage(view, date) {
	const day = date || today(-1);
	const out = el('div', { class: 'report', 'data-testid': 'report' });
	const form = filterForm([{ name: 'date', label: 'report.date', type: 'date' }], { date: ymd(day) },
	    (v) => { location.hash = `#/report/${compactDate(v.date)}`; }, { submit: 'stats.show' });
	fill(view, pageHeader(t('report.title'), button('report.print', () => window.print(), { kind: 'primary', testid: 'print' })),
	    el('div', { class: 'no-print' }, form), out);
	(async () => {
		try {
			const d = await api.get('/api/report/daily', { date: day });
			fill(out,
			    el('h1', { class: 'print-only' }, t('report.print_title', { date: ymd(day) })),
			    el('p', { class: 'muted' }, t('report.generated', { at: dateTime(new Date().toISOString()) })),
			    Object.entries(d).filter(([k]) => k !== 'date').map(([k, v]) =>
				el('section', { class: 'card report-part', 'data-part': k }, el('h2', null, t(`report.part.${k}`) === `report.part.${k}` ? k : t(`report.part.${k}`)), render(v, k))));
		} catch (e) {
			fill(out, el('p', { class: 'error' }, errorText(e)));
		}
	})();
}
