// The header's «تنزيل» menu: the exports (/api/export/…) for the whole corpus, and, when the
// current view is filtered (a search, an entity, a timeline range), for that filter too. The
// links are rebuilt each time the menu opens, from the page's own URL.
import { h, replace, BASE } from './dom.js';

const href = (path, params = {}) => {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  return `${BASE}api/export/${path}${query ? `?${query}` : ''}`;
};

/** The filter of the current view, in the exports' terms. */
function currentFilter() {
  const params = new URLSearchParams(location.search);
  const [from, to] = (params.get('range') ?? '').split('..');
  return { q: params.get('q'), entity: params.get('entity'), from: params.get('from') || from || null, to: params.get('to') || to || null };
}

function links() {
  const f = currentFilter();
  const item = (path, params, label) => h('li', null, h('a', { href: href(path, params), download: '', dataset: { export: path } }, label));
  const filtered = f.q || f.entity || f.from || f.to;
  return [
    h('ul', { class: 'exports-all' },
      item('entities.csv', {}, 'الكيانات (CSV)'),
      item('mentions.csv', {}, 'الإشارات (CSV)'),
      item('timeline.csv', {}, 'الخط الزمني (CSV)'),
      item('graph.graphml', {}, 'شبكة الكيانات (GraphML)'),
      item('graph.gexf', {}, 'شبكة الكيانات لـ Gephi (GEXF)'),
      item('articles.jsonl', {}, 'المقالات مع تحليلها (JSONL)')),
    filtered ? h('p', { class: 'exports-filtered-heading' }, 'بحسب العرض الحالي:') : null,
    filtered ? h('ul', { class: 'exports-filtered' },
      f.entity ? item('mentions.csv', { entity: f.entity }, 'إشارات الكيان (CSV)') : null,
      item('timeline.csv', { entity: f.entity, from: f.from, to: f.to }, 'الأحداث (CSV)'),
      item('articles.jsonl', { q: f.q, entity: f.entity, from: f.from, to: f.to }, 'المقالات (JSONL)')) : null,
  ];
}

/** Adds the menu to the site navigation. */
export function installExportsMenu() {
  const list = document.querySelector('.site-nav ul');
  if (!list || list.querySelector('.exports-menu')) return;
  const body = h('div', { class: 'exports-body' }, links());
  const menu = h('details', { class: 'exports-menu' }, h('summary', null, 'تنزيل'), body);
  menu.addEventListener('toggle', () => { if (menu.open) replace(body, links()); });
  list.append(h('li', null, menu));
}
