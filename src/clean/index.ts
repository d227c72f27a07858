import type { Extracted, SourceLine } from '../extract/types.js';
import type { Language, Provenance } from '../model.js';
import { LAYOUT } from '../lang/layout.js';
import type { CleanLine } from './types.js';
import { furnitureKind, pageCounterNumber } from './furniture.js';
import { Vocabulary } from './vocabulary.js';
import { repairWords } from './words.js';
import { isPrintableAscii } from './letters.js';
import { lengthAtShare } from './lengths.js';
import { ENDS_PUNCTUATED } from '../lang/endings.js';

export type { CleanLine } from './types.js';
export { Vocabulary } from './vocabulary.js';
export { furnitureKind } from './furniture.js';

const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]+/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Bullets as fonts encode them, including the Symbol font's private-use code points. */
const BULLET = /^[•●▪◦·‣\uf0b7\uf0a7\uf076\uf0d8](?=\s*\S)\s*/u;
/** A hyphen or en dash opening a line is an item marker when a space follows it; an en dash even without one. */
const DASH = /^(?:[-‒−]\s+|–\s*)(?=\S)/u;

/** Light Markdown of clean-text input: emphasis and heading marks are typography, not text. */
function stripMarkdown(text: string): string {
  // A heading mark opens the line, and emphasis needs an asterisk or two underscores: most lines have neither,
  // and the patterns cost more than the look.
  const unmarked = text.startsWith('#') ? text.replace(/^#{1,6}\s+/, '') : text;
  if (!unmarked.includes('*') && !unmarked.includes('__')) return unmarked;
  return unmarked.replace(/(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1/g, '$2');
}

/**
 * A character that normalising or Markdown may change: outside printable ASCII (tabs, odd spaces, invisible
 * characters, typographic bullets and dashes), or an emphasis mark ('*', '_').
 */
const UNPLAIN = /[^\n\r\f !-)+-^`-~]/g;
const HASH = 0x23;
const HYPHEN = 0x2d;

/**
 * Tells the lines that normalising and Markdown leave as they are (most lines): no UNPLAIN character, no two
 * spaces in a row, no heading mark or hyphen opening the line. A line's text is the source text between its
 * offsets, so the search for UNPLAIN runs through the source once, where a test of each line would read it again.
 */
function plainLineTest(source: string): (line: SourceLine) => boolean {
  const unplain = new RegExp(UNPLAIN);
  /** where the last search found UNPLAIN (from a line's start), or Infinity when it found none */
  let next = -1;
  return (line) => {
    if (next < line.start) {
      unplain.lastIndex = line.start;
      next = unplain.exec(source)?.index ?? Infinity;
    }
    const { text } = line;
    const first = text.charCodeAt(0);
    return (
      next >= line.end && first !== HASH && first !== HYPHEN && !text.includes('  ')
    );
  };
}

function normaliseCharacters(text: string): string {
  // Invisible characters and odd spaces (tabs too) lie outside printable ASCII, where most lines are.
  const spaced = isPrintableAscii(text) ? text : text.replace(INVISIBLE, '').replace(SPACES, ' ');
  const trimmed = collapseSpaces(spaced).trim();
  // Most lines open with neither marker: a failing test costs less than a replace that finds nothing.
  if (BULLET.test(trimmed)) return trimmed.replace(BULLET, '• ');
  return DASH.test(trimmed) ? trimmed.replace(DASH, '– ') : trimmed;
}

/** A document's content lines, and whether they are hard-wrapped (as PDF extraction gives them) or a paragraph each. */
export interface CleanText {
  lines: CleanLine[];
  hardWrapped: boolean;
}

/**
 * Source lines → content lines: page furniture, link dumps and empty lines gone, characters normalised,
 * each line with its page and its span in the source text.
 */
export function clean(extracted: Extracted, lang: Language): CleanText {
  const lines = extracted.lines;
  const blankRunBefore = countBlankRuns(lines);
  const hardWrapped = extracted.format === 'pdf' || !unwrapped(lines);
  // Double-spaced extraction puts a blank line after every line: only a longer run of blanks then separates blocks.
  const usualGap = hardWrapped ? mostCommon(blankRunBefore.filter((_, i) => lines[i].text !== '' && i > 0)) : 0;
  const paginated = extracted.pages > 1;
  const isPlain = plainLineTest(extracted.text);
  const out: CleanLine[] = [];
  let page = 1;
  let lastPage = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (paginated) page = line.page;
    // Blank lines, many in hard-wrapped text, have nothing to normalise; other lines may come out empty.
    if (line.text === '') continue;
    const plain = isPlain(line);
    const text = plain ? line.text : normaliseCharacters(line.text);
    if (text === '') continue;
    const furniture = furnitureKind(text, lang);
    if (furniture === 'page-counter' && !paginated) page = pageCounterNumber(text) ?? page;
    if (furniture) continue;
    const content = plain ? text : stripMarkdown(text);
    // A page boundary is never a paragraph boundary by itself.
    const newPage = page !== lastPage && out.length > 0;
    out.push({
      text: content,
      page,
      start: line.start,
      end: line.end,
      indent: line.indent,
      blankBefore: !newPage && blankRunBefore[i] > usualGap,
    });
    lastPage = page;
  }
  return { lines: out, hardWrapped };
}

/**
 * Clean text has a line per paragraph: its longer lines run far past any page width, or hardly a line starts
 * in the middle of a sentence (in hard-wrapped text, many do). Scripts without case (Chinese, Arabic) show the
 * middle of a sentence at the other end: hard-wrapped lines run to the page width and end inside a clause.
 */
function unwrapped(lines: SourceLine[]): boolean {
  // Source lines are trimmed: a blank line's text is "".
  const texts = lines.map((l) => l.text).filter((t) => t !== '');
  if (texts.length === 0) return false;
  const width = lengthAtShare(texts, 0.9, (text) => text.length);
  if (width > PAGE_WIDTH_CHARACTERS) return true;
  let cased = 0;
  let caseless = 0;
  let lowerCase = 0;
  for (const text of texts) {
    const initial = initialLetter(text);
    if (initial === 'caseless') caseless++;
    else if (initial !== null) cased++;
    if (initial === 'lower') lowerCase++;
  }
  if (caseless > cased) {
    return texts.filter((t) => t.length >= 0.85 * width && !ENDS_PUNCTUATED.test(t)).length / texts.length < CONTINUATION_LINES;
  }
  return lowerCase / texts.length < CONTINUATION_LINES;
}

const LOWER_CASE_INITIAL = /^\p{Ll}/u;
const UPPER_CASE_INITIAL = /^\p{Lu}/u;
const CASELESS_INITIAL = /^\p{Lo}/u;

/** The kind of letter a text starts with, if any: character codes tell ASCII (most lines), the patterns only the rest. */
function initialLetter(text: string): 'lower' | 'upper' | 'caseless' | null {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? 'lower' : code >= 0x41 && code <= 0x5a ? 'upper' : null;
  if (LOWER_CASE_INITIAL.test(text)) return 'lower';
  if (UPPER_CASE_INITIAL.test(text)) return 'upper';
  return CASELESS_INITIAL.test(text) ? 'caseless' : null;
}

/** Below this share of lines starting (or, without case, ending) in the middle of a sentence, lines are paragraphs. */
const CONTINUATION_LINES = 0.05;

/** No printed page holds a line longer than this. */
const PAGE_WIDTH_CHARACTERS = 130;

function countBlankRuns(lines: SourceLine[]): number[] {
  const runs: number[] = [];
  let run = 0;
  for (const line of lines) {
    runs.push(run);
    run = line.text === '' ? run + 1 : 0;
  }
  return runs;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

export interface Unwrapped {
  text: string;
  source: Provenance;
}

const HAN = /[\u3000-\u9fff\uff00-\uffef]/u;
const LAST_WORD_BEFORE_HYPHEN = /(\p{L}+)-$/u;
const FIRST_WORD = /^(\p{L}+)/u;

/**
 * Hard-wrapped lines → one line of text: line-break hyphenation undone only where the hyphen was the line
 * break's ("organi-/zation"), kept where it is the word's ("peace-/and security-related", "by-/elections"),
 * extraction damage repaired (split words, spaces around hyphens).
 */
export function unwrap(lines: CleanLine[], vocabulary: Vocabulary): Unwrapped {
  const layout = LAYOUT[vocabulary.lang];
  // The text as its lines and what goes between them, joined once at the end: a joined array is one flat string,
  // which the repairs scan fastest, where concatenating line by line would leave a tree of pieces.
  const pieces: string[] = [];
  let length = 0;
  // The text's tokens, while it is a run of the document's lines joined by spaces: word repair need not scan it,
  // and the text is a slice of the lines the vocabulary joined, not a copy.
  const ranged = vocabulary.repairsWords;
  let range: [number, number] | undefined;
  for (const line of lines) {
    const next = line.text;
    if (length === 0) {
      pieces.length = 0;
      pieces.push(next);
      length = next.length;
      range = ranged ? vocabulary.tokenRange(line) : undefined;
      continue;
    }
    // The end of the text so far decides how much of it to keep and what goes between it and the next line.
    // Testing only its last characters (a letter may take two code units) keeps each join from reading the whole
    // paragraph again; most lines end with no hyphen, which their last unit tells.
    const ending = lastUnits(pieces, 1) === '-' ? lastUnits(pieces, 3) : '';
    let cut = 0;
    let between = ' ';
    if (/\p{L}-$/u.test(ending)) {
      [cut, between] = hyphenatedJoin(stemBeforeHyphen(pieces), next, vocabulary);
    } else if (/\s-$/.test(ending)) {
      // "six -" / "months": the space belongs to the extractor, the hyphen to the compound.
      const word = FIRST_WORD.exec(next)?.[1] ?? '';
      [cut, between] = [2, layout.conjunctions.includes(word) ? '- ' : '-'];
    } else if (layout.joinWithoutSpace && (HAN.test(lastUnits(pieces, 1)) || HAN.test(next[0]))) {
      between = '';
    }
    if (range) {
      const following = cut === 0 && between === ' ' ? vocabulary.tokenRange(line) : undefined;
      if (following?.[0] === range[1]) range[1] = following[1];
      else range = undefined;
    }
    dropLastUnits(pieces, cut);
    pieces.push(between, next);
    length += between.length + next.length - cut;
  }
  const first = lines[0];
  const last = lines[lines.length - 1];
  return {
    text: repairText(range ? vocabulary.textOf(range) : pieces.join(''), vocabulary, range),
    source: { pages: [first?.page ?? 1, last?.page ?? 1], span: [first?.start ?? 0, last?.end ?? 0] },
  };
}

/** The letters before the hyphen that ends the pieces' text: read in the last piece, unless they may run on before it. */
function stemBeforeHyphen(pieces: string[]): string | undefined {
  const match = LAST_WORD_BEFORE_HYPHEN.exec(pieces[pieces.length - 1]);
  return match && match.index > 0 ? match[1] : LAST_WORD_BEFORE_HYPHEN.exec(pieces.join(''))?.[1];
}

/** The last `count` code units of the pieces' text. */
function lastUnits(pieces: string[], count: number): string {
  const last = pieces[pieces.length - 1];
  return (last.length >= count ? last : pieces.join('')).slice(-count);
}

function dropLastUnits(pieces: string[], count: number): void {
  for (let left = count; left > 0; ) {
    const last = pieces.pop() as string;
    if (last.length > left) pieces.push(last.slice(0, last.length - left));
    left -= last.length;
  }
}

/** How a line ending in a letter and a hyphen joins the next: how many characters to cut, and what goes between. */
function hyphenatedJoin(stem: string | undefined, next: string, vocabulary: Vocabulary): [cut: number, between: string] {
  const continuation = FIRST_WORD.exec(next)?.[1];
  // "peace-" / "and security-related": a suspended hyphen keeps its space.
  if (continuation && LAYOUT[vocabulary.lang].conjunctions.includes(continuation)) return [0, ' '];
  if (stem && continuation && vocabulary.hasLexicon && continuation[0] === continuation[0].toLowerCase()) {
    const joined = stem + continuation;
    if (vocabulary.isAttested(joined) && !vocabulary.isWord(continuation)) {
      return [1, ''];
    }
  }
  return [0, ''];
}

/** Extraction damage inside a line of hard-wrapped text, repaired with what the vocabulary knows of the document. */
export function repairText(text: string, vocabulary: Vocabulary, range?: [number, number]): string {
  // Clean text has no extraction damage: "género ;" is how the text is written.
  if (!vocabulary.repairsDamage) return collapseSpaces(text).trim();
  // A text whose tokens are known has no stray space and no double space when none of its tokens shows one:
  // each look for them would read the whole text.
  const spaced = range === undefined || vocabulary.opensWithMarkIn(range);
  let out = text;
  // The Unicode patterns below are slow; most texts lack the plain characters each one needs, so they are looked for first.
  if (spaced && out.includes(' -')) {
    out = out
      // "contingent -owned", "ill -treatment": a space before a compound's hyphen.
      .replace(/(\p{L}) -(?=\p{L})/gu, '$1-')
      // "troop - and police-contributing": a suspended hyphen.
      .replace(/(\p{L}) - (?=\p{L})/gu, (m, letter: string, offset: number, whole: string) => {
        const word = FIRST_WORD.exec(whole.slice(offset + m.length))?.[1] ?? '';
        return LAYOUT[vocabulary.lang].conjunctions.includes(word) ? `${letter}- ` : m;
      });
  }
  if (spaced && vocabulary.lang !== 'fr' && SPACE_BEFORE_PUNCTUATION.test(out)) out = out.replace(/(\p{L}|\)) +(?=[,;.](?:\s|$))/gu, '$1');
  // The text's tokens, when known, hold only while the repairs above leave it as it was.
  if (vocabulary.repairsWords) out = repairWords(out, vocabulary, out === text ? range : undefined);
  // Word repair adds no space next to another.
  return (spaced ? collapseSpaces(out) : out).trim();
}

/** A space before a comma, semicolon or full stop: what the repair of stray spaces needs to find. */
const SPACE_BEFORE_PUNCTUATION = / [,;.]/;

function collapseSpaces(text: string): string {
  return text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
}
