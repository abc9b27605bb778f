// `/?view=graph[&focus={id}]`: entity co-occurrence network from one `/api/graph` request. Nodes:
// the most mentioned entities, coloured and shaped by type, sized by mentions; edges: sentences
// shared. Entities without a link are listed apart; a table mirrors the drawing.
import { api } from '../api.js';
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
  // One request: the server picks the nodes and counts the shared sentences (`/api/graph`).
  const graph = await api('/api/graph', { limit: size, entity: focus }, { signal }).catch((error) => {
    if (error.name === 'AbortError' || !focus) throw error;
    return api('/api/graph', { limit: size }, { signal }); // an unknown focus id: the plain graph
  });

  const all = graph.nodes.map((e, i) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentionCount ?? 1, index: i }));
  const byId = new Map(all.map((n) => [n.id, n]));
  const allEdges = graph.edges.map((e) => ({ source: byId.get(e.source), target: byId.get(e.target), count: e.weight }))
    .filter((e) => e.source && e.target);
  // Each node keeps its strongest few links, so a dense corpus still gives a readable picture.
  const kept = new Set();
  for (const node of all) {
    allEdges.filter((e) => e.source === node || e.target === node).slice(0, EDGES_PER_NODE).forEach((e) => kept.add(e));
  }
  const edges = allEdges.filter((e) => kept.has(e));
  // Entities that share no sentence with another shown entity are listed apart, not drawn.
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = all.filter((n) => linked.has(n));
  const isolated = all.filter((n) => !linked.has(n));

  const heading = pageTitle('شبكة الكيانات');
  const lead = h('p', { class: 'lead' }, `أكثر ${countPhrase(all.length, 'entity')} ذكراً، وخطوط تصل كل كيان بأكثر من يُذكر معهم في المقالات (${countPhrase(edges.length, 'link')}؛ السُمك بحسب عدد المرات). اضغط على كيان لفتح صفحته.`);
  if (all.length === 0) {
    replace(root, heading, h('div', { class: 'no-results' }, h('p', null, 'لم تُستخرج كيانات من المقالات بعد، فلا شبكة لعرضها.'), h('p', null, h('a', { href: appURL() }, 'تصفّح المقالات'), '.')));
    return;
  }

  // The drawing's shape follows the window: wide on a desktop, tall on a phone; it grows taller
  // when the nodes and their labels need more room than that.
  const available = root.clientWidth || 960;
  const WIDTH = Math.round(Math.max(480, Math.min(960, available)));
  const maxMentionsAll = Math.max(1, ...nodes.map((m) => m.mentions));
  const radiusOf = (n) => 7 + 20 * Math.sqrt(n.mentions / maxMentionsAll);
  const measure = labelMeasurer();
  for (const n of nodes) { n.r = radiusOf(n); n.labelWidth = measure(n.name); n.half = Math.max(n.r, n.labelWidth / 2 + 2); }
  const needed = nodes.reduce((sum, n) => sum + (2 * n.half + 16) * (2 * n.r + 30), 0) * 2.2;
  const HEIGHT = Math.round(Math.max(WIDTH * Math.min(1.5, Math.max(0.5, (window.innerHeight * 0.72) / available)), needed / WIDTH));
  layout(nodes, edges, WIDTH, HEIGHT);
  separate(nodes, WIDTH, HEIGHT);
  const typesPresent = TYPE_ORDER.concat([...new Set(all.map((n) => n.type))].filter((t) => !TYPE_ORDER.includes(t))).filter((t) => all.some((n) => n.type === t));
  const hidden = new Set();
  const svg = s('svg', { class: 'graph-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': 'شبكة الكيانات: كل دائرة أو مربع أو مثلث كيان، والخطوط صلات بينها' });
  const detail = h('p', { class: 'graph-detail', 'aria-live': 'polite' }, 'مرّر المؤشر فوق كيان أو انتقل إليه بمفتاح Tab لرؤية صلاته.');

  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const radius = (n) => n.r;
  const edgeEls = edges.map((e) => s('line', {
    class: 'edge', x1: e.source.x, y1: e.source.y, x2: e.target.x, y2: e.target.y,
    'stroke-width': (1 + 5 * Math.sqrt(e.count / maxCount)).toFixed(2),
  }));
  const nodeEls = nodes.map((n) => {
    const r = radius(n);
    const neighbours = edges.filter((e) => e.source === n || e.target === n).sort((a, b) => b.count - a.count);
    const label = `${n.name} — ${typeInfo(n.type).label}، ${countPhrase(n.mentions, 'mention')}، ${countPhrase(neighbours.length, 'link')}`;
    const el = s('a', { href: appURL({ entity: n.id }), class: ['node', typeClass(n.type), n.id === focus && 'focused'], 'aria-label': label, dataset: { id: n.id } },
      s('title', null, label),
      shape(n.type, n.x, n.y, r),
      s('text', { x: n.x, y: n.y + r + 14, 'text-anchor': 'middle', class: 'node-label' }, n.name));
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

  let applyIsolated = () => {};
  const applyFilter = () => {
    applyIsolated();
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
      h('tbody', null, [...all].sort((a, b) => b.mentions - a.mentions).map((n) => h('tr', null,
        h('th', { scope: 'row' }, h('a', { href: appURL({ entity: n.id }), dir: 'auto' }, n.name)),
        h('td', null, typeInfo(n.type).label),
        h('td', null, formatCount(n.mentions)),
        h('td', null, edges.filter((e) => e.source === n || e.target === n).sort((a, b) => b.count - a.count).slice(0, 5)
          .map((e, i) => [i ? '، ' : '', h('bdi', null, (e.source === n ? e.target : e.source).name)])))))));

  const apart = isolated.length ? h('p', { class: 'graph-isolated' },
    'لا تشارك هذه الكيانات جملةً مع غيرها من المعروضة، فهي خارج الرسم: ',
    h('span', { class: 'chips-inline' }, isolated.map((n) => h('a', { href: appURL({ entity: n.id }), class: ['entity-chip', typeClass(n.type)], dir: 'auto', dataset: { id: n.id } },
      h('span', { class: 'type-symbol', 'aria-hidden': 'true' }, typeInfo(n.type).symbol), n.name)))) : null;
  const isolatedEls = apart ? [...apart.querySelectorAll('a.entity-chip')] : [];
  applyIsolated = () => isolated.forEach((n, i) => { isolatedEls[i].hidden = hidden.has(n.type); });
  replace(root, heading, lead, controls, typeLegend(typesPresent, 'الأنواع:'), nodes.length ? h('div', { class: 'graph-frame' }, svg) : null, apart, detail, table);
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

/**
 * A small deterministic force-directed layout (Fruchterman–Reingold) fitted to the viewBox.
 * Nodes start in a sector of their type (people, organisations, places apart), so the picture
 * does not begin as one central knot; each node keeps room for its shape and its label.
 */
function layout(nodes, edges, WIDTH, HEIGHT) {
  const n = nodes.length;
  const k = Math.sqrt((WIDTH * HEIGHT) / Math.max(1, n)) * 0.9;
  const sectors = [...new Set(nodes.map((a) => a.type))];
  nodes.forEach((node, i) => {
    const sector = sectors.indexOf(node.type);
    const angle = ((sector + 0.5) / sectors.length) * 2 * Math.PI + (i % 7) * 0.18 - 0.54;
    const r = (0.18 + 0.3 * ((i * 0.618) % 1)) * Math.min(WIDTH, HEIGHT);
    node.x = WIDTH / 2 + r * Math.cos(angle);
    node.y = HEIGHT / 2 + r * Math.sin(angle);
  });
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  let temperature = WIDTH / 8;
  for (let iter = 0; iter < 200; iter++) {
    for (const a of nodes) { a.dx = 0; a.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i];
        const b = nodes[j];
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        const d = Math.max(0.01, Math.sqrt(dx * dx + dy * dy));
        // Repulsion, much stronger where the two boxes (shape and label) would touch.
        const room = a.half + b.half + 12;
        const force = (k * k) / d + (d < room ? (room - d) * 8 : 0);
        dx /= d; dy /= d;
        a.dx += dx * force; a.dy += dy * force;
        b.dx -= dx * force; b.dy -= dy * force;
      }
    }
    for (const e of edges) {
      const dx = e.source.x - e.target.x;
      const dy = e.source.y - e.target.y;
      const d = Math.max(0.01, Math.sqrt(dx * dx + dy * dy));
      const force = ((d * d) / k) * (0.3 + 0.7 * Math.sqrt(e.count / maxCount));
      e.source.dx -= (dx / d) * force; e.source.dy -= (dy / d) * force;
      e.target.dx += (dx / d) * force; e.target.dy += (dy / d) * force;
    }
    for (const a of nodes) {
      a.dx += (WIDTH / 2 - a.x) * 0.01 * k / 10;
      a.dy += (HEIGHT / 2 - a.y) * 0.01 * k / 10;
      const d = Math.max(0.01, Math.sqrt(a.dx * a.dx + a.dy * a.dy));
      const step = Math.min(d, temperature);
      a.x += (a.dx / d) * step;
      a.y += (a.dy / d) * step;
    }
    temperature *= 0.978;
  }
  // Fit into the viewBox so that every shape and label lies inside it.
  const left = Math.min(...nodes.map((a) => a.x - a.half));
  const right = Math.max(...nodes.map((a) => a.x + a.half));
  const top = Math.min(...nodes.map((a) => a.y - a.r));
  const bottom = Math.max(...nodes.map((a) => a.y + a.r + 18));
  const maxHalf = Math.max(...nodes.map((a) => a.half));
  const sx = Math.min(1.6, (WIDTH - 2 * maxHalf - 8) / Math.max(1, right - left - 2 * maxHalf));
  const sy = Math.min(1.6, (HEIGHT - 40) / Math.max(1, bottom - top));
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  for (const a of nodes) {
    a.x = WIDTH / 2 + (a.x - cx) * sx;
    a.y = HEIGHT / 2 + (a.y - cy) * sy;
  }
  clamp(nodes, WIDTH, HEIGHT);
}

