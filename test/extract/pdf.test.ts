import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { extract, type Extracted } from '../../src/extract/index.js';
import { chinesePdf, documentPage, makePdf, rightToLeftPdf, textWidth } from './pdf-maker.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)));

/** Every line's offsets slice the text to exactly the line, and the text holds nothing else but separators. */
function expectTrueOffsets(extracted: Extracted): void {
  for (const line of extracted.lines) expect(extracted.text.slice(line.start, line.end)).toBe(line.text);
  const rebuilt = extracted.text.split('\f').map((page, i) => {
    const lines = extracted.lines.filter((line) => line.page === i + 1).map((line) => line.text);
    return { page, lines: lines.join('\n') };
  });
  for (const { page, lines } of rebuilt) expect(page).toBe(lines);
}

async function refusal(bytes: Uint8Array): Promise<InputError> {
  const error = await extract(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message).not.toContain('\n');
  return error as InputError;
}

/** The lines with text, leaving out the blank lines that stand for white space. */
const texts = (extracted: Extracted): string[] => extracted.lines.map((line) => line.text).filter((text) => text !== '');

describe('extract: PDF', () => {
  const pages = [
    [
      [
        'Recalling its previous resolutions, in particular 2359 (2017), 2295 (2016) and',
        '2100 (2013), and its press statements, including of 23 May 2017, concerning the',
        'situation in Mali,',
      ],
      ['Reaffirming its strong commitment to the sovereignty, unity and territorial', 'integrity of Mali,'],
    ],
    [['1. Decides to extend the mandate of MINUSMA until 30 June 2018;']],
    [['2. Decides to remain actively seized of the matter.']],
  ];

  it('reads a 3-page document in reading order, with pages, positions and true offsets', async () => {
    const bytes = await makePdf(pages.map((paragraphs, i) => documentPage('S/2017/558', paragraphs, `17-10885 ${i + 1}/14`)));
    const extracted = await extract(bytes);
    expect(extracted.format).toBe('pdf');
    expect(extracted.pages).toBe(3);
    expect(extracted.text.split('\f')).toHaveLength(3);
    // white space between header, paragraphs and footer comes out as one blank line, as in text input
    const expected = pages.flatMap((paragraphs, i) =>
      ['S/2017/558', ...paragraphs.flatMap((lines) => ['', ...lines]), '', `17-10885 ${i + 1}/14`].map((text) => ({
        text,
        page: i + 1,
      })),
    );
    expect(extracted.lines.map(({ text, page }) => ({ text, page }))).toEqual(expected);
    expectTrueOffsets(extracted);
    const first = extracted.lines[2]!;
    expect(first).toMatchObject({ indent: 108, text: pages[0]![0]![0] });
    expect(first.y).toBeCloseTo(100, 1);
    expect(first.size).toBeCloseTo(12, 1);
    expect(extracted.lines[3]!.indent).toBe(72);
    expect(extracted.warnings).toBeUndefined();
    expect(extracted.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('puts a blank line where the space between lines is wider than the usual line pitch', async () => {
    const draws = [100, 114.5, 129, 149.5, 164, 178.5].map((y, i) => ({ text: `line ${i + 1}`, x: 72, y }));
    const extracted = await extract(await makePdf([{ draws }]));
    expect(extracted.lines.map((line) => line.text)).toEqual(['line 1', 'line 2', 'line 3', '', 'line 4', 'line 5', 'line 6']);
    expect(extracted.text).toBe('line 1\nline 2\nline 3\n\nline 4\nline 5\nline 6');
    expectTrueOffsets(extracted);
  });

  it('orders lines top to bottom and runs left to right, whatever order they were drawn in', async () => {
    const bytes = await makePdf([
      {
        draws: [
          { text: 'third line', x: 72, y: 300 },
          { text: 'right half', x: 200, y: 200 },
          { text: 'first line', x: 72, y: 100 },
          { text: 'left half', x: 72, y: 200 },
        ],
      },
    ]);
    const extracted = await extract(bytes);
    expect(texts(extracted)).toEqual(['first line', 'left half  right half', 'third line']);
  });

  it('joins glyph runs with small gaps into words and separates runs at word gaps (the "th e" rule)', async () => {
    const size = 12;
    const draws = [];
    // one word drawn as separate glyph runs with kerning-sized gaps: must not be split
    let x = 72;
    for (const run of ['th', 'e', 'Se', 'cu', 'rity']) {
      draws.push({ text: run, x, y: 100, size });
      x += (await textWidth(run, size)) + (run === 'e' ? 3.2 : 0.4);
    }
    // words drawn without space characters, a word-sized gap apart: must not be glued
    x = 72;
    for (const word of ['Decides', 'to', 'extend']) {
      draws.push({ text: word, x, y: 130, size });
      x += (await textWidth(word, size)) + 3;
    }
    // runs in alternating fonts (pdf.js keeps them apart): touching → one word, a word gap apart → two words
    x = 72;
    const fonts = ['italic', 'roman', 'italic', 'roman'] as const;
    for (const [i, run] of ['Fur', 'ther', 'req', 'uests'].entries()) {
      draws.push({ text: run, x, y: 145, size, font: fonts[i] });
      x += (await textWidth(run, size, fonts[i])) + (run === 'ther' ? 3 : 0.3);
    }
    // an italic opener followed by roman text in another font, and a footnote mark raised on the same line
    const opener = 'Recalling';
    const openerWidth = await textWidth(`${opener} `, size, 'italic');
    const rest = 'its resolution 2364 (2017)';
    draws.push({ text: opener, x: 72, y: 160, size, font: 'italic' as const });
    draws.push({ text: rest, x: 72 + openerWidth, y: 160, size });
    draws.push({ text: '1', x: 72 + openerWidth + (await textWidth(rest, size)), y: 156, size: 7 });
    // fake bold: the same word printed twice, a fraction of a point apart
    draws.push({ text: 'MINUSMA', x: 72, y: 190, size, font: 'bold' as const });
    draws.push({ text: 'MINUSMA', x: 72.4, y: 190, size, font: 'bold' as const });
    const extracted = await extract(await makePdf([{ draws }]));
    expect(texts(extracted)).toEqual([
      'the Security',
      'Decides to extend',
      'Further requests',
      'Recalling its resolution 2364 (2017)1',
      'MINUSMA',
    ]);
    expectTrueOffsets(extracted);
  });

  it('reads a landscape page (turned by /Rotate) in the reader\'s orientation', async () => {
    const gap = 3 + (await textWidth('Military', 12));
    const bytes = await makePdf([
      {
        rotate: 90,
        draws: [
          { text: 'Military', x: 100, y: 100 },
          { text: 'strength', x: 100 + gap, y: 100 },
          { text: 'Police', x: 100, y: 120 },
        ],
      },
    ]);
    const extracted = await extract(bytes);
    expect(extracted.lines.map(({ text, indent, y }) => ({ text, indent, y }))).toEqual([
      { text: 'Military strength', indent: 100, y: 100 },
      { text: 'Police', indent: 100, y: 120 },
    ]);
  });

  it('keeps hyphenated line ends as printed', async () => {
    const bytes = await makePdf([{ draws: [{ text: 'peace-', x: 72, y: 100 }, { text: 'keeping operations', x: 72, y: 114 }] }]);
    expect((await extract(bytes)).lines.map((line) => line.text)).toEqual(['peace-', 'keeping operations']);
  });

  it('reads Chinese text through the predefined CMaps shipped with pdf.js', async () => {
    const extracted = await extract(chinesePdf('安全理事会'));
    expect(extracted.lines.map((line) => line.text)).toEqual(['安全理事会']);
  });

  it('orders the runs of a right-to-left line from right to left', async () => {
    // the right word is read first; 5 glyphs of 8 pt end at 140, a 5 pt (0.3 em) word gap before the next
    const extracted = await extract(rightToLeftPdf([{ text: 'الأمن', x: 100 }, { text: 'مجلس', x: 145 }]));
    expect(extracted.lines.map((line) => line.text)).toEqual(['مجلس الأمن']);
    expect(extracted.lines[0]!.indent).toBe(100);
  });

  it('finds the PDF header after a few junk bytes', async () => {
    const pdf = await makePdf([{ draws: [{ text: 'Distr.: General', x: 72, y: 100 }] }]);
    const bytes = new Uint8Array([...new TextEncoder().encode('\r\n\r\njunk'), ...pdf]);
    const extracted = await extract(bytes);
    expect(extracted.format).toBe('pdf');
    expect(extracted.text).toBe('Distr.: General');
  });

  it('leaves the caller\'s bytes intact, and reads a Node Buffer as well', async () => {
    const bytes = await makePdf([{ draws: [{ text: 'Original: English', x: 72, y: 100 }] }]);
    const copy = bytes.slice();
    await extract(bytes);
    expect(bytes).toEqual(copy);
    expect((await extract(Buffer.from(bytes))).text).toBe('Original: English');
  });

  it('warns about pages without text, and refuses a PDF with no text at all', async () => {
    const mixed = await extract(
      await makePdf([{ draws: [{ text: 'Annex', x: 72, y: 100 }] }, { draws: [], rectangle: true }]),
    );
    expect(mixed.pages).toBe(2);
    expect(mixed.text).toBe('Annex\f');
    expect(mixed.warnings).toEqual(['PDF has no text on page 2 (scanned?)']);
    const scanned = await refusal(await makePdf([{ draws: [], rectangle: true }, { draws: [], rectangle: true }]));
    expect(scanned.message).toBe('PDF has no text layer (scanned?): run OCR first');
  });

  it('refuses a truncated PDF with one line', async () => {
    const bytes = await makePdf(pages.map((paragraphs) => documentPage('S/2017/558', paragraphs, '17-10885')));
    const error = await refusal(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(error.message).toMatch(/truncated PDF/);
  });

  it('reads a PDF padded with NULs after its end marker', async () => {
    const pdf = await makePdf([{ draws: [{ text: 'Please recycle', x: 72, y: 100 }] }]);
    const padded = new Uint8Array(pdf.length + 4096);
    padded.set(pdf);
    expect((await extract(padded)).text).toBe('Please recycle');
  });

  it('refuses a PDF whose structure is damaged with one line', async () => {
    const error = await refusal(new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n'));
    expect(error.message).toMatch(/^damaged PDF/);
  });

  it('refuses a PDF that needs a password, and reads one protected by an owner password only', async () => {
    expect((await refusal(fixture('encrypted-user-password.pdf'))).message).toBe('encrypted PDF: a password is needed');
    const open = await extract(fixture('encrypted-owner-password-only.pdf'));
    expect(texts(open)).toEqual(['S/2017/558', 'The Security Council,']);
  });
});
