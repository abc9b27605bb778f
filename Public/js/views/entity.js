// `/?entity={id}`: type, aliases, roles, mentions in context, related entities, events.
import { api } from '../api.js';
import { h, replace, appURL, formatCount } from '../dom.js';
import { loading, pageTitle, errorBox } from '../ui.js';
import { typeBadge, typeClass, typeInfo } from '../types.js';
import { eventList } from './events.js';
import { correctionsPanel, removedEntityNotice, entityExports } from './corrections.js';
import { countPhrase } from '../plural.js';

/** How many articles' mentions are shown in context (the contexts come with the entity). */
const CONTEXT_ARTICLES = 12;
const CONTEXT_PER_ARTICLE = 5;
/** Events shown at first; «المزيد» fetches the next ones (the whole list is on the timeline). */
const EVENTS_PAGE = 20;
/** Words of context either side of a mention, cut by the server (no article text is fetched). */
const CONTEXT_WORDS = 7;

export async function renderEntity({ params, signal, root, setTitle }) {
  const id = params.get('entity');
  setTitle('كيان');
  replace(root, loading('جارٍ تحميل الكيان…'));
  // The events need only the id: asked for beside the entity, not after it.
  const timelineRequest = api('/api/timeline', { entity: id, limit: EVENTS_PAGE }, { signal }).catch((e) => {
    if (e.name === 'AbortError') throw e;
    return { items: [], total: 0, failed: e };
  });
  let entity;
  try {
    entity = await api(`/api/entities/${encodeURIComponent(id)}`, { mentionArticles: CONTEXT_ARTICLES, context: CONTEXT_WORDS }, { signal });
  } catch (error) {
    timelineRequest.catch(() => {});
    if (error.name === 'AbortError') throw error;
    const notice = error.status === 404 ? await removedEntityNotice(id, { signal }) : null;
    if (notice) {
      replace(root, notice);
      return;
    }
    setTitle('كيان غير موجود');
    replace(root, pageTitle('تعذّر عرض الكيان'), errorBox(error, { heading: error.status === 404 ? 'الكيان غير موجود' : 'حدث خطأ', hint: 'جرّب البحث عن الاسم في مربع البحث.' }));
    return;
  }
  setTitle(entity.name);

  const mentions = entity.mentions ?? [];
  const articleIds = [...new Set(mentions.map((m) => m.articleId))];
  const titles = new Map((entity.articles ?? []).map((a) => [a.id, a.title]));
  const timeline = await timelineRequest;

  const header = h('header', { class: 'entity-header' },
    h('p', { class: 'kicker' }, typeBadge(entity.type)),
    pageTitle(entity.name, { dir: 'auto' }),
    h('dl', { class: 'facts' },
      fact('الأسماء الأخرى', entity.aliases?.length ? h('ul', { class: 'inline-list' }, entity.aliases.map((a) => h('li', { dir: 'auto' }, a))) : 'لا توجد'),
      entity.roles?.length ? fact('الصفات والأدوار', h('ul', { class: 'inline-list' }, entity.roles.map((r) => h('li', { dir: 'auto' }, r)))) : null,
      fact('مرات الذكر', formatCount(entity.mentionCount ?? mentions.length)),
      fact('عدد المقالات', formatCount(entity.articleCount ?? articleIds.length))),
    // A given name alone in its article: one person of that article, never merged with namesakes.
    entity.local ? h('p', { class: 'local-note' }, 'اسم أول ورد وحده في مقال واحد، فهو شخص من ذلك المقال لا يُدمج مع من يحملون الاسم نفسه في مقالات أخرى.') : null,
    h('p', { class: 'actions' },
      h('a', { href: appURL({ q: entity.name }), class: 'button-link' }, 'ابحث عن «', h('bdi', null, entity.name), '»'),
      h('a', { href: appURL({ view: 'timeline', entity: entity.id }), class: 'button-link' }, 'على الخط الزمني'),
      h('a', { href: appURL({ view: 'graph', focus: entity.id }), class: 'button-link' }, 'في شبكة الكيانات')));

  const contexts = h('section', { 'aria-labelledby': 'mentions-heading', class: 'mentions' },
    h('h2', { id: 'mentions-heading' }, 'الإشارات في سياقها'),
    mentions.length === 0 ? h('p', { class: 'empty' }, 'لا إشارات مسجّلة.') : articleIds.slice(0, CONTEXT_ARTICLES).map((aid) => {
      const mine = mentions.filter((m) => m.articleId === aid).sort((a, b) => a.start - b.start);
      const title = titles.get(aid) || aid;
      return h('div', { class: 'mention-group' },
        h('h3', null, h('a', { href: appURL({ article: aid }), dir: 'auto' }, title), ' ', h('span', { class: 'count' }, countPhrase(mine.length, 'mention'))),
        h('ul', { class: 'kwic' }, mine.slice(0, CONTEXT_PER_ARTICLE).map((m) => {
          return h('li', { dir: 'auto' },
            m.before ?? '', h('a', { href: `${appURL({ article: aid })}#m-${m.start}`, class: ['entity', typeClass(entity.type)], title: 'اقرأ في المقال' }, m.text), m.after ?? '');
        })),
        mine.length > CONTEXT_PER_ARTICLE ? h('p', { class: 'more' }, `و${countPhrase(mine.length - CONTEXT_PER_ARTICLE, 'otherMention')} في `, h('a', { href: appURL({ article: aid }) }, 'المقال'), '.') : null);
    }),
    (entity.articleCount ?? articleIds.length) > CONTEXT_ARTICLES ? h('p', { class: 'more' }, `يُذكر أيضاً في ${countPhrase((entity.articleCount ?? articleIds.length) - CONTEXT_ARTICLES, 'otherArticle')}. `, h('a', { href: appURL({ q: entity.name }) }, 'ابحث عنها')) : null);

  const related = entity.related ?? [];
  const max = Math.max(1, ...related.map((r) => r.count ?? 0));
  const relatedBox = h('section', { 'aria-labelledby': 'related-heading', class: 'related' },
    h('h2', { id: 'related-heading' }, 'كيانات مرتبطة'),
    related.length === 0 ? h('p', { class: 'empty' }, 'لا كيانات تُذكر معه.') : h('ul', { class: 'related-list' }, related.map((r) => h('li', null,
      h('a', { href: appURL({ entity: r.id }), class: ['entity-chip', typeClass(r.type)], dir: 'auto', title: typeInfo(r.type).label },
        h('span', { class: 'type-symbol', 'aria-hidden': 'true' }, typeInfo(r.type).symbol), r.name),
      h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { style: { inlineSize: `${Math.round((r.count / max) * 100)}%` } })),
      h('span', { class: 'count', title: 'مرات الظهور معاً' }, formatCount(r.count))))));

  const eventsBox = h('section', { 'aria-labelledby': 'events-heading', class: 'entity-events' },
    h('h2', { id: 'events-heading' }, 'الأحداث'),
    timeline.failed ? errorBox(timeline.failed, { heading: 'تعذّر تحميل الأحداث' })
      : timeline.items.length === 0 ? h('p', { class: 'empty' }, 'لا أحداث مؤرّخة تذكر هذا الكيان.')
      : eventsWithMore(entity, timeline, signal));

  replace(root, header, h('div', { class: 'entity-tools' }, correctionsPanel(entity), entityExports(entity)), h('div', { class: 'entity-grid' }, h('div', null, contexts, eventsBox), relatedBox));
}

/**
 * Below the first events: «المزيد» appends the next page in place, and a link opens them all
 * on the timeline.
 */
function eventsWithMore(entity, timeline, signal) {
  const list = eventList(timeline.items);
  if (timeline.total <= timeline.items.length) return list;
  let shown = timeline.items.length;
  const all = h('a', { href: appURL({ view: 'timeline', entity: entity.id }) }, `كل الأحداث (${formatCount(timeline.total)})`);
  const button = h('button', { type: 'button', class: 'more-events' }, 'المزيد من الأحداث');
  const box = h('p', { class: 'more' }, button, ' ', all);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const page = await api('/api/timeline', { entity: entity.id, limit: EVENTS_PAGE, offset: shown }, { signal });
      shown += page.items.length;
      list.append(...eventList(page.items).children);
      if (shown >= page.total || page.items.length === 0) button.remove();
    } catch (error) {
      if (error.name === 'AbortError') return;
      box.before(errorBox(error, { heading: 'تعذّر تحميل الأحداث' }));
    }
    button.disabled = false;
  });
  return [list, box];
}

function fact(term, value) {
  return h('div', null, h('dt', null, term), h('dd', null, value));
}
