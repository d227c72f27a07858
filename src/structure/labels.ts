/**
 * Item labels and their numbering sequences: (a) (b) …, (i) (ii) …, (1) (2) …, dashes and bullets, and the
 * sequences of Arabic — (أ) (ب) …, ’1‘ ’2‘ … — and Chinese — ㈠ ㈡ … (十一).
 */
import { ABJAD, abjadOrdinal, enclosedHanOrdinal, hanNumeral, hanValue, LATIN_LOOKALIKE_LETTERS, LATIN_LOOKALIKES, TATWEEL } from '../lang/numbering.js';

export type LabelStyle = 'alpha' | 'roman' | 'number' | 'upper' | 'upper-roman' | 'dash' | 'bullet' | 'abjad' | 'han';

export interface Label {
  /** as printed: "(a)", "(ii)", "-" */
  num: string;
  /** inside the parentheses, lower case: "a", "ii"; the marker for dashes and bullets */
  key: string;
  /** text after the label */
  rest: string;
}

const PARENTHESISED = /^\(([a-z]{1,3}|[ivxlc]{1,7}|\d{1,2}|[A-Z])\)\s*(.*)$/;
const PARENTHESISED_LETTER = /^\(([\u0621-\u064a]ـ?|[一二三四五六七八九十]{1,3})\)\s*(.*)$/u;
/** "(а)" with a Cyrillic letter that looks like a Latin one: read as that letter, printed as it is. */
const PARENTHESISED_LOOKALIKE = new RegExp(`^\\(([${LATIN_LOOKALIKE_LETTERS}])\\)\\s*(.*)$`, 'u');
/** "i). Exemptions": a label without its opening parenthesis, a full stop after it (a Russian heading's). */
const HALF_PARENTHESISED = /^([a-z]|[ivxlc]{1,7})\)\.\s+(\S.*)$/;
const ENCLOSED_HAN = /^([\u3220-\u3229])\s*(.*)$/u;
/** Arabic sub-items: a digit between quotes, which extraction may turn either way; read as "(1)", as the importer does. */
const QUOTED_NUMBER = /^[’‘'](\d{1,2})[’‘']\s*(.*)$/u;
const MARKER = /^([–•])\s+(.*)$/u;
/** "A. To assist the parties …", "I. Secure and Stable Environment:": parts of a long list. */
const DOTTED = /^([A-Z]|[IVXL]{1,5})\.\s+(\S.*)$/u;
/** "12. Decides"; Arabic prints "12 - يقرر". */
const PARAGRAPH_NUMBER = /^(\d{1,3})(?:\.(?!\d)| -(?=\s|$))\s*(.*)$/u;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman[i].toLowerCase()];
    const next = ROMAN_VALUES[roman[i + 1]?.toLowerCase()] ?? 0;
    if (value === undefined) return NaN;
    total += value < next ? -value : value;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) [out, n] = [out + letters, n - value];
  return out;
}

/** "a" → "b", "z" → "aa". */
function nextAlpha(key: string): string {
  if (key.length === 1) return key === 'z' ? 'aa' : String.fromCharCode(key.charCodeAt(0) + 1);
  // Doubled letters: (aa), (bb) …
  const next = nextAlpha(key[0]);
  return next.length === 1 ? next.repeat(key.length) : key + key[0];
}

/**
 * The item label opening the text, if any. Each pattern opens with its own characters, so the first character
 * tells which may match: most lines open with a letter, and are tried against one pattern at most.
 */
export function labelAt(text: string): Label | null {
  const first = text.charCodeAt(0);
  if (first === 0x28) return parenthesisedLabel(text);
  if (first >= 0x61 && first <= 0x7a) {
    const half = HALF_PARENTHESISED.exec(text);
    return half && { num: `(${half[1]})`, key: half[1], rest: half[2] };
  }
  if (first >= 0x41 && first <= 0x5a) {
    const dotted = DOTTED.exec(text);
    return dotted && { num: `${dotted[1]}.`, key: dotted[1], rest: dotted[2] };
  }
  // Of ASCII, only the quote of an Arabic sub-item ('1') opens a label from here on.
  if (first < 0x80 && first !== 0x27) return null;
  const enclosed = ENCLOSED_HAN.exec(text);
  if (enclosed) return { num: enclosed[1], key: hanNumeral(enclosedHanOrdinal(enclosed[1])), rest: enclosed[2] };
  const quoted = QUOTED_NUMBER.exec(text);
  if (quoted) return { num: `(${quoted[1]})`, key: quoted[1], rest: quoted[2] };
  const marker = MARKER.exec(text);
  return marker && { num: '-', key: marker[1], rest: marker[2] };
}

