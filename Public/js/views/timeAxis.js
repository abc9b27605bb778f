// The zoomable SVG time axis, drawn from the server's counts (`/api/timeline/counts`), never from
// every event: a histogram of events per year, month or day at the zoom level (coarser dates —
// a year, a decade — as spans above it), and the events themselves once few enough are in view.
// Zoom from centuries to days with buttons, wheel, pinch, drag and keys.
import { h, s, replace, appURL, formatCount } from '../dom.js';
import { parseDate, formatDate, addUnit, floorUnit, tickLabel, PRECISION_LABELS } from '../dates.js';
import { countPhrase } from '../plural.js';
import { eventSentence } from './events.js';

const DAY = 864e5;
const YEAR = 365.2425 * DAY;
const MIN_SPAN = DAY;
const MAX_SPAN = 400 * YEAR;
/** The widest span counted by day (fetched per window), then by month (from the overview). */
const DAY_LEVEL_SPAN = 120 * DAY;
const MONTH_LEVEL_SPAN = 15 * YEAR;
/** At most this many events in the fetched window are drawn one by one instead of as counts. */
const MARK_LIMIT = 150;
const PRESETS = [
  { label: 'عقود', span: 100 * YEAR },
  { label: 'سنوات', span: 12 * YEAR },
  { label: 'أشهر', span: 18 * 30.44 * DAY },
  { label: 'أيام', span: 45 * DAY },
];
const TICK_STEPS = [['day', 1], ['day', 2], ['day', 7], ['month', 1], ['month', 3], ['month', 6],
  ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 20], ['year', 50], ['year', 100]];
const UNIT_MS = { day: DAY, month: 30.44 * DAY, year: YEAR };
const LABEL_CHAR = 7; // px a character of 11px text takes, about

