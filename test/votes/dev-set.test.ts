import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importAkn } from '../../src/akn/import.js';
import { voteDifferences } from '../../src/votes/compare.js';
import { parseMetadataLines, voteOfDocument, voteOfMetadata } from '../../src/votes/record.js';

const ROOT = join(import.meta.dirname, '../../corpus/unxml-dev');
interface Expectation { reason: string; xml?: string[]; metadata?: string[]; unmatched?: boolean }
const expectations: Record<string, Expectation> = JSON.parse(readFileSync(join(import.meta.dirname, 'expectations.json'), 'utf8')).records;

/** Every resolution XML of the dev set with the metadata entry of its year. */
function devSet() {
  const years = readdirSync(ROOT).filter((d) => /^\d{4}$/.test(d));
  return years.flatMap((year) => {
    const metadata = parseMetadataLines(readFileSync(join(ROOT, 'metadata', `${year}.json`), 'utf8'));
    const bySymbol = new Map(metadata.map((entry) => [entry.symbol.replace(/\s+/g, ''), entry]));
    const top = join(ROOT, year);
    const folders = readdirSync(top, { withFileTypes: true }).some((e) => e.isDirectory())
      ? readdirSync(top).map((language) => join(top, language))
      : [top];
    return folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((file) => file.startsWith('S_RES_') && file.endsWith('.xml'))
        .map((file) => ({ file, doc: importAkn(readFileSync(join(folder, file), 'utf8'), file), bySymbol })),
    );
  });
}

describe('votes of the dev set: AKN XML against the UN metadata', () => {
  const records = devSet();
  let members = 0;
  let agreeing = 0;

  it('reads a vote from every resolution and agrees with the metadata member by member', () => {
    expect(records.length).toBeGreaterThan(900);
    for (const { file, doc, bySymbol } of records) {
      const expected = expectations[file];
      const entry = bySymbol.get((doc.symbol ?? '').replace(/\s+/g, ''));
      if (!entry) {
        expect(expected?.unmatched, `${file}: no metadata for ${doc.symbol}`).toBe(true);
        continue;
      }
      const fromXml = voteOfDocument(doc);
      const fromMetadata = voteOfMetadata(entry, doc.date);
      expect(voteDifferences(fromXml, fromMetadata), file).toEqual([]);
      expect(fromXml.flags, `${file} (XML)`).toEqual(expected?.xml ?? []);
      expect(fromMetadata.flags, `${file} (metadata)`).toEqual(expected?.metadata ?? []);
      members += fromMetadata.members.length;
      agreeing += fromMetadata.members.filter((m) => fromXml.members.some((x) => x.country?.iso3 === m.country?.iso3 && x.position === m.position)).length;
    }
    expect(agreeing).toBe(members);
  });

  it('lists only records that exist in the dev set as expected irregularities', () => {
    const files = new Set(records.map((r) => r.file));
    expect(Object.keys(expectations).filter((file) => !files.has(file))).toEqual([]);
  });
});
