import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/compare/index.js';
import type { Paragraph, UNDocument } from '../../src/model.js';
import { readDocument } from '../../src/read.js';

const corpus = join(import.meta.dirname, '../../corpus');
const read = async (path: string) => readDocument(new Uint8Array(await readFile(join(corpus, path))));
const paragraphWith = (doc: UNDocument, pattern: RegExp) =>
  doc.body.find((n): n is Paragraph => n.type === 'paragraph' && pattern.test(n.text))!;

describe('draft S/2017/558 against the adopted S/RES/2364 (2017)', async () => {
  const draft = await read('seeds/S_2017_558-draft-resolution-en.pdf.txt');
  const adopted = await read('seeds/S_RES_2364_2017-resolution-en.md');
  const comparison = compareDocuments(draft, adopted);

  it('finds no substantive change', () => {
    expect(comparison.verdict).toBe('no substantive change');
    expect(comparison.added).toEqual([]);
    expect(comparison.deleted).toEqual([]);
    expect(comparison.pairs.every((p) => !p.moved && !p.renumbered)).toBe(true);
  });

  it('leaves only spelling variants and the punctuation at the end of the third dash of paragraph 20 (a) (ii)', () => {
    const changes = comparison.pairs.flatMap((p) => p.changes.filter((c) => c.op !== 'equal').map((c) => ({ id: p.right.id, ...c })));
    const editorial = changes.filter((c) => c.class === 'editorial');
    expect(editorial).toEqual([{ id: 'op20.a.ii.d3', op: 'replace', left: ';', right: ',', class: 'editorial' }]);
    const spelling = changes.filter((c) => c.class === 'spelling');
    expect(spelling.length).toBeGreaterThan(0);
    expect(spelling.every((c) => /^organi[sz]ations?$/i.test(c.left.trim()) && /^organi[sz]ations?$/i.test(c.right.trim()))).toBe(true);
    expect(changes.length).toBe(editorial.length + spelling.length);
    expect(comparison.summary.similarity).toBeGreaterThan(0.99);
  });
});

describe('S/RES/2364 (2017) against its renewal S/RES/2531 (2020)', async () => {
  const earlier = await read('seeds/S_RES_2364_2017-resolution-en.md');
  const renewal = await read('unxml-dev/2020/English/S_RES_2531 (2020)-2008609E.xml');
  const comparison = compareDocuments(earlier, renewal);
  const mandate = comparison.mandate!;
  const pairOf = (leftId: string) => comparison.pairs.find((p) => p.left.id === leftId);

  it('reads the new expiry, with its paragraph matched across the new numbering', () => {
    expect(mandate.expires).toMatchObject({ left: '2018-06-30', right: '2021-06-30', changed: true });
    const extension = paragraphWith(earlier, /^Decides to extend the mandate of MINUSMA until/);
    expect(pairOf(extension.id)?.right.id).toBe(paragraphWith(renewal, /^Decides to extend the mandate of MINUSMA until/).id);
    expect(pairOf(extension.id)?.renumbered).toBe(true);
  });

  it('keeps the ceilings and Chapter VII', () => {
    expect(mandate.ceilings.map((c) => [c.component, c.change])).toEqual([['military', 'unchanged'], ['police', 'unchanged']]);
    expect(mandate.chapterVII.changed).toBe(false);
  });

  it('shows the added second strategic priority (central Mali) as a change of the strategic priority paragraph', () => {
    const priority = paragraphWith(earlier, /strategic priority of MINUSMA remains/);
    const pair = pairOf(priority.id)!;
    expect(pair.right.id).toBe(paragraphWith(renewal, /second strategic priority of MINUSMA is/).id);
    expect(pair.class).toBe('substantive');
    expect(pair.changes.some((c) => c.op !== 'equal' && /second strategic priority/.test(c.right))).toBe(true);
    expect(mandate.tasks.some((t) => t.change === 'added' && /Centre/.test(t.right?.title ?? ''))).toBe(true);
  });

  it('reports changed reporting obligations, linked to paragraphs on both sides', () => {
    const changed = mandate.reporting.filter((r) => r.change !== 'unchanged');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.some((r) => r.change === 'rescheduled' && r.left && r.right)).toBe(true);
  });

  it('classes a reference that follows the new numbering as renumbering', () => {
    const renumberings = comparison.pairs.flatMap((p) => p.changes.filter((c) => c.class === 'renumbering'));
    expect(renumberings.length).toBeGreaterThan(0);
    expect(renumberings.every((c) => /^\d+$/.test(c.left.trim()) && /^\d+$/.test(c.right.trim()))).toBe(true);
  });

  it('counts the changes rather than calling the documents unrelated', () => {
    expect(comparison.verdict).toMatch(/^\d+ paragraphs changed, \d+ added, \d+ deleted/);
  });
});
