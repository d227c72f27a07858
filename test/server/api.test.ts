/** The API in process (app.inject) over a PGlite store holding the seeds and the 2020 English resolutions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { MAX_FILES_PER_UPLOAD } from '../../src/server/routes/write.js';
import { CORPUS, sampleStore, segment, type TestStore } from './corpus.js';

let sample: TestStore;
let app: FastifyInstance;

beforeAll(async () => {
  sample = await sampleStore();
  app = await buildApp({ store: sample.store });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await sample?.dispose();
});

const get = async (url: string) => {
  const response = await app.inject(url);
  return { status: response.statusCode, type: String(response.headers['content-type']), body: response.body, json: () => response.json() };
};

describe('documents', () => {
  it('lists stored versions with filters and paging', async () => {
    const all = (await get('/api/documents?limit=500')).json();
    expect(all.total).toBe(sample.ingested);
    expect(all.documents).toHaveLength(sample.ingested);

    const resolutions2020 = (await get('/api/documents?kind=resolution&year=2020&language=en&limit=500')).json();
    expect(resolutions2020.total).toBeGreaterThan(40);
    expect(resolutions2020.documents.every((d: { kind: string; date: string }) => d.kind === 'resolution' && d.date.startsWith('2020'))).toBe(true);

    const page = (await get('/api/documents?kind=resolution&year=2020&limit=5&offset=5')).json();
    expect(page).toMatchObject({ total: resolutions2020.total, limit: 5, offset: 5 });
    expect(page.documents.map((d: { id: number }) => d.id)).toEqual(resolutions2020.documents.slice(5, 10).map((d: { id: number }) => d.id));

    const mali = (await get('/api/documents?mission=minusma')).json();
    const symbols = mali.documents.map((d: { symbol: string }) => d.symbol);
    expect(symbols).toEqual(expect.arrayContaining(['S/2017/558', 'S/RES/2364 (2017)', 'S/RES/2531 (2020)']));
    expect(symbols).not.toContain('S/RES/2504 (2020)');
  });

  it('gives one document with its model, versions and links', async () => {
    const response = await get(`/api/documents/${segment('S/RES/2364 (2017)')}`);
    expect(response.status).toBe(200);
    const stored = response.json();
    expect(stored).toMatchObject({ symbol: 'S/RES/2364 (2017)', kind: 'resolution', language: 'en', date: '2017-06-29', version: 1 });
    expect(stored.versions).toHaveLength(1);
    expect(stored.document.body.length).toBeGreaterThan(20);
    expect(stored.facts.ceilings.map((c: { max: number }) => c.max)).toEqual(expect.arrayContaining([13289, 1920]));
    expect(stored.linksIn.map((l: { symbol: string }) => l.symbol)).toContain('S/2017/558');
    // written another common way, the symbol finds the same document
    expect((await get(`/api/documents/${segment('s/res/2364(2017)')}`)).json().id).toBe(stored.id);
  });

  it('exports Akoma Ntoso XML with ?format=akn', async () => {
    const response = await get(`/api/documents/${segment('S/RES/2364 (2017)')}?format=akn`);
    expect(response.status).toBe(200);
    expect(response.type).toMatch(/^application\/xml/);
    expect(response.body).toMatch(/^<\?xml/);
    expect(response.body).toContain('<akomaNtoso');
    expect(response.body).toContain('13,289');
  });

  it('gives the facts of a resolution, and 404 for a report', async () => {
    const facts = (await get(`/api/documents/${segment('S/RES/2364 (2017)')}/facts`)).json();
    expect(facts.mission.acronym).toBe('MINUSMA');
    expect(facts.expires).toBe('2018-06-30');
    expect(facts.ceilings).toEqual(expect.arrayContaining([
      expect.objectContaining({ component: 'military', max: 13289 }), expect.objectContaining({ component: 'police', max: 1920 }),
    ]));
    const report = await get(`/api/documents/${segment('S/2017/478')}/facts`);
    expect(report.status).toBe(404);
    expect(report.json().message).toMatch(/resolutions and drafts only/);
  });

  it('gives the vote of a resolution as JSON and CSV', async () => {
    const vote = (await get(`/api/documents/${segment('S/RES/2531 (2020)')}/votes`)).json();
    expect(vote.resolution).toBe('S/RES/2531 (2020)');
    expect(vote.totals.inFavour).toBe(15);
    expect(vote.members).toHaveLength(15);
    const csv = await get(`/api/documents/${segment('S/RES/2531 (2020)')}/votes?format=csv`);
    expect(csv.type).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split(/\r\n/);
    expect(lines[0]).toBe('ms_code,ms_name,ms_vote,permanent_member,date,resolution,draft,meeting,total_yes,total_no,total_abstentions,total_non_voting,total_ms');
    expect(lines).toHaveLength(16);
    expect(lines.slice(1).every((line) => line.split(',')[2] === 'Y')).toBe(true);
    // a letter recording a vote taken by written procedure, read from its (Chinese) text
    const letter = (await get(`/api/documents/${segment('S/2020/613')}/votes`)).json();
    expect(letter).toMatchObject({ symbol: 'S/2020/613', resolution: 'S/RES/2531 (2020)', totals: { inFavour: 15, against: 0, abstaining: 0 } });
    // a resolution without a record of its own: the press summary says it was adopted unanimously
    const summarised = (await get(`/api/documents/${segment('S/RES/2364 (2017)')}/votes`)).json();
    expect(summarised).toMatchObject({ resolution: 'S/RES/2364 (2017)', unanimous: true, totals: { inFavour: 15 } });
    const none = await get(`/api/documents/${segment('S/2017/478')}/votes`);
    expect(none.status).toBe(404);
  });

  it('recovers the tables of a report annex as JSON and CSV', async () => {
    const benchmarks = (await get(`/api/documents/${segment('S/2017/478')}/tables/I`)).json();
    expect(benchmarks).toMatchObject({ annex: 'I', kind: 'benchmarks' });
    expect(benchmarks.areas.length).toBeGreaterThan(2);
    const strength = await get(`/api/documents/${segment('S/2017/478')}/tables/2?format=csv`);
    expect(strength.status).toBe(200);
    expect(strength.body.split('\r\n')[0]).toMatch(/^country,iso3,military_men/);
    expect(strength.body).toMatch(/\r\nBangladesh,BGD,/);
    const missing = await get(`/api/documents/${segment('S/2017/478')}/tables/IX`);
    expect(missing.status).toBe(404);
    expect(missing.json().message).toMatch(/no annex "IX"/);
  });
});

describe('documents without a symbol', () => {
  /** The stored press summary: listed with a null symbol, so only its id names it. */
  async function pressSummary(): Promise<{ id: number; symbol: null }> {
    const { documents } = (await get('/api/documents?kind=press-release&limit=500')).json();
    const unnamed = documents.filter((d: { symbol: string | null }) => d.symbol === null);
    expect(unnamed).toHaveLength(1);
    return unnamed[0];
  }

  it('gives one by its id, with its link to the resolution and the figures checked against it', async () => {
    const { id } = await pressSummary();
    const response = await get(`/api/documents/id/${id}`);
    expect(response.status).toBe(200);
    const summary = response.json();
    expect(summary).toMatchObject({ id, symbol: null, kind: 'press-release', date: '2017-06-29', versions: [{ version: 1 }], linksIn: [] });
    const resolution = (await get(`/api/documents/${segment('S/RES/2364 (2017)')}`)).json();
    const [link] = summary.linksOut;
    expect(link).toMatchObject({ kind: 'summarises', symbol: 'S/RES/2364 (2017)', documentId: resolution.id, stored: true });
    expect(link.evidence.figures.mismatches).toBe(0);
    expect(link.evidence.figures.checks).toEqual(expect.arrayContaining([
      expect.objectContaining({ figure: 'expires', summary: '2018-06-30', resolution: '2018-06-30', agrees: true }),
      expect.objectContaining({ figure: 'military', summary: 13289, agrees: true }),
      expect.objectContaining({ figure: 'police', summary: 1920, agrees: true }),
    ]));
    // The resolution's incoming link names the summary by its id, the way back to it.
    const back = resolution.linksIn.find((l: { kind: string }) => l.kind === 'summarises');
    expect(back).toMatchObject({ symbol: null, documentId: id });
    expect(back.evidence.figures.checks.length).toBe(3);
    // Another version's id gives that version, whatever its symbol.
    expect((await get(`/api/documents/id/${resolution.id}`)).json()).toMatchObject({ symbol: 'S/RES/2364 (2017)', id: resolution.id });
  });

  it('exports it as Akoma Ntoso, and finds it by search with its id', async () => {
    const { id } = await pressSummary();
    const akn = await get(`/api/documents/id/${id}?format=akn`);
    expect(akn.type).toMatch(/^application\/xml/);
    expect(akn.body).toContain('<akomaNtoso');
    const { hits } = (await get('/api/search?q=Plateforme&kind=press-release')).json();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h: { documentId: number; symbol: string | null }) => h.documentId === id && h.symbol === null)).toBe(true);
  });

  it.each([
    ['/api/documents/id/0', 400, /id must be >= 1/],
    ['/api/documents/id/first', 400, /id must be integer/],
    ['/api/documents/id/1?version=2', 400, /unknown query parameter "version"/],
    ['/api/documents/id/99999', 404, /no stored document has the id 99999/],
    ['/api/documents/id/2147483647', 404, /no stored document has the id/],
  ])('%s → %i', async (url, status, message) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(response.json().message).toMatch(message);
  });
});

