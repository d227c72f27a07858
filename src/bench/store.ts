/**
 * Store benchmark: documents ingested per second from corpus/unxml-dev (all its XML files) into PGlite and into PostgreSQL,
 * and search latency (median, p95) over 50 queries drawn from the stored paragraphs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openStore, queryRows, type Store } from '../store/db.js';
import { expandPaths, ingestFiles } from '../store/ingest.js';
import { postgresBinaries, startTestServer } from '../store/pg-server.js';
import { searchParagraphs } from '../store/search.js';

const CORPUS = fileURLToPath(new URL('../../corpus/unxml-dev', import.meta.url));
const QUERIES = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Two-word queries from paragraphs spread over the store: its two longest words, so every query has answers. */
async function sampleQueries(store: Store): Promise<string[]> {
  const rows = await queryRows<{ text: string }>(store.db, sql`
    SELECT text FROM (SELECT text, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM paragraphs WHERE ts_config = 'english'::regconfig) t
    WHERE n % greatest(total / ${QUERIES}, 1) = 0 LIMIT ${QUERIES}`);
  return rows.map(({ text }) => (text.match(/\p{L}{4,}/gu) ?? []).sort((a, b) => b.length - a.length).slice(0, 2).join(' ')).filter(Boolean);
}

async function measure(label: string, store: Store, files: string[]): Promise<Record<string, string | number>> {
  const started = performance.now();
  const summary = await ingestFiles(store.db, files);
  const seconds = (performance.now() - started) / 1000;
  const queries = await sampleQueries(store);
  const latencies: number[] = [];
  for (const query of queries) {
    const t = performance.now();
    await searchParagraphs(store.db, query, { limit: 10 });
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  return {
    [`store.${label}.files`]: files.length,
    [`store.${label}.ingested`]: summary.ingested,
    [`store.${label}.failed`]: summary.failed,
    [`store.${label}.seconds`]: Number(seconds.toFixed(1)),
    [`store.${label}.docs_per_s`]: Number((summary.ingested / seconds).toFixed(1)),
    [`store.${label}.search_queries`]: latencies.length,
    [`store.${label}.search_median_ms`]: Number(percentile(latencies, 0.5).toFixed(1)),
    [`store.${label}.search_p95_ms`]: Number(percentile(latencies, 0.95).toFixed(1)),
  };
}

export async function benchStore(): Promise<Record<string, string | number>> {
  const { files } = await expandPaths([`${CORPUS}/**/*.xml`]);
  const results: Record<string, string | number> = {};
  const dir = mkdtempSync(join(tmpdir(), 'mandate-bench-'));
  try {
    const store = await openStore({ data: join(dir, 'data'), databaseUrl: '' });
    try {
      Object.assign(results, await measure('pglite', store, files));
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const bin = postgresBinaries();
  if (!bin) return { ...results, 'store.postgres': 'skipped: no /usr/lib/postgresql/*/bin/initdb' };
  const server = await startTestServer(bin);
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench');
    await admin.end();
    const store = await openStore({ databaseUrl: server.url.replace(/\/postgres$/, '/bench') });
    try {
      Object.assign(results, await measure('postgres', store, files));
    } finally {
      await store.close();
    }
  } finally {
    server.stop();
  }
  return results;
}
