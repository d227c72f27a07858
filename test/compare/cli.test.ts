import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerDiffCommand } from '../../src/cli/commands/diff.js';
import { InputError } from '../../src/errors.js';
import { englishResolutions } from '../akn/corpus.js';

const original = englishResolutions().find((f) => f.includes('S_RES_2531'))!;
const folder = mkdtempSync(join(tmpdir(), 'mandate-diff-'));
const renewed = join(folder, 'renewed.xml');
writeFileSync(renewed, readFileSync(original, 'utf8').replaceAll('until 30 June 2021', 'until 30 June 2022'));

const run = async (...args: string[]) => {
  const program = new Command('mandate').exitOverride();
  registerDiffCommand(program);
  await program.parseAsync(['node', 'mandate', 'diff', ...args]);
};

describe('mandate diff', () => {
  it('writes the JSON comparison of two files', async () => {
    const output = join(folder, 'diff.json');
    await run(original, renewed, '--json', '-o', output);
    const comparison = JSON.parse(readFileSync(output, 'utf8'));
    expect(comparison.verdict).toBe('1 paragraph changed');
    expect(comparison.mandate.expires).toMatchObject({ left: '2021-06-30', right: '2022-06-30', changed: true });
  });

  it('writes a self-contained HTML page', async () => {
    const output = join(folder, 'diff.html');
    await run(original, renewed, '--html', '-o', output);
    expect(readFileSync(output, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*1 paragraph changed[\s\S]*<\/html>\n$/);
  });

  it('refuses --json with --html and a missing file with one clear line', async () => {
    await expect(run(original, renewed, '--json', '--html')).rejects.toThrow(InputError);
    await expect(run(original, join(folder, 'missing.xml'))).rejects.toThrow(/no such file/);
  });
});
