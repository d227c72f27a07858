import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importAkn } from '../../src/akn/import.js';
import { renderClean, renderDegraded, seedOf } from '../util/render.js';
import { DEV_SET } from './corpus.js';

const doc = importAkn(readFileSync(join(DEV_SET, '2020/English/S_RES_2531 (2020)-2008609E.xml'), 'utf8'), 'x');
const squeeze = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–•]/g, '-').replace(/\s+/g, '');

describe('test utility: render a document as text', () => {
  it('renders clean text with the cover, one block per paragraph and item, titled items and dashes', () => {
    const blocks = renderClean(doc).split('\n\n');
    expect(blocks.slice(0, 7)).toEqual([
      'S/RES/2531 (2020)',
      'Distr.: General',
      '29 June 2020',
      'Resolution 2531 (2020)',
      'Adopted by the Security Council on 29 June 2020',
      'The Security Council,',
      'Recalling all its previous resolutions, statements of its President and press statements on the situation in Mali,',
    ]);
    const titled = blocks.indexOf('(f) Humanitarian assistance');
    expect(blocks[titled + 1]).toMatch(/^In support of the Malian authorities/);
    expect(blocks).toContain('MINUSMA’s mandate');
    expect(blocks.some((b) => b.startsWith('28. Decides that MINUSMA’s mandate shall include'))).toBe(true);
    expect(blocks.filter((b) => b.startsWith('- to support')).length).toBeGreaterThan(2);
  });

  it('damages text like PDF extraction, deterministically per seed', () => {
    const seed = seedOf('S_RES_2531');
    const text = renderDegraded(doc, seed, { width: 84, pageLines: 45 });
    expect(renderDegraded(doc, seed, { width: 84, pageLines: 45 })).toBe(text);
    expect(renderDegraded(doc, seed + 1, { width: 84, pageLines: 45 })).not.toBe(text);
    const lines = text.split('\n');
    expect(Math.max(...lines.map((l) => l.trimEnd().length))).toBeLessThanOrEqual(84);
    expect(lines).toContain(' United Nations  S/RES/2531 (2020) ');
    expect(lines.some((l) => /^20-\d{5} \(E\) +$/.test(l))).toBe(true);
    expect(lines.some((l) => /^\*20\d{5}\* $/.test(l))).toBe(true);
    expect(lines.some((l) => /^20-\d{5} 2\/\d+ $/.test(l))).toBe(true);
    expect(lines.some((l) => /^3\/\d+ 20-\d{5} $/.test(l))).toBe(true);
    expect(lines).toContain('https://undocs.org/S/PRST/2018/10');
    // Each paragraph's first line starts with a space; continuation lines do not.
    const first = lines.findIndex((l) => l.startsWith(' 1. Urges the Government of Mali'));
    expect(first).toBeGreaterThan(0);
    expect(lines.slice(first + 1).find((l) => l !== '')).toMatch(/^[^ ]/);
  });

  it('loses no content: without furniture and links, the degraded text has the letters of the clean one', () => {
    for (const seed of [1, 2, 3, 4]) {
      const furniture = /^(?: United Nations .*|Security Council .*|Original: .*|\d{2}-\d{5} .*|\d+\/\d+ \d{2}-\d{5} |\*\d+\* |Please recycle |https:\/\/undocs\.org\/.*| ?S\/RES\/2531 \(2020\) |29 June 2020 )$/;
      const content = renderDegraded(doc, seed).split('\n').filter((line) => !furniture.test(line)).join('\n');
      const clean = renderClean(doc).split('\n\n').slice(3).join('\n');
      expect(squeeze(content)).toBe(squeeze(clean));
    }
  });

  it('splits about one word in 300 and spaces some hyphens, as extraction does', () => {
    const clean = renderClean(doc).split(/\s+/);
    const damaged = renderDegraded(doc, 7, { width: 10_000 }).split(/\s+/);
    const extraWords = damaged.length - clean.length;
    expect(extraWords).toBeGreaterThan(0);
    expect(extraWords).toBeLessThan(clean.length / 50);
  });
});
