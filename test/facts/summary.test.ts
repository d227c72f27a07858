import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read.js';
import { extractFacts } from '../../src/facts/index.js';
import { checkSummary } from '../../src/facts/summary.js';

const seed = (name: string) => readFileSync(new URL(`../../corpus/seeds/${name}`, import.meta.url));

describe('a press summary checked against its resolution', () => {
  it('agrees with resolution 2364 (2017) on expiry and ceilings, each figure with its source', async () => {
    const summary = await readDocument(seed('press-summary-2364-en.txt'));
    const resolution = extractFacts(await readDocument(seed('S_RES_2364_2017-resolution-en.md')));
    const check = checkSummary(summary, resolution);
    expect(check.checks.map((c) => [c.figure, c.summary, c.agrees])).toEqual([
      ['expires', '2018-06-30', true],
      ['military', 13289, true],
      ['police', 1920, true],
    ]);
    expect(check.mismatches).toBe(0);
    const paragraph = summary.body.find((n) => n.id === check.checks[1].source.paragraph)!;
    expect(paragraph.text.slice(...check.checks[1].source.span)).toMatch(/13,289 military personnel/);
  });

  it('flags a figure the resolution does not state', async () => {
    const text = readFileSync(new URL('../../corpus/seeds/press-summary-2364-en.txt', import.meta.url), 'utf8').replace('1,920 police', '1,950 police');
    const summary = await readDocument(Buffer.from(text));
    const resolution = extractFacts(await readDocument(seed('S_RES_2364_2017-resolution-en.md')));
    const check = checkSummary(summary, resolution);
    expect(check.checks.find((c) => c.figure === 'police')).toMatchObject({ summary: 1950, resolution: 1920, agrees: false });
    expect(check.mismatches).toBe(1);
  });
});
