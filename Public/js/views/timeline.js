// `/?view=timeline[&entity=…][&article=…][&range=2015-07-01..2015-08-31]`: an SVG time axis drawn
// from the server's counts (zoom from decades to days with buttons, wheel, pinch, drag and keys)
// and, below it, a page of the events in the range the axis shows — never all of them.
import { api } from '../api.js';
import { h, replace, appURL, formatCount } from '../dom.js';
import { loading, pageTitle, errorBox } from '../ui.js';
import { parseDate, formatDate } from '../dates.js';
import { countPhrase } from '../plural.js';
import { TYPE_ORDER, typeInfo } from '../types.js';
import { eventList } from './events.js';
import { TimeAxis, isoDay } from './timeAxis.js';

/** Events listed a page at a time. */
const PAGE = 50;
const DAY = 864e5;

export async function renderTimeline({ params, signal, root, setTitle, onCleanup }) {
  const entityId = params.get('entity');
  const articleId = params.get('article');
  const filters = { entity: entityId, article: articleId };
  setTitle('الخط الزمني');
  replace(root, loading('جارٍ تحميل الأحداث…'));
  const orNull = (p) => p.catch((e) => { if (e.name === 'AbortError') throw e; return null; });
  let overview;
  let entity;
  let article;
  try {
    [overview, entity, article] = await Promise.all([
      api('/api/timeline/counts', { ...filters, level: 'month' }, { signal }),
      // The names come with an event (a few KB), not from the entity's or article's whole record,
      // which on a large corpus can be megabytes; the record only when there is no event.
      entityId ? orNull(firstEvent({ entity: entityId }, signal).then((e) => e?.entities?.find((x) => x.id === entityId)
        ?? api(`/api/entities/${encodeURIComponent(entityId)}`, { mentionArticles: 0 }, { signal }))) : null,
      articleId ? orNull(firstEvent({ article: articleId }, signal).then((e) => (e ? { id: articleId, title: e.articleTitle }
        : api(`/api/articles/${encodeURIComponent(articleId)}`, {}, { signal })))) : null,
    ]);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    replace(root, pageTitle('الخط الزمني'), errorBox(error, { heading: 'تعذّر تحميل الأحداث', hint: 'ربما أُزيل الكيان أو المقال المطلوب.' }));
    return;
  }
  if (entity) setTitle(`الخط الزمني: ${entity.name}`);
  const all = overview.total + overview.undated;

  const heading = pageTitle(entity ? h('span', null, 'الخط الزمني: ', h('bdi', null, entity.name)) : 'الخط الزمني');
  const intro = h('p', { class: 'lead' },
    all ? countPhrase(all, 'datedEvent') : 'لا أحداث',
    article ? [' في المقال ', h('a', { href: appURL({ article: article.id }), dir: 'auto' }, article.title)] : null,
    entityId || articleId ? [' · ', h('a', { href: appURL({ view: 'timeline' }) }, 'كل الأحداث')] : null);
  const filter = filterForm(entity, entityId, signal);

  if (all === 0) {
    replace(root, heading, intro, filter, emptyState(entity, entityId, articleId));
    return;
  }
  const undated = overview.undated ? new EventPages({
    params: { ...filters, undated: 'true' },
    heading: 'أحداث لم تُعرف سنتها',
    id: 'undated-heading',
    describe: (total) => `${countPhrase(total, 'event')} ذُكر فيها اليوم أو الشهر دون السنة، فلا مكان لها على المحور.`,
  }) : null;
  if (!overview.first) {
    // Every event lacks its year: no axis, only the list of them.
    replace(root, heading, intro, filter, undated.element);
    await undated.show(signal);
    return;
  }

  const source = {
    counts: (extra, s) => api('/api/timeline/counts', { ...filters, ...extra }, { signal: s }),
    events: (extra, s) => api('/api/timeline', { ...filters, ...extra }, { signal: s }),
  };
  const axis = new TimeAxis({ overview, source });
  // The list holds the events dated within the range; those with a coarser date that only
  // overlaps it (a year, a decade) are drawn as spans on the axis, and counted apart.
  const list = new EventPages({
    params: { ...filters, within: 'true' },
    overlapping: filters,
    heading: 'الأحداث في المدى المعروض',
    id: 'event-list-heading',
    describe: (total, from, to) => `${countPhrase(total, 'event')} بين ${formatDate(from)} و${formatDate(to)}`,
    narrow: true,
  });
  replace(root, heading, intro, filter, axis.element, undated ? undatedNote(overview.undated) : null, list.element, undated?.element);

  const range = parseRange(params.get('range'));
  if (range) axis.setRange(range.start, range.end, { exact: true });
  else if (overview.focus) showFocus(axis, overview.focus);
  else axis.fit();
  const visible = () => {
    const from = isoDay(Math.max(axis.t0, axis.min));
    const to = isoDay(Math.max(Math.min(axis.t1, axis.max) - 1, axis.min));
    return { from, to };
  };
  await Promise.all([list.show(signal, visible()), undated?.show(signal)]);

  // The visible window goes into the URL (`&range=2012-09-01..2012-10-15`, both days included),
  // so a zoomed view can be shared; the list follows it.
  let timer = null;
  axis.onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(location.href);
      if (url.searchParams.get('view') !== 'timeline') return;
      url.searchParams.set('range', `${isoDay(axis.t0)}..${isoDay(axis.t1 - 1)}`);
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
      list.show(null, visible());
    }, 300);
  };
  onCleanup(() => { clearTimeout(timer); axis.destroy(); list.destroy(); undated?.destroy(); });
}

