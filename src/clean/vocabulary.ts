import type { Language } from '../model.js';
import { lexicon, type Lexicon } from '../lang/lexicon/index.js';
import { SINGLE_LETTER_WORDS } from '../lang/layout.js';
import type { CleanLine } from './types.js';
import { classifyUnit, letterWords, lowerUnit, unitKinds, LETTER_UNIT, SPECIAL_UNIT } from './letters.js';
import { FNV_PRIME, HashTable, hashPair, SEED_A, SEED_B } from './hashing.js';

/** Shorter sequences recur as fragments of split words ("th e"): only the lexicon knows them. */
const MIN_DOCUMENT_WORD = 4;
/** Words ranked above this by frequency are the language's commonest ("of", "the", "its"). */
const COMMON_RANK = 150;
/** Word shapes kept per language before the cache starts again (a long-running server reads without end). */
const MAX_SHAPES = 1 << 16;

export interface WordFacts {
  /** a word in its own right: in the lexicon, or a longer word the document uses more than once */
  isWord: boolean;
  /** one of the language's commonest words (or a one-letter word) */
  isCommon: boolean;
}

/** A word as its language knows it, whatever the document: its lower case and hashes, its rank in the lexicon. */
export interface WordShape {
  lower: string;
  a: number;
  b: number;
  /** frequency rank in the lexicon; -1 when the lexicon lacks the word */
  rank: number;
  /** a one-letter word of the language */
  single: boolean;
  isCommon: boolean;
}

const shapeCaches = new Map<Language, Map<string, WordShape>>();

/**
 * Which letter sequences are words: the language's lexicon, plus words the document itself uses more than once
 * (names, acronyms). A fragment of a split word ("ist" of "terror ist") occurs once, so it is not a word.
 */
export class Vocabulary {
  private readonly lines: readonly (CleanLine | string)[];
  /**
   * The document's lines joined by spaces, made on the first question that needs it (clean text may ask none):
   * one flat string, which scans read fastest. Words never span a space, so its words are the lines' words.
   */
  private joined: string | undefined;
  /** how often the document writes each word (lower case), by the word's hashes; counted on the first question */
  private counts: HashTable | undefined;
  /** the document in lower case, built on the first count of word pairs (rarely needed) */
  private lowerText: string | undefined;
  private readonly lexicon: Lexicon;
  private readonly singles: ReadonlySet<string>;
  private readonly shapes: Map<string, WordShape>;

  /**
   * The document's lines. Extraction damage (split words, stray spaces) is repaired only in hard-wrapped text,
   * which an extractor may have damaged: clean text, a paragraph to a line, is left as it is written.
   */
  constructor(
    lines: Iterable<CleanLine | string>,
    readonly lang: Language,
    private readonly options: { hardWrapped: boolean } = { hardWrapped: true },
  ) {
    this.lexicon = lexicon(lang);
    this.singles = new Set(SINGLE_LETTER_WORDS[lang]);
    this.lines = [...lines];
    let shapes = shapeCaches.get(lang);
    if (!shapes || shapes.size > MAX_SHAPES) shapeCaches.set(lang, (shapes = new Map()));
    this.shapes = shapes;
  }

  /** Whether the text may carry extraction damage: it is hard-wrapped (PDF, text extracted from PDF). */
  get repairsDamage(): boolean {
    return this.options.hardWrapped;
  }

  /** Whether split and glued words are to be repaired: the text may have them, and the language has a lexicon. */
  get repairsWords(): boolean {
    return this.options.hardWrapped && this.hasLexicon;
  }

  private get text(): string {
    return (this.joined ??= this.lines.map((line) => (typeof line === 'string' ? line : line.text)).join(' '));
  }

  private get wordCounts(): HashTable {
    return (this.counts ??= countWords(this.text));
  }

  /** The word as the language knows it (any case), made once per language. */
  shapeOf(word: string): WordShape {
    const lower = word.toLowerCase();
    let shape = this.shapes.get(lower);
    if (!shape) {
      const [a, b] = hashPair(lower);
      const rank = this.lexicon.words.get(lower) ?? -1;
      // Only one-letter words are in `singles`.
      const single = lower.length === 1 && this.singles.has(lower);
      shape = { lower, a, b, rank, single, isCommon: single || (rank >= 0 && rank < COMMON_RANK) };
      this.shapes.set(lower, shape);
    }
    return shape;
  }

