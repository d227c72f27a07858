import type { Extracted } from '../extract/types.js';
import type { UNDocument } from '../model.js';

/** Extracted text → document model: clean, recognize, then build the paragraph tree. */
export function parseText(extracted: Extracted): UNDocument {
  void extracted;
  throw new Error('parseText: not implemented yet');
}
