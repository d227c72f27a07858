import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAkn } from '../../src/akn/import.js';
import { extractFacts } from '../../src/facts/index.js';

/**
 * The Dag Hammarskjöld Library titles every resolution in the metadata of the development set; a title
 * "[on extension of the mandate of …]" says the resolution extends a mandate, so its facts must give an expiry after
 * the adoption date (and within two years). The share found is measured, and may not fall below the floor.
 */
const DEV_SET = join(import.meta.dirname, '../../corpus/unxml-dev');
const FLOOR = 0.98;
/** Extensions of a sanctions panel or a multinational force are not a peace operation's mandate (the facts are about missions). */
const NOT_AN_OPERATION = /\b(?:Panel|Group) of Experts|Monitoring Group|Multinational Force/i;

function titles(): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of readdirSync(join(DEV_SET, 'metadata'))) {
    for (const line of readFileSync(join(DEV_SET, 'metadata', file), 'utf8').split('\n')) {
      if (line.trim()) {
        const record = JSON.parse(line) as { symbol: string; resolution_title?: string };
        map.set(record.symbol, record.resolution_title ?? '');
      }
    }
  }
  return map;
}

describe('mandate extensions of the development set (titles as ground truth)', () => {
  it(`give an expiry for at least ${FLOOR * 100}% of the resolutions titled as extending a peace operation's mandate`, () => {
    const titled = titles();
    const folders = readdirSync(DEV_SET).filter((d) => /^\d{4}$/.test(d)).map((d) => (d === '2020' ? join(DEV_SET, d, 'English') : join(DEV_SET, d)));
    const misses: string[] = [];
    let extensions = 0;
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((f) => f.startsWith('S_RES_'))) {
        const doc = importAkn(readFileSync(join(folder, file), 'utf8'), '');
        const title = titled.get(doc.symbol ?? '') ?? '';
        if (!/\[on extension of the mandate of /i.test(title) || NOT_AN_OPERATION.test(title)) continue;
        extensions++;
        const { expires } = extractFacts(doc);
        const horizon = `${Number(doc.date!.slice(0, 4)) + 3}`;
        if (!expires || expires <= doc.date! || expires >= horizon) misses.push(`${doc.symbol}: ${expires}`);
      }
    }
    const found = (extensions - misses.length) / extensions;
    console.log(`mandate extensions with an expiry: ${extensions - misses.length} of ${extensions} (${(found * 100).toFixed(1)}%)\n  ${misses.join('\n  ')}`);
    expect(extensions).toBeGreaterThan(200);
    expect(found, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });
});
