// recon.js - reconciliation with the marketing system: the list of days,
// and a day's page (totals of both sides, each difference with the
// station's record and the 9001 line side by side, the file's SHA-256
// and download, resolutions, sign-off by a second auditor).
import { el, fill } from '../dom.js';
import { t, term } from '../i18n.js';
import * as api from '../api.js';
import { table, kv, badge, button, dialog, notice, errorText, pageHeader, filterForm, loading } from '../ui.js';
import { yuan, ymd, compactDate, today, dateTime } from '../fmt.js';
import { RESOLVE_REASONS, RECON_CATEGORIES, pick } from '../codes.js';
import { hasRole, routeQuery, setRouteQuery } from '../state.js';

const dayOf = (r) => compactDate(pick(r, 'date', 'recon_date') ?? '');

function stateBadge(state) {
	const cls = { SIGNED: 'good', OPEN: 'warn', DONE: 'warn', DIFF: 'bad', FAILED: 'bad', RUNNING: '', REOPENED: 'warn' }[state] ?? '';
	return badge(term('recon_state', state), cls);
}

export function reconListPage(view) {
	const q = routeQuery();
	const values = { from: q.from || ymd(today(-30)), to: q.to || ymd(today()) };
	const out = el('div');
	async function load() {
		setRouteQuery(values);
		fill(out, el('p', { class: 'muted' }, t('common.loading')));
		try {
			const d = await api.list('/api/recon/days', { from: compactDate(values.from), to: compactDate(values.to), size: 500 });
			fill(out, table([
				{ key: dayOf, label: 'recon.date', fmt: (r) => el('a', { href: `#/recon/${dayOf(r)}` }, ymd(dayOf(r))) },
				{ key: 'state', label: 'recon.state', fmt: (r) => stateBadge(pick(r, 'state', 'sign_state')) },
				{ key: (r) => pick(r, 'local_count', 'station_count'), label: 'recon.station_count' },
				{ key: (r) => pick(r, 'local_total', 'station_total', 'local_amount'), label: 'recon.station_total', fmt: 'yuan' },
				{ key: (r) => pick(r, 'remote_count', 'mkt_count'), label: 'recon.mkt_count' },
				{ key: (r) => pick(r, 'remote_total', 'mkt_total', 'remote_amount'), label: 'recon.mkt_total', fmt: 'yuan' },
				{ key: (r) => pick(r, 'diffs', 'differences', 'diff_count'), label: 'recon.diffs' },
				{ key: (r) => pick(r, 'unresolved', 'open_diffs'), label: 'recon.unresolved' },
				{ key: (r) => pick(r, 'signed_by'), label: 'recon.signed_by' },
			], d.rows, { testid: 'recon-days', onRow: (r) => { location.hash = `#/recon/${dayOf(r)}`; } }),
			    el('a', { class: 'btn csv', href: api.csvHref('/api/recon/days', { from: compactDate(values.from), to: compactDate(values.to) }), download: '' }, t('common.csv')));
		} catch (e) {
			fill(out, el('p', { class: 'error' }, errorText(e)));
		}
	}
	fill(view, pageHeader(t('recon.list_title')),
	    filterForm([{ name: 'from', label: 'common.from', type: 'date' }, { name: 'to', label: 'common.to', type: 'date' }], values,
		(v) => { Object.assign(values, v); load(); }),
	    out);
	load();
}

// The two sides of a difference as rows of one table: field, station,
// 9001 line; a field whose values differ is marked.
const SIDE_FIELDS = [
	['recon.f.serial', ['stserial'], ['stserial']],
	['recon.f.mkserial', ['mkt_serial', 'l_mkt_serial'], ['mkserial', 'r_mkserial']],
	['recon.f.amount', ['amount', 'l_amount'], ['amount', 'r_amount'], 'yuan'],
	['recon.f.state', ['state', 'l_state', 'expected', 'l_expected'], ['status', 'r_status']],
	['recon.f.customer', ['customer_no', 'l_customer_no'], ['custno', 'customer_no', 'r_custno']],
	['recon.f.trcode', ['trcode', 'l_trcode'], ['trcode', 'r_trcode']],
	['recon.f.terminal', ['terminal_id', 'l_terminal_id'], []],
	['recon.f.operator', ['operator_id', 'l_operator_id'], []],
	['recon.f.term_serial', ['term_serial', 'l_term_serial'], []],
	['recon.f.time', ['created_at', 'l_created_at'], ['txtime', 'r_txtime', 'time']],
	['recon.f.date', [], ['txdate', 'r_txdate', 'date']],
];

