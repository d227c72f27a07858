import type { Language } from '../model.js';
import { OPENERS } from './openers-data.js';

interface OpenerIndex {
  firstWords: ReadonlySet<string>;
  /** the phrases by first character, as only those can open a text; longest first, so "Recalling also" wins over "Recalling" */
  phrasesByInitial: ReadonlyMap<string, readonly string[]>;
}

const cache = new Map<string, OpenerIndex>();

function index(lang: Language, part: 'preamble' | 'operative'): OpenerIndex {
  const key = `${lang}:${part}`;
  let found = cache.get(key);
  if (!found) {
    const phrases = [...OPENERS[lang][part]].sort((a, b) => b.length - a.length);
    const phrasesByInitial = new Map<string, string[]>();
    for (const phrase of phrases) phrasesByInitial.set(phrase[0], [...(phrasesByInitial.get(phrase[0]) ?? []), phrase]);
    found = { phrasesByInitial, firstWords: new Set(phrases.map((p) => p.split(/\s+/)[0].toLowerCase())) };
    cache.set(key, found);
  }
  return found;
}

/** Whether a line opens like a paragraph of that part ("Recalling", "Deeply concerned", "Decides"). */
export function opensLike(text: string, lang: Language, part: 'preamble' | 'operative'): boolean {
  const first = /^[^\p{L}]{0,2}(\p{L}+)/u.exec(text)?.[1];
  return first !== undefined && index(lang, part).firstWords.has(first.toLowerCase());
}

/** The opening phrase of a paragraph: the longest known opener it starts with, else its first word. */
export function openerOf(text: string, lang: Language, part: 'preamble' | 'operative'): string | undefined {
  for (const phrase of index(lang, part).phrasesByInitial.get(text.charAt(0)) ?? []) {
    if (text.startsWith(phrase) && !/\p{L}/u.test(text.charAt(phrase.length))) return phrase;
  }
  return /^\p{L}+/u.exec(text)?.[0];
}