/** Keeps each node's shape and label inside the viewBox. */
function clamp(nodes, WIDTH, HEIGHT) {
  for (const a of nodes) {
    a.x = Math.min(WIDTH - a.half - 4, Math.max(a.half + 4, a.x));
    a.y = Math.min(HEIGHT - a.r - 20, Math.max(a.r + 4, a.y));
  }
}

/** Pushes apart nodes whose shapes or labels would overlap (relaxation passes), inside the box. */
function separate(nodes, WIDTH, HEIGHT) {
  for (let pass = 0; pass < 120; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        const dx = b.x - a.x || (j - i) * 0.01;
        const dy = b.y - a.y || (j - i) * 0.01;
        // Each node is a box: its shape with its label under it.
        const needX = a.half + b.half + 8;
        const needY = (dy > 0 ? a.r + 18 + b.r : b.r + 18 + a.r) + 4;
        if (Math.abs(dx) >= needX || Math.abs(dy) >= needY) continue;
        const overlapX = needX - Math.abs(dx);
        const overlapY = needY - Math.abs(dy);
        moved = true;
        if (overlapX / needX < overlapY / needY) {
          const push = (overlapX / 2 + 0.5) * Math.sign(dx);
          a.x -= push; b.x += push;
        } else {
          const push = (overlapY / 2 + 0.5) * Math.sign(dy);
          a.y -= push; b.y += push;
        }
      }
    }
    clamp(nodes, WIDTH, HEIGHT);
    if (!moved) break;
  }
}

/** Measures a label at the node labels' font (13px of the UI font), in px. */
function labelMeasurer() {
  const context = document.createElement('canvas').getContext('2d');
  const family = getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || 'sans-serif';
  if (context) context.font = `13px ${family}`;
  return (text) => (context ? context.measureText(text).width : Array.from(text).length * 7) + 4;
}