/** The first event of the filter, or null. */
function firstEvent(params, signal) {
  return api('/api/timeline', { ...params, limit: 1 }, { signal }).then((page) => page.items[0] ?? null);
}

/** Shows the focus the server found (the stretch holding most events), a little wider. */
function showFocus(axis, focus) {
  const start = parseDate(focus.from).start;
  const end = parseDate(focus.to).end;
  const pad = Math.max((end - start) * 0.04, DAY);
  axis.setRange(start - pad, end + pad, { exact: true });
}

function undatedNote(n) {
  return h('p', { class: 'undated-note' }, `و${countPhrase(n, 'event')} بلا سنة معروفة، خارج المحور: `,
    h('a', { href: '#undated-heading' }, 'انظرها أسفل الصفحة'), '.');
}

/**
 * A page of events from `/api/timeline` with `params` (and a date range), with its count
 * ("الأحداث 1–50 من …") and previous/next buttons: never more than PAGE events in the page.
 */
class EventPages {
  constructor({ params, overlapping = null, heading, id, describe, narrow = false }) {
    this.params = params;
    this.overlapping = overlapping;
    this.describe = describe;
    this.narrow = narrow;
    this.offset = 0;
    this.status = h('p', { class: 'list-status', 'aria-live': 'polite' });
    this.pager = h('div', { class: 'list-pager' });
    this.body = h('div', { class: 'list-body' });
    this.element = h('section', { class: 'timeline-list', 'aria-labelledby': id },
      h('h2', { id, tabindex: '-1' }, heading), this.status, this.body, this.pager);
  }

  destroy() { this.controller?.abort(); }

  /** Loads the first page (of `range` when given, else of the range last shown). */
  async show(signal, range = this.range, offset = 0) {
    this.range = range;
    this.offset = offset;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    signal?.addEventListener('abort', () => controller.abort());
    this.element.setAttribute('aria-busy', 'true');
    let page;
    let wider = null;
    try {
      [page, wider] = await Promise.all([
        api('/api/timeline', { ...this.params, ...(range ?? {}), limit: PAGE, offset }, { signal: controller.signal }),
        this.overlapping && range ? api('/api/timeline', { ...this.overlapping, ...range, limit: 1 }, { signal: controller.signal }) : null,
      ]);
    } catch (error) {
      if (error.name === 'AbortError') return;
      replace(this.body, errorBox(error, { heading: 'تعذّر تحميل الأحداث' }));
      return;
    } finally {
      if (this.controller === controller) this.element.setAttribute('aria-busy', 'false');
    }
    this.render(page, wider ? wider.total - page.total : 0);
  }

