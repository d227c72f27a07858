import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/compare/index.js';
import type { Paragraph } from '../../src/model.js';
import { filesIn2020 } from '../akn/corpus.js';
import { corpusParagraphs, reportOf } from './documents.js';
import { loadAkn, loadResolution } from './inject.js';

describe('compareDocuments', () => {
  it('finds no change between a resolution and itself', () => {
    const doc = loadResolution(2531);
    const comparison = compareDocuments(doc, structuredClone(doc));
    expect(comparison.verdict).toBe('no substantive change');
    expect(comparison.pairs.every((p) => p.class === 'identical')).toBe(true);
    expect(comparison.summary.similarity).toBe(1);
    expect(comparison.added).toEqual([]);
    expect(comparison.deleted).toEqual([]);
  });

  it('says how little two unrelated resolutions share', () => {
    const comparison = compareDocuments(loadResolution(2531), loadResolution(1325));
    expect(comparison.verdict).toMatch(/^these documents share \d+% of their text$/);
    expect(comparison.summary.similarity).toBeLessThan(0.15);
  });

  it('pairs an item moved under another paragraph as moved', () => {
    const left = loadResolution(2531);
    const right = structuredClone(left);
    const withItems = right.body.filter((n): n is Paragraph => n.type === 'paragraph' && n.items.length >= 3);
    const [from, to] = [withItems[0]!, withItems[1]!];
    const item = from.items.splice(1, 1)[0]!;
    const movedId = item.id;
    item.id = `${to.id}.z`;
    to.items.push(item);
    const comparison = compareDocuments(left, right);
    const pair = comparison.pairs.find((p) => p.left.id === movedId);
    expect(pair).toMatchObject({ right: { id: `${to.id}.z` }, moved: true });
    expect(comparison.added).toEqual([]);
    expect(comparison.deleted).toEqual([]);
    expect(comparison.verdict).toBe('1 moved');
  });

  it('aligns the items of aligned paragraphs and reports a reworded item by its id', () => {
    const left = loadResolution(2531);
    const right = structuredClone(left);
    const paragraph = right.body.find((n): n is Paragraph => n.type === 'paragraph' && n.items.length >= 2)!;
    const item = paragraph.items[1]!;
    item.text = item.text.replace(/\b(\w{5,})\b/, 'unprecedented');
    const comparison = compareDocuments(left, right);
    expect(comparison.verdict).toBe('1 paragraph changed');
    expect(comparison.pairs.filter((p) => p.class !== 'identical').map((p) => [p.level, p.right.id, p.class])).toEqual([['item', item.id, 'substantive']]);
  });

  it('prints the parts of a split paragraph a space apart, as two texts', () => {
    const left = loadResolution(2531);
    const right = structuredClone(left);
    const index = right.preamble.findIndex((p) => p.text.split(' ').length > 30 && p.text.includes(', '));
    const whole = right.preamble[index]!;
    const cut = whole.text.indexOf(', ', whole.text.length / 3);
    right.preamble.splice(index, 1, { ...whole, text: whole.text.slice(0, cut + 1) }, { id: `${whole.id}b`, text: whole.text.slice(cut + 2) });
    const pair = compareDocuments(left, right).pairs.find((p) => p.class === 'split')!;
    expect([pair.left.id, pair.right.id]).toEqual([whole.id, `${whole.id}+${whole.id}b`]);
    expect(pair.changes).toEqual([{ op: 'equal', left: whole.text, right: whole.text, class: 'none' }]);
  });
});

describe('the six UN languages', () => {
  for (const folder of ['French', 'Spanish', 'Russian', 'Chinese', 'Arabic'] as const) {
    it(`finds one changed word in ${folder} and nothing else`, () => {
      const file = filesIn2020(folder).find((f) => f.includes('S_RES_2531'))!;
      const left = loadAkn(file);
      const right = structuredClone(left);
      const paragraph = right.body.find((n): n is Paragraph => n.type === 'paragraph' && n.text.length > 100)!;
      // the first word (in Chinese, the first character) after the middle of the paragraph becomes another
      const middle = Math.floor(paragraph.text.length / 2);
      const word = /\p{sc=Han}|(?<=\s)(?:(?!\p{sc=Han})\p{L}){3,}(?=\s)/u.exec(paragraph.text.slice(middle))!;
      const at = middle + word.index;
      paragraph.text = `${paragraph.text.slice(0, at)}X${paragraph.text.slice(at + word[0].length)}`;
      expect(compareDocuments(left, structuredClone(left)).verdict).toBe('no substantive change');
      const comparison = compareDocuments(left, right);
      expect(comparison.verdict).toBe('1 paragraph changed');
      const changes = comparison.pairs.flatMap((p) => p.changes.filter((c) => c.op !== 'equal'));
      expect(changes.map((c) => ({ ...c, left: c.left.trim(), right: c.right.trim() }))).toEqual([{ op: 'replace', left: word[0], right: 'X', class: 'substantive' }]);
    });
  }
});

describe('warnings', () => {
  it('warns when the two documents are in different languages', () => {
    const french = loadAkn(filesIn2020('French').find((f) => f.includes('S_RES_2531'))!);
    const comparison = compareDocuments(loadResolution(2531), french);
    expect(comparison.warnings).toEqual([expect.stringMatching(/different languages \(en, fr\)/)]);
    expect(comparison.verdict).toMatch(/^these documents share \d+% of their text$/);
  });
});

describe('bounded work on large and pathological inputs', () => {
  const texts = corpusParagraphs(3000);

  it('compares a 1,500-paragraph report with an edited version of itself', () => {
    const left = reportOf(texts.slice(0, 1500));
    const edited = texts.slice(0, 1500).filter((_, k) => k % 100 !== 7); // 15 deleted
    edited.splice(700, 0, ...texts.slice(2000, 2005)); // 5 added
    const comparison = compareDocuments(left, reportOf(edited));
    expect(comparison.summary.deleted).toBe(15);
    expect(comparison.summary.added).toBe(5);
    expect(comparison.summary.changed).toBe(0);
  });

  it('compares two unrelated 1,500-paragraph reports', () => {
    const comparison = compareDocuments(reportOf(texts.slice(0, 1500)), reportOf(texts.slice(1500, 3000)));
    expect(comparison.summary.similarity).toBeLessThan(0.5);
    const rightIds = comparison.pairs.flatMap((p) => p.right.parts?.map((part) => part.id) ?? [p.right.id]);
    expect(new Set([...rightIds, ...comparison.added.map((a) => a.id)]).size).toBe(1500);
  });

  it('compares 2,000 identical paragraphs and one huge paragraph against another', () => {
    const same = Array.from({ length: 2000 }, () => 'Decides to remain actively seized of the matter.');
    expect(compareDocuments(reportOf(same), reportOf(same.slice(1))).verdict).toBe('1 deleted');
    const huge = (from: number) => [texts.slice(from, from + 400).join(' ')];
    const comparison = compareDocuments(reportOf(huge(0)), reportOf(huge(400)));
    expect(comparison.verdict).toMatch(/share \d+%|1 paragraph changed|1 added, 1 deleted/);
  });
});
