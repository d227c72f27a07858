import type { Language } from '../model.js';
import { OPENERS } from './openers-data.js';
import { isAsciiLetter } from './characters.js';

type Part = 'preamble' | 'operative';

interface OpenerIndex {
  firstWords: ReadonlySet<string>;
  /** the phrases by the letters they open with, as only those can open a text; longest first, so "Recalling also" wins over "Recalling" */
  phrasesByLetters: ReadonlyMap<string, readonly string[]>;
}

/**
 * The letters a text opens with, up to its first other character: a phrase opening the text opens with the same
 * letters, as no letter may follow it. A letter beyond the Basic Multilingual Plane ends them, as the check after a
 * phrase (`charAt`) reads half of it, no letter.
 */
const OPENING_LETTERS = /^(?:(?![\u{10000}-\u{10FFFF}])\p{L})*/u;

/** Where the run of ASCII letters from `from` ends, or -1 when a character beyond ASCII may continue it. */
function asciiLettersEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  return end < text.length && text.charCodeAt(end) >= 0x80 ? -1 : end;
}

/** The opening letters: read from character codes when they are ASCII (most texts), else by the pattern. */
function openingLetters(text: string): string {
  const end = asciiLettersEnd(text, 0);
  return end >= 0 ? text.slice(0, end) : OPENING_LETTERS.exec(text)![0];
}

const indexes: Record<Part, Map<Language, OpenerIndex>> = { preamble: new Map(), operative: new Map() };

function index(lang: Language, part: Part): OpenerIndex {
  let found = indexes[part].get(lang);
  if (!found) {
    const phrases = [...OPENERS[lang][part]].sort((a, b) => b.length - a.length);
    const phrasesByLetters = new Map<string, string[]>();
    for (const phrase of phrases) {
      const letters = openingLetters(phrase);
      phrasesByLetters.set(letters, [...(phrasesByLetters.get(letters) ?? []), phrase]);
    }
    found = { phrasesByLetters, firstWords: new Set(phrases.map((p) => p.split(/\s+/)[0].toLowerCase())) };
    indexes[part].set(lang, found);
  }
  return found;
}

/** Whether a line opens like a paragraph of that part ("Recalling", "Deeply concerned", "Decides"). */
export function opensLike(text: string, lang: Language, part: Part): boolean {
  const first = firstWord(text);
  return first !== undefined && index(lang, part).firstWords.has(first.toLowerCase());
}

const FIRST_WORD = /^[^\p{L}]{0,2}(\p{L}+)/u;

/** The first word, after at most two other characters: read from character codes when ASCII, else by the pattern. */
function firstWord(text: string): string | undefined {
  let start = 0;
  while (start < 2 && start < text.length && text.charCodeAt(start) < 0x80 && !isAsciiLetter(text.charCodeAt(start))) start++;
  const code = text.charCodeAt(start);
  if (code < 0x80 && isAsciiLetter(code)) {
    const end = asciiLettersEnd(text, start);
    if (end >= 0) return text.slice(start, end);
  } else if (code < 0x80 || start === text.length) {
    // two other characters, or the end, and no letter: the pattern finds no word either
    return undefined;
  }
  return FIRST_WORD.exec(text)?.[1];
}

/**
 * Whether a line opens like a paragraph of that part, its first word perhaps split by extraction ("вно вь
 * подтверждая", "сс ылаясь"): the two first pieces joined are an opener's first word, the first alone is none.
 */
export function opensLikeSplit(text: string, lang: Language, part: Part): boolean {
  if (opensLike(text, lang, part)) return true;
  const m = /^[^\p{L}]{0,2}(\p{L}+) (\p{Ll}+)/u.exec(text);
  return m !== null && index(lang, part).firstWords.has((m[1] + m[2]).toLowerCase());
}

/** The opening phrase of a paragraph: the longest known opener it starts with, else its first word. */
export function openerOf(text: string, lang: Language, part: Part): string | undefined {
  const letters = openingLetters(text);
  for (const phrase of index(lang, part).phrasesByLetters.get(letters) ?? []) {
    // Many phrases share their first word ("Expressing …"): their last character tells most of them apart at once.
    const last = phrase.length - 1;
    if (text.charCodeAt(last) === phrase.charCodeAt(last) && text.startsWith(phrase) && !letterAt(text, phrase.length)) return phrase;
  }
  // The opening letters are the first word, unless a letter beyond the Basic Multilingual Plane goes on with it.
  if (text.length === letters.length || text.charCodeAt(letters.length) < 0x80) return letters === '' ? undefined : letters;
  return /^\p{L}+/u.exec(text)?.[0];
}

function letterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 0x80 ? isAsciiLetter(code) : /\p{L}/u.test(text.charAt(at));
}