describe('missions, search, compare', () => {
  it('lists the missions the stored resolutions name', async () => {
    const { missions } = (await get('/api/missions')).json();
    const minusma = missions.find((m: { mission: string }) => m.mission === 'MINUSMA');
    expect(minusma).toMatchObject({ acronym: 'MINUSMA', resolutions: 2, first: '2017-06-29', latest: '2020-06-29' });
  });

  it("gives a mission's timeline, current mandate and reporting calendar", async () => {
    const record = (await get('/api/missions/MINUSMA?today=2020-12-31')).json();
    expect(record.mission.acronym).toBe('MINUSMA');
    expect(record.resolutions.map((r: { symbol: string }) => r.symbol)).toEqual(['S/RES/2364 (2017)', 'S/RES/2531 (2020)']);
    for (const resolution of record.resolutions) {
      expect(resolution.ceilings).toEqual(expect.arrayContaining([{ component: 'military', max: 13289 }, { component: 'police', max: 1920 }]));
    }
    expect(record.current).toMatchObject({ symbol: 'S/RES/2531 (2020)', expires: '2021-06-30', inForce: true });
    expect(record.calendar.length).toBeGreaterThan(0);
    expect(record.calendar.every((d: { status: string }) => ['received', 'due', 'overdue'].includes(d.status))).toBe(true);
    // as of an earlier day the later resolution does not exist yet
    const earlier = (await get('/api/missions/minusma?today=2018-01-01')).json();
    expect(earlier.current.symbol).toBe('S/RES/2364 (2017)');
  });

  it('searches paragraphs, best first, with snippets', async () => {
    const { hits } = (await get('/api/search?q=Timbuktu')).json();
    expect(hits[0].symbol).toBe('S/2017/478');
    expect(hits[0].snippet).toContain('⟦Timbuktu⟧');
    expect(hits.map((h: { rank: number }) => h.rank)).toEqual([...hits.map((h: { rank: number }) => h.rank)].sort((a, b) => b - a));
    const filtered = (await get('/api/search?q=protection%20of%20civilians&kind=resolution&year=2020&limit=3')).json();
    expect(filtered.hits).toHaveLength(3);
    expect(filtered.hits.every((h: { kind: string; date: string }) => h.kind === 'resolution' && h.date.startsWith('2020'))).toBe(true);
  });

  it('compares a draft with the adopted resolution', async () => {
    const response = await get(`/api/compare?a=${segment('S/2017/558')}&b=${segment('S/RES/2364 (2017)')}`);
    expect(response.status).toBe(200);
    const comparison = response.json();
    expect(comparison.verdict).toBe('no substantive change');
    expect(comparison.left.symbol).toBe('S/2017/558');
    expect(comparison.pairs.length).toBeGreaterThan(50);
  });
});

