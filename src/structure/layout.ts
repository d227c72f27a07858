import type { CleanLine } from '../clean/types.js';
import { ENDS_PUNCTUATED } from './endings.js';

/** What the line lengths and indents of a document say about where blocks start. */
export interface LineMetrics {
  /** the line ends well before the right margin: the last line of a block */
  isShort(line: CleanLine): boolean;
  /** the line is indented more than the lines around it usually are: a first line */
  isIndented(line: CleanLine): boolean;
}

/**
 * A line that may open a sentence: a capital, or a letter of a script without case (Chinese, Arabic), where
 * only punctuation and layout tell where a paragraph starts.
 */
export const opensCapitalised = (text: string) => /^[\p{Lu}\p{Lo}]/u.test(text);

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  // A typed array sorts numerically without calling a comparator.
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function measure(lines: CleanLine[]): LineMetrics {
  const width = percentile(lines.map((l) => l.text.length), 0.9);
  const isShort = (line: CleanLine) => line.text.length < 0.7 * width;
  // The usual indent is that of wrapped lines, those after a full line, surely so when they go on in lower case
  // or the line before stops inside a clause (scripts without case): a long list of names, each a first line,
  // does not make first-line indents look usual.
  const wrappedAt = lines.flatMap((_, i) => (i > 0 && !isShort(lines[i - 1]) ? [i] : []));
  const wrapped = wrappedAt.map((i) => lines[i]);
  const midSentence = wrappedAt.filter((i) => /^\p{Ll}/u.test(lines[i].text) || (/^\P{L}*\p{Lo}/u.test(lines[i].text) && !ENDS_PUNCTUATED.test(lines[i - 1].text))).map((i) => lines[i]);
  const counts = new Map<number, number>();
  for (const line of midSentence.length ? midSentence : wrapped.length ? wrapped : lines) counts.set(line.indent, (counts.get(line.indent) ?? 0) + 1);
  // On a tie the smaller indent: wrapped lines stand flush, first lines are indented.
  const baseIndent = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  return {
    isShort,
    isIndented: (line) => line.indent > baseIndent,
  };
}
