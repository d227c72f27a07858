import type { Extracted, SourceLine } from '../extract/types.js';
import type { Language, Provenance } from '../model.js';
import { LAYOUT } from '../lang/layout.js';
import type { CleanLine } from './types.js';
import { furnitureKind, pageCounterNumber } from './furniture.js';
import { Vocabulary } from './vocabulary.js';

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
  return text.replace(/^#{1,6}\s+/, '').replace(/(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1/g, '$2');
}

function normaliseCharacters(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(BULLET, '• ')
    .replace(DASH, '– ');
}

/**
 * Source lines → content lines: page furniture, link dumps and empty lines gone, characters normalised,
 * each line with its page and its span in the source text.
 */
export function clean(extracted: Extracted, lang: Language): CleanLine[] {
  const lines = extracted.lines;
  const blankRunBefore = countBlankRuns(lines);
  // Double-spaced extraction puts a blank line after every line: only a longer run of blanks then separates blocks.
  const usualGap = unwrapped(lines) ? 0 : mostCommon(blankRunBefore.filter((_, i) => lines[i].text !== '' && i > 0));
  const paginated = extracted.pages > 1;
  const out: CleanLine[] = [];
  let page = 1;
  let lastPage = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (paginated) page = line.page;
    const text = normaliseCharacters(line.text);
    if (text === '') continue;
    const furniture = furnitureKind(text, lang);
    if (furniture === 'page-counter' && !paginated) page = pageCounterNumber(text) ?? page;
    if (furniture) continue;
    const content = stripMarkdown(text);
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
  return out;
}

/** Clean text has a line per paragraph: its lines run far past any page width. */
function unwrapped(lines: SourceLine[]): boolean {
  const lengths = lines.map((l) => l.text.length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length > 0 && lengths[Math.floor(lengths.length / 2)] > 150;
}

function countBlankRuns(lines: SourceLine[]): number[] {
  const runs: number[] = [];
  let run = 0;
  for (const line of lines) {
    runs.push(run);
    run = line.text.trim() === '' ? run + 1 : 0;
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
  const lang = vocabulary.lang;
  const layout = LAYOUT[lang];
  let text = '';
  for (const line of lines) {
    const next = line.text;
    if (text === '') {
      text = next;
    } else if (/\p{L}-$/u.test(text)) {
      text = joinHyphenated(text, next, vocabulary);
    } else if (/\s-$/.test(text)) {
      // "six -" / "months": the space belongs to the extractor, the hyphen to the compound.
      const word = FIRST_WORD.exec(next)?.[1] ?? '';
      text = layout.conjunctions.includes(word) ? `${text.slice(0, -2)}- ${next}` : `${text.slice(0, -2)}-${next}`;
    } else if (layout.joinWithoutSpace && (HAN.test(text.slice(-1)) || HAN.test(next[0]))) {
      text += next;
    } else {
      text += ` ${next}`;
    }
  }
  const first = lines[0];
  const last = lines[lines.length - 1];
  return {
    text: repairText(text, vocabulary),
    source: { pages: [first?.page ?? 1, last?.page ?? 1], span: [first?.start ?? 0, last?.end ?? 0] },
  };
}

function joinHyphenated(text: string, next: string, vocabulary: Vocabulary): string {
  const stem = LAST_WORD_BEFORE_HYPHEN.exec(text)?.[1];
  const continuation = FIRST_WORD.exec(next)?.[1];
  if (stem && continuation && vocabulary.hasLexicon && continuation[0] === continuation[0].toLowerCase()) {
    const joined = stem + continuation;
    if (vocabulary.isAttested(joined) && !vocabulary.isAttested(`${stem}-${continuation}`) && !vocabulary.isWord(continuation)) {
      return text.slice(0, -1) + next;
    }
  }
  return text + next;
}

/** Extraction damage inside a line of text, repaired without knowing the document. */
export function repairText(text: string, vocabulary: Vocabulary): string {
  let out = text
    // "contingent -owned", "ill -treatment": a space before a compound's hyphen.
    .replace(/(\p{L}) -(?=\p{L})/gu, '$1-')
    // "troop - and police-contributing": a suspended hyphen.
    .replace(/(\p{L}) - (?=\p{L})/gu, (m, letter: string, offset: number, whole: string) => {
      const word = FIRST_WORD.exec(whole.slice(offset + m.length))?.[1] ?? '';
      return LAYOUT[vocabulary.lang].conjunctions.includes(word) ? `${letter}- ` : m;
    });
  if (vocabulary.lang !== 'fr') out = out.replace(/(\p{L}|\)) +(?=[,;.](?:\s|$))/gu, '$1');
  if (vocabulary.hasLexicon) out = splitGluedWords(rejoinSplitWords(out, vocabulary), vocabulary);
  return out.replace(/ {2,}/g, ' ').trim();
}

/**
 * "tosupport" → "to support": a lower-case token that is no word, which the document does not repeat,
 * and that is two common words glued by the extractor.
 */
function splitGluedWords(text: string, vocabulary: Vocabulary): string {
  return text.replace(/(?<![\p{L}\d-])\p{Ll}{5,}(?![\p{L}\d-])/gu, (token) => {
    if (vocabulary.isKnown(token) || vocabulary.countOf(token) > 1) return token;
    let best: { at: number; score: number } | null = null;
    for (let at = 2; at <= token.length - 2; at++) {
      const [left, right] = [token.slice(0, at), token.slice(at)];
      if (!vocabulary.isKnown(left) || !vocabulary.isKnown(right)) continue;
      const score = vocabulary.logProbability(left) + vocabulary.logProbability(right);
      if (!best || score > best.score) best = { at, score };
    }
    return best && best.score > GLUED_MIN_SCORE ? `${token.slice(0, best.at)} ${token.slice(best.at)}` : token;
  });
}

/** Both halves of a glued pair must be common words: log probabilities summing above this. */
const GLUED_MIN_SCORE = -16;

/** A token's leading text (opening punctuation, or a compound's first half: "long-") and its last letters. */
const LEADING = /^([^\p{L}]*|.*-)(\p{L}+)$/u;
/** A fragment: letters, then punctuation or the rest of a compound ("sion-making", "ist,"). */
const FRAGMENT = /^(\p{L}+)([^\p{L}].*)?$/u;

/**
 * "th e" → "the", "terror ist" → "terrorist", "envi ronment" → "environment", "deci sion-making",
 * "UNIF IL": two or three adjacent tokens are joined when the join is a word and at least one of them is not.
 */
function rejoinSplitWords(text: string, vocabulary: Vocabulary): string {
  const tokens = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "the se curity": the fragment belongs with what follows it, not with the word before it.
    const joined = fragmentJoinsNext(tokens, i, vocabulary) ? null : tryJoin(tokens, i, vocabulary);
    if (joined) {
      out.push(joined.token);
      i += joined.used - 1;
    } else {
      out.push(tokens[i]);
    }
  }
  return out.join(' ');
}

