/**
 * Item numbering of the languages whose lists do not count in Latin letters or roman numerals.
 * Arabic counts items in the abjad order of its letters — (أ) (ب) (ج) … — and sub-items with quoted digits ’1‘;
 * Chinese counts sub-items with parenthesised numerals: ㈠ … ㈩, then (十一) (十二) ….
 */

/** Arabic letters in abjad order, as item labels use them: (أ) is the first, (ي) the tenth. */
export const ABJAD = ['أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'] as const;

/** The tatweel that stretches a letter in print, "(هـ)": not part of the label's letter. */
export const TATWEEL = 'ـ';

/** "ب" (or "بـ") → 2: the letter's place in the abjad order; 0 when it is no abjad letter. */
export function abjadOrdinal(text: string): number {
  return (ABJAD as readonly string[]).indexOf(text.replace(TATWEEL, '')) + 1;
}

/** ㈠ to ㈩: the first ten Chinese sub-item labels, each one character (U+3220 to U+3229). */
const ENCLOSED_HAN_FIRST = 0x3220;

/** "㈢" → 3; 0 when the text is no enclosed numeral. */
export function enclosedHanOrdinal(text: string): number {
  const ordinal = text.length === 1 ? text.charCodeAt(0) - ENCLOSED_HAN_FIRST + 1 : 0;
  return ordinal >= 1 && ordinal <= 10 ? ordinal : 0;
}

const HAN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const HAN_TEN = '十';

/** 1 → "一", 11 → "十一", 20 → "二十", 99 → "九十九". */
export function hanNumeral(n: number): string {
  if (n < 10) return HAN_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : HAN_DIGITS[tens]}${HAN_TEN}${HAN_DIGITS[n % 10]}`;
}

/** "十一" → 11; NaN when the text is no Chinese numeral below 100. */
export function hanValue(text: string): number {
  const at = text.indexOf(HAN_TEN);
  const digit = (c: string) => (c === '' ? 0 : HAN_DIGITS.indexOf(c) > 0 ? HAN_DIGITS.indexOf(c) : NaN);
  if (at < 0) return text.length === 1 ? digit(text) : NaN;
  if (text.length > 3) return NaN;
  return (at === 0 ? 1 : digit(text.slice(0, at))) * 10 + digit(text.slice(at + 1));
}

/**
 * Cyrillic letters a Russian text may print for the Latin letters of item labels, as they look alike: "(а)" typed
 * with the Cyrillic а stands for (a).
 */
export const LATIN_LOOKALIKES: Readonly<Record<string, string>> = { а: 'a', с: 'c', е: 'e', і: 'i', х: 'x' };
/** Those Cyrillic letters, for a character class. */
export const LATIN_LOOKALIKE_LETTERS = Object.keys(LATIN_LOOKALIKES).join('');