function sides(diff) {
	const local = pick(diff, 'station', 'local', 'l') ?? diff;
	const remote = pick(diff, 'mkt', 'remote', 'line', 'r') ?? diff;
	return [local, remote];
}

function sideBySide(diff) {
	const [l, r] = sides(diff);
	const lAbsent = ['REMOTE_ONLY'].includes(diff.category) && !Object.keys(l || {}).some((k) => k !== 'stserial' && l[k] !== null);
	const rows = [];
	for (const [label, lk, rk, fmt] of SIDE_FIELDS) {
		let lv = lk.length ? pick(l, ...lk) : undefined;
		let rv = rk.length ? pick(r, ...rk) : undefined;
		if (l === r && label === 'recon.f.serial')
			rv = undefined;
		if (lv === undefined && rv === undefined)
			continue;
		const show = (v) => (v === undefined || v === null ? '—' : fmt === 'yuan' ? yuan(v) : label === 'recon.f.time' && /T/.test(String(v)) ? dateTime(v) : String(v));
		const differ = lv !== undefined && rv !== undefined && String(lv) !== String(rv);
		rows.push(el('tr', { class: differ ? 'differ' : null }, el('th', null, t(label)), el('td', { class: fmt === 'yuan' ? 'num' : null, 'data-side': 'station' }, show(lv)), el('td', { class: fmt === 'yuan' ? 'num' : null, 'data-side': 'mkt' }, show(rv))));
	}
	return el('table', { class: 'sides' },
	    el('thead', null, el('tr', null, el('th'), el('th', null, t('recon.station_side')), el('th', null, t('recon.mkt_side')))),
	    el('tbody', null, rows),
	    lAbsent ? el('caption', null, t('recon.no_station_record')) : null);
}

