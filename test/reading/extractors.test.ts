/**
 * What other PDF extractors do to the same text: pdftotext puts a form feed where each page starts, Windows tools end
 * lines with CR LF, some drop the trailing spaces of a line. None of it may change the structure read from a text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importAkn } from '../../src/akn/import.js';
import { readDocument } from '../../src/read.js';
import { englishResolutions, IRREGULAR_FILES, sample } from '../akn/corpus.js';
import { renderDegraded, seedOf } from '../util/render.js';
import { squeeze, structureDifferences } from '../util/structure-differences.js';

/**
 * A form feed before each page after the first: before its header line, which prints the symbol alone (the cover
 * prints it after "United Nations"). A text without a symbol has no such line to mark.
 */
const withFormFeeds = (text: string, symbol: string | null) =>
  symbol === null ? text : text.split('\n').map((line) => (line.trim() === symbol ? `\f${line}` : line)).join('\n');

const VARIANTS: Record<string, (text: string, symbol: string | null) => string> = {
  'form feeds at page starts': withFormFeeds,
  'CR LF line ends': (text) => text.replace(/\n/g, '\r\n'),
  'no trailing spaces': (text) => text.replace(/[ \t]+$/gm, ''),
};

describe('PDF-extracted text as other extractors print it', () => {
  // XML files that cannot be normalised are left out, as in the round trip.
  const files = sample(englishResolutions().filter((file) => !IRREGULAR_FILES[basename(file)]), 80);
  it.each(Object.keys(VARIANTS))('%s: the same structure as the text as rendered, and as the XML', async (variant) => {
    const failures: string[] = [];
    let changed = 0;
    for (const file of files) {
      const expected = importAkn(readFileSync(file, 'utf8'), 'variant');
      const text = renderDegraded(expected, seedOf(basename(file)));
      const varied = VARIANTS[variant](text, expected.symbol);
      if (varied !== text) changed++;
      const read = await readDocument(Buffer.from(varied));
      // the variant's own effect first: against the text as rendered, then against the XML
      const differences = [
        ...structureDifferences(await readDocument(Buffer.from(text)), read, squeeze).map((d) => `against the text as rendered: ${d}`),
        ...structureDifferences(expected, read, squeeze).map((d) => `against the XML: ${d}`),
      ];
      if (differences.length) failures.push(`${basename(file)}: ${differences[0]}`);
    }
    // one-page resolutions have no page start to mark
    expect(changed, 'the variant changes the texts').toBeGreaterThan(files.length / 4);
    expect(failures).toEqual([]);
  });
});
