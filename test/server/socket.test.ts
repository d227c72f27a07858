/** The API through a real socket on 127.0.0.1 (fetch), and who may write. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { buildApp, isLoopbackHost } from '../../src/server/app.js';
import { CORPUS, sampleStore, segment, type TestStore } from './corpus.js';

let sample: TestStore;
const running: FastifyInstance[] = [];

beforeAll(async () => {
  sample = await sampleStore();
}, 120_000);
afterAll(async () => {
  for (const app of running) await app.close();
  await sample?.dispose();
});

/** An app listening on 127.0.0.1 on a free port; its base URL. */
async function serve(options: { token?: string; listenBeyondLoopback?: boolean } = {}): Promise<string> {
  const app = await buildApp({ store: sample.store, ...options });
  running.push(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

function upload(name: string, bytes: Uint8Array): FormData {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(bytes)]), name);
  return body;
}

describe('over a socket', () => {
  it('answers reads with JSON, XML and CSV', async () => {
    const base = await serve();
    const mission = await fetch(`${base}/api/missions/MINUSMA?today=2020-12-31`);
    expect(mission.status).toBe(200);
    expect(mission.headers.get('content-type')).toMatch(/^application\/json/);
    const record = await mission.json();
    expect(record.resolutions.map((r: { symbol: string }) => r.symbol)).toEqual(['S/RES/2364 (2017)', 'S/RES/2531 (2020)']);

    const search = await (await fetch(`${base}/api/search?q=Timbuktu`)).json();
    expect(search.hits.map((h: { symbol: string }) => h.symbol)).toContain('S/2017/478');

    const compare = await (await fetch(`${base}/api/compare?a=${segment('S/2017/558')}&b=${segment('S/RES/2364 (2017)')}`)).json();
    expect(compare.verdict).toBe('no substantive change');

    const xml = await fetch(`${base}/api/documents/${segment('S/RES/2531 (2020)')}?format=akn`);
    expect(xml.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(await xml.text()).toContain('<akomaNtoso');

    const bad = await fetch(`${base}/api/documents?offset=-1`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/offset must be >= 0/);
  });

  it('uploads a file on loopback without a token', async () => {
    const base = await serve();
    const bytes = readFileSync(join(CORPUS, 'unxml-dev/2020/Spanish/S_RES_2504 (2020)-2000407S.xml'));
    const response = await fetch(`${base}/api/documents`, { method: 'POST', body: upload('2504-es.xml', bytes) });
    expect(response.status).toBe(200);
    expect((await response.json()).files[0]).toMatchObject({ status: 'ingested', symbol: 'S/RES/2504 (2020)' });
    expect((await (await fetch(`${base}/api/documents/${segment('S/RES/2504 (2020)')}?language=es`)).json()).language).toBe('es');
  });
});

describe('who may write', () => {
  it('knows loopback hosts', () => {
    for (const host of ['127.0.0.1', '::1', 'localhost', 'LOCALHOST']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.org']) expect(isLoopbackHost(host)).toBe(false);
  });

  it('refuses to start beyond loopback without a token, in one line', async () => {
    const attempt = buildApp({ store: sample.store, listenBeyondLoopback: true });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/^refusing to listen beyond loopback without a token/);
  });

  it('with a token, reads are open and writes need Authorization: Bearer', async () => {
    const base = await serve({ token: 's3cret-token', listenBeyondLoopback: true });
    expect((await fetch(`${base}/api/documents?limit=1`)).status).toBe(200);

    const bytes = readFileSync(join(CORPUS, 'seeds/press-summary-2364-en.txt'));
    const anonymous = await fetch(`${base}/api/documents`, { method: 'POST', body: upload('press.txt', bytes) });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).message).toMatch(/Authorization: Bearer/);
    const wrong = await fetch(`${base}/api/documents`, { method: 'POST', body: upload('press.txt', bytes), headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const deleting = await fetch(`${base}/api/documents/${segment('S/RES/2364 (2017)')}`, { method: 'DELETE' });
    expect(deleting.status).toBe(401);
    expect((await fetch(`${base}/api/documents/${segment('S/RES/2364 (2017)')}`)).status).toBe(200);

    const allowed = await fetch(`${base}/api/documents`, { method: 'POST', body: upload('press.txt', bytes), headers: { authorization: 'Bearer s3cret-token' } });
    expect(allowed.status).toBe(200);
    expect((await allowed.json()).files[0].status).toBe('unchanged');
  });

  it('refuses writes from another site even on loopback', async () => {
    const base = await serve();
    const bytes = readFileSync(join(CORPUS, 'seeds/press-summary-2364-en.txt'));
    const crossSite = await fetch(`${base}/api/documents`, { method: 'POST', body: upload('press.txt', bytes), headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    const sameSite = await fetch(`${base}/api/documents`, { method: 'POST', body: upload('press.txt', bytes), headers: { origin: base } });
    expect(sameSite.status).toBe(200);
  });
});
