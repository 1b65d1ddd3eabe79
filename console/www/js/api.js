// api.js - the console's JSON API (docs/CONSOLE.md).  Every POST carries
// the session's CSRF token in X-CSRF-Token; the token comes from the login
// answer, or for a new tab of the same browser from GET /api/session, and
// is kept for the tab in sessionStorage.
import { getLang } from './i18n.js';

const CSRF_KEY = 'gf.csrf';

export class ApiError extends Error {
	constructor(status, body) {
		super(body?.message || body?.error || `HTTP ${status}`);
		this.status = status;
		this.code = body?.error || String(status);
		this.body = body || {};
	}
	// The server's message in the page's language.
	text() {
		const b = this.body;
		if (getLang() === 'en')
			return b.message_en || b.message || b.error || `HTTP ${this.status}`;
		return b.message || b.message_en || b.error || `HTTP ${this.status}`;
	}
}

let onUnauthenticated = () => {};
export function setUnauthenticatedHandler(fn) {
	onUnauthenticated = fn;
}

export function csrf() {
	try { return sessionStorage.getItem(CSRF_KEY) || ''; } catch (e) { return ''; }
}

export function setCsrf(tok) {
	try {
		if (tok)
			sessionStorage.setItem(CSRF_KEY, tok);
		else
			sessionStorage.removeItem(CSRF_KEY);
	} catch (e) { /* the token lives only as long as the page */ }
}

// ?a=1&b=2 from an object, leaving out empty values.
export function query(params) {
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(params || {}))
		if (v !== undefined && v !== null && v !== '')
			q.set(k, String(v));
	const s = q.toString();
	return s ? `?${s}` : '';
}

async function call(method, path, body) {
	const opt = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
	if (method === 'POST') {
		opt.headers['Content-Type'] = 'application/json';
		if (csrf())
			opt.headers['X-CSRF-Token'] = csrf();
		opt.body = JSON.stringify(body || {});
	}
	let res;
	try {
		res = await fetch(path, opt);
	} catch (e) {
		throw new ApiError(0, { error: 'network', message: '无法连接服务器', message_en: 'Cannot reach the server' });
	}
	let data = null;
	const text = await res.text();
	if (text) {
		try { data = JSON.parse(text); } catch (e) { data = { error: 'bad_response', message: text.slice(0, 200) }; }
	}
	if (!res.ok) {
		const err = new ApiError(res.status, data);
		if (res.status === 401 && path !== '/api/login')
			onUnauthenticated(err);
		throw err;
	}
	return data;
}

export const get = (path, params) => call('GET', path + query(params));
export const post = (path, body) => call('POST', path, body);

// A list answer {total, page, size, rows}; an older plain array is taken
// as one page of everything.
export async function list(path, params) {
	const d = await get(path, params);
	if (Array.isArray(d))
		return { total: d.length, page: 1, size: d.length, rows: d };
	return { total: d?.total ?? d?.rows?.length ?? 0, page: d?.page ?? 1, size: d?.size ?? 50, rows: d?.rows ?? [] };
}

// The address of a list as CSV (a link the browser downloads).
export function csvHref(path, params) {
	return path + query({ ...params, page: undefined, size: undefined, format: 'csv' });
}

// Path segments are encoded: an id from a row never changes the route.
export function seg(v) {
	return encodeURIComponent(String(v));
}
