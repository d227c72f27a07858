import { extract } from './extract/index.js';
import { importAkn } from './akn/import.js';
import { parseText } from './structure/index.js';
import type { UNDocument } from './model.js';

/**
 * The whole reading pipeline: bytes of any supported input → document model.
 * AKN XML is imported as the UN marked it up; everything else goes extract → clean → recognize → structure.
 */
export async function readDocument(bytes: Uint8Array): Promise<UNDocument> {
  const extracted = await extract(bytes);
  if (extracted.format === 'akn') return importAkn(extracted.text, extracted.sha256);
  return parseText(extracted);
}
