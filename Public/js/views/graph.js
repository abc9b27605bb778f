// `/?view=graph[&focus={id}]`: entity co-occurrence network. Nodes: the most mentioned entities,
// coloured and shaped by type, sized by mentions; edges: `related` counts. A table mirrors it.
import { api, mapLimit } from '../api.js';
import { h, s, replace, appURL, formatCount } from '../dom.js';
import { loading, pageTitle } from '../ui.js';
import { TYPE_ORDER, typeInfo, typeClass, typeLegend } from '../types.js';
import { countPhrase } from '../plural.js';

const SIZES = [20, 40, 80];
/** Links drawn per node: its strongest co-occurrences. */
const EDGES_PER_NODE = 4;

export async function renderGraph({ params, signal, root, setTitle }) {
  setTitle('شبكة الكيانات');
  const size = SIZES.includes(Number(params.get('n'))) ? Number(params.get('n')) : 40;
  const focus = params.get('focus');
  replace(root, loading('جارٍ بناء شبكة الكيانات…'));
  const list = await api('/api/entities', { limit: 1000 }, { signal });
  const top = [...list.items].sort((a, b) => (b.mentionCount ?? 0) - (a.mentionCount ?? 0)).slice(0, size);
  if (focus && !top.some((e) => e.id === focus)) {
    const extra = list.items.find((e) => e.id === focus);
    if (extra) top.push(extra);
  }
  const details = await mapLimit(top, 6, (e) => api(`/api/entities/${encodeURIComponent(e.id)}`, {}, { signal }).catch((err) => {
    if (err.name === 'AbortError') throw err;
    return { ...e, related: [] };
  }));

  const nodes = details.map((e, i) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentionCount ?? e.mentions?.length ?? 1, index: i }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edgeMap = new Map();
  for (const e of details) {
    for (const r of e.related ?? []) {
      if (!byId.has(r.id) || r.id === e.id) continue;
      const key = [e.id, r.id].sort().join('\u0000');
      edgeMap.set(key, { source: byId.get(e.id), target: byId.get(r.id), count: Math.max(edgeMap.get(key)?.count ?? 0, r.count ?? 1) });
    }
  }
  // Each node keeps its strongest few links, so a dense corpus still gives a readable picture.
  const all = [...edgeMap.values()].sort((a, b) => b.count - a.count);
  const kept = new Set();
  for (const node of nodes) {
    all.filter((e) => e.source === node || e.target === node).slice(0, EDGES_PER_NODE).forEach((e) => kept.add(e));
  }
  const edges = all.filter((e) => kept.has(e));

  const heading = pageTitle('شبكة الكيانات');
  const lead = h('p', { class: 'lead' }, `أكثر ${countPhrase(nodes.length, 'entity')} ذكراً، وخطوط تصل كل كيان بأكثر من يُذكر معهم في المقالات (${countPhrase(edges.length, 'link')}؛ السُمك بحسب عدد المرات). اضغط على كيان لفتح صفحته.`);
  if (nodes.length === 0) {
    replace(root, heading, h('div', { class: 'no-results' }, h('p', null, 'لم تُستخرج كيانات من المقالات بعد، فلا شبكة لعرضها.'), h('p', null, h('a', { href: appURL() }, 'تصفّح المقالات'), '.')));
    return;
  }

  // The drawing's shape follows the window: wide on a desktop, tall on a phone.
  const available = root.clientWidth || 960;
  const WIDTH = Math.round(Math.max(480, Math.min(960, available)));
  const HEIGHT = Math.round(WIDTH * Math.min(1.5, Math.max(0.5, (window.innerHeight * 0.72) / available)));
  layout(nodes, edges, WIDTH, HEIGHT);
  separate(nodes, WIDTH, HEIGHT, (n) => 7 + 20 * Math.sqrt(n.mentions / Math.max(1, ...nodes.map((m) => m.mentions))));
  const typesPresent = TYPE_ORDER.concat([...new Set(nodes.map((n) => n.type))].filter((t) => !TYPE_ORDER.includes(t))).filter((t) => nodes.some((n) => n.type === t));
  const hidden = new Set();
  const svg = s('svg', { class: 'graph-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': 'شبكة الكيانات: كل دائرة أو مربع أو مثلث كيان، والخطوط صلات بينها' });
  const detail = h('p', { class: 'graph-detail', 'aria-live': 'polite' }, 'مرّر المؤشر فوق كيان أو انتقل إليه بمفتاح Tab لرؤية صلاته.');

  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const maxMentions = Math.max(1, ...nodes.map((n) => n.mentions));
  const radius = (n) => 7 + 20 * Math.sqrt(n.mentions / maxMentions);
  const edgeEls = edges.map((e) => s('line', {
    class: 'edge', x1: e.source.x, y1: e.source.y, x2: e.target.x, y2: e.target.y,
    'stroke-width': (1 + 5 * (e.count / maxCount)).toFixed(2),
  }));
  const nodeEls = nodes.map((n) => {
    const r = radius(n);
    const neighbours = edges.filter((e) => e.source === n || e.target === n).sort((a, b) => b.count - a.count);
    const label = `${n.name} — ${typeInfo(n.type).label}، ${countPhrase(n.mentions, 'mention')}، ${countPhrase(neighbours.length, 'link')}`;
    const el = s('a', { href: appURL({ entity: n.id }), class: ['node', typeClass(n.type), n.id === focus && 'focused'], 'aria-label': label, dataset: { id: n.id } },
      s('title', null, label),
      shape(n.type, n.x, n.y, r),
      s('text', { x: n.x, y: n.y + r + 14, 'text-anchor': 'middle', class: 'node-label' }, shortLabel(n.name)));
    const show = () => {
      svg.classList.add('highlighting');
      const near = new Set([n.id]);
      for (const e of neighbours) { near.add(e.source.id); near.add(e.target.id); }
      for (const other of nodeEls) other.classList.toggle('near', near.has(other.dataset.id));
      edges.forEach((e, i) => edgeEls[i].classList.toggle('near', e.source === n || e.target === n));
      replace(detail, h('strong', { dir: 'auto' }, n.name), ` (${typeInfo(n.type).label}): `,
        neighbours.length ? neighbours.slice(0, 6).map((e, i) => [i ? '، ' : '', h('bdi', null, (e.source === n ? e.target : e.source).name), ` (${formatCount(e.count)})`]) : 'لا صلات ضمن الشبكة المعروضة.');
    };
    const hide = () => {
      svg.classList.remove('highlighting');
    };
    el.addEventListener('mouseenter', show);
    el.addEventListener('focus', show);
    el.addEventListener('mouseleave', hide);
    el.addEventListener('blur', hide);
    return el;
  });
  svg.append(s('g', { class: 'edges', 'aria-hidden': 'true' }, edgeEls), s('g', { class: 'nodes' }, nodeEls));

  const applyFilter = () => {
    nodes.forEach((n, i) => nodeEls[i].classList.toggle('hidden', hidden.has(n.type)));
    edges.forEach((e, i) => edgeEls[i].classList.toggle('hidden', hidden.has(e.source.type) || hidden.has(e.target.type)));
    nodeEls.forEach((el, i) => (hidden.has(nodes[i].type) ? el.setAttribute('tabindex', '-1') : el.removeAttribute('tabindex')));
  };
  const controls = h('form', { class: 'graph-controls', onsubmit: (e) => e.preventDefault() },
    h('fieldset', null, h('legend', null, 'الأنواع المعروضة'),
      typesPresent.map((t) => h('label', { class: ['check', typeClass(t)] },
        h('input', { type: 'checkbox', checked: true, onchange: (e) => { if (e.target.checked) hidden.delete(t); else hidden.add(t); applyFilter(); } }),
        h('span', { class: 'type-symbol', 'aria-hidden': 'true' }, typeInfo(t).symbol), typeInfo(t).plural))),
    h('fieldset', null, h('legend', null, 'عدد الكيانات'),
      SIZES.map((n) => h('a', { href: appURL({ view: 'graph', n: n === 40 ? null : n, focus }), class: 'size-link', 'aria-current': n === size ? 'true' : null }, formatCount(n)))));

  const table = h('details', { class: 'graph-table' },
    h('summary', null, 'عرض الشبكة جدولاً'),
    h('table', null,
      h('caption', { class: 'visually-hidden' }, 'الكيانات وصلاتها'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'الكيان'), h('th', { scope: 'col' }, 'النوع'), h('th', { scope: 'col' }, 'الإشارات'), h('th', { scope: 'col' }, 'يُذكر مع'))),
      h('tbody', null, [...nodes].sort((a, b) => b.mentions - a.mentions).map((n) => h('tr', null,
        h('th', { scope: 'row' }, h('a', { href: appURL({ entity: n.id }), dir: 'auto' }, n.name)),
        h('td', null, typeInfo(n.type).label),
        h('td', null, formatCount(n.mentions)),
        h('td', null, edges.filter((e) => e.source === n || e.target === n).sort((a, b) => b.count - a.count).slice(0, 5)
          .map((e, i) => [i ? '، ' : '', h('bdi', null, (e.source === n ? e.target : e.source).name)])))))));

  replace(root, heading, lead, controls, typeLegend(typesPresent, 'الأنواع:'), h('div', { class: 'graph-frame' }, svg), detail, table);
}