/** `2015-07-01` for UTC time t (years 0–9999). */
export function isoDay(t) {
  const d = new Date(t);
  const y = Math.min(9999, Math.max(0, d.getUTCFullYear()));
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** A counts bucket with its period in UTC ms. */
function bucketOf(b) {
  const d = parseDate(b.date, b.precision);
  return d && !d.unknownYear ? { ...b, start: d.start, end: d.end } : null;
}

/**
 * The axis. `source.counts(params, signal)` and `source.events(params, signal)` fetch from the API
 * (the view's filters added); `overview` is the month-level counts of every event.
 * Time runs right to left, as Arabic is read: earliest at the right.
 */
export class TimeAxis {
  constructor({ overview, source }) {
    this.source = source;
    this.overview = overview.buckets.map(bucketOf).filter(Boolean);
    this.min = parseDate(overview.first).start;
    this.max = parseDate(overview.last).end;
    this.t0 = this.min;
    this.t1 = this.max;
    this.window = null; // what ensureWindow fetched: { key, t0, t1, buckets, events }
    this.pointers = new Map();
    this.pad = 28;

    this.svg = s('svg', { class: 'timeline-svg', role: 'group', tabindex: '0', 'aria-label': 'محور زمني للأحداث', 'aria-describedby': 'timeline-help', 'aria-roledescription': 'محور زمني' });
    this.rangeLabel = h('p', { class: 'range-label', 'aria-live': 'polite' });
    this.detail = h('div', { class: 'timeline-detail', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'مرّر المؤشر فوق عمود أو حدث أو انتقل إليه بمفتاح Tab لعرض تفاصيله؛ اضغط على عمود لتكبيره، وعلى حدث لفتح مقاله.'));
    const button = (label, title, onclick, extra = {}) => h('button', { type: 'button', title, 'aria-label': title, onclick, ...extra }, label);
    this.presetButtons = PRESETS.map((p) => button(p.label, `عرض بمقياس ال${p.label}`, () => this.zoomTo(p.span), { class: 'preset' }));
    const controls = h('div', { class: 'timeline-controls', role: 'toolbar', 'aria-label': 'التحكم في المحور الزمني' },
      h('div', { class: 'button-group' },
        button('+', 'تكبير', () => this.zoom(0.5)),
        button('−', 'تصغير', () => this.zoom(2)),
        button('الكل', 'عرض كل الأحداث', () => this.fit(), { class: 'fit-all' })),
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
      h('p', { id: 'timeline-help', class: 'help' }, 'الزمن يجري من اليمين (الأقدم) إلى اليسار (الأحدث). الأعمدة عدد الأحداث في كل سنة أو شهر أو يوم، وتظهر الأحداث نفسها حين تقلّ. للتكبير والتصغير: الأزرار أو عجلة الفأرة أو إصبعان على الشاشة أو المفتاحان + و−؛ للتنقّل: السحب أو مفتاحا الأسهم؛ 0 لعرض الكل.'),
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

  destroy() {
    this.resize.disconnect();
    this.fetching?.abort();
    clearTimeout(this.fetchTimer);
  }

  /** The plot's width, measured once a draw (reading it forces a layout, which per bar was slow). */
  get width() { return this.measured ?? this.measure(); }
  measure() { this.measured = Math.max(320, Math.round(this.svg.parentElement?.clientWidth || 800)); return this.measured; }
  get inner() { return this.width - 2 * this.pad; }

  /** x of time t (right to left). */
  x(t) { return this.width - this.pad - ((t - this.t0) / (this.t1 - this.t0)) * this.inner; }
  /** Time at x. */
  timeAt(x) { return this.t0 + ((this.width - this.pad - x) / this.inner) * (this.t1 - this.t0); }

  /** Shows [t0, t1). `exact`: as asked (a shared link), else kept near the events. */
  setRange(t0, t1, { exact = false } = {}) {
    const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, t1 - t0));
    let center = (t0 + t1) / 2;
    if (!exact) center = Math.min(this.max + span / 2, Math.max(this.min - span / 2, center));
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

  /**
   * Zooms to `span` around the middle of the view — unless no event dated to a month or a day
   * lies there, when it zooms into the busiest such month in view (or anywhere), so that «أيام»
   * never opens on an empty stretch.
   */
  zoomTo(span) {
    let center = (this.t0 + this.t1) / 2;
    const months = this.overview.filter((b) => b.precision === 'month' || b.precision === 'day');
    const near = (b) => b.end > center - span / 2 && b.start < center + span / 2;
    if (months.length && !months.some(near)) {
      const inView = months.filter((b) => b.end > this.t0 && b.start < this.t1);
      const busiest = (inView.length ? inView : months).reduce((a, b) => (b.count > a.count ? b : a));
      center = (busiest.start + busiest.end) / 2;
    }
    this.setRange(center - span / 2, center + span / 2);
  }

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

  /** The level the view is counted at: 'year', 'month' or 'day'. */
  level() {
    const span = this.t1 - this.t0;
    return span <= DAY_LEVEL_SPAN ? 'day' : span <= MONTH_LEVEL_SPAN ? 'month' : 'year';
  }

  /** The buckets to draw at `level`: from the overview (year, month) or the fetched window (day; null until fetched). */
  buckets(level) {
    if (level === 'month') return this.overview;
    if (level === 'year') {
      const years = new Map();
      const out = [];
      for (const b of this.overview) {
        if (b.precision === 'decade') { out.push(b); continue; }
        const y = new Date(b.start).getUTCFullYear();
        if (!years.has(y)) {
          const date = String(y).padStart(4, '0');
          const d = parseDate(date);
          years.set(y, { date, precision: 'year', count: 0, start: d.start, end: d.end });
        }
        years.get(y).count += b.count;
      }
      return [...out, ...years.values()];
    }
    return this.covers(this.window, 'day') ? this.window.buckets : null;
  }

  /**
   * Fetches what the view needs beyond the overview, for a window of one span either side:
   * the day counts when zoomed to days, and the events themselves when few are in view.
   */
  ensureWindow() {
    const level = this.level();
    const key = level === 'day' ? 'day' : 'coarse';
    if (this.covers(this.window, key) || this.covers(this.pending, key)) return;
    clearTimeout(this.fetchTimer);
    this.pending = null;
    const span = this.t1 - this.t0;
    let t0 = Math.max(this.min, this.t0 - span);
    let t1 = Math.min(this.max, this.t1 + span);
    if (key === 'coarse') {
      // The overview's months over-count a partly covered window: never fewer than there are.
      if (this.countIn(this.t0, this.t1) > MARK_LIMIT) return;
      if (this.countIn(t0, t1) > MARK_LIMIT) { t0 = Math.max(this.min, this.t0); t1 = Math.min(this.max, this.t1); }
    }
    if (t1 <= t0) return;
    const pending = { key, t0, t1 };
    this.pending = pending;
    this.fetchTimer = setTimeout(() => this.fetchWindow(pending), 120);
  }

  async fetchWindow(pending) {
    this.fetching?.abort();
    const controller = new AbortController();
    this.fetching = controller;
    const range = { from: isoDay(pending.t0), to: isoDay(pending.t1 - 1) };
    try {
      const counts = pending.key === 'day' ? await this.source.counts({ ...range, level: 'day' }, controller.signal) : null;
      let events = null;
      if (!counts || counts.total <= MARK_LIMIT) {
        const page = await this.source.events({ ...range, limit: MARK_LIMIT }, controller.signal);
        // Drawn one by one only when every event of the window came.
        if (page.total <= page.items.length) {
          events = page.items.map((event) => ({ event, d: parseDate(event.date, event.precision) })).filter((x) => x.d && !x.d.unknownYear);
        }
      }
      if (this.pending !== pending) return;
      this.pending = null;
      this.window = { ...pending, events, buckets: counts ? counts.buckets.map(bucketOf).filter(Boolean) : null };
      this.draw();
    } catch (error) {
      if (error.name !== 'AbortError' && this.pending === pending) this.pending = null;
    }
  }

  /** Whether window `w` (fetched or pending) holds what the view shows of the events' extent. */
  covers(w, key) {
    return !!w && w.key === key && w.t0 <= Math.max(this.t0, this.min) && w.t1 >= Math.min(this.t1, this.max);
  }

  /** At least how many events the overview puts in [t0, t1) (partly covered months count whole). */
  countIn(t0, t1) {
    return this.overview.reduce((n, b) => (b.end > t0 && b.start < t1 ? n + b.count : n), 0);
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
    this.ensureWindow();
    const width = this.measure();
    const level = this.level();
    const w = this.window;
    const events = this.covers(w, level === 'day' ? 'day' : 'coarse') ? w.events : null;
    const top = 12;
    let body;
    let axisY;
    if (events) {
      const { placed, lanes } = this.layoutMarks(events);
      axisY = top + lanes * 22 + 8;
      body = this.drawMarks(placed, top);
    } else {
      // Until the day counts come, the months stand in.
      const drawn = this.buckets(level) ? level : 'month';
      const buckets = this.buckets(drawn);
      const fine = (b) => b.precision === drawn || (drawn === 'month' && b.precision === 'day');
      const { spans, lanes } = this.layoutSpans(buckets.filter((b) => !fine(b)));
      const barTop = top + lanes * 22 + 18;
      axisY = barTop + 110;
      body = [this.drawSpans(spans, top), this.drawBars(buckets.filter(fine), barTop, axisY)];
    }
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
    this.svg.replaceChildren(grid, ...body);

    const fmt = (t) => {
      const d = new Date(t);
      return unit === 'year' && step >= 1 && this.t1 - this.t0 > 3 * YEAR ? String(d.getUTCFullYear()) : tickLabel(t, 'day') + ' ' + d.getUTCFullYear();
    };
    const levelWord = { year: 'السنة', month: 'الشهر', day: 'اليوم' }[level];
    this.rangeLabel.textContent = `المعروض: من ${fmt(this.t0)} إلى ${fmt(this.t1 - 1)} — ${events ? 'كل حدث وحده' : `عدد الأحداث في ${levelWord}`}`;
    for (const [i, b] of this.presetButtons.entries()) {
      b.setAttribute('aria-pressed', String(Math.abs(Math.log((this.t1 - this.t0) / PRESETS[i].span)) < 0.05));
    }
  }

  /** Greedy lanes for coarse spans (years, decades): [{b, u0, u1, lane}] for those in view. */
  layoutSpans(buckets) {
    const lo = this.pad / 2;
    const hi = this.width - this.pad / 2;
    const marks = buckets.filter((b) => b.end > this.t0 && b.start < this.t1).map((b) => {
      const u0 = Math.max(lo, this.width - this.x(b.start));
      const u1 = Math.min(hi, this.width - this.x(b.end));
      return { b, u0: Math.min(u0, hi - 6), u1: Math.max(u1, Math.min(u0, hi - 6) + 6) };
    }).sort((a, b) => a.u0 - b.u0 || b.u1 - a.u1);
    return this.lanes(marks, 4);
  }

  /** Places `marks` ({u0, u1}) in at most `max` lanes; extra marks share the emptiest lane. */
  lanes(marks, max) {
    const ends = [];
    const placed = [];
    for (const mark of marks) {
      let lane = ends.findIndex((end) => end + 3 <= mark.u0);
      if (lane < 0) lane = ends.length < max ? ends.length : ends.indexOf(Math.min(...ends));
      ends[lane] = Math.max(ends[lane] ?? -Infinity, mark.u1);
      placed.push({ ...mark, lane });
    }
    return { spans: placed, placed, lanes: Math.max(1, ends.length) };
  }

  drawSpans(spans, top) {
    const width = this.width;
    return s('g', { class: 'spans' }, spans.map(({ b, u0, u1, lane }) => {
      const y = top + lane * 22 + 11;
      const name = formatDate(b.date, b.precision).replace(/ \(.*\)$/, '');
      const label = `${formatDate(b.date, b.precision)}: ${countPhrase(b.count, 'event')} مؤرّخة ب${PRECISION_LABELS[b.precision] ?? ''} كاملة`;
      const text = `${name} · ${formatCount(b.count)}`;
      const a = s('a', { href: '#', class: ['bucket-span', `prec-${b.precision}`], 'aria-label': label },
        s('title', null, label),
        s('rect', { x: width - u1, y: y - 7, width: Math.max(6, u1 - u0), height: 14, rx: 3 }),
        u1 - u0 > text.length * LABEL_CHAR + 12 ? s('text', { x: width - (u0 + u1) / 2, y: y + 4, 'text-anchor': 'middle', class: 'mark-label', 'aria-hidden': 'true' }, text) : null);
      this.bucketActions(a, b, label);
      return a;
    }));
  }

  /** Bars of event counts, height by the square root of the count; the counts labelled where they fit. */
  drawBars(buckets, top, axisY) {
    const visible = buckets.filter((b) => b.end > this.t0 && b.start < this.t1);
    const max = Math.max(1, ...visible.map((b) => b.count));
    const room = axisY - top - 14;
    const bars = visible.map((b) => {
      const xa = this.x(b.start);
      const xb = this.x(b.end);
      const left = Math.max(this.pad / 2, Math.min(xa, xb));
      const right = Math.min(this.width - this.pad / 2, Math.max(xa, xb));
      const gap = right - left > 4 ? 1 : 0;
      const barW = Math.max(2, right - left - gap);
      const barH = Math.max(2, Math.sqrt(b.count / max) * room);
      return { b, x: left + gap / 2, w: barW, h: barH };
    });
    // Count labels, biggest first, each where it overlaps no label already placed.
    const taken = [];
    const labelled = new Set();
    for (const bar of [...bars].sort((a, b) => b.b.count - a.b.count)) {
      const text = formatCount(bar.b.count);
      const mid = bar.x + bar.w / 2;
      const half = (text.length * LABEL_CHAR) / 2 + 3;
      if (taken.some(([l, r]) => mid + half > l && mid - half < r)) continue;
      taken.push([mid - half, mid + half]);
      labelled.add(bar);
    }
    return s('g', { class: 'bars' }, bars.map((bar) => {
      const { b } = bar;
      const label = `${formatDate(b.date, b.precision)}: ${countPhrase(b.count, 'event')}`;
      const a = s('a', { href: '#', class: ['bucket', `prec-${b.precision}`], 'aria-label': label },
        s('title', null, label),
        s('rect', { x: bar.x, y: axisY - bar.h, width: bar.w, height: bar.h }),
        labelled.has(bar) ? s('text', { x: bar.x + bar.w / 2, y: axisY - bar.h - 4, 'text-anchor': 'middle', class: 'bar-label', 'aria-hidden': 'true' }, formatCount(b.count)) : null);
      this.bucketActions(a, b, label);
      return a;
    }));
  }

  /** Hover or focus describes the bucket; a click zooms into it. */
  bucketActions(a, b, label) {
    const show = () => replace(this.detail, h('p', { class: 'event-date' }, label), h('p', { class: 'hint' }, 'اضغط للتكبير إلى هذه الفترة.'));
    a.addEventListener('focus', show);
    a.addEventListener('mouseenter', show);
    a.addEventListener('click', (e) => {
      e.preventDefault();
      if (this.dragged) return;
      const pad = Math.max(0, (MIN_SPAN * 3 - (b.end - b.start)) / 2);
      this.setRange(b.start - pad, b.end + pad, { exact: true });
    });
  }

  /** Lanes for single events, each with its short date beside it when that fits the lane. */
  layoutMarks(items) {
    const lo = this.pad / 2;
    const hi = this.width - this.pad / 2;
    const marks = items.filter((x) => x.d.end >= this.t0 && x.d.start <= this.t1).map((item) => {
      const short = formatDate(item.event.date, item.event.precision).replace(/ \(.*\)$/, '');
      const labelW = short.length * LABEL_CHAR + 8;
      if (item.d.point) {
        const mid = this.width - this.x((item.d.start + item.d.end) / 2);
        return { item, short, u0: mid - 7, u1: mid + 7 + labelW, point: true };
      }
      const u0 = Math.min(Math.max(lo, this.width - this.x(item.d.start)), hi - 6);
      const u1 = Math.max(Math.min(hi, this.width - this.x(item.d.end)), u0 + 6);
      const inside = u1 - u0 > labelW + 4;
      return { item, short, u0, u1: inside ? u1 : u1 + labelW, point: false, inside };
    }).sort((a, b) => a.u0 - b.u0 || b.u1 - a.u1);
    // A label goes only where its lane is free: a mark that finds no free lane shares one unlabelled.
    const ends = [];
    const placed = [];
    for (const mark of marks) {
      let lane = ends.findIndex((end) => end + 3 <= mark.u0);
      let labelled = true;
      if (lane < 0) {
        if (ends.length < 12) lane = ends.length;
        else { lane = ends.indexOf(Math.min(...ends)); labelled = false; }
      }
      ends[lane] = Math.max(ends[lane] ?? -Infinity, labelled ? mark.u1 : mark.u0 + 14);
      placed.push({ ...mark, lane, labelled });
    }
    return { placed, lanes: Math.max(1, ends.length) };
  }

  drawMarks(placed, top) {
    const width = this.width;
    return [s('g', { class: 'marks' }, placed.map(({ item, short, u0, u1, lane, point, inside, labelled }) => {
      const e = item.event;
      const y = top + lane * 22 + 11;
      const label = `${formatDate(e.date, e.precision)}: ${e.text ?? e.expression ?? ''}`;
      let shape;
      let text = null;
      if (point) {
        const cx = width - (u0 + 7);
        shape = s('circle', { cx, cy: y, r: 6 });
        // The SVG inherits the page's right-to-left direction: 'start' is the text's right end.
        if (labelled) text = s('text', { x: cx - 10, y: y + 4, 'text-anchor': 'start', class: 'mark-label outside', 'aria-hidden': 'true' }, short);
      } else {
        const spanEnd = inside || !labelled ? u1 : u1 - (short.length * LABEL_CHAR + 8);
        shape = s('rect', { x: width - spanEnd, y: y - 7, width: Math.max(6, spanEnd - u0), height: 14, rx: 3 });
        if (labelled) {
          text = inside
            ? s('text', { x: width - (u0 + spanEnd) / 2, y: y + 4, 'text-anchor': 'middle', class: 'mark-label', 'aria-hidden': 'true' }, short)
            : s('text', { x: width - spanEnd - 4, y: y + 4, 'text-anchor': 'start', class: 'mark-label outside', 'aria-hidden': 'true' }, short);
        }
      }
      const a = s('a', { href: appURL({ article: e.articleId }), class: ['event-mark', `prec-${e.precision}`], 'aria-label': label },
        s('title', null, label), shape, text);
      const show = () => this.showDetail(e);
      a.addEventListener('focus', show);
      a.addEventListener('mouseenter', show);
      return a;
    }))];
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
    ['day', 'month', 'year', 'decade'].map((p) => h('span', { class: 'legend-item' }, swatch(p), p === 'day' ? 'يوم (نقطة)' : `${PRECISION_LABELS[p]} (مدة)`)),
    h('span', { class: 'legend-item' }, s('svg', { width: 16, height: 16, 'aria-hidden': 'true', class: 'legend-swatch' }, s('g', { class: 'bucket' }, s('rect', { x: 3, y: 2, width: 10, height: 14 }))), 'عمود: عدد الأحداث في الفترة'));
}

