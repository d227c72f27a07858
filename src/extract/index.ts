import type { Extracted } from './types.js';
export type { Extracted, SourceLine } from './types.js';

/** bytes → source text and lines, the format told apart by content. */
export async function extract(bytes: Uint8Array): Promise<Extracted> {
  void bytes;
  throw new Error('extract: not implemented yet');
}
