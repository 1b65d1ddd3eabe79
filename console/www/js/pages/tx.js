// tx.js - transaction search (filters, paged on the server, CSV) and a
// transaction's whole story: request and answer, MI/1 calls, settlement
// steps, reversal link, reconciliation line, and the journal's raw
// packets (hex and the decoded frame header; PIN and token masked by the
// server) with the chain check of that record.
import { el, fill } from '../dom.js';
import { t, term } from '../i18n.js';
import * as api from '../api.js';
import { pagedList, kv, badge, pageHeader, errorText, loading, table } from '../ui.js';
import { render } from '../generic.js';
import { yuan, ymd, compactDate, today, dateTime, hexDump } from '../fmt.js';
import { TX_STATES, TX_FUNCS, pick } from '../codes.js';
import { routeQuery, setRouteQuery } from '../state.js';

export const TX_COLS = [
	{ key: 'created_at', label: 'tx.time', fmt: 'time' },
	{ key: 'stserial', label: 'tx.stserial', cls: 'mono', fmt: (r) => el('a', { href: `#/tx/${encodeURIComponent(r.stserial)}` }, r.stserial ?? '') },
	{ key: 'terminal_id', label: 'tx.terminal', cls: 'mono' },
	{ key: 'operator_id', label: 'tx.operator' },
	{ key: 'customer_no', label: 'tx.customer' },
	{ key: 'func', label: 'tx.func', fmt: 'term:func' },
	{ key: 'pay_mode', label: 'tx.pay_mode', fmt: 'term:pay_mode' },
	{ key: 'amount', label: 'tx.amount', fmt: 'yuan' },
	{ key: 'state', label: 'tx.state', fmt: (r) => stateBadge(r.state) },
	{ key: 'receipt_no', label: 'tx.receipt' },
	{ key: 'mkt_serial', label: 'tx.mkserial', cls: 'mono' },
];

export function stateBadge(s) {
	return badge(term('tx_state', s), { SUCCESS: 'good', FAILED: 'bad', UNKNOWN: 'bad', PENDING: 'warn', REVERSED: '' }[s] ?? '');
}

export function txSearchPage(view) {
	const q = routeQuery();
	const values = { from: q.from || ymd(today()), to: q.to || ymd(today()), ...q };
	const filters = [
		{ name: 'from', label: 'common.from', type: 'date' },
		{ name: 'to', label: 'common.to', type: 'date' },
		{ name: 'terminal', label: 'tx.terminal', inputmode: 'numeric', size: 16 },
		{ name: 'operator', label: 'tx.operator', size: 8 },
		{ name: 'customer', label: 'tx.customer', size: 10 },
		{ name: 'receipt', label: 'tx.receipt', size: 10 },
		{ name: 'stserial', label: 'tx.stserial', size: 14 },
		{ name: 'mkserial', label: 'tx.mkserial', size: 12 },
		{ name: 'state', label: 'tx.state', options: [['', 'common.any'], ...TX_STATES.map((s) => [s, `tx_state.${s}`])] },
		{ name: 'func', label: 'tx.func', options: [['', 'common.any'], ...TX_FUNCS.map((s) => [s, `func.${s}`])] },
	];
	// Dates go to the server as YYYYMMDD; the form shows YYYY-MM-DD.
	const list = pagedList({
		path: '/api/tx', cols: TX_COLS, filters, values: { ...values, from: values.from, to: values.to },
		testid: 'tx-results',
		onRow: (r) => { location.hash = `#/tx/${encodeURIComponent(r.stserial)}`; },
		onChange: (s) => setRouteQuery(s),
	});
	fill(view, pageHeader(t('tx.search_title')), list);
}

// A journal packet: when, which way, the decoded frame header (and the
// payload where the journal holds it in clear, PIN and token masked), the
// raw bytes in hex, and the chain check of that record.
function chainOk(c) {
	if (c === undefined || c === null)
		return undefined;
	if (typeof c === 'boolean')
		return c;
	const vals = Object.values(c).filter((v) => typeof v === 'boolean');
	return vals.length ? vals.every(Boolean) : undefined;
}

function packet(p) {
	const hdr = pick(p, 'frame', 'header', 'decoded');
	const chain = chainOk(pick(p, 'chain', 'chain_ok'));
	const kind = pick(p, 'type', 'dir', 'direction');
	return el('article', { class: 'packet', 'data-testid': 'packet' },
	    el('header', null,
		el('strong', null, term('jtype', kind ?? '')), ' ',
		el('span', { class: 'muted' }, dateTime(pick(p, 'time', 'at', 'ts', 'created_at'))), ' ',
		p.peer ? el('span', { class: 'mono muted' }, `${p.peer}${p.port ? `:${p.port}` : ''}`) : null, ' ',
		p.status !== undefined ? badge(String(p.status), '') : null, ' ',
		chain === true ? badge(t('tx.chain_ok'), 'good') : chain === false ? badge(t('tx.chain_bad'), 'bad') : null),
	    hdr ? el('div', { class: 'frame-header' }, el('h4', null, t('tx.frame_header')), render(hdr)) : null,
	    p.plain ? el('div', { class: 'frame-header' }, el('h4', null, t('tx.payload')), render(p.plain)) : null,
	    p.note ? el('p', { class: 'muted' }, p.note) : null,
	    p.chain && typeof p.chain === 'object' ? el('div', { class: 'frame-header' }, el('h4', null, t('tx.chain')), render(p.chain)) : null,
	    el('pre', { class: 'hex', 'data-testid': 'hex' }, hexDump(pick(p, 'raw', 'hex', 'bytes') ?? '')));
}

