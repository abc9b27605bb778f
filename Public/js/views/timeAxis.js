// The zoomable SVG time axis: events placed by date and precision (a day is a point; a month,
// year or decade a span), zoom from centuries to days with buttons, wheel, pinch, drag and keys.
import { h, s, replace, appURL, formatCount } from '../dom.js';
import { parseDate, formatDate, addUnit, floorUnit, tickLabel, PRECISION_LABELS } from '../dates.js';
import { eventSentence } from './events.js';

const DAY = 864e5;
const YEAR = 365.2425 * DAY;
const MIN_SPAN = 10 * DAY;
const MAX_SPAN = 400 * YEAR;
const PRESETS = [
  { label: 'عقود', span: 100 * YEAR },
  { label: 'سنوات', span: 12 * YEAR },
  { label: 'أشهر', span: 18 * 30.44 * DAY },
  { label: 'أيام', span: 45 * DAY },
];
const TICK_STEPS = [['day', 1], ['day', 2], ['day', 7], ['month', 1], ['month', 3], ['month', 6],
  ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 20], ['year', 50], ['year', 100]];
const UNIT_MS = { day: DAY, month: 30.44 * DAY, year: YEAR };

/** The zoomable axis. Time runs right to left, as Arabic is read: earliest at the right. */
export class TimeAxis {
  constructor(items) {
    this.items = items;
    this.min = Math.min(...items.map((x) => x.d.start));
    this.max = Math.max(...items.map((x) => x.d.end));
    this.t0 = this.min;
    this.t1 = this.max;
    this.pointers = new Map();
    this.pad = 28;

    this.svg = s('svg', { class: 'timeline-svg', role: 'group', tabindex: '0', 'aria-label': 'محور زمني للأحداث', 'aria-describedby': 'timeline-help', 'aria-roledescription': 'محور زمني' });
    this.rangeLabel = h('p', { class: 'range-label', 'aria-live': 'polite' });
    this.detail = h('div', { class: 'timeline-detail', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'مرّر المؤشر فوق حدث أو انتقل إليه بمفتاح Tab لعرض تفاصيله؛ اضغط عليه لفتح المقال.'));
    const button = (label, title, onclick, extra = {}) => h('button', { type: 'button', title, 'aria-label': title, onclick, ...extra }, label);
    this.presetButtons = PRESETS.map((p) => button(p.label, `عرض بمقياس ال${p.label}`, () => this.zoomTo(p.span), { class: 'preset' }));
    const controls = h('div', { class: 'timeline-controls', role: 'toolbar', 'aria-label': 'التحكم في المحور الزمني' },
      h('div', { class: 'button-group' },
        button('+', 'تكبير', () => this.zoom(0.5)),
        button('−', 'تصغير', () => this.zoom(2)),
        button('الكل', 'عرض كل الأحداث', () => this.fit())),
      h('div', { class: 'button-group', role: 'group', 'aria-label': 'المقياس' }, this.presetButtons),
      h('div', { class: 'button-group' },
        button('→', 'أقدم', () => this.pan(-0.25)),
        button('←', 'أحدث', () => this.pan(0.25))));
    this.element = h('section', { class: 'timeline', 'aria-labelledby': 'axis-heading' },
      h('h2', { id: 'axis-heading', class: 'visually-hidden' }, 'المحور الزمني'),
      controls,
      this.rangeLabel,
      h('div', { class: 'timeline-frame' }, this.svg),
      precisionLegend(),
      h('p', { id: 'timeline-help', class: 'help' }, 'الزمن يجري من اليمين (الأقدم) إلى اليسار (الأحدث). للتكبير والتصغير: الأزرار أو عجلة الفأرة أو إصبعان على الشاشة أو المفتاحان + و−؛ للتنقّل: السحب أو مفتاحا الأسهم؛ 0 لعرض الكل.'),
      this.detail);

    this.svg.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    this.svg.addEventListener('keydown', (e) => this.onKey(e));
    this.svg.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    this.svg.addEventListener('pointermove', (e) => this.onPointerMove(e));
    for (const type of ['pointerup', 'pointercancel', 'pointerleave']) this.svg.addEventListener(type, (e) => this.onPointerUp(e));
    this.svg.addEventListener('click', (e) => {
      if (this.dragged) { e.preventDefault(); e.stopPropagation(); this.dragged = false; }
    }, true);
    this.resize = new ResizeObserver(() => this.draw());
    this.resize.observe(this.svg.parentElement ?? this.element);
  }

  destroy() { this.resize.disconnect(); }

  get width() { return Math.max(320, Math.round(this.svg.parentElement?.clientWidth || 800)); }
  get inner() { return this.width - 2 * this.pad; }

  /** x of time t (right to left). */
  x(t) { return this.width - this.pad - ((t - this.t0) / (this.t1 - this.t0)) * this.inner; }
  /** Time at x. */
  timeAt(x) { return this.t0 + ((this.width - this.pad - x) / this.inner) * (this.t1 - this.t0); }

