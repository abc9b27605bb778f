// Arabic number agreement, done once for every count the UI writes.
//
// The noun after a number takes a different form by the number's last two digits (the rules
// behind CLDR's Arabic plural categories):
//   1        the singular, the number as an adjective after it   «مقال واحد»
//   2        the dual, no number                                  «مقالان»
//   3–10     the number, then the plural (genitive)               «3 مقالات»
//   11–99    the number, then the singular, accusative (tamyiz)   «11 مقالاً»
//   100+     the number, then the singular (genitive)             «100 مقال»
// and so on by the last two digits: 103 → «103 مقالات», 111 → «111 مقالاً», 101 and 102 → «101 مقال».
// Zero takes the plural: «0 مقالات».
import { formatCount } from './dom.js';

/**
 * The forms of one noun (with its adjectives, which agree the same way):
 * one: the whole phrase for 1; two: the whole phrase for 2; few: after 3–10; many: after 11–99;
 * other: after 100, 101, 102, … (the singular).
 */
export const NOUNS = {
  article: { one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالاً', other: 'مقال' },
  event: { one: 'حدث واحد', two: 'حدثان', few: 'أحداث', many: 'حدثاً', other: 'حدث' },
  datedEvent: { one: 'حدث مؤرّخ واحد', two: 'حدثان مؤرّخان', few: 'أحداث مؤرّخة', many: 'حدثاً مؤرّخاً', other: 'حدث مؤرّخ' },
  mention: { one: 'إشارة واحدة', two: 'إشارتان', few: 'إشارات', many: 'إشارةً', other: 'إشارة' },
  entity: { one: 'كيان واحد', two: 'كيانان', few: 'كيانات', many: 'كياناً', other: 'كيان' },
  link: { one: 'صلة واحدة', two: 'صلتان', few: 'صلات', many: 'صلةً', other: 'صلة' },
  result: { one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجةً', other: 'نتيجة' },
  time: { one: 'مرة واحدة', two: 'مرتان', few: 'مرات', many: 'مرةً', other: 'مرة' },
  otherArticle: { one: 'مقال آخر', two: 'مقالين آخرين', few: 'مقالات أخرى', many: 'مقالاً آخر', other: 'مقال آخر' },
  otherMention: { one: 'إشارة أخرى', two: 'إشارتان أخريان', few: 'إشارات أخرى', many: 'إشارةً أخرى', other: 'إشارة أخرى' },
};

/** The category of `n`: 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'. */
export function pluralCategory(n) {
  const whole = Math.abs(Math.trunc(n));
  if (whole !== Math.abs(n)) return 'other'; // fractions take the singular genitive
  if (whole === 0) return 'zero';
  if (whole === 1) return 'one';
  if (whole === 2) return 'two';
  const last2 = whole % 100;
  if (last2 >= 3 && last2 <= 10) return 'few';
  if (last2 >= 11 && last2 <= 99) return 'many';
  return 'other';
}

/**
 * `n` with its noun in agreement: countPhrase(1, 'article') → «مقال واحد», (2) → «مقالان»,
 * (3) → «3 مقالات», (11) → «11 مقالاً», (100) → «100 مقال». `noun` is a key of NOUNS or a forms object.
 */
export function countPhrase(n, noun) {
  const forms = typeof noun === 'string' ? NOUNS[noun] : noun;
  const category = pluralCategory(n);
  if (category === 'one' || category === 'two') return forms[category];
  const form = category === 'zero' ? forms.few : forms[category];
  return `${formatCount(n)} ${form}`;
}

/** Just the noun form that follows `n` written as a number («مقالات» for 5), for «N من M …». */
export function nounAfter(n, noun) {
  const forms = typeof noun === 'string' ? NOUNS[noun] : noun;
  const category = pluralCategory(n);
  if (category === 'one' || category === 'other') return forms.other;
  if (category === 'two' || category === 'few' || category === 'zero') return forms.few;
  return forms.many;
}
