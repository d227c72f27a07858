import { InputError } from '../errors.js';
import { decodeText } from './decode.js';
import { sha256 } from './digest.js';
import { checkInputSize } from './input.js';
import { splitTextLines } from './lines.js';
import { markupRoot } from './markup.js';
import { extractPdf, isPdf } from './pdf.js';
import type { Extracted } from './types.js';
export type { Extracted, SourceLine } from './types.js';
export { readInputFile, maxInputBytes } from './input.js';
export { sha256 } from './digest.js';

/** The root element of an Akoma Ntoso document. */
const AKN_ROOT = 'akomaNtoso';

/**
 * bytes → source text and lines, the format told apart by content, never by file name:
 * PDF by its header, Akoma Ntoso by its root element, anything else that decodes as text is text.
 * Bad input (empty, binary, damaged, encrypted, scanned, too large, other XML) is refused with one line.
 */
export async function extract(bytes: Uint8Array): Promise<Extracted> {
  checkInputSize(bytes.length);
  if (bytes.length === 0) throw new InputError('empty file: there is nothing to read');
  const digest = sha256(bytes);
  if (isPdf(bytes)) {
    const { text, pages, lines, warnings } = await extractPdf(bytes);
    const extracted: Extracted = { format: 'pdf', text, pages, lines, sha256: digest };
    if (warnings.length > 0) extracted.warnings = warnings;
    return extracted;
  }
  const { text, encoding, undecodable } = decodeText(bytes);
  if (text.trim() === '') throw new InputError('empty file: it holds only white space');
  const markup = markupRoot(text);
  if (markup?.root === AKN_ROOT) return { format: 'akn', text, pages: 1, lines: [], sha256: digest };
  if (markup?.html) throw new InputError('not a UN document we can read: an HTML page, not Akoma Ntoso XML');
  if (markup) throw new InputError('not a UN document we can read: XML that is not Akoma Ntoso');
  const lines = splitTextLines(text);
  const extracted: Extracted = { format: 'text', text, pages: lines.at(-1)?.page ?? 1, lines, sha256: digest };
  if (undecodable > 0) {
    const characters = undecodable === 1 ? '1 character is' : `${undecodable} characters are`;
    extracted.warnings = [`${characters} not valid ${encoding.toUpperCase()} and shown as �`];
  }
  return extracted;
}
