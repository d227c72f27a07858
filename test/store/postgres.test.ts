import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { postgresBinaries, startTestServer, type TestServer } from '../../src/store/pg-server.js';
import { storeSuite } from './store.suite.js';

const bin = postgresBinaries();
const inCI = process.env.CI === 'true';
if (!bin && inCI) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql/*/bin: CI must install postgresql (see .ci/run)');

describe.skipIf(!bin)('store on PostgreSQL', () => {
  let server: TestServer | undefined;
  let databases = 0;
  beforeAll(async () => {
    server = await startTestServer(bin!);
  }, 120_000);
  afterAll(() => server?.stop());

  // A fresh database on the same server for each group of tests.
  storeSuite(async () => {
    if (!server) throw new Error('the PostgreSQL test server did not start');
    const name = `store_${++databases}`;
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return openStore({ databaseUrl: server.url.replace(/\/postgres$/, `/${name}`) });
  });
});

if (!bin) {
  describe('store on PostgreSQL', () => {
    it.skip('skipped: PostgreSQL is not installed here (no /usr/lib/postgresql/*/bin/initdb) and CI is not set; apt-get install postgresql to run it', () => {});
  });
}
