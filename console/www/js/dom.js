// dom.js - building the page.  Every value from the server goes in with
// textContent (el()'s string children, text()), never as markup.

export function el(tag, attrs, ...children) {
	const e = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs || {})) {
		if (v === undefined || v === null || v === false)
			continue;
		if (k === 'class')
			e.className = v;
		else if (k === 'dataset')
			Object.assign(e.dataset, v);
		else if (k.startsWith('on') && typeof v === 'function')
			e.addEventListener(k.slice(2), v);
		else if (k === 'value')
			e.value = v;
		else if (k === 'checked' || k === 'disabled' || k === 'selected' || k === 'required')
			e[k] = Boolean(v);
		else
			e.setAttribute(k, v === true ? '' : String(v));
	}
	append(e, children);
	return e;
}

function append(e, children) {
	for (const c of children.flat(Infinity)) {
		if (c === null || c === undefined || c === false)
			continue;
		e.append(c instanceof Node ? c : document.createTextNode(String(c)));
	}
}

export function clear(e) {
	while (e.firstChild)
		e.removeChild(e.firstChild);
	return e;
}

export function fill(e, ...children) {
	clear(e);
	append(e, children);
	return e;
}

export function $(sel, root = document) {
	return root.querySelector(sel);
}

export function $$(sel, root = document) {
	return Array.from(root.querySelectorAll(sel));
}
