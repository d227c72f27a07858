import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { storeSuite } from './store.suite.js';

const directories: string[] = [];
afterAll(() => {
  for (const dir of directories) rmSync(dir, { recursive: true, force: true });
});

describe('store on PGlite', () => {
  storeSuite(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandate-store-'));
    directories.push(dir);
    return openStore({ data: join(dir, 'data'), databaseUrl: '' });
  });
});
