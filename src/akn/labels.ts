/** Labels of paragraphs and items as the model writes them: "1", "(a)", "(ii)", "(1)", "-", "". */
import { abjadOrdinal, enclosedHanOrdinal, hanValue, LATIN_LOOKALIKES } from '../lang/numbering.js';

export type LabelKind = 'number' | 'alpha' | 'roman' | 'upper' | 'upper-roman' | 'paren-number' | 'abjad' | 'han' | 'dash' | 'none' | 'other';

const DASHES = /^[-–—•·▪◦‐‑]$/u;
const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** The model's form of a label as marked up: "1." → "1", "a." / "a)" → "(a)", "–" / "•" → "-", "IV." as it is. */
export function normaliseLabel(raw: string): string {
  const label = raw.replace(/\s+/g, '').replace(/^\[|\]$/g, '');
  if (label === '') return '';
  if (DASHES.test(label)) return '-';
  const operative = /^(\d{1,3})[.\-]?$/.exec(label);
  if (operative) return operative[1];
  // Capital letters and numerals ("A.", "IV.") number parts and groups: kept as printed.
  if (/^\p{Lu}{1,5}\.?$/u.test(label)) return label;
  const bare = /^\(?(\p{L}{1,5}|\d{1,3})[.)]$/u.exec(label) ?? /^[‘’'](\d{1,3})[’‘']$/u.exec(label) ?? /^\((\p{L}{1,5}|\d{1,3})\)?$/u.exec(label);
  if (bare) return `(${bare[1]})`;
  return label;
}

export function romanValue(text: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = values[text[i]];
    const next = values[text[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The inside of a label, a Cyrillic letter that looks like a Latin one ("(а)", "(е)" in Russian) read as that letter. */
export const inner = (label: string) => {
  const text = label.replace(/^\(|\)$/g, '');
  return LATIN_LOOKALIKES[text] ?? text;
};

/** The kinds a label can be: "(i)" is both a letter and a roman numeral until its neighbours tell. */
export function labelKinds(label: string): LabelKind[] {
  if (label === '') return ['none'];
  if (label === '-') return ['dash'];
  if (/^\d+$/.test(label)) return ['number'];
  const text = inner(label);
  if (/^\d+$/.test(text)) return ['paren-number'];
  const kinds: LabelKind[] = [];
  // Parts of a long list: "A.", "B." / "I.", "II.".
  const capital = /^([A-Z]+)\.$/.exec(text)?.[1];
  if (capital) {
    if (ROMAN.test(capital.toLowerCase())) kinds.push('upper-roman');
    if (capital.length === 1) kinds.push('upper');
    return kinds.length ? kinds : ['other'];
  }
  // Arabic letters in abjad order, (أ) (ب) …; Chinese numerals, ㈠ … ㈩ then (十一).
  if (abjadOrdinal(text) > 0) return ['abjad'];
  if (hanOrdinal(text) > 0) return ['han'];
  if (ROMAN.test(text)) kinds.push('roman');
  if (/^[a-z]$/.test(text) || /^([a-z])\1+$/.test(text)) kinds.push('alpha');
  return kinds.length ? kinds : ['other'];
}

/** ㈢ → 3, 十一 → 11; NaN for anything else. */
function hanOrdinal(text: string): number {
  return enclosedHanOrdinal(text) || hanValue(text);
}

/** Position of a label in its sequence (a=1, ii=2, (3)=3), for the kind given. */
export function labelOrdinal(label: string, kind: LabelKind): number {
  const text = inner(label);
  if (kind === 'number' || kind === 'paren-number') return Number(text);
  if (kind === 'roman') return romanValue(text);
  if (kind === 'upper-roman') return romanValue(text.replace(/\.$/, '').toLowerCase());
  if (kind === 'upper') return text.charCodeAt(0) - 64;
  if (kind === 'alpha') return (text.charCodeAt(0) - 96) + 26 * (text.length - 1);
  if (kind === 'abjad') return abjadOrdinal(text);
  if (kind === 'han') return hanOrdinal(text);
  return 0;
}

/** Whether `label` can directly follow `previous` in one list ("(h)" → "(i)" letter, "(i)" → "(ii)", "-" → "-"). */
export function follows(previous: string, label: string): LabelKind | null {
  for (const kind of labelKinds(label)) {
    if (!labelKinds(previous).includes(kind)) continue;
    if (kind === 'dash' || kind === 'none') return kind;
    if (labelOrdinal(label, kind) === labelOrdinal(previous, kind) + 1) return kind;
  }
  return null;
}

/** Whether `label` can open a list ("(a)", "(i)", "(1)", a dash). */
export function opensList(label: string): boolean {
  return labelKinds(label).some((kind) => kind === 'dash' || kind === 'none' || labelOrdinal(label, kind) === 1);
}
