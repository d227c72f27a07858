import { InputError } from '../errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Signatures of binary formats people are likely to hand us by mistake, named so the error can say what it saw. */
const BINARY_SIGNATURES: ReadonlyArray<{ magic: readonly number[]; name: string }> = [
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], name: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], name: 'a TIFF image' },
  { magic: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a .docx/.xlsx file): save the document as PDF or plain text' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Microsoft Office file (.doc/.xls): save the document as PDF or plain text' },
  { magic: [0x1f, 0x8b], name: 'a gzip archive: decompress it first' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF document: save it as PDF or plain text' },
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 text without a BOM: mostly-Latin text has a NUL in every other byte, on the odd side for LE, the even for BE. */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 8192) & ~1;
  // Most text has no NUL at all, which a native search tells at once.
  if (bytes.subarray(0, sample).indexOf(0) < 0) return null;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) nulEven++;
    if (bytes[i + 1] === 0) nulOdd++;
  }
  const units = sample / 2;
  if (units === 0) return null;
  if (nulOdd >= units * 0.1 && nulOdd > nulEven * 4) return 'utf-16le';
  if (nulEven >= units * 0.1 && nulEven > nulOdd * 4) return 'utf-16be';
  return null;
}

/**
 * UTF-8 when valid, and also when its multi-byte characters far outnumber its invalid sequences: a UTF-8 file with
 * a few stray bytes. Windows-1252 text read as UTF-8 gives invalid sequences and hardly any multi-byte character.
 * Valid UTF-8 comes back decoded, so that it is decoded once; null when the bytes are not UTF-8.
 */
function readUtf8(bytes: Uint8Array): { text?: string } | null {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    let invalid = 0;
    let multibyte = 0;
    for (const char of new TextDecoder('utf-8').decode(bytes)) {
      if (char === '\ufffd') invalid++;
      else if (char.charCodeAt(0) > 0x7f) multibyte++;
    }
    return multibyte > invalid * 2 ? {} : null;
  }
}

/**
 * Windows-1252 differs from ISO-8859-1 in 0x80–0x9F (curly quotes, dashes, euro sign…). Node's TextDecoder
 * decodes "windows-1252" as ISO-8859-1 (it takes the Latin-1 fast path), so that range is mapped here.
 * Bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay C1 controls, as in the WHATWG table.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    chars[i] = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
  }
  return chars.join('');
}

/** Which encoding the bytes are in: a BOM first, then the NUL pattern of UTF-16, then UTF-8, else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  return detect(bytes).encoding;
}

/** The encoding, and the text when telling the encoding has decoded it already. */
function detect(bytes: Uint8Array): { encoding: TextEncoding; text?: string } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be' };
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return { encoding: utf16 };
  const utf8 = readUtf8(bytes);
  return utf8 ? { encoding: 'utf-8', ...utf8 } : { encoding: 'windows-1252' };
}

/** C0 and C1 control characters other than the layout ones (tab, line feed, vertical tab, form feed, carriage return), and U+FFFD. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g;

/**
 * Text has a few stray control characters at most; binary data decoded as text is full of them, or has NULs.
 * The characters are those CONTROL finds, read in one pass.
 */
function looksBinary(text: string, controls: readonly string[]): boolean {
  return controls.includes('\u0000') || controls.length > Math.max(2, text.length * 0.01);
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** characters that could not be decoded, replaced by U+FFFD */
  undecodable: number;
}

/**
 * Bytes of a text file → its text, the BOM dropped so that offsets count characters of content.
 * Refuses binary data (images, archives, random bytes) with one line.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const known = BINARY_SIGNATURES.find((signature) => startsWith(bytes, signature.magic));
  if (known) throw new InputError(`not a UN document we can read: ${known.name}`);
  const { encoding, text: decoded } = detect(bytes);
  const text = decoded ?? (encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes));
  // Control characters and U+FFFD, found in one pass: most texts have none.
  const controls = text.match(CONTROL) ?? [];
  if (looksBinary(text, controls)) throw new InputError('not a UN document we can read: binary data that is neither PDF nor text');
  return { text, encoding, undecodable: controls.filter((char) => char === '\ufffd').length };
}
