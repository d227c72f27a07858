/**
 * The store's behaviour, whatever the driver: run by pglite.test.ts (embedded) and postgres.test.ts (a real server).
 * `connect` opens a fresh, empty store each time it is called.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Store } from '../../src/store/db.js';
import { queryRows } from '../../src/store/db.js';
import { ingestDocument, ingestFiles } from '../../src/store/ingest.js';
import { missionRecord } from '../../src/store/mission.js';
import { listDocuments, storedDocument } from '../../src/store/queries.js';
import { documents, links, paragraphs } from '../../src/store/schema.js';
import { searchParagraphs } from '../../src/store/search.js';
import { resolutionVotes } from '../../src/web/data.js';
import { makeDocument, mandateParagraphs } from './documents.js';

export type ConnectStore = () => Promise<Store>;

const MISSION = 'the United Nations Stabilization Mission in Northland (UNSMN)';
const AKN_2020 = join(import.meta.dirname, '../../corpus/unxml-dev/2020');

/** One store per group of tests: opening a store costs seconds, and each group needs a clean one. */
function useStore(connect: ConnectStore): () => Store {
  let store: Store | undefined;
  beforeAll(async () => {
    store = await connect();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });
  return () => {
    if (!store) throw new Error('the store did not open');
    return store;
  };
}

async function linksFrom(store: Store, id: number) {
  return store.db.select().from(links).where(eq(links.fromDocument, id));
}

