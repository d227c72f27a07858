import type { Language } from '../model.js';
import { lexicon, type Lexicon } from '../lang/lexicon/index.js';
import { SINGLE_LETTER_WORDS } from '../lang/layout.js';
import type { Token } from './words.js';
import type { CleanLine } from './types.js';
import { letterWords } from './letters.js';

/** Shorter sequences recur as fragments of split words ("th e"): only the lexicon knows them. */
const MIN_DOCUMENT_WORD = 4;
/** Words ranked above this by frequency are the language's commonest ("of", "the", "its"). */
const COMMON_RANK = 150;

/** A distinct token: how often the document's lines write it, and its analysis once words.ts has made it. */
export interface TokenEntry {
  count: number;
  token?: Token;
  /** the token's word, when the token is one word of letters that the lines write */
  word?: WordEntry;
}

/** A text's space-separated tokens and, where known, their entries. */
export interface LineTokens {
  texts: readonly string[];
  entries: readonly (TokenEntry | undefined)[];
}

/** A document line's text and tokens. */
interface LineRecord extends LineTokens {
  text: string;
}

export interface WordFacts {
  /** a word in its own right: in the lexicon, or a longer word the document uses more than once */
  isWord: boolean;
  /** one of the language's commonest words (or a one-letter word) */
  isCommon: boolean;
}

/** A word of the document or asked about: how often the document writes it, and its facts once asked. */
export interface WordEntry {
  /** lower case */
  word: string;
  count: number;
  facts?: WordFacts;
}

/**
 * Which letter sequences are words: the language's lexicon, plus words the document itself uses more than once
 * (names, acronyms). A fragment of a split word ("ist" of "terror ist") occurs once, so it is not a word.
 */
export class Vocabulary {
  /** One entry per lower-case word: its count and facts share a look-up (look-ups are most of the cost here). */
  private readonly entries = new Map<string, WordEntry>();
  private readonly lines: readonly (CleanLine | string)[];
  /** the document in lower case, built on the first count of word pairs (rarely needed) */
  private lowerText: string | undefined;
  private counted = false;
  private readonly tokenEntries = new Map<string, TokenEntry>();
  /**
   * Each line's tokens and their entries, which unwrap carries to repairWords (a paragraph is not split again),
   * by where the line ends in the source: a line whose label the structure took off still ends there.
   */
  private readonly lineTokens = new Map<number, LineRecord>();
  private readonly lexicon: Lexicon;
  private readonly singles: ReadonlySet<string>;

  /**
   * The document's lines (or, where no line's tokens will be asked for, bare texts). Extraction damage (split words,
   * stray spaces) is repaired only in hard-wrapped text, which an extractor may have damaged: clean text, a paragraph
   * to a line, is left as it is written.
   */
  constructor(
    lines: Iterable<CleanLine | string>,
    readonly lang: Language,
    private readonly options: { hardWrapped: boolean } = { hardWrapped: true },
  ) {
    this.lexicon = lexicon(lang);
    this.singles = new Set(SINGLE_LETTER_WORDS[lang]);
    this.lines = [...lines];
  }

  /** Whether the text may carry extraction damage: it is hard-wrapped (PDF, text extracted from PDF). */
  get repairsDamage(): boolean {
    return this.options.hardWrapped;
  }

  /** Whether split and glued words are to be repaired: the text may have them, and the language has a lexicon. */
  get repairsWords(): boolean {
    return this.options.hardWrapped && this.hasLexicon;
  }

  /** The document's distinct space-separated tokens: documents repeat most of their tokens. */
  get tokens(): Map<string, TokenEntry> {
    this.countOnce();
    return this.tokenEntries;
  }