export function txStoryPage(view, stserial) {
	loading(view);
	(async () => {
		let d;
		try {
			d = await api.get(`/api/tx/${api.seg(stserial)}`);
		} catch (e) {
			fill(view, pageHeader(t('tx.story_title', { s: stserial })), el('p', { class: 'error' }, errorText(e)));
			return;
		}
		const tx = d.tx || d.transaction || (d.refused_key ? {} : d);
		const parts = [];
		parts.push(el('section', { class: 'card', 'data-testid': 'tx-main' }, el('h2', null, t('tx.summary')), kv([
			['tx.state', stateBadge(tx.state)],
			['tx.func', term('func', tx.func)],
			['tx.amount', yuan(tx.amount)],
			['tx.pay_mode', term('pay_mode', tx.pay_mode)],
			['tx.customer', tx.customer_no],
			['tx.terminal', tx.terminal_id ? el('a', { href: `#/terminals/${tx.terminal_id}` }, tx.terminal_id) : ''],
			['tx.operator', tx.operator_id],
			['tx.term_serial', tx.term_serial],
			['tx.settle_date', ymd(compactDate(pick(tx, 'date', 'settle_date') ?? ''))],
			['tx.receipt', tx.receipt_no],
			['tx.mkserial', tx.mkt_serial],
			['tx.rspcode', tx.rspcode],
			['tx.tp_status', tx.tp_status],
			['tx.time', dateTime(tx.created_at)],
		])));
		const link = (s) => el('a', { href: `#/tx/${encodeURIComponent(s)}`, class: 'mono' }, s);
		if (d.refused_key)
			parts.push(el('section', { class: 'card', 'data-section': 'refused_key' }, el('h2', null, t('tx.refused_key')), render(d.refused_key)));
		const revs = Array.isArray(d.reversals) ? d.reversals : [];
		const rev = tx.reversed_by;
		const orig = d.original ?? tx.orig_stserial;
		if (rev || orig || revs.length)
			parts.push(el('section', { class: 'card', 'data-testid': 'tx-links' }, el('h2', null, t('tx.links')),
			    kv([rev ? ['tx.reversed_by', link(rev)] : null,
				orig ? ['tx.original', link(typeof orig === 'object' ? orig.stserial : orig)] : null]),
			    revs.length ? table([
				{ key: 'stserial', label: 'tx.stserial', fmt: (r) => link(r.stserial) },
				{ key: 'state', label: 'tx.state', fmt: (r) => stateBadge(r.state) },
				{ key: 'amount', label: 'tx.amount', fmt: 'yuan' },
				{ key: 'by_settlement', label: 'tx.by_settlement', fmt: 'bool' },
				{ key: 'created_at', label: 'tx.time', fmt: 'time' },
			    ], revs) : null));
		const sections = [
			['receipt', 'tx.receipt_title'],
			['request', 'tx.request'], ['answer', 'tx.answer'],
			['mi_calls', 'tx.mi_calls'], ['mi', 'tx.mi_calls'],
			['settlement', 'tx.settlement'],
			['recon', 'tx.recon_line'],
			['bank_recon', 'tx.bank_recon_line'],
			['audit', 'tx.audit'],
		];
		for (const [k, label] of sections)
			if (d[k] !== undefined && d[k] !== null && !(Array.isArray(d[k]) && !d[k].length))
				parts.push(el('section', { class: 'card', 'data-section': k }, el('h2', null, t(label)), render(d[k])));
		const packets = Array.isArray(d.packets) ? d.packets : Array.isArray(d.journal) ? d.journal : [];
		const jdesc = d.journal && !Array.isArray(d.journal) ? d.journal : null;
		const chain = pick(d, 'chain', 'journal_check', 'chain_check');
		parts.push(el('section', { class: 'card', 'data-testid': 'packets' },
		    el('h2', null, t('tx.packets', { n: Array.isArray(packets) ? packets.length : 0 })),
		    jdesc?.note ? el('p', { class: 'muted' }, jdesc.note) : null,
		    jdesc?.error ? el('p', { class: 'error' }, jdesc.error) : null,
		    chain !== undefined ? el('p', { 'data-testid': 'chain' }, typeof chain === 'object' ? render(chain)
			: chain ? badge(t('tx.chain_ok'), 'good') : badge(t('tx.chain_bad'), 'bad')) : null,
		    Array.isArray(packets) && packets.length ? packets.map(packet) : el('p', { class: 'muted' }, t('tx.no_packets'))));
		fill(view, pageHeader(t('tx.story_title', { s: stserial }), el('a', { class: 'btn', href: '#/tx' }, t('tx.back'))), parts);
	})();
}
