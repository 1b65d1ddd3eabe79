// audit.js - the audit log: who did what to which object, when; filtered
// and paged on the server.
import { fill } from '../dom.js';
import { t } from '../i18n.js';
import { pagedList, pageHeader } from '../ui.js';
import { routeQuery, setRouteQuery } from '../state.js';
import { detailText } from './terminals.js';

export function auditPage(view) {
	const list = pagedList({
		path: '/api/audit', testid: 'audit', values: routeQuery(),
		filters: [
			{ name: 'actor', label: 'audit.actor', size: 12 },
			{ name: 'action', label: 'audit.action', size: 14 },
			{ name: 'object', label: 'audit.object', size: 16 },
			{ name: 'from', label: 'common.from', type: 'date' },
			{ name: 'to', label: 'common.to', type: 'date' },
		],
		cols: [
			{ key: 'created_at', label: 'common.at', fmt: 'time' },
			{ key: 'actor', label: 'audit.actor' },
			{ key: 'action', label: 'audit.action', fmt: 'term:action' },
			{ key: 'object', label: 'audit.object', cls: 'mono' },
			{ key: 'detail', label: 'audit.detail', cls: 'wrap', fmt: (r) => detailText(r.detail) },
		],
		onChange: (s) => setRouteQuery(s),
	});
	fill(view, pageHeader(t('audit.title')), list);
}