function fragmentJoinsNext(tokens: string[], i: number, vocabulary: Vocabulary): boolean {
  const core = LEADING.exec(tokens[i])?.[2];
  return core !== undefined && vocabulary.isWord(core) && tryJoin(tokens, i + 1, vocabulary) !== null;
}

/** How much likelier (natural log) a join of two words must be than the words apart: "re quests" joins, "up on" does not. */
const JOIN_MARGIN = 7;

/**
 * Two words that were one ("re quests", "do nor"): the document writes the join elsewhere, never writes the
 * two words together elsewhere, and the join is much likelier than the two words ("per cent" stays).
 */
function muchMoreLikely(joined: string, parts: string[], vocabulary: Vocabulary): boolean {
  if (vocabulary.countOf(joined) === 0 || (parts.length === 2 && vocabulary.pairCount(parts[0], parts[1]) > 1)) return false;
  const apart = parts.reduce((sum, part) => sum + vocabulary.logProbability(part), 0);
  return vocabulary.logProbability(joined) > apart + JOIN_MARGIN;
}

function tokensCore(tokens: string[], i: number, used: number): string[] {
  return tokens.slice(i, i + used).map((token, k) => (k === 0 ? LEADING.exec(token)?.[2] : FRAGMENT.exec(token)?.[1]) ?? token);
}

const isTitleCase = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);
const isUpperCase = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();

function tryJoin(tokens: string[], i: number, vocabulary: Vocabulary): { token: string; used: number } | null {
  if (i >= tokens.length) return null;
  const first = LEADING.exec(tokens[i]);
  if (!first) return null;
  const lead = first[1] ?? '';
  let core = first[2];
  let allWords = vocabulary.isWord(core);
  for (let used = 2; used <= 3 && i + used - 1 < tokens.length; used++) {
    const part = FRAGMENT.exec(tokens[i + used - 1]);
    if (!part) return null;
    const letters = part[1];
    // "d'Engagement", "l'Azawad": an elided article, not the end of a word.
    if (part[2] && /^['’]/.test(part[2])) return null;
    // A capital inside the join makes two names ("Al Mahdi"), unless both are acronyms ("UNIF IL").
    if (letters[0] !== letters[0].toLowerCase() && !(isUpperCase(letters) && isUpperCase(core))) return null;
    if (isTitleCase(letters)) return null;
    core += letters;
    allWords &&= vocabulary.isWord(letters);
    const nameFromCommonWords = vocabulary.isName(core) && first[2][0] === first[2][0].toLowerCase();
    const joins = vocabulary.isAttested(core) && (!allWords || muchMoreLikely(core, tokensCore(tokens, i, used), vocabulary));
    if (joins && !nameFromCommonWords) return { token: lead + core + (part[2] ?? ''), used };
    if (part[2]) return null;
  }
  return null;
}
