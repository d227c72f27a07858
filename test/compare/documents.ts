/** Test utility: synthetic documents built from real resolution text. */
import type { Paragraph, UNDocument } from '../../src/model.js';
import { englishResolutions } from '../akn/corpus.js';
import { loadAkn } from './inject.js';

/** Every operative paragraph text of the English dev-set resolutions, in corpus order. */
export function corpusParagraphs(limit: number): string[] {
  const texts: string[] = [];
  for (const file of englishResolutions()) {
    for (const node of loadAkn(file).body) if (node.type === 'paragraph' && node.text.length > 80) texts.push(node.text);
    if (texts.length >= limit) break;
  }
  return texts.slice(0, limit);
}

/** A report-like document: numbered paragraphs p1…pn with the given texts. */
export function reportOf(texts: string[], symbol = 'S/2099/1'): UNDocument {
  const body: Paragraph[] = texts.map((text, k) => ({ type: 'paragraph', id: `p${k + 1}`, num: String(k + 1), text, items: [] }));
  return {
    kind: 'sg-report', symbol, language: 'en', date: null, meeting: null, preamble: [], body,
    source: { format: 'text', sha256: '', pages: 1 },
  };
}
