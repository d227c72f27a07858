import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DOMParser } from '@xmldom/xmldom';
import { importAkn } from '../../src/akn/import.js';
import { exportAkn } from '../../src/export/akn.js';
import type { UNDocument } from '../../src/model.js';
import { DEV_SET, englishFiles, filesIn2020, LANGUAGE_FOLDERS } from './corpus.js';

/** The model without what depends on the bytes: provenance spans and the hash. */
function structure(doc: UNDocument): unknown {
  return JSON.parse(JSON.stringify(doc, (key, value) => (key === 'source' && !('format' in value) ? undefined : key === 'sha256' ? undefined : value)));
}

const roundTrip = (doc: UNDocument) => importAkn(exportAkn(doc), 'again');

describe('exportAkn', () => {
  it('exports every English file of the dev set so that it imports back to the same structure', () => {
    const differing: string[] = [];
    const files = englishFiles();
    for (const file of files) {
      const doc = importAkn(readFileSync(file, 'utf8'), 'x');
      if (!isDeepStrictEqual(structure(roundTrip(doc)), structure(doc))) differing.push(basename(file));
    }
    expect(files.length).toBe(680);
    expect(differing).toEqual([]);
  });

  it('round-trips the 2020 files of every language', () => {
    for (const folder of Object.keys(LANGUAGE_FOLDERS) as (keyof typeof LANGUAGE_FOLDERS)[]) {
      for (const file of filesIn2020(folder)) {
        const doc = importAkn(readFileSync(file, 'utf8'), 'x');
        expect(structure(roundTrip(doc)), file).toEqual(structure(doc));
      }
    }
  });

  it('writes AKN4UN identification, workflow, voting and cover page', () => {
    const doc = importAkn(readFileSync(join(DEV_SET, '2009/S_RES_1861_N0920844.xml'), 'utf8'), 'x');
    const xml = exportAkn(doc);
    const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
    expect(root.namespaceURI).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    const one = (name: string) => root.getElementsByTagName(name)[0];
    expect(one('statement').getAttribute('name')).toBe('resolution');
    expect(one('FRBRWork').getElementsByTagName('FRBRuri')[0].getAttribute('value')).toBe('/akn/un/statement/deliberation/unsc/2009-01-14/1861-2009/');
    expect(one('FRBRExpression').getElementsByTagName('FRBRuri')[0].getAttribute('value')).toBe('/akn/un/statement/deliberation/unsc/2009-01-14/1861-2009/eng@/');
    const steps = Array.from(root.getElementsByTagName('step')).map((s) => [s.getAttribute('outcome'), s.getAttribute('as')]);
    expect(steps).toEqual([['draftResolution', 'S/2009/29'], ['adopted', 'S/PV.6064']]);
    expect(root.getElementsByTagName('organization')).toHaveLength(15);
    expect(one('docNumber').textContent).toBe('S/RES/1861 (2009)');
    expect(Array.from(root.getElementsByTagName('docTitle')).map((t) => t.textContent)).toEqual([
      'Resolution 1861 (2009)',
      'Adopted by the Security Council at its 6064th meeting, on 14 January 2009',
    ]);
    expect(root.getElementsByTagName('container')[0].getAttribute('name')).toBe(doc.preamble[0].opener);
    expect(root.getElementsByTagName('container')).toHaveLength(doc.preamble.length);
  });

  it('exports a draft resolution with its sponsors and imports it back', () => {
    const draft: UNDocument = {
      kind: 'draft-resolution',
      symbol: 'S/2017/558',
      language: 'en',
      date: '2017-06-29',
      meeting: null,
      sponsors: ['France'],
      formula: 'The Security Council,',
      preamble: [{ id: 'pre1', text: 'Recalling its previous resolutions,', opener: 'Recalling' }],
      body: [{ type: 'paragraph', id: 'op1', num: '1', text: 'Decides to remain actively seized of the matter.', opener: 'Decides', items: [] }],
      source: { format: 'pdf', sha256: 'x', pages: 14 },
    };
    const xml = exportAkn(draft);
    expect(xml).toMatch(/<statement name="draftResolution">/);
    expect(xml).toMatch(/<step [^>]*outcome="draftResolution" as="S\/2017\/558" by="France"/);
    const back = importAkn(xml, 'x');
    expect(back).toMatchObject({ kind: 'draft-resolution', symbol: 'S/2017/558', sponsors: ['France'], formula: draft.formula, preamble: draft.preamble, body: draft.body });
  });

  it('exports a report as an AKN doc with the same body conventions', () => {
    const report: UNDocument = {
      kind: 'sg-report',
      symbol: 'S/2017/478',
      language: 'en',
      date: '2017-06-06',
      meeting: null,
      title: 'Report of the Secretary-General on the situation in Mali',
      preamble: [],
      body: [
        { type: 'heading', id: 'h1', num: 'I', level: 1, text: 'Introduction' },
        { type: 'paragraph', id: 'p1', num: '1', text: 'By its resolution 2295 (2016), the Security Council requested me to report.', items: [] },
        { type: 'paragraph', id: 'p2', num: '2', text: 'The parties agreed:', items: [{ id: 'p2.a', num: '(a)', text: 'to meet;', items: [] }] },
      ],
      annexes: [{ id: 'annex1', num: 'I', title: 'Benchmarks', lines: ['Benchmark 1: progress'] }],
      source: { format: 'pdf', sha256: 'x', pages: 10 },
    };
    const xml = exportAkn(report);
    expect(xml).toMatch(/<doc name="report">/);
    const back = importAkn(xml, 'x');
    expect(back).toMatchObject({ kind: 'sg-report', symbol: 'S/2017/478', title: report.title, date: '2017-06-06' });
    expect(back.body).toMatchObject([
      { type: 'heading', num: 'I', text: 'Introduction' },
      { type: 'paragraph', id: 'p1', num: '1' },
      { type: 'paragraph', id: 'p2', items: [{ id: 'p2.a', num: '(a)', text: 'to meet;' }] },
    ]);
    expect(back.annexes).toMatchObject([{ num: 'I', title: 'Benchmarks', lines: ['Benchmark 1: progress'] }]);
  });
});
