import { describe, it, expect } from 'vitest';
import type { Ceiling } from '../../src/facts/types.js';
import { deploymentReport } from '../../src/tables/deployment.js';
import type { StrengthTable } from '../../src/tables/strength.js';
import { maliReport } from './seed.js';

/** The ceilings of resolution 2295 (2016) that S/2017/478 reports against (paragraphs 41 and 44 of the report restate them). */
const source = { symbol: 'S/RES/2295 (2016)', paragraph: 'op?', span: [0, 0] as [number, number] };
const CEILINGS_2295: Ceiling[] = [
  { component: 'military', max: 13289, source },
  { component: 'police', max: 1920, source },
];

describe('deployment against ceilings, S/2017/478', async () => {
  const { doc, tables } = await maliReport();
  const table = tables.find((t) => t.annex.num === 'II')!.table as StrengthTable;
  const report = deploymentReport(doc, table, CEILINGS_2295);

  it('computes deployed strength against each ceiling and the share of women', () => {
    expect(report.components.map((c) => [c.component, c.deployed.total, c.ceiling?.max, c.percentOfCeiling, c.womenPercent])).toEqual([
      ['military', 10957, 13289, 82.5, 1.8],
      ['police', 1502, 1920, 78.2, 6.9],
    ]);
  });

  it('finds the figures the report states, with paragraph and span, and checks them against the table', () => {
    expect(report.stated.map(({ component, deployed, percent, paragraph, agrees }) => ({ component, deployed, percent, paragraph, agrees }))).toEqual([
      { component: 'military', deployed: 10919, percent: 82, paragraph: 'p41', agrees: false },
      { component: 'police', deployed: 1502, percent: 78, paragraph: 'p44', agrees: true },
    ]);
    const military = report.stated[0];
    expect(military.difference).toBe('the table gives 10957 as at 2017-05-20');
    const paragraph = doc.body.find((n) => n.id === military.paragraph)!;
    expect(paragraph.type === 'paragraph' && paragraph.text.slice(...military.span)).toBe(military.text);
  });
});
