// `/?article={id}`: the article with its entities marked inline (colour + symbol + legend),
// a sidebar of its entities, and its dated events.
import { api } from '../api.js';
import { h, replace, appURL, formatCount } from '../dom.js';
import { loading, pageTitle, errorBox } from '../ui.js';
import { codePoints, markRanges } from '../text.js';
import { TYPE_ORDER, typeClass, typeInfo, typeLegend, typeBadge } from '../types.js';
import { eventList } from './events.js';
import { formatDate } from '../dates.js';

export async function renderArticle({ params, signal, root, setTitle }) {
  const id = params.get('article');
  setTitle('مقال');
  replace(root, loading('جارٍ تحميل المقال…'));
  let article;
  try {
    article = await api(`/api/articles/${encodeURIComponent(id)}`, {}, { signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    setTitle('مقال غير موجود');
    replace(root, pageTitle('تعذّر عرض المقال'), errorBox(error, {
      heading: error.status === 404 ? 'المقال غير موجود' : 'حدث خطأ',
      hint: 'ربما تغيّر رابط المقال. جرّب البحث عنه بكلمات من عنوانه.',
    }));
    return;
  }
  setTitle(article.title || article.id);

  const entities = article.entities ?? [];
  const byStart = [];
  for (const entity of entities) {
    for (const m of entity.mentions ?? []) byStart.push({ range: [m.start, m.end], entity });
  }
  const lookup = new Map(byStart.map((x) => [`${x.range[0]}:${x.range[1]}`, x.entity]));
  const chars = codePoints(article.text ?? '');
  const spans = paragraphSpans(article, chars);
  const body = h('div', { class: 'article-body' }, spans.map(([start, end]) => {
    const inside = byStart.filter((x) => x.range[0] >= start && x.range[1] <= end).map((x) => x.range);
    const pieces = markRanges(chars.slice(start, end), inside.map(([a, b]) => [a - start, b - start]), (segment, [a, b]) => {
      const entity = lookup.get(`${a + start}:${b + start}`);
      const info = typeInfo(entity.type);
      return h('a', {
        href: appURL({ entity: entity.id }),
        class: ['entity', typeClass(entity.type)],
        id: `m-${a + start}`,
        title: `${entity.name} — ${info.label}`,
      }, segment);
    });
    return h('p', { dir: 'auto' }, pieces);
  }));

  const types = [...new Set(entities.map((e) => e.type))].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
  const meta = [
    article.source ? h('span', null, 'المصدر: ', h('bdi', null, article.source)) : null,
    article.published ? h('span', null, 'النشر: ', formatDate(article.published, article.publishedPrecision), article.publishedEstimated ? ' (تقديري)' : '') : null,
    article.url && /^https?:/i.test(article.url) ? h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'المقال الأصلي ↗') : null,
  ].filter(Boolean);

  const sorted = [...entities].sort((a, b) => (b.mentions?.length ?? 0) - (a.mentions?.length ?? 0));
  const aside = h('aside', { class: 'article-aside' },
    h('section', { 'aria-labelledby': 'article-entities' },
      h('h2', { id: 'article-entities' }, 'الكيانات في المقال'),
      entities.length === 0 ? h('p', { class: 'empty' }, 'لم تُستخرج كيانات من هذا المقال.')
        : TYPE_ORDER.concat(types.filter((t) => !TYPE_ORDER.includes(t))).filter((t) => types.includes(t)).map((t) => h('div', { class: 'entity-group' },
          h('h3', null, typeBadge(t)),
          h('ul', { class: 'entity-list' }, sorted.filter((e) => e.type === t).map((e) => h('li', null,
            h('a', { href: appURL({ entity: e.id }), class: ['entity-chip', typeClass(e.type)], dir: 'auto' }, e.name),
            h('span', { class: 'count', title: 'مرات الذكر في المقال' }, formatCount(e.mentions?.length ?? 0)))))))),
    h('section', { 'aria-labelledby': 'article-events' },
      h('h2', { id: 'article-events' }, 'الأحداث المؤرّخة'),
      (article.events ?? []).length === 0 ? h('p', { class: 'empty' }, 'لا أحداث مؤرّخة في هذا المقال.')
        : [eventList(article.events, { showArticle: false }),
          h('p', null, h('a', { href: appURL({ view: 'timeline', article: article.id }) }, 'عرض أحداث المقال على الخط الزمني'))]));

  replace(root, h('div', { class: 'reader-layout' },
    h('article', { class: 'reader' },
      h('header', null, pageTitle(article.title || article.id, { dir: 'auto' }), meta.length ? h('p', { class: 'meta' }, meta.map((m, i) => [i ? ' · ' : '', m])) : null),
      types.length ? typeLegend(types, 'الكيانات مميَّزة في النص:') : null,
      body),
    aside));
}

/** Paragraph [start, end) code-point ranges into the article text (falls back to the `paragraphs` strings). */
function paragraphSpans(article, chars) {
  const offsets = article.paragraphOffsets;
  if (Array.isArray(offsets) && offsets.length && offsets.every(([a, b]) => a <= b && b <= chars.length)) return offsets;
  // Without offsets, find each paragraph string in the text in order.
  const text = chars.join('');
  const spans = [];
  let from = 0;
  for (const p of article.paragraphs ?? []) {
    const at = text.indexOf(p, from);
    if (at < 0) continue;
    const start = codePoints(text.slice(0, at)).length;
    spans.push([start, start + codePoints(p).length]);
    from = at + p.length;
  }
  return spans.length ? spans : [[0, chars.length]];
}
