// Shared pieces of every view: loading and error states, headings, pagination.
import { h, appURL, formatCount } from './dom.js';

/** A loading indicator (announced by the live region around the view). */
export function loading(what = 'جارٍ التحميل…') {
  return h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), what);
}

/** An error box for an ApiError (shows its problem+json title and detail). */
export function errorBox(error, { heading = 'حدث خطأ', hint } = {}) {
  const status = error?.status ? ` (${error.status})` : '';
  return h('div', { class: 'error-box', role: 'alert' },
    h('h2', null, heading),
    h('p', { class: 'error-title' }, `${error?.title || 'خطأ غير متوقّع'}${status}`),
    error?.detail ? h('p', { class: 'error-detail', dir: 'auto' }, error.detail) : null,
    hint ? h('p', null, hint) : null,
    h('p', null, h('a', { href: appURL() }, 'العودة إلى الصفحة الرئيسية')));
}

/** The view's main heading; focusable so navigation can move focus to it. */
export function pageTitle(text, props = {}) {
  return h('h1', { tabindex: '-1', class: 'page-title', ...props }, text);
}

/**
 * Previous / numbered / next page links for a `{total, limit, offset}` list.
 * `params` are the view's URL parameters; the page goes in `page` (1-based).
 */
export function pagination({ total, limit, offset }, params, label = 'صفحات النتائج') {
  const pages = Math.ceil(total / limit);
  if (pages <= 1) return null;
  const current = Math.floor(offset / limit) + 1;
  const url = (p) => appURL({ ...params, page: p > 1 ? p : null });
  const numbers = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - current) <= 2) numbers.push(p);
    else if (numbers[numbers.length - 1] !== '…') numbers.push('…');
  }
  return h('nav', { class: 'pagination', 'aria-label': label },
    h('ul', null,
      h('li', null, current > 1 ? h('a', { href: url(current - 1), rel: 'prev' }, '→ السابق') : h('span', { class: 'disabled', 'aria-disabled': 'true' }, '→ السابق')),
      numbers.map((p) => h('li', null, p === '…' ? h('span', { class: 'gap' }, '…')
        : p === current ? h('a', { href: url(p), 'aria-current': 'page' }, formatCount(p))
        : h('a', { href: url(p), 'aria-label': `الصفحة ${p}` }, formatCount(p)))),
      h('li', null, current < pages ? h('a', { href: url(current + 1), rel: 'next' }, 'التالي ←') : h('span', { class: 'disabled', 'aria-disabled': 'true' }, 'التالي ←'))));
}

/** The 0-based offset for a 1-based `page` URL parameter. */
export function pageOffset(params, limit) {
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  return (page - 1) * limit;
}
