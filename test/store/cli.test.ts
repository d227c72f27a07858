/**
 * The built CLI against the store: an ingest killed with SIGKILL half-way leaves only whole documents and a re-run
 * completes the rest; faults reach the user as one line and an exit code.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openStore, queryRows } from '../../src/store/db.js';
import { textUnits } from '../../src/store/paragraphs.js';
import type { UNDocument } from '../../src/model.js';

const project = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'mandate-cli-'));
const main = join(work, 'dist', 'cli', 'main.js');

/** The CLI built as `npm run build` builds it (migrations copied next to the store module), in a temp dir. */
beforeAll(() => {
  spawnSync(join(project, 'node_modules', '.bin', 'tsc'), ['-p', join(project, 'tsconfig.build.json'), '--outDir', join(work, 'dist')], { stdio: 'pipe' });
  if (!existsSync(main)) throw new Error('the CLI did not build');
  cpSync(join(project, 'src', 'store', 'migrations'), join(work, 'dist', 'store', 'migrations'), { recursive: true });
  writeFileSync(join(work, 'package.json'), '{ "type": "module" }');
  symlinkSync(join(project, 'node_modules'), join(work, 'node_modules'));
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Resolutions of the 2000s in the UN's own XML: many small files. */
function corpusFiles(count: number): string[] {
  const root = join(project, 'corpus', 'unxml-dev');
  const years = readdirSync(root).filter((y) => /^200\d$/.test(y)).sort();
  return years.flatMap((y) => readdirSync(join(root, y)).filter((f) => f.endsWith('.xml')).sort().map((f) => join(root, y, f))).slice(0, count);
}

describe('mandate ingest, killed and resumed', () => {
  it('leaves only whole documents after kill -9, and a re-run stores the rest', async () => {
    const folder = join(work, 'inbox');
    mkdirSync(folder);
    const files = corpusFiles(150);
    for (const file of files) copyFileSync(file, join(folder, file.split('/').pop()!));
    const data = join(work, 'killed-data');

    const child = spawn(process.execPath, [main, 'ingest', folder, '--data', data], { env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let progress = 0;
    await new Promise<void>((resolve) => {
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        progress += (chunk.match(/^\[\d+\/\d+\]/gm) ?? []).length;
        if (progress >= 40 && child.exitCode === null && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    expect(child.signalCode).toBe('SIGKILL');
    expect(progress).toBeLessThan(files.length);

    const rerun = cli(['ingest', folder, '--data', data, '--json']);
    const summary = JSON.parse(rerun.stdout) as { ingested: number; unchanged: number; failed: number };
    expect(summary.ingested + summary.unchanged + summary.failed).toBe(files.length);
    // Everything reported before the kill is there: at least those files are unchanged now.
    expect(summary.unchanged).toBeGreaterThanOrEqual(progress - summary.failed);
    expect(summary.ingested).toBeGreaterThan(0);
    expect(rerun.code).toBe(summary.failed > 0 ? 1 : 0);

    const store = await openStore({ data, databaseUrl: '' });
    try {
      const stored = await queryRows<{ document: UNDocument; paragraphs: number }>(store.db, sql`
        SELECT d.document, (SELECT count(*)::int FROM paragraphs p WHERE p.document_id = d.id) AS paragraphs FROM documents d`);
      expect(stored).toHaveLength(summary.ingested + summary.unchanged);
      for (const row of stored) expect(row.paragraphs).toBe(textUnits(row.document).length);
    } finally {
      await store.close();
    }
  }, 300_000);
});

describe('faults through the CLI', () => {
  it('prints one line and exits non-zero, never a stack trace', () => {
    const bad = cli(['list'], { DATABASE_URL: 'localhost:5432' });
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toMatch(/^mandate: DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports failed files in the summary and exits 1, after storing the good ones', () => {
    const folder = join(work, 'mixed');
    mkdirSync(folder);
    const [good] = corpusFiles(1);
    copyFileSync(good, join(folder, 'good.xml'));
    writeFileSync(join(folder, 'empty.txt'), '');
    const data = join(work, 'mixed-data');
    const run = cli(['ingest', folder, join(work, 'nothing-here-*.pdf'), '--data', data]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ingested 1, unchanged 0, failed 2$/m);
    expect(run.stdout).toMatch(/empty\.txt: empty file/);
    expect(run.stdout).toMatch(/nothing-here-\*\.pdf: no such file or folder/);
    const listed = cli(['list', '--json', '--data', data]);
    expect(JSON.parse(listed.stdout)).toHaveLength(1);
    expect(execFileSync(process.execPath, [main, 'search', 'decides or requests or council or nations', '--data', data, '--limit', '1'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } })).toMatch(/^S\/RES\//);
  }, 120_000);
});

describe('mandate start, the main job', () => {
  it('stores the sample corpus, summarises its missions, and a second run finds everything unchanged', () => {
    symlinkSync(join(project, 'corpus'), join(work, 'corpus'));
    const data = join(work, 'start-data');
    const first = cli(['start', '--no-serve', '--data', data, '--today', '2020-11-23']);
    expect(first.code).toBe(0);
    const stored = /ingested (\d+), unchanged 0, failed (\d+)/.exec(first.stdout);
    expect(Number(stored?.[1])).toBeGreaterThan(50);
    expect(Number(stored?.[2]), 'the sample corpus holds only readable documents').toBe(0);
    expect(first.stdout).toMatch(/MINUSMA\s+mandate until 2021-06-30; next report due 2020-12-29/);
    const second = cli(['start', '--no-serve', '--data', data, '--today', '2020-11-23']);
    expect(second.stdout).toMatch(new RegExp(`ingested 0, unchanged ${stored?.[1]}, failed ${stored?.[2]}`));
    // the stored facts, each schedule in words
    const facts = cli(['facts', 'S/RES/2531 (2020)', '--data', data]);
    expect(facts.stdout).toMatch(/^report \(op62\) by the Secretary-General: every 3 months from 29 June 2020 until 30 June 2021; due 2020-09-29, /m);
    expect(facts.stdout).toMatch(/^a long-term roadmap \(op64\) by the Secretary-General: by 31 March 2021; due 2021-03-31$/m);
  }, 300_000);
});
