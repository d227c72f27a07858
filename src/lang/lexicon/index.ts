import type { Language } from '../../model.js';
import * as en from './en.js';
import * as es from './es.js';
import * as fr from './fr.js';
import * as ru from './ru.js';

export interface Lexicon {
  /** every word, lower case */
  words: ReadonlySet<string>;
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
    found = { words: split(sources[lang]?.words), names: split(sources[lang]?.names) };
    cache.set(lang, found);
  }
  return found;
}
