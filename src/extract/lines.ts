import type { SourceLine } from './types.js';

/** A line ends at CR LF, CR or LF; a form feed ends the page (and the line, if text stood before it on the line). */
const BREAK = /\r\n|\r|\n|\f/g;
const LEADING_SPACE = /^\s*/;
const TAB_WIDTH = 4;

function indentWidth(leading: string): number {
  let width = 0;
  for (const char of leading) width += char === '\t' ? TAB_WIDTH : 1;
  return width;
}

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
    const raw = text.slice(lineStart, lineEnd);
    const leading = LEADING_SPACE.exec(raw)![0];
    const trimmed = raw.slice(leading.length).trimEnd();
    const start = lineStart + leading.length;
    lines.push({ text: trimmed, page, start, end: start + trimmed.length, indent: indentWidth(leading) });
  };
  for (const match of text.matchAll(BREAK)) {
    const at = match.index;
    // a form feed at the start of a line (pdftotext puts one before each page) only turns the page
    if (match[0] !== '\f' || at > lineStart) pushLine(at);
    if (match[0] === '\f') page++;
    lineStart = at + match[0].length;
  }
  if (lineStart < text.length) pushLine(text.length);
  return lines;
}
