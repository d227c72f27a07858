import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annexTableCsv } from '../../src/tables/index.js';
import { parseStrength, type StrengthTable } from '../../src/tables/strength.js';
import { maliAnnexLines, maliReport } from './seed.js';

describe('strength table of S/2017/478, annex II, read from the source lines', async () => {
  const { tables } = await maliReport();
  const table = tables.find((t) => t.annex.num === 'II')!.table as StrengthTable;
  const row = (iso3: string) => table.rows.find((r) => r.country?.iso3 === iso3)!;

  it('finds the "as at" date, 54 countries and the Total row', () => {
    expect(table.kind).toBe('strength');
    expect(table.asAt).toBe('2017-05-20');
    expect(table.rows).toHaveLength(54);
    expect(table.rows.every((r) => r.country)).toBe(true);
    expect(table.total).toMatchObject({
      military: { men: 10756, women: 201, total: 10957 },
      individualPolice: { men: 281, women: 53, total: 334 },
      formedPolice: { men: 1117, women: 51, total: 1168 },
      totalPolice: { men: 1398, women: 104, total: 1502 },
    });
  });

  it('segments digit groups into cells by the arithmetic of each row', () => {
    expect(row('BGD')).toMatchObject({ military: { men: 1506, women: 4, total: 1510 }, individualPolice: null, formedPolice: { men: 181, women: 0, total: 181 } });
    expect(row('BDI')).toMatchObject({ military: null, individualPolice: { men: 9, women: 0, total: 9 }, totalPolice: { total: 9 } });
    expect(row('NGA')).toMatchObject({ individualPolice: { men: 1, total: 1 }, formedPolice: { men: 118, women: 22, total: 140 }, totalPolice: { men: 119, women: 22, total: 141 } });
    expect(row('CZE').military).toEqual({ men: 0, women: 1, total: 1 });
    expect(row('ARM').military).toEqual({ men: 1, women: 0, total: 1 });
  });

  it('joins a country name wrapped over two lines', () => {
    expect(row('GBR').name).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(row('GBR').military).toEqual({ men: 2, women: 0, total: 2 });
  });

  it('keeps the Niger police total as printed (315), flags the row and the column it breaks, and nothing else', () => {
    expect(row('NER').totalPolice).toEqual({ men: 17, women: 14, total: 315 });
    expect(row('NER').flags).toEqual([
      'total police: 17 men + 14 women ≠ 315',
      'police total: individual officers + formed units = 31 ≠ total police 315',
    ]);
    expect(table.mismatches).toEqual([{ group: 'totalPolice', field: 'total', sum: 1786, printed: 1502 }]);
    expect(table.rows.filter((r) => r.flags.length).map((r) => r.country!.iso3)).toEqual(['NER']);
  });

  it('prints the table as CSV', () => {
    const expected = readFileSync(join(import.meta.dirname, 'fixtures/S_2017_478-annex-II.csv'), 'utf8');
    expect(annexTableCsv(table)).toBe(expected);
  });
});

describe('strength table from cleaned lines (single spaces)', async () => {
  const table = parseStrength(await maliAnnexLines('II'), 'en');

  it('uses the column totals to choose among equally consistent readings (Bangladesh: formed units)', () => {
    expect(table.rows.find((r) => r.country?.iso3 === 'BGD')!.formedPolice).toEqual({ men: 181, women: 0, total: 181 });
  });

  it('flags the rows the numbers cannot decide ("1 1": one man or one woman) instead of guessing', () => {
    const ambiguous = table.rows.filter((r) => r.flags.some((f) => f.startsWith('ambiguous'))).map((r) => r.country!.iso3);
    expect(ambiguous).toContain('CZE');
    expect(ambiguous).toContain('ARM');
    expect(table.mismatches.map((m) => `${m.group} ${m.field}`)).toEqual(['military men', 'military women', 'totalPolice total']);
  });
});

describe('parseStrength on small tables', () => {
  const header = 'Country Men Women Total Men Women Total Men Women Total Men Women Total';

  it('reads thousands printed with spaces and rows whose empty cells vanished', () => {
    const table = parseStrength([header, 'Chad 1 407 5 1 412 4 4 8 4 4 8', 'Togo 913 26 939 2 8 10 266 13 279 268 21 289', 'Total 2 320 31 2 351 6 12 18 266 13 279 272 25 297'], 'en');
    expect(table.rows.map((r) => [r.military?.total, r.individualPolice?.total, r.formedPolice?.total ?? null, r.totalPolice?.total])).toEqual([
      [1412, 8, null, 8],
      [939, 10, 279, 289],
    ]);
    expect(table.mismatches).toEqual([]);
    expect(table.flags).toEqual([]);
  });

  it('says so when the header shows another layout of columns', () => {
    const table = parseStrength(['Country Men Women Total Men Women Total', 'Chad 10 10', 'Total 10 10'], 'en');
    expect(table.flags[0]).toMatch(/^the header shows 2 groups of columns, not 4/);
  });

  it('flags a column that does not add up to the Total row', () => {
    const table = parseStrength([header, 'Chad 10 10', 'Togo 5 1 6', 'Total 16 1 17'], 'en');
    expect(table.flags).toEqual(['military men: rows add up to 15, the Total row prints 16', 'military total: rows add up to 16, the Total row prints 17']);
    expect(table.rows.map((r) => r.military)).toEqual([{ men: 10, women: 0, total: 10 }, { men: 5, women: 1, total: 6 }]);
  });
});
