// alarms.js - alarms: filter by state, kind and date; an admin
// acknowledges one with a note.
import { el, fill } from '../dom.js';
import { t, term } from '../i18n.js';
import * as api from '../api.js';
import { pagedList, badge, button, dialog, notice, errorText, pageHeader } from '../ui.js';
import { routeQuery, setRouteQuery, hasRole } from '../state.js';

const KINDS = ['BAD_MAC', 'IP_MISMATCH', 'JOURNAL', 'UNSETTLED', 'RECON_DIFF', 'RECON_UNSIGNED', 'CASH_IN_TRANSIT'];

export function alarmsPage(view) {
	const q = routeQuery();
	const values = { state: q.state || 'open', kind: q.kind || '', from: q.from || '', to: q.to || '' };
	const list = pagedList({
		path: '/api/alarms', testid: 'alarms', values,
		filters: [
			{ name: 'state', label: 'alarm.state', options: [['open', 'alarm.open'], ['acked', 'alarm.acked'], ['all', 'common.all']] },
			{ name: 'kind', label: 'alarm.kind', options: [['', 'common.any'], ...KINDS.map((k) => [k, `alarm_kind.${k}`])] },
			{ name: 'from', label: 'common.from', type: 'date' },
			{ name: 'to', label: 'common.to', type: 'date' },
		],
		cols: [
			{ key: 'created_at', label: 'common.at', fmt: 'time' },
			{ key: 'kind', label: 'alarm.kind', fmt: (r) => badge(term('alarm_kind', r.kind), 'bad') },
			{ key: 'source', label: 'alarm.source', cls: 'mono' },
			{ key: 'terminal_id', label: 'alarm.terminal', cls: 'mono' },
			{ key: 'detail', label: 'alarm.detail', cls: 'wrap' },
			{ key: 'acked', label: 'alarm.state', fmt: (r) => (r.acked ? [badge(t('alarm.acked'), 'good'), (r.acked_by ?? r.ack_by) ? el('small', null, ` ${r.acked_by ?? r.ack_by}`) : null, (r.note ?? r.ack_note) ? el('div', { class: 'muted', 'data-testid': 'ack-note' }, r.note ?? r.ack_note) : null] : badge(t('alarm.open'), 'warn')) },
			{ key: 'actions', label: 'common.actions', fmt: (r) => (!r.acked && hasRole('admin') ? button('alarm.ack', () => ack(r), { testid: 'ack' }) : '') },
		],
		onChange: (s) => setRouteQuery(s),
	});
	fill(view, pageHeader(t('alarm.title')), list);

	async function ack(r) {
		const v = await dialog({ title: 'alarm.ack', confirm: 'alarm.ack', intro: el('p', null, `${term('alarm_kind', r.kind)} · ${r.detail ?? ''}`),
		    fields: [{ name: 'note', label: 'common.note', textarea: true, required: true }] });
		if (!v)
			return;
		try {
			await api.post(`/api/alarms/${api.seg(r.id)}/ack`, v);
			notice('ok', t('alarm.acked_ok'));
		} catch (e) {
			notice('error', errorText(e));
		}
		list.reload();
	}
}
