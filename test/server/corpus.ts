/** A PGlite store in a temp dir, filled with the seeds and the 2020 English resolutions by the store's own ingest. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/db.js';
import { expandPaths, ingestFiles } from '../../src/store/ingest.js';

export const CORPUS = join(import.meta.dirname, '../../corpus');

export interface TestStore {
  store: Store;
  ingested: number;
  dispose(): Promise<void>;
}

export async function sampleStore(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-server-'));
  const store = await openStore({ data: join(dir, 'data'), databaseUrl: '' });
  const { files } = await expandPaths([join(CORPUS, 'seeds'), join(CORPUS, 'unxml-dev/2020/English/*.xml')]);
  const summary = await ingestFiles(store.db, files);
  return {
    store,
    ingested: summary.ingested,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** "S/RES/2364 (2017)" as a path segment. */
export const segment = (symbol: string) => encodeURIComponent(symbol);
