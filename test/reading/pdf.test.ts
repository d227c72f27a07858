import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read.js';
import { makePdf, LINE_PITCH, type Draw, type PageSpec } from '../extract/pdf-maker.js';
import { treeText } from '../util/tree.js';

/**
 * The draft seed laid out again as a PDF, its lines at the positions its text suggests (first lines indented,
 * page furniture at the top and bottom of each page): reading the PDF must give the tree reading the text gives.
 */
function pagesOf(text: string): PageSpec[] {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== '');
  const pages: PageSpec[] = [];
  const perPage = 46;
  for (let start = 0; start < lines.length; start += perPage) {
    const draws: Draw[] = lines.slice(start, start + perPage).map((line, i) => {
      const indent = line.length - line.trimStart().length;
      return { text: line.trim(), x: 72 + indent * 18, y: 60 + i * LINE_PITCH, size: 11 };
    });
    pages.push({ draws });
  }
  return pages;
}

describe('a PDF of the draft resolution', () => {
  it('reads to the same structure as its text', async () => {
    const text = readFileSync(new URL('../../corpus/seeds/S_2017_558-draft-resolution-en.pdf.txt', import.meta.url), 'utf8');
    const pdf = await makePdf(pagesOf(text));
    const fromPdf = await readDocument(pdf);
    const fromText = await readDocument(Buffer.from(text));
    expect(fromPdf.source.format).toBe('pdf');
    expect(fromPdf.source.pages).toBeGreaterThan(10);
    expect([fromPdf.kind, fromPdf.symbol, fromPdf.date]).toEqual([fromText.kind, fromText.symbol, fromText.date]);
    expect(treeText(fromPdf)).toBe(treeText(fromText));
    const op15 = fromPdf.body.find((n) => n.type === 'paragraph' && n.num === '15');
    expect(fromPdf.source.pages).toBeGreaterThanOrEqual(op15!.source!.pages[1]);
  });
});