/** A circle (person), square (organisation), triangle (place) or diamond (other). */
function shape(type, x, y, r) {
  if (type === 'organization') return s('rect', { class: 'shape', x: x - r * 0.88, y: y - r * 0.88, width: r * 1.76, height: r * 1.76, rx: 3 });
  if (type === 'location') {
    const k = r * 1.15;
    return s('polygon', { class: 'shape', points: `${x},${y - k} ${x + k * 0.95},${y + k * 0.65} ${x - k * 0.95},${y + k * 0.65}` });
  }
  if (type === 'person') return s('circle', { class: 'shape', cx: x, cy: y, r });
  return s('polygon', { class: 'shape', points: `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}` });
}

/** A small deterministic force-directed layout (Fruchterman–Reingold), fitted to the viewBox. */
function layout(nodes, edges, WIDTH, HEIGHT) {
  const n = nodes.length;
  const area = WIDTH * HEIGHT;
  const k = Math.sqrt(area / Math.max(1, n)) * 0.9;
  nodes.forEach((node, i) => {
    const angle = i * 2.399963; // golden angle spiral: spread out, and the same every time
    const r = 30 * Math.sqrt(i + 1);
    node.x = WIDTH / 2 + r * Math.cos(angle);
    node.y = HEIGHT / 2 + (r * Math.sin(angle) * HEIGHT) / WIDTH;
  });
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  let temperature = WIDTH / 8;
  for (let iter = 0; iter < 300; iter++) {
    for (const a of nodes) { a.dx = 0; a.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i];
        const b = nodes[j];
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        const force = (k * k) / d;
        dx /= d; dy /= d;
        a.dx += dx * force; a.dy += dy * force;
        b.dx -= dx * force; b.dy -= dy * force;
      }
    }
    for (const e of edges) {
      const dx = e.source.x - e.target.x;
      const dy = e.source.y - e.target.y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const force = ((d * d) / k) * (0.4 + 0.6 * (e.count / maxCount));
      e.source.dx -= (dx / d) * force; e.source.dy -= (dy / d) * force;
      e.target.dx += (dx / d) * force; e.target.dy += (dy / d) * force;
    }
    for (const a of nodes) {
      a.dx += (WIDTH / 2 - a.x) * 0.02 * k / 10; // gravity keeps unconnected nodes near
      a.dy += ((HEIGHT / 2 - a.y) * 0.02 * k * (WIDTH / HEIGHT)) / 10; // stronger across the short side
      const d = Math.max(0.01, Math.hypot(a.dx, a.dy));
      const step = Math.min(d, temperature);
      a.x += (a.dx / d) * step;
      a.y += (a.dy / d) * step;
    }
    temperature *= 0.985;
  }
  // Fit into the viewBox with room for labels.
  const xs = nodes.map((a) => a.x);
  const ys = nodes.map((a) => a.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 60;
  // Fill the box, letting each axis stretch up to 2.5× the other.
  let sx = (WIDTH - 2 * margin) / Math.max(1, maxX - minX);
  let sy = (HEIGHT - 2 * margin) / Math.max(1, maxY - minY);
  sx = Math.min(sx, sy * 2.5);
  sy = Math.min(sy, sx * 2.5);
  for (const a of nodes) {
    a.x = margin + (a.x - minX) * sx + ((WIDTH - 2 * margin) - (maxX - minX) * sx) / 2;
    a.y = margin + (a.y - minY) * sy + ((HEIGHT - 2 * margin) - (maxY - minY) * sy) / 2;
  }
}