describe('errors', () => {
  it.each([
    ['/api/documents?kind=treaty', /^query parameter kind must be one of resolution, /],
    ['/api/documents?sort=date', /^unknown query parameter "sort"$/],
    ['/api/documents?limit=0', /limit must be >= 1/],
    ['/api/documents?year=twenty', /year must be integer/],
    ['/api/search', /^missing query parameter "q"$/],
    ['/api/search?q=%20%20', /q is not in the expected form/],
    ['/api/search?q=mali&language=de', /language must be one of en, fr, es, ru, zh, ar/],
    ['/api/missions/MINUSMA?today=2020-02-30', /expected a date as YYYY-MM-DD/],
    ['/api/compare?a=S%2F2017%2F558', /^missing query parameter "b"$/],
    [`/api/documents/${segment('S/RES/2364 (2017)')}?format=pdf`, /format must be one of json, akn/],
  ])('%s → 400 with one line', async (url, message) => {
    const response = await get(url);
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.json().message).toMatch(message);
    expect(response.json().message).not.toContain('\n');
  });

  it.each([
    `/api/documents/${segment('S/RES/9999 (2030)')}`,
    `/api/documents/${segment('S/RES/9999 (2030)')}/facts`,
    `/api/compare?a=${segment('S/2017/558')}&b=${segment('S/RES/9999 (2030)')}`,
    '/api/missions/NOSUCHMISSION',
    '/api/no-such-endpoint',
  ])('%s → 404', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.json().message.length).toBeGreaterThan(10);
  });
});

