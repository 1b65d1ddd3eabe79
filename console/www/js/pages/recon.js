// recon.js - reconciliation with the marketing system (source MI1) and
// with each bank's day file (source = the bank's number): the list of
// days, and a (source, day)'s page (totals of both sides, each difference
// with the station's record and the 9001 line or the bank file's line side
// by side, the file's SHA-256 and download, resolutions, sign-off by a
// second auditor), and every source of the date side by side.
import { el, fill } from '../dom.js';
import { t, term, getLang } from '../i18n.js';
import * as api from '../api.js';
import { table, kv, badge, button, dialog, notice, errorText, pageHeader, filterForm, loading } from '../ui.js';
import { yuan, ymd, compactDate, today, dateTime } from '../fmt.js';
import { RESOLVE_REASONS, RECON_CATEGORIES, pick } from '../codes.js';
import { hasRole, routeQuery, setRouteQuery } from '../state.js';

const dayOf = (r) => compactDate(pick(r, 'date', 'recon_date') ?? '');

// A reason's words: the server's list carries them ({code, zh, en}).
function reasonLabel(reasons, code) {
	const r = reasons.find((x) => (x.code ?? x) === code);
	if (r && typeof r === 'object')
		return getLang() === 'en' ? r.en ?? r.zh ?? code : r.zh ?? code;
	return term('reason', code);
}

const srcOf = (r) => r.source ?? 'MI1';

// MI1 -> the marketing system; a bank's number -> "银行 0102 name".
export function sourceLabel(src, name) {
	if (!src || src === 'MI1')
		return t('recon.source_mi1');
	return t('recon.source_bank', { bank: src, name: name ?? '' }).trim();
}

function dayHref(date, src) {
	return src && src !== 'MI1' ? `#/recon/${date}?source=${encodeURIComponent(src)}` : `#/recon/${date}`;
}

function stateBadge(state) {
	const cls = { SIGNED: 'good', READY: 'warn', DIFFERENCES: 'bad', FAILED: 'bad', RUNNING: '', NONE: '' }[state] ?? '';
	return badge(term('recon_state', state), cls);
}

export function reconListPage(view) {
	const q = routeQuery();
	const values = { from: q.from || ymd(today(-30)), to: q.to || ymd(today()), source: q.source || 'MI1' };
	const sources = [['MI1', 'recon.source_mi1'], ['*', 'recon.source_all']];
	if (!['MI1', '*'].includes(values.source))
		sources.push([values.source, { text: sourceLabel(values.source) }]);
	const out = el('div');
	async function load() {
		setRouteQuery(values);
		fill(out, el('p', { class: 'muted' }, t('common.loading')));
		try {
			const d = await api.list('/api/recon/days', { from: compactDate(values.from), to: compactDate(values.to), source: values.source, size: 500 });
			fill(out, table([
				{ key: dayOf, label: 'recon.date', fmt: (r) => el('a', { href: dayHref(dayOf(r), srcOf(r)) }, ymd(dayOf(r))) },
				{ key: srcOf, label: 'recon.source', fmt: (r) => sourceLabel(srcOf(r), r.source_name) },
				{ key: 'state', label: 'recon.state', fmt: (r) => stateBadge(pick(r, 'state', 'sign_state')) },
				{ key: (r) => pick(r, 'local_count', 'station_count'), label: 'recon.station_count' },
				{ key: (r) => pick(r, 'local_total', 'station_total', 'local_amount'), label: 'recon.station_total', fmt: 'yuan' },
				{ key: (r) => pick(r, 'remote_count', 'mkt_count'), label: 'recon.mkt_count' },
				{ key: (r) => pick(r, 'remote_total', 'mkt_total', 'remote_amount'), label: 'recon.mkt_total', fmt: 'yuan' },
				{ key: (r) => pick(r, 'diffs', 'differences', 'diff_count'), label: 'recon.diffs' },
				{ key: (r) => pick(r, 'unresolved', 'open_diffs'), label: 'recon.unresolved' },
				{ key: (r) => pick(r, 'signed_by'), label: 'recon.signed_by' },
			], d.rows, { testid: 'recon-days', onRow: (r) => { location.hash = dayHref(dayOf(r), srcOf(r)); } }),
			    el('a', { class: 'btn csv', href: api.csvHref('/api/recon/days', { from: compactDate(values.from), to: compactDate(values.to), source: values.source }), download: '' }, t('common.csv')));
		} catch (e) {
			fill(out, el('p', { class: 'error' }, errorText(e)));
		}
	}
	fill(view, pageHeader(t('recon.list_title')),
	    filterForm([{ name: 'from', label: 'common.from', type: 'date' }, { name: 'to', label: 'common.to', type: 'date' },
		{ name: 'source', label: 'recon.source', options: sources }], values,
		(v) => { Object.assign(values, v); load(); }),
	    out);
	load();
}

