import { lengthAtShare } from '../clean/lengths.js';
import type { CleanLine } from '../clean/types.js';
import { ENDS_PUNCTUATED } from '../lang/endings.js';

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

function countIndent(counts: Map<number, number>, line: CleanLine): void {
  counts.set(line.indent, (counts.get(line.indent) ?? 0) + 1);
}

export function measure(lines: CleanLine[]): LineMetrics {
  const width = lengthAtShare(lines, 0.9, (line) => line.text.length);
  const isShort = (line: CleanLine) => line.text.length < 0.7 * width;
  // The usual indent is that of wrapped lines, those after a full line, surely so when they go on in lower case
  // or the line before stops inside a clause (scripts without case): a long list of names, each a first line,
  // does not make first-line indents look usual.
  const wrapped = new Map<number, number>();
  const midSentence = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    if (isShort(lines[i - 1])) continue;
    const line = lines[i];
    countIndent(wrapped, line);
    if (/^\p{Ll}/u.test(line.text) || (/^\P{L}*\p{Lo}/u.test(line.text) && !ENDS_PUNCTUATED.test(lines[i - 1].text))) countIndent(midSentence, line);
  }
  const counts = midSentence.size ? midSentence : wrapped;
  if (counts.size === 0) for (const line of lines) countIndent(counts, line);
  // On a tie the smaller indent: wrapped lines stand flush, first lines are indented.
  let baseIndent = 0;
  let most = 0;
  for (const [indent, count] of counts) {
    if (count < most || (count === most && indent > baseIndent)) continue;
    baseIndent = indent;
    most = count;
  }
  return {
    isShort,
    isIndented: (line) => line.indent > baseIndent,
  };
}