  setRange(t0, t1) {
    let span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, t1 - t0));
    let center = (t0 + t1) / 2;
    center = Math.min(this.max + span / 2, Math.max(this.min - span / 2, center));
    this.t0 = center - span / 2;
    this.t1 = center + span / 2;
    this.draw();
    this.onChange?.();
  }

  fit() {
    const span = Math.max(this.max - this.min, 2 * YEAR);
    const mid = (this.min + this.max) / 2;
    this.setRange(mid - span * 0.53, mid + span * 0.53);
  }

  zoom(factor, anchor = (this.t0 + this.t1) / 2) {
    const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (this.t1 - this.t0) * factor));
    const ratio = (anchor - this.t0) / (this.t1 - this.t0);
    this.setRange(anchor - ratio * span, anchor - ratio * span + span);
  }

  zoomTo(span) { this.zoom(span / (this.t1 - this.t0)); }

  /** Moves by `fraction` of the visible span (positive: later). */
  pan(fraction) {
    const dt = (this.t1 - this.t0) * fraction;
    this.setRange(this.t0 + dt, this.t1 + dt);
  }

  onWheel(e) {
    e.preventDefault();
    const rect = this.svg.getBoundingClientRect();
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY) && !e.ctrlKey) {
      const dt = (e.deltaX / this.inner) * (this.t1 - this.t0);
      this.setRange(this.t0 - dt, this.t1 - dt);
      return;
    }
    const delta = e.deltaMode === 1 ? e.deltaY * 30 : e.deltaY;
    this.zoom(Math.exp(delta * (e.ctrlKey ? 0.01 : 0.0015)), this.timeAt(e.clientX - rect.left));
  }

  onKey(e) {
    const keys = {
      ArrowLeft: () => this.pan(0.1), ArrowRight: () => this.pan(-0.1),
      '+': () => this.zoom(0.5), '=': () => this.zoom(0.5), '-': () => this.zoom(2), '_': () => this.zoom(2),
      0: () => this.fit(), Home: () => this.fit(),
    };
    const action = keys[e.key];
    if (!action || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    action();
  }

  onPointerDown(e) {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.dragStart = { x: e.clientX, t0: this.t0, t1: this.t1 };
    this.dragged = false;
  }

  onPointerMove(e) {
    if (!this.pointers.has(e.pointerId)) return;
    const previous = [...this.pointers.values()];
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const now = [...this.pointers.values()];
    const rect = this.svg.getBoundingClientRect();
    if (now.length >= 2) {
      const dist = (p) => Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y) || 1;
      const mid = (now[0].x + now[1].x) / 2 - rect.left;
      this.zoom(dist(previous) / dist(now), this.timeAt(mid));
      this.dragged = true;
      return;
    }
    const dx = e.clientX - this.dragStart.x;
    if (!this.dragged && Math.abs(dx) < 5) return;
    if (!this.dragged) this.svg.setPointerCapture?.(e.pointerId);
    this.dragged = true;
    const dt = (dx / this.inner) * (this.dragStart.t1 - this.dragStart.t0);
    this.setRange(this.dragStart.t0 + dt, this.dragStart.t1 + dt);
  }

  onPointerUp(e) {
    this.pointers.delete(e.pointerId);
    if (this.pointers.size === 1) {
      const [p] = this.pointers.values();
      this.dragStart = { x: p.x, t0: this.t0, t1: this.t1 };
    }
  }

  /** Greedy lanes so marks never overlap: [{item, x0, x1, lane}] for the visible items. */
  layout() {
    const placed = [];
    const laneEnds = [];
    const visible = this.items
      .filter((x) => x.d.end >= this.t0 && x.d.start <= this.t1)
      .map((item) => {
        // u: pixels from the right edge, increasing with time.
        // Spans are clipped to the plot; a day is always a point, at the middle of its day.
        const lo = this.pad / 2;
        const hi = this.width - this.pad / 2;
        const u0 = Math.max(lo, this.width - this.x(item.d.start));
        const u1 = Math.min(hi, this.width - this.x(item.d.end));
        if (item.d.point) {
          const mid = this.width - this.x((item.d.start + item.d.end) / 2);
          return { item, u0: mid - 7, u1: mid + 7, point: true };
        }
        return { item, u0: Math.min(u0, hi - 6), u1: Math.max(u1, Math.min(u0, hi - 6) + 6), point: false };
      })
      .sort((a, b) => a.u0 - b.u0 || b.u1 - a.u1);
    for (const mark of visible) {
      let lane = laneEnds.findIndex((end) => end + 3 <= mark.u0);
      if (lane < 0) {
        lane = laneEnds.length < 16 ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
      }
      laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, mark.u1);
      placed.push({ ...mark, lane });
    }
    return { placed, lanes: Math.max(1, laneEnds.length) };
  }

  ticks() {
    const span = this.t1 - this.t0;
    const room = this.inner / 78;
    const [unit, step] = TICK_STEPS.find(([u, st]) => span / (UNIT_MS[u] * st) <= room) ?? TICK_STEPS[TICK_STEPS.length - 1];
    const out = [];
    for (let t = floorUnit(this.t0, unit, step); t <= this.t1 && out.length < 400; t = addUnit(t, unit, step)) {
      if (t >= this.t0) out.push(t);
    }
    return { unit, step, ticks: out };
  }

  draw() {
    const width = this.width;
    const { placed, lanes } = this.layout();
    const laneH = 22;
    const top = 12;
    const axisY = top + lanes * laneH + 8;
    const height = axisY + 34;
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.svg.setAttribute('width', width);
    this.svg.setAttribute('height', height);

    const { unit, step, ticks } = this.ticks();
    const grid = s('g', { class: 'grid', 'aria-hidden': 'true' },
      s('rect', { class: 'plot-bg', x: 0, y: 0, width, height }),
      ticks.map((t) => {
        const x = this.x(t);
        const major = unit === 'year' ? true : unit === 'month' ? new Date(t).getUTCMonth() === 0 : new Date(t).getUTCDate() === 1;
        return s('g', { class: major ? 'tick major' : 'tick' },
          s('line', { x1: x, x2: x, y1: top - 6, y2: axisY + 5 }),
          s('text', { x: Math.min(width - 34, Math.max(34, x)), y: axisY + 20, 'text-anchor': 'middle' }, tickLabel(t, unit)));
      }),
      s('line', { class: 'axis-line', x1: this.pad / 2, x2: width - this.pad / 2, y1: axisY, y2: axisY }));

    const marks = s('g', { class: 'marks' }, placed.map(({ item, u0, u1, lane, point }) => {
      const e = item.event;
      const y = top + lane * laneH + laneH / 2;
      const label = `${formatDate(e.date, e.precision)}: ${e.text ?? e.expression ?? ''}`;
      const shape = point
        ? s('circle', { cx: width - (u0 + u1) / 2, cy: y, r: 6 })
        : s('rect', { x: width - u1, y: y - 7, width: Math.max(6, u1 - u0), height: 14, rx: 3 });
      // Wide spans carry their date inside when it fits (about 7px a character at 11px).
      const short = formatDate(e.date, e.precision).replace(/ \(.*\)$/, '');
      const inside = !point && u1 - u0 > short.length * 7 + 12
        ? s('text', { x: width - (u0 + u1) / 2, y: y + 4, 'text-anchor': 'middle', class: 'mark-label', 'aria-hidden': 'true' }, short)
        : null;
      const a = s('a', { href: appURL({ article: e.articleId }), class: ['event-mark', `prec-${e.precision}`], 'aria-label': label },
        s('title', null, label), shape, inside);
      const show = () => this.showDetail(e);
      a.addEventListener('focus', show);
      a.addEventListener('mouseenter', show);
      return a;
    }));
    this.svg.replaceChildren(grid, marks);

    const fmt = (t) => {
      const d = new Date(t);
      return unit === 'year' && step >= 1 && this.t1 - this.t0 > 3 * YEAR ? String(d.getUTCFullYear()) : tickLabel(t, 'day') + ' ' + d.getUTCFullYear();
    };
    const visible = placed.length;
    this.rangeLabel.textContent = `المعروض: من ${fmt(this.t0)} إلى ${fmt(this.t1)} — ${formatCount(visible)} من ${formatCount(this.items.length)} حدثاً`;
    for (const [i, b] of this.presetButtons.entries()) {
      const span = this.t1 - this.t0;
      b.setAttribute('aria-pressed', String(Math.abs(Math.log(span / PRESETS[i].span)) < 0.05));
    }
  }

  showDetail(event) {
    replace(this.detail,
      h('p', { class: 'event-date' }, formatDate(event.date, event.precision), ' ', h('span', { class: ['precision', `precision-${event.precision}`] }, PRECISION_LABELS[event.precision] ?? event.precision)),
      h('p', { class: 'event-text', dir: 'auto' }, eventSentence(event)),
      h('p', { class: 'event-source' }, 'من: ', h('a', { href: appURL({ article: event.articleId }), dir: 'auto' }, event.articleTitle || event.articleId)));
  }
}

function precisionLegend() {
  const swatch = (precision) => s('svg', { width: 28, height: 16, 'aria-hidden': 'true', class: 'legend-swatch' },
    s('g', { class: ['event-mark', `prec-${precision}`] }, precision === 'day' ? s('circle', { cx: 14, cy: 8, r: 6 }) : s('rect', { x: 2, y: 1, width: 24, height: 14, rx: 3 })));
  return h('p', { class: 'legend' }, h('span', { class: 'legend-caption' }, 'دقة التاريخ:'),
    ['day', 'month', 'year', 'decade'].map((p) => h('span', { class: 'legend-item' }, swatch(p), p === 'day' ? 'يوم (نقطة)' : `${PRECISION_LABELS[p]} (مدة)`)));
}
