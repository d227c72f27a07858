import { PDFDocument, StandardFonts, degrees, rgb, type PDFFont } from 'pdf-lib';

/** A piece of text to draw: `y` is the baseline from the TOP of the page, as the extractor reports it. */
export interface Draw {
  text: string;
  x: number;
  y: number;
  size?: number;
  font?: 'roman' | 'italic' | 'bold';
}

export interface PageSpec {
  draws: Draw[];
  /** the page's /Rotate: 90 makes a landscape page, its text drawn turned by 90° in user space */
  rotate?: 90;
  /** draw a filled rectangle (an "image") on the page */
  rectangle?: boolean;
}

export const PAGE_WIDTH = 595;
export const PAGE_HEIGHT = 842;

/** A PDF made with pdf-lib from pages of positioned text, drawn in the order given. */
export async function makePdf(pages: PageSpec[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts: Record<NonNullable<Draw['font']>, PDFFont> = {
    roman: await doc.embedFont(StandardFonts.TimesRoman),
    italic: await doc.embedFont(StandardFonts.TimesRomanItalic),
    bold: await doc.embedFont(StandardFonts.TimesRomanBold),
  };
  for (const spec of pages) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    if (spec.rotate) page.setRotation(degrees(spec.rotate));
    if (spec.rectangle) page.drawRectangle({ x: 100, y: 300, width: 300, height: 400, color: rgb(0.4, 0.4, 0.4) });
    for (const draw of spec.draws) {
      const options = { size: draw.size ?? 12, font: fonts[draw.font ?? 'roman'] };
      // on a page turned by 90°, the viewer's (x, y) from the top left is (y, x) in user space
      if (spec.rotate) page.drawText(draw.text, { ...options, x: draw.y, y: draw.x, rotate: degrees(spec.rotate) });
      else page.drawText(draw.text, { ...options, x: draw.x, y: PAGE_HEIGHT - draw.y });
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** Width of a text in the test fonts, to place runs next to each other. */
export async function textWidth(text: string, size: number, font: Draw['font'] = 'roman'): Promise<number> {
  const doc = await PDFDocument.create();
  const name = { roman: StandardFonts.TimesRoman, italic: StandardFonts.TimesRomanItalic, bold: StandardFonts.TimesRomanBold }[font];
  return (await doc.embedFont(name)).widthOfTextAtSize(text, size);
}

/** Line pitch and paragraph spacing of the generated pages, in points (12 pt text). */
export const LINE_PITCH = 14.5;
export const PARAGRAPH_SPACE = 6;

/**
 * A page laid out as a UN document: header symbol, paragraphs (first lines indented, 6 pt between paragraphs),
 * footer with job number and page counter.
 */
export function documentPage(symbol: string, paragraphs: string[][], footer: string): PageSpec {
  const draws: Draw[] = [{ text: symbol, x: 450, y: 50, size: 10 }];
  let y = 100;
  for (const paragraph of paragraphs) {
    paragraph.forEach((text, i) => {
      draws.push({ text, x: i === 0 ? 108 : 72, y, size: 12 });
      y += LINE_PITCH;
    });
    y += PARAGRAPH_SPACE;
  }
  draws.push({ text: footer, x: 72, y: 800, size: 8 });
  return { draws };
}

/** A one-page PDF written by hand from its objects (object 1 the catalog, 2 the pages, 3 the page), with a true xref table. */
function handWrittenPdf(objects: string[]): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const stream = (content: string): string => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
const hex4 = (code: number): string => code.toString(16).padStart(4, '0');

/**
 * Chinese text in a CID font that is not embedded, with a predefined CMap (UniGB-UCS2-H, Adobe-GB1),
 * as Chinese UN documents may have it: pdf.js needs its CMap files to read it.
 */
export function chinesePdf(text: string): Uint8Array {
  const codes = [...text].map((char) => hex4(char.codePointAt(0)!)).join('');
  return handWrittenPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(`BT /F1 16 Tf 72 700 Td <${codes}> Tj ET`),
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

/**
 * Right-to-left words as a PDF stores them: each word's glyphs in visual order (left to right, so the logical
 * text reversed), each word a run of its own font at its own x, on one baseline, 16 pt, every glyph 8 pt wide.
 * Text is mapped back to Unicode by a ToUnicode CMap, as in real Arabic PDFs.
 */
export function rightToLeftPdf(words: Array<{ text: string; x: number }>): Uint8Array {
  const alphabet = [...new Set(words.flatMap((word) => [...word.text]))];
  const cid = (char: string): string => hex4(alphabet.indexOf(char) + 1);
  const toUnicode = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /Test-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${alphabet.length} beginbfchar`,
    ...alphabet.map((char) => `<${cid(char)}> <${hex4(char.codePointAt(0)!)}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const content = words
    .map((word, i) => `BT /F${i} 16 Tf ${word.x} 700 Td <${[...word.text].reverse().map(cid).join('')}> Tj ET`)
    .join('\n');
  // objects 6…: a font, its CID font and descriptor for each word, distinct so that pdf.js keeps the words apart
  const fonts = words.flatMap((_, i) => {
    const name = `TestArabic${String.fromCharCode(65 + i)}`;
    return [
      `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${7 + 3 * i} 0 R] /ToUnicode 5 0 R >>`,
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${8 + 3 * i} 0 R /DW 500 /CIDToGIDMap /Identity >>`,
      `<< /Type /FontDescriptor /FontName /${name} /Flags 4 /FontBBox [0 -250 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -250 /CapHeight 700 /StemV 80 >>`,
    ];
  });
  return handWrittenPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << ${words.map((_, i) => `/F${i} ${6 + 3 * i} 0 R`).join(' ')} >> >> /Contents 4 0 R >>`,
    stream(content),
    stream(toUnicode),
    ...fonts,
  ]);
}