/** "(a)", "(ii)", "(а)" with a Cyrillic look-alike, "(أ)", "(一)". */
function parenthesisedLabel(text: string): Label | null {
  const m = PARENTHESISED.exec(text);
  if (m) return { num: `(${m[1]})`, key: m[1], rest: m[2] };
  const lookalike = PARENTHESISED_LOOKALIKE.exec(text);
  if (lookalike) return { num: `(${lookalike[1]})`, key: LATIN_LOOKALIKES[lookalike[1]], rest: lookalike[2] };
  const letter = PARENTHESISED_LETTER.exec(text);
  if (letter && (abjadOrdinal(letter[1]) > 0 || hanValue(letter[1]) > 0)) {
    return { num: `(${letter[1]})`, key: letter[1].replace(TATWEEL, ''), rest: letter[2] };
  }
  return null;
}

export function paragraphNumberAt(text: string): { n: number; rest: string } | null {
  const m = PARAGRAPH_NUMBER.exec(text);
  return m ? { n: Number(m[1]), rest: m[2] } : null;
}

/** The styles a label can belong to: "(i)" is a letter after (h), a roman numeral otherwise. */
export function stylesOf(label: Label): LabelStyle[] {
  const key = label.key;
  if (key === '–') return ['dash'];
  if (key === '•') return ['bullet'];
  if (hanValue(key) > 0) return ['han'];
  if (abjadOrdinal(key) > 0) return ['abjad'];
  if (/^\d+$/.test(key)) return ['number'];
  if (label.num.endsWith('.')) {
    const dottedStyles: LabelStyle[] = [];
    if (/^[A-Z]$/.test(key)) dottedStyles.push('upper');
    if (/^[IVXL]+$/.test(key)) dottedStyles.push('upper-roman');
    return dottedStyles;
  }
  if (/^[A-Z]$/.test(key)) return ['upper'];
  const styles: LabelStyle[] = [];
  if (/^[a-z]$/.test(key) || /^([a-z])\1+$/.test(key)) styles.push('alpha');
  if (/^[ivxlc]+$/.test(key) && !Number.isNaN(romanValue(key))) styles.push('roman');
  return styles;
}

export function firstKey(style: LabelStyle): string {
  return { alpha: 'a', roman: 'i', number: '1', upper: 'A', 'upper-roman': 'I', dash: '–', bullet: '•', abjad: ABJAD[0], han: hanNumeral(1) }[style];
}

export function nextKey(style: LabelStyle, key: string): string {
  switch (style) {
    case 'alpha':
      return nextAlpha(key);
    case 'roman':
      return toRoman(romanValue(key) + 1);
    case 'upper-roman':
      return toRoman(romanValue(key) + 1).toUpperCase();
    case 'number':
      return String(Number(key) + 1);
    case 'abjad':
      return ABJAD[abjadOrdinal(key)] ?? '';
    case 'han':
      return hanNumeral(hanValue(key) + 1);
    case 'upper':
      return String.fromCharCode(key.charCodeAt(0) + 1);
    default:
      return key;
  }
}

/**
 * The id segment of a label: "a", "ii", "3"; dashes and bullets are counted: "d1", "d2". Arabic and Chinese
 * labels take the segment of the label they translate — (ب) "b", ㈡ "ii" — so ids agree across languages.
 */
export function idSegment(label: Label, ordinal: number): string {
  if (label.num === '-') return `d${ordinal}`;
  const [style] = stylesOf(label);
  if (style === 'abjad') return String.fromCharCode(0x61 + abjadOrdinal(label.key) - 1);
  if (style === 'han') return toRoman(hanValue(label.key));
  return label.key;
}
