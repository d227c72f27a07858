import type { Language } from '../model.js';
import { SPELLING_RULES } from '../lang/spelling.js';

/**
 * Text → comparison tokens, blind to typography and extraction: quotes, dashes, bullets, soft hyphens,
 * spacing and Markdown emphasis marks are normalised away before tokenising.
 */
export interface Token {
  /** the token as printed after typographic normalisation */
  text: string;
  /** true for a word or number, false for punctuation */
  word: boolean;
  /** what follows it when printed: a space, an attached hyphen, both, or nothing */
  space: string;
}

/** Each typographic variant → its plain form ('' drops it, ' ' separates). */
const TYPOGRAPHY = new Map<string, string>([
  ...[...'\u00ad\u200b\u200c\u200d\ufeff'].map((ch) => [ch, ''] as const), // soft hyphen, zero-width characters
  ...[...'\u2018\u2019\u201a\u201b\u2032\u0060\u00b4'].map((ch) => [ch, "'"] as const),
  ...[...'\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb'].map((ch) => [ch, '"'] as const),
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d'].map((ch) => [ch, '-'] as const),
  ...[...'\u2022\u2023\u2043\u25aa\u25cf\u25e6\u00b7\uf0b7'].map((ch) => [ch, ' '] as const), // bullets
  ...[...'*_'].map((ch) => [ch, ' '] as const), // Markdown emphasis from text sources
]);
const TYPOGRAPHIC = new RegExp(`[${[...TYPOGRAPHY.keys()].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

export function normaliseTypography(text: string): string {
  return text.normalize('NFKC').replace(TYPOGRAPHIC, (ch) => TYPOGRAPHY.get(ch)!);
}

type CharKind = 'space' | 'digit' | 'letter' | 'han' | 'other';

const kindCache = new Map<number, CharKind>();

function charKind(code: number): CharKind {
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return 'space';
    if (code >= 48 && code <= 57) return 'digit';
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'letter';
    return 'other';
  }
  let kind = kindCache.get(code);
  if (!kind) {
    const ch = String.fromCodePoint(code);
    kind = /\s/u.test(ch) ? 'space' : /\p{N}/u.test(ch) ? 'digit' : /\p{sc=Han}/u.test(ch) ? 'han' : /[\p{L}\p{M}]/u.test(ch) ? 'letter' : 'other';
    kindCache.set(code, kind);
  }
  return kind;
}

/**
 * Text → tokens. Numbers keep their separators ("13,289", "2.5"); words are runs of letters and digits; a Chinese
 * character is a token of its own (Chinese has no spaces between words); anything else is one character.
 * A hand-written scanner: Unicode property regular expressions are several times slower on long texts.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const source = normaliseTypography(text);
  const kindAt = (i: number) => (i < source.length ? charKind(source.codePointAt(i)!) : 'space');
  const width = (i: number) => (source.codePointAt(i)! > 0xffff ? 2 : 1);
  const wordEnd = (from: number) => {
    let i = from;
    while (i < source.length && (kindAt(i) === 'letter' || kindAt(i) === 'digit')) i += width(i);
    return i;
  };
  let i = 0;
  while (i < source.length) {
    const kind = kindAt(i);
    if (kind === 'space') { i += width(i); continue; }
    let end: number;
    if (kind === 'digit') {
      end = i;
      while (kindAt(end) === 'digit') end += width(end);
      while ((source[end] === '.' || source[end] === ',') && kindAt(end + 1) === 'digit') {
        end += 1;
        while (kindAt(end) === 'digit') end += width(end);
      }
      if (kindAt(end) === 'letter') end = wordEnd(i); // "2nd": a word, not a number
    } else if (kind === 'letter') {
      end = wordEnd(i);
    } else {
      end = i + width(i);
    }
    const value = source.slice(i, end);
    const space = end < source.length && kindAt(end) === 'space' ? ' ' : '';
    const previous = tokens[tokens.length - 1];
    // a hyphen attached to the word before it ("peace-keeping", "imple- mentation") is hyphenation, not a token
    if (value === '-' && previous?.word && previous.space === '') {
      previous.space = `-${space}`;
    } else {
      tokens.push({ text: value, word: kind !== 'other', space });
    }
    i = end;
  }
  return tokens;
}

const spellingCache = new Map<Language, Map<string, string>>();
const SPELLING_CACHE_LIMIT = 200_000;

/** The canonical spelling of a word, in lower case: equal for British / American / UN-house variants. */
export function spellingKey(word: string, language: Language): string {
  let cache = spellingCache.get(language);
  if (!cache) spellingCache.set(language, (cache = new Map()));
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let key = word.toLowerCase();
  for (const rule of SPELLING_RULES[language] ?? []) key = key.replace(rule.pattern, rule.canonical);
  if (cache.size >= SPELLING_CACHE_LIMIT) cache.clear();
  cache.set(word, key);
  return key;
}

/** Key of a whole text for exact matching: spacing and hyphenation do not count, everything else does. */
export function exactKey(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join('');
}

/** Words of a text as a bag for similarity: lower case, spelling-normalised, punctuation dropped. */
export function wordBag(tokens: readonly Token[], language: Language): string[] {
  return tokens.filter((t) => t.word).map((t) => spellingKey(t.text, language));
}