// The two sides of a difference as rows of one table: field, station,
// 9001 line; a field whose values differ is marked.
// Only the fields both sides hold in the same form are compared (time and
// date are written differently on each side).
const SIDE_FIELDS = [
	['recon.f.serial', ['stserial'], ['stserial']],
	['recon.f.mkserial', ['mkt_serial', 'l_mkt_serial'], ['mkserial', 'r_mkserial'], null, true],
	['recon.f.amount', ['amount', 'l_amount'], ['amount', 'r_amount'], 'yuan', true],
	['recon.f.expected', ['expected', 'l_expected'], ['status', 'r_status'], 'term:recon_status', true],
	['recon.f.state', ['state', 'l_state'], [], 'term:tx_state'],
	['recon.f.customer', ['customer_no', 'l_customer_no'], ['custno', 'customer_no', 'r_custno'], null, true],
	['recon.f.trcode', ['trcode', 'l_trcode'], ['trcode', 'r_trcode'], null, true],
	['recon.f.terminal', ['terminal_id', 'l_terminal_id'], []],
	['recon.f.operator', ['operator_id', 'l_operator_id'], []],
	['recon.f.term_serial', ['term_serial', 'l_term_serial'], []],
	['recon.f.time', ['created_at', 'l_created_at'], ['txtime', 'r_txtime', 'time']],
	['recon.f.date', [], ['txdate', 'r_txdate', 'date']],
	['recon.f.line', [], ['line']],
];

function sides(diff) {
	const has = (k) => Object.prototype.hasOwnProperty.call(diff, k);
	const local = ['station', 'local'].some(has) ? pick(diff, 'station', 'local') ?? {} : diff;
	const remote = ['market', 'mkt', 'remote'].some(has) ? pick(diff, 'market', 'mkt', 'remote') ?? {} : diff;
	return [local, remote];
}

function sideBySide(diff, bank) {
	const [l, r] = sides(diff);
	const lAbsent = l !== diff && !Object.keys(l || {}).length;
	const rAbsent = r !== diff && !Object.keys(r || {}).length;
	const rows = [];
	for (const [label, lk, rk, fmt, cmp] of SIDE_FIELDS) {
		let lv = lk.length ? pick(l, ...lk) : undefined;
		let rv = rk.length ? pick(r, ...rk) : undefined;
		if (label === 'recon.f.serial' && bank) {
			// A bank's difference is keyed by the bank's serial: the
			// station's record has its own serial besides it.
			lv = pick(l, 'stserial');
			rv = undefined;
		} else if (label === 'recon.f.serial') {
			lv = diff.stserial;
			rv = undefined;
		}
		if (label === 'recon.f.term_serial' && bank) {
			lv = pick(l, 'term_serial');
			rv = rAbsent ? undefined : diff.stserial;
		}
		if (lv === undefined && rv === undefined)
			continue;
		const show = (v) => (v === undefined || v === null ? '—' : fmt === 'yuan' ? yuan(v)
		    : fmt?.startsWith('term:') ? term(fmt.slice(5), v) : label === 'recon.f.time' && /T/.test(String(v)) ? dateTime(v) : String(v));
		const differ = cmp && lv !== undefined && rv !== undefined && lv !== null && rv !== null && String(lv) !== String(rv);
		const name = bank && label === 'recon.f.term_serial' ? 'recon.f.bank_serial' : label;
		rows.push(el('tr', { class: differ ? 'differ' : null, 'data-field': name }, el('th', null, t(name)), el('td', { class: fmt === 'yuan' ? 'num' : null, 'data-side': 'station' }, show(lv)), el('td', { class: fmt === 'yuan' || label === 'recon.f.line' ? (fmt === 'yuan' ? 'num' : 'mono') : null, 'data-side': 'mkt' }, show(rv))));
	}
	return el('table', { class: 'sides' },
	    el('thead', null, el('tr', null, el('th'), el('th', null, t('recon.station_side')), el('th', null, t(bank ? 'recon.bank_side' : 'recon.mkt_side')))),
	    el('tbody', null, rows),
	    lAbsent ? el('caption', null, t('recon.no_station_record')) : rAbsent ? el('caption', null, t(bank ? 'recon.no_bank_line' : 'recon.no_mkt_line')) : null);
}