describe('upload and delete', () => {
  const french = join(CORPUS, 'unxml-dev/2020/French/S_RES_2504 (2020)-2000407F.xml');

  function form(files: { name: string; bytes: Uint8Array | string }[]): FormData {
    const body = new FormData();
    for (const file of files) body.append('file', new Blob([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)]), file.name);
    return body;
  }
  const post = (body: FormData) => app.inject({ method: 'POST', url: '/api/documents', payload: body });

  it('ingests good files and fails bad ones, each with its result', async () => {
    const bytes = readFileSync(french);
    // asked before and after the upload: answers kept by the server must not outlive the change
    const before = (await get('/api/documents?limit=1')).json().total;
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0), 0xff, 0xfe, 0x00, 0x01]);
    const response = await post(form([
      { name: '../../etc/S_RES_2504-fr.xml', bytes },
      { name: 'picture.png', bytes: png },
      { name: 'page.html', bytes: '<!DOCTYPE html><html><body>hello</body></html>' },
    ]));
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ ingested: 1, unchanged: 0, failed: 2 });
    expect(result.files[0]).toMatchObject({ file: 'S_RES_2504-fr.xml', status: 'ingested', symbol: 'S/RES/2504 (2020)', version: 1, id: expect.any(Number) });
    expect((await get(`/api/documents/id/${result.files[0].id}`)).json()).toMatchObject({ symbol: 'S/RES/2504 (2020)', language: 'fr' });
    expect(result.files[1]).toMatchObject({ file: 'picture.png', status: 'failed', reason: expect.stringMatching(/PNG image/) });
    expect(result.files[2]).toMatchObject({ file: 'page.html', status: 'failed', reason: expect.stringMatching(/HTML/) });
    for (const failed of result.files.slice(1)) expect(failed.reason).not.toContain('\n');
    expect((await get('/api/documents?limit=1')).json().total).toBe(before + 1);

    const again = (await post(form([{ name: 'again.xml', bytes }]))).json();
    expect(again.files[0]).toMatchObject({ status: 'unchanged', symbol: 'S/RES/2504 (2020)' });
    expect((await get(`/api/documents/${segment('S/RES/2504 (2020)')}?language=fr`)).json().language).toBe('fr');
  });

  it('deletes one version, then every version in a language, leaving the rest whole', async () => {
    const symbol = segment('S/RES/2505 (2020)');
    const original = readFileSync(join(CORPUS, 'unxml-dev/2020/French/S_RES_2505 (2020)-2000446F.xml'), 'utf8');
    await post(form([{ name: 'v1.xml', bytes: original }]));
    const second = (await post(form([{ name: 'v2.xml', bytes: `${original}\n<!-- corrected -->\n` }]))).json();
    expect(second.files[0]).toMatchObject({ status: 'ingested', version: 2 });
    expect((await get(`/api/documents/${symbol}?language=fr`)).json().versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);

    const one = await app.inject({ method: 'DELETE', url: `/api/documents/${symbol}?language=fr&version=2` });
    expect(one.json()).toEqual({ deleted: [{ id: second.files[0].id, symbol: 'S/RES/2505 (2020)', language: 'fr', version: 2 }] });
    const left = (await get(`/api/documents/${symbol}?language=fr`)).json();
    expect(left).toMatchObject({ language: 'fr', version: 1 });
    expect(left.versions).toHaveLength(1);

    const french = await app.inject({ method: 'DELETE', url: `/api/documents/${symbol}?language=fr` });
    expect(french.json().deleted).toHaveLength(1);
    expect((await get(`/api/documents/${symbol}?language=fr`)).json().language).toBe('en');
    expect((await get(`/api/search?q=${encodeURIComponent('"Conseil de sécurité"')}&language=fr&limit=200`)).json().hits
      .some((h: { symbol: string }) => h.symbol === 'S/RES/2505 (2020)')).toBe(false);

    const gone = await app.inject({ method: 'DELETE', url: `/api/documents/${symbol}?language=fr` });
    expect(gone.statusCode).toBe(404);
  });

  it('stores a file whose symbol is not recognised, opens it by its id, and deletes it by its id', async () => {
    const summary = `${readFileSync(join(CORPUS, 'seeds/press-summary-2364-en.txt'), 'utf8')}\nA line added to make another file.\n`;
    const stored = (await post(form([{ name: 'summary.txt', bytes: summary }]))).json().files[0];
    expect(stored).toMatchObject({ status: 'ingested', symbol: null, id: expect.any(Number) });
    expect((await get(`/api/documents/id/${stored.id}`)).json()).toMatchObject({ id: stored.id, symbol: null, fileName: 'summary.txt' });

    const deleted = await app.inject({ method: 'DELETE', url: `/api/documents/id/${stored.id}` });
    expect(deleted.json()).toEqual({ deleted: [{ id: stored.id, symbol: null, language: 'en', version: 1 }] });
    expect((await get(`/api/documents/id/${stored.id}`)).status).toBe(404);
    const again = await app.inject({ method: 'DELETE', url: `/api/documents/id/${stored.id}` });
    expect(again.statusCode).toBe(404);
    expect(again.json().message).toBe(`no stored document has the id ${stored.id}`);
  });

  it('refuses a request without files, with other fields, with too many files, or not multipart', async () => {
    const empty = await post(new FormData());
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toMatch(/^no file in the upload/);
    const withField = form([{ name: 'a.txt', bytes: 'text' }]);
    withField.append('comment', 'hello');
    expect((await post(withField)).json()).toMatchObject({ statusCode: 400, message: 'send only files in the upload, no other form fields' });
    const many = form(Array.from({ length: MAX_FILES_PER_UPLOAD + 1 }, (_, i) => ({ name: `${i}.txt`, bytes: `file ${i}` })));
    const before = (await get('/api/documents?limit=1')).json().total;
    const tooMany = await post(many);
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json().message).toMatch(/^too many files/);
    expect((await get('/api/documents?limit=1')).json().total).toBe(before);
    const json = await app.inject({ method: 'POST', url: '/api/documents', payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().message).toMatch(/multipart\/form-data/);
  });

  it('refuses a file above the size limit with 413 and stores nothing', async () => {
    const small = await buildApp({ store: sample.store, maxUploadBytes: 1024 });
    try {
      const before = (await get('/api/documents?limit=1')).json().total;
      const body = form([
        { name: 'small.txt', bytes: readFileSync(join(CORPUS, 'seeds/press-summary-2364-en.txt')).subarray(0, 900) },
        { name: 'big.xml', bytes: readFileSync(join(CORPUS, 'unxml-dev/2020/French/S_RES_2506 (2020)-2001430F.xml')) },
      ]);
      const response = await small.inject({ method: 'POST', url: '/api/documents', payload: body });
      expect(response.statusCode).toBe(413);
      expect(response.json().message).toBe('big.xml is too large: the limit is 1024 bytes per file; nothing was stored');
      expect((await get('/api/documents?limit=1')).json().total).toBe(before);
    } finally {
      await small.close();
    }
  });
});

