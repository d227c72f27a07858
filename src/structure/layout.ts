import type { CleanLine } from '../clean/types.js';

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
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(line.indent, (counts.get(line.indent) ?? 0) + 1);
  const baseIndent = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return {
    isShort: (line) => line.text.length < 0.7 * width,
    isIndented: (line) => line.indent > baseIndent,
  };
}
