/** Each fault of the store is one clear line (an InputError), never a stack trace or a hang. */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { describeUrl, openStore, storeError } from '../../src/store/db.js';
import { ingestDocument } from '../../src/store/ingest.js';
import { freePort } from '../../src/store/pg-server.js';
import { makeDocument } from './documents.js';

const root = mkdtempSync(join(tmpdir(), 'mandate-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;
/** Mounting (tmpfs, read-only bind) needs root and a container that allows it. */
function tryMount(args: string[]): boolean {
  try {
    execFileSync('mount', args, { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

async function openError(open: () => Promise<unknown>): Promise<InputError> {
  const error = await open().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('PostgreSQL connection faults', () => {
  it('refuses a malformed DATABASE_URL without echoing it', () => {
    expect(() => describeUrl('not a url')).toThrow(/DATABASE_URL is not a valid URL/);
    expect(() => describeUrl('mysql://user:secret@host/db')).toThrow(/must start with postgres:\/\//);
    expect(() => describeUrl('postgres://user:secret@host:6543/corpus')).not.toThrow();
    expect(describeUrl('postgres://user:secret@host:6543/corpus')).toBe('host:6543/corpus');
  });

  it('says a server is unreachable when nothing listens on its port', async () => {
    const port = await freePort();
    const error = await openError(() => openStore({ databaseUrl: `postgres://user:secret@127.0.0.1:${port}/corpus` }));
    expect(error.message).toBe(`cannot reach the PostgreSQL server at 127.0.0.1:${port}/corpus: connection refused (is the server running?)`);
  });

  it('gives up after a short timeout on a server that never answers', async () => {
    const sockets: import('node:net').Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    const port = await new Promise<number>((resolve) => silent.listen(0, '127.0.0.1', () => resolve((silent.address() as { port: number }).port)));
    const started = Date.now();
    const error = await openError(() => openStore({ databaseUrl: `postgres://user@127.0.0.1:${port}/corpus` }));
    expect(error.message).toMatch(/cannot reach the PostgreSQL server .*: no answer within 5 s/);
    expect(Date.now() - started).toBeLessThan(15_000);
    for (const socket of sockets) socket.destroy();
    silent.close();
  }, 30_000);
});

describe('PGlite data directory faults', () => {
  it('refuses a directory that holds other files, and a corrupt database', async () => {
    const foreign = join(root, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'my notes');
    expect((await openError(() => openStore({ data: foreign, databaseUrl: '' }))).message).toBe(`${foreign} is not a usable database: it holds other files and no PG_VERSION`);

    const corrupt = join(root, 'corrupt');
    const store = await openStore({ data: corrupt, databaseUrl: '' });
    await store.close();
    writeFileSync(join(corrupt, 'global', 'pg_control'), 'garbage'.repeat(200));
    expect((await openError(() => openStore({ data: corrupt, databaseUrl: '' }))).message).toMatch(new RegExp(`^${corrupt} is not a usable database: `));
  }, 120_000);

  it('refuses a directory another process holds, and takes over the lock of one that is gone', async () => {
    const shared = join(root, 'shared');
    const store = await openStore({ data: shared, databaseUrl: '' });
    await store.close();
    writeFileSync(join(shared, 'mandate.pid'), String(process.ppid));
    expect((await openError(() => openStore({ data: shared, databaseUrl: '' }))).message).toBe(`the data directory ${shared} is in use by another mandate process (pid ${process.ppid}): wait for it to finish`);
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(shared, 'mandate.pid'), String(gone));
    const reopened = await openStore({ data: shared, databaseUrl: '' });
    await reopened.close();
    expect(existsSync(join(shared, 'mandate.pid'))).toBe(false);
  }, 120_000);

  it('refuses a file given as the data directory', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    expect((await openError(() => openStore({ data: file, databaseUrl: '' }))).message).toMatch(/is not a directory/);
  });

  // As root, permissions do not stop writes: a read-only bind mount does.
  const readOnly = join(root, 'read-only');
  mkdirSync(readOnly);
  const readOnlyReady = isRoot ? tryMount(['--bind', readOnly, readOnly]) && tryMount(['-o', 'remount,ro,bind', readOnly]) : (chmodSync(readOnly, 0o555), true);
  afterAll(() => {
    if (isRoot && readOnlyReady) execFileSync('umount', [readOnly]);
  });
  it.skipIf(!readOnlyReady)('says a read-only data directory is read-only', async () => {
    const error = await openError(() => openStore({ data: readOnly, databaseUrl: '' }));
    expect(error.message).toBe(`the data directory ${readOnly} is read-only: give --data a directory you can write to`);
  });

  const small = join(root, 'small-disk');
  mkdirSync(small);
  const smallReady = isRoot && tryMount(['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', small]);
  afterAll(() => {
    if (smallReady) execFileSync('umount', [small]);
  });
  it.skipIf(!smallReady)('maps a full disk to one message, when opening and when writing', async () => {
    const data = join(small, 'data');
    const store = await openStore({ data, databaseUrl: '' });
    // Leave less room than one document with many paragraphs needs.
    const filler = openSync(join(small, 'filler'), 'w');
    const block = Buffer.alloc(1 << 20);
    try {
      for (;;) writeSync(filler, block);
    } catch (error) {
      expect((error as { code?: string }).code).toBe('ENOSPC');
    }
    closeSync(filler);
    const big = makeDocument({ kind: 'sg-report', symbol: 'S/2040/1', date: '2040-01-01', paragraphs: Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} of a long report on the situation, with enough words to take room on the disk.`) });
    const error = await ingestDocument(store.db, big, 'big.pdf').then(() => null, (e: unknown) => e);
    await store.close().catch(() => undefined);
    expect(storeError(error, 'cannot store big.pdf').message).toBe('cannot store big.pdf: the disk is full (no space left on device)');
    const reopen = await openStore({ data, databaseUrl: '' }).then(async (s) => (await s.close(), null), (e: unknown) => e);
    if (reopen) expect((reopen as Error).message).toMatch(/the disk is full/);
  }, 120_000);
});

if (!isRoot) {
  describe('faults needing mounts', () => {
    it.skip('skipped: the full-disk test mounts a small tmpfs, which needs root', () => {});
  });
}
