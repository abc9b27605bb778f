// `/?q=…[&entity=…][&page=…]`: hits with highlighted snippets, entity facets, "did you mean".
import { api } from '../api.js';
import { h, replace, appURL, formatCount } from '../dom.js';
import { loading, pageTitle, pagination, pageOffset, errorBox } from '../ui.js';
import { highlighted } from '../text.js';
import { typeClass, typeInfo } from '../types.js';
import { countPhrase } from '../plural.js';

const PAGE = 10;

export async function renderSearch({ params, signal, root, setTitle }) {
  const q = (params.get('q') ?? '').trim();
  const entity = params.get('entity');
  setTitle(q ? `بحث: ${q}` : 'بحث');
  replace(root, loading('جارٍ البحث…'));
  if (!q) {
    replace(root, pageTitle('البحث'), h('p', null, 'اكتب كلمة أو أكثر في مربع البحث أعلاه.'));
    return;
  }
  const offset = pageOffset(params, PAGE);
  let result;
  try {
    result = await api('/api/search', { q, entity, limit: PAGE, offset }, { signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    replace(root, pageTitle(`البحث عن «${q}»`, { dir: 'auto' }), errorBox(error, { heading: 'تعذّر البحث', hint: 'جرّب صياغة أخرى للاستعلام.' }));
    return;
  }
  const facets = result.facets?.entities ?? [];
  let entityName = facets.find((f) => f.id === entity)?.name;
  if (entity && !entityName) {
    entityName = await api(`/api/entities/${encodeURIComponent(entity)}`, {}, { signal }).then((e) => e.name, () => entity);
  }

  const heading = pageTitle(h('span', null, 'نتائج البحث عن ', h('bdi', { class: 'query' }, `«${q}»`)));
  const summary = h('p', { class: 'result-count', role: 'status' },
    result.total === 0 ? 'لا نتائج' : countPhrase(result.total, 'article'),
    entity ? h('span', { class: 'active-filter' }, ' · تذكر ', h('bdi', null, entityName), ' ',
      h('a', { href: appURL({ q }), class: 'remove-filter', 'aria-label': `إزالة التصفية حسب ${entityName}` }, '✕ إزالة التصفية')) : null);

  const suggestion = result.suggestion && result.suggestion !== q
    ? h('p', { class: 'suggestion' }, 'هل تقصد: ', h('a', { href: appURL({ q: result.suggestion }), dir: 'auto' }, result.suggestion), '؟')
    : null;

  const hits = result.items.length
    ? h('ol', { class: 'hits', start: offset + 1 }, result.items.map((hit) => h('li', { class: 'hit' },
      h('h2', { class: 'hit-title' }, h('a', { href: appURL({ article: hit.id }), dir: 'auto' }, hit.title || hit.id)),
      (hit.snippets ?? []).map((s) => h('p', { class: 'snippet', dir: 'auto' }, highlighted(s.text, s.highlights ?? []))))))
    : noResults(q, entity, entityName, result.suggestion, await helpForNoResults(q, signal));

  const facetBox = facets.length ? h('aside', { class: 'facets', 'aria-labelledby': 'facets-heading' },
    h('h2', { id: 'facets-heading' }, 'تصفية حسب الكيان'),
    h('ul', null, facets.map((f) => {
      const active = f.id === entity;
      return h('li', null, h('a', {
        href: appURL(active ? { q } : { q, entity: f.id }),
        class: ['facet', 'entity-chip', typeClass(f.type), active && 'active'],
        'aria-current': active ? 'true' : null,
        'aria-label': `${f.name} (${typeInfo(f.type).label})، ${f.count} ${active ? '— مفعّل، انقر للإزالة' : ''}`,
      }, h('span', { class: 'type-symbol', 'aria-hidden': 'true' }, typeInfo(f.type).symbol), h('bdi', null, f.name), h('span', { class: 'count' }, formatCount(f.count))));
    }))) : null;

  replace(root, heading, summary, suggestion,
    h('div', { class: ['search-grid', !facetBox && 'no-facets'] }, h('div', { class: 'hits-column' }, hits, pagination(result, { q, entity })), facetBox));
}

/** Entities whose names match the query, and the most mentioned ones as searches to try. */
async function helpForNoResults(q, signal) {
  const quiet = (p) => p.catch((e) => { if (e.name === 'AbortError') throw e; return { items: [] }; });
  const [named, top] = await Promise.all([
    quiet(api('/api/entities', { q, limit: 5 }, { signal })),
    quiet(api('/api/entities', { limit: 100 }, { signal })),
  ]);
  const popular = [...top.items].sort((a, b) => (b.mentionCount ?? 0) - (a.mentionCount ?? 0)).slice(0, 6);
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