describe('OpenAPI', () => {
  /** The value a local JSON pointer ("#/components/schemas/def-0") designates, or undefined. */
  function resolvePointer(document: unknown, ref: string): unknown {
    if (!ref.startsWith('#/')) return undefined;
    return ref.slice(2).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), document);
  }

  function refsOf(node: unknown, found: string[] = []): string[] {
    if (Array.isArray(node)) node.forEach((child) => refsOf(child, found));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') found.push(value);
        else refsOf(value, found);
      }
    }
    return found;
  }

  it('is OpenAPI 3 generated from the route schemas, every path with responses and every $ref resolving', async () => {
    const response = await get('/api/openapi.json');
    expect(response.status).toBe(200);
    const spec = response.json();
    expect(spec.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(spec.info.title).toBeTruthy();
    const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
    const paths = Object.entries(spec.paths as Record<string, Record<string, { responses?: Record<string, unknown> }>>);
    expect(paths.length).toBeGreaterThanOrEqual(9);
    for (const [path, item] of paths) {
      expect(path.startsWith('/api/'), path).toBe(true);
      const operations = Object.entries(item).filter(([method]) => methods.includes(method));
      expect(operations.length, path).toBeGreaterThan(0);
      for (const [method, operation] of operations) {
        expect(Object.keys(operation.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
        // OpenAPI 3 requires a description on every response
        for (const [status, answer] of Object.entries(operation.responses ?? {})) {
          expect(typeof (answer as { description?: unknown }).description, `${method} ${path} ${status}`).toBe('string');
        }
        // path templates name exactly the path parameters the operation declares
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        const declared = ((operation as { parameters?: { in: string; name: string }[] }).parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name).sort();
        expect(declared, `${method} ${path}`).toEqual(templated);
      }
    }
    // OpenAPI 3.0 schemas name one type each (nullable: true for null), never a list of types
    expect(JSON.stringify(spec)).not.toMatch(/"type":\[/);
    const refs = refsOf(spec);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(resolvePointer(spec, ref), ref).toBeDefined();
    // the same enum the validator enforces
    const kindParameter = spec.paths['/api/documents'].get.parameters.find((p: { name: string }) => p.name === 'kind');
    expect(kindParameter.schema.enum).toContain('sg-report');
    expect(spec.paths['/api/documents'].post.security).toEqual([{ bearer: [] }]);
    expect(spec.paths['/api/documents'].post.requestBody.content['multipart/form-data'].schema.properties.file.type).toBe('array');
    expect(spec.paths['/api/documents/{symbol}'].delete).toBeDefined();
    expect(spec.paths['/api/documents/id/{id}'].get.parameters.find((p: { name: string }) => p.name === 'id').schema).toMatchObject({ type: 'integer', minimum: 1 });
  });
});
