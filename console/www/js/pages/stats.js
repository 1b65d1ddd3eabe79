// stats.js - collections per day or month by org, collector, pay mode or
// channel; meter-reading and dunning results; charts (ECharts) and the
// tables under them, each with its CSV export.
import { el, fill } from '../dom.js';
import { t, term, getLang } from '../i18n.js';
import * as api from '../api.js';
import { table, pageHeader, filterForm, errorText, serverParams } from '../ui.js';
import { barChart } from '../charts.js';
import { ymd, today } from '../fmt.js';
import { pick } from '../codes.js';
import { routeQuery, setRouteQuery } from '../state.js';

const BY = ['org', 'collector', 'pay_mode', 'channel', 'source'];

// The period of a row (day or month), the group it belongs to.
const periodOf = (r) => {
	const p = String(pick(r, 'period', 'day', 'month', 'date', 'settle_date') ?? '');
	return /^\d{6}$/.test(p) ? `${p.slice(0, 4)}-${p.slice(4)}` : ymd(p);
};
// The server names each group (label, label_en); else the key in words.
function groupOf(r, by) {
	const named = getLang() === 'en' ? pick(r, 'label_en', 'label') : pick(r, 'label');
	if (named !== undefined && named !== '')
		return String(named);
	const v = pick(r, 'key', by);
	return by === 'pay_mode' ? term('pay_mode', v) : by === 'channel' ? term('func', v) : by === 'source' ? term('source', v) : String(v ?? '');
}

function section(title, testid) {
	const chart = el('div', { class: 'chart', 'data-testid': `${testid}-chart` });
	const tbl = el('div', { 'data-testid': testid });
	return { node: el('section', { class: 'card' }, el('h2', null, t(title)), chart, tbl), chart, tbl };
}

export function statsPage(view) {
	const q = routeQuery();
	const values = { period: q.period || 'day', from: q.from || ymd(today(-30)), to: q.to || ymd(today()), by: q.by || 'org' };
	const coll = section('stats.collections', 'stats-collections');
	const reading = section('stats.reading', 'stats-reading');
	const dunning = section('stats.dunning', 'stats-dunning');
	const form = filterForm([
		{ name: 'period', label: 'stats.period', options: [['day', 'stats.by_day'], ['month', 'stats.by_month']] },
		{ name: 'from', label: 'common.from', type: 'date' },
		{ name: 'to', label: 'common.to', type: 'date' },
		{ name: 'by', label: 'stats.by', options: BY.map((b) => [b, `stats.by.${b}`]) },
	], values, (v) => { Object.assign(values, v); load(); }, { submit: 'stats.show' });
	fill(view, pageHeader(t('stats.title')), form, coll.node, reading.node, dunning.node);

	async function one(sec, path, params, cols, chartSpec) {
		fill(sec.tbl, el('p', { class: 'muted' }, t('common.loading')));
		try {
			const d = await api.list(path, params);
			fill(sec.tbl, table(cols, d.rows),
			    el('a', { class: 'btn csv', href: api.csvHref(path, params), download: '' }, t('common.csv')));
			sec.chart.classList.toggle('empty', !d.rows.length);
			if (d.rows.length) {
				await barChart(sec.chart, { rows: d.rows.map(chartSpec.map), ...chartSpec.opts });
			} else {
				window.echarts?.getInstanceByDom(sec.chart)?.dispose();
				fill(sec.chart);
			}
		} catch (e) {
			fill(sec.tbl, el('p', { class: 'error' }, errorText(e)));
		}
	}

	function load() {
		setRouteQuery(values);
		const p = serverParams({ period: values.period, from: values.from, to: values.to });
		const by = values.by;
		one(coll, '/api/stats', { ...p, by, size: 500 }, [
			{ key: periodOf, label: 'stats.period' },
			{ key: (r) => groupOf(r, by), label: `stats.by.${by}` },
			{ key: (r) => pick(r, 'count', 'n'), label: 'stats.count', cls: 'num' },
			{ key: (r) => pick(r, 'amount', 'total', 'sum'), label: 'stats.amount', fmt: 'yuan' },
			{ key: 'reversed_count', label: 'stats.reversed_count', cls: 'num' },
			{ key: 'reversed_amount', label: 'stats.reversed_amount', fmt: 'yuan' },
		], { map: (r) => ({ x: periodOf(r), s: groupOf(r, by), v: pick(r, 'amount', 'total', 'sum') ?? 0 }),
		    opts: { xKey: 'x', seriesKey: 's', valueKey: 'v', money: true, title: t('stats.yuan') } });
		const rby = by === 'org' ? 'org' : 'collector';
		one(reading, '/api/stats/reading', { ...p, by: rby, size: 500 }, [
			{ key: periodOf, label: 'stats.period' },
			{ key: (r) => groupOf(r, rby), label: `stats.by.${rby}` },
			{ key: 'uploads', label: 'stats.uploads', cls: 'num' },
			{ key: 'meters', label: 'stats.meters', cls: 'num' },
			{ key: 'with_exception', label: 'stats.with_exception', cls: 'num' },
			{ key: 'kwh', label: 'stats.kwh', cls: 'num' },
		], { map: (r) => ({ x: periodOf(r), s: groupOf(r, rby), v: pick(r, 'uploads', 'count', 'n') ?? 0 }),
		    opts: { xKey: 'x', seriesKey: 's', valueKey: 'v', title: t('stats.uploads') } });
		one(dunning, '/api/stats/dunning', { ...p, by: 'result', size: 500 }, [
			{ key: periodOf, label: 'stats.period' },
			{ key: (r) => groupOf(r, 'result'), label: 'stats.result' },
			{ key: (r) => pick(r, 'count', 'n'), label: 'stats.visits', cls: 'num' },
			{ key: 'customers', label: 'stats.customers', cls: 'num' },
			{ key: 'forwarded', label: 'stats.forwarded', cls: 'num' },
		], { map: (r) => ({ x: periodOf(r), s: groupOf(r, 'result'), v: pick(r, 'count', 'n') ?? 0 }),
		    opts: { xKey: 'x', seriesKey: 's', valueKey: 'v', title: t('stats.visits') } });
	}
	load();
}
