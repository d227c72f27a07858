import type { SourceLine } from './types.js';
import { isWhiteSpaceAt } from '../lang/characters.js';

/**
 * A line ends at CR LF, CR or LF; a form feed ends the page (and the line, if text stood before it on the line).
 * Found one character at a time with `test`, which moves `lastIndex` without building a match.
 */
const BREAK = /[\r\n\f]/g;
const TAB_WIDTH = 4;
const CR = 0x0d;
const LF = 0x0a;
const FF = 0x0c;
const TAB = 0x09;

/**
 * The lines of a decoded text, with offsets into that same text (never normalised, so offsets stay true).
 * Blank lines are kept as lines with text "", because the cleaner needs to know where they were.
 * A text ending with a line break has no empty line after it.
 */
export function splitTextLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let page = 1;
  let lineStart = 0;
  const pushLine = (lineEnd: number): void => {
    // The leading white space is measured where it stands: no copy of the line, no match.
    let start = lineStart;
    let indent = 0;
    while (start < lineEnd && isWhiteSpaceAt(text, start)) {
      indent += text.charCodeAt(start) === TAB ? TAB_WIDTH : 1;
      start++;
    }
    const trimmed = text.slice(start, lineEnd).trimEnd();
    lines.push({ text: trimmed, page, start, end: start + trimmed.length, indent });
  };
  BREAK.lastIndex = 0;
  while (BREAK.test(text)) {
    const at = BREAK.lastIndex - 1;
    const code = text.charCodeAt(at);
    // a form feed at the start of a line (pdftotext puts one before each page) only turns the page
    if (code !== FF || at > lineStart) pushLine(at);
    if (code === FF) page++;
    else if (code === CR && text.charCodeAt(at + 1) === LF) BREAK.lastIndex++;
    lineStart = BREAK.lastIndex;
  }
  if (lineStart < text.length) pushLine(text.length);
  return lines;
}
