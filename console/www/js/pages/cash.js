// cash.js - collectors' cash (解款): per collector and settle day the
// cash expected from the station's own records, the hand-in a cashier
// counts (over/short with a reason), the bank deposit (slip, bank,
// amount); and the cash still in transit, oldest first.
import { el, fill } from '../dom.js';
import { t, term } from '../i18n.js';
import * as api from '../api.js';
import { pagedList, badge, button, dialog, notice, errorText, pageHeader, table } from '../ui.js';
import { yuan, fenOf, ymd, compactDate, today, dateTime } from '../fmt.js';
import { CASH_REASONS, pick } from '../codes.js';
import { routeQuery, setRouteQuery, hasRole } from '../state.js';

const CASH_STATES = ['OPEN', 'HANDED_IN', 'BALANCED', 'DEPOSITED'];
const dayOf = (r) => compactDate(pick(r, 'date', 'settle_date') ?? '');
const collectorOf = (r) => pick(r, 'collector', 'operator_id', 'collector_id');

function stateBadge(s) {
	return badge(term('cash_state', s), { OPEN: 'warn', HANDED_IN: '', BALANCED: 'good', DEPOSITED: 'good' }[s] ?? '');
}

// counted - expected, in fen; shown with its sign and 长/短 words.
function overShort(r) {
	const d = pick(r, 'over_short', 'difference', 'diff');
	const exp = pick(r, 'expected');
	const cnt = pick(r, 'counted');
	const v = d ?? (cnt !== undefined && cnt !== null && exp !== undefined ? Number(cnt) - Number(exp) : undefined);
	if (v === undefined || v === null)
		return '';
	if (Number(v) === 0)
		return el('span', { class: 'good-text' }, t('cash.balanced_zero'));
	return el('span', { class: 'bad-text' }, `${Number(v) > 0 ? t('cash.over') : t('cash.short')} ${yuan(Math.abs(Number(v)))}`);
}