  render(page, coarser = 0) {
    const { total, items } = page;
    const first = this.offset + 1;
    const last = this.offset + items.length;
    const described = this.describe(total, this.range?.from, this.range?.to);
    replace(this.status, total === 0 ? (this.range ? 'لا أحداث في المدى المعروض.' : 'لا أحداث.')
      : total <= items.length ? `${described}.`
        : [`${described}؛ المعروض ${formatCount(first)}–${formatCount(last)}.`,
          this.narrow ? h('span', { class: 'hint' }, ' قرّب المحور أو اضغط على عمود لتضييق المدى.') : null],
      coarser > 0 ? h('span', { class: 'coarser' }, ` ويشمل المدى ${countPhrase(coarser, 'event')} بتاريخ أعمّ منه (سنة أو عقد)، مرسومة مدداً فوق المحور.`) : null);
    replace(this.body, groupByPeriod(items).map(([label, group]) => h('section', { class: 'event-group' },
      h('h3', { class: 'period' }, label), eventList(group))));
    const button = (label, offset, rel) => h('button', { type: 'button', class: 'pager-button', 'data-rel': rel, onclick: () => this.show(null, this.range, offset) }, label);
    replace(this.pager, total > PAGE ? [
      this.offset > 0 ? button('→ السابق', Math.max(0, this.offset - PAGE), 'prev') : null,
      last < total ? button(`التالي (${formatCount(Math.min(PAGE, total - last))}) ←`, last, 'next') : null,
    ] : null);
  }
}

/** Consecutive events under a heading each: the year, or the decade for decade-precision dates. */
function groupByPeriod(events) {
  const groups = [];
  for (const event of events) {
    const d = parseDate(event.date, event.precision);
    const label = !d || d.unknownYear ? 'سنة غير معروفة'
      : d.precision === 'decade' || d.precision === 'century' ? formatDate(event.date, event.precision) : String(d.year);
    if (groups.length && groups[groups.length - 1][0] === label) groups[groups.length - 1][1].push(event);
    else groups.push([label, [event]]);
  }
  return groups;
}

/** `2012-09-01..2012-10-15` (any precision at each end, both included) → { start, end } in UTC ms, or null. */
function parseRange(text) {
  const [a, b] = String(text ?? '').split('..');
  const from = parseDate(a);
  const to = parseDate(b);
  if (!from || !to || from.unknownYear || to.unknownYear || to.end <= from.start) return null;
  return { start: from.start, end: to.end };
}

function emptyState(entity, entityId, articleId) {
  return h('div', { class: 'no-results' },
    h('p', null, entity ? ['لم نجد أحداثاً مؤرّخة تذكر ', h('bdi', null, entity.name), '.']
      : articleId ? 'لم نجد أحداثاً مؤرّخة في هذا المقال.' : 'لم تُستخرج أحداث مؤرّخة من المقالات بعد.'),
    entityId || articleId ? h('p', null, h('a', { href: appURL({ view: 'timeline' }) }, 'اعرض كل الأحداث'), ' أو ', h('a', { href: appURL() }, 'تصفّح المقالات'), '.') : h('p', null, h('a', { href: appURL() }, 'تصفّح المقالات'), '.'));
}

/**
 * A GET form choosing the entity to filter by (works without scripts too). Its choices — the most
 * mentioned entities — are fetched when the reader first points at or focuses the list.
 */
function filterForm(entity, entityId, signal) {
  const select = h('select', { id: 'timeline-entity', name: 'entity' });
  const fill = (entities) => {
    const sorted = [...entities].sort((a, b) => (b.mentionCount ?? 0) - (a.mentionCount ?? 0));
    if (entity && !sorted.some((e) => e.id === entity.id)) sorted.unshift(entity);
    const groups = [...TYPE_ORDER, ...new Set(sorted.map((e) => e.type).filter((t) => !TYPE_ORDER.includes(t)))];
    replace(select, h('option', { value: '' }, 'كل الكيانات'),
      groups.map((t) => {
        const members = sorted.filter((e) => e.type === t);
        return members.length ? h('optgroup', { label: typeInfo(t).plural }, members.map((e) => h('option', { value: e.id, selected: e.id === entityId }, e.name))) : null;
      }));
  };
  fill([]);
  // Fetched when the reader reaches for the list, so the view never carries it.
  let asked = false;
  const load = () => {
    if (asked) return;
    asked = true;
    api('/api/entities', { limit: 50 }, { signal }).then((list) => fill(list.items ?? []), () => { asked = false; });
  };
  for (const type of ['focus', 'pointerdown', 'mouseenter']) select.addEventListener(type, load);
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