export function reconDayPage(view, date) {
	loading(view);
	load();
	async function load() {
		let d;
		try {
			d = await api.get(`/api/recon/${api.seg(date)}`);
		} catch (e) {
			fill(view, pageHeader(t('recon.day_title', { date: ymd(date) })), el('p', { class: 'error' }, errorText(e)));
			return;
		}
		draw(d);
	}

	function draw(d) {
		const state = pick(d, 'state', 'sign_state');
		const signed = pick(d, 'signed', 'locked') === true || state === 'SIGNED' || !!pick(d.signoff || {}, 'by', 'user');
		const totals = d.totals || {};
		const st = totals.station || totals.local || {};
		const mk = totals.mkt || totals.remote || {};
		const sha = pick(d, 'file_sha256', 'sha256');
		const diffs = pick(d, 'diffs', 'differences') || [];
		const reasons = Array.isArray(d.reasons) && d.reasons.length ? d.reasons : RESOLVE_REASONS;
		const signoff = d.signoff || (d.signed_by ? { by: d.signed_by, at: d.signed_at, note: d.signoff_note } : null);
		const signErr = el('p', { class: 'error', role: 'alert', 'data-testid': 'signoff-error' });

		const tools = [];
		tools.push(el('a', { class: 'btn', href: `#/report/${date}` }, t('recon.print_report')));
		if (!signed && hasRole('auditor', 'admin'))
			tools.push(button('recon.rerun', rerun, { testid: 'rerun' }));
		if (signed && hasRole('admin'))
			tools.push(button('recon.reopen', reopen, { testid: 'reopen', kind: 'danger' }));

		const totalsTable = el('table', { class: 'sides totals', 'data-testid': 'totals' },
		    el('thead', null, el('tr', null, el('th'), el('th', null, t('recon.station_side')), el('th', null, t('recon.mkt_side')))),
		    el('tbody', null,
			el('tr', null, el('th', null, t('recon.count')),
			    el('td', { class: 'num', 'data-side': 'station' }, String(pick(st, 'count', 'n') ?? pick(d, 'local_count') ?? '—')),
			    el('td', { class: 'num', 'data-side': 'mkt' }, String(pick(mk, 'count', 'n') ?? pick(d, 'remote_count') ?? '—'))),
			el('tr', null, el('th', null, t('recon.amount')),
			    el('td', { class: 'num', 'data-side': 'station' }, yuan(pick(st, 'amount', 'total', 'sum') ?? pick(d, 'local_total')) || '—'),
			    el('td', { class: 'num', 'data-side': 'mkt' }, yuan(pick(mk, 'amount', 'total', 'sum') ?? pick(d, 'remote_total')) || '—'))));

		const byCat = new Map();
		for (const x of diffs) {
			const c = x.category || 'OTHER';
			if (!byCat.has(c))
				byCat.set(c, []);
			byCat.get(c).push(x);
		}
		const cats = [...RECON_CATEGORIES.filter((c) => byCat.has(c)), ...[...byCat.keys()].filter((c) => !RECON_CATEGORIES.includes(c))];
		const diffSections = cats.map((c) => el('section', { class: 'card', 'data-category': c },
		    el('h2', null, term('category', c), ' ', badge(String(byCat.get(c).length))),
		    byCat.get(c).map((x) => diffCard(x, signed, reasons))));

		fill(view,
		    pageHeader(t('recon.day_title', { date: ymd(date) }), stateBadge(signed ? 'SIGNED' : state), tools),
		    el('div', { class: 'cols' },
			el('section', { class: 'card' }, el('h2', null, t('recon.totals')), totalsTable),
			el('section', { class: 'card' }, el('h2', null, t('recon.file')),
			    kv([
				['recon.sha256', el('code', { class: 'hash', 'data-testid': 'sha256' }, sha || '—')],
				['recon.file_lines', pick(d, 'file_lines', 'remote_count') !== undefined ? String(pick(d, 'file_lines', 'remote_count')) : null],
				['recon.run_at', dateTime(pick(d, 'finished_at', 'run_at'))],
			    ]),
			    el('a', { class: 'btn', href: `/api/recon/${api.seg(date)}/file`, download: `9001_${date}.txt`, 'data-testid': 'download' }, t('recon.download')))),
		    el('h2', null, t('recon.diffs_title', { n: diffs.length })),
		    diffs.length ? diffSections : el('p', { class: 'good-text' }, t('recon.no_diffs')),
		    el('section', { class: 'card signoff', 'data-testid': 'signoff' },
			el('h2', null, t('recon.signoff')),
			signoff ? kv([['recon.signed_by', signoff.by ?? signoff.user], ['recon.signed_at', dateTime(signoff.at)], ['common.note', signoff.note]])
			    : el('p', null, t('recon.signoff_hint')),
			!signed && hasRole('auditor') ? button('recon.signoff_btn', () => signOff(signErr), { kind: 'primary', testid: 'signoff-btn' }) : null,
			signErr));
	}

	function diffCard(x, signed, reasons) {
		const res = x.resolution || (x.resolved_by ? { reason: x.reason, note: x.note, by: x.resolved_by, at: x.resolved_at } : null);
		const id = pick(x, 'id', 'diff_id', 'stserial');
		return el('article', { class: `diff ${res ? 'resolved' : 'open'}`, 'data-testid': 'diff', 'data-id': String(id), 'data-stserial': x.stserial ?? '' },
		    el('header', null,
			el('a', { href: `#/tx/${encodeURIComponent(x.stserial ?? '')}`, class: 'mono' }, x.stserial ?? ''),
			res ? badge(t('recon.resolved'), 'good') : badge(t('recon.open'), 'warn')),
		    sideBySide(x),
		    res ? el('div', { class: 'resolution', 'data-testid': 'resolution' },
			kv([['recon.reason', term('reason', res.reason)], ['common.note', res.note], ['recon.resolved_by', res.by ?? res.user], ['common.at', dateTime(res.at)]]))
			: null,
		    !res && !signed && hasRole('auditor') ? button('recon.resolve', () => resolve(id, reasons), { kind: 'primary', testid: 'resolve' }) : null);
	}

	async function resolve(id, reasons) {
		const v = await dialog({ title: 'recon.resolve_title', confirm: 'recon.resolve',
		    fields: [{ name: 'reason', label: 'recon.reason', options: reasons.map((r) => [r, `reason.${r}`]), required: true },
			{ name: 'note', label: 'common.note', textarea: true, required: true }] });
		if (!v)
			return;
		try {
			await api.post(`/api/recon/${api.seg(date)}/diffs/${api.seg(id)}/resolve`, v);
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
			await api.post(`/api/recon/${api.seg(date)}/signoff`, v);
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
			await api.post(`/api/recon/${api.seg(date)}/rerun`, {});
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
			await api.post(`/api/recon/${api.seg(date)}/reopen`, v);
			notice('ok', t('recon.reopen_ok'));
		} catch (e) {
			notice('error', errorText(e));
		}
		load();
	}
}
