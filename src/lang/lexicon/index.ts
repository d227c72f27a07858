import type { Language } from '../../model.js';
import * as en from './en.js';
import * as es from './es.js';
import * as fr from './fr.js';
import * as ru from './ru.js';

export interface Lexicon {
  /** every word, lower case, with its rank by frequency (0 the most frequent) */
  words: ReadonlyMap<string, number>;
  /** words only ever written with a capital: names ("togo") */
  names: ReadonlySet<string>;
}

const sources: Partial<Record<Language, { words: string; names: string }>> = { en, fr, es, ru };
const cache = new Map<Language, Lexicon>();
const split = (list: string | undefined) => new Set(list ? list.split(' ') : []);

/** The words of Security Council resolutions in that language; empty where none is bundled. */
export function lexicon(lang: Language): Lexicon {
  let found = cache.get(lang);
  if (!found) {
    const words = sources[lang]?.words.split(' ') ?? [];
    found = { words: new Map(words.map((word, rank) => [word, rank])), names: split(sources[lang]?.names) };
    cache.set(lang, found);
  }
  return found;
}
