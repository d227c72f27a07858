import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { extract } from '../../src/extract/index.js';
import { detectEncoding } from '../../src/extract/decode.js';

const corpus = new URL('../../corpus/', import.meta.url);
const seed = (name: string): string => readFileSync(new URL(`seeds/${name}`, corpus), 'utf8');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    const [first, second] = endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bytes;
}

/** The characters Windows-1252 puts at 0x80–0x9F (from the Unicode mapping table, written out independently of the code). */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 bytes of a text made of characters that code page has (the seeds are). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0)!;
    const high = CP1252_80_9F.indexOf(char);
    if (high >= 0) return 0x80 + high;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    throw new Error(`not in Windows-1252: ${char}`);
  });
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await extract(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const message = (error as InputError).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('extract: text encodings', () => {
  const english = seed('press-summary-2364-en.txt');
  const chinese = seed('S_2020_613-letter-vote-2531-zh.pdf.txt');

  it.each([
    ['UTF-8', utf8(english), 'utf-8'],
    ['UTF-8 with BOM', utf8('\ufeff' + english), 'utf-8'],
    ['UTF-16LE with BOM', utf16(english, 'le', true), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(english, 'be', true), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(english, 'le', false), 'utf-16le'],
    ['UTF-16BE without BOM', utf16(english, 'be', false), 'utf-16be'],
    ['Windows-1252', windows1252(english), 'windows-1252'],
  ])('decodes the seed text from %s to the same text and lines', async (_name, bytes, encoding) => {
    expect(detectEncoding(bytes)).toBe(encoding);
    const extracted = await extract(bytes);
    expect(extracted.format).toBe('text');
    expect(extracted.text).toBe(english);
    const reference = await extract(utf8(english));
    expect(extracted.lines).toEqual(reference.lines);
  });

  it('tells apart UTF-16 without BOM in a Chinese document by its NUL pattern', async () => {
    for (const endian of ['le', 'be'] as const) {
      expect((await extract(utf16(chinese, endian, false))).text).toBe(chinese);
    }
  });

  it('reads UTF-8 with a stray invalid byte as UTF-8, and says so', async () => {
    const text = 'Côte d’Ivoire, République centrafricaine, Timor-Leste';
    const bytes = utf8(text);
    const damaged = new Uint8Array([...bytes.slice(0, 10), 0x96, ...bytes.slice(10)]);
    const extracted = await extract(damaged);
    const decode = (part: Uint8Array): string => new TextDecoder().decode(part);
    expect(extracted.text).toBe(`${decode(bytes.slice(0, 10))}\ufffd${decode(bytes.slice(10))}`);
    expect(extracted.warnings).toEqual(['1 character is not valid UTF-8 and shown as �']);
  });

  it('keeps a Windows-1252 text with curly quotes and dashes right', async () => {
    const text = '“MINUSMA’s mandate” – 13,289 military personnel… décidé';
    expect(detectEncoding(windows1252(text))).toBe('windows-1252');
    expect((await extract(windows1252(text))).text).toBe(text);
  });
});

describe('extract: text lines', () => {
  it('splits on CR LF, CR and LF, keeping blank lines and the text unchanged', async () => {
    const text = 'S/2017/558\r\n\r\n  The Security Council,\rRecalling\n\tDecides\n';
    const extracted = await extract(utf8(text));
    expect(extracted.text).toBe(text);
    expect(extracted.lines.map(({ text, indent, page }) => ({ text, indent, page }))).toEqual([
      { text: 'S/2017/558', indent: 0, page: 1 },
      { text: '', indent: 0, page: 1 },
      { text: 'The Security Council,', indent: 2, page: 1 },
      { text: 'Recalling', indent: 0, page: 1 },
      { text: 'Decides', indent: 4, page: 1 },
    ]);
    for (const line of extracted.lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  });

  it('turns the page at each form feed, at a line start or inside a line', async () => {
    const text = 'page one\n\fpage two   \nmore\fpage three\n\f';
    const extracted = await extract(utf8(text));
    expect(extracted.lines.map(({ text, page }) => [text, page])).toEqual([
      ['page one', 1],
      ['page two', 2],
      ['more', 2],
      ['page three', 3],
    ]);
    expect(extracted.pages).toBe(3);
    for (const line of extracted.lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  });

  it('gives every seed line offsets that slice the text to exactly that line', async () => {
    for (const name of readdirSync(new URL('seeds/', corpus))) {
      const text = seed(name);
      const extracted = await extract(utf8(text));
      expect(extracted.lines).toHaveLength(text.replace(/\n$/, '').split('\n').length);
      for (const line of extracted.lines) {
        expect(text.slice(line.start, line.end)).toBe(line.text);
        expect(line.text).toBe(line.text.trim());
      }
    }
  });

  it('hashes the input bytes with sha256', async () => {
    expect((await extract(utf8('abc'))).sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('extract: XML', () => {
  const aknFile = new URL('unxml-dev/2005/', corpus);
  const aknName = readdirSync(aknFile).find((name) => name.endsWith('.xml'))!;
  const akn = readFileSync(new URL(aknName, aknFile), 'utf8');

  it('recognises Akoma Ntoso by its root element and hands on the XML unchanged', async () => {
    const extracted = await extract(utf8(akn));
    expect(extracted).toMatchObject({ format: 'akn', text: akn, lines: [] });
  });

  it('recognises Akoma Ntoso behind a BOM, declaration, comment, doctype and a namespace prefix', async () => {
    const xml =
      '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- copy -->\n<!DOCTYPE an:akomaNtoso [<!ENTITY x "y">]>\n' +
      '<an:akomaNtoso xmlns:an="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><an:statement/></an:akomaNtoso>';
    const extracted = await extract(utf16(xml.slice(1), 'le', true));
    expect(extracted.format).toBe('akn');
    expect(extracted.text).toBe(xml.slice(1));
  });

  it('refuses other XML and HTML with one line', async () => {
    expect(await refusal(utf8('<?xml version="1.0"?>\n<rss><channel/></rss>'))).toBe(
      'not a UN document we can read: XML that is not Akoma Ntoso',
    );
    expect(await refusal(utf8('<!DOCTYPE html>\n<html><body>S/2017/558</body></html>'))).toMatch(/HTML page/);
    expect(await refusal(utf8('<html lang="en"><body/></html>'))).toMatch(/HTML page/);
  });

  it('reads text that merely starts with an angle bracket as text', async () => {
    expect((await extract(utf8('<< draft >>\nThe Security Council,'))).format).toBe('text');
  });
});

describe('extract: bad input', () => {
  it('refuses an empty file and a file of white space only', async () => {
    expect(await refusal(new Uint8Array())).toMatch(/^empty file/);
    expect(await refusal(utf8(' \r\n\t\n \f'))).toMatch(/^empty file/);
    expect(await refusal(utf16('   \n', 'le', true))).toMatch(/^empty file/);
  });

  it('refuses images, archives and random bytes', async () => {
    let seed = 20170629;
    const random = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 23;
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...random]);
    expect(await refusal(png)).toMatch(/PNG image/);
    expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...random]))).toMatch(/ZIP archive/);
    expect(await refusal(random)).toBe('not a UN document we can read: binary data that is neither PDF nor text');
    const zeros = new Uint8Array(1000);
    expect(await refusal(zeros)).toMatch(/binary data/);
  });

  it('refuses input above MANDATE_MAX_BYTES before decoding it', async () => {
    const saved = process.env.MANDATE_MAX_BYTES;
    try {
      process.env.MANDATE_MAX_BYTES = '100';
      expect(await refusal(utf8('x'.repeat(101)))).toMatch(/too large: 101 bytes, the limit is 100 bytes/);
      expect((await extract(utf8('x'.repeat(100)))).text).toHaveLength(100);
      process.env.MANDATE_MAX_BYTES = 'lots';
      expect(await refusal(utf8('x'))).toMatch(/MANDATE_MAX_BYTES/);
    } finally {
      if (saved === undefined) delete process.env.MANDATE_MAX_BYTES;
      else process.env.MANDATE_MAX_BYTES = saved;
    }
  });
});
