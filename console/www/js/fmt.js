// fmt.js - how values are shown: money in fen as yuan with two decimals
// (integer arithmetic on the digits, never a float), dates and times.

// 12345 -> "123.45"; -5 -> "-0.05"; "100000000" -> "1,000,000.00".
// Accepts an integer number or a string of digits (bigint columns may come
// as strings); anything else is shown as it is, marked by the caller.
export function yuan(fen, { group = true } = {}) {
	if (fen === null || fen === undefined || fen === '')
		return '';
	let s = typeof fen === 'bigint' ? fen.toString() : String(fen).trim();
	if (typeof fen === 'number' && !Number.isSafeInteger(fen))
		return String(fen);
	if (!/^-?\d+$/.test(s))
		return s;
	let neg = s.startsWith('-');
	if (neg)
		s = s.slice(1);
	s = s.replace(/^0+(?=\d)/, '');
	if (s === '0')
		neg = false;
	s = s.padStart(3, '0');
	let int = s.slice(0, -2), dec = s.slice(-2);
	if (group)
		int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return (neg ? '-' : '') + int + '.' + dec;
}

// "12.34" (yuan typed by a person) -> 1234 fen, or null when not a plain
// amount with at most two decimals.  Digits only: "1e3", "0x10" refused.
export function fenOf(text) {
	const m = /^\s*(-?)(\d{1,13})(?:\.(\d{1,2}))?\s*$/.exec(String(text));
	if (!m)
		return null;
	const fen = Number(m[2]) * 100 + Number((m[3] || '').padEnd(2, '0'));
	return m[1] ? -fen : fen;
}

// 20261205 -> "2026-12-05"
export function ymd(d) {
	const s = String(d ?? '');
	return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}` : s;
}

// "2026-12-05" or a Date -> "20261205"
export function compactDate(v) {
	if (v instanceof Date) {
		const p = (n) => String(n).padStart(2, '0');
		return `${v.getFullYear()}${p(v.getMonth() + 1)}${p(v.getDate())}`;
	}
	return String(v ?? '').replace(/-/g, '');
}

export function today(offsetDays = 0) {
	const d = new Date();
	d.setDate(d.getDate() + offsetDays);
	return compactDate(d);
}

// ISO 8601 -> "2026-12-05 21:03:04" in the browser's time zone.
export function dateTime(v) {
	if (!v)
		return '';
	const c = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d*)$/.exec(String(v));
	if (c)	/* the journal's YYYYMMDDhhmmss[fraction], local time */
		return `${c[1]}-${c[2]}-${c[3]} ${c[4]}:${c[5]}:${c[6]}`;
	const d = new Date(v);
	if (Number.isNaN(d.getTime()))
		return String(v);
	const p = (n) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ` +
	    `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

// Bytes as hex, 16 a line with the offset: "0000  7e 01 ..."
export function hexDump(hex) {
	const s = String(hex ?? '').replace(/[^0-9a-fA-F]/g, '').toLowerCase();
	const lines = [];
	for (let off = 0; off < s.length; off += 32) {
		const chunk = s.slice(off, off + 32).match(/../g) || [];
		lines.push((off / 2).toString(16).padStart(4, '0') + '  ' + chunk.join(' '));
	}
	return lines.join('\n');
}
