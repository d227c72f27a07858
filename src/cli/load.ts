import { readInputFile } from '../extract/index.js';
import { readDocument } from '../read.js';
import type { UNDocument } from '../model.js';

/** A document file as the user named it: read, checked and parsed, or one clear error. */
export async function loadDocumentFile(path: string): Promise<UNDocument> {
  return readDocument(await readInputFile(path));
}
