import { expect } from 'vitest';
import { parseVoteLists } from '../../src/votes/letter.js';
import type { Language } from '../../src/model.js';

/** The vote a text records, checked to be the only one it records. */
export function theOneVote(text: string, language: Language): ReturnType<typeof parseVoteLists>[number] {
  const votes = parseVoteLists(text, language);
  expect(votes).toHaveLength(1);
  return votes[0];
}
