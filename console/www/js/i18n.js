// i18n.js - one dictionary per language (lang/zh.js, lang/en.js);
// Simplified Chinese unless the user chose English (remembered in
// localStorage).
import zh from './lang/zh.js';
import en from './lang/en.js';

const dicts = { zh, en };
const KEY = 'gf.lang';
let lang = 'zh';
try {
	const saved = localStorage.getItem(KEY);
	if (saved && dicts[saved])
		lang = saved;
} catch (e) { /* storage refused: stay with Chinese */ }

export function getLang() {
	return lang;
}

export function setLang(l) {
	if (!dicts[l])
		return;
	lang = l;
	try { localStorage.setItem(KEY, l); } catch (e) { /* not remembered */ }
	document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
}

// t('key', {n: 3}) -> the text with {n} filled in.  An unknown key is
// shown as itself, so that a missing entry is visible, never blank.
export function t(key, vars) {
	let s = dicts[lang][key] ?? dicts.zh[key] ?? key;
	if (vars)
		s = s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
	return s;
}

// A code from the server (state, category, role...) in words, else itself.
export function term(group, code) {
	if (code === null || code === undefined || code === '')
		return '';
	const k = `${group}.${code}`;
	const s = dicts[lang][k] ?? dicts.zh[k];
	return s ?? String(code);
}

document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
