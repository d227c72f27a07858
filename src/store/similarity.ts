import { tokenize } from '../compare/tokens.js';
import type { UNDocument } from '../model.js';
import { textUnits } from './paragraphs.js';

/** Word n-grams long enough that two unrelated resolutions share few, short enough to survive an edited word. */
const SHINGLE_WORDS = 5;

function shingles(text: string): Set<string> {
  const words = tokenize(text).filter((t) => t.word).map((t) => t.text.toLowerCase());
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) set.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return set;
}

/** The operative paragraphs and their items as one text, numbering left out (a draft's numbers can shift). */
export function operativeText(doc: UNDocument): string {
  return textUnits(doc).filter((unit) => unit.operative).map((unit) => unit.text).join('\n');
}

/** Jaccard similarity of the word 5-gram sets of two texts: 1 for the same words in the same order, 0 for none shared. */
export function textSimilarity(a: string, b: string): number {
  const left = shingles(a);
  const right = shingles(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared++;
  return shared / (left.size + right.size - shared);
}
