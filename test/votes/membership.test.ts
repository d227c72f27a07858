import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { councilMembers, FIRST_MEMBERSHIP_YEAR, LAST_MEMBERSHIP_YEAR, PERMANENT_MEMBERS } from '../../src/data/council-membership.js';
import { resolveCountry } from '../../src/votes/countries.js';
import { parseMetadataLines } from '../../src/votes/record.js';

const METADATA = join(import.meta.dirname, '../../corpus/unxml-dev/metadata');

describe('council membership', () => {
  it('has 15 distinct members, the 5 permanent among them, every year', () => {
    for (let year = FIRST_MEMBERSHIP_YEAR; year <= LAST_MEMBERSHIP_YEAR; year++) {
      const members = councilMembers(year)!;
      expect(new Set(members).size, String(year)).toBe(15);
      for (const permanent of PERMANENT_MEMBERS) expect(members).toContain(permanent);
    }
    expect(councilMembers(1999)).toBeNull();
  });

  it.each(readdirSync(METADATA).filter((f) => f.endsWith('.json')))('agrees with every member named in %s', (file) => {
    const year = Number(file.slice(0, 4));
    const named = new Set<string>();
    for (const entry of parseMetadataLines(readFileSync(join(METADATA, file), 'utf8'))) {
      for (const name of [...(entry.MS_in_favour ?? []), ...(entry.MS_against ?? []), ...(entry.MS_abstaining ?? [])]) {
        const country = resolveCountry(name);
        expect(country, name).not.toBeNull();
        named.add(country!.iso3);
      }
    }
    expect([...named].sort()).toEqual(councilMembers(year));
  });
});
