// Entity types: names, colours (in CSS as .type-*) and a symbol, so type is never shown by colour alone.
import { h } from './dom.js';

const TYPES = {
  person: { label: 'شخص', plural: 'أشخاص', symbol: '●' },
  organization: { label: 'منظمة', plural: 'منظمات', symbol: '■' },
  location: { label: 'مكان', plural: 'أماكن', symbol: '▲' },
};

/** The known types, in display order. */
export const TYPE_ORDER = ['person', 'organization', 'location'];

/** { label, plural, symbol } of `type` (unknown types get a neutral entry). */
export function typeInfo(type) {
  return TYPES[type] ?? { label: type || 'غير مصنّف', plural: type || 'غير مصنّف', symbol: '◆' };
}

/** The CSS class of `type`. */
export function typeClass(type) {
  return TYPES[type] ? `type-${type}` : 'type-other';
}

/** A small badge: symbol + type name, coloured. */
export function typeBadge(type) {
  const info = typeInfo(type);
  return h('span', { class: ['type-badge', typeClass(type)] }, h('span', { class: 'type-symbol', 'aria-hidden': 'true' }, info.symbol), info.label);
}

/** A legend for `types` (defaults to every known type). */
export function typeLegend(types = TYPE_ORDER, caption = 'دليل الألوان:') {
  return h('p', { class: 'legend' },
    h('span', { class: 'legend-caption' }, caption),
    types.map((t) => h('span', { class: ['legend-item', 'entity', typeClass(t)] }, h('span', { class: 'type-symbol', 'aria-hidden': 'true' }, typeInfo(t).symbol), typeInfo(t).label)));
}
