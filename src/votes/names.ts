import { LIST_AND, LIST_SEPARATORS } from '../lang/votes.js';
import type { Language } from '../model.js';
import { resolveCountry } from './countries.js';

/** Splits a list of names on separators, then on the word "and" where that leaves two known States (never inside "Trinidad and Tobago"). */
export function splitNames(list: string, language: Language): string[] {
  const names: string[] = [];
  for (const raw of list.split(LIST_SEPARATORS)) {
    const piece = raw.trim().replace(/[.。]$/u, '').trim();
    if (!piece) continue;
    if (resolveCountry(piece, language)) {
      names.push(piece);
      continue;
    }
    // Try each "and" as the list's last joiner: the split must leave two States on either side.
    const joiners = [...piece.matchAll(LIST_AND[language])];
    let split: string[] | null = null;
    for (const joiner of joiners) {
      const [left, right] = [piece.slice(0, joiner.index), piece.slice(joiner.index + joiner[0].length)];
      if (resolveCountry(left, language) && resolveCountry(right, language)) split = [left, right];
    }
    names.push(...(split ?? [piece]));
  }
  return names;
}
