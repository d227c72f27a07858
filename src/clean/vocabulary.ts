import type { Language } from '../model.js';
import { lexicon, type Lexicon } from '../lang/lexicon/index.js';
import { SINGLE_LETTER_WORDS } from '../lang/layout.js';
import type { Token } from './words.js';

const NON_LETTERS = /[^\p{L}]+/u;
/** Shorter sequences recur as fragments of split words ("th e"): only the lexicon knows them. */
const MIN_DOCUMENT_WORD = 4;
/** Words ranked above this by frequency are the language's commonest ("of", "the", "its"). */
const COMMON_RANK = 150;

/**
 * Which letter sequences are words: the language's lexicon, plus words the document itself uses more than once
 * (names, acronyms). A fragment of a split word ("ist" of "terror ist") occurs once, so it is not a word.
 */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  /** the document in lower case, to count word pairs on demand (rarely needed) */
  private readonly text: string;
  private readonly words = new Map<string, boolean>();
  /** tokens of this document already taken apart (see words.ts): documents repeat most of their tokens */
  readonly tokens = new Map<string, Token>();
  private readonly lexicon: Lexicon;
  private readonly singles: ReadonlySet<string>;

  constructor(texts: Iterable<string>, readonly lang: Language) {
    this.lexicon = lexicon(lang);
    this.singles = new Set(SINGLE_LETTER_WORDS[lang]);
    const lines: string[] = [];
    for (const text of texts) {
      const lower = text.toLowerCase();
      lines.push(lower);
      for (const word of lower.split(NON_LETTERS)) if (word) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    }
    this.text = ` ${lines.join(' ')} `;
  }

  /** How often the document writes the word (lower case). */
  countOf(word: string): number {
    return this.counts.get(word.toLowerCase()) ?? 0;
  }

  /** How often the document writes these two words one after the other. */
  pairCount(first: string, second: string): number {
    const pair = ` ${first.toLowerCase()} ${second.toLowerCase()} `;
    let count = 0;
    for (let at = this.text.indexOf(pair); at >= 0; at = this.text.indexOf(pair, at + 1)) count++;
    return count;
  }

  /** A word in its own right. */
  isWord(word: string): boolean {
    let known = this.words.get(word);
    if (known === undefined) {
      const lower = word.toLowerCase();
      if (lower.length === 1) known = this.singles.has(lower);
      else known = this.lexicon.words.has(lower) || (lower.length >= MIN_DOCUMENT_WORD && (this.counts.get(lower) ?? 0) >= 2);
      this.words.set(word, known);
    }
    return known;
  }

  /** One of the language's commonest words (or a one-letter word). */
  isCommon(word: string): boolean {
    const lower = word.toLowerCase();
    return this.singles.has(lower) || (this.lexicon.words.get(lower) ?? COMMON_RANK) < COMMON_RANK;
  }

  /** A word of the language's lexicon (or a one-letter word), whatever the document does. */
  isKnown(word: string): boolean {
    const lower = word.toLowerCase();
    return lower.length === 1 ? this.singles.has(lower) : this.lexicon.words.has(lower);
  }

  /** A word the language has or the document uses at all: good enough for the result of rejoining fragments. */
  isAttested(word: string): boolean {
    const lower = word.toLowerCase();
    return this.lexicon.words.has(lower) || this.counts.has(lower);
  }

  /** Known only as a name, never as a common word. */
  isName(word: string): boolean {
    return this.lexicon.names.has(word.toLowerCase());
  }

  /**
   * How likely the word is, as a log probability estimated from its frequency rank (Zipf's law);
   * words the lexicon lacks count as the rarest.
   */
  logProbability(word: string): number {
    const size = this.lexicon.words.size || 1;
    const lower = word.toLowerCase();
    // One-letter words ("a") are among the most frequent; the lexicon leaves letters out.
    const rank = this.singles.has(lower) ? 0 : (this.lexicon.words.get(lower) ?? size);
    return -Math.log(rank + 1) - Math.log(Math.log(size) + 0.58);
  }

  /** Whether the language can tell words apart at all (no lexicon for Chinese or Arabic). */
  get hasLexicon(): boolean {
    return this.lexicon.words.size > 0;
  }
}
