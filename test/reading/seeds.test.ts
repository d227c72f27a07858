import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read.js';
import type { Item, Paragraph, UNDocument } from '../../src/model.js';

const seed = (name: string) => readFileSync(new URL(`../../corpus/seeds/${name}`, import.meta.url));
const paragraphs = (doc: UNDocument) => doc.body.filter((n): n is Paragraph => n.type === 'paragraph');
const allTexts = (doc: UNDocument): string[] => {
  const out = doc.preamble.map((p) => p.text);
  const walk = (items: Item[]) => items.forEach((i) => (out.push(i.title ?? '', i.text), walk(i.items)));
  for (const n of doc.body) {
    out.push(n.text);
    if (n.type === 'paragraph') walk(n.items);
  }
  return out;
};
/** The shape of an item tree: numbers and nesting only. */
const shape = (items: Item[]): unknown => items.map((i) => [i.num, shape(i.items)]);
/** Words compared across spelling variants (-ise/-ize) and punctuation, which the draft and the resolution may differ by. */
const words = (text: string) => text.toLowerCase().replace(/- /g, '-').replace(/[“”"‘’']/g, "'").replace(/is(e|ed|es|ing|ation|ations)\b/g, 'iz$1').match(/[\p{L}\p{N}'-]+/gu) ?? [];

let draft: UNDocument;
let adopted: UNDocument;
let report: UNDocument;
let letter: UNDocument;
beforeAll(async () => {
  [draft, adopted, report, letter] = await Promise.all([
    readDocument(seed('S_2017_558-draft-resolution-en.pdf.txt')),
    readDocument(seed('S_RES_2364_2017-resolution-en.md')),
    readDocument(seed('S_2017_478-sg-report-mali-en.pdf.txt')),
    readDocument(seed('S_2020_613-letter-vote-2531-zh.pdf.txt')),
  ]);
});

describe('draft S/2017/558 (PDF text) and resolution 2364 (2017) (clean text)', () => {
  it('are recognised with their symbols, dates, meeting and sponsor', () => {
    expect([draft.kind, draft.symbol, draft.language, draft.date, draft.sponsors]).toEqual(['draft-resolution', 'S/2017/558', 'en', '2017-06-29', ['France']]);
    expect([adopted.kind, adopted.symbol, adopted.number, adopted.date, adopted.meeting]).toEqual(['resolution', 'S/RES/2364 (2017)', 2364, '2017-06-29', 7991]);
  });

  it('both have 49 operative paragraphs numbered 1 to 49 and the same preamble', () => {
    for (const doc of [draft, adopted]) {
      expect(paragraphs(doc).map((p) => p.num)).toEqual(Array.from({ length: 49 }, (_, i) => String(i + 1)));
      expect(doc.formula).toBe('The Security Council,');
    }
    expect(draft.preamble.length).toBe(adopted.preamble.length);
    expect(draft.preamble.at(-1)?.opener).toBe('Acting under');
  });

  it('give the full item tree of paragraphs 20, 22 and 34', () => {
    const op = (doc: UNDocument, n: string) => paragraphs(doc).find((p) => p.num === n)!;
    expect(shape(op(adopted, '20').items)).toEqual([
      ['(a)', [['(i)', []], ['(ii)', [['-', []], ['-', []], ['-', []], ['-', []], ['-', []]]], ['(iii)', []], ['(iv)', []]]],
      ['(b)', []], ['(c)', [['(i)', []], ['(ii)', []], ['(iii)', []]]], ['(d)', []], ['(e)', []], ['(f)', [['(i)', []], ['(ii)', []]]], ['(g)', []],
    ]);
    expect(shape(op(adopted, '22').items)).toEqual([['(a)', []], ['(b)', []], ['(c)', []], ['(d)', []]]);
    expect(shape(op(adopted, '34').items)).toEqual(Array.from({ length: 6 }, () => ['-', []]));
    for (const n of ['20', '22', '34']) expect(shape(op(draft, n).items)).toEqual(shape(op(adopted, n).items));
    const b = op(adopted, '20').items[1];
    expect(b.title).toBe('Good offices and reconciliation');
    expect(b.text).toMatch(/^To exercise good offices/);
  });

  it('leave no page furniture or link text in any paragraph', () => {
    for (const text of [...allTexts(draft), ...allTexts(adopted)]) {
      expect(text).not.toMatch(/undocs\.org|https?:|17-10885|\*1710885\*|Please recycle|\b\d{1,2}\/14\b|S\/2017\/558/);
    }
  });

  it('leave no word split by extraction in the draft: its paragraphs have the words of the resolution', () => {
    const adoptedTexts = allTexts(adopted);
    const differing = allTexts(draft).filter((text, i) => words(text).join(' ') !== words(adoptedTexts[i]).join(' '));
    // Spelling (-ise/-ize) and punctuation set aside, every paragraph has the same words in the same order.
    expect(differing).toHaveLength(0);
  });

  it('resolve references inside the document', () => {
    const op45 = paragraphs(adopted).find((p) => p.num === '45')!;
    expect(op45.refs?.map((r) => [r.text, r.targets])).toEqual([['paragraph 20 (a) (ii) above', ['op20.a.ii']]]);
    const op47ii = paragraphs(draft).find((p) => p.num === '47')!.items[1];
    expect(op47ii.refs?.[0].targets).toEqual(['op31', 'op32', 'op33', 'op34', 'op35', 'op36']);
  });

  it('keep provenance: every paragraph knows its pages and its span in the source', () => {
    const source = readFileSync(new URL('../../corpus/seeds/S_2017_558-draft-resolution-en.pdf.txt', import.meta.url), 'utf8');
    const op15 = paragraphs(draft).find((p) => p.num === '15')!;
    expect(op15.source?.pages).toEqual([7, 7]);
    expect(source.slice(...op15.source!.span)).toContain('Decides to extend the mandate of MINUSMA until 30 June 2018');
    const last = draft.preamble.at(-1)!;
    expect(last.source!.pages[0]).toBe(5);
  });
});

describe('report of the Secretary-General S/2017/478', () => {
  it('has sections I to XI, paragraphs 1 to 74 and two annexes', () => {
    expect(report.kind).toBe('sg-report');
    expect(report.symbol).toBe('S/2017/478');
    const sections = report.body.filter((n) => n.type === 'heading' && n.level === 1).map((n) => n.type === 'heading' && n.num);
    expect(sections).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI']);
    expect(paragraphs(report).map((p) => p.num)).toEqual(Array.from({ length: 74 }, (_, i) => String(i + 1)));
    expect(report.annexes?.map((a) => a.num)).toEqual(['I', 'II']);
    expect(report.annexes?.[0].title).toMatch(/^Benchmarks for monitoring the implementation of the Agreement/);
  });
});

describe('letter S/2020/613 (Chinese) recording the vote on resolution 2531 (2020)', () => {
  it('is a letter in Chinese carrying the English resolution as its annex', () => {
    expect([letter.kind, letter.language, letter.symbol, letter.date]).toEqual(['letter', 'zh', 'S/2020/613', '2020-06-29']);
    const annexed = letter.annexes?.[0].document;
    expect([annexed?.kind, annexed?.language, annexed?.symbol, annexed?.date]).toEqual(['resolution', 'en', 'S/RES/2531 (2020)', '2020-06-29']);
    expect(paragraphs(annexed!).map((p) => p.num)).toEqual(Array.from({ length: 65 }, (_, i) => String(i + 1)));
  });
});
