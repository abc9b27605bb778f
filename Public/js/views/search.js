// `/?q=…[&entity=…][&from=…&to=…&field=published][&sort=date][&page=…]`: hits with their dates and
// highlighted snippets, a date filter and order, entity and date facets (exact), "did you mean".
import { api } from '../api.js';
import { h, replace, appURL, formatCount } from '../dom.js';
import { loading, pageTitle, pagination, pageOffset, errorBox } from '../ui.js';
import { highlighted } from '../text.js';
import { typeClass, typeInfo } from '../types.js';
import { formatDate, machineDate } from '../dates.js';
import { countPhrase } from '../plural.js';

const PAGE = 10;

export async function renderSearch({ params, signal, root, setTitle }) {
  const q = (params.get('q') ?? '').trim();
  const entity = params.get('entity');
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  const field = params.get('field') === 'published' ? 'published' : null;
  const sort = params.get('sort') === 'date' ? 'date' : null;
  /** The view's parameters (besides the page), with `change` applied. */
  const here = (change = {}) => ({ q, entity, from, to, field, sort, ...change });
  setTitle(q ? `بحث: ${q}` : 'بحث');
  replace(root, loading('جارٍ البحث…'));
  if (!q) {
    replace(root, pageTitle('البحث'), h('p', null, 'اكتب كلمة أو أكثر في مربع البحث أعلاه.'));
    return;
  }
  const offset = pageOffset(params, PAGE);
  let result;
  try {
    result = await api('/api/search', { q, entity, from, to, dateField: field, sort, limit: PAGE, offset }, { signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    replace(root, pageTitle(`البحث عن «${q}»`, { dir: 'auto' }), dateTools(here), errorBox(error, { heading: 'تعذّر البحث', hint: 'جرّب صياغة أخرى للاستعلام أو تاريخاً مثل 2015 أو 2015-07 أو 2015-07-14.' }));
    return;
  }
  const facets = result.facets?.entities ?? [];
  let entityName = facets.find((f) => f.id === entity)?.name;
  if (entity && !entityName) {
    entityName = await api(`/api/entities/${encodeURIComponent(entity)}`, { mentionArticles: 0 }, { signal }).then((e) => e.name, () => entity);
  }

  const heading = pageTitle(h('span', null, 'نتائج البحث عن ', h('bdi', { class: 'query' }, `«${q}»`)));
  const summary = h('p', { class: 'result-count', role: 'status' },
    result.total === 0 ? 'لا نتائج' : countPhrase(result.total, 'article'),
    entity ? h('span', { class: 'active-filter' }, ' · تذكر ', h('bdi', null, entityName), ' ',
      h('a', { href: appURL(here({ entity: null })), class: 'remove-filter', 'aria-label': `إزالة التصفية حسب ${entityName}` }, '✕ إزالة التصفية')) : null,
    from || to ? h('span', { class: 'active-filter date-filter' }, ` · ${field ? 'نُشرت' : 'فيها أحداث'} ${dateSpan(from, to)} `,
      h('a', { href: appURL(here({ from: null, to: null, field: null })), class: 'remove-filter', 'aria-label': 'إزالة التصفية حسب التاريخ' }, '✕ إزالة التصفية')) : null);

  const suggestion = result.suggestion && result.suggestion !== q
    ? h('p', { class: 'suggestion' }, 'هل تقصد: ', h('a', { href: appURL({ q: result.suggestion }), dir: 'auto' }, result.suggestion), '؟')
    : null;

  const hits = result.items.length
    ? h('ol', { class: 'hits', start: offset + 1 }, result.items.map((hit) => h('li', { class: 'hit' },
      h('h2', { class: 'hit-title' }, h('a', { href: appURL({ article: hit.id }), dir: 'auto' }, hit.title || hit.id)),
      hit.published ? h('p', { class: 'hit-date' }, 'نُشر ', h('time', { datetime: machineDate(hit.published) }, formatDate(hit.published))) : null,
      (hit.snippets ?? []).map((s) => h('p', { class: 'snippet', dir: 'auto' }, highlighted(s.text, s.highlights ?? []))))))
    : noResults(q, entity, entityName, result.suggestion, await helpForNoResults(q, signal));

  const dates = result.facets?.dates;
  const hasDates = (dates?.published?.buckets?.length ?? 0) + (dates?.events?.buckets?.length ?? 0) > 0;
  const facetBox = facets.length || hasDates ? h('aside', { class: 'facets', 'aria-labelledby': 'facets-heading' },
    h('h2', { id: 'facets-heading' }, 'تصفية حسب الكيان'),
    h('p', { class: 'facet-note' }, 'الأعداد على كل النتائج.'),
    h('ul', null, facets.map((f) => {
      const active = f.id === entity;
      return h('li', null, h('a', {
        href: appURL(here({ entity: active ? null : f.id })),
        class: ['facet', 'entity-chip', typeClass(f.type), active && 'active'],
        'aria-current': active ? 'true' : null,
        'aria-label': `${f.name} (${typeInfo(f.type).label})، ${f.count} ${active ? '— مفعّل، انقر للإزالة' : ''}`,
      }, h('span', { class: 'type-symbol', 'aria-hidden': 'true' }, typeInfo(f.type).symbol), h('bdi', null, f.name), h('span', { class: 'count' }, formatCount(f.count))));
    })),
    dateFacet('حسب تاريخ النشر', dates?.published?.buckets ?? [], 'published', here, from, to, field),
    dateFacet('حسب تاريخ الأحداث', dates?.events?.buckets ?? [], null, here, from, to, field)) : null;

  replace(root, heading, summary, dateTools(here), suggestion,
    h('div', { class: ['search-grid', !facetBox && 'no-facets'] }, h('div', { class: 'hits-column' }, hits, pagination(result, here())), facetBox));
}

/** "من 2015 إلى 2015-08" in words. */
function dateSpan(from, to) {
  if (from && to && from === to) return `في ${formatDate(from)}`;
  return [from ? `من ${formatDate(from)}` : '', to ? `إلى ${formatDate(to)}` : ''].filter(Boolean).join(' ');
}

/** The date filter (from, to, which date) and the order of the hits: a GET form of the view's URL. */
function dateTools(here) {
  const { q, entity, from, to, field, sort } = here();
  const pattern = '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?';
  const option = (value, label, selected) => h('option', { value, selected: selected || null }, label);
  return h('form', { class: 'search-tools', method: 'get', action: appURL(), role: 'search', 'aria-label': 'تصفية النتائج حسب التاريخ وترتيبها' },
    h('input', { type: 'hidden', name: 'q', value: q }),
    entity ? h('input', { type: 'hidden', name: 'entity', value: entity }) : null,
    h('label', null, 'من ', h('input', { type: 'text', name: 'from', id: 'search-from', value: from ?? '', placeholder: '2015-07', pattern, inputmode: 'numeric', dir: 'ltr', size: 10 })),
    h('label', null, 'إلى ', h('input', { type: 'text', name: 'to', id: 'search-to', value: to ?? '', placeholder: '2015-08-31', pattern, inputmode: 'numeric', dir: 'ltr', size: 10 })),
    h('label', null, 'التاريخ: ', h('select', { name: 'field', id: 'search-field' },
      option('', 'تاريخ الأحداث', !field), option('published', 'تاريخ النشر', field === 'published'))),
    h('label', null, 'الترتيب: ', h('select', { name: 'sort', id: 'search-sort' },
      option('', 'الأكثر صلة', !sort), option('date', 'الأحدث نشراً', sort === 'date'))),
    h('button', { type: 'submit' }, 'تطبيق'));
}

/** Submitting the date tools navigates in the app; empty fields stay out of the URL. */
function submitTools(event) {
  if (!event.target.matches?.('form.search-tools')) return;
  event.preventDefault();
  const values = Object.fromEntries([...new FormData(event.target)].map(([k, v]) => [k, String(v).trim() || null]));
  window.marsadNavigate(appURL(values));
}
document.addEventListener('submit', submitTools);

/** A histogram of the hits by date: each bucket a link that narrows the search to it. */
function dateFacet(title, buckets, field, here, from, to, activeField) {
  if (!buckets.length) return null;
  // Event dates reach far back: the busiest buckets are shown, in date order.
  const shown = buckets.length > 12 ? [...buckets].sort((a, b) => b.count - a.count).slice(0, 12).sort((a, b) => (a.date < b.date ? -1 : 1)) : buckets;
  const most = Math.max(...shown.map((b) => b.count));
  return h('section', { class: 'date-facet' },
    h('h3', null, title),
    h('ul', { class: 'histogram' }, shown.map((b) => {
      const active = from === b.date && to === b.date && (activeField ?? null) === field;
      return h('li', null, h('a', {
        href: appURL(here(active ? { from: null, to: null, field: null } : { from: b.date, to: b.date, field })),
        class: ['date-bucket', active && 'active'], 'aria-current': active ? 'true' : null,
        'aria-label': `${formatDate(b.date)}: ${formatCount(b.count)}${active ? ' — مفعّل، انقر للإزالة' : ''}`,
      }, h('span', { class: 'bucket-label' }, formatDate(b.date)),
      h('span', { class: 'bar-track', 'aria-hidden': 'true' }, h('span', { class: 'date-bar', style: { inlineSize: `${Math.max(4, Math.round((100 * b.count) / most))}%` } })),
      h('span', { class: 'count' }, formatCount(b.count))));
    })));
}

/** Entities whose names match the query, and the most mentioned ones as searches to try. */
async function helpForNoResults(q, signal) {
  const quiet = (p) => p.catch((e) => { if (e.name === 'AbortError') throw e; return { items: [] }; });
  const [named, top] = await Promise.all([
    quiet(api('/api/entities', { q, limit: 5 }, { signal })),
    quiet(api('/api/entities', { limit: 6 }, { signal })), // most mentioned first: a few KB
  ]);
  const popular = top.items.slice(0, 6);
  return { named: named.items, popular };
}

function noResults(q, entity, entityName, suggestion, help = { named: [], popular: [] }) {
  const chip = (e, href) => h('a', { href, class: ['entity-chip', typeClass(e.type)], dir: 'auto' },
    h('span', { class: 'type-symbol', 'aria-hidden': 'true' }, typeInfo(e.type).symbol), e.name);
  return h('div', { class: 'no-results' },
    h('h2', null, 'لم نجد مقالات تطابق بحثك'),
    help.named.length ? h('p', null, 'لكنّ هذا الاسم يطابق: ',
      h('span', { class: 'chips-inline' }, help.named.map((e) => chip(e, appURL({ entity: e.id }))))) : null,
    h('ul', null,
      suggestion ? h('li', null, 'جرّب ', h('a', { href: appURL({ q: suggestion }), dir: 'auto' }, suggestion), ' بدلاً من ذلك.') : null,
      entity ? h('li', null, 'أزل التصفية حسب ', h('bdi', null, entityName), ': ', h('a', { href: appURL({ q }) }, 'ابحث في كل المقالات'), '.') : null,
      h('li', null, 'تأكد من الإملاء، أو استعمل كلمات أقل أو أعمّ.'),
      h('li', null, 'البحث يتجاهل التشكيل والتطويل وصور الهمزة، فلا داعي لكتابتها.'),
      h('li', null, 'يمكنك استعمال ', h('code', { dir: 'ltr' }, 'OR'), ' للبدائل (مثل: ', h('bdi', null, 'بنغازي OR درنة'), ')، وعلامتي التنصيص لعبارة كاملة، و', h('code', { dir: 'ltr' }, '-'), ' لاستبعاد كلمة.'),
      help.popular.length ? h('li', null, 'جرّب البحث عن: ', h('span', { class: 'chips-inline' }, help.popular.map((e) => chip(e, appURL({ q: e.name }))))) : null,
      h('li', null, 'أو تصفّح ', h('a', { href: appURL() }, 'كل المقالات'), ' أو ', h('a', { href: appURL({ view: 'graph' }) }, 'شبكة الكيانات'), '.')));
}
