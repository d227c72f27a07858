/**
 * Web benchmark: the server on 127.0.0.1 over a PGlite store of the sample corpus (seeds and the 2020 English
 * resolutions), loaded by autocannon with 50 connections for a bounded time per target: the mission page and
 * search, as pages and as API. Median and p99 latency and requests per second for each; the target is p99 < 100 ms.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildApp } from '../server/app.js';
import { openStore } from '../store/db.js';
import { expandPaths, ingestFiles } from '../store/ingest.js';

const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
const CONNECTIONS = 50;
const SECONDS_PER_TARGET = 10;
const run = promisify(execFile);

/** The part of autocannon's JSON result read here. */
interface AutocannonResult {
  latency: { p50: number; p99: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** autocannon in its own process, so that the load it makes does not share the server's event loop. */
async function autocannon(url: string): Promise<AutocannonResult> {
  const cli = createRequire(import.meta.url).resolve('autocannon');
  const { stdout } = await run(process.execPath, [cli, '--json', '-c', String(CONNECTIONS), '-d', String(SECONDS_PER_TARGET), url],
    { timeout: (SECONDS_PER_TARGET + 30) * 1000, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as AutocannonResult;
}

/** The mission page (its API when the web pages are not there), search as API and as page; the first path that answers 200. */
const TARGETS: { label: string; paths: string[] }[] = [
  { label: 'mission', paths: ['/missions/MINUSMA', '/api/missions/MINUSMA'] },
  { label: 'search_api', paths: ['/api/search?q=protection%20of%20civilians'] },
  { label: 'search_page', paths: ['/search?q=protection%20of%20civilians'] },
];

export async function benchWeb(): Promise<Record<string, string | number>> {
  const results: Record<string, string | number> = {};
  const dir = mkdtempSync(join(tmpdir(), 'mandate-bench-web-'));
  const store = await openStore({ data: join(dir, 'data'), databaseUrl: '' });
  try {
    const { files } = await expandPaths([join(CORPUS, 'seeds'), join(CORPUS, 'unxml-dev/2020/English/*.xml')]);
    results['web.documents'] = (await ingestFiles(store.db, files)).ingested;
    const app = await buildApp({ store });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('the server has no port');
      const base = `http://127.0.0.1:${address.port}`;
      for (const { label, paths } of TARGETS) {
        let path: string | undefined;
        for (const candidate of paths) {
          if ((await fetch(`${base}${candidate}`)).status === 200) {
            path = candidate;
            break;
          }
        }
        if (!path) {
          results[`web.${label}`] = `skipped: none of ${paths.join(', ')} answers 200`;
          continue;
        }
        const load = await autocannon(`${base}${path}`);
        Object.assign(results, {
          [`web.${label}.path`]: path,
          [`web.${label}.requests`]: load.requests.total,
          [`web.${label}.failed`]: load.non2xx + load.errors + load.timeouts,
          [`web.${label}.median_ms`]: load.latency.p50,
          [`web.${label}.p99_ms`]: load.latency.p99,
          [`web.${label}.requests_per_s`]: Math.round(load.requests.average),
        });
      }
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
