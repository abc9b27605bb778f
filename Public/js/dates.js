// Timeline dates: `2012-09-11` (day), `2018-06` (month), `2014` (year), `199X` (decade),
// `19XX` (century), `XXXX-09-26` (day of an unknown year). Times are UTC milliseconds.

/** Month names as the corpus writes them (Egyptian/Gulf usage, as in "سبتمبر 2012"). */
export const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

const DECADES = { 2: 'العشرينيات', 3: 'الثلاثينيات', 4: 'الأربعينيات', 5: 'الخمسينيات', 6: 'الستينيات', 7: 'السبعينيات', 8: 'الثمانينيات', 9: 'التسعينيات' };

export const PRECISION_LABELS = { day: 'يوم', month: 'شهر', year: 'سنة', decade: 'عقد', century: 'قرن' };

const utc = (y, m = 0, d = 1) => {
  const t = new Date(0);
  t.setUTCFullYear(y, m, d); // Date.UTC maps years 0–99 to 1900–1999
  t.setUTCHours(0, 0, 0, 0);
  return t.getTime();
};

/**
 * Where `date` lies: { start, end, point, unknownYear, precision, year, month, day }.
 * `start`/`end` bound the whole period (end exclusive); `point` is true for a single day.
 * Returns null for a string it cannot read.
 */
export function parseDate(date, precision) {
  const text = String(date ?? '');
  let m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (m) return { unknownYear: true, month: +m[1], day: m[2] ? +m[2] : null, precision: precision || (m[2] ? 'day' : 'month') };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const start = utc(+m[1], +m[2] - 1, +m[3]);
    return { start, end: start + 864e5, point: true, year: +m[1], month: +m[2], day: +m[3], precision: 'day' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return { start: utc(+m[1], +m[2] - 1), end: utc(+m[1], +m[2]), year: +m[1], month: +m[2], precision: 'month' };
  m = /^(\d{4})$/.exec(text);
  if (m) return { start: utc(+m[1]), end: utc(+m[1] + 1), year: +m[1], precision: 'year' };
  m = /^(\d{1,3})(X+)$/.exec(text);
  if (m && m[1].length + m[2].length === 4) {
    const size = 10 ** m[2].length;
    const first = +m[1] * size;
    return { start: utc(first), end: utc(first + size), year: first, precision: size === 10 ? 'decade' : 'century', size };
  }
  return null;
}

/** The date in words: "11 سبتمبر 2012", "سبتمبر 2012", "2014", "التسعينيات (1990–1999)". */
export function formatDate(date, precision) {
  const d = parseDate(date, precision);
  if (!d) return String(date ?? '');
  if (d.unknownYear) return `${d.day ? `${d.day} ` : ''}${MONTHS[d.month - 1] ?? d.month} (سنة غير معروفة)`;
  switch (d.precision) {
    case 'day': return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
    case 'month': return `${MONTHS[d.month - 1]} ${d.year}`;
    case 'year': return String(d.year);
    case 'decade': {
      const name = DECADES[Math.floor(d.year / 10) % 10];
      const range = `${d.year}–${d.year + 9}`;
      return name ? `${name} (${range})` : `العقد ${range}`;
    }
    default: return `${d.year}–${d.year + d.size - 1}`;
  }
}

/** A value for `<time datetime>` (ISO forms only; decades become the first year). */
export function machineDate(date) {
  const d = parseDate(date);
  if (!d || d.unknownYear) return null;
  if (d.precision === 'decade' || d.precision === 'century') return String(d.year).padStart(4, '0');
  return String(date);
}

/** Adds `count` units ('day' | 'month' | 'year') to UTC time `t`. */
export function addUnit(t, unit, count) {
  const d = new Date(t);
  if (unit === 'day') return t + count * 864e5;
  if (unit === 'month') return utc(d.getUTCFullYear(), d.getUTCMonth() + count, 1);
  return utc(d.getUTCFullYear() + count, 0, 1);
}

/** The start of the `step`-aligned `unit` containing `t`. */
export function floorUnit(t, unit, step) {
  const d = new Date(t);
  if (unit === 'day') {
    const days = Math.floor(t / 864e5);
    return Math.floor(days / step) * step * 864e5;
  }
  if (unit === 'month') {
    const months = d.getUTCFullYear() * 12 + d.getUTCMonth();
    const aligned = Math.floor(months / step) * step;
    return utc(Math.floor(aligned / 12), aligned % 12, 1);
  }
  return utc(Math.floor(d.getUTCFullYear() / step) * step, 0, 1);
}

/** A tick label for time `t` at `unit`. */
export function tickLabel(t, unit) {
  const d = new Date(t);
  if (unit === 'day') return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  if (unit === 'month') return d.getUTCMonth() === 0 ? `${MONTHS[0]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()];
  return String(d.getUTCFullYear());
}