export function reconDayPage(view, date) {
	const src = routeQuery().source || 'MI1';
	const bank = src !== 'MI1';
	let srcName = '';
	const title = () => (bank ? t('recon.day_title_bank', { date: ymd(date), source: sourceLabel(src, srcName) }) : t('recon.day_title', { date: ymd(date) }));
	loading(view);
	load();
	async function load() {
		let d, all = null;
		try {
			d = await api.get(`/api/recon/${api.seg(date)}`, { size: 500, source: src });
			all = await api.get(`/api/recon/${api.seg(date)}/sources`).catch(() => null);
		} catch (e) {
			fill(view, pageHeader(title()), el('p', { class: 'error' }, errorText(e)));
			return;
		}
		srcName = d.day?.source_name ?? '';
		draw(d, all);
	}

	// Every source of the date: the marketing system's and each bank's,
	// with the station's bank collections per bank.
	function sourcesCard(all) {
		if (!all || !Array.isArray(all.rows) || all.rows.length < 2)
			return null;
		return el('section', { class: 'card', 'data-testid': 'recon-sources' }, el('h2', null, t('recon.sources_title')),
		    table([
			{ key: srcOf, label: 'recon.source', fmt: (r) => (srcOf(r) === src ? el('strong', null, sourceLabel(srcOf(r), r.source_name)) : el('a', { href: dayHref(date, srcOf(r)) }, sourceLabel(srcOf(r), r.source_name))) },
			{ key: 'state', label: 'recon.state', fmt: (r) => stateBadge(r.state) },
			{ key: 'station_count', label: 'recon.bank_count' },
			{ key: 'station_amount', label: 'recon.bank_amount', fmt: 'yuan' },
			{ key: 'local_count', label: 'recon.station_count' },
			{ key: 'local_total', label: 'recon.station_total', fmt: 'yuan' },
			{ key: 'remote_count', label: 'recon.other_count' },
			{ key: 'remote_total', label: 'recon.other_total', fmt: 'yuan' },
			{ key: 'diffs', label: 'recon.diffs' },
			{ key: 'unresolved', label: 'recon.unresolved' },
		    ], all.rows, { testid: 'sources', onRow: (r) => { location.hash = dayHref(date, srcOf(r)); } }));
	}

	function draw(d, all) {
		const head = d.day || d;
		const state = pick(head, 'state', 'sign_state');
		const signoff = (d.signoffs || []).find((x) => !x.reopened_at) ||
		    (head.signed_by ? { actor: head.signed_by, signed_at: head.signed_at } : null);
		const signed = head.locked === true || state === 'SIGNED' || !!signoff;
		const run = (d.runs || [])[0] || {};
		const sha = pick(run, 'file_sha256') ?? pick(d, 'file_sha256', 'sha256');
		const diffList = d.diffs && !Array.isArray(d.diffs) ? d.diffs : { rows: d.diffs || [], total: (d.diffs || []).length };
		const diffs = diffList.rows || [];
		const reasons = Array.isArray(d.reasons) && d.reasons.length ? d.reasons : RESOLVE_REASONS;
		const signErr = el('p', { class: 'error', role: 'alert', 'data-testid': 'signoff-error' });

		const tools = [];
		tools.push(el('a', { class: 'btn', href: `#/report/${date}` }, t('recon.print_report')));
		if (!signed && hasRole('auditor', 'admin'))
			tools.push(button('recon.rerun', rerun, { testid: 'rerun' }));
		if (signed && hasRole('admin'))
			tools.push(button('recon.reopen', reopen, { testid: 'reopen', kind: 'danger' }));

		const num = (v) => (v === undefined || v === null ? '—' : String(v));
		const money = (v) => (v === undefined || v === null ? '—' : yuan(v));
		const totalsTable = el('table', { class: 'sides totals', 'data-testid': 'totals' },
		    el('thead', null, el('tr', null, el('th'), el('th', null, t('recon.station_side')), el('th', null, t(bank ? 'recon.bank_side' : 'recon.mkt_side')))),
		    el('tbody', null,
			el('tr', null, el('th', null, t('recon.count')),
			    el('td', { class: 'num', 'data-side': 'station' }, num(pick(head, 'local_count'))),
			    el('td', { class: 'num', 'data-side': 'mkt' }, num(pick(head, 'remote_count')))),
			el('tr', null, el('th', null, t('recon.amount')),
			    el('td', { class: 'num', 'data-side': 'station' }, money(pick(head, 'local_total'))),
			    el('td', { class: 'num', 'data-side': 'mkt' }, money(pick(head, 'remote_total'))))));
		const stats = Array.isArray(d.stats) && d.stats.length ? table([
			{ key: 'category', label: 'recon.category', fmt: bank ? 'term:category_bank' : 'term:category' },
			{ key: (r) => pick(r, 'n', 'count'), label: 'recon.count', cls: 'num' },
			{ key: 'local_sum', label: 'recon.station_total', fmt: 'yuan' },
			{ key: 'remote_sum', label: bank ? 'recon.other_total' : 'recon.mkt_total', fmt: 'yuan' },
		], d.stats, { testid: 'recon-stats' }) : null;

		const byCat = new Map();
		for (const x of diffs) {
			const c = x.category || 'OTHER';
			if (!byCat.has(c))
				byCat.set(c, []);
			byCat.get(c).push(x);
		}
		const cats = [...RECON_CATEGORIES.filter((c) => byCat.has(c)), ...[...byCat.keys()].filter((c) => !RECON_CATEGORIES.includes(c))];
		const diffSections = cats.map((c) => el('section', { class: 'card', 'data-category': c },
		    el('h2', null, term(bank ? 'category_bank' : 'category', c), ' ', badge(String(byCat.get(c).length))),
		    byCat.get(c).map((x) => diffCard(x, signed, reasons))));
		const total = diffList.total ?? diffs.length;

		let signBox;
		if (signoff)
			signBox = kv([['recon.signed_by', signoff.actor ?? signoff.by], ['recon.signed_at', dateTime(signoff.signed_at ?? signoff.at)], ['common.note', signoff.note]]);
		else
			signBox = el('p', null, t('recon.signoff_hint'));
		fill(view,
		    pageHeader(title(), el('span', { 'data-testid': 'day-state' }, stateBadge(signed ? 'SIGNED' : state)), tools),
		    sourcesCard(all),
		    el('div', { class: 'cols' },
			el('section', { class: 'card' }, el('h2', null, t('recon.totals')), totalsTable, stats),
			el('section', { class: 'card' }, el('h2', null, t(bank ? 'recon.bank_file' : 'recon.file')),
			    kv([
				['recon.sha256', el('code', { class: 'hash', 'data-testid': 'sha256' }, sha || '—')],
				['recon.file_lines', run.remote_count !== undefined && run.remote_count !== null ? String(run.remote_count) : null],
				['recon.run_at', dateTime(pick(run, 'finished_at'))],
			    ]),
			    sha ? el('a', { class: 'btn', href: `/api/recon/${api.seg(date)}/file${api.query({ source: bank ? src : undefined })}`, download: bank ? `BD${src}${date}.txt` : `9001_${date}.txt`, 'data-testid': 'download' }, t('recon.download')) : null)),
		    el('h2', null, t('recon.diffs_title', { n: total })),
		    total > diffs.length ? el('p', { class: 'muted' }, t('recon.diffs_first', { n: diffs.length })) : null,
		    diffs.length ? diffSections : el('p', { class: 'good-text' }, t('recon.no_diffs')),
		    el('section', { class: 'card signoff', 'data-testid': 'signoff' },
			el('h2', null, t('recon.signoff')),
			signBox,
			!signed && hasRole('auditor') ? button('recon.signoff_btn', () => signOff(signErr), { kind: 'primary', testid: 'signoff-btn' }) : null,
			!signed && d.you_resolved ? el('p', { class: 'muted' }, t('recon.you_resolved')) : null,
			signErr));
	}

	function diffCard(x, signed, reasons) {
		const res = x.resolution || null;
		const id = pick(x, 'id', 'stserial');
		const st = bank ? x.station?.stserial : x.stserial;
		return el('article', { class: `diff ${res ? 'resolved' : 'open'}`, 'data-testid': 'diff', 'data-stserial': x.stserial ?? '' },
		    el('header', null,
			st ? el('a', { href: `#/tx/${encodeURIComponent(st)}`, class: 'mono' }, bank ? `${x.stserial} · ${st}` : st) : el('span', { class: 'mono' }, x.stserial ?? ''),
			res ? badge(t('recon.resolved'), 'good') : badge(t('recon.open'), 'warn')),
		    sideBySide(x, bank),
		    res ? el('div', { class: 'resolution', 'data-testid': 'resolution' },
			kv([['recon.reason', reasonLabel(reasons, res.reason)], ['common.note', res.note],
			    ['recon.resolved_by', res.actor ?? res.by], ['common.at', dateTime(res.created_at ?? res.at)]]))
			: null,
		    !signed && hasRole('auditor') ? button(res ? 'recon.resolve_again' : 'recon.resolve', () => resolve(id, reasons), { kind: res ? '' : 'primary', testid: 'resolve' }) : null);
	}

	async function resolve(id, reasons) {
		const v = await dialog({ title: 'recon.resolve_title', confirm: 'recon.resolve',
		    fields: [{ name: 'reason', label: 'recon.reason', options: reasons.map((r) => [r.code ?? r, { text: reasonLabel(reasons, r.code ?? r) }]), required: true },
			{ name: 'note', label: 'common.note', textarea: true, required: true }] });
		if (!v)
			return;
		try {
			await api.post(`/api/recon/${api.seg(date)}/diffs/${api.seg(id)}/resolve`, { ...v, source: src });
			notice('ok', t('recon.resolved_ok'));
		} catch (e) {
			notice('error', errorText(e));
		}
		load();
	}

	async function signOff(errBox) {
		const v = await dialog({ title: 'recon.signoff_title', confirm: 'recon.signoff_btn', intro: t('recon.signoff_intro'),
		    fields: [{ name: 'note', label: 'common.note', textarea: true }] });
		if (!v)
			return;
		try {
			await api.post(`/api/recon/${api.seg(date)}/signoff`, { ...v, source: src });
			notice('ok', t('recon.signed_ok'));
			load();
		} catch (e) {
			errBox.textContent = errorText(e);
		}
	}

	async function rerun() {
		const v = await dialog({ title: 'recon.rerun_title', confirm: 'recon.rerun', fields: [], intro: t('recon.rerun_intro') });
		if (!v)
			return;
		try {
			await api.post(`/api/recon/${api.seg(date)}/rerun`, { source: src });
			notice('ok', t('recon.rerun_ok'));
		} catch (e) {
			notice('error', errorText(e));
		}
		load();
	}

	async function reopen() {
		const v = await dialog({ title: 'recon.reopen_title', confirm: 'recon.reopen', danger: true,
		    fields: [{ name: 'reason', label: 'common.reason', textarea: true, required: true }] });
		if (!v)
			return;
		try {
			await api.post(`/api/recon/${api.seg(date)}/reopen`, { ...v, source: src });
			notice('ok', t('recon.reopen_ok'));
		} catch (e) {
			notice('error', errorText(e));
		}
		load();
	}
}