  /** How often the document writes the word (lower case). */
  countOf(word: string): number {
    const [a, b] = hashPair(word.toLowerCase());
    return this.wordCounts.get(a, b, 0);
  }

  /** Whether the shape is a word in this document: `isWord` without the look-up of the shape. */
  isWordShape(shape: WordShape): boolean {
    return this.staticWordness(shape) ?? this.wordCounts.get(shape.a, shape.b, 0) >= 2;
  }

  /** Whether the shape is a word whatever the document, or undefined when that takes the document's count. */
  staticWordness(shape: WordShape): boolean | undefined {
    if (shape.lower.length === 1) return shape.single;
    if (shape.rank >= 0) return true;
    return shape.lower.length >= MIN_DOCUMENT_WORD ? undefined : false;
  }

  /** How often the document writes these two words one after the other. */
  pairCount(first: string, second: string): number {
    const pair = ` ${first.toLowerCase()} ${second.toLowerCase()} `;
    const text = (this.lowerText ??= ` ${this.text.toLowerCase()} `);
    let count = 0;
    for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) count++;
    return count;
  }

  /** What the word is in this document. */
  factsOf(word: string): WordFacts {
    const shape = this.shapeOf(word);
    return { isWord: this.isWordShape(shape), isCommon: shape.isCommon };
  }

  /** A word in its own right. */
  isWord(word: string): boolean {
    return this.isWordShape(this.shapeOf(word));
  }

  /** A word of the language's lexicon (or a one-letter word), whatever the document does. */
  isKnown(word: string): boolean {
    const lower = word.toLowerCase();
    return lower.length === 1 ? this.singles.has(lower) : this.lexicon.words.has(lower);
  }

  /** A word the language has or the document uses at all: good enough for the result of rejoining fragments. */
  isAttested(word: string): boolean {
    return this.lexicon.words.has(word.toLowerCase()) || this.countOf(word) > 0;
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

/**
 * How often the text writes each word: each run of letters of a space-separated token in lower case, as
 * `letterWords(token.toLowerCase())` gives them, counted by hashes computed unit by unit. A token with a unit
 * the scan cannot lower-case alone (Σ, a surrogate) is counted through its string instead.
 */
function countWords(text: string): HashTable {
  const counts = new HashTable();
  let from = 0;
  for (;;) {
    const special = scanWords(text, from, text.length, counts, 1);
    if (special < 0) return counts;
    // Undo what the scan counted of the special unit's token, then count the whole token from its string.
    const start = text.lastIndexOf(' ', special) + 1;
    scanWords(text, start, special, counts, -1);
    const space = text.indexOf(' ', special);
    const end = space < 0 ? text.length : space;
    for (const word of letterWords(text.slice(start, end).toLowerCase())) {
      const [a, b] = hashPair(word);
      counts.add(a, b, 1);
    }
    from = end;
  }
}

/**
 * Adds `delta` to the count of each word that ends in text[from, to) (a word reaching the end of the text ends
 * there), and returns where a special unit stopped the scan, or -1. A word cut off by `to` or by a special unit
 * is not counted.
 */
function scanWords(text: string, from: number, to: number, counts: HashTable, delta: number): number {
  const closesAtEnd = to === text.length;
  let inWord = false;
  let a = SEED_A;
  let b = SEED_B;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    // The table read is written out, like the hash steps (see hashing.ts).
    const known = unitKinds[unit];
    const kind = known === 0 ? classifyUnit(unit) : known;
    if (kind === LETTER_UNIT) {
      const lower = lowerUnit[unit];
      if (!inWord) {
        inWord = true;
        a = SEED_A;
        b = SEED_B;
      }
      a = Math.imul(a ^ lower, FNV_PRIME);
      b = (Math.imul(b, 31) + lower) | 0;
    } else if (kind === SPECIAL_UNIT) {
      return i;
    } else if (inWord) {
      inWord = false;
      counts.add(a, b, delta);
    }
  }
  if (inWord && closesAtEnd) counts.add(a, b, delta);
  return -1;
}
