import type { UNDocument } from '../model.js';

/** AKN4UN XML → document model (import, not re-parsing). */
export function importAkn(xml: string, sha256: string): UNDocument {
  void xml; void sha256;
  throw new Error('importAkn: not implemented yet');
}
