// state.js - who is logged in, and the route's query (#/tx?from=...).

export const session = { me: null };

export function hasRole(...roles) {
	return !!session.me && roles.some((r) => session.me.roles.includes(r));
}

export function routeQuery() {
	const h = location.hash.slice(1);
	const i = h.indexOf('?');
	return i < 0 ? {} : Object.fromEntries(new URLSearchParams(h.slice(i + 1)));
}

// Keeps a page's filters in the address (back and reload keep them)
// without rendering the page again.
export function setRouteQuery(params) {
	const path = location.hash.slice(1).split('?')[0];
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(params))
		if (v !== undefined && v !== null && v !== '' && k !== 'size')
			q.set(k, String(v));
	const s = q.toString();
	history.replaceState(null, '', `#${path}${s ? `?${s}` : ''}`);
}
