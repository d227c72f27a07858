import { chmod, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readInputFile } from '../../src/extract/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mandate-extract-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(path: string): Promise<string> {
  const error = await readInputFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const message = (error as InputError).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('readInputFile', () => {
  it('reads a file', async () => {
    const path = join(dir, 'resolution.txt');
    await writeFile(path, 'The Security Council,\n');
    expect(new TextDecoder().decode(await readInputFile(path))).toBe('The Security Council,\n');
  });

  it('refuses a missing file and a directory with one line', async () => {
    expect(await refusal(join(dir, 'absent.pdf'))).toBe(`no such file: ${join(dir, 'absent.pdf')}`);
    expect(await refusal(dir)).toBe(`${dir} is a directory, not a file`);
  });

  it('refuses a 200 MB file quickly, without reading it', async () => {
    const path = join(dir, 'huge.pdf');
    const handle = await open(path, 'w');
    await handle.truncate(200 * 1024 * 1024); // sparse: takes no disk space
    await handle.close();
    const started = performance.now();
    expect(await refusal(path)).toBe(
      `${path} is too large: 200.0 MiB, the limit is 64.0 MiB (set MANDATE_MAX_BYTES to change it)`,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads devices and pipes as a stream, refusing them once past the limit', async () => {
    expect(await readInputFile('/dev/null')).toHaveLength(0);
    const saved = process.env.MANDATE_MAX_BYTES;
    try {
      process.env.MANDATE_MAX_BYTES = String(1024 * 1024);
      expect(await refusal('/dev/zero')).toMatch(/^\/dev\/zero is too large: .* the limit is 1\.0 MiB/);
    } finally {
      if (saved === undefined) delete process.env.MANDATE_MAX_BYTES;
      else process.env.MANDATE_MAX_BYTES = saved;
    }
  });

  // root reads any file whatever its mode
  it.skipIf(process.getuid?.() === 0)('refuses an unreadable file with one line', async () => {
    const path = join(dir, 'secret.txt');
    await writeFile(path, 'x');
    await chmod(path, 0o000);
    expect(await refusal(path)).toBe(`cannot read ${path}: permission denied`);
  });
});
