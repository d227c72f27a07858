import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/compare/index.js';
import { englishResolutions, sample } from '../akn/corpus.js';
import { injectEdits, loadAkn, score } from './inject.js';
import { seededRandom } from '../util/random.js';

/** Real resolutions with enough paragraphs to take several edits apart from each other. */
const documents = sample(englishResolutions(), 120)
  .map(loadAkn)
  .filter((doc) => doc.body.filter((n) => n.type === 'paragraph').length >= 8 && doc.preamble.length >= 6);

describe('injected edits into real resolutions, with typographic noise on one side', () => {
  it('finds at least 99% of 600 injected edits with the right class and reports at most 1% false changes', () => {
    const random = seededRandom(2364);
    const insertions = documents.flatMap((doc) => doc.preamble.map((p) => p.text)).filter((t) => t.split(' ').length > 12);
    let edits = 0;
    let found = 0;
    let reported = 0;
    const missed: unknown[] = [];
    const falseChanges: string[] = [];
    for (let trial = 0; edits < 600 && trial < 400; trial++) {
      const document = documents[trial % documents.length]!;
      const injected = injectEdits(document, random, 6, insertions);
      const result = score(injected, compareDocuments(injected.left, injected.right));
      edits += injected.edits.length;
      found += result.found;
      reported += result.reported;
      missed.push(...result.missed.map((m) => ({ symbol: document.symbol, ...m })));
      falseChanges.push(...result.false.map((f) => `${document.symbol}: ${f}`));
    }
    const recall = found / edits;
    const falseRate = falseChanges.length / Math.max(1, reported);
    console.log(`injected ${edits} edits: found ${found} (${(recall * 100).toFixed(1)}%), ${falseChanges.length} false of ${reported} reported (${(falseRate * 100).toFixed(2)}%)`);
    if (missed.length) console.log('missed', JSON.stringify(missed.slice(0, 10), null, 1));
    if (falseChanges.length) console.log('false', falseChanges.slice(0, 10).join('\n'));
    expect(edits).toBeGreaterThanOrEqual(600);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(falseRate).toBeLessThanOrEqual(0.01);
  });
});
