/**
 * Letter runs of a token without Unicode-property regexes when the token is printable ASCII (most tokens are):
 * there a letter is exactly A–Z or a–z, and no character is a line terminator, so a scan of character codes
 * gives what the `\p{L}` patterns give. Other tokens go through those patterns.
 */

import { isAsciiLetter } from '../lang/characters.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const LEADING = /^([^\p{L}]*|.*-)(\p{L}+)$/u;
const FRAGMENT = /^(\p{L}+)([^\p{L}].*)?$/u;
const HYPHEN = 0x2d;

/** Printable ASCII only: no letters beyond A–Z/a–z, no line terminators, no tabs or other spaces, no invisible characters. */
export const isPrintableAscii = (text: string) => PRINTABLE_ASCII.test(text);

export interface LetterRuns {
  /** text before `tail`: opening punctuation, or a compound's first half ("long-") */
  lead: string;
  /** the last run of letters, when the token ends with letters after only non-letters or a hyphen */
  tail: string | null;
  /** the first run of letters, when the token starts with letters */
  head: string | null;
  /** what follows `head` */
  rest: string;
}

/** A token's leading and trailing letter runs, as `LEADING` and `FRAGMENT` read them. */
export function letterRuns(text: string): LetterRuns {
  if (!isPrintableAscii(text)) {
    const leading = LEADING.exec(text);
    const fragment = FRAGMENT.exec(text);
    return { lead: leading?.[1] ?? '', tail: leading?.[2] ?? null, head: fragment?.[1] ?? null, rest: fragment?.[2] ?? '' };
  }
  let headEnd = 0;
  while (headEnd < text.length && isAsciiLetter(text.charCodeAt(headEnd))) headEnd++;
  let tailStart = text.length;
  while (tailStart > 0 && isAsciiLetter(text.charCodeAt(tailStart - 1))) tailStart--;
  // Before the tail: non-letters only (then the first letter starts the tail), or anything ending in a hyphen.
  const tailMatches = tailStart < text.length && (firstLetter(text) === tailStart || text.charCodeAt(tailStart - 1) === HYPHEN);
  return {
    lead: tailMatches ? text.slice(0, tailStart) : '',
    tail: tailMatches ? text.slice(tailStart) : null,
    head: headEnd > 0 ? text.slice(0, headEnd) : null,
    rest: headEnd > 0 ? text.slice(headEnd) : '',
  };
}

function firstLetter(text: string): number {
  let at = 0;
  while (at < text.length && !isAsciiLetter(text.charCodeAt(at))) at++;
  return at;
}

const LETTER = /^\p{L}$/u;

/** A text's runs of letters, as `/\p{L}+/gu` finds them: character codes tell ASCII letters, the pattern only the rest. */
export function letterWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    // ASCII (most characters) is told by its code; only other characters are read whole and tested.
    const code = unit < 0x80 ? unit : (text.codePointAt(i) as number);
    const letter = code < 0x80 ? isAsciiLetter(code) : LETTER.test(String.fromCodePoint(code));
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}
