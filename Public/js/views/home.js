// `/`: a welcome, the article list (paged) and the most mentioned entities of each type.
import { api } from '../api.js';
import { h, replace, appURL, formatCount } from '../dom.js';
import { loading, pageTitle, pagination, pageOffset } from '../ui.js';
import { TYPE_ORDER, typeInfo, typeClass, typeBadge } from '../types.js';
import { formatDate } from '../dates.js';
import { countPhrase } from '../plural.js';

const PAGE = 10;

export async function renderHome({ params, signal, root, setTitle }) {
  setTitle('');
  replace(root, loading());
  const offset = pageOffset(params, PAGE);
  const [articles, entities] = await Promise.all([
    api('/api/articles', { limit: PAGE, offset }, { signal }),
    api('/api/entities', { limit: 200 }, { signal }).catch(() => ({ items: [], total: 0 })),
  ]);

  const intro = h('section', { class: 'intro' },
    pageTitle('مرصد الأخبار العربية'),
    h('p', { class: 'lead' }, 'استكشف ', countPhrase(articles.total, 'article'), ' عن السياسة والنزاعات: ابحث في النصوص، وتعرّف إلى الأشخاص والمنظمات والأماكن التي تذكرها، وتتبّع الأحداث على الخط الزمني.'),
    h('ul', { class: 'quick-links' },
      h('li', null, h('a', { href: appURL({ view: 'timeline' }), class: 'card-link' }, h('strong', null, 'الخط الزمني'), h('span', null, 'الأحداث المؤرّخة من العقود إلى الأيام'))),
      h('li', null, h('a', { href: appURL({ view: 'graph' }), class: 'card-link' }, h('strong', null, 'شبكة الكيانات'), h('span', null, 'من يُذكر مع من في الأخبار'))),
      h('li', null, h('a', { href: appURL({ q: 'بنغازي' }), class: 'card-link' }, h('strong', null, 'مثال بحث: بنغازي'), h('span', null, 'بحث يراعي قواعد العربية')))));

  const list = h('section', { class: 'articles', 'aria-labelledby': 'articles-heading' },
    h('h2', { id: 'articles-heading' }, 'المقالات'),
    articles.items.length === 0
      ? h('p', { class: 'empty' }, 'لا توجد مقالات في هذه الصفحة.')
      : h('ol', { class: 'article-list', start: offset + 1 },
        articles.items.map((a) => h('li', null,
          h('h3', null, h('a', { href: appURL({ article: a.id }), dir: 'auto' }, a.title || a.id)),
          a.published ? h('p', { class: 'meta' }, formatDate(a.published)) : null,
          a.excerpt ? h('p', { class: 'excerpt', dir: 'auto' }, a.excerpt) : null))),
    pagination(articles, {}, 'صفحات المقالات'));

  const byType = new Map();
  for (const e of [...entities.items].sort((a, b) => (b.mentionCount ?? 0) - (a.mentionCount ?? 0))) {
    const key = TYPE_ORDER.includes(e.type) ? e.type : 'other';
    if (!byType.has(key)) byType.set(key, []);
    byType.get(key).push(e);
  }
  const top = h('section', { class: 'top-entities', 'aria-labelledby': 'entities-heading' },
    h('h2', { id: 'entities-heading' }, 'الأكثر ذكراً'),
    entities.items.length === 0
      ? h('p', { class: 'empty' }, 'لم تُستخرج كيانات من المقالات بعد.')
      : h('div', { class: 'entity-columns' },
        [...TYPE_ORDER, 'other'].filter((t) => byType.has(t)).map((t) => h('div', { class: 'entity-column' },
          h('h3', null, t === 'other' ? 'أخرى' : typeInfo(t).plural),
          h('ul', { class: 'entity-list' },
            byType.get(t).slice(0, 8).map((e) => h('li', null,
              h('a', { href: appURL({ entity: e.id }), class: ['entity-chip', typeClass(e.type)], dir: 'auto' },
                h('span', { class: 'type-symbol', 'aria-hidden': 'true' }, typeInfo(e.type).symbol), e.name),
              h('span', { class: 'count', title: 'عدد الإشارات' }, formatCount(e.mentionCount ?? 0)))))))));

  replace(root, intro, h('div', { class: 'home-grid' }, list, top));
}
