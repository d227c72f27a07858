import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/facts/index.js';
import type { MandateFacts } from '../../src/facts/types.js';
import type { UNDocument } from '../../src/model.js';
import { readDocument } from '../../src/read.js';
import { expectSpansStateFacts, sliceOf } from './facts-assert.js';

const corpus = join(import.meta.dirname, '../../corpus');
const read = (path: string) => readDocument(readFileSync(join(corpus, path)));
const xml2531 = () => {
  const folder = '2020/English';
  return join('unxml-dev', folder, readdirSync(join(corpus, 'unxml-dev', folder)).find((f) => f.startsWith('S_RES_2531'))!);
};

describe('S/RES/2364 (2017), MINUSMA renewal (seed)', () => {
  let doc: UNDocument;
  let facts: MandateFacts;
  beforeAll(async () => {
    doc = await read('seeds/S_RES_2364_2017-resolution-en.md');
    facts = extractFacts(doc);
  });

  it('names the mission and its host country', () => {
    expect(facts.mission).toMatchObject({ name: 'United Nations Multidimensional Integrated Stabilization Mission in Mali', acronym: 'MINUSMA' });
    expect(facts.hostCountry?.name).toBe('Mali');
  });

  it('reads expiry, Chapter VII and the authorisation of force', () => {
    expect(facts.expires).toBe('2018-06-30');
    expect(sliceOf(doc, facts.sources.expires!)).toBe('extend the mandate of MINUSMA until 30 June 2018');
    expect(facts.chapterVII).toBe(true);
    expect(facts.forceAuthorized).toBe(true);
    expect(facts.sources.forceAuthorized?.paragraph).toBe('op18');
  });

  it('reads the ceilings of paragraph 16', () => {
    expect(facts.ceilings.map((c) => [c.component, c.max, c.source.paragraph])).toEqual([
      ['military', 13289, 'op16'],
      ['police', 1920, 'op16'],
    ]);
  });

  it('reads the priority tasks of paragraph 20 and the other tasks of paragraph 22, keeping the hierarchy', () => {
    const priority = facts.tasks.filter((t) => t.priority === 'priority');
    expect(priority.length).toBeGreaterThan(10);
    expect(priority.every((t) => t.paragraph.startsWith('op20.'))).toBe(true);
    expect(priority.some((t) => t.paragraph === 'op20.a.ii')).toBe(true);
    expect(facts.tasks.some((t) => t.priority === 'other' && t.paragraph.startsWith('op22.'))).toBe(true);
  });

  it('reads requests, also those after a comma inside a paragraph', () => {
    expect(facts.requests).toContainEqual(
      expect.objectContaining({ paragraph: 'op16', actor: 'Security Council', verb: 'Requests', addressee: 'the Secretary-General' }),
    );
    expect(facts.requests).toContainEqual(expect.objectContaining({ paragraph: 'op8', verb: 'Further requests', addressee: 'the SRSG' }));
    expect(facts.requests).toContainEqual(expect.objectContaining({ paragraph: 'op37', verb: 'Requests', addressee: 'France' }));
  });

  it('puts the quarterly reports and the strategic plan in the calendar', () => {
    const quarterly = facts.reporting.find((r) => r.paragraph === 'op47')!;
    expect(quarterly.schedule).toEqual({ type: 'periodic', every: { months: 3 }, from: '2017-06-29', until: '2018-06-30' });
    expect(quarterly.due).toEqual(['2017-09-29', '2017-12-29', '2018-03-29', '2018-06-29']);
    const plan = facts.reporting.find((r) => r.paragraph === 'op48')!;
    expect(plan).toMatchObject({ what: 'a mission-wide strategic plan', due: ['2017-12-26'], schedule: { type: 'relative', within: { days: 180 } } });
    expect(facts.reporting.find((r) => r.paragraph === 'op37')).toMatchObject({ by: 'France', schedule: { type: 'aligned', with: 'op47' } });
    expect(facts.reporting.find((r) => r.paragraph === 'op28')?.schedule).toEqual({ type: 'event', condition: 'if such cases of misconduct occur' });
  });

  it('points every fact at the words that state it', () => expectSpansStateFacts(doc, facts));
});

describe('S/RES/2531 (2020), read from the UN XML and from the annex of letter S/2020/613', () => {
  const sources: [string, () => Promise<UNDocument>][] = [
    ['AKN XML', () => read(xml2531())],
    ['annex of the Chinese letter', async () => (await read('seeds/S_2020_613-letter-vote-2531-zh.pdf.txt')).annexes!.find((a) => a.document)!.document!],
  ];
  for (const [label, load] of sources) {
    it(`${label}: expiry, ceilings, force, Chapter VII`, async () => {
      const doc = await load();
      const facts = extractFacts(doc);
      expect([facts.symbol, facts.mission?.acronym, facts.expires, facts.chapterVII, facts.forceAuthorized]).toEqual([
        'S/RES/2531 (2020)', 'MINUSMA', '2021-06-30', true, true,
      ]);
      expect(facts.ceilings.map((c) => [c.component, c.max])).toEqual([['military', 13289], ['police', 1920]]);
      expectSpansStateFacts(doc, facts);
    });

    it(`${label}: quarterly reports, a six-monthly letter and a roadmap due 31 March 2021`, async () => {
      const facts = extractFacts(await load());
      const byParagraph = (id: string) => facts.reporting.find((r) => r.paragraph === id);
      expect(byParagraph('op62')).toMatchObject({ what: 'report', due: ['2020-09-29', '2020-12-29', '2021-03-29', '2021-06-29'] });
      expect(byParagraph('op63')).toMatchObject({ what: 'letter', schedule: { type: 'periodic', every: { months: 6 } }, due: ['2020-12-29', '2021-06-29'] });
      expect(byParagraph('op64')).toMatchObject({ what: 'a long-term roadmap', schedule: { type: 'fixed', date: '2021-03-31' }, due: ['2021-03-31'] });
      // "include in his first quarterly report …": aligned with the first of the quarterly reports only
      const firstQuarterly = facts.reporting.find((r) => r.paragraph === 'op5' && r.by === 'the Secretary-General');
      expect(firstQuarterly).toMatchObject({ schedule: { type: 'aligned', with: 'op62' }, due: ['2020-09-29'] });
    });
  }
});

describe('S/RES/2531 (2020) in French (corpus/unxml-dev/2020/French)', () => {
  it('gives the facts of the English version', async () => {
    const folder = join('unxml-dev', '2020', 'French');
    const french = await read(join(folder, readdirSync(join(corpus, folder)).find((f) => f.startsWith('S_RES_2531'))!));
    const [fr, en] = [extractFacts(french), extractFacts(await read(xml2531()))];
    expectSpansStateFacts(french, fr);
    expect(fr.mission).toMatchObject({ acronym: 'MINUSMA', name: 'Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali' });
    expect(fr.hostCountry?.name).toBe('Mali');
    const scalars = (f: MandateFacts) => [f.expires, f.chapterVII, f.forceAuthorized, f.ceilings.map((c) => [c.component, c.max])];
    expect(scalars(fr)).toEqual(scalars(en));
    const calendar = (f: MandateFacts) => f.reporting.filter((r) => r.due.length).map((r) => [r.paragraph, r.what === 'letter' ? 'letter' : r.schedule.type, r.due]);
    expect(calendar(fr)).toEqual(calendar(en));
    expect(fr.reporting.find((r) => r.paragraph === 'op64')?.what).toBe('une feuille de route à long terme');
  });
});
