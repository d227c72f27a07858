/** `mandate serve` as a process: prints its URL, serves, stops on SIGTERM with the store closed and whole. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { listDocuments } from '../../src/store/queries.js';
import { CORPUS } from './corpus.js';

const project = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'mandate-serve-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const mandate = (args: string[]) => [process.execPath, ['--import', 'tsx', join(project, 'src/cli/main.ts'), ...args]] as const;
const environment = { ...process.env, DATABASE_URL: '', MANDATE_TOKEN: '' };

describe('mandate serve', () => {
  it('serves until SIGTERM, then closes the store', async () => {
    const data = join(work, 'data');
    const [command, args] = mandate(['serve', '--data', data, '--port', '0']);
    const child = spawn(command, args, { cwd: project, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        const found = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (found) resolve(found[1]);
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${output}`)));
    });
    expect((await (await fetch(`${url}/api/documents`)).json()).total).toBe(0);
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(readFileSync(join(CORPUS, 'seeds/S_RES_2364_2017-resolution-en.md')))]), '2364.md');
    const upload = await (await fetch(`${url}/api/documents`, { method: 'POST', body })).json();
    expect(upload.files[0]).toMatchObject({ status: 'ingested', symbol: 'S/RES/2364 (2017)' });

    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (exitCode) => resolve(exitCode));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(output).toContain('stopped (SIGTERM)');
    expect(existsSync(join(data, 'mandate.pid'))).toBe(false);
    const store = await openStore({ data, databaseUrl: '' });
    try {
      expect((await listDocuments(store.db)).map((d) => d.symbol)).toEqual(['S/RES/2364 (2017)']);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('refuses to listen beyond loopback without a token, in one line, before opening the store', () => {
    const data = join(work, 'never');
    const [command, args] = mandate(['serve', '--data', data, '--host', '0.0.0.0']);
    const result = spawnSync(command, args, { cwd: project, env: environment, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^mandate: refusing to listen on 0\.0\.0\.0 without a token: give --token T/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(data)).toBe(false);
  }, 30_000);
});