/** Pushes apart nodes whose shapes or labels would overlap (a few relaxation passes). */
function separate(nodes, WIDTH, HEIGHT, radius) {
  for (let pass = 0; pass < 60; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        // Labels sit under the shapes, so nodes side by side need more room than nodes stacked.
        const needX = Math.max(radius(a) + radius(b) + 40, (labelWidth(a.name) + labelWidth(b.name)) / 2 + 10);
        const needY = radius(a) + radius(b) + 20;
        if (Math.abs(dx) >= needX || Math.abs(dy) >= needY) continue;
        const overlapX = needX - Math.abs(dx);
        const overlapY = needY - Math.abs(dy);
        moved = true;
        if (overlapX / needX < overlapY / needY) {
          const push = (overlapX / 2) * (dx < 0 ? -1 : 1) * 0.5;
          a.x -= push; b.x += push;
        } else {
          const push = (overlapY / 2) * (dy < 0 ? -1 : 1) * 0.5;
          a.y -= push; b.y += push;
        }
      }
    }
    for (const n of nodes) {
      n.x = Math.min(WIDTH - 50, Math.max(50, n.x));
      n.y = Math.min(HEIGHT - 40, Math.max(30, n.y));
    }
    if (!moved) break;
  }
}

/** Long names are cut on the drawing (the full name is in the node's title and label). */
function shortLabel(name) {
  const chars = Array.from(name);
  return chars.length > 20 ? `${chars.slice(0, 18).join('')}…` : name;
}

/** Rough width of a node's label at 13px. */
function labelWidth(name) {
  return Array.from(shortLabel(name)).length * 6.5;
}
