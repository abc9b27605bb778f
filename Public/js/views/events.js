// A list of timeline events, shared by the article, entity and timeline views.
import { h, appURL } from '../dom.js';
import { formatDate, machineDate, PRECISION_LABELS } from '../dates.js';
import { codePoints, markRanges } from '../text.js';
import { typeClass, typeInfo } from '../types.js';
import { countPhrase } from '../plural.js';

/** «وردت أيضاً في …»: the other articles of the event's group (its own article is not one of them). */
function otherSources(event) {
  const others = (event.sources ?? []).filter((id) => id !== event.articleId);
  if (others.length === 0) return null;
  const count = Math.max(others.length, (event.sourceCount ?? 0) - 1);
  return h('span', { class: 'other-sources' }, ` · وردت أيضاً في ${countPhrase(count, 'otherArticle')}: `,
    others.map((id, k) => [k ? '، ' : '', h('a', { href: appURL({ article: id }), title: id }, `مقال ${k + 1}`)]),
    count > others.length ? ' …' : null);
}

/** The event sentence with its date expression marked. */
export function eventSentence(event) {
  const chars = codePoints(event.text ?? '');
  const start = (event.expressionStart ?? -1) - (event.start ?? 0);
  const end = (event.expressionEnd ?? -1) - (event.start ?? 0);
  if (start >= 0 && end > start && chars.slice(start, end).join('') === event.expression) {
    return markRanges(chars, [[start, end]], (s) => h('mark', { class: 'date-expression' }, s));
  }
  const text = event.text ?? '';
  const at = event.expression ? text.indexOf(event.expression) : -1;
  if (at < 0) return [text];
  return [text.slice(0, at), h('mark', { class: 'date-expression' }, event.expression), text.slice(at + event.expression.length)];
}

/** An `<ol>` of events: date, sentence, article link, entities. */
export function eventList(events, { showArticle = true, idPrefix = null } = {}) {
  return h('ol', { class: 'event-list' }, events.map((event, i) => {
    const iso = machineDate(event.date);
    const date = formatDate(event.date, event.precision);
    return h('li', { class: 'event', id: idPrefix ? `${idPrefix}${i}` : null, tabindex: idPrefix ? '-1' : null },
      h('p', { class: 'event-date' },
        iso ? h('time', { datetime: iso }, date) : h('span', null, date),
        h('span', { class: ['precision', `precision-${event.precision}`] }, PRECISION_LABELS[event.precision] ?? event.precision)),
      h('p', { class: 'event-text', dir: 'auto' }, eventSentence(event)),
      showArticle && event.articleId ? h('p', { class: 'event-source' }, 'من: ',
        h('a', { href: appURL({ article: event.articleId }), dir: 'auto' }, event.articleTitle || event.articleId),
        otherSources(event)) : null,
      (event.entities ?? []).length ? h('ul', { class: 'chips', 'aria-label': 'الكيانات في الجملة' }, event.entities.map((e) => h('li', null,
        h('a', { href: appURL({ entity: e.id }), class: ['entity-chip', 'small', typeClass(e.type)], title: typeInfo(e.type).label, dir: 'auto' },
          h('span', { class: 'type-symbol', 'aria-hidden': 'true' }, typeInfo(e.type).symbol), e.name)))) : null);
  }));
}