export function storeSuite(connect: ConnectStore): void {
  describe('documents, versions and paragraphs', () => {
    const store = useStore(connect);

    it('stores every paragraph and item, and a re-ingest of the same bytes is a no-op', async () => {
      const doc = makeDocument({
        kind: 'resolution', symbol: 'S/RES/9001 (2031)', date: '2031-03-01', number: 9001,
        preamble: ['Recalling its previous resolutions,', 'Acting under Chapter VII of the Charter of the United Nations,'],
        paragraphs: mandateParagraphs(MISSION, '31 March 2032', 'eastern'),
      }, 'resolution 9001 first text');
      const first = await ingestDocument(store().db, doc, 'res-9001.xml');
      expect(first).toMatchObject({ status: 'ingested', version: 1, symbol: 'S/RES/9001 (2031)' });
      const rows = await store().db.select().from(paragraphs).where(eq(paragraphs.documentId, first.id));
      // 2 preambular + 6 operative paragraphs + 2 items
      expect(rows.map((r) => r.paragraphId).sort()).toEqual(['op1', 'op2', 'op3', 'op3.a', 'op3.b', 'op4', 'op5', 'op6', 'pre1', 'pre2'].sort());
      expect(rows.find((r) => r.paragraphId === 'op3.a')?.num).toBe('(a)');

      const again = await ingestDocument(store().db, doc, 'copy-of-res-9001.xml');
      expect(again).toMatchObject({ status: 'unchanged', id: first.id, version: 1 });
      const [{ count }] = await queryRows<{ count: number }>(store().db, sql`SELECT count(*)::int AS count FROM documents`);
      expect(count).toBe(1);
    });

    it('keeps a new version when the same symbol comes with new content, never overwriting', async () => {
      const spec = { kind: 'resolution' as const, symbol: 'S/RES/9002 (2031)', date: '2031-04-01', paragraphs: ['Decides to welcome the first text;'] };
      const v1 = await ingestDocument(store().db, makeDocument(spec, 'v1'), 'a.xml');
      const v2 = await ingestDocument(store().db, makeDocument({ ...spec, paragraphs: ['Decides to welcome the corrected text;'] }, 'v2'), 'b.xml');
      const french = await ingestDocument(store().db, makeDocument({ ...spec, language: 'fr', paragraphs: ['Décide de saluer le texte;'] }, 'fr'), 'c.xml');
      expect([v1.version, v2.version, french.version]).toEqual([1, 2, 1]);
      const versions = await store().db.select({ version: documents.version, file: documents.fileName }).from(documents).where(eq(documents.symbol, 'S/RES/9002 (2031)'));
      expect(versions).toHaveLength(3);
      const latest = await storedDocument(store().db, 's/res/9002(2031)');
      expect(latest?.version).toBe(2);
      expect(latest?.versions.map((v) => v.version)).toEqual([1, 2]);
      expect(latest?.document.body[0]).toMatchObject({ text: 'Decides to welcome the corrected text;' });
      expect((await storedDocument(store().db, 'S/RES/9002 (2031)', { language: 'fr' }))?.language).toBe('fr');
      expect(await storedDocument(store().db, 'S/RES/9999 (2031)')).toBeNull();
    });

    it('lists stored versions, filtered by kind', async () => {
      await ingestDocument(store().db, makeDocument({ kind: 'sg-report', symbol: 'S/2031/100', date: '2031-05-01', paragraphs: ['The present report is submitted.'] }), 'report.pdf');
      const all = await listDocuments(store().db);
      const reports = await listDocuments(store().db, { kind: 'sg-report' });
      expect(all.length).toBeGreaterThan(reports.length);
      expect(reports.map((r) => r.symbol)).toEqual(['S/2031/100']);
    });
  });

  describe('full-text search', () => {
    const store = useStore(connect);

    beforeAll(async () => {
      await ingestDocument(store().db, makeDocument({
        kind: 'resolution', symbol: 'S/RES/9101 (2031)', date: '2031-06-01',
        paragraphs: ['Condemns attacks against peacekeepers and stresses the protection of civilians in the northern provinces;', 'Welcomes the elections;'],
      }), 'en.xml');
      await ingestDocument(store().db, makeDocument({
        kind: 'sg-report', symbol: 'S/2032/50', date: '2032-01-10',
        paragraphs: ['The Mission continued protecting civilians and patrolling the border districts.'],
      }), 'report.pdf');
      await ingestDocument(store().db, makeDocument({
        kind: 'resolution', symbol: 'S/RES/9101 (2031)', date: '2031-06-01', language: 'fr',
        paragraphs: ['Condamne les attaques et souligne la protection des enfants dans les provinces du nord;'],
      }), 'fr.xml');
    }, 120_000);

    it('ranks paragraphs by stemmed words and marks the matches in a snippet', async () => {
      const hits = await searchParagraphs(store().db, 'protecting civilians', { language: 'en' });
      expect(hits.map((h) => h.symbol).sort()).toEqual(['S/2032/50', 'S/RES/9101 (2031)']);
      const resolution = hits.find((h) => h.kind === 'resolution');
      expect(resolution).toMatchObject({ paragraphId: 'op1', num: '1' });
      expect(resolution?.snippet).toContain('⟦protection⟧');
      expect(hits[0].rank).toBeGreaterThanOrEqual(hits[1].rank);
    });

    it('searches each language with its own stemming, and filters by kind, year and language', async () => {
      const french = await searchParagraphs(store().db, 'enfant', {});
      expect(french.map((h) => [h.symbol, h.language])).toEqual([['S/RES/9101 (2031)', 'fr']]);
      expect(await searchParagraphs(store().db, 'civilians', { kind: 'sg-report' })).toHaveLength(1);
      expect(await searchParagraphs(store().db, 'civilians', { year: 2031 })).toHaveLength(1);
      expect(await searchParagraphs(store().db, 'civilians', { language: 'fr' })).toHaveLength(0);
      expect(await searchParagraphs(store().db, '"protection of civilians" -elections', { limit: 1 })).toHaveLength(1);
      await expect(searchParagraphs(store().db, '   ')).rejects.toThrow(/nothing to search/);
    });
  });

  describe('links and their evidence', () => {
    const store = useStore(connect);
    const operative = mandateParagraphs(MISSION, '30 June 2033', 'western');

    it('links a draft to the resolution adopted from it, whichever arrives first (same date and text)', async () => {
      const draft = await ingestDocument(store().db, makeDocument({ kind: 'draft-resolution', symbol: 'S/2032/400', date: '2032-06-28', paragraphs: operative }), 'draft.pdf');
      expect((await linksFrom(store(), draft.id)).filter((l) => l.kind === 'draft-of')).toHaveLength(0);
      // adopted two days later, one word changed
      const adopted = operative.map((p) => (typeof p === 'string' ? p.replace('cooperate fully', 'cooperate') : p));
      const resolution = await ingestDocument(store().db, makeDocument({ kind: 'resolution', symbol: 'S/RES/9201 (2032)', date: '2032-06-30', paragraphs: adopted }), 'res.pdf');
      const [link] = (await linksFrom(store(), draft.id)).filter((l) => l.kind === 'draft-of');
      expect(link).toMatchObject({ toSymbol: 'S/RES/9201 (2032)', toDocument: resolution.id, evidence: { rule: 'same-date-and-text', days: 2 } });
      const similarity = (link.evidence as { similarity: number }).similarity;
      expect(similarity).toBeGreaterThan(0.8);
      expect(similarity).toBeLessThan(1);
    });

    it('links a draft stored after its resolution', async () => {
      const text = mandateParagraphs(MISSION, '31 July 2033', 'northern');
      const resolution = await ingestDocument(store().db, makeDocument({ kind: 'resolution', symbol: 'S/RES/9202 (2032)', date: '2032-07-30', paragraphs: text }), 'res.pdf');
      const draft = await ingestDocument(store().db, makeDocument({ kind: 'draft-resolution', symbol: 'S/2032/450', date: '2032-07-29', paragraphs: text }), 'draft.pdf');
      expect((await linksFrom(store(), draft.id)).filter((l) => l.kind === 'draft-of')).toEqual([
        expect.objectContaining({ toSymbol: 'S/RES/9202 (2032)', toDocument: resolution.id, evidence: { rule: 'same-date-and-text', similarity: 1, days: 1 } }),
      ]);
    });

    it('does not link a draft to a resolution of the same date with other text', async () => {
      await ingestDocument(store().db, makeDocument({ kind: 'resolution', symbol: 'S/RES/9301 (2033)', date: '2033-02-01', paragraphs: mandateParagraphs(MISSION, '1 February 2034', 'southern') }), 'r.pdf');
      const other = await ingestDocument(store().db, makeDocument({
        kind: 'draft-resolution', symbol: 'S/2033/90', date: '2033-02-01',
        paragraphs: ['Decides to establish a panel of experts on the arms embargo for an initial period of one year;', 'Requests the panel to submit a final report with its findings and recommendations;'],
      }), 'd.pdf');
      expect((await linksFrom(store(), other.id)).filter((l) => l.kind === 'draft-of')).toHaveLength(0);
    });

    it('links a draft named in a resolution\'s adoption record (AKN workflow), stored before or after it', async () => {
      const draft = await ingestDocument(store().db, makeDocument({ kind: 'draft-resolution', symbol: 'S/2033/300', date: '2033-05-01', paragraphs: ['Decides something entirely different;'] }), 'd.pdf');
      const resolution = await ingestDocument(store().db, makeDocument({
        kind: 'resolution', symbol: 'S/RES/9302 (2033)', date: '2033-09-01', adoption: { draft: 'S/2033/300' }, paragraphs: ['Decides to renew the sanctions;'],
      }), 'r.xml');
      expect(await linksFrom(store(), draft.id)).toEqual([expect.objectContaining({ kind: 'draft-of', toSymbol: 'S/RES/9302 (2033)', toDocument: resolution.id, evidence: { rule: 'akn-workflow' } })]);
    });

    it('records each document a resolution cites, with the citing paragraph and span, and fills the target when it arrives', async () => {
      const citing = await ingestDocument(store().db, makeDocument({
        kind: 'resolution', symbol: 'S/RES/9303 (2033)', date: '2033-10-01',
        preamble: ['Recalling its resolutions 9301 (2033) and 9250 (2032), and the statement of its President (S/PRST/2033/4),'],
        paragraphs: ['Welcomes the report of the Secretary-General (S/2033/700) and resolution 9301 (2033);'],
      }), 'r.xml');
      const found = await linksFrom(store(), citing.id);
      expect(found.map((l) => [l.kind, l.toSymbol]).sort()).toEqual([
        ['cites', 'S/2033/700'], ['cites', 'S/PRST/2033/4'], ['cites', 'S/RES/9250 (2032)'], ['cites', 'S/RES/9301 (2033)'],
      ]);
      const toStored = found.find((l) => l.toSymbol === 'S/RES/9301 (2033)');
      expect(toStored?.toDocument).not.toBeNull();
      expect(toStored?.evidence).toMatchObject({ rule: 'citation', paragraph: 'pre1', text: '9301 (2033)' });
      expect(found.find((l) => l.toSymbol === 'S/2033/700')?.toDocument).toBeNull();

      const report = await ingestDocument(store().db, makeDocument({ kind: 'sg-report', symbol: 'S/2033/700', date: '2033-09-15', paragraphs: ['The present report covers developments since June.'] }), 'rep.pdf');
      const [filled] = await store().db.select().from(links).where(eq(links.toSymbol, 'S/2033/700'));
      expect(filled.toDocument).toBe(report.id);
    });

    it('links a report to the resolution its first paragraph names, a vote letter and a press summary to theirs', async () => {
      const report = await ingestDocument(store().db, makeDocument({
        kind: 'sg-report', symbol: 'S/2033/800', date: '2033-12-20',
        paragraphs: ['By its resolution 9201 (2032), the Security Council extended the mandate until 30 June 2033 and requested me to report on a quarterly basis. The present report also refers to resolution 9301 (2033).', 'In resolution 9303 (2033), the Council …'],
      }), 'rep.pdf');
      expect(await linksFrom(store(), report.id)).toEqual([expect.objectContaining({ kind: 'answers-request-of', toSymbol: 'S/RES/9201 (2032)', evidence: expect.objectContaining({ paragraph: 'p1' }) })]);

      const annexed = makeDocument({ kind: 'resolution', symbol: 'S/RES/9304 (2033)', date: '2033-12-01', paragraphs: ['Decides to remain seized;'] });
      const letter = await ingestDocument(store().db, makeDocument({
        kind: 'letter', symbol: 'S/2033/900', date: '2033-12-01', paragraphs: ['I have the honour to inform you of the outcome of the vote on draft S/2033/899.'],
        annexes: [{ id: 'annex', num: '', lines: [], document: annexed }],
      }), 'letter.pdf');
      expect(await linksFrom(store(), letter.id)).toEqual([expect.objectContaining({ kind: 'records-vote-of', toSymbol: 'S/RES/9304 (2033)', evidence: { rule: 'annexed-document' } })]);

      const voteRecord = { inFavour: ['France'], against: [], abstaining: [], notParticipating: [] };
      const namedLetter = await ingestDocument(store().db, makeDocument({
        kind: 'letter', symbol: 'S/2033/901', date: '2033-12-02', adoption: { votes: voteRecord },
        paragraphs: ['The draft resolution in S/2033/898 concerning resolution 9201 (2032) was put to a vote.', 'The draft received 15 votes and became resolution 9305 (2033).'],
      }), 'letter2.pdf');
      expect(await linksFrom(store(), namedLetter.id)).toEqual([expect.objectContaining({ kind: 'records-vote-of', toSymbol: 'S/RES/9305 (2033)', evidence: expect.objectContaining({ paragraph: 'p2' }) })]);

      const summary = await ingestDocument(store().db, makeDocument({
        kind: 'press-release', symbol: null, date: '2032-06-30', paragraphs: ['The Security Council unanimously approved Resolution 9201 on 30 June, renewing the mandate.'],
      }), 'press.txt');
      const [summarises] = await linksFrom(store(), summary.id);
      expect(summarises).toMatchObject({ kind: 'summarises', toSymbol: 'S/RES/9201 (2032)', evidence: { rule: 'named-number', text: 'Resolution 9201' } });
      expect(summarises.toDocument).not.toBeNull();
    });

    it('checks a press summary\'s figures against its resolution, whichever is stored first', async () => {
      const summary = await ingestDocument(store().db, makeDocument({
        kind: 'press-release', symbol: null, date: '2034-06-29',
        paragraphs: ['Unanimously adopting resolution 9401 (2034), the Council decided to extend the mandate of UNEXM until 30 June 2035 with a composition of up to 5,000 military personnel and 800 police personnel.'],
      }), 'press.txt');
      await ingestDocument(store().db, makeDocument({
        kind: 'resolution', symbol: 'S/RES/9401 (2034)', date: '2034-06-29',
        paragraphs: ['Decides to extend the mandate of UNEXM until 30 June 2035;', 'Decides that UNEXM shall comprise up to 5,000 military personnel and 900 police personnel;'],
      }), 'res.txt');
      const [summarises] = await linksFrom(store(), summary.id);
      const figures = (summarises.evidence as { figures?: { checks: { figure: string; agrees: boolean }[]; mismatches: number } }).figures;
      expect(figures?.checks.map((c) => [c.figure, c.agrees])).toEqual([['expires', true], ['military', true], ['police', false]]);
      expect(figures?.mismatches).toBe(1);
    });
  });

  describe('facts and the mission record', () => {
    const store = useStore(connect);

    it('stores the facts of resolutions and builds the timeline and reporting calendar', async () => {
      const first = makeDocument({ kind: 'resolution', symbol: 'S/RES/9401 (2034)', date: '2034-06-29', paragraphs: mandateParagraphs(MISSION, '30 June 2035', 'central') });
      const second = makeDocument({ kind: 'resolution', symbol: 'S/RES/9402 (2035)', date: '2035-06-29', paragraphs: mandateParagraphs(MISSION, '30 June 2036', 'coastal') });
      await ingestDocument(store().db, first, 'r1.xml');
      await ingestDocument(store().db, second, 'r2.xml');
      const stored = await storedDocument(store().db, 'S/RES/9401 (2034)');
      expect(stored?.facts).toMatchObject({ symbol: 'S/RES/9401 (2034)', expires: '2035-06-30' });
      expect(stored?.facts?.mission?.acronym).toBe('UNSMN');

      // A report answering the first resolution, after its first due date: one due date received, the others not.
      const requested = stored?.facts?.reporting.find((r) => r.due.length > 1);
      expect(requested).toBeDefined();
      const [firstDue, secondDue] = requested!.due;
      await ingestDocument(store().db, makeDocument({
        kind: 'sg-report', symbol: 'S/2034/700', date: firstDue,
        paragraphs: ['By its resolution 9401 (2034), the Security Council requested me to report every three months.'],
      }), 'report.pdf');

      // As of the second due date, the second resolution is not adopted yet.
      const record = await missionRecord(store().db, 'unsmn', secondDue);
      expect(record.resolutions.map((r) => [r.symbol, r.expires])).toEqual([['S/RES/9401 (2034)', '2035-06-30']]);
      expect(record.resolutions[0].ceilings).toEqual(expect.arrayContaining([{ component: 'military', max: 13289 }]));
      expect(record.current).toMatchObject({ symbol: 'S/RES/9401 (2034)', inForce: true });
      const ofFirst = record.calendar.filter((d) => d.resolution === 'S/RES/9401 (2034)' && d.paragraph === requested!.paragraph);
      expect(ofFirst[0]).toMatchObject({ due: firstDue, status: 'received', report: { symbol: 'S/2034/700', date: firstDue } });
      expect(ofFirst[1]).toMatchObject({ due: secondDue, status: 'due' });

      const later = await missionRecord(store().db, 'Northland', '2036-01-01');
      expect(later.resolutions.map((r) => r.symbol)).toEqual(['S/RES/9401 (2034)', 'S/RES/9402 (2035)']);
      expect(later.current).toMatchObject({ symbol: 'S/RES/9402 (2035)' });
      // the second resolution asks for reports itself: the first one's due dates stop at its adoption
      const firstDueDates = later.calendar.filter((d) => d.resolution === 'S/RES/9401 (2034)').map((d) => d.due);
      expect(firstDueDates.length).toBeGreaterThan(1);
      expect(firstDueDates.every((due) => due < '2035-06-29')).toBe(true);
      expect(later.calendar.some((d) => d.resolution === 'S/RES/9402 (2035)')).toBe(true);
      expect(later.calendar.find((d) => d.resolution === 'S/RES/9401 (2034)' && d.due === secondDue)?.status).toBe('overdue');
      await expect(missionRecord(store().db, 'NOSUCHMISSION', '2036-01-01')).rejects.toThrow(/no stored resolution/);

      // search by mission: its resolutions, and the report answering one of them
      const about = await searchParagraphs(store().db, 'months', { mission: 'UNSMN' });
      expect([...new Set(about.map((h) => h.symbol))].sort()).toEqual(['S/2034/700', 'S/RES/9401 (2034)', 'S/RES/9402 (2035)']);
      expect(await searchParagraphs(store().db, 'months', { mission: 'NOSUCHMISSION' })).toHaveLength(0);
    });

    it('gives the vote on a resolution from a stored meeting record that lists it', async () => {
      const resolution = makeDocument({ kind: 'resolution', symbol: 'S/RES/9421 (2034)', date: '2034-03-15', paragraphs: ['Decides to remain seized of the matter.'] });
      await ingestDocument(store().db, resolution, 'r21.xml');
      const record = await ingestDocument(store().db, makeDocument({
        kind: 'other', symbol: 'S/PV.9421', date: '2034-03-15',
        paragraphs: [
          'Members of the Council have before them document S/2034/120, the text of a draft resolution.',
          'In favour: Albania, Brazil, France, Gabon, Ghana, India, Ireland, Kenya, Mexico, Norway, United Arab Emirates, United Kingdom of Great Britain and Northern Ireland, United States of America',
          'Against: Russian Federation',
          'Abstaining: China',
          'The President: The draft resolution has been adopted as resolution 9421 (2034).',
        ],
      }), 'pv.pdf');
      const votes = await resolutionVotes(store().db, ['S/RES/9421 (2034)']);
      expect(votes).toHaveLength(1);
      const [vote] = votes;
      expect(vote).toMatchObject({ from: 'S/PV.9421', recordedIn: { id: record.id, symbol: 'S/PV.9421' } });
      expect(vote.vote).toMatchObject({ resolution: 'S/RES/9421 (2034)', draft: 'S/2034/120', meeting: 9421, totals: { inFavour: 13, against: 1, abstaining: 1 } });
    });

    it('keeps the ceilings and tasks in force through a technical rollover that restates neither', async () => {
      const mission = 'the United Nations Mission in Southland (UNMISL)';
      const renewal = makeDocument({ kind: 'resolution', symbol: 'S/RES/9411 (2034)', date: '2034-06-29', paragraphs: mandateParagraphs(mission, '30 June 2035', 'central') });
      const rollover = makeDocument({ kind: 'resolution', symbol: 'S/RES/9412 (2035)', date: '2035-06-27', paragraphs: [`Decides to extend the mandate of ${mission} until 31 July 2035;`] });
      await ingestDocument(store().db, renewal, 'r11.xml');
      await ingestDocument(store().db, rollover, 'r12.xml');
      const record = await missionRecord(store().db, 'UNMISL', '2035-07-01');
      expect(record.resolutions.map((r) => [r.symbol, r.ceilings.length, r.tasks > 0])).toEqual([['S/RES/9411 (2034)', 2, true], ['S/RES/9412 (2035)', 0, false]]);
      expect(record.current).toMatchObject({ symbol: 'S/RES/9412 (2035)', expires: '2035-07-31', inForce: true, tasksFrom: 'S/RES/9411 (2034)', tasks: record.resolutions[0].tasks });
      expect(record.current?.ceilings).toEqual(record.resolutions[0].ceilings.map((c) => ({ ...c, setBy: 'S/RES/9411 (2034)' })));

      // a renewal that restates one component: the other stands as stated before
      const military = makeDocument({ kind: 'resolution', symbol: 'S/RES/9413 (2035)', date: '2035-07-30', paragraphs: [`Decides to extend the mandate of ${mission} until 31 July 2036;`, `Decides that ${mission} shall comprise up to 12,000 military personnel;`] });
      await ingestDocument(store().db, military, 'r13.xml');
      const later = await missionRecord(store().db, 'UNMISL', '2035-08-01');
      expect(later.current?.ceilings).toEqual([
        { component: 'military', max: 12000, setBy: 'S/RES/9413 (2035)' },
        { component: 'police', max: 1920, setBy: 'S/RES/9411 (2034)' },
      ]);
    });
  });

  describe('ingesting Akoma Ntoso files', () => {
    const store = useStore(connect);

    it('stores real UN XML files, each once, and reports a file it cannot read without stopping', async () => {
      const folder = join(AKN_2020, 'English');
      const files = readdirSync(folder).filter((f) => f.endsWith('.xml')).sort().slice(0, 6).map((f) => join(folder, f));
      const missing = join(folder, 'no-such-file.xml');
      const summary = await ingestFiles(store().db, [files[0], missing, ...files.slice(1)]);
      expect(summary).toMatchObject({ ingested: files.length, unchanged: 0, failed: 1 });
      expect(summary.outcomes[1]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/no-such-file/) });
      const again = await ingestFiles(store().db, files);
      expect(again).toMatchObject({ ingested: 0, unchanged: files.length, failed: 0 });
      const stored = await listDocuments(store().db);
      expect(stored.every((d) => d.symbol && d.language === 'en' && d.date)).toBe(true);
      const [{ count }] = await queryRows<{ count: number }>(store().db, sql`SELECT count(*)::int AS count FROM paragraphs`);
      expect(count).toBeGreaterThan(files.length * 5);
    }, 120_000);
  });
}