export function cashPage(view) {
	const q = routeQuery();
	const values = { date: q.date || ymd(today()), collector: q.collector || '', state: q.state || '' };
	let list;
	const cols = [
		{ key: dayOf, label: 'cash.date', cls: 'nowrap', fmt: (r) => ymd(dayOf(r)) },
		{ key: collectorOf, label: 'cash.collector', cls: 'nowrap', fmt: (r) => [collectorOf(r) ?? '', (r.name ?? r.collector_name) ? el('small', { class: 'muted' }, ` ${r.name ?? r.collector_name}`) : null] },
		{ key: (r) => pick(r, 'count', 'cash_count', 'n'), label: 'cash.count', cls: 'num' },
		{ key: 'collected', label: 'cash.collected', fmt: 'yuan' },
		{ key: 'reversed', label: 'cash.reversed', fmt: 'yuan' },
		{ key: 'expected', label: 'cash.expected', fmt: 'yuan' },
		{ key: 'counted', label: 'cash.counted', fmt: 'yuan' },
		{ key: 'over_short', label: 'cash.over_short', fmt: (r) => overShort(r) },
		{ key: 'reason', label: 'cash.reason', cls: 'wrap' },
		{ key: (r) => pick(r, 'slip_no', 'deposit_slip'), label: 'cash.slip', fmt: (r) => (r.slip_no ? [r.slip_no, r.bank ? el('small', { class: 'muted' }, ` ${r.bank}`) : null] : '') },
		{ key: 'state', label: 'cash.state', fmt: (r) => stateBadge(r.state) },
		{ key: 'actions', label: 'common.actions', fmt: (r) => actions(r) },
	];
	function actions(r) {
		if (!hasRole('cashier'))
			return '';
		const s = r.state;
		return el('span', { class: 'row-actions' },
		    s === 'OPEN' || s === 'HANDED_IN' ? button('cash.handin', () => handin(r), { testid: 'handin' }) : null,
		    s === 'BALANCED' ? button('cash.deposit', () => deposit(r), { testid: 'deposit', kind: 'primary' }) : null);
	}
	async function handin(r) {
		const expected = Number(pick(r, 'expected') ?? 0);
		const v = await dialog({
			title: 'cash.handin_title', confirm: 'cash.handin',
			intro: el('p', null, t('cash.handin_intro', { who: collectorOf(r), date: ymd(dayOf(r)), amount: yuan(expected) })),
			fields: [
				{ name: 'counted', label: 'cash.counted_yuan', inputmode: 'decimal', required: true },
				{ name: 'reason', label: 'cash.reason', options: CASH_REASONS.map((x) => [x, `cash_reason.${x}`]) },
				{ name: 'note', label: 'common.note', textarea: true },
			],
			validate: (v) => {
				const fen = fenOf(v.counted);
				if (fen === null || fen < 0)
					return t('cash.bad_amount');
				if (fen !== expected && !v.reason)
					return t('cash.reason_needed', { d: yuan(fen - expected) });
				return null;
			},
		});
		if (!v)
			return;
		// The reason is stored as words: the chosen kind and the note.
		const body = { counted: fenOf(v.counted) };
		const why = [v.reason ? t(`cash_reason.${v.reason}`) : '', v.note].filter(Boolean).join('：');
		if (why)
			body.reason = why;
		try {
			await api.post(`/api/cash/${api.seg(collectorOf(r))}/${api.seg(dayOf(r))}/handin`, body);
			notice('ok', t('cash.handin_ok'));
		} catch (e) {
			notice('error', errorText(e));
		}
		list.reload();
	}
	async function deposit(r) {
		const counted = Number(pick(r, 'counted') ?? pick(r, 'expected') ?? 0);
		if (r.changed_since_handin)
			notice('error', t('cash.changed_since'));
		const v = await dialog({
			title: 'cash.deposit_title', confirm: 'cash.deposit',
			intro: el('p', null, t('cash.deposit_intro', { who: collectorOf(r), date: ymd(dayOf(r)), amount: yuan(counted) })),
			fields: [
				{ name: 'slip_no', label: 'cash.slip', required: true },
				{ name: 'bank', label: 'cash.bank', required: true },
				{ name: 'amount', label: 'cash.amount_yuan', inputmode: 'decimal', required: true, value: yuan(counted, { group: false }) },
			],
			validate: (v) => (fenOf(v.amount) === null || fenOf(v.amount) <= 0 ? t('cash.bad_amount') : null),
		});
		if (!v)
			return;
		try {
			await api.post(`/api/cash/${api.seg(collectorOf(r))}/${api.seg(dayOf(r))}/deposit`,
			    { slip_no: v.slip_no, bank: v.bank, amount: fenOf(v.amount) });
			notice('ok', t('cash.deposit_ok'));
		} catch (e) {
			notice('error', errorText(e));
		}
		list.reload();
	}
	list = pagedList({
		path: '/api/cash', cols, testid: 'cash',
		filters: [
			{ name: 'date', label: 'cash.date', type: 'date' },
			{ name: 'collector', label: 'cash.collector', size: 10 },
			{ name: 'state', label: 'cash.state', options: [['', 'common.any'], ...CASH_STATES.map((s) => [s, `cash_state.${s}`])] },
		],
		values, onChange: (s) => setRouteQuery(s),
		rowClass: (r) => `cash-${String(r.state || '').toLowerCase()}`,
	});
	fill(view, pageHeader(t('cash.title'), el('a', { class: 'btn', href: '#/transit' }, t('nav.transit'))), list);
}

export function transitPage(view) {
	const out = el('div');
	fill(view, pageHeader(t('transit.title')), el('p', { class: 'muted' }, t('transit.intro')), out);
	(async () => {
		try {
			const d = await api.list('/api/cash/in-transit', { size: 500 });
			fill(out, table([
				{ key: collectorOf, label: 'cash.collector', cls: 'nowrap', fmt: (r) => [collectorOf(r) ?? '', (r.name ?? r.collector_name) ? el('small', { class: 'muted' }, ` ${r.name ?? r.collector_name}`) : null] },
				{ key: dayOf, label: 'cash.date', cls: 'nowrap', fmt: (r) => ymd(dayOf(r)) },
				{ key: (r) => pick(r, 'days', 'days_out', 'age_days'), label: 'transit.days', cls: 'num' },
				{ key: (r) => pick(r, 'amount', 'expected', 'cash'), label: 'transit.amount', fmt: 'yuan' },
				{ key: 'collector_total', label: 'transit.collector_total', fmt: 'yuan' },
				{ key: 'over', label: 'transit.flag', fmt: (r) => [r.over_days ? badge(t('transit.over_days'), 'bad') : null, r.over_amount ? badge(t('transit.over_amount'), 'bad') : null] },
			], d.rows, { testid: 'transit', onRow: (r) => { location.hash = `#/cash?date=${ymd(dayOf(r))}&collector=${encodeURIComponent(collectorOf(r))}`; } }),
			    el('a', { class: 'btn csv', href: api.csvHref('/api/cash/in-transit', {}), download: '' }, t('common.csv')));
		} catch (e) {
			fill(out, el('p', { class: 'error' }, errorText(e)));
		}
	})();
}
