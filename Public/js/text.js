// Offsets from the API count Unicode scalars (code points); JS strings index UTF-16 units.
// Everything here works on arrays of code points so astral characters never shift a mark.

import { h } from './dom.js';

/** The code points of `text`. */
export const codePoints = (text) => Array.from(text ?? '');

/**
 * Splits `text` into plain strings and marked spans: `ranges` are [start, end) code-point pairs
 * (overlaps and out-of-range pairs are dropped); `wrap(segment, range)` builds each marked node.
 */
export function markRanges(text, ranges, wrap) {
  const chars = Array.isArray(text) ? text : codePoints(text);
  const sorted = [...ranges]
    .filter((r) => r && r[0] < r[1] && r[0] >= 0 && r[1] <= chars.length)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out = [];
  let pos = 0;
  for (const range of sorted) {
    const [start, end] = range;
    if (start < pos) continue; // overlaps the previous mark
    if (start > pos) out.push(chars.slice(pos, start).join(''));
    out.push(wrap(chars.slice(start, end).join(''), range));
    pos = end;
  }
  if (pos < chars.length) out.push(chars.slice(pos).join(''));
  return out;
}

/** Text with `<mark>`s over the given ranges. */
export function highlighted(text, ranges) {
  return markRanges(text, ranges, (segment) => h('mark', null, segment));
}

/**
 * A few words either side of [start, end) in `chars` (an array of code points):
 * { before, match, after } with ellipses where the text was cut.
 */
export function contextAround(chars, start, end, words = 7) {
  const isSpace = (c) => /\s/u.test(c);
  let from = start;
  let seen = 0;
  while (from > 0) {
    if (isSpace(chars[from - 1]) && !isSpace(chars[from] ?? '')) {
      seen += 1;
      if (seen > words) break;
    }
    if (chars[from - 1] === '\n') break;
    from -= 1;
  }
  let to = end;
  seen = 0;
  while (to < chars.length) {
    if (isSpace(chars[to]) && !isSpace(chars[to - 1] ?? '')) {
      seen += 1;
      if (seen > words) break;
    }
    if (chars[to] === '\n') break;
    to += 1;
  }
  const clean = (s) => s.replace(/\s+/gu, ' ');
  return {
    before: (from > 0 && chars[from - 1] !== '\n' ? '… ' : '') + clean(chars.slice(from, start).join('')).trimStart(),
    match: chars.slice(start, end).join(''),
    after: clean(chars.slice(end, to).join('')).trimEnd() + (to < chars.length && chars[to] !== '\n' ? ' …' : ''),
  };
}
