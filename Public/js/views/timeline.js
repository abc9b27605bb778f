// `/?view=timeline[&entity=…][&article=…]`: an SVG time axis (zoom from decades to days with
// buttons, wheel, pinch, drag and keys) and a list of the same events.
import { api, apiAll } from '../api.js';
import { h, replace, appURL, formatCount } from '../dom.js';
import { loading, pageTitle, errorBox } from '../ui.js';
import { parseDate, formatDate } from '../dates.js';
import { TYPE_ORDER, typeInfo } from '../types.js';
import { eventList } from './events.js';
import { TimeAxis } from './timeAxis.js';

export async function renderTimeline({ params, signal, root, setTitle, onCleanup }) {
  const entityId = params.get('entity');
  const articleId = params.get('article');
  setTitle('الخط الزمني');
  replace(root, loading('جارٍ تحميل الأحداث…'));
  const orNull = (p) => p.catch((e) => { if (e.name === 'AbortError') throw e; return null; });
  let events;
  let entities;
  let entity;
  let article;
  try {
    [events, entities, entity, article] = await Promise.all([
      apiAll('/api/timeline', { entity: entityId, article: articleId }, { signal }),
      orNull(api('/api/entities', { limit: 300 }, { signal })),
      entityId ? orNull(api(`/api/entities/${encodeURIComponent(entityId)}`, {}, { signal })) : null,
      articleId ? orNull(api(`/api/articles/${encodeURIComponent(articleId)}`, {}, { signal })) : null,
    ]);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    replace(root, pageTitle('الخط الزمني'), errorBox(error, { heading: 'تعذّر تحميل الأحداث', hint: 'ربما أُزيل الكيان أو المقال المطلوب.' }));
    return;
  }
  if (entity) setTitle(`الخط الزمني: ${entity.name}`);

  const items = events.map((event, index) => ({ event, index, d: parseDate(event.date, event.precision) }));
  const dated = items.filter((x) => x.d && !x.d.unknownYear);
  const undated = items.filter((x) => !x.d || x.d.unknownYear);

  const heading = pageTitle(entity ? h('span', null, 'الخط الزمني: ', h('bdi', null, entity.name)) : 'الخط الزمني');
  const intro = h('p', { class: 'lead' },
    events.length ? `${formatCount(events.length)} ${events.length === 1 ? 'حدث مؤرّخ' : 'أحداث مؤرّخة'}` : 'لا أحداث',
    article ? [' في المقال ', h('a', { href: appURL({ article: article.id }), dir: 'auto' }, article.title)] : null,
    entityId || articleId ? [' · ', h('a', { href: appURL({ view: 'timeline' }) }, 'كل الأحداث')] : null);

  const filter = filterForm(entities?.items ?? [], entity, entityId);
  const listSection = h('section', { 'aria-labelledby': 'event-list-heading', class: 'timeline-list' },
    h('h2', { id: 'event-list-heading' }, 'قائمة الأحداث'),
    groupByPeriod(dated).map(([label, group]) => h('section', { class: 'event-group' },
      h('h3', { class: 'period' }, label), eventList(group.map((x) => x.event)))),
    undated.length ? [h('h3', null, 'أحداث لم تُعرف سنتها'), eventList(undated.map((x) => x.event))] : null,
    events.length === 0 ? emptyState(entity, entityId, articleId) : null);

  if (dated.length === 0) {
    replace(root, heading, intro, filter, listSection);
    return;
  }
  const axis = new TimeAxis(dated);
  replace(root, heading, intro, filter, axis.element, listSection);
  const range = parseRange(params.get('range'));
  if (range) axis.setRange(range.start, range.end);
  else axis.fit();
  // The visible window goes into the URL (`&range=2012-09-01..2012-10-15`), so a zoomed view can be shared.
  let timer = null;
  axis.onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(location.href);
      if (url.searchParams.get('view') !== 'timeline') return;
      url.searchParams.set('range', `${isoDay(axis.t0)}..${isoDay(axis.t1)}`);
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    }, 400);
  };
  onCleanup(() => { clearTimeout(timer); axis.destroy(); });
}

/** Consecutive events under a heading each: the year, or the decade for decade-precision dates. */
function groupByPeriod(items) {
  const groups = [];
  for (const x of items) {
    const label = x.d.precision === 'decade' || x.d.precision === 'century' ? formatDate(x.event.date, x.event.precision) : String(x.d.year);
    if (groups.length && groups[groups.length - 1][0] === label) groups[groups.length - 1][1].push(x);
    else groups.push([label, [x]]);
  }
  return groups;
}

/** `2012-09-01..2012-10-15` (any precision at each end) → { start, end } in UTC ms, or null. */
function parseRange(text) {
  const [a, b] = String(text ?? '').split('..');
  const from = parseDate(a);
  const to = parseDate(b);
  if (!from || !to || from.unknownYear || to.unknownYear || to.end <= from.start) return null;
  return { start: from.start, end: to.end };
}

function isoDay(t) {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) return String(y);
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function emptyState(entity, entityId, articleId) {
  return h('div', { class: 'no-results' },
    h('p', null, entity ? ['لم نجد أحداثاً مؤرّخة تذكر ', h('bdi', null, entity.name), '.']
      : articleId ? 'لم نجد أحداثاً مؤرّخة في هذا المقال.' : 'لم تُستخرج أحداث مؤرّخة من المقالات بعد.'),
    entityId || articleId ? h('p', null, h('a', { href: appURL({ view: 'timeline' }) }, 'اعرض كل الأحداث'), ' أو ', h('a', { href: appURL() }, 'تصفّح المقالات'), '.') : h('p', null, h('a', { href: appURL() }, 'تصفّح المقالات'), '.'));
}

/** A GET form choosing the entity to filter by (works without scripts too). */
function filterForm(entities, entity, entityId) {
  const sorted = [...entities].sort((a, b) => (b.mentionCount ?? 0) - (a.mentionCount ?? 0));
  if (entity && !sorted.some((e) => e.id === entity.id)) sorted.unshift(entity);
  const groups = [...TYPE_ORDER, ...new Set(sorted.map((e) => e.type).filter((t) => !TYPE_ORDER.includes(t)))];
  const select = h('select', { id: 'timeline-entity', name: 'entity' },
    h('option', { value: '' }, 'كل الكيانات'),
    groups.map((t) => {
      const members = sorted.filter((e) => e.type === t);
      return members.length ? h('optgroup', { label: typeInfo(t).plural }, members.map((e) => h('option', { value: e.id, selected: e.id === entityId }, e.name))) : null;
    }));
  const form = h('form', { class: 'filter-form', action: appURL(), method: 'get' },
    h('input', { type: 'hidden', name: 'view', value: 'timeline' }),
    h('label', { for: 'timeline-entity' }, 'تصفية حسب الكيان'),
    select,
    h('button', { type: 'submit' }, 'عرض'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.marsadNavigate(appURL({ view: 'timeline', entity: select.value }));
  });
  return form;
}
