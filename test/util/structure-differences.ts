/** Test utility: the differences of structure and text between two models of one document, first ones first. */
import { diffWords } from 'diff';
import type { Item, Paragraph, UNDocument } from '../../src/model.js';

export type Normalise = (text: string) => string;
export const collapse: Normalise = (text) => text.replace(/\s+/g, ' ').trim();
/** Extraction damage the parser need not undo exactly: spaces inside and between words, quote and dash styles. */
export const squeeze: Normalise = (text) => text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, '');

/** A short word diff around the first change. */
function shortDiff(expected: string, actual: string): string {
  const parts = diffWords(expected, actual);
  const first = parts.findIndex((part) => part.added || part.removed);
  return parts
    .slice(Math.max(0, first - 1), first + 3)
    .map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value.slice(-40)))
    .join('')
    .slice(0, 240);
}

function compareText(where: string, expected: string, actual: string, normalise: Normalise, out: string[]): void {
  if (normalise(expected) !== normalise(actual)) out.push(`${where}: ${shortDiff(collapse(expected), collapse(actual))}`);
}

function compareItems(where: string, expected: Item[], actual: Item[], normalise: Normalise, out: string[]): void {
  const nums = (items: Item[]) => items.map((item) => item.num || '∅').join(' ');
  if (nums(expected) !== nums(actual)) {
    out.push(`${where} items: expected [${nums(expected)}], got [${nums(actual)}]`);
    return;
  }
  expected.forEach((item, i) => {
    const other = actual[i];
    const at = `${where} ${item.num || '∅'}`;
    compareText(`${at} title`, item.title ?? '', other.title ?? '', normalise, out);
    compareText(at, item.text, other.text, normalise, out);
    compareItems(at, item.items, other.items, normalise, out);
  });
}

/** Differences of structure and text, first ones first: preamble, operative numbers, then each paragraph and its items. */
export function structureDifferences(expected: UNDocument, actual: UNDocument, normalise: Normalise): string[] {
  const out: string[] = [];
  if (expected.preamble.length !== actual.preamble.length) {
    out.push(`preamble: expected ${expected.preamble.length} paragraphs, got ${actual.preamble.length}`);
  }
  expected.preamble.forEach((paragraph, i) => {
    if (actual.preamble[i]) compareText(`pre${i + 1}`, paragraph.text, actual.preamble[i].text, normalise, out);
  });
  const paragraphs = (doc: UNDocument) => doc.body.filter((node): node is Paragraph => node.type === 'paragraph');
  const [mine, theirs] = [paragraphs(expected), paragraphs(actual)];
  const nums = (list: Paragraph[]) => list.map((p) => p.num || '∅').join(' ');
  if (nums(mine) !== nums(theirs)) out.push(`operative numbers: expected [${nums(mine)}], got [${nums(theirs)}]`);
  mine.forEach((paragraph, i) => {
    const other = theirs.find((p) => p.num === paragraph.num && p.num !== '') ?? theirs[i];
    if (!other) return;
    compareText(`op ${paragraph.num || '∅'}`, paragraph.text, other.text, normalise, out);
    compareItems(`op ${paragraph.num || '∅'}`, paragraph.items, other.items, normalise, out);
  });
  return out;
}
