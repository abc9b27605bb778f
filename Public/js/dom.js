// Tiny DOM builders. Every string from the API goes in as a text node, never as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Appends children (nodes, strings, numbers, arrays; null/false skipped) to `parent`. */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

function applyProps(el, props) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
}

/** An HTML element: h('a', {href: '/', class: 'x'}, 'text', child). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  applyProps(el, props);
  return append(el, ...children);
}

/** An SVG element. */
export function s(tag, props, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  applyProps(el, props);
  return append(el, ...children);
}

/** Removes every child of `el` and appends `children`. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, ...children);
}

/** A link to an in-app URL; the router intercepts clicks on it. */
export function link(href, props, ...children) {
  return h('a', { href, ...props }, ...children);
}

/**
 * Where the app lives: `/`, or `/marsad/` when a proxy mounts it under a prefix (`--base-path`).
 * The page is always served at that folder, so it is the folder of the page's own URL.
 */
export const BASE = new URL('./', location.href).pathname;

/** Builds an in-app URL (`/?…` under BASE) from parameters, dropping empty ones. */
export function appURL(params = {}) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  }
  const query = search.toString();
  return query ? `${BASE}?${query}` : BASE;
}

/** Western digits, grouped the Arabic way (١٬٢٣٤ would clash with the corpus's own digits). */
export function formatCount(n) {
  return COUNT_FORMAT.format(n);
}

// Built once: a NumberFormat per call cost ~1 ms, which hundreds of axis labels felt.
const COUNT_FORMAT = new Intl.NumberFormat('ar-u-nu-latn');