  /** Counts the document's tokens and words, on the first question that needs them (clean text may ask none). */
  private countOnce(): void {
    if (this.counted) return;
    this.counted = true;
    // Each distinct token is lower-cased and split into words once. (A space bounds every word, and
    // lower-casing never looks past one, so this counts as the whole text would.) An entry object per token:
    // a repeated token costs one look-up, not a look-up and a store.
    for (const line of this.lines) {
      const text = typeof line === 'string' ? line : line.text;
      const texts = text.split(' ');
      const entries = new Array<TokenEntry | undefined>(texts.length);
      for (let i = 0; i < texts.length; i++) {
        const token = texts[i];
        let entry = this.tokenEntries.get(token);
        if (entry) entry.count++;
        else if (token) this.tokenEntries.set(token, (entry = { count: 1 }));
        entries[i] = entry;
      }
      if (typeof line !== 'string') this.lineTokens.set(line.end, { text, texts, entries });
    }
    this.tokenEntries.forEach((entry, token) => this.countWords(token.toLowerCase(), entry));
  }

  /** Counts a token's words, its runs of letters; a token of letters alone keeps its word's entry. */
  private countWords(lower: string, entry: TokenEntry): void {
    const words = letterWords(lower);
    if (words.length === 1 && words[0].length === lower.length) entry.word = this.addCount(lower, entry.count);
    else for (const word of words) this.addCount(word, entry.count);
  }

  private addCount(lower: string, count: number): WordEntry {
    let entry = this.entries.get(lower);
    if (entry) entry.count += count;
    else this.entries.set(lower, (entry = { word: lower, count }));
    return entry;
  }

  /** The tokens of one of the document's lines, with their entries (none for an empty token), also once its label is cut off. */
  tokensOfLine(line: CleanLine): LineTokens | undefined {
    this.countOnce();
    const known = this.lineTokens.get(line.end);
    if (!known || known.text === line.text) return known;
    // The cut must fall between tokens, and what is left must be the line's end.
    const cut = known.text.length - line.text.length;
    let from = 0;
    let at = 0;
    while (at < cut && from < known.texts.length) at += known.texts[from++].length + 1;
    if (at !== cut || !known.text.endsWith(line.text)) return undefined;
    return { texts: known.texts.slice(from), entries: known.entries.slice(from) };
  }

  /** How often the document writes the word (lower case). */
  countOf(word: string): number {
    this.countOnce();
    return this.entries.get(word.toLowerCase())?.count ?? 0;
  }

  /** How often the document writes these two words one after the other. */
  pairCount(first: string, second: string): number {
    const pair = ` ${first.toLowerCase()} ${second.toLowerCase()} `;
    const text = (this.lowerText ??= ` ${this.lines.map((l) => (typeof l === 'string' ? l : l.text)).join(' ').toLowerCase()} `);
    let count = 0;
    for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) count++;
    return count;
  }

  /** What the word is, worked out on its first sight in the document (words.ts asks about each token's words). */
  factsOf(word: string): WordFacts {
    this.countOnce();
    const lower = word.toLowerCase();
    let entry = this.entries.get(lower);
    // A word the lines never write (a join's result) gets an entry too: count 0, so it stays unattested.
    if (!entry) this.entries.set(lower, (entry = { word: lower, count: 0 }));
    return this.factsOfEntry(entry);
  }

  /** What the word of the entry is: `factsOf` without the look-up, for a token whose word is at hand. */
  factsOfEntry(entry: WordEntry): WordFacts {
    if (entry.facts === undefined) {
      const lower = entry.word;
      const rank = this.lexicon.words.get(lower);
      // Only one-letter words are in `singles`.
      const single = lower.length === 1 && this.singles.has(lower);
      entry.facts = {
        isWord: lower.length === 1 ? single : rank !== undefined || (lower.length >= MIN_DOCUMENT_WORD && entry.count >= 2),
        isCommon: single || (rank ?? COMMON_RANK) < COMMON_RANK,
      };
    }
    return entry.facts;
  }

  /** A word in its own right. */
  isWord(word: string): boolean {
    return this.factsOf(word).isWord;
  }

  /** A word of the language's lexicon (or a one-letter word), whatever the document does. */
  isKnown(word: string): boolean {
    const lower = word.toLowerCase();
    return lower.length === 1 ? this.singles.has(lower) : this.lexicon.words.has(lower);
  }

  /** A word the language has or the document uses at all: good enough for the result of rejoining fragments. */
  isAttested(word: string): boolean {
    this.countOnce();
    const lower = word.toLowerCase();
    return this.lexicon.words.has(lower) || (this.entries.get(lower)?.count ?? 0) > 0;
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
